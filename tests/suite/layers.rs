//! The shape of `src/`: data flows one way. Every `use` and `crate::`/`super::` path of every
//! library file is resolved to the module file it names, and the test fails on
//! - an arrow from a module to one declared after it in `src/lib.rs` (an earlier stage reaching
//!   into a later one, a shared type depending on a stage, the library depending on the command
//!   line);
//! - a loop between files (two files that import each other, or a longer ring), apart from a
//!   module and its own submodules, which may read each other.
//!
//! Unit tests (`tests.rs`, `tests/`, `#[cfg(test)]` blocks) may import anything and are skipped.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::common::root;

/// The top-level modules as `src/lib.rs` declares them, lowest first: lib.rs is the crate's
/// table of contents, and each module may import only itself and modules declared before it.
fn layers() -> Vec<String> {
    let lib = std::fs::read_to_string(root().join("src/lib.rs")).unwrap();
    lib.lines()
        .filter_map(|l| l.trim().strip_suffix(';'))
        .filter_map(|l| l.rsplit_once("mod ").map(|(_, name)| name.to_string()))
        .collect()
}

type Module = Vec<String>;

#[test]
fn imports_go_one_way_and_form_no_loop() {
    let files = library_files();
    let graph: BTreeMap<&Module, BTreeSet<Module>> = files
        .iter()
        .map(|(m, text)| (m, imports(m, text, &files)))
        .collect();
    let layers = layers();
    let rank = |top: &str| layers.iter().position(|l| l == top).unwrap_or(usize::MAX);
    let mut wrong = Vec::new();
    for (from, targets) in &graph {
        for to in targets {
            if rank(&to[0]) > rank(&from[0]) {
                wrong.push(format!("{} -> {}", name(from), name(to)));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "arrows against the layers:\n{}",
        wrong.join("\n")
    );
    let loops = loops(&graph);
    assert!(loops.is_empty(), "import loops: {loops:?}");
}

#[test]
fn every_top_level_module_has_a_layer() {
    let files = library_files();
    let layers = layers();
    assert!(layers.len() > 10, "modules read from lib.rs: {layers:?}");
    let missing: BTreeSet<&str> = files
        .keys()
        .filter_map(|m| m.first())
        .filter(|top| !layers.contains(top))
        .map(String::as_str)
        .collect();
    assert!(
        missing.is_empty(),
        "give these modules a layer: {missing:?}"
    );
}

/// A loop the test must find, so that it is known to find loops at all.
#[test]
fn a_two_file_loop_is_found() {
    let module = |s: &str| s.split("::").map(String::from).collect::<Module>();
    let files: BTreeMap<Module, String> = [
        (module("a::x"), "use crate::a::y::f;".to_string()),
        (module("a::y"), "fn g() { crate::a::x::h() }".to_string()),
        (module("a"), String::new()),
    ]
    .into_iter()
    .collect();
    let graph = files
        .iter()
        .map(|(m, text)| (m, imports(m, text, &files)))
        .collect();
    assert_eq!(
        loops(&graph),
        [vec!["a::x".to_string(), "a::y".to_string()]]
    );
}

fn name(m: &Module) -> String {
    m.join("::")
}

/// Every library file but the binary and unit tests, by module path, with its text.
fn library_files() -> BTreeMap<Module, String> {
    let mut files = BTreeMap::new();
    let src = root().join("src");
    let mut dirs = vec![src.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "tests") {
                    dirs.push(path);
                }
                continue;
            }
            if path.extension().is_some_and(|e| e == "rs") {
                if let Some(m) = module_of(&path, &src) {
                    files.insert(m, std::fs::read_to_string(&path).unwrap());
                }
            }
        }
    }
    files
}

fn module_of(path: &Path, src: &Path) -> Option<Module> {
    let rel = path.strip_prefix(src).ok()?.with_extension("");
    let mut m: Module = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    match m.last()?.as_str() {
        // Unit tests may import anything; the crate roots import their own modules.
        "tests" => None,
        "lib" | "main" if m.len() == 1 => None,
        "mod" => {
            m.pop();
            Some(m)
        }
        _ => Some(m),
    }
}

/// The library modules `text` (the file of `module`) names, apart from itself, its ancestors
/// and its descendants.
fn imports(module: &Module, text: &str, files: &BTreeMap<Module, String>) -> BTreeSet<Module> {
    let code = without_tests(&without_comments(text));
    let mut paths: Vec<String> = Vec::new();
    for statement in use_statements(&code) {
        paths.extend(expand(&statement));
    }
    paths.extend(inline_paths(&code));
    let mut found = BTreeSet::new();
    for path in paths {
        let segments: Vec<&str> = path.split("::").collect();
        let Some(full) = absolute(module, &segments) else {
            continue;
        };
        let target = (0..=full.len())
            .rev()
            .map(|n| full[..n].to_vec())
            .find(|prefix| files.contains_key(prefix));
        if let Some(t) = target {
            let related = t.starts_with(module) || module.starts_with(&t);
            if !related {
                found.insert(t);
            }
        }
    }
    found
}

/// A path from `crate`, `super` or `self` made absolute; other paths (std, crates, locals) are
/// none of the library's files.
fn absolute(module: &Module, segments: &[&str]) -> Option<Module> {
    let (mut base, mut rest) = match *segments.first()? {
        "crate" => (Vec::new(), &segments[1..]),
        "self" => (module.clone(), &segments[1..]),
        "super" => (
            module[..module.len().saturating_sub(1)].to_vec(),
            &segments[1..],
        ),
        _ => return None,
    };
    while rest.first() == Some(&"super") {
        base.pop();
        rest = &rest[1..];
    }
    base.extend(rest.iter().map(|s| s.to_string()));
    Some(base)
}

fn without_comments(text: &str) -> String {
    text.lines()
        .map(|l| l.split_once("//").map_or(l, |(code, _)| code))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `code` without its `#[cfg(test)]` items (a `mod tests { … }` block or a `use`).
fn without_tests(code: &str) -> String {
    let mut out = String::new();
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let semi = after.find(';').unwrap_or(after.len());
        let brace = after.find('{').unwrap_or(after.len());
        if semi < brace {
            rest = &after[(semi + 1).min(after.len())..];
            continue;
        }
        let mut depth = 0;
        let mut end = after.len();
        for (i, c) in after.char_indices().skip(brace) {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The trees of every `use` item, whitespace removed: `crate::a::{b,c::d}`.
fn use_statements(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let boundary = rest[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && c != '_');
        rest = &rest[at + 4..];
        if !boundary {
            continue;
        }
        let end = rest.find(';').unwrap_or(rest.len());
        found.push(rest[..end].chars().filter(|c| !c.is_whitespace()).collect());
        rest = &rest[end..];
    }
    found
}

/// `a::{b,c::{d,e}}` as `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let Some(open) = tree.find('{') else {
        return vec![tree.trim_end_matches("::*").to_string()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| {
            let p = p.split(" as ").next().unwrap_or(p);
            match p {
                "self" => vec![prefix.trim_end_matches("::").to_string()],
                _ => expand(&format!("{prefix}{p}")),
            }
        })
        .collect()
}

/// Paths written in code: `crate::a::b`, `super::c`.
fn inline_paths(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    for start in ["crate::", "super::"] {
        for (at, _) in code.match_indices(start) {
            let boundary = code[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric() && c != '_' && c != ':');
            if !boundary {
                continue;
            }
            let end = code[at..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |e| at + e);
            found.push(code[at..end].trim_end_matches(':').to_string());
        }
    }
    found
}

/// Rings of files that reach each other (strongly connected components of more than one).
fn loops(graph: &BTreeMap<&Module, BTreeSet<Module>>) -> Vec<Vec<String>> {
    let nodes: Vec<&Module> = graph.keys().copied().collect();
    let reach = |from: &Module| -> BTreeSet<Module> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(m) = todo.pop() {
            for next in graph.get(&m).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&Module, BTreeSet<Module>> =
        nodes.iter().map(|m| (*m, reach(m))).collect();
    let mut rings: BTreeSet<Vec<String>> = BTreeSet::new();
    for m in &nodes {
        let ring: Vec<String> = nodes
            .iter()
            .filter(|o| reached[m].contains(**o) && reached[**o].contains(*m))
            .map(|o| name(o))
            .collect();
        if ring.len() > 1 {
            rings.insert(ring);
        }
    }
    rings.into_iter().collect()
}
