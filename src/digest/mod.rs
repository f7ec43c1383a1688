//! Stage 3b: an article and its claims → [`Digest`], what is kept of the article once its text
//! is gone: who published it, its claims, and the sentences they point at as evidence.
//!
//! # Memory model
//!
//! An article's text is needed only while the article is segmented and its claims extracted;
//! the reports need just the claims and, for `check`, the evidence sentence of each claim that
//! ends up in a fact. So a run reads each article, extracts it and digests it on one worker
//! (one per `--jobs` thread), and drops the text there. At any time it holds:
//!
//! - for each article being worked on (at most one per thread), its text, segmentation and
//!   extraction scratch;
//! - for every article done, its [`Digest`]: the header (id, path, outlet, publication date),
//!   the claims, and the text of each distinct sentence the claims point at (for `check`).
//!
//! Memory is therefore bounded by the largest articles (one per thread) plus the claims and
//! their evidence, not by the whole corpus. After extraction the claims move into facts
//! (`align`) and on into the report; none is copied. The report quotes each
//! fact's evidence sentence from the digests' [`Evidence`].

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod decode;
mod line;

pub use line::{
    DIGEST_VERSION, DigestLine, ReadLine, read_line, schema, write_digest, write_error,
};

use crate::claim::Claim;
use crate::error::Warning;
use crate::ingest::{Article, Meta, Published, Source};

/// What is kept of an article once its claims are extracted: everything the reports need, and
/// not the text.
#[derive(Clone, Debug)]
pub struct Digest {
    /// The source id: the file stem.
    pub id: String,
    /// The file it was read from.
    pub path: PathBuf,
    /// Outlet, URL, language and title.
    pub meta: Meta,
    /// The publication date and where it was found.
    pub published: Option<Published>,
    /// The claims, in text order (as `extract` gave them).
    pub claims: Vec<Claim>,
    /// The sentences the claims point at (empty when made [`Digest::without_evidence`]).
    pub evidence: Evidence,
    /// What extraction warns of besides the claims' own warnings (a numeric date whose order of
    /// day and month is unknown), in text order.
    pub warnings: Vec<Warning>,
}

/// The sentences an article's claims point at, each distinct one kept once, looked up by its
/// span in the article (`Claim::sentence`). Each is shared: the reports of all the claims of a
/// sentence quote one copy.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Each sentence's span in the article and its text, sorted by span.
    sentences: Vec<(Range<usize>, Arc<str>)>,
}

impl Digest {
    /// Digests `article` with its `claims`, keeping the sentences they point at.
    pub fn new(article: &Article, claims: Vec<Claim>) -> Digest {
        Digest {
            evidence: Evidence::new(&article.text, &claims),
            ..Digest::without_evidence(article, claims)
        }
    }

    /// Digests `article` with its `claims` and no evidence: for a listing of claims, which
    /// quotes no sentence.
    pub fn without_evidence(article: &Article, claims: Vec<Claim>) -> Digest {
        Digest {
            id: article.id.clone(),
            path: article.path.clone(),
            meta: article.meta.clone(),
            published: article.published.clone(),
            claims,
            evidence: Evidence::default(),
            warnings: Vec::new(),
        }
    }
}

impl Source for Digest {
    fn id(&self) -> &str {
        &self.id
    }

    fn path(&self) -> &Path {
        &self.path
    }
}

impl Evidence {
    /// The sentences of `text` that `claims` point at. A span that is not a piece of `text` (out
    /// of range, or not on character boundaries) is not kept, so it has no sentence.
    pub fn new(text: &str, claims: &[Claim]) -> Evidence {
        let mut spans: Vec<Range<usize>> = claims
            .iter()
            .map(|c| c.sentence.clone())
            .filter(|s| text.get(s.clone()).is_some())
            .collect();
        spans.sort_by_key(|s| (s.start, s.end));
        spans.dedup();
        let sentences = spans
            .into_iter()
            .map(|span| {
                let sentence = Arc::from(&text[span.clone()]);
                (span, sentence)
            })
            .collect();
        Evidence { sentences }
    }

    /// Evidence made of `sentences` as a digest line gives them (see [`write_digest`]): each span with
    /// its text, in any order.
    pub fn from_sentences(mut sentences: Vec<(Range<usize>, Arc<str>)>) -> Evidence {
        sentences.sort_by_key(|(s, _)| (s.start, s.end));
        sentences.dedup_by_key(|(s, _)| (s.start, s.end));
        Evidence { sentences }
    }

    /// Each sentence's span and text, in span order.
    pub fn iter(&self) -> impl Iterator<Item = (&Range<usize>, &str)> {
        self.sentences.iter().map(|(span, text)| (span, &**text))
    }

    /// The text at `span` in the article, when a claim pointed at that sentence.
    pub fn sentence(&self, span: &Range<usize>) -> Option<&str> {
        self.shared(span).map(|s| &**s)
    }

    /// The text at `span` as its one shared copy, for reports to quote without copying.
    pub fn shared(&self, span: &Range<usize>) -> Option<&Arc<str>> {
        let i = self
            .sentences
            .binary_search_by_key(&(span.start, span.end), |(s, _)| (s.start, s.end))
            .ok()?;
        Some(&self.sentences[i].1)
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::claim::{Kind, Value};

    /// A claim whose sentence is at `sentence` (the rest does not matter here).
    fn claim_in(sentence: Range<usize>) -> Claim {
        Claim {
            kind: Kind::Date,
            surface: String::new(),
            span: sentence.start..sentence.start,
            line: 1,
            column: 1,
            value: Value::Date(None),
            claimant: None,
            casualty: None,
            date: None,
            measure: None,
            counted: None,
            events: Vec::new(),
            sentence,
            teaser: false,
        }
    }

    const TEXT: &str = "First one. Second – here. Third.";

    #[test]
    fn evidence_keeps_each_sentence_pointed_at_once() {
        let claims = [claim_in(11..27), claim_in(0..10), claim_in(11..27)];
        let evidence = Evidence::new(TEXT, &claims);
        assert_eq!(evidence.sentence(&(0..10)), Some("First one."));
        assert_eq!(evidence.sentence(&(11..27)), Some("Second – here."));
        assert_eq!(evidence.sentences.len(), 2);
        // A sentence no claim points at is not kept.
        assert_eq!(evidence.sentence(&(28..34)), None);
    }

    #[test]
    fn evidence_has_no_sentence_for_a_span_that_is_not_a_piece_of_the_text() {
        // 19..20 falls inside the dash's three bytes; 30..99 runs past the end.
        let claims = [claim_in(19..20), claim_in(30..99), claim_in(0..0)];
        let evidence = Evidence::new(TEXT, &claims);
        assert_eq!(evidence.sentence(&(19..20)), None);
        assert_eq!(evidence.sentence(&(30..99)), None);
        assert_eq!(evidence.sentence(&(0..0)), Some(""));
    }

    #[test]
    fn a_digest_keeps_the_header_and_claims_and_evidence_only_when_asked() {
        let mut warnings = Vec::new();
        let text = format!("---\noutlet: Wire\npublished: 2024-05-01\n---\n{TEXT}\n");
        let article = Article::parse(Path::new("dir/wire.txt"), text, &mut warnings).unwrap();
        let start = article.body.start;
        let claims = vec![claim_in(start..start + 10)];
        let digest = Digest::new(&article, claims.clone());
        assert_eq!(digest.id, "wire");
        assert_eq!(digest.path, Path::new("dir/wire.txt"));
        assert_eq!(digest.meta.outlet.as_deref(), Some("Wire"));
        assert_eq!(digest.published, article.published);
        assert_eq!(digest.claims, claims);
        assert_eq!(
            digest.evidence.sentence(&(start..start + 10)),
            Some("First one.")
        );
        let bare = Digest::without_evidence(&article, claims);
        assert_eq!(bare.evidence, Evidence::default());
    }
}
