//! Any bytes, as up to three articles of one story, through the whole pipeline and every
//! reporter: nothing may panic, and every claim's surface must be the text at its span.

#![no_main]

use std::path::Path;

use claimdiff::cli::compare_claims;
use claimdiff::ingest::Article;
use claimdiff::report::{CheckOptions, Format, write_check};
use claimdiff::rules::RuleSet;
use claimdiff::segment::segment;
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
        let mut claims = Vec::new();
        for a in &articles {
            let seg = segment(&a.text, a.body.clone(), &rules.segment);
            let found = claimdiff::extract::extract(a, &seg, rules);
            for c in &found {
                assert_eq!(
                    &a.text[c.span.clone()],
                    c.surface,
                    "surface is the text at the span"
                );
            }
            claims.push((a.id.clone(), found));
        }
        let report = compare_claims(&articles, claims, rules, warnings);
        for format in [
            Format::Terminal,
            Format::Json,
            Format::Markdown,
            Format::Html,
            Format::Sarif,
            Format::Junit,
        ] {
            let mut out = Vec::new();
            write_check(&report, format, CheckOptions::default(), &mut out)
                .expect("writing to memory");
        }
    });
});
