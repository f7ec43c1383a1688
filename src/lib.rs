//! claimdiff compares news articles about one story, claim by claim.
//!
//! The pipeline is a one-way flow of plain data, one module per stage:
//!
//! ```text
//! ingest   files → Story { articles }            (front matter, encoding, publication date)
//! segment  Article → paragraphs, sentences        (boilerplate out; every piece keeps its byte span)
//! extract  sentence → Vec<Claim>                  (nom parsers, private to the module)
//! digest   Article + claims → Digest              (what outlives the text: claims, evidence)
//! rules    YAML → RuleSet                         (typed, validated once; the only way to build one)
//! align    claims + RuleSet → Vec<Fact>           (which claims talk about the same thing)
//! compare  Fact → Verdict                         (agree / conflict / variant / single_source)
//! report   Report → bytes                         (terminal, JSON, Markdown, HTML, SARIF, JUnit:
//!                                                  one file each)
//! ```
//!
//! [`run`] ties the stages to the command line; it is the only entry point the binary uses. The
//! library never prints: reporters write to the writers they are given. A run reads, segments,
//! extracts and digests one article at a time per thread, so it never holds the whole corpus:
//! see [`digest`] for the memory model.

// The library never prints: reporters write to the writers they are given.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod align;
pub mod claim;
pub mod cli;
pub mod compare;
pub mod dates;
pub mod digest;
pub mod error;
pub mod explain;
pub mod extract;
pub mod gate;
pub mod ingest;
pub mod kinds;
mod lex;
pub mod names;
pub mod pipeline;
pub mod report;
pub mod rules;
pub mod segment;
mod words;

pub use cli::run;
pub use error::{Error, Result};
