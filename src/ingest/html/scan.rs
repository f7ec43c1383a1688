//! One linear pass over the HTML source: the characters a reader sees, each with the byte
//! offset it was written at, and how deeply the elements nest.
//!
//! The HTML5 parser builds a tree and forgets where each piece of text came from, so the text
//! the extractor keeps is found again here, in the source, to give evidence a line and column
//! in the file the user has. This is deliberately not a parser: it skips tags, comments and the
//! contents of elements whose text is never shown (scripts, styles, the `<title>`), decodes
//! character references, and drops whitespace, which the parser collapses anyway. What it
//! yields only has to be good enough to find a paragraph's characters in order.
//!
//! The same pass measures nesting, because building and scoring a tree costs time that grows
//! with the depth of every node: a page nested thousands of levels deep is refused before the
//! parser sees it (see [`super::MAX_DEPTH`]).

/// The visible characters of an HTML source, whitespace left out.
#[derive(Debug, Default)]
pub(super) struct Visible {
    /// The characters, concatenated.
    pub hay: String,
    /// For each byte of `hay`, the byte offset in the source of the character it belongs to
    /// (for a decoded character reference, the offset of its `&`).
    pub at: Vec<u32>,
    /// The deepest nesting of elements met (elements whose end tag may be left out, and void
    /// elements, are not counted: they do not nest when unclosed).
    pub depth: usize,
    /// The page's canonical URL: its `<link rel="canonical">`, else its `og:url`.
    pub canonical: Option<String>,
    /// Whether `canonical` came from a `<link rel="canonical">` (which an `og:url` does not
    /// replace).
    linked: bool,
}

/// Elements whose contents are never shown as text: skipped up to their end tag.
const HIDDEN: &[&str] = &[
    "script", "style", "title", "noscript", "textarea", "template", "iframe", "noembed",
    "noframes", "xmp", "svg", "math",
];

/// Void elements (no end tag) and elements whose end tag may be omitted: an unclosed one is
/// closed by the parser rather than nested, so counting it would overstate the depth.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
    "tfoot", "rb", "rt", "rp", "colgroup", "caption", "html", "head", "body",
];

/// Scans `source[start..]`: its visible characters and nesting depth. Linear in the length.
pub(super) fn scan(source: &str, start: usize) -> Visible {
    let mut v = Visible::default();
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => match tag(source, i) {
                Some(Tag {
                    end,
                    name,
                    closing,
                    self_closing,
                }) => {
                    let name = name.to_ascii_lowercase();
                    let nests = !NOT_NESTING.contains(&name.as_str());
                    if closing {
                        depth = depth.saturating_sub(usize::from(nests));
                        i = end;
                    } else if HIDDEN.contains(&name.as_str()) && !self_closing {
                        i = skip_to_end_tag(source, end, &name);
                    } else {
                        if name == "link" || name == "meta" {
                            v.note_url(&source[i..end]);
                        }
                        if nests && !self_closing {
                            depth += 1;
                            v.depth = v.depth.max(depth);
                        }
                        i = end;
                    }
                }
                None => i = skip_markup(source, i),
            },
            b'&' => i = reference(source, i, &mut v),
            _ => {
                let c = source[i..].chars().next().unwrap_or(' ');
                if !c.is_whitespace() {
                    v.push(c, i);
                }
                i += c.len_utf8();
            }
        }
    }
    v
}

impl Visible {
    /// Takes the canonical URL from a `<link>` or `<meta>` tag (`tag` is its whole text).
    fn note_url(&mut self, tag: &str) {
        if self.linked {
            return;
        }
        let is = |name: &str, value: &str| {
            attribute(tag, name).is_some_and(|v| v.eq_ignore_ascii_case(value))
        };
        let (url, linked) = if is("rel", "canonical") {
            (attribute(tag, "href"), true)
        } else if self.canonical.is_none() && is("property", "og:url") {
            (attribute(tag, "content"), false)
        } else {
            return;
        };
        if let Some(url) = url.map(str::trim).filter(|u| !u.is_empty()) {
            self.canonical = Some(html_escape::decode_html_entities(url).into_owned());
            self.linked = linked;
        }
    }

    fn push(&mut self, c: char, offset: usize) {
        self.hay.push(c);
        let offset = u32::try_from(offset).unwrap_or(u32::MAX);
        self.at.extend(std::iter::repeat_n(offset, c.len_utf8()));
    }
}

/// The value of attribute `name` in a tag's text (`<link rel="canonical" href=…>`): quoted or
/// not, the name in any case.
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let bytes = tag.as_bytes();
    let mut from = 0;
    while let Some(p) = tag[from..].to_ascii_lowercase().find(name) {
        let at = from + p;
        from = at + name.len();
        let before_ok = at > 0 && bytes[at - 1].is_ascii_whitespace();
        let rest = tag[from..].trim_start();
        let Some(value) = rest.strip_prefix('=').map(str::trim_start) else {
            continue;
        };
        if !before_ok {
            continue;
        }
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
            _ => value
                .split(|c: char| c.is_ascii_whitespace() || c == '>')
                .next()
                .unwrap_or(""),
        });
    }
    None
}

/// A start or end tag at `at`.
struct Tag<'s> {
    /// Just past its `>`.
    end: usize,
    name: &'s str,
    closing: bool,
    self_closing: bool,
}

/// The tag starting at `source[at] == '<'`, or `None` when what follows is not a tag name (a
/// comment, a doctype, or a literal `<`).
fn tag(source: &str, at: usize) -> Option<Tag<'_>> {
    let bytes = source.as_bytes();
    let closing = bytes.get(at + 1) == Some(&b'/');
    let name_start = at + 1 + usize::from(closing);
    if !bytes.get(name_start)?.is_ascii_alphabetic() {
        return None;
    }
    let name_end = name_start
        + bytes[name_start..]
            .iter()
            .position(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'))
            .unwrap_or(bytes.len() - name_start);
    // Attributes: a `>` inside a quoted value does not end the tag.
    let mut quote = None;
    let mut i = name_end;
    while i < bytes.len() {
        match (quote, bytes[i]) {
            (None, b'>') => break,
            (None, q @ (b'"' | b'\'')) => quote = Some(q),
            (Some(q), b) if b == q => quote = None,
            _ => {}
        }
        i += 1;
    }
    Some(Tag {
        end: (i + 1).min(bytes.len()),
        name: &source[name_start..name_end],
        closing,
        self_closing: i > 0 && bytes.get(i - 1) == Some(&b'/'),
    })
}

/// Past a comment (`<!-- … -->`), a doctype or processing instruction (`<! … >`, `<? … >`),
/// or a literal `<` (one byte).
fn skip_markup(source: &str, at: usize) -> usize {
    let rest = &source[at..];
    let find = |pat: &str, from: usize| rest[from..].find(pat).map(|p| at + from + p + pat.len());
    if rest.starts_with("<!--") {
        find("-->", 4).unwrap_or(source.len())
    } else if rest.starts_with("<!") || rest.starts_with("<?") {
        find(">", 2).unwrap_or(source.len())
    } else {
        at + 1
    }
}

/// Past the end tag `</name` that closes a hidden element whose contents start at `from`.
fn skip_to_end_tag(source: &str, from: usize, name: &str) -> usize {
    let bytes = source.as_bytes();
    let mut i = from;
    while let Some(p) = memchr_lt(&bytes[i..]) {
        let at = i + p;
        let after = at + 2 + name.len();
        if bytes.get(at + 1) == Some(&b'/')
            && bytes
                .get(at + 2..after)
                .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
        {
            return tag(source, at).map_or(after, |t| t.end);
        }
        i = at + 1;
    }
    source.len()
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'<')
}

/// Decodes the character reference at `source[at] == '&'` into `v`; returns where scanning
/// goes on. A `&` that starts no reference is itself a character.
fn reference(source: &str, at: usize, v: &mut Visible) -> usize {
    const LONGEST: usize = 40;
    let bytes = source.as_bytes();
    let semicolon = bytes[at + 1..]
        .iter()
        .take(LONGEST)
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'#'))
        .map(|p| at + 1 + p)
        .filter(|&p| bytes[p] == b';' && p > at + 1);
    let Some(end) = semicolon else {
        v.push('&', at);
        return at + 1;
    };
    let written = &source[at..=end];
    let decoded = html_escape::decode_html_entities(written);
    if decoded == written {
        v.push('&', at);
        return at + 1;
    }
    for c in decoded.chars().filter(|c| !c.is_whitespace()) {
        v.push(c, at);
    }
    end + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_leaves_out_tags_scripts_and_whitespace_and_decodes_references() {
        let src = "<p class=\"a>b\">Said &ldquo;no&rdquo;</p><script>x = \"<p>42 killed\";</script>\
                   <!-- c --><p>A &amp; B</p>";
        let v = scan(src, 0);
        assert_eq!(v.hay, "Said“no”A&B");
        // "S" is at its own offset; the opening quote maps to the `&` of `&ldquo;`.
        assert_eq!(v.at[0] as usize, src.find("Said").unwrap());
        assert_eq!(v.at[4] as usize, src.find("&ldquo;").unwrap());
    }

    #[test]
    fn depth_counts_nested_elements_but_not_unclosed_paragraphs() {
        let nested = format!("{}x{}", "<div>".repeat(50), "</div>".repeat(50));
        assert_eq!(scan(&nested, 0).depth, 50);
        let paragraphs = "<p>one<p>two<p>three<br><img src=a>";
        assert_eq!(scan(paragraphs, 0).depth, 0);
    }

    #[test]
    fn the_canonical_link_is_the_url_and_og_url_the_fallback() {
        let og = "<meta property=\"og:url\" content=\"https://x.org/og?a=1&amp;b=2\">";
        let link = "<LINK REL=canonical HREF='https://x.org/canonical'>";
        assert_eq!(
            scan(og, 0).canonical.as_deref(),
            Some("https://x.org/og?a=1&b=2")
        );
        let both = format!("<head>{og}{link}</head>");
        assert_eq!(
            scan(&both, 0).canonical.as_deref(),
            Some("https://x.org/canonical")
        );
        assert_eq!(scan("<meta name=og:url-ish content=x>", 0).canonical, None);
    }

    #[test]
    fn an_unterminated_tag_or_comment_ends_the_scan_without_panicking() {
        for src in [
            "<div class=\"",
            "<!-- never closed",
            "<script>var a",
            "&#",
            "a <",
            "<",
        ] {
            let _ = scan(src, 0);
        }
    }
}
