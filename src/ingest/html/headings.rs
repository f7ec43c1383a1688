//! The headings of a page's extracted article: which of its paragraphs the page itself marks as
//! headings (`<h1>` … `<h6>`), so that segmentation keeps a two-word subhead ("Use Median") as
//! article structure instead of guessing from its shape that it is a label.

use std::collections::HashSet;

/// The text of every `<h1>` … `<h6>` element of `content` (the extracted article, as the HTML
/// the extractor serialises), tags left out, character references decoded and whitespace
/// collapsed. The serialiser writes tag names in lower case and escapes only `&`, `<`, `>`,
/// the no-break space and, in attributes, quotes, so those are the references decoded.
pub(super) fn heading_texts(content: &str) -> HashSet<String> {
    let mut texts = HashSet::new();
    let mut from = 0;
    while let Some(found) = content[from..].find("<h") {
        let at = from + found;
        from = at + 2;
        let level = content.as_bytes().get(at + 2).copied();
        let after = content.as_bytes().get(at + 3).copied();
        if !matches!(level, Some(b'1'..=b'6')) || !matches!(after, Some(b'>' | b' ' | b'/')) {
            continue;
        }
        let Some(open_end) = content[at..].find('>').map(|i| at + i + 1) else {
            break;
        };
        let close = format!("</h{}>", char::from(level.unwrap_or(b'1')));
        let Some(inner_end) = content[open_end..].find(&close).map(|i| open_end + i) else {
            continue;
        };
        let text = collapse(&decode(&strip_tags(&content[open_end..inner_end])));
        if !text.is_empty() {
            texts.insert(text);
        }
        from = inner_end + close.len();
    }
    texts
}

/// `html` without its tags (each replaced by a space, since a `<br>` separates words).
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        out.push(' ');
        rest = rest[open..]
            .find('>')
            .map_or("", |close| &rest[open + close + 1..]);
    }
    out.push_str(rest);
    out
}

/// The character references the serialiser writes, decoded (`&amp;` last, so that an escaped
/// reference stays as written).
fn decode(text: &str) -> String {
    text.replace("&nbsp;", "\u{a0}")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// `text` with every run of whitespace made one space, trimmed: paragraphs are compared so.
pub(super) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_elements_give_their_text() {
        let content = "<div><h1 class=\"t\">Market <em>attack</em></h1><p>Text.</p>\
                       <h2>Use&nbsp;Median</h2><header>Not one</header><h3>Q&amp;A\n  <br>time</h3>\
                       <hr><h4></h4><h7>No</h7>";
        let texts = heading_texts(content);
        let mut texts: Vec<_> = texts.into_iter().collect();
        texts.sort();
        assert_eq!(texts, ["Market attack", "Q&A time", "Use Median"]);
    }

    #[test]
    fn a_page_hands_its_headline_and_subheads_over_as_headings() {
        let source = "<!DOCTYPE html><html><head><title>Market attack kills twelve</title></head>\
                      <body><article><h1>Market attack kills twelve</h1>\
                      <p>Twelve civilians were killed in the attack on the market in Menaka on \
                      Saturday, the regional governor said in a statement read on local radio, \
                      adding that thirty people had been wounded in the attack.</p>\
                      <h2>Use <em>Median</em></h2>\
                      <p>The army said it had sent reinforcements to the town and that a search \
                      for the attackers was under way in the villages along the river.</p>\
                      </article></body></html>";
        let page = super::super::read(source, 0..source.len()).expect("a page");
        let headings: Vec<&str> = page
            .headings
            .iter()
            .map(|h| &page.text[h.clone()])
            .collect();
        assert_eq!(headings, ["Market attack kills twelve", "Use Median"]);
    }

    #[test]
    fn unclosed_or_cut_headings_are_skipped() {
        assert!(heading_texts("<h2>Never closed").is_empty());
        assert!(heading_texts("<h2").is_empty());
        assert_eq!(heading_texts("<h2>a</h3><h2>b</h2>").len(), 1);
    }
}
