//! Tokens, their slices, and phrase matching by id.

use super::*;

fn texts(s: &str) -> Vec<&str> {
    tokenize(s, 0..s.len(), &Vocab::default())
        .into_iter()
        .map(|t| t.text)
        .collect()
}

#[test]
fn joins_inner_hyphens_apostrophes_and_digit_separators() {
    assert_eq!(
        texts("Jama’at al-Qaeda's 1,100 men, 2.5 km."),
        [
            "Jama’at",
            "al-Qaeda's",
            "1,100",
            "men",
            ",",
            "2.5",
            "km",
            "."
        ]
    );
    assert_eq!(
        texts("“strengthen” 84-year-old"),
        ["“", "strengthen", "”", "84-year-old"]
    );
}

#[test]
fn spans_are_absolute() {
    let mut vocab = Vocab::default();
    let at_least = Phrase::new(&mut vocab, "at least");
    let s = "xx at  least 84";
    let toks = tokenize(s, 3..s.len(), &vocab);
    assert_eq!(toks[1].span, 7..12);
    assert_eq!(at_least.len_at(&toks, 0), 2);
    assert_eq!(at_least.len_at(&toks, 1), 0);
}

#[test]
fn a_star_word_matches_a_suffix() {
    let mut vocab = Vocab::default();
    let year_old = Phrase::new(&mut vocab, "*-year-old");
    let s = "a 16-year-old died";
    let toks = tokenize(s, 0..s.len(), &vocab);
    assert_eq!(year_old.len_at(&toks, 1), 1);
    assert_eq!(year_old.len_at(&toks, 2), 0);
    assert!(!vocab::ends_with("-year-old", "-year-old"));
    assert!(vocab::ends_with("16-Year-Old", "-year-old"));
}

#[test]
fn ids_ignore_ascii_case_and_lists_unicode_case() {
    let mut vocab = Vocab::default();
    let set = WordSet::new(&mut vocab, ["état", "mali"]);
    let s = "ÉTAT Mali's État";
    let toks = tokenize(s, 0..s.len(), &vocab);
    // Phrase words ignore ASCII case only, as `eq_ignore_ascii_case` did; lists are looked up
    // in full lower case, as `to_lowercase` did.
    assert_eq!(toks[0].id, WordId::NONE);
    assert!(set.contains(toks[0].lower));
    assert!(!set.contains(toks[1].lower));
    assert!(set.contains(toks[1].bare));
    assert!(toks[2].is_capitalised() && !toks[2].is_in(&set));
}

#[test]
fn longest_phrase_wins() {
    let mut vocab = Vocab::default();
    let phrases = vec![
        "dead".to_string(),
        "shot dead".to_string(),
        "shot".to_string(),
    ];
    let list = PhraseList::new(&mut vocab, &phrases);
    let s = "they were shot dead";
    let toks = tokenize(s, 0..s.len(), &vocab);
    assert_eq!(list.longest_at(&toks, 2), Some(("shot dead", 2)));
    assert_eq!(list.longest_ending(&toks, 4), Some(("shot dead", 2)));
    assert_eq!(list.longest_ending(&toks, 3), Some(("shot", 1)));
    assert_eq!(list.longest_ending(&toks, 0), None);
}

#[test]
fn of_equally_long_phrases_the_later_wins() {
    let mut vocab = Vocab::default();
    let phrases = vec!["*-year-old".to_string(), "16-year-old".to_string()];
    let list = PhraseList::new(&mut vocab, &phrases);
    let s = "a 16-year-old";
    let toks = tokenize(s, 0..s.len(), &vocab);
    assert_eq!(list.longest_at(&toks, 1), Some(("16-year-old", 1)));
    assert_eq!(list.longest_ending(&toks, 2), Some(("16-year-old", 1)));
}

#[test]
fn the_index_finds_the_longest_phrase_by_first_word_and_wildcard() {
    let mut vocab = Vocab::default();
    let index = PhraseIndex::new(
        &mut vocab,
        [
            (0, "shot"),
            (1, "shot dead"),
            (2, "dead"),
            (3, "*-year-old"),
            (4, "shot dead"),
        ],
    );
    let s = "Two Shot Dead and a 16-year-old hurt";
    let toks = tokenize(s, 0..s.len(), &vocab);
    // "shot dead" twice: the higher label wins.
    assert_eq!(index.longest_at(&toks, 1), Some((4, 2)));
    assert_eq!(index.longest_at(&toks, 2), Some((2, 1)));
    assert_eq!(index.longest_at(&toks, 5), Some((3, 1)));
    assert_eq!(index.longest_at(&toks, 0), None);
    assert_eq!(index.longest_at(&toks, 99), None);
}

#[test]
fn a_slice_of_the_whole_text_equals_tokenizing_the_range() {
    let vocab = Vocab::default();
    let s = "Killed 1,100 men. Then al-Qaeda left; 2.5 km away.";
    let all = tokenize(s, 0..s.len(), &vocab);
    for start in 0..=s.len() {
        for end in start..=s.len() {
            if !s.is_char_boundary(start) || !s.is_char_boundary(end) {
                continue;
            }
            let slice = tokens_in(&all, s, start..end, &vocab);
            assert_eq!(*slice, *tokenize(s, start..end, &vocab), "{start}..{end}");
        }
    }
    // A range that cuts no token borrows the slice.
    assert!(matches!(
        tokens_in(&all, s, 0..17, &vocab),
        Cow::Borrowed(_)
    ));
}

#[test]
fn a_possessive_is_stripped_with_either_apostrophe_in_either_case() {
    for (word, bare) in [
        ("Mali's", "Mali"),
        ("Mali’s", "Mali"),
        ("MALI'S", "MALI"),
        ("MALI’S", "MALI"),
        ("'s", ""),
        ("’s", ""),
        ("Mali", "Mali"),
        ("Mali’", "Mali’"),
        ("bus", "bus"),
        ("s", "s"),
        ("é’s", "é"),
    ] {
        assert_eq!(strip_possessive(word), bare, "{word:?}");
    }
}
