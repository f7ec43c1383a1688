//! Markdown articles (`.md`, `.markdown`): read through a CommonMark parser, so the text
//! claimdiff reads is what the author wrote, not its markup.
//!
//! Emphasis, links and inline code are reduced to their text (`**Five people** were killed`
//! reads "Five people were killed"); headings, paragraphs and list items become paragraphs,
//! separated by blank lines; a block quote is read as a quotation, between quotation marks;
//! images, raw HTML and code blocks are not article text. Every piece of text keeps the place
//! it was written through the parser's byte offsets, so evidence points into the file.

use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::source_map::SourceMap;

/// Whether an article is Markdown: named `.md` or `.markdown`.
pub(super) fn is_markdown(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"))
}

/// The text of the Markdown in `source[body]` and where each piece of it was written (offsets
/// into `source`).
pub(super) fn read(source: &str, body: Range<usize>) -> (String, SourceMap) {
    let mut r = Reader::default();
    let parser = Parser::new_ext(&source[body.clone()], Options::ENABLE_STRIKETHROUGH);
    for (event, range) in parser.into_offset_iter() {
        let at = body.start + range.start;
        match event {
            Event::Start(tag) => r.start(&tag, at),
            Event::End(tag) => r.end(tag),
            Event::Text(t) | Event::Code(t) if r.hidden == 0 => r.text(
                &t,
                &source[body.start + range.start..body.start + range.end],
                at,
            ),
            Event::SoftBreak if r.hidden == 0 => r.out.push(' '),
            Event::HardBreak if r.hidden == 0 => r.out.push('\n'),
            _ => {}
        }
    }
    let kept = r.out.trim_end().len();
    r.out.truncate(kept);
    let map = SourceMap::from_chars(source, &r.out, r.pairs);
    (r.out, map)
}

/// The text being built.
#[derive(Default)]
struct Reader {
    out: String,
    /// (text offset, source offset) for each character taken from the source.
    pairs: Vec<(usize, usize)>,
    /// How deep inside block quotes.
    quoted: usize,
    /// How deep inside something that is not article text (an image, a code block).
    hidden: usize,
    /// Whether the open block quote's paragraph has had its opening mark.
    open_quote: bool,
}

impl Reader {
    /// A tag opens at source offset `at`.
    fn start(&mut self, tag: &Tag<'_>, at: usize) {
        match tag {
            Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::TableCell => {
                self.new_block();
                if self.quoted > 0 && matches!(tag, Tag::Paragraph) {
                    // The opening mark stands where the quoted paragraph starts.
                    self.pairs.push((self.out.len(), at));
                    self.out.push('“');
                    self.open_quote = true;
                }
            }
            Tag::BlockQuote(_) => self.quoted += 1,
            Tag::Image { .. } | Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_) => {
                self.hidden += 1
            }
            _ => {}
        }
    }

    /// A tag closes.
    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph if self.open_quote => {
                self.out.push('”');
                self.open_quote = false;
            }
            TagEnd::BlockQuote(_) => self.quoted = self.quoted.saturating_sub(1),
            TagEnd::Image | TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) => {
                self.hidden = self.hidden.saturating_sub(1)
            }
            _ => {}
        }
    }

    /// Starts a paragraph: a blank line after the text so far.
    fn new_block(&mut self) {
        let kept = self.out.trim_end_matches([' ', '\n']).len();
        self.out.truncate(kept);
        if !self.out.is_empty() {
            self.out.push_str("\n\n");
        }
    }

    /// Appends `text`, written as `written` at source offset `at`: character by character in
    /// place when written as is, else (an escape, a reference) every character at `at`.
    fn text(&mut self, text: &str, written: &str, at: usize) {
        let base = self.out.len();
        let offset = |i: usize| if written == text { at + i } else { at };
        for (i, c) in text.char_indices() {
            if !c.is_whitespace() {
                self.pairs.push((base + i, offset(i)));
            }
        }
        self.out.push_str(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(source: &str, needle: &str) -> (usize, usize) {
        let before = &source[..source.find(needle).unwrap()];
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        (
            before.lines().count().max(1),
            before[start..].chars().count() + 1,
        )
    }

    #[test]
    fn emphasis_and_links_are_reduced_to_their_text_in_place() {
        let src = "# Attack\n\n**Five people** were killed in [Gao](https://x.org) on *Monday*.\n";
        let (text, map) = read(src, 0..src.len());
        assert_eq!(text, "Attack\n\nFive people were killed in Gao on Monday.");
        let at = |n: &str| map.line_col(&text, text.find(n).unwrap());
        assert_eq!(at("Five"), Some(place(src, "Five")));
        assert_eq!(at("Gao"), Some(place(src, "Gao]")));
        assert_eq!(at("Monday"), Some(place(src, "Monday")));
    }

    #[test]
    fn a_block_quote_is_read_as_a_quotation() {
        let src = "The minister said:\n\n> We will not leave\n> the town.\n";
        let (text, map) = read(src, 0..src.len());
        assert_eq!(text, "The minister said:\n\n“We will not leave the town.”");
        assert_eq!(
            map.line_col(&text, text.find("the town").unwrap()),
            Some((4, 3))
        );
        // The opening mark stands where the quoted text starts; the closing one has no place.
        assert_eq!(map.line_col(&text, text.find('“').unwrap()), Some((3, 3)));
        assert_eq!(map.line_col(&text, text.find('”').unwrap()), None);
    }

    #[test]
    fn images_code_blocks_and_raw_html_are_not_text() {
        let src = "Text one.\n\n![42 dead](a.png)\n\n```\nkilled = 42\n```\n\n<div>42 killed</div>\n\n- Item two.\n";
        let (text, _) = read(src, 0..src.len());
        assert_eq!(text, "Text one.\n\nItem two.");
    }
}
