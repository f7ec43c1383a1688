//! What each fact kind and verdict means: the text `claimdiff explain TOPIC` prints and the
//! reports link to. Each entry says what it is, why it matters to a fact-checker, and shows an
//! example, in the manner of ruff's rule documentation.

/// One topic: its name on the command line, a one-line summary, and the full text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Topic {
    /// The name: a fact kind (`date`) or a verdict (`conflict`).
    pub name: &'static str,
    /// What it is, in one line.
    pub summary: &'static str,
    /// What it is, why it matters, and an example.
    pub text: &'static str,
}

/// Every topic: the fact kinds, then the verdicts.
pub const TOPICS: &[Topic] = &[
    Topic {
        name: "casualty_count",
        summary: "a count of people killed, injured or hurt, per victim group and event",
        text: "\
What it is
  A number of people killed, injured or \"casualties\", with the victims' group (civilians,
  soldiers, militants, …) and the event words of its sentence. Hedges become intervals:
  \"about twenty\" is 18–22, \"at least 84\" is 84 or more, \"dozens\" 24–99. A count whose
  clause gives it a span of its own (\"this year\", \"since 2011\", \"every year\") is a
  background total: a fact of its own, its id ending with the span (…/this-year).

Why it matters
  Tolls are the figures outlets most often round, update, or take from one party. Figures that
  cannot both be true are a conflict; figures that different parties give are kept apart, each
  with its claimant, and noted as competing accounts.

Example
  000: \"about twenty civilian casualties, according to the separatists\"   = 18–22
  001: \"the deaths of around 20 civilians\"                               = 18–22   → agree
",
    },
    Topic {
        name: "quantity",
        summary: "any other counted amount (\"25,000 people\", \"1,100 soldiers\")",
        text: "\
What it is
  A count of something other than casualties, with the noun it counts.

Why it matters
  Troop numbers, displaced people and crowd sizes drift between outlets like tolls do. Two
  counts of \"people\" are too often different things, so quantities are only grouped when their
  values overlap: they agree or stand alone, and never conflict.

Example
  002: \"more than 1,100 soldiers\" = 1101 or more   → single_source
",
    },
    Topic {
        name: "measure",
        summary: "a figure of a measure the rules define (arrests, turnout, inflation, aid, …)",
        text: "\
What it is
  A figure the rules' `measures` section says what it measures of: a count of people arrested,
  displaced or marching, a turnout or inflation rate, a sum pledged in aid, a magnitude. A
  figure joins the measure whose words stand nearest it in its clause (\"arrested 12\",
  \"inflation rose to 3.2%\", \"€40 million in aid\"), with its claimant, event words and span
  read as for casualty counts. Facts are kept per measure, span or qualifier (\"core\"
  inflation), currency, group counted and claimant; `claimdiff explain MEASURE_ID` shows one
  measure's words, class and tolerance.

Why it matters
  Stories hinge on more than tolls: how many were arrested, how many marched by whose count,
  what inflation was, how much was promised. Figures that cannot both be true are a conflict;
  overlapping figures with different best estimates a variant; differing figures from
  different parties (the police's crowd, the organisers') competing accounts.

Example
  a: \"Officers arrested 31 demonstrators\" = 31
  b: \"Officers detained 27 people\"        = 27   → conflict (measure/arrested)
",
    },
    Topic {
        name: "date",
        summary: "the date of an event (a meeting, a coup, an attack), as a day interval",
        text: "\
What it is
  A date expression placed on the calendar against the article's publication date, with its
  precision (day, week, month part, month, quarter, year part, year, decade) and what it dates:
  the event word that governs it, or a report (\"told AFP on Monday\").

Why it matters
  \"Late July\", \"July 28\" and \"last week\" can name the same day or different ones; outlets also
  confuse the date of an event with the date it was reported. Overlapping intervals agree (a
  note says when one is a finer reading of the other), disjoint ones conflict.

Example
  000: \"overthrown in a coup in July 2023\"           = 2023-07-01 – 2023-07-31
  004: \"the juntas … which came to power in 2020\"     = 2020-01-01 – 2020-12-31   → conflict
",
    },
    Topic {
        name: "name",
        summary: "a place, person or organisation, and how each source spells it",
        text: "\
What it is
  Every mention of one referent, joined by the rule set's entities, by acronyms, and by
  clustering spellings (accents, spaces, hyphens, a letter or two). Forms are spellings, long
  names, acronyms, short forms (a lone surname) or known forms (a demonym).

Why it matters
  Transliterated names are spelled three ways in three outlets, and an organisation's name or
  acronym is translated differently. A checker needs each referent once, with every spelling,
  and the letters that differ.

Example
  001, 004: Tinzaouatene
  000:      Tin[-z-]{+ Z+}aouat[-e-]{+i+}ne
  000, 001: Tinzaouat[-e-]{+è+}ne                → variant
",
    },
    Topic {
        name: "affiliation",
        summary: "the country sources tie a named group or person to",
        text: "\
What it is
  A demonym or country that qualifies a name: \"the Nigerien rebel group Patriotic Liberation
  Front\", \"the FPL of Niger\", \"Niger's president Mohamed Bazoum\".

Why it matters
  A wrong demonym moves a group to another country. Niger and Nigeria, Sudan and South Sudan,
  the Guineas are confused often enough that the rule set lists them as confusables.

Example
  000: \"The Nigerian rebel groups of the Patriotic Liberation Front (FPL)\"   → Nigeria
  001: \"the Nigerien rebel group Patriotic Liberation Front (FPL)\"           → Niger
                                                                              → conflict
",
    },
    Topic {
        name: "quote",
        summary: "a statement in quotation marks, how each source renders it, and who said it",
        text: "\
What it is
  A quotation (straight, curly, « », single or broken marks) with its speaker, matched across
  sources by speaker and shared content words. Against the fullest rendering each other is
  verbatim, a fragment, reworded, or contradicts it.

Why it matters
  Outlets translate and trim statements; a dropped \"not\" or a changed number turns a quote into
  its opposite. Reworded quotes are variants with the words that differ; contradictions are
  conflicts.

Example
  000 (Mr. Ramadan):            … defend our territories and our populations
  001 (CSP spokesman Ramadan):  … defend our territories and our [-populations-] {+people+}
                                                                              → variant
",
    },
    Topic {
        name: "agree",
        summary: "two or more sources report the fact, and their values can all be true",
        text: "\
What it is
  Every two reports from different sources are compatible: overlapping intervals for counts and
  dates (widened by the rule set's tolerance), one spelling for names, verbatim quotes or
  fragments.

Why it matters
  Agreement is not proof: sources copy one another. Notes say when the agreement hides a
  difference of wording, attribution or precision.

Example
  \"about twenty civilian casualties\" and \"around 20 civilians\" → agree
",
    },
    Topic {
        name: "conflict",
        summary: "sources give values that cannot all be true",
        text: "\
What it is
  Two sources report the same fact with incompatible values: disjoint figures or dates, a name
  tied to two countries, a quote with a negation, number or name changed.

Why it matters
  This is what a fact-checker must resolve before publishing. `--fail-on conflict` (the
  default) makes `check` exit 1 when there is one.

Example
  000: \"in a coup in July 2023\"   004: \"came to power in 2020\"   → conflict
",
    },
    Topic {
        name: "variant",
        summary: "sources agree in substance but differ in form",
        text: "\
What it is
  A name spelled two ways (even inside one article), an organisation's two acronyms or long
  names, a quotation reworded. Numbers are never variants: \"twenty\" and \"20\" are one value.

Why it matters
  Variants are where copy-editing and translation slip. They rarely change a story's facts, but
  a published piece should spell a name one way and quote a speaker as they spoke.

Example
  \"Mohamed Elmaouloud Ramadan\" and \"Mohamed El-Maouloud Ramadan\" → variant
",
    },
    Topic {
        name: "single_source",
        summary: "only one source reports the fact",
        text: "\
What it is
  A fact that no other source in the story reports.

Why it matters
  A single source is not a contradiction, but it is unconfirmed: a toll, a date or a quote only
  one outlet gives deserves a second look before it is repeated.

Example
  004: \"killing 50 Wagner mercenaries\" (claimed by JNIM) → single_source
",
    },
];

/// What `claimdiff explain ID` prints for a measure of the rules: what it measures, the class of
/// figure it takes, its words, qualifiers and tolerance.
pub fn measure_text(m: &crate::rules::MeasureRule) -> String {
    let mut text = format!(
        "{}: {} (a measure of the rules; its facts are measure/{})\n\n",
        m.id,
        if m.about.is_empty() {
            "a measure of the rules"
        } else {
            &m.about
        },
        m.id
    );
    text.push_str(&format!("Class\n  {}\n", m.class.as_str()));
    if m.per_person {
        text.push_str(&format!(
            "Per person\n  each person's figures are a fact of their own (measure/{}/<person>);\n  \
             figures of two people never meet\n",
            m.id
        ));
    }
    if m.words.is_empty() {
        text.push_str("Words\n  none: an age joins the person named beside it\n");
    } else {
        text.push_str(&format!("Words\n  {}\n", m.words.join(", ")));
    }
    if !m.scope.is_empty() {
        text.push_str(&format!("Qualifiers\n  {}\n", m.scope.join(", ")));
    }
    let unit = match m.class {
        crate::kinds::MeasureClass::Percent => "points",
        crate::kinds::MeasureClass::Length => "absolute (km)",
        crate::kinds::MeasureClass::Weight => "absolute (kg)",
        crate::kinds::MeasureClass::Duration => "absolute (years)",
        _ => "absolute",
    };
    text.push_str(&format!(
        "Tolerance\n  relative {}, {unit} {}\n",
        m.relative, m.absolute
    ));
    text.push_str(
        "\nA figure joins this measure when these words stand nearest it in its clause; see \
         `claimdiff explain measure`.\n",
    );
    text
}

/// The topic named `name` (a fact kind or a verdict), if there is one.
pub fn topic(name: &str) -> Option<&'static Topic> {
    let name = name.trim().replace('-', "_").to_lowercase();
    TOPICS.iter().find(|t| t.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Kind;
    use crate::compare::Verdict;

    #[test]
    fn every_fact_kind_and_verdict_is_explained() {
        let kinds = [
            Kind::CasualtyCount,
            Kind::Quantity,
            Kind::Measure,
            Kind::Date,
            Kind::Name,
            Kind::Affiliation,
            Kind::Quote,
        ];
        let verdicts = Verdict::ALL;
        let names = kinds
            .iter()
            .map(|k| k.as_str())
            .chain(verdicts.iter().map(|v| v.as_str()));
        for name in names {
            let t = topic(name).unwrap_or_else(|| panic!("no topic for {name}"));
            for part in ["What it is", "Why it matters", "Example"] {
                assert!(t.text.contains(part), "{name} lacks {part}");
            }
        }
        assert_eq!(TOPICS.len(), kinds.len() + verdicts.len());
    }

    #[test]
    fn topics_are_found_however_they_are_typed() {
        assert_eq!(
            topic("Single-Source").map(|t| t.name),
            Some("single_source")
        );
        assert_eq!(topic("nothing"), None);
    }
}
