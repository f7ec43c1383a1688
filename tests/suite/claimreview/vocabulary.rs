//! The schema.org vocabulary check of the ClaimReview export: every type a class, every
//! property a property whose domain holds the subject's type and whose range holds the value,
//! read from the trimmed vocabulary in `tests/data/schemaorg/` (`scripts/trim-schemaorg`).

use std::collections::BTreeMap;

use serde_json::Value;

use super::processor::{RDF_TYPE, Term, schema_term, triples};
use super::{FERRY, SAHEL, assert_valid_json_ld, export};
use crate::common::{json, read, story};

/// A schema.org term of the trimmed vocabulary: its types, superclasses, domains and ranges
/// (local names).
#[derive(Default)]
struct VocabularyTerm {
    types: Vec<String>,
    parents: Vec<String>,
    domains: Vec<String>,
    ranges: Vec<String>,
}

fn vocabulary() -> BTreeMap<String, VocabularyTerm> {
    let vocabulary = json(&read("tests/data/schemaorg/vocabulary.jsonld"));
    let names = |v: &Value| -> Vec<String> {
        let items = match v {
            Value::Array(items) => items.clone(),
            Value::Null => Vec::new(),
            other => vec![other.clone()],
        };
        items
            .iter()
            .map(|i| i.get("@id").unwrap_or(i).as_str().unwrap().to_string())
            .map(|s| s.strip_prefix("schema:").map_or(s.clone(), str::to_string))
            .collect()
    };
    vocabulary["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| {
            let id = names(&node["@id"]).remove(0);
            let term = VocabularyTerm {
                types: names(&node["@type"]),
                parents: names(&node["rdfs:subClassOf"]),
                domains: names(&node["schema:domainIncludes"]),
                ranges: names(&node["schema:rangeIncludes"]),
            };
            (id, term)
        })
        .collect()
}

/// A class and all its superclasses.
fn with_superclasses<'a>(
    class: &'a str,
    vocabulary: &'a BTreeMap<String, VocabularyTerm>,
) -> Vec<&'a str> {
    let mut all = vec![class];
    let mut i = 0;
    while i < all.len() {
        for parent in vocabulary.get(all[i]).map_or(&[][..], |t| &t.parents[..]) {
            if !all.contains(&parent.as_str()) {
                all.push(parent);
            }
        }
        i += 1;
    }
    all
}

/// What in `triples` schema.org does not have: a type that is no class, a property that is
/// none, a property on a subject outside its domain, a value outside its range. Empty when the
/// export is all schema.org.
pub fn vocabulary_errors(triples: &[(String, String, Term)]) -> Vec<String> {
    let vocabulary = vocabulary();
    let is = |term: &str, kind: &str| {
        vocabulary
            .get(term)
            .is_some_and(|t| t.types.iter().any(|t| t == kind))
    };
    let mut errors = Vec::new();
    let mut types: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (subject, _, object) in triples.iter().filter(|(_, p, _)| p == RDF_TYPE) {
        match object {
            Term::Node(iri) if schema_term(iri).is_some_and(|c| is(c, "rdfs:Class")) => {
                types.entry(subject).or_default().extend(schema_term(iri));
            }
            _ => errors.push(format!("{} is no schema.org class", shown(object))),
        }
    }
    // A type's classes: itself and its superclasses.
    let classes = |types: &[&str]| -> Vec<String> {
        let all = types.iter().flat_map(|c| with_superclasses(c, &vocabulary));
        all.map(str::to_string).collect()
    };
    let is_data_type = |c: &str| classes(&[c]).iter().any(|k| is(k, "DataType"));
    for (subject, predicate, object) in triples.iter().filter(|(_, p, _)| p != RDF_TYPE) {
        let Some(property) = schema_term(predicate).filter(|p| is(p, "rdf:Property")) else {
            errors.push(format!("{predicate} is no schema.org property"));
            continue;
        };
        let term = &vocabulary[property];
        let subject_classes = classes(types.get(subject.as_str()).map_or(&[][..], Vec::as_slice));
        if !term.domains.iter().any(|d| subject_classes.contains(d)) {
            errors.push(format!(
                "{property} on {subject_classes:?}: domain {:?}",
                term.domains
            ));
        }
        let allowed = match object {
            Term::Node(node) => match types.get(node.as_str()) {
                Some(object_types) => {
                    let object_classes = classes(object_types);
                    term.ranges.iter().any(|r| object_classes.contains(r))
                }
                // A node of no type is a link: the range must allow a URL.
                None => term.ranges.iter().any(|r| r == "URL"),
            },
            Term::Literal(_) => term.ranges.iter().any(|r| is_data_type(r)),
        };
        if !allowed {
            errors.push(format!(
                "{property} = {}: range {:?}",
                shown(object),
                term.ranges
            ));
        }
    }
    errors.sort();
    errors
}

/// An object as an error names it: an IRI, a literal in quotes, or "a node" for a blank node
/// (whose label the processor chooses).
fn shown(object: &Term) -> String {
    match object {
        Term::Node(node) if node.starts_with("_:") => "a node".to_string(),
        Term::Node(iri) => iri.clone(),
        Term::Literal(text) => format!("{text:?}"),
    }
}

#[test]
fn every_type_and_property_is_schema_org_with_its_domain_and_range() {
    let dir = story(FERRY);
    for story in [SAHEL, dir.path().to_str().unwrap()] {
        let (text, reviewed) = export(story);
        let triples = assert_valid_json_ld(&text, reviewed.len());
        assert_eq!(vocabulary_errors(&triples), Vec::<String>::new(), "{story}");
    }
}

#[test]
fn the_vocabulary_check_finds_a_term_schema_org_lacks_or_puts_elsewhere() {
    let (text, _) = export(SAHEL);
    let mut doc = json(&text);
    doc["@graph"][0]["verdict"] = "conflict".into();
    doc["@graph"][0]["reviewRating"]["headline"] = "x".into();
    doc["@graph"][0]["itemReviewed"]["@type"] = "Verdict".into();
    doc["@graph"][0]["reviewRating"]["ratingExplanation"] =
        serde_json::json!({"@type": "Person", "name": "x"});
    let errors = vocabulary_errors(&triples(&doc.to_string()));
    assert_eq!(
        errors,
        [
            "appearance on []: domain [\"Claim\"]",
            "appearance on []: domain [\"Claim\"]",
            "headline on [\"Rating\", \"Intangible\", \"Thing\"]: domain [\"CreativeWork\"]",
            "http://schema.org/Verdict is no schema.org class",
            "http://schema.org/verdict is no schema.org property",
            "itemReviewed = a node: range [\"Thing\"]",
            "ratingExplanation = a node: range [\"Text\"]",
        ]
    );
}
