//! Calendar words: month names and abbreviations with their numbers, weekday names. The date
//! grammar reads them, and so do the readers of names and numbers, which must not take "May" or
//! "Monday" for a name or count (through [`super::is_month`] and
//! [`super::is_weekday`]).

use jiff::civil::Weekday;

/// Month names and abbreviations, lower-case, with their month number.
pub(super) const MONTHS: &[(&str, i8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("sept", 9),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// The month a word names ("Sept", "august", "Nov"), ignoring case and a trailing period.
pub fn month_number(word: &str) -> Option<i8> {
    let w = word.strip_suffix('.').unwrap_or(word);
    let mut buf = [0; LONGEST_NAME];
    Some(match lower(w, &mut buf)? {
        b"january" | b"jan" => 1,
        b"february" | b"feb" => 2,
        b"march" | b"mar" => 3,
        b"april" | b"apr" => 4,
        b"may" => 5,
        b"june" | b"jun" => 6,
        b"july" | b"jul" => 7,
        b"august" | b"aug" => 8,
        b"september" | b"sept" | b"sep" => 9,
        b"october" | b"oct" => 10,
        b"november" | b"nov" => 11,
        b"december" | b"dec" => 12,
        _ => return None,
    })
}

/// The longest month or weekday name ("september", "wednesday").
const LONGEST_NAME: usize = 9;

/// `word` lower-cased into `buf`, when it is ASCII and no longer than a calendar name: one
/// `match` then finds a name, where [`MONTHS`] and [`WEEKDAYS`] would be tried one by one.
fn lower<'b>(word: &str, buf: &'b mut [u8; LONGEST_NAME]) -> Option<&'b [u8]> {
    let out = buf.get_mut(..word.len())?;
    for (o, b) in out.iter_mut().zip(word.bytes()) {
        *o = b.to_ascii_lowercase();
    }
    Some(out)
}

/// Whether a month word is an abbreviation ("Sep", "Sept"), not a full name ("September", "May",
/// "June", "July": the short names are full names too).
pub fn is_abbreviated_month(word: &str) -> bool {
    word.len() < 5
        && !["may", "june", "july"]
            .iter()
            .any(|m| m.eq_ignore_ascii_case(word))
}

/// Whether a word is a month name or abbreviation.
pub fn is_month(word: &str) -> bool {
    month_number(word).is_some()
}

/// Weekday names, lower-case.
pub(super) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Weekday abbreviations, lower-case, each with whether it may stand alone as a date: "Thu"
/// and "Fri" are no other words, but "sun", "sat", "wed" and "mon" are ("the Sun", "she sat"),
/// so they are dates only next to a day number or after "next", "last" or "this".
pub(super) const WEEKDAY_ABBREVIATIONS: &[(&str, Weekday, bool)] = &[
    ("mon", Weekday::Monday, false),
    ("tue", Weekday::Tuesday, true),
    ("tues", Weekday::Tuesday, true),
    ("wed", Weekday::Wednesday, false),
    ("weds", Weekday::Wednesday, true),
    ("thu", Weekday::Thursday, true),
    ("thur", Weekday::Thursday, true),
    ("thurs", Weekday::Thursday, true),
    ("fri", Weekday::Friday, true),
    ("sat", Weekday::Saturday, false),
    ("sun", Weekday::Sunday, false),
];

/// The weekday an abbreviation gives ("Thu", "tues"), and whether it may stand alone.
pub(super) fn weekday_abbreviation(word: &str) -> Option<(Weekday, bool)> {
    WEEKDAY_ABBREVIATIONS
        .iter()
        .find(|(w, _, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, day, alone)| (day, alone))
}

/// Whether a word is a weekday name.
pub fn is_weekday(word: &str) -> bool {
    weekday_of(word).is_some()
}

/// The weekday a full name gives ("Monday", "friday").
pub fn weekday_of(word: &str) -> Option<Weekday> {
    let mut buf = [0; LONGEST_NAME];
    Some(match lower(word, &mut buf)? {
        b"monday" => Weekday::Monday,
        b"tuesday" => Weekday::Tuesday,
        b"wednesday" => Weekday::Wednesday,
        b"thursday" => Weekday::Thursday,
        b"friday" => Weekday::Friday,
        b"saturday" => Weekday::Saturday,
        b"sunday" => Weekday::Sunday,
        _ => return None,
    })
}

/// Month names that are also common words or names: the modal "may", the verb "march".
pub(super) const AMBIGUOUS_MONTHS: &[&str] = &["may", "march"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_words() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("NOV"), Some(11));
        assert_eq!(month_number("Mayor"), None);
        assert!(is_weekday("Monday") && !is_weekday("Mon"));
        assert_eq!(weekday_of("SUNDAY"), Some(Weekday::Sunday));
    }

    /// The `match`es of [`month_number`] and [`weekday_of`] read the names the tables list.
    #[test]
    fn the_lookups_know_every_listed_name() {
        for &(name, n) in MONTHS {
            assert_eq!(month_number(name), Some(n), "{name}");
            assert_eq!(month_number(&name.to_uppercase()), Some(n), "{name}");
        }
        for (n, name) in WEEKDAYS.iter().enumerate() {
            let day = Weekday::from_monday_zero_offset(n as i8).ok();
            assert_eq!(weekday_of(name), day, "{name}");
        }
        assert_eq!(month_number("é"), None);
        assert_eq!(month_number("septembers"), None);
    }
}
