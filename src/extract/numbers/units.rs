//! What a numeral measures, from the words and signs around it: a currency ("$", "US$", "USD",
//! "euros", "Canadian dollars", "cents"), a share ("%", "per cent", "percentage points"), an age
//! ("years old", "aged"), a distance or a weight ("km", "miles", "metric tons").
//!
//! The tables are closed lists of what news text writes; a word that names no unit leaves the
//! numeral a plain number. A currency sign alone is the currency most papers mean by it ("$" is
//! the US dollar); a letter prefix names another ("C$", "HK$", "A$").

use crate::claim::{Currency, Unit};
use crate::dates::{is_month, is_weekday};
use crate::lex::{boundary, gap, keyword, phrase_len};

/// A currency sign's own code, when it is written alone.
fn sign_code(sign: char) -> Option<&'static str> {
    Some(match sign {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        '₹' => "INR",
        '₽' => "RUB",
        '₦' => "NGN",
        '₩' => "KRW",
        '₺' => "TRY",
        '₴' => "UAH",
        '₪' => "ILS",
        '฿' => "THB",
        '₱' => "PHP",
        '₫' => "VND",
        '₡' => "CRC",
        '₾' => "GEL",
        '₭' => "LAK",
        '₵' => "GHS",
        '元' => "CNY",
        _ => return None,
    })
}

/// Letters written before a dollar sign, and the dollar they name ("C$", "HK$", "us $").
const DOLLAR_PREFIXES: [(&str, &str); 18] = [
    ("us", "USD"),
    ("usd", "USD"),
    ("c", "CAD"),
    ("ca", "CAD"),
    ("cad", "CAD"),
    ("a", "AUD"),
    ("au", "AUD"),
    ("aud", "AUD"),
    ("hk", "HKD"),
    ("nz", "NZD"),
    ("nzd", "NZD"),
    ("hkd", "HKD"),
    ("sgd", "SGD"),
    ("s", "SGD"),
    ("sg", "SGD"),
    ("mex", "MXN"),
    ("mxn", "MXN"),
    ("r", "BRL"),
];

/// ISO 4217 codes news text writes next to a number ("USD 200", "500 EUR"), and the rupee's
/// "Rs". Upper case only: "eur" or "cad" in running text is rarely a code.
pub(super) const CODES: [(&str, &str); 46] = [
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("CNY", "CNY"),
    ("RMB", "CNY"),
    ("INR", "INR"),
    ("Rs", "INR"),
    ("CAD", "CAD"),
    ("AUD", "AUD"),
    ("CHF", "CHF"),
    ("HKD", "HKD"),
    ("NZD", "NZD"),
    ("SGD", "SGD"),
    ("MXN", "MXN"),
    ("BRL", "BRL"),
    ("ZAR", "ZAR"),
    ("NGN", "NGN"),
    ("KES", "KES"),
    ("RUB", "RUB"),
    ("TRY", "TRY"),
    ("SEK", "SEK"),
    ("NOK", "NOK"),
    ("XOF", "XOF"),
    ("XAF", "XAF"),
    ("PKR", "PKR"),
    ("LKR", "LKR"),
    ("NPR", "NPR"),
    ("BDT", "BDT"),
    ("Tk", "BDT"),
    ("EGP", "EGP"),
    ("GHS", "GHS"),
    ("ETB", "ETB"),
    ("MAD", "MAD"),
    ("UAH", "UAH"),
    ("ILS", "ILS"),
    ("KRW", "KRW"),
    ("TWD", "TWD"),
    ("THB", "THB"),
    ("IDR", "IDR"),
    ("MYR", "MYR"),
    ("AED", "AED"),
    ("SAR", "SAR"),
    ("QAR", "QAR"),
    ("PLN", "PLN"),
    ("DKK", "DKK"),
];

/// Currency words after a number, longest first where one begins another, with the code and
/// how many of them make one main unit ("cents": 100 to the dollar).
const WORDS: [(&str, &str, f64); 60] = [
    ("us dollars", "USD", 1.0),
    ("us dollar", "USD", 1.0),
    // Codes in lower case are read only after a number ("20 usd"), as words.
    ("usd", "USD", 1.0),
    ("eur", "EUR", 1.0),
    ("gbp", "GBP", 1.0),
    ("jpy", "JPY", 1.0),
    ("cny", "CNY", 1.0),
    ("u.s. dollars", "USD", 1.0),
    ("american dollars", "USD", 1.0),
    ("canadian dollars", "CAD", 1.0),
    ("australian dollars", "AUD", 1.0),
    ("hong kong dollars", "HKD", 1.0),
    ("new zealand dollars", "NZD", 1.0),
    ("singapore dollars", "SGD", 1.0),
    ("taiwan dollars", "TWD", 1.0),
    ("dollars", "USD", 1.0),
    ("dollar", "USD", 1.0),
    ("cents", "USD", 100.0),
    ("cent", "USD", 100.0),
    ("euros", "EUR", 1.0),
    ("euro", "EUR", 1.0),
    ("pounds sterling", "GBP", 1.0),
    ("british pounds", "GBP", 1.0),
    ("pounds", "GBP", 1.0),
    ("sterling", "GBP", 1.0),
    ("pence", "GBP", 100.0),
    ("pennies", "GBP", 100.0),
    ("penny", "GBP", 100.0),
    ("yen", "JPY", 1.0),
    ("chinese yuan", "CNY", 1.0),
    ("yuan", "CNY", 1.0),
    ("renminbi", "CNY", 1.0),
    ("rmb", "CNY", 1.0),
    ("indian rupees", "INR", 1.0),
    ("pakistani rupees", "PKR", 1.0),
    ("sri lankan rupees", "LKR", 1.0),
    ("roubles", "RUB", 1.0),
    ("rubles", "RUB", 1.0),
    ("naira", "NGN", 1.0),
    ("cfa francs", "XOF", 1.0),
    ("swiss francs", "CHF", 1.0),
    ("turkish lira", "TRY", 1.0),
    ("lira", "TRY", 1.0),
    ("mexican pesos", "MXN", 1.0),
    ("rand", "ZAR", 1.0),
    ("kenyan shillings", "KES", 1.0),
    ("cedis", "GHS", 1.0),
    ("south korean won", "KRW", 1.0),
    ("dirhams", "AED", 1.0),
    ("riyals", "SAR", 1.0),
    ("hryvnias", "UAH", 1.0),
    ("shekels", "ILS", 1.0),
    ("baht", "THB", 1.0),
    ("rupiah", "IDR", 1.0),
    ("pesetas", "ESP", 1.0),
    ("dutch guilders", "NLG", 1.0),
    ("guilders", "NLG", 1.0),
    ("finnish markka", "FIM", 1.0),
    ("markka", "FIM", 1.0),
    ("deutsche marks", "DEM", 1.0),
];

/// Units of length and weight after a number ("1.6 km", "200 miles", "2,300 metric tons").
const MEASURES: [(&str, Unit); 25] = [
    ("kilometres", Unit::Km),
    ("kilometers", Unit::Km),
    ("kilometre", Unit::Km),
    ("kilometer", Unit::Km),
    ("km", Unit::Km),
    ("miles", Unit::Mi),
    ("mile", Unit::Mi),
    ("metres", Unit::M),
    ("meters", Unit::M),
    ("metre", Unit::M),
    ("meter", Unit::M),
    ("kilograms", Unit::Kg),
    ("kilogrammes", Unit::Kg),
    ("kilogram", Unit::Kg),
    ("kilos", Unit::Kg),
    ("kg", Unit::Kg),
    ("metric tons", Unit::T),
    ("metric tonnes", Unit::T),
    ("tonnes", Unit::T),
    ("tonne", Unit::T),
    ("metric ton", Unit::T),
    ("kgs", Unit::Kg),
    ("mi", Unit::Mi),
    ("m", Unit::M),
    ("t", Unit::T),
];

/// Ages: the unit word, then what makes it an age ("years old", "years of age", "-year-old").
const AGE_UNITS: [(&str, Unit); 8] = [
    ("years", Unit::Year),
    ("year", Unit::Year),
    ("months", Unit::Month),
    ("month", Unit::Month),
    ("weeks", Unit::Week),
    ("week", Unit::Week),
    ("days", Unit::Day),
    ("day", Unit::Day),
];

const PERCENT_WORDS: [(&str, Unit); 11] = [
    ("percentage points", Unit::PercentagePoint),
    ("percentage-points", Unit::PercentagePoint),
    ("percentage point", Unit::PercentagePoint),
    ("percentage-point", Unit::PercentagePoint),
    ("percentage", Unit::Percent),
    ("per cent", Unit::Percent),
    ("per-cent", Unit::Percent),
    ("percents", Unit::Percent),
    ("percent", Unit::Percent),
    ("pct", Unit::Percent),
    ("pc", Unit::Percent),
];

/// Whether `i` opens with the first letter of `word` (lower-case ASCII), ignoring case: one byte
/// compared turns most table entries away before a phrase is matched.
pub(super) fn opens_like(i: &str, word: &str) -> bool {
    match (i.as_bytes().first(), word.as_bytes().first()) {
        (Some(a), Some(b)) => a.to_ascii_lowercase() == *b,
        _ => false,
    }
}

/// The currency of a code from the tables.
pub(super) fn code(code: &str) -> Currency {
    // The tables hold three-letter codes only.
    Currency::new(code).unwrap_or_else(|| unreachable!("{code} is a currency code"))
}

/// The text before byte `at` without one trailing run of spaces (at most one space wide).
fn before_space(s: &str, at: usize) -> usize {
    let head = &s[..at];
    head.strip_suffix(' ').map_or(at, str::len)
}

/// The ASCII word (letters and dots: "U.S.", "Rs.") that ends right at byte `end`, not glued to
/// a letter or digit before it.
fn word_ending_at(s: &str, end: usize) -> Option<(usize, &str)> {
    let head = &s[..end];
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphabetic() || *c == '.')
        .last()
        .map(|(at, _)| at)?;
    let word = head[start..].trim_start_matches('.');
    let start = end - word.len();
    let word = word.strip_suffix('.').unwrap_or(word);
    let glued = s[..start].ends_with(|c: char| c.is_alphanumeric());
    (!word.is_empty() && !glued).then_some((start, word))
}

/// The currency written before a numeral that starts at byte `num`, and where the money
/// starts: a sign ("$5", "$ 40 million"), a sign with a prefix ("US$4.7bn", "hk $ 10",
/// "Mex$ 10"), or a code ("USD 200", "Rs 30 lakh").
pub(super) fn money_before(s: &str, num: usize) -> Option<(usize, Currency)> {
    let at = before_space(s, num);
    let sign = s[..at].chars().next_back();
    if let Some(sign) = sign.filter(|c| sign_code(*c).is_some()) {
        let sign_at = at - sign.len_utf8();
        let own = code(sign_code(sign)?);
        if sign != '$' {
            return Some((sign_at, own));
        }
        // One letter names a dollar only glued to it ("C$", "A$"): "a $5 bill" is no Australian.
        let spaced = before_space(s, sign_at);
        let prefix = word_ending_at(s, spaced).and_then(|(start, word)| {
            let (_, c) = DOLLAR_PREFIXES.iter().find(|(p, _)| undotted_eq(p, word))?;
            (word.len() > 1 || spaced == sign_at).then(|| (start, code(c)))
        });
        return Some(prefix.unwrap_or((sign_at, own)));
    }
    let (start, word) = word_ending_at(s, at).filter(|_| at < num)?;
    let (_, c) = CODES.iter().find(|(w, _)| *w == word)?;
    Some((start, code(c)))
}

/// Whether `word` is `prefix` once its dots are dropped, ignoring ASCII case ("U.S." is "us").
fn undotted_eq(prefix: &str, word: &str) -> bool {
    let letters = word.bytes().filter(|b| *b != b'.');
    letters
        .map(|b| b.to_ascii_lowercase())
        .eq(prefix.bytes().map(|b| b.to_ascii_lowercase()))
}

/// The currency written after the numeral or scale word that ends at byte `at`: a sign ("10 €",
/// "100元"), a code ("500 USD", "115USD") or a word ("dollars", "Canadian dollars", "cents"). The
/// end of the money and how many of the unit make one of the currency's main unit.
pub(super) fn money_after(s: &str, at: usize) -> Option<(usize, Currency, f64)> {
    let rest = &s[at..];
    let spaced = gap(rest).map_or(rest, |(r, _)| r);
    let end = |r: &str| s.len() - r.len();
    if let Some(c) = spaced.chars().next() {
        let after = &spaced[c.len_utf8()..];
        // "5 $10" is two numbers: a sign before digits is the next number's.
        if let Some(own) = sign_code(c).filter(|_| !after.starts_with(|d: char| d.is_ascii_digit()))
        {
            return Some((end(after), code(own), 1.0));
        }
    }
    if spaced.starts_with(|c: char| c.is_ascii_uppercase()) {
        for (word, c) in CODES {
            if word.len() == 3 {
                if let Ok((r, _)) = exact_word(word, spaced) {
                    return Some((end(r), code(c), 1.0));
                }
            }
        }
    }
    let spaced = gap(rest).ok()?.0;
    WORDS
        .iter()
        .filter(|(w, _, _)| opens_like(spaced, w))
        .find_map(|(w, c, per)| {
            let len = phrase_len(spaced, w)?;
            Some((end(&spaced[len..]), code(c), *per))
        })
}

/// `word` in exactly this case, ending a word.
fn exact_word<'a>(word: &str, i: &'a str) -> crate::lex::Res<'a, &'a str> {
    match i.strip_prefix(word) {
        Some(rest) => boundary(rest).map(|(rest, ())| (rest, &i[..word.len()])),
        None => crate::lex::no_match(i),
    }
}

/// A share after the numeral ending at `at`: "%", " per cent", " percentage points", "3pc". The
/// end and the unit.
pub(super) fn percent_after(s: &str, at: usize) -> Option<(usize, Unit)> {
    let rest = &s[at..];
    let spaced = gap(rest).map_or(rest, |(r, _)| r);
    if spaced.starts_with('%') {
        return Some((s.len() - spaced.len() + 1, Unit::Percent));
    }
    let has_gap = spaced.len() < rest.len();
    let letter = |w: &str| opens_like(spaced, w) || opens_like(rest, w);
    PERCENT_WORDS
        .iter()
        .filter(|(w, _)| letter(w))
        .find_map(|(w, unit)| {
            // "pc" is a share only glued ("3pc"); spaced, it is too many other things.
            let words = match (has_gap, *w) {
                (true, "pc") => return None,
                (true, _) => spaced,
                (false, "pc" | "pct") => rest,
                (false, _) => return None,
            };
            let len = phrase_len(words, w)?;
            Some((s.len() - words.len() + len, *unit))
        })
}

/// A length or weight after the numeral ending at `at` ("1.6 km", "1.8m", "100t", "20 (kg)").
/// `m`, `mi` and `t` are read only glued or spaced right after digits, never as words of their own
/// elsewhere; "6-mile" and "2.5-mile" are lengths too.
pub(super) fn measure_after(s: &str, at: usize) -> Option<(usize, Unit)> {
    let rest = &s[at..];
    let end = |r: &str| s.len() - r.len();
    let (body, bracket) = match gap(rest).map_or(rest, |(r, _)| r) {
        r if r.starts_with(['(', '[', '{', '<']) => (&r[1..], true),
        r => (r.strip_prefix('-').unwrap_or(r), false),
    };
    let (word, unit, len) = MEASURES
        .iter()
        .filter(|(w, _)| opens_like(body, w))
        .find_map(|(w, u)| Some((*w, u, phrase_len(body, w)?)))?;
    let after = &body[len..];
    let after = if bracket {
        after.strip_prefix([')', ']', '}', '>'])?
    } else {
        after
    };
    // A lone "t" or "m" is a unit only glued to the digits or in brackets.
    if matches!(word, "t" | "m" | "mi") && !bracket && body.len() != rest.len() {
        let spaced_m = word == "m" && gap(rest).is_ok_and(|(r, _)| r.len() + 1 == rest.len());
        if !spaced_m {
            return None;
        }
        // "1 m" spaced, at the end of a clause.
        if after.trim_start().starts_with(char::is_alphanumeric) {
            return None;
        }
    }
    Some((end(after), *unit))
}

/// An age after the numeral ending at `at`: "47 years old", "six weeks of age", "90 day old",
/// "87 yo", "a 15-year-old". The end and the unit.
pub(super) fn age_after(s: &str, at: usize) -> Option<(usize, Unit)> {
    let rest = &s[at..];
    let end = |r: &str| s.len() - r.len();
    if let Some(r) = gap(rest).ok().and_then(|(r, _)| keyword("yo", r).ok()) {
        return Some((end(r.0), Unit::Year));
    }
    let (sep, hyphen) = match rest.strip_prefix('-') {
        Some(r) => (r, true),
        None => (gap(rest).ok()?.0, false),
    };
    let (unit, len) = AGE_UNITS
        .iter()
        .filter(|(w, _)| opens_like(sep, w))
        .find_map(|(w, u)| Some((u, phrase_len(sep, w)?)))?;
    let after = &sep[len..];
    // "a 15-year-old boy", "15-years-old", "the 15-year-olds", "47 years old", "of age".
    let old = |r| keyword("old", r).or_else(|_| keyword("olds", r)).ok();
    let (r, _) = if hyphen {
        after.strip_prefix('-').and_then(old)
    } else {
        gap(after)
            .ok()
            .and_then(|(r, _)| old(r).or_else(|| of_age(r)))
    }?;
    Some((end(r), *unit))
}

fn of_age(i: &str) -> Option<(&str, &str)> {
    let len = phrase_len(i, "of age")?;
    Some((&i[len..], &i[..len]))
}

/// An age written before the numeral at `num`: "aged 15", "age 87". Where it starts.
pub(super) fn age_before(s: &str, num: usize) -> Option<usize> {
    let at = before_space(s, num);
    let (start, word) = word_ending_at(s, at).filter(|_| at < num)?;
    matches!(word.to_ascii_lowercase().as_str(), "aged" | "age").then_some(start)
}

/// "John Smith, 15, was hurt", "… identified as Ana Ruiz, 34.": a whole number from 1 to 120
/// set off by commas right after a capitalised name word is the person's age, as news writes
/// ages. Not after a month or weekday ("Sunday, 15, …" is a list), nor before a further digit
/// group or decimal ("Smith, 15,000").
pub(super) fn appositive_age(s: &str, start: usize, end: usize, value: f64) -> bool {
    if !(1.0..=120.0).contains(&value) || value.fract() != 0.0 {
        return false;
    }
    let Some(head) = s[..start].strip_suffix(", ") else {
        return false;
    };
    let word_start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
        .last()
        .map_or(head.len(), |(at, _)| at);
    let word = &head[word_start..];
    let name = word.starts_with(|c: char| c.is_uppercase()) && !is_month(word) && !is_weekday(word);
    let mut after = s[end..].chars();
    let closed = match after.next() {
        Some(',' | ';' | ')') => true,
        Some('.') => after.next().is_none_or(char::is_whitespace),
        _ => false,
    };
    name && closed
}

/// The words that make the number after them negative.
pub(super) const SIGN_WORDS: [&str; 2] = ["minus", "negative"];

/// A minus written before the numeral at `num`: "-504" (a hyphen or minus sign glued to the
/// digits, after a space or at the start), "minus 5", "negative one". Where it starts.
pub(super) fn minus_before(s: &str, num: usize) -> Option<usize> {
    let head = &s[..num];
    if let Some(sign) = head.chars().next_back().filter(|c| matches!(c, '-' | '−')) {
        let at = num - sign.len_utf8();
        let open = s[..at].chars().next_back().is_none_or(|c| {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '"' | '“' | '<' | '>' | '=' | '≤' | '≥' | '~')
        });
        return open.then_some(at);
    }
    let at = before_space(s, num);
    let (start, word) = word_ending_at(s, at).filter(|_| at < num)?;
    SIGN_WORDS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
        .then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd() -> Currency {
        Currency::new("USD").unwrap()
    }

    #[test]
    fn currency_signs_and_prefixes_before_a_numeral() {
        assert_eq!(money_before("cost $5", 6), Some((5, usd())));
        assert_eq!(money_before("cost $ 75", 7), Some((5, usd())));
        // One letter names a dollar only glued to its sign.
        let cad = Currency::new("CAD").unwrap();
        assert_eq!(money_before("C$300", 2), Some((0, cad)));
        assert_eq!(money_before("c $ 300", 4), Some((2, usd())));
        assert_eq!(money_before("US$4.7bn", 3), Some((0, usd())));
        let hkd = Currency::new("HKD").unwrap();
        assert_eq!(money_before("hk $ 10", 5), Some((0, hkd)));
        assert_eq!(
            money_before("£ 8.10", 3).map(|(_, c)| c.as_str().to_string()),
            Some("GBP".into())
        );
        assert_eq!(money_before("USD 200", 4), Some((0, usd())));
        // A word that is no code, and a code glued to a word, leave the numeral bare.
        assert_eq!(money_before("the 200", 4), None);
        assert_eq!(money_before("XUSD 200", 5), None);
        assert_eq!(money_before("a $5 bill", 3), Some((2, usd())));
        let aud = Currency::new("AUD").unwrap();
        assert_eq!(money_before("A$5", 2), Some((0, aud)));
        assert_eq!(money_before("U.S. $5", 6), Some((0, usd())));
        let inr = Currency::new("INR").unwrap();
        assert_eq!(money_before("Rs. 500", 4), Some((0, inr)));
    }

    #[test]
    fn currency_words_signs_and_codes_after_a_numeral() {
        let (end, c, per) = money_after("5 dollars each", 1).unwrap();
        assert_eq!((end, c.as_str(), per), (9, "USD", 1.0));
        let (_, c, per) = money_after("34 cents", 2).unwrap();
        assert_eq!((c.as_str(), per), ("USD", 100.0));
        let (_, c, _) = money_after("340 million australian dollars", 11).unwrap();
        assert_eq!(c.as_str(), "AUD");
        let (end, c, _) = money_after("10 € each", 2).unwrap();
        assert_eq!((end, c.as_str()), (6, "EUR"));
        let (_, c, _) = money_after("500 USD", 3).unwrap();
        assert_eq!(c.as_str(), "USD");
        assert_eq!(
            money_after("500 usd", 3).map(|m| m.1.as_str().to_string()),
            Some("USD".into())
        );
        let (end, c, _) = money_after("300 USD,40 more", 3).unwrap();
        assert_eq!((end, c.as_str()), (7, "USD"));
        assert_eq!(money_after("5 people", 1), None);
        assert_eq!(money_after("5 dollarsX", 1), None);
        assert_eq!(money_after("5 $10", 1), None);
    }

    #[test]
    fn shares_lengths_weights_and_ages() {
        assert_eq!(percent_after("3.2% rise", 3), Some((4, Unit::Percent)));
        assert_eq!(percent_after("12 per cent", 2), Some((11, Unit::Percent)));
        assert_eq!(percent_after("100 percents", 3), Some((12, Unit::Percent)));
        assert_eq!(
            percent_after("5 percentage points", 1),
            Some((19, Unit::PercentagePoint))
        );
        assert_eq!(
            percent_after("5 percentage-point drop", 1),
            Some((18, Unit::PercentagePoint))
        );
        assert_eq!(percent_after("5 pc", 1), None);
        assert_eq!(percent_after("5pc rise", 1), Some((3, Unit::Percent)));
        assert_eq!(measure_after("1.6 km away", 3), Some((6, Unit::Km)));
        assert_eq!(measure_after("1.8m tall", 3), Some((4, Unit::M)));
        assert_eq!(measure_after("6-mile run", 1), Some((6, Unit::Mi)));
        assert_eq!(measure_after("20 (kg)", 2), Some((7, Unit::Kg)));
        assert_eq!(measure_after("2,300 metric tons", 5), Some((17, Unit::T)));
        assert_eq!(measure_after("5 m people", 1), None);
        assert_eq!(measure_after("5 t-shirts", 1), None);
        assert_eq!(age_after("47 years old", 2), Some((12, Unit::Year)));
        assert_eq!(age_after("a 15-year-old boy", 4), Some((13, Unit::Year)));
        assert_eq!(age_after("3 weeks of age", 1), Some((14, Unit::Week)));
        assert_eq!(age_after("87 yo", 2), Some((5, Unit::Year)));
        assert_eq!(age_after("3 years ago", 1), None);
        assert_eq!(age_before("aged 15", 5), Some(0));
        assert_eq!(age_before("paged 15", 6), None);
        assert_eq!(minus_before("-504", 1), Some(0));
        assert_eq!(minus_before("was -1.5", 5), Some(4));
        assert_eq!(minus_before("minus 5", 6), Some(0));
        assert_eq!(minus_before("F-35", 2), None);
        assert_eq!(minus_before("20-30", 3), None);
    }
}
