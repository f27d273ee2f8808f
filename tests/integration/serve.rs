//! `failfolio serve`, the real binary on a temporary copy of a journal:
//! every kind of edit shows in the served pages, a broken entry keeps the
//! last good page and is reported, Ctrl-C exits cleanly. Each wait is a
//! bounded poll.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::util::{TODAY, TempJournal, good_entry, run_bounded};

/// How long any one change may take to show (a guard against hangs, not
/// a wait: every poll returns as soon as the change shows). On a 2-core
/// CI machine running every test at once, the first build of the example
/// journal has taken over 20 s.
const LIMIT: Duration = Duration::from_secs(60);

const RIVERSIDE: &str = "entries/2024/2024-05-18-riverside-half-went-out-too-fast.md";
const RIVERSIDE_PAGE: &str = "/entries/riverside-half-went-out-too-fast/";

/// A running `failfolio serve`.
pub(crate) struct Served {
    child: Child,
    /// The server's temporary folder (`TMPDIR`), which holds the preview.
    pub tmp: std::path::PathBuf,
    /// `http://127.0.0.1:<port>/`.
    pub url: String,
    stdout: Receiver<String>,
    stderr: Arc<Mutex<String>>,
}

/// Starts `failfolio serve <journal> --port 0 <args>` and waits until the
/// first build is served.
pub(crate) fn start(journal: &TempJournal, args: &[&str]) -> Served {
    // The preview is made in a temporary folder of the test's own, which
    // goes with the test whatever happens to the server.
    let tmp = journal.dir.path().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let mut child = Command::new(crate::util::binary())
        .env("TMPDIR", &tmp)
        .arg("serve")
        .arg(&journal.root)
        .args(["--port", "0"])
        .args(args)
        .env("FAILFOLIO_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start failfolio serve");
    let (tx, stdout) = mpsc::channel();
    let out = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let stderr = Arc::new(Mutex::new(String::new()));
    let sink = stderr.clone();
    let err = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(err).lines().map_while(Result::ok) {
            let mut s = sink.lock().unwrap();
            s.push_str(&line);
            s.push('\n');
        }
    });
    let deadline = Instant::now() + LIMIT;
    let url = loop {
        let line =
            stdout.recv_timeout(deadline.saturating_duration_since(Instant::now())).unwrap_or_else(
                |_| panic!("serve printed no address; stderr:\n{}", stderr.lock().unwrap()),
            );
        if let Some(rest) = line.strip_prefix("Serving ") {
            break rest.split_whitespace().next().unwrap().to_string();
        }
    };
    let served = Served { child, tmp, url, stdout, stderr };
    served.wait_for("/", "the first build", |status, _| status == 200);
    served
}

impl Served {
    /// `GET path`: the status and the body.
    pub(crate) fn get(&self, path: &str) -> (u16, String) {
        let addr = self.url.trim_start_matches("http://").trim_end_matches('/');
        let Ok(mut stream) = TcpStream::connect(addr) else { return (0, String::new()) };
        stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
        if stream.write_all(request.as_bytes()).is_err() {
            return (0, String::new());
        }
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response);
        let response = String::from_utf8_lossy(&response);
        let status = response.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        let body = response.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
        (status, body)
    }

    /// Polls `path` until `done(status, body)` holds; fails after [`LIMIT`].
    #[track_caller]
    pub(crate) fn wait_for(
        &self,
        path: &str,
        what: &str,
        done: impl Fn(u16, &str) -> bool,
    ) -> String {
        let deadline = Instant::now() + LIMIT;
        loop {
            let (status, body) = self.get(path);
            if done(status, &body) {
                return body;
            }
            if Instant::now() > deadline {
                panic!(
                    "{what}: {path} did not change within {LIMIT:?} (last status {status}); stderr:\n{}",
                    self.stderr()
                );
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// The first `state` event of `/__failfolio/events`, as JSON.
    pub(crate) fn state(&self) -> serde_json::Value {
        let addr = self.url.trim_start_matches("http://").trim_end_matches('/');
        let mut stream = TcpStream::connect(addr).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let request = format!("GET /__failfolio/events HTTP/1.1\r\nHost: {addr}\r\n\r\n");
        stream.write_all(request.as_bytes()).unwrap();
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        while reader.read_line(&mut line).unwrap() > 0 {
            if let Some(data) = line.strip_prefix("data: ") {
                return serde_json::from_str(data.trim_end()).unwrap();
            }
            line.clear();
        }
        panic!("the event stream ended without a state");
    }

    /// Polls the event stream until `done(state)` holds.
    #[track_caller]
    pub(crate) fn wait_for_state(
        &self,
        what: &str,
        done: impl Fn(&serde_json::Value) -> bool,
    ) -> serde_json::Value {
        let deadline = Instant::now() + LIMIT;
        loop {
            let state = self.state();
            if done(&state) {
                return state;
            }
            assert!(
                Instant::now() < deadline,
                "{what}: last state {state}; stderr:\n{}",
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// What the server printed to stderr so far.
    pub(crate) fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Sends Ctrl-C (SIGINT) and waits for the exit; returns the status and
    /// the rest of stdout.
    pub(crate) fn interrupt(self) -> (i32, String) {
        self.signal("INT")
    }

    /// Sends `signal` (`INT`, `TERM`, `HUP`) and waits for the exit;
    /// returns the status and the rest of stdout.
    pub(crate) fn signal(mut self, signal: &str) -> (i32, String) {
        let status = Command::new("kill")
            .args([&format!("-{signal}"), &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success(), "kill -{signal}");
        let code = self.wait_exit().unwrap_or_else(|| panic!("serve did not stop on SIG{signal}"));
        let rest: Vec<String> = self.stdout.try_iter().collect();
        (code, rest.join("\n"))
    }

    /// Waits (bounded) for the server to exit; its exit code.
    fn wait_exit(&mut self) -> Option<i32> {
        let deadline = Instant::now() + LIMIT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status.code().unwrap_or(-1));
            }
            if Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Served {
    /// Ends the server as a user would, so that it removes its preview;
    /// SIGKILL only if it does not stop.
    fn drop(&mut self) {
        if let Ok(Some(_)) = self.child.try_wait() {
            return;
        }
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).stderr(Stdio::null()).status();
        if self.wait_exit().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn edit(journal: &TempJournal, rel: &str, from: &str, to: &str) {
    let path = journal.root.join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} has no {from:?}");
    std::fs::write(&path, text.replace(from, to)).unwrap();
}

#[test]
fn every_kind_of_edit_shows_in_the_served_pages() {
    let journal = TempJournal::example();
    let served = start(&journal, &[]);

    // Edit in place.
    edit(&journal, RIVERSIDE, "title: Went out too fast", "title: Started too fast");
    served
        .wait_for(RIVERSIDE_PAGE, "an edit in place", |_, body| body.contains("Started too fast"));
    // Its chain neighbour links to it by title.
    served.wait_for("/entries/riverside-half-22-seconds/", "a chain neighbour", |_, body| {
        body.contains("Started too fast")
    });

    // Atomic save: a temporary file renamed over the entry (VS Code, vim's
    // backup dance, JetBrains).
    let path = journal.root.join(RIVERSIDE);
    let text = std::fs::read_to_string(&path).unwrap();
    let tmp = journal.root.join("entries/2024/.riverside.md.tmp");
    std::fs::write(&tmp, text.replace("title: Started too fast", "title: Raced the first third"))
        .unwrap();
    std::fs::rename(&tmp, &path).unwrap();
    served.wait_for(RIVERSIDE_PAGE, "an atomic save", |_, body| {
        body.contains("Raced the first third")
    });

    // Create an entry in a new folder.
    journal.write(
        "entries/2025/spring/2025-04-02-spring-reading.md",
        &good_entry("Half-empty spring reading", "readings"),
    );
    served.wait_for("/entries/spring-reading/", "a new entry", |status, _| status == 200);
    served.wait_for("/tags/readings/", "its new tag", |status, _| status == 200);

    // Rename it.
    std::fs::rename(
        journal.root.join("entries/2025/spring/2025-04-02-spring-reading.md"),
        journal.root.join("entries/2025/spring/2025-04-02-the-spring-reading.md"),
    )
    .unwrap();
    served.wait_for("/entries/the-spring-reading/", "a renamed entry", |status, _| status == 200);
    served.wait_for("/entries/spring-reading/", "the old name", |status, _| status == 404);

    // Delete it.
    std::fs::remove_file(journal.root.join("entries/2025/spring/2025-04-02-the-spring-reading.md"))
        .unwrap();
    served.wait_for("/entries/the-spring-reading/", "a deleted entry", |status, _| status == 404);
    served.wait_for("/tags/readings/", "its tag", |status, _| status == 404);

    // A template of the journal's own.
    let base =
        std::fs::read_to_string(crate::util::repo().join("themes/default/templates/base.html"))
            .unwrap();
    journal
        .write("templates/base.html", &base.replace("</body>", "<p>journal template</p></body>"));
    served.wait_for("/", "a new template", |_, body| body.contains("journal template"));

    // Every page loads the live-reload script; nothing is written into the journal.
    assert!(served.get("/").1.contains("/__failfolio/live.js"));
    assert_eq!(served.get("/__failfolio/live.js").0, 200);
    assert!(!journal.public().exists(), "serve wrote into the journal");

    let (code, stdout) = served.interrupt();
    assert_eq!(code, 0, "Ctrl-C is a clean exit");
    assert!(stdout.contains("Stopped."), "{stdout}");
}

#[test]
fn a_broken_entry_keeps_the_last_good_page_and_is_reported_until_fixed() {
    let journal = TempJournal::example();
    let served = start(&journal, &[]);
    assert_eq!(served.state()["problems"], serde_json::json!([]));

    // Mid-edit: the YAML does not parse.
    edit(&journal, RIVERSIDE, "title: Went out too fast", "title: [Went out way too fast");
    let state = served.wait_for_state("the problem is reported", |s| {
        !s["problems"].as_array().unwrap().is_empty()
    });
    let problem = &state["problems"][0];
    assert_eq!(problem["file"], RIVERSIDE, "{state}");
    assert!(problem["rendered"].as_str().unwrap().contains("error[PF000]"), "{state}");
    let (status, body) = served.get(RIVERSIDE_PAGE);
    assert_eq!(status, 200);
    assert!(body.contains("Went out too fast"), "the last good page is still served");
    let deadline = Instant::now() + LIMIT;
    while !served.stderr().contains("error[PF000]") {
        assert!(Instant::now() < deadline, "the terminal shows no error:\n{}", served.stderr());
        std::thread::sleep(Duration::from_millis(25));
    }
    assert!(served.stderr().contains(RIVERSIDE), "{}", served.stderr());

    // Fixed: the page updates and the problems clear by themselves.
    edit(&journal, RIVERSIDE, "title: [Went out way too fast", "title: Went out way too fast");
    served.wait_for(RIVERSIDE_PAGE, "the fix", |_, body| body.contains("Went out way too fast"));
    served.wait_for_state("the problems clear", |s| s["problems"].as_array().unwrap().is_empty());
}

#[test]
fn serve_previews_unpublished_entries_with_badges_and_public_hides_them() {
    let journal = TempJournal::example();
    let page = "/entries/six-weeks-of-bad-sleep/";
    let served = start(&journal, &[]);
    let body = served.wait_for(page, "a private entry in the preview", |status, _| status == 200);
    assert!(body.contains("class=\"badge"), "no badge on an unpublished entry");
    drop(served);

    let served = start(&journal, &["--public"]);
    assert_eq!(served.get(page).0, 404, "--public shows what `build` publishes");
    let (_, home) = served.get("/");
    assert!(!home.contains("bad sleep"), "a private entry is listed under --public");
}

#[test]
fn a_port_in_use_is_a_clear_error() {
    let journal = TempJournal::example();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let root = journal.root.to_string_lossy().into_owned();
    let run = run_bounded(journal.dir.path(), &["serve", &root, "--port", &port], LIMIT).expect(2);
    assert!(run.stderr.contains(&format!("port {port}")), "{}", run.stderr);
    assert!(run.stderr.contains("--port"), "{}", run.stderr);
}

#[test]
fn serve_refuses_a_folder_that_is_not_a_journal() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_bounded(dir.path(), &["serve", ".", "--port", "0"], LIMIT).expect(2);
    assert!(run.stderr.contains("not a failfolio journal"), "{}", run.stderr);
}

#[test]
fn build_watch_rebuilds_the_output_folder_until_ctrl_c() {
    let journal = TempJournal::example();
    let mut child = Command::new(crate::util::binary())
        .args(["build", "--watch"])
        .arg(&journal.root)
        .env("FAILFOLIO_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let page = journal.public().join("entries/riverside-half-went-out-too-fast/index.html");
    let wait_for = |what: &str, done: &dyn Fn(&str) -> bool| {
        let deadline = Instant::now() + LIMIT;
        while !done(&std::fs::read_to_string(&page).unwrap_or_default()) {
            assert!(Instant::now() < deadline, "{what} never showed in {}", page.display());
            std::thread::sleep(Duration::from_millis(25));
        }
    };
    wait_for("the first build", &|html| html.contains("Went out too fast"));
    edit(&journal, RIVERSIDE, "title: Went out too fast", "title: Started too fast");
    wait_for("the save", &|html| html.contains("Started too fast"));
    assert!(
        !std::fs::read_to_string(&page).unwrap().contains("live.js"),
        "no live-reload script in a real build"
    );

    Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    let deadline = Instant::now() + LIMIT;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "build --watch did not stop on Ctrl-C");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(0));
}
