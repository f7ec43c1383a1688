//! The claim: one checkable statement found in one article, with the exact text it came from.
//!
//! Claims are the hand-off between `extract` (which finds them) and `align` (which groups them
//! into facts). They are plain serialisable data; their JSON form is part of the `claims` and
//! `check` output contract (`schema_version` 1).

use std::ops::Range;

use serde::Serialize;

use crate::dates::DateValue;
pub use crate::kinds::{
    Currency, EntityType, FormKind, HedgeKind, Lone, MeasureClass, Outcome, Unit,
};

/// A count as an inclusive interval. `None` is an open end: "at least 84" is `{min: 84, max:
/// None}`. Values are `f64` so that "1,674.5 million" fits; they serialise as integers when whole.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Interval {
    /// The smallest value the text allows, or `None` when it sets no lower bound.
    #[serde(serialize_with = "ser_num")]
    #[schemars(with = "Option<f64>")]
    pub min: Option<f64>,
    /// The largest value the text allows, or `None` when it sets no upper bound.
    #[serde(serialize_with = "ser_num")]
    #[schemars(with = "Option<f64>")]
    pub max: Option<f64>,
}

impl Interval {
    /// One exact value.
    pub fn exact(n: f64) -> Self {
        Interval {
            min: Some(n),
            max: Some(n),
        }
    }

    /// Whether two intervals share at least one value.
    pub fn overlaps(&self, other: &Interval) -> bool {
        let lo = max_opt(self.min, other.min);
        let hi = min_opt(self.max, other.max);
        match (lo, hi) {
            (Some(lo), Some(hi)) => lo <= hi,
            _ => true,
        }
    }

    /// The interval widened by `relative` (a fraction of each bound) and `absolute` on both sides.
    pub fn widened(&self, relative: f64, absolute: f64) -> Interval {
        Interval {
            min: self
                .min
                .map(|m| (m - m.abs() * relative - absolute).max(0.0)),
            max: self.max.map(|m| m + m.abs() * relative + absolute),
        }
    }

    /// Whether the interval is one exact value.
    pub fn is_exact(&self) -> bool {
        matches!((self.min, self.max), (Some(a), Some(b)) if a == b)
    }
}

impl std::fmt::Display for Interval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.min, self.max) {
            (Some(a), Some(b)) if a == b => write!(f, "{}", fmt_num(a)),
            (Some(a), Some(b)) => write!(f, "{}–{}", fmt_num(a), fmt_num(b)),
            (Some(a), None) => write!(f, "≥{}", fmt_num(a)),
            (None, Some(b)) => write!(f, "≤{}", fmt_num(b)),
            (None, None) => write!(f, "any"),
        }
    }
}

/// A unit as shown after a number: "%", " GBP", " km", " months" (" month" for `one`).
fn unit_suffix(unit: Unit, one: bool) -> String {
    let name = match unit {
        Unit::Percent => return "%".into(),
        Unit::PercentagePoint => "percentage points",
        Unit::Year => "years",
        Unit::Month => "months",
        Unit::Week => "weeks",
        Unit::Day => "days",
        other => return format!(" {}", other.as_str()),
    };
    match name.strip_suffix('s').filter(|_| one) {
        Some(single) => format!(" {single}"),
        None => format!(" {name}"),
    }
}

/// A number as a person writes it: no trailing `.0`, thousands unseparated.
pub fn fmt_num(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

fn max_opt(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

fn min_opt(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

pub(crate) fn ser_num<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        None => s.serialize_none(),
        Some(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => s.serialize_i64(*n as i64),
        Some(n) => s.serialize_f64(*n),
    }
}

fn ser_claimant<S: serde::Serializer>(c: &Option<Box<Claimant>>, s: S) -> Result<S::Ok, S::Error> {
    match c {
        Some(c) => s.serialize_str(&c.name),
        None => s.serialize_none(),
    }
}

/// A number found in text: its interval and how it was hedged.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Quantity {
    /// The interval the words allow.
    #[serde(flatten)]
    pub value: Interval,
    /// The hedge, when there is one.
    // Boxed: most numbers have none, and every claim would carry its size.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedge: Option<Box<Hedge>>,
    /// What the number measures, when it is not a plain count: percent, a currency, an age, a
    /// distance or a weight.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    /// True for a rank ("the 21st", "third"): a position, never a count.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ordinal: bool,
    /// True when `min` itself is excluded: a strict bound that could not step to the next whole
    /// number ("more than half" is above 0.5, "more than 20%" above 20).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub min_exclusive: bool,
    /// True when `max` itself is excluded ("under 1.5 km", "below -30").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub max_exclusive: bool,
}

impl Quantity {
    /// A plain number: no hedge, no unit, not a rank.
    pub fn plain(value: Interval, hedge: Option<Box<Hedge>>) -> Self {
        Quantity {
            value,
            hedge,
            unit: None,
            ordinal: false,
            min_exclusive: false,
            max_exclusive: false,
        }
    }

    /// The best estimate the words give: the number itself when it is exact, the figure a hedge
    /// qualifies ("at least 213" and "more than 213" are 213, "about 20" is 20); `None` for a
    /// range or a vague amount ("dozens"). With [`Interval::min`] and [`Interval::max`] it is a
    /// figure's low, best and high.
    pub fn best(&self) -> Option<f64> {
        match &self.hedge {
            None => self.value.is_exact().then_some(self.value.min).flatten(),
            Some(h) => h.figure,
        }
    }
}

/// The words that qualified a number, and what they mean.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Hedge {
    /// What the hedge does to the value.
    pub kind: HedgeKind,
    /// The hedge as written ("at least", "around", "dozens").
    pub words: String,
    /// The figure the hedge qualifies, as written: 1400 of "more than 1,400", 20 of "about 20".
    /// `None` for a range or a vague amount, which give no one figure.
    #[serde(serialize_with = "ser_num", skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<f64>")]
    pub figure: Option<f64>,
}

/// A claim's value: a number for counts and quantities, a day interval for dates.
// Names and quotations are boxed: they are two to three times the size of a number, and every
// claim would otherwise carry the largest variant's size (claims are most of a run's memory).
// Doc comments here would go into the JSON Schema, hence plain comments.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum Value {
    /// A count or amount.
    Number(Quantity),
    /// A date, or `None` when it could not be placed on the calendar (see [`Dated::unresolved`]).
    Date(Option<DateValue>),
    /// A name as written, with what it names.
    Name(Box<Mention>),
    /// A quotation and its speaker.
    Quote(Box<QuoteValue>),
}

impl Value {
    /// The number, for counts and quantities.
    pub fn number(&self) -> Option<&Quantity> {
        match self {
            Value::Number(q) => Some(q),
            Value::Date(_) | Value::Name(_) | Value::Quote(_) => None,
        }
    }

    /// The resolved date, for dates.
    pub fn date(&self) -> Option<&DateValue> {
        match self {
            Value::Date(d) => d.as_ref(),
            Value::Number(_) | Value::Name(_) | Value::Quote(_) => None,
        }
    }

    /// The name mention, for names.
    pub fn name(&self) -> Option<&Mention> {
        match self {
            Value::Name(m) => Some(m.as_ref()),
            Value::Number(_) | Value::Date(_) | Value::Quote(_) => None,
        }
    }

    /// The quotation, for quotes.
    pub fn quote(&self) -> Option<&QuoteValue> {
        match self {
            Value::Quote(q) => Some(q.as_ref()),
            Value::Number(_) | Value::Date(_) | Value::Name(_) => None,
        }
    }
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Number(q) => {
                write!(f, "{}", q.value)?;
                if let Some(unit) = q.unit {
                    write!(
                        f,
                        "{}",
                        unit_suffix(unit, q.value.is_exact() && q.value.min == Some(1.0))
                    )?;
                }
                match &q.hedge {
                    Some(h) => write!(f, " ({})", h.words),
                    None => Ok(()),
                }
            }
            Value::Date(Some(d)) => write!(f, "{d} ({})", d.precision.as_str()),
            Value::Date(None) => write!(f, "unresolved"),
            Value::Name(m) => match &m.acronym {
                Some(a) if *a != m.name => {
                    write!(f, "{} ({a}), {}", m.name, m.entity_type.as_str())
                }
                _ => write!(f, "{}, {}", m.name, m.entity_type.as_str()),
            },
            Value::Quote(q) => match &q.speaker {
                Some(s) => write!(f, "{} by {s}", q.kind.as_str()),
                None => write!(f, "{}, speaker unknown", q.kind.as_str()),
            },
        }
    }
}

/// What a date claim dates.
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
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum DateRole {
    /// When something happened: the date of a meeting, a coup, an attack.
    Event,
    /// When something was said or reported ("told AFP on Monday"); never compared with event
    /// dates.
    Reporting,
    /// No event or reporting word ties the date to anything in its sentence.
    Unattached,
}

impl DateRole {
    /// The name used in output.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A name found in a claim's sentence: a place, person, organisation or group.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
pub struct Entity {
    /// As written ("Nigerien", "CSP", "Tinzaouatène").
    pub name: String,
    /// What it stands for, folded for comparison ("niger", "csp", "tinzaouatene").
    pub key: String,
}

/// A name claim's value: one mention of a name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Mention {
    /// The name as written, whitespace collapsed and a possessive dropped ("Tin Zaouatine",
    /// "Mali"). For an acronym definition, the long name ("Patriotic Liberation Front").
    pub name: String,
    /// Place, person, organisation or unknown.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// The acronym: the mention itself when it is one ("CSP"), or the one a definition gives
    /// ("Patriotic Liberation Front (FPL)" gives "FPL").
    pub acronym: Option<String>,
    /// The rule-set entity this form names ("Niger" for "Nigerien"), when the rule set knows it.
    pub entity: Option<String>,
    /// How the form names a known entity: `name`, `alias`, `acronym` or `demonym`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub form: Option<FormKind>,
    /// The country the text ties the name to: "Nigerien rebel group Patriotic Liberation Front"
    /// or "the FPL of Niger".
    // Boxed: few mentions have one, and every mention would carry its size.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<Box<Affiliation>>,
    /// A role the text gives a person: "spokesman for the CSP", "president".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

impl Mention {
    /// Whether the mention is an acronym and nothing else ("CSP", not "Permanent … (CSP)").
    pub fn is_bare_acronym(&self) -> bool {
        self.acronym.as_deref() == Some(self.name.as_str())
    }
}

/// A country a name is tied to, as written and as the rule set knows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Affiliation {
    /// The word as written ("Nigerian", "Niger").
    pub word: String,
    /// The place entity it names ("Nigeria").
    pub place: String,
}

/// A quotation's length class.
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
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum QuoteKind {
    /// A statement: as many words as `quotes.min_statement_words` or more.
    Statement,
    /// A term in quotation marks: a scare quote, a name, a word someone used.
    Term,
}

impl QuoteKind {
    /// The name used in output.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A quote claim's value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct QuoteValue {
    /// The quoted words, whitespace collapsed.
    pub text: String,
    /// Statement or term.
    pub kind: QuoteKind,
    /// The marks as written ("“”", "\"\"", "«»", "”“" for a reversed pair).
    pub marks: String,
    /// How the marks are broken: `reversed`, `unclosed` or `unopened`; absent when they pair.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub broken: Option<BrokenMarks>,
    /// The speaker as written, when the text names one.
    pub speaker: Option<String>,
}

/// How a quotation's marks fail to pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, strum::VariantArray)]
#[serde(rename_all = "snake_case")]
pub enum BrokenMarks {
    /// The closing mark opens and the opening mark closes ("”…“").
    Reversed,
    /// An opening mark no closing mark follows.
    Unclosed,
    /// A closing mark no opening mark precedes.
    Unopened,
}

/// The date part of a claim.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Dated {
    /// Whether the date is an event's, a report's, or neither.
    pub role: DateRole,
    /// The event group it dates ("meeting", "coup"), for event dates.
    pub event: Option<String>,
    /// The cue word as written ("met", "overthrown in a coup"), for event and reporting dates.
    pub cue: Option<String>,
    /// Names in the sentence; two event dates are compared only when they share one.
    pub entities: Vec<Entity>,
    /// Why the value is `null`, when it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unresolved: Option<String>,
    /// Something the reader should check: a weekday that does not match its date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
}

/// What kind of thing a claim states; also the kind of the fact it aligns into.
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
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Kind {
    /// A count of people killed, injured or hurt.
    CasualtyCount,
    /// Any other counted amount ("25,000 people", "1,100 soldiers"), or a measured one with its
    /// unit ("1.6 km", "3 tonnes").
    Quantity,
    /// A figure of a measure the rules define ("arrested", "inflation", "aid"): a count, share,
    /// sum or other value the words of its clause say what it measures of; the claim's
    /// `measure` names which.
    Measure,
    /// A share in percent or percentage points ("3.2%", "12 per cent").
    Percent,
    /// A sum of money, with its currency ("$2 billion", "€300m").
    Money,
    /// A rank or position ("the 21st", "third"): never a count.
    Ordinal,
    /// Someone's age ("a 15-year-old", "aged 15").
    Age,
    /// A date or period ("from August 25 to 29", "late July", "in 2020").
    Date,
    /// A name of a place, person or organisation, and how each source spells it.
    Name,
    /// The country sources tie a named group or person to ("Nigerien rebels of the FPL").
    Affiliation,
    /// A quotation, and who said it.
    Quote,
}

impl Kind {
    /// The name used in output and rules.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Who the text says makes a claim: "according to the separatists", "the army said".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Claimant {
    /// The claimant as written (a pronoun already replaced by what it stands for).
    pub name: String,
    /// A lower-case key for comparing claimants across sources.
    pub key: String,
    /// Byte span of the claimant's words in the article.
    #[serde(skip)]
    pub span: Range<usize>,
}

/// The casualty part of a claim: who, and what happened to them.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Casualty {
    /// killed, injured or casualties.
    pub outcome: Outcome,
    /// The victims' noun phrase as written ("Wagner mercenaries"), empty when the text names none.
    pub victims: String,
    /// The victim group from the rule set ("civilians", "soldiers"), or the phrase's head noun.
    pub victim_group: String,
    /// Set when the text speaks of one victim without a numeral ("a man was shot", "Jane Roe,
    /// 24, died"): one of the victims, who joins any count of one or more.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lone: Option<Lone>,
    /// What the sentence says of the figure besides the number: an update, or an addition.
    #[serde(flatten)]
    pub marks: CountMarks,
    /// Set when the count's clause gives it a time span of its own ("this year", "since 2011",
    /// "every year"): a background or running total, never the toll of the story's incident.
    // Boxed: most counts have none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<Box<Scope>>,
}

/// The measure part of a claim: which measure its figure is of, and what the text says of it.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Measured {
    /// The measure's id in the rules ("arrested", "inflation").
    pub measure: String,
    /// The words that say what is measured, as written ("arrested", "put the crowd at").
    pub measure_words: String,
    /// For counts of people, the group counted: a victim group of the rules ("police"), else
    /// the counted noun ("protesters"); empty when the text names none ("arrested 12"). Figures
    /// of two different named groups are two facts; an unnamed or generic group ("people")
    /// joins any.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub subject: String,
    /// Set when the figure's clause gives it a time span of its own ("this year", "since
    /// 2020"), or a qualifier of the measure's (`scope` in the rules: "core" inflation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<Box<Scope>>,
    /// The sentence marks the figure as an update of an earlier one ("the death toll rose to 7",
    /// "a new toll", "later died"; `casualties.revision_words` in the rules).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub revised: bool,
}

/// The time span a count covers when its clause names one: "750 people have been killed this
/// year", "more than 320,000 have died since 2011", "about 40 die every year"
/// (`casualties.scope` in the rules).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Scope {
    /// What kind of span the phrase gives.
    pub kind: ScopeKind,
    /// The phrase as written ("since March 2011", "so far this year").
    pub phrase: String,
    /// The phrase normalised: its words in lower case, joined by hyphens ("since-march-2011").
    /// Counts join one fact only with the same key; it ends the fact's id.
    pub key: String,
}

/// The kind of time span a scope phrase gives.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema, strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
pub enum ScopeKind {
    /// A running total up to now: "since 2011", "this year", "in the war".
    Cumulative,
    /// The total of a closed span: "last year", "in 2019", "over the past five years".
    Period,
    /// A rate: "every year", "annually", "a day".
    Rate,
    /// A qualifier a measure's rules name: "core" inflation, "youth" unemployment.
    Qualifier,
}

/// What a count's sentence says of its figure besides the number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct CountMarks {
    /// The sentence marks the figure as an update of an earlier one ("the death toll rose to 7",
    /// "a new toll", "later died"; `casualties.revision_words` in the rules).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub revised: bool,
    /// The figure counts part of the victims: an addition to an earlier count ("two more people
    /// died", "an additional three", "the toll rose to 7 as two victims died") or what remains
    /// of one ("the remaining two"); never the total.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub part: bool,
}

/// One claim found in an article.
// The parts only some claims have (casualty, date) are boxed, so a claim without them does not
// carry their size: a story has tens of thousands of claims, and they are most of a run's
// memory. (Not a doc comment: that would go into the JSON Schema.)
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Claim {
    /// What the claim states.
    pub kind: Kind,
    /// The exact text of the claim: `article.text[span]`.
    pub surface: String,
    /// Byte span of `surface` in the article file.
    pub span: Range<usize>,
    /// One-based line of the surface's start in the file.
    pub line: usize,
    /// One-based column (in characters) of the surface's start.
    pub column: usize,
    /// The number or the date, as an interval (`null` for a date that could not be resolved).
    pub value: Value,
    /// Who the text says makes the claim; in JSON, the claimant's name or `null`.
    #[serde(serialize_with = "ser_claimant")]
    #[schemars(with = "Option<String>")]
    pub claimant: Option<Box<Claimant>>,
    /// For casualty counts: outcome and victims.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub casualty: Option<Box<Casualty>>,
    /// For dates: what the date dates, and the names around it.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub date: Option<Box<Dated>>,
    /// For measures: which measure, the words that say so, and what and over what span.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Box<Measured>>,
    /// For quantities: the counted noun ("people", "soldiers"), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
    /// Event words of the sentence ("ambush", "strike"), normalised by the rule set.
    pub events: Vec<String>,
    /// The sentence the claim came from: byte span in the article.
    pub sentence: Range<usize>,
    /// True when the claim comes from a "Read also" teaser rather than the article's own text.
    pub teaser: bool,
}

impl Claim {
    /// For a casualty claim of one victim without a numeral, how the victim is given.
    pub fn lone(&self) -> Option<Lone> {
        self.casualty.as_ref().and_then(|k| k.lone)
    }

    /// Whether a casualty claim counts part of a total ([`CountMarks::part`]).
    pub fn part(&self) -> bool {
        self.casualty.as_ref().is_some_and(|k| k.marks.part)
    }

    /// The time span of a casualty claim's count, or the span or qualifier of a measure's
    /// figure, when its clause names one ([`Scope`]).
    pub fn scope(&self) -> Option<&Scope> {
        match &self.measure {
            Some(m) => m.scope.as_deref(),
            None => self.casualty.as_ref().and_then(|k| k.scope.as_deref()),
        }
    }

    /// The id of a measure claim's measure.
    pub fn measure_id(&self) -> Option<&str> {
        self.measure.as_ref().map(|m| m.measure.as_str())
    }
}

/// A claim with only its kind, surface, place and value set, for tests to fill in further
/// (`Claim { date: …, ..Claim::bare(…) }`).
#[cfg(test)]
impl Claim {
    pub(crate) fn bare(kind: Kind, surface: &str, at: usize, value: Value) -> Claim {
        Claim {
            kind,
            surface: surface.into(),
            span: at..at + 1,
            line: 1,
            column: 1,
            value,
            claimant: None,
            casualty: None,
            date: None,
            measure: None,
            counted: None,
            events: Vec::new(),
            sentence: 0..1,
            teaser: false,
        }
    }
}
