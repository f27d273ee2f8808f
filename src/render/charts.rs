//! Charts as inline SVG, generated at build time: no JavaScript, styled by
//! the theme's CSS (so they follow dark mode and print), each with a title,
//! a description and the numbers as a table for screen readers.
//!
//! Each chart comes twice: a wide SVG 640 units across, and a narrow one
//! 320 across for phones, where every value is a row with its label above
//! its bar. A theme shows one of them by a media query, so a phone shows
//! labels at their CSS size (13 px labels at 13.5 px or more on a 390 px
//! screen) rather than the wide chart scaled down to half.

use std::fmt::Write as _;

use serde::Serialize;

use crate::i18n::Strings;

/// A chart ready for a template.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Chart {
    /// A unique id on the page, used for ARIA references.
    pub id: String,
    /// The chart's title.
    pub title: String,
    /// One sentence saying what the chart shows, with its numbers.
    pub summary: String,
    /// The SVG element (class `chart-svg chart-svg-wide`), 640 units wide.
    pub svg: String,
    /// The same chart for narrow screens (class `chart-svg
    /// chart-svg-narrow`, ids ending in `-narrow`), 320 units wide.
    pub svg_narrow: String,
    /// The data: (label, value) rows.
    pub rows: Vec<(String, String)>,
}

/// Escapes text for XML/HTML content and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The width of the narrow variant, in SVG units.
const NARROW: f64 = 320.0;
/// Labels longer than this are cut in the narrow variant (the whole label
/// is in its bar's tooltip and in the chart's table).
const NARROW_LABEL_CHARS: usize = 38;

fn open_svg(out: &mut String, id: &str, title: &str, summary: &str, width: u32, height: u32) {
    let variant = if f64::from(width) == NARROW { "narrow" } else { "wide" };
    let _ = write!(
        out,
        r#"<svg class="chart-svg chart-svg-{variant}" id="{id}" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(title),
        escape(summary)
    );
}

fn summary_of(title: &str, data: &[(String, usize)]) -> String {
    let parts: Vec<String> = data.iter().map(|(l, v)| format!("{l}: {v}")).collect();
    format!("{title}. {}.", parts.join(", "))
}

fn rows_of(data: &[(String, usize)]) -> Vec<(String, String)> {
    data.iter().map(|(l, v)| (l.clone(), v.to_string())).collect()
}

/// Vertical bars, one per label (years, months, buckets).
pub fn columns(id: &str, title: &str, data: &[(String, usize)]) -> Chart {
    let (width, height, top, bottom, left) = (640.0_f64, 240.0_f64, 24.0, 44.0, 8.0);
    let max = data.iter().map(|d| d.1).max().unwrap_or(0).max(1) as f64;
    let n = data.len().max(1) as f64;
    let slot = (width - 2.0 * left) / n;
    let bar = (slot * 0.7).min(56.0);
    let summary = summary_of(title, data);
    let mut svg = String::new();
    open_svg(&mut svg, id, title, &summary, width as u32, height as u32);
    let base = height - bottom;
    let _ = write!(
        svg,
        r#"<line class="axis" x1="{left:.1}" y1="{base:.1}" x2="{:.1}" y2="{base:.1}"/>"#,
        width - left
    );
    // Long series (many years) label every other column.
    let step = if data.len() > 16 { 2 } else { 1 };
    for (i, (label, value)) in data.iter().enumerate() {
        let x = left + slot * i as f64 + (slot - bar) / 2.0;
        let h = (base - top) * (*value as f64) / max;
        let y = base - h;
        let _ = write!(
            svg,
            r#"<rect class="bar" x="{x:.1}" y="{y:.1}" width="{bar:.1}" height="{h:.1}"><title>{}: {value}</title></rect>"#,
            escape(label)
        );
        if *value > 0 {
            let _ = write!(
                svg,
                r#"<text class="value" x="{:.1}" y="{:.1}" text-anchor="middle">{value}</text>"#,
                x + bar / 2.0,
                y - 6.0
            );
        }
        if i % step == 0 {
            let _ = write!(
                svg,
                r#"<text class="label" x="{:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
                x + bar / 2.0,
                base + 18.0,
                escape(label)
            );
        }
    }
    svg.push_str("</svg>");
    Chart {
        id: id.to_string(),
        title: title.to_string(),
        svg_narrow: narrow_rows(id, title, &summary, data),
        summary,
        svg: one_element_per_line(svg),
        rows: rows_of(data),
    }
}

/// The narrow variant of a column or bar chart: one row per value, the
/// label on its own line above a bar with the value at its end, so that
/// no two texts can meet whatever the labels.
fn narrow_rows(id: &str, title: &str, summary: &str, data: &[(String, usize)]) -> String {
    let row = 40.0_f64;
    let height = (row * data.len().max(1) as f64).ceil();
    let max = data.iter().map(|d| d.1).max().unwrap_or(0).max(1) as f64;
    let mut svg = String::new();
    let id = format!("{id}-narrow");
    open_svg(&mut svg, &id, title, summary, NARROW as u32, height as u32);
    for (i, (label, value)) in data.iter().enumerate() {
        let y = row * i as f64;
        // Room at the end of the longest bar for a three-digit value.
        let w = (NARROW - 36.0) * (*value as f64) / max;
        let shown = if label.chars().count() > NARROW_LABEL_CHARS {
            let cut: String = label.chars().take(NARROW_LABEL_CHARS - 1).collect();
            format!("{}…", cut.trim_end())
        } else {
            label.clone()
        };
        let _ = write!(
            svg,
            r#"<text class="label" x="0" y="{:.1}">{}</text><rect class="bar" x="0" y="{:.1}" width="{w:.1}" height="12"><title>{}: {value}</title></rect><text class="value" x="{:.1}" y="{:.1}">{value}</text>"#,
            y + 13.0,
            escape(&shown),
            y + 19.0,
            escape(label),
            w + 5.0,
            y + 29.5,
        );
    }
    svg.push_str("</svg>");
    one_element_per_line(svg)
}

/// Puts each element on its own line, for readable output and diffs.
fn one_element_per_line(svg: String) -> String {
    svg.replace("><", ">\n<")
}

/// Horizontal bars with the labels on the left (tags).
pub fn bars(id: &str, title: &str, data: &[(String, usize)]) -> Chart {
    let row = 28.0_f64;
    let (width, label_width, right) = (640.0_f64, 170.0_f64, 48.0_f64);
    let height = (row * data.len().max(1) as f64 + 8.0).ceil();
    let max = data.iter().map(|d| d.1).max().unwrap_or(0).max(1) as f64;
    let summary = summary_of(title, data);
    let mut svg = String::new();
    open_svg(&mut svg, id, title, &summary, width as u32, height as u32);
    for (i, (label, value)) in data.iter().enumerate() {
        let y = 4.0 + row * i as f64;
        let w = (width - label_width - right) * (*value as f64) / max;
        let _ = write!(
            svg,
            r#"<text class="label" x="{:.1}" y="{:.1}" text-anchor="end">{}</text><rect class="bar" x="{label_width:.1}" y="{:.1}" width="{w:.1}" height="{:.1}"><title>{}: {value}</title></rect><text class="value" x="{:.1}" y="{:.1}">{value}</text>"#,
            label_width - 8.0,
            y + row * 0.62,
            escape(label),
            y + 4.0,
            row - 8.0,
            escape(label),
            label_width + w + 6.0,
            y + row * 0.62,
        );
    }
    svg.push_str("</svg>");
    Chart {
        id: id.to_string(),
        title: title.to_string(),
        svg_narrow: narrow_rows(id, title, &summary, data),
        summary,
        svg: one_element_per_line(svg),
        rows: rows_of(data),
    }
}

/// What a [`share`] chart shows.
#[derive(Debug, Clone, Copy)]
pub struct Share<'a> {
    /// The chart's title.
    pub title: &'a str,
    /// The part.
    pub part: usize,
    /// The whole.
    pub total: usize,
    /// What the part is (`tested`).
    pub part_label: &'a str,
    /// What the rest is (`not yet tested`).
    pub rest_label: &'a str,
}

/// One bar split into a part and the rest (tested vs not yet tested), its
/// sentences in the language of `t`.
pub fn share(id: &str, t: &Strings, share: Share<'_>) -> Chart {
    let Share { title, part, total, part_label, rest_label } = share;
    let (width, height) = (640.0_f64, 72.0_f64);
    let percent = (part * 100).checked_div(total).unwrap_or(0);
    let rest = total - part;
    let summary = t.format(
        "chart.share_summary",
        &[
            ("title", &title),
            ("part", &part),
            ("total", &total),
            ("percent", &percent),
            ("part_label", &part_label),
            ("rest", &rest),
            ("rest_label", &rest_label),
        ],
    );
    let label = escape(&t.format(
        "chart.share",
        &[("part", &part), ("total", &total), ("percent", &percent), ("label", &part_label)],
    ));
    let mut svg = String::new();
    open_svg(&mut svg, id, title, &summary, width as u32, height as u32);
    let w = if total == 0 { 0.0 } else { (width - 16.0) * part as f64 / total as f64 };
    let _ = write!(
        svg,
        r#"<rect class="bar-rest" x="8" y="8" width="{:.1}" height="28" rx="4"/><rect class="bar" x="8" y="8" width="{w:.1}" height="28" rx="4"/><text class="label" x="8" y="58">{label}</text>"#,
        width - 16.0,
    );
    svg.push_str("</svg>");
    let mut narrow = String::new();
    open_svg(&mut narrow, &format!("{id}-narrow"), title, &summary, NARROW as u32, 56);
    let w = if total == 0 { 0.0 } else { NARROW * part as f64 / total as f64 };
    let _ = write!(
        narrow,
        r#"<rect class="bar-rest" x="0.5" y="0.5" width="{:.1}" height="23" rx="4"/><rect class="bar" x="0.5" y="0.5" width="{:.1}" height="23" rx="4"/><text class="label" x="0" y="44">{label}</text>"#,
        NARROW - 1.0,
        (w - 1.0).max(0.0),
    );
    narrow.push_str("</svg>");
    let rows = vec![
        (part_label.to_string(), part.to_string()),
        (rest_label.to_string(), (total - part).to_string()),
    ];
    Chart {
        id: id.to_string(),
        title: title.to_string(),
        summary,
        svg: one_element_per_line(svg),
        svg_narrow: one_element_per_line(narrow),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped() {
        let chart = bars("t", "Tags", &[("<script>&".into(), 2)]);
        assert!(chart.svg.contains("&lt;script&gt;&amp;"));
        assert!(!chart.svg.contains("<script>"));
    }

    // See: issue 18, item 3.
    #[test]
    fn the_narrow_variant_gives_each_label_its_own_line() {
        let data: Vec<(String, usize)> =
            (1..=12).map(|m| (format!("M{m:02}"), m % 3)).chain([("x".repeat(60), 9)]).collect();
        let chart = columns("c", "Months", &data);
        let narrow = &chart.svg_narrow;
        assert!(narrow.starts_with(r#"<svg class="chart-svg chart-svg-narrow" id="c-narrow" role="img" aria-labelledby="c-narrow-title c-narrow-desc" viewBox="0 0 320 520""#), "{narrow}");
        assert!(chart.svg.starts_with(r#"<svg class="chart-svg chart-svg-wide" id="c""#));
        let ys: Vec<f64> = narrow
            .lines()
            .filter(|l| l.starts_with("<text class=\"label\""))
            .map(|l| l.split("y=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap())
            .collect();
        assert_eq!(ys.len(), 13, "every label is shown");
        assert!(ys.windows(2).all(|w| w[1] - w[0] >= 40.0), "{ys:?}");
        // A long label is cut on the chart, whole in the tooltip.
        assert!(narrow.contains(&format!(">{}…</text>", "x".repeat(37))), "{narrow}");
        assert!(narrow.contains(&format!("<title>{}: 9</title>", "x".repeat(60))), "{narrow}");
        let en = Strings::default();
        let tested = |part, total| Share {
            title: "Tested",
            part,
            total,
            part_label: "tested",
            rest_label: "not yet",
        };
        let share = share("s", &en, tested(3, 15));
        assert!(share.svg_narrow.contains("3 of 15 (20%) tested</text>"), "{}", share.svg_narrow);
    }

    #[test]
    fn empty_data_is_fine() {
        assert!(columns("c", "Per year", &[]).svg.ends_with("</svg>"));
        let tested = Share { title: "Tested", part: 0, total: 0, part_label: "t", rest_label: "n" };
        assert!(share("s", &Strings::default(), tested).summary.contains("0 of 0 (0%)"));
    }
}
