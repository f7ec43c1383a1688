//! Helpers shared by the test modules: run the binary in the repository root, parse its JSON,
//! write temporary stories and check that reported spans point at the reported text.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// The repository root; every command runs there so relative fixture paths resolve.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `claimdiff` in the repository root, with no colour hints inherited from the environment.
pub fn claimdiff() -> Command {
    let mut cmd = Command::cargo_bin("claimdiff").expect("the claimdiff binary is built");
    cmd.current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE");
    cmd
}

/// What one run produced.
pub struct Run {
    /// The exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

pub fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("claimdiff runs");
    let run = Run {
        code: out
            .status
            .code()
            .expect("claimdiff exits with a code, not a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    };
    assert!(
        !run.stderr.contains("panicked"),
        "claimdiff panicked:\n{}",
        run.stderr
    );
    run
}

pub fn claimdiff_run<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    run(claimdiff().args(args))
}

pub fn json(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{stdout}"))
}

pub fn read(path: impl AsRef<Path>) -> String {
    let path = root().join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Writes `files` (name, contents) into a fresh temporary directory.
pub fn story(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write a story file");
    }
    dir
}

/// Asserts that `surface` starts at 1-based `line` and `column` (characters) of `text`.
pub fn assert_surface_at(text: &str, line: u64, column: u64, surface: &str, what: &str) {
    assert!(line >= 1 && column >= 1, "{what}: line/column are 1-based");
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line as usize - 1)
        .map(str::len)
        .sum();
    let line_text = text[line_start..].split('\n').next().unwrap_or("");
    assert!(
        line_text.chars().count() >= column as usize,
        "{what}: line {line} has only {} characters, column {column} is past its end",
        line_text.chars().count()
    );
    let offset = line_start
        + line_text
            .char_indices()
            .nth(column as usize - 1)
            .map(|(i, _)| i)
            .unwrap();
    assert!(
        text[offset..].starts_with(surface),
        "{what}: `{surface}` is not at {line}:{column}; the text there is `{}`",
        text[offset..]
            .chars()
            .take(surface.chars().count() + 10)
            .collect::<String>()
    );
}

/// The claims of the one source in `claims --format json` output.
pub fn claims_of(path: &str) -> Vec<Value> {
    let r = claimdiff_run(["claims", path, "--format", "json"]);
    assert_eq!(r.code, 0, "claims {path} failed:\n{}", r.stderr);
    let doc = json(&r.stdout);
    assert_eq!(doc["schema_version"], 1);
    let sources = doc["sources"].as_array().expect("sources is an array");
    assert_eq!(sources.len(), 1, "one file, one source");
    let claims = sources[0]["claims"].as_array().expect("claims is an array");
    assert_eq!(
        sources[0]["claim_count"].as_u64(),
        Some(claims.len() as u64),
        "claim_count matches the claims listed"
    );
    claims.clone()
}

pub fn str_of<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` is not a string in {v}"))
}

pub fn is_exact(claim: &Value, n: u64) -> bool {
    claim["value"]["min"].as_u64() == Some(n) && claim["value"]["max"].as_u64() == Some(n)
}

/// The facts of `claimdiff check PATH --format json --fail-on never`; the run must succeed.
pub fn check_facts(path: &str) -> Vec<Value> {
    let r = claimdiff_run(["check", path, "--format", "json", "--fail-on", "never"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    json(&r.stdout)["facts"].as_array().unwrap().clone()
}

/// The fact with id `id`; fails listing the ids there are.
pub fn fact_by_id<'a>(facts: &'a [Value], id: &str) -> &'a Value {
    facts.iter().find(|f| f["id"] == id).unwrap_or_else(|| {
        let ids: Vec<&str> = facts.iter().filter_map(|f| f["id"].as_str()).collect();
        panic!("no fact {id} in {ids:?}")
    })
}
