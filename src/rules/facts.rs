//! The `facts` section of a rule file: which fact kinds are built, and each one's tolerance.

use std::path::Path;

use serde::Deserialize;

use super::{DateFactKind, FactKind, FactRules};
use crate::error::{Error, Result, RuleError};

/// One fact kind's entry, tagged by `kind`.
#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub(super) enum FactFile {
    CasualtyCount(FactKindFile),
    Quantity(FactKindFile),
    Date(DateFactFile),
    Name(ToggleFile),
    Affiliation(ToggleFile),
    Quote(ToggleFile),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ToggleFile {
    #[serde(default = "yes")]
    enabled: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DateFactFile {
    #[serde(default = "yes")]
    enabled: bool,
    #[serde(default)]
    tolerance: DateToleranceFile,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DateToleranceFile {
    #[serde(default)]
    days: u16,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FactKindFile {
    #[serde(default = "yes")]
    enabled: bool,
    #[serde(default)]
    tolerance: ToleranceFile,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ToleranceFile {
    #[serde(default)]
    relative: f64,
    #[serde(default)]
    absolute: f64,
}

/// Every fact kind built, with no tolerance: what a run starts from before any file.
pub(super) fn defaults() -> FactRules {
    FactRules {
        casualty_count: FactKind {
            enabled: true,
            relative: 0.0,
            absolute: 0.0,
        },
        quantity: FactKind {
            enabled: true,
            relative: 0.0,
            absolute: 0.0,
        },
        date: DateFactKind {
            enabled: true,
            days: 0,
        },
        name: true,
        affiliation: true,
        quote: true,
    }
}

/// Each entry replaces the settings of its kind; a count's tolerance must be a fraction in 0..1
/// and a finite amount of at least 0.
pub(super) fn apply(set: &mut FactRules, facts: Vec<FactFile>, path: &Path) -> Result<()> {
    for fact in facts {
        let (slot, f, name) = match fact {
            FactFile::CasualtyCount(f) => (&mut set.casualty_count, f, "casualty_count"),
            FactFile::Quantity(f) => (&mut set.quantity, f, "quantity"),
            FactFile::Date(f) => {
                set.date = DateFactKind {
                    enabled: f.enabled,
                    days: f.tolerance.days,
                };
                continue;
            }
            FactFile::Name(f) => {
                set.name = f.enabled;
                continue;
            }
            FactFile::Affiliation(f) => {
                set.affiliation = f.enabled;
                continue;
            }
            FactFile::Quote(f) => {
                set.quote = f.enabled;
                continue;
            }
        };
        let t = f.tolerance;
        if !((0.0..1.0).contains(&t.relative) && t.absolute >= 0.0 && t.absolute.is_finite()) {
            let key = format!("facts[{name}].tolerance");
            return Err(Error::rule(path, key, RuleError::BadTolerance));
        }
        *slot = FactKind {
            enabled: f.enabled,
            relative: t.relative,
            absolute: t.absolute,
        };
    }
    Ok(())
}
