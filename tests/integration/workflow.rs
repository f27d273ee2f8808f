//! The journal workflow: init, new, status, schema, completions, --help,
//! and the publishing docs' workflow and hook, run as written.

use std::path::{Path, PathBuf};

use crate::util::{TempJournal, repo, run_in};

#[test]
fn init_writes_a_journal_that_checks_clean_and_builds() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_in(dir.path(), &["init", "journal"]).expect(0);
    for file in ["failfolio.yaml", ".gitignore", "entries"] {
        assert!(dir.path().join("journal").join(file).exists(), "{file}\n{}", run.stdout);
    }
    assert!(run.stdout.contains("failfolio new"), "says what to do next");
    let check = run_in(dir.path(), &["check", "journal"]).expect(0);
    assert!(check.stdout.contains("1 entry checked: no errors or warnings"), "{}", check.stdout);
    let build = run_in(dir.path(), &["build", "journal"]).expect(0);
    assert!(
        build.stdout.starts_with("Published 0 entries (1 draft not published)"),
        "{}",
        build.stdout
    );
    let gitignore = std::fs::read_to_string(dir.path().join("journal/.gitignore")).unwrap();
    assert!(gitignore.contains("/public/"));
}

#[test]
fn init_refuses_a_non_empty_folder_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("failfolio.yaml"), "title: Mine\n").unwrap();
    let run = run_in(dir.path(), &["init", "."]).expect(2);
    assert!(
        run.stderr.contains("is not empty") && run.stderr.contains("--force"),
        "{}",
        run.stderr
    );
    let run = run_in(dir.path(), &["init", ".", "--force"]).expect(0);
    assert!(
        run.stdout.contains("kept") && run.stdout.contains("failfolio.yaml (already there)"),
        "{}",
        run.stdout
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("failfolio.yaml")).unwrap(),
        "title: Mine\n"
    );
    assert!(dir.path().join("entries").is_dir());
}

#[test]
fn new_writes_an_incubating_entry_that_check_reports_as_such() {
    let dir = tempfile::tempdir().unwrap();
    run_in(dir.path(), &["init", "j"]).expect(0);
    let run = run_in(dir.path(), &["new", "Froze during the demo", "--journal", "j"]).expect(0);
    let path = "j/entries/2026/2026-11-23-froze-during-the-demo.md";
    assert_eq!(run.stdout.trim(), path);
    let text = std::fs::read_to_string(dir.path().join(path)).unwrap();
    for question in [
        "# What was supposed to happen?",
        "# What actually happened?",
        "# Why were there differences?",
        "# What will you do differently",
        "# This attempt failed.",
    ] {
        assert!(text.contains(question), "{question}");
    }
    let check = run_in(dir.path(), &["check", "j"]).expect(0);
    assert!(
        check.stdout.contains("entries/2026/2026-11-23-froze-during-the-demo.md:1:1: info[PF005]: incubating: ready to re-encounter on 2026-11-25"),
        "{}",
        check.stdout
    );
    assert!(!check.stdout.contains("error["), "{}", check.stdout);
}

#[test]
fn new_refuses_to_overwrite_and_needs_a_title_with_letters() {
    let dir = tempfile::tempdir().unwrap();
    run_in(dir.path(), &["init", "j"]).expect(0);
    run_in(dir.path(), &["new", "Twice", "--journal", "j", "--date", "2026-01-05"]).expect(0);
    let path = dir.path().join("j/entries/2026/2026-01-05-twice.md");
    std::fs::write(&path, "mine").unwrap();
    let run =
        run_in(dir.path(), &["new", "Twice", "--journal", "j", "--date", "2026-01-05"]).expect(2);
    assert!(run.stderr.contains("refusing to overwrite"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    let run = run_in(dir.path(), &["new", "!?!", "--journal", "j"]).expect(2);
    assert!(run.stderr.contains("has no letters or digits"), "{}", run.stderr);
    let run = run_in(dir.path(), &["new", "Anything", "--journal", "nowhere"]).expect(2);
    assert!(run.stderr.contains("failfolio init"), "{}", run.stderr);
}

#[test]
fn new_edit_opens_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    run_in(dir.path(), &["init", "j"]).expect(0);
    // An "editor" that appends a line, so we can see it ran on the file.
    let editor = dir.path().join("editor.sh");
    std::fs::write(&editor, "#!/bin/sh\necho 'edited by the editor' >> \"$1\"\n").unwrap();
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let output = std::process::Command::new(crate::util::binary())
        .args(["new", "Edited", "--journal", "j", "--edit"])
        .current_dir(dir.path())
        .env("FAILFOLIO_TODAY", crate::util::TODAY)
        .env_remove("VISUAL")
        .env("EDITOR", editor.to_str().unwrap())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text =
        std::fs::read_to_string(dir.path().join("j/entries/2026/2026-11-23-edited.md")).unwrap();
    assert!(text.ends_with("edited by the editor\n"));
    let output = std::process::Command::new(crate::util::binary())
        .args(["new", "No editor", "--journal", "j", "--edit"])
        .current_dir(dir.path())
        .env_remove("VISUAL")
        .env_remove("EDITOR")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("set $VISUAL or $EDITOR"));
}

#[test]
fn status_on_known_dates() {
    let j = TempJournal::example();
    let run = j.run(&["status", "journal"]).expect(0);
    assert!(run.stdout.contains("Ready to re-encounter"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("since 2026-11-22  Demo to the steering group died on the second screen"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Adjustments never tested by a later attempt — try one, then write it up with `followup` (14)"), "{}", run.stdout);
    assert!(
        run.stdout.contains("18 entries: 15 processed, 1 incubating, 1 draft, 1 private; 0 with errors; 3 of 15 adjustments tested\n1 entry is waiting to be processed since 2026-11-20"),
        "{}",
        run.stdout
    );
    let json = j.run(&["status", "journal", "--format", "json"]).expect(0);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["today"], "2026-11-23");
    assert_eq!(v["incubating"][0]["ready"], "2026-11-22");
    assert_eq!(v["incubating"][0]["ready_now"], true);
    assert_eq!(v["untested"].as_array().unwrap().len(), 14);
    assert_eq!(v["untested"][0]["days"], 1346);
    assert_eq!(v["totals"]["incubating"], 1);
    assert_eq!(v["totals"]["tested"], 3);
    // Two days earlier, the incubating entry is not ready yet, and errors show.
    j.write("entries/broken.md", "---\ntitle: [x\n---\n");
    let earlier = std::process::Command::new(crate::util::binary())
        .args(["status", "journal", "--format", "json"])
        .current_dir(j.dir.path())
        .env("FAILFOLIO_TODAY", "2026-11-21")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&earlier.stdout).unwrap();
    assert_eq!(v["incubating"][0]["ready_now"], false);
    assert_eq!(v["with_errors"][0]["file"], "entries/broken.md");
}

fn front_matter_as_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    let split = failfolio::journal::front_matter::split(&text).unwrap();
    let yaml: serde_yaml::Value = serde_yaml::from_str(split.yaml).unwrap();
    serde_json::to_value(yaml).unwrap()
}

#[test]
fn the_schema_is_valid_and_matches_the_example_journal() {
    let run = run_in(&repo(), &["schema"]).expect(0);
    let schema: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    jsonschema::meta::validate(&schema).expect("a valid JSON Schema");
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    let validator = jsonschema::validator_for(&schema).unwrap();
    let entries: Vec<PathBuf> = walkdir::WalkDir::new(repo().join("example-journal/entries"))
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    assert_eq!(entries.len(), 18);
    for path in &entries {
        let instance = front_matter_as_json(path);
        let errors: Vec<String> = validator.iter_errors(&instance).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
    let mut wrong = front_matter_as_json(&entries[0]);
    wrong["title"] = serde_json::json!(["a", "list"]);
    assert!(!validator.is_valid(&wrong), "a list where text belongs");
    let mut wrong = front_matter_as_json(&entries[0]);
    wrong["date"] = serde_json::json!("next tuesday");
    assert!(!validator.is_valid(&wrong), "a date that is not a date");
    let mut wrong = front_matter_as_json(&entries[0]);
    wrong["outcom"] = serde_json::json!("typo");
    assert!(!validator.is_valid(&wrong), "an unknown key");
}

#[test]
fn completions_for_each_shell() {
    for shell in ["bash", "zsh", "fish"] {
        let run = run_in(&repo(), &["completions", shell]).expect(0);
        for command in ["build", "check", "init", "new", "status", "schema"] {
            assert!(run.stdout.contains(command), "{shell} lacks {command}");
        }
    }
}

#[test]
fn every_command_has_help_with_examples() {
    for command in ["build", "check", "explain", "init", "new", "status", "schema", "completions"] {
        let run = run_in(&repo(), &[command, "--help"]).expect(0);
        assert!(
            run.stdout.contains("Example"),
            "`{command} --help` has no example:\n{}",
            run.stdout
        );
    }
}

#[test]
fn short_format_is_one_line_per_finding() {
    let j = TempJournal::with_files(&[("entries/broken.md", "---\ntitle: [x\n---\n")]);
    let run = j.run(&["check", "journal", "--format", "short"]).expect(1);
    assert!(
        run.stdout.starts_with("entries/broken.md:2:8: error[PF000]: invalid front matter"),
        "{}",
        run.stdout
    );
    assert_eq!(run.stdout.lines().count(), 1);
}

/// The fenced blocks of a Markdown file with the given info string.
fn blocks<'a>(markdown: &'a str, lang: &str) -> Vec<&'a str> {
    let fence = format!("```{lang}\n");
    markdown.split(fence.as_str()).skip(1).map(|rest| &rest[..rest.find("```").unwrap()]).collect()
}

/// A folder on PATH holding a `failfolio` that is the binary under test.
fn path_with_failfolio() -> (tempfile::TempDir, String) {
    let bin = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(crate::util::binary(), bin.path().join("failfolio")).unwrap();
    let path = format!("{}:{}", bin.path().display(), std::env::var("PATH").unwrap_or_default());
    (bin, path)
}

#[test]
fn the_publishing_workflow_parses_and_its_commands_work() {
    let doc = std::fs::read_to_string(repo().join("docs/publishing.md")).unwrap();
    let workflow = blocks(&doc, "yaml")
        .into_iter()
        .find(|b| b.starts_with("name: Publish"))
        .expect("the workflow");
    let parsed: serde_yaml::Value =
        serde_yaml::from_str(workflow).expect("the workflow is valid YAML");
    let steps = parsed["jobs"]["build"]["steps"].as_sequence().unwrap();
    let runs: Vec<&str> = steps
        .iter()
        .filter_map(|s| s["run"].as_str())
        .filter(|r| r.starts_with("failfolio"))
        .collect();
    assert_eq!(runs.len(), 2, "check and build");
    assert!(
        parsed["jobs"]["deploy"]["steps"][0]["uses"]
            .as_str()
            .unwrap()
            .starts_with("actions/deploy-pages")
    );
    // Run them in a copy of the example journal, as Actions would.
    let j = TempJournal::example();
    let (_bin, path) = path_with_failfolio();
    for run in runs {
        let command =
            run.replace("${{ steps.pages.outputs.base_url }}", "https://maya.github.io/failures");
        let output = std::process::Command::new("sh")
            .args(["-c", &command])
            .current_dir(&j.root)
            .env("PATH", &path)
            .env("FAILFOLIO_TODAY", crate::util::TODAY)
            .output()
            .unwrap();
        assert!(output.status.success(), "{command}: {}", String::from_utf8_lossy(&output.stderr));
    }
    let page = std::fs::read_to_string(j.root.join("_site/resume/index.html")).unwrap();
    assert!(
        page.contains("<link rel=\"canonical\" href=\"https://maya.github.io/failures/resume/\">")
    );
    let precommit = blocks(&doc, "yaml")
        .into_iter()
        .find(|b| b.starts_with("repos:"))
        .expect("pre-commit config");
    let parsed: serde_yaml::Value = serde_yaml::from_str(precommit).unwrap();
    assert_eq!(parsed["repos"][0]["hooks"][0]["id"], "failfolio-check");
}

#[test]
fn the_pre_commit_hook_passes_a_clean_journal_and_stops_a_broken_one() {
    let doc = std::fs::read_to_string(repo().join("docs/publishing.md")).unwrap();
    let hook =
        blocks(&doc, "sh").into_iter().find(|b| b.starts_with("#!/bin/sh")).expect("the hook");
    let j = TempJournal::example();
    let (_bin, path) = path_with_failfolio();
    let run_hook = || {
        std::process::Command::new("sh")
            .args(["-c", hook])
            .current_dir(&j.root)
            .env("PATH", &path)
            .env("FAILFOLIO_TODAY", crate::util::TODAY)
            .output()
            .unwrap()
    };
    assert!(run_hook().status.success());
    j.write("entries/2026/broken.md", "---\ntitle: x\n");
    let output = run_hook();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).contains("entries/2026/broken.md"));
}

#[test]
fn the_schema_in_draft_07_for_older_validators() {
    let run = run_in(&repo(), &["schema", "--draft", "7"]).expect(0);
    let schema: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    jsonschema::meta::validate(&schema).expect("a valid draft-07 schema");
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(validator.is_valid(&serde_json::json!({"title": "x", "date": "2026-03-02"})));
    assert!(!validator.is_valid(&serde_json::json!({"title": ["x"], "date": "2026-03-02"})));
}

#[test]
fn every_command_finds_the_journal_from_a_folder_inside_it() {
    let j = TempJournal::example();
    j.write("failfolio.yaml", "title: Mine\nrules:\n  PF009: off\n");
    let inside = j.root.join("entries/2026");
    let check = run_in(&inside, &["check"]).expect(0);
    assert!(check.stdout.contains("18 entries checked"), "{}", check.stdout);
    let status = run_in(&inside, &["status"]).expect(0);
    assert!(status.stdout.contains("18 entries: 15 processed"), "{}", status.stdout);
    let rules = run_in(&inside, &["rules"]).expect(0);
    assert!(
        rules.stdout.lines().any(|l| l.starts_with("PF009") && l.contains(" off ")),
        "rules reads the journal's failfolio.yaml:\n{}",
        rules.stdout
    );
    let new = run_in(&inside, &["new", "Found from inside", "--date", "2026-11-20"]).expect(0);
    let written = j.root.join("entries/2026/2026-11-20-found-from-inside.md");
    assert!(written.is_file(), "{}", new.stdout);
    assert!(!inside.join("entries").exists(), "no nested entries/ folder");
    let build = run_in(&inside, &["build"]).expect(0);
    assert!(build.stdout.starts_with("Published 15 entries"), "{}", build.stdout);
    assert!(j.root.join("public/index.html").is_file());
    assert!(!inside.join("public").exists());
}

#[test]
fn one_option_names_the_journal_for_every_command() {
    let j = TempJournal::example();
    let elsewhere = tempfile::tempdir().unwrap();
    let root = j.root.to_str().unwrap();
    for (spelling, command) in [
        ("-C", &["check"][..]),
        ("--journal", &["status"]),
        ("-C", &["rules"]),
        ("--journal", &["new", "Named", "--date", "2026-01-02"]),
    ] {
        let mut args = vec![spelling, root];
        args.extend_from_slice(command);
        run_in(elsewhere.path(), &args).expect(0);
    }
    assert!(j.root.join("entries/2026/2026-01-02-named.md").is_file());
    // After the command too, as `--journal` always was for `new`.
    run_in(elsewhere.path(), &["new", "After", "--journal", root]).expect(0);
    run_in(elsewhere.path(), &["build", "-C", root, "-o", "site"]).expect(0);
    assert!(elsewhere.path().join("site/index.html").is_file(), "-o is relative to where you are");
    // The old positional path still works.
    run_in(elsewhere.path(), &["check", root]).expect(0);
}

#[test]
fn outside_a_journal_commands_say_so_and_init_refuses_to_nest() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_in(dir.path(), &["check"]).expect(2);
    assert!(run.stderr.contains("is not a failfolio journal"), "{}", run.stderr);
    assert!(run.stderr.contains("failfolio init"), "{}", run.stderr);
    let run = run_in(dir.path(), &["check", "-C", "nonexistent"]).expect(2);
    assert!(run.stderr.contains("`nonexistent` does not exist"), "{}", run.stderr);
    let run = run_in(dir.path(), &["check", "nonexistent"]).expect(2);
    assert!(run.stderr.contains("`nonexistent` does not exist"), "{}", run.stderr);

    run_in(dir.path(), &["init", "j"]).expect(0);
    std::fs::create_dir_all(dir.path().join("j/entries/2026")).unwrap();
    for (cwd, arg) in [("j/entries/2026", "."), ("j", "sub"), (".", "j/entries/new")] {
        let run = run_in(&dir.path().join(cwd), &["init", arg]).expect(2);
        assert!(
            run.stderr.contains("inside the journal") && run.stderr.contains("/j`"),
            "{cwd} {arg}: {}",
            run.stderr
        );
        let run = run_in(&dir.path().join(cwd), &["init", "--force", arg]).expect(2);
        assert!(run.stderr.contains("inside the journal"), "{}", run.stderr);
    }
    assert!(!dir.path().join("j/entries/2026/failfolio.yaml").exists());
    assert!(!dir.path().join("j/sub").exists());
    // Adding what is missing to the journal itself is still allowed.
    run_in(dir.path(), &["init", "--force", "j"]).expect(0);
}
