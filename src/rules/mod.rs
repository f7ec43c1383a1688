//! The rule set: vocabularies and fact kinds, decoded strictly from YAML.
//!
//! A [`RuleSet`] is built only by [`RuleSet::load`]: the defaults shipped in `rules/default.yaml`
//! (compiled into the binary), then each extra file in order (a story's `rules.yaml`, `--rules
//! FILE`). Extra files add to the defaults: vocabulary lists are extended, entries keyed by name
//! (victim groups, fact kinds) replace the entry of the same name. Every file is decoded with
//! unknown keys rejected, and errors carry `file:line:column`.
//!
//! # Languages
//!
//! The defaults are English. A language with rules of its own ([`LANGUAGES`]: French, in
//! `rules/fr.yaml`) has a layer of them applied over the defaults, before the extra files: an
//! article in that language is read with the defaults, its language's layer, then the extra
//! files ([`RuleSet::for_language`]), every other article with the defaults and the extra files.
//! A layer adds its words to the defaults' groups of the same name, so a French victim word
//! ("civils") joins the group the English one does ("civilians") and counts of one event join
//! across languages. An extra file so extends every language: a story writes its French words
//! beside its English ones in one `rules.yaml`. Alignment and comparison read the default set;
//! the layers add words, never fact kinds or tolerances of their own.

mod dates;
mod facts;
mod file;
mod holidays;
mod measures;
mod names;
mod phrases;
mod scope;
pub(crate) mod yaml;

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use crate::error::{Error, Result};
use crate::kinds::{EntityType, FormKind, HedgeKind, Outcome};

pub use dates::{DEFAULT_WINDOWS, NumericOrder, PartWindows, Window};
use file::RuleFile;
pub use holidays::{HolidayDate, Holidays, easter};
pub use measures::MeasureRule;
pub use scope::ScopeRules;

/// The default rule file, as shipped in `rules/default.yaml`.
pub const DEFAULT_RULES: &str = include_str!("../../rules/default.yaml");

/// The name under which the built-in defaults appear in messages.
pub const DEFAULT_RULES_NAME: &str = "rules/default.yaml (built in)";

/// A validated rule set. Vocabulary entries are lower-case; matching is case-insensitive.
#[derive(Clone, Debug)]
pub struct RuleSet {
    /// Where the rules came from, in the order they were applied.
    pub sources: Vec<PathBuf>,
    /// The text of each rule file, in the order applied: what [`RuleSet::fingerprint`] hashes,
    /// when it is asked for.
    texts: Vec<RuleText>,
    /// [`RuleSet::fingerprint`], once computed.
    fingerprint: OnceLock<String>,
    /// How articles are cut into sentences, and what is boilerplate.
    pub segment: SegmentRules,
    /// Hedges and vague amounts.
    pub numbers: NumberRules,
    /// Outcomes, victim groups and attribution.
    pub casualties: CasualtyRules,
    /// Event words that tie a claim to what happened ("ambush", "drone strike").
    pub events: Vec<Group>,
    /// Date periods and reporting words.
    pub dates: DateRules,
    /// Names: places and their other names, and capitalised words that are no names.
    pub names: NameRules,
    /// Quotations: what makes a statement, and when two renderings are one quote.
    pub quotes: QuoteRules,
    /// The fact kinds and their tolerances.
    pub facts: FactRules,
    /// The measures: quantities compared across sources besides casualty tolls ("arrested",
    /// "inflation"), in rule order.
    pub measures: Vec<MeasureRule>,
    /// The rule sets of the languages with a layer of their own (see the module
    /// documentation), by language code, in the order of [`LANGUAGES`]; empty in a language's
    /// own set.
    pub languages: Vec<(&'static str, LanguageSet)>,
    /// The language whose layer this set has ("fr"), `None` for the default set: the grammar
    /// reads the words and word orders of that language besides English.
    pub language: Option<&'static str>,
}

/// The languages with rules of their own: each one's code (an ISO 639-1 primary language tag)
/// and its layer over the defaults, as shipped in `rules/`.
pub const LANGUAGES: &[(&str, &str)] = &[("fr", include_str!("../../rules/fr.yaml"))];

impl RuleSet {
    /// What the rule files say, hashed: 16 hex digits that two rule sets share when they were
    /// built from the same files, decoded, in the same order (comments, layout and file names
    /// aside). Digests carry it, so that claims extracted under other rules are never compared
    /// with these.
    ///
    /// Computed on the first call: hashing the decoded files cost about 3 % of a small story's
    /// `check`, which never asks for it.
    pub fn fingerprint(&self) -> &str {
        self.fingerprint
            .get_or_init(|| file::fingerprint(&self.texts))
    }

    /// The rules an article in language `lang` (a BCP 47 tag: "fr", "fr-CA") is read with:
    /// its language's set where it has one, else this one.
    pub fn for_language(&self, lang: Option<&str>) -> &RuleSet {
        let Some(lang) = lang else { return self };
        let primary = lang.split(['-', '_']).next().unwrap_or_default();
        let Some((code, layer)) =
            (self.languages.iter()).find(|(code, _)| code.eq_ignore_ascii_case(primary))
        else {
            return self;
        };
        if let Some(set) = layer.set.get() {
            return set;
        }
        // A layer without story files is built here, once; the shipped layers build over the
        // defaults (a unit test builds each), so the English set is only a guard.
        match build_layer(code, &layer.texts) {
            Ok(set) => layer.set.get_or_init(|| set),
            Err(_) => self,
        }
    }

    /// The measure with `id`.
    pub fn measure(&self, id: &str) -> Option<&MeasureRule> {
        self.measures.iter().find(|m| m.id == id)
    }
}

/// Date settings.
#[derive(Clone, Debug)]
pub struct DateRules {
    /// The windows of "early", "mid" and "late".
    pub parts: PartWindows,
    /// Phrases holding an event word that name no event ("fighting for her life").
    pub not_events: Vec<String>,
    /// Words that make a date the date of a report ("statement", "interview"), in addition to
    /// the attribution verbs.
    pub reporting: Vec<String>,
    /// Holidays and the days they fall on ("Christmas", "Thanksgiving", "Good Friday").
    pub holidays: Holidays,
    /// The order of day and month in a numeric date whose numbers leave it open.
    pub numeric_order: NumericOrder,
    /// The phrases of `numbers.hedges` that stand before a number ("above", "more than", "up
    /// to"), lower-case: a bare year-shaped number after one is an amount, not a year.
    pub amount_hedges: Vec<String>,
}

impl Default for DateRules {
    /// The windows of [`DEFAULT_WINDOWS`] and nothing else: no phrases, no holidays, no hedges,
    /// numeric dates read only where their numbers decide the order.
    fn default() -> Self {
        DateRules {
            parts: DEFAULT_WINDOWS,
            not_events: Vec::new(),
            reporting: Vec::new(),
            holidays: Holidays::default(),
            numeric_order: NumericOrder::Auto,
            amount_hedges: Vec::new(),
        }
    }
}

/// Quotation settings.
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteRules {
    /// Quotations of fewer words are terms ("strengthen", "terrorists"), not statements.
    pub min_statement_words: usize,
    /// Least share of words two renderings must have in common (of the shorter one's words) to
    /// be one quote.
    pub min_overlap: f64,
    /// Words whose presence in one rendering and absence in the other reverses its sense.
    pub negations: Vec<String>,
}

impl Default for QuoteRules {
    fn default() -> Self {
        QuoteRules {
            min_statement_words: 4,
            min_overlap: 0.5,
            negations: Vec::new(),
        }
    }
}

/// Name settings.
#[derive(Clone, Debug, Default)]
pub struct NameRules {
    /// Capitalised words that are not names on their own ("President", "Monday", "The").
    pub ignore: Vec<String>,
    /// Lower-case words that join the parts of a name ("ag", "al", "bin", "de").
    pub particles: Vec<String>,
    /// Words before a person's name that say it is one ("president", "spokesman", "colonel").
    pub titles: Vec<String>,
    /// Last words of an organisation's name ("front", "alliance", "framework").
    pub organisation_words: Vec<String>,
    /// Words after which a name is a place ("in", "near", "town of").
    pub place_cues: Vec<String>,
    /// Entities the rule set knows.
    pub entities: Vec<EntityRule>,
    /// Sets of entities that writers confuse (Niger and Nigeria); a name tied to one by some
    /// sources and to another by others is a conflict. Canonical names.
    pub confusables: Vec<Vec<String>>,
    /// Thresholds for clustering spellings the rule set does not know.
    pub variants: VariantSettings,
    /// Every form of every entity, by its first word in lower case, for matching in text.
    pub forms: std::collections::HashMap<String, Vec<FormEntry>>,
}

/// Thresholds of name-variant detection ([`crate::names::cluster`]); the defaults below are what
/// `Default` gives.
#[derive(Clone, Debug, PartialEq)]
pub struct VariantSettings {
    /// Folded keys shorter than this (in chars) only ever match exactly. Default 5.
    pub min_length: usize,
    /// Most edits (Levenshtein on folded keys) allowed, as a fraction of the longer key.
    /// Default 0.2.
    pub max_edit_ratio: f64,
    /// Hard cap on edits whatever the length. Default 3.
    pub max_edits: usize,
    /// Character n-gram size for the fingerprint. Default 2 (0 counts as 1).
    pub ngram: usize,
    /// Least Sørensen–Dice similarity of the two keys' n-gram multisets (twice the shared grams
    /// over all grams, 0 to 1) for a pair to be checked further. Default 0.5.
    pub min_ngram_similarity: f64,
}

impl Default for VariantSettings {
    fn default() -> Self {
        Self {
            min_length: 5,
            max_edit_ratio: 0.2,
            max_edits: 3,
            ngram: 2,
            min_ngram_similarity: 0.5,
        }
    }
}

/// One form of a known entity, as the name matcher looks it up.
#[derive(Clone, Debug, PartialEq)]
pub struct FormEntry {
    /// Index of the entity in [`NameRules::entities`].
    pub entity: usize,
    /// How the form names the entity.
    pub kind: FormKind,
    /// The form as written in the rule set ("ECOWAS", "Nigerien").
    pub form: String,
    /// The form in lower case, words separated by single spaces.
    pub lower: String,
}

/// A known entity: its canonical name and every other form that names it.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityRule {
    /// The canonical name, as written ("Niger").
    pub name: String,
    /// Place, person or organisation.
    pub kind: EntityType,
    /// Other names ("Burkina" for "Burkina Faso").
    pub aliases: Vec<String>,
    /// Acronyms in any language ("ECOWAS", "CEDEAO").
    pub acronyms: Vec<String>,
    /// For places, the adjectives and nouns of their people ("Nigerien", "Nigeriens").
    pub demonyms: Vec<String>,
}

/// Segmentation vocabulary.
#[derive(Clone, Debug, Default)]
pub struct SegmentRules {
    /// Words that end with a period without ending a sentence ("mr", "nov", "u.s").
    pub abbreviations: Vec<String>,
    /// A line equal to one of these (ignoring case, punctuation at the ends) is boilerplate.
    pub boilerplate_lines: Vec<String>,
    /// A line starting with one of these is boilerplate ("follow us on", "prev ").
    pub boilerplate_prefixes: Vec<String>,
    /// A line equal to one of these opens a block of links that runs to the end of the article
    /// ("most read", "related articles").
    pub tail_sections: Vec<String>,
    /// A line equal to one of these opens a ticker that runs to the next blank line ("breaking").
    pub tickers: Vec<String>,
    /// A paragraph starting with one of these is a teaser for another article ("read also").
    pub teasers: Vec<String>,
}

/// Number vocabulary.
#[derive(Clone, Debug, Default)]
pub struct NumberRules {
    /// Words before (or, for `suffix` hedges, after) a number that qualify it.
    pub hedges: Vec<HedgeRule>,
    /// Words that stand for a loose amount ("dozens" = 24–99).
    pub vague: Vec<VagueRule>,
}

/// One hedge phrase and its meaning.
#[derive(Clone, Debug, PartialEq)]
pub struct HedgeRule {
    /// The phrase, lower-case ("at least").
    pub words: String,
    /// What it does to the number.
    pub kind: HedgeKind,
    /// True when the phrase follows the number ("20 or more").
    pub suffix: bool,
    /// For `approximate` and `below`: the fraction of the value the hedge allows (0.1 = 10 %).
    pub margin: f64,
}

/// One vague amount and its documented interval.
#[derive(Clone, Debug, PartialEq)]
pub struct VagueRule {
    /// The phrase, lower-case ("dozens").
    pub words: String,
    /// Smallest value meant.
    pub min: f64,
    /// Largest value meant, `None` for no upper bound.
    pub max: Option<f64>,
}

/// A named group of phrases: a victim group, an event, a claimant party.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// The group's name, used as its key in output ("civilians").
    pub name: String,
    /// Phrases that belong to it, lower-case, singular and plural as written in text.
    pub words: Vec<String>,
    /// A generic group ("people") may stand for any other: "20 people" and "20 civilians" can
    /// be the same victims.
    pub generic: bool,
}

/// Casualty vocabulary.
#[derive(Clone, Debug)]
pub struct CasualtyRules {
    /// Words that state an outcome, per outcome.
    pub outcomes: Vec<(Outcome, Vec<String>)>,
    /// Victim groups; the first group whose phrase matches the victims' head words wins.
    pub victims: Vec<Group>,
    /// Verbs that attribute a statement to a claimant ("said", "claimed", "reported").
    pub attribution_verbs: Vec<String>,
    /// Verbs that join a toll to its figure ("the death toll rose to 7", "stands at").
    pub toll_verbs: Vec<String>,
    /// Words that mark a figure as an update of an earlier one ("rose to", "new toll", "later
    /// died"): a higher figure so marked revises a lower one, it does not contradict it.
    pub revision_words: Vec<String>,
    /// A higher figure without update words revises a lower one only when it was published at
    /// most this many days later: a toll grows as victims die in the days after an incident,
    /// where an article months later that counts otherwise tells another account.
    pub revision_days: u32,
    /// ... and at most this many times the lower figure: "2 dead" then "49 dead" without update
    /// words is another count (another incident, a city's weekend), not the toll updated.
    pub revision_factor: f64,
    /// Phrases that give victims' condition ("in critical condition", "critically injured"): a
    /// count given by its condition counts part of the wounded, never all of them.
    pub conditions: Vec<String>,
    /// Phrases that give a count a time span of its own ("this year", "since 2011").
    pub scope: ScopeRules,
}

/// No words, and no bound on a revision's delay or rise: the built-in rules set both.
impl Default for CasualtyRules {
    fn default() -> CasualtyRules {
        CasualtyRules {
            outcomes: Vec::new(),
            victims: Vec::new(),
            attribution_verbs: Vec::new(),
            toll_verbs: Vec::new(),
            revision_words: Vec::new(),
            revision_days: u32::MAX,
            revision_factor: f64::INFINITY,
            conditions: Vec::new(),
            scope: ScopeRules::default(),
        }
    }
}

/// Fact kinds and their comparison settings.
#[derive(Clone, Debug)]
pub struct FactRules {
    /// Casualty counts.
    pub casualty_count: FactKind,
    /// Other counted amounts.
    pub quantity: FactKind,
    /// Dates.
    pub date: DateFactKind,
    /// Whether name facts are built.
    pub name: bool,
    /// Whether affiliation facts are built.
    pub affiliation: bool,
    /// Whether quote facts are built.
    pub quote: bool,
}

/// Settings of date facts.
#[derive(Clone, Debug, PartialEq)]
pub struct DateFactKind {
    /// Whether date facts are built at all.
    pub enabled: bool,
    /// Days of slack on each side when two dates are compared.
    pub days: u16,
}

/// Settings of one fact kind.
#[derive(Clone, Debug, PartialEq)]
pub struct FactKind {
    /// Whether facts of this kind are built at all.
    pub enabled: bool,
    /// Slack allowed when comparing two values: a fraction of each value…
    pub relative: f64,
    /// …plus an absolute amount.
    pub absolute: f64,
}

impl RuleSet {
    /// The built-in defaults, then one more rule file given as text; `name` stands for the
    /// file in messages. For rules that do not live in a file (tests, fuzzing, embedding).
    pub fn with_text(text: &str, name: &str) -> Result<RuleSet> {
        with_languages(&[(PathBuf::from(name), text.to_string())])
    }

    /// The built-in defaults, then each file of `extra` in order.
    pub fn load(extra: &[PathBuf]) -> Result<RuleSet> {
        let texts: Vec<(PathBuf, String)> = extra
            .iter()
            .map(|path| Ok((path.clone(), yaml::read_capped(path)?)))
            .collect::<Result<_>>()?;
        with_languages(&texts)
    }
}

/// The default set and each language's, every one ending with the `extra` files (path and text),
/// decoded once per set: a decoded file is consumed by the set it builds. Every set carries the
/// texts of the defaults, the layers and the extra files for its fingerprint: digests of
/// articles in any language are stamped alike. The layers are decoded from the JSON `build.rs`
/// compiled them to, as the defaults are.
fn with_languages(extra: &[(PathBuf, String)]) -> Result<RuleSet> {
    let extra = || -> Result<Vec<(PathBuf, RuleFile, RuleText)>> {
        extra
            .iter()
            .map(|(path, text)| {
                let file = RuleFile::parse(text, path)?;
                Ok((path.clone(), file, RuleText::Yaml(text.as_str().into())))
            })
            .collect()
    };
    // The extra files first: an error in one stops the load before any layer is decoded.
    let first = extra()?;
    let layers: Vec<(&'static str, (PathBuf, RuleFile, RuleText))> = LANGUAGES
        .iter()
        .map(|&(code, _)| Ok((code, shipped_file(code)?)))
        .collect::<Result<_>>()?;
    let defaults_text = defaults()?.2;
    let texts: Vec<RuleText> = std::iter::once(defaults_text)
        .chain(layers.iter().map(|(_, (_, _, text))| text.clone()))
        .chain(first.iter().map(|(_, _, text)| text.clone()))
        .collect();
    let mut languages = Vec::with_capacity(layers.len());
    for (code, layer) in layers {
        // Story files are checked against each layer now, so that their errors stop the load;
        // a layer alone waits for the first article in its language.
        if first.is_empty() {
            let lazy = LanguageSet {
                set: OnceLock::new(),
                texts: texts.clone(),
            };
            languages.push((code, lazy));
            continue;
        }
        let mut files = vec![defaults()?, layer];
        files.extend(extra()?);
        let mut set = file::build(files)?;
        set.texts.clone_from(&texts);
        set.language = Some(code);
        let built = LanguageSet {
            set: OnceLock::from(set),
            texts: texts.clone(),
        };
        languages.push((code, built));
    }
    let mut files = vec![defaults()?];
    files.extend(first);
    let mut set = file::build(files)?;
    set.texts = texts;
    set.languages = languages;
    Ok(set)
}

/// A language's rule set: the defaults, the language's layer and the story's files. Built at
/// load when story files extend it (their errors then stop the load), else when the first
/// article in the language asks for it: building the French set was two fifths of a small
/// English story's run.
#[derive(Clone, Debug)]
pub struct LanguageSet {
    set: OnceLock<RuleSet>,
    /// The texts of the files the set is built from, for its fingerprint.
    texts: Vec<RuleText>,
}

impl LanguageSet {
    /// The set, once built.
    pub fn built(&self) -> Option<&RuleSet> {
        self.set.get()
    }
}

/// The set of language `code` with no story files: the defaults and the language's layer.
fn build_layer(code: &'static str, texts: &[RuleText]) -> Result<RuleSet> {
    let mut set = file::build(vec![defaults()?, shipped_file(code)?])?;
    set.texts = texts.to_vec();
    set.language = Some(code);
    Ok(set)
}

/// The text of one rule file a rule set was built from.
#[derive(Clone)]
pub(crate) enum RuleText {
    /// A file shipped in `rules/`, as `build.rs` compiled it to JSON.
    Shipped(&'static str),
    /// A file read at run time, or given as text: its YAML.
    Yaml(Arc<str>),
}

impl std::fmt::Debug for RuleText {
    /// The kind and length only: the defaults alone are tens of kilobytes.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RuleText::Shipped(json) => write!(f, "Shipped({} bytes of JSON)", json.len()),
            RuleText::Yaml(yaml) => write!(f, "Yaml({} bytes)", yaml.len()),
        }
    }
}

mod compiled {
    //! The table `build.rs` writes: every rule file of `rules/` compiled to JSON.
    include!(concat!(env!("OUT_DIR"), "/shipped-rules.rs"));
}

/// The rule file shipped as `rules/NAME.yaml` (`"default"`, a language's layer such as `"fr"`,
/// or another file of the folder), decoded from the JSON `build.rs` compiled it to, which
/// decodes several times faster than the YAML: a run loads shipped files every time. `None`
/// when no such file is shipped. The path is the name messages give the file.
pub(crate) fn shipped(name: &str) -> Option<Result<(PathBuf, RuleFile, RuleText)>> {
    let &(_, json) = compiled::SHIPPED.iter().find(|(n, _)| *n == name)?;
    let path = PathBuf::from(format!("rules/{name}.yaml (built in)"));
    Some(RuleFile::parse_compiled(json, &path).map(|file| (path, file, RuleText::Shipped(json))))
}

/// [`shipped`], for a file this build must hold (the defaults, a language's layer).
fn shipped_file(name: &str) -> Result<(PathBuf, RuleFile, RuleText)> {
    shipped(name).unwrap_or_else(|| {
        // build.rs compiles every file of rules/, and these are among them.
        Err(Error::Yaml {
            path: PathBuf::from(format!("rules/{name}.yaml (built in)")),
            location: None,
            message: "not compiled into this build".to_string(),
        })
    })
}

/// The built-in rule file, decoded, with the name messages give it.
fn defaults() -> Result<(PathBuf, RuleFile, RuleText)> {
    shipped_file("default")
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// Every shipped layer builds over the defaults alone, so a set built on demand never falls
    /// back to the English one; it is built at the first article in its language.
    #[test]
    fn each_language_set_is_built_when_first_asked() {
        let rules = RuleSet::load(&[]).unwrap();
        for &(code, _) in LANGUAGES {
            let (_, layer) = rules.languages.iter().find(|(c, _)| *c == code).unwrap();
            assert!(layer.built().is_none(), "{code} built at load");
            let set = rules.for_language(Some(code));
            assert_eq!(set.language, Some(code));
            assert!(std::ptr::eq(layer.built().unwrap(), set));
            assert_eq!(set.fingerprint(), rules.fingerprint());
        }
        assert!(std::ptr::eq(rules.for_language(Some("de")), &rules));
    }

    /// The JSON `build.rs` compiles decodes to the very file the YAML does, for every shipped
    /// file: no value is lost or changes type on the way (a plain YAML scalar such as `24` read
    /// as a word, say).
    #[test]
    fn every_compiled_rule_file_decodes_to_its_yaml() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        let mut names: Vec<&str> = compiled::SHIPPED.iter().map(|(n, _)| *n).collect();
        assert!(names.contains(&"default"));
        for name in names.drain(..) {
            let yaml = std::fs::read_to_string(folder.join(format!("{name}.yaml"))).unwrap();
            let (path, compiled, _) = shipped(name).unwrap().unwrap();
            let yaml = RuleFile::parse(&yaml, &path).unwrap();
            assert_eq!(format!("{compiled:#?}"), format!("{yaml:#?}"), "{name}");
        }
        let defaults = RuleFile::parse(DEFAULT_RULES, Path::new(DEFAULT_RULES_NAME)).unwrap();
        assert!(
            format!("{defaults:?}").len() > 10_000,
            "the defaults are all there"
        );
        assert!(shipped("no-such-file").is_none());
    }

    /// The fingerprint, computed when first asked for, is the hash of the decoded files: the
    /// same rules written otherwise (comments, layout) give the same one, other rules another.
    #[test]
    fn the_fingerprint_hashes_what_the_files_say() {
        let plain = RuleSet::with_text("quotes: {negations: [scarcely]}", "a.yaml").unwrap();
        let laid_out = "# a comment\nquotes:\n  negations:\n    - scarcely\n";
        let same = RuleSet::with_text(laid_out, "b.yaml").unwrap();
        let other = RuleSet::with_text("quotes: {negations: [hardly]}", "a.yaml").unwrap();
        let defaults = RuleSet::load(&[]).unwrap();
        assert_eq!(plain.fingerprint(), same.fingerprint());
        assert_ne!(plain.fingerprint(), other.fingerprint());
        assert_ne!(plain.fingerprint(), defaults.fingerprint());
        assert_eq!(defaults.fingerprint().len(), 16);
        assert_eq!(
            defaults.fingerprint(),
            RuleSet::load(&[]).unwrap().fingerprint()
        );
    }
}
