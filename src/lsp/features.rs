//! What the server answers: hover, completion, go-to-definition and code
//! actions, each worked out from a document's text and its journal.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Command, CompletionItem, CompletionItemKind,
    CompletionTextEdit, Documentation, Hover, HoverContents, Location, MarkupContent, MarkupKind,
    Position, Range, TextEdit, Uri, WorkspaceEdit,
};

use super::text::{Encoding, LineIndex, front_matter, front_matter_end};
use super::workspace::{Loaded, Workspace};
use super::{path_of, uri_of};
use crate::check::{RULES, find_rule};
use crate::diagnostic::Diagnostic;
use crate::entry::{Entry, KNOWN_KEYS, Stage};
use crate::links::{Dest, STATIC_DIR, links_in};

/// The command behind "create the follow-up entry".
pub(crate) const CREATE_FOLLOWUP: &str = "failfolio.createFollowup";

/// The front-matter key of the line holding `offset`, and the byte range
/// of the key, if `offset` is inside the front matter on a `key:` line.
fn key_at(text: &str, offset: usize) -> Option<(&str, std::ops::Range<usize>)> {
    let fm = front_matter(text)?;
    if !(fm.start..=fm.end).contains(&offset) {
        return None;
    }
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let key_len = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))?;
    line[key_len..].trim_start().starts_with(':').then_some(())?;
    let key = &line[..key_len];
    (!key.is_empty()).then(|| (key, line_start..line_start + key_len))
}

/// What `key` asks, and the rules that judge it, as Markdown.
fn describe_key(key: &str) -> Option<String> {
    if !KNOWN_KEYS.contains(&key) {
        return None;
    }
    let question = crate::new_entry::question(key).or_else(|| {
        let schema = crate::schema::entry_schema();
        schema["properties"][key]["description"].as_str().map(str::to_string)
    });
    let mut out = format!("**`{key}`**");
    if let Some(question) = question {
        out.push_str(" — ");
        out.push_str(&question);
    }
    let rules: Vec<String> = RULES
        .iter()
        .filter(|r| r.fields().contains(&key))
        .map(|r| format!("{} `{}` ({})", r.code(), r.name(), r.summary()))
        .collect();
    if !rules.is_empty() {
        out.push_str("\n\nJudged by:\n");
        for rule in rules {
            out.push_str(&format!("- {rule}\n"));
        }
    }
    Some(out)
}

/// The hover at `position`: a front-matter key's question and rules, and
/// the explanation of each rule with a finding there.
pub(crate) fn hover(
    text: &str,
    encoding: Encoding,
    position: Position,
    diagnostics: &[Diagnostic],
) -> Option<Hover> {
    let index = LineIndex::new(text, encoding);
    let offset = index.offset(position);
    let mut parts = Vec::new();
    let mut range = None;
    if let Some((key, span)) = key_at(text, offset).filter(|(_, span)| span.contains(&offset)) {
        if let Some(doc) = describe_key(key) {
            parts.push(doc);
            range = Some(index.range(span));
        }
    }
    let mut seen = BTreeSet::new();
    for d in diagnostics {
        let Some(loc) = &d.location else { continue };
        if loc.span.start <= offset && offset <= loc.span.end && seen.insert(d.code) {
            if let Some(rule) = find_rule(d.code) {
                parts.push(rule.explain());
            }
        }
    }
    if parts.is_empty() {
        return None;
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: parts.join("\n\n---\n\n"),
        }),
        range,
    })
}

/// A completion item replacing `range` with `new_text`.
fn item(label: String, detail: Option<String>, range: Range, new_text: String) -> CompletionItem {
    CompletionItem {
        label,
        detail,
        text_edit: Some(CompletionTextEdit::Edit(TextEdit { range, new_text })),
        ..Default::default()
    }
}

/// The completions at `position` in the open document at `path`.
pub(crate) fn completion(
    workspace: &mut Workspace,
    path: &Path,
    encoding: Encoding,
    position: Position,
) -> Vec<CompletionItem> {
    let Some(doc) = workspace.docs.get(path) else { return Vec::new() };
    let Some((root, rel)) = doc.place.clone() else { return Vec::new() };
    let text = doc.text.clone();
    let today = workspace.today();
    let index = LineIndex::new(&text, encoding);
    let offset = index.offset(position);
    let before = index.line_before(offset);
    let Ok(loaded) = workspace.journal(&root) else { return Vec::new() };
    let this = loaded.journal.file(&rel).and_then(|f| f.entry.as_ref());
    let fm = front_matter(&text);
    let in_front_matter = fm.as_ref().is_some_and(|fm| (fm.start..=fm.end).contains(&offset));
    // The word being typed, which a completion replaces.
    let word_start = |stop: &dyn Fn(char) -> bool| {
        let start = before
            .rfind(stop)
            .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
        Range::new(index.position(offset - (before.len() - start)), position)
    };
    if in_front_matter {
        if before.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            let present: BTreeSet<&str> = text[fm.clone().unwrap_or(0..0)]
                .lines()
                .filter_map(|l| l.split_once(':').map(|(k, _)| k.trim()))
                .collect();
            let range = Range::new(Position::new(position.line, 0), position);
            return KNOWN_KEYS
                .iter()
                .filter(|k| !present.contains(*k))
                .map(|k| {
                    let mut item = item(k.to_string(), None, range, format!("{k}: "));
                    item.kind = Some(CompletionItemKind::FIELD);
                    item.documentation = describe_key(k).map(|value| {
                        Documentation::MarkupContent(MarkupContent {
                            kind: MarkupKind::Markdown,
                            value,
                        })
                    });
                    item
                })
                .collect();
        }
        let key = before.split_once(':').map(|(k, _)| k.trim()).unwrap_or("");
        let range = word_start(&|c: char| c == ':' || c == ',' || c == '[' || c.is_whitespace());
        let values: Vec<(String, Option<String>)> = match key {
            "tags" => {
                let tags: BTreeSet<&str> = loaded
                    .journal
                    .entries()
                    .flat_map(|e| e.front_matter.tags.iter().map(String::as_str))
                    .collect();
                tags.into_iter().map(|t| (t.to_string(), None)).collect()
            }
            "followup" => later_entries(loaded, this)
                .map(|e| (e.slug.clone(), Some(e.title().to_string())))
                .collect(),
            "decision" => ["pivot", "persevere"].map(|v| (v.to_string(), None)).to_vec(),
            "stakes" => ["low", "medium", "high"].map(|v| (v.to_string(), None)).to_vec(),
            "processed" | "date" => vec![(today.to_string(), Some("today".to_string()))],
            "allow" => RULES
                .iter()
                .filter(|r| r.can_be_allowed())
                .map(|r| (r.code().to_string(), Some(r.name().to_string())))
                .collect(),
            _ => Vec::new(),
        };
        return values
            .into_iter()
            .map(|(value, detail)| {
                let mut item = item(value.clone(), detail, range, value);
                item.kind = Some(CompletionItemKind::VALUE);
                item
            })
            .collect();
    }
    // In the body, after `](`: other entries, by slug and by file.
    let Some(open) = before.rfind("](") else { return Vec::new() };
    let typed = &before[open + 2..];
    if typed.contains([')', ' ']) {
        return Vec::new();
    }
    let range = Range::new(index.position(offset - typed.len()), position);
    let from = rel.parent().unwrap_or(Path::new(""));
    let mut items = Vec::new();
    for entry in loaded.journal.entries().filter(|e| e.path != rel) {
        let by_slug = format!("@{}", entry.slug);
        let mut slug_item = item(by_slug.clone(), Some(entry.title().to_string()), range, by_slug);
        slug_item.kind = Some(CompletionItemKind::REFERENCE);
        items.push(slug_item);
        let relative = relative_path(from, &entry.path);
        let mut file_item =
            item(relative.clone(), Some(entry.title().to_string()), range, relative);
        file_item.kind = Some(CompletionItemKind::FILE);
        items.push(file_item);
    }
    items
}

/// The entries dated after `this` (all others when it has no date).
fn later_entries<'a>(
    loaded: &'a Loaded,
    this: Option<&'a Entry>,
) -> impl Iterator<Item = &'a Entry> {
    let date = this.and_then(|e| e.front_matter.date);
    let slug = this.map(|e| e.slug.as_str());
    loaded.journal.entries().filter(move |e| {
        Some(e.slug.as_str()) != slug
            && match (date, e.front_matter.date) {
                (Some(d), Some(later)) => later.at > d.at,
                _ => true,
            }
    })
}

/// `to` relative to the folder `from` (both relative to the journal root),
/// `/`-separated.
fn relative_path(from: &Path, to: &Path) -> String {
    let from: Vec<_> = from.components().collect();
    let to_parts: Vec<_> = to.components().collect();
    let common = from.iter().zip(&to_parts).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); from.len() - common];
    parts.extend(to_parts[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    parts.join("/")
}

/// Where the link or `followup:` at `position` goes.
pub(crate) fn definition(
    workspace: &mut Workspace,
    path: &Path,
    encoding: Encoding,
    position: Position,
) -> Option<Location> {
    let text = workspace.docs.get(path)?.text.clone();
    let (root, _) = workspace.docs.get(path)?.place.clone()?;
    let (loaded, entry) = workspace.entry(path)?;
    let offset = LineIndex::new(&text, encoding).offset(position);
    let file_of =
        |slug: &str| loaded.journal.entries().find(|e| e.slug == slug).map(|e| root.join(&e.path));
    let target: PathBuf = if let Some((key, _)) = key_at(&text, offset) {
        if key != "followup" {
            return None;
        }
        file_of(entry.front_matter.followup.as_deref()?)?
    } else {
        let links = links_in(entry.body(), entry.body_start, &entry.path);
        let link = links.iter().find(|l| l.span.start <= offset && offset <= l.span.end)?;
        match &link.to {
            Dest::Path { path, .. } => root.join(path),
            Dest::Slug { slug, .. } => file_of(slug)?,
            Dest::Static(file) => root.join(STATIC_DIR).join(file),
            Dest::Anchor(_) => path.to_path_buf(),
        }
    };
    Some(Location { uri: uri_of(&target)?, range: Range::default() })
}

// lsp_types keys workspace edits by `Uri`, which clippy takes for
// mutable (it caches its parsed parts); nothing here mutates a key.
#[allow(clippy::mutable_key_type)]
/// The code actions for `range` of the open document at `path`, given the
/// findings the client shows there.
pub(crate) fn code_actions(
    workspace: &mut Workspace,
    path: &Path,
    encoding: Encoding,
    diagnostics: &[lsp_types::Diagnostic],
) -> Vec<CodeActionOrCommand> {
    let Some(doc) = workspace.docs.get(path) else { return Vec::new() };
    let (uri, text) = (doc.uri.clone(), doc.text.clone());
    let today = workspace.today();
    let Some((loaded, entry)) = workspace.entry(path) else { return Vec::new() };
    let index = LineIndex::new(&text, encoding);
    let edit = |at: usize, remove: usize, new_text: String| {
        let range = index.range(at..at + remove);
        let changes = [(uri.clone(), vec![TextEdit { range, new_text }])].into_iter().collect();
        WorkspaceEdit { changes: Some(changes), ..Default::default() }
    };
    let action = |title: String, edit: WorkspaceEdit| {
        CodeActionOrCommand::CodeAction(CodeAction {
            title,
            kind: Some(CodeActionKind::QUICKFIX),
            edit: Some(edit),
            ..Default::default()
        })
    };
    let mut out = Vec::new();
    let Some(end) = front_matter_end(&text) else { return out };

    // Mark processed today, once the entry has incubated long enough.
    let hours = crate::check::rules::incubation(&loaded.settings).warning_hours;
    let now = jiff::Zoned::now().datetime().max(today.to_datetime(jiff::civil::Time::midnight()));
    if entry.stage() == Stage::Incubating && entry.ready_at(hours).is_some_and(|r| r <= now) {
        let line = format!("processed: {today}\n");
        // The template's `# processed: YYYY-MM-DD` line, if it is there.
        let placeholder = text[..end]
            .match_indices("# processed:")
            .map(|(i, _)| i)
            .find(|&i| i == 0 || text.as_bytes()[i - 1] == b'\n');
        let e = match placeholder {
            Some(at) => {
                let len = text[at..].find('\n').map_or(text.len() - at, |n| n + 1);
                edit(at, len, line)
            }
            None => edit(end, 0, line),
        };
        out.push(action(format!("Mark processed today ({today})"), e));
    }

    // Allow a rule for this entry.
    let codes: BTreeSet<String> = diagnostics
        .iter()
        .filter_map(|d| match &d.code {
            Some(lsp_types::NumberOrString::String(code)) => Some(code.clone()),
            _ => None,
        })
        .filter(|code| find_rule(code).is_some_and(|r| r.can_be_allowed()))
        .collect();
    for code in codes {
        let e = match entry.keys.get("allow") {
            Some(key) => {
                let value = &text[key.value.clone()];
                if let Some(close) = value.rfind(']').filter(|_| value.starts_with('[')) {
                    let empty = value[1..close].trim().is_empty();
                    let new_text = if empty { code.clone() } else { format!(", {code}") };
                    edit(key.value.start + close, 0, new_text)
                } else if value.trim_start().starts_with('-') {
                    edit(key.value.end, 0, format!("\n  - {code}"))
                } else {
                    edit(key.value.start, key.value.len(), format!("[{code}]"))
                }
            }
            None => edit(end, 0, format!("allow: [{code}]\n")),
        };
        out.push(action(format!("Allow {code} for this entry"), e));
    }

    // Create the follow-up entry.
    if entry.stage() == Stage::Processed && entry.front_matter.followup.is_none() {
        out.push(CodeActionOrCommand::CodeAction(CodeAction {
            title: "Create the follow-up entry".to_string(),
            kind: Some(CodeActionKind::new("source")),
            command: Some(Command {
                title: "Create the follow-up entry".to_string(),
                command: CREATE_FOLLOWUP.to_string(),
                arguments: Some(vec![serde_json::json!(uri.as_str())]),
            }),
            ..Default::default()
        }));
    }
    out
}

#[allow(clippy::mutable_key_type)]
/// Writes the follow-up of the open entry `uri` as `failfolio new` would
/// (incubating, dated today) and returns its file and the edit that names
/// it in the entry's `followup:`.
pub(crate) fn create_followup(
    workspace: &mut Workspace,
    uri: &Uri,
    encoding: Encoding,
) -> Result<(PathBuf, WorkspaceEdit), String> {
    let path = path_of(uri).ok_or("not a file")?;
    let doc = workspace.docs.get(&path).ok_or("the entry is not open")?;
    let (root, _) = doc.place.clone().ok_or("not an entry of a journal")?;
    let text = doc.text.clone();
    let today = workspace.today();
    let (_, entry) = workspace.entry(&path).ok_or("the entry cannot be read")?;
    if entry.front_matter.followup.is_some() {
        return Err("the entry already names its follow-up".to_string());
    }
    let title = format!("{} (next attempt)", entry.title());
    let rel = crate::new_entry::new_entry(&root, &title, today).map_err(|e| e.to_string())?;
    let source = std::fs::read_to_string(root.join(&rel)).map_err(|e| e.to_string())?;
    let slug = crate::journal::parse::parse(&rel, source)
        .entry
        .map(|e| e.slug)
        .ok_or("the new entry cannot be read")?;
    let end = front_matter_end(&text).ok_or("the entry has no front matter")?;
    let index = LineIndex::new(&text, encoding);
    let edit = TextEdit { range: index.range(end..end), new_text: format!("followup: {slug}\n") };
    let changes = [(uri.clone(), vec![edit])].into_iter().collect();
    workspace.reload();
    Ok((root.join(rel), WorkspaceEdit { changes: Some(changes), ..Default::default() }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_on_their_lines_only_in_front_matter() {
        let text = "---\ntitle: A\noutcome: \"x: y\"\n---\ngap: body\n";
        let at = |needle: &str| text.find(needle).unwrap();
        assert_eq!(key_at(text, at("title") + 2).map(|k| k.0), Some("title"));
        assert_eq!(key_at(text, at("x: y")).map(|k| k.0), Some("outcome"));
        assert_eq!(key_at(text, at("gap")), None);
    }

    #[test]
    fn relative_paths_between_entry_folders() {
        let from = Path::new("entries/2026");
        assert_eq!(relative_path(from, Path::new("entries/2026/a.md")), "a.md");
        assert_eq!(relative_path(from, Path::new("entries/2025/b.md")), "../2025/b.md");
    }
}
