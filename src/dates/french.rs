//! Dates as French writes them: "dimanche 25 août", "le 1er septembre 2024", "du 25 au 29
//! août", "fin août", "début 2023", "mi-juillet", "lundi dernier", "il y a deux jours", "la
//! semaine dernière", "hier".
//!
//! The English grammar ([`super::grammar`]) is built around English word order and words; French
//! puts the day before the month, names months and weekdays in lower case, and counts back with
//! "il y a". This walk reads those forms into the same [`Expr`] values, so a French date and an
//! English one of the same day resolve, align and compare alike. It reads words, not letters:
//! each form is a short sequence of word tests, tried in turn at each word.

use std::ops::Range;

use jiff::civil::Weekday;

use super::{DateMatch, Expr, Part, Point, Unit, WeekdayRule};

/// The date expressions of a French sentence starting at byte `base` of the article, in text
/// order, none overlapping.
pub(crate) fn find(sentence: &str, base: usize) -> Vec<DateMatch> {
    let words = words(sentence);
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match read_at(&words, i) {
            Some((end, expr)) => {
                let span = words[i].span.start..words[end - 1].span.end;
                found.push(DateMatch {
                    span: base + span.start..base + span.end,
                    expr,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    found
}

/// One word of the sentence, lower-cased, with its byte span.
struct Word {
    span: Range<usize>,
    lower: String,
}

impl Word {
    fn is(&self, word: &str) -> bool {
        self.lower == word
    }

    fn is_any(&self, words: &[&str]) -> bool {
        words.contains(&self.lower.as_str())
    }
}

/// The words of `text`: runs of letters and digits, an apostrophe ending a word ("l'", "d'")
/// and a hyphen inside one ("avant-hier", "mi-août") kept with it.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let inner = c.is_alphanumeric()
            || (c == '-'
                && start.is_some()
                && chars.peek().is_some_and(|&(_, n)| n.is_alphabetic()));
        if inner {
            start.get_or_insert(at);
            continue;
        }
        let apostrophe = matches!(c, '\'' | '’') && start.is_some();
        let end = if apostrophe { at + c.len_utf8() } else { at };
        if let Some(s) = start.take() {
            let lower = text[s..end].to_lowercase().replace('’', "'");
            out.push(Word {
                span: s..end,
                lower,
            });
        }
    }
    if let Some(s) = start {
        out.push(Word {
            span: s..text.len(),
            lower: text[s..].to_lowercase(),
        });
    }
    out
}

/// The date starting at word `i`, and the index of the word after it.
fn read_at(w: &[Word], i: usize) -> Option<(usize, Expr)> {
    range(w, i)
        .or_else(|| day(w, i).map(|(end, p)| (end, Expr::Point(p))))
        .or_else(|| part_of(w, i).map(|(end, p)| (end, Expr::Point(p))))
        .or_else(|| month(w, i).map(|(end, p)| (end, Expr::Point(p))))
        .or_else(|| counted_back(w, i).map(|(end, p)| (end, Expr::Point(p))))
        .or_else(|| relative(w, i).map(|(end, p)| (end, Expr::Point(p))))
        .or_else(|| weekday(w, i).map(|(end, p)| (end, Expr::Point(p))))
        .or_else(|| year(w, i).map(|(end, p)| (end, Expr::Point(p))))
}

/// "du 3 au 6 avril", "du 30 août au 2 septembre 2024", "entre le 3 et le 5 mars".
fn range(w: &[Word], i: usize) -> Option<(usize, Expr)> {
    let (first, and) = if w.get(i)?.is("du") {
        (i + 1, "au")
    } else if w.get(i)?.is("entre") {
        (i + 1 + usize::from(w.get(i + 1)?.is("le")), "et")
    } else {
        return None;
    };
    let from_day = day_number(w.get(first)?)?;
    // The first end's own month, when written: "du 30 août au 2 septembre".
    let (from_month, joiner) = match w.get(first + 1).and_then(month_number) {
        Some(m) => (Some(m), first + 2),
        None => (None, first + 1),
    };
    if !w.get(joiner)?.is(and) {
        return None;
    }
    let second = joiner + 1 + usize::from(w.get(joiner + 1)?.is("le"));
    let to_day = day_number(w.get(second)?)?;
    let to_month = month_number(w.get(second + 1)?)?;
    let (year, end) = year_after(w, second + 2);
    let from = Point::Day {
        year,
        month: Some(from_month.unwrap_or(to_month)),
        day: from_day,
        weekday: None,
    };
    let to = Point::Day {
        year,
        month: Some(to_month),
        day: to_day,
        weekday: None,
    };
    Some((end, Expr::Range(from, to)))
}

/// "dimanche 25 août", "1er septembre 2024", "25 août" (in "le 2 septembre" the article is
/// not part of the date, as "on" is not in English).
fn day(w: &[Word], i: usize) -> Option<(usize, Point)> {
    let mut at = i;
    let named = w.get(at).and_then(weekday_of);
    if named.is_some() {
        at += 1;
    }
    let day = day_number(w.get(at)?)?;
    let month = month_number(w.get(at + 1)?)?;
    let (year, end) = year_after(w, at + 2);
    let point = Point::Day {
        year,
        month: Some(month),
        day,
        weekday: named,
    };
    Some((end, point))
}

/// "fin août", "début 2023", "mi-juillet", "à la mi-mars", "fin août 2024".
fn part_of(w: &[Word], i: usize) -> Option<(usize, Point)> {
    let word = w.get(i)?;
    let (part, next) = if let Some(rest) = word.lower.strip_prefix("mi-") {
        // "mi-août" is one word: the month is its second half.
        let month = month_name(rest)?;
        let (year, end) = year_after(w, i + 1);
        let point = Point::Month {
            year,
            month,
            part: Some(Part::Mid),
        };
        return Some((end, point));
    } else if word.is("début") {
        (Part::Early, i + 1)
    } else if word.is("fin") {
        (Part::Late, i + 1)
    } else {
        return None;
    };
    let next_word = w.get(next)?;
    if let Some(month) = month_number(next_word) {
        let (year, end) = year_after(w, next + 1);
        let point = Point::Month {
            year,
            month,
            part: Some(part),
        };
        return Some((end, point));
    }
    let year = year_number(next_word)?;
    Some((
        next + 1,
        Point::Year {
            year,
            part: Some(part),
        },
    ))
}

/// "août 2024", "en août": a month, with its year when written.
fn month(w: &[Word], i: usize) -> Option<(usize, Point)> {
    let month = month_number(w.get(i)?)?;
    let (year, end) = year_after(w, i + 1);
    // A month name alone is also a word ("mars" the planet, "mai" rarely): only after "en", or
    // with its year.
    let before_en = i > 0 && w[i - 1].is("en");
    if year.is_none() && !before_en {
        return None;
    }
    Some((
        end,
        Point::Month {
            year,
            month,
            part: None,
        },
    ))
}

/// "il y a deux jours", "il y a 3 semaines", "il y a un an".
fn counted_back(w: &[Word], i: usize) -> Option<(usize, Point)> {
    if !(w.get(i)?.is("il") && w.get(i + 1)?.is("y") && w.get(i + 2)?.is("a")) {
        return None;
    }
    let count = small_number(w.get(i + 3)?)?;
    let unit = unit_of(w.get(i + 4)?)?;
    Some((
        i + 5,
        Point::Relative {
            unit,
            offset: -count,
            part: None,
        },
    ))
}

/// "hier", "aujourd'hui", "la semaine dernière", "le mois prochain", "l'an dernier", "cette
/// année".
fn relative(w: &[Word], i: usize) -> Option<(usize, Point)> {
    let word = w.get(i)?;
    let days = match word.lower.as_str() {
        "avant-hier" => Some(-2),
        "hier" => Some(-1),
        "aujourd'hui" => Some(0),
        "demain" => Some(1),
        "après-demain" => Some(2),
        _ => None,
    };
    if let Some(offset) = days {
        let point = Point::Relative {
            unit: Unit::Day,
            offset,
            part: None,
        };
        return Some((i + 1, point));
    }
    // "aujourd'" split from "hui" by the apostrophe.
    if word.is("aujourd'") && w.get(i + 1).is_some_and(|n| n.is("hui")) {
        let point = Point::Relative {
            unit: Unit::Day,
            offset: 0,
            part: None,
        };
        return Some((i + 2, point));
    }
    // "cette semaine", "ce mois-ci", "cette année".
    if word.is_any(&["ce", "cette", "cet"]) {
        let unit = unit_of(w.get(i + 1)?)?;
        let point = Point::Relative {
            unit,
            offset: 0,
            part: None,
        };
        return Some((i + 2, point));
    }
    // "la semaine dernière", "le mois prochain", "l'an dernier", "l'année passée".
    if !word.is_any(&["la", "le", "l'"]) {
        return None;
    }
    let (unit_at, unit) = (i + 1, unit_of(w.get(i + 1)?)?);
    let offset = match w.get(unit_at + 1)?.lower.as_str() {
        "dernier" | "dernière" | "passé" | "passée" => -1,
        "prochain" | "prochaine" => 1,
        _ => return None,
    };
    let point = Point::Relative {
        unit,
        offset,
        part: None,
    };
    Some((unit_at + 2, point))
}

/// "dimanche", "lundi dernier", "mardi prochain".
fn weekday(w: &[Word], i: usize) -> Option<(usize, Point)> {
    let weekday = weekday_of(w.get(i)?)?;
    let (rule, end) = match w.get(i + 1).map(|n| n.lower.as_str()) {
        Some("dernier") => (WeekdayRule::Before, i + 2),
        Some("prochain") => (WeekdayRule::InWeek(1), i + 2),
        _ => (WeekdayRule::OnOrBefore, i + 1),
    };
    Some((end, Point::Weekday { weekday, rule }))
}

/// "en 2023": a year after "en", "depuis" or "début de".
fn year(w: &[Word], i: usize) -> Option<(usize, Point)> {
    if i == 0 || !w[i - 1].is_any(&["en", "depuis", "année", "an"]) {
        return None;
    }
    let year = year_number(w.get(i)?)?;
    Some((i + 1, Point::Year { year, part: None }))
}

/// The year written at word `at`, if any, and the word after the date.
fn year_after(w: &[Word], at: usize) -> (Option<i16>, usize) {
    match w.get(at).and_then(year_number) {
        Some(year) => (Some(year), at + 1),
        None => (None, at),
    }
}

/// A day of the month: "25", "1er", "premier".
fn day_number(word: &Word) -> Option<i8> {
    if word.is_any(&["1er", "premier"]) {
        return Some(1);
    }
    let digits = &word.lower;
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day: i8 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// A year of four digits, 1800 to 2199.
fn year_number(word: &Word) -> Option<i16> {
    let digits = &word.lower;
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i16 = digits.parse().ok()?;
    (1800..2200).contains(&year).then_some(year)
}

fn month_number(word: &Word) -> Option<i8> {
    month_name(&word.lower)
}

/// A month's number from its French name, or its common abbreviation ("janv", "sept").
fn month_name(name: &str) -> Option<i8> {
    const MONTHS: &[(&str, i8)] = &[
        ("janvier", 1),
        ("janv", 1),
        ("février", 2),
        ("fevrier", 2),
        ("févr", 2),
        ("fév", 2),
        ("mars", 3),
        ("avril", 4),
        ("avr", 4),
        ("mai", 5),
        ("juin", 6),
        ("juillet", 7),
        ("juil", 7),
        ("août", 8),
        ("aout", 8),
        ("septembre", 9),
        ("sept", 9),
        ("octobre", 10),
        ("oct", 10),
        ("novembre", 11),
        ("nov", 11),
        ("décembre", 12),
        ("decembre", 12),
        ("déc", 12),
    ];
    MONTHS.iter().find(|(n, _)| *n == name).map(|&(_, m)| m)
}

fn weekday_of(word: &Word) -> Option<Weekday> {
    Some(match word.lower.as_str() {
        "lundi" => Weekday::Monday,
        "mardi" => Weekday::Tuesday,
        "mercredi" => Weekday::Wednesday,
        "jeudi" => Weekday::Thursday,
        "vendredi" => Weekday::Friday,
        "samedi" => Weekday::Saturday,
        "dimanche" => Weekday::Sunday,
        _ => return None,
    })
}

/// A unit of time, singular or plural.
fn unit_of(word: &Word) -> Option<Unit> {
    Some(match word.lower.as_str() {
        "jour" | "jours" => Unit::Day,
        "semaine" | "semaines" => Unit::Week,
        "mois" | "mois-ci" => Unit::Month,
        "an" | "ans" | "année" | "années" => Unit::Year,
        _ => return None,
    })
}

/// A small count in digits or words, for counting back: "deux", "3", "un", "une".
fn small_number(word: &Word) -> Option<i32> {
    const WORDS: &[&str] = &[
        "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
        "douze",
    ];
    if let Some(at) = WORDS.iter().position(|w| word.is(w)) {
        return i32::try_from(at + 1).ok();
    }
    if word.is("une") {
        return Some(1);
    }
    let digits = &word.lower;
    if digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str) -> Vec<(&str, Expr)> {
        find(text, 0)
            .into_iter()
            .map(|m| (&text[m.span], m.expr))
            .collect()
    }

    fn day(year: Option<i16>, month: i8, day: i8, weekday: Option<Weekday>) -> Point {
        Point::Day {
            year,
            month: Some(month),
            day,
            weekday,
        }
    }

    #[test]
    fn a_day_with_its_weekday_month_and_year() {
        let found = dates("Le convoi a été attaqué mardi 14 mai près du fleuve.");
        assert_eq!(
            found,
            [(
                "mardi 14 mai",
                Expr::Point(day(None, 5, 14, Some(Weekday::Tuesday)))
            )]
        );
        let found = dates("L'audience est fixée au 1er octobre 2025, selon l'avocat.");
        assert_eq!(
            found,
            [(
                "1er octobre 2025",
                Expr::Point(day(Some(2025), 10, 1, None))
            )]
        );
        // "le" is not part of the date, as "on" is not in English.
        let found = dates("Il est rentré le 3 février.");
        assert_eq!(found[0].0, "3 février");
    }

    #[test]
    fn a_range_of_days_takes_the_month_written_last() {
        let found = dates("Les pourparlers se sont tenus du 12 au 15 juin à Dakar.");
        assert_eq!(
            found,
            [(
                "du 12 au 15 juin",
                Expr::Range(day(None, 6, 12, None), day(None, 6, 15, None))
            )]
        );
        let found = dates("La trêve a duré du 30 avril au 3 mai 2023.");
        assert_eq!(
            found[0].1,
            Expr::Range(day(Some(2023), 4, 30, None), day(Some(2023), 5, 3, None))
        );
    }

    #[test]
    fn parts_of_months_and_years() {
        let month = |month, part| Point::Month {
            year: None,
            month,
            part: Some(part),
        };
        assert_eq!(
            dates("Les pluies ont commencé fin juillet."),
            [("fin juillet", Expr::Point(month(7, Part::Late)))]
        );
        assert_eq!(
            dates("Le chantier reprendra mi-mars."),
            [("mi-mars", Expr::Point(month(3, Part::Mid)))]
        );
        assert_eq!(
            dates("Le scrutin est prévu début 2026."),
            [(
                "début 2026",
                Expr::Point(Point::Year {
                    year: 2026,
                    part: Some(Part::Early)
                })
            )]
        );
    }

    #[test]
    fn days_weeks_and_years_counted_from_the_article() {
        let relative = |unit, offset| {
            Expr::Point(Point::Relative {
                unit,
                offset,
                part: None,
            })
        };
        assert_eq!(
            dates("Le pont s'est effondré il y a trois jours."),
            [("il y a trois jours", relative(Unit::Day, -3))]
        );
        assert_eq!(
            dates("Les négociations ont échoué la semaine dernière."),
            [("la semaine dernière", relative(Unit::Week, -1))]
        );
        assert_eq!(
            dates("Il avait été élu l'an dernier."),
            [("l'an dernier", relative(Unit::Year, -1))]
        );
        assert_eq!(
            dates("Hier, le marché était fermé.")[0].1,
            relative(Unit::Day, -1)
        );
        assert_eq!(
            dates("Aujourd'hui, la ville se reconstruit.")[0].1,
            relative(Unit::Day, 0)
        );
    }

    #[test]
    fn a_weekday_alone_is_the_latest_one() {
        assert_eq!(
            dates("Les secours sont arrivés samedi."),
            [(
                "samedi",
                Expr::Point(Point::Weekday {
                    weekday: Weekday::Saturday,
                    rule: WeekdayRule::OnOrBefore
                })
            )]
        );
        assert_eq!(
            dates("Il parlera jeudi prochain.")[0].1,
            Expr::Point(Point::Weekday {
                weekday: Weekday::Thursday,
                rule: WeekdayRule::InWeek(1)
            })
        );
    }

    #[test]
    fn numbers_that_are_no_dates_stay_out() {
        // A count before a noun, a month name alone, a year after no cue.
        assert!(dates("Les 40 blessés ont été évacués vers l'hôpital.").is_empty());
        assert!(dates("Il a visité Mars dans un roman.").is_empty());
        assert!(dates("Le budget atteint 2024 euros par habitant.").is_empty());
    }
}
