//! The ClaimReview reporter: `check` output as schema.org
//! [`ClaimReview`](https://schema.org/ClaimReview) JSON-LD, the vocabulary fact-checkers publish
//! their reviews in and search engines and fact-check aggregators read.
//!
//! One document, `{"@context": "https://schema.org", "@graph": [...]}`: one context for every
//! node, which every JSON-LD 1.1 processor expands alike, and a graph that stays a graph when
//! it is empty (a story without disagreement is an empty `@graph`, not a different shape).
//! Each conflict and each variant is one `ClaimReview`, in the JSON report's order; agreeing and
//! single-source facts are not reviews and are left out.
//!
//! A review says only what claimdiff knows, and writes a property only where it has a value
//! (never an empty string or a `null`): `claimReviewed` is a sentence built from the fact (its
//! subject and the competing values as the sources write them); `itemReviewed` is a `Claim`
//! whose `appearance`s are the articles that report it, each with its URL, headline,
//! publication date, language (`inLanguage`), author(s) and outlet when the article's metadata gives them, and its
//! evidence sentences as `text`; `reviewRating` is a `Rating` whose `alternateName` is the
//! verdict and whose `ratingExplanation` is the fact's notes. The review itself has no `author`,
//! `url` or `datePublished`: schema.org requires none of them, and claimdiff knows no
//! publisher, address or date of a review; nor does any person stand behind the verdict, so
//! none is named. `identifier` carries the fact id (and, on an appearance, the source id), to
//! find the fact in the other reports.

use std::collections::{HashMap, HashSet};
use std::io::Write;

use serde::Serialize;

use super::{CheckReport, FactOut, SourceInfo};
use crate::claim::Kind;
use crate::compare::Verdict;

/// The context every node is read in: schema.org's.
const CONTEXT: &str = "https://schema.org";

/// The most values `claimReviewed` lists before saying how many more there are.
const MAX_VALUES: usize = 6;

/// The most words of a quotation `claimReviewed` quotes before an ellipsis.
const MAX_QUOTE_WORDS: usize = 20;

/// The front matter and `story.yaml` keys that name an article's authors.
const AUTHOR_KEYS: [&str; 3] = ["author", "authors", "byline"];

/// Writes `check` output as schema.org ClaimReview JSON-LD: one review per conflict or variant.
pub fn write_check_claimreview(report: &CheckReport, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &document(report))?;
    writeln!(out)
}

#[derive(Serialize)]
struct Document<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: Vec<ClaimReview<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ClaimReview<'a> {
    #[serde(rename = "@type")]
    node_type: &'static str,
    identifier: &'a str,
    claim_reviewed: String,
    item_reviewed: Claim<'a>,
    review_rating: Rating,
}

#[derive(Serialize)]
struct Claim<'a> {
    #[serde(rename = "@type")]
    node_type: &'static str,
    appearance: Vec<Appearance<'a>>,
}

/// One article that reports the fact.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Appearance<'a> {
    #[serde(rename = "@type")]
    node_type: &'static str,
    identifier: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    headline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    in_language: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    author: Vec<Named>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Named>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
}

/// A `Person` or an `Organization` known by its name alone.
#[derive(Serialize)]
struct Named {
    #[serde(rename = "@type")]
    node_type: &'static str,
    name: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rating {
    #[serde(rename = "@type")]
    node_type: &'static str,
    alternate_name: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rating_explanation: Option<String>,
}

fn document(report: &CheckReport) -> Document<'_> {
    let sources: Sources = report.sources.iter().map(|s| (s.id.as_str(), s)).collect();
    let graph = report
        .facts
        .iter()
        .filter(|f| matches!(f.verdict, Verdict::Conflict | Verdict::Variant))
        .map(|fact| ClaimReview {
            node_type: "ClaimReview",
            identifier: &fact.id,
            claim_reviewed: claim_reviewed(fact),
            item_reviewed: Claim {
                node_type: "Claim",
                appearance: appearances(fact, &sources),
            },
            review_rating: Rating {
                node_type: "Rating",
                alternate_name: fact.verdict.as_str(),
                rating_explanation: explanation(&fact.notes),
            },
        })
        .collect();
    Document {
        context: CONTEXT,
        graph,
    }
}

/// One appearance per source that reports the fact, in the order the fact's reports name them.
/// Linear in the fact's reports: a fact of a large story may have thousands.
fn appearances<'a>(fact: &'a FactOut, sources: &Sources<'a>) -> Vec<Appearance<'a>> {
    // Each source's evidence sentences, each once, in text order.
    let mut order: HashMap<&str, usize> = HashMap::new();
    let mut grouped: Vec<(&str, Vec<&str>, HashSet<&str>)> = Vec::new();
    for r in &fact.reports {
        let at = *order.entry(&r.source).or_insert_with(|| {
            grouped.push((&r.source, Vec::new(), HashSet::new()));
            grouped.len() - 1
        });
        let (_, sentences, seen) = &mut grouped[at];
        let sentence = r.sentence.trim();
        if !sentence.is_empty() && seen.insert(sentence) {
            sentences.push(sentence);
        }
    }
    grouped
        .into_iter()
        .map(|(id, sentences, _)| {
            let source = sources.get(id).copied();
            Appearance {
                node_type: "CreativeWork",
                identifier: id,
                url: source.and_then(|s| known(s.url.as_deref())),
                headline: source.and_then(|s| known(s.title.as_deref())),
                date_published: source.and_then(|s| known(s.published.as_deref())),
                in_language: source.and_then(|s| known(s.lang.as_deref())),
                author: source.map_or_else(Vec::new, authors),
                publisher: source
                    .and_then(|s| known(s.outlet.as_deref()))
                    .map(|name| named("Organization", name)),
                text: (!sentences.is_empty()).then(|| sentences.join(" … ")),
            }
        })
        .collect()
}

/// The story's sources by id.
type Sources<'a> = HashMap<&'a str, &'a SourceInfo>;

/// A metadata value worth writing: not empty, not only white space.
fn known(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

fn named(node_type: &'static str, name: &str) -> Named {
    Named {
        node_type,
        name: name.to_string(),
    }
}

/// The people the article's metadata names as its authors (`author`, `authors`, `byline`: a
/// name, a list of names, or objects with a `name`), each once. A byline names people; an
/// outlet is the `publisher`.
fn authors(source: &SourceInfo) -> Vec<Named> {
    let mut names: Vec<&str> = Vec::new();
    for key in AUTHOR_KEYS {
        let Some(value) = source.meta.get(key) else {
            continue;
        };
        let values = match value {
            serde_json::Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        for v in values {
            let name = match v {
                serde_json::Value::String(s) => Some(s.as_str()),
                serde_json::Value::Object(o) => o.get("name").and_then(|n| n.as_str()),
                _ => None,
            };
            if let Some(name) = known(name).filter(|n| !names.contains(n)) {
                names.push(name);
            }
        }
    }
    names.into_iter().map(|n| named("Person", n)).collect()
}

/// The fact's notes as one text, as the other reports word them, each ended as a sentence;
/// `None` when it has none.
fn explanation(notes: &[String]) -> Option<String> {
    let sentences: Vec<String> = notes
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .map(|n| {
            let mut s = n.to_string();
            if !s.ends_with(['.', '!', '?']) {
                s.push('.');
            }
            s
        })
        .collect();
    (!sentences.is_empty()).then(|| sentences.join(" "))
}

/// A sentence saying what is claimed: what the fact is about and the values the sources give,
/// as they write them.
fn claim_reviewed(fact: &FactOut) -> String {
    let sentence = if let Some(names) = &fact.names {
        let forms = distinct(names.forms.iter().map(|f| f.text.as_str()));
        format!("the name is written {}", alternatives(&forms))
    } else if let Some(quote) = &fact.quote {
        let speaker = quote.renderings.iter().find_map(|r| r.speaker.as_deref());
        let texts = shortened_apart(&distinct(quote.renderings.iter().map(|r| r.text.as_str())));
        match speaker {
            Some(s) => format!("{s} said {}", alternatives(&texts)),
            None => format!("someone said {}", alternatives(&texts)),
        }
    } else if fact.kind == Kind::Affiliation {
        affiliation(fact)
    } else {
        let surfaces = distinct(fact.reports.iter().map(|r| r.surface.as_str()));
        format!("{}: {}", topic(fact), alternatives(&surfaces))
    };
    let mut sentence = capitalised(&sentence);
    if !sentence.ends_with(['.', '!', '?', '…']) {
        sentence.push('.');
    }
    sentence
}

/// "Patriotic Liberation Front is tied to Niger or Nigeria".
fn affiliation(fact: &FactOut) -> String {
    let mentions = fact.reports.iter().filter_map(|r| r.value.name());
    let name = mentions
        .clone()
        .next()
        .map_or(fact.subject.as_str(), |m| m.name.as_str());
    let places = distinct(mentions.filter_map(|m| m.country.as_ref().map(|c| c.place.as_str())));
    let places: Vec<&str> = places.iter().map(String::as_str).collect();
    format!("{name} is tied to {}", or_list(&places))
}

/// What a count, amount or date fact is about, from its subject: "number of civilians
/// killed", "date of the coup (niger)".
fn topic(fact: &FactOut) -> String {
    let words = |s: &str| s.replace(['-', '_'], " ");
    let (head, rest) = fact
        .subject
        .split_once('/')
        .map_or((fact.subject.as_str(), ""), |(h, r)| (h, r));
    match fact.kind {
        Kind::CasualtyCount => match rest {
            "" | "unspecified" => format!("number {}", words(head)),
            group => format!("number of {} {}", words(group), words(head)),
        },
        Kind::Date if !rest.is_empty() => format!("date of the {} ({})", words(head), words(rest)),
        Kind::Date => format!("date of the {}", words(head)),
        kind => {
            let what = match kind {
                Kind::Money => "amount",
                Kind::Percent => "share",
                Kind::Ordinal => "rank",
                Kind::Age => "age",
                _ => "number",
            };
            match fact.subject.trim() {
                "" => what.to_string(),
                subject => format!("{what} of {}", words(subject)),
            }
        }
    }
}

/// Each text once (white space collapsed), in the order given.
fn distinct<'a>(texts: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for text in texts {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() && !seen.contains(&text) {
            seen.push(text);
        }
    }
    seen
}

/// The values quoted, as alternatives: `"a"`, `"a" or "b"`, `"a", "b" or "c"`; past
/// [`MAX_VALUES`], the count of the others.
fn alternatives(values: &[String]) -> String {
    let quoted: Vec<String> = values
        .iter()
        .map(|v| format!("\u{201c}{v}\u{201d}"))
        .collect();
    let quoted: Vec<&str> = quoted.iter().map(String::as_str).collect();
    if quoted.len() > MAX_VALUES {
        let others = quoted.len() - (MAX_VALUES - 1);
        let shown = quoted[..MAX_VALUES - 1].join(", ");
        return format!("{shown} or {others} other forms");
    }
    or_list(&quoted)
}

/// "a", "a or b", "a, b or c".
fn or_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// The first `max` words of `text`, with an ellipsis when there are more.
fn shortened(text: &str, max: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= max {
        return words.join(" ");
    }
    format!("{} …", words[..max].join(" "))
}

/// Each text cut to [`MAX_QUOTE_WORDS`] words, or to as many more as keep them apart: two
/// renderings that differ only near their end are shown up to where they differ.
fn shortened_apart(texts: &[String]) -> Vec<String> {
    let longest = texts.iter().map(|t| t.split_whitespace().count()).max();
    let mut words = MAX_QUOTE_WORDS;
    loop {
        let cut: Vec<String> = texts.iter().map(|t| shortened(t, words)).collect();
        let apart = cut.iter().enumerate().all(|(i, c)| !cut[..i].contains(c));
        if apart || longest.is_none_or(|l| words >= l) {
            return cut;
        }
        words += 1;
    }
}

/// `text` with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn alternatives_are_quoted_and_joined_with_or() {
        assert_eq!(alternatives(&strings(&["7"])), "\u{201c}7\u{201d}");
        assert_eq!(
            alternatives(&strings(&["7", "9", "a dozen"])),
            "\u{201c}7\u{201d}, \u{201c}9\u{201d} or \u{201c}a dozen\u{201d}"
        );
        let many = strings(&["a", "b", "c", "d", "e", "f", "g", "h"]);
        assert_eq!(
            alternatives(&many),
            "\u{201c}a\u{201d}, \u{201c}b\u{201d}, \u{201c}c\u{201d}, \u{201c}d\u{201d}, \
             \u{201c}e\u{201d} or 3 other forms"
        );
    }

    #[test]
    fn quotations_are_cut_after_the_word_limit() {
        assert_eq!(shortened("we  will\nrebuild", 3), "we will rebuild");
        assert_eq!(shortened("one two three four", 2), "one two …");
    }

    #[test]
    fn renderings_are_cut_where_they_still_differ() {
        let long = |end: &str| format!("{} {end}", vec!["word"; 30].join(" "));
        let cut = shortened_apart(&[long("people"), long("populations"), "short one".into()]);
        assert_eq!(cut[0], long("people"));
        assert_eq!(cut[1], long("populations"));
        assert_eq!(cut[2], "short one");
        let cut = shortened_apart(&[long("a b"), "other".into()]);
        assert_eq!(cut[0], format!("{} …", vec!["word"; 20].join(" ")));
    }

    #[test]
    fn notes_become_sentences_and_none_is_no_explanation() {
        assert_eq!(explanation(&[]), None);
        assert_eq!(explanation(&strings(&["  "])), None);
        assert_eq!(
            explanation(&strings(&["a says 4; b says 6", "Check which."])).as_deref(),
            Some("a says 4; b says 6. Check which.")
        );
    }

    #[test]
    fn blank_metadata_is_unknown() {
        assert_eq!(known(Some("  ")), None);
        assert_eq!(known(Some(" Daily Courier ")), Some("Daily Courier"));
        assert_eq!(known(None), None);
    }
}
