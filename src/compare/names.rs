//! Verdicts of name and affiliation facts.
//!
//! A name fact's mentions are sorted into forms by aspect:
//!
//! - `spelling`: how a name the rule set does not know is written ("Tinzaouatène",
//!   "Tin Zaouatine"); differences are shown letter by letter;
//! - `long_name`: an organisation's name spelled out beside its acronym ("Permanent Strategic
//!   Framework", "Strategic and Permanent Framework"); differences are shown word by word;
//! - `acronym`: its acronyms ("ESA", "AES"), letter by letter; "U.S." and "US" are one;
//! - `short`: a lone surname standing for a full name ("Ramadan"), never a variant;
//! - `known`: a form the rule set lists for a known entity ("Nigerien" for Niger); each listed
//!   form is attested, so one is diffed only against another written the same way but for
//!   accents and hyphens, never "French" against "France".
//!
//! Two forms of one aspect that differ other than in letter case make the fact a `variant`, even
//! inside one source. A known entity is a variant only when sources use different acronyms (a
//! translated acronym) or write one form with different accents or hyphens: its listed names and
//! demonyms are the same entity by definition.
//!
//! An affiliation fact is a `conflict` when its mentions tie the referent to different places;
//! the note says when the rule set lists the two as easily confused (Niger and Nigeria).

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use super::Verdict;
use super::diff::{Span, form_diff};
use crate::align::Fact;
use crate::claim::{EntityType, Mention};
use crate::names::cluster::{Folds, fold_key, lone_surnames};
use crate::rules::RuleSet;

/// How a referent is written across the sources: the name fact's detail in reports.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct NameDetail {
    /// Place, person, organisation or unknown: the most specific type its mentions give.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// The rule-set entity, when the rule set knows it.
    pub entity: Option<String>,
    /// Every distinct form, grouped by aspect, most used first within an aspect.
    pub forms: Vec<Form>,
}

/// One way of writing the referent, and who writes it so.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Form {
    /// `spelling`, `long_name`, `acronym`, `short` or `known`.
    #[schemars(with = "String")]
    pub aspect: Aspect,
    /// The form as first written.
    pub text: String,
    /// The sources that write it, sorted.
    pub sources: Vec<String>,
    /// How many mentions write it.
    pub mentions: usize,
    /// Where each mention is: `source:line:column`, in source and text order.
    pub locations: Vec<String>,
    /// How it differs from the aspect's first form (the most used), as marked spans: empty for
    /// the first form itself. Letter by letter, or word by word for long names.
    pub diff: Vec<Span>,
}

/// What a form of a name is, in the order reports list them.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Aspect {
    /// How a name the rule set does not know is written; compared letter by letter.
    Spelling,
    /// An organisation's name spelled out beside its acronym; compared word by word.
    LongName,
    /// An acronym; compared letter by letter.
    Acronym,
    /// A form the rule set lists for a known entity.
    Known,
    /// A lone surname standing for a full name: never a variant.
    Short,
}

impl Aspect {
    /// The name used in output.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The forms of a name fact, keyed by aspect and form in lower case.
type Forms = BTreeMap<(Aspect, String), Form>;

/// Judges a name fact: its verdict, notes and forms.
pub(super) fn judge_name(fact: &Fact, sources: usize) -> (Verdict, Vec<String>, NameDetail) {
    let mentions: Vec<(&str, &Mention)> = fact
        .reports
        .iter()
        .filter_map(|r| r.claim.value.name().map(|m| (r.source.as_str(), m)))
        .collect();
    let entity = mentions.iter().find_map(|(_, m)| m.entity.clone());
    let mut forms = collect_forms(fact, &mentions, entity.is_some());
    merge_plurals(&mut forms);
    let mut forms: Vec<Form> = forms.into_values().collect();
    // Most used first within an aspect, then by first source and text: stable across runs.
    forms.sort_by(|a, b| {
        (a.aspect, std::cmp::Reverse(a.mentions), &a.sources, &a.text).cmp(&(
            b.aspect,
            std::cmp::Reverse(b.mentions),
            &b.sources,
            &b.text,
        ))
    });
    let mut notes = Vec::new();
    let mut varies = false;
    for aspect in [
        Aspect::Spelling,
        Aspect::LongName,
        Aspect::Acronym,
        Aspect::Known,
    ] {
        if let Some(differences) = differences(&mut forms, aspect) {
            varies = true;
            notes.extend(differences);
        }
    }
    let verdict = if varies {
        Verdict::Variant
    } else if sources < 2 {
        Verdict::SingleSource
    } else {
        Verdict::Agree
    };
    let detail = NameDetail {
        entity_type: most_specific(mentions.iter().map(|(_, m)| m.entity_type)),
        entity,
        forms,
    };
    (verdict, notes, detail)
}

/// Every mention's forms: its acronym, and unless it is a bare acronym its name, under the
/// aspect it shows.
fn collect_forms<'f>(fact: &Fact, mentions: &[(&str, &'f Mention)], known: bool) -> Forms {
    let mut locations: Vec<String> = fact
        .reports
        .iter()
        .map(|r| format!("{}:{}:{}", r.source, r.claim.line, r.claim.column))
        .collect();
    let has_acronym = mentions.iter().any(|(_, m)| m.acronym.is_some());
    let folds = Folds::of(mentions.iter().map(|(_, m)| m.name.as_str()));
    let short = lone_surnames(mentions.iter().map(|(_, m)| folds.tokens(&m.name)));
    // Each distinct text normalised once.
    let mut normals: FxHashMap<&str, (String, String)> = FxHashMap::default();
    let mut forms = Forms::new();
    let mut add = |aspect: Aspect, text: &'f str, source: &str, location: String| {
        let (normal, lower) = normals.entry(text).or_insert_with(|| {
            let n = normal(text);
            let lower = n.to_lowercase();
            (n, lower)
        });
        // "U.S." and "US" are one acronym, written with periods or without.
        let key = if aspect == Aspect::Acronym {
            lower.replace('.', "")
        } else {
            lower.clone()
        };
        let f = forms.entry((aspect, key)).or_insert_with(|| Form {
            aspect,
            text: normal.clone(),
            sources: Vec::new(),
            mentions: 0,
            locations: Vec::new(),
            diff: Vec::new(),
        });
        f.mentions += 1;
        f.locations.push(location);
        // Kept sorted: a new source goes where sorting would put it.
        if let Err(at) = f.sources.binary_search_by(|s| s.as_str().cmp(source)) {
            f.sources.insert(at, source.to_string());
        }
    };
    for (i, (source, m)) in mentions.iter().enumerate() {
        // The location moves into the mention's last form; a first one (its acronym) copies it.
        let location = std::mem::take(&mut locations[i]);
        if m.is_bare_acronym() {
            add(Aspect::Acronym, m.name.as_str(), source, location);
            continue;
        }
        if let Some(acronym) = &m.acronym {
            add(Aspect::Acronym, acronym, source, location.clone());
        }
        let aspect = if known {
            Aspect::Known
        } else if has_acronym {
            Aspect::LongName
        } else if short(folds.tokens(&m.name)) {
            Aspect::Short
        } else {
            Aspect::Spelling
        };
        add(aspect, &m.name, source, location);
    }
    forms
}

/// A plural is no spelling: "Tuaregs" is a form of "Tuareg", "Vice Lords" of "Vice Lord". Each
/// plural whose singular is a form of the same aspect is merged into it.
fn merge_plurals(forms: &mut Forms) {
    let keys: Vec<(Aspect, String)> = forms.keys().cloned().collect();
    for (aspect, key) in keys {
        let Some(stem) = key
            .strip_suffix('s')
            .filter(|s| s.chars().count() >= 4)
            .map(|s| s.strip_suffix('\'').unwrap_or(s).to_string())
        else {
            continue;
        };
        let last_word = stem.rsplit(' ').next().unwrap_or_default();
        if last_word.chars().count() >= 3 && forms.contains_key(&(aspect, stem.clone())) {
            let plural = forms.remove(&(aspect, key));
            if let (Some(plural), Some(f)) = (plural, forms.get_mut(&(aspect, stem))) {
                f.mentions += plural.mentions;
                f.locations.extend(plural.locations);
                f.sources.extend(plural.sources);
                f.sources.sort();
                f.sources.dedup();
            }
        }
    }
}

/// Diffs each form of `aspect` against the aspect's first, and the notes when two forms of it
/// differ (`None` when they do not): what differs, and which sources write it more than one way.
fn differences(forms: &mut [Form], aspect: Aspect) -> Option<Vec<String>> {
    let of: Vec<usize> = (0..forms.len())
        .filter(|&i| forms[i].aspect == aspect)
        .collect();
    let &first = of.first()?;
    for &i in &of[1..] {
        // A known entity's listed forms ("France", "French") are attested, not misspelt: a form
        // is diffed only against the first written the same way but for accents and hyphens.
        let base = if aspect == Aspect::Known {
            let key = fold_key(&forms[i].text);
            (of.iter().copied())
                .take_while(|&j| j != i)
                .find(|&j| fold_key(&forms[j].text) == key)
        } else {
            Some(first)
        };
        if let Some(base) = base {
            forms[i].diff = form_diff(
                &forms[base].text,
                &forms[i].text,
                aspect == Aspect::LongName,
            );
        }
    }
    let differing: Vec<&Form> = match aspect {
        // Known forms vary only in accents, hyphens or spaces of one form.
        Aspect::Known => {
            let mut by_key: BTreeMap<String, Vec<&Form>> = BTreeMap::new();
            for &i in &of {
                by_key
                    .entry(fold_key(&forms[i].text))
                    .or_default()
                    .push(&forms[i]);
            }
            by_key
                .into_values()
                .filter(|v| v.len() > 1)
                .flatten()
                .collect()
        }
        _ => of.iter().map(|&i| &forms[i]).collect(),
    };
    if differing.len() < 2 {
        return None;
    }
    let listed: Vec<String> = differing
        .iter()
        .map(|f| format!("\"{}\" ({})", f.text, f.sources.join(", ")))
        .collect();
    let what = match aspect {
        Aspect::LongName => "long names differ",
        Aspect::Acronym => "acronyms differ",
        _ => "spelled differently",
    };
    let mut notes = vec![format!("{what}: {}", listed.join(", "))];
    for source in sources_writing_several(&differing) {
        notes.push(format!("{source} itself writes it more than one way"));
    }
    Some(notes)
}

/// Judges an affiliation fact: one place agrees, several conflict.
pub(super) fn judge_affiliation(
    fact: &Fact,
    sources: usize,
    rules: &RuleSet,
) -> (Verdict, Vec<String>) {
    let mut places: BTreeMap<&str, (Vec<&str>, Vec<&str>)> = BTreeMap::new();
    for r in &fact.reports {
        if let Some(c) = r.claim.value.name().and_then(|m| m.country.as_ref()) {
            let e = places.entry(c.place.as_str()).or_default();
            if !e.0.contains(&r.source.as_str()) {
                e.0.push(&r.source);
            }
            if !e.1.contains(&c.word.as_str()) {
                e.1.push(&c.word);
            }
        }
    }
    if places.len() < 2 {
        let verdict = if sources < 2 {
            Verdict::SingleSource
        } else {
            Verdict::Agree
        };
        return (verdict, Vec::new());
    }
    let mut notes = vec![format!(
        "tied to different places: {}",
        places
            .iter()
            .map(|(p, (s, w))| format!("{p} (\"{}\" in {})", w.join("\", \""), s.join(", ")))
            .collect::<Vec<_>>()
            .join("; ")
    )];
    let names: Vec<&str> = places.keys().copied().collect();
    for set in &rules.names.confusables {
        let hit: Vec<&str> = names
            .iter()
            .copied()
            .filter(|n| set.iter().any(|s| s == n))
            .collect();
        if hit.len() >= 2 {
            notes.push(format!(
                "{} are easily confused (names.confusables): check which is meant",
                hit.join(" and ")
            ));
        }
    }
    (Verdict::Conflict, notes)
}

/// Sources that write two of the differing forms.
fn sources_writing_several(forms: &[&Form]) -> Vec<String> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for f in forms {
        for s in &f.sources {
            *count.entry(s).or_default() += 1;
        }
    }
    count
        .into_iter()
        .filter(|&(_, n)| n > 1)
        .map(|(s, _)| s.to_string())
        .collect()
}

/// A form for comparison and display: NFC, single spaces, one apostrophe.
fn normal(text: &str) -> String {
    let t: String = text
        .nfc()
        .map(|c| if c == '’' { '\'' } else { c })
        .collect();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The most specific type: a place, person or organisation beats unknown; among those, the most
/// frequent, ties in that order.
fn most_specific(types: impl Iterator<Item = EntityType>) -> EntityType {
    let mut count: BTreeMap<EntityType, usize> = BTreeMap::new();
    for t in types.filter(|t| *t != EntityType::Unknown) {
        *count.entry(t).or_default() += 1;
    }
    count
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map_or(EntityType::Unknown, |(t, _)| t)
}
