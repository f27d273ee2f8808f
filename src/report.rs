//! Printing findings: rustc-style for people, JSON for tools, workflow
//! commands for GitHub Actions.

use std::fmt::Write as _;
use std::path::Path;

use annotate_snippets::{AnnotationKind, Group, Level as Snip, Origin, Renderer, Snippet};
use rayon::prelude::*;
use serde::Serialize;

use crate::diagnostic::{Diagnostic, Level};

/// Output formats of `failfolio check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// rustc-style, with source snippets.
    Human,
    /// One JSON array of objects.
    Json,
    /// GitHub Actions workflow commands.
    Github,
}

/// Renders findings for people. `source` gives a file's text by its
/// relative path; `color` turns on ANSI styling.
pub fn human<'a>(
    diagnostics: &[Diagnostic],
    source: impl Fn(&Path) -> Option<&'a str> + Sync,
    color: bool,
) -> String {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    // Each diagnostic renders on its own, in parallel: a large journal can
    // have thousands.
    let parts: Vec<String> =
        diagnostics.par_iter().map(|d| human_one(d, &source, &renderer, color)).collect();
    let mut out = parts.concat();
    if diagnostics.last().is_some_and(|d| d.level <= Level::Info) {
        out.push('\n');
    }
    out
}

/// One diagnostic of [`human`].
fn human_one<'a>(
    d: &Diagnostic,
    source: &(impl Fn(&Path) -> Option<&'a str> + Sync),
    renderer: &Renderer,
    color: bool,
) -> String {
    let mut out = String::new();
    // Notes (info) are one line each, in rustc's short form: they are
    // status, not problems.
    if d.level <= Level::Info {
        let (line, column) = d.location.as_ref().map_or((1, 1), |l| (l.line, l.column));
        let _ = write!(out, "{}:{line}:{column}", d.file.to_string_lossy());
        let label = if color { "\x1b[1;94minfo\x1b[0m" } else { "info" };
        let _ = writeln!(out, ": {label}[{}]: {}", d.code, d.message);
        if let Some(help) = &d.help {
            let _ = writeln!(out, "  = help: {help}");
        }
        return out;
    }
    let path = d.file.to_string_lossy();
    let level = match d.level {
        Level::Error => Snip::ERROR,
        Level::Warning => Snip::WARNING,
        Level::Info | Level::Off => Snip::INFO,
    };
    let title = level.primary_title(d.message.as_str()).id(d.code);
    let mut group: Group<'_> = match (&d.location, source(&d.file)) {
        (Some(loc), Some(text)) => {
            // Only the lines the span covers, so long files stay cheap.
            let line_start = text[..loc.span.start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[loc.span.end..].find('\n').map_or(text.len(), |i| loc.span.end + i);
            let excerpt = &text[line_start..line_end];
            let span = loc.span.start - line_start..loc.span.end - line_start;
            title.element(
                Snippet::source(excerpt)
                    .line_start(loc.line)
                    .path(path.clone())
                    .annotation(AnnotationKind::Primary.span(span)),
            )
        }
        (Some(loc), None) => {
            title.element(Origin::path(path.clone()).line(loc.line).char_column(loc.column))
        }
        (None, _) => title.element(Origin::path(path.clone())),
    };
    if let Some(help) = &d.help {
        group = group.element(Snip::HELP.message(help.as_str()));
    }
    out.push_str(&renderer.render(&[group]));
    out.push_str("\n\n");
    out
}

/// The closing summary line, e.g. `3 errors, 2 warnings in 2 of 18
/// entries (1 note; 2 findings allowed)`. `allowed` counts the findings
/// that entries silenced with `allow:`.
pub fn summary(diagnostics: &[Diagnostic], entries: usize, allowed: usize) -> String {
    let count = |level| diagnostics.iter().filter(|d| d.level == level).count();
    let (errors, warnings, infos) =
        (count(Level::Error), count(Level::Warning), count(Level::Info));
    let plural =
        |n: usize, word: &str| if n == 1 { format!("1 {word}") } else { format!("{n} {word}s") };
    let noun = if entries == 1 { "entry" } else { "entries" };
    let mut files: Vec<&Path> = diagnostics
        .iter()
        .filter(|d| d.level >= Level::Warning)
        .map(|d| d.file.as_path())
        .collect();
    files.sort();
    files.dedup();
    let mut line = if errors + warnings == 0 {
        format!("{entries} {noun} checked: no errors or warnings")
    } else {
        format!(
            "{}, {} in {} of {entries} {noun}",
            plural(errors, "error"),
            plural(warnings, "warning"),
            files.len()
        )
    };
    let mut notes = Vec::new();
    if infos > 0 {
        notes.push(plural(infos, "note"));
    }
    if allowed > 0 {
        notes.push(format!("{} allowed", plural(allowed, "finding")));
    }
    if !notes.is_empty() {
        let _ = write!(line, " ({})", notes.join("; "));
    }
    line
}

/// One line per finding, rustc's short form:
/// `entries/x.md:11:13: error[PF006]: adjustment is not testable`.
pub fn short(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        // Always `line:col` (1:1 for a finding about the whole file):
        // editors' error parsers skip lines without one.
        let (line, column) = d.location.as_ref().map_or((1, 1), |l| (l.line, l.column));
        let _ = write!(out, "{}:{line}:{column}", d.file.to_string_lossy());
        let _ = write!(out, ": {}[{}]: {}", d.level, d.code, d.message);
        match &d.help {
            Some(help) => {
                let _ = writeln!(out, " (help: {help})");
            }
            None => out.push('\n'),
        }
    }
    out
}

/// A finding as `--format json` prints it: exactly these keys.
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    code: &'a str,
    name: &'a str,
    level: Level,
    message: &'a str,
    help: Option<&'a str>,
}

/// One JSON array of objects with keys `file`, `line`, `column`, `code`,
/// `name`, `level`, `message`, `help`; `file` relative to the journal root.
pub fn json(diagnostics: &[Diagnostic]) -> String {
    let items: Vec<JsonDiagnostic<'_>> = diagnostics
        .iter()
        .map(|d| JsonDiagnostic {
            file: d.file.to_string_lossy().replace('\\', "/"),
            line: d.line(),
            column: d.column(),
            code: d.code,
            name: d.name,
            level: d.level,
            message: &d.message,
            help: d.help.as_deref(),
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_string());
    out.push('\n');
    out
}

/// GitHub Actions workflow commands (`::error file=…,line=…::message`).
/// `prefix` is the journal folder as given, so paths are relative to the
/// repository root when the journal is a subfolder.
pub fn github(diagnostics: &[Diagnostic], prefix: &Path) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let command = match d.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info | Level::Off => "notice",
        };
        let file = prefix.join(&d.file);
        let file = file.to_string_lossy().replace('\\', "/");
        let file = file.strip_prefix("./").unwrap_or(&file);
        let _ = write!(out, "::{command} file={}", escape_property(file));
        if let Some(loc) = &d.location {
            let _ = write!(out, ",line={},col={}", loc.line, loc.column);
        }
        let mut message = d.message.clone();
        if let Some(help) = &d.help {
            let _ = write!(message, "\nhelp: {help}");
        }
        let _ = writeln!(
            out,
            ",title={}::{}",
            escape_property(&format!("{} {}", d.code, d.name)),
            escape_data(&message)
        );
    }
    out
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::malformed;

    fn sample() -> (Diagnostic, &'static str) {
        let src = "---\ntitle: x\nadjustment: be more careful\n---\n";
        let at = src.find("be more").unwrap();
        let d = Diagnostic::new(
            "PF006",
            "testable-adjustment",
            Level::Error,
            "entries/a.md",
            "adjustment is not testable",
        )
        .at(src, at..at + 14)
        .help("name when it applies");
        (d, src)
    }

    #[test]
    fn short_always_has_a_line_and_column_and_the_help() {
        let file_level = malformed(Level::Error, "entries/a.md", "duplicate slug `a`")
            .help("rename one of the files");
        let (located, _) = sample();
        assert_eq!(
            short(&[file_level, located]),
            "entries/a.md:1:1: error[PF000]: duplicate slug `a` (help: rename one of the files)\n\
             entries/a.md:3:13: error[PF006]: adjustment is not testable (help: name when it applies)\n"
        );
    }

    #[test]
    fn notes_show_their_help_too() {
        let note =
            Diagnostic::new("PF005", "reencountered", Level::Info, "entries/a.md", "incubating")
                .help("add `processed: YYYY-MM-DD`");
        assert_eq!(
            human(&[note], |_| None, false),
            "entries/a.md:1:1: info[PF005]: incubating\n  = help: add `processed: YYYY-MM-DD`\n\n"
        );
    }

    #[test]
    fn human_points_at_the_value() {
        let (d, src) = sample();
        let out = human(&[d], |_| Some(src), false);
        insta::assert_snapshot!(out, @r"
        error[PF006]: adjustment is not testable
         --> entries/a.md:3:13
          |
        3 | adjustment: be more careful
          |             ^^^^^^^^^^^^^^
          |
          = help: name when it applies
        ");
    }

    #[test]
    fn json_has_exactly_the_keys() {
        let (d, _) = sample();
        let v: serde_json::Value = serde_json::from_str(&json(&[d])).unwrap();
        let keys: Vec<&String> = v[0].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["code", "column", "file", "help", "level", "line", "message", "name"]);
        assert_eq!(v[0]["line"], 3);
        assert_eq!(v[0]["level"], "error");
    }

    #[test]
    fn github_escapes() {
        let d = malformed(Level::Warning, "entries/a,b.md", "50% done\nnext");
        assert_eq!(
            github(&[d], Path::new("./journal")),
            "::warning file=journal/entries/a%2Cb.md,title=PF000 malformed-entry::50%25 done%0Anext\n"
        );
    }

    #[test]
    fn summaries() {
        let (d, _) = sample();
        assert_eq!(summary(&[d.clone(), d], 18, 0), "2 errors, 0 warnings in 1 of 18 entries");
        assert_eq!(summary(&[], 1, 0), "1 entry checked: no errors or warnings");
        assert_eq!(
            summary(&[], 2, 2),
            "2 entries checked: no errors or warnings (2 findings allowed)"
        );
    }
}
