//! Judgement over free text: is an outcome specific, is an adjustment
//! testable, is a sentence a self-verdict? Pure functions, used by the rules
//! and measured against the labelled set in `tests/fixtures/judgement/`.
//!
//! The checks look at structure, not only at stock phrases, so that they
//! hold up on writing nobody here anticipated:
//! - a text is *specific* when, after removing stock phrases, enough
//!   concrete words remain (not function words, not evaluative filler);
//! - an adjustment is *testable* when it carries at least two concrete
//!   signals: a trigger (before, every, when…), a measure (a number, a
//!   duration) or a named artefact (a checklist, a file);
//! - a self-verdict is a collapse pattern that is not negated, quoted,
//!   framed at a distance ("the story that…", "I caught myself thinking…")
//!   or answered "No".

use std::collections::HashSet;
use std::ops::Range;

use crate::check::phrases::{Match, Normalized, PhraseSet};

/// A set of single words, lowercased.
pub type WordSet = HashSet<String>;

/// Builds a [`WordSet`] from a list.
pub fn word_set<S: AsRef<str>>(words: &[S]) -> WordSet {
    words.iter().map(|w| w.as_ref().to_lowercase()).collect()
}

/// Whether a text says what happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Specificity {
    /// Fewer words than the minimum.
    TooShort {
        /// How many words it has.
        words: usize,
    },
    /// A stock phrase with too little concrete detail around it.
    Stock {
        /// The first stock phrase, in the original text.
        phrase: Match,
    },
    /// No stock phrase, but hardly a concrete word.
    Abstract,
    /// Says what happened.
    Specific,
}

/// Lists and thresholds for [`specificity`].
pub struct SpecificityCheck<'a> {
    /// Stock phrases.
    pub vague: &'a PhraseSet,
    /// Function words.
    pub stopwords: &'a WordSet,
    /// Evaluative words.
    pub filler: &'a WordSet,
    /// Minimum words.
    pub min_words: usize,
    /// Concrete words needed next to a stock phrase.
    pub min_concrete_with_stock: usize,
    /// Concrete words needed otherwise.
    pub min_concrete: usize,
}

impl SpecificityCheck<'_> {
    /// Judges `text`.
    pub fn judge(&self, text: &str) -> Specificity {
        let words = crate::check::phrases::word_count(text);
        if words < self.min_words {
            return Specificity::TooShort { words };
        }
        let norm = Normalized::new(text);
        let stock = self.vague.find_all(&norm);
        let remainder = blank(&norm.text, stock.iter().map(|m| m.norm.clone()));
        let concrete = concrete_words(&remainder, self.stopwords, self.filler);
        // "It didn't work: 31 sign-ups instead of 200" — a stock phrase
        // followed by its elaboration.
        let elaborated = stock.iter().any(|m| {
            let after = norm.text[m.norm.end..].trim_start();
            after.starts_with([':', ';', '.', '\u{2014}', '\u{2013}', '-'])
                && concrete_words(&remainder[m.norm.end..], self.stopwords, self.filler)
                    > self.min_concrete
        });
        match stock.into_iter().next() {
            Some(_) if elaborated => Specificity::Specific,
            Some(phrase) if concrete < self.min_concrete_with_stock => {
                Specificity::Stock { phrase }
            }
            None if concrete < self.min_concrete => Specificity::Abstract,
            _ => Specificity::Specific,
        }
    }
}

/// Replaces `ranges` of `text` with spaces.
fn blank(text: &str, ranges: impl Iterator<Item = Range<usize>>) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for r in ranges {
        for b in &mut bytes[r] {
            *b = b' ';
        }
    }
    // Blanking whole matches keeps UTF-8 valid: matches start and end on
    // character boundaries and every replaced byte becomes ASCII.
    String::from_utf8(bytes).unwrap_or_default()
}

/// The words of normalized `text` with letters or digits, stripped of
/// surrounding punctuation.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| {
                !c.is_alphanumeric() && c != '%' && c != '£' && c != '$' && c != '€'
            })
        })
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

/// How many words of normalized `text` are neither function words nor filler.
pub fn concrete_words(text: &str, stopwords: &WordSet, filler: &WordSet) -> usize {
    words(text)
        .filter(|w| {
            let bare = w.trim_end_matches("'s");
            !stopwords.contains(bare) && !filler.contains(bare)
        })
        .count()
}

/// Whether an adjustment can be checked on the next attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Testability {
    /// A stock resolution with nothing concrete.
    Generic {
        /// The stock phrase, in the original text.
        phrase: Match,
    },
    /// No stock phrase, but no trigger, scope or measure either.
    Untestable,
    /// Says when it applies and what will be done or measured.
    Testable,
}

/// Lists for [`AdjustmentCheck::judge`].
pub struct AdjustmentCheck<'a> {
    /// Stock resolutions.
    pub generic: &'a PhraseSet,
    /// When/where words.
    pub triggers: &'a PhraseSet,
    /// Quantity and duration words.
    pub measures: &'a PhraseSet,
    /// Named artefacts.
    pub artefacts: &'a PhraseSet,
    /// Set phrases that look like triggers but are not.
    pub idioms: &'a PhraseSet,
    /// Concrete signals needed.
    pub min_signals: usize,
}

impl AdjustmentCheck<'_> {
    /// Judges `text`.
    pub fn judge(&self, text: &str) -> Testability {
        let norm = Normalized::new(text);
        let generic = self.generic.find_all(&norm);
        let idioms = self.idioms.find_all(&norm);
        let rest = blank(&norm.text, generic.iter().chain(idioms.iter()).map(|m| m.norm.clone()));
        let signals = self.signals(&rest, text);
        if signals >= self.min_signals {
            return Testability::Testable;
        }
        match generic.into_iter().next() {
            Some(phrase) => Testability::Generic { phrase },
            None => Testability::Untestable,
        }
    }

    /// Counts triggers, measures (including numbers) and artefacts
    /// (including file names) in normalized `rest`; `original` is used for
    /// file names, whose case and dots normalization keeps anyway.
    fn signals(&self, rest: &str, original: &str) -> usize {
        let mut n = self.triggers.count_in(rest)
            + self.measures.count_in(rest)
            + self.artefacts.count_in(rest);
        n += words(rest).filter(|w| w.chars().any(|c| c.is_ascii_digit())).count();
        n += original
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| looks_like_file(w))
            .count();
        n
    }
}

/// `docs/deploy.md`, `rejections.xlsx`, `DECISIONS.md`.
fn looks_like_file(word: &str) -> bool {
    if word.contains('/') && word.len() > 2 && !word.starts_with("http") {
        return word.split('/').all(|p| !p.is_empty());
    }
    match word.rsplit_once('.') {
        Some((stem, ext)) => {
            !stem.is_empty()
                && (2..=5).contains(&ext.len())
                && ext.chars().all(|c| c.is_ascii_alphanumeric())
                && ext.chars().any(|c| c.is_ascii_alphabetic())
                && stem.chars().any(|c| c.is_alphabetic())
        }
        None => false,
    }
}

/// Lists for [`IdentityCheck::collapses`].
pub struct IdentityCheck<'a> {
    /// Self-verdict patterns.
    pub collapse: &'a PhraseSet,
    /// Frames that hold a verdict at a distance, and negations.
    pub distancing: &'a PhraseSet,
    /// The only words a `...` gap in a collapse pattern may hold.
    pub gap_words: &'a WordSet,
}

impl IdentityCheck<'_> {
    /// The self-verdicts asserted in `text`.
    pub fn collapses(&self, text: &str) -> Vec<Match> {
        let norm = Normalized::new(text);
        self.collapse
            .find_all(&norm)
            .into_iter()
            .filter(|m| self.gap_is_modifiers(&norm.text, m))
            .filter(|m| !self.distanced(&norm.text, m))
            .filter(|m| !quoted(&norm.text, m))
            .filter(|m| !answered_no(&norm.text, m))
            .collect()
    }

    /// The words a `...` gap swallowed must be modifiers: "i am not a
    /// failure" and "i am learning from failure" both match `i am ...
    /// failure`, and neither is a self-verdict.
    fn gap_is_modifiers(&self, text: &str, m: &Match) -> bool {
        let matched = &text[m.norm.clone()];
        let Some(phrase) = self.collapse.which(matched) else { return true };
        let mut literal: Vec<String> =
            Normalized::new(phrase).text.split(' ').map(str::to_string).collect();
        words(matched).all(|w| {
            if let Some(i) = literal.iter().position(|l| l.trim_end_matches('*') == w) {
                literal.remove(i);
                true
            } else {
                self.gap_words.contains(w)
            }
        })
    }

    /// A distancing frame in the same clause, at most five words before.
    fn distanced(&self, text: &str, m: &Match) -> bool {
        let before = &text[..m.norm.start];
        let clause_start = before
            .char_indices()
            .rev()
            .find(|&(_, c)| {
                matches!(c, '.' | ';' | ':' | '!' | '?' | ',' | '\u{2014}' | '\u{2013}' | '(')
            })
            .map_or(0, |(i, c)| i + c.len_utf8());
        let clause_start = [" and ", " but ", " so "]
            .iter()
            .filter_map(|sep| {
                before[clause_start..].rfind(sep).map(|i| clause_start + i + sep.len())
            })
            .max()
            .unwrap_or(clause_start);
        let clause = &before[clause_start..];
        let window: Vec<&str> = clause.split_whitespace().rev().take(5).collect();
        let window: String = window.into_iter().rev().collect::<Vec<_>>().join(" ");
        self.distancing.is_match_str(&window)
    }
}

/// The verdict is inside quotation marks: reported, not asserted.
fn quoted(text: &str, m: &Match) -> bool {
    const QUOTES: &[char] = &['\'', '"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}'];
    let first = text[m.norm.clone()].chars().next();
    let before = text[..m.norm.start].chars().next_back();
    first.is_some_and(|c| QUOTES.contains(&c)) || before.is_some_and(|c| QUOTES.contains(&c))
}

/// "Am I stupid? No." — a question answered in the negative.
fn answered_no(text: &str, m: &Match) -> bool {
    let rest = &text[m.norm.end..];
    let Some(q) = rest.find(['?', '.', '!']) else { return false };
    if !rest[q..].starts_with('?') {
        return false;
    }
    let answer = rest[q + 1..].trim_start();
    answer.starts_with("no") && !answer[2..].starts_with(|c: char| c.is_alphanumeric())
}

#[cfg(test)]
mod tests;
