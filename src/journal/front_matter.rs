//! Splitting an entry into its YAML front matter and Markdown body, and
//! indexing where each top-level key and value sits in the file.
//!
//! The split is done by hand rather than with pulldown-cmark's metadata
//! blocks, which would also swallow `---` blocks in the body. The key index
//! exists because the YAML library reports no spans for values, and every
//! diagnostic must point at the line and column of the value it is about.

use std::ops::Range;

use crate::entry::{KeyIndex, KeySpan};

/// The UTF-8 byte order mark, accepted (and skipped) at the start of a file.
const BOM: &str = "\u{feff}";

/// An entry split at its front-matter fences. Offsets are byte offsets into
/// the original source (BOM included), lines are 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the fences.
    pub yaml: &'a str,
    /// Byte offset of `yaml` in the source.
    pub yaml_start: usize,
    /// Line of the source on which `yaml` starts.
    pub yaml_line: usize,
    /// Byte offset in the source where the body starts.
    pub body_start: usize,
    /// Line of the source on which the body starts.
    pub body_line: usize,
}

/// Why a file could not be split into front matter and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitError {
    /// The file is empty or holds only whitespace.
    Empty,
    /// The first line is not `---`.
    MissingOpening,
    /// There is an opening `---` but no closing one.
    Unterminated,
}

impl SplitError {
    /// The diagnostic message and the help line for this error.
    pub fn describe(&self) -> (&'static str, &'static str) {
        match self {
            SplitError::Empty => (
                "entry file is empty",
                "start the file with a front matter block: `---`, `title: …`, `date: …`, `---`; `failfolio new \"Title\"` writes one for you",
            ),
            SplitError::MissingOpening => (
                "entry has no front matter",
                "the first line must be `---`, followed by YAML fields and a closing `---`",
            ),
            SplitError::Unterminated => (
                "front matter is never closed",
                "add a line with only `---` after the last front-matter field",
            ),
        }
    }
}

/// Splits `source` at its front-matter fences. CRLF line endings and a
/// UTF-8 byte order mark are accepted.
pub fn split(source: &str) -> Result<Split<'_>, SplitError> {
    let start = if source.starts_with(BOM) { BOM.len() } else { 0 };
    if source[start..].trim().is_empty() {
        return Err(SplitError::Empty);
    }
    let mut lines = Lines { text: source, pos: start, line: 1 };
    let (first, _) = lines.next().ok_or(SplitError::Empty)?;
    if !is_fence(&source[first]) {
        return Err(SplitError::MissingOpening);
    }
    let yaml_start = lines.pos;
    let yaml_line = lines.line;
    while let Some((range, line)) = lines.next() {
        if is_fence(&source[range.clone()]) {
            return Ok(Split {
                yaml: &source[yaml_start..range.start],
                yaml_start,
                yaml_line,
                body_start: lines.pos,
                body_line: line + 1,
            });
        }
    }
    Err(SplitError::Unterminated)
}

/// Whether a line (without its line ending) is a `---` fence.
fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// Iterates over lines as byte ranges without their line endings, tracking
/// the 1-based line number of each.
struct Lines<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
}

impl Iterator for Lines<'_> {
    type Item = (Range<usize>, usize);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let (len, advance) = match rest.find('\n') {
            Some(i) => (i, i + 1),
            None => (rest.len(), rest.len()),
        };
        let mut end = self.pos + len;
        if self.text[..end].ends_with('\r') {
            end -= 1;
        }
        let item = (self.pos..end, self.line);
        self.pos += advance;
        self.line += 1;
        Some(item)
    }
}

/// Scans the top-level block mapping of `split`'s YAML in `source`.
///
/// Only keys at column 1 are top-level in a block mapping, which is the
/// form every entry uses; a flow mapping (`{title: …}`) yields no keys and
/// diagnostics then point at the front matter's first line.
pub fn scan_keys(source: &str, split: &Split<'_>) -> KeyIndex {
    let mut keys: Vec<KeySpan> = Vec::new();
    let lines = Lines { text: source, pos: split.yaml_start, line: split.yaml_line };
    let yaml_end = split.yaml_start + split.yaml.len();
    // The byte offset where the last non-blank, non-comment line ended;
    // used to close the previous key's value.
    let mut content_end = split.yaml_start;
    for (range, _) in lines {
        if range.start >= yaml_end {
            break;
        }
        let text = &source[range.clone()];
        let trimmed = text.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if text.starts_with(|c: char| !c.is_whitespace()) {
            if let Some((name, key_len)) = top_level_key(text) {
                close_value(&mut keys, source, content_end);
                let key = range.start..range.start + key_len;
                let after = source[key.end..range.end].trim_start_matches([' ', ':']);
                let inline_start = range.end - after.len();
                let inline = strip_comment(after).trim_end();
                let value = if inline.is_empty() || is_block_indicator(inline) {
                    // The value starts on a later line; filled in below.
                    usize::MAX..usize::MAX
                } else {
                    inline_start..inline_start + inline.len()
                };
                // An inline value ends where it ends (not at a trailing
                // comment); continuation lines may extend it.
                content_end = if value.start == usize::MAX { range.end } else { value.end };
                keys.push(KeySpan { name, key, value });
                continue;
            }
        }
        // A continuation line of the current value.
        if let Some(last) = keys.last_mut() {
            if last.value.start == usize::MAX {
                let start = range.end - trimmed.len();
                last.value = start..start;
            }
        }
        content_end = range.end;
    }
    close_value(&mut keys, source, content_end);
    KeyIndex::new(keys)
}

/// Ends the last key's value at `content_end` (the end of the last content
/// line seen before the next key).
fn close_value(keys: &mut [KeySpan], source: &str, content_end: usize) {
    if let Some(last) = keys.last_mut() {
        if last.value.start == usize::MAX {
            last.value = last.key.end..last.key.end;
        } else if content_end > last.value.end {
            let end = source[..content_end].trim_end().len();
            last.value.end = end.max(last.value.end);
        }
    }
}

/// Parses `key:` at the start of a top-level line, returning the unquoted
/// key and the byte length of the key as written.
fn top_level_key(line: &str) -> Option<(String, usize)> {
    let first = line.chars().next()?;
    if matches!(first, '-' | '[' | '{' | '&' | '*' | '!' | '|' | '>' | '%' | '@' | '`') {
        return None;
    }
    if first == '"' || first == '\'' {
        let close = line[1..].find(first)? + 1;
        let rest = &line[close + 1..];
        if rest.trim_start().starts_with(':') {
            return Some((line[1..close].to_string(), close + 1));
        }
        return None;
    }
    // A plain key ends at the first `: ` or at a `:` that ends the line.
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b':' && (i + 1 == bytes.len() || bytes[i + 1] == b' ' || bytes[i + 1] == b'\t') {
            let key = line[..i].trim_end();
            return (!key.is_empty()).then(|| (key.to_string(), key.len()));
        }
        if b == b' ' && bytes.get(i + 1) == Some(&b'#') {
            return None;
        }
    }
    None
}

/// Whether an inline value is a block scalar header such as `>-` or `|2`.
fn is_block_indicator(inline: &str) -> bool {
    let mut chars = inline.chars();
    matches!(chars.next(), Some('|' | '>')) && chars.all(|c| matches!(c, '-' | '+' | '1'..='9'))
}

/// Removes a trailing ` # comment` from an unquoted inline value.
fn strip_comment(value: &str) -> &str {
    if value.starts_with('"') || value.starts_with('\'') {
        return value;
    }
    match value.find(" #") {
        Some(i) => &value[..i],
        None if value.starts_with('#') => "",
        None => value,
    }
}

/// How deeply front matter may nest (`[`, `{`, indentation, `- - -`).
/// Entries need two or three levels; the limit exists because the YAML
/// parser spends time quadratic in the depth before its own limit refuses
/// the input (100,000 `[` took 52 s).
pub const MAX_DEPTH: usize = 64;

/// Where `yaml` first nests deeper than `limit`, as a byte offset into it,
/// found in one pass before the YAML parser sees the text.
///
/// The scan over-approximates YAML's nesting: each indentation level and
/// each compact `- ` or `? ` indicator counts one level, and inside flow
/// collections each open bracket another (quoted strings and comments are
/// skipped; brackets in plain or block scalars are text and do not count).
pub fn too_deep(yaml: &str, limit: usize) -> Option<usize> {
    let mut indents: Vec<usize> = Vec::new();
    let mut flow = 0usize;
    let mut quote: Option<u8> = None;
    // Inside a block scalar (`|`, `>`): lines indented more than this.
    let mut literal: Option<usize> = None;
    let mut offset = 0;
    for line in yaml.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let text = line.trim_end_matches(['\n', '\r']).as_bytes();
        let indent = text.iter().take_while(|&&b| b == b' ').count();
        let blank = indent == text.len() || text[indent] == b'#';
        if let Some(parent) = literal {
            if blank || indent > parent {
                continue;
            }
            literal = None;
        }
        let mut i = 0;
        let mut block = indents.len();
        if flow == 0 && quote.is_none() {
            if blank {
                continue;
            }
            while indents.last().is_some_and(|&top| top > indent) {
                indents.pop();
            }
            if indents.last().is_none_or(|&top| top < indent) {
                indents.push(indent);
            }
            block = indents.len();
            i = indent;
            // Compact nested collections: `- - - x`, `? - x`.
            while i + 1 < text.len() && matches!(text[i], b'-' | b'?') && text[i + 1] == b' ' {
                block += 1;
                i += 2;
                while i < text.len() && text[i] == b' ' {
                    i += 1;
                }
            }
            if block > limit {
                return Some(start + i.min(text.len()));
            }
            // The value after `key: `, if the line is a mapping entry.
            if let Some(colon) = find_value(&text[i..]) {
                i += colon;
            }
            match text.get(i) {
                Some(b'[' | b'{') => {}
                Some(b'|' | b'>') => {
                    literal = Some(indent);
                    continue;
                }
                _ => continue,
            }
        }
        // Whether a value may start here: a quote opens a quoted value
        // only there, not inside a word ("po'o-wai", "don't").
        let mut value_start = true;
        while i < text.len() {
            let b = text[i];
            let starts = value_start;
            value_start = matches!(b, b'[' | b'{' | b',' | b':') || (b == b' ' && starts);
            match quote {
                Some(b'"') if b == b'\\' => i += 1,
                Some(q) if b == q => {
                    if q == b'\'' && text.get(i + 1) == Some(&b'\'') {
                        i += 1;
                    } else {
                        quote = None;
                    }
                }
                Some(_) => {}
                None => match b {
                    b'[' | b'{' => {
                        flow += 1;
                        if flow + block > limit {
                            return Some(start + i);
                        }
                    }
                    b']' | b'}' => flow = flow.saturating_sub(1),
                    b'"' | b'\'' if starts => quote = Some(b),
                    b'#' if i == 0 || text[i - 1] == b' ' => break,
                    _ => {}
                },
            }
            i += 1;
        }
    }
    None
}

/// Where the value of a `key: value` line starts, past the spaces after
/// the colon; `None` if the line is not a simple mapping entry.
fn find_value(text: &[u8]) -> Option<usize> {
    if matches!(text.first(), Some(b'"' | b'\'' | b'[' | b'{')) {
        return None;
    }
    let colon = text
        .windows(2)
        .position(|w| w == b": ")
        .or_else(|| (text.last() == Some(&b':')).then(|| text.len() - 1))?;
    let mut i = colon + 1;
    while i < text.len() && text[i] == b' ' {
        i += 1;
    }
    Some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_lf() {
        let src = "---\ntitle: x\n---\nbody\n";
        let s = split(src).unwrap();
        assert_eq!(s.yaml, "title: x\n");
        assert_eq!(s.yaml_line, 2);
        assert_eq!(&src[s.body_start..], "body\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn splits_crlf_and_bom() {
        let src = "\u{feff}---\r\ntitle: x\r\n---\r\nbody\r\n";
        let s = split(src).unwrap();
        assert_eq!(s.yaml, "title: x\r\n");
        assert_eq!(&src[s.body_start..], "body\r\n");
        assert_eq!(s.body_line, 4);
    }

    #[test]
    fn keeps_fences_in_the_body() {
        let src = "---\ntitle: x\n---\npart one\n\n---\n\npart two\n";
        let s = split(src).unwrap();
        assert_eq!(&src[s.body_start..], "part one\n\n---\n\npart two\n");
    }

    #[test]
    fn empty_front_matter_and_body() {
        let s = split("---\n---\n").unwrap();
        assert_eq!(s.yaml, "");
        assert_eq!(s.body_start, 8);
    }

    #[test]
    fn errors() {
        assert_eq!(split(""), Err(SplitError::Empty));
        assert_eq!(split(" \n\n"), Err(SplitError::Empty));
        assert_eq!(split("\u{feff}"), Err(SplitError::Empty));
        assert_eq!(split("---\n"), Err(SplitError::Unterminated));
        assert_eq!(split("---"), Err(SplitError::Unterminated));
        assert_eq!(split("---\ntitle: x\nbody"), Err(SplitError::Unterminated));
        assert_eq!(split("title: x\n---\n"), Err(SplitError::MissingOpening));
        assert_eq!(split("----\n---\n"), Err(SplitError::MissingOpening));
    }

    fn index(src: &str) -> Vec<(String, String, String)> {
        let s = split(src).unwrap();
        scan_keys(src, &s)
            .iter()
            .map(|k| {
                (k.name.clone(), src[k.key.clone()].to_string(), src[k.value.clone()].to_string())
            })
            .collect()
    }

    #[test]
    fn indexes_inline_block_and_list_values() {
        let src = "---\ntitle: Launch  # first try\ndate: 2026-03-02\n\"gap\": >-\n  I skipped\n  the test.\n\n# a comment\ntags:\n  - a\n  - b\nempty:\nlast: 'x: y'\n---\nbody";
        assert_eq!(
            index(src),
            vec![
                ("title".into(), "title".into(), "Launch".into()),
                ("date".into(), "date".into(), "2026-03-02".into()),
                ("gap".into(), "\"gap\"".into(), "I skipped\n  the test.".into()),
                ("tags".into(), "tags".into(), "- a\n  - b".into()),
                ("empty".into(), "empty".into(), "".into()),
                ("last".into(), "last".into(), "'x: y'".into()),
            ]
        );
    }

    #[test]
    fn indexes_crlf() {
        let src = "---\r\ntitle: A\r\noutcome: >-\r\n  one\r\n  two\r\n---\r\n";
        let got = index(src);
        assert_eq!(got[0].2, "A");
        assert_eq!(got[1].2, "one\r\n  two");
    }

    #[test]
    fn flow_mapping_has_no_keys() {
        assert!(index("---\n{title: x}\n---\n").is_empty());
    }

    // See: issue 15, item 9.
    #[test]
    fn nesting_is_measured_before_parsing() {
        let deep =
            format!("title: x\nextra: {{a: {}{}}}\n", "[".repeat(100_000), "]".repeat(100_000));
        let started = std::time::Instant::now();
        let at = too_deep(&deep, MAX_DEPTH).expect("too deep");
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        assert_eq!(&deep[at..at + 1], "[");
        let compact = format!("extra:\n  x: 1\nwhys:\n{}x\n", "- ".repeat(1_000));
        assert!(too_deep(&compact, MAX_DEPTH).is_some());
        let indented: String = (0..100).map(|i| format!("{}k{i}:\n", " ".repeat(i))).collect();
        assert!(too_deep(&indented, MAX_DEPTH).is_some());
        // An apostrophe inside a word opens no quotation that would hide
        // the nesting after it.
        let after_a_word =
            format!("tags: [po'o-wai, x]\nextra: {{a: {}{}}}\n", "[".repeat(100), "]".repeat(100));
        assert!(too_deep(&after_a_word, MAX_DEPTH).is_some());
    }

    #[test]
    fn ordinary_front_matter_is_not_too_deep() {
        let ok = [
            "title: \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"\n",
            "title: a plain [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n",
            "outcome: |\n  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n  more\ngap: x\n",
            "tags: [a, '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[']\n",
            "extra:\n  a:\n    b:\n      c: [1, [2, {d: [3]}]]\nwhys:\n  - one\n  - - two\n",
            "# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\ntitle: x\n",
        ];
        for yaml in ok {
            assert_eq!(too_deep(yaml, MAX_DEPTH), None, "{yaml}");
        }
    }
}
