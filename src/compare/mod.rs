//! Stage 5: fact → verdict.
//!
//! - `single_source`: one source reports the fact;
//! - `agree`: every two reports from different sources overlap, once widened by the kind's
//!   tolerance ("about twenty" and "around 20"; "at least 84" and "84");
//! - `conflict`: two sources give figures that cannot both be true;
//! - `variant`: the sources agree on the substance but differ in form: a name spelled two ways,
//!   an organisation's two acronyms (see `names`); numbers never are variants, since "twenty"
//!   and "20" are one value.
//!
//! Notes say what a reader should know about an agreeing fact: differing outcomes ("casualties"
//! against "killed"), hedges, claimants, teaser headlines.

mod names;
mod quotes;

use serde::Serialize;

pub use names::{Form, NameDetail, Span};
pub use quotes::{QuoteDetail, Rendering};

use std::collections::BTreeMap;

use crate::align::{Fact, values_agree};
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
)]
#[serde(rename_all = "snake_case")]
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
        match self {
            Verdict::Conflict => "conflict",
            Verdict::Variant => "variant",
            Verdict::SingleSource => "single_source",
            Verdict::Agree => "agree",
        }
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
}

/// Judges one fact.
pub fn judge(fact: Fact, rules: &RuleSet) -> Judged {
    let mut sources: Vec<&str> = fact.reports.iter().map(|r| r.source.as_str()).collect();
    sources.dedup();
    let n = sources.len();
    let (verdict, notes, names, quote) = match fact.kind {
        Kind::Name => {
            let (verdict, notes, detail) = names::judge_name(&fact, n);
            (verdict, notes, Some(detail), None)
        }
        Kind::Affiliation => {
            let (verdict, notes) = names::judge_affiliation(&fact, n, rules);
            (verdict, notes, None, None)
        }
        Kind::Quote => {
            let (verdict, notes, detail) = quotes::judge_quote(&fact, n, rules);
            (verdict, notes, None, Some(detail))
        }
        Kind::CasualtyCount | Kind::Quantity | Kind::Date => {
            let (verdict, notes) = judge_values(&fact, n, rules);
            (verdict, notes, None, None)
        }
    };
    Judged {
        fact,
        verdict,
        notes,
        names,
        quote,
    }
}

/// One value of a fact, as shown, with the sources that give it.
struct Given<'f> {
    /// The value as the report shows it ("≥12 (At least)", "2024-09-02 (day)").
    shown: String,
    /// A claim with this value.
    claim: &'f crate::claim::Claim,
    /// The sources giving it, in report order.
    sources: Vec<&'f str>,
}

/// A note for each pair of a fact's values that cannot both be true ("a, b say 12; c says 30"),
/// in the order the values first appear, at most [`MAX_DISPUTES`] and a count of the rest; none
/// when the sources agree. Reports are grouped by value first, so the pairs tested are pairs of
/// distinct values: a story of a thousand articles repeating a few figures stays cheap, and its
/// notes name each disagreement once.
fn dispute_notes(fact: &Fact, rules: &RuleSet) -> Vec<String> {
    let mut given: Vec<Given<'_>> = Vec::new();
    for r in &fact.reports {
        let shown = r.claim.value.to_string();
        match given.iter_mut().find(|g| g.shown == shown) {
            Some(g) if !g.sources.contains(&r.source.as_str()) => g.sources.push(&r.source),
            Some(_) => {}
            None => given.push(Given {
                shown,
                claim: &r.claim,
                sources: vec![&r.source],
            }),
        }
    }
    let says = |g: &Given<'_>| {
        let verb = if g.sources.len() == 1 { "says" } else { "say" };
        format!("{} {verb} {}", listed(&g.sources), g.shown)
    };
    let mut notes = Vec::new();
    let mut disputed = 0;
    for (i, a) in given.iter().enumerate() {
        for b in &given[i + 1..] {
            // One source on each side that differ: a source does not conflict with itself.
            let two_sources = a.sources.iter().any(|s| b.sources.iter().any(|t| s != t));
            if two_sources && !values_agree(a.claim, b.claim, rules) {
                disputed += 1;
                if disputed <= MAX_DISPUTES {
                    notes.push(format!("{}; {}", says(a), says(b)));
                }
            }
        }
    }
    if disputed > MAX_DISPUTES {
        notes.push(format!(
            "and {} more pairs of values that cannot both be true",
            disputed - MAX_DISPUTES
        ));
    }
    notes
}

/// How many disagreeing pairs of values a conflict's notes spell out before counting the rest.
const MAX_DISPUTES: usize = 10;

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

/// Counts and dates: conflict when two sources' values cannot both be true, with notes on
/// wording, attribution, precision and teasers.
fn judge_values(fact: &Fact, sources: usize, rules: &RuleSet) -> (Verdict, Vec<String>) {
    let mut notes = Vec::new();
    let verdict = if sources < 2 {
        Verdict::SingleSource
    } else {
        let disputes = dispute_notes(fact, rules);
        if disputes.is_empty() {
            Verdict::Agree
        } else {
            notes.extend(disputes);
            Verdict::Conflict
        }
    };
    let mut outcomes: Vec<&str> = fact
        .reports
        .iter()
        .filter_map(|r| r.claim.casualty.as_ref().map(|c| c.outcome.as_str()))
        .collect();
    outcomes.sort();
    outcomes.dedup();
    if outcomes.len() > 1 {
        notes.push(format!(
            "outcomes differ in wording: {} (casualties may include the injured)",
            outcomes.join(" vs ")
        ));
    }
    let mut claimants: Vec<&str> = fact
        .reports
        .iter()
        .filter_map(|r| r.claim.claimant.as_ref().map(|c| c.name.as_str()))
        .collect();
    claimants.sort();
    claimants.dedup();
    let unattributed: Vec<String> = fact
        .reports
        .iter()
        .filter(|r| r.claim.claimant.is_none())
        .map(|r| format!("{}:{}", r.source, r.claim.line))
        .collect();
    if !claimants.is_empty() && !unattributed.is_empty() && sources > 1 {
        notes.push(format!(
            "stated as fact at {}, but attributed elsewhere (to {})",
            listed(&unattributed),
            claimants.join("; ")
        ));
    }
    if fact.kind == Kind::Date {
        notes.extend(precision_note(fact));
    }
    if fact.reports.iter().any(|r| r.claim.teaser) {
        notes.push("includes a teaser headline for another article".into());
    }
    (verdict, notes)
}

/// How far apart (in bytes of one article) two figures may stand to be competing accounts.
const COMPETING_REACH: usize = 600;

/// Notes on casualty facts that are competing accounts: figures for the same outcome that
/// different parties give, which one source reports close together ("separatists say 20
/// civilians were killed … the army said it killed 20 armed individuals"). These are no conflict
/// between sources: the sources agree that the parties disagree, and the note says so.
pub fn competing_accounts(judged: &mut [Judged]) {
    let mut notes: Vec<(usize, String)> = Vec::new();
    // Each casualty fact's attributed reports by source: only reports of one source compete.
    let by_source: Vec<Option<BTreeMap<&str, Vec<&crate::align::Reported>>>> = judged
        .iter()
        .map(|j| {
            (j.fact.kind == Kind::CasualtyCount).then(|| {
                let mut map: BTreeMap<&str, Vec<_>> = BTreeMap::new();
                for r in j.fact.reports.iter().filter(|r| r.claim.claimant.is_some()) {
                    map.entry(r.source.as_str()).or_default().push(r);
                }
                map
            })
        })
        .collect();
    for i in 0..judged.len() {
        for j in 0..judged.len() {
            if i == j {
                continue;
            }
            let (a, b) = (&judged[i].fact, &judged[j].fact);
            let (Some(_), Some(b_by_source)) = (&by_source[i], &by_source[j]) else {
                continue;
            };
            let mut sources: Vec<&str> = Vec::new();
            let mut other: Option<&crate::align::Reported> = None;
            for x in &a.reports {
                let Some(same_source) = b_by_source.get(x.source.as_str()) else {
                    continue;
                };
                for &y in same_source {
                    let (Some(cx), Some(cy)) = (&x.claim.claimant, &y.claim.claimant) else {
                        continue;
                    };
                    let outcomes = match (&x.claim.casualty, &y.claim.casualty) {
                        (Some(p), Some(q)) => p.outcome.compatible(q.outcome),
                        _ => false,
                    };
                    let near = x.claim.span.start.abs_diff(y.claim.span.start) <= COMPETING_REACH;
                    if x.source == y.source
                        && cx.key != cy.key
                        && outcomes
                        && near
                        && !x.claim.teaser
                    {
                        if !sources.contains(&x.source.as_str()) {
                            sources.push(&x.source);
                        }
                        other.get_or_insert(y);
                    }
                }
            }
            if let Some(y) = other {
                let victims = y.claim.casualty.as_ref().map_or("", |c| c.victims.as_str());
                let who = y.claim.claimant.as_ref().map_or("", |c| c.name.as_str());
                notes.push((
                    i,
                    format!(
                        "competing account from {who}: {} {victims} ({}); {} report{} both: the parties disagree, not the sources",
                        y.claim.value,
                        b.id,
                        listed(&sources),
                        if sources.len() == 1 { "s" } else { "" }
                    ),
                ));
            }
        }
    }
    for (i, note) in notes {
        judged[i].notes.push(note);
    }
}

/// For dates given at different precisions, which coarse date contains which finer one: "late
/// August (month_part) contains August 25 to 29 (day)".
fn precision_note(fact: &Fact) -> Option<String> {
    let dates: Vec<(&str, crate::dates::DateValue)> = fact
        .reports
        .iter()
        .filter_map(|r| r.claim.value.date().map(|d| (r.claim.surface.as_str(), *d)))
        .collect();
    let finest = dates
        .iter()
        .min_by_key(|(_, d)| (d.precision, d.end.duration_since(d.start)))?;
    let coarser: Vec<String> = dates
        .iter()
        .filter(|(_, d)| d.precision > finest.1.precision && finest.1.within(d))
        .map(|(s, d)| format!("\"{s}\" ({})", d.precision.as_str()))
        .collect();
    let mut coarser = coarser;
    coarser.sort();
    coarser.dedup();
    (!coarser.is_empty()).then(|| {
        format!(
            "given at different precisions: {} contain{} \"{}\" ({})",
            coarser.join(", "),
            if coarser.len() == 1 { "s" } else { "" },
            finest.0,
            finest.1.precision.as_str()
        )
    })
}
