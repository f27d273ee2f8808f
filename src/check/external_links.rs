//! `failfolio check --external`: follows the `http:` and `https:` links of
//! entry bodies and reports the broken ones as PF013 (`entry-links`)
//! findings, one level below the rule's configured level (a warning by
//! default), at each link's line and column.
//!
//! Nothing else in failfolio makes a network request: plain `check`,
//! `build` and `serve` never call this.
//!
//! - **Client.** [`ureq`], blocking, TLS by rustls with the Mozilla roots
//!   (no system OpenSSL), redirects followed (up to 10), the proxy of
//!   `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` honoured. `HEAD` first; when
//!   that answers an error status, `GET` (many servers answer `HEAD`
//!   wrongly, with 404, 405 or 501). Only the status is read, never a
//!   body.
//! - **Bounded.** At most [`Options::workers`] requests at once, at most
//!   one at a time per host, at least [`Options::host_interval`] between
//!   two requests to the same host, and [`Options::timeout`] for each
//!   request, redirects included.
//! - **Deduplicated.** An address (without its `#fragment`, which is never
//!   sent) is requested once however many entries link to it.
//! - **Cached.** Addresses that answered well are remembered, with the
//!   time, in `<journal>/.failfolio-cache/external-links.json` (the folder
//!   holds a `.gitignore` of `*`) and not requested again for
//!   [`Options::keep_ok`]. Failures are never cached: they are requested
//!   again on every run. A cache that cannot be read is ignored and
//!   rewritten.

use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};

use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::check::rules::{EntryLinks, Rule, find_rule};
use crate::check::{Report, Settings};
use crate::diagnostic::{self, Diagnostic, Level};
use crate::entry::Entry;
use crate::journal::Journal;
use crate::links::external_links_in;

/// The journal's cache folder, ignored by git through its own `.gitignore`.
pub const CACHE_DIR: &str = ".failfolio-cache";

/// The file of [`CACHE_DIR`] that holds the results of `check --external`.
pub const CACHE_FILE: &str = "external-links.json";

/// The `.gitignore` written into [`CACHE_DIR`]: everything, itself included.
const CACHE_GITIGNORE: &str = "# failfolio's cache (`check --external`): never commit it\n*\n";

/// The version of the cache file's format; a file of another is ignored.
const CACHE_VERSION: u32 = 1;

/// How external links are checked.
#[derive(Debug, Clone)]
pub struct Options {
    /// The longest a request may take, redirects included.
    pub timeout: Duration,
    /// How many requests may run at once (across hosts).
    pub workers: usize,
    /// The least time between two requests to the same host.
    pub host_interval: Duration,
    /// How long an address that answered well is not requested again.
    pub keep_ok: Duration,
    /// Whether to read and write the cache in the journal's folder.
    pub use_cache: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            timeout: Duration::from_secs(10),
            workers: 8,
            host_interval: Duration::from_millis(500),
            keep_ok: Duration::from_secs(24 * 60 * 60),
            use_cache: true,
        }
    }
}

/// What came of following one address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A success or redirect status (after following redirects).
    Ok(u16),
    /// 401, 403, 407 or 429: the page may well be there, but refuses an
    /// automated client. Not a finding, and not cached.
    Refused(u16),
    /// Any other error status: 404, 410, 5xx, …
    Broken(u16),
    /// No answer within the timeout.
    TimedOut,
    /// No answer at all: unknown host, connection refused, TLS failure,
    /// an address that cannot be parsed, too many redirects.
    Unreachable(String),
}

impl Outcome {
    /// The outcome of an answer with `status`.
    pub fn of_status(status: u16) -> Outcome {
        match status {
            0..=399 => Outcome::Ok(status),
            401 | 403 | 407 | 429 => Outcome::Refused(status),
            _ => Outcome::Broken(status),
        }
    }

    /// Whether the link is to be reported.
    pub fn is_broken(&self) -> bool {
        matches!(self, Outcome::Broken(_) | Outcome::TimedOut | Outcome::Unreachable(_))
    }
}

/// Follows one address. [`HttpProbe`] does it over the network; tests
/// give their own.
pub trait Probe: Sync {
    /// What came of following `url`.
    fn probe(&self, url: &str) -> Outcome;
}

/// The real [`Probe`]: `HEAD`, then `GET` if `HEAD` answered an error.
#[derive(Debug)]
pub struct HttpProbe {
    agent: ureq::Agent,
    host_interval: Duration,
}

impl HttpProbe {
    /// A client with the timeout and pacing of `options`.
    pub fn new(options: &Options) -> HttpProbe {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(options.timeout))
            .http_status_as_error(false)
            .max_redirects(10)
            .user_agent(concat!("failfolio/", env!("CARGO_PKG_VERSION"), " (link check)"))
            .build()
            .into();
        HttpProbe { agent, host_interval: options.host_interval }
    }

    fn request(&self, url: &str, head: bool) -> Outcome {
        let call = if head { self.agent.head(url).call() } else { self.agent.get(url).call() };
        match call {
            // The body is dropped unread: only the status matters.
            Ok(response) => Outcome::of_status(response.status().as_u16()),
            Err(e) => outcome_of_error(e),
        }
    }
}

impl Probe for HttpProbe {
    fn probe(&self, url: &str) -> Outcome {
        let head = self.request(url, true);
        match head {
            Outcome::Broken(_) | Outcome::Refused(_) => {
                std::thread::sleep(self.host_interval);
                self.request(url, false)
            }
            other => other,
        }
    }
}

/// The outcome of a request that got no status.
fn outcome_of_error(error: ureq::Error) -> Outcome {
    use std::io::ErrorKind;
    match error {
        ureq::Error::StatusCode(status) => Outcome::of_status(status),
        ureq::Error::Timeout(_) => Outcome::TimedOut,
        ureq::Error::Io(e) if e.kind() == ErrorKind::TimedOut => Outcome::TimedOut,
        ureq::Error::Io(e) => Outcome::Unreachable(match e.kind() {
            ErrorKind::ConnectionRefused => "connection refused".into(),
            ErrorKind::ConnectionReset => "connection reset".into(),
            ErrorKind::ConnectionAborted => "connection aborted".into(),
            ErrorKind::UnexpectedEof => "the connection closed before an answer".into(),
            _ => e.to_string(),
        }),
        ureq::Error::HostNotFound => Outcome::Unreachable("host not found".into()),
        ureq::Error::TooManyRedirects => Outcome::Unreachable("too many redirects".into()),
        ureq::Error::BadUri(e) => Outcome::Unreachable(format!("not a valid address ({e})")),
        ureq::Error::Http(e) => Outcome::Unreachable(format!("not a valid address ({e})")),
        e => Outcome::Unreachable(e.to_string()),
    }
}

/// What [`check_external`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Distinct addresses linked (without `#fragment`s).
    pub addresses: usize,
    /// How many of them were requested.
    pub requested: usize,
    /// How many were known good from the cache.
    pub cached: usize,
    /// How many are broken.
    pub broken: usize,
    /// Something wrong with the cache (it was ignored, or not written).
    pub cache_notes: Vec<String>,
}

/// Follows every `http(s)` link of every entry's body in `journal` and adds
/// a PF013 finding to `report` for each broken one (unless PF013 is off,
/// then nothing is requested). An entry that lists PF013 in `allow:`
/// has its external links neither requested nor reported.
pub fn check_external(
    journal: &Journal,
    settings: &Settings,
    options: &Options,
    report: &mut Report,
) -> Summary {
    check_external_with(journal, settings, options, &HttpProbe::new(options), report)
}

/// [`check_external`] with the given [`Probe`].
pub fn check_external_with(
    journal: &Journal,
    settings: &Settings,
    options: &Options,
    probe: &dyn Probe,
    report: &mut Report,
) -> Summary {
    let level = settings.level(&EntryLinks);
    let mut summary = Summary::default();
    if level == Level::Off {
        return summary;
    }
    // Address → where it is linked, and whether the entry silences it.
    let mut linked: BTreeMap<String, Vec<(&Entry, crate::links::ExternalLink, bool)>> =
        BTreeMap::new();
    for entry in journal.entries() {
        let silenced = allows_entry_links(entry);
        for link in external_links_in(entry.body(), entry.body_start) {
            linked
                .entry(cache_key(&link.url).to_string())
                .or_default()
                .push((entry, link, silenced));
        }
    }
    let wanted: Vec<&String> = linked
        .iter()
        .filter(|(_, places)| places.iter().any(|(_, _, silenced)| !silenced))
        .map(|(url, _)| url)
        .collect();
    summary.addresses = wanted.len();

    let now = jiff::Timestamp::now();
    let cache_path = journal.root.join(CACHE_DIR).join(CACHE_FILE);
    let mut cache = if options.use_cache {
        let (cache, note) = Cache::load(&cache_path);
        summary.cache_notes.extend(note);
        cache
    } else {
        Cache::default()
    };
    let to_request: Vec<&str> = wanted
        .iter()
        .filter(|url| !cache.is_fresh(url, now, options.keep_ok))
        .map(|url| url.as_str())
        .collect();
    summary.cached = wanted.len() - to_request.len();
    summary.requested = to_request.len();

    let outcomes = request_all(&to_request, options, probe);

    if options.use_cache {
        let checked = jiff::Timestamp::now();
        for (url, outcome) in &outcomes {
            match outcome {
                Outcome::Ok(status) => cache.insert(url, checked, *status),
                _ => cache.remove(url),
            }
        }
        cache.forget_older_than(checked, options.keep_ok);
        if let Err(note) = cache.save(&journal.root.join(CACHE_DIR)) {
            summary.cache_notes.push(note);
        }
    }

    let finding_level = level.milder();
    for (url, outcome) in &outcomes {
        if !outcome.is_broken() {
            continue;
        }
        summary.broken += 1;
        for (entry, link, silenced) in &linked[*url] {
            if !*silenced {
                report.diagnostics.push(finding(entry, link, outcome, finding_level, options));
            }
        }
    }
    diagnostic::sort(&mut report.diagnostics);
    summary
}

/// Whether `entry` lists PF013 in its `allow:`.
fn allows_entry_links(entry: &Entry) -> bool {
    entry
        .front_matter
        .allow
        .iter()
        .any(|item| find_rule(item.trim()).is_some_and(|r| r.code() == EntryLinks.code()))
}

/// The finding for a broken link.
fn finding(
    entry: &Entry,
    link: &crate::links::ExternalLink,
    outcome: &Outcome,
    level: Level,
    options: &Options,
) -> Diagnostic {
    let url = &link.url;
    let (message, help) = match outcome {
        Outcome::Broken(status @ (404 | 410)) => (
            format!("links to `{url}`, which is gone: the server answers {}", status_text(*status)),
            "correct the address, link an archived copy (https://web.archive.org/), or remove the link"
                .to_string(),
        ),
        Outcome::Broken(status @ 500..) => (
            format!("links to `{url}`, whose server fails: it answers {}", status_text(*status)),
            "if it persists, link an archived copy (https://web.archive.org/) or remove the link"
                .to_string(),
        ),
        Outcome::Broken(status) | Outcome::Ok(status) | Outcome::Refused(status) => (
            format!("links to `{url}`, which the server refuses: {}", status_text(*status)),
            "open it in a browser; correct the address, or remove the link".to_string(),
        ),
        Outcome::TimedOut => (
            format!(
                "links to `{url}`, which did not answer within {}",
                seconds(options.timeout)
            ),
            "the server may be slow or down: try again later, or allow longer with `--external-timeout`"
                .to_string(),
        ),
        Outcome::Unreachable(error) => (
            format!("links to `{url}`, which cannot be reached: {error}"),
            "check the address; if the site is gone, link an archived copy (https://web.archive.org/) or remove the link"
                .to_string(),
        ),
    };
    Diagnostic::new(EntryLinks.code(), EntryLinks.name(), level, &entry.path, message)
        .at(&entry.source, link.span.clone())
        .help(help)
}

/// `404 Not Found`.
fn status_text(status: u16) -> String {
    match ureq::http::StatusCode::from_u16(status).ok().and_then(|s| s.canonical_reason()) {
        Some(reason) => format!("{status} {reason}"),
        None => status.to_string(),
    }
}

/// `10 s`, `1.5 s`.
fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 { format!("{s:.0} s") } else { format!("{s} s") }
}

/// `url` without its `#fragment`: what is requested, and the cache's key.
pub fn cache_key(url: &str) -> &str {
    url.split('#').next().unwrap_or(url)
}

/// The host (and port) of `url`, lowercase, without user info: what the
/// per-host limits apply to.
pub fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    host.to_ascii_lowercase()
}

/// Requests every address in `urls` with `probe`: hosts in parallel (at
/// most `options.workers` at once), each host's addresses one after the
/// other, `options.host_interval` apart.
fn request_all<'u>(
    urls: &[&'u str],
    options: &Options,
    probe: &dyn Probe,
) -> BTreeMap<&'u str, Outcome> {
    let mut by_host: BTreeMap<String, Vec<&'u str>> = BTreeMap::new();
    for url in urls {
        by_host.entry(host_of(url)).or_default().push(url);
    }
    // The hosts with the most addresses first: they take the longest.
    let mut hosts: Vec<Vec<&'u str>> = by_host.into_values().collect();
    hosts.sort_by_key(|urls| std::cmp::Reverse(urls.len()));
    let workers = options.workers.clamp(1, 64).min(hosts.len());
    let queue = Mutex::new(hosts.into_iter());
    let results = Mutex::new(BTreeMap::new());
    let work = || {
        loop {
            let next = queue.lock().unwrap_or_else(PoisonError::into_inner).next();
            let Some(urls) = next else { break };
            let mut last: Option<Instant> = None;
            for url in urls {
                if let Some(wait) =
                    last.and_then(|t| options.host_interval.checked_sub(t.elapsed()))
                {
                    std::thread::sleep(wait);
                }
                let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| probe.probe(url)))
                    .unwrap_or_else(|_| Outcome::Unreachable("the HTTP client failed".into()));
                last = Some(Instant::now());
                results.lock().unwrap_or_else(PoisonError::into_inner).insert(url, outcome);
            }
        }
    };
    std::thread::scope(|scope| {
        let mut spawned = 0;
        for i in 0..workers {
            let builder = std::thread::Builder::new().name(format!("link-check-{i}"));
            if builder.spawn_scoped(scope, work).is_ok() {
                spawned += 1;
            }
        }
        if spawned == 0 {
            work();
        }
    });
    results.into_inner().unwrap_or_else(PoisonError::into_inner)
}

/// The results kept between runs: the addresses that answered well, and
/// when.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Cache {
    version: u32,
    links: BTreeMap<String, Cached>,
}

/// One remembered answer.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Cached {
    checked: jiff::Timestamp,
    status: u16,
}

impl Cache {
    /// The cache at `path`: empty if there is none, or it cannot be read
    /// (then with a note saying so; it is rewritten on save).
    fn load(path: &Path) -> (Cache, Option<String>) {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Cache::default(), None),
            Err(e) => {
                let note = format!("ignored the link cache `{}`: {e}", path.display());
                return (Cache::default(), Some(note));
            }
        };
        match serde_json::from_str::<Cache>(&text) {
            Ok(cache) if cache.version == CACHE_VERSION => (cache, None),
            Ok(_) => (Cache::default(), None),
            Err(e) => {
                let note = format!(
                    "ignored the link cache `{}`, which cannot be read ({e}); it is rewritten",
                    path.display()
                );
                (Cache::default(), Some(note))
            }
        }
    }

    /// Whether `url` answered well less than `keep` ago.
    fn is_fresh(&self, url: &str, now: jiff::Timestamp, keep: Duration) -> bool {
        self.links.get(url).is_some_and(|c| is_recent(c.checked, now, keep))
    }

    fn insert(&mut self, url: &str, checked: jiff::Timestamp, status: u16) {
        self.links.insert(url.to_string(), Cached { checked, status });
    }

    fn remove(&mut self, url: &str) {
        self.links.remove(url);
    }

    fn forget_older_than(&mut self, now: jiff::Timestamp, keep: Duration) {
        self.links.retain(|_, c| is_recent(c.checked, now, keep));
    }

    /// Writes the cache into `dir` (created, with its `.gitignore`, if
    /// missing), through a temporary file renamed over the old one.
    fn save(&mut self, dir: &Path) -> Result<(), String> {
        self.version = CACHE_VERSION;
        let problem = |path: &Path, e: &dyn std::fmt::Display| {
            format!("could not write the link cache `{}`: {e}", path.display())
        };
        match std::fs::symlink_metadata(dir) {
            Ok(meta) if !meta.is_dir() => {
                return Err(problem(dir, &"it is not a folder (a symbolic link is not followed)"));
            }
            Ok(_) => {}
            Err(_) => std::fs::create_dir_all(dir).map_err(|e| problem(dir, &e))?,
        }
        let ignore = dir.join(".gitignore");
        if std::fs::symlink_metadata(&ignore).is_err() {
            std::fs::write(&ignore, CACHE_GITIGNORE).map_err(|e| problem(&ignore, &e))?;
        }
        let file: PathBuf = dir.join(CACHE_FILE);
        let temp = dir.join(format!("{CACHE_FILE}.tmp"));
        let json = serde_json::to_string_pretty(self).map_err(|e| problem(&file, &e))?;
        // A new file, never one (or a symbolic link) a cloned journal left
        // in its place.
        let _ = std::fs::remove_file(&temp);
        let write = || {
            use std::io::Write;
            let mut out = std::fs::OpenOptions::new().write(true).create_new(true).open(&temp)?;
            out.write_all(json.as_bytes())?;
            out.write_all(b"\n")
        };
        write().map_err(|e| problem(&temp, &e))?;
        std::fs::rename(&temp, &file).map_err(|e| {
            let _ = std::fs::remove_file(&temp);
            problem(&file, &e)
        })
    }
}

/// Whether `checked` is no more than `keep` before `now` (and not after it:
/// a time from a clock set ahead is not trusted).
fn is_recent(checked: jiff::Timestamp, now: jiff::Timestamp, keep: Duration) -> bool {
    let Ok(keep) = jiff::SignedDuration::try_from(keep) else { return true };
    let age = now.duration_since(checked);
    !age.is_negative() && age < keep
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// The outcomes as `address → outcome`.
    fn outcomes_of(outcomes: &BTreeMap<&str, Outcome>) -> HashMap<String, Outcome> {
        outcomes.iter().map(|(u, o)| (u.to_string(), o.clone())).collect()
    }

    #[test]
    fn a_corrupt_cache_is_ignored_and_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let cache_dir = dir.path().join(CACHE_DIR);
        std::fs::create_dir(&cache_dir).unwrap();
        let path = cache_dir.join(CACHE_FILE);
        for corrupt in
            ["{not json", "", "[1,2]", "\u{0}\u{ff}", r#"{"version":1,"links":{"x":{}}}"#]
        {
            std::fs::write(&path, corrupt).unwrap();
            let (mut cache, note) = Cache::load(&path);
            assert!(cache.links.is_empty());
            assert!(note.is_some_and(|n| n.contains(CACHE_FILE)), "{corrupt:?}");
            let now = jiff::Timestamp::now();
            cache.insert("https://example.com/", now, 200);
            cache.save(&cache_dir).unwrap();
            let (again, note) = Cache::load(&path);
            assert_eq!(note, None);
            assert!(again.is_fresh("https://example.com/", now, Duration::from_secs(60)));
        }
        assert_eq!(std::fs::read_to_string(cache_dir.join(".gitignore")).unwrap(), CACHE_GITIGNORE);
        // Another version's file is ignored quietly.
        std::fs::write(&path, r#"{"version":99,"links":{}}"#).unwrap();
        assert_eq!(Cache::load(&path).1, None);
        // Invalid UTF-8 is a note, not a panic.
        std::fs::write(&path, [0xff, 0xfe, b'{']).unwrap();
        assert!(Cache::load(&path).1.is_some());
    }

    #[test]
    fn a_cache_folder_that_is_a_file_is_a_note() {
        let dir = tempfile::tempdir().unwrap();
        let not_a_dir = dir.path().join(CACHE_DIR);
        std::fs::write(&not_a_dir, "x").unwrap();
        let err = Cache::default().save(&not_a_dir).unwrap_err();
        assert!(err.contains(CACHE_DIR), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn the_cache_is_never_written_through_a_symbolic_link() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "keep").unwrap();
        let cache_dir = dir.path().join("journal").join(CACHE_DIR);
        std::fs::create_dir_all(&cache_dir).unwrap();
        let temp = cache_dir.join(format!("{CACHE_FILE}.tmp"));
        std::os::unix::fs::symlink(&victim, &temp).unwrap();
        Cache::default().save(&cache_dir).unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
        // A cache folder that is a link is not written through.
        let linked = dir.path().join("other").join(CACHE_DIR);
        std::fs::create_dir_all(linked.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(dir.path(), &linked).unwrap();
        assert!(Cache::default().save(&linked).is_err());
        assert!(!dir.path().join(CACHE_FILE).exists());
    }

    #[test]
    fn freshness() {
        let now = jiff::Timestamp::now();
        let day = Duration::from_secs(86_400);
        let ago = |s: i64| now - jiff::SignedDuration::from_secs(s);
        assert!(is_recent(ago(60), now, day));
        assert!(!is_recent(ago(86_401), now, day));
        assert!(!is_recent(now + jiff::SignedDuration::from_secs(3600), now, day));
    }

    #[test]
    fn hosts_and_keys() {
        assert_eq!(host_of("https://User:pw@Example.COM:8443/a?b#c"), "example.com:8443");
        assert_eq!(host_of("http://example.com?x"), "example.com");
        assert_eq!(host_of("http://"), "");
        assert_eq!(cache_key("https://a.example/x#y"), "https://a.example/x");
        assert_eq!(Outcome::of_status(301), Outcome::Ok(301));
        assert_eq!(Outcome::of_status(403), Outcome::Refused(403));
        assert_eq!(Outcome::of_status(410), Outcome::Broken(410));
        assert_eq!(status_text(404), "404 Not Found");
        assert_eq!(status_text(599), "599");
        assert_eq!(seconds(Duration::from_millis(1500)), "1.5 s");
    }

    /// Records how many requests run at once, in all and per host.
    struct Counting {
        running: Mutex<HashMap<String, usize>>,
        most_per_host: AtomicUsize,
        most_in_all: AtomicUsize,
    }

    impl Probe for Counting {
        fn probe(&self, url: &str) -> Outcome {
            let host = host_of(url);
            {
                let mut running = self.running.lock().unwrap();
                *running.entry(host.clone()).or_default() += 1;
                self.most_per_host.fetch_max(running[&host], Ordering::SeqCst);
                self.most_in_all.fetch_max(running.values().sum(), Ordering::SeqCst);
            }
            std::thread::sleep(Duration::from_millis(5));
            *self.running.lock().unwrap().get_mut(&host).unwrap() -= 1;
            if url.ends_with("/panic") {
                panic!("a probe that fails");
            }
            Outcome::Ok(200)
        }
    }

    #[test]
    fn one_request_per_host_at_a_time_and_a_bounded_number_in_all() {
        let urls: Vec<String> = (0..12)
            .flat_map(|h| (0..3).map(move |i| format!("https://h{h}.example/{i}")))
            .chain(["https://h0.example/panic".to_string()])
            .collect();
        let urls: Vec<&str> = urls.iter().map(String::as_str).collect();
        let probe = Counting {
            running: Mutex::default(),
            most_per_host: AtomicUsize::new(0),
            most_in_all: AtomicUsize::new(0),
        };
        let options =
            Options { workers: 4, host_interval: Duration::from_millis(1), ..Options::default() };
        let outcomes = outcomes_of(&request_all(&urls, &options, &probe));
        assert_eq!(outcomes.len(), urls.len());
        assert_eq!(probe.most_per_host.load(Ordering::SeqCst), 1);
        assert!(probe.most_in_all.load(Ordering::SeqCst) <= 4);
        assert!(matches!(outcomes["https://h0.example/panic"], Outcome::Unreachable(_)));
    }
}
