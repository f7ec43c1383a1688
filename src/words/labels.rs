//! Nouns that a number names rather than counts: "Route 66", "Resolution 1701", "Flight 370",
//! "Channel 4", "Chapter 11", "Gate 5". The number after one is part of a name, as "COVID-19"'s
//! is: it is no amount, year or day, and the number and date readers both leave it out.
//!
//! Only singular nouns: "Routes 1 and 9" names two roads, but "routes" before a number is rare
//! enough, and a plural before a bare number more often counts ("runs 12 times"). Words that also
//! date ("week 10", "year 2000") or measure ("magnitude 6.1", "level 3 of 5") are not labels.

/// The label nouns, lower-case, with their common abbreviations.
const LABELS: &[&str] = &[
    "amendment",
    "apartment",
    "apt",
    "article",
    "bill",
    "building",
    "bus",
    "category",
    "chapter",
    "channel",
    "clause",
    "district",
    "division",
    "engine",
    "episode",
    "exit",
    "flight",
    "form",
    "gate",
    "hangar",
    "highway",
    "interstate",
    "ladder",
    "no",
    "number",
    "paragraph",
    "phase",
    "pier",
    "platform",
    "precinct",
    "prop",
    "proposition",
    "resolution",
    "room",
    "route",
    "runway",
    "season",
    "section",
    "sector",
    "squad",
    "suite",
    "terminal",
    "title",
    "ward",
    "zone",
];

/// Whether the text before a number, `head`, ends with a label noun and one space ("Route ",
/// "flight "), or "No." and a space ("No. 10"; a bare "no" is a determiner: "no 10-year-old").
pub(crate) fn names_a_number(head: &str) -> bool {
    let Some(head) = head.strip_suffix(' ') else {
        return false;
    };
    let (head, dotted) = match head.strip_suffix('.') {
        Some(h) => (h, true),
        None => (head, false),
    };
    let start = head
        .rfind(|c: char| !c.is_ascii_alphabetic())
        .map_or(0, |at| {
            at + head[at..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &head[start..];
    if word.eq_ignore_ascii_case("no") {
        return dotted;
    }
    !word.is_empty() && LABELS.iter().any(|l| l.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::names_a_number;

    #[test]
    fn a_label_noun_right_before_names_the_number() {
        for head in [
            "Route ",
            "the Interstate ",
            "UN Resolution ",
            "on flight ",
            "No. ",
            "(Gate ",
        ] {
            assert!(names_a_number(head), "{head:?}");
        }
        for head in [
            "no ",
            "killed ",
            "Route",
            "Route  ",
            "Routes ",
            "magnitude ",
            "week ",
            "",
        ] {
            assert!(!names_a_number(head), "{head:?}");
        }
    }
}
