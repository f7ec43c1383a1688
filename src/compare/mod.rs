//! Stage 5: fact → verdict.
//!
//! - `single_source`: one source reports the fact;
//! - `agree`: every two reports from different sources overlap, once widened by the kind's
//!   tolerance ("about twenty" and "around 20"; "at least 84" and "84");
//! - `conflict`: two sources give figures that cannot both be true;
//! - `variant`: the sources agree on the substance but differ in form: a name spelled two ways,
//!   a toll revised over time (a higher figure published later, see `revisions`),
//!   an organisation's two acronyms (see `names`); figures that can all be true are variants
//!   where their best estimates differ ("at least 213" and "more than 1,400", see `estimates`)
//!   or where a source tells of one victim without a count and others count otherwise (see
//!   `members`); "twenty" and "20" are one value.
//!
//! Notes say what a reader should know about an agreeing fact: differing outcomes ("casualties"
//! against "killed"), hedges, claimants, teaser headlines.

mod competing;
mod diff;
mod estimates;
mod members;
mod names;
mod quotes;
mod revisions;
mod values;

use serde::Serialize;

pub use competing::competing_accounts;
pub use diff::{DiffOp, Span};
pub use estimates::{Estimate, EstimateFigure};
pub use members::Counted;
pub use names::{Aspect, Form, NameDetail};
pub use quotes::{Match, QuoteDetail, Rendering};
pub use revisions::Published;
pub use values::values_agree;

use crate::align::Fact;
use crate::claim::Kind;
use crate::rules::RuleSet;

/// How the sources relate on one fact. Ordered from most to least severe.
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
    serde::Deserialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Verdict {
    /// Sources give incompatible values.
    Conflict,
    /// Sources agree in substance, differ in form.
    Variant,
    /// Only one source reports the fact.
    SingleSource,
    /// Sources agree.
    Agree,
}

impl Verdict {
    /// The name used in output.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Every verdict in the order reports list their sections: conflicts, variants, agreements,
    /// then facts one source reports (which `Ord` ranks above agreement in severity).
    pub const ALL: [Verdict; 4] = [
        Verdict::Conflict,
        Verdict::Variant,
        Verdict::Agree,
        Verdict::SingleSource,
    ];

    /// The heading of a report section of facts with this verdict.
    pub fn heading(self) -> &'static str {
        match self {
            Verdict::Conflict => "Conflicts",
            Verdict::Variant => "Variants",
            Verdict::Agree => "Agreements",
            Verdict::SingleSource => "Single source",
        }
    }

    /// The one-character mark of matrix cells, readable without colour.
    pub fn symbol(self) -> &'static str {
        match self {
            Verdict::Conflict => "≠",
            Verdict::Variant => "≈",
            Verdict::Agree => "=",
            Verdict::SingleSource => "•",
        }
    }

    /// Whether this verdict is at or above `threshold` in severity.
    pub fn at_least(self, threshold: Verdict) -> bool {
        self <= threshold
    }
}

/// A fact with its verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct Judged {
    /// The fact.
    pub fact: Fact,
    /// The verdict.
    pub verdict: Verdict,
    /// What a reader should know beyond the verdict.
    pub notes: Vec<String>,
    /// For name facts: every form of the name and how it differs.
    pub names: Option<NameDetail>,
    /// For quote facts: every rendering and how it differs from the fullest.
    pub quote: Option<QuoteDetail>,
    /// For count facts: the figures reconciled (low, best, high, most conservative).
    pub estimate: Option<Estimate>,
}

/// What judging one fact needs to know of the whole story.
#[derive(Debug, Default)]
pub struct Story {
    /// Which sources count each outcome elsewhere in the story: what a fact's lone victims
    /// stand for depends on it.
    pub counted: Counted,
    /// When each source was published: a later, higher figure may be a revision.
    pub published: Published,
}

/// Judges every fact of a story whose sources were published as `published` says.
pub fn judge_all(facts: Vec<Fact>, rules: &RuleSet, published: Published) -> Vec<Judged> {
    let story = Story {
        counted: Counted::of(&facts),
        published,
    };
    facts.into_iter().map(|f| judge(f, &story, rules)).collect()
}

/// Judges one fact of `story`.
pub fn judge(fact: Fact, story: &Story, rules: &RuleSet) -> Judged {
    let mut sources: Vec<&str> = fact.reports.iter().map(|r| r.source.as_str()).collect();
    sources.dedup();
    let n = sources.len();
    let (mut names, mut quote, mut estimate) = (None, None, None);
    let (verdict, notes) = match fact.kind {
        Kind::Name => {
            let (verdict, notes, detail) = names::judge_name(&fact, n);
            names = Some(detail);
            (verdict, notes)
        }
        Kind::Affiliation => names::judge_affiliation(&fact, n, rules),
        Kind::Quote => {
            let (verdict, notes, detail) = quotes::judge_quote(&fact, n, rules);
            quote = Some(detail);
            (verdict, notes)
        }
        Kind::CasualtyCount
        | Kind::Measure
        | Kind::Quantity
        | Kind::Percent
        | Kind::Money
        | Kind::Ordinal
        | Kind::Age
        | Kind::Date => {
            let (verdict, notes, count) = values::judge_values(&fact, n, story, rules);
            estimate = count;
            (verdict, notes)
        }
    };
    Judged {
        fact,
        verdict,
        notes,
        names,
        quote,
        estimate,
    }
}

/// At most [`LISTED`] items joined by commas, and how many more: "a, b, …, h and 12 others".
fn listed(items: &[impl AsRef<str>]) -> String {
    let shown: Vec<&str> = items.iter().take(LISTED).map(AsRef::as_ref).collect();
    match items.len().saturating_sub(LISTED) {
        0 => shown.join(", "),
        1 => format!("{} and 1 other", shown.join(", ")),
        more => format!("{} and {more} others", shown.join(", ")),
    }
}

/// How many sources or places a note names before it counts the rest.
const LISTED: usize = 8;
