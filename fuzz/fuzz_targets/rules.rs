//! Any bytes as a story's rules.yaml on top of the defaults: an error or a rule set, never a
//! panic, a hang or unbounded memory (YAML alias bombs and deep nesting included).

#![no_main]

use claimdiff::rules::RuleSet;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = RuleSet::with_text(text, "fuzz.yaml");
    }
});
