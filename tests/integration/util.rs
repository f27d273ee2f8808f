//! Helpers: temporary journals, running the binary, reading the output.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fixed "today", so that date-dependent checks are reproducible.
pub(crate) const TODAY: &str = "2026-11-23";

/// A processed entry that passes every rule.
pub(crate) const GOOD_ENTRY: &str = "---
title: Launched the newsletter without a list
date: 2026-03-02
processed: 2026-03-05
expectation: 200 sign-ups in the first week from the launch post.
outcome: 31 sign-ups by Friday; 80% came from one forum thread and none from the post.
gap: >-
  I announced to an audience I had never written for and skipped testing
  the headline with five readers first.
adjustment: >-
  Before any launch, I test the headline with five people from the target
  audience and only ship the version at least three of them click.
identity_check: This launch failed; it is data about a strategy in a context, not a verdict on me.
---
Body.
";

/// The title of [`GOOD_ENTRY`].
pub(crate) const GOOD_TITLE: &str = "Launched the newsletter without a list";

/// [`GOOD_ENTRY`] with another title and these tags (`"a, b"`).
pub(crate) fn good_entry(title: &str, tags: &str) -> String {
    GOOD_ENTRY
        .replace(&format!("title: {GOOD_TITLE}\n"), &format!("title: {title}\ntags: [{tags}]\n"))
}

/// The repository root.
pub(crate) fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A copy of a journal in a temporary folder.
pub(crate) struct TempJournal {
    pub dir: tempfile::TempDir,
    pub root: PathBuf,
}

impl TempJournal {
    /// Copies `example-journal/` (without its output).
    pub(crate) fn example() -> TempJournal {
        TempJournal::copy_of(&repo().join("example-journal"))
    }

    /// Copies a journal folder (without `public/`).
    pub(crate) fn copy_of(src: &Path) -> TempJournal {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("journal");
        copy_dir(src, &root);
        TempJournal { dir, root }
    }

    /// An empty journal with the given files (path → contents).
    pub(crate) fn with_files(files: &[(&str, &str)]) -> TempJournal {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("journal");
        std::fs::create_dir_all(root.join("entries")).unwrap();
        let journal = TempJournal { dir, root };
        for (path, text) in files {
            journal.write(path, text);
        }
        journal
    }

    /// Writes a file under the journal root.
    pub(crate) fn write(&self, path: &str, text: &str) {
        let path = self.root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// The default output folder.
    pub(crate) fn public(&self) -> PathBuf {
        self.root.join("public")
    }

    /// Runs `failfolio <args>` in the journal's parent folder.
    pub(crate) fn run(&self, args: &[&str]) -> Run {
        run_in(self.dir.path(), args)
    }
}

fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for entry in std::fs::read_dir(src).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if name == "public" || name.to_string_lossy().starts_with(".public") {
            continue;
        }
        let to = dst.join(&name);
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), to).unwrap();
        }
    }
}

/// The result of running the binary.
pub(crate) struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(output: Output) -> Run {
        Run {
            status: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// Asserts the exit status, showing the output on failure.
    #[track_caller]
    pub(crate) fn expect(self, status: i32) -> Run {
        assert_eq!(self.status, status, "stdout:\n{}\nstderr:\n{}", self.stdout, self.stderr);
        self
    }
}

/// The `failfolio` binary under test: cargo's, unless `FAILFOLIO_BIN`
/// names a copy (`.ci/run` runs the permission tests as an unprivileged
/// user, from copies that user may execute).
pub(crate) fn binary() -> PathBuf {
    std::env::var_os("FAILFOLIO_BIN")
        .map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_failfolio")), PathBuf::from)
}

/// Runs `failfolio <args>` in `dir` with a fixed date and no colour.
pub(crate) fn run_in(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(binary())
        .args(args)
        .current_dir(dir)
        .env("FAILFOLIO_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .output()
        .expect("run failfolio");
    Run::from(output)
}

/// Every file under `dir`, relative path → bytes.
pub(crate) fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    try_read_tree(dir).unwrap_or_else(|| panic!("cannot read the tree {}", dir.display()))
}

/// The files under `dir`, or `None` if one vanished while being read (a
/// watcher writing at that moment).
pub(crate) fn try_read_tree(dir: &Path) -> Option<BTreeMap<String, Vec<u8>>> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry.ok()?;
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).ok()?.to_string_lossy().replace('\\', "/");
            out.insert(rel, std::fs::read(entry.path()).ok()?);
        }
    }
    Some(out)
}

/// A broken internal reference found by [`broken_links`].
#[derive(Debug)]
pub(crate) struct Broken {
    pub page: String,
    pub href: String,
}

/// Checks every `href` and `src` in every HTML file of a built site:
/// relative and root-relative references must resolve to a file in the
/// tree (an `index.html` for folders), and `#fragment`s to an `id` on the
/// target page. `base_path` is the site's path prefix (`/` or `/prefix/`).
pub(crate) fn broken_links(tree: &BTreeMap<String, Vec<u8>>, base_path: &str) -> Vec<Broken> {
    let attr = regex::Regex::new(r#"(?:href|src)="([^"]*)""#).unwrap();
    let id = regex::Regex::new(r#"\bid="([^"]*)""#).unwrap();
    let mut broken = Vec::new();
    for (page, bytes) in tree {
        if !page.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        for cap in attr.captures_iter(&html) {
            let href = cap[1].replace("&amp;", "&");
            if href.starts_with("http://")
                || href.starts_with("https://")
                || href.starts_with("mailto:")
            {
                continue;
            }
            let (path, fragment) = match href.split_once('#') {
                Some((p, f)) => (p.to_string(), Some(f.to_string())),
                None => (href.clone(), None),
            };
            let target = if path.is_empty() {
                Some(page.clone())
            } else {
                resolve(page, &path, base_path).and_then(|t| {
                    if tree.contains_key(&t) {
                        Some(t)
                    } else {
                        let index = format!(
                            "{}index.html",
                            if t.is_empty() || t.ends_with('/') {
                                t.clone()
                            } else {
                                format!("{t}/")
                            }
                        );
                        tree.contains_key(&index).then_some(index)
                    }
                })
            };
            let ok = match (&target, &fragment) {
                (None, _) => false,
                (Some(_), None) => true,
                (Some(t), Some(f)) => {
                    let text = String::from_utf8_lossy(&tree[t]);
                    id.captures_iter(&text).any(|c| &c[1] == f)
                }
            };
            if !ok {
                broken.push(Broken { page: page.clone(), href: href.clone() });
            }
        }
    }
    broken
}

/// Resolves `href` from `page` to a path in the tree.
fn resolve(page: &str, href: &str, base_path: &str) -> Option<String> {
    let mut parts: Vec<&str> = if let Some(abs) = href.strip_prefix('/') {
        let prefix = base_path.trim_matches('/');
        let rest =
            if prefix.is_empty() { abs } else { abs.strip_prefix(prefix)?.trim_start_matches('/') };
        return Some(normalize(Vec::new(), rest));
    } else {
        page.split('/').collect()
    };
    parts.pop(); // the page's file name
    Some(normalize(parts, href))
}

fn normalize<'a>(mut parts: Vec<&'a str>, href: &'a str) -> String {
    let trailing = href.ends_with('/');
    for seg in href.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let mut out = parts.join("/");
    if trailing && !out.is_empty() {
        out.push('/');
    }
    out
}

/// What [`http_server`] answers a request with.
pub(crate) struct Reply {
    /// The status, as `404 Not Found`.
    pub status: &'static str,
    /// More header lines, each ending in `\r\n`.
    pub headers: String,
    /// The body (not sent in answer to `HEAD`; its length is).
    pub body: Vec<u8>,
}

/// An HTTP/1.1 server on loopback, a thread per connection, that answers
/// each request (its method and path) with `answer`; returns its address,
/// `http://127.0.0.1:<port>`.
pub(crate) fn http_server(answer: impl Fn(&str, &str) -> Reply + Send + Sync + 'static) -> String {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let answer = std::sync::Arc::new(answer);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let answer = std::sync::Arc::clone(&answer);
            std::thread::spawn(move || {
                let mut reader = BufReader::new(&stream);
                let mut request = String::new();
                if reader.read_line(&mut request).is_err() {
                    return;
                }
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                let mut parts = request.split_whitespace();
                let method = parts.next().unwrap_or_default();
                let path = parts.next().unwrap_or("/");
                let reply = answer(method, path);
                let mut stream = &stream;
                let head = format!(
                    "HTTP/1.1 {}\r\n{}Content-Length: {}\r\nConnection: close\r\n\r\n",
                    reply.status,
                    reply.headers,
                    reply.body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                if method != "HEAD" {
                    let _ = stream.write_all(&reply.body);
                }
            });
        }
    });
    base
}

/// A static file server on loopback for browser tests, serving `dir` under
/// the URL path `prefix` (`/` or `/failures/`). Folders serve their
/// `index.html`; misses get `404.html`.
pub(crate) struct StaticServer {
    pub url: String,
}

pub(crate) fn serve(dir: PathBuf, prefix: &str) -> StaticServer {
    let base = {
        let prefix = prefix.to_string();
        http_server(move |_, path| {
            let path = path.split(['?', '#']).next().unwrap_or("/");
            let file = path
                .strip_prefix(prefix.as_str())
                .map(|rel| {
                    let mut f = dir.join(rel);
                    if rel.is_empty() || rel.ends_with('/') || f.is_dir() {
                        f = f.join("index.html");
                    }
                    f
                })
                .filter(|f| f.is_file() && !path.contains(".."));
            let (status, file) = match file {
                Some(f) => ("200 OK", f),
                None => ("404 Not Found", dir.join("404.html")),
            };
            let kind = match file.extension().and_then(|e| e.to_str()) {
                Some("html") => "text/html; charset=utf-8",
                Some("css") => "text/css",
                Some("js") => "text/javascript",
                Some("json") => "application/json",
                Some("svg") => "image/svg+xml",
                Some("xml") => "application/xml",
                _ => "application/octet-stream",
            };
            Reply {
                status,
                headers: format!("Content-Type: {kind}\r\n"),
                body: std::fs::read(&file).unwrap_or_default(),
            }
        })
    };
    StaticServer { url: format!("{base}{prefix}") }
}

/// Runs `failfolio <args>` in `dir` and fails the test if it has not
/// finished within `limit` (a guard against hangs, not a timing test).
pub(crate) fn run_bounded(dir: &Path, args: &[&str], limit: std::time::Duration) -> Run {
    let mut child = Command::new(binary())
        .args(args)
        .current_dir(dir)
        .env("FAILFOLIO_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run failfolio");
    let deadline = std::time::Instant::now() + limit;
    loop {
        if child.try_wait().unwrap().is_some() {
            return Run::from(child.wait_with_output().unwrap());
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("failfolio {args:?} did not finish within {limit:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}
