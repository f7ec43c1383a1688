//! Tests of the spelled-number reader.
use super::*;

fn read(i: &str) -> Option<(f64, &str)> {
    spelled(i, false).map(|s| (s.value, &i[..s.len]))
}

#[test]
fn and_between_two_numbers_is_a_conjunction() {
    assert_eq!(
        read("two hundred and three hundred"),
        Some((200.0, "two hundred"))
    );
    assert_eq!(
        read("two thousand and three thousand"),
        Some((2000.0, "two thousand"))
    );
    assert_eq!(
        read("two hundred and wounded"),
        Some((200.0, "two hundred"))
    );
}

#[test]
fn words_that_cannot_follow_end_the_number() {
    assert_eq!(read("one two"), Some((1.0, "one")));
    assert_eq!(read("five twenty"), Some((5.0, "five")));
    assert_eq!(read("three-year-old"), Some((3.0, "three")));
    assert_eq!(read("a man"), None);
    assert_eq!(read("half of them"), None);
    assert_eq!(read("zero hundred"), Some((0.0, "zero")));
}

#[test]
fn ranks_end_the_number() {
    fn rank(i: &str) -> Option<(f64, &str)> {
        spelled(i, false)
            .filter(|s| s.ordinal)
            .map(|s| (s.value, &i[..s.len]))
    }
    assert_eq!(rank("the"), None);
    assert_eq!(rank("third victim"), Some((3.0, "third")));
    assert_eq!(rank("twenty-first century"), Some((21.0, "twenty-first")));
    assert_eq!(
        rank("one hundred twenty-fifth"),
        Some((125.0, "one hundred twenty-fifth"))
    );
    assert_eq!(rank("two hundredth"), Some((200.0, "two hundredth")));
    assert_eq!(rank("eleventh hour"), Some((11.0, "eleventh")));
    assert_eq!(rank("twentieth"), Some((20.0, "twentieth")));
    assert_eq!(rank("Nineth"), Some((9.0, "Nineth")));
    assert_eq!(rank("trillionth"), Some((1e12, "trillionth")));
    // "one third" is a share, not a rank.
    assert_eq!(rank("one third"), None);
}

#[test]
fn every_listed_rank_reads_as_one() {
    for rank in ranks() {
        assert!(
            spelled(rank, false).is_some_and(|s| s.ordinal && s.len == rank.len()),
            "{rank}"
        );
    }
}

#[test]
fn fractions_and_parts() {
    assert_eq!(
        read("two thirds of voters"),
        Some((2.0 / 3.0, "two thirds"))
    );
    assert_eq!(read("two-thirds"), Some((2.0 / 3.0, "two-thirds")));
    assert_eq!(read("three quarters"), Some((0.75, "three quarters")));
    assert_eq!(read("one eighth"), Some((0.125, "one eighth")));
    assert_eq!(read("five eighths"), Some((0.625, "five eighths")));
    assert_eq!(read("one and a half"), Some((1.5, "one and a half")));
    assert_eq!(
        read("five and a quarter"),
        Some((5.25, "five and a quarter"))
    );
    assert_eq!(
        read("two and a half million"),
        Some((2.5e6, "two and a half million"))
    );
    // A plural after one, a singular after two, or a rank of one are no fractions.
    assert_eq!(read("one thirds"), Some((1.0, "one")));
    assert_eq!(read("two third"), Some((2.0, "two")));
    assert_eq!(read("two and a man"), Some((2.0, "two")));
    assert_eq!(
        read("two point two million"),
        Some((2.2e6, "two point two million"))
    );
    assert_eq!(
        read("nine point nought four"),
        Some((9.04, "nine point nought four"))
    );
    assert_eq!(
        read("two hundred point seventy-one"),
        Some((200.71, "two hundred point seventy-one"))
    );
    assert_eq!(read("five point blank"), Some((5.0, "five")));
}

#[test]
fn scale_is_lent_only_by_pure_products() {
    assert_eq!(
        spelled("three hundred", false).and_then(|s| s.scale),
        Some(100.0)
    );
    assert_eq!(
        spelled("two hundred thousand", false).and_then(|s| s.scale),
        Some(1e5)
    );
    assert_eq!(
        spelled("half a million", false).and_then(|s| s.scale),
        Some(1e6)
    );
    assert_eq!(
        spelled("two hundred and five", false).and_then(|s| s.scale),
        None
    );
}

#[test]
fn a_whole_number_before_a_rank_is_its_numerator() {
    assert_eq!(
        read("three hundred twelve sixteenths"),
        Some((19.5, "three hundred twelve sixteenths"))
    );
    assert_eq!(
        read("seven forty-fifths"),
        Some((7.0 / 45.0, "seven forty-fifths"))
    );
    assert_eq!(
        read("four sixty fifths"),
        Some((4.0 / 65.0, "four sixty fifths"))
    );
    assert_eq!(
        read("one sixty-fourth inch"),
        Some((1.0 / 64.0, "one sixty-fourth"))
    );
    // A hyphen binds tens and unit: the numerator ends before them.
    assert_eq!(
        read("one hundred forty-sixths"),
        Some((100.0 / 46.0, "one hundred forty-sixths"))
    );
    // A numerator of one takes a singular rank, and only a singular one.
    assert_eq!(
        read("one two hundredth"),
        Some((1.0 / 200.0, "one two hundredth"))
    );
    // A rank that all the words make together stays a rank.
    let rank = spelled("three hundred twelfth", false).unwrap();
    assert!(rank.ordinal);
    assert_eq!(rank.value, 312.0);
}

#[test]
fn a_proper_fraction_after_and_is_a_part() {
    assert_eq!(
        read("two hundred and five eighths of a mile"),
        Some((200.625, "two hundred and five eighths"))
    );
    assert_eq!(
        read("two hundred and nine fifths"),
        Some((209.0 / 5.0, "two hundred and nine fifths"))
    );
    assert_eq!(
        read("four and thirty-one hundredths"),
        Some((4.31, "four and thirty-one hundredths"))
    );
    assert_eq!(
        read("three and a half years"),
        Some((3.5, "three and a half"))
    );
    assert_eq!(
        read("four million and a half"),
        Some((4.5e6, "four million and a half"))
    );
    assert_eq!(
        read("two billion and a quarter million"),
        Some((2.00025e9, "two billion and a quarter million"))
    );
    // A hundred lends no scale to its part.
    assert_eq!(
        read("one hundred and a half"),
        Some((100.5, "one hundred and a half"))
    );
}

#[test]
fn parts_of_scale_words() {
    assert_eq!(read("quarter billion"), Some((2.5e8, "quarter billion")));
    assert_eq!(
        read("a quarter million"),
        Some((2.5e5, "a quarter million"))
    );
    assert_eq!(
        read("three quarters billion"),
        Some((7.5e8, "three quarters billion"))
    );
    assert_eq!(
        read("two thirds of a billion"),
        Some((2e9 / 3.0, "two thirds of a billion"))
    );
    assert_eq!(read("quarter past"), None);
}

#[test]
fn a_rank_after_a_is_a_share_only_where_nothing_is_ranked() {
    fn share(i: &str, amount: bool) -> Option<(f64, &str)> {
        spelled(i, amount).map(|s| (s.value, &i[..s.len]))
    }
    assert_eq!(
        share("a tenth of the budget", false),
        Some((0.1, "a tenth"))
    );
    assert_eq!(share("a tenth.", true), Some((0.1, "a tenth")));
    // "wounded a tenth." is a tenth person; "a tenth victim" a rank.
    assert_eq!(share("a tenth.", false), None);
    assert_eq!(share("a tenth victim", true), None);
    assert_eq!(share("a tenth, unnamed man", true), None);
    // A half is never a person.
    assert_eq!(share("a half.", false), Some((0.5, "a half")));
    // No denominator below three: "two seconds" are seconds.
    assert_eq!(read("two seconds"), Some((2.0, "two")));
    assert_eq!(read("one second"), Some((1.0, "one")));
}

#[test]
fn a_part_after_and_agrees_with_its_own_numerator() {
    assert_eq!(
        read("four million and one half"),
        Some((4_500_000.0, "four million and one half"))
    );
    assert_eq!(
        read("seven and one quarter"),
        Some((7.25, "seven and one quarter"))
    );
    // A numerator above one needs a plural rank: "and three eighths", not "and three eighth".
    assert_eq!(
        read("nine and three eighths"),
        Some((9.375, "nine and three eighths"))
    );
}

#[test]
fn indian_scale_words_and_a_larger_scale_after_a_smaller() {
    assert_eq!(read("five lakh"), Some((5e5, "five lakh")));
    assert_eq!(read("twelve crores"), Some((1.2e8, "twelve crores")));
    assert_eq!(
        read("two crore fifty lakh"),
        Some((2.5e7, "two crore fifty lakh"))
    );
    assert_eq!(read("four lakh crore"), Some((4e12, "four lakh crore")));
    assert_eq!(
        read("a thousand million"),
        Some((1e9, "a thousand million"))
    );
    // A smaller scale word after a larger one with nothing between does not join.
    assert_eq!(read("six million thousand"), Some((6e6, "six million")));
}

#[test]
fn dozens_after_a_number_and_spaced_hyphens() {
    assert_eq!(read("four dozens"), Some((48.0, "four dozens")));
    assert_eq!(read("dozens"), None);
    assert_eq!(read("sixty - one"), Some((61.0, "sixty - one")));
    assert_eq!(read("two - fifths"), Some((0.4, "two - fifths")));
    // Only tens and a unit join across a spaced hyphen.
    assert_eq!(read("six - two"), Some((6.0, "six")));
    assert_eq!(read("forty - fifty"), Some((40.0, "forty")));
}
