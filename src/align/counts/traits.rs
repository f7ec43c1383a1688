//! What [`super::fit`] reads of a claim besides its value, as small ids: its shape (kind,
//! outcome, victim group, counted noun, event words), its claimant key and its source. Two
//! claims of one shape pass the same tests against any third, so the tests between two shapes
//! are worked out once, on one claim of each, and then read by id.

use rustc_hash::FxHashMap;

use super::{events_compatible, same_subject, same_victims};
use crate::align::Reported;
use crate::claim::{Claim, Kind, Outcome};
use crate::rules::RuleSet;

/// The ids of one claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Ids {
    /// Its shape: claims of one shape agree on every field `same_shape` reads (kind, outcome,
    /// victim group, counted noun, event words).
    pub(super) shape: u32,
    /// Its claimant key; 0 for none.
    pub(super) claimant: u32,
    /// Its source.
    pub(super) source: u32,
}

/// The ids of every claim of a list, and the tests between shapes.
pub(super) struct Traits {
    /// By claim, in list order.
    ids: Vec<Ids>,
    /// By shape: one claim of that shape.
    shapes: Vec<Claim>,
    /// (a group member's shape, a newcomer's shape) → the tests' outcomes ([`Tests`]).
    tests: FxHashMap<(u32, u32), Tests>,
}

/// What [`super::fit`] asks of a group member and a newcomer that only their shapes decide.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tests {
    /// Same kind, same subject, compatible events: the newcomer may join at all.
    pub(super) joins: bool,
    /// Same victim group, every generic group counting as one ([`same_victims`]).
    pub(super) same_victims: bool,
    /// The same event words, and some.
    pub(super) same_events: bool,
}

/// The fields `same_shape` reads, borrowed.
type ShapeKey<'c> = (
    Kind,
    Option<(Outcome, &'c str)>,
    Option<&'c str>,
    &'c [String],
);

fn shape_key(c: &Claim) -> ShapeKey<'_> {
    (
        c.kind,
        c.casualty
            .as_ref()
            .map(|x| (x.outcome, x.victim_group.as_str())),
        c.counted.as_deref(),
        &c.events,
    )
}

impl Traits {
    /// The ids of `claims`, in list order.
    pub(super) fn of(claims: &[Reported]) -> Traits {
        let mut shape_ids: FxHashMap<ShapeKey<'_>, u32> = FxHashMap::default();
        let mut claimant_ids: FxHashMap<&str, u32> = FxHashMap::default();
        let mut sources: FxHashMap<&str, u32> = FxHashMap::default();
        let mut shapes = Vec::new();
        let ids = claims
            .iter()
            .map(|r| {
                let c = &*r.claim;
                let next = shape_ids.len() as u32;
                let shape = *shape_ids.entry(shape_key(c)).or_insert_with(|| {
                    shapes.push(c.clone());
                    next
                });
                let claimant = c.claimant.as_ref().map_or(0, |x| {
                    let next = claimant_ids.len() as u32 + 1;
                    *claimant_ids.entry(x.key.as_str()).or_insert(next)
                });
                let next = sources.len() as u32;
                let source = *sources.entry(r.source.as_str()).or_insert(next);
                Ids {
                    shape,
                    claimant,
                    source,
                }
            })
            .collect();
        Traits {
            ids,
            shapes,
            tests: FxHashMap::default(),
        }
    }

    /// The ids of claim `i` of the list.
    pub(super) fn ids(&self, i: usize) -> Ids {
        self.ids[i]
    }

    /// The tests between a member of shape `member` and a newcomer of shape `newcomer`.
    pub(super) fn tests(&mut self, member: u32, newcomer: u32, rules: &RuleSet) -> Tests {
        let shapes = &self.shapes;
        *self.tests.entry((member, newcomer)).or_insert_with(|| {
            let (o, c) = (&shapes[member as usize], &shapes[newcomer as usize]);
            Tests {
                joins: o.kind == c.kind && same_subject(o, c, rules) && events_compatible(o, c),
                same_victims: same_victims(o, c, rules),
                same_events: !o.events.is_empty() && o.events == c.events,
            }
        })
    }
}
