//! TEMP STUB
#![allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub struct VariantSettings {
    pub min_length: usize,
    pub max_edit_ratio: f64,
    pub max_edits: usize,
    pub ngram: usize,
    pub min_ngram_similarity: f64,
}
#[derive(Clone, Debug)]
pub struct Spelling<'a> {
    pub text: &'a str,
    pub person: bool,
}
pub fn fold_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}
pub fn fold_tokens(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .map(fold_key)
        .filter(|s| !s.is_empty())
        .collect()
}
pub fn cluster(spellings: &[Spelling<'_>], _s: &VariantSettings) -> Vec<usize> {
    let keys: Vec<String> = spellings.iter().map(|s| fold_key(s.text)).collect();
    (0..keys.len())
        .map(|i| keys.iter().position(|k| *k == keys[i]).unwrap_or(i))
        .collect()
}
