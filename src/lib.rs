//! claimdiff compares news articles about one story, claim by claim.
//!
//! The pipeline is a one-way flow of plain data, one module per stage:
//!
//! ```text
//! ingest   files → Story { articles }            (front matter, encoding, publication date)
//! segment  Article → paragraphs, sentences        (boilerplate out; every piece keeps its byte span)
//! extract  sentence → Vec<Claim>                  (nom parsers, private to the module)
//! digest   Article + claims → Digest              (what outlives the text: claims, evidence)
//! align    claims + RuleSet → Vec<Fact>           (which claims talk about the same thing)
//! compare  Fact → Verdict                         (agree / conflict / variant / single_source)
//! report   Report → bytes                         (terminal, JSON, Markdown, HTML, SARIF, JUnit,
//!                                                  ClaimReview JSON-LD: one file each)
//! ```
//!
//! Every stage reads the [`rules::RuleSet`] (YAML → typed, validated once; loading is the only
//! way to build one) and the shared data below it. [`pipeline`] chains the stages: it is the one
//! place they are called in order, for the command line, the tests, the fuzz targets and the
//! benches alike. [`run`] is the command line's entry: arguments in, exit code out.
//!
//! Arrows point one way only: a module imports the modules listed before it here, never one
//! after (`tests/suite/layers.rs` checks this, and that no files import each other in a loop).
//! The library never prints: reporters write to the writers they are given. A run reads,
//! segments, extracts and digests one article at a time per thread, so it never holds the whole
//! corpus: see [`digest`] for the memory model.

// The library never prints: reporters write to the writers they are given.
#![warn(clippy::print_stdout, clippy::print_stderr)]

// Shared below every stage: errors and warnings, word helpers, the closed sets of kinds.
pub mod error;
mod lex;
mod words;
pub mod kinds;

// The rule set every stage reads.
pub mod rules;

// Libraries the stages use: date values and the date grammar, name-variant clustering.
pub mod dates;
pub mod names;

// The claim: what extraction hands to alignment, and the JSON contract's core; how alike two
// claims are, the measures alignment and comparison share.
pub mod claim;
pub(crate) mod likeness;

// The stages, in pipeline order.
pub mod ingest;
pub(crate) mod segment;
pub(crate) mod extract;
pub mod digest;
pub(crate) mod align;
pub mod compare;
pub(crate) mod explain;
pub mod report;

// The edge: the expectation gate, the pipeline's one-call entries, its map and reduce stages
// for an engine, the command line.
pub(crate) mod gate;
pub mod pipeline;
pub mod stream;
pub mod cli;

pub use cli::run;
pub use error::{Error, Result};
