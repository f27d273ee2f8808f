//! Journal-wide path checks: two entries must not share a slug, and two
//! different tag spellings must not become the same tag folder. Each
//! collision is reported on both files, naming the other.

use foldhash::HashMap;

use crate::check::value_span;
use crate::diagnostic::{Diagnostic, Level, malformed};
use crate::entry::Entry;

/// Finds slug and tag collisions and tags that cannot become a path.
pub fn check<'a>(entries: impl Iterator<Item = &'a Entry>) -> Vec<Diagnostic> {
    let entries: Vec<&Entry> = entries.collect();
    let mut out = Vec::new();
    let mut slugs: HashMap<&str, &Entry> = HashMap::default();
    for &entry in &entries {
        if let Some(&other) = slugs.get(entry.slug.as_str()) {
            for (this, that) in [(entry, other), (other, entry)] {
                out.push(slug_collision(this, that));
            }
        } else {
            slugs.insert(&entry.slug, entry);
        }
    }
    // Tag segment → (spelling, entry) of its first use.
    let mut tags: HashMap<&str, (&str, &Entry)> = HashMap::default();
    for &entry in &entries {
        for (tag, segment) in entry.front_matter.tags.iter().zip(&entry.tag_segments) {
            let segment = match segment {
                Ok(segment) => segment,
                Err(e) => {
                    let help = match e {
                        crate::paths::SegmentError::TooLong(_) => {
                            "a tag becomes a folder name and a URL: shorten it to a few words"
                        }
                        _ => "rename the tag with letters or digits, e.g. `public-speaking`",
                    };
                    let tag_text = match tag.char_indices().nth(40) {
                        Some((cut, _)) => format!("{}…", &tag[..cut]),
                        None => tag.clone(),
                    };
                    out.push(
                        malformed(Level::Error, &entry.path, format!("tag `{tag_text}` {e}"))
                            .at(&entry.source, tag_span(entry, tag))
                            .help(help),
                    );
                    continue;
                }
            };
            match tags.get(segment.as_str()) {
                Some(&(spelling, _)) if spelling == tag => {}
                Some(&(spelling, other)) => {
                    out.push(tag_collision(entry, tag, other, spelling, segment));
                    if !std::ptr::eq(other, entry) {
                        out.push(tag_collision(other, spelling, entry, tag, segment));
                    }
                }
                None => {
                    tags.insert(segment, (tag, entry));
                }
            }
        }
    }
    out
}

fn slug_collision(entry: &Entry, other: &Entry) -> Diagnostic {
    let span =
        if entry.keys.get("slug").is_some() { Some(value_span(entry, "slug")) } else { None };
    let d = malformed(
        Level::Error,
        &entry.path,
        format!("slug `{}` is also used by `{}`", entry.slug, other.path.display()),
    )
    .help(
        "give one of them a different `slug:` (or rename its file); each entry needs its own URL",
    );
    match span {
        Some(span) => d.at(&entry.source, span),
        None => d,
    }
}

fn tag_collision(
    entry: &Entry,
    tag: &str,
    other: &Entry,
    other_tag: &str,
    segment: &str,
) -> Diagnostic {
    malformed(
        Level::Error,
        &entry.path,
        format!(
            "tag `{tag}` and tag `{other_tag}` (in `{}`) would share the folder `tags/{segment}/`",
            other.path.display()
        ),
    )
    .at(&entry.source, tag_span(entry, tag))
    .help(format!("spell the tag the same way everywhere, e.g. `{other_tag}`"))
}

/// The span of `tag` inside the entry's `tags` value, or of the whole value.
fn tag_span(entry: &Entry, tag: &str) -> std::ops::Range<usize> {
    let span = value_span(entry, "tags");
    match entry.source[span.clone()].find(tag) {
        Some(i) => span.start + i..span.start + i + tag.len(),
        None => span,
    }
}
