//! `failfolio check`, `rules` and `explain`: formats, exit codes, configuration.

use crate::util::{GOOD_ENTRY, TempJournal, run_in};

fn with_adjustment(adjustment: &str) -> String {
    let start = GOOD_ENTRY.find("adjustment:").unwrap();
    let end = GOOD_ENTRY.find("identity_check:").unwrap();
    format!("{}adjustment: {adjustment}\n{}", &GOOD_ENTRY[..start], &GOOD_ENTRY[end..])
}

#[test]
fn the_example_journal_is_clean() {
    let run = run_in(&crate::util::repo(), &["check", "example-journal"]).expect(0);
    assert!(
        run.stdout
            .ends_with("18 entries checked: no errors or warnings (15 notes; 1 finding allowed)\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains(
        "entries/2026/2026-11-20-steering-group-demo.md:1:1: info[PF005]: incubating: ready to re-encounter since 2026-11-22"
    ));
}

#[test]
fn errors_exit_1_with_a_rustc_style_diagnostic_and_summary() {
    let j = TempJournal::with_files(&[
        ("entries/2026-03-02-a.md", &with_adjustment("I will do better next time.")),
        ("entries/2026-03-02-b.md", GOOD_ENTRY),
    ]);
    let run = j.run(&["check", "journal"]).expect(1);
    assert!(
        run.stdout.contains(
            "error[PF006]: adjustment is not testable: \"do better\" is a resolution, not a change"
        ),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("--> entries/2026-03-02-a.md:10:20"), "{}", run.stdout);
    assert!(run.stdout.contains("= help: say when it applies"), "{}", run.stdout);
    assert!(
        run.stdout.contains("1 error, 0 warnings in 1 of 2 entries (2 notes)"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("run `failfolio explain PF006`"), "{}", run.stdout);
}

#[test]
fn warnings_pass_unless_denied() {
    let j = TempJournal::with_files(&[(
        "entries/2026-03-02-a.md",
        &with_adjustment("Think more about the audience and what they actually need from me."),
    )]);
    let run = j.run(&["check", "journal"]).expect(0);
    assert!(run.stdout.contains("warning[PF006]"), "{}", run.stdout);
    j.run(&["check", "journal", "--deny", "warnings"]).expect(1);
}

#[test]
fn json_is_one_array_with_exactly_the_keys() {
    let j = TempJournal::with_files(&[(
        "entries/sub/2026-03-02-a.md",
        &with_adjustment("Be more careful."),
    )]);
    let run = j.run(&["check", "journal", "--format", "json"]).expect(1);
    let value: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    let items = value.as_array().unwrap();
    assert!(!items.is_empty());
    for item in items {
        let mut keys: Vec<&str> = item.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort();
        assert_eq!(keys, ["code", "column", "file", "help", "level", "line", "message", "name"]);
    }
    let pf006 = items.iter().find(|i| i["code"] == "PF006").unwrap();
    assert_eq!(pf006["file"], "entries/sub/2026-03-02-a.md");
    assert_eq!(pf006["name"], "testable-adjustment");
    assert_eq!(pf006["level"], "error");
    assert_eq!((pf006["line"].as_u64(), pf006["column"].as_u64()), (Some(10), Some(13)));
}

#[test]
fn github_annotations() {
    let j = TempJournal::with_files(&[(
        "entries/2026-03-02-a.md",
        &with_adjustment("Be more careful."),
    )]);
    let run = j.run(&["check", "journal", "--format", "github"]).expect(1);
    assert!(
        run.stdout.contains("::error file=journal/entries/2026-03-02-a.md,line=10,col=13,title=PF006 testable-adjustment::"),
        "{}",
        run.stdout
    );
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let j = TempJournal::with_files(&[(
        "entries/2026-03-02-a.md",
        &with_adjustment("Be more careful."),
    )]);
    let plain = j.run(&["check", "journal"]);
    assert!(!plain.stdout.contains('\x1b'), "piped output has no escapes");
    let coloured = j.run(&["check", "journal", "--color", "always"]);
    assert!(coloured.stdout.contains('\x1b'));
}

#[test]
fn levels_options_and_phrase_lists_come_from_the_config() {
    let spanish = GOOD_ENTRY.replace(
        "outcome: 31 sign-ups by Friday; 80% came from one forum thread and none from the post.",
        "outcome: Al final no funcionó y todo salió mal, la verdad es que fue así.",
    );
    let j = TempJournal::with_files(&[("entries/2026-03-02-a.md", &spanish)]);
    // No fact in any language: flagged, but the English lists name no
    // judging words in it.
    let run = j.run(&["check", "journal", "--deny", "warnings"]).expect(1);
    assert!(run.stdout.contains("`outcome` states no observable fact"), "{}", run.stdout);
    assert!(!run.stdout.contains("only judging words"), "{}", run.stdout);
    j.write(
        "failfolio.yaml",
        "rules:\n  specific-outcome:\n    evaluation_phrases:\n      extend: [\"no funcionó\", \"salió mal\"]\n",
    );
    let run = j.run(&["check", "journal", "--deny", "warnings"]).expect(1);
    assert!(
        run.stdout.contains("only judging words: \"no funcionó\", \"salió mal\""),
        "{}",
        run.stdout
    );
    // A Spanish fact, once its verb is known.
    let sold = GOOD_ENTRY.replace(
        "outcome: 31 sign-ups by Friday; 80% came from one forum thread and none from the post.",
        "outcome: Al final no funcionó; la tienda vendió treinta y una entradas, no doscientas.",
    );
    j.write("entries/2026-03-02-a.md", &sold);
    j.write(
        "failfolio.yaml",
        "rules:\n  specific-outcome:\n    evaluation_phrases: {extend: [\"no funcionó\"]}\n    past_forms: {extend: [vendió]}\n    stopwords: {extend: [la, al, no, y]}\n",
    );
    j.run(&["check", "journal"]).expect(0);
    j.write("entries/2026-03-02-a.md", &spanish);
    let config = "rules:\n  PF002:\n    level: LEVEL\n    evaluation_phrases: [\"no funcionó\"]\n";
    j.write("failfolio.yaml", &config.replace("LEVEL", "warning"));
    let run = j.run(&["check", "journal"]).expect(0);
    assert!(run.stdout.contains("warning[PF002]"), "{}", run.stdout);
    j.write("failfolio.yaml", &config.replace("LEVEL", "off"));
    let run = j.run(&["check", "journal"]).expect(0);
    assert!(!run.stdout.contains("PF002"), "{}", run.stdout);
    // One rule configured under its code and its name is ambiguous.
    j.write("failfolio.yaml", "rules:\n  PF002: off\n  specific-outcome: error\n");
    let run = j.run(&["check", "journal"]).expect(2);
    assert!(run.stderr.contains("configured twice"), "{}", run.stderr);
}

#[test]
fn configuration_errors_exit_2_with_a_suggestion() {
    let j = TempJournal::with_files(&[("entries/2026-03-02-a.md", GOOD_ENTRY)]);
    j.write("failfolio.yaml", "title: Mine\nrules:\n  testable-adjustmnet: warning\n");
    let run = j.run(&["check", "journal"]).expect(2);
    assert!(
        run.stderr
            .contains("failfolio.yaml` at line 3, column 3: unknown rule `testable-adjustmnet`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("did you mean `testable-adjustment`?"), "{}", run.stderr);
    j.write("failfolio.yaml", "rules:\n  PF002:\n    min_wrds: 3\n");
    let run = j.run(&["check", "journal"]).expect(2);
    assert!(run.stderr.contains("unknown option `min_wrds`"), "{}", run.stderr);
    assert!(run.stderr.contains("did you mean `min_words`?"), "{}", run.stderr);
    j.write("failfolio.yaml", "rules:\n  PF004: sometimes\n");
    j.run(&["check", "journal"]).expect(2);
}

#[test]
fn usage_errors_exit_2() {
    let run = run_in(&crate::util::repo(), &["check", "--format", "xml"]).expect(2);
    assert!(run.stderr.contains("invalid value 'xml'"), "{}", run.stderr);
    let dir = tempfile::tempdir().unwrap();
    run_in(dir.path(), &["check"]).expect(2);
}

#[test]
fn explain_prints_the_rule_doc_by_code_or_name() {
    let by_code = run_in(&crate::util::repo(), &["explain", "PF006"]).expect(0);
    let by_name = run_in(&crate::util::repo(), &["explain", "testable-adjustment"]).expect(0);
    assert_eq!(by_code.stdout, by_name.stdout);
    assert!(by_code.stdout.starts_with("PF006 testable-adjustment (default level: error)"));
    for part in [
        "## What it does",
        "## Why is this bad?",
        "\"I will do better next time\" is not an adjustment",
        "two-week buffer",
    ] {
        assert!(by_code.stdout.contains(part), "{part}\n{}", by_code.stdout);
    }
    let run = run_in(&crate::util::repo(), &["explain", "testable-adjustmnt"]).expect(2);
    assert!(run.stderr.contains("did you mean `testable-adjustment`?"), "{}", run.stderr);
}

#[test]
fn rules_lists_every_rule_with_its_level() {
    let run = run_in(&crate::util::repo(), &["rules"]).expect(0);
    for code in (0..=12).map(|n| format!("PF{n:03}")) {
        assert!(run.stdout.contains(&code), "{code}");
    }
    assert!(run.stdout.contains("PF012   untested-adjustment    info"), "{}", run.stdout);
    let j = TempJournal::with_files(&[]);
    j.write("failfolio.yaml", "rules:\n  untested-adjustment: off\n");
    let run = j.run(&["rules", "--journal", "journal"]).expect(0);
    assert!(run.stdout.contains("PF012   untested-adjustment    off"), "{}", run.stdout);
}

#[test]
fn build_reports_incubating_entries_without_failing() {
    let j = TempJournal::example();
    let run = j.run(&["build", "journal"]).expect(0);
    assert!(
        run.stderr.contains("info[PF005]: incubating: ready to re-encounter since 2026-11-22"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("PF012"), "{}", run.stderr);
}

/// `allow:` silences rules for one entry, as `noqa` does; it says how many
/// findings it silenced, and an `allow` that silences nothing, names no
/// rule, or names one that cannot be allowed is itself a warning.
#[test]
fn allow_silences_rules_for_one_entry_and_reports_itself() {
    let vague = GOOD_ENTRY.replace(
        "outcome: 31 sign-ups by Friday; 80% came from one forum thread and none from the post.",
        "outcome: Honestly it was a disaster and did not go well at all, overall.",
    );
    let j = TempJournal::with_files(&[("entries/2026-03-02-a.md", &vague)]);
    let run = j.run(&["check", "journal"]).expect(1);
    assert!(
        run.stdout.contains("error[PF002]") && run.stdout.contains("warning[PF009]"),
        "{}",
        run.stdout
    );

    let allowed =
        vague.replace("date: 2026-03-02", "date: 2026-03-02\nallow: [PF002, objective-outcome]");
    j.write("entries/2026-03-02-a.md", &allowed);
    let run = j.run(&["check", "journal"]).expect(0);
    assert!(!run.stdout.contains("PF002") && !run.stdout.contains("PF009"), "{}", run.stdout);
    assert!(run.stdout.contains("2 findings allowed)"), "{}", run.stdout);

    let odd =
        GOOD_ENTRY.replace("date: 2026-03-02", "date: 2026-03-02\nallow: [PF006, PF001, PF0002]");
    j.write("entries/2026-03-02-a.md", &odd);
    let run = j.run(&["check", "journal", "--format", "short"]).expect(0);
    assert!(
        run.stdout.contains(
            "entries/2026-03-02-a.md:4:9: warning[PF000]: `allow: PF006` silences nothing"
        ),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("`PF001` (required-fields) cannot be allowed"), "{}", run.stdout);
    assert!(run.stdout.contains("`allow` names no rule: `PF0002`"), "{}", run.stdout);

    // Nothing the checker needs to read an entry can be allowed away: a
    // misspelt privacy flag still blocks the build.
    let private =
        GOOD_ENTRY.replace("date: 2026-03-02", "date: 2026-03-02\nallow: [PF000]\nPrivat: true");
    j.write("entries/2026-03-02-a.md", &private);
    let run = j.run(&["check", "journal"]).expect(1);
    assert!(run.stdout.contains("looks like a privacy flag"), "{}", run.stdout);
}
