//! Inputs that must never panic, slice inside a character or take long.

use super::*;

#[test]
fn never_panics_on_unusual_text() {
    let texts = [
        "",
        "😀 20 😀 killed, about 😀 thirty",
        "e\u{301}20 one\u{301} twenty\u{301}",
        "Погибли 20 человек, около двадцати",
        "(((20 ]]] between 20 and",
        "\u{212A}m 5 \u{212A}",
        "20\u{a0}000 $ € 5€ $$5 -20 --20 20--30",
        "at least",
        "between and",
        "from to",
        "or more",
        "a",
        "half a",
        "and and and 5",
        "1,2,3,4,5,6,7,8,9,000,000,000,000,000,000,000,000",
        "99999999999999999999999999999999 0.000000000000000000001",
        "one one one one one one one one one one one one one one one",
    ];
    for text in texts {
        for m in find(text) {
            assert!(text.get(m.span.clone()).is_some(), "{text:?}: {m:?}");
            assert!(text.get(m.number_span.clone()).is_some(), "{text:?}: {m:?}");
        }
    }
}

#[test]
fn every_sub_range_on_char_boundaries_is_safe_and_contained() {
    let text = "Près de 20 soldats — about twenty 😀 killed, 1,100–2,000 Ø";
    let bounds: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    for &a in &bounds {
        for &b in bounds.iter().filter(|&&b| b >= a) {
            for m in find_numbers(text, a..b, &RULES) {
                assert!(a <= m.span.start && m.span.end <= b, "{a}..{b}: {m:?}");
            }
        }
    }
}

#[test]
fn ranges_off_char_boundaries_or_out_of_bounds_find_nothing() {
    let text = "😀 20";
    assert!(find_numbers(text, 1..text.len(), &RULES).is_empty());
    assert!(find_numbers(text, 0..100, &RULES).is_empty());
    #[allow(clippy::reversed_empty_ranges)]
    let backwards = 3..1;
    assert!(find_numbers(text, backwards, &RULES).is_empty());
}

#[test]
fn compounds_are_capped() {
    let text = "one hundred and twenty-one thousand one hundred and twenty-one million";
    // Twelve words at most: the number stops before "million" and no word is lost.
    let found = find(text);
    assert!(found.len() >= 2, "{found:#?}");
    assert!(found.windows(2).all(|w| w[0].span.end <= w[1].span.start));
}

#[test]
fn long_inputs_stay_linear() {
    let spaces = " ".repeat(100_000);
    let digits = "1,".repeat(50_000);
    let words = "twenty ".repeat(20_000);
    let letters = "a".repeat(100_000);
    let started = std::time::Instant::now();
    for text in [spaces, digits, words, letters] {
        let _ = find(&text);
    }
    assert!(
        started.elapsed().as_secs() < 10,
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn matches_are_ordered_and_disjoint() {
    let text = "About 25,000 people, at least 84 Russian and 10 Malian soldiers, on Sept. 18, 2023";
    let found = find(text);
    assert!(
        found.windows(2).all(|w| w[0].span.end <= w[1].span.start),
        "{found:#?}"
    );
    let kinds: Vec<_> = found.iter().map(|m| m.role).collect();
    use NumberRole::*;
    assert_eq!(kinds, [Count, Count, Count, DayOfMonth, Year]);
}

#[test]
fn random_mixtures_of_number_pieces_never_panic() {
    const PIECES: [&str; 32] = [
        "one", "twenty", "-", "–", " ", "  ", "hundred", "and", "a", "half", "dozen", "between",
        "from", "to", "or", "more", "at least", "about", "$", "%", "1", "20", ",000", ".5", ":30",
        "a.m.", "\u{212A}", "😀", "é", "\u{301}", "August", "dozens",
    ];
    // A fixed linear congruential generator: the same mixtures on every run.
    let mut seed: u64 = 0x5eed;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize % n
    };
    for _ in 0..3000 {
        let len = next(12);
        let text: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
        let found = find(&text);
        for m in &found {
            assert!(text.get(m.span.clone()).is_some(), "{text:?}: {m:?}");
            assert!(m.span.start <= m.number_span.start && m.number_span.end <= m.span.end);
        }
        assert!(
            found.windows(2).all(|w| w[0].span.end <= w[1].span.start),
            "{text:?}"
        );
    }
}
