//! The rule set: vocabularies and fact kinds, decoded strictly from YAML.
//!
//! A [`RuleSet`] is built only by [`RuleSet::load`]: the defaults shipped in `rules/default.yaml`
//! (compiled into the binary), then each extra file in order (a story's `rules.yaml`, `--rules
//! FILE`). Extra files add to the defaults: vocabulary lists are extended, entries keyed by name
//! (victim groups, fact kinds) replace the entry of the same name. Every file is decoded with
//! unknown keys rejected, and errors carry `file:line:column`.

mod file;

use std::path::{Path, PathBuf};

use crate::claim::{HedgeKind, Outcome};
use crate::dates::PartWindows;
use crate::error::{Error, Result};

use file::RuleFile;

/// The default rule file, as shipped in `rules/default.yaml`.
pub const DEFAULT_RULES: &str = include_str!("../../rules/default.yaml");

/// The name under which the built-in defaults appear in messages.
pub const DEFAULT_RULES_NAME: &str = "rules/default.yaml (built in)";

/// A validated rule set. Vocabulary entries are lower-case; matching is case-insensitive.
#[derive(Clone, Debug)]
pub struct RuleSet {
    /// Where the rules came from, in the order they were applied.
    pub sources: Vec<PathBuf>,
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
    /// The fact kinds and their tolerances.
    pub facts: FactRules,
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
}

/// Name settings.
#[derive(Clone, Debug, Default)]
pub struct NameRules {
    /// Places: the group name is the place, its words the other names and demonyms ("Niger":
    /// "Nigerien", "Nigeriens").
    pub places: Vec<Group>,
    /// Capitalised words that are not names on their own ("President", "Monday", "The").
    pub ignore: Vec<String>,
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
#[derive(Clone, Debug, Default)]
pub struct CasualtyRules {
    /// Words that state an outcome, per outcome.
    pub outcomes: Vec<(Outcome, Vec<String>)>,
    /// Victim groups; the first group whose phrase matches the victims' head words wins.
    pub victims: Vec<Group>,
    /// Verbs that attribute a statement to a claimant ("said", "claimed", "reported").
    pub attribution_verbs: Vec<String>,
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
    /// The built-in defaults, then each file of `extra` in order.
    pub fn load(extra: &[PathBuf]) -> Result<RuleSet> {
        let mut files = vec![(
            PathBuf::from(DEFAULT_RULES_NAME),
            RuleFile::parse(DEFAULT_RULES, Path::new(DEFAULT_RULES_NAME))?,
        )];
        for path in extra {
            let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            files.push((path.clone(), RuleFile::parse(&text, path)?));
        }
        file::build(files)
    }
}
