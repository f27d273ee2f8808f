//! Positions: LSP's line/character pairs and byte offsets into a
//! document's text, in the encoding agreed with the client.

use std::ops::Range;

use lsp_types::{Position, Range as LspRange};

/// How the client counts characters within a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoding {
    /// UTF-8 bytes (when the client offers it).
    Utf8,
    /// UTF-16 code units (LSP's default).
    Utf16,
}

/// The start of each line of a text, to turn offsets into positions and
/// back.
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    encoding: Encoding,
}

impl<'a> LineIndex<'a> {
    /// Indexes `text`.
    pub(crate) fn new(text: &'a str, encoding: Encoding) -> LineIndex<'a> {
        let starts =
            std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        LineIndex { text, starts, encoding }
    }

    /// The position of byte `offset` (clamped to the text).
    pub(crate) fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let before = &self.text[self.starts[line]..offset];
        let character = match self.encoding {
            Encoding::Utf8 => before.len(),
            Encoding::Utf16 => before.encode_utf16().count(),
        };
        Position::new(line as u32, character as u32)
    }

    /// The range of the byte range `span`.
    pub(crate) fn range(&self, span: Range<usize>) -> LspRange {
        LspRange::new(self.position(span.start), self.position(span.end))
    }

    /// The byte offset of `position`, clamped to its line (and the line to
    /// the text).
    pub(crate) fn offset(&self, position: Position) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else {
            return self.text.len();
        };
        let line = &self.text[start..];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        let mut units = 0;
        for (i, c) in line.char_indices() {
            if units >= position.character as usize {
                return start + i;
            }
            units += match self.encoding {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
            };
        }
        start + line.len()
    }

    /// The text of the line holding `offset`, up to `offset`.
    pub(crate) fn line_before(&self, offset: usize) -> &'a str {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        &self.text[self.starts[line]..offset]
    }
}

/// The byte range of the front matter's lines (after the opening `---`,
/// up to the closing one), however broken the rest of the file is; `None`
/// when the file does not start with `---`.
pub(crate) fn front_matter(text: &str) -> Option<Range<usize>> {
    let text_start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[text_start..];
    let first = rest.find('\n')?;
    if rest[..first].trim_end() != "---" {
        return None;
    }
    let start = text_start + first + 1;
    let mut at = start;
    for line in text[start..].split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some(start..at);
        }
        at += line.len();
    }
    Some(start..text.len())
}

/// The byte offset where the closing `---` of the front matter starts (or
/// the end of the text when it is missing).
pub(crate) fn front_matter_end(text: &str) -> Option<usize> {
    front_matter(text).map(|fm| fm.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_round_trip_in_both_encodings() {
        let text = "---\ntitle: Café 😀 x\n---\nbody\n";
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            let index = LineIndex::new(text, encoding);
            for offset in [0, 4, 11, 16, 20, 25, text.len()] {
                if text.is_char_boundary(offset) {
                    assert_eq!(index.offset(index.position(offset)), offset, "{encoding:?}");
                }
            }
        }
        let x = text.find(" x").unwrap() + 1;
        assert_eq!(LineIndex::new(text, Encoding::Utf16).position(x), Position::new(1, 15));
        assert_eq!(LineIndex::new(text, Encoding::Utf8).position(x), Position::new(1, 18));
        // Past the end of a line: its end.
        let index = LineIndex::new(text, Encoding::Utf16);
        assert_eq!(index.offset(Position::new(0, 99)), 3);
        assert_eq!(index.offset(Position::new(99, 0)), text.len());
    }

    #[test]
    fn the_front_matter_is_found_even_unclosed() {
        assert_eq!(front_matter("---\na: 1\n---\nbody"), Some(4..9));
        assert_eq!(front_matter("---\na: 1\nb"), Some(4..10));
        assert_eq!(front_matter("no\n---\n"), None);
    }
}
