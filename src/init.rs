//! `failfolio init`: a new journal — a commented `failfolio.yaml`,
//! `entries/` with one processed sample entry (a draft, so that nothing is
//! published until you write your own), and a `.gitignore` for the output. Existing files are never overwritten, even with `--force`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::error::{Error, Result};

/// What `init` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InitReport {
    /// Files and folders created, relative to the journal.
    pub created: Vec<PathBuf>,
    /// Files left alone because they already existed.
    pub kept: Vec<PathBuf>,
}

/// Creates a journal in `dir`. A folder that exists and is not empty is
/// refused unless `force`; even then, no existing file is touched.
pub fn init(dir: &Path, force: bool, today: Date) -> Result<InitReport> {
    if dir.is_file() {
        return Err(Error::CannotInit {
            path: dir.to_path_buf(),
            reason: "it is a file; give a folder for the journal".into(),
        });
    }
    if let Some(journal) = crate::journal::discover::enclosing(dir) {
        return Err(Error::CannotInit {
            path: dir.to_path_buf(),
            reason: format!(
                "it is inside the journal `{}`; every failfolio command works from any folder of a journal, so there is no need for another one here (choose a folder outside it for a separate journal)",
                journal.display()
            ),
        });
    }
    if !force && dir.is_dir() {
        let mut items = fs::read_dir(dir).map_err(|e| Error::io("read", dir, e))?;
        if items.next().is_some() {
            return Err(Error::CannotInit {
                path: dir.to_path_buf(),
                reason: "it is not empty; run `failfolio init --force` to add the missing journal files (existing files are never overwritten)".into(),
            });
        }
    }
    let mut report = InitReport::default();
    for folder in ["", "entries"] {
        let path = dir.join(folder);
        if !path.is_dir() {
            fs::create_dir_all(&path).map_err(|e| Error::io("create folder", &path, e))?;
            if !folder.is_empty() {
                report.created.push(PathBuf::from(folder));
            }
        }
    }
    let sample_date = today.checked_sub(jiff::Span::new().days(14)).unwrap_or(today);
    let processed = today.checked_sub(jiff::Span::new().days(11)).unwrap_or(today);
    let sample = format!("entries/{}/{sample_date}-an-empty-journal.md", sample_date.year());
    let files: [(String, String); 3] = [
        ("failfolio.yaml".into(), CONFIG.to_string()),
        (".gitignore".into(), GITIGNORE.to_string()),
        (
            sample,
            SAMPLE
                .replace("{date}", &sample_date.to_string())
                .replace("{processed}", &processed.to_string()),
        ),
    ];
    for (rel, text) in files {
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| Error::io("create folder", parent, e))?;
        }
        match fs::OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut file) => {
                file.write_all(text.as_bytes()).map_err(|e| Error::io("write", &path, e))?;
                report.created.push(PathBuf::from(rel));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                report.kept.push(PathBuf::from(rel))
            }
            Err(e) => return Err(Error::io("create", &path, e)),
        }
    }
    Ok(report)
}

const GITIGNORE: &str = "# failfolio's output and its staging folders\n/public/\n/.public.*\n";

const CONFIG: &str = r#"# failfolio.yaml — every key is optional. Run `failfolio build` to publish,
# `failfolio check` to see what each entry still needs.

# The site
title: "My failure résumé"
# author: Your Name
# description: One line for search engines and link previews.
intro: >-
  Things I tried that did not work, what I expected, what happened, and the
  specific change I made for the next attempt.

# Where the site will live; a path prefix (a GitHub Pages project site) works.
base_url: /
# base_url: https://you.github.io/failures/

theme: default          # default | paper | a folder under themes/
# output_dir: public
# feed_limit: 50         # entries in atom.xml, newest first; 0 for all
# cards: auto           # social cards (og:image): auto (up to 2,000 entries) | always | never

# markdown:
#   raw_html: escape    # escape (default) shows raw HTML as text; allow passes it through

# The processed-failure criteria: levels by code or name (error, warning,
# info, off), thresholds and phrase lists. `failfolio rules` lists them all.
# rules:
#   PF009: off
#   incubation-period:
#     warning_hours: 48
#   testable-adjustment:
#     generic_phrases:
#       extend: ["give it another go"]
"#;

const SAMPLE: &str = r#"---
title: Started a failure journal and wrote nothing for a month
date: {date}
processed: {processed}
tags: [habits]
expectation: >-
  One short entry a week, starting the day I set up this journal.
outcome: >-
  0 entries in the first four weeks; the folder stayed empty until a friend
  asked how the journal was going.
gap: >-
  I never decided when I would write. I waited for a failure big enough to
  deserve an entry, and the small ones went by unrecorded.
adjustment: >-
  Every Friday at 16:00 a 20-minute calendar block: I write up the week's
  smallest failure, even if the entry is only the five fields.
identity_check: >-
  An empty month says my plan had no trigger; it says nothing about whether
  I can keep a journal.
decision: persevere
stakes: low
# A draft is never published: this sample stays off your site. Delete it
# once you have written your own entries.
draft: true
---

This is a sample entry, kept off the site by `draft: true`; delete it when
you have written your own.

## How an entry works

The front matter above is an After-Action Review: what was supposed to
happen, what actually happened, why they differed, and what you will do
differently — plus an identity check that keeps "this attempt failed" from
turning into "I am a failure".

Write a new entry right after something fails:

```sh
failfolio new "The thing that failed"
```

It starts *incubating*: leave it for a night or two, then re-read it, fill
in the review, and add `processed:` with the day you did. `failfolio status`
tells you which entries are ready, and `failfolio check` what each one still
needs. Only processed entries are published.
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_overwrites() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("j");
        let today = jiff::civil::date(2026, 11, 23);
        let first = init(&dir, false, today).unwrap();
        assert_eq!(first.created.len(), 4, "{first:?}");
        fs::write(dir.join("failfolio.yaml"), "title: mine\n").unwrap();
        assert!(init(&dir, false, today).is_err(), "not empty");
        let second = init(&dir, true, today).unwrap();
        assert!(second.created.is_empty());
        assert_eq!(second.kept.len(), 3);
        assert_eq!(fs::read_to_string(dir.join("failfolio.yaml")).unwrap(), "title: mine\n");
    }
}
