//! The closed sets claims and rules are made of: what a hedge does to a number, what happened to
//! the people a count counts, what a name names, which part of a period a date means, and how a
//! form names a known entity.
//!
//! They sit below both `claim`, which carries them in its output, and `rules`, which reads them
//! from rule files, so that neither of the two depends on the other for its words. Each one's
//! name in output and in rule files is its variant's name in snake case (serde's
//! `rename_all`); where code needs the name as text too, strum's `serialize_all` gives it through
//! `as_str`, and a test (`tests/suite/schema.rs`) checks that the two agree for every variant.

use serde::{Deserialize, Serialize};

/// How the text qualifies a number ("about", "at least", "between … and …", "dozens").
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
pub enum HedgeKind {
    /// "about", "around", "some", "roughly": the value give or take the rule set's margin.
    Approximate,
    /// "nearly", "almost": a little under the value.
    Below,
    /// "at least", "no fewer than", "or more": an inclusive lower bound.
    AtLeast,
    /// "more than", "over": an exclusive lower bound; counts are whole, so "more than 30" is 31 up.
    MoreThan,
    /// "up to", "as many as", "at most": an inclusive upper bound.
    AtMost,
    /// "fewer than", "under": an exclusive upper bound; "fewer than 30" is 29 down.
    FewerThan,
    // A range and a vague amount are found by their own grammar, not listed as hedge words: a
    // rule file cannot name them (serde), though claims carry them (the output schema keeps them).
    /// "20 to 30", "between 20 and 30".
    #[serde(skip_deserializing)]
    #[schemars(!skip_deserializing)]
    Range,
    /// "dozens", "hundreds", "several": a documented interval from the rule set.
    #[serde(skip_deserializing)]
    #[schemars(!skip_deserializing)]
    Vague,
}

/// What happened to the people a casualty claim counts.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Outcome {
    /// killed, dead, died, deaths.
    Killed,
    /// injured, wounded, hurt.
    Injured,
    /// "casualties": killed, injured or both; kept apart from `killed` on purpose.
    Casualties,
}

impl Outcome {
    /// Whether two outcomes can describe the same people: `casualties` covers both others.
    pub fn compatible(self, other: Outcome) -> bool {
        self == other || self == Outcome::Casualties || other == Outcome::Casualties
    }

    /// The name used in output and rules.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A victim the text speaks of without a numeral: one of the victims, not a total.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Lone {
    /// "a man was shot", "the driver died": where a source says no more, its count of one.
    Unnamed,
    /// "Jane Roe, 24, died", "the killing of 17-year-old Sam Reyes": a person named, one of the
    /// victims; naming some of them says nothing of how many there were.
    Named,
}

/// What a name names, as far as the text or the rule set tells.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum EntityType {
    /// A country, town, region: a gazetteer entry, or a name after "in", "near", "town of".
    Place,
    /// A person: a name after a title ("President", "spokesman") or before an apposition.
    Person,
    /// A group, party, army, company: an acronym, or a name ending in "Front", "Alliance", ….
    Organisation,
    // A rule file lists what it knows, so it cannot say `unknown` (serde); claims can (the
    // output schema keeps it).
    /// A name nothing classifies.
    #[serde(skip_deserializing)]
    #[schemars(!skip_deserializing)]
    Unknown,
}

impl EntityType {
    /// The name used in output and rules.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A part of a month, year or decade: "early August", "mid-2023", "the late 1990s".
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Part {
    /// "early", "the beginning of", "the start of".
    Early,
    /// "mid", "mid-", "the middle of".
    Mid,
    /// "late", "the end of".
    Late,
}

impl Part {
    /// The name used in rules.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// How a form names a known entity of the rule set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, strum::VariantArray)]
#[serde(rename_all = "snake_case")]
pub enum FormKind {
    /// Its canonical name ("Niger").
    Name,
    /// Another name ("Burkina" for "Burkina Faso").
    Alias,
    /// An acronym ("ECOWAS", "CEDEAO").
    Acronym,
    /// A word for its people ("Nigerien").
    Demonym,
}

/// What a number measures when it is not a plain count of things: a share, a sum of money, an
/// age, a distance or a weight. Written in output and rule files as a short lower-case name
/// (`percent`, `percentage_point`, `year`, `km`) or, for money, the ISO 4217 code (`USD`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    /// "20%", "20 percent": the number of percent (5 % is 5, not 0.05).
    Percent,
    /// "a 5 percentage-point drop": never compared with percent.
    PercentagePoint,
    /// A sum of money in the currency's main unit ("50 cents" is 0.5 USD).
    Currency(Currency),
    /// An age or duration in years ("a 15-year-old", "aged 15").
    Year,
    /// An age in months ("ten months old").
    Month,
    /// An age in weeks.
    Week,
    /// An age in days.
    Day,
    /// Kilometres.
    Km,
    /// Statute miles.
    Mi,
    /// Metres.
    M,
    /// Kilograms.
    Kg,
    /// Metric tonnes.
    T,
}

impl Unit {
    /// The unit figures in this one are compared in, and what one of this is in it: a mile is
    /// 1.609344 km, a month 1/12 year, a tonne 1,000 kg. Other units are their own.
    pub fn base(self) -> (Unit, f64) {
        match self {
            Unit::Mi => (Unit::Km, 1.609_344),
            Unit::M => (Unit::Km, 0.001),
            Unit::T => (Unit::Kg, 1000.0),
            Unit::Month => (Unit::Year, 1.0 / 12.0),
            Unit::Week => (Unit::Year, 7.0 / 365.25),
            Unit::Day => (Unit::Year, 1.0 / 365.25),
            other => (other, 1.0),
        }
    }

    /// The unit's name in output: its short name, or the currency's code.
    pub fn as_str(&self) -> &str {
        match self {
            Unit::Percent => "percent",
            Unit::PercentagePoint => "percentage_point",
            Unit::Currency(c) => c.as_str(),
            Unit::Year => "year",
            Unit::Month => "month",
            Unit::Week => "week",
            Unit::Day => "day",
            Unit::Km => "km",
            Unit::Mi => "mi",
            Unit::M => "m",
            Unit::Kg => "kg",
            Unit::T => "t",
        }
    }
}

impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl schemars::JsonSchema for Unit {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Unit".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "What the number measures: `percent`, `percentage_point`, an ISO 4217 \
                currency code (`USD`), `year`, `month`, `week`, `day`, `km`, `mi`, `m`, `kg` or `t`.",
            "type": "string"
        })
    }
}

/// An ISO 4217 currency code: three upper-case ASCII letters, stored inline (no allocation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Currency([u8; 3]);

impl Currency {
    /// The currency with `code`, if it is three ASCII letters (case is ignored).
    pub fn new(code: &str) -> Option<Currency> {
        let bytes: [u8; 3] = code.as_bytes().try_into().ok()?;
        bytes
            .iter()
            .all(u8::is_ascii_alphabetic)
            .then(|| Currency(bytes.map(|b| b.to_ascii_uppercase())))
    }

    /// The code ("USD").
    pub fn as_str(&self) -> &str {
        // Three ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }
}

/// The class of figure a measure takes (`measures[].class` in the rules): which numbers of a
/// sentence it may claim, and how they compare.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum MeasureClass {
    /// A count of people: "12 protesters", "15,000 displaced", "arrested 40".
    People,
    /// A count of things: votes, seats, homes, aftershocks.
    Count,
    /// A share in percent: "3.2%", "64 per cent"; percentage points stay apart from percent.
    Percent,
    /// A sum of money, with its currency; different currencies never meet.
    Money,
    /// An age: "a 34-year-old", "aged 61".
    Age,
    /// A length or distance: "10 km", "6 miles" (km and miles compare).
    Length,
    /// A weight: "3 tonnes", "40 kg".
    Weight,
    /// A span of time: a prison term ("sentenced to 12 years", "a 20-month term"); months, weeks
    /// and days compare with years.
    Duration,
    /// A bare number on a scale of its own: an earthquake's magnitude ("6.4").
    Number,
}

impl MeasureClass {
    /// The name used in output and rules.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}
