//! Names of people and places, and the many ways outlets spell them.
//!
//! Transliterated African and Arabic names have no single spelling: "Tinzaouatène",
//! "Tinzaouatene" and "Tin Zaouatine" are one town, "Mohamed Elmaouloud Ramadan" and "Mohamed
//! El-Maouloud Ramadan" one person. The extractor finds name mentions and looks them up in the
//! rule set's gazetteer; the spellings it does not know come here to be grouped into variants.
//!
//! [`cluster`] does the grouping: a folded key, a phonetic key and an n-gram fingerprint decide
//! which spellings are compared (blocking, so the work stays linear), and an edit-distance test
//! with a guard for persons' names decides which of those are one name. Its module docs explain
//! the steps and thresholds.

pub mod cluster;
