//! The JSON-LD processor the ClaimReview tests read the export with: the `json-ld` crate
//! (JSON-LD 1.1), resolving `"@context": "https://schema.org"` to the context file of a
//! schema.org release in `tests/data/schemaorg/`, never the network.

use std::collections::HashMap;

use json_ld::rdf_types::{Id, Object};
use json_ld::syntax::Parse;
use json_ld::{BlankIdBuf, IriBuf, JsonLdProcessor, RemoteDocument};
use serde_json::Value;

use crate::common::read;

/// The IRI of `rdf:type`, the predicate of a node's types.
pub const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// The loader a JSON-LD processor resolves `"@context": "https://schema.org"` through: the
/// context file of the schema.org release in tests/data, at both spellings of the address.
fn schemaorg_loader() -> HashMap<IriBuf, RemoteDocument> {
    let context = read("tests/data/schemaorg/context.jsonld");
    let context = json_ld::syntax::Value::parse_str(&context)
        .expect("the context parses")
        .0;
    ["https://schema.org", "https://schema.org/"]
        .into_iter()
        .map(|address| {
            let iri = IriBuf::new(address.to_string()).unwrap();
            let document = RemoteDocument::new(
                Some(iri.clone()),
                Some("application/ld+json".parse().unwrap()),
                context.clone(),
            );
            (iri, document)
        })
        .collect()
}

fn remote(text: &str) -> RemoteDocument {
    let value = json_ld::syntax::Value::parse_str(text).expect("the export parses as JSON");
    RemoteDocument::new(None, None, value.0)
}

/// The IRIs of the types of each top-level node of the expanded document.
pub fn expanded_types(text: &str) -> Vec<Vec<String>> {
    let loader = schemaorg_loader();
    let expanded = futures::executor::block_on(remote(text).expand(&loader))
        .unwrap_or_else(|e| panic!("JSON-LD expansion fails: {e}\n{text}"));
    expanded
        .iter()
        .map(|object| {
            let node = object.as_node().expect("each top-level object is a node");
            node.types().iter().map(|t| t.to_string()).collect()
        })
        .collect()
}

/// An RDF term in a triple's object place.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Term {
    /// An IRI or a blank node.
    Node(String),
    /// A literal's lexical form.
    Literal(String),
}

/// The export as RDF triples (subject, predicate, object), the processor's to-RDF algorithm.
pub fn triples(text: &str) -> Vec<(String, String, Term)> {
    let loader = schemaorg_loader();
    let mut blanks = json_ld::rdf_types::generator::Blank::new();
    let mut rdf = futures::executor::block_on(remote(text).to_rdf(&mut blanks, &loader))
        .unwrap_or_else(|e| panic!("JSON-LD to RDF fails: {e}\n{text}"));
    let node = |id: &Id<IriBuf, BlankIdBuf>| match id {
        Id::Iri(iri) => iri.to_string(),
        Id::Blank(blank) => blank.to_string(),
    };
    rdf.cloned_quads()
        .map(|quad| {
            let object = match &quad.2 {
                Object::Id(id) => Term::Node(node(id)),
                Object::Literal(literal) => Term::Literal(literal.value.to_string()),
            };
            (node(&quad.0), node(&quad.1), object)
        })
        .collect()
}

/// How many triples a compact JSON-LD value states: one per property value (each item of an
/// array) and per `@type`, and those of the nodes it holds.
pub fn stated(value: &Value) -> usize {
    match value {
        Value::Object(map) => {
            map.iter()
                .filter(|(key, _)| *key != "@context" && *key != "@graph")
                .map(|(_, v)| match v {
                    Value::Array(items) => items.len() + items.iter().map(stated).sum::<usize>(),
                    v => 1 + stated(v),
                })
                .sum::<usize>()
                + map.get("@graph").map_or(0, stated)
        }
        Value::Array(items) => items.iter().map(stated).sum(),
        _ => 0,
    }
}

/// The local name of a schema.org IRI (either scheme), or `None` for any other IRI.
pub fn schema_term(iri: &str) -> Option<&str> {
    iri.strip_prefix("http://schema.org/")
        .or_else(|| iri.strip_prefix("https://schema.org/"))
}
