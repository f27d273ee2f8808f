//! `failfolio lsp`: a language server over stdio, so that an editor shows
//! `failfolio check`'s findings while the entry is being written, explains
//! fields and rules on hover, completes keys, tags, follow-ups and links,
//! and offers to mark an entry processed.
//!
//! The server is synchronous, on [`lsp_server`] (rust-analyzer's
//! scaffold): one thread reads messages, this one answers them. Findings
//! come from the same check stage as `failfolio check`, on the journal as
//! it is on disk with the open documents laid over it; they are published
//! when a document opens or is saved, and a short while after typing
//! stops. Nothing is ever written to stdout but protocol messages: logs go
//! to stderr.

mod features;
mod text;
mod workspace;

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::{Duration, Instant};

use crossbeam_channel::RecvTimeoutError;
use jiff::civil::Date;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::Notification as _;
use lsp_types::request::Request as _;
use lsp_types::{
    CodeActionParams, CodeActionProviderCapability, CompletionOptions, CompletionParams,
    DiagnosticSeverity, ExecuteCommandOptions, ExecuteCommandParams, GotoDefinitionParams,
    HoverParams, HoverProviderCapability, InitializeParams, OneOf, PositionEncodingKind,
    PublishDiagnosticsParams, ServerCapabilities, ServerInfo, TextDocumentSyncCapability,
    TextDocumentSyncKind, Uri, notification, request,
};

use crate::diagnostic::{Diagnostic, Level, Location};
use text::{Encoding, LineIndex};
use workspace::Workspace;

/// How long typing must pause before findings are worked out again.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// Runs the server on stdin and stdout until the client says exit.
/// `today` fixes the date (for reproducible tests).
pub fn run(today: Option<Date>) -> crate::Result<()> {
    let (connection, io) = Connection::stdio();
    let result = serve(&connection, today);
    drop(connection);
    io.join().map_err(|e| crate::Error::io("talk to the editor over", "stdio", e))?;
    result
}

/// Runs the server on `connection` until the client says exit.
pub fn serve(connection: &Connection, today: Option<Date>) -> crate::Result<()> {
    let protocol = |e: lsp_server::ProtocolError| crate::Error::Lsp(e.to_string());
    let (id, params) = connection.initialize_start().map_err(protocol)?;
    let params: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let utf8 = params
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref())
        .is_some_and(|e| e.contains(&PositionEncodingKind::UTF8));
    let encoding = if utf8 { Encoding::Utf8 } else { Encoding::Utf16 };
    let capabilities = ServerCapabilities {
        position_encoding: Some(if utf8 {
            PositionEncodingKind::UTF8
        } else {
            PositionEncodingKind::UTF16
        }),
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(["@", "(", "/", ":", " "].map(String::from).to_vec()),
            ..Default::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: vec![features::CREATE_FOLLOWUP.to_string()],
            ..Default::default()
        }),
        ..Default::default()
    };
    let result = serde_json::json!({
        "capabilities": capabilities,
        "serverInfo": ServerInfo {
            name: "failfolio".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        },
    });
    connection.initialize_finish(id, result).map_err(protocol)?;
    let mut server = Server {
        connection,
        workspace: Workspace::new(today),
        encoding,
        dirty: Vec::new(),
        due: None,
        next_id: 0,
    };
    server.main_loop().map_err(protocol)
}

struct Server<'c> {
    connection: &'c Connection,
    workspace: Workspace,
    encoding: Encoding,
    /// Documents changed since their findings were last published.
    dirty: Vec<PathBuf>,
    /// When to publish them.
    due: Option<Instant>,
    /// The id of the next request to the client.
    next_id: i32,
}

impl Server<'_> {
    fn main_loop(&mut self) -> Result<(), lsp_server::ProtocolError> {
        loop {
            let message = match self.due {
                Some(due) => {
                    let wait = due.saturating_duration_since(Instant::now());
                    match self.connection.receiver.recv_timeout(wait) {
                        Ok(message) => message,
                        Err(RecvTimeoutError::Timeout) => {
                            self.publish_dirty();
                            continue;
                        }
                        Err(RecvTimeoutError::Disconnected) => return Ok(()),
                    }
                }
                None => match self.connection.receiver.recv() {
                    Ok(message) => message,
                    Err(_) => return Ok(()),
                },
            };
            match message {
                Message::Request(req) => {
                    if self.connection.handle_shutdown(&req)? {
                        return Ok(());
                    }
                    let id = req.id.clone();
                    let method = req.method.clone();
                    // A bug in one answer must not end the session.
                    let answer = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        self.request(req)
                    }));
                    let response = match answer {
                        Ok(Ok(value)) => Response::new_ok(id, value),
                        Ok(Err((code, message))) => Response::new_err(id, code as i32, message),
                        Err(_) => {
                            log(&format!("answering {method} failed; please report it"));
                            Response::new_err(id, ErrorCode::InternalError as i32, method)
                        }
                    };
                    self.send(response.into());
                }
                Message::Notification(note) => {
                    let method = note.method.clone();
                    let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        self.notification(note)
                    }));
                    if done.is_err() {
                        log(&format!("handling {method} failed; please report it"));
                    }
                }
                Message::Response(_) => {}
            }
        }
    }

    fn send(&self, message: Message) {
        if self.connection.sender.send(message).is_err() {
            log("the editor is gone");
        }
    }

    #[allow(clippy::result_large_err)]
    fn request(&mut self, req: Request) -> Result<serde_json::Value, (ErrorCode, String)> {
        let bad = |e: serde_json::Error| (ErrorCode::InvalidParams, e.to_string());
        let encoding = self.encoding;
        match req.method.as_str() {
            request::HoverRequest::METHOD => {
                let p: HoverParams = serde_json::from_value(req.params).map_err(bad)?;
                let doc = &p.text_document_position_params;
                let Some(path) = path_of(&doc.text_document.uri) else {
                    return Ok(serde_json::Value::Null);
                };
                let diagnostics = self.workspace.diagnostics(&path);
                let text = self.workspace.docs.get(&path).map(|d| d.text.clone());
                let hover = text
                    .and_then(|text| features::hover(&text, encoding, doc.position, &diagnostics));
                serde_json::to_value(hover).map_err(bad)
            }
            request::Completion::METHOD => {
                let p: CompletionParams = serde_json::from_value(req.params).map_err(bad)?;
                let doc = &p.text_document_position;
                let Some(path) = path_of(&doc.text_document.uri) else {
                    return Ok(serde_json::Value::Null);
                };
                serde_json::to_value(features::completion(
                    &mut self.workspace,
                    &path,
                    encoding,
                    doc.position,
                ))
                .map_err(bad)
            }
            request::GotoDefinition::METHOD => {
                let p: GotoDefinitionParams = serde_json::from_value(req.params).map_err(bad)?;
                let doc = &p.text_document_position_params;
                let Some(path) = path_of(&doc.text_document.uri) else {
                    return Ok(serde_json::Value::Null);
                };
                serde_json::to_value(features::definition(
                    &mut self.workspace,
                    &path,
                    encoding,
                    doc.position,
                ))
                .map_err(bad)
            }
            request::CodeActionRequest::METHOD => {
                let p: CodeActionParams = serde_json::from_value(req.params).map_err(bad)?;
                let Some(path) = path_of(&p.text_document.uri) else {
                    return Ok(serde_json::Value::Null);
                };
                let diagnostics = &p.context.diagnostics;
                serde_json::to_value(features::code_actions(
                    &mut self.workspace,
                    &path,
                    encoding,
                    diagnostics,
                ))
                .map_err(bad)
            }
            request::ExecuteCommand::METHOD => {
                let p: ExecuteCommandParams = serde_json::from_value(req.params).map_err(bad)?;
                if p.command != features::CREATE_FOLLOWUP {
                    return Err((ErrorCode::InvalidParams, format!("no command `{}`", p.command)));
                }
                let uri = p
                    .arguments
                    .first()
                    .and_then(|a| a.as_str())
                    .and_then(|s| Uri::from_str(s).ok())
                    .ok_or((ErrorCode::InvalidParams, "expected the entry's URI".to_string()))?;
                let (file, edit) = features::create_followup(&mut self.workspace, &uri, encoding)
                    .map_err(|e| (ErrorCode::RequestFailed, e))?;
                self.next_id += 1;
                let apply = lsp_types::ApplyWorkspaceEditParams {
                    label: Some("Create the follow-up entry".into()),
                    edit,
                };
                let id = RequestId::from(format!("failfolio-{}", self.next_id));
                self.send(
                    Request::new(id, request::ApplyWorkspaceEdit::METHOD.into(), apply).into(),
                );
                serde_json::to_value(uri_of(&file).map(|u| u.as_str().to_string())).map_err(bad)
            }
            _ => Err((ErrorCode::MethodNotFound, format!("no method `{}`", req.method))),
        }
    }

    fn notification(&mut self, note: Notification) {
        let params = note.params;
        match note.method.as_str() {
            notification::DidOpenTextDocument::METHOD => {
                let Ok(p) = serde_json::from_value::<lsp_types::DidOpenTextDocumentParams>(params)
                else {
                    return;
                };
                let doc = p.text_document;
                let Some(path) = path_of(&doc.uri) else { return };
                self.workspace.set(path.clone(), doc.uri, doc.version, doc.text);
                self.mark_dirty(path);
                self.publish_dirty();
            }
            notification::DidChangeTextDocument::METHOD => {
                let Ok(p) =
                    serde_json::from_value::<lsp_types::DidChangeTextDocumentParams>(params)
                else {
                    return;
                };
                let Some(path) = path_of(&p.text_document.uri) else { return };
                // Full sync: the last change holds the whole text.
                let Some(change) = p.content_changes.into_iter().last() else { return };
                let uri = p.text_document.uri;
                self.workspace.set(path.clone(), uri, p.text_document.version, change.text);
                self.mark_dirty(path);
                self.due = Some(Instant::now() + DEBOUNCE);
            }
            notification::DidSaveTextDocument::METHOD
            | notification::DidChangeWatchedFiles::METHOD => {
                // Other files may have changed on disk with it.
                self.workspace.reload();
                let open: Vec<PathBuf> = self.workspace.docs.keys().cloned().collect();
                for path in open {
                    self.mark_dirty(path);
                }
                self.publish_dirty();
            }
            notification::DidCloseTextDocument::METHOD => {
                let Ok(p) = serde_json::from_value::<lsp_types::DidCloseTextDocumentParams>(params)
                else {
                    return;
                };
                let Some(path) = path_of(&p.text_document.uri) else { return };
                self.workspace.close(&path);
                let clear = PublishDiagnosticsParams::new(p.text_document.uri, Vec::new(), None);
                self.notify::<notification::PublishDiagnostics>(clear);
            }
            _ => {}
        }
    }

    fn notify<N: lsp_types::notification::Notification>(&self, params: N::Params) {
        self.send(Notification::new(N::METHOD.to_string(), params).into());
    }

    /// Marks `path` and the open documents of the same journal (whose
    /// cross-entry findings may follow from it) to be published.
    fn mark_dirty(&mut self, path: PathBuf) {
        let root = self.workspace.docs.get(&path).and_then(|d| d.place.as_ref()).map(|p| &p.0);
        let same: Vec<PathBuf> = self
            .workspace
            .docs
            .iter()
            .filter(|(_, d)| root.is_some() && d.place.as_ref().map(|p| &p.0) == root)
            .map(|(p, _)| p.clone())
            .collect();
        for p in std::iter::once(path).chain(same) {
            if !self.dirty.contains(&p) {
                self.dirty.push(p);
            }
        }
    }

    /// Publishes the findings of every document changed since last time.
    fn publish_dirty(&mut self) {
        self.due = None;
        for path in std::mem::take(&mut self.dirty) {
            let found = self.workspace.diagnostics(&path);
            let Some(doc) = self.workspace.docs.get(&path) else { continue };
            let index = LineIndex::new(&doc.text, self.encoding);
            let diagnostics = found.iter().map(|d| to_lsp(d, &index, &doc.text)).collect();
            let params =
                PublishDiagnosticsParams::new(doc.uri.clone(), diagnostics, Some(doc.version));
            self.notify::<notification::PublishDiagnostics>(params);
        }
    }
}

/// A finding as the editor shows it.
fn to_lsp(d: &Diagnostic, index: &LineIndex<'_>, text: &str) -> lsp_types::Diagnostic {
    let span = d.location.as_ref().map(|l| l.span.clone()).unwrap_or(0..0);
    let span = if span.is_empty() && d.location.is_none() {
        // A finding about the whole file: its first line.
        Location::line_start(text, 1).span
    } else {
        span
    };
    let severity = match d.level {
        Level::Error => DiagnosticSeverity::ERROR,
        Level::Warning => DiagnosticSeverity::WARNING,
        Level::Info | Level::Off => DiagnosticSeverity::INFORMATION,
    };
    let mut message = d.message.clone();
    if let Some(help) = &d.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    lsp_types::Diagnostic {
        range: index.range(span),
        severity: Some(severity),
        code: Some(lsp_types::NumberOrString::String(d.code.to_string())),
        source: Some(format!("failfolio {}", d.name)),
        message,
        ..Default::default()
    }
}

/// Logs to stderr, which editors show in their LSP log: stdout carries
/// only protocol messages.
#[allow(clippy::print_stderr)]
pub(crate) fn log(message: &str) {
    eprintln!("failfolio lsp: {message}");
}

/// The file a `file:` URI names.
fn path_of(uri: &Uri) -> Option<PathBuf> {
    url::Url::parse(uri.as_str()).ok()?.to_file_path().ok()
}

/// The `file:` URI of `path`.
fn uri_of(path: &Path) -> Option<Uri> {
    Uri::from_str(url::Url::from_file_path(path).ok()?.as_str()).ok()
}
