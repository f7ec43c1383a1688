//! Compiles the built-in rules (`rules/default.yaml`) to JSON at build time: every run loads the
//! defaults, and decoding JSON costs a fraction of decoding YAML (the defaults were about a sixth
//! of a small story's whole run). The YAML stays the source people edit; a test checks that the
//! rule set built from either is the same.

use std::path::PathBuf;

fn main() {
    let source = "rules/default.yaml";
    println!("cargo::rerun-if-changed={source}");
    let yaml = std::fs::read_to_string(source).expect("rules/default.yaml is readable");
    let value: serde_json::Value = match serde_yaml::from_str(&yaml) {
        Ok(value) => value,
        Err(e) => panic!("{source}: {e}"),
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let json = serde_json::to_string(&value).expect("a YAML value is JSON");
    std::fs::write(out.join("default-rules.json"), json).expect("OUT_DIR is writable");
}
