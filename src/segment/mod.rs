//! Stage 2: an article's body → paragraphs and sentences, each with its byte span.
//!
//! This module owns the decision of what on a scraped page is article text. Scraped pages put one
//! paragraph per line and glue menus, tickers and link lists line after line, so the body is
//! classified *line by line* first, and only then are neighbouring lines merged into
//! [`Paragraph`]s. Every heuristic is about the *shape* of page furniture plus the vocabulary of
//! [`SegmentRules`](crate::rules::SegmentRules); none knows any particular site.
//!
//! **Lines.** The first rule that fits decides:
//! * a [`tickers`](crate::rules::SegmentRules::tickers) heading ("BREAKING") swallows the lines up to the next
//!   blank line; a [`tail_sections`](crate::rules::SegmentRules::tail_sections) heading ("Most Read") swallows
//!   the rest of the body, but only once article prose came before it: at the top of a page the
//!   same words head a menu, so there it acts as a ticker;
//! * 3+ consecutive one-word lines are a headline animated word by word, or a menu;
//! * a line with no letters or digits is a label ("-");
//! * a furniture line ("Share", also behind a counter: "3 Min Read") is page furniture;
//! * a date/time, handles, URLs or e-mails on their own, or an embedded post's signature ("— Name
//!   (@handle) September 2, 2024"), is metadata;
//! * a teaser lead-in ("Read also |") makes a teaser, whose sentences start at the headline;
//! * a furniture prefix ("Tags:", a short "By Name" byline) is page furniture;
//! * a bullet line of at most 8 words is navigation;
//! * at most 2 words without final punctuation is a label ("Slogan", "ACTU", "ap");
//! * (the last two rules, and the one-word lines above, judge by shape alone; a web page marks
//!   its headline and subheads as headings, and a line of those is article text whatever its
//!   shape: "Use Median" on a page is a subhead, the same line in plain text a label);
//! * anything else is body text; a headline (no final punctuation) is a one-sentence paragraph.
//!
//! Words are counted between spaces, except in Chinese and Japanese, written without spaces:
//! there each ideograph and kana counts as a word. Final punctuation is `.` `!` `?` and the
//! Chinese and Japanese full stop, exclamation and question marks (`。` `！` `？`, also in their
//! halfwidth and fullwidth forms).
//!
//! **Paragraphs.** A blank line always ends one; consecutive boilerplate lines with the same
//! reason form one. A text line joins the paragraph above only when that one is visibly
//! unfinished (no final `.` `!` `?`, or a trailing abbreviation) and the new line reads as its
//! continuation: it starts lower-case, the line above ends in `,` `;` `(` or a dash, or the body
//! is hard-wrapped and the line above is full. Anything else (a headline over its lead, one
//! scraped paragraph after another) starts a new paragraph. A body or teaser paragraph that
//! repeats an earlier one, whitespace aside, is a duplicate (pages repeat their headline).
//!
//! **Sentences** end at a paragraph's end, and after `.` `!` `?` (with any closing quotes or
//! brackets) followed by whitespace and a capital, a digit or an opening quote or bracket; but
//! not after an abbreviation from the rules ("Mr.", "Nov.", "U.S.") or initials ("J."). A decimal
//! point has no whitespace after it, so "1.5" never splits. A Chinese or Japanese final mark
//! (with any closing quotes or brackets) ends a sentence whatever follows: those scripts put no
//! space after it, and it never ends an abbreviation or a number.

mod lines;
mod sentences;
#[cfg(test)]
mod tests;
mod vocab;

use std::ops::Range;

use lines::{mark_duplicates, paragraphs, split_lines};
use sentences::split_sentences;
pub(crate) use vocab::Vocab;

/// What a paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    /// Article text: prose, headlines, subheadings, captions.
    Body,
    /// An advertisement for another article ("Read also | …"); its claims are not this story's.
    Teaser,
    /// Page furniture: menus, bylines, tickers, link lists, share buttons.
    Boilerplate,
    /// Body or teaser text that repeats an earlier paragraph word for word.
    Duplicate,
}

/// One paragraph of the body.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Paragraph {
    /// Byte range in the article text, trimmed of surrounding whitespace.
    pub span: Range<usize>,
    /// What the paragraph is.
    pub kind: ParagraphKind,
    /// Why a boilerplate or duplicate paragraph was set aside ("navigation", "ticker").
    pub reason: Option<Reason>,
}

/// Why a paragraph was set aside. Serialised and displayed as the words of [`Reason::as_str`]
/// ("tail section", not `tail_section`): these strings were the field's values before it was
/// typed, and readers of the output match on them.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, strum::IntoStaticStr, strum::Display,
)]
#[serde(into = "&'static str")]
pub enum Reason {
    /// Inside a ticker block: a heading such as "BREAKING" and the lines up to a blank one.
    #[strum(serialize = "ticker")]
    Ticker,
    /// Inside a tail section: a heading such as "Most Read" after the article, and the rest.
    #[strum(serialize = "tail section")]
    TailSection,
    /// One of 3+ consecutive one-word lines: a headline animated word by word, or a menu.
    #[strum(serialize = "one word per line")]
    OneWordPerLine,
    /// A short line without final punctuation, or one with no letters or digits.
    #[strum(serialize = "label")]
    Label,
    /// A date or time, handles, URLs or e-mails on their own, or an embedded post's signature.
    #[strum(serialize = "metadata")]
    Metadata,
    /// A furniture line ("Share"), a furniture prefix ("Tags:") or a teaser lead-in alone.
    #[strum(serialize = "page furniture")]
    PageFurniture,
    /// A short bullet line: a menu entry.
    #[strum(serialize = "navigation")]
    Navigation,
    /// Body or teaser text that repeats an earlier paragraph.
    #[strum(serialize = "repeats an earlier paragraph")]
    Repeat,
}

impl Reason {
    /// The words used in output, the same as the serialised form.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One sentence of a body or teaser paragraph.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Sentence {
    /// Byte range in the article text, trimmed; `&text[span]` is the sentence.
    pub span: Range<usize>,
    /// Index of its paragraph in [`Segmented::paragraphs`].
    pub paragraph: usize,
    /// True when the sentence is a teaser's headline, not article text.
    pub teaser: bool,
}

/// An article body cut into paragraphs and sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Segmented {
    /// Every non-blank stretch of the body, in order, boilerplate included.
    pub paragraphs: Vec<Paragraph>,
    /// The sentences of the body and teaser paragraphs, in order.
    pub sentences: Vec<Sentence>,
}

/// [`segment_with`] for the unit tests, which build the vocabulary each call; a run builds it
/// once per rule set.
#[cfg(test)]
pub(crate) fn segment(
    text: &str,
    body: Range<usize>,
    rules: &crate::rules::SegmentRules,
) -> Segmented {
    segment_with(text, body, &[], &Vocab::new(rules))
}

/// Segments `body`, a byte range of `text` (the whole file, `body` being what follows any front
/// matter), with the segment rules made lookup sets ([`Vocab`]). `headings` are the byte ranges
/// of `text` that a web page marks as headings ([`Article::headings`](crate::ingest::Article::headings),
/// in order; empty for plain text): their lines are article structure, never labels or
/// navigation by shape. All spans are byte offsets into `text`. A range that is out of bounds
/// or not on char boundaries yields nothing rather than panicking.
pub(crate) fn segment_with(
    text: &str,
    body: Range<usize>,
    headings: &[Range<usize>],
    vocab: &Vocab<'_>,
) -> Segmented {
    if text.get(body.clone()).is_none() {
        return Segmented::default();
    }
    let lines = split_lines(text, body);
    let mut drafts = paragraphs(text, &lines, headings, vocab);
    // A short line is a label, and a date line metadata, only beside other text: a text of one
    // such line is the text.
    if let [only] = drafts.as_mut_slice() {
        if matches!(
            only.paragraph.reason,
            Some(Reason::Label | Reason::Metadata)
        ) {
            only.paragraph.kind = ParagraphKind::Body;
            only.paragraph.reason = None;
        }
    }
    mark_duplicates(text, &mut drafts);
    let mut sentences = Vec::new();
    for (index, draft) in drafts.iter().enumerate() {
        let teaser = match draft.paragraph.kind {
            ParagraphKind::Body => false,
            ParagraphKind::Teaser => true,
            _ => continue,
        };
        let content = draft.content_start..draft.paragraph.span.end;
        sentences.extend(
            split_sentences(text, content, vocab)
                .into_iter()
                .map(|span| Sentence {
                    span,
                    paragraph: index,
                    teaser,
                }),
        );
    }
    let paragraphs = drafts.into_iter().map(|d| d.paragraph).collect();
    Segmented {
        paragraphs,
        sentences,
    }
}
