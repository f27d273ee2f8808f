//! Phrase matching for the judgement rules, robust to how people write.
//!
//! Text and phrases are both *normalized* before matching: lowercased,
//! curly apostrophes made straight, and English contractions expanded
//! (`I'm` → `i am`, `didn’t` → `did not`, `im` → `i am`), so one phrase
//! `i am not good enough` matches "I'm not good enough" and "i’m not good
//! enough". Matching is on whole words.
//!
//! A phrase is plain words plus two wildcards:
//! - `...` stands for up to three words (`i am ... not cut out for` matches
//!   "I'm just not cut out for" and "I am simply not cut out for");
//! - a word ending in `*` matches any ending (`humiliat*` matches
//!   "humiliating" and "humiliation").
//!
//! Journals in other languages replace the lists in `failfolio.yaml`; the
//! contraction rules only touch English forms, so other text passes through.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use regex::Regex;
use serde::Deserialize;

/// One whitespace-separated token of the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    /// Byte range in the original text.
    span: Range<usize>,
    /// Byte offset of this token's normalized form in the normalized text.
    norm_start: usize,
}

/// Text prepared for matching, remembering where each word came from.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// Lowercased, apostrophes straightened, contractions expanded, single
    /// spaces between tokens.
    pub text: String,
    tokens: Vec<Token>,
    original: String,
}

impl Normalized {
    /// Normalizes `original`.
    pub fn new(original: &str) -> Normalized {
        let mut text = String::with_capacity(original.len() + 16);
        let mut tokens = Vec::new();
        for (start, word) in split_tokens(original) {
            if !text.is_empty() {
                text.push(' ');
            }
            tokens.push(Token { span: start..start + word.len(), norm_start: text.len() });
            normalize_token(word, &mut text);
        }
        Normalized { text, tokens, original: original.to_string() }
    }

    /// The number of original tokens.
    pub fn token_count(&self) -> usize {
        self.tokens.len()
    }

    /// The match for normalized byte range `norm`: whole original tokens,
    /// without the punctuation around them.
    fn to_match(&self, norm: Range<usize>) -> Match {
        let tokens = self.tokens_of(norm.clone());
        let span = self.tokens[tokens.start].span.start..self.tokens[tokens.end - 1].span.end;
        let span = trim_punctuation(&self.original, span);
        Match { span, tokens, norm }
    }

    /// The original tokens covered by normalized byte range `range`.
    fn tokens_of(&self, range: Range<usize>) -> Range<usize> {
        let first = self.tokens.partition_point(|t| t.norm_start <= range.start).saturating_sub(1);
        let last = self.tokens.partition_point(|t| t.norm_start < range.end).saturating_sub(1);
        first..last.max(first) + 1
    }
}

/// Splits on whitespace, yielding each token with its byte offset.
fn split_tokens(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace().map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// Appends the normalized form of one token to `out`.
fn normalize_token(token: &str, out: &mut String) {
    // Most tokens are plain ASCII, lowercase already: no allocation then.
    let lower: Cow<'_, str> = if !token.is_ascii() {
        Cow::Owned(
            token.to_lowercase().replace(['\u{2019}', '\u{2018}', '\u{02bc}', '`', '\u{b4}'], "'"),
        )
    } else if token.bytes().any(|b| b.is_ascii_uppercase() || b == b'`') {
        Cow::Owned(token.to_ascii_lowercase().replace('`', "'"))
    } else {
        Cow::Borrowed(token)
    };
    // Keep leading and trailing punctuation, expand the word in between.
    let is_word = |c: char| c.is_alphanumeric() || c == '\'';
    let Some(start) = lower.find(|c: char| c.is_alphanumeric()) else {
        out.push_str(&lower);
        return;
    };
    let end = lower
        .char_indices()
        .rev()
        .find(|&(_, c)| is_word(c))
        .map_or(lower.len(), |(i, c)| i + c.len_utf8());
    let (lead, core, trail) = (&lower[..start], &lower[start..end], &lower[end..]);
    out.push_str(lead);
    out.push_str(&expand(core.trim_end_matches('\'')));
    out.push_str(trail);
}

/// Expands an English contraction (with or without its apostrophe).
fn expand(word: &str) -> Cow<'_, str> {
    let fixed = match word {
        "won't" | "wont" => Some("will not"),
        "can't" | "cant" | "cannot" => Some("can not"),
        "shan't" => Some("shall not"),
        "ain't" => Some("is not"),
        "im" | "i'm" => Some("i am"),
        "ive" => Some("i have"),
        "it's" => Some("it is"),
        "that's" => Some("that is"),
        "what's" => Some("what is"),
        "there's" => Some("there is"),
        "here's" => Some("here is"),
        "he's" => Some("he is"),
        "she's" => Some("she is"),
        "who's" => Some("who is"),
        "let's" => Some("let us"),
        _ => None,
    };
    if let Some(fixed) = fixed {
        return Cow::Borrowed(fixed);
    }
    for (suffix, replacement) in [
        ("n't", " not"),
        ("'m", " am"),
        ("'re", " are"),
        ("'ve", " have"),
        ("'ll", " will"),
        ("'d", " would"),
    ] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return Cow::Owned(format!("{stem}{replacement}"));
            }
        }
    }
    // Apostrophe-less negations as lowercase-only writers type them.
    const BARE_NOT: &[&str] = &[
        "dont", "didnt", "doesnt", "isnt", "wasnt", "werent", "arent", "couldnt", "wouldnt",
        "shouldnt", "havent", "hasnt", "hadnt", "mustnt",
    ];
    if BARE_NOT.contains(&word) {
        return Cow::Owned(format!("{} not", &word[..word.len() - 2]));
    }
    Cow::Borrowed(word)
}

/// A match of a phrase in a piece of original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Byte range in the original text, whole tokens.
    pub span: Range<usize>,
    /// Indices of the original whitespace tokens covered.
    pub tokens: Range<usize>,
    /// Byte range in the normalized text.
    pub norm: Range<usize>,
}

/// A compiled list of phrases, matched all at once.
#[derive(Clone)]
pub struct PhraseSet {
    phrases: Vec<String>,
    patterns: Vec<String>,
    regex: Option<Regex>,
    /// Each phrase anchored on its own, compiled on first use by `which`.
    singles: std::sync::Arc<std::sync::OnceLock<Vec<Option<Regex>>>>,
}

impl fmt::Debug for PhraseSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(&self.phrases).finish()
    }
}

impl PhraseSet {
    /// Compiles `phrases`; empty and whitespace-only phrases are ignored.
    pub fn new<S: AsRef<str>>(phrases: &[S]) -> Result<PhraseSet, String> {
        let phrases: Vec<String> = phrases
            .iter()
            .map(|p| p.as_ref().trim().to_string())
            .filter(|p| !p.is_empty())
            .collect();
        let patterns: Vec<String> = phrases.iter().map(|p| pattern(p)).collect();
        let mut alternatives = patterns.clone();
        // Longest first, so that "did not work out" wins over "did not work".
        alternatives.sort_by_key(|a| std::cmp::Reverse(a.len()));
        let regex = if alternatives.is_empty() {
            None
        } else {
            let source =
                alternatives.iter().map(|a| format!("(?:{a})")).collect::<Vec<_>>().join("|");
            Some(
                regex::RegexBuilder::new(&source)
                    .size_limit(64 << 20)
                    .build()
                    .map_err(|e| format!("phrase list does not compile: {e}"))?,
            )
        };
        Ok(PhraseSet { phrases, patterns, regex, singles: Default::default() })
    }

    /// The phrases as given.
    pub fn phrases(&self) -> &[String] {
        &self.phrases
    }

    /// Every non-overlapping match in `text`.
    pub fn find_all(&self, text: &Normalized) -> Vec<Match> {
        let Some(regex) = &self.regex else { return Vec::new() };
        regex.find_iter(&text.text).map(|m| text.to_match(m.range())).collect()
    }

    /// The first match in `text`, if any.
    pub fn find(&self, text: &Normalized) -> Option<Match> {
        let regex = self.regex.as_ref()?;
        let m = regex.find(&text.text)?;
        Some(text.to_match(m.range()))
    }

    /// Whether any phrase occurs in `text`.
    pub fn is_match(&self, text: &Normalized) -> bool {
        self.is_match_str(&text.text)
    }

    /// Whether any phrase occurs in already normalized `text`.
    pub fn is_match_str(&self, text: &str) -> bool {
        self.regex.as_ref().is_some_and(|r| r.is_match(text))
    }

    /// How many non-overlapping matches there are in normalized `text`.
    pub fn count_in(&self, text: &str) -> usize {
        self.regex.as_ref().map_or(0, |r| r.find_iter(text).count())
    }

    /// The phrase that matches all of normalized `matched`, if any.
    pub fn which(&self, matched: &str) -> Option<&str> {
        let singles = self.singles.get_or_init(|| {
            self.patterns.iter().map(|p| Regex::new(&format!("^(?:{p})$")).ok()).collect()
        });
        singles
            .iter()
            .position(|r| r.as_ref().is_some_and(|r| r.is_match(matched)))
            .map(|i| self.phrases[i].as_str())
    }
}

/// The regex for one phrase.
fn pattern(phrase: &str) -> String {
    let normalized = Normalized::new(phrase).text;
    let mut out = String::new();
    let words: Vec<&str> = normalized.split(' ').collect();
    let mut pending_gap = false;
    let mut first = true;
    for word in &words {
        if *word == "..." || *word == "…" {
            pending_gap = true;
            continue;
        }
        let (stem, wildcard) = match word.strip_suffix('*') {
            Some(stem) if !stem.is_empty() => (stem, true),
            _ => (*word, false),
        };
        let mut piece = regex::escape(stem);
        if wildcard {
            piece.push_str(r"\w*");
        }
        if first {
            if stem.starts_with(|c: char| c.is_alphanumeric()) {
                out.push_str(r"\b");
            }
            first = false;
        } else if pending_gap {
            out.push_str(r"(?:\s+\S+){0,3}?\s+");
        } else {
            out.push_str(r"\s+");
        }
        pending_gap = false;
        out.push_str(&piece);
        if !wildcard
            && stem.ends_with(|c: char| c.is_alphanumeric())
            && word == words.last().unwrap_or(word)
        {
            out.push_str(r"\b");
        }
    }
    if out.is_empty() {
        // A phrase of only wildcards matches nothing.
        out.push_str(r"[^\s\S]");
    }
    out
}

/// How `failfolio.yaml` changes a built-in phrase list: a plain list
/// replaces it, `{extend: [...]}` adds to it.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum PhraseEdit {
    /// Replace the built-in list.
    Replace(Vec<String>),
    /// Add to or replace the built-in list, spelled out.
    Edit {
        /// Phrases added to the built-in list.
        #[serde(default)]
        extend: Vec<String>,
        /// Phrases that replace the built-in list.
        #[serde(default)]
        replace: Option<Vec<String>>,
    },
}

impl PhraseEdit {
    /// Applies the edit to `defaults`, returning the resulting list.
    pub fn apply(&self, defaults: &[String]) -> Vec<String> {
        match self {
            PhraseEdit::Replace(list) => list.clone(),
            PhraseEdit::Edit { extend, replace } => {
                let mut list = replace.clone().unwrap_or_else(|| defaults.to_vec());
                list.extend(extend.iter().cloned());
                list
            }
        }
    }
}

/// A phrase list with its compiled set, as rules keep them in settings.
#[derive(Debug, Clone)]
pub struct PhraseList {
    /// The phrases.
    pub list: Vec<String>,
    /// The compiled set.
    pub set: PhraseSet,
}

impl PhraseList {
    /// Builds a list from static defaults.
    pub fn from_static(phrases: &[&str]) -> PhraseList {
        let list: Vec<String> = phrases.iter().map(|s| s.to_string()).collect();
        let set = PhraseSet::new(&list).expect("built-in phrase lists compile");
        PhraseList { list, set }
    }

    /// Applies a configuration edit.
    pub fn edit(&mut self, edit: &PhraseEdit) -> Result<(), String> {
        let list = edit.apply(&self.list);
        self.set = PhraseSet::new(&list)?;
        self.list = list;
        Ok(())
    }
}

/// Narrows `span` of `text` to exclude punctuation at either end
/// (`didn't work,` → `didn't work`).
pub fn trim_punctuation(text: &str, span: Range<usize>) -> Range<usize> {
    let inner = &text[span.clone()];
    let keep = |c: char| c.is_alphanumeric();
    let start = inner.find(keep).unwrap_or(0);
    let end = inner
        .char_indices()
        .rev()
        .find(|&(_, c)| keep(c))
        .map_or(inner.len(), |(i, c)| i + c.len_utf8());
    if start >= end {
        return span;
    }
    span.start + start..span.start + end
}

/// Number of words in `text` (whitespace-separated tokens with a letter or digit).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(phrases: &[&str]) -> PhraseSet {
        PhraseSet::new(phrases).unwrap()
    }

    fn found(phrases: &[&str], text: &str) -> Vec<String> {
        set(phrases)
            .find_all(&Normalized::new(text))
            .into_iter()
            .map(|m| text[m.span].to_string())
            .collect()
    }

    #[test]
    fn normalizes_case_apostrophes_and_contractions() {
        assert_eq!(Normalized::new("I’m NOT sure it didn't").text, "i am not sure it did not");
        assert_eq!(
            Normalized::new("\"I'm\" won't, can't; im dont").text,
            "\"i am\" will not, can not; i am do not"
        );
        assert_eq!(Normalized::new("today's plan").text, "today's plan");
    }

    #[test]
    fn matches_whole_words_across_forms() {
        assert_eq!(found(&["did not work"], "Honestly, it didn’t work."), ["didn’t work"]);
        assert_eq!(found(&["did not work"], "it did not workout"), Vec::<String>::new());
        assert_eq!(
            found(&["i am ... not cut out for"], "I'm just not cut out for sales"),
            ["I'm just not cut out for"]
        );
        assert_eq!(
            found(&["i am ... not cut out for"], "I am not cut out for it"),
            ["I am not cut out for"]
        );
        assert_eq!(found(&["humiliat*"], "a humiliating week"), ["humiliating"]);
        assert_eq!(found(&["fail"], "failure"), Vec::<String>::new());
    }

    #[test]
    fn maps_back_to_tokens() {
        let text = "So  I’m   useless at this";
        let m = set(&["i am useless"]).find(&Normalized::new(text)).unwrap();
        assert_eq!(&text[m.span.clone()], "I’m   useless");
        assert_eq!(m.tokens, 1..3);
    }

    #[test]
    fn edits() {
        let defaults = vec!["a".to_string()];
        let edit: PhraseEdit = serde_yaml::from_str("[b]").unwrap();
        assert_eq!(edit.apply(&defaults), ["b"]);
        let edit: PhraseEdit = serde_yaml::from_str("extend: [b]").unwrap();
        assert_eq!(edit.apply(&defaults), ["a", "b"]);
    }

    #[test]
    fn word_counts() {
        assert_eq!(word_count("It didn't work — at all."), 5);
    }
}
