//! The YAML shape of a rule file and its validation into a [`RuleSet`].
//!
//! Every struct denies unknown fields, so a misspelt key is an error that names it. All fields
//! are optional: a story's `rules.yaml` says only what it adds. Each section is applied by its
//! own function, in the order `apply` calls them (not the order of the file's keys); `dates`,
//! `names` and `facts` live in modules of their own.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;

use super::dates::DatesFile;
use super::facts::FactFile;
use super::measures::MeasureFile;
use super::names::NamesFile;
use super::phrases::{GroupFile, extend, merge, merge_groups, normalise};
use super::scope::ScopeFile;
use super::{
    CasualtyRules, DateRules, Group, HedgeRule, NameRules, NumberRules, QuoteRules, RuleSet,
    RuleText, SegmentRules, VagueRule,
};
use crate::error::{Error, Result, RuleError};
use crate::kinds::{HedgeKind, Outcome};

/// The schema version this build reads.
const VERSION: u32 = 1;

/// One rule file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// Schema version; 1 when absent.
    version: Option<u32>,
    #[serde(default)]
    segment: SegmentFile,
    #[serde(default)]
    numbers: NumbersFile,
    #[serde(default)]
    casualties: CasualtiesFile,
    /// Event groups: name → phrases.
    #[serde(default)]
    events: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    dates: DatesFile,
    #[serde(default)]
    names: NamesFile,
    #[serde(default)]
    quotes: QuotesFile,
    /// Fact kinds, each tagged by `kind`.
    #[serde(default)]
    facts: Vec<FactFile>,
    /// Measures, each keyed by `id`.
    #[serde(default)]
    measures: Vec<MeasureFile>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuotesFile {
    min_statement_words: Option<usize>,
    min_overlap: Option<f64>,
    #[serde(default)]
    negations: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct SegmentFile {
    #[serde(default)]
    abbreviations: Vec<String>,
    #[serde(default)]
    boilerplate_lines: Vec<String>,
    #[serde(default)]
    boilerplate_prefixes: Vec<String>,
    #[serde(default)]
    tail_sections: Vec<String>,
    #[serde(default)]
    tickers: Vec<String>,
    #[serde(default)]
    teasers: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct NumbersFile {
    #[serde(default)]
    hedges: Vec<HedgeFile>,
    #[serde(default)]
    vague: Vec<VagueFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HedgeFile {
    kind: HedgeKind,
    words: Vec<String>,
    #[serde(default)]
    suffix: bool,
    margin: Option<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VagueFile {
    words: Vec<String>,
    min: f64,
    max: Option<f64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CasualtiesFile {
    #[serde(default)]
    outcomes: BTreeMap<Outcome, Vec<String>>,
    #[serde(default)]
    victims: Vec<GroupFile>,
    #[serde(default)]
    attribution_verbs: Vec<String>,
    #[serde(default)]
    toll_verbs: Vec<String>,
    #[serde(default)]
    revision_words: Vec<String>,
    revision_days: Option<u32>,
    revision_factor: Option<f64>,
    #[serde(default)]
    conditions: Vec<String>,
    #[serde(default)]
    scope: ScopeFile,
}

impl RuleFile {
    /// Decodes one file strictly. `path` is only for messages.
    pub fn parse(text: &str, path: &Path) -> Result<RuleFile> {
        if text.trim().is_empty() {
            return Ok(RuleFile::default());
        }
        super::yaml::check_rules(text, path)?;
        let file: RuleFile = serde_yaml::from_str(text).map_err(|e| Error::yaml(path, &e, 0))?;
        file.supported(path)
    }

    /// Decodes the built-in rules as `build.rs` compiled them to JSON (the same document as the
    /// YAML they come from). `path` is only for messages.
    pub fn parse_compiled(json: &str, path: &Path) -> Result<RuleFile> {
        let file: RuleFile = serde_json::from_str(json).map_err(|e| Error::Yaml {
            path: path.to_path_buf(),
            location: None,
            message: format!("the compiled defaults do not decode: {e}"),
        })?;
        file.supported(path)
    }

    /// The file, when this build reads its `version`.
    fn supported(self, path: &Path) -> Result<RuleFile> {
        match self.version {
            None | Some(VERSION) => Ok(self),
            Some(found) => {
                let kind = RuleError::UnsupportedVersion {
                    found,
                    supported: VERSION,
                };
                Err(Error::rule(path, "version", kind))
            }
        }
    }
}

/// Applies the files in order and validates the result. Each file comes with its text, which
/// the rule set keeps for its fingerprint.
pub(super) fn build(files: Vec<(PathBuf, RuleFile, RuleText)>) -> Result<RuleSet> {
    let mut set = RuleSet {
        sources: Vec::new(),
        texts: Vec::new(),
        fingerprint: OnceLock::new(),
        segment: SegmentRules::default(),
        numbers: NumberRules::default(),
        casualties: CasualtyRules::default(),
        events: Vec::new(),
        dates: DateRules::default(),
        names: NameRules::default(),
        quotes: QuoteRules::default(),
        facts: super::facts::defaults(),
        measures: Vec::new(),
        languages: Vec::new(),
        language: None,
    };
    for (path, file, text) in files {
        apply(&mut set, file, &path)?;
        set.sources.push(path);
        set.texts.push(text);
    }
    Ok(set)
}

/// The hash of what the files of `texts` say, in order: FNV-1a (64 bits) over each file's
/// decoded form, whose layout is fixed by the types (the maps in it are ordered), so the same
/// rules give the same hash on every machine and run. It tells rule sets apart; it is no
/// defence against a forger.
pub(super) fn fingerprint(texts: &[RuleText]) -> String {
    let mut hash = Fnv1a::default();
    for text in texts {
        // Each text decoded once already, when the rule set was built: it decodes again.
        let no_path = Path::new("");
        let file = match text {
            RuleText::Shipped(json) => RuleFile::parse_compiled(json, no_path),
            RuleText::Yaml(yaml) => RuleFile::parse(yaml, no_path),
        };
        let _ = write!(hash, "{:?}\0", file.unwrap_or_default());
    }
    format!("{:016x}", hash.0)
}

/// FNV-1a over the bytes written, without keeping them.
struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl std::fmt::Write for Fnv1a {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        const PRIME: u64 = 0x0100_0000_01b3;
        for byte in s.bytes() {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(PRIME);
        }
        Ok(())
    }
}

/// Applies one file, section by section; the first invalid entry stops it.
fn apply(set: &mut RuleSet, file: RuleFile, path: &Path) -> Result<()> {
    apply_segment(&mut set.segment, file.segment, path)?;
    apply_numbers(&mut set.numbers, file.numbers, path)?;
    apply_casualties(&mut set.casualties, file.casualties, path)?;
    apply_events(&mut set.events, file.events, path)?;
    super::dates::apply(&mut set.dates, &set.numbers, file.dates, path)?;
    super::names::apply(&mut set.names, file.names, path)?;
    apply_quotes(&mut set.quotes, file.quotes, path)?;
    super::facts::apply(&mut set.facts, file.facts, path)?;
    super::measures::apply(&mut set.measures, file.measures, path)
}

/// Segmentation lists are extended.
fn apply_segment(s: &mut SegmentRules, seg: SegmentFile, path: &Path) -> Result<()> {
    extend(
        &mut s.abbreviations,
        seg.abbreviations,
        "segment.abbreviations",
        path,
    )?;
    extend(
        &mut s.boilerplate_lines,
        seg.boilerplate_lines,
        "segment.boilerplate_lines",
        path,
    )?;
    extend(
        &mut s.boilerplate_prefixes,
        seg.boilerplate_prefixes,
        "segment.boilerplate_prefixes",
        path,
    )?;
    extend(
        &mut s.tail_sections,
        seg.tail_sections,
        "segment.tail_sections",
        path,
    )?;
    extend(&mut s.tickers, seg.tickers, "segment.tickers", path)?;
    extend(&mut s.teasers, seg.teasers, "segment.teasers", path)
}

/// Hedges and vague amounts replace the entries with the same words.
fn apply_numbers(set: &mut NumberRules, numbers: NumbersFile, path: &Path) -> Result<()> {
    for (i, h) in numbers.hedges.into_iter().enumerate() {
        let margin = hedge_margin(&h, i, path)?;
        for words in normalise(h.words, &format!("numbers.hedges[{i}].words"), path)? {
            set.hedges
                .retain(|r| !(r.words == words && r.suffix == h.suffix));
            set.hedges.push(HedgeRule {
                words,
                kind: h.kind,
                suffix: h.suffix,
                margin,
            });
        }
    }
    for (i, v) in numbers.vague.into_iter().enumerate() {
        let valid = v.min.is_finite()
            && v.min >= 0.0
            && v.max.is_none_or(|max| max.is_finite() && max >= v.min);
        if !valid {
            let key = format!("numbers.vague[{i}]");
            return Err(Error::rule(path, key, RuleError::NotAnInterval));
        }
        for words in normalise(v.words, &format!("numbers.vague[{i}].words"), path)? {
            set.vague.retain(|r| r.words != words);
            set.vague.push(VagueRule {
                words,
                min: v.min,
                max: v.max,
            });
        }
    }
    Ok(())
}

/// The margin of hedge `i`: as written, in 0..1, or none for a bound, which is exact; an
/// approximation must say how loose it is.
fn hedge_margin(h: &HedgeFile, i: usize, path: &Path) -> Result<f64> {
    let default_margin = match h.kind {
        HedgeKind::Approximate | HedgeKind::Below => None,
        HedgeKind::AtLeast | HedgeKind::MoreThan | HedgeKind::AtMost | HedgeKind::FewerThan => {
            Some(0.0)
        }
        // A rule file cannot name these: decoding refuses them.
        HedgeKind::Range | HedgeKind::Vague => None,
    };
    match (h.margin, default_margin) {
        (Some(m), _) if (0.0..1.0).contains(&m) => Ok(m),
        (Some(m), _) => {
            let kind = RuleError::OutOfRange {
                value: m.to_string(),
                range: "0..1",
            };
            Err(Error::rule(
                path,
                format!("numbers.hedges[{i}].margin"),
                kind,
            ))
        }
        (None, Some(m)) => Ok(m),
        (None, None) => {
            let key = format!("numbers.hedges[{i}]");
            Err(Error::rule(path, key, RuleError::MarginNeeded))
        }
    }
}

/// Outcome words and attribution verbs are extended; victim groups merge by name.
fn apply_casualties(set: &mut CasualtyRules, c: CasualtiesFile, path: &Path) -> Result<()> {
    for (outcome, words) in c.outcomes {
        let words = normalise(
            words,
            &format!("casualties.outcomes.{}", outcome.as_str()),
            path,
        )?;
        match set.outcomes.iter_mut().find(|(o, _)| *o == outcome) {
            Some((_, list)) => merge(list, words),
            None => set.outcomes.push((outcome, words)),
        }
    }
    merge_groups(&mut set.victims, c.victims, "casualties.victims", path)?;
    extend(
        &mut set.attribution_verbs,
        c.attribution_verbs,
        "casualties.attribution_verbs",
        path,
    )?;
    extend(
        &mut set.toll_verbs,
        c.toll_verbs,
        "casualties.toll_verbs",
        path,
    )?;
    extend(
        &mut set.revision_words,
        c.revision_words,
        "casualties.revision_words",
        path,
    )?;
    extend(
        &mut set.conditions,
        c.conditions,
        "casualties.conditions",
        path,
    )?;
    if let Some(days) = c.revision_days {
        set.revision_days = days;
    }
    if let Some(x) = c.revision_factor {
        if !(x >= 1.0 && x.is_finite()) {
            let kind = RuleError::OutOfRange {
                value: x.to_string(),
                range: "[1, ∞)",
            };
            return Err(Error::rule(path, "casualties.revision_factor", kind));
        }
        set.revision_factor = x;
    }
    c.scope.apply(&mut set.scope, path)
}

/// Event groups merge by name.
fn apply_events(
    set: &mut Vec<Group>,
    events: BTreeMap<String, Vec<String>>,
    path: &Path,
) -> Result<()> {
    let events = events.into_iter().map(|(name, words)| GroupFile {
        name,
        words,
        generic: false,
    });
    merge_groups(set, events.collect(), "events", path)
}

/// A statement needs at least one word; two renderings overlap by a share in (0, 1].
fn apply_quotes(set: &mut QuoteRules, q: QuotesFile, path: &Path) -> Result<()> {
    if let Some(n) = q.min_statement_words {
        if n == 0 {
            let key = "quotes.min_statement_words";
            return Err(Error::rule(path, key, RuleError::Zero));
        }
        set.min_statement_words = n;
    }
    if let Some(x) = q.min_overlap {
        if !(x > 0.0 && x <= 1.0) {
            let kind = RuleError::OutOfRange {
                value: x.to_string(),
                range: "(0, 1]",
            };
            return Err(Error::rule(path, "quotes.min_overlap", kind));
        }
        set.min_overlap = x;
    }
    extend(&mut set.negations, q.negations, "quotes.negations", path)
}
