//! Compiles the rule files shipped in `rules/` (`default.yaml`, and any other `*.yaml` beside
//! it) to JSON at build time: every run loads the defaults, and decoding JSON costs a fraction
//! of decoding YAML (the defaults were about a sixth of a small story's whole run). The YAML
//! stays the source people edit; a test checks that each file decodes to the same rules from
//! either form.
//!
//! Writes `OUT_DIR/rules/NAME.json` for each `rules/NAME.yaml`, and `OUT_DIR/shipped-rules.rs`:
//! the table `SHIPPED` of `(NAME, JSON)` pairs, sorted by name, that `src/rules` includes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let dir = Path::new("rules");
    // A file added to or removed from the folder changes the folder.
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut sources: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("rules/ is readable")
        .map(|entry| entry.expect("rules/ lists").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    sources.sort();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let compiled = out.join("rules");
    std::fs::create_dir_all(&compiled).expect("OUT_DIR is writable");
    let mut table = String::from("/// The rule files shipped in `rules/`, by name, as JSON.\n");
    table.push_str("pub(super) const SHIPPED: &[(&str, &str)] = &[\n");
    for source in &sources {
        println!("cargo::rerun-if-changed={}", source.display());
        let name = source
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("rule file names are UTF-8");
        let target = compiled.join(format!("{name}.json"));
        std::fs::write(&target, compile(source)).expect("OUT_DIR is writable");
        writeln!(
            table,
            "    ({name:?}, include_str!({:?})),",
            target.display()
        )
        .expect("a String takes writes");
    }
    table.push_str("];\n");
    std::fs::write(out.join("shipped-rules.rs"), table).expect("OUT_DIR is writable");
}

/// The YAML file `source` as JSON text.
fn compile(source: &Path) -> String {
    let yaml = std::fs::read_to_string(source)
        .unwrap_or_else(|e| panic!("{}: not readable: {e}", source.display()));
    let value: serde_json::Value = match serde_yaml::from_str(&yaml) {
        Ok(value) => value,
        Err(e) => panic!("{}: {e}", source.display()),
    };
    serde_json::to_string(&value).expect("a YAML value is JSON")
}
