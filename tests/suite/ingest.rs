//! Ingest through the library API: front matter, encodings and line endings, publication dates
//! found in the text, line/column arithmetic, the story manifest and which files are articles.

use std::path::{Path, PathBuf};

use claimdiff::error::{Error, InputError, Warning};
use claimdiff::ingest::{Article, DateOrigin, LoadOptions, Story, StoryFiles};

fn parse(name: &str, text: &str) -> (Article, Vec<Warning>) {
    let mut warnings = Vec::new();
    let article = Article::parse(Path::new(name), text.to_string(), &mut warnings)
        .unwrap_or_else(|e| panic!("{name} should parse: {e}"));
    (article, warnings)
}

fn parse_err(name: &str, text: &str) -> Error {
    let mut warnings = Vec::new();
    match Article::parse(Path::new(name), text.to_string(), &mut warnings) {
        Ok(a) => panic!("{name} should not parse, got body {:?}", &a.text[a.body]),
        Err(e) => e,
    }
}

fn date_of(article: &Article) -> Option<(String, DateOrigin)> {
    article
        .published
        .as_ref()
        .map(|p| (p.date.to_string(), p.origin.clone()))
}

fn body(article: &Article) -> &str {
    &article.text[article.body.clone()]
}

fn write_story(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn ids(story: &Story) -> Vec<&str> {
    story.articles.iter().map(|a| a.id.as_str()).collect()
}

const BODY: &str = "Twelve civilians were killed in the attack, police said.\n";

#[test]
fn front_matter_fields_and_published_are_parsed() {
    let text = format!(
        "---\noutlet: Le Monde\npublished: 2024-09-02\nurl: https://example.org/a\nlang: fr\n\
         title: \"Rebels meet: a title with a colon\"\n---\n{BODY}"
    );
    let (a, warnings) = parse("stories/lemonde.txt", &text);
    assert_eq!(a.id, "lemonde");
    assert_eq!(a.path, PathBuf::from("stories/lemonde.txt"));
    assert_eq!(a.meta.outlet.as_deref(), Some("Le Monde"));
    assert_eq!(a.meta.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(a.meta.lang.as_deref(), Some("fr"));
    assert_eq!(
        a.meta.title.as_deref(),
        Some("Rebels meet: a title with a colon")
    );
    assert_eq!(
        date_of(&a),
        Some(("2024-09-02".into(), DateOrigin::FrontMatter))
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn body_range_starts_after_the_closing_dashes() {
    let text = format!("---\noutlet: X\n---\n{BODY}");
    let (a, _) = parse("a.txt", &text);
    assert_eq!(a.body.start, text.find("Twelve").unwrap());
    assert_eq!(a.body.end, text.len());
    assert_eq!(body(&a), BODY);
    assert_eq!(
        a.text, text,
        "the whole file is kept, front matter included"
    );
}

#[test]
fn empty_front_matter_is_allowed_and_skipped() {
    let text = format!("---\n---\n{BODY}");
    let (a, _) = parse("a.txt", &text);
    assert_eq!(body(&a), BODY);
    assert_eq!(a.meta, Default::default());
}

#[test]
fn text_without_front_matter_is_all_body() {
    let (a, _) = parse("a.txt", BODY);
    assert_eq!(a.body, 0..BODY.len());
    // A `---` that is not on line 1 is text, not front matter.
    let text = format!("{BODY}---\noutlet: X\n---\n");
    let (a, _) = parse("a.txt", &text);
    assert_eq!(a.body, 0..text.len());
    assert_eq!(a.meta.outlet, None);
}

#[test]
fn utf8_bom_before_front_matter_is_skipped() {
    let text = format!("\u{feff}---\noutlet: BOM Daily\npublished: 2024-01-05\n---\n{BODY}");
    let (a, _) = parse("bom.txt", &text);
    assert_eq!(a.meta.outlet.as_deref(), Some("BOM Daily"));
    assert_eq!(
        date_of(&a),
        Some(("2024-01-05".into(), DateOrigin::FrontMatter))
    );
    assert_eq!(body(&a), BODY);
}

#[test]
fn utf8_bom_is_not_part_of_the_body() {
    let text = format!("\u{feff}{BODY}");
    let (a, _) = parse("bom.txt", &text);
    assert_eq!(body(&a), BODY);
    assert_eq!(a.body.start, '\u{feff}'.len_utf8());
}

#[test]
fn crlf_front_matter_is_parsed_without_carriage_returns() {
    let text = "---\r\noutlet: Wire\r\npublished: 2023-03-04\r\ntitle: T\r\n---\r\n\
                Twelve civilians were killed.\r\nPolice said so.\r\n";
    let (a, _) = parse("crlf.txt", text);
    assert_eq!(a.meta.outlet.as_deref(), Some("Wire"));
    assert_eq!(a.meta.title.as_deref(), Some("T"));
    assert_eq!(
        date_of(&a),
        Some(("2023-03-04".into(), DateOrigin::FrontMatter))
    );
    assert!(body(&a).starts_with("Twelve"), "{:?}", body(&a));
}

#[test]
fn published_may_carry_a_time() {
    let text = format!("---\npublished: 2024-09-02T17:55:00Z\n---\n{BODY}");
    let (a, _) = parse("a.txt", &text);
    assert_eq!(date_of(&a).unwrap().0, "2024-09-02");
}

#[test]
fn published_not_a_date_is_a_warning_naming_line_column_and_value() {
    for (value, column) in [("not-a-date", 12), ("2024-02-30", 12), ("'soon'", 12)] {
        let (a, warnings) = parse("bad.txt", &format!("---\npublished: {value}\n---\n{BODY}"));
        assert_eq!(a.published, None, "{value}");
        let unread = warnings
            .iter()
            .find(|w| w.message.contains("published"))
            .unwrap_or_else(|| panic!("a warning for {value}: {warnings:?}"));
        assert_eq!(unread.path, Path::new("bad.txt"));
        assert!(
            unread
                .message
                .starts_with(&format!("2:{column}: published: ")),
            "{}",
            unread.message
        );
        let written = value.trim_matches('\'');
        assert!(unread.message.contains(written), "{}", unread.message);
        // Kept as an unknown field.
        assert_eq!(a.meta.extra["published"], written);
    }
}

#[test]
fn published_not_a_date_is_an_error_with_strict() {
    let dir = write_story(&[("bad.txt", &format!("---\nx: 1\ndate: soon\n---\n{BODY}"))]);
    let strict = LoadOptions { strict: true };
    let e = Story::load_with(&[dir.path().join("bad.txt")], strict).unwrap_err();
    match &e {
        Error::Yaml { location, .. } => assert_eq!(*location, Some((3, 7))),
        other => panic!("expected a located error, got {other:?}"),
    }
    assert!(e.to_string().contains("bad.txt:3:7: date:"), "{e}");
}

#[test]
fn unknown_front_matter_keys_are_kept_not_errors() {
    let (a, warnings) = parse(
        "a.txt",
        &format!(
            "---\noutlet: X\nauthor: Y\ntags: [a, b]\ndraft: false\npublished: 2024-01-02\n---\n{BODY}"
        ),
    );
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(a.meta.outlet.as_deref(), Some("X"));
    let extra = serde_json::to_value(&a.meta.extra).unwrap();
    assert_eq!(
        extra,
        serde_json::json!({"author": "Y", "tags": ["a", "b"], "draft": false})
    );
}

#[test]
fn front_matter_aliases_are_read() {
    let (a, _) = parse(
        "a.txt",
        &format!(
            "---\nsource: Wire\npubDate: Sat, 04 May 2024 10:00:00 +0000\nlink: https://x.org/a\n\
             byline: A. Writer\n---\n{BODY}"
        ),
    );
    assert_eq!(a.meta.outlet.as_deref(), Some("Wire"));
    assert_eq!(a.meta.url.as_deref(), Some("https://x.org/a"));
    assert_eq!(
        date_of(&a),
        Some(("2024-05-04".into(), DateOrigin::FrontMatter))
    );
    assert_eq!(a.meta.extra["byline"], "A. Writer");
    for (key, value) in [
        ("date", "May 4, 2024"),
        ("published_at", "2024-05-04T23:30:00-07:00"),
        ("published", "4 May 2024"),
    ] {
        let (a, w) = parse("a.txt", &format!("---\n{key}: {value}\n---\n{BODY}"));
        assert_eq!(
            date_of(&a).map(|d| d.0).as_deref(),
            Some("2024-05-04"),
            "{key}: {value}"
        );
        assert!(w.is_empty(), "{w:?}");
    }
}

#[test]
fn malformed_front_matter_is_an_error_with_file_line_column() {
    let e = parse_err(
        "typo.txt",
        &format!("---\noutlet: X\nauthor: [Y\n---\n{BODY}"),
    );
    match &e {
        Error::Yaml { location, .. } => assert!(location.is_some(), "{e:?}"),
        other => panic!("expected a YAML error, got {other:?}"),
    }
    assert!(e.to_string().starts_with("typo.txt:"), "{e}");
}

#[test]
fn unclosed_front_matter_is_an_error() {
    let e = parse_err("open.txt", &format!("---\noutlet: X\n{BODY}"));
    assert!(
        matches!(
            e,
            Error::Input {
                kind: InputError::UnclosedFrontMatter,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(e.to_string().starts_with("open.txt"), "{e}");
}

#[test]
fn empty_article_is_an_error() {
    for text in ["", "   \n\n", "---\ntitle: T\n---\n\n  \n"] {
        let e = parse_err("empty.txt", text);
        match &e {
            Error::Input {
                path,
                kind: InputError::Empty,
            } => assert_eq!(path, Path::new("empty.txt")),
            other => panic!("expected an empty-article error, got {other:?}"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Publication date from the text
// ---------------------------------------------------------------------------------------------

#[test]
fn date_found_in_a_bullet_byline_line() {
    let text = "Al Mayadeen English\n\n  • 2 Sep 2024 17:55\n\nRebels met in late August.\n";
    let (a, warnings) = parse("a.txt", text);
    assert_eq!(
        date_of(&a),
        Some(("2024-09-02".into(), DateOrigin::Text { line: 3 }))
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn date_found_in_a_section_dateline() {
    let text = "Novinite\nWorld | September 18, 2023, Monday // 12:20\n\
                Mali, Burkina Faso and Niger signed a pact.\n";
    let (a, _) = parse("a.txt", text);
    assert_eq!(
        date_of(&a),
        Some(("2023-09-18".into(), DateOrigin::Text { line: 2 }))
    );
}

#[test]
fn date_in_text_line_counts_front_matter_lines() {
    let text = "---\noutlet: X\n---\nHeadline\n  • 2 Sep 2024 17:55\nBody text.\n";
    let (a, _) = parse("a.txt", text);
    assert_eq!(
        date_of(&a),
        Some(("2024-09-02".into(), DateOrigin::Text { line: 5 }))
    );
}

#[test]
fn date_in_a_long_prose_sentence_is_not_the_publication_date() {
    let text = "Rebels in the north of the country said on 2 September 2024 that they had \
                killed dozens of soldiers in fierce fighting near the Algerian border.\n";
    let (a, warnings) = parse("prose.txt", text);
    assert_eq!(date_of(&a), None);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].path, PathBuf::from("prose.txt"));
    assert!(warnings[0].message.contains("publication date"));
}

#[test]
fn front_matter_date_wins_over_a_date_in_the_text() {
    let text = "---\npublished: 2024-09-03\n---\n  • 2 Sep 2024 17:55\nBody.\n";
    let (a, _) = parse("a.txt", text);
    assert_eq!(
        date_of(&a),
        Some(("2024-09-03".into(), DateOrigin::FrontMatter))
    );
}

// ---------------------------------------------------------------------------------------------
// line_col
// ---------------------------------------------------------------------------------------------

#[test]
fn line_col_counts_characters_not_bytes() {
    let text = "Tinzaouatène – « 47 soldats »\nÀ Gao, 12 civils tués.\n";
    let (a, _) = parse("fr.txt", text);
    // "Tinzaouatène – « " is 17 characters (21 bytes).
    let at47 = text.find("47").unwrap();
    assert_eq!(at47, 21);
    assert_eq!(a.line_col(at47), (1, 18));
    // "À Gao, " is 7 characters (8 bytes).
    let at12 = text.find("12").unwrap();
    assert_eq!(a.line_col(at12), (2, 8));
    assert_eq!(a.line_col(0), (1, 1));
    let second_line = text.find('À').unwrap();
    assert_eq!(a.line_col(second_line), (2, 1));
    // The newline itself is the last column of its line.
    let newline = text.find('\n').unwrap();
    assert_eq!(a.line_col(newline), (1, 30));
}

// ---------------------------------------------------------------------------------------------
// Stories
// ---------------------------------------------------------------------------------------------

#[test]
fn manifest_fields_apply_to_their_source() {
    let dir = write_story(&[
        ("a.txt", BODY),
        ("b.txt", BODY),
        (
            "story.yaml",
            "title: A story\nsources:\n  a:\n    outlet: Outlet A\n    published: 2024-02-03\n    \
             url: https://a.example\n    lang: en\n    title: Headline A\n",
        ),
    ]);
    let story = Story::load(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(story.dir.as_deref(), Some(dir.path()));
    assert_eq!(ids(&story), ["a", "b"]);
    let a = &story.articles[0];
    assert_eq!(a.meta.outlet.as_deref(), Some("Outlet A"));
    assert_eq!(a.meta.url.as_deref(), Some("https://a.example"));
    assert_eq!(a.meta.lang.as_deref(), Some("en"));
    assert_eq!(a.meta.title.as_deref(), Some("Headline A"));
    assert_eq!(
        date_of(a),
        Some(("2024-02-03".into(), DateOrigin::Manifest))
    );
    let b = &story.articles[1];
    assert_eq!(b.meta, Default::default());
    assert_eq!(date_of(b), None);
    // Only b, which has no date anywhere, is warned about.
    assert_eq!(story.warnings.len(), 1, "{:?}", story.warnings);
    assert_eq!(story.warnings[0].path, dir.path().join("b.txt"));
}

#[test]
fn manifest_source_without_a_file_is_an_error_naming_it() {
    let dir = write_story(&[
        ("a.txt", BODY),
        ("story.yaml", "sources:\n  missing_one:\n    outlet: X\n"),
    ]);
    let e = Story::load(&[dir.path().to_path_buf()]).unwrap_err();
    let msg = e.to_string();
    assert!(
        msg.starts_with(&dir.path().join("story.yaml").display().to_string()),
        "{msg}"
    );
    assert!(msg.contains("missing_one"), "{msg}");
}

#[test]
fn manifest_unknown_key_is_kept_and_a_bad_value_located() {
    let dir = write_story(&[
        ("a.txt", BODY),
        (
            "story.yaml",
            "sources:\n  a:\n    outlett: X\n    pubDate: [1]\n",
        ),
    ]);
    let story = Story::load(&[dir.path().to_path_buf()]).unwrap();
    let a = &story.articles[0];
    assert_eq!(a.meta.extra["outlett"], "X");
    assert_eq!(a.meta.extra["pubDate"], serde_json::json!([1]));
    let w = story
        .warnings
        .iter()
        .find(|w| w.message.contains("pubDate"))
        .expect("a warning for pubDate");
    assert_eq!(w.path, dir.path().join("story.yaml"));
    assert!(
        w.message.starts_with("4:14: pubDate: a list"),
        "{}",
        w.message
    );
}

#[test]
fn articles_are_sorted_by_id() {
    let dir = write_story(&[
        ("c.txt", BODY),
        ("a.md", BODY),
        ("b", BODY),
        ("B2.txt", BODY),
    ]);
    let story = Story::load(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(ids(&story), ["B2", "a", "b", "c"]);
    // Files given one by one are sorted too.
    let files: Vec<PathBuf> = ["c.txt", "b", "a.md"]
        .iter()
        .map(|f| dir.path().join(f))
        .collect();
    let story = Story::load(&files).unwrap();
    assert_eq!(story.dir, None);
    assert_eq!(ids(&story), ["a", "b", "c"]);
}

#[test]
fn hidden_files_config_files_and_subdirectories_are_not_articles() {
    let dir = write_story(&[
        ("a.txt", BODY),
        (".b.txt", BODY),
        (".DS_Store", "junk"),
        ("expected.yaml", "facts: {}\n"),
        ("rules.yaml", "version: 1\n"),
        ("extra.yml", "x: 1\n"),
        ("meta.json", "{}\n"),
        ("story.yaml", "sources: {}\n"),
        ("z.md", BODY),
    ]);
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/c.txt"), BODY).unwrap();
    let story = Story::load(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(ids(&story), ["a", "z"]);
}

#[test]
fn two_files_with_one_stem_are_an_error_naming_both() {
    let dir = write_story(&[("a.txt", BODY), ("a.md", BODY)]);
    let e = Story::load(&[dir.path().to_path_buf()]).unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("a.txt") && msg.contains("a.md"), "{msg}");
}

#[test]
fn a_directory_among_several_paths_is_an_error() {
    let dir = write_story(&[("a.txt", BODY)]);
    let e = Story::load(&[dir.path().to_path_buf(), dir.path().join("a.txt")]).unwrap_err();
    assert!(
        e.to_string().starts_with(&dir.path().display().to_string()),
        "{e}"
    );
}

#[test]
fn latin1_is_decoded_with_a_warning_and_an_error_only_with_strict() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.txt");
    std::fs::write(&path, b"Dix civils tu\xe9s.\n").unwrap();
    let story = Story::load(std::slice::from_ref(&path)).unwrap();
    assert_eq!(story.articles[0].text, "Dix civils tués.\n");
    assert!(
        story
            .warnings
            .iter()
            .any(|w| w.path == path && w.message.contains("offset 13")),
        "{:?}",
        story.warnings
    );
    let strict = LoadOptions { strict: true };
    match Story::load_with(std::slice::from_ref(&path), strict).unwrap_err() {
        Error::Input {
            path: p,
            kind: InputError::NotUtf8 { offset },
        } => {
            assert_eq!(p, path);
            assert_eq!(offset, 13);
        }
        other => panic!("expected NotUtf8, got {other:?}"),
    }
}

#[test]
fn an_empty_article_is_skipped_and_listed() {
    let dir = write_story(&[("a.txt", BODY), ("blank.txt", "  \n")]);
    let story = Story::load(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(ids(&story), ["a"]);
    assert_eq!(story.skipped, [dir.path().join("blank.txt")]);
}

#[test]
fn files_read_in_any_order_gather_into_the_story_load_gives() {
    let dir = write_story(&[
        ("a.txt", BODY),
        (
            "b.txt",
            "---\npublished: 2024-02-03\n---\nTwo soldiers were hurt.\n",
        ),
        ("blank.txt", "\n"),
        ("c.txt", BODY),
    ]);
    std::fs::write(dir.path().join("latin1.txt"), b"Dix civils tu\xe9s.\n").unwrap();
    let paths = [dir.path().to_path_buf()];
    let loaded = Story::load(&paths).unwrap();
    let files = StoryFiles::list(&paths, LoadOptions::default()).unwrap();
    assert_eq!(files.dir(), Some(dir.path()));
    // Last file first, as threads may finish them; each read keeps only the id.
    let mut reads: Vec<_> = files
        .files()
        .iter()
        .rev()
        .map(|f| files.read(f).map(|a| IdOnly(a.id, a.path)))
        .collect();
    reads.reverse();
    let gathered = files.gather(reads).unwrap();
    let gathered_ids: Vec<&str> = gathered.articles.iter().map(|a| a.0.as_str()).collect();
    assert_eq!(gathered_ids, ids(&loaded));
    assert_eq!(gathered_ids, ["a", "b", "c", "latin1"]);
    assert_eq!(gathered.warnings, loaded.warnings);
    assert_eq!(gathered.skipped, loaded.skipped);
    // Warnings in file order: a's date, blank's skip, c's date, then latin1's encoding and date.
    let order: Vec<&str> = loaded
        .warnings
        .iter()
        .map(|w| w.path.file_name().unwrap().to_str().unwrap())
        .collect();
    assert_eq!(
        order,
        ["a.txt", "blank.txt", "c.txt", "latin1.txt", "latin1.txt"]
    );
}

/// What a caller may keep of an article: here its id and path alone.
struct IdOnly(String, PathBuf);

impl claimdiff::ingest::Source for IdOnly {
    fn id(&self) -> &str {
        &self.0
    }

    fn path(&self) -> &Path {
        &self.1
    }
}

#[test]
fn missing_file_is_an_io_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nope.txt");
    let e = Story::load(std::slice::from_ref(&path)).unwrap_err();
    assert!(matches!(e, Error::Io { .. }), "{e:?}");
    assert!(e.to_string().contains("nope.txt"), "{e}");
}

#[test]
fn sahel_fixture_loads_with_manifest_and_text_dates() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let story = Story::load(&[root.join("fixtures/sahel-2024")]).unwrap();
    assert_eq!(story.articles.len(), 5);
    let a0 = &story.articles[0];
    assert_eq!(a0.id, "000_0eb5f3827cff8959");
    assert_eq!(a0.meta.outlet.as_deref(), Some("Le Monde (with AFP)"));
    assert_eq!(
        date_of(a0),
        Some(("2024-09-02".into(), DateOrigin::Manifest))
    );
    // 001 states its date on a byline line: the date origin points at that line.
    let a1 = &story.articles[1];
    let Some((date, DateOrigin::Text { line })) = date_of(a1) else {
        panic!("001 has a date from its text: {:?}", a1.published);
    };
    assert_eq!(date, "2024-09-02");
    let line_text = a1.text.split('\n').nth(line - 1).unwrap();
    assert!(line_text.contains("2 Sep 2024"), "line {line}: {line_text}");
}
