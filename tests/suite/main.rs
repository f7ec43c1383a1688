//! claimdiff's integration tests, as one test binary (one link step, shared helpers): the CLI
//! run on fixture stories and temporary ones, and the library's public entry points.
//!
//! Each module is named after what it covers; [`common`] holds the helpers.

mod common;

mod bad_input;
mod bad_output;
mod bad_scale;
mod ci_formats;
mod claimreview;
mod cli;
mod dates;
mod estimates;
mod expected_verdicts;
mod french;
mod html;
mod ingest;
mod inputs;
mod languages;
mod layers;
mod manners;
mod markdown;
mod markdown_articles;
mod names;
mod pages;
mod parallel;
mod properties;
mod quotes;
mod rules;
mod schema;
mod scope;
mod stream;
mod tolls;
