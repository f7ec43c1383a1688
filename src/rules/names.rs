//! The `names` section of a rule file: known entities, confusable places, the words that shape
//! a name (particles, titles, organisation words, place cues) and the thresholds of variant
//! detection.
//!
//! Entities merge by canonical name (a story's entry replaces the default of the same name).
//! After each file the set is checked: no form (name, alias, acronym or demonym) may belong to
//! two entities, and each confusable set names entities defined so far.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use super::phrases::extend;
use super::{EntityRule, FormEntry, NameRules, VariantSettings};
use crate::error::{Error, Result, RuleError};
use crate::kinds::{EntityType, FormKind};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NamesFile {
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    particles: Vec<String>,
    #[serde(default)]
    titles: Vec<String>,
    #[serde(default)]
    organisation_words: Vec<String>,
    #[serde(default)]
    place_cues: Vec<String>,
    #[serde(default)]
    entities: Vec<EntityFile>,
    #[serde(default)]
    confusables: Vec<Vec<String>>,
    variants: Option<VariantsFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntityFile {
    name: String,
    #[serde(rename = "type")]
    kind: EntityType,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    acronyms: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VariantsFile {
    min_length: Option<usize>,
    max_edit_ratio: Option<f64>,
    max_edits: Option<usize>,
    ngram: Option<usize>,
    min_ngram_similarity: Option<f64>,
}

/// Applies one file's `names` section.
pub(super) fn apply(set: &mut NameRules, file: NamesFile, path: &Path) -> Result<()> {
    extend(&mut set.ignore, file.ignore, "names.ignore", path)?;
    extend(&mut set.particles, file.particles, "names.particles", path)?;
    extend(&mut set.titles, file.titles, "names.titles", path)?;
    extend(
        &mut set.organisation_words,
        file.organisation_words,
        "names.organisation_words",
        path,
    )?;
    extend(
        &mut set.place_cues,
        file.place_cues,
        "names.place_cues",
        path,
    )?;
    apply_entities(set, file.entities, path)?;
    check_forms(set, path)?;
    set.forms = index_forms(&set.entities);
    apply_confusables(set, file.confusables, path)?;
    match file.variants {
        Some(v) => apply_variants(&mut set.variants, v, path),
        None => Ok(()),
    }
}

/// Each entity replaces the one of the same name (which leaves its place; the new one goes last);
/// a file may define a name once. Names are looked up in a map, not by scanning every entity per
/// entity (the defaults define hundreds).
fn apply_entities(set: &mut NameRules, entities: Vec<EntityFile>, path: &Path) -> Result<()> {
    let mut seen: HashSet<String> = HashSet::new();
    let mut slots: Vec<Option<EntityRule>> = std::mem::take(&mut set.entities)
        .into_iter()
        .map(Some)
        .collect();
    let mut slot_of: HashMap<String, usize> = slots
        .iter()
        .enumerate()
        .filter_map(|(at, e)| Some((e.as_ref()?.name.to_lowercase(), at)))
        .collect();
    for (i, e) in entities.into_iter().enumerate() {
        let key = format!("names.entities[{i}]");
        let name = e.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(Error::rule(path, key, RuleError::EmptyEntityName));
        }
        let lower = name.to_lowercase();
        if !seen.insert(lower.clone()) {
            let kind = RuleError::EntityTwice(name.to_string());
            return Err(Error::rule(path, key, kind));
        }
        // Forms keep their case (it shows in reports), single-spaced; an empty one is an error.
        let forms = |words: Vec<String>, field: &str| -> Result<Vec<String>> {
            words
                .into_iter()
                .map(|w| {
                    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
                    if w.is_empty() {
                        let key = format!("{key}.{field}");
                        Err(Error::rule(path, key, RuleError::EmptyPhrase))
                    } else {
                        Ok(w)
                    }
                })
                .collect()
        };
        let rule = EntityRule {
            kind: e.kind,
            aliases: forms(e.aliases, "aliases")?,
            acronyms: forms(e.acronyms, "acronyms")?,
            demonyms: forms(e.demonyms, "demonyms")?,
            name,
        };
        if let Some(old) = slot_of.insert(lower, slots.len()) {
            slots[old] = None;
        }
        slots.push(Some(rule));
    }
    set.entities = slots.into_iter().flatten().collect();
    Ok(())
}

/// Each confusable set names two entities or more, each defined so far (by any file).
fn apply_confusables(
    set: &mut NameRules,
    confusables: Vec<Vec<String>>,
    path: &Path,
) -> Result<()> {
    for (i, group) in confusables.into_iter().enumerate() {
        if group.len() < 2 {
            let key = format!("names.confusables[{i}]");
            return Err(Error::rule(path, key, RuleError::ConfusableAlone));
        }
        let mut names = Vec::new();
        for name in group {
            let found = set
                .entities
                .iter()
                .find(|e| e.name.eq_ignore_ascii_case(name.trim()))
                .ok_or_else(|| {
                    let kind = RuleError::NotAnEntity(name.clone());
                    Error::rule(path, format!("names.confusables[{i}]"), kind)
                })?;
            names.push(found.name.clone());
        }
        set.confusables.push(names);
    }
    Ok(())
}

/// Variant thresholds replace the defaults one by one; ratios are in 0..=1, n-grams of 1 to 5.
fn apply_variants(r: &mut VariantSettings, v: VariantsFile, path: &Path) -> Result<()> {
    let out_of_range = |key: &str, value: String, range: &'static str| {
        Error::rule(path, key, RuleError::OutOfRange { value, range })
    };
    if let Some(n) = v.min_length {
        r.min_length = n;
    }
    if let Some(n) = v.max_edits {
        r.max_edits = n;
    }
    if let Some(x) = v.max_edit_ratio {
        if !(0.0..=1.0).contains(&x) {
            return Err(out_of_range(
                "names.variants.max_edit_ratio",
                x.to_string(),
                "0..=1",
            ));
        }
        r.max_edit_ratio = x;
    }
    if let Some(x) = v.min_ngram_similarity {
        if !(0.0..=1.0).contains(&x) {
            let key = "names.variants.min_ngram_similarity";
            return Err(out_of_range(key, x.to_string(), "0..=1"));
        }
        r.min_ngram_similarity = x;
    }
    if let Some(n) = v.ngram {
        if !(1..=5).contains(&n) {
            return Err(out_of_range("names.variants.ngram", n.to_string(), "1..=5"));
        }
        r.ngram = n;
    }
    Ok(())
}

/// No form (name, alias, acronym, demonym) may name two entities: "Congo" cannot be both
/// republics.
fn check_forms(set: &NameRules, path: &Path) -> Result<()> {
    let mut owner: HashMap<String, &str> = HashMap::with_capacity(set.entities.len() * 4);
    for e in &set.entities {
        for form in e.forms() {
            match owner.entry(form.to_lowercase()) {
                Entry::Occupied(other) if *other.get() != e.name => {
                    let other = other.get();
                    let kind = RuleError::FormOfTwo {
                        form: form.to_string(),
                        first: other.to_string(),
                        second: e.name.clone(),
                    };
                    return Err(Error::rule(path, "names.entities", kind));
                }
                Entry::Occupied(_) => {}
                Entry::Vacant(slot) => {
                    slot.insert(&e.name);
                }
            }
        }
    }
    Ok(())
}

/// Every form of every entity, keyed by its first word in lower case.
fn index_forms(entities: &[EntityRule]) -> std::collections::HashMap<String, Vec<FormEntry>> {
    let mut index: std::collections::HashMap<String, Vec<FormEntry>> = Default::default();
    for (i, e) in entities.iter().enumerate() {
        let kinds: [(FormKind, &[String]); 4] = [
            (FormKind::Name, std::slice::from_ref(&e.name)),
            (FormKind::Alias, &e.aliases),
            (FormKind::Acronym, &e.acronyms),
            (FormKind::Demonym, &e.demonyms),
        ];
        for (kind, forms) in kinds {
            for form in forms {
                let lower = form.to_lowercase();
                let first = lower.split(' ').next().unwrap_or_default().to_string();
                index.entry(first).or_default().push(FormEntry {
                    entity: i,
                    kind,
                    form: form.clone(),
                    lower,
                });
            }
        }
    }
    index
}

impl EntityRule {
    /// Every form that names the entity: the name, aliases, acronyms and demonyms.
    pub fn forms(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.name)
            .chain(&self.aliases)
            .chain(&self.acronyms)
            .chain(&self.demonyms)
    }
}
