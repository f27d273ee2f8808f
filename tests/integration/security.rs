//! The guarantees of `docs/security.md`, each held by a test that drives
//! the real binary (see: issue 15). Markdown sanitizing is tested in depth
//! in `render::markdown`; here a whole build shows no script reaches a page.

use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use crate::serve::start;
use crate::util::{GOOD_ENTRY, GOOD_TITLE, TempJournal, run_bounded};

/// Generous bounds against stalls: not timings.
const STALL: Duration = Duration::from_secs(30);

fn entry_with_body(body: &str) -> String {
    format!("{GOOD_ENTRY}{body}")
}

// Items 1–3: no script under the default `raw_html: escape`.
#[test]
fn a_published_page_carries_no_script_from_the_body() {
    let body = "\n## A {tabindex=0 autofocus onfocus=alert(1)}\n\n\
                ## B {#q\"onmouseover=\"alert(2)}\n\n\
                [one](javascript:alert(3)) [two](JaVaScRiPt:alert(4)) [three](&#106;avascript:alert(5))\n\n\
                <vbscript:msgbox(6)> ![img](data:text/html;base64,PHNjcmlwdD4=)\n\n\
                [ref][r]\n\n[r]: javascript:alert(7)\n";
    let j =
        TempJournal::with_files(&[("entries/2026-03-02-newsletter.md", &entry_with_body(body))]);
    j.run(&["build", "journal"]).expect(0);
    let page = std::fs::read_to_string(j.public().join("entries/newsletter/index.html")).unwrap();
    let lower = page.to_lowercase();
    for bad in [
        "onfocus",
        "autofocus",
        "onmouseover=\"",
        "href=\"javascript",
        "href=\"vbscript",
        "src=\"data:",
        "href=\"data:",
    ] {
        assert!(!lower.contains(bad), "{bad} in the page:\n{page}");
    }
    // The words stay, as text.
    for text in ["one", "two", "three", "ref"] {
        assert!(page.contains(text), "{text}");
    }
}

// Item 8: heading ids are made in linear time.
#[test]
fn twenty_thousand_headings_build_without_a_stall() {
    let body = "\n".to_string() + &"# a\n\n".repeat(20_000);
    let j = TempJournal::with_files(&[("entries/2026-03-02-headings.md", &entry_with_body(&body))]);
    run_bounded(&j.root, &["build", "."], STALL).expect(0);
    let page = std::fs::read_to_string(j.public().join("entries/headings/index.html")).unwrap();
    assert!(page.contains("id=\"a-19999\""));
}

// Item 9: deep YAML nesting is refused before the parser recurses.
#[test]
fn deeply_nested_front_matter_is_refused_at_once() {
    let deep = format!(
        "---\ntitle: deep\nextra: {{a: {}{}}}\n---\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let compact = format!("---\ntitle: deep\nwhys:\n{}x\n---\n", "- ".repeat(100_000));
    let j = TempJournal::with_files(&[
        ("entries/good.md", GOOD_ENTRY),
        ("entries/deep.md", &deep),
        ("entries/compact.md", &compact),
    ]);
    let run = run_bounded(&j.root, &["check", "."], STALL).expect(1);
    assert!(run.stdout.contains("entries/deep.md:3:"), "{}", run.stdout);
    assert!(run.stdout.contains("entries/compact.md:4:"), "{}", run.stdout);
    assert_eq!(run.stdout.matches("front matter nests deeper than 64 levels").count(), 2);
}

// Item 10: a long follow-up chain is not listed whole on every page.
#[test]
fn a_long_chain_renders_in_linear_space() {
    const N: usize = 1_500;
    let files: Vec<(String, String)> = (0..N)
        .map(|i| {
            let date = jiff::civil::date(2020, 1, 1) + jiff::Span::new().days(i as i64);
            let followup =
                if i + 1 < N { format!("followup: attempt-{}\n", i + 1) } else { String::new() };
            let text = GOOD_ENTRY
                .replace(GOOD_TITLE, &format!("Attempt {i}"))
                .replace(
                    "date: 2026-03-02",
                    &format!("date: {date}\nslug: attempt-{i}\n{followup}"),
                )
                .replace(
                    "processed: 2026-03-05",
                    &format!("processed: {}", date + jiff::Span::new().days(3)),
                );
            (format!("entries/{i:05}.md"), text)
        })
        .collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    let j = TempJournal::with_files(&refs);
    // The chain's pages are what is bounded here, not 1,500 social cards.
    j.write("failfolio.yaml", "cards: never\n");
    run_bounded(&j.root, &["build", "."], STALL).expect(0);
    let middle =
        std::fs::read_to_string(j.public().join("entries/attempt-700/index.html")).unwrap();
    assert!(middle.len() < 40_000, "an entry page of a long chain is {} bytes", middle.len());
    for shown in [
        "Attempt 0<",
        "Attempt 698<",
        "Attempt 699<",
        "Attempt 701<",
        "Attempt 702<",
        "Attempt 1499<",
    ] {
        assert!(middle.contains(shown), "{shown} is listed");
    }
    assert!(
        !middle.contains("Attempt 697<") && !middle.contains("Attempt 703<"),
        "the rest is not"
    );
    assert!(middle.contains("697 more attempts") && middle.contains("796 more attempts"));
}

// Item 11: symlinks in `static/` and `templates/` stay inside the journal.
#[test]
fn symlinks_out_of_the_journal_or_into_entries_are_refused() {
    let cases: [(&str, &str, &str); 4] = [
        ("static/passwd", "/etc/passwd", "points outside the journal"),
        ("static/sources", "../entries", "points into `entries/`"),
        ("templates/base.html", "/etc/hostname", "points outside the journal"),
        ("static/mine.md", "../entries/2026-03-02-newsletter.md", "points into `entries/`"),
    ];
    for (link, target, message) in cases {
        let j = TempJournal::with_files(&[("entries/2026-03-02-newsletter.md", GOOD_ENTRY)]);
        let path = j.root.join(link);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(target, &path).unwrap();
        let run = j.run(&["build", "journal"]).expect(2);
        assert!(
            run.stderr.contains(link) && run.stderr.contains(message),
            "{link}: {}",
            run.stderr
        );
        assert!(!j.public().exists(), "{link}: nothing is written");
    }
    // A link that stays inside the journal (not into entries) is fine.
    let j = TempJournal::with_files(&[
        ("entries/2026-03-02-newsletter.md", GOOD_ENTRY),
        ("assets/logo.svg", "<svg/>"),
    ]);
    std::fs::create_dir_all(j.root.join("static")).unwrap();
    std::os::unix::fs::symlink("../assets/logo.svg", j.root.join("static/logo.svg")).unwrap();
    j.run(&["build", "journal"]).expect(0);
    assert!(j.public().join("logo.svg").is_file());
}

// Item 12: a theme is a name.
#[test]
fn a_theme_outside_the_journal_is_refused() {
    for theme in ["../elsewhere", "/etc", "paper/../../x"] {
        let j = TempJournal::with_files(&[("entries/2026-03-02-newsletter.md", GOOD_ENTRY)]);
        std::fs::create_dir_all(j.dir.path().join("elsewhere/templates")).unwrap();
        j.write("failfolio.yaml", &format!("theme: \"{theme}\"\n"));
        let run = j.run(&["build", "journal"]).expect(2);
        assert!(run.stderr.contains("is not a theme name"), "{theme}: {}", run.stderr);
    }
}

// Item 13: a misspelt privacy flag is an error, never a published entry.
#[test]
fn a_misspelt_privacy_flag_blocks_the_build() {
    let flags = [
        "Private: true",
        "privat: true",
        "hidden: true",
        "<<: {private: true}",
        "Draft: true",
        "drafft: true",
        "published: false",
    ];
    for flag in flags {
        let canary = "zqcanarymisspelt";
        let text = GOOD_ENTRY
            .replace(GOOD_TITLE, canary)
            .replace("date: 2026-03-02", &format!("date: 2026-03-02\n{flag}"));
        let j = TempJournal::with_files(&[("entries/2026-03-02-secret.md", &text)]);
        let run = j.run(&["build", "journal"]).expect(1);
        let out = format!("{}{}", run.stdout, run.stderr);
        assert!(
            out.contains("looks like a privacy flag") && out.contains("secret.md:4:1"),
            "{flag}: {out}"
        );
        assert!(!j.public().exists(), "{flag}: nothing is published");
    }
}

// Item 15: an over-long slug or tag is caught by the checker, in place.
#[test]
fn an_overlong_slug_or_tag_is_a_finding_with_its_position() {
    let long = "a".repeat(300);
    let slug = GOOD_ENTRY.replace("date: 2026-03-02", &format!("date: 2026-03-02\nslug: {long}"));
    let tag = GOOD_ENTRY.replace("date: 2026-03-02", &format!("date: 2026-03-02\ntags: [{long}]"));
    let j = TempJournal::with_files(&[("entries/slug.md", &slug), ("entries/tag.md", &tag)]);
    let run = j.run(&["check", "journal", "--format", "short"]).expect(1);
    assert!(run.stdout.contains("entries/slug.md:4:7:"), "{}", run.stdout);
    assert!(run.stdout.contains("more than 120"), "{}", run.stdout);
    assert!(run.stdout.contains("entries/tag.md:4:8:"), "{}", run.stdout);
    assert!(!run.stdout.contains("File name too long"), "{}", run.stdout);
}

/// The preview folder: the only `failfolio-serve-*` folder in the
/// server's temporary folder.
fn preview_dir(tmp: &std::path::Path) -> std::path::PathBuf {
    let dirs: Vec<_> = std::fs::read_dir(tmp)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("failfolio-serve-"))
        .collect();
    assert_eq!(dirs.len(), 1, "{dirs:?}");
    dirs[0].clone()
}

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

// Item 4: only the user can read the preview, before and after rebuilds.
#[test]
fn the_preview_is_readable_by_its_user_alone() {
    let j = TempJournal::example();
    let served = start(&j, &[]);
    let dir = preview_dir(&served.tmp);
    assert_eq!(mode(&dir), 0o700, "the preview folder");
    // A change to the configuration rebuilds every page (a swap).
    let config = std::fs::read_to_string(j.root.join("failfolio.yaml")).unwrap();
    std::fs::write(j.root.join("failfolio.yaml"), config.replace("title:", "title: Renamed —"))
        .unwrap();
    served.wait_for("/", "the renamed site", |_, body| body.contains("Renamed —"));
    let dir_after = preview_dir(&served.tmp);
    assert_eq!(mode(&dir_after), 0o700, "the preview folder after a full rebuild");
    // Nothing of the preview lies outside that folder.
    let outside: Vec<_> = std::fs::read_dir(&served.tmp)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| *p != dir_after)
        .collect();
    assert!(outside.is_empty(), "{outside:?}");
}

// Item 5: `--public` streams nothing about unpublished entries.
#[test]
fn public_preview_streams_only_published_entries_problems() {
    let canary = "zqprivateoverlaycanary";
    let private = GOOD_ENTRY
        .replace(GOOD_TITLE, canary)
        .replace("date: 2026-03-02", "date: 2026-03-02\nprivate: true")
        .replace(
            "outcome: 31 sign-ups by Friday; 80% came from one forum thread and none from the post.",
            &format!("outcome: {canary} it failed"),
        );
    let j = TempJournal::with_files(&[
        ("entries/2026-03-02-public.md", GOOD_ENTRY),
        (&format!("entries/2026-03-02-{canary}.md"), &private),
    ]);
    let served = start(&j, &["--public"]);
    // Break the published entry: the build is blocked.
    let path = j.root.join("entries/2026-03-02-public.md");
    std::fs::write(&path, GOOD_ENTRY.replace("title: ", "titel: ")).unwrap();
    let state = served
        .wait_for_state("blocked", |s| s["problems"].as_array().is_some_and(|p| !p.is_empty()));
    let text = state.to_string();
    assert!(text.contains("2026-03-02-public.md"), "{text}");
    assert!(!text.contains(canary), "{text}");
    assert!(served.stderr().contains(canary) || !served.stderr().is_empty());
}

// Item 6: DNS rebinding: requests for another host are refused.
#[test]
fn requests_for_a_foreign_host_are_refused() {
    let j = TempJournal::example();
    let served = start(&j, &[]);
    let addr = served.url.trim_start_matches("http://").trim_end_matches('/').to_string();
    let port = addr.rsplit(':').next().unwrap();
    let get = |host: &str| {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(&addr).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let request = format!("GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).unwrap();
        let mut response = String::new();
        let _ = stream.read_to_string(&mut response);
        response.split_whitespace().nth(1).unwrap_or("").to_string()
    };
    assert_eq!(get(&format!("evil.example:{port}")), "421");
    assert_eq!(get("evil.example"), "421");
    assert_eq!(get(&format!("localhost.evil.example:{port}")), "421");
    assert_eq!(get(&format!("localhost:{port}")), "200");
    assert_eq!(get(&format!("127.0.0.1:{port}")), "200");
}

// Item 7: closing the terminal (SIGHUP) removes the preview, as Ctrl-C does.
#[test]
fn every_way_of_stopping_removes_the_preview() {
    for signal in ["HUP", "TERM", "INT"] {
        let j = TempJournal::example();
        let served = start(&j, &[]);
        let tmp = served.tmp.clone();
        preview_dir(&tmp);
        let (code, _) = served.signal(signal);
        assert_eq!(code, 0, "SIG{signal}");
        let left: Vec<_> = std::fs::read_dir(&tmp).unwrap().map(|e| e.unwrap().path()).collect();
        assert!(left.is_empty(), "SIG{signal} left {left:?}");
    }
}

// The suite's own servers clean up after themselves (they are ended with
// SIGTERM, not SIGKILL).
#[test]
fn a_dropped_test_server_removes_its_preview() {
    let j = TempJournal::example();
    let tmp = {
        let served = start(&j, &[]);
        served.tmp.clone()
    };
    let left: Vec<_> = std::fs::read_dir(&tmp).unwrap().map(|e| e.unwrap().path()).collect();
    assert!(left.is_empty(), "{left:?}");
}
