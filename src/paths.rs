//! The one place where text from a journal becomes a path segment.
//!
//! Slugs and tag names end up as folder names in the output. Everything that
//! does so goes through [`segment`], which only ever returns lowercase ASCII
//! letters, digits and single hyphens: no separators, no `..`, no leading
//! dots, no control characters, and no names Windows reserves.

use std::fmt;

/// Why a piece of text cannot become a path segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SegmentError {
    /// Nothing is left after removing characters that cannot be in a URL.
    Empty,
    /// A name Windows reserves for devices (`con`, `nul`, `com1`, …).
    Reserved(String),
    /// Longer than [`MAX_SEGMENT`] bytes: file systems refuse such names.
    TooLong(usize),
}

/// The longest slug or tag segment, in bytes. File systems refuse names
/// over 255 bytes (some encrypted ones over 143); a URL this long is not
/// one anybody types either.
pub const MAX_SEGMENT: usize = 120;

impl fmt::Display for SegmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SegmentError::Empty => f.write_str("has no letters or digits to build a URL from"),
            SegmentError::Reserved(s) => {
                write!(f, "becomes `{s}`, a name Windows reserves for devices")
            }
            SegmentError::TooLong(n) => write!(
                f,
                "gives a URL segment of {n} characters, more than the {MAX_SEGMENT} a folder name may safely have"
            ),
        }
    }
}

/// Turns arbitrary text into a safe path segment: transliterated to ASCII,
/// lowercased, every run of other characters replaced by one hyphen.
pub fn segment(text: &str) -> Result<String, SegmentError> {
    // Most tags are written as segments already (`public-speaking`):
    // transliterating them gives them back, at a cost a large journal's
    // thousands of tags notice.
    if is_valid_slug(text) {
        return Ok(text.to_string());
    }
    let s = slug::slugify(text);
    if s.is_empty() {
        return Err(SegmentError::Empty);
    }
    if s.len() > MAX_SEGMENT {
        return Err(SegmentError::TooLong(s.len()));
    }
    if is_reserved(&s) {
        return Err(SegmentError::Reserved(s));
    }
    Ok(s)
}

/// Whether `s` is already a valid slug: `[a-z0-9]` runs joined by single
/// hyphens, at most [`MAX_SEGMENT`] bytes, and not a reserved name.
pub fn is_valid_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_SEGMENT
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !is_reserved(s)
}

/// Device names Windows will not open as files, whatever the extension.
fn is_reserved(s: &str) -> bool {
    matches!(s, "con" | "prn" | "aux" | "nul")
        || (s.len() == 4
            && (s.starts_with("com") || s.starts_with("lpt"))
            && s.as_bytes()[3].is_ascii_digit())
}

/// The slug for an entry file name without a user-given `slug:`: the stem
/// without a leading `YYYY-MM-DD-` date prefix.
pub fn slug_from_file_name(stem: &str) -> Result<String, SegmentError> {
    let without_date = strip_date_prefix(stem);
    segment(if without_date.is_empty() { stem } else { without_date })
}

fn strip_date_prefix(stem: &str) -> &str {
    let b = stem.as_bytes();
    let is_date = b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit);
    if !is_date {
        return stem;
    }
    stem[10..].trim_start_matches(['-', '_'])
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The shortcut for text that is a segment already gives what
        /// transliterating it gives.
        #[test]
        fn a_valid_slug_is_its_own_segment(text in "[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,3}|con|com[0-9]|[a-zA-Z -]{1,12}") {
            let slow = match slug::slugify(&text) {
                s if s.is_empty() => Err(SegmentError::Empty),
                s if is_reserved(&s) => Err(SegmentError::Reserved(s)),
                s => Ok(s),
            };
            proptest::prop_assert_eq!(segment(&text), slow);
        }
    }

    #[test]
    fn slugs_from_file_names() {
        assert_eq!(
            slug_from_file_name("2026-03-02-newsletter-launch").unwrap(),
            "newsletter-launch"
        );
        assert_eq!(slug_from_file_name("2026-03-02_Launch Day").unwrap(), "launch-day");
        assert_eq!(slug_from_file_name("2026-03-02").unwrap(), "2026-03-02");
        assert_eq!(slug_from_file_name("notes").unwrap(), "notes");
        assert_eq!(slug_from_file_name("!!!"), Err(SegmentError::Empty));
    }

    #[test]
    fn hostile_segments() {
        assert_eq!(segment("../../etc/passwd").unwrap(), "etc-passwd");
        assert_eq!(segment("..").unwrap_err(), SegmentError::Empty);
        assert_eq!(segment("a/b\\c\0d\x07e").unwrap(), "a-b-c-d-e");
        assert_eq!(segment(".hidden").unwrap(), "hidden");
        assert_eq!(segment("CON").unwrap_err(), SegmentError::Reserved("con".into()));
        assert_eq!(segment("lpt1").unwrap_err(), SegmentError::Reserved("lpt1".into()));
        assert_eq!(segment("Public Speaking").unwrap(), "public-speaking");
        assert_eq!(segment("Ünïcode café").unwrap(), "unicode-cafe");
    }

    #[test]
    fn valid_slugs() {
        assert!(is_valid_slug("newsletter-launch-2"));
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "a/b", "..", "nul", "é"] {
            assert!(!is_valid_slug(bad), "{bad:?}");
        }
    }
}
