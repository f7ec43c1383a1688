//! Name variant clustering on 100,000 synthetic mentions.
//!
//! 5,000 base names are built from syllables (about a third of them persons: a given name and a
//! surname), no two of them variants by the clustering rule itself; each mention is a base name,
//! half of them perturbed the way outlets do (an accent, a vowel changed, a space or hyphen
//! inserted, a letter doubled, capitals). The mentions are counted into distinct spellings as a
//! caller would, and [`cluster`] is timed on those, best and median of five runs. Recall is the
//! share of perturbed spellings that land in their base name's cluster; the mixing figure is the
//! share of clusters holding spellings of two or more bases. Everything is seeded, so every run
//! sees the same data. The figures are in BENCHMARKS.md.
//!
//! Run with `cargo bench --bench names`.

use std::collections::{BTreeMap, BTreeSet};
use std::hint::black_box;
use std::time::{Duration, Instant};

use claimdiff::names::cluster::{Spelling, VariantSettings, cluster, fold_key};

const MENTIONS: usize = 100_000;
const BASES: usize = 5_000;
const RUNS: usize = 5;

const SYLLABLES: &[&str] = &[
    "ba", "ma", "ko", "ou", "sa", "di", "ta", "ga", "ni", "ra", "mou", "kou", "djo", "tou", "za",
    "ha", "li", "fa", "sou", "lo", "de", "ke", "bi", "wa", "ya", "gou", "tin", "el", "ab", "na",
    "dou", "si", "mé", "ka", "zo", "ri", "bou", "te", "nia", "lé", "kha", "dia", "oua", "sse",
    "ndi", "mba", "tch", "gue", "ran", "kal", "hou", "fou", "yé", "ass", "ine", "oum", "dar",
];
const GIVEN: &[&str] = &[
    "Mohamed",
    "Abdoulaye",
    "Moussa",
    "Ibrahim",
    "Amadou",
    "Salem",
    "Ali",
    "Oumar",
    "Aïssata",
    "Fatoumata",
    "Mariam",
    "Boubacar",
    "Hamidou",
    "Seydou",
    "Issa",
    "Hassan",
    "Aminata",
    "Sidi",
    "Ousmane",
    "Mahamadou",
    "Adama",
    "Souleymane",
    "Alassane",
    "Kadidia",
    "Tiémoko",
    "Bakary",
];

/// xorshift64*: small, seeded, good enough to shuffle test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Base names, each with its person flag: distinct, and no two of them variants of each other by
/// the clustering rule itself (candidates are clustered and only representatives kept), so a
/// cluster mixing two bases is the perturbations' doing.
fn bases(rng: &mut Rng) -> Vec<(String, bool)> {
    let mut seen = BTreeSet::new();
    let mut candidates = Vec::with_capacity(2 * BASES);
    while candidates.len() < 2 * BASES {
        let word: String = (0..2 + rng.below(3)).map(|_| rng.pick(SYLLABLES)).collect();
        let person = rng.below(3) == 0;
        let name = if person {
            format!("{} {}", rng.pick(GIVEN), capitalised(&word))
        } else {
            capitalised(&word)
        };
        if seen.insert(fold_key(&name)) {
            candidates.push((name, person));
        }
    }
    let spellings: Vec<Spelling<'_>> = candidates
        .iter()
        .map(|(text, person)| Spelling {
            text,
            person: *person,
        })
        .collect();
    let out = cluster(&spellings, &VariantSettings::default());
    let mut kept = Vec::with_capacity(BASES);
    for (i, candidate) in candidates.iter().enumerate() {
        if out[i] == i && kept.len() < BASES {
            kept.push(candidate.clone());
        }
    }
    assert_eq!(kept.len(), BASES, "too few distinct base names");
    kept
}

/// One realistic change to a spelling.
fn perturb(rng: &mut Rng, name: &str) -> String {
    let mut chars: Vec<char> = name.chars().collect();
    let vowels: Vec<usize> = (1..chars.len())
        .filter(|&i| "aeiou".contains(chars[i]))
        .collect();
    let letters: Vec<usize> = (1..chars.len())
        .filter(|&i| chars[i].is_alphabetic())
        .collect();
    match rng.below(6) {
        0 if !vowels.is_empty() => {
            let i = vowels[rng.below(vowels.len())];
            chars[i] = match chars[i] {
                'a' => 'à',
                'e' => 'é',
                'i' => 'ï',
                'o' => 'ô',
                _ => 'ü',
            };
        }
        1 if !vowels.is_empty() => {
            let i = vowels[rng.below(vowels.len())];
            chars[i] = match chars[i] {
                'a' => 'e',
                'e' => 'i',
                'i' => 'e',
                'o' => 'u',
                _ => 'o',
            };
        }
        2 | 3 if letters.len() > 2 => {
            let i = letters[1 + rng.below(letters.len() - 1)];
            chars.insert(i, if rng.below(2) == 0 { ' ' } else { '-' });
        }
        4 if !letters.is_empty() => {
            let i = letters[rng.below(letters.len())];
            chars.insert(i, chars[i]);
        }
        _ => return name.to_uppercase(),
    }
    chars.into_iter().collect()
}

/// The mentions: every base once as it is, then random bases, half of them perturbed (a fifth of
/// those twice). Popular names come up more often (the square of a uniform draw).
fn mentions(rng: &mut Rng, bases: &[(String, bool)]) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = bases
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, b)| (b.0, i))
        .collect();
    while out.len() < MENTIONS {
        let u = rng.below(1 << 16) as f64 / f64::from(1 << 16);
        let base = ((u * u) * bases.len() as f64) as usize;
        let mut text = bases[base].0.clone();
        if rng.below(2) == 0 {
            text = perturb(rng, &text);
            if rng.below(5) == 0 {
                text = perturb(rng, &text);
            }
        }
        out.push((text, base));
    }
    out
}

fn peak_rss() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line["VmHWM:".len()..].trim().to_owned())
}

fn main() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let bases = bases(&mut rng);
    let mentions = mentions(&mut rng, &bases);

    // Distinct spellings, as a caller would count them: spelling → (mentions, first base seen).
    let mut distinct: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (text, base) in &mentions {
        distinct.entry(text).or_insert((0, *base)).0 += 1;
    }
    let spellings: Vec<Spelling<'_>> = distinct
        .keys()
        .map(|&text| Spelling {
            text,
            person: bases[distinct[text].1].1,
        })
        .collect();
    let origin: Vec<usize> = distinct.values().map(|v| v.1).collect();

    let settings = VariantSettings::default();
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    let mut out = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        out = black_box(cluster(black_box(&spellings), &settings));
        times.push(start.elapsed());
    }
    times.sort();

    // Recall: perturbed spellings in the cluster of their base's own spelling.
    let index: BTreeMap<&str, usize> = distinct.keys().enumerate().map(|(i, &t)| (t, i)).collect();
    let base_cluster: Vec<usize> = bases.iter().map(|b| out[index[b.0.as_str()]]).collect();
    let perturbed: Vec<usize> = (0..spellings.len())
        .filter(|&i| spellings[i].text != bases[origin[i]].0)
        .collect();
    let found = |of: &[usize]| {
        of.iter()
            .filter(|&&i| out[i] == base_cluster[origin[i]])
            .count()
    };
    // Bases too short to ever match fuzzily: their variants can only join by folded key.
    let long: Vec<usize> = perturbed
        .iter()
        .copied()
        .filter(|&i| fold_key(&bases[origin[i]].0).chars().count() >= settings.min_length)
        .collect();
    // Mixing: clusters holding spellings of more than one base.
    let mut cluster_bases: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (i, &rep) in out.iter().enumerate() {
        cluster_bases.entry(rep).or_default().insert(origin[i]);
    }
    let mixed = cluster_bases.values().filter(|b| b.len() > 1).count();

    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let row = |label: &str, value: String| println!("{label:<26}{value}");
    let persons = bases.iter().filter(|b| b.1).count();
    row("mentions:", mentions.len().to_string());
    row(
        "base names:",
        format!("{} ({persons} persons)", bases.len()),
    );
    row("distinct spellings:", spellings.len().to_string());
    row("clusters:", cluster_bases.len().to_string());
    row(
        "cluster time:",
        format!(
            "best {:.1} ms, median {:.1} ms ({RUNS} runs)",
            ms(times[0]),
            ms(times[RUNS / 2])
        ),
    );
    for (label, of) in [("recall:", &perturbed), ("recall, bases 5+ chars:", &long)] {
        let share = found(of) as f64 / of.len() as f64;
        let detail = format!("{} of {} perturbed spellings", found(of), of.len());
        row(
            label,
            format!("{share:.4} ({detail} in their base's cluster)"),
        );
    }
    let share = mixed as f64 / cluster_bases.len() as f64;
    let detail = format!(
        "{mixed} of {} hold spellings of two or more bases",
        cluster_bases.len()
    );
    row("mixed clusters:", format!("{share:.4} ({detail})"));
    if let Some(rss) = peak_rss() {
        row("peak RSS (VmHWM):", rss);
    }
}
