//! A deterministic, news-like story generator: articles about one invented attack, with
//! casualty counts, dates, names and quotes that vary between articles the way outlets do (a toll
//! revised, a name spelled without its accent, a date written another way). Shared by
//! `benches/pipeline.rs` (which times the pipeline on it) and `tests/parallel.rs` (which checks
//! that parallel extraction changes nothing); std only, seeded, so every run sees the same text.

use std::fmt::Write as _;
use std::path::Path;

/// xorshift64*: small, seeded, good enough to vary test data.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// One of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const CITIES: &[&str] = &[
    "Ménaka",
    "Gao",
    "Mopti",
    "Ségou",
    "Douentza",
    "Bandiagara",
    "Kidal",
    "Tessalit",
];
const GIVEN: &[&str] = &[
    "Moussa",
    "Aminata",
    "Ibrahim",
    "Fatoumata",
    "Oumar",
    "Mariam",
    "Seydou",
    "Aïssata",
];
const FAMILY: &[&str] = &[
    "Traoré",
    "Coulibaly",
    "Diallo",
    "Keïta",
    "Maïga",
    "Touré",
    "Cissé",
    "Sangaré",
];
const ROLES: &[&str] = &[
    "a spokesman for the army",
    "the regional governor",
    "a local official",
    "a doctor at the main hospital",
    "a member of the town council",
];
const EVENTS: &[&str] = &["attack", "ambush", "explosion", "shooting", "drone strike"];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const QUOTES: &[&str] = &[
    "We heard the first shots just before dawn and then everyone started running",
    "The wounded were brought to the hospital in private cars because there were no ambulances",
    "This is the worst violence our town has seen since the start of the year",
    "Security forces have been deployed and the situation is now under control",
];
const FILLER: &[&str] = &[
    "Residents described scenes of panic as families searched for relatives in the hours after the violence.",
    "Shops in the centre of the town stayed closed and the main road was blocked by soldiers.",
    "Humanitarian groups said they were sending medical supplies and teams to the area.",
    "The region has seen a rise in violence over the past two years, with armed groups active along the border.",
    "Several families fled to neighbouring villages, according to aid workers on the ground.",
    "The government announced three days of national mourning and promised an investigation.",
    "Opposition politicians called for a debate in parliament on the security situation.",
    "Local radio stations interrupted their programmes to broadcast appeals for blood donors.",
];

/// What every article of a story is about; each article reports it with its own variations.
struct Incident {
    city: &'static str,
    event: &'static str,
    day: usize,
    killed: usize,
    injured: usize,
    victims: Vec<(String, usize)>,
    spokesman: String,
}

fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(GIVEN), rng.pick(FAMILY))
}

/// A name as some outlets write it: without its accents.
fn plain(name: &str) -> String {
    name.replace('é', "e").replace('ï', "i").replace('Ï', "I")
}

fn article(rng: &mut Rng, incident: &Incident, index: usize) -> String {
    let i = incident;
    // March 1, 2024 was a Friday (Monday = 0).
    let weekday = WEEKDAYS[(4 + i.day - 1) % 7];
    // Tolls are revised between articles; a few outlets have another figure.
    let killed = match rng.below(10) {
        0 => i.killed + 1 + rng.below(3),
        1 => i.killed.saturating_sub(2).max(1),
        _ => i.killed,
    };
    let injured = if rng.below(6) == 0 {
        i.injured + 5
    } else {
        i.injured
    };
    let spokesman = if rng.below(4) == 0 {
        plain(&i.spokesman)
    } else {
        i.spokesman.clone()
    };
    let date = match rng.below(3) {
        0 => format!("on {weekday}, March {}", i.day),
        1 => format!("on March {}, 2024", i.day),
        _ => format!("on {weekday}"),
    };
    let mut s = String::new();
    let published = i.day + 1 + rng.below(2);
    let title = format!(
        "{} killed in {} {} in {}",
        killed,
        if i.event.starts_with(['a', 'e']) {
            "an"
        } else {
            "a"
        },
        i.event,
        i.city
    );
    let _ = write!(
        s,
        "---\npublished: 2024-03-{published:02}\ntitle: \"{title}\"\n---\n{title}\n\n"
    );
    let _ = writeln!(
        s,
        "At least {killed} people were killed and {injured} wounded in an {} in {} {date}, \
         {spokesman}, {}, said.\n",
        if i.event.starts_with(['a', 'e']) {
            i.event
        } else {
            "attack"
        },
        i.city,
        rng.pick(ROLES)
    );
    let paragraphs = 8 + rng.below(5);
    for p in 0..paragraphs {
        match (p + index) % 6 {
            0 => {
                let (name, age) = &i.victims[rng.below(i.victims.len())];
                let _ = write!(
                    s,
                    "Among the dead was {name}, {age}, a teacher, his brother {} told reporters. ",
                    person(rng)
                );
            }
            1 => {
                let _ = write!(
                    s,
                    "\"{},\" said {}, {}. ",
                    rng.pick(QUOTES),
                    person(rng),
                    rng.pick(ROLES)
                );
            }
            2 => {
                let _ = write!(
                    s,
                    "The {} began shortly after {} a.m. {date}, residents said. \
                     Police said {} suspects were arrested and {} vehicles seized. ",
                    i.event,
                    4 + rng.below(4),
                    2 + rng.below(6),
                    3 + rng.below(9)
                );
            }
            3 => {
                let _ = write!(
                    s,
                    "Last year, {} people were killed in similar attacks across the region, \
                     according to a United Nations report published in January. ",
                    800 + rng.below(900)
                );
            }
            4 => {
                let _ = write!(
                    s,
                    "{} of the wounded were in a serious condition at the hospital in {}, \
                     according to {}, {}. ",
                    1 + rng.below(injured.max(2) - 1),
                    i.city,
                    person(rng),
                    rng.pick(ROLES)
                );
            }
            _ => {}
        }
        for _ in 0..2 + rng.below(3) {
            s.push_str(rng.pick(FILLER));
            s.push(' ');
        }
        s.truncate(s.trim_end().len());
        s.push_str("\n\n");
    }
    s
}

/// The articles of one story, as (file name, text), in file-name order.
pub fn story(articles: usize, seed: u64) -> Vec<(String, String)> {
    let mut rng = Rng(seed | 1);
    let incident = Incident {
        city: rng.pick(CITIES),
        event: rng.pick(EVENTS),
        day: 1 + rng.below(27),
        killed: 3 + rng.below(40),
        injured: 5 + rng.below(60),
        victims: (0..3)
            .map(|_| (person(&mut rng), 18 + rng.below(50)))
            .collect(),
        spokesman: person(&mut rng),
    };
    (0..articles)
        .map(|n| (format!("{n:04}.txt"), article(&mut rng, &incident, n)))
        .collect()
}

/// Writes [`story`] into `dir` and returns the bytes written.
pub fn write_story(dir: &Path, articles: usize, seed: u64) -> std::io::Result<u64> {
    std::fs::create_dir_all(dir)?;
    let mut bytes = 0;
    for (name, text) in story(articles, seed) {
        std::fs::write(dir.join(name), &text)?;
        bytes += text.len() as u64;
    }
    Ok(bytes)
}
