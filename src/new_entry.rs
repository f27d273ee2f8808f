//! `failfolio new "Title"`: a new, incubating entry, dated today, with each
//! front-matter field preceded by the question it answers.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::error::{Error, Result};
use crate::journal::ENTRIES_DIR;
use crate::paths;

/// Writes `entries/YYYY/YYYY-MM-DD-slug.md` under the journal `root` and
/// returns its path relative to `root`. Refuses to overwrite.
pub fn new_entry(root: &Path, title: &str, date: Date) -> Result<PathBuf> {
    if !root.join(ENTRIES_DIR).is_dir() {
        return Err(Error::NotAJournal {
            path: root.to_path_buf(),
            reason: format!(
                "it has no `entries/` folder (run `failfolio init {}` to start one)",
                root.display()
            ),
        });
    }
    let title = title.trim();
    let slug = paths::segment(title)
        .map_err(|e| Error::BadTitle { title: title.to_string(), reason: e.to_string() })?;
    let rel = PathBuf::from(format!("{ENTRIES_DIR}/{}/{date}-{slug}.md", date.year()));
    let path = root.join(&rel);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| Error::io("create folder", parent, e))?;
    }
    let text = template(title, date);
    let mut file =
        fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                Error::WouldOverwrite { path: rel.clone() }
            } else {
                Error::io("create", &path, e)
            }
        })?;
    file.write_all(text.as_bytes()).map_err(|e| Error::io("write", &path, e))?;
    Ok(rel)
}

/// The text of a new entry.
pub fn template(title: &str, date: Date) -> String {
    let title = serde_json::to_string(title).unwrap_or_else(|_| "\"\"".into());
    format!(
        r#"---
# What failed, in one line?
title: {title}
# When did the outcome become known? (YYYY-MM-DD, optionally HH:MM)
date: {date}
# Leave this out while the failure incubates. After at least a night's sleep
# (ideally two), re-read the entry, fill in the review, and add the day:
# processed: YYYY-MM-DD
# Topics, for the tag pages, e.g. [writing, launch]
tags: []
# What was supposed to happen?
expectation: ""
# What actually happened? Facts — numbers, times, who did what — not "it didn't work".
outcome: ""
# Why were there differences? Name the mechanism, and what was within your control.
gap: ""
# What will you do differently next time — when does it apply, and how will you know you did it?
adjustment: ""
# This attempt failed. What does that say about the strategy — and what does it not say about you?
identity_check: ""
---

Write down what happened while it is fresh: the day, the details, how it
felt. The review above can wait until you have slept on it.
"#
    )
}

/// The question a new entry writes above `key` (read from [`template`],
/// so that the two never differ), for an editor's hover.
pub fn question(key: &str) -> Option<String> {
    let text = template("", Date::constant(2000, 1, 1));
    let is_key = |line: &str| line.strip_prefix(key).is_some_and(|rest| rest.starts_with(':'));
    let mut comments: Vec<&str> = Vec::new();
    for line in text.lines() {
        match line.strip_prefix("# ") {
            // A key the template leaves commented out, as `processed`.
            Some(comment) if is_key(comment) => return Some(comments.join(" ")),
            Some(comment) => comments.push(comment),
            None if is_key(line) => return Some(comments.join(" ")),
            None => comments.clear(),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_once_and_refuses_to_overwrite() {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir(tmp.path().join("entries")).unwrap();
        let date = jiff::civil::date(2026, 11, 23);
        let rel = new_entry(tmp.path(), "Froze during the demo!", date).unwrap();
        assert_eq!(rel, PathBuf::from("entries/2026/2026-11-23-froze-during-the-demo.md"));
        let err = new_entry(tmp.path(), "Froze during the demo!", date).unwrap_err().to_string();
        assert!(err.contains("refusing to overwrite"), "{err}");
        let err = new_entry(tmp.path(), "???", date).unwrap_err().to_string();
        assert!(err.contains("has no letters or digits"), "{err}");
    }

    #[test]
    fn questions_come_from_the_template() {
        assert_eq!(question("title").as_deref(), Some("What failed, in one line?"));
        let processed = question("processed").unwrap();
        assert!(processed.starts_with("Leave this out while"), "{processed}");
        assert!(processed.ends_with("and add the day:"), "{processed}");
        assert!(question("gap").unwrap().contains("mechanism"));
        assert_eq!(question("whys"), None);
    }

    #[test]
    fn the_template_parses_as_an_incubating_entry() {
        let text = template("A \"quoted\": title", jiff::civil::date(2026, 11, 23));
        let parsed = crate::journal::parse::parse(Path::new("entries/x.md"), text);
        let entry = parsed.entry.expect("parses");
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        assert_eq!(entry.title(), "A \"quoted\": title");
        assert_eq!(entry.stage(), crate::entry::Stage::Incubating);
    }
}
