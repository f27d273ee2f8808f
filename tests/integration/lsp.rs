//! `failfolio lsp`: the real binary over stdio, spoken to as an editor
//! does (JSON-RPC, one test per capability), and by a real editor: Neovim
//! headless with its built-in LSP client.

use std::io::{BufReader, BufWriter};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use lsp_server::{Message, Notification, Request, RequestId};
use serde_json::{Value, json};

use crate::util::{GOOD_ENTRY, TODAY, TempJournal, binary};

/// How long any answer may take before the test fails.
const PATIENCE: Duration = Duration::from_secs(30);

/// An editor's side of the conversation.
struct Client {
    child: Child,
    stdin: BufWriter<ChildStdin>,
    messages: mpsc::Receiver<Message>,
    /// Notifications and requests from the server not yet looked at.
    pending: Vec<Message>,
    next_id: i32,
}

impl Client {
    /// Starts `failfolio lsp` and initializes it (UTF-16 positions).
    fn start() -> Client {
        let mut child = Command::new(binary())
            .arg("lsp")
            .env("FAILFOLIO_TODAY", TODAY)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, messages) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Ok(Some(message)) = Message::read(&mut reader) {
                if tx.send(message).is_err() {
                    break;
                }
            }
        });
        let stdin = BufWriter::new(child.stdin.take().unwrap());
        let mut client = Client { child, stdin, messages, pending: Vec::new(), next_id: 0 };
        let init = client.request("initialize", json!({ "capabilities": {} }));
        assert_eq!(init["serverInfo"]["name"], "failfolio");
        client.notify("initialized", json!({}));
        client
    }

    fn send(&mut self, message: Message) {
        message.write(&mut self.stdin).unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(Notification::new(method.to_string(), params).into());
    }

    fn next(&mut self, deadline: Instant) -> Message {
        let wait = deadline.saturating_duration_since(Instant::now());
        self.messages.recv_timeout(wait).expect("the server answered in time")
    }

    /// Sends a request and waits for its answer.
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        self.send(Request::new(id.clone(), method.to_string(), params).into());
        let deadline = Instant::now() + PATIENCE;
        loop {
            match self.next(deadline) {
                Message::Response(r) if r.id == id => {
                    return r.response_result.unwrap_or_else(|e| panic!("{method}: {e:?}"));
                }
                other => self.pending.push(other),
            }
        }
    }

    /// Waits for the first message from the server that `pick` accepts.
    fn wait_for<T>(&mut self, mut pick: impl FnMut(&Message) -> Option<T>) -> T {
        if let Some(i) = self.pending.iter().position(|m| pick(m).is_some()) {
            let message = self.pending.remove(i);
            return pick(&message).unwrap();
        }
        let deadline = Instant::now() + PATIENCE;
        loop {
            let message = self.next(deadline);
            match pick(&message) {
                Some(found) => return found,
                None => self.pending.push(message),
            }
        }
    }

    /// The next findings published for `uri` (at `version`, if given).
    fn diagnostics(&mut self, uri: &str, version: Option<i64>) -> Vec<Value> {
        self.wait_for(|m| match m {
            Message::Notification(n)
                if n.method == "textDocument/publishDiagnostics"
                    && n.params["uri"] == uri
                    && version.is_none_or(|v| n.params["version"] == v) =>
            {
                Some(n.params["diagnostics"].as_array().unwrap().clone())
            }
            _ => None,
        })
    }

    fn open(&mut self, uri: &str, text: &str) {
        let doc = json!({ "uri": uri, "languageId": "markdown", "version": 1, "text": text });
        self.notify("textDocument/didOpen", json!({ "textDocument": doc }));
    }

    fn change(&mut self, uri: &str, version: i64, text: &str) {
        let params = json!({
            "textDocument": { "uri": uri, "version": version },
            "contentChanges": [{ "text": text }],
        });
        self.notify("textDocument/didChange", params);
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        // Shut down as an editor does; kill only if it does not exit.
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        let _ =
            Message::from(Request::new(id, "shutdown".into(), json!(null))).write(&mut self.stdin);
        let _ = Message::from(Notification::new("exit".into(), json!(null))).write(&mut self.stdin);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
    }
}

fn uri(path: &Path) -> String {
    url::Url::from_file_path(path).unwrap().to_string()
}

/// The line (0-based) of the first line of `text` that starts with `prefix`.
fn line_of(text: &str, prefix: &str) -> u64 {
    text.lines().position(|l| l.starts_with(prefix)).unwrap() as u64
}

/// A journal with one processed entry and a later one.
fn journal() -> (TempJournal, PathBuf) {
    let later = GOOD_ENTRY
        .replace(
            "title: Launched the newsletter without a list",
            "title: Second newsletter\ntags: [writing, launch]",
        )
        .replace("date: 2026-03-02", "date: 2026-05-02")
        .replace("processed: 2026-03-05", "processed: 2026-05-05");
    let journal = TempJournal::with_files(&[
        ("entries/2026/2026-03-02-newsletter.md", GOOD_ENTRY),
        ("entries/2026/2026-05-02-second-newsletter.md", &later),
    ]);
    let path = journal.root.join("entries/2026/2026-03-02-newsletter.md");
    (journal, path)
}

const VAGUE: &str = "outcome: It did not go well.";

/// A client with the journal's first entry open, its outcome made vague;
/// the first findings received.
fn open_vague() -> (TempJournal, String, String, Client, Vec<Value>) {
    let (journal, path) = journal();
    let uri = uri(&path);
    let mut client = Client::start();
    let outcome = GOOD_ENTRY.lines().find(|l| l.starts_with("outcome:")).unwrap();
    let vague = GOOD_ENTRY.replace(outcome, VAGUE);
    client.open(&uri, &vague);
    let found = client.diagnostics(&uri, Some(1));
    (journal, uri, vague, client, found)
}

#[test]
fn findings_arrive_on_open_and_follow_typing() {
    let (_journal, uri, vague, mut client, found) = open_vague();
    let pf002: Vec<&Value> = found.iter().filter(|d| d["code"] == "PF002").collect();
    assert_eq!(pf002.len(), 1, "{found:#?}");
    assert_eq!(pf002[0]["range"]["start"]["line"], line_of(&vague, "outcome:"));
    assert_eq!(pf002[0]["range"]["start"]["character"], "outcome: ".len() as u64);
    assert_eq!(pf002[0]["severity"], 1, "an error");
    assert!(pf002[0]["message"].as_str().unwrap().contains("help: "), "{:#?}", pf002[0]);
    // Typing the fix (not saving): the finding goes.
    client.change(&uri, 2, GOOD_ENTRY);
    let found = client.diagnostics(&uri, Some(2));
    let codes: Vec<&Value> = found.iter().map(|d| &d["code"]).collect();
    assert_eq!(codes, [&json!("PF012")], "only the note that no later attempt tested it");
    // Half-typed front matter: a finding, and the server lives on.
    client.change(&uri, 3, "---\ntitle: [unterminated\n");
    let found = client.diagnostics(&uri, Some(3));
    assert!(found.iter().any(|d| d["code"] == "PF000"), "{found:#?}");
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": 1, "character": 1 } }),
    );
    assert!(hover["contents"]["value"].as_str().unwrap().contains("What failed"), "{hover}");
}

#[test]
fn cross_entry_findings_use_the_open_buffers() {
    let (journal, path) = journal();
    let mut client = Client::start();
    // The entry names a follow-up that exists only in an unsaved buffer.
    let first = GOOD_ENTRY.replace("---\nBody.", "followup: third-newsletter\n---\nBody.");
    let first_uri = uri(&path);
    client.open(&first_uri, &first);
    let found = client.diagnostics(&first_uri, Some(1));
    assert!(found.iter().any(|d| d["code"] == "PF011"), "{found:#?}");
    let third = GOOD_ENTRY
        .replace("title: Launched the newsletter without a list", "title: Third newsletter")
        .replace("date: 2026-03-02", "date: 2026-07-02")
        .replace("processed: 2026-03-05", "processed: 2026-07-05");
    let third_uri = uri(&journal.root.join("entries/2026/2026-07-02-third-newsletter.md"));
    client.open(&third_uri, &third);
    let found = client.diagnostics(&first_uri, None);
    assert!(!found.iter().any(|d| d["code"] == "PF011"), "{found:#?}");
}

#[test]
fn files_outside_a_journal_get_no_findings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.md");
    std::fs::write(&path, "---\ntitle: x\n---\n").unwrap();
    let uri = uri(&path);
    let mut client = Client::start();
    client.open(&uri, "---\ntitle: x\n---\n");
    assert_eq!(client.diagnostics(&uri, Some(1)), Vec::<Value>::new());
}

#[test]
fn hover_explains_fields_and_findings() {
    let (_journal, uri, vague, mut client, _) = open_vague();
    let line = line_of(&vague, "outcome:");
    let hover = |client: &mut Client, character: u64| {
        let params = json!({
            "textDocument": { "uri": uri },
            "position": { "line": line, "character": character },
        });
        client.request("textDocument/hover", params)["contents"]["value"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let on_key = hover(&mut client, 2);
    assert!(on_key.contains("What actually happened?"), "{on_key}");
    assert!(on_key.contains("PF002 `specific-outcome`"), "{on_key}");
    assert!(on_key.contains("PF009 `objective-outcome`"), "{on_key}");
    let on_finding = hover(&mut client, 12);
    assert!(on_finding.contains("PF002"), "{on_finding}");
    assert!(on_finding.contains("What it does"), "{on_finding}");
}

/// The labels of a completion answer.
fn labels(answer: &Value) -> Vec<String> {
    answer.as_array().unwrap().iter().map(|i| i["label"].as_str().unwrap().to_string()).collect()
}

#[test]
fn completion_offers_keys_tags_followups_values_and_links() {
    let (_journal, path) = journal();
    let uri = uri(&path);
    let mut client = Client::start();
    let text = "---\ntitle: A\ndate: 2026-04-01\nde\ntags: [wr\nfollowup: \nprocessed: \n---\nSee [the next one](@\n";
    client.open(&uri, text);
    let mut complete = |line: u64, character: u64| {
        let params = json!({
            "textDocument": { "uri": uri },
            "position": { "line": line, "character": character },
        });
        labels(&client.request("textDocument/completion", params))
    };
    let keys = complete(3, 2);
    assert!(keys.contains(&"decision".to_string()), "{keys:?}");
    assert!(keys.contains(&"outcome".to_string()), "{keys:?}");
    assert!(!keys.contains(&"title".to_string()), "present keys are not offered: {keys:?}");
    assert_eq!(complete(4, 10), ["launch", "writing"]);
    // Only entries dated after this one.
    assert_eq!(complete(5, 10), ["second-newsletter"]);
    assert_eq!(complete(6, 11), [TODAY]);
    let links = complete(8, 20);
    assert!(links.contains(&"@second-newsletter".to_string()), "{links:?}");
    assert!(links.contains(&"2026-05-02-second-newsletter.md".to_string()), "{links:?}");
}

#[test]
fn links_and_followups_go_to_their_entry() {
    let (journal, path) = journal();
    let uri = uri(&path);
    let target = uri_of_entry(&journal, "entries/2026/2026-05-02-second-newsletter.md");
    let mut client = Client::start();
    let text = GOOD_ENTRY.replace(
        "---\nBody.",
        "followup: second-newsletter\n---\nSee [the next](@second-newsletter) and [it again](2026-05-02-second-newsletter.md).",
    );
    client.open(&uri, &text);
    let body = line_of(&text, "See ");
    let mut definition = |line: u64, character: u64| {
        let params = json!({
            "textDocument": { "uri": uri },
            "position": { "line": line, "character": character },
        });
        client.request("textDocument/definition", params)["uri"].clone()
    };
    assert_eq!(definition(body, 8), target);
    assert_eq!(definition(body, 45), target);
    assert_eq!(definition(line_of(&text, "followup:"), 3), target);
    assert_eq!(definition(body, 0), Value::Null);
}

fn uri_of_entry(journal: &TempJournal, rel: &str) -> Value {
    json!(uri(&journal.root.join(rel)))
}

#[test]
fn code_actions_mark_processed_allow_a_rule_and_create_the_followup() {
    let (journal, _) = journal();
    let mut client = Client::start();

    // An incubating entry from `new`, three days old: mark it processed.
    let incubating =
        failfolio::new_entry::template("Missed the deadline", jiff::civil::date(2026, 11, 20));
    let path = journal.root.join("entries/2026/2026-11-20-missed-the-deadline.md");
    let incubating_uri = uri(&path);
    let uri = incubating_uri.clone();
    client.open(&uri, &incubating);
    client.diagnostics(&uri, Some(1));
    let params = json!({
        "textDocument": { "uri": uri },
        "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 0, "character": 0 } },
        "context": { "diagnostics": [] },
    });
    let actions = client.request("textDocument/codeAction", params);
    let mark = &actions[0];
    assert_eq!(mark["title"], format!("Mark processed today ({TODAY})"));
    let edit = &mark["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], format!("processed: {TODAY}\n"));
    assert_eq!(edit["range"]["start"]["line"], line_of(&incubating, "# processed:"));

    // A processed entry with a warning: allow that rule; create the follow-up.
    let path = journal.root.join("entries/2026/2026-03-02-newsletter.md");
    let uri = self::uri(&path);
    let text = GOOD_ENTRY.replace(
        GOOD_ENTRY.lines().find(|l| l.starts_with("identity_check:")).unwrap(),
        "identity_check: I'm just not a marketing person.",
    );
    client.open(&uri, &text);
    let found = client.diagnostics(&uri, Some(1));
    let pf007: Vec<Value> = found.into_iter().filter(|d| d["code"] == "PF007").collect();
    assert!(!pf007.is_empty());
    let params = json!({
        "textDocument": { "uri": uri },
        "range": pf007[0]["range"],
        "context": { "diagnostics": pf007 },
    });
    let actions = client.request("textDocument/codeAction", params);
    let titles: Vec<&str> =
        actions.as_array().unwrap().iter().map(|a| a["title"].as_str().unwrap()).collect();
    assert_eq!(titles, ["Allow PF007 for this entry", "Create the follow-up entry"]);
    let allow = &actions[0]["edit"]["changes"][&uri][0];
    assert_eq!(allow["newText"], "allow: [PF007]\n");
    let closing =
        text.lines().collect::<Vec<_>>().iter().rposition(|l| *l == "---").unwrap() as u64;
    assert_eq!(allow["range"]["start"]["line"], closing);

    let command = &actions[1]["command"];
    let params = json!({ "command": command["command"], "arguments": command["arguments"] });
    let created = client.request("workspace/executeCommand", params);
    let new_file = journal.root.join(format!(
        "entries/2026/{TODAY}-launched-the-newsletter-without-a-list-next-attempt.md"
    ));
    assert_eq!(created, json!(self::uri(&new_file)));
    let written = std::fs::read_to_string(&new_file).unwrap();
    assert!(
        written.contains("title: \"Launched the newsletter without a list (next attempt)\""),
        "{written}"
    );
    let apply = client.wait_for(|m| match m {
        Message::Request(r) if r.method == "workspace/applyEdit" => Some(r.params.clone()),
        _ => None,
    });
    let edit = &apply["edit"]["changes"][&uri][0];
    assert_eq!(edit["newText"], "followup: launched-the-newsletter-without-a-list-next-attempt\n");
}

/// Neovim (Debian's `neovim`, its built-in client) shows the finding: the
/// test CI runs as the "real editor" check.
#[test]
fn neovim_shows_the_finding() {
    let Ok(version) = Command::new("nvim").arg("--version").output() else {
        if std::env::var_os("CI").is_some() {
            panic!("Neovim is required in CI: .ci/run installs the `neovim` package");
        }
        eprintln!("SKIPPED: no Neovim (install the `neovim` package)");
        return;
    };
    assert!(version.status.success());
    let (journal, path) = journal();
    let outcome = GOOD_ENTRY.lines().find(|l| l.starts_with("outcome:")).unwrap();
    let vague = GOOD_ENTRY.replace(outcome, VAGUE);
    std::fs::write(&path, &vague).unwrap();
    let out = journal.dir.path().join("found.txt");
    let script = journal.dir.path().join("lsp.lua");
    // Neovim 0.7's API (Debian 12): start_client and buf_attach_client.
    std::fs::write(
        &script,
        r#"
local client = vim.lsp.start_client({
  name = 'failfolio',
  cmd = { os.getenv('FAILFOLIO_BIN'), 'lsp' },
  root_dir = os.getenv('JOURNAL'),
})
vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('ENTRY')))
vim.lsp.buf_attach_client(0, client)
vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  table.insert(lines, string.format('%d:%d %s %d', d.lnum + 1, d.col + 1, code, d.severity))
end
vim.fn.writefile(lines, os.getenv('OUT'))
vim.cmd('qa!')
"#,
    )
    .unwrap();
    let status = Command::new("nvim")
        .args(["--headless", "--clean", "-n", "-c"])
        .arg(format!("luafile {}", script.display()))
        .env("FAILFOLIO_BIN", binary())
        .env("FAILFOLIO_TODAY", TODAY)
        .env("JOURNAL", &journal.root)
        .env("ENTRY", &path)
        .env("OUT", &out)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let found = std::fs::read_to_string(&out).unwrap_or_default();
    let line = line_of(&vague, "outcome:") + 1;
    assert!(found.lines().any(|l| l == format!("{line}:10 PF002 1")), "Neovim showed:\n{found}");
}

#[test]
fn a_broken_link_is_reported_while_typing() {
    let (_journal, path) = journal();
    let uri = uri(&path);
    let mut client = Client::start();
    let text = GOOD_ENTRY.replace("Body.", "Same as [the second](@second-newsleter).");
    client.open(&uri, &text);
    let found = client.diagnostics(&uri, Some(1));
    let pf013: Vec<&Value> = found.iter().filter(|d| d["code"] == "PF013").collect();
    assert_eq!(pf013.len(), 1, "{found:#?}");
    assert_eq!(pf013[0]["range"]["start"]["line"], line_of(&text, "Same as"));
    assert_eq!(pf013[0]["range"]["start"]["character"], "Same as ".len() as u64);
    let message = pf013[0]["message"].as_str().unwrap();
    assert!(message.contains("second-newsletter"), "did you mean: {message}");
}
