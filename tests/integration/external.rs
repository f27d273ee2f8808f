//! `failfolio check --external` against a local HTTP server that the test
//! starts: which answers are findings, where, the cache, and that nothing
//! else makes a request.

use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::util::{GOOD_ENTRY, Reply, Run, TODAY, TempJournal, binary, http_server};

/// A loopback server answering by path, counting requests.
struct Server {
    base: String,
    requests: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// `/ok` 200; `/missing` 404; `/moved` 301 to `/ok`; `/slow` 200 after
    /// 3 s; `/no-head` 405 to `HEAD` and 200 to `GET`; anything else 404.
    fn start() -> Server {
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&requests);
        let base = http_server(move |method, path| {
            seen.lock().unwrap().push(format!("{method} {path}"));
            let (status, headers) = match (method, path) {
                (_, "/ok") => ("200 OK", String::new()),
                (_, "/moved") => ("301 Moved Permanently", "Location: /ok\r\n".to_string()),
                (_, "/slow") => {
                    std::thread::sleep(Duration::from_secs(3));
                    ("200 OK", String::new())
                }
                ("HEAD", "/no-head") => ("405 Method Not Allowed", String::new()),
                ("GET", "/no-head") => ("200 OK", String::new()),
                _ => ("404 Not Found", String::new()),
            };
            Reply { status, headers, body: b"hello".to_vec() }
        });
        Server { base, requests }
    }

    /// The requests so far, as `METHOD /path`, and forgets them.
    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.requests.lock().unwrap())
    }
}

/// The PF013 lines of `--format short` output.
fn pf013(stdout: &str) -> String {
    stdout.lines().filter(|l| l.contains("[PF013]")).map(|l| format!("{l}\n")).collect()
}

/// Runs `failfolio <args>` in `dir` like `util::run_in`, with no proxy.
fn run(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(binary())
        .args(args)
        .current_dir(dir)
        .env("FAILFOLIO_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .env_remove("HTTPS_PROXY")
        .env_remove("https_proxy")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .output()
        .expect("run failfolio");
    Run {
        status: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// An entry whose body links to each of the server's paths.
fn entry_linking_to(base: &str) -> String {
    let body = format!(
        "It worked [here]({base}/ok) and [there]({base}/moved#top).\n\
         Not [here]({base}/missing), nor <{base}/slow>.\n\
         Some servers refuse HEAD: [fine]({base}/no-head).\n\
         Code is no link: `[x]({base}/in-code)`.\n"
    );
    GOOD_ENTRY.replace("Body.\n", &body)
}

/// The 1-based line and column of `needle`'s first `[` or `<` before it.
fn position(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).unwrap();
    let start = text[..at].rfind(['[', '<']).unwrap();
    let line = text[..start].matches('\n').count() + 1;
    let column = start - text[..start].rfind('\n').map_or(0, |i| i + 1) + 1;
    (line, column)
}

#[test]
fn broken_links_are_warnings_at_their_place_and_the_cache_spares_good_ones() {
    let server = Server::start();
    let base = &server.base;
    let entry = entry_linking_to(base);
    let other = GOOD_ENTRY
        .replace("title: Launched", "title: Relaunched")
        .replace("Body.\n", &format!("The same [dead page]({base}/missing#x).\n"));
    let j = TempJournal::with_files(&[
        ("entries/2026-03-02-a.md", &entry),
        ("entries/2026-03-03-b.md", &other),
    ]);
    assert!(
        Command::new("git").args(["init", "-q"]).current_dir(&j.root).status().unwrap().success()
    );

    // Plain `check` and `build` make no request.
    run(j.dir.path(), &["check", "journal"]).expect(0);
    run(j.dir.path(), &["build", "journal"]).expect(0);
    assert_eq!(server.take(), Vec::<String>::new());
    assert!(!j.root.join(".failfolio-cache").exists());

    let args = ["check", "journal", "--external", "--external-timeout", "1", "--format", "short"];
    let first = run(j.dir.path(), &args).expect(0);
    let (ml, mc) = position(&entry, "/missing)");
    let (sl, sc) = position(&entry, "/slow>");
    let (ol, oc) = position(&other, "/missing#x");
    let gone = "(help: correct the address, link an archived copy (https://web.archive.org/), or remove the link)";
    let slow = "(help: the server may be slow or down: try again later, or allow longer with `--external-timeout`)";
    let expected = format!(
        "entries/2026-03-02-a.md:{ml}:{mc}: warning[PF013]: links to `{base}/missing`, which is gone: the server answers 404 Not Found {gone}\n\
         entries/2026-03-02-a.md:{sl}:{sc}: warning[PF013]: links to `{base}/slow`, which did not answer within 1 s {slow}\n\
         entries/2026-03-03-b.md:{ol}:{oc}: warning[PF013]: links to `{base}/missing#x`, which is gone: the server answers 404 Not Found {gone}\n"
    );
    assert_eq!(pf013(&first.stdout), expected, "stderr:\n{}", first.stderr);
    let mut seen = server.take();
    seen.sort();
    // The redirect is followed; the fragment is never sent; `/missing` is
    // requested once for both entries (HEAD, then GET to be sure).
    assert_eq!(
        seen,
        [
            "GET /missing",
            "GET /no-head",
            "HEAD /missing",
            "HEAD /moved",
            "HEAD /no-head",
            "HEAD /ok",
            "HEAD /ok",
            "HEAD /slow",
        ]
    );

    // The cache: git-ignored, and the good answers are not asked again;
    // the failures are.
    let cache = j.root.join(".failfolio-cache");
    assert!(cache.join("external-links.json").is_file());
    let status = Command::new("git")
        .args(["status", "--porcelain", "--untracked-files=all"])
        .current_dir(&j.root)
        .output()
        .unwrap();
    let status = String::from_utf8_lossy(&status.stdout);
    assert!(status.contains("entries/2026-03-02-a.md"), "{status}");
    assert!(!status.contains(".failfolio-cache"), "{status}");

    let second = run(j.dir.path(), &args).expect(0);
    assert_eq!(pf013(&second.stdout), expected);
    let mut seen = server.take();
    seen.sort();
    assert_eq!(seen, ["GET /missing", "HEAD /missing", "HEAD /slow"]);

    // Warnings fail under --deny warnings; the human format says what was
    // followed and points at the link.
    let human = run(
        j.dir.path(),
        &["check", "journal", "--external", "--external-timeout", "1", "--deny", "warnings"],
    )
    .expect(1);
    assert!(
        human.stderr.contains(
            "Followed 5 external links: 2 requested, 3 known good from the cache; 2 broken."
        ),
        "{}",
        human.stderr
    );
    let snippet = human.stdout.replace(base.as_str(), "http://127.0.0.1:PORT");
    insta::assert_snapshot!(snippet);
}

#[test]
fn a_corrupt_cache_is_rewritten_and_allow_silences() {
    let server = Server::start();
    let base = &server.base;
    let entry = GOOD_ENTRY
        .replace("title: Launched", "allow: [entry-links]\ntitle: Launched")
        .replace("Body.\n", &format!("A [dead page]({base}/gone) I keep on purpose.\n"));
    let j = TempJournal::with_files(&[
        ("entries/2026-03-02-a.md", &entry),
        ("entries/2026-03-03-b.md", &GOOD_ENTRY.replace("Body.\n", &format!("[ok]({base}/ok)\n"))),
        (".failfolio-cache/external-links.json", "{\"version\": 1, \"links\": [oops"),
    ]);
    let run = run(j.dir.path(), &["check", "journal", "--external"]).expect(0);
    // The silenced entry's link is not even requested.
    assert_eq!(server.take(), ["HEAD /ok"]);
    assert!(run.stderr.contains("ignored the link cache"), "{}", run.stderr);
    assert!(run.stdout.contains("no errors or warnings"), "{}", run.stdout);
    let cache =
        std::fs::read_to_string(j.root.join(".failfolio-cache/external-links.json")).unwrap();
    assert!(cache.contains(&format!("{base}/ok")), "{cache}");
    assert_eq!(
        std::fs::read_to_string(j.root.join(".failfolio-cache/.gitignore")).unwrap().lines().last(),
        Some("*")
    );
}
