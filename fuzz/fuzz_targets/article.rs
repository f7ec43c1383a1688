//! Any bytes, as up to three articles of one story, through the whole pipeline and every
//! reporter: nothing may panic, every claim's surface must be the text at its span, and the
//! digest's evidence for a claim's sentence the text at the sentence's span.

#![no_main]

use std::path::Path;

use claimdiff::ingest::Article;
use claimdiff::pipeline::{self, Keep};
use claimdiff::report::{CheckOptions, Format, write_check};
use claimdiff::rules::RuleSet;
use libfuzzer_sys::fuzz_target;

thread_local! {
    static RULES: RuleSet = RuleSet::load(&[]).expect("the default rules load");
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    RULES.with(|rules| {
        let mut warnings = Vec::new();
        let mut articles = Vec::new();
        // A 0x1E (record separator) splits the input into articles, so alignment is exercised.
        for (i, part) in text.split('\u{1e}').take(3).enumerate() {
            let path = format!("{i}.txt");
            if let Ok(a) = Article::parse(Path::new(&path), part.to_string(), &mut warnings) {
                articles.push(a);
            }
        }
        let mut digests = Vec::new();
        for a in &articles {
            let digest = pipeline::digest_article(a, rules, Keep::Evidence);
            for c in &digest.claims {
                assert_eq!(
                    &a.text[c.span.clone()],
                    c.surface,
                    "surface is the text at the span"
                );
                assert_eq!(
                    digest.evidence.sentence(&c.sentence),
                    a.text.get(c.sentence.clone()),
                    "the evidence is the text at the sentence's span"
                );
            }
            digests.push(digest);
        }
        let report = pipeline::compare(digests, rules, warnings);
        for format in [
            Format::Terminal,
            Format::Json,
            Format::Markdown,
            Format::Html,
            Format::Sarif,
            Format::Junit,
            Format::ClaimReview,
        ] {
            let mut out = Vec::new();
            write_check(&report, format, CheckOptions::default(), &mut out)
                .expect("writing to memory");
        }
    });
});
