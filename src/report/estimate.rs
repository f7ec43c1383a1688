//! How a count fact's [`Estimate`] reads in the text formats: a summary line ("low 15, best 20
//! (2 sources), high open; most conservative 15") and one row per figure. Shown where a fact has
//! more than one figure: with one, the estimate is that figure and the reports say it already.

use crate::claim::fmt_num;
use crate::compare::{Estimate, EstimateFigure};

use super::FactOut;

/// The estimate of a fact worth showing: a count with more than one figure.
pub(super) fn shown_estimate(fact: &FactOut) -> Option<&Estimate> {
    (fact.estimate.as_ref()).filter(|e| e.figures.len() > 1)
}

/// "low 15, best 20 (2 sources), high open; most conservative 15".
pub(super) fn summary(e: &Estimate) -> String {
    let num = |n: Option<f64>, none: &str| n.map_or_else(|| none.to_string(), fmt_num);
    let best = match e
        .figures
        .iter()
        .find(|f| f.value.is_some() && f.value == e.best)
    {
        Some(f) => format!("{} ({})", num(e.best, ""), sources(f.sources.len())),
        None => "none".to_string(),
    };
    format!(
        "low {}, best {best}, high {}; most conservative {}",
        num(e.low, "none"),
        num(e.high, "open"),
        num(e.conservative, "none")
    )
}

/// A figure's best estimate as a cell: the number, or "—" for a range or vague amount.
pub(super) fn figure_value(f: &EstimateFigure) -> String {
    f.value.map_or_else(|| "—".to_string(), fmt_num)
}

/// "1 source", "3 sources".
pub(super) fn sources(n: usize) -> String {
    if n == 1 {
        "1 source".to_string()
    } else {
        format!("{n} sources")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(value: Option<f64>, forms: &[&str], sources: &[&str]) -> EstimateFigure {
        EstimateFigure {
            value,
            forms: forms.iter().map(|s| s.to_string()).collect(),
            sources: sources.iter().map(|s| s.to_string()).collect(),
            hedges: Vec::new(),
        }
    }

    #[test]
    fn the_summary_names_the_best_figures_sources_and_open_bounds() {
        let e = Estimate {
            low: Some(213.0),
            best: Some(1400.0),
            high: None,
            conservative: Some(213.0),
            figures: vec![
                figure(Some(213.0), &["≥213 (at least)"], &["a"]),
                figure(Some(1400.0), &["≥1401 (more than)"], &["b", "c"]),
                figure(None, &["24–99 (dozens)"], &["d"]),
            ],
        };
        assert_eq!(
            summary(&e),
            "low 213, best 1400 (2 sources), high open; most conservative 213"
        );
        assert_eq!(figure_value(&e.figures[2]), "—");
    }

    #[test]
    fn vague_figures_alone_give_no_best() {
        let e = Estimate {
            low: Some(24.0),
            best: None,
            high: Some(99.0),
            conservative: None,
            figures: vec![figure(None, &["24–99 (dozens)"], &["a", "b"])],
        };
        assert_eq!(
            summary(&e),
            "low 24, best none, high 99; most conservative none"
        );
    }
}
