//! Number expressions: an atom or a vague amount with its hedge, a range of two atoms, and two
//! opposite bounds joined into one range ("at most 90 and at least 30").
//!
//! Each builder either recognises its whole form at a word start or returns `None`, so
//! [`expression`] can try them longest-form first and fall back to the plain number.

use std::ops::Range;

use crate::claim::{self, Hedge, HedgeKind, Interval};
use crate::rules::HedgeRule;

use super::NumberRole;
use super::atom::{Atom, Unit, atom, range_end};
use super::cents::two_units;
use super::hedge::{Lexicon, TWO_SIDED, Vague, apply};
use super::role;
use super::share::{over, share};
use super::units;
use crate::lex::{gap, keyword, tag_ci};

/// A number expression in one sentence; spans are byte offsets in the sentence.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Expr {
    /// The whole expression, hedge words included.
    pub span: Range<usize>,
    /// From the first numeral to the last.
    pub number_span: Range<usize>,
    /// The interval the words allow.
    pub value: Interval,
    /// The hedge, range or vague words.
    pub hedge: Option<Hedge>,
    /// What the number is.
    pub role: NumberRole,
    /// What it measures, if it measures something.
    pub unit: Option<claim::Unit>,
    /// Which ends of `value` are excluded.
    pub open: Open,
}

/// The ends a strict bound excludes: "more than half" is above 0.5, not from 0.5. A whole count
/// steps instead ("more than 30" is 31 up) and keeps both ends closed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Open {
    /// `min` is excluded.
    pub min: bool,
    /// `max` is excluded.
    pub max: bool,
}

impl Open {
    /// The ends `kind` leaves open when it turns `before` into `after`: a strict bound whose
    /// value did not step to the next whole number.
    fn of(kind: HedgeKind, before: Interval, after: Interval) -> Open {
        Open {
            min: kind == HedgeKind::MoreThan && after.min.is_some() && after.min == before.min,
            max: kind == HedgeKind::FewerThan && after.max.is_some() && after.max == before.max,
        }
    }
}

/// The expression starting at byte `p` of sentence `s`, if one does.
pub(super) fn expression(s: &str, p: usize, lex: &Lexicon) -> Option<Expr> {
    let first = two_sided(s, p)
        .or_else(|| hedged(s, p, lex))
        .or_else(|| bare(s, p, lex))?;
    Some(joined_bounds(s, &first, lex).unwrap_or(first))
}

/// The number an expression is built around.
enum Core {
    Vague(Vague),
    Single(Atom),
    Range { x: Atom, y: Atom, words: String },
}

/// A prefix or suffix hedge and where it is written.
type HedgeAt<'r> = (&'r HedgeRule, Range<usize>);

/// "between 20 and 30", "from two thousand to two thousand and five hundred".
fn two_sided(s: &str, p: usize) -> Option<Expr> {
    let (open, closers, after_open) = TWO_SIDED.iter().find_map(|(open, closers)| {
        let (rest, found) = keyword(open, &s[p..]).ok()?;
        Some((found, *closers, rest))
    })?;
    let x = atom(
        s,
        past_sign_word(s, s.len() - gap(after_open).ok()?.0.len()),
    )?;
    let (conn, next, _) = connect_over_noun(s, &x, closers)?;
    let (x, y) = pair(x, range_end(s, next)?)?;
    let words = format!("{open} … {}", &s[conn]);
    Some(build(s, p, Core::Range { x, y, words }, None, None))
}

/// The connector after atom `x` ([`connect`]), or after the noun it counts when the same noun
/// follows the second number too ("from 30 degrees to 40 degrees", "10 storeys to 12
/// storeys"): the connector's span, where the next number starts, and the repeated noun.
fn connect_over_noun<'s>(
    s: &'s str,
    x: &Atom,
    words: &[&str],
) -> Option<(Range<usize>, usize, Option<&'s str>)> {
    if let Some((conn, next)) = connect(s, x.span.end, words) {
        return Some((conn, next, None));
    }
    if x.unit != Unit::None {
        return None;
    }
    let (after_gap, _) = gap(&s[x.span.end..]).ok()?;
    let noun_len = after_gap
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after_gap.len());
    let noun = &after_gap[..noun_len];
    let noun_end = s.len() - after_gap.len() + noun_len;
    if noun.is_empty() {
        return None;
    }
    let (conn, next) = connect(s, noun_end, words)?;
    let y = range_end(s, next)?;
    let (after_y, _) = gap(&s[y.span.end..]).ok()?;
    keyword(noun, after_y).ok()?;
    Some((conn, next, Some(noun)))
}

/// Where the number starts after a sign word at `p` ("between negative ten and …"): the atom
/// reads the word back from there.
fn past_sign_word(s: &str, p: usize) -> usize {
    units::SIGN_WORDS
        .iter()
        .find_map(|w| keyword(w, &s[p..]).ok())
        .and_then(|(r, _)| gap(r).ok())
        .map_or(p, |(r, _)| s.len() - r.len())
}

/// A prefix hedge from the rules and the number it qualifies: "at least 84", "about twenty".
/// A bound after the number wins over an approximation before it ("about 500 or more"), and
/// "or equal to" makes a strict bound inclusive ("more than 500 or equal to").
fn hedged(s: &str, p: usize, lex: &Lexicon) -> Option<Expr> {
    if let Some(e) = or_equal_before(s, p, lex) {
        return Some(e);
    }
    lex.prefixes_at(s, p).find_map(|(rule, len)| {
        let after = &s[p + len..];
        let q = s.len() - gap(after).ok()?.0.len();
        let core =
            core(s, q, lex).filter(|c| !matches!(c, Core::Single(a) if a.unit == Unit::Glued))?;
        let end = match &core {
            Core::Single(a) => a.span.end,
            Core::Vague(v) => v.span.end,
            Core::Range { .. } => return Some(build(s, p, core, Some((rule, p..p + len)), None)),
        };
        let loose = matches!(rule.kind, HedgeKind::Approximate | HedgeKind::Below);
        let bound = lex
            .suffix_at(s, end)
            .filter(|(h, _)| loose && matches!(h.kind, HedgeKind::AtLeast | HedgeKind::AtMost));
        if let Some((suffix, at)) = bound {
            return Some(build(s, p, core, Some((suffix, at.clone())), Some(at.end)));
        }
        let inclusive = or_equal(s, end).and_then(|to| Some((inclusive_of(rule.kind)?, to)));
        Some(match inclusive {
            Some((kind, to)) => {
                let rule = HedgeRule {
                    kind,
                    ..rule.clone()
                };
                build(s, p, core, Some((&rule, p..p + len)), Some(to))
            }
            None => build(s, p, core, Some((rule, p..p + len)), None),
        })
    })
}

/// "bigger or equal than 100", "less or equal to 5": a comparative with "or equal" is its
/// strict bound made inclusive.
fn or_equal_before(s: &str, p: usize, lex: &Lexicon) -> Option<Expr> {
    let (rule, len) = lex.or_equal_at(s, p)?;
    let q = s.len() - gap(&s[p + len..]).ok()?.0.len();
    let core =
        core(s, q, lex).filter(|c| !matches!(c, Core::Single(a) if a.unit == Unit::Glued))?;
    let rule = HedgeRule {
        kind: inclusive_of(rule.kind)?,
        ..rule.clone()
    };
    Some(build(s, p, core, Some((&rule, p..p + len)), None))
}

/// "or equal", "or equal to" after a number ending at `end`: where the phrase ends.
fn or_equal(s: &str, end: usize) -> Option<usize> {
    let (r, _) = gap(&s[end..]).ok()?;
    let (r, _) = keyword("or", r).ok()?;
    let (r, _) = gap(r).ok()?;
    let (r, _) = keyword("equal", r).ok()?;
    let r = gap(r)
        .ok()
        .and_then(|(after, _)| keyword("to", after).ok())
        .map_or(r, |(after, _)| after);
    // "more than 5000 or equal to 6000" joins two numbers.
    let number_next =
        gap(r).is_ok_and(|(after, _)| after.starts_with(|c: char| c.is_ascii_digit()));
    (!number_next).then_some(s.len() - r.len())
}

/// The inclusive bound a strict one becomes with "or equal to".
fn inclusive_of(kind: HedgeKind) -> Option<HedgeKind> {
    match kind {
        HedgeKind::MoreThan => Some(HedgeKind::AtLeast),
        HedgeKind::FewerThan => Some(HedgeKind::AtMost),
        _ => None,
    }
}

/// A number with at most a suffix hedge: "84", "500 or more", "20-30", "dozens"; or with a
/// comparison sign before it: ">10", "<= -30".
fn bare(s: &str, p: usize, lex: &Lexicon) -> Option<Expr> {
    let core = core(s, p, lex)?;
    let suffix = match &core {
        Core::Vague(v) => lex.suffix_at(s, v.span.end),
        Core::Single(a) if a.unit != Unit::Glued => lex.suffix_at(s, a.span.end),
        Core::Single(_) | Core::Range { .. } => None,
    };
    let sign = match &core {
        // Only digits take a sign: "> One woman" is no comparison.
        Core::Single(a)
            if a.unit != Unit::Glued
                && suffix.is_none()
                && s[a.number_span.start..].starts_with(|c: char| c.is_ascii_digit()) =>
        {
            lex.sign_before(s, a.span.start)
        }
        _ => None,
    };
    if let Some((rule, at)) = sign {
        return Some(build(s, at.start, core, Some((rule, at)), None));
    }
    let end = suffix.as_ref().map(|(_, at)| at.end);
    Some(build(s, p, core, suffix, end))
}

/// A vague amount, or an atom and the range it may open.
fn core(s: &str, q: usize, lex: &Lexicon) -> Option<Core> {
    if let Some(v) = lex.vague_at(s, q) {
        return Some(Core::Vague(v));
    }
    let x = atom(s, q)?;
    if x.unit == Unit::Glued {
        return Some(Core::Single(x));
    }
    let joined = share(s, &x)
        .or_else(|| over(s, &x))
        .or_else(|| two_units(s, &x));
    if let Some(part) = joined {
        return Some(Core::Single(part));
    }
    let range = connect_over_noun(s, &x, &["to", "through", "or", "-", "–", "~"])
        .and_then(|(conn, next, _)| Some((conn, range_end(s, next)?)))
        .and_then(|(conn, y)| Some((conn, pair(x.clone(), y)?)));
    if telephone(s, &x, range.as_ref().map(|(_, (_, y))| y)) {
        let mut x = x;
        x.unit = Unit::Glued;
        return Some(Core::Single(x));
    }
    Some(match range {
        Some((conn, (x, y))) => Core::Range {
            x,
            y,
            words: s[conn].to_string(),
        },
        None => Core::Single(x),
    })
}

/// Whether atom `x` (with `y`, the end of the range it would open) is part of a telephone
/// number: an area code ("(412) 555-2198"), or a 3-4 digit pair joined by a bare hyphen whose
/// first number is not round, follows an area code or a word asking to call ("555-2134"; a
/// range's first number is mostly round: "100-1000 grams"), or a pair a third group is glued to
/// ("412-555-2198").
fn telephone(s: &str, x: &Atom, y: Option<&Atom>) -> bool {
    let head = &s[..x.span.start];
    let area_code = head.ends_with('(')
        && x.shape.bare_digits == Some(3)
        && s[x.span.end..].strip_prefix(") ").is_some_and(|r| {
            let b = r.as_bytes();
            b.len() >= 8 && b[..3].iter().all(u8::is_ascii_digit) && b[3] == b'-'
        });
    let Some(y) = y.filter(|y| &s[x.span.end..y.span.start] == "-") else {
        return area_code;
    };
    let after_area_code = head.ends_with(") ")
        || head
            .strip_suffix('-')
            .is_some_and(|h| h.ends_with(|c: char| c.is_ascii_digit()));
    let mut after_y = s[y.span.end..].chars();
    let chained =
        matches!((after_y.next(), after_y.next()), (Some('-'), Some(c)) if c.is_ascii_digit());
    area_code
        || chained
        || x.shape.bare_digits == Some(3)
            && y.shape.bare_digits == Some(4)
            && (x.value % 10.0 != 0.0 || after_area_code || asks_to_call(head))
}

/// Whether the words just before a number ask the reader to call it: "call police at", "the
/// tip line is", "contact … on".
fn asks_to_call(head: &str) -> bool {
    const WORDS: [&str; 7] = [
        "call", "calling", "phone", "contact", "hotline", "dial", "line",
    ];
    let from = head.len().saturating_sub(60);
    let from = (from..=head.len())
        .find(|&i| head.is_char_boundary(i))
        .unwrap_or(head.len());
    head[from..]
        .split(|c: char| !c.is_alphabetic())
        .any(|w| WORDS.iter().any(|k| k.eq_ignore_ascii_case(w)))
}

/// Two atoms that make a range: compatible units and the second not below the first. A scale
/// word on the second is lent to a bare first ("between 2 and 3 million" starts at 2 million).
fn pair(mut x: Atom, y: Atom) -> Option<(Atom, Atom)> {
    let units_agree = x.unit == Unit::None || y.unit == Unit::None || x.unit == y.unit;
    if !units_agree || x.unit == Unit::Glued || y.unit == Unit::Glued {
        return None;
    }
    if let (None, Some(scale)) = (x.scale, y.scale) {
        if x.value * scale <= y.value {
            x.value *= scale;
        }
    }
    (y.value >= x.value).then_some((x, y))
}

/// The connector after byte `at` ("to", "-", "and") and where the next number starts. Words
/// stand between gaps; dashes may be spaced or not ("20-30", "1000 – 5000").
fn connect(s: &str, at: usize, words: &[&str]) -> Option<(Range<usize>, usize)> {
    let tail = &s[at..];
    let pos = |rest: &str| s.len() - rest.len();
    words.iter().find_map(|w| {
        let spelled = w.starts_with(char::is_alphanumeric);
        let before = if spelled {
            gap(tail).ok()?.0
        } else {
            gap(tail).map_or(tail, |(r, _)| r)
        };
        let (after, _) = if spelled {
            keyword(w, before).ok()?
        } else {
            tag_ci(w, before).ok()?
        };
        let next = if spelled {
            gap(after).ok()?.0
        } else {
            gap(after).map_or(after, |(r, _)| r)
        };
        Some((pos(before)..pos(after), pos(next)))
    })
}

/// "at most 90 and at least 30": an upper and a lower bound joined by "and" or "but".
fn joined_bounds(s: &str, first: &Expr, lex: &Lexicon) -> Option<Expr> {
    let h1 = first.hedge.as_ref()?;
    let lower = |k: HedgeKind| matches!(k, HedgeKind::AtLeast | HedgeKind::MoreThan);
    let upper = |k: HedgeKind| matches!(k, HedgeKind::AtMost | HedgeKind::FewerThan);
    if !lower(h1.kind) && !upper(h1.kind) {
        return None;
    }
    let after = gap(&s[first.span.end..]).ok()?.0;
    let (after, conj) = keyword("and", after)
        .or_else(|_| keyword("but", after))
        .ok()?;
    let second = hedged(s, s.len() - gap(after).ok()?.0.len(), lex)?;
    let h2 = second.hedge.as_ref()?;
    let (lo, hi) = match (lower(h1.kind), lower(h2.kind), upper(h2.kind)) {
        (true, _, true) => (first, &second),
        (false, true, _) => (&second, first),
        _ => return None,
    };
    let (min, max) = (lo.value.min?, hi.value.max?);
    (min <= max).then(|| Expr {
        span: first.span.start..second.span.end,
        number_span: first.number_span.start..second.number_span.end,
        value: Interval {
            min: Some(min),
            max: Some(max),
        },
        hedge: Some(Hedge {
            kind: HedgeKind::Range,
            words: format!("{} … {conj} {}", h1.words, h2.words),
            figure: None,
        }),
        role: first.role,
        unit: first.unit,
        open: Open {
            min: lo.open.min,
            max: hi.open.max,
        },
    })
}

/// The expression for `core`, starting at `start` (a hedge or the number), with its hedge,
/// ending at `end` when hedge words follow the number.
fn build(s: &str, start: usize, core: Core, hedge: Option<HedgeAt>, end: Option<usize>) -> Expr {
    let mut parts = Parts::of(s, core, hedge.is_some());
    let end = end.unwrap_or(parts.span.end).max(parts.span.end);
    // "13-year-old", "20-30-strong": a hyphenated word after the number makes it an adjective.
    let mut ahead = s[end..].chars();
    // "a $5-a-share payout", "$10-an-hour": money at a rate is still money.
    let rate =
        parts.role == NumberRole::Money && ["-a-", "-an-"].iter().any(|w| s[end..].starts_with(w));
    if !rate && matches!((ahead.next(), ahead.next()), (Some('-'), Some(c)) if c.is_alphabetic()) {
        parts.role = NumberRole::Other;
    }
    let (value, hedge, open) = match hedge {
        Some((rule, at)) => {
            let words = s[at].to_string();
            // Counts, ages and lengths step by one: "more than thirty years old" is 31 or older.
            let whole = matches!(
                parts.role,
                NumberRole::Count | NumberRole::Age | NumberRole::Measure
            );
            let value = apply(rule, parts.value, whole);
            let open = Open::of(rule.kind, parts.value, value);
            let hedge = Hedge {
                kind: rule.kind,
                words,
                figure: parts.value.is_exact().then_some(parts.value.min).flatten(),
            };
            (value, Some(hedge), open)
        }
        None => (parts.value, parts.own, Open::default()),
    };
    Expr {
        span: start.min(parts.span.start)..end,
        number_span: parts.number_span,
        value,
        hedge,
        role: parts.role,
        unit: parts.unit,
        open,
    }
}

/// What a core contributes to its expression before any hedge words are applied.
struct Parts {
    span: Range<usize>,
    number_span: Range<usize>,
    value: Interval,
    /// The core's own hedge: a range's connectors or the vague words.
    own: Option<Hedge>,
    role: NumberRole,
    unit: Option<claim::Unit>,
}

impl Parts {
    fn of(s: &str, core: Core, hedged: bool) -> Parts {
        match core {
            Core::Single(a) => Parts {
                role: role::of_atom(s, &a, hedged),
                unit: a.unit.measured(),
                value: Interval::exact(a.value),
                span: a.span,
                number_span: a.number_span,
                own: None,
            },
            Core::Range { x, y, words } => Parts {
                role: role::of_range(s, &x, &y, hedged),
                unit: x.unit.measured().or(y.unit.measured()),
                value: Interval {
                    min: Some(x.value),
                    max: Some(y.value),
                },
                span: x.span.start..y.span.end,
                number_span: x.number_span.start..y.number_span.end,
                own: Some(Hedge {
                    kind: HedgeKind::Range,
                    words,
                    figure: None,
                }),
            },
            Core::Vague(v) => Parts {
                own: Some(Hedge {
                    kind: HedgeKind::Vague,
                    words: s[v.span.clone()].to_string(),
                    figure: None,
                }),
                span: v.span.clone(),
                number_span: v.span,
                value: v.value,
                role: NumberRole::Count,
                unit: None,
            },
        }
    }
}
