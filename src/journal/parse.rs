//! Turning one entry file's bytes into an [`Entry`], or into diagnostics that
//! say exactly why not.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Level, Location, malformed};
use crate::entry::KeyIndex;
use crate::entry::{Entry, FrontMatter, KNOWN_KEYS};
use crate::journal::front_matter::{self, Split};
use crate::paths;

/// The result of parsing one file: an entry when its front matter parsed,
/// and every problem found on the way (warnings may accompany an entry).
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The entry, when the file could be parsed.
    pub entry: Option<Entry>,
    /// The text back, when it could not be parsed into an entry.
    pub unparsed_source: Option<String>,
    /// Problems with the file itself (PF000).
    pub diagnostics: Vec<Diagnostic>,
}

/// Decodes `bytes` as UTF-8 or explains where it is not.
pub fn decode(rel: &Path, bytes: Vec<u8>) -> Result<String, Box<Diagnostic>> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let prefix = String::from_utf8_lossy(&bytes[..valid]);
        let loc = Location::of(&prefix, prefix.len()..prefix.len());
        malformed(
            Level::Error,
            rel,
            format!(
                "file is not valid UTF-8: invalid byte 0x{:02x} at line {}, column {}",
                bytes[valid], loc.line, loc.column
            ),
        )
        .help("save the file as UTF-8 (most editors have an \"encoding\" option)")
        .into()
    })
}

/// Parses an entry's text. `rel` is its path relative to the journal root.
pub fn parse(rel: &Path, source: String) -> Parsed {
    let mut diagnostics = Vec::new();
    let split = match front_matter::split(&source) {
        Ok(split) => split,
        Err(e) => {
            let (message, help) = e.describe();
            let d = malformed(Level::Error, rel, message).help(help);
            let d = if source.trim().is_empty() {
                d
            } else {
                d.located(Some(Location::line_start(&source, 1)))
            };
            return Parsed { entry: None, unparsed_source: Some(source), diagnostics: vec![d] };
        }
    };
    let keys = front_matter::scan_keys(&source, &split);
    if let Some(at) = front_matter::too_deep(split.yaml, front_matter::MAX_DEPTH) {
        let at = split.yaml_start + at;
        let d = malformed(
            Level::Error,
            rel,
            format!("front matter nests deeper than {} levels", front_matter::MAX_DEPTH),
        )
        .at(&source, at..at + 1)
        .help("entries need only plain fields, lists and a shallow `extra:`; flatten this value");
        return Parsed { entry: None, unparsed_source: Some(source), diagnostics: vec![d] };
    }
    if let Some(d) = unclosed_flow(rel, &source, &split, &keys) {
        return Parsed { entry: None, unparsed_source: Some(source), diagnostics: vec![d] };
    }
    let front_matter = match serde_yaml::from_str::<FrontMatter>(split.yaml) {
        Ok(fm) => fm,
        Err(e) if split.yaml.trim().is_empty() => {
            // An empty front matter is "every field missing", which PF001
            // reports field by field; yaml reports it as an EOF error.
            let _ = e;
            FrontMatter::default()
        }
        Err(e) => {
            diagnostics.push(yaml_diagnostic(rel, &source, &split, &keys, &e));
            return Parsed { entry: None, unparsed_source: Some(source), diagnostics };
        }
    };
    for key in keys.iter() {
        if reported_as_missing(&key.name, &front_matter, &keys) {
            continue;
        }
        if !KNOWN_KEYS.contains(&key.name.as_str()) {
            diagnostics.push(unknown_key(rel, &key.name).at(&source, key.key.clone()));
        }
    }
    if keys.iter().next().is_none() && !split.yaml.trim().is_empty() {
        // A flow mapping (`{title: …}`) has no key positions: its keys are
        // read from the YAML, and reported at the front matter's first line.
        if let Ok(mapping) = serde_yaml::from_str::<serde_yaml::Mapping>(split.yaml) {
            for name in mapping.keys().filter_map(serde_yaml::Value::as_str) {
                if !KNOWN_KEYS.contains(&name) {
                    diagnostics.push(
                        unknown_key(rel, name)
                            .located(Some(Location::line_start(&source, split.yaml_line))),
                    );
                }
            }
        }
    }
    let slug = match &front_matter.slug {
        Some(slug) => {
            if !paths::is_valid_slug(slug) {
                let span = keys.get("slug").map_or(0..0, |k| k.value.clone());
                let d = if slug.len() > paths::MAX_SEGMENT {
                    malformed(
                        Level::Error,
                        rel,
                        format!("`slug` is {} characters long, more than {}", slug.len(), paths::MAX_SEGMENT),
                    )
                    .help("a slug becomes a folder name and a URL: keep it to a few words, e.g. `newsletter-launch`")
                } else {
                    malformed(Level::Error, rel, format!("`slug` `{slug}` is not a valid slug"))
                        .help("use lowercase letters a-z, digits and single hyphens, e.g. `newsletter-launch`")
                };
                diagnostics.push(d.at(&source, span));
            }
            paths::segment(slug).unwrap_or_else(|_| "invalid-slug".to_string())
        }
        None => {
            let stem = rel.file_stem().map(|s| s.to_string_lossy()).unwrap_or_default();
            match paths::slug_from_file_name(&stem) {
                Ok(slug) => slug,
                Err(e) => {
                    diagnostics.push(
                        malformed(
                            Level::Error,
                            rel,
                            format!("the file name {e}, so it cannot give a slug"),
                        )
                        .help("rename the file, or add `slug: some-name` to the front matter"),
                    );
                    "invalid-slug".to_string()
                }
            }
        }
    };
    let tag_segments = front_matter.tags.iter().map(|t| paths::segment(t)).collect();
    let links = crate::links::links_in(&source[split.body_start..], split.body_start, rel);
    let entry = Entry {
        tag_segments,
        links,
        path: rel.to_path_buf(),
        body_start: split.body_start,
        body_line: split.body_line,
        front_matter,
        keys,
        slug,
        source,
    };
    Parsed { entry: Some(entry), unparsed_source: None, diagnostics }
}

/// The finding for an unknown front-matter key: a warning with a "did you
/// mean", or an error when the key looks like a privacy flag, so that a
/// typo (`Private:`, `privat:`, `hidden:`, `<<: {private: true}`) can never
/// publish an entry meant to stay off the site.
fn unknown_key(rel: &Path, name: &str) -> Diagnostic {
    if let Some(flag) = privacy_flag(name) {
        let help = if name == "<<" {
            format!(
                "merge keys are not read in front matter; write the key itself, e.g. `{flag}: true`"
            )
        } else {
            format!(
                "did you mean `{flag}`? Write `{flag}: true` (lowercase) to keep the entry off the site"
            )
        };
        return malformed(
            Level::Error,
            rel,
            format!("unknown key `{name}` looks like a privacy flag, and is not one"),
        )
        .help(help);
    }
    let help = match crate::config::did_you_mean(name, KNOWN_KEYS.iter().copied()) {
        Some(s) => format!("did you mean `{s}`? Custom data belongs under `extra:`"),
        None => {
            "custom data belongs under `extra:`, which templates receive as `entry.extra`".into()
        }
    };
    malformed(Level::Warning, rel, format!("unknown key `{name}`")).help(help)
}

/// The fields rule PF001 requires: `title` and `date` always, the others
/// once the entry is processed.
const REQUIRED_ALWAYS: &[&str] = &["title", "date"];
const REQUIRED_PROCESSED: &[&str] =
    &["expectation", "outcome", "gap", "adjustment", "identity_check"];

/// Whether the unknown key `name` is a misspelling of a required field
/// that is missing: PF001 then reports the missing field at this key, with
/// the right name, and a second finding about it would only repeat that.
fn reported_as_missing(name: &str, front_matter: &FrontMatter, keys: &KeyIndex) -> bool {
    if KNOWN_KEYS.contains(&name) {
        return false;
    }
    let Some(meant) = crate::config::did_you_mean(name, KNOWN_KEYS.iter().copied()) else {
        return false;
    };
    keys.get(meant).is_none()
        && (REQUIRED_ALWAYS.contains(&meant)
            || (front_matter.processed.is_some() && REQUIRED_PROCESSED.contains(&meant)))
}

/// A `[` or `{` after a top-level key that no `]` or `}` closes before the
/// next key: the YAML parser then reports something else entirely (a
/// missing `,`, or the next keys read into the list), so say what happened.
fn unclosed_flow(
    rel: &Path,
    source: &str,
    split: &Split<'_>,
    keys: &KeyIndex,
) -> Option<Diagnostic> {
    let yaml_end = split.yaml_start + split.yaml.len();
    for key in keys.iter() {
        let value = &source[key.value.clone()];
        let open = match value.chars().next() {
            Some(c @ ('[' | '{')) => c,
            _ => continue,
        };
        // The value runs on over indented (or blank) lines, up to the next
        // line that starts at column 1.
        let mut end = key.value.start;
        for line in source[key.value.start..yaml_end].split_inclusive('\n') {
            if end > key.value.start && line.starts_with(|c: char| !c.is_whitespace()) {
                break;
            }
            end += line.len();
        }
        if flow_closes(&source[key.value.start..end]) {
            continue;
        }
        let line_end = source[key.value.start..]
            .find(['\r', '\n'])
            .map_or(source.len(), |i| key.value.start + i);
        let first_line = source[key.value.start..line_end].trim_end();
        let (what, close) = if open == '[' { ("a list", ']') } else { ("a mapping", '}') };
        let name = &key.name;
        let help = if matches!(name.as_str(), "tags" | "whys" | "allow") || open == '{' {
            format!("close it with `{close}` at the end of the line: `{name}: {first_line}{close}`")
        } else {
            let quoted = first_line.replace('\\', "\\\\").replace('"', "\\\"");
            format!(
                "text that starts with `{open}` must be in quotes: `{name}: \"{quoted}\"`; {what} ends with `{close}`"
            )
        };
        return Some(
            malformed(
                Level::Error,
                rel,
                format!("invalid front matter: the `{open}` after `{name}:` opens {what} that is never closed"),
            )
            .at(source, key.value.start..line_end)
            .help(help),
        );
    }
    None
}

/// Whether the flow collection that `text` starts with is closed in it:
/// brackets counted outside quoted strings and comments.
fn flow_closes(text: &str) -> bool {
    let mut depth = 0usize;
    let mut chars = text.chars().peekable();
    let mut prev_space = true;
    // Whether a value may start here: a quote opens a quoted value only
    // there, not inside a word ("po'o-wai", "don't").
    let mut value_start = true;
    while let Some(c) = chars.next() {
        let starts = value_start;
        value_start = matches!(c, '[' | '{' | ',' | ':') || (c.is_whitespace() && starts);
        match c {
            '[' | '{' => depth += 1,
            ']' | '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return true;
                }
            }
            '"' if starts => {
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '\'' if starts => {
                while let Some(c) = chars.next() {
                    if c == '\'' {
                        if chars.peek() == Some(&'\'') {
                            chars.next();
                        } else {
                            break;
                        }
                    }
                }
            }
            '#' if prev_space => {
                // A comment runs to the end of its line.
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            _ => {}
        }
        prev_space = c.is_whitespace();
    }
    false
}

/// The privacy flag an unknown key was probably meant to be: `private` or
/// `draft` in another case or misspelt (up to two edits), a word other
/// tools use for the same (`hidden`, `published`…), or a YAML merge key.
fn privacy_flag(name: &str) -> Option<&'static str> {
    const OTHER_WORDS: &[(&str, &str)] = &[
        ("<<", "private"),
        ("hidden", "private"),
        ("hide", "private"),
        ("secret", "private"),
        ("unlisted", "private"),
        ("personal", "private"),
        ("confidential", "private"),
        ("public", "private"),
        ("visibility", "private"),
        ("visible", "private"),
        ("published", "draft"),
        ("publish", "draft"),
        ("unpublished", "draft"),
        ("wip", "draft"),
    ];
    let lower = name.trim().to_lowercase();
    if let Some(&(_, flag)) = OTHER_WORDS.iter().find(|(word, _)| *word == lower) {
        return Some(flag);
    }
    ["private", "draft"].into_iter().find(|flag| strsim::levenshtein(&lower, flag) <= 2)
}

/// A diagnostic for a YAML error, pointed at the offending value when the
/// error names a key, and with help for the common mistakes.
fn yaml_diagnostic(
    rel: &Path,
    source: &str,
    split: &Split<'_>,
    keys: &KeyIndex,
    e: &serde_yaml::Error,
) -> Diagnostic {
    let message = translate_positions(&e.to_string(), split.yaml_line);
    // Messages about one field start with its path: `title: invalid type…`.
    let field = message
        .split_once(": ")
        .map(|(head, _)| head.split(['[', '.']).next().unwrap_or(head).to_string())
        .filter(|f| keys.get(f).is_some())
        // Errors from our own date parser name the value, not the field.
        .or_else(|| {
            let value = message.split('`').nth(1)?;
            keys.iter()
                .find(|k| source[k.value.clone()].trim_matches(['"', '\'']) == value)
                .map(|k| k.name.clone())
        });
    let duplicate = message
        .strip_prefix("duplicate field `")
        .or_else(|| message.strip_prefix("duplicate entry with key \""))
        .map(|rest| rest.trim_end_matches(['`', '"']).to_string());
    let span = if let Some(name) = &duplicate {
        keys.iter().filter(|k| &k.name == name).nth(1).map_or(0..0, |k| k.key.clone())
    } else if let Some(k) = field.as_deref().and_then(|f| keys.get(f)) {
        if k.value.is_empty() { k.key.clone() } else { k.value.clone() }
    } else if let Some(loc) = e.location() {
        let start = split.yaml_start + loc.index().min(split.yaml.len());
        start..start
    } else {
        split.yaml_start..split.yaml_start
    };
    if message.starts_with("mapping values are not allowed") {
        return colon_in_value(rel, source, split, keys, e);
    }
    let key = field.as_deref().unwrap_or("field");
    let help = if message.contains("tab character") {
        "YAML does not allow tabs for indentation; indent with spaces".to_string()
    } else if message.contains("invalid type") && message.contains("expected a string") {
        format!("write `{key}` as text: `{key}: \"…\"`, or as a block after `{key}: >-`")
    } else if message.contains("invalid type") && message.contains("expected a sequence") {
        format!("write `{key}` as a list: `{key}: [writing, launch]`")
    } else if message.contains("invalid type") && message.contains("boolean") {
        format!("write `{key}: true` or `{key}: false`")
    } else if message.contains("valid date") || message.contains("the form YYYY-MM-DD") {
        format!(
            "write the date as year-month-day, e.g. `{}: 2026-03-02`, optionally followed by a time `HH:MM`",
            field.as_deref().unwrap_or("date")
        )
    } else if duplicate.is_some() {
        "each key may appear once; remove or merge the repeated one".to_string()
    } else if message.contains("recursion limit") || message.contains("repetition limit") {
        "front matter this deeply nested or with this many alias expansions is refused; entries need only plain fields".to_string()
    } else if message.contains("unknown variant") {
        "use one of the values listed in the message".to_string()
    } else {
        "check the YAML syntax: values containing `: ` or starting with `[`, `{`, `*`, `&`, `!`, `|`, `>`, `%`, `@` or a quote must be quoted".to_string()
    };
    let message = plain_type_error(&message);
    let message = match &field {
        Some(f) if message.starts_with(f.as_str()) => {
            format!("invalid front matter: `{f}`{}", &message[f.len()..])
        }
        Some(f) => format!("invalid front matter: `{f}`: {message}"),
        None => format!("invalid front matter: {message}"),
    };
    let mut span = span;
    if span.is_empty() && span.start < source.len() {
        // Underline one character so the caret is visible.
        let next = source[span.start..].chars().next().map_or(0, char::len_utf8);
        if !source[span.start..].starts_with(['\n', '\r']) {
            span.end = span.start + next;
        }
    }
    malformed(Level::Error, rel, message).at(source, span).help(help)
}

/// YAML's "mapping values are not allowed in this context", in plain
/// words: a `: ` inside a value, with the line quoted as the fix.
fn colon_in_value(
    rel: &Path,
    source: &str,
    split: &Split<'_>,
    keys: &KeyIndex,
    e: &serde_yaml::Error,
) -> Diagnostic {
    let line = e.location().map(|l| l.line() + split.yaml_line - 1);
    let key = keys.iter().find(|k| Some(Location::of(source, k.key.clone()).line) == line);
    match key {
        Some(k) if !k.value.is_empty() && !source[k.value.clone()].contains('\n') => {
            let value = &source[k.value.clone()];
            let quoted = value.replace('\\', "\\\\").replace('"', "\\\"");
            malformed(
                Level::Error,
                rel,
                format!(
                    "invalid front matter: the value of `{}` contains `: `, which YAML reads as the start of another key",
                    k.name
                ),
            )
            .at(source, k.value.clone())
            .help(format!("put the value in quotes: `{}: \"{quoted}\"`", k.name))
        }
        _ => {
            let at = e
                .location()
                .map_or(split.yaml_start, |l| split.yaml_start + l.index().min(split.yaml.len()));
            let end = source[at..].chars().next().map_or(at, |c| at + c.len_utf8());
            malformed(
                Level::Error,
                rel,
                "invalid front matter: a `: ` inside a value makes YAML read it as the start of another key",
            )
            .at(source, at..end)
            .help("put the value in quotes (`key: \"text: more text\"`), or write it as a block after `key: >-`")
        }
    }
}

/// Rewrites serde's "title: invalid type: sequence, expected a string" as
/// "title: must be text, not a list".
fn plain_type_error(message: &str) -> String {
    let Some((head, rest)) = message.split_once("invalid type: ") else {
        return message.to_string();
    };
    let Some((found, expected)) = rest.split_once(", expected ") else {
        return message.to_string();
    };
    let found_kind = found.split(' ').next().unwrap_or(found);
    let noun = |kind: &str| -> String {
        match kind {
            "sequence" | "a sequence" => "a list".into(),
            "map" | "a map" | "a YAML mapping" => "a mapping (`key: value` pairs)".into(),
            "string" | "a string" => "text".into(),
            "integer" | "floating" | "an integer" | "a float" => "a number".into(),
            "boolean" | "a boolean" => "true or false".into(),
            "unit" | "null" => "empty".into(),
            other => other.to_string(),
        }
    };
    format!("{head}must be {}, not {}", noun(expected.trim()), noun(found_kind))
}

/// Drops the leading error position (the diagnostic shows it) and turns
/// the YAML library's other positions, relative to the front matter, into
/// file positions: "while parsing a flow sequence at line 3, column 7".
fn translate_positions(message: &str, yaml_line: usize) -> String {
    let mut out = String::new();
    let mut rest = message;
    let mut first = true;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " at line ".len()..];
        let line_len = after.find(|c: char| !c.is_ascii_digit()).unwrap_or(after.len());
        let line: usize = after[..line_len].parse().unwrap_or(0);
        let after = &after[line_len..];
        let (column, after) = match after.strip_prefix(" column ") {
            Some(col) => {
                let n = col.find(|c: char| !c.is_ascii_digit()).unwrap_or(col.len());
                (col[..n].parse::<usize>().ok(), &col[n..])
            }
            None => (None, after),
        };
        if !first {
            out.push_str(&format!(" at line {}", line + yaml_line - 1));
            if let Some(column) = column {
                out.push_str(&format!(", column {column}"));
            }
        }
        first = false;
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(src: &str) -> Parsed {
        parse(Path::new("entries/2026-03-02-launch.md"), src.to_string())
    }

    fn first(src: &str) -> String {
        let d = &p(src).diagnostics[0];
        let loc = d.location.as_ref().map(|l| (l.line, l.column));
        format!("{:?} {loc:?} {}", d.level, d.message)
    }

    #[test]
    fn parses_a_minimal_entry() {
        let parsed = p("---\ntitle: Launch\ndate: 2026-03-02\ntags: [a, b]\n---\nBody *text*\n");
        let e = parsed.entry.unwrap();
        assert!(parsed.diagnostics.is_empty());
        assert_eq!(e.slug, "launch");
        assert_eq!(e.title(), "Launch");
        assert_eq!(e.body(), "Body *text*\n");
        assert_eq!(e.front_matter.tags, ["a", "b"]);
        assert_eq!(e.front_matter.date.unwrap().to_string(), "2026-03-02");
    }

    #[test]
    fn crlf_and_bom() {
        let e = p("\u{feff}---\r\ntitle: Launch\r\ndate: 2026-03-02 14:30\r\n---\r\nBody\r\n")
            .entry
            .unwrap();
        assert_eq!(e.body(), "Body\r\n");
        assert_eq!(e.front_matter.date.unwrap().to_string(), "2026-03-02 14:30");
    }

    #[test]
    fn numbers_are_text() {
        let e = p("---\ntitle: 1984\n---\n").entry.unwrap();
        assert_eq!(e.title(), "1984");
    }

    #[test]
    fn no_closing_fence() {
        assert_eq!(
            first("---\ntitle: x\nbody\n"),
            "Error Some((1, 1)) front matter is never closed"
        );
    }

    #[test]
    fn bad_yaml_points_at_the_line() {
        assert_eq!(
            first("---\ntitle: x\ntags: [a\ndate: 2026-01-01\n---\n"),
            "Error Some((3, 7)) invalid front matter: the `[` after `tags:` opens a list that is never closed"
        );
    }

    #[test]
    fn tabs() {
        assert!(
            first("---\ntitle: x\n\tdate: 2026-01-01\n---\n")
                .starts_with("Error Some((3, 1)) invalid front matter: found a tab")
        );
    }

    #[test]
    fn wrong_type_points_at_the_value() {
        assert_eq!(
            first("---\ntitle: [a, b]\n---\n"),
            "Error Some((2, 8)) invalid front matter: `title`: must be text, not a list"
        );
    }

    #[test]
    fn bad_dates() {
        let got = first("---\ntitle: x\ndate: 2026-02-30\n---\n");
        assert!(
            got.starts_with(
                "Error Some((3, 7)) invalid front matter: `date`: `2026-02-30` is not a valid date"
            ),
            "{got}"
        );
        let got = first("---\ntitle: x\nprocessed: tomorrow\n---\n");
        assert!(got.starts_with("Error Some((3, 12)) invalid front matter: `processed`: `tomorrow` is not a date in the form YYYY-MM-DD"), "{got}");
    }

    #[test]
    fn dates_in_other_forms_say_which_form_is_expected() {
        let parsed = p("---\ntitle: x\ndate: March 3, 2026\n---\n");
        let d = &parsed.diagnostics[0];
        assert_eq!(
            d.message,
            "invalid front matter: `date`: `March 3, 2026` is not a date in the form YYYY-MM-DD"
        );
        assert_eq!((d.line(), d.column()), (Some(3), Some(7)));
        assert_eq!(d.location.as_ref().unwrap().span.len(), "March 3, 2026".len());
        assert!(d.help.as_deref().unwrap().contains("`date: 2026-03-02`"), "{:?}", d.help);
        // A date in the right form that does not exist says why.
        let d = &p("---\ntitle: x\ndate: 2026-02-30\n---\n").diagnostics[0];
        assert!(!d.message.contains("form"), "{}", d.message);
        assert!(d.message.contains("day"), "{}", d.message);
    }

    #[test]
    fn an_unclosed_list_is_named_as_such() {
        for (src, key, line) in [
            ("---\ntitle: x\ntags: [habits\ndate: 2026-01-01\n---\n", "tags", 3),
            ("---\ntitle: x\ndate: 2026-01-01\ntags: [a, b\n---\n", "tags", 4),
            ("---\ntitle: [unterminated\ndate: 2026-01-01\n---\n", "title", 2),
            ("---\ntitle: x\ntags: [a, b\ngap: some text\n---\n", "tags", 3),
        ] {
            let parsed = p(src);
            assert_eq!(parsed.diagnostics.len(), 1, "{src}: {:?}", parsed.diagnostics);
            let d = &parsed.diagnostics[0];
            assert_eq!(
                d.message,
                format!(
                    "invalid front matter: the `[` after `{key}:` opens a list that is never closed"
                ),
                "{src}"
            );
            assert_eq!(d.line(), Some(line), "{src}");
            let help = d.help.as_deref().unwrap();
            assert!(help.contains("`]`"), "{help}");
            if key == "title" {
                assert!(help.contains("`title: \"[unterminated\"`"), "{help}");
            }
        }
        // Lists may span lines.
        assert!(p("---\ntitle: x\ntags: [a,\n  b]\n---\n").diagnostics.is_empty());
        assert!(p("---\ntitle: \"[not a list\"\ntags: ['[a', b]\n---\n").diagnostics.is_empty());
        // An apostrophe inside a word opens no quotation: YAML quotes
        // only where a value starts.
        for src in [
            "---\ntitle: x\ntags: [helpers, water, po'o-wai]\n---\n",
            "---\ntitle: x\ntags: [don't, \"a, b\"]\n---\n",
            "---\ntitle: x\nextra: {pub: o'neill's}\n---\n",
        ] {
            assert!(p(src).diagnostics.is_empty(), "{src}: {:?}", p(src).diagnostics);
        }
        assert_eq!(p("---\ntitle: x\ntags: [a, 'b]\n---\n").diagnostics.len(), 1);
    }

    #[test]
    fn a_colon_in_a_value_gets_the_quoted_line() {
        let parsed = p("---\ntitle: Colon trouble: a title\ndate: 2026-01-01\n---\n");
        let d = &parsed.diagnostics[0];
        assert_eq!(
            d.message,
            "invalid front matter: the value of `title` contains `: `, which YAML reads as the start of another key"
        );
        assert_eq!(d.line(), Some(2));
        assert_eq!(
            d.help.as_deref(),
            Some("put the value in quotes: `title: \"Colon trouble: a title\"`")
        );
        assert!(!d.message.contains("mapping values"));
    }

    #[test]
    fn a_misspelt_key_that_is_missing_is_one_error_at_the_key() {
        let src = "---\ntitle: x\ndate: 2026-03-02\nprocessed: 2026-03-05\nexpectation: a\noutcome: b\ngap: c\nadjustmnet: d\nidentity_check: e\n---\n";
        let parsed = p(src);
        // The warning is left to PF001, which reports the missing field at the key.
        assert!(
            parsed.diagnostics.iter().all(|d| !d.message.contains("adjustmnet")),
            "{:?}",
            parsed.diagnostics
        );
        // Incubating, PF001 does not ask for `adjustment` yet: the warning stays.
        let incubating = p(&src.replace("processed: 2026-03-05\n", ""));
        assert_eq!(incubating.diagnostics[0].message, "unknown key `adjustmnet`");
    }

    #[test]
    fn unknown_keys_warn_with_a_suggestion() {
        let parsed = p("---\ntitle: x\noutcom: y\n---\n");
        assert!(parsed.entry.is_some());
        let d = &parsed.diagnostics[0];
        assert_eq!(d.message, "unknown key `outcom`");
        assert_eq!(
            d.help.as_deref(),
            Some("did you mean `outcome`? Custom data belongs under `extra:`")
        );
        assert_eq!((d.line(), d.column()), (Some(3), Some(1)));
    }

    #[test]
    fn explicit_slug_is_validated() {
        let parsed = p("---\ntitle: x\nslug: ../../etc\n---\n");
        assert_eq!(parsed.entry.unwrap().slug, "etc");
        assert_eq!(parsed.diagnostics[0].message, "`slug` `../../etc` is not a valid slug");
    }

    #[test]
    fn duplicate_keys() {
        let got = first("---\ntitle: a\ntitle: b\n---\n");
        assert_eq!(got, "Error Some((3, 1)) invalid front matter: duplicate field `title`");
    }

    #[test]
    fn empty_front_matter_is_an_entry() {
        assert!(p("---\n---\n").entry.is_some());
    }

    #[test]
    fn invalid_utf8() {
        let d = decode(Path::new("e.md"), b"---\ntitle: caf\xe9\n".to_vec()).unwrap_err();
        assert_eq!(d.message, "file is not valid UTF-8: invalid byte 0xe9 at line 2, column 11");
    }
}
