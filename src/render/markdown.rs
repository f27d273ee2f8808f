//! Markdown bodies to HTML with pulldown-cmark: tables, footnotes,
//! strikethrough, task lists, smart punctuation, and an `id` on every heading
//! so sections can be linked. Raw HTML is escaped unless the journal opts in.

use std::collections::HashSet;
use std::fmt::Write as _;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::config::RawHtml;

/// A rendered body: HTML for pages and plain text for the search index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendered {
    /// The HTML.
    pub html: String,
    /// The visible text, whitespace-collapsed.
    pub text: String,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders `markdown` to HTML and plain text.
pub fn render(markdown: &str, raw_html: RawHtml) -> Rendered {
    let mut events: Vec<Event<'_>> = Parser::new_ext(markdown, options())
        .map(|event| match event {
            Event::Html(html) | Event::InlineHtml(html) if raw_html == RawHtml::Escape => {
                Event::Text(html)
            }
            other => other,
        })
        .collect();
    add_heading_ids(&mut events);
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.iter().cloned());
    let text = plain_text(&events);
    Rendered { html, text }
}

/// Gives every heading without an explicit `{#id}` an id made from its text,
/// unique within the body, and appends a `#` link to it.
fn add_heading_ids(events: &mut Vec<Event<'_>>) {
    let mut used: HashSet<String> = HashSet::new();
    // Explicit ids come first so generated ones avoid them.
    for event in events.iter() {
        if let Event::Start(Tag::Heading { id: Some(id), .. }) = event {
            used.insert(id.to_string());
        }
    }
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { id, .. }) = &events[i] {
            let explicit = id.clone();
            let end = events[i..]
                .iter()
                .position(|e| matches!(e, Event::End(TagEnd::Heading(_))))
                .map_or(events.len(), |p| i + p);
            let id = match explicit {
                Some(id) => id.to_string(),
                None => {
                    let text = plain_text(&events[i + 1..end]);
                    let base = match slug::slugify(&text) {
                        s if s.is_empty() => "section".to_string(),
                        s => s,
                    };
                    let mut id = base.clone();
                    let mut n = 1;
                    while used.contains(&id) {
                        id = format!("{base}-{n}");
                        n += 1;
                    }
                    used.insert(id.clone());
                    if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[i] {
                        *slot = Some(CowStr::from(id.clone()));
                    }
                    id
                }
            };
            let mut anchor = String::new();
            let _ = write!(
                anchor,
                "<a class=\"heading-anchor\" href=\"#{id}\" aria-label=\"Link to this section\">#</a>"
            );
            events.insert(end, Event::InlineHtml(CowStr::from(anchor)));
            i = end + 1;
        }
        i += 1;
    }
}

/// The visible text of `events`, words separated by single spaces.
fn plain_text(events: &[Event<'_>]) -> String {
    let mut raw = String::new();
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => raw.push_str(t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => raw.push(' '),
            _ => {}
        }
    }
    let mut out = String::with_capacity(raw.len());
    for word in raw.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(md: &str) -> String {
        render(md, RawHtml::Escape).html
    }

    #[test]
    fn extensions() {
        let out = html(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~no~~ \"quoted\"\n\n- [x] done\n\nNote[^1].\n\n[^1]: The note.\n",
        );
        assert!(out.contains("<table>"), "{out}");
        assert!(out.contains("<del>no</del>"), "{out}");
        assert!(out.contains("“quoted”"), "{out}");
        assert!(out.contains("type=\"checkbox\""), "{out}");
        assert!(out.contains("footnote-definition"), "{out}");
    }

    #[test]
    fn heading_ids_are_unique() {
        let out = html("## What happened\n\n## What happened\n\n## Custom {#mine}\n\n## Mine\n");
        assert!(out.contains("<h2 id=\"what-happened\">What happened<a class=\"heading-anchor\" href=\"#what-happened\""), "{out}");
        assert!(out.contains("id=\"what-happened-1\""), "{out}");
        assert!(out.contains("<h2 id=\"mine\">Custom"), "{out}");
        assert!(out.contains("id=\"mine-1\""), "{out}");
    }

    #[test]
    fn raw_html_is_escaped_by_default() {
        let md = "<script>alert(1)</script>\n\nText <b>bold</b>\n";
        let out = html(md);
        assert!(!out.contains("<script>"), "{out}");
        assert!(out.contains("&lt;script&gt;"), "{out}");
        assert!(out.contains("&lt;b&gt;bold&lt;/b&gt;"), "{out}");
        let allowed = render(md, RawHtml::Allow).html;
        assert!(allowed.contains("<b>bold</b>"), "{allowed}");
    }

    #[test]
    fn plain_text_for_search() {
        let r = render("## Title\n\nSome *emphasis* and `code`.\nNext line.", RawHtml::Escape);
        assert_eq!(r.text, "Title Some emphasis and code. Next line.");
    }

    #[test]
    fn metadata_blocks_in_the_body_are_content() {
        let out = html("Part one\n\n---\n\ntitle: not front matter\n\n---\n");
        assert!(out.contains("<hr />"), "{out}");
        assert!(out.contains("title: not front matter"), "{out}");
    }
}
