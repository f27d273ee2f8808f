//! Findings as data: every problem failfolio reports about a journal, from a
//! file that will not parse to an adjustment that is not testable, is a
//! [`Diagnostic`]. Rendering them (human, JSON, GitHub) lives in `report`.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How serious a finding is. Ordered from least to most serious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The rule does not run (configuration only; no finding has it).
    Off,
    /// Worth knowing; never fails a check.
    Info,
    /// Worth fixing; fails a check only under `--deny warnings`.
    Warning,
    /// Must be fixed: fails `check` and stops `build` for a publishable entry.
    Error,
}

impl Level {
    /// The lowercase name used in output and configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }

    /// One step milder (`error` → `warning` → `info`), for the secondary
    /// findings of rules that report at two levels.
    pub fn milder(self) -> Level {
        match self {
            Level::Error => Level::Warning,
            Level::Warning | Level::Info => Level::Info,
            Level::Off => Level::Off,
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A position in a source file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Location {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// Byte range in the file's text that the finding is about.
    pub span: Range<usize>,
}

impl Location {
    /// The location of byte range `span` in `source`.
    pub fn of(source: &str, span: Range<usize>) -> Location {
        let start = floor_char_boundary(source, span.start.min(source.len()));
        let end = floor_char_boundary(source, span.end.clamp(start, source.len()));
        let before = &source[..start];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let mut column = source[line_start..start].chars().count() + 1;
        if line == 1 && source.starts_with('\u{feff}') && start > 0 {
            column -= 1;
        }
        Location { line, column, span: start..end }
    }

    /// The start of 1-based `line` in `source` (clamped to the last line).
    pub fn line_start(source: &str, line: usize) -> Location {
        let mut offset = 0;
        for _ in 1..line {
            match source[offset..].find('\n') {
                Some(i) => offset += i + 1,
                None => break,
            }
        }
        let end = source[offset..].find(['\r', '\n']).map_or(source.len(), |i| offset + i);
        Location::of(source, offset..end)
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One finding about one file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    /// The rule's stable code, e.g. `PF006`.
    pub code: &'static str,
    /// The rule's kebab-case name, e.g. `testable-adjustment`.
    pub name: &'static str,
    /// How serious it is.
    pub level: Level,
    /// The file, relative to the journal root, `/`-separated.
    pub file: PathBuf,
    /// Where in the file, when the finding is about a place in it.
    pub location: Option<Location>,
    /// What is wrong, lowercase, no trailing period.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A finding about `file` as a whole.
    pub fn new(
        code: &'static str,
        name: &'static str,
        level: Level,
        file: impl Into<PathBuf>,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            code,
            name,
            level,
            file: file.into(),
            location: None,
            message: message.into(),
            help: None,
        }
    }

    /// Points the finding at byte range `span` of `source`.
    pub fn at(mut self, source: &str, span: Range<usize>) -> Diagnostic {
        self.location = Some(Location::of(source, span));
        self
    }

    /// Points the finding at an already computed location.
    pub fn located(mut self, location: Option<Location>) -> Diagnostic {
        self.location = location;
        self
    }

    /// Adds the `help:` line.
    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// The line, if the finding has a location.
    pub fn line(&self) -> Option<usize> {
        self.location.as_ref().map(|l| l.line)
    }

    /// The column, if the finding has a location.
    pub fn column(&self) -> Option<usize> {
        self.location.as_ref().map(|l| l.column)
    }

    /// Sort key: file, then position, then code.
    pub fn sort_key(&self) -> (&Path, usize, usize, &'static str) {
        (&self.file, self.line().unwrap_or(0), self.column().unwrap_or(0), self.code)
    }
}

/// Sorts findings by file, line, column and code, for stable output.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}

/// Sorts one file's findings by line, column and code: [`sort`] without
/// comparing paths. Findings gathered file by file in path order and
/// sorted this way leave [`sort`] only the merging of the rest.
pub fn sort_in_file(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (d.line(), d.column(), d.code));
}

/// The code and name of the pseudo-rule for entries that cannot be read or
/// parsed, and for problems with paths. It cannot be turned off.
pub const MALFORMED: (&str, &str) = ("PF000", "malformed-entry");

/// A PF000 finding.
pub fn malformed(level: Level, file: impl Into<PathBuf>, message: impl Into<String>) -> Diagnostic {
    Diagnostic::new(MALFORMED.0, MALFORMED.1, level, file, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_count_characters_not_bytes() {
        let src = "---\ntitle: Café déjà vu\n---\n";
        let at = src.find("vu").unwrap();
        let loc = Location::of(src, at..at + 2);
        assert_eq!((loc.line, loc.column), (2, 18));
    }

    #[test]
    fn bom_is_not_a_column() {
        let src = "\u{feff}---\n";
        assert_eq!(Location::of(src, 3..6).column, 1);
    }

    #[test]
    fn line_start_clamps() {
        let src = "a\r\nbc\n";
        let loc = Location::line_start(src, 2);
        assert_eq!((loc.line, loc.column, loc.span), (2, 1, 3..5));
        assert_eq!(Location::line_start(src, 9).line, 3);
    }
}
