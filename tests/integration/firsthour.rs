//! What a new user hits in the first hour (issue 17): each stumble, as a
//! test of what they see now.

use crate::util::{TempJournal, repo, run_in};

#[test]
fn the_sample_entry_is_not_published_until_you_write_your_own() {
    let dir = tempfile::tempdir().unwrap();
    run_in(dir.path(), &["init", "j"]).expect(0);
    let build = run_in(dir.path(), &["-C", "j", "build"]).expect(0);
    assert!(build.stdout.starts_with("Published 0 entries"), "{}", build.stdout);
    let tree = crate::util::read_tree(&dir.path().join("j/public"));
    assert!(
        !tree.keys().any(|p| p.contains("empty-journal") || p.contains("wrote-nothing")),
        "the sample is on the site: {:?}",
        tree.keys().collect::<Vec<_>>()
    );
    // It still checks clean, so it shows a complete entry.
    let check = run_in(dir.path(), &["-C", "j", "check"]).expect(0);
    assert!(!check.stdout.contains("error["), "{}", check.stdout);
}

#[test]
fn the_example_journal_ignores_its_output() {
    let gitignore = std::fs::read_to_string(repo().join("example-journal/.gitignore")).unwrap();
    assert!(gitignore.lines().any(|l| l.trim() == "/public/"), "{gitignore}");
}

/// A processed-looking entry without `processed:`.
const FORGOT_PROCESSED: &str = "---
title: Forgot to mark it processed
date: 2026-03-02
expectation: 200 sign-ups in the first week.
outcome: 31 sign-ups by Friday.
gap: I skipped testing the headline.
adjustment: Before any launch, I test the headline with five readers.
identity_check: This launch failed; it is not a verdict on me.
---
";

#[test]
fn forgetting_processed_says_what_to_add_in_every_format_and_summary() {
    let j = TempJournal::with_files(&[
        ("entries/2026/2026-03-02-forgot.md", FORGOT_PROCESSED),
        ("entries/2026/2026-03-10-also.md", &FORGOT_PROCESSED.replace("2026-03-02", "2026-03-10")),
    ]);
    let add = "add `processed: YYYY-MM-DD`";
    for format in ["human", "short", "json", "github"] {
        let run = j.run(&["-C", "journal", "check", "--format", format]).expect(0);
        assert!(run.stdout.contains(add), "{format}:\n{}", run.stdout);
    }
    let status = j.run(&["-C", "journal", "status"]).expect(0);
    assert!(
        status
            .stdout
            .contains("2 entries are waiting to be processed, the oldest since 2026-03-02"),
        "{}",
        status.stdout
    );
    let build = j.run(&["-C", "journal", "build"]).expect(0);
    assert!(
        build.stdout.contains("2 entries are waiting to be processed, the oldest since 2026-03-02"),
        "{}",
        build.stdout
    );
}

#[test]
fn yaml_mistakes_are_explained_in_plain_words_at_the_value() {
    let j = TempJournal::with_files(&[
        ("entries/date.md", "---\ntitle: x\ndate: March 3, 2026\n---\n"),
        ("entries/tags.md", "---\ntitle: x\ndate: 2026-03-02\ntags: [habits, work\n---\n"),
        ("entries/title.md", "---\ntitle: [unterminated\ndate: 2026-03-02\n---\n"),
        ("entries/colon.md", "---\ntitle: Demo: it froze\ndate: 2026-03-02\n---\n"),
    ]);
    let run = j.run(&["-C", "journal", "check"]).expect(1);
    let out = &run.stdout;
    for expected in [
        "`date`: `March 3, 2026` is not a date in the form YYYY-MM-DD",
        " --> entries/date.md:3:7",
        "e.g. `date: 2026-03-02`",
        "the `[` after `tags:` opens a list that is never closed",
        " --> entries/tags.md:4:7",
        "`tags: [habits, work]`",
        "the `[` after `title:` opens a list that is never closed",
        "`title: \"[unterminated\"`",
        "the value of `title` contains `: `, which YAML reads as the start of another key",
        "put the value in quotes: `title: \"Demo: it froze\"`",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
    for jargon in
        ["four digit integer", "must be text, not a", "mapping values", "did not find expected"]
    {
        assert!(!out.contains(jargon), "{jargon:?} in\n{out}");
    }
}

#[test]
fn a_misspelt_required_key_is_one_error_at_the_key() {
    let text = crate::util::GOOD_ENTRY.replace("adjustment:", "adjustmnet:");
    let j = TempJournal::with_files(&[("entries/2026-03-02-launch.md", &text)]);
    let run = j.run(&["-C", "journal", "check", "--format", "short"]).expect(1);
    let line = text.lines().position(|l| l.starts_with("adjustmnet")).unwrap() + 1;
    let about: Vec<&str> = run.stdout.lines().filter(|l| l.contains("adjustmnet")).collect();
    assert_eq!(
        about,
        [format!(
            "entries/2026-03-02-launch.md:{line}:1: error[PF001]: missing required field `adjustment`: `adjustmnet` looks like a misspelling of it (help: did you mean `adjustment`? Rename `adjustmnet:` to `adjustment:`)"
        )]
    );
}

#[test]
fn file_level_findings_have_a_line_and_column_in_short_format() {
    let j = TempJournal::with_files(&[
        ("entries/2025/launch.md", crate::util::GOOD_ENTRY),
        ("entries/2026/launch.md", crate::util::GOOD_ENTRY),
    ]);
    let run = j.run(&["-C", "journal", "check", "--format", "short"]).expect(1);
    assert!(!run.stdout.is_empty());
    let with_position =
        regex::Regex::new(r"^entries/\S+\.md:\d+:\d+: (error|warning|info)\[PF\d{3}\]: ").unwrap();
    for line in run.stdout.lines() {
        assert!(with_position.is_match(line), "{line}");
    }
}

#[test]
fn a_tilde_in_output_dir_means_the_home_folder() {
    let j = TempJournal::with_files(&[
        ("entries/2026-03-02-launch.md", crate::util::GOOD_ENTRY),
        ("failfolio.yaml", "output_dir: ~/site\n"),
    ]);
    let home = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(crate::util::binary())
        .args(["-C", "journal", "build"])
        .current_dir(j.dir.path())
        .env("HOME", home.path())
        .env("FAILFOLIO_TODAY", crate::util::TODAY)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(home.path().join("site/index.html").is_file());
    assert!(!j.root.join("~").exists() && !j.dir.path().join("~").exists(), "a literal `~` folder");
    // `~user` is not expanded: refused, with what to write instead.
    j.write("failfolio.yaml", "output_dir: ~maya/site\n");
    let run = j.run(&["-C", "journal", "build"]).expect(2);
    assert!(
        run.stderr.contains("failfolio.yaml") && run.stderr.contains("`~maya/site`"),
        "{}",
        run.stderr
    );
    assert!(!j.root.join("~maya").exists());
}

#[test]
fn new_edit_without_an_editor_says_the_entry_is_written() {
    let dir = tempfile::tempdir().unwrap();
    run_in(dir.path(), &["init", "j"]).expect(0);
    let output = std::process::Command::new(crate::util::binary())
        .args(["-C", "j", "new", "No editor", "--edit"])
        .current_dir(dir.path())
        .env("FAILFOLIO_TODAY", crate::util::TODAY)
        .env_remove("VISUAL")
        .env_remove("EDITOR")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(dir.path().join("j/entries/2026/2026-11-23-no-editor.md").is_file());
    assert!(stderr.contains("j/entries/2026/2026-11-23-no-editor.md` is written"), "{stderr}");
    assert!(stderr.contains("export EDITOR="), "{stderr}");
}

#[test]
fn completions_leave_out_the_hidden_options() {
    for shell in ["bash", "zsh", "fish"] {
        let run = run_in(&repo(), &["completions", shell]).expect(0);
        assert!(
            !run.stdout.contains("--today") && !run.stdout.contains("-l today"),
            "{shell} completes --today"
        );
        assert!(run.stdout.contains("journal"), "{shell} lacks --journal");
    }
}

#[cfg(feature = "serve")]
#[test]
fn serve_on_a_broken_config_does_not_claim_a_previous_site() {
    use std::io::BufRead;
    let j = TempJournal::with_files(&[
        ("entries/2026-03-02-launch.md", crate::util::GOOD_ENTRY),
        ("failfolio.yaml", "titel: typo\n"),
    ]);
    let tmp = j.dir.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let mut child = std::process::Command::new(crate::util::binary())
        .args(["-C", "journal", "serve", "--port", "0"])
        .current_dir(j.dir.path())
        .env("TMPDIR", &tmp)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let err = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(err).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut seen = String::new();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !seen.contains("try again") {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match rx.recv_timeout(left) {
            Ok(line) => {
                seen.push_str(&line);
                seen.push('\n');
            }
            Err(_) => break,
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(seen.contains("titel"), "{seen}");
    assert!(!seen.contains("previous site") && !seen.contains("last good build"), "{seen}");
    assert!(seen.contains("nothing to show yet"), "{seen}");
}

/// Whether the calendar feed must be validated here: in CI, or wherever
/// Python's `icalendar` is installed.
fn python_icalendar() -> bool {
    let found = std::process::Command::new("python3")
        .args(["-c", "import icalendar"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI needs python3 with icalendar (`python3 -m pip install icalendar`)"
        );
        println!(
            "SKIPPED: python3 with icalendar is not installed (`python3 -m pip install icalendar`)"
        );
    }
    found
}

#[test]
fn status_ics_is_a_calendar_a_real_parser_reads() {
    let j = TempJournal::example();
    let run = j.run(&["-C", "journal", "status", "--format", "ics"]).expect(0);
    let feed = run.stdout;
    assert!(feed.starts_with("BEGIN:VCALENDAR\r\n") && feed.ends_with("END:VCALENDAR\r\n"));
    assert!(feed.split("\r\n").all(|l| l.len() <= 75 && !l.contains('\n')));
    // The 1 incubating entry, and the 14 untested adjustments `status` lists.
    assert_eq!(feed.matches("BEGIN:VEVENT").count(), 1 + 14, "{feed}");
    assert!(feed.contains(
        "SUMMARY:Re-encounter: Demo to the steering group died on the second screen\r\n"
    ));
    assert!(
        feed.contains("DTSTART;VALUE=DATE:20261122\r\n"),
        "ready on 2026-11-22, as `status` says"
    );
    if !python_icalendar() {
        return;
    }
    let file = j.dir.path().join("reminders.ics");
    std::fs::write(&file, &feed).unwrap();
    let script = r#"
import sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = [c for c in cal.walk('VEVENT')]
uids = set()
for e in events:
    start, end = e['DTSTART'].dt, e['DTEND'].dt
    assert type(start) is datetime.date and type(end) is datetime.date, (start, end)
    assert end - start == datetime.timedelta(days=1)
    assert e['DTSTAMP'].dt.tzinfo is not None
    uids.add(str(e['UID']))
    assert 'journal/entries/' in str(e['DESCRIPTION']), e['DESCRIPTION']
assert len(uids) == len(events)
first = events[0]
print(len(events), first['DTSTART'].dt.isoformat(), str(first['SUMMARY']))
"#;
    let output = std::process::Command::new("python3")
        .args(["-c", script, file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(printed.starts_with("15 "), "{printed}");
}
