//! Phrase matching for the judgement rules, robust to how people write.
//!
//! Text and phrases are both *normalized* before matching: lowercased,
//! curly apostrophes made straight, English contractions expanded (`I'm`
//! → `i am`, `didn’t` → `did not`, `im` → `i am`) and a dropped "g" put
//! back (`holdin'` → `holding`, `was sayin` → `was saying`), so one
//! phrase `i am not good enough` matches "I'm not good enough" and "i’m
//! not good enough". Matching is on whole words.
//!
//! A phrase is plain words plus two wildcards:
//! - `...` stands for up to three words of the same clause (`i am ... not cut out for` matches
//!   "I'm just not cut out for" and "I am simply not cut out for");
//! - a word ending in `*` matches any ending (`humiliat*` matches
//!   "humiliating" and "humiliation").
//!
//! Journals in other languages replace the lists in `failfolio.yaml`; the
//! contraction rules only touch English forms, so other text passes through.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::fmt;
use std::ops::Range;
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::{Arc, LazyLock};

use regex_automata::nfa::thompson;
use regex_automata::util::look::LookMatcher;
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input, hybrid};

use serde::Deserialize;

/// One whitespace-separated token of the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    /// Byte range in the original text.
    span: Range<usize>,
    /// Byte offset of this token's normalized form in the normalized text.
    norm_start: usize,
}

/// A normalization without its original text (see [`Normalized::detach`]).
#[derive(Debug, Clone)]
pub(crate) struct Detached {
    text: String,
    tokens: Option<Vec<Token>>,
}

/// Text prepared for matching, remembering where each word came from.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    /// Lowercased, apostrophes straightened, contractions expanded, single
    /// spaces between tokens.
    pub text: String,
    /// The tokens, worked out again when a match needs them: most texts
    /// have none, and recording every token of every body costs as much
    /// as normalizing it.
    tokens: OnceCell<Vec<Token>>,
    original: &'a str,
}

impl<'a> Normalized<'a> {
    /// Normalizes `original`.
    pub fn new(original: &'a str) -> Normalized<'a> {
        let mut text = Vec::with_capacity(original.len() + 16);
        normalize(original, &mut text, |_| {});
        // Only whole `str`s and ASCII bytes were written, so this is UTF-8.
        let text = String::from_utf8(text)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Normalized { text, tokens: OnceCell::new(), original }
    }

    /// Normalizes `original`, recording where each token came from in the
    /// same pass (for texts whose tokens will be needed).
    pub fn with_tokens(original: &'a str) -> Normalized<'a> {
        let mut text = Vec::with_capacity(original.len() + 16);
        let mut tokens = Vec::new();
        normalize(original, &mut text, |token| tokens.push(token));
        let text = String::from_utf8(text)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Normalized { text, tokens: OnceCell::from(tokens), original }
    }

    /// The normalized text and its tokens, owned, to be put back on the
    /// same original text later with [`Normalized::attach`].
    pub(crate) fn detach(&self) -> Detached {
        Detached { text: self.text.clone(), tokens: self.tokens.get().cloned() }
    }

    /// `original` normalized as `detached` says (it was detached from a
    /// normalization of the same text).
    pub(crate) fn attach(original: &'a str, detached: &Detached) -> Normalized<'a> {
        let tokens = detached.tokens.clone().map_or_else(OnceCell::new, OnceCell::from);
        Normalized { text: detached.text.clone(), tokens, original }
    }

    /// The number of original tokens.
    pub fn token_count(&self) -> usize {
        self.tokens().len()
    }

    /// The original tokens, in order.
    fn tokens(&self) -> &[Token] {
        self.tokens.get_or_init(|| {
            let mut tokens = Vec::new();
            let mut text = Vec::with_capacity(self.text.len());
            normalize(self.original, &mut text, |token| tokens.push(token));
            tokens
        })
    }

    /// The match for normalized byte range `norm`: whole original tokens,
    /// without the punctuation around them.
    fn to_match(&self, norm: Range<usize>) -> Match {
        self.to_match_of(norm, usize::MAX)
    }

    /// [`to_match`](Self::to_match), recording which phrase matched.
    fn to_match_of(&self, norm: Range<usize>, phrase: usize) -> Match {
        let tokens = self.tokens_of(norm.clone());
        let all = self.tokens();
        let span = all[tokens.start].span.start..all[tokens.end - 1].span.end;
        let span = trim_punctuation(self.original, span);
        Match { span, tokens, norm, phrase }
    }

    /// The match covering normalized byte range `norm`, with its span in
    /// the original text.
    pub fn match_of(&self, norm: Range<usize>) -> Match {
        self.to_match(norm)
    }

    /// The original text.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// The original whitespace token that normalized byte `at` comes from,
    /// as a byte range of the original text.
    pub fn original_token(&self, at: usize) -> Range<usize> {
        let tokens = self.tokens();
        let i = tokens.partition_point(|t| t.norm_start <= at).saturating_sub(1);
        tokens.get(i).map_or(0..0, |t| t.span.clone())
    }

    /// Each original whitespace token: its byte range in the original text
    /// and the byte range of its normalized form in the normalized text.
    pub fn token_map(&self) -> Vec<(Range<usize>, Range<usize>)> {
        let tokens = self.tokens();
        tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let end = tokens.get(i + 1).map_or(self.text.len(), |n| n.norm_start - 1);
                (t.span.clone(), t.norm_start..end.max(t.norm_start))
            })
            .collect()
    }

    /// The original tokens covered by normalized byte range `range`.
    fn tokens_of(&self, range: Range<usize>) -> Range<usize> {
        let tokens = self.tokens();
        let first = tokens.partition_point(|t| t.norm_start <= range.start).saturating_sub(1);
        let last = tokens.partition_point(|t| t.norm_start < range.end).saturating_sub(1);
        first..last.max(first) + 1
    }
}

/// How [`normalize`] treats a byte: part of a word that only needs
/// lowercasing, ASCII whitespace, or anything else (an apostrophe, a
/// backtick, the start or middle of a non-ASCII character).
const PLAIN: u8 = 0;
const SPACE: u8 = 1;
const OTHER: u8 = 2;
const CLASS: [u8; 256] = {
    let mut class = [OTHER; 256];
    let mut b = 0;
    while b < 0x80 {
        class[b] = match b as u8 {
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' => SPACE,
            b'\'' | b'`' => OTHER,
            _ => PLAIN,
        };
        b += 1;
    }
    class
};

/// Writes the normalized form of `original` to `text`, calling `token`
/// with each whitespace-separated token (split as [`str::split_whitespace`]
/// splits). Looks at bytes and decodes only non-ASCII characters: most
/// text is ASCII, and this is the innermost loop of checking a journal.
fn normalize(original: &str, text: &mut Vec<u8>, mut token: impl FnMut(Token)) {
    let bytes = original.as_bytes();
    // The character at `i`, a non-ASCII one: its length and whether it
    // is whitespace.
    let wide = |i: usize| -> (usize, bool) {
        original[i..].chars().next().map_or((1, false), |c| (c.len_utf8(), c.is_whitespace()))
    };
    let mut i = 0;
    'tokens: loop {
        // Skip whitespace.
        loop {
            while i < bytes.len() && CLASS[bytes[i] as usize] == SPACE {
                i += 1;
            }
            if i == bytes.len() {
                break 'tokens;
            }
            if bytes[i] < 0x80 {
                break;
            }
            let (len, space) = wide(i);
            if !space {
                break;
            }
            i += len;
        }
        // One token.
        let start = i;
        let mut plain = true;
        loop {
            while i < bytes.len() && CLASS[bytes[i] as usize] == PLAIN {
                i += 1;
            }
            if i == bytes.len() || CLASS[bytes[i] as usize] == SPACE {
                break;
            }
            plain = false;
            if bytes[i] < 0x80 {
                i += 1;
                continue;
            }
            let (len, space) = wide(i);
            if space {
                break;
            }
            i += len;
        }
        let word = &original[start..i];
        if !text.is_empty() {
            text.push(b' ');
        }
        let norm_start = text.len();
        token(Token { span: start..i, norm_start });
        if plain && !is_bare_contraction(word.as_bytes()) {
            text.extend(word.bytes().map(|b| b.to_ascii_lowercase()));
        } else {
            normalize_token(word, text);
        }
        if may_be_dialect(&text[norm_start..]) {
            respell_dialect(word, text, norm_start);
        }
        restore_g(word, text, norm_start);
    }
}

/// Whether `written`, a token as normalized, may be a form of [`DIALECT`]
/// (with a mark or two around it): the test [`respell_dialect`] is spared
/// for most words, inlined in the innermost loop.
#[inline(always)]
fn may_be_dialect(written: &[u8]) -> bool {
    // The longest form has eight letters, and two marks around it ("(da,")
    // are as many as a form is looked for in.
    let (Some(&first), Some(&last)) = (written.first(), written.last()) else { return false };
    if written.len() > 10 {
        return false;
    }
    // A bare word in small letters: only first two letters that begin a
    // form of its length.
    if !first.is_ascii_lowercase() || !last.is_ascii_lowercase() {
        return true;
    }
    let (Some(row), Some(&second)) =
        (DIALECT_STARTS[usize::from(first - b'a')].get(written.len()), written.get(1))
    else {
        return false;
    };
    second.is_ascii_lowercase() && row & (1 << (second - b'a')) != 0
}

/// Replaces a Scots or Shetland spelling in the token just written to
/// `text` from `norm_start` (from the original `word`) with the English
/// word it stands for: "Da bairns wis lookin for notes dat wisna in it"
/// reads as "the children was looking for notes that was not in it".
fn respell_dialect(word: &str, text: &mut Vec<u8>, norm_start: usize) {
    let written = &text[norm_start..];
    // The word: from the first letter or digit, in any script, to the last;
    // a form only if all of it is small ASCII letters. Its packed form is
    // built in the same pass.
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    let Some(start) = written.iter().position(|&b| is_word(b)) else { return };
    let mut key = 0u64;
    let mut end = start;
    while let Some(&b) = written.get(end).filter(|b| b.is_ascii_lowercase()) {
        if end - start == 8 {
            return;
        }
        key |= u64::from(b) << (8 * (end - start));
        end += 1;
    }
    if end == start || written[end..].iter().any(|&b| is_word(b)) {
        return;
    }
    let Some(english) = dialect_of(word, key) else { return };
    let range = norm_start + start..norm_start + end;
    text.splice(range, english.bytes());
}

/// The English word that the lowercased word of token `word` ([`packed`]
/// as `key`) stands for, if it is a Scots or Shetland spelling as written
/// there.
fn dialect_of(word: &str, key: u64) -> Option<&'static str> {
    let (english, any_case) = dialect(key)?;
    // ("Kent", "AA": a name or an acronym, as written; "60 000 DA" is
    // dinars in any word.)
    let upper = word.bytes().filter(u8::is_ascii_uppercase).count();
    (upper == 0 || (any_case && upper == 1)).then_some(english)
}

/// Scots, Shetland and Geordie spellings, the English word each stands for, and
/// whether it is one in any case (`false`: only in small letters, since in
/// capitals it is a name or an acronym: "Kent", "AA", "Dae"). Only forms
/// English itself does not write, or writes as a rare word, and that no
/// other voice of the corpus spells for another word: Scots "wi" is
/// "with" but Jamaican "wi" is "we", Shetland "dem" and "dey" are "them"
/// and "they" but Nigerian Pidgin "dey" is "is", Swahili "dere" is a
/// driver and Portuguese "o" is "the", so those stay as written. (Spanish
/// "da", gives, is read as "the" too, a small word either way: the list
/// phrase "me da pena" is written "me the pena".) At most eight letters
/// (see [`packed`]).
const DIALECT: &[(&str, &str, bool)] = &[
    ("da", "the", true),
    ("dat", "that", true),
    ("dis", "this", true),
    ("dir", "their", true),
    ("wis", "was", true),
    ("wir", "our", true),
    ("tae", "to", true),
    ("sae", "so", true),
    ("fae", "from", true),
    ("frae", "from", true),
    ("efter", "after", true),
    ("afore", "before", true),
    ("ower", "over", true),
    ("withoot", "without", true),
    ("aboot", "about", true),
    ("oot", "out", true),
    ("hame", "home", true),
    ("naebody", "nobody", true),
    ("naethin", "nothing", true),
    ("naething", "nothing", true),
    ("onything", "anything", true),
    ("telt", "told", true),
    ("gien", "given", true),
    ("gied", "gave", true),
    ("gaed", "went", true),
    ("doot", "doubt", true),
    ("auld", "old", true),
    ("muckle", "much", true),
    ("whit", "what", true),
    ("wha", "who", true),
    ("whaur", "where", true),
    ("hoo", "how", true),
    ("noo", "now", true),
    ("mooth", "mouth", true),
    ("hert", "heart", true),
    ("heid", "head", true),
    ("bairn", "child", true),
    ("bairns", "children", true),
    ("peerie", "little", true),
    ("wrang", "wrong", true),
    ("twa", "two", true),
    ("hunner", "hundred", true),
    ("ither", "other", true),
    ("aff", "off", true),
    ("doon", "down", true),
    ("nae", "no", true),
    ("faither", "father", true),
    ("mither", "mother", true),
    ("grat", "cried", true),
    ("ae", "one", false),
    ("ba", "ball", false),
    ("owt", "anything", true),
    ("nowt", "nothing", true),
    ("aal", "all", true),
    ("wor", "our", true),
    ("hoyed", "threw", true),
    ("masel", "myself", true),
    ("mysel", "myself", true),
    ("kent", "knew", false),
    ("hale", "whole", false),
    ("wye", "way", false),
    ("ain", "own", false),
    ("hae", "have", false),
    ("dae", "do", false),
    ("ony", "any", false),
    ("aa", "all", false),
];

/// `word` as a number, for a look-up without comparing bytes: its bytes,
/// when it has at most eight.
fn packed(word: &[u8]) -> Option<u64> {
    let mut bytes = [0u8; 8];
    bytes.get_mut(..word.len())?.copy_from_slice(word);
    Some(u64::from_le_bytes(bytes))
}

/// A bit for the [`packed`] form of each of [`DIALECT`], by [`slot`]: a
/// word whose bit is clear is none of them, known without a search (about
/// one word in sixteen has its bit set).
const DIALECT_BITS: [u64; 16] = {
    let mut bits = [0u64; 16];
    let mut i = 0;
    while i < DIALECT.len() {
        let form = DIALECT[i].0.as_bytes();
        let mut key = 0u64;
        let mut b = 0;
        while b < form.len() && b < 8 {
            key |= (form[b] as u64) << (8 * b);
            b += 1;
        }
        let at = slot(key);
        bits[at / 64] |= 1 << (at % 64);
        i += 1;
    }
    bits
};

/// For each first letter and each length of a form of [`DIALECT`], a bit
/// for each second letter of a form that starts so.
const DIALECT_STARTS: [[u32; 9]; 26] = {
    let mut starts = [[0u32; 9]; 26];
    let mut i = 0;
    while i < DIALECT.len() {
        let form = DIALECT[i].0.as_bytes();
        starts[(form[0] - b'a') as usize][form.len()] |= 1 << (form[1] - b'a');
        i += 1;
    }
    starts
};

/// Where the [`packed`] form `key` has its bit in [`DIALECT_BITS`].
const fn slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize
}

/// [`DIALECT`] by [`packed`] form, sorted for a binary search.
static DIALECT_KEYS: LazyLock<Vec<(u64, &str, bool)>> = LazyLock::new(|| {
    let mut keys: Vec<(u64, &str, bool)> = DIALECT
        .iter()
        .filter_map(|&(form, english, any_case)| {
            Some((packed(form.as_bytes())?, english, any_case))
        })
        .collect();
    keys.sort_unstable_by_key(|k| k.0);
    keys
});

/// The English word the word [`packed`] as `key` stands for if it is one
/// of [`DIALECT`], and whether it does in any case.
fn dialect(key: u64) -> Option<(&'static str, bool)> {
    let at = slot(key);
    if DIALECT_BITS[at / 64] & (1 << (at % 64)) == 0 {
        return None;
    }
    let keys = &*DIALECT_KEYS;
    let at = keys.binary_search_by_key(&key, |k| k.0).ok()?;
    Some((keys[at].1, keys[at].2))
}

/// Puts back the "g" of an "-ing" form written without it ("holdin'",
/// "I was sayin"), in the token just written to `text` from `norm_start`
/// (from the original `word`), so that every reading sees "holding".
fn restore_g(word: &str, text: &mut Vec<u8>, norm_start: usize) {
    let written = &text[norm_start..];
    let Some(end) = written.iter().rposition(u8::is_ascii_alphanumeric) else { return };
    // Most words stop here.
    if end < 3 || written[end] != b'n' || written[end - 1] != b'i' {
        return;
    }
    // From the first letter, whatever its script: "Éaabin'" is no English
    // "-ing" form, as the whole word says.
    let Ok(written) = std::str::from_utf8(written) else { return };
    let start = written.char_indices().find(|&(_, c)| c.is_alphanumeric()).map_or(0, |(i, _)| i);
    let core = &written[start..=end];
    let before = &text[..norm_start.saturating_sub(1)];
    let previous = &before[before.iter().rposition(|&b| b == b' ').map_or(0, |p| p + 1)..];
    let previous = std::str::from_utf8(previous).unwrap_or("");
    if dropped_g(core, marked_g(word), lower_initial(word), previous) {
        text.insert(norm_start + end + 1, b'g');
    }
}

/// Whether `word` (a token as written) ends, before its punctuation, in
/// an apostrophe: "holdin'", "nothin’.".
fn marked_g(word: &str) -> bool {
    let is_apostrophe = |c: char| c == '\'' || APOSTROPHES.contains(&c);
    word.trim_end_matches(|c: char| !c.is_alphanumeric() && !is_apostrophe(c))
        .ends_with(is_apostrophe)
}

/// Whether the first letter of `word` is lower case.
fn lower_initial(word: &str) -> bool {
    word.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase)
}

/// Words that end in "-in" after a consonant and are words of their own,
/// not an "-ing" form with its "g" dropped.
const NOT_DROPPED_G: &[&str] = &[
    "within", "begin", "cousin", "origin", "margin", "cabin", "basin", "raisin", "robin", "muffin",
    "coffin", "napkin", "pumpkin", "bulletin", "aspirin", "insulin", "toxin", "vitamin", "resin",
    "satin", "latin", "admin", "login", "plugin", "violin", "javelin", "mandolin", "dolphin",
    "goblin", "gremlin", "kelvin", "cumin", "pidgin", "linkedin", "moulin", "chagrin", "assassin",
    "paraffin", "puffin", "gelatin", "pectin", "heparin", "muslin", "bobbin", "berlin", "dublin",
    "darwin",
];

/// Whether `core`, a lowercased word, is an "-ing" form written with its
/// "g" dropped: marked so with an apostrophe ("holdin'"), or written in
/// lower case after a form of "be", a "not" or a verb that takes an
/// "-ing" (`previous`): "I was holdin it", "it not sayin I'm careless",
/// "kept goin". Not a word of its own ("cabin", "within", "certain").
fn dropped_g(core: &str, marked: bool, lower: bool, previous: &str) -> bool {
    let bytes = core.as_bytes();
    let n = bytes.len();
    if n < 4 || !core.ends_with("in") || !bytes.iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let short = matches!(core, "goin" | "doin" | "bein" | "seein");
    let consonant = !matches!(bytes[n - 3], b'a' | b'e' | b'i' | b'o' | b'u');
    (short || (n >= 5 && consonant))
        && !NOT_DROPPED_G.contains(&core)
        && (marked
            || (lower
                && matches!(
                    previous,
                    "was"
                        | "were"
                        | "is"
                        | "am"
                        | "are"
                        | "be"
                        | "been"
                        | "not"
                        | "keep"
                        | "kept"
                        | "start"
                        | "started"
                        | "stop"
                        | "stopped"
                        | "went"
                )))
}

/// Whether `word`, ASCII without apostrophes, is a contraction written
/// without its apostrophe (`dont`, `Im.`), in any case and with any
/// punctuation around it: the apostrophe-free forms of [`FIXED`] and
/// [`BARE_NOT`], which [`expansion`] expands.
fn is_bare_contraction(word: &[u8]) -> bool {
    let Some(last) = word.iter().rposition(u8::is_ascii_alphanumeric) else { return false };
    // Every form ends in `nt`, `ot`, `ts` ("thats"), `im`, `ve`, Scots
    // `ae` and `na`, or Caribbean `va` ("neva"): most words stop here.
    let Some(&[a, b]) = word.get(last.wrapping_sub(1)..=last) else { return false };
    if !matches!(
        [a | 0x20, b | 0x20],
        [b'n' | b'o' | b't', b't' | b's']
            | [b'i', b'm']
            | [b'v', b'e']
            | [b'a', b'e']
            | [b'n', b'a']
            | [b'v', b'a']
    ) {
        return false;
    }
    let first = word.iter().position(u8::is_ascii_alphanumeric).unwrap_or(0);
    let core = &word[first..=last];
    if core.len() > 4
        && (core[core.len() - 3..].eq_ignore_ascii_case(b"nae")
            || core[core.len() - 2..].eq_ignore_ascii_case(b"na"))
    {
        return SCOTS_NOT.iter().any(|form| form.as_bytes().eq_ignore_ascii_case(core));
    }
    let mut lower = [0u8; 8];
    let Some(lower) = lower.get_mut(..core.len()) else { return false };
    lower.copy_from_slice(core);
    lower.make_ascii_lowercase();
    is_fixed_bare(lower) || BARE_NOT.iter().any(|form| form.as_bytes() == lower)
}

/// Whether lowercase `word` is one of the apostrophe-free forms in
/// [`FIXED`] ("im", "thats", "neva").
fn is_fixed_bare(word: &[u8]) -> bool {
    FIXED
        .iter()
        .flat_map(|(forms, _)| forms.iter())
        .any(|form| form.as_bytes() == word && !form.contains('\''))
}

/// Appends the normalized form of one token to `out`.
fn normalize_token(token: &str, out: &mut Vec<u8>) {
    // The rare case (most words only need lowercasing): an apostrophe,
    // a contraction, or a letter outside ASCII.
    let lower = token.to_lowercase().replace(APOSTROPHES, "'");
    push_expanded(&lower, out);
}

/// Apostrophes and look-alikes, all made `'`.
const APOSTROPHES: [char; 5] = ['\u{2019}', '\u{2018}', '\u{02bc}', '`', '\u{b4}'];

/// Appends lowercased `lower` to `out`, keeping leading and trailing
/// punctuation and expanding the word in between.
fn push_expanded(lower: &str, out: &mut Vec<u8>) {
    let Some((start, end)) = word_bounds(lower) else {
        out.extend_from_slice(lower.as_bytes());
        return;
    };
    let (lead, core, trail) = (&lower[..start], &lower[start..end], &lower[end..]);
    let core = core.trim_end_matches('\'');
    out.extend_from_slice(lead.as_bytes());
    out.extend_from_slice(expansion(core).as_deref().unwrap_or(core).as_bytes());
    out.extend_from_slice(trail.as_bytes());
}

/// The word inside a token: from its first letter or digit to its last
/// letter, digit or apostrophe. `None` when it has no letter or digit.
fn word_bounds(lower: &str) -> Option<(usize, usize)> {
    let is_word = |c: char| c.is_alphanumeric() || c == '\'';
    let start = lower.find(|c: char| c.is_alphanumeric())?;
    let end = lower
        .char_indices()
        .rev()
        .find(|&(_, c)| is_word(c))
        .map_or(lower.len(), |(i, c)| i + c.len_utf8());
    Some((start, end))
}

/// Contractions replaced whole, with or without their apostrophe.
const FIXED: &[(&[&str], &str)] = &[
    (&["won't", "wont"], "will not"),
    (&["can't", "cant", "cannot"], "can not"),
    (&["shan't"], "shall not"),
    (&["ain't"], "is not"),
    // ("Me, I's the kind does always lose the paper": Caribbean "I is".)
    (&["im", "i'm", "i's"], "i am"),
    (&["ive"], "i have"),
    (&["it's"], "it is"),
    (&["that's", "thats"], "that is"),
    (&["what's", "whats"], "what is"),
    (&["there's"], "there is"),
    (&["here's"], "here is"),
    (&["he's"], "he is"),
    (&["she's"], "she is"),
    (&["who's"], "who is"),
    (&["let's"], "let us"),
    // ("Mi neva test di crossover": Caribbean "never".)
    (&["neva"], "never"),
    // Geordie: "I certainly divvent know", "Aa'm just a hacky old bugger".
    (&["divvent", "divvn't", "divn't"], "do not"),
    (&["aa'm"], "i am"),
];

/// Contraction endings and what replaces them after the stem.
const SUFFIXES: &[(&str, &str)] = &[
    ("n't", " not"),
    ("'m", " am"),
    ("'re", " are"),
    ("'ve", " have"),
    ("'ll", " will"),
    ("'d", " would"),
];

/// Apostrophe-less negations as lowercase-only writers type them; they end
/// in `nt`, which becomes ` not`.
const BARE_NOT: &[&str] = &[
    "dont", "didnt", "doesnt", "isnt", "wasnt", "werent", "arent", "couldnt", "wouldnt",
    "shouldnt", "havent", "hasnt", "hadnt", "mustnt",
];

/// Scots negations, as Scots writers spell them: each ends in `nae` (or
/// `na`, as Shetland and Orkney write it), which becomes ` not` ("didnae"
/// and "didna" are "did not").
const SCOTS_NOT: &[&str] = &[
    "didna",
    "dinna",
    "doesna",
    "wadna",
    "widna",
    "winna",
    "hinna",
    "wisna",
    "wasna",
    "canna",
    "couldna",
    "wouldna",
    "shouldna",
    "hasna",
    "hadna",
    "didnae",
    "doesnae",
    "dinnae",
    "isnae",
    "wasnae",
    "wisnae",
    "cannae",
    "couldnae",
    "wouldnae",
    "shouldnae",
    "havenae",
    "hasnae",
    "hadnae",
    "werenae",
    "arenae",
    "willnae",
];

/// The expansion of an English contraction (with or without its
/// apostrophe) or a Scots negation, or `None` when `word` is none.
fn expansion(word: &str) -> Option<Cow<'static, str>> {
    // Most words are no contraction: without an apostrophe, only a few
    // short forms and words ending in `nt` or `nae` can be one.
    if !word.contains('\'')
        && !word.ends_with("nt")
        && !word.ends_with("nae")
        && !word.ends_with("na")
        && !is_fixed_bare(word.as_bytes())
    {
        return None;
    }
    if SCOTS_NOT.contains(&word) {
        let stem = word.strip_suffix("nae").or_else(|| word.strip_suffix("na")).unwrap_or(word);
        // "dinnae" is "do not", "wisnae" is "was not".
        let stem = match stem {
            "din" => "do",
            "wis" => "was",
            "wad" | "wid" => "would",
            "win" => "will",
            "hin" => "have",
            _ => stem,
        };
        return Some(Cow::Owned(format!("{stem} not")));
    }
    if let Some((_, fixed)) = FIXED.iter().find(|(forms, _)| forms.contains(&word)) {
        return Some(Cow::Borrowed(fixed));
    }
    for (suffix, replacement) in SUFFIXES {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return Some(Cow::Owned(format!("{stem}{replacement}")));
            }
        }
    }
    if BARE_NOT.contains(&word) {
        return Some(Cow::Owned(format!("{} not", &word[..word.len() - 2])));
    }
    None
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
    /// The index of the phrase that matched in its set's
    /// [`phrases`](PhraseSet::phrases) (`usize::MAX` when none did).
    pub phrase: usize,
}

/// A compiled list of phrases, matched all at once.
#[derive(Clone)]
pub struct PhraseSet {
    phrases: Vec<String>,
    /// For each pattern of the regex, the index of its phrase.
    order: Vec<usize>,
    compiled: Option<Arc<Compiled>>,
}

/// A phrase list's automaton and the caches its searches use.
///
/// The list runs on `regex`'s lazy DFA alone, not on its meta engine: the
/// meta engine keeps a PikeVM beside the DFA, whose cache holds a slot for
/// every pattern in every NFA state. For the largest list (nearly 700
/// phrases, 25,000 states) that was a quarter of a gigabyte, zeroed on each
/// thread's first search: every `check` paid most of a second for it. The
/// DFA has no such table, but supports word boundaries only for ASCII, so
/// the Unicode boundary at each end of a phrase is confirmed here after the
/// DFA found it (see [`Compiled::search`]).
struct Compiled {
    regex: Arc<hybrid::regex::Regex>,
    caches: Pool<hybrid::regex::Cache, CacheFn>,
    /// For each pattern: whether the phrase must start at a word boundary.
    starts_word: Vec<bool>,
    /// For each pattern: whether the phrase must end at a word boundary.
    ends_word: Vec<bool>,
}

type CacheFn = Box<dyn Fn() -> hybrid::regex::Cache + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// One match of a pattern: its byte range and its index among the patterns.
type Found = (Range<usize>, usize);

impl Compiled {
    fn new(patterns: &[&Pattern]) -> Result<Compiled, String> {
        let sources: Vec<&str> = patterns.iter().map(|p| p.regex.as_str()).collect();
        // A larger cache than the default: the bigger lists otherwise fill
        // 2 MiB and rebuild their states again and again. The DFA never
        // gives up for a full cache, so a search always has its answer.
        let regex = hybrid::regex::Builder::new()
            .thompson(thompson::Config::new().nfa_size_limit(Some(64 << 20)))
            .dfa(
                hybrid::dfa::Config::new().cache_capacity(16 << 20).minimum_cache_clear_count(None),
            )
            .build_many(&sources)
            .map_err(|e| format!("phrase list does not compile: {e}"))?;
        let regex = Arc::new(regex);
        let for_caches = Arc::clone(&regex);
        let caches: Pool<_, CacheFn> = Pool::new(Box::new(move || for_caches.create_cache()));
        Ok(Compiled {
            regex,
            caches,
            starts_word: patterns.iter().map(|p| p.starts_word).collect(),
            ends_word: patterns.iter().map(|p| p.ends_word).collect(),
        })
    }

    /// The leftmost match in `span` of `hay` (anchored at the span's start
    /// when `anchored`) whose ends are word boundaries where its phrase
    /// asks for them. A candidate the DFA found at an ASCII boundary that
    /// is not a Unicode one ("sum" in "résumé") is passed over for the next.
    fn search(&self, hay: &str, span: Range<usize>, anchored: bool) -> Option<Found> {
        let mut cache = self.caches.get();
        let anchored = if anchored { Anchored::Yes } else { Anchored::No };
        let mut from = span.start;
        while from <= span.end {
            let input = Input::new(hay).span(from..span.end).anchored(anchored);
            // The DFA has no quit bytes and never gives up, so it cannot fail.
            let found = self.regex.try_search(&mut cache, &input).ok()??;
            let pattern = found.pattern().as_usize();
            let boundary = |at: usize| LOOK.is_word_unicode(hay.as_bytes(), at).unwrap_or(true);
            if (!self.starts_word[pattern] || boundary(found.start()))
                && (!self.ends_word[pattern] || boundary(found.end()))
            {
                return Some((found.range(), pattern));
            }
            if anchored == Anchored::Yes {
                return None;
            }
            from = found.start() + hay[found.start()..].chars().next().map_or(1, char::len_utf8);
        }
        None
    }

    /// Every non-overlapping match in `hay`, leftmost first.
    fn search_all<'a>(&'a self, hay: &'a str) -> impl Iterator<Item = Found> + 'a {
        let mut at = 0;
        std::iter::from_fn(move || {
            let found = self.search(hay, at..hay.len(), false)?;
            at = found.0.end.max(at + 1);
            Some(found)
        })
    }
}

/// The Unicode word-boundary test the phrase ends are confirmed with.
static LOOK: LazyLock<LookMatcher> = LazyLock::new(LookMatcher::new);

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
        let patterns: Vec<Pattern> = phrases.iter().map(|p| pattern(p)).collect();
        // Longest first, so that "did not work out" wins over "did not work".
        let mut order: Vec<usize> = (0..patterns.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(patterns[i].regex.len()));
        let compiled = if order.is_empty() {
            None
        } else {
            let sorted: Vec<&Pattern> = order.iter().map(|&i| &patterns[i]).collect();
            Some(Arc::new(Compiled::new(&sorted)?))
        };
        Ok(PhraseSet { phrases, order, compiled })
    }

    /// The phrases as given.
    pub fn phrases(&self) -> &[String] {
        &self.phrases
    }

    /// Every non-overlapping match in `text`.
    pub fn find_all(&self, text: &Normalized<'_>) -> Vec<Match> {
        let Some(compiled) = &self.compiled else { return Vec::new() };
        compiled
            .search_all(&text.text)
            .map(|(range, pattern)| text.to_match_of(range, self.order[pattern]))
            .collect()
    }

    /// The first match in `text`, if any.
    pub fn find(&self, text: &Normalized<'_>) -> Option<Match> {
        let compiled = self.compiled.as_ref()?;
        let (range, pattern) = compiled.search(&text.text, 0..text.text.len(), false)?;
        Some(text.to_match_of(range, self.order[pattern]))
    }

    /// A match that starts where `m` starts and ends before it does: "i am
    /// a failure, a disgrace" matches `i am ... disgrace`, and when that
    /// reading is rejected, `i am ... failure` may still hold. Called again
    /// with what it returned, it goes on to shorter matches still.
    pub fn shorter(&self, text: &Normalized<'_>, m: &Match) -> Option<Match> {
        let compiled = self.compiled.as_ref()?;
        let mut end = m.norm.end;
        loop {
            end = end.checked_sub(1).filter(|&end| end > m.norm.start)?;
            let (range, pattern) = compiled.search(&text.text, m.norm.start..end, true)?;
            if range.end < m.norm.end {
                return Some(text.to_match_of(range, self.order[pattern]));
            }
        }
    }

    /// Whether any phrase occurs in `text`.
    pub fn is_match(&self, text: &Normalized<'_>) -> bool {
        self.is_match_str(&text.text)
    }

    /// Whether any phrase occurs in already normalized `text`.
    pub fn is_match_str(&self, text: &str) -> bool {
        self.compiled.as_ref().is_some_and(|c| c.search(text, 0..text.len(), false).is_some())
    }

    /// How many non-overlapping matches there are in normalized `text`.
    pub fn count_in(&self, text: &str) -> usize {
        self.compiled.as_ref().map_or(0, |c| c.search_all(text).count())
    }

    /// The phrase of a match this set found.
    pub fn phrase_of(&self, m: &Match) -> Option<&str> {
        self.phrases.get(m.phrase).map(String::as_str)
    }
}

/// The regex for one phrase. It runs on normalized text, where only
/// spaces separate words (runs of them where a match was blanked out), so
/// words are joined by ` +` rather than `\s+`: the Unicode whitespace
/// classes made each list's automaton about three times slower to build.
fn pattern(phrase: &str) -> Pattern {
    let normalized = Normalized::new(phrase).text;
    let mut out = String::new();
    let words: Vec<&str> = normalized.split(' ').collect();
    let mut pending_gap = false;
    let mut first = true;
    let (mut starts_word, mut ends_word) = (false, false);
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
            if let Some(c) = stem.chars().next().filter(|c| c.is_alphanumeric()) {
                starts_word = true;
                out.push_str(ascii_boundary(c));
            }
            first = false;
        } else if pending_gap {
            // A gap never crosses the end of a sentence or clause: "i am
            // 45. i am too old" is two statements.
            out.push_str(r"(?: +[^ .;:!?\u{2014}\u{2013}()]+){0,3}? +");
        } else {
            out.push_str(r" +");
        }
        pending_gap = false;
        out.push_str(&piece);
        ends_word = false;
        if let Some(c) = stem.chars().next_back().filter(|c| !wildcard && c.is_alphanumeric()) {
            if word == words.last().unwrap_or(word) {
                ends_word = true;
                out.push_str(ascii_boundary(c));
            }
        }
    }
    if out.is_empty() {
        // A phrase of only wildcards matches nothing.
        out.push_str(r"[^\s\S]");
    }
    Pattern { regex: out, starts_word, ends_word }
}

/// The word boundary the DFA checks beside letter `c` of a phrase: the
/// ASCII one where `c` is ASCII; none beside other letters, where only the
/// Unicode check after the search can tell ("corazón" ends a word before a
/// space, which for ASCII is no boundary at all).
fn ascii_boundary(c: char) -> &'static str {
    if c.is_ascii() { r"(?-u:\b)" } else { "" }
}

/// One phrase as the automaton matches it.
struct Pattern {
    /// The regex, with ASCII word boundaries.
    regex: String,
    /// Whether the phrase starts with a letter or digit, so at a word boundary.
    starts_word: bool,
    /// Whether it ends with one (not with a wildcard), so at a word boundary.
    ends_word: bool,
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
        assert_eq!(Normalized::new("The PLAYERS' kit").text, "the players kit");
        assert_eq!(Normalized::new("`Twas").text, "'twas");
        assert_eq!(
            Normalized::new("It doesnae mean I didnae, ye dinnae ken").text,
            "it does not mean i did not, ye do not ken"
        );
        assert_eq!(Normalized::new("Madonnae, lasagnae").text, "madonnae, lasagnae");
        // A dropped "g": marked by an apostrophe, or after "was", "not"…;
        // not a word of its own, a name, or a vowel before the "-in".
        assert_eq!(
            Normalized::new("I was holdin it, nothin’ to it. not sayin, kept goin").text,
            "i was holding it, nothing to it. not saying, kept going"
        );
        assert_eq!(
            Normalized::new("It was cabin fever, not Berlin; was certain, is thin, 'again'").text,
            "it was cabin fever, not berlin; was certain, is thin, 'again"
        );
        // (Nor a word whose letters are not all English: "Éaabin'".)
        assert_eq!(Normalized::new("Éaabin' holdin'").text, "éaabin holding");
        assert_eq!(
            Normalized::new("Didna bleed it, I canna say why. Banana, Ghana").text,
            "did not bleed it, i can not say why. banana, ghana"
        );
        // Scots and Shetland spellings, in any case; a name or an acronym
        // only as written in small letters.
        assert_eq!(
            Normalized::new("Da bairns wis lookin for notes dat wisna here, aa da same.").text,
            "the children was looking for notes that was not here, all the same."
        );
        assert_eq!(
            Normalized::new("I kent it afore. Kent, AA, 60 DA, O'Brien, data, wise").text,
            "i knew it before. kent, aa, 60 da, o'brien, data, wise"
        );
    }

    #[test]
    fn every_dialect_form_is_respelled_once() {
        for (form, english, _) in DIALECT {
            assert_eq!(Normalized::new(form).text, *english, "{form}");
            assert_eq!(Normalized::new(&format!("({form},")).text, format!("({english},"));
        }
        assert_eq!(DIALECT_KEYS.len(), DIALECT.len(), "a form longer than eight letters");
        let keys: std::collections::BTreeSet<u64> = DIALECT_KEYS.iter().map(|k| k.0).collect();
        assert_eq!(keys.len(), DIALECT.len(), "a form listed twice");
    }

    #[test]
    fn every_contraction_gets_past_the_fast_path() {
        let forms =
            FIXED.iter().flat_map(|(forms, _)| forms.iter()).chain(BARE_NOT).chain(SCOTS_NOT);
        for form in forms {
            let expanded = expansion(form).unwrap_or_else(|| panic!("{form} is not expanded"));
            assert_eq!(Normalized::new(&form.to_uppercase()).text, expanded, "{form}");
            assert_eq!(Normalized::new(&format!("({form}.)")).text, format!("({expanded}.)"));
        }
        for (suffix, _) in SUFFIXES {
            assert!(expansion(&format!("they{suffix}")).is_some(), "they{suffix}");
        }
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
    fn word_boundaries_are_unicode_ones() {
        // The DFA checks ASCII boundaries; the Unicode ones are confirmed
        // after it: inside "résumé" is no word "sum", and "corazón" ends a
        // word before a space or a dash.
        assert_eq!(found(&["sum"], "my résumé, in sum"), ["sum"]);
        assert_eq!(found(&["corazón"], "el corazón — roto"), ["corazón"]);
        assert_eq!(found(&["corazón"], "corazónes"), Vec::<String>::new());
        assert!(set(&["fail"]).is_match(&Normalized::new("I fail—again")));
        assert_eq!(found(&["丢脸"], "真丢脸"), Vec::<String>::new());
    }

    /// The reference for the phrase sets: `regex`'s meta engine with
    /// Unicode word boundaries in the patterns, what the sets ran on before
    /// its PikeVM's memory sent them to the lazy DFA alone.
    fn reference_find_all(phrases: &[&str], text: &str) -> Vec<(Range<usize>, String)> {
        let patterns: Vec<String> = phrases
            .iter()
            .map(|phrase| {
                let p = pattern(phrase);
                let mut regex = p.regex.replace(r"(?-u:\b)", r"\b");
                if p.starts_word && !regex.starts_with(r"\b") {
                    regex.insert_str(0, r"\b");
                }
                if p.ends_word && !regex.ends_with(r"\b") {
                    regex.push_str(r"\b");
                }
                regex
            })
            .collect();
        let mut order: Vec<usize> = (0..patterns.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(pattern(phrases[i]).regex.len()));
        let sorted: Vec<&str> = order.iter().map(|&i| patterns[i].as_str()).collect();
        let regex = regex_automata::meta::Regex::new_many(&sorted).unwrap();
        let text = Normalized::new(text).text;
        regex
            .find_iter(&text)
            .map(|m| (m.range(), phrases[order[m.pattern().as_usize()]].to_string()))
            .collect()
    }

    proptest::proptest! {
        /// The phrase sets find what the meta engine with Unicode word
        /// boundaries finds, on text mixing accented words, dashes and
        /// words glued to them.
        #[test]
        fn finds_what_unicode_boundaries_find(
            words in proptest::collection::vec(
                ("(fail|failé|résumé|sum|corazón|corazónes|i|am|a|failure|humiliating|did|not|work|así|soy|café|ça|x|丢脸|真)",
                 "( |  |, |—|-|\\.|)"),
                0..14,
            )
        ) {
            let text: String = words.iter().map(|(w, sep)| format!("{w}{sep}")).collect();
            let phrases = ["fail", "corazón", "sum", "i am ... failure", "humiliat*", "did not work",
                "así soy", "café", "ça", "丢脸", "a failure"];
            let ours: Vec<(Range<usize>, String)> = set(&phrases)
                .find_all(&Normalized::new(&text))
                .into_iter()
                .map(|m| (m.norm.clone(), phrases[m.phrase].to_string()))
                .collect();
            proptest::prop_assert_eq!(ours, reference_find_all(&phrases, &text));
        }
    }

    #[test]
    fn maps_back_to_tokens() {
        let text = "So  I’m   useless at this";
        let m = set(&["i am useless"]).find(&Normalized::new(text)).unwrap();
        assert_eq!(&text[m.span.clone()], "I’m   useless");
        assert_eq!(m.tokens, 1..3);
    }

    /// The straightforward normalization, kept to check the fast one.
    fn reference_normalize(original: &str) -> String {
        let mut out = Vec::new();
        for word in original.split_whitespace() {
            let lower = word.to_lowercase().replace(APOSTROPHES, "'");
            let Some(start) = lower.find(|c: char| c.is_alphanumeric()) else {
                out.push(lower);
                continue;
            };
            let end = lower
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_alphanumeric() || c == '\'')
                .map_or(lower.len(), |(i, c)| i + c.len_utf8());
            let marked = lower[start..end].ends_with('\'');
            let core = lower[start..end].trim_end_matches('\'');
            let mut core = expansion(core).map_or(core.to_string(), |e| e.into_owned());
            let small = core.bytes().all(|b| b.is_ascii_lowercase());
            let key = packed(core.as_bytes()).filter(|_| small);
            if let Some(english) = key.and_then(|key| dialect_of(word, key)) {
                core = english.to_string();
            }
            let previous = out.last().map_or("", |p: &String| p.rsplit(' ').next().unwrap_or(""));
            if dropped_g(&core, marked, lower_initial(word), previous) {
                core.push('g');
            }
            out.push(format!("{}{core}{}", &lower[..start], &lower[end..]));
        }
        out.join(" ")
    }

    proptest::proptest! {
        /// The fast normalization writes what the straightforward one does.
        #[test]
        fn normalizes_like_the_reference(
            text in "([A-Za-z]{1,6}|[a-z]+' |n't|'[mdsv]|'ll|'re|[`’'\".,;!?()—]|I’M|İ|\u{212a}|É|ß|Σ| |\t|\n){0,30}"
        ) {
            proptest::prop_assert_eq!(Normalized::new(&text).text, reference_normalize(&text));
        }

        /// Tokens are exactly those of `str::split_whitespace`.
        #[test]
        fn splits_like_split_whitespace(text in "[ \t\n\x0b\x0c\r\u{85}\u{a0}\u{2003}\u{3000}a-zé’']{0,40}") {
            let norm = Normalized::new(&text);
            let ours: Vec<(usize, &str)> =
                norm.tokens().iter().map(|t| (t.span.start, &text[t.span.clone()])).collect();
            let std: Vec<(usize, &str)> = text
                .split_whitespace()
                .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
                .collect();
            proptest::prop_assert_eq!(ours, std);
        }
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
