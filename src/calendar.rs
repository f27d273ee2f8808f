//! `failfolio status --format ics`: the reminders of `status` as an
//! iCalendar feed (RFC 5545) for the writer's calendar app — one all-day
//! event per incubating entry on the day it is ready to re-encounter, and
//! one per untested adjustment on the day it is due for a test (as rule
//! PF012 decides). A local file for the writer, never part of the site.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::check::Settings;
use crate::entry::Stage;
use crate::journal::Journal;

/// What a reminder asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An incubating entry is ready to be reread and processed.
    Reencounter,
    /// A processed entry's adjustment is due for a test.
    TestAdjustment,
}

/// One all-day reminder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// What it asks for.
    pub kind: Kind,
    /// The day.
    pub day: Date,
    /// The entry's title.
    pub title: String,
    /// The entry's slug (unique in a journal without errors).
    pub slug: String,
    /// The entry file, relative to the journal.
    pub file: PathBuf,
}

/// The reminders of `journal`: every incubating entry with a date, on the
/// day its incubation period ends; every processed entry with no
/// `followup`, on the day its adjustment counts as untested (past days
/// included, so an overdue test stays visible). Sorted by day, then file.
pub fn reminders(journal: &Journal, settings: &Settings) -> Vec<Reminder> {
    let hours = crate::check::rules::incubation(settings).warning_hours;
    let untested = crate::check::rules::untested_days(settings);
    let mut out = Vec::new();
    for entry in journal.entries() {
        let fm = &entry.front_matter;
        let (kind, day) = if entry.stage() == Stage::Incubating {
            match entry.ready_at(hours) {
                Some(ready) => (Kind::Reencounter, ready.date()),
                None => continue,
            }
        } else {
            let Some(processed) = fm.processed.filter(|_| fm.followup.is_none()) else {
                continue;
            };
            // PF012 fires once more than `days` days have passed.
            match processed.date().checked_add(jiff::Span::new().days(untested + 1)) {
                Ok(day) => (Kind::TestAdjustment, day),
                Err(_) => continue,
            }
        };
        out.push(Reminder {
            kind,
            day,
            title: entry.title().to_string(),
            slug: entry.slug.clone(),
            file: entry.path.clone(),
        });
    }
    out.sort_by(|a, b| a.day.cmp(&b.day).then(a.file.cmp(&b.file)));
    out
}

/// The reminders as an iCalendar object: CRLF lines folded at 75 octets,
/// text escaped, all-day events (`VALUE=DATE`). `root` is the journal's
/// folder, joined to each entry's path in the description; `name` names
/// the calendar; `stamp` is the `DTSTAMP` of every event.
pub fn ics(reminders: &[Reminder], root: &Path, name: &str, stamp: Date) -> String {
    let mut out = String::new();
    let mut line = |text: &str| fold(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(concat!("PRODID:-//failfolio//failfolio ", env!("CARGO_PKG_VERSION"), "//EN"));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", escape(name)));
    for r in reminders {
        let path = root.join(&r.file);
        let path = path.to_string_lossy();
        let (uid, summary, what) = match r.kind {
            Kind::Reencounter => (
                "reencounter",
                format!("Re-encounter: {}", r.title),
                "Ready to re-encounter: reread the entry, fill in the review and add `processed:` with today's date.",
            ),
            Kind::TestAdjustment => (
                "test-adjustment",
                format!("Test the adjustment: {}", r.title),
                "The adjustment has not been tested yet: try it in a new attempt, write that up as an entry and add `followup: <its slug>` to this one.",
            ),
        };
        line("BEGIN:VEVENT");
        line(&format!("UID:{uid}-{}-{}@failfolio", r.slug, r.day.strftime("%Y%m%d")));
        line(&format!("DTSTAMP:{}T000000Z", stamp.strftime("%Y%m%d")));
        line(&format!("DTSTART;VALUE=DATE:{}", r.day.strftime("%Y%m%d")));
        let end = r.day.tomorrow().unwrap_or(r.day);
        line(&format!("DTEND;VALUE=DATE:{}", end.strftime("%Y%m%d")));
        line(&format!("SUMMARY:{}", escape(&summary)));
        line(&format!("DESCRIPTION:{}", escape(&format!("{what}\n{path}"))));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// RFC 5545 TEXT escaping: backslash, semicolon, comma and newlines.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` with CRLF, folded so that no line is longer than 75
/// octets (continuations start with a space), never inside a character.
fn fold(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    let _ = write!(out, "\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<Reminder> {
        vec![
            Reminder {
                kind: Kind::Reencounter,
                day: jiff::civil::date(2026, 11, 22),
                title: "Demo to the steering group died on the second screen".into(),
                slug: "demo-died".into(),
                file: "entries/2026/2026-11-20-demo-died.md".into(),
            },
            Reminder {
                kind: Kind::TestAdjustment,
                day: jiff::civil::date(2026, 12, 1),
                title: "Pricing test; underpowered, again, with ünïcödé \\ backslash".into(),
                slug: "pricing".into(),
                file: "entries/2025/pricing.md".into(),
            },
        ]
    }

    #[test]
    fn the_exact_feed() {
        let out = ics(
            &sample(),
            Path::new("/home/maya/journal"),
            "My failures",
            jiff::civil::date(2026, 11, 23),
        );
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
            assert!(!line.contains('\n'), "a bare LF in {line:?}");
        }
        assert!(out.ends_with("END:VCALENDAR\r\n"));
        insta::assert_snapshot!(out.replace("\r\n", "⏎\n"));
    }

    #[test]
    fn folding_keeps_characters_whole() {
        let mut out = String::new();
        fold(&mut out, &format!("SUMMARY:{}", "é".repeat(60)));
        for line in out.split("\r\n") {
            assert!(line.len() <= 75);
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}", "é".repeat(60)));
    }
}
