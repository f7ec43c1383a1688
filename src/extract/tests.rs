//! Extraction tests: sentences in, claims with values, outcomes, victims and claimants out.

use std::path::Path;

use crate::claim::{Claim, HedgeKind, Kind, Outcome};
use crate::ingest::Article;
use crate::rules::RuleSet;
use crate::segment::segment;

/// The count, quantity and date claims of `text`; name mentions have tests of their own.
pub(super) fn claims_of(text: &str) -> Vec<Claim> {
    let mut claims = all_claims_of(text);
    claims.retain(|c| c.kind != Kind::Name);
    claims
}

fn all_claims_of(text: &str) -> Vec<Claim> {
    let rules = RuleSet::load(&[]).unwrap();
    let mut warnings = Vec::new();
    let article = Article::parse(Path::new("t.txt"), text.to_string(), &mut warnings).unwrap();
    let seg = segment(&article.text, article.body.clone(), &rules.segment);
    super::extract(&article, &seg, &rules)
}

/// The casualty count claims of `text`.
pub(super) fn casualty_claims(text: &str) -> Vec<Claim> {
    let mut claims = claims_of(text);
    claims.retain(|c| c.kind == Kind::CasualtyCount);
    claims
}

/// The count and quantity claims of `text`, dates left out.
fn counts_of(text: &str) -> Vec<Claim> {
    let mut claims = claims_of(text);
    claims.retain(|c| c.kind != Kind::Date);
    claims
}

/// Surface, min, max, outcome and victim group of each casualty claim.
type Row = (String, Option<f64>, Option<f64>, Outcome, String);

fn casualties(text: &str) -> Vec<Row> {
    casualty_claims(text)
        .into_iter()
        .map(|c| {
            let k = c.casualty.unwrap();
            let v = c.value.number().unwrap().value;
            (c.surface, v.min, v.max, k.outcome, k.victim_group)
        })
        .collect()
}

fn claimant(c: &Claim) -> &str {
    c.claimant.as_ref().map_or("", |c| c.name.as_str())
}

#[test]
fn outcome_before_count_with_coordination() {
    let got = casualties(
        "The group reported an ambush killing 50 Wagner mercenaries and 10 Malian soldiers.",
    );
    assert_eq!(
        got,
        [
            (
                "killing 50 Wagner mercenaries".into(),
                Some(50.0),
                Some(50.0),
                Outcome::Killed,
                "mercenaries".into()
            ),
            (
                "10 Malian soldiers".into(),
                Some(10.0),
                Some(10.0),
                Outcome::Killed,
                "soldiers".into()
            ),
        ]
    );
}

#[test]
fn count_before_outcome_in_words_and_passive() {
    let got = casualties("Eighty-four Russian mercenaries were killed near the border.");
    assert_eq!(
        got,
        [(
            "Eighty-four Russian mercenaries were killed".into(),
            Some(84.0),
            Some(84.0),
            Outcome::Killed,
            "mercenaries".into()
        )]
    );
    let got = casualties("Two hundred and five people died in the floods.");
    assert_eq!(got[0].1, Some(205.0));
    assert_eq!(got[0].3, Outcome::Killed);
}

#[test]
fn deaths_of_and_casualties_stay_distinct() {
    let got = casualties(
        "The strikes resulted in the deaths of around 20 civilians, including children.",
    );
    assert_eq!(
        got,
        [(
            "deaths of around 20 civilians".into(),
            Some(18.0),
            Some(22.0),
            Outcome::Killed,
            "civilians".into()
        )]
    );
    let got = casualties("The strikes caused about twenty civilian casualties.");
    assert_eq!(
        got,
        [(
            "about twenty civilian casualties".into(),
            Some(18.0),
            Some(22.0),
            Outcome::Casualties,
            "civilians".into()
        )]
    );
}

#[test]
fn hedges_ranges_and_vague_amounts() {
    let got = casualties("At least fifteen civilians killed in drone strikes");
    assert_eq!((got[0].1, got[0].2), (Some(15.0), None));
    let got = casualties("Up to 30 people were injured in the blast.");
    assert_eq!(
        (got[0].1, got[0].2, got[0].3),
        (None, Some(30.0), Outcome::Injured)
    );
    let got = casualties("Between 20 and 30 soldiers were wounded.");
    assert_eq!(
        (got[0].1, got[0].2, got[0].3),
        (Some(20.0), Some(30.0), Outcome::Injured)
    );
    let got = casualties("Dozens of villagers were killed overnight.");
    assert_eq!(
        (got[0].1, got[0].2, got[0].4.as_str()),
        (Some(24.0), Some(99.0), "civilians")
    );
    let claims = claims_of("More than 30 people died.");
    let hedge = claims[0].value.number().unwrap().hedge.as_ref().unwrap();
    assert_eq!(
        (hedge.kind, hedge.words.as_str()),
        (HedgeKind::MoreThan, "More than")
    );
}

#[test]
fn a_single_victim_counts_one() {
    let got = casualties("A 23-year-old man was shot and killed on Friday.");
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0].1, got[0].3, got[0].4.as_str()),
        (Some(1.0), Outcome::Killed, "people")
    );
}

#[test]
fn an_age_before_a_victim_counts_one_and_is_no_count_itself() {
    for text in [
        "SIXTEEN YEAR OLD CHILD DIES AFTER SHOOTING",
        "Police said an 8 yo girl was killed.",
        "A 15-year-old boy was injured.",
    ] {
        let got = casualties(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].1, Some(1.0), "{text}");
    }
    // Two victims of one age: the count is two, not the age.
    let got = casualties("Two 15-year-old boys were injured.");
    assert_eq!((got.len(), got[0].1), (1, Some(2.0)));
}

#[test]
fn shares_money_ranks_and_ages_are_claims_of_their_own() {
    let got: Vec<_> = claims_of(
        "Sales rose 3.2% to $2.5 million for the 21st time, a 40-year-old said, 1.6 km away.",
    )
    .into_iter()
    .map(|c| {
        let q = c.value.number().unwrap().clone();
        (
            c.kind,
            c.surface,
            q.value.min,
            q.unit.map(|u| u.as_str().to_string()),
            q.ordinal,
        )
    })
    .collect();
    let row = |kind, surface: &str, n: f64, unit: Option<&str>, ordinal| {
        (
            kind,
            surface.to_string(),
            Some(n),
            unit.map(str::to_string),
            ordinal,
        )
    };
    assert_eq!(
        got,
        [
            row(Kind::Percent, "3.2%", 3.2, Some("percent"), false),
            row(Kind::Money, "$2.5 million", 2.5e6, Some("USD"), false),
            row(Kind::Ordinal, "21st", 21.0, None, true),
            row(Kind::Age, "40-year-old", 40.0, Some("year"), false),
            row(Kind::Quantity, "1.6 km", 1.6, Some("km"), false),
        ]
    );
}

#[test]
fn an_agent_is_not_a_victim() {
    let claims = claims_of("20 soldiers killed 5 militants in the raid.");
    let cas: Vec<_> = claims
        .iter()
        .filter(|c| c.kind == Kind::CasualtyCount)
        .collect();
    assert_eq!(cas.len(), 1);
    assert_eq!(cas[0].surface, "killed 5 militants");
    assert!(
        claims
            .iter()
            .any(|c| c.kind == Kind::Quantity && c.surface == "20 soldiers")
    );
}

#[test]
fn counts_without_an_outcome_are_quantities_and_years_are_not_counts() {
    let all = claims_of("In 2012, police questioned 20 people in the town.");
    assert_eq!(
        all.iter()
            .map(|c| (c.kind, c.surface.as_str()))
            .collect::<Vec<_>>(),
        [(Kind::Date, "2012"), (Kind::Quantity, "20 people")]
    );
    let claims = counts_of("In 2012, police questioned 20 people in the town.");
    assert_eq!(
        (claims[0].kind, claims[0].surface.as_str()),
        (Kind::Quantity, "20 people")
    );
    assert_eq!(claims[0].counted.as_deref(), Some("people"));
}

#[test]
fn claimant_patterns() {
    let c = claims_of("Ten civilians were killed, according to a local official.");
    assert_eq!(claimant(&c[0]), "a local official");
    let c = claims_of("The army said it killed 20 militants.");
    assert_eq!(claimant(&c[0]), "army");
    let c = claims_of("Twelve people were killed in the attack, police said.");
    assert_eq!(claimant(&c[0]), "police");
    let c =
        claims_of("The Malian army, however, stated it had killed around 20 armed individuals.");
    assert_eq!(claimant(&c[0]), "Malian army");
    let c = counts_of(
        "In August, northern rebels reported fighting, where they claimed to have killed 84 soldiers.",
    );
    assert_eq!(claimant(&c[0]), "northern rebels");
    assert_eq!(c[0].claimant.as_ref().unwrap().key, "militants");
    let c = claims_of(
        "The group \u{201c}Jama\u{2019}at Nusrat\u{201d} (JNIM), linked to al-Qaeda, also reported an ambush killing 50 soldiers.",
    );
    assert_eq!(c[0].claimant.as_ref().unwrap().key, "jnim");
    let c = claims_of("Four people died in the crash.");
    assert_eq!(c[0].claimant, None);
}

#[test]
fn name_claims_carry_their_mention_and_exact_span() {
    let text = "Fighting broke out in Tinzaouatene. Officials in Tinzaouatene denied it.\n";
    let names: Vec<Claim> = all_claims_of(text)
        .into_iter()
        .filter(|c| c.kind == Kind::Name)
        .collect();
    assert_eq!(names.len(), 2);
    for c in &names {
        assert_eq!(&text[c.span.clone()], "Tinzaouatene");
        assert_eq!(c.value.name().unwrap().name, "Tinzaouatene");
    }
    assert_eq!((names[1].line, names[1].column), (1, 50));
}

#[test]
fn spans_point_at_the_surface_with_line_and_column() {
    let text = "---\npublished: 2024-09-02\n---\nHeadline here\n\nÉté: officials say 12 people were killed.\n";
    let claims = claims_of(text);
    assert_eq!(claims.len(), 1);
    let c = &claims[0];
    assert_eq!(&text[c.span.clone()], c.surface);
    assert_eq!(c.surface, "12 people were killed");
    assert_eq!((c.line, c.column), (6, 20));
}

#[test]
fn event_words_are_recorded() {
    let c = claims_of("A drone strike killed 12 civilians.");
    assert_eq!(c[0].events, ["strike"]);
}

#[test]
fn a_count_after_a_name_is_a_count_but_a_number_inside_a_name_is_not() {
    // Regression: a count right after a capitalised word ("AFP 20") was taken for part of a name.
    let got = casualties("A spokesman told AFP 20 soldiers had been killed.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].1, got[0].2, got[0].3),
        (Some(20.0), Some(20.0), Outcome::Killed)
    );
    assert_eq!(got[0].4, "soldiers");
    // "Channel 9 Eyewitness News" is a name; its 9 counts nothing.
    let claims =
        claims_of("Three people were killed, Channel 9 Eyewitness News reported on Monday.");
    let counts: Vec<&str> = claims
        .iter()
        .filter(|c| c.kind != Kind::Date)
        .map(|c| c.surface.as_str())
        .collect();
    assert_eq!(counts, ["Three people were killed"]);
    // A word number after a run-on capitalised word (scraped text) is still a count.
    let got = casualties("Shootings in Stockton Five people were killed within four hours.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].1, got[0].3), (Some(5.0), Outcome::Killed));
}

#[test]
fn a_claim_in_an_overlong_sentence_quotes_an_excerpt_around_it() {
    let sentence = "é killed 12 people in Gao, ".repeat(2_000);
    let text = format!("Intro. {sentence}");
    let whole = 7..text.len();
    for at in [7, 7 + 30_001, text.len() - 20] {
        let at = (at..).find(|&i| text.is_char_boundary(i)).unwrap();
        let span = at..(at + 2..).find(|&i| text.is_char_boundary(i)).unwrap();
        let cut = super::excerpt(&text, &whole, &span);
        assert!(
            cut.start <= span.start && span.end <= cut.end,
            "{cut:?} holds {span:?}"
        );
        assert!(cut.len() <= 3 * super::EXCERPT_STEP, "{cut:?}");
        assert!(text.get(cut.clone()).is_some(), "{cut:?} is on characters");
    }
    // A sentence of news length is quoted whole.
    let short = 7..text.len().min(7 + super::WHOLE_SENTENCE);
    assert_eq!(super::excerpt(&text, &short, &(10..12)), short);
}
