//! What every YAML input must be besides well-formed: of bounded size, and without a key
//! written twice in one mapping. serde_yaml keeps the last of two equal keys in a map without a
//! word (`events.raid` twice dropped a group), so each document is walked once before it is
//! decoded: a second key is an error at its own `line:column`.

use std::collections::HashSet;
use std::fmt;
use std::io::Read;
use std::path::Path;

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Visitor};

use crate::error::{Error, Result};

/// The largest YAML file read (rules, `story.yaml`): far above any real one (the built-in
/// rules are under 100 KiB), and a bound on what `--rules /dev/zero` or a runaway file costs.
/// Front matter is part of its article and bounded with it.
pub const MAX_YAML_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a YAML file of at most [`MAX_YAML_BYTES`], as UTF-8: a larger file is an error naming
/// it, found after reading one byte past the cap (so a pipe or a device that never ends is
/// refused too).
pub(crate) fn read_capped(path: &Path) -> Result<String> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    file.take(MAX_YAML_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_YAML_BYTES {
        return Err(Error::Yaml {
            path: path.to_path_buf(),
            location: None,
            message: format!(
                "larger than {} MiB, the most a YAML file may hold",
                MAX_YAML_BYTES >> 20
            ),
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        io(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("not UTF-8: {e}"),
        ))
    })
}

/// Checks that no mapping of the YAML document `text` writes a key twice. `line_offset` is
/// added to reported lines (front matter starts below its file's first line). Malformed YAML
/// passes: decoding reports it, with its own message.
pub(crate) fn check_unique_keys(text: &str, path: &Path, line_offset: usize) -> Result<()> {
    check(text, path, line_offset, Walk { phrases: false })
}

/// [`check_unique_keys`] for a rule file, which also refuses a phrase of only wildcards (`*`,
/// `* *`): it would match every word. Such a phrase is an error at its own `line:column`.
pub(crate) fn check_rules(text: &str, path: &Path) -> Result<()> {
    check(text, path, 0, Walk { phrases: true })
}

fn check(text: &str, path: &Path, line_offset: usize, walk: Walk) -> Result<()> {
    match serde_yaml::Deserializer::from_str(text)
        .next()
        .map(|doc| doc.deserialize_any(walk))
    {
        Some(Err(e))
            if [DUPLICATE, WILDCARD]
                .iter()
                .any(|m| e.to_string().contains(m)) =>
        {
            Err(Error::yaml(path, &e, line_offset))
        }
        _ => Ok(()),
    }
}

/// Visits a scalar, a sequence or a mapping, accepting any.
macro_rules! accept {
    ($($name:ident($ty:ty)),*) => {
        $(fn $name<E: de::Error>(self, _: $ty) -> std::result::Result<Self::Value, E> {
            Ok(Default::default())
        })*
    };
}

/// What the errors of the walk say (they are told from the parser's own errors by it).
const DUPLICATE: &str = "duplicate key";
const WILDCARD: &str = "a phrase of only `*` matches every word";

/// Walks a document, checking each mapping's keys and, in a rule file, each phrase (a string
/// in a sequence).
#[derive(Clone, Copy, Default)]
struct Walk {
    /// Whether strings in sequences are rule phrases.
    phrases: bool,
}

/// A string of a sequence in a rule file, walked.
#[derive(Clone, Copy)]
struct Element(Walk);

impl<'de> DeserializeSeed<'de> for Element {
    type Value = Walk;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Walk, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Element {
    type Value = Walk;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    accept!(
        visit_bool(bool),
        visit_i64(i64),
        visit_u64(u64),
        visit_f64(f64)
    );

    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Walk, E> {
        let wildcards = v.split_whitespace().all(|w| w == "*");
        if self.0.phrases && wildcards && !v.trim().is_empty() {
            return Err(E::custom(WILDCARD));
        }
        Ok(self.0)
    }

    fn visit_unit<E: de::Error>(self) -> std::result::Result<Walk, E> {
        Ok(self.0)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> std::result::Result<Walk, A::Error> {
        self.0.visit_seq(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> std::result::Result<Walk, A::Error> {
        self.0.visit_map(map)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> std::result::Result<Walk, A::Error> {
        self.0.visit_enum(data)
    }
}

impl<'de> DeserializeSeed<'de> for Walk {
    type Value = Walk;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Walk, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk {
    type Value = Walk;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    accept!(
        visit_bool(bool),
        visit_i64(i64),
        visit_u64(u64),
        visit_f64(f64),
        visit_str(&str)
    );

    fn visit_unit<E: de::Error>(self) -> std::result::Result<Walk, E> {
        Ok(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Walk, A::Error> {
        while seq.next_element_seed(Element(self))?.is_some() {}
        Ok(self)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<Walk, A::Error> {
        let mut seen = HashSet::new();
        while map.next_key_seed(Key(&mut seen))?.is_some() {
            map.next_value_seed(self)?;
        }
        Ok(self)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> std::result::Result<Walk, A::Error> {
        // A tagged value (`!tag value`): its value is walked.
        let (_, variant) = data.variant_seed(self)?;
        de::VariantAccess::newtype_variant_seed(variant, self)
    }
}

/// A mapping's key, checked against the keys seen before it in the mapping. A scalar key's
/// error carries the key's own position; a sequence or mapping as a key is walked and not
/// compared.
struct Key<'s>(&'s mut HashSet<String>);

impl<'de> DeserializeSeed<'de> for Key<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl Key<'_> {
    /// Records `key`; a key seen before is an error.
    fn record<E: de::Error>(self, key: String) -> std::result::Result<(), E> {
        if self.0.contains(&key) {
            return Err(E::custom(format!("{DUPLICATE} `{key}` in one mapping")));
        }
        self.0.insert(key);
        Ok(())
    }
}

impl<'de> Visitor<'de> for Key<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a mapping key")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> std::result::Result<(), E> {
        self.record(v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<(), E> {
        self.record(v.to_string())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<(), E> {
        self.record(v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<(), E> {
        self.record(v.to_string())
    }

    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<(), E> {
        self.record(v.to_string())
    }

    fn visit_unit<E: de::Error>(self) -> std::result::Result<(), E> {
        self.record("~".to_string())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> std::result::Result<(), A::Error> {
        Walk::default().visit_seq(seq).map(drop)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> std::result::Result<(), A::Error> {
        Walk::default().visit_map(map).map(drop)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> std::result::Result<(), A::Error> {
        Walk::default().visit_enum(data).map(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn located(text: &str) -> Option<(usize, usize)> {
        match check_unique_keys(text, Path::new("r.yaml"), 0) {
            Err(Error::Yaml {
                location, message, ..
            }) => {
                assert!(message.contains(DUPLICATE), "{message}");
                location
            }
            other => panic!("no duplicate found in {text:?}: {other:?}"),
        }
    }

    #[test]
    fn a_second_key_is_located_at_itself() {
        assert_eq!(located("events:\n  raid: [a]\n  raid: [b]\n"), Some((3, 3)));
        assert_eq!(located("a: 1\nb: 2\na: 3\n"), Some((3, 1)));
        assert_eq!(located("s:\n  - {x: 1, y: 2, x: 3}\n"), Some((2, 18)));
        assert_eq!(located("1: a\n\"1\": b\n"), Some((2, 1)));
    }

    #[test]
    fn a_phrase_of_only_wildcards_is_located_at_itself() {
        let text = "casualties:\n  attribution_verbs: [said, '*']\nevents:\n  raid: ['killed *', ' * * ']\n";
        let first = check_rules(text, Path::new("r.yaml"));
        assert!(
            matches!(&first, Err(Error::Yaml { location: Some((2, 29)), message, .. }) if message.contains(WILDCARD)),
            "{first:?}"
        );
        let later = check_rules(
            &text.replacen("'*'", "'*-year-old'", 1),
            Path::new("r.yaml"),
        );
        assert!(
            matches!(
                later,
                Err(Error::Yaml {
                    location: Some((4, 22)),
                    ..
                })
            ),
            "{later:?}"
        );
        // Outside a rule file a lone `*` is a value like any other.
        assert!(check_unique_keys(text, Path::new("story.yaml"), 0).is_ok());
    }

    #[test]
    fn equal_keys_in_different_mappings_and_malformed_yaml_pass() {
        let ok = "a:\n  x: 1\nb:\n  x: 2\nc: [{x: 1}, {x: 2}]\n";
        assert!(check_unique_keys(ok, Path::new("r.yaml"), 0).is_ok());
        assert!(check_unique_keys("a: [", Path::new("r.yaml"), 0).is_ok());
        assert!(check_unique_keys("", Path::new("r.yaml"), 0).is_ok());
    }
}
