use super::*;

#[test]
fn escape_replaces_the_five_characters_html_gives_meaning() {
    assert_eq!(
        escape(r#"a & b < c > d "e" 'f'"#),
        "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;"
    );
    assert_eq!(escape("a\x1b]0;t\x07b\u{9b}"), "a\\x1b]0;t\\x07b\\u{9b}");
    assert_eq!(escape("Tinzaouatène — ok"), "Tinzaouatène — ok");
    assert_eq!(
        escape("&amp;"),
        "&amp;amp;",
        "already escaped text is escaped again"
    );
}

#[test]
fn element_ids_keep_safe_characters_and_number_collisions() {
    let ids = element_ids(["name/a.b", "name/a-b", "name/a b", "date/x_y-Z9", "name/é"]);
    assert_eq!(
        ids,
        [
            "fact-name-a-b",
            "fact-name-a-b-2",
            "fact-name-a-b-3",
            "fact-date-x_y-Z9",
            "fact-name--"
        ]
    );
}

#[test]
fn element_ids_skip_a_counter_another_id_already_holds() {
    let ids = element_ids(["a-2", "a", "a"]);
    assert_eq!(ids, ["fact-a-2", "fact-a", "fact-a-3"]);
}

#[test]
fn highlighted_marks_the_claim_bytes() {
    let s = "Fighting near Tinzaouatène left <47> dead.";
    let at = s.find("Tinzaouatène").unwrap();
    assert_eq!(
        highlighted(s, at, "Tinzaouatène".len()),
        "Fighting near <mark>Tinzaouatène</mark> left &lt;47&gt; dead."
    );
}

#[test]
fn highlighted_falls_back_to_the_whole_sentence_off_a_char_boundary() {
    let s = "à Tinzaouatène";
    let inside_e_grave = s.find('è').unwrap() + 1;
    assert_eq!(highlighted(s, inside_e_grave, 3), "à Tinzaouatène");
    assert_eq!(highlighted(s, 1, 2), "à Tinzaouatène", "starts inside à");
    assert_eq!(
        highlighted(s, 3, 100),
        "à Tinzaouatène",
        "runs past the end"
    );
    assert_eq!(
        highlighted(s, usize::MAX, 1),
        "à Tinzaouatène",
        "offset overflows"
    );
    assert_eq!(highlighted("a < b", 2, 1), "a <mark>&lt;</mark> b");
}

#[test]
fn marked_wraps_inserts_and_deletes() {
    let span = |op, text: &str| Span {
        op,
        text: text.to_string(),
    };
    let diff = [
        span(DiffOp::Equal, "Tinzaouat"),
        span(DiffOp::Delete, "e"),
        span(DiffOp::Insert, "è"),
        span(DiffOp::Equal, "ne"),
    ];
    assert_eq!(
        marked("Tinzaouatène", &diff),
        "Tinzaouat<del>e</del><ins>è</ins>ne"
    );
    assert_eq!(marked("<AES>", &[]), "&lt;AES&gt;");
}
