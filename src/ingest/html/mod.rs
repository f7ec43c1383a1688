//! Saved web pages: an HTML article reduced to the text a reader reads, and what the page says
//! about itself.
//!
//! A page is parsed by a real HTML5 parser and its main text chosen by `dom_smoothie`, a Rust
//! port of Mozilla Readability (the engine of Firefox Reader View): candidate blocks are scored
//! by text density, commas, link density and class/id words (`nav`, `footer`, `share`,
//! `comment`, `related` …), so scripts, styles, navigation, share bars, comments, related-story
//! lists and footers are left out, and character references are decoded. The choice was
//! measured against two alternatives (see BENCHMARKS.md). The kept blocks (paragraphs,
//! subheads, list items, block quotes, captions) become paragraphs separated by blank lines,
//! after the headline. The headline and the `<h1>` … `<h6>` subheads are handed on as
//! headings ([`Page::headings`]), which segmentation keeps as article structure whatever their
//! length.
//!
//! Metadata comes from the page: the title (JSON-LD `headline`, `og:title`, `<title>`), the
//! publication date (JSON-LD `datePublished`, `article:published_time` and similar meta tags),
//! the outlet (JSON-LD `publisher.name`, `og:site_name`), the language (`<html lang>`) and the
//! canonical URL. Front matter and `story.yaml` override all of it.
//!
//! Evidence must point into the file the user has, so every paragraph is found again in the
//! source ([`locate`]); text that cannot be found there has no line and column.

mod headings;
mod locate;
mod scan;

use std::ops::Range;
use std::path::Path;

use jiff::civil::Date;

use super::Meta;
use crate::error::SkipReason;

use super::source_map::SourceMap;

/// Pages nested deeper than this are not read. Tree building and scoring cost grows with the
/// depth of every node, so a page of a hundred thousand nested `<div>`s would take hours; real
/// pages nest a few dozen levels (browsers stop nesting at 512).
pub const MAX_DEPTH: usize = 512;

/// An HTML page reduced to its article.
#[derive(Debug)]
pub(super) struct Page {
    /// The headline and the kept paragraphs, separated by blank lines.
    pub text: String,

    /// Where each piece of `text` is in the source.
    pub map: SourceMap,
    /// The paragraphs (ranges of `text`) the page marks as headings: the headline and the
    /// `<h1>` … `<h6>` subheads.
    pub headings: Vec<Range<usize>>,
    /// How many paragraphs were not found in the source.
    pub unmapped: usize,
    /// What the page says about itself.
    pub meta: Meta,
    /// The publication date the page gives.
    pub published: Option<Date>,
}

/// Whether an article is a web page: named `.html` or `.htm`, or starting (after white space)
/// with a doctype or an `<html` tag.
pub(super) fn is_html(path: &Path, body: &str) -> bool {
    let named = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    let start = body.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let head = start.get(..14).unwrap_or(start);
    named
        || starts_with_ignore_case(head, "<!doctype html")
        || starts_with_ignore_case(head, "<html")
}

fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(prefix))
}

/// Reads the page in `source[body]` (offsets in the map are into `source`, so a line count
/// includes any front matter before it). A page too deeply nested, or with no text, is not an
/// article.
pub(super) fn read(source: &str, body: Range<usize>) -> Result<Page, SkipReason> {
    let visible = scan::scan(source, body.start);
    if visible.depth > MAX_DEPTH {
        return Err(SkipReason::TooDeep {
            depth: visible.depth,
            limit: MAX_DEPTH,
        });
    }
    if visible.hay.is_empty() {
        return Err(SkipReason::NoPageText);
    }
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let article = dom_smoothie::Readability::new(&source[body.clone()], None, Some(config))
        .and_then(|mut r| r.parse())
        .map_err(|_| SkipReason::NoPageText)?;
    let title = clean(&article.title);
    let (text, paragraphs) = join(title.as_deref(), &article.text_content);
    if paragraphs.is_empty() {
        return Err(SkipReason::NoPageText);
    }
    let (map, unmapped) = locate::locate(source, &visible, &text, &paragraphs);
    let mut marked = headings::heading_texts(&article.content);
    marked.extend(title.clone());
    let headings = paragraphs
        .into_iter()
        .filter(|p| marked.contains(&headings::collapse(&text[p.clone()])))
        .collect();
    let meta = Meta {
        outlet: article.site_name.as_deref().and_then(clean),
        url: visible
            .canonical
            .as_deref()
            .or(article.url.as_deref())
            .and_then(clean),
        lang: article.lang.as_deref().and_then(clean),
        title,
        extra: Default::default(),
    };
    let published = article
        .published_time
        .as_deref()
        .and_then(page_date)
        .or_else(|| time_element(&source[body]));
    Ok(Page {
        text,
        map,
        headings,
        unmapped,
        meta,
        published,
    })
}

/// A metadata string with its white space collapsed; `None` when empty.
fn clean(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// The article's text: the headline (unless the content starts with it already), then each
/// block of the extracted content, blank lines between. Returns the text and each
/// paragraph's range in it.
fn join(title: Option<&str>, content: &str) -> (String, Vec<Range<usize>>) {
    let blocks: Vec<&str> = content
        .split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .collect();
    let mut text = String::with_capacity(content.len() + 256);
    let mut ranges = Vec::with_capacity(blocks.len() + 1);
    let first_is_title = blocks
        .first()
        .zip(title)
        .is_some_and(|(b, t)| b.split_whitespace().eq(t.split_whitespace()));
    let headline = title.filter(|_| !first_is_title && !blocks.is_empty());
    for block in headline.into_iter().chain(blocks) {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(block);
        ranges.push(start..text.len());
    }
    (text, ranges)
}

/// The date of the page's first `<time datetime="…">` element, for a page whose metadata gives
/// none: the article's own date comes before any other on a page that marks it up.
fn time_element(source: &str) -> Option<Date> {
    source.match_indices("<time").find_map(|(at, _)| {
        let tag = &source[at + 5..];
        let tag = &tag[..tag.find('>')?];
        if !tag.starts_with(|c: char| c.is_ascii_whitespace()) {
            return None;
        }
        let value = &tag[tag.find("datetime=")? + 9..];
        let quote = value.chars().next().filter(|q| matches!(q, '"' | '\''))?;
        let value = &value[1..];
        page_date(&value[..value.find(quote)?])
    })
}

/// The day of a date as pages write it: ISO 8601 (with or without a time and zone), else RFC
/// 2822 (`Sat, 04 May 2024 10:00:00 +0000`).
fn page_date(value: &str) -> Option<Date> {
    let value = value.trim();
    if let Some(day) = value.get(..10).and_then(|d| d.parse::<Date>().ok()) {
        return Some(day);
    }
    jiff::fmt::rfc2822::parse(value)
        .ok()
        .map(|z| z.date())
        .or_else(|| {
            value
                .parse::<jiff::Timestamp>()
                .ok()
                .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date())
        })
}

#[cfg(test)]
mod tests;
