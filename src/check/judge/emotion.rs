//! Is an outcome told with feeling? Emotional words from a list ("a
//! disaster", "humiliating"), and the shapes feeling takes whatever its
//! words, which no list can hold for every voice:
//!
//! - an exclamation ("Six came. Six!", "What a day!");
//! - a word said twice ("bad, bad", "so so badly", "fantastic, just
//!   fantastic");
//! - a sentence opened by an interjection ("Ugh.", "Oh for Pete's sake");
//! - the body with the writer's "my" ("my stomach dropped", "mi face did
//!   hot like pepper");
//! - the writer crying ("I cried the whole night");
//! - a wish to vanish ("wanted to sink through the floor", "could throw my
//!   phone in the canal");
//! - a feeling said of oneself ("I felt…", "I'm still so bummed").
//!
//! Only the writer's own voice counts: a quotation or reported speech is
//! someone else's, a term ("disaster recovery") or a name ("the Panic
//! Room") no feeling.

use std::ops::Range;
use std::sync::LazyLock;

use crate::check::judge::model::WordsModel;
use crate::check::judge::specific::{FactLists, FeelingWords};
use crate::check::judge::text::{Analysis, Prepared};
use crate::check::options::Words;
use crate::check::phrases::Match;

/// The shapes of feeling, each named in a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A word from the emotional list.
    Word,
    /// A sentence ending in `!`.
    Exclamation,
    /// A word said twice.
    Repetition,
    /// An interjection opening a sentence.
    Interjection,
    /// The body, with the writer's "my".
    Body,
    /// The writer crying.
    Tears,
    /// A wish to vanish.
    Vanishing,
    /// A feeling said of oneself.
    Feeling,
    /// An overstatement ("the longest hour of my life").
    Overstatement,
    /// An image of oneself ("I sat there like a man hit on the head").
    Image,
    /// An image of what happened ("went down like a stone").
    Simile,
    /// An oath ("Eleven, perkele.").
    Oath,
    /// A word written in capitals for force ("FOUR milligrams").
    Capitals,
    /// A face drawn or an emoji ("(>_<)", "💀").
    Face,
    /// A word drawn out for force ("sooo angry", "noooo").
    Drawn,
    /// A text trailing off again and again ("the rain decision... uff...
    /// what to say...").
    Trailing,
    /// Praise opening a sentence on its own, said of a failure
    /// ("Marvellous. Inspector came Tuesday…").
    Irony,
    /// The writer turning away from it, in a sentence of its own
    /// ("Couldn't.", "Don't talk to me about harvest.").
    Avoidance,
}

impl Shape {
    /// How a finding names it, after the words.
    pub fn describe(self) -> Option<&'static str> {
        match self {
            Shape::Word => None,
            Shape::Exclamation => Some("an exclamation"),
            Shape::Repetition => Some("a word said twice for force"),
            Shape::Interjection => Some("an interjection"),
            Shape::Body => Some("a feeling told as the body"),
            Shape::Tears => Some("tears"),
            Shape::Vanishing => Some("a wish to vanish"),
            Shape::Feeling => Some("a feeling said of yourself"),
            Shape::Overstatement => Some("an overstatement"),
            Shape::Image => Some("an image of yourself"),
            Shape::Simile => Some("an image"),
            Shape::Oath => Some("an oath"),
            Shape::Capitals => Some("capitals for force"),
            Shape::Face => Some("a face"),
            Shape::Drawn => Some("a word drawn out for force"),
            Shape::Trailing => Some("words trailing off again and again"),
            Shape::Irony => Some("praise said with irony"),
            Shape::Avoidance => Some("turning away from it"),
        }
    }
}

/// PF009's words model (`check::evaluation::words_model`).
pub static FEELING_MODEL: LazyLock<WordsModel> = LazyLock::new(|| {
    WordsModel::parse(include_str!("models/words_feeling.json"))
        .unwrap_or_else(|e| unreachable!("the shipped feeling model parses: {e}"))
});

/// Whether an outcome is told with feeling.
#[derive(Debug, Clone)]
pub enum Feeling {
    /// The emotional language the reading found, which the words agree
    /// with.
    Found(Vec<Emotion>),
    /// None the reading could point at, but the words weigh as feeling.
    Weighed {
        /// The words that weighed most, as read (normalized).
        decided_by: Vec<String>,
    },
    /// Told without feeling.
    Neutral,
}

/// Judges an outcome: the reading's [`emotions`], then the words model
/// over its words and that reading's verdict, which has the last word.
pub fn feeling(text: &str, lists: &FactLists<'_>) -> Feeling {
    let found = emotions(text, lists);
    let a = Analysis::new(text);
    let weighed = FEELING_MODEL.weigh(&a);
    if FEELING_MODEL.score_weighed(&weighed, !found.is_empty()) <= 0.0 {
        return Feeling::Neutral;
    }
    if found.is_empty() {
        return WordsModel::deciding(&weighed, 3)
            .map_or(Feeling::Neutral, |decided_by| Feeling::Weighed { decided_by });
    }
    Feeling::Found(found)
}

/// One piece of emotional language.
#[derive(Debug, Clone)]
pub struct Emotion {
    /// The words as written.
    pub words: String,
    /// Its shape.
    pub shape: Shape,
    /// Where it is.
    pub at: Match,
}

/// "Went home feeling like…", "Bout cried in the truck": a diary's
/// sentence opening on the writer's own past verb, its "I" dropped, with
/// no one else named up to word `i` (which may be that verb).
fn dropped_writer(a: &Analysis<'_>, i: usize, lists: &FactLists<'_>) -> bool {
    let s = a.sentence_words(a.words[i].sentence);
    let mut k = s.start;
    if matches!(a.word(k), "bout" | "about" | "nearly" | "almost" | "just" | "then") {
        k += 1;
    }
    let v = a.word(k);
    k <= i
        && i - k <= 6
        && a.own(k)
        && (crate::check::judge::text::is_regular_past(v) || lists.past_irregular.contains(v))
        && !(k + 1..i).any(|j| {
            matches!(a.word(j), "i" | "he" | "she" | "they" | "we" | "you" | "it" | "who")
                || lists.feeling.people.contains(a.word(j))
        })
}

/// Whether `w` is a listed state of feeling, or its `-ing` form
/// ("disheartening" of "disheartened", "humiliating" of "humiliated").
fn is_feeling_state(w: &str, states: &Words) -> bool {
    if states.contains(w) {
        return true;
    }
    // Spelled in a buffer on the stack: the pre-scan asks this of every word.
    const MAX: usize = 30;
    let Some(stem) = w.strip_suffix("ing").filter(|s| s.len() > 3 && s.len() <= MAX) else {
        return false;
    };
    let mut buf = [0u8; MAX + 2];
    buf[..stem.len()].copy_from_slice(stem.as_bytes());
    buf[stem.len()..stem.len() + 2].copy_from_slice(b"ed");
    let ed = std::str::from_utf8(&buf[..stem.len() + 2]).is_ok_and(|f| states.contains(f));
    buf[stem.len()] = b'd';
    ed || std::str::from_utf8(&buf[..stem.len() + 1]).is_ok_and(|f| states.contains(f))
}

/// Words written in capitals for force whatever the text around them
/// ("it was NOT the plan"), beside number words and words the text also
/// holds in small letters.
const EMPHATIC: &[&str] =
    &["so", "not", "never", "all", "every", "nothing", "none", "no", "only", "still", "again"];

/// The writer as a subject or owner, in the voices the corpus holds.
fn is_me(w: &str) -> bool {
    // ("The undersigned was humiliated": a formal letter's "I".)
    matches!(w, "i" | "mi" | "me" | "myself" | "we" | "undersigned")
}

/// Words after "my stomach", "my heart" that make it the body itself, not
/// a feeling.
fn is_medical(w: &str) -> bool {
    [
        "cramp",
        "pain",
        "ache",
        "bug",
        "rate",
        "monitor",
        "attack",
        "surgery",
        "infection",
        "problem",
        "test",
        "enzyme",
        "function",
        "disease",
        "damage",
        "transplant",
        "cancer",
        "count",
    ]
    .iter()
    .any(|m| w.starts_with(m))
}

/// The words a word is said again after, for force: "fantastic, just
/// fantastic", "marvellous, absolutely marvellous".
fn is_again(w: &str) -> bool {
    matches!(w, "just" | "really" | "so" | "truly" | "absolutely" | "simply" | "totally")
}

/// What shakes or sweats when the writer does ("hands shaking", "my voice
/// shook").
fn is_limb(w: &str) -> bool {
    matches!(w, "hands" | "hand" | "legs" | "knees" | "voice")
}

/// Words left out when a clause is compared with the one before it for
/// being said again: "I looked at the floor, I only looked at the floor".
fn is_aside(w: &str) -> bool {
    matches!(w, "only" | "just" | "really" | "so" | "and" | "but")
}

/// A word of hurt in its literal sense, not a feeling: a body part after
/// it ("the crushed left index finger"), things counted before it ("96
/// boxes crushed"), a count after it ("gutted two killers"), or things
/// someone did it to ("we crushed only half the piñas").
fn literal_use(a: &Analysis<'_>, w: &Range<usize>, lists: &FactLists<'_>) -> bool {
    if w.len() != 1 {
        return false;
    }
    // "the crushed left index finger", "a broken wrist": a wound,
    // not a feeling.
    let wound = matches!(a.word(w.start), "crushed" | "broken" | "shattered" | "torn")
        && (w.end..(w.end + 3).min(a.len())).any(|k| {
            a.words[k].clause == a.words[w.start].clause
                && matches!(
                    a.word(k),
                    "finger"
                        | "fingers"
                        | "thumb"
                        | "hand"
                        | "foot"
                        | "toe"
                        | "toes"
                        | "leg"
                        | "arm"
                        | "wrist"
                        | "ankle"
                        | "rib"
                        | "ribs"
                        | "knee"
                        | "nose"
                        | "bone"
                        | "pelvis"
                )
        });
    // "96 boxes crushed": things counted, then what befell them.
    let counted = matches!(a.word(w.start), "crushed" | "broken" | "shattered" | "torn" | "ruined")
        && w.start >= 2
        && a.digit_led(w.start - 2)
        && a.words[w.start - 2].clause == a.words[w.start].clause;
    // "the cocky gutted two killers on the shed floor": a carcass
    // dressed, a count after it.
    let dressed = a.word(w.start) == "gutted"
        && w.start > 0
        && !matches!(a.word(w.start - 1), "was" | "am" | "is" | "felt" | "feel" | "so" | "i")
        && w.end < a.len()
        && a.norm.original()[a.span(w.clone()).end..a.span(w.end..w.end + 1).start]
            .trim()
            .is_empty()
        && (a.digit_led(w.end) || lists.number_words.contains(a.word(w.end)));
    // "so we crushed only half the roasted piñas": done to
    // things, by someone before it.
    let done_to = matches!(a.word(w.start), "crushed" | "shattered" | "gutted")
        && w.start > 0
        && matches!(a.word(w.start - 1), "we" | "they" | "he" | "she")
        && matches!(
            a.word(w.end),
            "the" | "only" | "half" | "all" | "them" | "our" | "their" | "his" | "her"
        );
    // ("We were tamping the ballast": Welsh "tamping", furious, is also
    // packing something down.)
    let done_to = done_to
        || (a.word(w.start) == "tamping"
            && w.end < a.len()
            && matches!(a.word(w.end), "the" | "down" | "in" | "it" | "them"));
    wound || counted || dressed || done_to
}

/// Intensifiers that make a state of the writer a feeling ("so bummed").
fn is_strong(w: &str) -> bool {
    matches!(w, "so" | "such" | "totally" | "absolutely" | "utterly" | "completely" | "super")
}

/// The writer's own emotional language in `text`, in order.
pub fn emotions(text: &str, lists: &FactLists<'_>) -> Vec<Emotion> {
    // Most outcomes hold no feeling at all: find that out on the text
    // before reading it word by word (unless a rule read it already).
    let prepared = Prepared::of(text);
    let norm = prepared.norm();
    let listed = lists.emotional.is_match(norm);
    let shaped = may_have_shapes(&norm.text, &lists.feeling);
    let sworn = lists.oaths.is_match(norm);
    if !listed
        && !shaped
        && !sworn
        && !may_echo(&norm.text)
        && !trails_off(text)
        && !may_have_capitals(text)
        && !may_have_faces(text)
    {
        return Vec::new();
    }
    let a = prepared.read();
    let mut found: Vec<Emotion> = Vec::new();
    let mut push = |a: &Analysis<'_>, words: Range<usize>, shape: Shape| {
        if words.is_empty()
            || found.iter().any(|e| e.at.norm.start == a.words[words.start].norm.start)
        {
            return;
        }
        let at = a.norm.match_of(a.words[words.start].norm.start..a.words[words.end - 1].norm.end);
        found.push(Emotion { words: a.original(words).to_string(), shape, at });
    };
    if listed {
        let terms: Vec<Range<usize>> =
            a.all_matches(lists.emotional_terms).into_iter().map(|(_, w)| w).collect();
        for (m, w) in a.own_matches(lists.emotional) {
            // "No tragedy.", "Not a disaster. Not good either.": denied,
            // not felt.
            let denied = w.start > 0
                && (matches!(a.word(w.start - 1), "no" | "not")
                    || (w.start > 1
                        && matches!(a.word(w.start - 1), "a" | "an")
                        && matches!(a.word(w.start - 2), "not" | "never")));
            // "tangled and useless for pattern work": what a thing is
            // good for, not how the writer felt ("I felt useless for
            // weeks" is).
            let clause = a.clause_words(a.words[w.start].clause);
            let of_a_thing = w.len() == 1
                && matches!(a.word(w.start), "useless" | "worthless")
                && a.word_is(w.end, "for")
                && !clause.clone().any(|k| matches!(a.word(k), "i" | "me" | "we" | "us" | "felt"));
            // "sat there till the mechanic got to me at 0415": reached, not
            // upset (someone named before it, or a time after it).
            let reached = w.len() == 3
                && a.word(w.start) == "got"
                && a.word(w.start + 1) == "to"
                && a.word(w.start + 2) == "me"
                && ((w.start > 0 && lists.feeling.people.contains(a.word(w.start - 1)))
                    || (matches!(a.word(w.end), "at" | "by" | "around" | "about")
                        && w.end + 1 < a.len()
                        && a.digit_led(w.end + 1)));
            // "he couldn't eat properly for two days": someone else's
            // body, not the writer's feeling.
            let theirs = w.start > 0
                && matches!(a.word(w.start - 1), "he" | "she" | "they")
                && matches!(a.word(w.start), "could" | "can" | "did" | "want" | "hate");
            if !terms.iter().any(|t| t.start <= w.start && w.end <= t.end)
                && !theirs
                && !is_name(&a, &m, &w)
                && !denied
                && !of_a_thing
                && !literal_use(&a, &w, lists)
                && !reached
                && !someone_elses(&a, &w, &lists.feeling)
            {
                push(&a, w, Shape::Word);
            }
        }
    }
    if shaped {
        for (words, shape) in shapes(&a, lists) {
            push(&a, words, shape);
        }
    }
    // "Eleven, perkele.", "the rollout flopped, fml".
    if sworn {
        for (_, words) in a.own_matches(lists.oaths) {
            push(&a, words, Shape::Oath);
        }
    }
    for (words, shape) in echoes(&a).into_iter().chain(capitals(&a, lists)).chain(drawn_out(&a)) {
        push(&a, words, shape);
    }
    for (i, face, shape) in emoticons(&a) {
        let start = a.words[i].norm.start;
        if !found.iter().any(|e| e.at.norm.start == start) {
            let at = a.norm.match_of(start..a.words[i].norm.end);
            found.push(Emotion { words: face, shape, at });
        }
    }
    found.sort_by_key(|e| e.at.norm.start);
    found
}

/// Whether the "afraid" at `j` is only the polite way to bring bad news:
/// "afraid to say the trailer hitch came off", "I'm afraid the ski was
/// scratched" (not "I was afraid the crane would tip", a fear).
fn polite_afraid(a: &Analysis<'_>, j: usize) -> bool {
    a.word(j) == "afraid"
        && ((a.word_is(j + 1, "to")
            && matches!(a.word(j + 2), "say" | "tell" | "report" | "admit"))
            || (j >= 1
                && a.word(j - 1) == "am"
                && matches!(
                    a.word(j + 1),
                    "the" | "we" | "it" | "our" | "my" | "this" | "there" | "they" | "he" | "she"
                )))
}

/// Whether `norm` (normalized text) may hold a shape of feeling at all: a
/// `!`, a word said twice, or one of the words a shape starts from. Most
/// outcomes hold none, and this costs far less than reading them.
fn may_have_shapes(norm: &str, f: &FeelingWords<'_>) -> bool {
    if norm.contains('!') {
        return true;
    }
    let (mut previous, mut before, mut third) = ("", "", "");
    let mut ended = "";
    for token in norm.split_whitespace() {
        let w = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        if !w.is_empty()
            && (w == previous
                || (is_again(previous) && w == before)
                || (w == before && previous == third))
        {
            return true;
        }
        if f.interjections.contains(w)
            || f.raves.contains(w)
            || f.tears.contains(w)
            || is_feeling_state(w, f.states)
            || unended_state(previous, w, f.states)
            || matches!(
                w,
                "life"
                    | "year"
                    | "career"
                    | "like"
                    | "make"
                    | "makes"
                    | "made"
                    | "times"
                    | "whole"
                    | "still"
                    | "sat"
                    | "sit"
                    | "sitting"
                    | "stood"
                    | "stand"
                    | "standing"
                    | "stung"
                    | "stings"
                    | "hurt"
                    | "hurts"
                    | "hurting"
                    | "pained"
                    | "pain"
                    | "pains"
                    | "hated"
                    | "hate"
            )
            || is_limb(w)
            || w.contains('-')
            || f.body.contains(w.strip_suffix("'s").unwrap_or(w))
            || is_strong(w)
            || is_drawn(w)
            || matches!(
                w,
                "feel"
                    | "felt"
                    | "feeling"
                    | "feelin"
                    | "want"
                    | "wanted"
                    | "wish"
                    | "wished"
                    | "could"
            )
            // ("Cannot look at it.", "Don't ask.": opening a sentence.)
            || (matches!(w, "can" | "cannot" | "do")
                && (previous.is_empty() || ended.ends_with(['.', '!', '?'])))
        {
            return true;
        }
        ended = token;
        (third, before, previous) = (before, previous, w);
    }
    false
}

/// The shapes of feeling in `a`, beyond the word list.
fn shapes(a: &Analysis<'_>, lists: &FactLists<'_>) -> Vec<(Range<usize>, Shape)> {
    let f = &lists.feeling;
    let n = a.len();
    let mut found = Vec::new();
    for i in 0..n {
        if !a.own(i) {
            continue;
        }
        let w = a.word(i);
        let sentence = a.words[i].sentence;
        let same = |j: usize| j < n && a.words[j].sentence == sentence && a.own(j);
        // A short sentence exclaimed ("Six!", "What a day!", "¡Qué
        // vergüenza!"); a long one ending in `!` is often only a cheerful
        // habit.
        if !same(i + 1) && ends_with_bang(a, i) {
            let start = a.sentence_words(sentence).start;
            let exclamative = matches!(a.word(start), "what" | "how" | "such")
                || a.norm.original()[..a.span(start..start + 1).start].ends_with('¡');
            // "… and my penalty over the fence, ¡qué vergüenza, compadre!":
            // opened with `¡` inside the sentence.
            let opened = (start + 1..=i)
                .find(|&j| a.norm.original()[..a.span(j..j + 1).start].trim_end().ends_with('¡'));
            // "!!": more than a cheerful habit.
            let doubled = a.norm.original()[a.span(i..i + 1).end..]
                .trim_start_matches(['"', '\'', ')', '’', '”', '*', '?'])
                .starts_with("!!");
            if i + 1 - start <= 3 || (exclamative && i + 1 - start <= 8) {
                found.push((start..i + 1, Shape::Exclamation));
            } else if doubled {
                found.push((i.saturating_sub(2).max(start)..i + 1, Shape::Exclamation));
            } else if let Some(from) = opened.filter(|&from| i + 1 - from <= 8) {
                found.push((from..i + 1, Shape::Exclamation));
            }
        }
        // "bad, bad", "great, just great": said again after a comma or a
        // "just" (without one, "small small" is a plural in West African
        // English, not force).
        let alphabetic = w.len() > 1 && w.bytes().all(|b| b.is_ascii_alphabetic());
        // (Not a pronoun ending one clause and opening the next: "when I
        // traced it, it was two cheques"; nor a relative clause's verb
        // and the sentence's own: "all 4 who failed, failed practical".)
        let relative = i > 0 && matches!(a.word(i - 1), "who" | "which" | "that");
        if alphabetic
            && !relative
            && !matches!(
                w,
                "had"
                    | "that"
                    | "is"
                    | "the"
                    | "no"
                    | "very"
                    | "so"
                    | "it"
                    | "them"
                    | "him"
                    | "her"
                    | "us"
                    | "there"
                    | "then"
            )
        {
            // Not across a semicolon: "asked for recount; recount gave
            // same figures" picks the word up to go on.
            let picked_up = || {
                a.norm.original()[a.span(i..i + 1).end..a.span(i + 1..i + 2).start].contains(';')
            };
            if same(i + 1)
                && a.word(i + 1) == w
                && a.words[i + 1].clause != a.words[i].clause
                && !picked_up()
            {
                found.push((i..i + 2, Shape::Repetition));
            } else if same(i + 2)
                && is_again(a.word(i + 1))
                && a.word(i + 2) == w
                && a.words[i + 1].clause != a.words[i].clause
            {
                found.push((i..i + 3, Shape::Repetition));
            }
        }
        // "Scrape and scrape and scrape", "trap after trap after trap":
        // a word said three times, joined.
        if alphabetic
            && same(i + 4)
            && a.word(i + 2) == w
            && a.word(i + 4) == w
            && a.word(i + 1) == a.word(i + 3)
            && matches!(a.word(i + 1), "and" | "after" | "upon" | "by")
        {
            found.push((i..i + 5, Shape::Repetition));
        }
        // "stirring it, stirring it, stirring it", "14 degrees, 14
        // degrees": two words said again.
        // (Not a noun picked up again to go on: "when I take out the
        // spare, the spare was also flat", "the 2019 one, the one the
        // whole port talks about".)
        // (Nor "if you know, you know", a saying.)
        if (alphabetic || w.bytes().all(|b| b.is_ascii_digit()))
            && !matches!(w, "the" | "a" | "an" | "my" | "our" | "his" | "her" | "their" | "one")
            && !(w == "you" && a.word_is(i + 1, "know"))
            && same(i + 3)
            && a.word(i + 2) == w
            && a.word(i + 3) == a.word(i + 1)
            && a.words[i + 2].clause != a.words[i].clause
        {
            found.push((i..i + 4, Shape::Repetition));
        }
        // "so so badly", "really really badly", but not "a so so effort"
        // (mediocre).
        if matches!(w, "so" | "really" | "very" | "too")
            && same(i + 2)
            && a.word(i + 1) == w
            && a.words[i + 2].clause == a.words[i].clause
            && !(i > 0 && matches!(a.word(i - 1), "a" | "an" | "the" | "was" | "is" | "just"))
        {
            found.push((i..i + 3, Shape::Repetition));
        }
        // A sentence opened by an interjection.
        if a.words[i].initial
            && f.interjections.contains(w)
            && !(w == "oh" && a.word_is(i + 1, "well"))
        {
            found.push((i..i + 1, Shape::Interjection));
        }
        // "my stomach dropped", but not "my heart rate" nor the bar
        // pulled "off my chest".
        // (Caribbean "me stomach", "me belly drop"; Trinidadian "mih".)
        if matches!(w, "my" | "mi" | "me" | "mih")
            && same(i + 1)
            && !(a.word(i + 1) == "face" && a.word_is(i + 2, "to"))
            && !(i > 0
                && matches!(
                    a.word(i - 1),
                    "off" | "on" | "onto" | "against" | "across" | "into" | "from" | "under"
                ))
            // ("My stomach's still in knots".)
            && f.body.contains(a.word(i + 1).strip_suffix("'s").unwrap_or(a.word(i + 1)))
            && !(i + 2 < n && is_medical(a.word(i + 2)))
            && !(i + 3 < n && is_medical(a.word(i + 3)))
        {
            found.push((i..i + 2, Shape::Body));
        }
        // "…by myself, heart knocking like jing ping drum whole way": the
        // body opening its clause, "my" left out (not "the heart rate",
        // a "gut feeling", nor "Face cleaning took 2 hours": a face is
        // also worked on).
        if f.body.contains(w)
            && !matches!(w, "face" | "cheeks")
            && (i == 0 || a.words[i - 1].clause != a.words[i].clause)
            && same(i + 1)
            && a.word(i + 1).len() > 5
            && a.word(i + 1).ends_with("ing")
            && a.word(i + 1) != "feeling"
            && a.own(i)
        {
            found.push((i..i + 2, Shape::Body));
        }
        // "Stood in the driveway wanting to cry": the writer's wish.
        // ("I want to laugh and cry same time".)
        let to = if i >= 4 && a.word(i - 1) == "and" && a.word(i - 3) == "to" && same(i - 3) {
            i - 3
        } else {
            i.saturating_sub(1)
        };
        if f.tears.contains(w)
            && to >= 1
            && a.word(to) == "to"
            && matches!(a.word(to - 1), "wanting" | "wanted" | "want")
            && (mine(a, to - 1)
                || !(a.sentence_words(sentence).start..to - 1)
                    .any(|j| matches!(a.word(j), "he" | "she" | "they" | "you")))
        {
            found.push((to - 1..i + 1, Shape::Tears));
        }
        // "I very disappointed with how it turn out", "I damn scared":
        // the copula dropped.
        if f.states.contains(w)
            && i >= 2
            && matches!(a.word(i - 1), "very" | "so" | "really" | "damn" | "damned" | "super")
            && matches!(a.word(i - 2), "i" | "mi")
            && same(i - 2)
        {
            found.push((i - 2..i + 1, Shape::Feeling));
        }
        // "Tired and angry all the time.": a state and another opening a
        // sentence, the writer's "I" dropped (not "Angry and tired
        // customers", who are someone else).
        let after_pair = |k: usize| {
            !same(k)
                || a.words[k].clause != a.words[i].clause
                || matches!(a.word(k), "all" | "about" | "with" | "at" | "again" | "by" | "for")
        };
        if (f.states.contains(w) || f.states.contains(a.word(i + 2)))
            && a.words[i].initial
            && a.word_is(i + 1, "and")
            && same(i + 2)
            && after_pair(i + 3)
        {
            found.push((i..i + 3, Shape::Feeling));
        }
        // "So annoyed w/ myself", "Really gutted.": a state opening a
        // sentence, the writer's "I" dropped ("Honestly so frustrated":
        // after a word that opens the telling).
        let opener = |k: usize| {
            a.words[k].initial
                || (k >= 1
                    && a.words[k - 1].initial
                    && matches!(
                        a.word(k - 1),
                        "honestly" | "still" | "man" | "tbh" | "and" | "just" | "was"
                    ))
        };
        if f.states.contains(w)
            && i >= 1
            && opener(i - 1)
            && matches!(
                a.word(i - 1),
                "so" | "really"
                    | "very"
                    | "totally"
                    | "super"
                    | "absolutely"
                    | "proper"
                    | "bloody"
                    | "pure"
            )
        {
            found.push((i - 1..i + 1, Shape::Feeling));
        }
        // "…screamed inside my helmet, so frustrated.": an intensified
        // state opening a clause of its own and closing the sentence, the
        // writer's "I" dropped, after a clause of the writer's own (not
        // "Client in Cape Town phoned, very angry").
        if f.states.contains(w)
            && i >= 2
            && (a.sentence_words(a.words[i].sentence).start..i - 1).any(|k| is_me(a.word(k)))
            && same(i - 1)
            && a.words[i - 1].clause != a.words[i - 2].clause
            && a.words[i - 1].clause == a.words[i].clause
            && matches!(a.word(i - 1), "so" | "really" | "very" | "pretty" | "proper" | "utterly")
            && !same(i + 1)
            && a.own(i)
        {
            found.push((i - 1..i + 1, Shape::Feeling));
        }
        // "…frustrated with myself", "angry at myself": only the writer
        // can be.
        if f.states.contains(w)
            && matches!(a.word(i + 1), "with" | "at" | "of")
            && a.word_is(i + 2, "myself")
            && same(i + 2)
            && a.own(i)
        {
            found.push((i..i + 3, Shape::Feeling));
        }
        // "I'll admit it stung", "that one hurts", "e pain me": what
        // happened, told by how it hurt (not "my knee hurt").
        if matches!(
            w,
            "stung" | "stings" | "hurt" | "hurts" | "hurting" | "pained" | "pain" | "pains"
        ) {
            let mut j = i;
            while j > 0
                && same(j - 1)
                && matches!(a.word(j - 1), "really" | "still" | "kind" | "of")
            {
                j -= 1;
            }
            // ("that one hurts": the thing pointed at.)
            if j > 1
                && same(j - 2)
                && a.word(j - 1) == "one"
                && matches!(a.word(j - 2), "that" | "this")
            {
                j -= 1;
            }
            let thing =
                j > 0 && same(j - 1) && matches!(a.word(j - 1), "it" | "that" | "this" | "e");
            let pains_me = matches!(w, "pain" | "pains") && a.word_is(i + 1, "me") && thing;
            // ("it hurt our sales": a thing hurt, not the writer; "that
            // hurts, I won't lie": a clause after it.)
            let felt = !same(i + 1)
                || a.words[i + 1].clause != a.words[i].clause
                || matches!(
                    a.word(i + 1),
                    "me" | "us"
                        | "mi"
                        | "so"
                        | "a"
                        | "like"
                        | "more"
                        | "bad"
                        | "badly"
                        | "deep"
                        | "worse"
                        | "hard"
                );
            if thing && felt && (!matches!(w, "pain" | "pains") || pains_me) {
                found.push((j - 1..i + 1, Shape::Feeling));
            }
        }
        // "Hated making that radio call.", "I hated every minute": the
        // writer's own dislike.
        // ("i hate how it left me": the dislike still felt.)
        let hate = w == "hate"
            && same(i + 1)
            && matches!(a.word(i + 1), "how" | "that" | "it" | "this" | "myself")
            && i >= 1
            && same(i - 1)
            && matches!(a.word(i - 1), "i" | "mi");
        if hate
            || w == "hated"
                && (a.words[i].initial
                    || (i.saturating_sub(3)..i).any(|j| same(j) && matches!(a.word(j), "i" | "mi")))
        {
            found.push((i..i + 1, Shape::Feeling));
        }
        // "I cried", "mi siddung … and bawl too".
        // ("cried in the baño after…": a diary's dropped "I"; "…and had
        // a proper cry".)
        let had_a = (i >= 2 && a.word(i - 1) == "a" && a.word(i - 2) == "had")
            || (i >= 3 && a.word(i - 2) == "a" && a.word(i - 3) == "had");
        // ("I about sat down in the straw and bawled": the second verb of
        // the writer's, when no one else is named between.)
        // ("…sat down on the front tyre and honestly cried a bit": past
        // one adverb after the "and".)
        let and_at = if i >= 3
            && a.word(i - 2) == "and"
            && (a.word(i - 1).ends_with("ly") || matches!(a.word(i - 1), "just" | "then"))
        {
            i - 2
        } else {
            i.saturating_sub(1)
        };
        let and_mine = i >= 2
            && a.word(and_at) == "and"
            && (a.sentence_words(sentence).start..and_at)
                .rev()
                .find(|&j| matches!(a.word(j), "i" | "he" | "she" | "they" | "we" | "you"))
                .is_some_and(|j| a.word(j) == "i" && a.own(j));
        // ("I was also near crying": one word further back past "near".)
        let back =
            if i > 0 && matches!(a.word(i - 1), "near" | "nearly" | "almost") { 4 } else { 3 };
        // ("Fella we call Crying Boy": a name, written with its capital.)
        let name = a.words[i].capital && !a.words[i].initial;
        if f.tears.contains(w)
            && !name
            && ((i.saturating_sub(back)..i)
                .any(|j| same(j) && is_me(a.word(j)) && a.word(j) != "me")
                || (w.ends_with("ed") && dropped_writer(a, i, lists))
                || (w == "cry" && had_a)
                || (and_mine && w.ends_with("ed")))
        {
            found.push((i..i + 1, Shape::Tears));
        }
        // "wanted to sink through the floor", "I could throw my phone".
        // (Not "before we could throw the lines down": a time, not a wish.)
        let timed = w == "could"
            && (i.saturating_sub(3)..i)
                .any(|j| same(j) && matches!(a.word(j), "before" | "until" | "till" | "so"));
        if matches!(w, "want" | "wanted" | "wish" | "wished" | "could") && mine(a, i) && !timed {
            let end = (i + 9).min(n);
            let hit = (i + 1..end).filter(|&j| same(j)).find_map(|j| {
                f.vanishing.set.iter().find_map(|phrase| {
                    let words: Vec<&str> = phrase.split(' ').collect();
                    let fits =
                        words.iter().enumerate().all(|(k, p)| same(j + k) && a.word(j + k) == *p);
                    fits.then_some(j + words.len())
                })
            });
            // "I wanted the floor of the shop to open and take me": the
            // floor named with where it was, before it opens. (Not "the
            // floor of the shop to open by 8", a shop's hours.)
            let hit = hit.or_else(|| {
                let floor = (i + 1..end)
                    .find(|&j| same(j) && matches!(a.word(j), "floor" | "ground" | "earth"))?;
                (floor + 1..(floor + 6).min(n)).find_map(|j| {
                    let swallows = matches!(a.word(j + 1), "swallow" | "eat")
                        || (a.word(j + 1) == "open"
                            && (!same(j + 2) || matches!(a.word(j + 2), "up" | "and")));
                    (same(j + 1) && a.word(j) == "to" && swallows).then_some(j + 2)
                })
            });
            if let Some(to) = hit {
                found.push((i..to, Shape::Vanishing));
            }
        }
        // "I felt…", "mi feel…", "made me feel".
        // ("Felt really shitty." drops its "I"; "I hollered at him and felt
        // rotten" has it further back.)
        let writer_before = (i.saturating_sub(3)..i).any(|j| same(j) && is_me(a.word(j)))
            || a.words[i].initial
            || (i > 0
                && a.word(i - 1) == "and"
                && (a.sentence_words(sentence).start..i).any(|j| matches!(a.word(j), "i" | "mi")));
        // ("I felt the clutch go soft", "I felt the ground shake at 6:40":
        // a thing sensed, not a feeling.)
        // (But "I felt the floor go out from under me" is the feeling.)
        let sinking = matches!(a.word(i + 2), "floor" | "ground" | "world" | "earth" | "bottom");
        // ("Felt the vibration in the thresher drum around 2 pm": a
        // sensation of a thing, named as a noun.)
        let sensation = matches!(a.word(i + 1), "the" | "a" | "some")
            && same(i + 2)
            && matches!(
                a.word(i + 2),
                "vibration"
                    | "vibrations"
                    | "jolt"
                    | "bump"
                    | "knock"
                    | "shudder"
                    | "tremor"
                    | "heat"
                    | "draught"
                    | "draft"
                    | "breeze"
                    | "spray"
                    | "tug"
                    | "drag"
            );
        let sensed = sensation
            || (matches!(a.word(i + 1), "the" | "a" | "my" | "our")
                && (i + 3..(i + 6).min(n)).any(|k| {
                    same(k)
                        && !(sinking && matches!(a.word(k), "go" | "give" | "drop"))
                        && matches!(
                            a.word(k),
                            "go" | "give"
                                | "slip"
                                | "move"
                                | "drop"
                                | "catch"
                                | "bite"
                                | "shake"
                                | "kick"
                                | "jump"
                                | "stop"
                                | "snap"
                                | "crack"
                                | "vibrate"
                        )
                }));
        // "I feel the readout did not really land": an opinion, a clause
        // with its own verb after it (not "I felt the floor tilt").
        // ("i feel like it was slower than last friday": the same, with
        // "like".)
        let said = if a.word_is(i + 1, "like") && same(i + 1) { i + 2 } else { i + 1 };
        let opinion = matches!(a.word(said), "the" | "this" | "our" | "we" | "they" | "it")
            && (said + 1..(said + 6).min(n)).any(|k| {
                same(k)
                    && a.words[k].clause == a.words[i].clause
                    && matches!(
                        a.word(k),
                        "did" | "was" | "were" | "is" | "are" | "has" | "had" | "would" | "will"
                    )
            });
        // ("Whole day was kharab yaar, feeling very low": a clause of its
        // own after one about the day, with no one else in the sentence;
        // not "The calf was down all night, feeling very sick".)
        let clause_opened = matches!(w, "feeling" | "feelin")
            && i > 0
            && a.words[i - 1].clause != a.words[i].clause
            && a.words[i - 1].sentence == sentence
            && matches!(
                a.word(i + 1),
                "very" | "so" | "really" | "quite" | "pretty" | "low" | "down" | "sick" | "rotten"
            )
            && {
                let start = a.sentence_words(sentence).start;
                (start..(start + 3).min(i)).any(|j| {
                    matches!(
                        a.word(j),
                        "day" | "week" | "morning" | "night" | "shift" | "today" | "yesterday"
                    )
                }) && !(start..i).any(|j| {
                    matches!(a.word(j), "he" | "she" | "they" | "you" | "his" | "her" | "their")
                        || lists.feeling.people.contains(a.word(j))
                })
            };
        if matches!(w, "feel" | "felt" | "feeling" | "feelin")
            && (writer_before || clause_opened || dropped_writer(a, i, lists))
            && !a.word_is(i + 1, "that")
            && !opinion
            && !sensed
        {
            found.push((i..i + 1, Shape::Feeling));
        }
        // "Heart heavy like March snow", "still heavy in the chest": the
        // body with the writer's "my" dropped.
        // ("Heart's heavy tonight."; not "still white in the heart" of a
        // fruit: "in the" needs a weight or a knot before it.)
        let body = f.body.contains(w.strip_suffix("'s").unwrap_or(w));
        // ("Read it 30 times, stomach in knots": opening a clause, too.)
        let clause_opening = i > 0
            && a.words[i - 1].clause != a.words[i].clause
            && same(i + 1)
            && (matches!(
                a.word(i + 1),
                "like"
                    | "went"
                    | "turned"
                    | "dropped"
                    | "sank"
                    | "tight"
                    | "heavy"
                    | "pounding"
                    | "racing"
                    | "churning"
                    | "burning"
                    | "knotted"
                    | "sinking"
            ) || (a.word_is(i + 1, "in")
                && same(i + 2)
                && matches!(a.word(i + 2), "knots" | "knot" | "my" | "pieces" | "bits")));
        if body
            && ((a.words[i].initial && same(i + 1) && !a.word_is(i + 1, "rate"))
                || clause_opening
                || (i >= 3
                    && a.word(i - 1) == "the"
                    && a.word(i - 2) == "in"
                    && matches!(
                        a.word(i - 3),
                        "heavy" | "tight" | "sick" | "knot" | "hollow" | "cold" | "weight" | "pit"
                    ))
                // ("sick in stomach", its "the" dropped.)
                || (i >= 2
                    && a.word(i - 1) == "in"
                    && matches!(a.word(i - 2), "sick" | "heavy" | "tight" | "hollow")))
            && !(same(i + 1) && is_medical(a.word(i + 1)))
        {
            let from = if clause_opening { i } else { i.saturating_sub(2) };
            found.push((from..i + 1, Shape::Body));
        }
        // "Sad to look at.", "Angry at myself.": a state opening a sentence.
        // ("Pretty bummed how the planting turned out", "just
        // frustrated.": past an intensifier.)
        let intensified = i >= 1
            && a.words[i - 1].initial
            && same(i - 1)
            && matches!(
                a.word(i - 1),
                "pretty" | "so" | "very" | "real" | "really" | "proper" | "just" | "utterly"
            );
        // ("Disappointed, mostly.": a comma ends it too.)
        let comma = a.norm.original()[a.span(i..i + 1).end..].starts_with(',');
        if f.states.contains(w)
            && (a.words[i].initial || intensified)
            && !polite_afraid(a, i)
            && (!same(i + 1)
                || comma
                || matches!(
                    a.word(i + 1),
                    "to" | "about" | "at" | "with" | "that" | "like" | "beyond" | "as" | "more"
                )
                || (intensified && matches!(a.word(i + 1), "how" | "of")))
        {
            found.push((i..i + 1, Shape::Feeling));
        }
        // "Very disappoint with myself today.": a state without its "-ed",
        // after an intensifier and before "with" or "about".
        if i >= 1
            && unended_state(a.word(i - 1), w, f.states)
            && same(i + 1)
            && matches!(a.word(i + 1), "with" | "about" | "at" | "by")
        {
            found.push((i - 1..i + 1, Shape::Feeling));
        }
        // "Proper upset me, that did.", "it really worried me": a thing
        // that put the feeling in the writer.
        if f.states.contains(w)
            && (w.ends_with("ed") || w == "upset")
            && i > 0
            && same(i + 1)
            && a.word(i + 1) == "me"
            && !matches!(a.word(i - 1), "i" | "to" | "was" | "were" | "got")
        {
            found.push((i..i + 2, Shape::Feeling));
        }
        if a.words[i].initial
            && a.own(i)
            && let Some(end) = turned_away(a, i)
        {
            found.push((i..end, Shape::Avoidance));
        }
        // "Marvellous.", "Great, just great:", "Wonderful news, super —":
        // praise opening a sentence on its own.
        if f.raves.contains(w) {
            let start = a.sentence_words(sentence).start;
            // "Well that went just great.": the whole of it, said to
            // have gone well, in a sentence of its own.
            // ("Some of it went grand" is a part, not the whole.)
            let went = (start..i).any(|j| {
                (j == start
                    || (j == start + 1
                        && matches!(a.word(start), "well" | "oh" | "ah" | "so" | "and")))
                    && matches!(a.word(j), "that" | "it" | "this")
                    && a.word_is(j + 1, "went")
                    && (j + 2..i).all(|k| matches!(a.word(k), "just" | "really" | "so" | "real"))
            });
            let opens = went
                || (start..i).all(|j| {
                    matches!(
                        a.word(j),
                        "oh" | "ah"
                            | "a"
                            | "ag"
                            | "just"
                            | "well"
                            | "really"
                            | "very"
                            | "truly"
                            | "so"
                            | "how"
                            | "not"
                            | "absolute"
                            | "absolutely"
                            | "totally"
                            | "simply"
                    )
                });
            let mut end = i + 1;
            // "Just grand altogether.", "Lovely, mate.", "Lovely stuff
            // altogether.", "Wonderful morning."
            let tail = |end: &mut usize| {
                while same(*end)
                    && a.words[*end].sentence == sentence
                    && (matches!(
                        a.word(*end),
                        "altogether" | "entirely" | "indeed" | "mate" | "bru" | "truly"
                    )
                        // ("Great success, bravo Dima.")
                        || (a.word(*end - 1) == "bravo" && a.words[*end].capital)
                        // ("Great job me.": said to oneself.)
                        || (a.word(*end) == "me" && a.word(*end - 1) == "job"))
                {
                    *end += 1;
                }
            };
            tail(&mut end);
            // (As written in small letters: "Happy Days, the tender" is a
            // boat.)
            if same(end)
                && !a.words[end].capital
                && matches!(
                    a.word(end),
                    "news"
                        | "week"
                        | "day"
                        | "start"
                        | "stuff"
                        | "job"
                        | "timing"
                        | "morning"
                        | "evening"
                        | "night"
                        | "shift"
                        | "success"
                        | "days"
                        | "masterpiece"
                        | "triumph"
                )
            {
                end += 1;
                tail(&mut end);
            }
            let alone = end >= n
                || a.words[end].sentence != sentence
                || a.words[end].clause != a.words[i].clause;
            if opens && alone && a.own(i) {
                found.push((start..end, Shape::Irony));
            }
        }
        // "I was frightened", "frankly I am scared", "I was more upset".
        // ("and one is still angry about it": a writer who calls
        // themselves "one".)
        let one = w == "one"
            && (a.words[i].initial || (i > 0 && matches!(a.word(i - 1), "and" | "but" | "so")))
            && a.word_is(i + 1, "is");
        // ("I were shaking", "I got so mad", "I be vex", "I've been
        // grumpy since".)
        let perfect = same(i + 2)
            && matches!(a.word(i + 1), "have" | "had" | "has")
            && a.word(i + 2) == "been";
        let copula = same(i + 1)
            && (perfect
                || matches!(
                    a.word(i + 1),
                    "am" | "was" | "were" | "got" | "get" | "became" | "is" | "be"
                ));
        if (is_me(w) && w != "me" && copula) || one {
            let mut j = if perfect { i + 3 } else { i + 2 };
            while same(j)
                && matches!(
                    a.word(j),
                    "still"
                        | "literally"
                        | "just"
                        | "really"
                        | "real"
                        | "honestly"
                        | "frankly"
                        | "so"
                        | "very"
                        | "more"
                        | "quite"
                        | "deeply"
                        | "truly"
                        | "absolutely"
                        | "totally"
                        | "a"
                        | "bit"
                        | "little"
                        | "proper"
                        | "properly"
                        | "that"
                        | "too"
                        | "pretty"
                        | "completely"
                        | "utterly"
                        | "actually"
                )
            {
                j += 1;
            }
            // ("I was relieved of the night duty": dismissed, not eased.)
            // ("relieved at 18:00 by Tomek": a shift handed over.)
            let dismissed = a.word(j) == "relieved"
                && same(j + 1)
                && (matches!(a.word(j + 1), "of" | "from")
                    || (a.word(j + 1) == "at" && a.digit_led(j + 2)));
            if same(j) && f.states.contains(a.word(j)) && !dismissed && !polite_afraid(a, j) {
                found.push((i..j + 1, Shape::Feeling));
            }
        }
        // "Very disheartening.", "it was humiliating", but not "an
        // embarrassing typo" nor "my results were disappointing" (a
        // judgement of the results).
        let said_strongly = a.words[i].initial
            || (i > 0
                && (is_strong(a.word(i - 1))
                    || matches!(
                        a.word(i - 1),
                        "very"
                            | "really"
                            | "real"
                            | "truly"
                            | "deeply"
                            | "quite"
                            | "extremely"
                            | "most"
                    )))
            || (i > 1
                && matches!(a.word(i - 1), "was" | "is")
                && matches!(a.word(i - 2), "it" | "that" | "this"));
        if !f.states.contains(w) && is_feeling_state(w, f.states) && said_strongly {
            found.push((i..i + 1, Shape::Word));
        }
        // "Myself I was angry-angry": a feeling said twice for force.
        if let Some((first, second)) = w.split_once('-')
            && first == second
            && is_feeling_state(first, f.states)
        {
            found.push((i..i + 1, Shape::Word));
        }
        // "soul-crushing", "cringe-inducing".
        if let Some((first, second)) = w.rsplit_once('-')
            && !first.is_empty()
            && f.compounds.contains(second)
        {
            found.push((i..i + 1, Shape::Word));
        }
        // "it make me crazy", "made me sick", "made me very tired and
        // sad".
        if matches!(w, "make" | "makes" | "made" | "making") && a.word_is(i + 1, "me") {
            let mut j = i + 2;
            if a.word(j) == "feel" {
                j += 1;
            }
            while same(j) && (is_strong(a.word(j)) || matches!(a.word(j), "very" | "really")) {
                j += 1;
            }
            // (One more word and "and" before it: "tired and sad".)
            let state = |k: usize| same(k) && f.states.contains(a.word(k));
            let end = if state(j) {
                Some(j)
            } else {
                (a.word_is(j + 1, "and") && state(j + 2)).then_some(j + 2)
            };
            if let Some(end) = end {
                found.push((i..end + 1, Shape::Feeling));
            }
        }
        // "I sat there like a man hit on the head with a coconut", "my
        // hands were shaking like an old man's", "Walked out like a lad sent
        // off": the writer, pictured.
        if w == "like"
            && same(i + 1)
            && matches!(a.word(i + 1), "a" | "an" | "somebody" | "someone")
            && i > 0
            && !likeness(a.word(i - 1))
            && !matches!(a.word(i - 1), "feel" | "felt")
        {
            let start = a.sentence_words(sentence).start;
            // ("my hands were shaking like an old man's", "it sits on my
            // chest like a brick": a "my" of the body; not "two of my best
            // shots have the drone hanging over their heads like a ceiling
            // fan", a "my" of things.)
            let mine = |j: usize| {
                matches!(a.word(j), "my" | "mi")
                    && (j + 1..(j + 3).min(i))
                        .any(|k| f.body.contains(a.word(k)) || LIMBS.contains(&a.word(k)))
            };
            let writer = (start..i).any(|j| a.word(j) == "i" || mine(j))
                || (a.words[start].initial && a.word(start).ends_with("ed"))
                || (start..i).any(|j| a.word(j) == "it" && a.word_is(j + 1, "was") && j + 2 == i);
            if writer {
                found.push((i..if same(i + 2) { i + 3 } else { i + 2 }, Shape::Image));
            }
        }
        // "sat in the car with the engine off for twenty minutes", "I sit
        // there, the dough still in my hand, until it dry": the writer
        // still, for a while, after it.
        if matches!(w, "sat" | "sit" | "sitting" | "stood" | "stand" | "standing")
            && (a.words[i].initial
                || (i.saturating_sub(3)..i)
                    .any(|j| same(j) && matches!(a.word(j), "i" | "mi" | "one"))
                // ("Walked out to the car and sat in it…", "Read the
                // letter twice, then sat there…": a diary's dropped "I".)
                || a.word(a.sentence_words(sentence).start).ends_with("ed")
                || (i > 0
                    && matches!(a.word(i - 1), "then" | "and" | "just")
                    && diary_sentence(a, sentence, i)))
        {
            let after = || (i + 1..(i + 18).min(n)).take_while(|&j| same(j));
            // Still, or somewhere one goes to be alone with it: "sat in
            // the truck", "sat out in that barn till 2".
            let still = after().any(|j| {
                matches!(a.word(j), "there" | "still" | "engine" | "motionless")
                    || f.retreats.contains(a.word(j))
            });
            // "I just sit on the small red stool and look at the pot. Long
            // time.": how long, said after.
            let end = a.sentence_words(sentence).end;
            let long_after = end + 1 < n
                && a.words[end].initial
                && matches!((a.word(end), a.word(end + 1)), ("long", "time") | ("a", "long"));
            // (Not waiting for something: "sat there for 20 minutes
            // while the crane lifted the pallets", "waiting for the ferry".)
            // ("a good while", "a long while" is how long.)
            // ("I sit there 6 hours until Réjean come with a new line":
            // stranded until help came.)
            let waiting = after().any(|j| {
                a.word(j) == "waiting"
                    || (a.word(j) == "while"
                        && !matches!(a.word(j - 1), "a" | "good" | "long" | "little"))
                    || (matches!(a.word(j), "until" | "till")
                        && (j + 1..j + 4).any(|k| {
                            same(k)
                                && matches!(
                                    a.word(k),
                                    "came" | "come" | "comes" | "arrived" | "arrive" | "arrives"
                                )
                        }))
            });
            let long = !waiting
                && (long_after
                    || after().any(|j| {
                        matches!(a.word(j), "until" | "till" | "while")
                            || (a.word(j) == "time" && a.word(j - 1) == "long")
                            || (matches!(
                                a.word(j),
                                "minutes" | "hours" | "hour" | "min" | "mins" | "hrs"
                            ) && number_value(a.word(j - 1)).is_some())
                    }));
            if still && long {
                found.push((i..i + 2, Shape::Image));
            }
        }
        // "I'm still sore about it", "still filthy about it": a feeling
        // the writer still has about what happened.
        // ("Still dirty about it.": a diary's "I" dropped.)
        if w == "still"
            && same(i + 3)
            && a.word(i + 2) == "about"
            && matches!(a.word(i + 3), "it" | "that" | "this")
            && ((i.saturating_sub(3)..i).any(|j| same(j) && matches!(a.word(j), "i" | "mi" | "am"))
                || i == a.sentence_words(sentence).start)
        {
            let state = a.word(i + 1);
            if state.bytes().all(|b| b.is_ascii_lowercase())
                && !state.ends_with("ing")
                && !matches!(state, "nothing" | "something" | "anything" | "unclear" | "unsure")
            {
                found.push((i..i + 4, Shape::Feeling));
            }
        }
        // "the longest hour of my life": a superlative said of one's life.
        // "never been so wore out and sick over a week in my life".
        if w == "life"
            && i >= 3
            && matches!(a.word(i - 1), "my" | "mi")
            && a.word(i - 2) == "in"
            && (a.sentence_words(sentence).start..i).any(|j| a.word(j) == "never")
            && (a.sentence_words(sentence).start..i).any(|j| a.word(j) == "so")
        {
            found.push((i - 2..i + 1, Shape::Overstatement));
        }
        if matches!(w, "life" | "year" | "career")
            && i >= 3
            && matches!(a.word(i - 1), "my" | "mi")
            && a.word(i - 2) == "of"
        {
            let superlative = (i.saturating_sub(6)..i - 2).find(|&j| {
                same(j)
                    && (a.word(j).ends_with("est")
                        || matches!(a.word(j), "worst" | "most" | "least"))
            });
            if let Some(from) = superlative {
                found.push((from..i + 1, Shape::Overstatement));
            }
        }
        // "I'm still so bummed", "I was so much tensed".
        if is_me(w) && w != "me" && a.word_is(i + 1, "am")
            || a.word_is(i + 1, "was") && is_me(w) && w != "me"
        {
            let mut j = i + 2;
            while same(j) && matches!(a.word(j), "still" | "just" | "really") {
                j += 1;
            }
            if same(j) && same(j + 1) && is_strong(a.word(j)) {
                found.push((i..j + 2, Shape::Feeling));
            }
        }
        // "Like a catamaran going down off Marina beach — that is how the
        // dinner went", "Like getting walked out of the barn": a sentence
        // that opens with its image.
        if w == "like"
            && a.words[i].initial
            && same(i + 2)
            // ("Like holding back the river with a broom": any doing.)
            && (matches!(a.word(i + 1), "a" | "an")
                || (a.word(i + 1).len() > 5 && a.word(i + 1).ends_with("ing")))
            // ("Like a lot of growers, we sold at 40 cents.")
            && !a_share(a, i + 2)
        {
            found.push((i..i + 3, Shape::Simile));
        }
        // "went down like a stone in the Tiber", "sank like a stone": what
        // happened, pictured.
        if w == "like" && i > 0 {
            let mut v = i - 1;
            if matches!(a.word(v), "down" | "over" | "off" | "under") && v > 0 {
                v -= 1;
            }
            // ("evaporated like the data sheet said": "like" as "as".)
            let as_said = (i + 1..(i + 6).min(n)).any(|j| {
                same(j)
                    && matches!(
                        a.word(j),
                        "said" | "says" | "predicted" | "expected" | "planned" | "promised"
                    )
            });
            // ("came and went, like it does every season": "like" as
            // "as", a clause after it.)
            // ("went like days go in August": a clause with its own verb.)
            // ("Went like snow days go", "it went like that": the way
            // such things go, no image.)
            let as_clause = matches!(
                a.word(i + 1),
                "it" | "i"
                    | "we"
                    | "they"
                    | "he"
                    | "she"
                    | "you"
                    | "always"
                    | "every"
                    | "that"
                    | "this"
                    | "usual"
                    | "normal"
                    | "before"
            ) || (i + 2..(i + 5).min(n)).any(|j| {
                same(j) && matches!(a.word(j), "go" | "goes" | "do" | "does" | "usually" | "always")
            })
                // ("it went like the first day": one day like another of
                // the same series, no image.)
                || (a.word_is(i + 1, "the")
                    && same(i + 2)
                    && matches!(
                        a.word(i + 2),
                        "first" | "second" | "third" | "last" | "previous" | "other" | "others"
                            | "rest" | "same" | "one" | "ones" | "year" | "week" | "day"
                    ));
            // ("Haul went like a 6/10": a rating, no image; "In 2024 it
            // went like 2023": one year like another.)
            let rating = (matches!(a.word(i + 1), "a" | "an") && is_amount(a.word(i + 2)))
                || is_amount(a.word(i + 1))
                || a_share(a, i + 2);
            if same(v)
                && same(i + 1)
                && !as_said
                && !as_clause
                && !rating
                && matches!(
                    a.word(v),
                    "went"
                        | "sank"
                        | "sunk"
                        | "died"
                        | "flopped"
                        | "bombed"
                        | "evaporated"
                        | "vanished"
                        | "crumbled"
                        | "melted"
                )
            {
                found.push((v..if same(i + 2) { i + 3 } else { i + 2 }, Shape::Simile));
            }
            // "120 bags sitting in the store like a coffin nobody will
            // bury", "stood there holding the chopper like one idiot": an
            // image, wherever it stands (not "like a month", "looked like
            // a scam", "something like a 10 % drop").
            if !as_said
                && same(i + 2)
                && matches!(a.word(i + 1), "a" | "an" | "one")
                // ("The kitchen was like a sauna by noon": what a thing was
                // like.)
                && !likeness(a.word(i - 1))
                && !matches!(a.word(i - 1), "seems" | "sounds" | "was" | "were" | "is" | "are")
                && !is_amount(a.word(i + 2))
                && !a_share(a, i + 2)
                // ("Bakary heard it go like a gunshot": a sound, told by
                // what it sounded like.)
                && !(i.saturating_sub(3)..i)
                    .any(|j| same(j) && matches!(a.word(j), "heard" | "hear" | "hears"))
                // ("The groom's uncle held his phone up like a lighter":
                // someone else's doing, pictured.)
                && !named_head(a, a.words[i].clause, i, f)
                // ("steam came out of the side like a samovar": a
                // substance, pictured as it moved.)
                && !(a.clause_words(a.words[i].clause)).any(|j| {
                    j < i
                        && matches!(
                            a.word(j),
                            "steam" | "smoke" | "water" | "oil" | "sparks" | "flames" | "dust"
                                | "foam" | "sap" | "milk" | "juice" | "mud"
                        )
                        && matches!(
                            a.word(j + 1),
                            "came" | "poured" | "leaked" | "sprayed" | "shot" | "ran" | "went"
                                | "boiled" | "bubbled" | "spilled" | "hissed" | "burst" | "rose"
                        )
                })
            {
                found.push((i..i + 3, Shape::Simile));
            }
            // "The meeting was like being dragged through a hedge".
            if i > 0
                && matches!(a.word(i - 1), "was" | "felt")
                && a.word_is(i + 1, "being")
                && same(i + 2)
            {
                found.push((i - 1..i + 3, Shape::Simile));
            }
        }
        // "a heavy feeling the whole drive home", "that sinking feeling":
        // a feeling named with what it was like (not "a strong feeling
        // that the valve was wrong", a hunch).
        if w == "feeling"
            && i >= 2
            && matches!(a.word(i - 2), "a" | "that" | "this")
            && a.word(i - 1).bytes().all(|b| b.is_ascii_lowercase())
            && !matches!(a.word(i - 1), "good" | "the" | "gut")
            && !(same(i + 1) && matches!(a.word(i + 1), "that" | "about" | "of" | "for"))
        {
            found.push((i - 2..i + 1, Shape::Feeling));
        }
        // "100 times worse than I thought", "a million times harder".
        if w == "times" && i > 0 && same(i + 1) {
            let much = a.word(i - 1);
            let big = much.parse::<u32>().is_ok_and(|n| n >= 100)
                || matches!(much, "hundred" | "thousand" | "million" | "billion" | "zillion");
            let comparative = matches!(a.word(i + 1), "worse" | "better" | "harder" | "more");
            if big && comparative {
                found.push((i - 1..i + 2, Shape::Overstatement));
            }
        }
        // "my whole body went cold", "hands shaking", "my voice shook".
        if matches!(w, "my" | "mi") && same(i + 2) && matches!(a.word(i + 1), "whole" | "entire") {
            let part = a.word(i + 2);
            if (f.body.contains(part) || part == "body")
                && !(same(i + 3) && is_medical(a.word(i + 3)))
            {
                found.push((i..i + 3, Shape::Body));
            }
        }
        if is_limb(w) {
            // ("my hands were still shaking": past the copula and an adverb.)
            // ("my hands would not stop shaking": past a "would not stop".)
            let shaking = (i + 1..(i + 6).min(n)).find(|&j| {
                same(j)
                    && matches!(
                        a.word(j),
                        "shaking"
                            | "shakin"
                            | "shook"
                            | "trembling"
                            | "trembled"
                            | "sweating"
                            | "numb"
                            | "jelly"
                            | "froze"
                            | "frozen"
                    )
                    // ("Hands weren't steady tying it down".)
                    || (a.word(j) == "steady" && a.word(j - 1) == "not")
                    // ("After, my hands shake so much I cannot hold the
                    // cup", told in the present; not "my hands shake the
                    // sieve", an act.)
                    || (matches!(a.word(j), "shake" | "tremble")
                        && !(same(j + 1)
                            && matches!(a.word(j + 1), "the" | "a" | "an" | "it" | "my" | "hands")))
            });
            if let Some(j) = shaking {
                found.push((i..j + 1, Shape::Body));
            }
        }
    }
    found
}

/// Whether word `k`, after "like a", counts a share of something, not
/// an image: "like a lot of growers", "like a good many of the other
/// thirty".
fn a_share(a: &Analysis<'_>, k: usize) -> bool {
    matches!(a.word(k), "lot" | "few" | "couple" | "number" | "bunch" | "dozen" | "handful" | "bit")
        || (matches!(a.word(k), "good" | "great")
            && matches!(a.word(k + 1), "many" | "few" | "number" | "deal" | "lot"))
}

/// A word before "like" that makes it a likeness of looks or of amount,
/// not an image: "looked like a scam", "something like a 10 % drop".
fn likeness(w: &str) -> bool {
    matches!(
        w,
        "look"
            | "looks"
            | "looked"
            | "something"
            | "more"
            | "just"
            | "seem"
            | "seemed"
            | "sound"
            | "sounded"
            | "would"
            // "No snap, soft like a candle": a texture or a colour, said
            // by what it was like.
            | "soft"
            | "hard"
            | "flat"
            | "thin"
            | "thick"
            | "dry"
            | "wet"
            | "sticky"
            | "dense"
            | "tough"
            | "chewy"
            | "brittle"
            | "smooth"
            | "rough"
            | "shiny"
            | "sweet"
            | "bitter"
            | "salty"
            | "sour"
            | "grey"
            | "gray"
            | "brown"
            | "pale"
    )
}

/// A word that makes "like a …" an amount, not an image: "like a month",
/// "like a lot", "like a 400 word text".
fn is_amount(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit())
        || matches!(
            w,
            "lot"
                | "few"
                | "couple"
                | "number"
                | "bunch"
                | "dozen"
                | "handful"
                | "bit"
                | "total"
                | "second"
                | "minute"
                | "hour"
                | "day"
                | "week"
                | "month"
                | "year"
                | "hundred"
                | "thousand"
                | "million"
                | "half"
                | "quarter"
                | "third"
                | "fifth"
                | "tenth"
        )
}

/// Whether `text` has two capitals in a row: where [`capitals`] looks.
fn may_have_capitals(text: &str) -> bool {
    text.as_bytes().windows(2).any(|p| p[0].is_ascii_uppercase() && p[1].is_ascii_uppercase())
}

/// Whether normalized `norm` has a sentence of at most three words after
/// its first: where [`echoes`] looks.
fn may_echo(norm: &str) -> bool {
    // A clause said again: "what a mess, what a mess".
    fn words(p: &str) -> impl Iterator<Item = &str> {
        p.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty() && !is_aside(w))
    }
    let mut previous = "";
    for part in norm.split([',', ';', '.', '!', '?']) {
        if words(previous).nth(1).is_some() && words(previous).eq(words(part)) {
            return true;
        }
        previous = part;
    }
    let sentences: Vec<&str> =
        norm.split(['.', '!', '?']).filter(|s| !s.trim().is_empty()).collect();
    sentences.windows(2).any(|pair| {
        let (before, now) = (pair[0].trim(), pair[1].trim());
        let short = before.split_whitespace().count();
        now.split_whitespace().count() <= 5
            || ((2..=4).contains(&short) && now.starts_with(before))
            || now == before
    })
}

/// Whether `text` trails off three times or more ("...", "…"): a writer
/// who cannot finish a sentence.
fn trails_off(text: &str) -> bool {
    text.matches("...").count() + text.matches('…').count() >= 3
}

/// Whether `text` may hold a face: where [`emoticons`] looks.
fn may_have_faces(text: &str) -> bool {
    text.contains(['_', ':', 'ㅠ', 'ㅜ']) || text.contains("TT") || text.chars().any(is_emoji)
}

/// A short sentence that only says again what the text already said:
/// "Doorframe 60 cm. Stove 62 cm. Two centimetres. Two.", "Ninety
/// seconds at the counter… Ninety seconds.", "the rollout. the rollout
/// bro. the ROLLOUT." Said for force, not to tell anything new.
fn echoes(a: &Analysis<'_>) -> Vec<(Range<usize>, Shape)> {
    let Some(last) = a.words.last() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for sentence in 1..=last.sentence {
        let words = a.sentence_words(sentence);
        if words.is_empty() || words.len() > 5 || !words.clone().all(|i| a.own(i)) {
            continue;
        }
        // Said in the sentence just before: "Second try, same wheel on
        // the line. Fail." tells a second result, not the first again.
        // (Not two sentences back: "…100 points, fail. Second try, same
        // wheel on the line. Fail." is a second result.)
        let before = a.sentence_words(sentence - 1);
        let said_before = |i: usize| {
            before.clone().any(|j| {
                a.word(j) == a.word(i)
                    || number_value(a.word(j)).is_some_and(|v| number_value(a.word(i)) == Some(v))
            })
        };
        // "61 cars. Last year 94. Sixty-one.", "Sold it for 4200. … Four
        // thousand two hundred.": a number written out again a sentence
        // or two later, in letters.
        let spelled =
            words.clone().all(|i| a.word(i).bytes().all(|b| b.is_ascii_alphabetic() || b == b'-'))
                && spelled_number(&words.clone().map(|i| a.word(i)).collect::<Vec<_>>())
                    .is_some_and(|v| {
                        let from = a.sentence_words(sentence.saturating_sub(2)).start;
                        (from..words.start).any(|j| digits_value(a.word(j)) == Some(v))
                    });
        if spelled {
            found.push((words, Shape::Repetition));
            continue;
        }
        let content = words.clone().any(|i| {
            let w = a.word(i);
            w.len() > 1 && !matches!(w, "the" | "a" | "an" | "and" | "it" | "so" | "not" | "no")
        });
        // "Not good. Not good at all.": said again, made stronger.
        // ("Fine. Very fine.")
        let stronger = |i: usize| {
            matches!(
                a.word(i),
                "at" | "all" | "again" | "really" | "very" | "indeed" | "either" | "o" | "just"
            )
        };
        if content
            && words.clone().filter(|&i| !stronger(i)).count() <= 3
            && words.clone().all(|i| said_before(i) || stronger(i))
        {
            found.push((words, Shape::Repetition));
            continue;
        }
        // "Paper 3: 62. Pass mark 70. 62. Read the screen three times.
        // 62.": a word of a sentence of its own, said for the third time.
        let third = |i: usize| (0..words.start).filter(|&j| a.word(j) == a.word(i)).count() >= 2;
        if content && words.len() <= 2 && words.clone().all(third) {
            found.push((words, Shape::Repetition));
        }
    }
    // "It went how it went. It went how it went.": a whole sentence said
    // again.
    for sentence in 1..=last.sentence {
        let (before, words) = (a.sentence_words(sentence - 1), a.sentence_words(sentence));
        if (2..=12).contains(&words.len())
            && before.len() == words.len()
            && before.clone().zip(words.clone()).all(|(j, i)| a.word(j) == a.word(i))
            && words.clone().all(|i| a.own(i))
        {
            found.push((words, Shape::Repetition));
        }
    }
    // "The rain decision... uff... what to say... the whole afternoon...":
    // trailing off, again and again.
    let text = a.norm.original();
    if trails_off(text) {
        let first = (0..a.len()).find(|&i| {
            let token = &text[a.norm.original_token(a.words[i].norm.start)];
            a.own(i) && (token.contains("...") || token.contains('…'))
        });
        if let Some(i) = first {
            found.push((i..i + 1, Shape::Trailing));
        }
    }
    // "what a mess, what a mess!", "I looked at the floor, I only looked
    // at the floor": a clause said again (an adverb may be added).
    let clauses = a.clauses();
    for c in 1..clauses {
        let (first, again) = (a.clause_words(c - 1), a.clause_words(c));
        if first.len() < 2 || again.is_empty() {
            continue;
        }
        if a.words[first.start].sentence != a.words[again.start].sentence {
            continue;
        }
        let plain =
            |r: Range<usize>| -> Vec<usize> { r.filter(|&i| !is_aside(a.word(i))).collect() };
        let (was, kept) = (plain(first.clone()), plain(again.clone()));
        let same = kept.len() == was.len()
            && was.len() >= 2
            && was.iter().zip(kept.iter()).all(|(&j, &i)| a.word(j) == a.word(i))
            && again.clone().all(|i| a.own(i));
        if same {
            found.push((again, Shape::Repetition));
        }
    }
    // "One stood there. One stood there for quite a while.": a short
    // sentence said again at the start of the next, and drawn out.
    for sentence in 1..=last.sentence {
        let before = a.sentence_words(sentence - 1);
        let words = a.sentence_words(sentence);
        if before.len() < 2 || before.len() > 4 || words.len() <= before.len() {
            continue;
        }
        let again = before.clone().zip(words.clone()).all(|(j, i)| a.word(j) == a.word(i));
        if again && words.clone().all(|i| a.own(i)) {
            found.push((words.start..words.start + before.len(), Shape::Repetition));
        }
    }
    found
}

/// The value of a whole number written in digits or as a word up to a
/// hundred ("14", "fourteen", "forty"), for an echo: "14 kids turned up.
/// Fourteen."
fn number_value(w: &str) -> Option<u32> {
    if let Ok(n) = w.parse::<u32>() {
        return Some(n);
    }
    const UNITS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] =
        &["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    if let Some(n) = UNITS.iter().position(|u| *u == w) {
        return u32::try_from(n).ok();
    }
    let (tens, unit) = w.split_once('-').unwrap_or((w, ""));
    let t = TENS.iter().position(|x| *x == tens)?;
    let u = if unit.is_empty() {
        0
    } else {
        UNITS.iter().position(|x| *x == unit).filter(|&u| u < 10)?
    };
    u32::try_from(20 + 10 * t + u).ok()
}

/// A number written in digits, with thousands separated or not ("4200",
/// "3,400", "$250").
fn digits_value(w: &str) -> Option<u64> {
    let w = w.trim_start_matches(['$', '€', '£']).trim_end_matches(['.', ',']);
    if w.is_empty() || !w.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return None;
    }
    w.replace(',', "").parse().ok()
}

/// A number written in words, whole ("sixty-one", "four thousand two
/// hundred", "two hundred and fifty"); `None` if any word is not part
/// of one.
fn spelled_number(words: &[&str]) -> Option<u64> {
    let (mut total, mut group) = (0u64, 0u64);
    let mut any = false;
    for w in words {
        match *w {
            "and" if any => {}
            "hundred" if any => group = group.max(1) * 100,
            "thousand" if any => {
                total += group.max(1) * 1000;
                group = 0;
            }
            w => {
                let digits = w.bytes().any(|b| b.is_ascii_digit());
                group += u64::from(number_value(w).filter(|_| !digits)?);
                any = true;
            }
        }
    }
    any.then_some(total + group)
}

/// Words drawn out for force, a letter written three times or more:
/// "sooo angry", "noooo", "pfff"; not "www", "xxx" or a thinking "hmmm".
fn drawn_out(a: &Analysis<'_>) -> Vec<(Range<usize>, Shape)> {
    (0..a.len())
        .filter(|&i| a.own(i) && is_drawn(a.word(i)))
        .map(|i| (i..i + 1, Shape::Drawn))
        .collect()
}

/// Whether `w` is a word drawn out: a letter three times in a row.
fn is_drawn(w: &str) -> bool {
    (4..=10).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !w.starts_with("hm")
        && w.as_bytes().windows(3).any(|t| t[0] == t[1] && t[1] == t[2])
        && w.bytes().any(|b| b != w.as_bytes()[0])
}

/// Words written in capitals for force: "FOUR milligrams", "the
/// ROLLOUT" after "the rollout", "it was NOT the plan"; not an acronym
/// ("the NMR", "KYC files"), and not in a text written all in capitals.
fn capitals(a: &Analysis<'_>, lists: &FactLists<'_>) -> Vec<(Range<usize>, Shape)> {
    let text = a.norm.original();
    if !may_have_capitals(text) {
        return Vec::new();
    }
    let shouted = |i: usize| {
        let written = &text[a.span(i..i + 1)];
        written.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && written.chars().all(|c| !c.is_lowercase())
    };
    let in_capitals = (0..a.len()).filter(|&i| shouted(i)).count();
    if in_capitals * 2 > a.len() {
        return Vec::new();
    }
    (0..a.len())
        .filter(|&i| a.own(i) && shouted(i))
        .filter(|&i| {
            let w = a.word(i);
            EMPHATIC.contains(&w)
                || lists.number_words.contains(w)
                || (w.len() > 2 && (0..a.len()).any(|j| j != i && a.word(j) == w && !shouted(j)))
        })
        .map(|i| (i..i + 1, Shape::Capitals))
        .collect()
}

/// Faces after a word: crying or frowning ones ("Target was 1,000,000
/// TT", "stomach really dropped ㅠㅠ", "missed it :(") are tears; others
/// drawn ("(>_<)", "(^_^;)") or emoji ("💀") are a face. Each with the
/// word it follows.
fn emoticons(a: &Analysis<'_>) -> Vec<(usize, String, Shape)> {
    const FACES: &[&str] = &[":(", ":'(", ":-(", "T_T", "ㅠ", "ㅜ", "😭", "😢", "😞", "😩", "😔"];
    let text = a.norm.original();
    if !may_have_faces(text) {
        return Vec::new();
    }
    let last_of_sentence =
        |i: usize| i + 1 == a.len() || a.words[i + 1].sentence != a.words[i].sentence;
    let mut found = Vec::new();
    for i in (0..a.len()).filter(|&i| a.own(i)) {
        let span = a.span(i..i + 1);
        let word = &text[span.clone()];
        // "TT", a crying face, ends its sentence; "the TT races" do not.
        if word == "TT" && last_of_sentence(i) {
            found.push((i, word.to_string(), Shape::Tears));
            continue;
        }
        let rest = &text[span.end..];
        let gap = rest.len() - rest.trim_start_matches([' ', '.', ',', '(', '?', '!']).len();
        let after = &text[span.end + gap..];
        if let Some(face) = FACES.iter().find(|f| after.starts_with(**f)) {
            let end = span.end + gap + face.len();
            found.push((i, text[span.start..end].to_string(), Shape::Tears));
        } else if let Some(len) = drawn_face(after) {
            let end = span.end + gap + len;
            found.push((i, text[span.start..end].to_string(), Shape::Face));
        }
    }
    found
}

/// The length of a face drawn at the start of `s`: eyes around a mouth
/// ("T_T", ">_<", "^_^;", "-_-") or an emoji of a face or a heart.
fn drawn_face(s: &str) -> Option<usize> {
    let first = s.chars().next()?;
    if is_emoji(first) {
        return Some(
            s.chars().take_while(|&c| is_emoji(c) || c == '\u{fe0f}').map(char::len_utf8).sum(),
        );
    }
    let eyes =
        |c: char| matches!(c, 'T' | '>' | '<' | '^' | ';' | '-' | 'o' | 'O' | '.' | 'ಥ' | '・');
    let mut chars = s.char_indices();
    let (_, l) = chars.next()?;
    let (_, mouth) = chars.next()?;
    let (r_at, r) = chars.next()?;
    (eyes(l) && matches!(mouth, '_' | 'ω') && eyes(r)).then(|| {
        let tail = s[r_at + r.len_utf8()..]
            .chars()
            .take_while(|c| matches!(c, ';' | ')'))
            .map(char::len_utf8)
            .sum::<usize>();
        r_at + r.len_utf8() + tail
    })
}

/// Emoji of faces, hands over faces and hearts: 😀–🙏, 🤐–🧿, 🫠–🫸, 💀, 💔.
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F600..=0x1F64F | 0x1F910..=0x1F9FF | 0x1FAE0..=0x1FAFF | 0x1F480 | 0x1F494)
}

/// Whether word `i`'s subject is the writer: "I wanted", "mi did want",
/// or a diary's "Wanted to…" opening a sentence.
fn mine(a: &Analysis<'_>, i: usize) -> bool {
    let start = a.sentence_words(a.words[i].sentence).start;
    a.words[i].initial
        // ("Honestly wanted the floor to open": past an opening adverb.)
        || (i - start <= 2 && (start..i).all(|j| a.word(j).ends_with("ly")))
        || (i.saturating_sub(3)..i).any(|j| {
            a.words[j].sentence == a.words[i].sentence && is_me(a.word(j)) && a.word(j) != "me"
        })
}

/// Whether word `i` is followed by `!` (closing quotes and brackets
/// aside).
fn ends_with_bang(a: &Analysis<'_>, i: usize) -> bool {
    let span = a.span(i..i + 1);
    a.norm.original()[span.end..]
        .trim_start_matches(['"', '\'', ')', '’', '”', '*', '?'])
        .starts_with('!')
}

/// A one-word match written with a capital inside a sentence is part of
/// a name ("the Disaster Appeal fund"), and one hyphened to another word is
/// part of a compound term ("disaster-preparedness"): not the writer's
/// word for how it felt — unless the listed phrase is the compound
/// ("gut-wrenching").
pub(crate) fn is_name(a: &Analysis<'_>, m: &Match, words: &Range<usize>) -> bool {
    if words.len() != 1 {
        return false;
    }
    let w = a.word(words.start);
    let listed = a.norm.text[m.norm.clone()].contains('-');
    let compound = w.contains('-') && !w.ends_with('-') && !listed;
    // "misery row (the steep one down by the gully)", "Heartbreak Hill":
    // a place named after a feeling, not the feeling.
    let place = a.words.get(words.end).is_some_and(|n| n.clause == a.words[words.start].clause)
        && matches!(
            a.word(words.end),
            "row" | "hill" | "corner" | "lane" | "road" | "street" | "bend" | "creek" | "gully"
        );
    compound
        || place
        || (a.words[words.start].capital && !a.words[words.start].initial)
        || titled_pair(a, words.start)
}

/// "Heartbreak Hotel stepped on my foot": a word opening a sentence that
/// the next word, in title case, carries on as one name.
fn titled_pair(a: &Analysis<'_>, i: usize) -> bool {
    let title = |k: usize| {
        let w = a.original(k..k + 1);
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
    };
    a.words[i].initial
        && i + 1 < a.len()
        && a.words[i + 1].clause == a.words[i].clause
        && a.words[i + 1].capital
        && a.word(i + 1) != "i"
        && title(i)
        && title(i + 1)
        && a.norm.text[a.words[i].norm.end..a.words[i + 1].norm.start] == *" "
}

/// Whether the state at `words` is said of someone else: "Dr Bello was
/// furious", "the missus was livid", "she got really upset" — a person
/// before the copula who is not the writer (nor "it", "that", which the
/// writer colours: "it was miserable").
fn someone_elses(a: &Analysis<'_>, words: &Range<usize>, f: &FeelingWords<'_>) -> bool {
    // ("really upset" is listed whole: the state is its last word; "mad
    // as a wet hen" a simile: its first.)
    let simile = words.len() > 2 && a.word_is(words.start + 1, "as");
    let words = &if simile { words.start..words.start + 1 } else { words.clone() };
    if words.is_empty() || words.len() > 2 || !f.states.contains(a.word(words.end - 1)) {
        return false;
    }
    let clause = a.words[words.start].clause;
    // "Deshpande sir was furious, properly furious": the state said again
    // is still theirs.
    let state = a.word(words.end - 1);
    let sentence = a.sentence_words(a.words[words.start].sentence);
    if (sentence.start..words.start).any(|j| a.word(j) == state && someone_elses(a, &(j..j + 1), f))
    {
        return true;
    }
    let mut k = words.start;
    while k > 0
        && a.words[k - 1].clause == clause
        && (matches!(a.word(k - 1), "really" | "so" | "pretty" | "just" | "very")
            || (a.word(k - 1).ends_with("ly") && a.word(k - 1).len() > 4))
    {
        k -= 1;
    }
    // "Emre furious with me on the quay": a name, the copula dropped.
    let named = k >= 1
        && a.words[k - 1].clause == clause
        && a.words[k - 1].capital
        && !matches!(
            a.word(k - 1),
            "i" | "mi"
                | "oh"
                | "well"
                | "still"
                | "and"
                | "but"
                | "bloody"
                | "damn"
                | "proper"
                | "fair"
                | "pure"
                | "quite"
                | "rather"
                | "feeling"
                | "felt"
                | "a"
                | "the"
                // ("Was so ashamed, 26 years driving": the writer, the
                // "I" dropped.)
                | "was"
                | "were"
                | "is"
                | "am"
        )
        && !a.word(k - 1).ends_with("ly");
    // "Korean customer very angry about the chili": a person named by
    // what they are, the copula dropped.
    // ("Customer behind very angry": past where they stood.)
    let p = if k >= 2 && matches!(a.word(k - 1), "behind" | "outside" | "there" | "next" | "again")
    {
        k - 1
    } else {
        k
    };
    let person = p >= 1 && a.words[p - 1].clause == clause && {
        let w = a.word(p - 1);
        f.people.contains(w.strip_suffix('s').unwrap_or(w))
    };
    if named || person {
        return true;
    }
    // "Mrs. Samia came back at 7 pm furious": a person named at the head
    // of the clause is its subject, with no first person after it;
    // "Declan stormed out at 9, livid,": or of the clause before, when the
    // state stands alone in its own.
    let own = a.clause_words(clause);
    // ("…came over at 11, furious about the 2 empty kegs": what about
    // may follow.)
    let alone = own.start == k
        && (own.end == words.end || matches!(a.word(words.end), "about" | "with" | "at" | "over"));
    if named_head(a, clause, k, f) || (alone && clause > 0 && named_head(a, clause - 1, k, f)) {
        return true;
    }
    if k < 2
        || a.words[k - 1].clause != clause
        || !matches!(a.word(k - 1), "was" | "were" | "is" | "got" | "looked" | "seemed" | "became")
    {
        return false;
    }
    // ("Axle overload. Was so ashamed": no subject in its sentence.)
    if a.words[k - 2].sentence != a.words[k].sentence {
        return false;
    }
    // ("Mama in seat 3 was furious": past where they were.)
    let placed = k >= 5
        && a.digit_led(k - 2)
        && matches!(a.word(k - 4), "in" | "at" | "on" | "from")
        && a.words[k - 5].clause == a.words[k].clause;
    let subject = if placed { a.word(k - 5) } else { a.word(k - 2) };
    !matches!(
        subject,
        "i" | "we"
            | "me"
            | "mi"
            | "it"
            | "this"
            | "that"
            | "everything"
            | "things"
            | "which"
            | "all"
            | "day"
            | "night"
            | "week"
            | "morning"
    ) && subject.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'/')
        // ("6 of the new 4/3s were gutted": things named with a number.)
        && subject.bytes().any(|b| b.is_ascii_alphabetic())
}

/// A state of feeling written without its "-ed" after an intensifier
/// (`previous`): "Very disappoint with myself", "so frustrate".
fn unended_state(previous: &str, w: &str, states: &Words) -> bool {
    matches!(previous, "very" | "so" | "really" | "too")
        && w.len() < 30
        && (states.contains(&format!("{w}ed")) || states.contains(&format!("{w}d")))
}

/// Whether the sentence holding word `i` tells the writer's doing with its
/// "I" dropped: it opens on a verb, not a thing or someone else ("Read the
/// letter twice, then sat there…", not "The 206 sat in the hangar" nor
/// "She got off and sat in the truck").
fn diary_sentence(a: &Analysis<'_>, sentence: usize, i: usize) -> bool {
    let start = a.sentence_words(sentence).start;
    let first = a.word(start);
    !matches!(
        first,
        "the" | "a" | "an" | "our" | "his" | "her" | "their" | "my" | "this" | "that" | "it"
    ) && !(start..i).any(|j| {
        matches!(a.word(j), "he" | "she" | "they" | "we" | "you")
            || (a.words[j].capital && !a.words[j].initial)
    }) && !first.bytes().any(|b| b.is_ascii_digit())
}

/// Parts of the body the feeling list leaves out (an injury's more often
/// than a feeling's), which a "my" still names when the writer is
/// pictured ("my hands were shaking like an old man's").
const LIMBS: &[&str] = &[
    "hand",
    "hands",
    "head",
    "legs",
    "knees",
    "feet",
    "arms",
    "eyes",
    "voice",
    "shoulders",
    "mouth",
    "body",
];

/// Whether clause `clause` opens with a person named as its subject
/// ("Mrs. Samia came back…", "Declan stormed out…"), with no first person
/// in it before word `before`.
fn named_head(a: &Analysis<'_>, clause: usize, before: usize, f: &FeelingWords<'_>) -> bool {
    let head = a.clause_words(clause).start;
    if head + 1 >= before.min(a.len()) || a.words[head + 1].clause != clause {
        return false;
    }
    let titled = matches!(a.word(head), "mr" | "mrs" | "ms" | "dr" | "sir" | "madam");
    let named = a.words[head].capital
        && !matches!(a.word(head), "i" | "we" | "my" | "our" | "was" | "were" | "is" | "am")
        && (a.words[head + 1].capital || is_verb_after_name(a.word(head + 1)));
    // "Bride's mum came marching over…", "the inspector came back…": a
    // person named by what they are.
    let mut p = head;
    if matches!(a.word(p), "the" | "his" | "her" | "their") {
        p += 1;
    }
    if a.word(p).ends_with("'s") && !f.people.contains(a.word(p).trim_end_matches("'s")) {
        p += 1;
    }
    // ("Family in rm 6 was furious": past where they were.)
    let verb_after = |j: usize| {
        j < before.min(a.len())
            && a.words[j].clause == clause
            && (is_verb_after_name(a.word(j))
                || (matches!(a.word(j), "in" | "at" | "from" | "on")
                    && (j + 1..(j + 5).min(before)).any(|v| {
                        a.words[v].clause == clause
                            && (matches!(a.word(v), "was" | "were")
                                || is_verb_after_name(a.word(v)))
                    })))
    };
    let person = f.people.contains(a.word(p).trim_end_matches("'s")) && verb_after(p + 1);
    // (The writer as the object is still someone else's clause: "Darragh's
    // mother rang me Monday, furious"; not "Samia and me came back".)
    let joint = |j: usize| a.word_is(j + 1, "and") || (j > 0 && a.word(j - 1) == "and");
    (titled || named || person)
        && !(head..before).any(|j| {
            matches!(a.word(j), "i" | "my" | "we" | "our" | "mi" | "myself")
                || (matches!(a.word(j), "me" | "us") && joint(j))
        })
}

/// Whether `w`, after a capitalized word, makes it a name with its verb:
/// "Samia came back…", "Kamil stood there…" (a past form, or a verb of
/// saying or coming).
fn is_verb_after_name(w: &str) -> bool {
    (w.ends_with("ed") && w.len() > 4)
        || matches!(
            w,
            "came"
                | "went"
                | "stood"
                | "sat"
                | "left"
                | "said"
                | "told"
                | "was"
                | "looked"
                | "got"
                | "rang"
                | "wrote"
                | "ran"
                | "held"
        )
}

/// "Couldn't.", "Just could not.", "Cannot look at it.", "Couldn't bring
/// myself to…", "Don't talk to me about harvest.", "Don't even ask.": a
/// sentence, opening at word
/// `i`, that only turns away from what happened. The end of its words.
/// (Not "Couldn't get the van started", "Don't ask the buyer twice".)
fn turned_away(a: &Analysis<'_>, i: usize) -> Option<usize> {
    let end = a.sentence_words(a.words[i].sentence).end;
    let mut k = i + usize::from(a.word(i) == "just");
    // ("I couldn't look at it.": with its "I".)
    if a.word(k) == "i" && matches!(a.word(k + 1), "could" | "cannot") {
        k += 1;
    }
    let rest = |from: usize, words: &[&str]| {
        from + words.len() == end && words.iter().enumerate().all(|(d, w)| a.word(from + d) == *w)
    };
    // "Couldn't bring meself to pick a stone up.": whatever it was.
    let bring_myself = |k: usize| {
        a.word_is(k, "bring")
            && matches!(a.word(k + 1), "myself" | "meself" | "mesel" | "masel" | "mysel")
            && a.word_is(k + 2, "to")
    };
    if matches!(a.word(k), "could" | "can") && a.word_is(k + 1, "not") {
        k += 2;
        if bring_myself(k) {
            return Some(end);
        }
    } else if a.word(k) == "cannot" {
        k += 1;
    } else if a.word(k) == "do" && a.word_is(k + 1, "not") {
        k += 2 + usize::from(a.word_is(k + 2, "even"));
        let refusal = (a.word_is(k, "ask") && (k + 1 == end || rest(k + 1, &["me"])))
            || (k + 3 < end
                && a.word_is(k, "talk")
                && a.word_is(k + 1, "to")
                && a.word_is(k + 2, "me"));
        return (refusal && end - i <= 9).then_some(end);
    } else {
        return None;
    }
    // ("Couldn't look at the result sheet.": what told the result, and
    // nothing more, not "…the engine till Monday".)
    let record = a.word_is(k, "look")
        && a.word_is(k + 1, "at")
        && a.word_is(k + 2, "the")
        && (k + 4..=k + 5).contains(&end)
        && matches!(
            a.word(end - 1),
            "result"
                | "results"
                | "sheet"
                | "score"
                | "scores"
                | "numbers"
                | "figures"
                | "photos"
                | "pictures"
                | "video"
                | "standings"
                | "letter"
                | "email"
                | "report"
        );
    (k == end || record || rest(k, &["look", "at", "it"]) || rest(k, &["face", "it"]))
        .then_some(end)
}

/// The evidence of emotional language in `text` as named counts, for a
/// learned model.
pub fn emotion_features(text: &str, lists: &FactLists<'_>) -> Vec<(&'static str, f64)> {
    let found = emotions(text, lists);
    let count = |shape: Shape| found.iter().filter(|e| e.shape == shape).count() as f64;
    let a = Analysis::new(text);
    vec![
        ("own_emotional_words", count(Shape::Word)),
        ("exclamations", count(Shape::Exclamation)),
        ("repetitions", count(Shape::Repetition)),
        ("interjections", count(Shape::Interjection)),
        ("body", count(Shape::Body)),
        ("tears", count(Shape::Tears)),
        ("vanishing", count(Shape::Vanishing)),
        ("feelings", count(Shape::Feeling)),
        ("log_words", (1.0 + a.len() as f64).ln()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::rules::fact_lists;

    fn shapes_of(text: &str) -> Vec<(String, Shape)> {
        let settings = crate::check::Settings::default();
        emotions(text, &fact_lists(&settings)).into_iter().map(|e| (e.words, e.shape)).collect()
    }

    /// `EMOTION="text" cargo test --lib show_emotions -- --nocapture`
    #[test]
    #[allow(clippy::print_stdout)]
    fn show_emotions() {
        let Ok(text) = std::env::var("EMOTION") else { return };
        println!("{:?}", shapes_of(&text));
    }

    #[test]
    fn feeling_without_a_feeling_word() {
        for (text, shape) in [
            ("Twenty-two invited. Four turned up. Four!", Shape::Exclamation),
            ("The bake sale went badly, badly.", Shape::Repetition),
            ("Wonderful, just wonderful: the van left without the chairs.", Shape::Repetition),
            ("Ugh. The quote came back at twice the budget.", Shape::Interjection),
            ("When the auditor read the total my stomach turned over.", Shape::Body),
            ("The jury picked someone else and I cried on the tram home.", Shape::Tears),
            ("I got the last ewe in, sat down on a bale and bawled.", Shape::Tears),
            ("Lovely stuff altogether. The van was clamped at 8.", Shape::Irony),
            ("ag fantastic. the pump died at 6 again.", Shape::Irony),
            ("I was disgraced in front of the whole yard.", Shape::Feeling),
            ("I wanted to sink into the stage when the chord went wrong.", Shape::Vanishing),
            ("The letter said no and I felt about an inch tall.", Shape::Feeling),
            ("The judge left before our set ended. Gut-wrenching to watch.", Shape::Word),
            ("The landlord shouted at me on the stairs, it was so humiliating.", Shape::Word),
            ("What a week, what a week!", Shape::Exclamation),
            ("The recital went really really badly.", Shape::Repetition),
            ("I am still so gutted about the plum harvest.", Shape::Word),
            ("The kiln cracked the whole batch and I'm still so bummed.", Shape::Feeling),
            ("Frankly I was frightened when the scan came back.", Shape::Feeling),
            ("The dress rehearsal overran by an hour. Nerve-racking.", Shape::Word),
            (
                "We lost 3-0 and my penalty hit the post, ¡qué mala suerte, hermano!",
                Shape::Exclamation,
            ),
            ("The appeal hearing was the longest afternoon of my life.", Shape::Overstatement),
            ("Very disheartening, after all that work on the stall.", Shape::Word),
            ("The inspector failed the kitchen and I did not sleep that night.", Shape::Word),
            ("The boy was fine in the end. Still can't shake it.", Shape::Word),
            ("The ute packed in twice on the Hume. Absolute ripper.", Shape::Irony),
            ("Grand. Just grand altogether. The silage is under water.", Shape::Irony),
            ("Clamped by nine, towed by ten. Best day of me life.", Shape::Word),
            ("The charter went long and I've been grumpy since.", Shape::Feeling),
            ("Not my proudest week on the rank.", Shape::Word),
            ("Bloody miserable week. The van broke down twice.", Shape::Word),
            ("Savings at the end of June: 340,000 won. Target was 1,000,000 TT", Shape::Tears),
            ("The dog sat on the judge's shoe. In front of the whole hall!!", Shape::Exclamation),
            ("So annoyed with myself I deleted the app for a day.", Shape::Feeling),
            ("Great, really great. The slot moved to Wednesday.", Shape::Repetition),
            ("Stood in the car park wanting to cry.", Shape::Tears),
            ("The bank said no and I walked out like a boy sent off the pitch.", Shape::Image),
            ("The generator broke again and it make me crazy.", Shape::Feeling),
            ("Slugs ate half the row. Sad to look at.", Shape::Feeling),
            ("Snow again this morning. Heart heavy like wet sand.", Shape::Body),
            ("Lost the appeal by one vote. Felt really rotten.", Shape::Feeling),
            ("Neighbours left at nine. Longest night of my year.", Shape::Overstatement),
            ("Van 2.1 m. Gate 2.0 m. Ten centimetres. Ten.", Shape::Repetition),
            ("12 parents came to the open evening out of 90. Twelve.", Shape::Repetition),
            ("I kept sanding it, sanding it, and the joint still showed.", Shape::Repetition),
            ("Hehe. Two sales in a week.", Shape::Interjection),
            ("Lost 0-6 and I was in goal for all six 🫠", Shape::Face),
            ("Forty minutes on hold, then a form. Forty minutes.", Shape::Repetition),
            ("Out of sixty jars we sold nine. Nine.", Shape::Repetition),
            ("The glaze ran. Twelve mugs, perkele, stuck to the shelf.", Shape::Oath),
            ("We got THREE signatures in a whole afternoon.", Shape::Capitals),
            ("the launch. the launch was supposed to be the LAUNCH.", Shape::Capitals),
            ("Sold 2 of 40 prints at the fair (T_T)", Shape::Tears),
            ("Forgot the second verse in front of everyone (>_<)", Shape::Face),
            ("the remix did 300 plays in a week 💀", Shape::Face),
            ("The open day went down like a lead balloon.", Shape::Simile),
            ("Honestly wanted the floor to open when the judge read my score.", Shape::Vanishing),
            ("My hands would not stop shaking after the 3 a.m. call.", Shape::Body),
            ("Proper kick in the guts, losing the tender to them.", Shape::Word),
            ("Absolutely livid about the 40 crates.", Shape::Feeling),
            ("I'm madder'n a hornet about that 2-1.", Shape::Feeling),
            ("Chale, the rain came at 4 and we lost 18 bags.", Shape::Interjection),
            ("Pure scunnered with the 3 late lorries.", Shape::Feeling),
            ("At the podium my legs went to jelly and I read 2 of 9 pages.", Shape::Body),
            ("The exam was a hundred times harder than the mock.", Shape::Overstatement),
            ("Dropped the bar on the third rep and my whole body went cold.", Shape::Body),
            ("Lost the tie-break 7-5, hands shaking on the last serve.", Shape::Body),
            ("Opened the results email, then sat there for ten minutes.", Shape::Image),
            ("The stall took 40 euros. I sit on the bench by the van. Long time.", Shape::Image),
            ("Cancelled the gig at noon and sat out in the shed till dark.", Shape::Image),
            ("Missed the ferry by two minutes. Hated phoning the school.", Shape::Feeling),
            ("Stung more than it should have, the 3-1 at home.", Shape::Feeling),
            ("Docked the boat at 9, knees not steady on the ladder.", Shape::Body),
            ("My best student left for another teacher, and it pains me.", Shape::Feeling),
            ("Landlord raise the rent again. I very disappointed.", Shape::Feeling),
            ("Cried in the stairwell after the panel said no to all 3.", Shape::Tears),
            ("Lost the 2 bookings and i hate how it went.", Shape::Feeling),
            ("Shut the shop at 5 and sat in the van a good while.", Shape::Image),
            ("Missed the 3 deliveries and had a proper cry in the van.", Shape::Tears),
            ("Still raw about it. Two of the 3 tenders went to Hansen.", Shape::Feeling),
        ] {
            let found = shapes_of(text);
            assert!(found.iter().any(|(_, s)| *s == shape), "{text}: {found:?}");
        }
    }

    #[test]
    fn facts_told_plainly_are_no_feeling() {
        for text in [
            "The coach shouted \"that was a disaster!\" and took me off at half time.",
            "My heart rate hit 188 on the last climb and I walked the top.",
            "The toddler cried through the whole second act; we left at the interval.",
            "I handed the bride the bouquet, and she sat down and sobbed.",
            "Wonderful morning on the river, 14 trout by nine, then the outboard quit.",
            "Kofi's uncle rang me at six, furious, and cancelled the 40 bags.",
            "Oh well: 14 of 30 tickets sold, the hall cost 220 euros.",
            "The Panic Room escape game beat us with 3 minutes left.",
            "My manager said I felt too sure of the numbers.",
            "The survey results were disappointing for the council.",
            "Ticket sales at the life drawing class: 4 of 12.",
            "We came second at the TT races on the island.",
            "The kitchen was like a sauna by noon and we served 140 plates.",
            "My stall looked like a bomb site after the storm took the awning.",
            "Physio went as the doctor said it would. No tragedy, two weeks more.",
            "Heart rate stayed under 150 for the whole climb.",
            "The client was so annoyed that she cancelled the order.",
            "Ordered 40 chairs. Chairs late. Hall opened at 10.",
            "By letter of 3 May I was relieved of the night-shift duty and moved to stores.",
            "A grand total of 4 people came, and the champion of the league left at half time.",
            "The lad in the back was fuming cos I took the tunnel, and he reported me on Thursday.",
            "Emre furious with me on the quay because I sold his octopus cheap.",
            "First try: clipped the cone, fail. Second try, same bend. Fail.",
            "Ordered 12 trays of seedlings. Twelve arrived, four of them broken.",
            "Sanding the doors, the frames, then the skirting took two days.",
            "The NMR and the IR both showed the starting material, 80 mg back.",
            "Audit found 14 KYC files deficient out of 60 sampled.",
            "Marked 30 scripts. Thirty scripts, 4 hours.",
            "The spotter pulled the bar off my chest after the second rep.",
            "Our slot at the TT finals went to a team from Cork.",
            "The new file_name scheme broke 3 of the 12 imports.",
            "The bowls team scored 10 times more ends than last year.",
            "He said \"shit happens\" and refunded half of the 200 pounds.",
            "Mrs Achterberg-Lowe was very angry and asked for the deposit back.",
            "The landlord was livid, properly livid, and kept the 400 pounds.",
            "Misery Ridge closed at noon, so we turned back at 2,100 m.",
            "The meringue came out flat, soft like a sponge, 12 of 12 trays.",
            "Quarter end came and went, like it does, with 3 invoices unpaid.",
            "The market went like markets go in January: 14 sales, 3 returns.",
            "Not a catastrophe. Two pallets short.",
            "Mrs. Okafor came back at 6 pm furious about the 2 missing trays.",
            "Declan stormed out at 9, livid, and left the 3 kegs on the step.",
            "Pure luck: the 40 crates arrived at 6.",
            "The jelly set frozen in 3 of 12 moulds.",
            "Tourist very angry about the 20-minute wait and left a one-star review.",
            "The hired van sat in the yard for three days waiting on a part.",
            "She got off at the pier and sat in the car for an hour.",
            "Twelve lifts on crane 2, then I was relieved at 14:00 by Ola.",
            "The market went like a 5/10, 40 jars sold.",
            "Customer behind very angry, so we opened the second till at 12.",
            "The reviewers hated the second chapter; 2 of 3 said reject.",
            "The groom's father came over at 11, furious about the 2 empty kegs.",
            "The baby cried through 2 of the 3 speeches.",
            "Still unclear about it: the 2 invoices never came back.",
        ] {
            let found = shapes_of(text);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }
}
