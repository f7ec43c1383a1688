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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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
