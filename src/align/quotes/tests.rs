//! Quote grouping against the plain rule it implements, as first written: each statement, in
//! order, joins the compatible group it is most similar to (the lowest such group on a tie)
//! among those sharing two of its distinct content words, comparing it with every member by the
//! string measure; a term joins the first group with a member of its speaker holding all its
//! words. The index, the interned words, the distinct wordings and the early stop must give the
//! same groups.

use super::*;
use crate::claim::{Claim, Value};
use crate::likeness::{content, overlap, similarity};

fn quote(text: &str, kind: QuoteKind, at: usize) -> Reported {
    Reported {
        source: format!("s{}", at / 10).into(),
        claim: Box::new(Claim::bare(
            Kind::Quote,
            text,
            at,
            Value::Quote(Box::new(crate::claim::QuoteValue {
                text: text.into(),
                kind,
                marks: "\"\"".into(),
                broken: None,
                speaker: None,
            })),
        )),
    }
}

/// The speaker of test claim `at`: a few fixed ones, some unnamed.
fn speaker(r: &Reported) -> Speaker {
    match r.claim.span.start % 4 {
        0 => None,
        n => Some((format!("k{}", n % 2), format!("who{n}"))),
    }
}

/// The rule, member by member, with no index and no interning.
fn plain(statements: &[Reported], terms: &[Reported], rules: &RuleSet) -> Vec<Vec<usize>> {
    let compatible = |a: &Speaker, b: &Speaker| match (a, b) {
        (Some(a), Some(b)) => a.0 == b.0,
        _ => true,
    };
    let mut groups: Vec<Vec<(usize, Vec<String>, Speaker)>> = Vec::new();
    for (n, r) in statements.iter().enumerate() {
        let (w, s) = (words(&r.claim.surface), speaker(r));
        let mut distinct = content(&w);
        distinct.sort();
        distinct.dedup();
        let candidate = |g: &[(usize, Vec<String>, Speaker)]| {
            let held = |c: &String| g.iter().any(|(_, gw, _)| gw.contains(c));
            distinct.iter().filter(|c| held(c)).count() >= 2
        };
        let best = groups
            .iter()
            .enumerate()
            .filter(|(_, g)| candidate(g))
            .filter(|(_, g)| g.iter().all(|(_, _, gs)| compatible(gs, &s)))
            .filter_map(|(i, g)| {
                g.iter()
                    .filter_map(|(_, gw, _)| similarity(&w, gw, rules.quotes.min_overlap))
                    .max_by(f64::total_cmp)
                    .map(|score| (i, score))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        match best {
            Some((i, _)) => groups[i].push((n, w, s)),
            None => groups.push(vec![(n, w, s)]),
        }
    }
    for (n, r) in terms.iter().enumerate() {
        let (w, s) = (words(&r.claim.surface), speaker(r));
        if s.is_none() {
            continue;
        }
        let home = groups.iter_mut().find(|g| {
            g.iter()
                .any(|(_, gw, gs)| gs == &s && overlap(&w, gw) >= 1.0)
        });
        if let Some(g) = home {
            g.push((statements.len() + n, w, s));
        }
    }
    groups
        .into_iter()
        .map(|g| g.into_iter().map(|(n, _, _)| n).collect())
        .collect()
}

fn indexed(statements: &[Reported], terms: &[Reported], rules: &RuleSet) -> Vec<Vec<usize>> {
    let mut vocabulary = Vocabulary::default();
    let mut groups = group_statements(statements.to_vec(), &speaker, &mut vocabulary, rules);
    attach_terms(&mut groups, terms.to_vec(), &speaker, &mut vocabulary);
    let position = |r: &Reported| {
        let mut all = statements.iter().chain(terms);
        all.position(|x| x.claim.span == r.claim.span).unwrap()
    };
    groups
        .iter()
        .map(|g| g.members.iter().map(|(r, _, _)| position(r)).collect())
        .collect()
}

const TEXTS: &[&str] = &[
    "the exchanges were fruitful and helped to strengthen our relations",
    "the exchanges were fruitful and helped to strengthen our relations",
    "exchanges fruitful, strengthen relations between our countries",
    "helped to strengthen our relations with Niger and Burkina Faso",
    "we will never surrender our country to the terrorists",
    "never surrender our country to terrorists and bandits",
    "the terrorists attacked the village before dawn, killing civilians",
    "attacked the village before dawn killing several civilians",
    "relations between the countries remain strong despite the sanctions",
    "the sanctions will not break relations between our countries",
    "civilians fled the village after the terrorists attacked",
    "I just want them to know they have a chance",
    // One content word twice: alike (1) but sharing one distinct word, so never grouped.
    "terrorists terrorists everywhere",
    "terrorists terrorists",
    "the village, the village attacked",
];

#[test]
fn indexed_grouping_is_the_plain_rule() {
    let rules = RuleSet::load(&[]).unwrap();
    // Every text several times over, speakers cycling, so ties, copies of one wording, unnamed
    // speakers and speakers that rule a group out all occur.
    let statements: Vec<Reported> = (0..60)
        .map(|i| quote(TEXTS[(i * 7) % TEXTS.len()], QuoteKind::Statement, i))
        .collect();
    let terms: Vec<Reported> = ["fruitful", "never surrender", "the village", "sanctions"]
        .iter()
        .enumerate()
        .flat_map(|(n, t)| (0..4).map(move |k| quote(t, QuoteKind::Term, 1000 + n * 4 + k)))
        .collect();
    let got = indexed(&statements, &terms, &rules);
    assert_eq!(got, plain(&statements, &terms, &rules));
    assert!(got.iter().any(|g| g.len() > 4), "{got:?}");
    assert!(
        got.iter().flatten().any(|&n| n >= statements.len()),
        "{got:?}"
    );
}

#[test]
fn one_repeated_word_is_not_two_shared_words() {
    let rules = RuleSet::load(&[]).unwrap();
    let (a, b) = ("terrorists terrorists everywhere", "terrorists terrorists");
    // The two score 1, yet share one distinct content word: they stay apart.
    let score = similarity(&words(a), &words(b), rules.quotes.min_overlap);
    assert_eq!(score, Some(1.0));
    let statements = [
        quote(a, QuoteKind::Statement, 4),
        quote(b, QuoteKind::Statement, 8),
    ];
    let got = indexed(&statements, &[], &rules);
    assert_eq!(got, [vec![0], vec![1]]);
    assert_eq!(got, plain(&statements, &[], &rules));
}

#[test]
fn a_tie_goes_to_the_earlier_group() {
    let rules = RuleSet::load(&[]).unwrap();
    // The third statement matches both groups equally: with four in five content words (0.8),
    // and with all of the shorter rendering's (1, where the search stops). It joins the first.
    for (first, second, both) in [
        (
            "strengthen relations between countries today",
            "attacked village before dawn yesterday",
            "strengthen relations between countries attacked village before dawn",
        ),
        (
            "strengthen relations between countries",
            "attacked village before dawn",
            "strengthen relations between countries attacked village before dawn",
        ),
    ] {
        let statements = [
            quote(first, QuoteKind::Statement, 4),
            quote(second, QuoteKind::Statement, 8),
            quote(both, QuoteKind::Statement, 12),
        ];
        let got = indexed(&statements, &[], &rules);
        assert_eq!(got, [vec![0, 2], vec![1]]);
        assert_eq!(got, plain(&statements, &[], &rules));
    }
}

#[test]
fn the_word_index_finds_a_group_through_the_commonest_word_too() {
    let mut index = WordIndex::default();
    index.add(0, vec![1, 2]);
    index.add(1, vec![1]);
    index.add(2, vec![1, 3]);
    index.add(3, vec![2, 3]);
    // Word 1 is the commonest (groups 0, 1 and 2): its list is not walked, but groups 0 and 2
    // share it besides another word, and group 1 only it.
    assert_eq!(index.sharing_two(&[1, 2, 3]), [0, 2, 3]);
    assert_eq!(index.sharing_two(&[1, 2]), [0]);
    assert_eq!(index.sharing_two(&[1]), [0usize; 0]);
    assert_eq!(index.sharing_two(&[2, 3]), [3]);
}
