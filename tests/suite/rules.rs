//! Rule files: every file shipped in `rules/` loads, the defaults say what the README documents,
//! extra files extend them, and mistakes are errors that name the file and the entry.

use std::path::{Path, PathBuf};

use claimdiff::Error;
use claimdiff::claim::{EntityType, FormKind, HedgeKind, Outcome};
use claimdiff::error::RuleError;
use claimdiff::rules::{DEFAULT_RULES, DEFAULT_RULES_NAME, Group, RuleSet};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Writes `yaml` to a rule file in a fresh temporary directory.
fn rule_file(yaml: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("extra.yaml");
    std::fs::write(&path, yaml).unwrap();
    (dir, path)
}

fn load(yaml: &str) -> RuleSet {
    let (_dir, path) = rule_file(yaml);
    RuleSet::load(&[path]).unwrap_or_else(|e| panic!("rules should load: {e}"))
}

/// Loads `yaml` on top of the defaults, expects an error, and returns it with the file's path.
fn load_err(yaml: &str) -> (Error, String) {
    let (_dir, path) = rule_file(yaml);
    match RuleSet::load(std::slice::from_ref(&path)) {
        Ok(_) => panic!("rules should not load:\n{yaml}"),
        Err(e) => {
            let msg = e.to_string();
            assert!(
                msg.starts_with(&path.display().to_string()),
                "the message names the file: {msg}"
            );
            (e, msg)
        }
    }
}

/// Loads `yaml` on top of the defaults, expects a rule error (one the YAML decoder cannot see),
/// and returns the entry it names and what is wrong with it.
fn rule_err(yaml: &str) -> (String, RuleError) {
    match load_err(yaml).0 {
        Error::Rule { key, kind, .. } => (key, *kind),
        other => panic!("expected a rule error, got {other:?}"),
    }
}

fn group<'a>(groups: &'a [Group], name: &str) -> &'a Group {
    groups
        .iter()
        .find(|g| g.name == name)
        .unwrap_or_else(|| panic!("no group `{name}`"))
}

#[test]
fn every_file_in_rules_dir_loads() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("rules"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(
        files.iter().any(|f| f.ends_with("default.yaml")),
        "{files:?}"
    );
    for f in &files {
        let set = RuleSet::load(std::slice::from_ref(f))
            .unwrap_or_else(|e| panic!("{} does not load: {e}", f.display()));
        assert_eq!(
            set.sources,
            [PathBuf::from(DEFAULT_RULES_NAME), f.clone()],
            "sources list the defaults, then the file"
        );
    }
}

#[test]
fn built_in_defaults_are_rules_default_yaml() {
    let on_disk = std::fs::read_to_string(root().join("rules/default.yaml")).unwrap();
    assert_eq!(DEFAULT_RULES, on_disk);
}

#[test]
fn default_vocabularies_are_not_empty() {
    let set = RuleSet::load(&[]).unwrap();
    assert_eq!(set.sources, [PathBuf::from(DEFAULT_RULES_NAME)]);
    let s = &set.segment;
    for (name, list) in [
        ("abbreviations", &s.abbreviations),
        ("boilerplate_lines", &s.boilerplate_lines),
        ("boilerplate_prefixes", &s.boilerplate_prefixes),
        ("tail_sections", &s.tail_sections),
        ("tickers", &s.tickers),
        ("teasers", &s.teasers),
        ("attribution_verbs", &set.casualties.attribution_verbs),
    ] {
        assert!(!list.is_empty(), "{name} is empty");
        for w in list {
            assert!(!w.is_empty(), "{name} has an empty phrase");
            assert_eq!(w, &w.to_lowercase(), "{name}: `{w}` is not lower-case");
        }
    }
    assert!(!set.numbers.hedges.is_empty());
    assert!(!set.numbers.vague.is_empty());
    let outcomes: Vec<Outcome> = set.casualties.outcomes.iter().map(|(o, _)| *o).collect();
    for o in [Outcome::Killed, Outcome::Injured, Outcome::Casualties] {
        assert!(outcomes.contains(&o), "no words for {o:?}");
    }
    for (o, words) in &set.casualties.outcomes {
        assert!(!words.is_empty(), "{o:?} has no words");
    }
    assert!(!set.casualties.victims.is_empty());
    assert!(!set.events.is_empty());
    for g in set.casualties.victims.iter().chain(&set.events) {
        assert!(!g.words.is_empty(), "group {} has no words", g.name);
    }
    assert!(set.facts.casualty_count.enabled);
    assert!(set.facts.quantity.enabled);
}

#[test]
fn default_rules_say_what_the_readme_documents() {
    let set = RuleSet::load(&[]).unwrap();
    let hedge = |words: &str| {
        set.numbers
            .hedges
            .iter()
            .find(|h| h.words == words && !h.suffix)
            .unwrap_or_else(|| panic!("no hedge `{words}`"))
    };
    assert_eq!(hedge("about").kind, HedgeKind::Approximate);
    assert!(hedge("about").margin > 0.0);
    assert_eq!(hedge("at least").kind, HedgeKind::AtLeast);
    assert_eq!(hedge("up to").kind, HedgeKind::AtMost);
    let dozens = set
        .numbers
        .vague
        .iter()
        .find(|v| v.words == "dozens")
        .expect("a vague rule for dozens");
    assert_eq!((dozens.min, dozens.max), (24.0, Some(99.0)));

    let people = group(&set.casualties.victims, "people");
    assert!(people.generic, "people stands for any group");
    let civilians = group(&set.casualties.victims, "civilians");
    assert!(!civilians.generic);
    assert!(civilians.words.iter().any(|w| w == "villagers"));
    assert!(
        group(&set.events, "ambush")
            .words
            .iter()
            .any(|w| w == "ambush")
    );
}

#[test]
fn story_rules_add_phrases_to_a_victim_group_and_a_new_event_group() {
    let defaults = RuleSet::load(&[]).unwrap();
    let set = load(
        "casualties:\n  victims:\n    - {name: Civilians, words: [Shoppers, '  market   traders ']}\n\
         events:\n  kidnapping: [kidnapping, abducted]\n",
    );
    assert_eq!(
        set.casualties.victims.len(),
        defaults.casualties.victims.len(),
        "an existing group is extended, not duplicated"
    );
    let civilians = group(&set.casualties.victims, "civilians");
    let before = group(&defaults.casualties.victims, "civilians");
    assert!(civilians.words.iter().any(|w| w == "shoppers"));
    assert!(civilians.words.iter().any(|w| w == "market traders"));
    for w in &before.words {
        assert!(civilians.words.contains(w), "default phrase `{w}` kept");
    }
    assert_eq!(civilians.words.len(), before.words.len() + 2);

    assert_eq!(set.events.len(), defaults.events.len() + 1);
    let kidnapping = group(&set.events, "kidnapping");
    assert_eq!(kidnapping.words, ["kidnapping", "abducted"]);
    assert!(!kidnapping.generic);
}

#[test]
fn extra_lists_extend_without_duplicates() {
    let defaults = RuleSet::load(&[]).unwrap();
    let set = load("segment:\n  abbreviations: [Brig, mr]\n  tickers: [FLASH]\n");
    let abbr = &set.segment.abbreviations;
    assert_eq!(abbr.len(), defaults.segment.abbreviations.len() + 1);
    assert!(abbr.iter().any(|w| w == "brig"));
    assert_eq!(abbr.iter().filter(|w| *w == "mr").count(), 1);
    assert!(set.segment.tickers.iter().any(|w| w == "flash"));
}

#[test]
fn a_fact_kind_given_again_replaces_the_default() {
    let set = load(
        "facts:\n  - kind: quantity\n    enabled: false\n    tolerance: {relative: 0.1, absolute: 2}\n",
    );
    assert!(!set.facts.quantity.enabled);
    assert_eq!(set.facts.quantity.relative, 0.1);
    assert_eq!(set.facts.quantity.absolute, 2.0);
    let defaults = RuleSet::load(&[]).unwrap();
    assert_eq!(set.facts.casualty_count, defaults.facts.casualty_count);
}

#[test]
fn files_apply_in_order() {
    let (_d1, first) = rule_file("events:\n  kidnapping: [kidnapping]\n");
    let (_d2, second) = rule_file("events:\n  kidnapping: [abducted]\n");
    let set = RuleSet::load(&[first.clone(), second.clone()]).unwrap();
    assert_eq!(
        group(&set.events, "kidnapping").words,
        ["kidnapping", "abducted"]
    );
    assert_eq!(set.sources[1..], [first, second]);
}

#[test]
fn empty_rule_file_changes_nothing() {
    let set = load("\n# nothing here\n");
    let defaults = RuleSet::load(&[]).unwrap();
    assert_eq!(set.segment.abbreviations, defaults.segment.abbreviations);
    assert_eq!(set.casualties.victims, defaults.casualties.victims);
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

#[test]
fn unknown_fact_kind_is_an_error_naming_it() {
    let (_e, msg) = load_err("facts:\n  - kind: unknown_kind\n");
    assert!(msg.contains("unknown_kind"), "{msg}");
}

#[test]
fn relative_tolerance_above_one_is_an_error() {
    let (key, kind) =
        rule_err("facts:\n  - kind: casualty_count\n    tolerance: {relative: 1.5}\n");
    assert_eq!(key, "facts[casualty_count].tolerance");
    assert_eq!(kind, RuleError::BadTolerance);
}

#[test]
fn negative_absolute_tolerance_is_an_error() {
    let (key, kind) = rule_err("facts:\n  - kind: quantity\n    tolerance: {absolute: -1}\n");
    assert_eq!(
        (key.as_str(), kind),
        ("facts[quantity].tolerance", RuleError::BadTolerance)
    );
}

#[test]
fn version_2_is_an_error() {
    let (e, msg) = load_err("version: 2\n");
    match e {
        Error::Rule { key, kind, .. } => {
            assert_eq!(key, "version");
            assert_eq!(
                *kind,
                RuleError::UnsupportedVersion {
                    found: 2,
                    supported: 1
                }
            );
        }
        other => panic!("expected a rule error, got {other:?}"),
    }
    assert!(
        msg.ends_with(": version 2 is not supported (this build reads version 1)"),
        "{msg}"
    );
}

#[test]
fn unknown_key_is_an_error_with_line_column_and_key() {
    let (e, msg) = load_err("version: 1\nsegment:\n  abreviations: [x]\n");
    match e {
        Error::Yaml { location, .. } => assert_eq!(location, Some((3, 3))),
        other => panic!("expected a YAML error, got {other:?}"),
    }
    assert!(msg.contains(":3:3:"), "{msg}");
    assert!(msg.contains("abreviations"), "{msg}");
}

#[test]
fn wrong_type_is_an_error_with_line_column() {
    let (e, msg) = load_err("numbers:\n  vague:\n    - {words: [umpteen], min: many}\n");
    assert!(
        matches!(
            e,
            Error::Yaml {
                location: Some((3, _)),
                ..
            }
        ),
        "{e:?}"
    );
    assert!(msg.contains("many") || msg.contains("min"), "{msg}");
}

#[test]
fn empty_phrase_is_an_error_naming_the_key() {
    let (key, kind) = rule_err("casualties:\n  attribution_verbs: [said, '  ']\n");
    assert_eq!(key, "casualties.attribution_verbs");
    assert_eq!(kind, RuleError::EmptyPhrase);
}

#[test]
fn reversed_vague_interval_is_an_error() {
    let (key, kind) = rule_err("numbers:\n  vague:\n    - {words: [umpteen], min: 50, max: 10}\n");
    assert_eq!(
        (key.as_str(), kind),
        ("numbers.vague[0]", RuleError::NotAnInterval)
    );
}

#[test]
fn approximate_hedge_without_margin_is_an_error() {
    let (key, kind) =
        rule_err("numbers:\n  hedges:\n    - {kind: approximate, words: [give or take]}\n");
    assert_eq!(
        (key.as_str(), kind),
        ("numbers.hedges[0]", RuleError::MarginNeeded)
    );
}

#[test]
fn group_without_a_name_is_an_error() {
    let (key, kind) = rule_err("casualties:\n  victims:\n    - {name: '  ', words: [x]}\n");
    assert_eq!(
        (key.as_str(), kind),
        ("casualties.victims", RuleError::EmptyGroupName)
    );
}

#[test]
fn missing_rule_file_is_an_io_error_naming_it() {
    let path = Path::new("/nonexistent/claimdiff/rules.yaml").to_path_buf();
    let e = RuleSet::load(std::slice::from_ref(&path)).unwrap_err();
    assert!(matches!(e, Error::Io { .. }), "{e:?}");
    assert!(e.to_string().contains("/nonexistent/claimdiff/rules.yaml"));
}

#[test]
fn vague_amount_with_nan_bound_is_an_error() {
    // `.nan` passes `min < 0` and `max < min` alike; an interval with a NaN end is no interval.
    for yaml in [
        "numbers:\n  vague:\n    - {words: [umpteen], min: .nan, max: 10}\n",
        "numbers:\n  vague:\n    - {words: [umpteen], min: 1, max: .nan}\n",
    ] {
        let (key, kind) = rule_err(yaml);
        assert_eq!(
            (key.as_str(), kind),
            ("numbers.vague[0]", RuleError::NotAnInterval)
        );
    }
}

#[test]
fn default_entities_hold_countries_with_demonyms_and_confusables() {
    let rules = RuleSet::load(&[]).unwrap();
    let niger = rules
        .names
        .entities
        .iter()
        .find(|e| e.name == "Niger")
        .unwrap();
    assert_eq!(niger.kind, EntityType::Place);
    assert!(niger.demonyms.iter().any(|d| d == "Nigerien"));
    assert!(
        rules
            .names
            .confusables
            .iter()
            .any(|c| c.contains(&"Niger".to_string()) && c.contains(&"Nigeria".to_string()))
    );
    // The matcher finds every form by its first word.
    let forms = &rules.names.forms["nigerien"];
    assert!(
        forms
            .iter()
            .any(|f| f.kind == FormKind::Demonym && f.form == "Nigerien")
    );
}

#[test]
fn a_story_entity_is_added_and_one_of_the_same_name_replaced() {
    let rules = load(
        "names:\n  entities:\n    - {name: Ouarkoye, type: place, aliases: [Ouar Koye, Warkoye]}\n    - {name: Niger, type: place, demonyms: [Nigerien]}\n",
    );
    let town = rules
        .names
        .entities
        .iter()
        .find(|e| e.name == "Ouarkoye")
        .unwrap();
    assert_eq!(town.aliases, ["Ouar Koye", "Warkoye"]);
    let niger: Vec<_> = rules
        .names
        .entities
        .iter()
        .filter(|e| e.name == "Niger")
        .collect();
    assert_eq!(niger.len(), 1);
    assert_eq!(niger[0].demonyms, ["Nigerien"]);
    // The replaced entity leaves its place and the file's entities follow the defaults in order.
    let defaults = RuleSet::load(&[]).unwrap().names.entities;
    let names: Vec<&str> = rules
        .names
        .entities
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(names.len(), defaults.len() + 1);
    assert_eq!(names[names.len() - 2..], ["Ouarkoye", "Niger"]);
    let kept: Vec<&str> = defaults
        .iter()
        .map(|e| e.name.as_str())
        .filter(|n| *n != "Niger")
        .collect();
    assert_eq!(names[..names.len() - 2], kept[..]);
}

#[test]
fn an_entity_defined_twice_in_one_file_is_an_error() {
    let (key, kind) = rule_err(
        "names:\n  entities:\n    - {name: Kidal, type: place}\n    - {name: kidal, type: place}\n",
    );
    assert_eq!(key, "names.entities[1]");
    assert_eq!(kind, RuleError::EntityTwice("kidal".into()));
}

#[test]
fn a_form_of_two_entities_is_an_error_naming_both() {
    let (key, kind) = rule_err(
        "names:\n  entities:\n    - {name: Niger Delta, type: place, aliases: [Nigerien]}\n",
    );
    assert_eq!(key, "names.entities");
    assert_eq!(
        kind,
        RuleError::FormOfTwo {
            form: "Nigerien".into(),
            first: "Niger".into(),
            second: "Niger Delta".into()
        }
    );
}

#[test]
fn a_confusable_naming_no_entity_is_an_error() {
    let (_, msg) = load_err("names:\n  confusables:\n    - [Niger, Nigeriaa]\n");
    assert!(
        msg.ends_with(
            ": names.confusables[0]: `Nigeriaa` is not an entity (define it under names.entities)"
        ),
        "the message users see: {msg}"
    );
    let (key, kind) = rule_err("names:\n  confusables:\n    - [Niger, Nigeriaa]\n");
    assert_eq!(key, "names.confusables[0]");
    assert_eq!(kind, RuleError::NotAnEntity("Nigeriaa".into()));
    let (key, kind) = rule_err("names:\n  confusables:\n    - [Niger]\n");
    assert_eq!(
        (key.as_str(), kind),
        ("names.confusables[0]", RuleError::ConfusableAlone)
    );
}

#[test]
fn an_unknown_entity_type_is_an_error_with_line_column() {
    let (e, msg) = load_err("names:\n  entities:\n    - {name: Kidal, type: town}\n");
    assert!(
        matches!(
            e,
            Error::Yaml {
                location: Some((3, _)),
                ..
            }
        ),
        "{msg}"
    );
    assert!(msg.contains("unknown variant `town`"), "{msg}");
}

#[test]
fn variant_thresholds_are_read_and_checked() {
    let rules = load("names:\n  variants: {min_length: 7, max_edits: 1}\n");
    assert_eq!(rules.names.variants.min_length, 7);
    assert_eq!(rules.names.variants.max_edits, 1);
    assert_eq!(rules.names.variants.max_edit_ratio, 0.2);
    let (_, msg) = load_err("names:\n  variants: {max_edit_ratio: 1.5}\n");
    assert!(
        msg.ends_with(": names.variants.max_edit_ratio: 1.5 is not in 0..=1"),
        "the message users see: {msg}"
    );
    let (key, kind) = rule_err("names:\n  variants: {ngram: 0}\n");
    assert_eq!(key, "names.variants.ngram");
    assert_eq!(
        kind,
        RuleError::OutOfRange {
            value: "0".into(),
            range: "1..=5"
        }
    );
}

/// A range and a vague amount are found by their own grammar, and `unknown` is what the reader
/// says of a name nothing classifies: claims carry these, but a rule file cannot name them.
#[test]
fn rule_files_cannot_name_the_kinds_only_the_grammar_gives() {
    for (yaml, word) in [
        (
            "numbers:\n  hedges:\n    - {kind: range, words: [x]}\n",
            "range",
        ),
        (
            "numbers:\n  hedges:\n    - {kind: vague, words: [x]}\n",
            "vague",
        ),
        (
            "names:\n  entities:\n    - {name: Kidal, type: unknown}\n",
            "unknown",
        ),
    ] {
        let (e, msg) = load_err(yaml);
        assert!(
            matches!(
                e,
                Error::Yaml {
                    location: Some((3, _)),
                    ..
                }
            ),
            "{msg}"
        );
        assert!(msg.contains(&format!("unknown variant `{word}`")), "{msg}");
    }
}

/// A whole number too large for a float is shown as written.
#[test]
fn an_out_of_range_whole_number_is_shown_exactly() {
    let (key, kind) = rule_err("names:\n  variants: {ngram: 18446744073709551615}\n");
    assert_eq!(key, "names.variants.ngram");
    assert_eq!(
        kind,
        RuleError::OutOfRange {
            value: "18446744073709551615".into(),
            range: "1..=5"
        }
    );
}
