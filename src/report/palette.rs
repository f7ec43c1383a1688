//! Colour as a value: the [`Palette`] the caller decides once (from `--color`, `NO_COLOR` and
//! whether the output is a terminal) and hands to the terminal reporter. Styles are rendered to
//! ANSI escape codes by `anstyle`, which keeps no global state, so two reports written in one
//! process never share a colour setting.

use std::fmt::Display;

use anstyle::{AnsiColor, Effects, Style};

use super::shown::Shown;
use crate::compare::Verdict;

/// Whether the terminal reporter writes colour: ANSI escape codes, or plain text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Palette {
    /// No escape codes: a pipe, a file, `--color never`, `NO_COLOR`.
    #[default]
    Plain,
    /// ANSI escape codes.
    Ansi,
}

pub(super) const BOLD: Style = Style::new().effects(Effects::BOLD);
const DIM: Style = Style::new().effects(Effects::DIMMED);
const CYAN: Style = AnsiColor::Cyan.on_default();

impl Palette {
    /// `text` in `style`, when this palette colours.
    pub(super) fn paint<T: Display>(self, style: Style, text: T) -> Painted<T> {
        Painted {
            style: (self == Palette::Ansi).then_some(style),
            text,
        }
    }

    pub(super) fn bold<T: Display>(self, text: T) -> Painted<T> {
        self.paint(BOLD, text)
    }

    pub(super) fn dim<T: Display>(self, text: T) -> Painted<T> {
        self.paint(DIM, text)
    }

    pub(super) fn cyan<T: Display>(self, text: T) -> Painted<T> {
        self.paint(CYAN, text)
    }

    /// A verdict's colour, made bold when `bold`.
    pub(super) fn verdict<T: Display>(self, verdict: Verdict, text: T, bold: bool) -> Painted<T> {
        let style = match verdict {
            Verdict::Conflict => AnsiColor::Red.on_default(),
            Verdict::Variant => AnsiColor::Yellow.on_default(),
            Verdict::Agree => AnsiColor::Green.on_default(),
            Verdict::SingleSource => Style::new(),
        };
        self.paint(if bold { style.bold() } else { style }, text)
    }
}

/// Text with the style it is written in, if any; its control characters are shown escaped
/// (module `shown`), so a painted value never carries escape codes of its own.
pub(super) struct Painted<T> {
    style: Option<Style>,
    text: T,
}

impl<T: Display> Display for Painted<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.style {
            Some(style) => write!(f, "{style}{}{style:#}", Shown(&self.text)),
            None => Shown(&self.text).fmt(f),
        }
    }
}
