//! A claim read back from its JSON: the inverse of the `claims` contract's serialisation, plus
//! the claimant's key and span, which a digest line writes beside it (see [`super::line`]).
//!
//! The claim types are written for output and carry no `Deserialize`: some of their JSON is
//! untagged (a value is a number, a date, a name or a quotation by its keys) and some enums are
//! closed to rule files but open to claims (`HedgeKind::Range`, `EntityType::Unknown`). So the
//! decoding is written out here, a function per type, every closed set looked up by the name
//! its serialisation gives each variant (so the two can never drift apart), and a test reads
//! back every claim of every fixture story.

use std::ops::Range;

use serde::Serialize;
use serde_json::{Map, Value as Json};
use strum::VariantArray;

use crate::claim::{
    Affiliation, BrokenMarks, Casualty, Claim, Claimant, CountMarks, Currency, DateRole, Dated,
    Entity, EntityType, FormKind, Hedge, Interval, Kind, Lone, Measured, Mention, Outcome,
    Quantity, QuoteKind, QuoteValue, Scope, ScopeKind, Unit, Value,
};
use crate::dates::{DateValue, Precision};
use crate::error::LineError;
use crate::kinds::HedgeKind;

/// The result of a decoding step.
pub(super) type Decoded<T> = std::result::Result<T, LineError>;

/// A JSON object being decoded, with the key path that leads to it, for messages.
pub(super) struct Obj<'a> {
    map: &'a Map<String, Json>,
    at: String,
}

impl<'a> Obj<'a> {
    /// `value` as an object found at `at`.
    pub(super) fn new(value: &'a Json, at: String) -> Decoded<Obj<'a>> {
        match value {
            Json::Object(map) => Ok(Obj { map, at }),
            _ => Err(wrong(&at, "an object")),
        }
    }

    /// The path of `key` in this object.
    fn path(&self, key: &str) -> String {
        if self.at.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.at)
        }
    }

    /// The error for `key` not holding `expected`.
    pub(super) fn wrong(&self, key: &str, expected: &'static str) -> LineError {
        wrong(&self.path(key), expected)
    }

    /// The value at `key`, `None` when absent or `null`.
    pub(super) fn get(&self, key: &str) -> Option<&'a Json> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// Whether the object has `key` (even `null`).
    fn has(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    pub(super) fn str(&self, key: &str) -> Decoded<&'a str> {
        self.get(key)
            .and_then(Json::as_str)
            .ok_or_else(|| self.wrong(key, "a string"))
    }

    pub(super) fn opt_str(&self, key: &str) -> Decoded<Option<String>> {
        match self.get(key) {
            None => Ok(None),
            Some(Json::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(self.wrong(key, "a string or null")),
        }
    }

    pub(super) fn usize(&self, key: &str) -> Decoded<usize> {
        self.get(key)
            .and_then(Json::as_u64)
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| self.wrong(key, "a whole number"))
    }

    fn flag(&self, key: &str) -> Decoded<bool> {
        match self.get(key) {
            None => Ok(false),
            Some(v) => v.as_bool().ok_or_else(|| self.wrong(key, "true or false")),
        }
    }

    fn number(&self, key: &str) -> Decoded<Option<f64>> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => v
                .as_f64()
                .map(Some)
                .ok_or_else(|| self.wrong(key, "a number or null")),
        }
    }

    /// A byte range, written `{"start", "end"}`.
    pub(super) fn span(&self, key: &str) -> Decoded<Range<usize>> {
        let span = self.obj(key)?;
        Ok(span.usize("start")?..span.usize("end")?)
    }

    pub(super) fn obj(&self, key: &str) -> Decoded<Obj<'a>> {
        let value = self.get(key).ok_or_else(|| self.wrong(key, "an object"))?;
        Obj::new(value, self.path(key))
    }

    fn opt_obj(&self, key: &str) -> Decoded<Option<Obj<'a>>> {
        self.get(key)
            .map(|v| Obj::new(v, self.path(key)))
            .transpose()
    }

    /// The items of the array at `key`, each with its path; absent is empty.
    pub(super) fn items(&self, key: &str) -> Decoded<Vec<(String, &'a Json)>> {
        match self.get(key) {
            None => Ok(Vec::new()),
            Some(Json::Array(items)) => Ok(items
                .iter()
                .enumerate()
                .map(|(i, v)| (format!("{}[{i}]", self.path(key)), v))
                .collect()),
            Some(_) => Err(self.wrong(key, "an array")),
        }
    }

    /// The variant of `all` whose JSON name is the string at `key`.
    fn named<T: Serialize + Copy>(&self, key: &str, all: &[T]) -> Decoded<T> {
        let name = self.str(key)?;
        by_name(all, name).ok_or_else(|| self.wrong(key, "a known name"))
    }

    fn opt_named<T: Serialize + Copy>(&self, key: &str, all: &[T]) -> Decoded<Option<T>> {
        match self.get(key) {
            None => Ok(None),
            Some(_) => self.named(key, all).map(Some),
        }
    }
}

/// The error for the value at `path` not being `expected`.
pub(super) fn wrong(path: &str, expected: &'static str) -> LineError {
    LineError::Field {
        key: path.to_string(),
        expected,
    }
}

/// The variant of `all` that serialises as the string `name`.
fn by_name<T: Serialize + Copy>(all: &[T], name: &str) -> Option<T> {
    all.iter()
        .copied()
        .find(|v| serde_json::to_value(v).is_ok_and(|j| j.as_str() == Some(name)))
}

/// The units with a fixed name; any other is a currency's ISO code.
const UNITS: &[Unit] = &[
    Unit::Percent,
    Unit::PercentagePoint,
    Unit::Year,
    Unit::Month,
    Unit::Week,
    Unit::Day,
    Unit::Km,
    Unit::Mi,
    Unit::M,
    Unit::Kg,
    Unit::T,
];

/// A claim as a digest line writes it: the `claims` contract's form, with `claimant_key` and
/// `claimant_span` beside `claimant`.
pub(super) fn claim(obj: &Obj<'_>) -> Decoded<Claim> {
    let claimant = match obj.opt_str("claimant")? {
        None => None,
        Some(name) => Some(Box::new(Claimant {
            key: match obj.opt_str("claimant_key")? {
                Some(key) => key,
                None => name.to_lowercase(),
            },
            span: match obj.get("claimant_span") {
                Some(_) => obj.span("claimant_span")?,
                None => 0..0,
            },
            name,
        })),
    };
    let events = obj.items("events")?;
    Ok(Claim {
        kind: obj.named("kind", Kind::VARIANTS)?,
        surface: obj.str("surface")?.to_string(),
        span: obj.span("span")?,
        line: obj.usize("line")?,
        column: obj.usize("column")?,
        value: value(obj)?,
        claimant,
        casualty: if obj.has("outcome") {
            Some(Box::new(casualty(obj)?))
        } else {
            None
        },
        date: if obj.has("role") {
            Some(Box::new(dated(obj)?))
        } else {
            None
        },
        measure: if obj.has("measure") {
            Some(Box::new(measured(obj)?))
        } else {
            None
        },
        counted: obj.opt_str("counted")?,
        events: (events.into_iter())
            .map(|(at, v)| v.as_str().map(str::to_string).ok_or(wrong(&at, "a string")))
            .collect::<Decoded<_>>()?,
        sentence: obj.span("sentence")?,
        teaser: obj.flag("teaser")?,
    })
}

/// A claim's value, told apart by its keys: `null` an unresolved date, `start` a date, `marks`
/// a quotation, `type` a name, else a number.
fn value(claim: &Obj<'_>) -> Decoded<Value> {
    let Some(v) = claim.opt_obj("value")? else {
        return Ok(Value::Date(None));
    };
    Ok(if v.has("start") {
        Value::Date(Some(date_value(&v)?))
    } else if v.has("marks") {
        Value::Quote(Box::new(QuoteValue {
            text: v.str("text")?.to_string(),
            kind: v.named("kind", QuoteKind::VARIANTS)?,
            marks: v.str("marks")?.to_string(),
            broken: v.opt_named("broken", BrokenMarks::VARIANTS)?,
            speaker: v.opt_str("speaker")?,
        }))
    } else if v.has("type") {
        Value::Name(Box::new(mention(&v)?))
    } else {
        Value::Number(quantity(&v)?)
    })
}

fn date_value(v: &Obj<'_>) -> Decoded<DateValue> {
    let day = |key| {
        (v.str(key)?)
            .parse()
            .map_err(|_| v.wrong(key, "a date YYYY-MM-DD"))
    };
    Ok(DateValue {
        start: day("start")?,
        end: day("end")?,
        precision: v.named("precision", Precision::VARIANTS)?,
    })
}

fn quantity(v: &Obj<'_>) -> Decoded<Quantity> {
    let hedge = match v.opt_obj("hedge")? {
        None => None,
        Some(h) => Some(Box::new(Hedge {
            kind: h.named("kind", HedgeKind::VARIANTS)?,
            words: h.str("words")?.to_string(),
            figure: h.number("figure")?,
        })),
    };
    let unit = match v.opt_str("unit")? {
        None => None,
        Some(name) => Some(
            by_name(UNITS, &name)
                .or_else(|| Currency::new(&name).map(Unit::Currency))
                .ok_or_else(|| v.wrong("unit", "a unit or an ISO 4217 code"))?,
        ),
    };
    Ok(Quantity {
        value: Interval {
            min: v.number("min")?,
            max: v.number("max")?,
        },
        hedge,
        unit,
        ordinal: v.flag("ordinal")?,
        min_exclusive: v.flag("min_exclusive")?,
        max_exclusive: v.flag("max_exclusive")?,
    })
}

fn mention(v: &Obj<'_>) -> Decoded<Mention> {
    let country = match v.opt_obj("country")? {
        None => None,
        Some(c) => Some(Box::new(Affiliation {
            word: c.str("word")?.to_string(),
            place: c.str("place")?.to_string(),
        })),
    };
    Ok(Mention {
        name: v.str("name")?.to_string(),
        entity_type: v.named("type", EntityType::VARIANTS)?,
        acronym: v.opt_str("acronym")?,
        entity: v.opt_str("entity")?,
        form: v.opt_named("form", FormKind::VARIANTS)?,
        country,
        role: v.opt_str("role")?,
    })
}

/// A count's or a measure's scope, when the claim has one.
fn scope(claim: &Obj<'_>) -> Decoded<Option<Box<Scope>>> {
    Ok(match claim.opt_obj("scope")? {
        None => None,
        Some(s) => Some(Box::new(Scope {
            kind: s.named("kind", ScopeKind::VARIANTS)?,
            phrase: s.str("phrase")?.to_string(),
            key: s.str("key")?.to_string(),
        })),
    })
}

fn measured(claim: &Obj<'_>) -> Decoded<Measured> {
    Ok(Measured {
        measure: claim.str("measure")?.to_string(),
        measure_words: claim.str("measure_words")?.to_string(),
        subject: claim.opt_str("subject")?.unwrap_or_default(),
        scope: scope(claim)?,
        revised: claim.flag("revised")?,
    })
}

fn casualty(claim: &Obj<'_>) -> Decoded<Casualty> {
    let scope = scope(claim)?;
    Ok(Casualty {
        outcome: claim.named("outcome", Outcome::VARIANTS)?,
        victims: claim.str("victims")?.to_string(),
        victim_group: claim.str("victim_group")?.to_string(),
        lone: claim.opt_named("lone", Lone::VARIANTS)?,
        marks: CountMarks {
            revised: claim.flag("revised")?,
            part: claim.flag("part")?,
        },
        scope,
    })
}

fn dated(claim: &Obj<'_>) -> Decoded<Dated> {
    let entities = (claim.items("entities")?.into_iter())
        .map(|(at, v)| {
            let e = Obj::new(v, at)?;
            Ok(Entity {
                name: e.str("name")?.to_string(),
                key: e.str("key")?.to_string(),
            })
        })
        .collect::<Decoded<_>>()?;
    Ok(Dated {
        role: claim.named("role", DateRole::VARIANTS)?,
        event: claim.opt_str("event")?,
        cue: claim.opt_str("cue")?,
        entities,
        unresolved: claim.opt_str("unresolved")?,
        warning: claim.opt_str("warning")?,
    })
}
