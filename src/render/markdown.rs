//! Markdown bodies to HTML with pulldown-cmark: tables, footnotes,
//! strikethrough, task lists, smart punctuation, and an `id` on every heading
//! so sections can be linked.
//!
//! For accessibility and small screens, each table sits in a focusable,
//! labelled `<div class="table-scroll">` that themes let scroll sideways,
//! an empty header cell (a table's blank corner) becomes a `<td>`, and each
//! task-list checkbox is wrapped, with its item's text, in a `<label>`.
//!
//! Under the default `raw_html: escape` nothing in a body can run script,
//! by a whitelist over pulldown-cmark's events rather than a blacklist over
//! its output: raw HTML becomes text, a heading keeps only its `{#id}` and
//! `{.class}` attributes, and a link or image keeps its address only when
//! it is relative or uses `http`, `https`, `mailto` or `tel`. Any other
//! address (`javascript:`, `vbscript:`, `data:`, in any case, with entities
//! or with the tabs and line breaks browsers ignore) is dropped: the link
//! renders as its text, the image as its alt text.

use std::collections::{HashMap, HashSet};

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

/// The Markdown extensions bodies are read with.
pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// The URL schemes a link or image may use under `raw_html: escape`.
pub const SAFE_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// Renders `markdown` to HTML and plain text.
pub fn render(markdown: &str, raw_html: RawHtml) -> Rendered {
    render_linked(markdown, raw_html, &[])
}

/// Renders `markdown`, giving each link whose destination `hrefs` lists
/// the address it pairs it with, or, paired with `None`, no address: the
/// link renders as its text, an image as its alt text (see
/// [`Site::hrefs`](crate::site::Site::hrefs)).
pub fn render_linked(
    markdown: &str,
    raw_html: RawHtml,
    hrefs: &[(String, Option<String>)],
) -> Rendered {
    let parser = Parser::new_ext(markdown, options());
    let parser: Box<dyn Iterator<Item = Event<'_>>> = if hrefs.is_empty() {
        Box::new(parser)
    } else {
        Box::new(relink(parser, hrefs).into_iter())
    };
    let mut events: Vec<Event<'_>> = match raw_html {
        RawHtml::Escape => sanitize(parser),
        RawHtml::Allow => parser.collect(),
    };
    events = add_heading_ids(events);
    let text = plain_text(&events);
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, wrap_tables_and_tasks(events).into_iter());
    Rendered { html: blank_header_cells_as_data(html), text }
}

/// Puts each table in a labelled scrolling region, and each task-list
/// checkbox in a `<label>` with the inline text that follows it. The
/// markup added here is fixed text: nothing from the body goes into it.
fn wrap_tables_and_tasks(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut tables = 0;
    let mut in_label = false;
    for event in events {
        if in_label && !is_inline(&event) {
            out.push(Event::InlineHtml(CowStr::Borrowed("</label>")));
            in_label = false;
        }
        match event {
            Event::Start(Tag::Table(_)) => {
                tables += 1;
                out.push(Event::Html(CowStr::from(format!(
                    "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table {tables}\">\n"
                ))));
                out.push(event);
            }
            Event::End(TagEnd::Table) => {
                out.push(event);
                out.push(Event::Html(CowStr::Borrowed("</div>\n")));
            }
            Event::TaskListMarker(checked) => {
                out.push(Event::InlineHtml(CowStr::Borrowed(if checked {
                    "<label class=\"task\"><input disabled=\"\" type=\"checkbox\" checked=\"\"/> "
                } else {
                    "<label class=\"task\"><input disabled=\"\" type=\"checkbox\"/> "
                })));
                in_label = true;
            }
            other => out.push(other),
        }
    }
    if in_label {
        out.push(Event::InlineHtml(CowStr::Borrowed("</label>")));
    }
    out
}

/// Whether `event` is phrasing content, which a `<label>` may hold.
fn is_inline(event: &Event<'_>) -> bool {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineHtml(_)
        | Event::InlineMath(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::FootnoteReference(_) => true,
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        ),
        Event::End(tag) => matches!(
            tag,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image
        ),
        _ => false,
    }
}

/// An empty header cell (`| |` over a column of row names) names nothing:
/// it becomes a data cell, so that assistive technology announces no
/// blank header.
fn blank_header_cells_as_data(html: String) -> String {
    if !html.contains("<th></th>") && !html.contains("\"></th>") {
        return html;
    }
    static BLANK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"<th( style="text-align: [a-z]+")?></th>"#).unwrap()
    });
    BLANK.replace_all(&html, "<td$1></td>").into_owned()
}

/// Gives links and images the addresses `hrefs` pairs with their
/// destinations; those paired with `None` lose their start and end, so
/// that only their text is left.
fn relink<'a>(
    events: impl Iterator<Item = Event<'a>>,
    hrefs: &[(String, Option<String>)],
) -> Vec<Event<'a>> {
    let lookup = |dest: &str| hrefs.iter().find(|(d, _)| d == dest).map(|(_, href)| href);
    // For each open link or image: whether its start was dropped.
    let mut open: Vec<bool> = Vec::new();
    let mut out = Vec::new();
    for event in events {
        match event {
            Event::Start(Tag::Link { ref dest_url, .. } | Tag::Image { ref dest_url, .. }) => {
                let href = lookup(dest_url);
                open.push(matches!(href, Some(None)));
                match (event, href) {
                    (_, Some(None)) => {}
                    (Event::Start(Tag::Link { link_type, title, id, .. }), Some(Some(href))) => {
                        let dest_url = CowStr::from(href.clone());
                        out.push(Event::Start(Tag::Link { link_type, dest_url, title, id }));
                    }
                    (Event::Start(Tag::Image { link_type, title, id, .. }), Some(Some(href))) => {
                        let dest_url = CowStr::from(href.clone());
                        out.push(Event::Start(Tag::Image { link_type, dest_url, title, id }));
                    }
                    (event, _) => out.push(event),
                }
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if !open.pop().unwrap_or(false) {
                    out.push(event);
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// The whitelist: raw HTML as text, headings without attributes other than
/// id and classes, links and images only with safe addresses.
fn sanitize<'a>(parser: impl Iterator<Item = Event<'a>>) -> Vec<Event<'a>> {
    // For each open link or image: whether its start was dropped, so that
    // its end is dropped too.
    let mut open: Vec<bool> = Vec::new();
    let mut events = Vec::new();
    for event in parser {
        let event = match event {
            Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
            Event::Start(Tag::Heading { level, id, classes, attrs: _ }) => {
                Event::Start(Tag::Heading { level, id, classes, attrs: Vec::new() })
            }
            Event::Start(Tag::Link { ref dest_url, .. } | Tag::Image { ref dest_url, .. }) => {
                let safe = is_safe_url(dest_url);
                open.push(!safe);
                if !safe {
                    continue;
                }
                event
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if open.pop().unwrap_or(false) {
                    continue;
                }
                event
            }
            other => other,
        };
        events.push(event);
    }
    events
}

/// The ids the site gives the headings of `markdown`, in order.
pub fn heading_ids(markdown: &str) -> Vec<String> {
    let events = add_heading_ids(Parser::new_ext(markdown, options()).collect());
    events
        .into_iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { id: Some(id), .. }) => Some(id.to_string()),
            _ => None,
        })
        .collect()
}

/// Whether `url` is relative or uses a [safe scheme](SAFE_SCHEMES), read the
/// way a browser reads it: pulldown-cmark has already decoded entities, and
/// browsers drop ASCII tabs and line breaks anywhere and control characters
/// and spaces at the start.
pub fn is_safe_url(url: &str) -> bool {
    let cleaned: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let end = cleaned.find([':', '/', '?', '#']);
    match end {
        Some(i) if cleaned[i..].starts_with(':') => {
            let scheme = &cleaned[..i];
            SAFE_SCHEMES.iter().any(|s| s.eq_ignore_ascii_case(scheme))
        }
        _ => true,
    }
}

/// Gives every heading without an explicit `{#id}` an id made from its text,
/// unique within the body, and appends a `#` link to it. Linear in the
/// number of events, however many headings share a text.
fn add_heading_ids(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut used: HashSet<String> = HashSet::new();
    // Explicit ids come first so generated ones avoid them.
    for event in &events {
        if let Event::Start(Tag::Heading { id: Some(id), .. }) = event {
            used.insert(id.to_string());
        }
    }
    // The next suffix to try for each generated base, so that a thousand
    // headings named alike do not each count up from 1.
    let mut next: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::with_capacity(events.len() + 16);
    let mut events = events.into_iter().peekable();
    while let Some(event) = events.next() {
        let Event::Start(Tag::Heading { level, id, classes, attrs }) = event else {
            out.push(event);
            continue;
        };
        let mut inner = Vec::new();
        for e in events.by_ref() {
            if matches!(e, Event::End(TagEnd::Heading(_))) {
                break;
            }
            inner.push(e);
        }
        let id = match id {
            Some(id) => id.to_string(),
            None => {
                let base = match slug::slugify(plain_text(&inner)) {
                    s if s.is_empty() => "section".to_string(),
                    s => s,
                };
                let mut id = base.clone();
                if used.contains(&id) {
                    let n = next.entry(base.clone()).or_insert(1);
                    loop {
                        id = format!("{base}-{n}");
                        *n += 1;
                        if !used.contains(&id) {
                            break;
                        }
                    }
                }
                used.insert(id.clone());
                id
            }
        };
        let mut anchor = String::from("<a class=\"heading-anchor\" href=\"#");
        let _ = pulldown_cmark_escape::escape_html(&mut anchor, &id);
        anchor.push_str("\" aria-label=\"Link to this section\">#</a>");
        out.push(Event::Start(Tag::Heading { level, id: Some(CowStr::from(id)), classes, attrs }));
        out.extend(inner);
        out.push(Event::InlineHtml(CowStr::from(anchor)));
        out.push(Event::End(TagEnd::Heading(level)));
    }
    out
}

/// The visible text of `events`, words separated by single spaces.
fn plain_text(events: &[Event<'_>]) -> String {
    let mut raw = String::new();
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => raw.push_str(t),
            // Inline ends join their text to what follows: `[a](x).` reads
            // "a.", whether or not the link is kept.
            Event::End(
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image
                | TagEnd::Superscript
                | TagEnd::Subscript,
            ) => {}
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

    // See: issue 18, items 3 and 4.
    #[test]
    fn tables_scroll_in_a_labelled_region() {
        let out = html("| | a |\n|---|--:|\n| x | 1 |\n\n|   | b |\n|:-:|---|\n| y | 2 |\n");
        assert_eq!(
            out.matches("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\"").count(),
            2,
            "{out}"
        );
        assert!(out.contains("aria-label=\"Table 1\">\n<table>"), "{out}");
        assert!(out.contains("aria-label=\"Table 2\">"), "{out}");
        assert_eq!(out.matches("</table>\n</div>").count(), 2, "{out}");
        assert!(
            out.contains("<thead><tr><td></td><th style=\"text-align: right\">a</th>"),
            "{out}"
        );
        assert!(out.contains("<tr><td style=\"text-align: center\"></td><th>b</th>"), "{out}");
        assert!(!out.contains("<th></th>") && !out.contains("\"></th>"), "{out}");
    }

    #[test]
    fn task_list_checkboxes_are_labelled_by_their_text() {
        let out =
            html("- [x] done *well*\n- [ ] to do\n  - [ ] nested\n\n1. [x] loose\n\n   more\n");
        assert!(
            out.contains("<label class=\"task\"><input disabled=\"\" type=\"checkbox\" checked=\"\"/> done <em>well</em></label>"),
            "{out}"
        );
        assert!(
            out.contains("<input disabled=\"\" type=\"checkbox\"/> to do</label>\n<ul>"),
            "{out}"
        );
        assert!(out.contains("nested</label></li>"), "{out}");
        assert!(out.contains("checked=\"\"/> loose</label></p>"), "{out}");
        assert_eq!(out.matches("<label").count(), out.matches("</label>").count(), "{out}");
        assert_eq!(render("- [x] done\n", RawHtml::Escape).text, "done");
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
        let r = render("A [link](x), *this*.", RawHtml::Escape);
        assert_eq!(r.text, "A link, this.");
    }

    #[test]
    fn metadata_blocks_in_the_body_are_content() {
        let out = html("Part one\n\n---\n\ntitle: not front matter\n\n---\n");
        assert!(out.contains("<hr />"), "{out}");
        assert!(out.contains("title: not front matter"), "{out}");
    }

    // See: issue 15, items 1–3.
    #[test]
    fn heading_attributes_other_than_id_and_class_are_dropped() {
        let out = html("## A {tabindex=0 autofocus onfocus=alert(1) .note #here}\n");
        assert!(!out.contains("onfocus"), "{out}");
        assert!(!out.contains("autofocus"), "{out}");
        assert!(!out.contains("tabindex"), "{out}");
        assert!(out.contains("<h2 id=\"here\" class=\"note\">"), "{out}");
    }

    #[test]
    fn explicit_ids_are_escaped_in_the_anchor_too() {
        let out = html("## B {#q\"onmouseover=\"alert(1)}\n");
        assert!(!out.contains("\"onmouseover"), "{out}");
        assert!(out.contains("href=\"#q&quot;onmouseover=&quot;alert(1)\""), "{out}");
    }

    #[test]
    fn dangerous_url_schemes_never_reach_an_attribute() {
        let hostile = [
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](java&#9;script:alert(1))",
            "[x](&#x20;javascript:alert(1))",
            "[x](vbscript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "<javascript:alert(1)>",
            "[x][r]\n\n[r]: javascript:alert(1)",
            "![x](javascript:alert(1))",
            "![x](data:image/svg+xml;base64,PHN2Zz4=)",
            "[![img](https://example.com/a.png)](javascript:alert(1))",
        ];
        for md in hostile {
            let out = html(md);
            let lower = out.to_lowercase();
            for bad in ["javascript", "vbscript", "data:"] {
                assert!(
                    !lower.contains(&format!("href=\"{bad}"))
                        && !lower.contains(&format!("src=\"{bad}")),
                    "{md} -> {out}"
                );
            }
            assert!(
                !lower.contains("href=\"java") && !lower.contains("src=\"java"),
                "{md} -> {out}"
            );
        }
        // The link's text and an image's alt text stay, without the address.
        assert_eq!(html("[click me](javascript:alert(1))"), "<p>click me</p>\n");
        assert_eq!(html("![a cat](vbscript:x)"), "<p>a cat</p>\n");
    }

    #[test]
    fn safe_urls_are_kept() {
        for url in [
            "https://example.com/",
            "HTTP://example.com",
            "mailto:me@example.com",
            "tel:+441234",
            "../2025/entry.md",
            "#section",
            "/tags/x/",
            "page?x=javascript:1",
            "a/b:c",
        ] {
            assert!(is_safe_url(url), "{url}");
            let out = html(&format!("[x]({url})"));
            assert!(out.contains("href="), "{url} -> {out}");
        }
        assert!(!is_safe_url("javascript:x"));
        assert!(!is_safe_url(" \u{1}JAVASCRIPT:x"));
        assert!(!is_safe_url("java\nscript:x"));
        assert!(!is_safe_url("file:///etc/passwd"));
    }

    /// 20,000 headings with the same text: linear, not quadratic.
    #[test]
    fn many_alike_headings_get_ids_in_linear_time() {
        let md = "# a\n\n".repeat(20_000);
        let started = std::time::Instant::now();
        let out = html(&md);
        assert!(out.contains("id=\"a-19999\""));
        // The old code took 16 s; a generous bound against a stall.
        assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
    }

    /// The attributes of every tag in `html`, as (tag, name, value). Under
    /// `escape` every `<` in the output opens a tag pulldown-cmark (or
    /// this module) wrote, with double-quoted, escaped values.
    fn attributes(html: &str) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        for piece in html.split('<').skip(1) {
            let tag_end = piece.find('>').unwrap_or(piece.len());
            let inside = &piece[..tag_end];
            let mut parts = inside.trim_end_matches('/').splitn(2, [' ', '\n']);
            let tag = parts.next().unwrap_or("").to_string();
            let mut rest = parts.next().unwrap_or("").trim_start();
            while !rest.is_empty() {
                let name_end = rest.find(['=', ' ']).unwrap_or(rest.len());
                let name = rest[..name_end].to_string();
                rest = &rest[name_end..];
                let mut value = String::new();
                if let Some(after) = rest.strip_prefix("=\"") {
                    let close = after.find('"').expect("attribute values are quoted");
                    value = after[..close].to_string();
                    rest = &after[close + 1..];
                }
                out.push((tag.clone(), name, value));
                rest = rest.trim_start_matches([' ', '/']);
            }
        }
        out
    }

    fn unescape(value: &str) -> String {
        value
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    }

    proptest::proptest! {
        /// Whatever the body, a page under `escape` has only the
        /// attributes pulldown-cmark's own elements need, and no address
        /// a browser would run.
        #[test]
        fn no_body_puts_script_in_a_page(pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "## A {onfocus=alert(1) autofocus #id .cls}\n", "# B {#q\"x=\"y}\n", "[a](javascript:x)",
                "[b](JAVASCRIPT:x)", "[c](&#106;avascript:x)", "[d](java&#x09;script:x)", "<javascript:x>",
                "![e](data:text/html,x)", "[f][r]\n\n[r]: vbscript:x\n", "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:x\">g</a>", "[h](https://example.com \"t\\\" onmouseover=\\\"x\")",
                "| a | b |\n|:--|--:|\n| 1 | 2 |\n", "- [x] done\n", "Note[^n].\n\n[^n\" onclick=\"x]: n\n",
                "```js\" onclick=\"x\ncode\n```\n", "3. three\n", "*emphasis* `code` ", "\n\n", "text ",
                "[i](<javascript:x>)", "[j](\u{1}javascript:x)", "![k](https://e.com/k.png)", "<https://e.com>",
            ]),
            0..12,
        )) {
            let md: String = pieces.concat();
            let out = render(&md, RawHtml::Escape).html;
            const ALLOWED: &[&str] = &[
                "id", "class", "href", "src", "alt", "title", "type", "checked", "disabled",
                "start", "style", "aria-label", "tabindex", "role",
            ];
            for (tag, name, value) in attributes(&out) {
                proptest::prop_assert!(ALLOWED.contains(&name.as_str()), "<{tag} {name}> in {out}");
                if name == "href" || name == "src" {
                    let url: String = unescape(&value)
                        .chars()
                        .filter(|c| !c.is_control() && *c != ' ')
                        .collect::<String>()
                        .to_lowercase();
                    for scheme in ["javascript:", "vbscript:", "data:"] {
                        proptest::prop_assert!(!url.starts_with(scheme), "{name}={value} in {out}");
                    }
                }
                if name == "style" {
                    proptest::prop_assert!(value.starts_with("text-align: "), "{value}");
                }
            }
        }
    }
}
