//! Social cards: the 1200×630 PNG that `og:image` points at, one for the
//! site and one per entry on it.
//!
//! A card is a theme's `card.svg` template rendered with a [`CardView`]
//! and rasterised by resvg, with the fonts embedded in the binary and no
//! others (`assets/fonts/`, DejaVu Sans and Serif cut down to Latin), so
//! the same journal gives the same bytes on every machine. The text is
//! wrapped here, measured with those fonts, so that a template only places
//! lines.
//!
//! Rasterising is the costly part (a few milliseconds a card), so a card
//! is made again only when its [`key`](CardJob::key) — a hash of the text
//! it shows, the template and the fonts — changed: the pipeline keeps the
//! key of every card it wrote, and a PNG carries its key in a `tEXt`
//! chunk, so that a build into a folder that holds the cards already can
//! reuse them.

use std::hash::{Hash, Hasher};
use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};
use serde::Serialize;
use skrifa::MetadataProvider;
use skrifa::instance::{LocationRef, Size};

use crate::render::excerpt;
use crate::render::view::CardRef;
use crate::site::Site;

/// A card's width in pixels.
pub const WIDTH: u32 = 1200;
/// A card's height in pixels.
pub const HEIGHT: u32 = 630;
/// The template that draws a card.
pub const TEMPLATE: &str = "card.svg";
/// The folder of the cards in the output.
pub const DIR: &str = "cards/";
/// The `tEXt` keyword under which a card's PNG carries its key.
const KEY_CHUNK: &str = "failfolio-card";

/// The embedded fonts: regular and bold sans, regular and bold serif.
const FONTS: [&[u8]; 4] = [
    include_bytes!("../../assets/fonts/DejaVuSans-Latin.ttf"),
    include_bytes!("../../assets/fonts/DejaVuSans-Bold-Latin.ttf"),
    include_bytes!("../../assets/fonts/DejaVuSerif-Latin.ttf"),
    include_bytes!("../../assets/fonts/DejaVuSerif-Bold-Latin.ttf"),
];

/// Content width: the card less 80 px on either side.
const MEASURE: f32 = 1040.0;

/// The text sizes the built-in templates use, which the wrapping assumes.
const TITLE_SIZE: f32 = 56.0;
const LESSON_SIZE: f32 = 32.0;
const LINE_SIZE: f32 = 26.0;

/// The output path of the site's card.
pub fn site_path() -> String {
    format!("{DIR}site.png")
}

/// The output path of the card of the entry `slug`.
pub fn entry_path(slug: &str) -> String {
    format!("{DIR}{slug}.png")
}

/// `card` in `card.svg`: the text of one card, wrapped into lines.
#[derive(Debug, Clone, Serialize, Hash)]
pub struct CardView {
    /// `site` or `entry`.
    pub kind: &'static str,
    /// The width in pixels (1200).
    pub width: u32,
    /// The height in pixels (630).
    pub height: u32,
    /// The site's title, on one line (cut with `…`).
    pub site_title: String,
    /// The entry's title (the site's on the site card), at most three
    /// lines of 56 px bold.
    pub title_lines: Vec<String>,
    /// What the card calls its second text: `Adjustment` on an entry card;
    /// empty on the site card.
    pub lesson_label: String,
    /// The entry's adjustment (the site's description or intro on the site
    /// card), lines of 32 px, so many that title and lesson take at most
    /// five lines together (four at most).
    pub lesson_lines: Vec<String>,
    /// The footer: the author, the date or the number of failures, joined
    /// with ` · ` and cut to one line of 26 px.
    pub footer: String,
}

/// One card to make.
#[derive(Debug, Clone)]
pub struct CardJob {
    /// Its path in the output.
    pub path: String,
    /// What it shows.
    pub view: CardView,
    /// The hash of everything its bytes depend on.
    pub key: u64,
}

/// The cards of `site`: the site's first, then each entry's in
/// `site.entries` order. `template_key` is a hash of the theme's
/// `card.svg` (see [`template_key`]).
pub fn jobs(site: &Site<'_>, template_key: u64) -> Vec<CardJob> {
    let mut jobs = Vec::with_capacity(site.entries.len() + 1);
    jobs.push(job(site_path(), site_view(site), template_key));
    jobs.extend(
        (0..site.entries.len())
            .map(|i| job(entry_path(&site.entries[i].slug), entry_view(site, i), template_key)),
    );
    jobs
}

/// The card of entry `i` alone.
pub fn entry_job(site: &Site<'_>, i: usize, template_key: u64) -> CardJob {
    job(entry_path(&site.entries[i].slug), entry_view(site, i), template_key)
}

fn job(path: String, view: CardView, template_key: u64) -> CardJob {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (template_key, &view).hash(&mut h);
    CardJob { path, view, key: h.finish() }
}

/// A hash of a theme's card template and the fonts, the part of every
/// card's key that is not its text.
pub fn template_key(template: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (template, env!("CARGO_PKG_VERSION"), FONTS.map(<[u8]>::len)).hash(&mut h);
    h.finish()
}

fn site_view(site: &Site<'_>) -> CardView {
    let config = site.config;
    let title_lines = wrap(&config.title, TITLE_SIZE, true, 3);
    let lesson = config.description.as_deref().or(config.intro.as_deref()).unwrap_or("");
    let lesson_lines = wrap(&plain(lesson), LESSON_SIZE, false, lesson_room(&title_lines));
    let n = site.entries.len() as i64;
    let count = config.strings.count("count.processed", n, &[]);
    let footer = match &config.author {
        Some(author) => format!("{author} · {count}"),
        None => count,
    };
    CardView {
        kind: "site",
        width: WIDTH,
        height: HEIGHT,
        site_title: one_line(&config.title, LINE_SIZE, false),
        title_lines,
        lesson_label: String::new(),
        lesson_lines,
        footer: one_line(&footer, LINE_SIZE, false),
    }
}

fn entry_view(site: &Site<'_>, i: usize) -> CardView {
    let entry = site.entries[i];
    let fm = &entry.front_matter;
    let title_lines = wrap(entry.title(), TITLE_SIZE, true, 3);
    let adjustment = fm.adjustment.as_deref().unwrap_or("");
    let lesson_lines = wrap(adjustment, LESSON_SIZE, false, lesson_room(&title_lines));
    let date = fm.date.map(|d| crate::render::view::human(&site.config.strings, d));
    let footer: Vec<&str> =
        site.config.author.as_deref().into_iter().chain(date.as_deref()).collect();
    CardView {
        kind: "entry",
        width: WIDTH,
        height: HEIGHT,
        site_title: one_line(&site.config.title, LINE_SIZE, false),
        title_lines,
        lesson_label: if lesson_lines.is_empty() {
            String::new()
        } else {
            site.config.strings.get("card.adjustment").to_string()
        },
        lesson_lines,
        footer: one_line(&footer.join(" · "), LINE_SIZE, false),
    }
}

/// How many lesson lines fit under `title` lines.
fn lesson_room(title: &[String]) -> usize {
    (5usize.saturating_sub(title.len())).min(4)
}

/// Markdown reduced to its words (the intro may be Markdown).
fn plain(markdown: &str) -> String {
    markdown.replace(['*', '_', '`', '#', '[', ']'], "")
}

/// `page.card` for the page of entry `i`, or for any other page
/// (`None`), when the site has cards.
pub fn card_ref(site: &Site<'_>, base_url: &str, entry: Option<usize>) -> CardRef {
    let config = site.config;
    let (path, alt) = match entry {
        Some(i) => {
            let e = site.entries[i];
            let mut alt = e.title().to_string();
            if let Some(adjustment) = e.front_matter.adjustment.as_deref() {
                let label = config.strings.get("card.adjustment");
                alt.push_str(&format!(". {label}: {}", excerpt(adjustment, 300)));
            }
            (entry_path(&e.slug), alt)
        }
        None => {
            let n = site.entries.len() as i64;
            let mut alt = config.title.clone();
            if let Some(author) = &config.author {
                alt.push_str(&format!(" · {author}"));
            }
            alt.push_str(&format!(": {}", config.strings.count("count.processed", n, &[])));
            (site_path(), alt)
        }
    };
    CardRef { url: format!("{base_url}{path}"), width: WIDTH, height: HEIGHT, alt }
}

/// Advance widths in ems, the wider of sans and serif, for the characters
/// below U+2200, regular ([0]) and bold ([1]); `None` for a character the
/// fonts lack.
fn advances() -> &'static [Vec<Option<f32>>; 2] {
    static ADVANCES: OnceLock<[Vec<Option<f32>>; 2]> = OnceLock::new();
    ADVANCES.get_or_init(|| {
        let table = |fonts: [&[u8]; 2]| -> Vec<Option<f32>> {
            let fonts: Vec<skrifa::FontRef<'_>> =
                fonts.iter().filter_map(|f| skrifa::FontRef::new(f).ok()).collect();
            (0..0x2200u32)
                .map(|c| {
                    let c = char::from_u32(c)?;
                    fonts
                        .iter()
                        .filter_map(|font| {
                            let glyph = font.charmap().map(c)?;
                            font.glyph_metrics(Size::new(1.0), LocationRef::default())
                                .advance_width(glyph)
                        })
                        .reduce(f32::max)
                })
                .collect()
        };
        [table([FONTS[0], FONTS[2]]), table([FONTS[1], FONTS[3]])]
    })
}

/// The width of `text` at `size` pixels. A character the fonts lack counts
/// as a full em (it shows as the fonts' empty box).
fn width(text: &str, size: f32, bold: bool) -> f32 {
    let table = &advances()[usize::from(bold)];
    text.chars().map(|c| table.get(c as usize).copied().flatten().unwrap_or(1.0)).sum::<f32>()
        * size
}

/// `text` on one line of the measure, cut at a word with `…` if it is longer.
fn one_line(text: &str, size: f32, bold: bool) -> String {
    wrap(text, size, bold, 1).pop().unwrap_or_default()
}

/// `text` in at most `max_lines` lines of the measure, greedily, the last
/// cut at a word with `…` if the text is longer. A word longer than a line
/// is cut between characters.
fn wrap(text: &str, size: f32, bold: bool, max_lines: usize) -> Vec<String> {
    let fits = |s: &str| width(s, size, bold) <= MEASURE;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut words = text.split_whitespace().peekable();
    let mut cut = false;
    while let Some(word) = words.next() {
        let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if fits(&candidate) {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // The word on a line of its own, cut if it is too long.
        let mut rest = word;
        while !fits(rest) {
            let mut end = 0;
            for (at, c) in rest.char_indices() {
                if !fits(&rest[..at + c.len_utf8()]) {
                    break;
                }
                end = at + c.len_utf8();
            }
            let end = end.max(rest.chars().next().map_or(0, char::len_utf8));
            lines.push(rest[..end].to_string());
            rest = &rest[end..];
            if lines.len() > max_lines {
                break;
            }
        }
        line = rest.to_string();
        if lines.len() >= max_lines {
            cut = !line.is_empty() || words.peek().is_some() || lines.len() > max_lines;
            break;
        }
    }
    if !cut && !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        cut = true;
    }
    if cut {
        if let Some(last) = lines.last_mut() {
            *last = ellipsis(last, &fits);
        }
    }
    lines
}

/// `line` with `…` at its end, words dropped from the end until it fits.
fn ellipsis(line: &str, fits: &dyn Fn(&str) -> bool) -> String {
    let mut text = line.trim_end().to_string();
    loop {
        let candidate = format!("{}…", text.trim_end_matches([',', ';', ':', '.', ' ']));
        if fits(&candidate) || text.is_empty() {
            return candidate;
        }
        match text.rfind(' ') {
            Some(at) => text.truncate(at),
            None => {
                text.pop();
            }
        }
    }
}

/// Renders SVG to PNG bytes with the embedded fonts.
pub struct Rasteriser {
    options: usvg::Options<'static>,
}

impl std::fmt::Debug for Rasteriser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Rasteriser")
    }
}

impl Default for Rasteriser {
    fn default() -> Self {
        Rasteriser::new()
    }
}

impl Rasteriser {
    /// A rasteriser that knows the embedded fonts and no others, and loads
    /// no images.
    pub fn new() -> Rasteriser {
        let mut fontdb = usvg::fontdb::Database::new();
        for font in FONTS {
            fontdb.load_font_data(font.to_vec());
        }
        fontdb.set_sans_serif_family("DejaVu Sans");
        fontdb.set_serif_family("DejaVu Serif");
        let options = usvg::Options {
            font_family: "DejaVu Sans".to_string(),
            fontdb: Arc::new(fontdb),
            image_href_resolver: usvg::ImageHrefResolver {
                resolve_data: Box::new(|_, _, _| None),
                resolve_string: Box::new(|_, _| None),
            },
            ..usvg::Options::default()
        };
        Rasteriser { options }
    }

    /// The PNG of `svg`, scaled to 1200×630, with `key` in a `tEXt` chunk.
    pub fn png(&self, svg: &str, key: u64) -> Result<Vec<u8>, String> {
        let tree = usvg::Tree::from_str(svg, &self.options).map_err(|e| e.to_string())?;
        let mut pixmap =
            tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or_else(|| "no pixmap".to_string())?;
        let size = tree.size();
        let transform = tiny_skia::Transform::from_scale(
            WIDTH as f32 / size.width(),
            HEIGHT as f32 / size.height(),
        );
        resvg::render(&tree, transform, &mut pixmap.as_mut());
        encode(&pixmap, key).map_err(|e| e.to_string())
    }
}

/// `pixmap` as a PNG: RGB when it is opaque, else RGBA (demultiplied).
fn encode(pixmap: &tiny_skia::Pixmap, key: u64) -> Result<Vec<u8>, png::EncodingError> {
    let data = pixmap.data();
    let opaque = data.chunks_exact(4).all(|p| p[3] == 255);
    // Plain loops over whole pixels: the iterator adapters these replace
    // were most of a debug build's time (the integration tests build sites
    // in debug), and they are no faster in release.
    let mut pixels = Vec::with_capacity(data.len());
    let color = if opaque {
        for p in data.chunks_exact(4) {
            pixels.extend_from_slice(&p[..3]);
        }
        png::ColorType::Rgb
    } else {
        for p in data.chunks_exact(4) {
            let a = u16::from(p[3]);
            let un = |c: u8| ((u16::from(c) * 255 + a / 2).checked_div(a).unwrap_or(0)) as u8;
            pixels.extend_from_slice(&[un(p[0]), un(p[1]), un(p[2]), p[3]]);
        }
        png::ColorType::Rgba
    };
    let mut out = Vec::with_capacity(64 * 1024);
    {
        let mut encoder = png::Encoder::new(&mut out, WIDTH, HEIGHT);
        encoder.set_color(color);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Fast);
        encoder.add_text_chunk(KEY_CHUNK.to_string(), format!("{key:016x}"))?;
        let mut writer = encoder.write_header()?;
        writer.write_image_data(&pixels)?;
        writer.finish()?;
    }
    Ok(out)
}

/// The key a card's PNG carries, if it is one of ours.
pub fn key_of(png: &[u8]) -> Option<u64> {
    // Chunks: length (4), type (4), data, CRC (4), after the 8-byte signature.
    let mut at = 8;
    while at + 8 <= png.len() {
        let len = u32::from_be_bytes(png[at..at + 4].try_into().ok()?) as usize;
        let kind = &png[at + 4..at + 8];
        let data = png.get(at + 8..at + 8 + len)?;
        if kind == b"tEXt" {
            let text = data.strip_prefix(KEY_CHUNK.as_bytes())?.strip_prefix(b"\0")?;
            return u64::from_str_radix(std::str::from_utf8(text).ok()?, 16).ok();
        }
        if kind == b"IDAT" {
            return None;
        }
        at += 12 + len;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_one_line() {
        assert_eq!(wrap("A short title", TITLE_SIZE, true, 3), ["A short title"]);
        assert!(wrap("", TITLE_SIZE, true, 3).is_empty());
    }

    #[test]
    fn long_text_wraps_and_ends_with_an_ellipsis() {
        let text = "word ".repeat(200);
        let lines = wrap(&text, LESSON_SIZE, false, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'), "{lines:?}");
        for line in &lines {
            assert!(width(line, LESSON_SIZE, false) <= MEASURE, "{line}");
        }
    }

    #[test]
    fn a_word_longer_than_a_line_is_cut() {
        let text = "x".repeat(500);
        let lines = wrap(&text, TITLE_SIZE, true, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
        assert!(lines.iter().all(|l| width(l, TITLE_SIZE, true) <= MEASURE));
    }

    #[test]
    fn the_key_round_trips_through_the_png() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#fff"/><text x="80" y="200" font-size="56">Hi &amp; bye</text></svg>"##;
        let png = Rasteriser::new().png(svg, 0xfeed).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(key_of(&png), Some(0xfeed));
        assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), WIDTH);
        assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), HEIGHT);
    }
}
