//! The `measures` section of a rule file: the quantities a story hinges on besides casualty
//! tolls, each named by an id, the words that say what is measured, the class of value it takes
//! and how far two figures may differ and still agree.
//!
//! A measure is data, not code: a story's `rules.yaml` adds its own (a local levy, a river's
//! level) under a new id, or adds words to a default measure by giving its id again. The kinds
//! stay a closed set: every figure a measure takes becomes a claim of kind `measure`.

use std::path::Path;

use serde::Deserialize;

use super::phrases::{merge, normalise};
use crate::error::{Error, Result, RuleError};
use crate::kinds::MeasureClass;

/// One measure of the rule set, validated.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureRule {
    /// The id, lower-case ("arrested", "inflation"): the fact's subject and the claim's
    /// `measure` in output.
    pub id: String,
    /// One line on what the measure is, for `claimdiff explain`.
    pub about: String,
    /// The class of figure it takes.
    pub class: MeasureClass,
    /// Words and phrases that say what is measured, lower-case ("arrested", "taken into
    /// custody").
    pub words: Vec<String>,
    /// Qualifiers that make a figure another quantity of the same measure ("core" inflation,
    /// "youth" unemployment): a figure with one joins only figures with the same.
    pub scope: Vec<String>,
    /// Slack allowed when two figures are compared: a fraction of each value…
    pub relative: f64,
    /// …plus an absolute amount, in the figure's unit (points for a percentage).
    pub absolute: f64,
    /// Whether each figure is of one person (an age, a prison term): figures of different
    /// people never meet, and each person's figures are a fact of their own.
    pub per_person: bool,
}

/// Whom each figure of a measure is of, when not of the story as a whole.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq)]
#[serde(rename_all = "snake_case")]
enum Per {
    /// A named person: an age, a prison term.
    Person,
}

/// One measure as written. `words` and `scope` add to a measure of the same id; the other
/// fields, when given, replace its settings.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MeasureFile {
    id: String,
    #[serde(default)]
    about: Option<String>,
    #[serde(default)]
    class: Option<MeasureClass>,
    #[serde(default)]
    words: Vec<String>,
    #[serde(default)]
    scope: Vec<String>,
    #[serde(default)]
    tolerance: Option<MeasureTolerance>,
    #[serde(default)]
    per: Option<Per>,
    #[serde(default)]
    off: bool,
}

/// A measure's tolerance: `relative` and `absolute`, or for a percentage `points` (absolute
/// percentage points) in place of `absolute`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureTolerance {
    #[serde(default)]
    relative: f64,
    #[serde(default)]
    absolute: Option<f64>,
    #[serde(default)]
    points: Option<f64>,
}

/// The id `off` takes to turn every measure defined so far off.
const ALL: &str = "all";

/// Adds or extends each measure of `measures` in `set`. A new measure needs a class and at
/// least one word; a tolerance is a fraction in 0..1 and a finite amount of at least 0, given
/// as points only for a percentage.
pub(super) fn apply(
    set: &mut Vec<MeasureRule>,
    measures: Vec<MeasureFile>,
    path: &Path,
) -> Result<()> {
    for (i, m) in measures.into_iter().enumerate() {
        let id = m.id.trim().to_lowercase();
        if id.is_empty() || id.contains(['/', ' ']) || (id == ALL && !m.off) {
            let key = format!("measures[{i}].id");
            return Err(Error::rule(path, key, RuleError::BadMeasureId(m.id)));
        }
        let key = |field: &str| format!("measures.{id}.{field}");
        // `off` drops a measure defined so far, or with the id `all` every one: a story whose
        // figures are no quantities to compare, or a run that wants casualty counts alone.
        if m.off {
            let before = set.len();
            set.retain(|x| id != ALL && x.id != id);
            if set.len() == before && id != ALL {
                return Err(Error::rule(
                    path,
                    key("off"),
                    RuleError::NoMeasureToTurnOff(id),
                ));
            }
            continue;
        }
        let words = normalise(m.words, &key("words"), path)?;
        let scope = normalise(m.scope, &key("scope"), path)?;
        let at = match set.iter().position(|x| x.id == id) {
            Some(at) => at,
            None => {
                let Some(class) = m.class else {
                    return Err(Error::rule(
                        path,
                        key("class"),
                        RuleError::MeasureNeeds("class"),
                    ));
                };
                // An age needs no words: the number grammar knows one ("Lee, 34,", "aged 34").
                if words.is_empty() && class != MeasureClass::Age {
                    return Err(Error::rule(
                        path,
                        key("words"),
                        RuleError::MeasureNeeds("words"),
                    ));
                }
                set.push(MeasureRule {
                    id: id.clone(),
                    about: String::new(),
                    class,
                    words: Vec::new(),
                    scope: Vec::new(),
                    relative: 0.0,
                    absolute: 0.0,
                    per_person: false,
                });
                set.len() - 1
            }
        };
        let rule = &mut set[at];
        if let Some(class) = m.class {
            rule.class = class;
        }
        if let Some(about) = m.about {
            rule.about = about.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        if let Some(per) = m.per {
            rule.per_person = per == Per::Person;
        }
        merge(&mut rule.words, words);
        merge(&mut rule.scope, scope);
        if let Some(t) = m.tolerance {
            let percent = rule.class == MeasureClass::Percent;
            let absolute = match (t.absolute, t.points) {
                (Some(_), Some(_)) => None,
                (None, Some(p)) => percent.then_some(p),
                (Some(a), None) => (!percent).then_some(a),
                (None, None) => Some(0.0),
            };
            let valid = |a: f64| (0.0..1.0).contains(&t.relative) && a >= 0.0 && a.is_finite();
            match absolute.filter(|&a| valid(a)) {
                Some(a) => {
                    rule.relative = t.relative;
                    rule.absolute = a;
                }
                None => {
                    let kind = RuleError::BadMeasureTolerance;
                    return Err(Error::rule(path, key("tolerance"), kind));
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::kinds::MeasureClass;
    use crate::rules::RuleSet;

    #[test]
    fn a_story_adds_a_measure_and_words_to_a_default_one() {
        let text = "measures:\n  - id: Levy\n    class: money\n    words: [levy, 'the toll charge']\n  - id: arrested\n    words: [rounded up]\n";
        let rules = RuleSet::with_text(text, "story.yaml").unwrap();
        let levy = rules.measures.iter().find(|m| m.id == "levy").unwrap();
        assert_eq!(levy.class, MeasureClass::Money);
        assert_eq!(levy.words, ["levy", "the toll charge"]);
        let arrested = rules.measures.iter().find(|m| m.id == "arrested").unwrap();
        assert!(arrested.words.iter().any(|w| w == "rounded up"));
        assert!(arrested.words.iter().any(|w| w == "arrested"));
        assert_eq!(arrested.class, MeasureClass::People);
    }

    #[test]
    fn off_turns_one_measure_or_all_off_and_a_misspelt_id_is_an_error() {
        let text = "measures:\n  - id: crowd\n    off: true\n";
        let rules = RuleSet::with_text(text, "story.yaml").unwrap();
        assert!(rules.measure("crowd").is_none());
        assert!(rules.measure("arrested").is_some());
        let text = "measures:\n  - id: all\n    off: true\n  - id: levy\n    class: money\n    words: [levy]\n";
        let rules = RuleSet::with_text(text, "story.yaml").unwrap();
        let ids: Vec<&str> = rules.measures.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["levy"]);
        let text = "measures:\n  - id: crowds\n    off: true\n";
        let err = RuleSet::with_text(text, "story.yaml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("measures.crowds.off"), "{err}");
        let text = "measures:\n  - id: all\n    class: money\n    words: [levy]\n";
        assert!(RuleSet::with_text(text, "story.yaml").is_err());
    }

    #[test]
    fn a_measure_per_person_and_an_age_without_words() {
        let text = "measures:\n  - id: tenure\n    class: duration\n    per: person\n    words: [served]\n  - id: age_at_death\n    class: age\n";
        let rules = RuleSet::with_text(text, "story.yaml").unwrap();
        assert!(rules.measure("tenure").unwrap().per_person);
        assert_eq!(
            rules.measure("age_at_death").unwrap().class,
            MeasureClass::Age
        );
        let text =
            "measures:\n  - id: tenure\n    class: duration\n    per: team\n    words: [served]\n";
        assert!(RuleSet::with_text(text, "story.yaml").is_err());
    }

    #[test]
    fn an_unknown_key_in_a_measure_is_an_error_with_its_place() {
        let text = "measures:\n  - id: levy\n    class: money\n    words: [levy]\n    unit: EUR\n";
        let err = RuleSet::with_text(text, "story.yaml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("story.yaml:5:"), "{err}");
        assert!(err.contains("unit"), "{err}");
    }

    #[test]
    fn a_new_measure_needs_a_class_and_points_are_for_percentages() {
        let text = "measures:\n  - id: levy\n    words: [levy]\n";
        let err = RuleSet::with_text(text, "story.yaml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("measures.levy.class"), "{err}");
        let text = "measures:\n  - id: levy\n    class: money\n    words: [levy]\n    tolerance: {points: 1}\n";
        let err = RuleSet::with_text(text, "story.yaml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("measures.levy.tolerance"), "{err}");
        let text = "measures:\n  - id: jobless\n    class: percent\n    words: [jobless rate]\n    tolerance: {points: 0.5}\n";
        let rules = RuleSet::with_text(text, "story.yaml").unwrap();
        let m = rules.measures.iter().find(|m| m.id == "jobless").unwrap();
        assert_eq!((m.relative, m.absolute), (0.0, 0.5));
    }

    #[test]
    fn an_unknown_class_is_an_error() {
        let text = "measures:\n  - id: levy\n    class: volume\n    words: [levy]\n";
        let err = RuleSet::with_text(text, "story.yaml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("story.yaml:3:"), "{err}");
    }
}
