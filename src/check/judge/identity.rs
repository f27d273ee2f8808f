//! Does a text turn "this attempt failed" into a verdict on the writer as a
//! fixed trait — "I am a failure", "I'm just not a numbers person", "some
//! people have it and I don't", "that's just who I am", "never will be"?
//!
//! A self-verdict counts only in the writer's own voice and when it is
//! asserted: not inside quotation marks or speech reported from someone
//! else ("my dad said I'm hopeless with money"), not held at a distance
//! ("the voice that says…", "that doesn't make me a failure"), and not a
//! question the writer answers "no".

use std::ops::Range;
use std::sync::LazyLock;

use crate::check::judge::model::WordsModel;
use crate::check::judge::text::{Analysis, Prepared, WEEKDAYS, is_regular_past};
use crate::check::lists;
use crate::check::options::Words;
use crate::check::phrases::{Match, Normalized, PhraseSet};

/// The lists of [`collapses`].
#[derive(Debug, Clone, Copy)]
pub struct IdentityLists<'a> {
    /// Self-verdict patterns.
    pub collapse: &'a PhraseSet,
    /// Frames that hold a verdict at a distance, and negations.
    pub distancing: &'a PhraseSet,
    /// The only words a `...` gap in a collapse phrase may hold.
    pub gap_words: &'a Words,
    /// What one says one "always" does wrong ("ruin", "bottle").
    pub failing_verbs: &'a Words,
    /// Words that, denied, separate the writer from a verdict ("I'm not a
    /// failure") rather than from a role ("I'm not a runner").
    pub verdict_nouns: &'a Words,
    /// Nouns that, alone as a sentence, are a verdict ("Idiot.").
    pub person_verdicts: &'a Words,
    /// Who else a self-verdict compares the writer with ("some people").
    pub others: &'a PhraseSet,
    /// Framings that hold the attempt apart from the self ("this attempt
    /// failed").
    pub separation: &'a PhraseSet,
    /// Irregular past forms (PF002's), to read one act told after "who"
    /// ("I am the guy who left the mouthpieces at home").
    pub past_irregular: &'a Words,
}

/// The built-in others (`lists/others.txt`), for the pre-scan.
static BUILTIN_OTHERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lists::entries(lists::OTHERS));

/// The built-in verdicts said alone (`lists/person_verdicts.txt`), for
/// the pre-scan.
static BUILTIN_PERSON_VERDICTS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lists::entries(lists::PERSON_VERDICTS));

/// Where the shapes of a self-verdict may start, as one regex: a body is
/// read closely only where one of them matches, and one pass over a long
/// body costs far less than four. Its parts:
///
/// - the built-in others, and others by their shape ("some guides",
///   "other parents"): where [`compared`] looks (a journal's own others
///   are looked for apart, see [`collapses`]);
/// - "i am" and a "not" in one sentence: where [`role_denied`] looks;
/// - [`FIXED_SHAPES`]: where [`fixed_trait`] looks;
/// - [`EQUATED_SHAPES`]: where [`self_equated`] looks;
/// - "she is right" and its kin: where [`endorsed`] looks;
/// - [`verdict_alone_shape`]: where [`verdict_alone`] looks.
static SHAPES_PREFILTER: LazyLock<regex::Regex> = LazyLock::new(|| {
    let mut alternation: Vec<String> = BUILTIN_OTHERS.iter().map(|o| regex::escape(o)).collect();
    alternation.push("(?:some|other) [a-z]+s".into());
    alternation.push(r"i am (?-u:\b)[^.!?;]{0,40}?(?-u:\b)not|i (?:just|simply|really) not".into());
    alternation.push(FIXED_SHAPES.into());
    alternation.push(EQUATED_SHAPES.into());
    alternation.push(
        r"(?:and|,) i (?:simply |just |really )?(?:do not|have not|never did|never had)".into(),
    );
    alternation.push(LACKED_AND_KIND_SHAPES.into());
    // Where [`article_dropped`] looks: "i am bad cook".
    alternation.push(format!(
        "i am (?:(?:{}) )?(?:{}) [a-z]+",
        BARE_ADVERBS.join("|"),
        BARE_VERDICTS.join("|")
    ));
    // Where [`endorsed`] looks: "she is right", "he called it".
    alternation.push(
        r"(?:is|was|were|are) (?:right|correct|true)|called it|saw (?:correctly|right|clearly|true)|(?:had|got|has) it right|(?:was|is|were) (?:not|never) wrong|(?:had|has) a point"
            .into(),
    );
    regex::Regex::new(&format!(
        "(?-u:\\b)(?:{})(?-u:\\b)|{}",
        alternation.join("|"),
        verdict_alone_shape()
    ))
    .unwrap_or_else(|e| unreachable!("{e}"))
});

/// Where [`verdict_alone`] looks: a built-in verdict that opens a
/// sentence, past a few modifiers ("proper fraud."). (Most bodies name
/// "failure" somewhere; few open a sentence with it.)
fn verdict_alone_shape() -> String {
    let modifiers: Vec<String> = ALONE_MODIFIERS.iter().map(|m| regex::escape(m)).collect();
    let verdicts: Vec<String> = BUILTIN_PERSON_VERDICTS.iter().map(|v| regex::escape(v)).collect();
    format!(
        r"(?:^|[.!?;:\n]\s*)(?:(?:{}) ){{0,3}}(?:{})(?-u:\b)",
        modifiers.join("|"),
        verdicts.join("|")
    )
}

/// PF007's learned model over the words of an identity check or a body,
/// trained on the corpus's dev half (`check::evaluation::words_model`).
pub static IDENTITY_MODEL: LazyLock<WordsModel> = LazyLock::new(|| {
    WordsModel::parse(include_str!("models/words_identity.json"))
        .unwrap_or_else(|e| unreachable!("the shipped identity model parses: {e}"))
});

/// What an identity check or a body says of the writer.
#[derive(Debug, Clone, PartialEq)]
pub enum SelfVerdict {
    /// Self-verdicts the reading found, and the model weighs as such.
    Asserted(Vec<Match>),
    /// None the reading could point at, but the words weigh as one.
    Weighed {
        /// The words that weighed most, as read (normalized).
        decided_by: Vec<String>,
    },
    /// No verdict on the self.
    Separate,
}

/// Judges an identity check or a body: the reading's self-verdicts, then
/// the model over its words and that reading's verdict. The model has the
/// last word: it keeps what the reading found only when the words agree,
/// and, when `alone` allows, names the words when the reading found
/// nothing. (A long body gathers words that weigh towards a verdict
/// without holding one — "people", "will", "just" — so there the model
/// only confirms; and a body the reading finds nothing in is not read
/// again.)
pub fn self_verdict(text: &str, o: &IdentityLists<'_>, alone: bool) -> SelfVerdict {
    let found = collapses(text, o);
    if found.is_empty() && !alone {
        return SelfVerdict::Separate;
    }
    let a = Analysis::new(text);
    let weighed = IDENTITY_MODEL.weigh(&a);
    if IDENTITY_MODEL.score_weighed(&weighed, !found.is_empty()) <= 0.0 {
        return SelfVerdict::Separate;
    }
    if !found.is_empty() {
        return SelfVerdict::Asserted(found);
    }
    // "This attempt failed; I am a beginner at this who is getting
    // better": the separation the rule asks for, said in so many words.
    if !a.own_matches(o.separation).is_empty() {
        return SelfVerdict::Separate;
    }
    WordsModel::deciding(&weighed, 3)
        .map_or(SelfVerdict::Separate, |decided_by| SelfVerdict::Weighed { decided_by })
}

/// The self-verdicts asserted in `text`, as matches in it.
pub fn collapses(text: &str, o: &IdentityLists<'_>) -> Vec<Match> {
    // Most bodies hold no candidate at all: find that out on the
    // normalized text before reading it closely.
    let prepared = Prepared::of(text);
    let norm = prepared.norm();
    // (The pre-scan knows the built-in others; a journal's own are looked
    // for apart.)
    let own_others =
        || o.others.phrases().iter().ne(BUILTIN_OTHERS.iter().copied()) && o.others.is_match(norm);
    let own_person_verdicts = || {
        o.person_verdicts.list.iter().ne(BUILTIN_PERSON_VERDICTS.iter().copied())
            && norm
                .text
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| o.person_verdicts.contains(w))
    };
    if !SHAPES_PREFILTER.is_match(&norm.text)
        && !o.collapse.is_match(norm)
        && !own_others()
        && !own_person_verdicts()
    {
        return Vec::new();
    }
    let a = prepared.read();
    let asserted = |m: &Match, words: &Range<usize>| {
        words.clone().all(|i| a.own(i))
            // "three things a person did, not a person": a person, no
            // kind of person.
            && !a.norm.text[m.norm.clone()].ends_with(" a person")
            && gap_is_modifiers(&a.norm, m, o)
            && !distanced(&a, m, words.clone(), o)
            && !answered_no(&a, words.clone())
            && !denied_before(&a, words.clone())
            && !narrowed(&a, words.clone(), o)
            && !pointed_at(&a, words.clone())
            && !a_subject(&a, words.clone())
            && !an_age(&a, words.clone())
            && !retracted(&a, words.clone())
            && !of_someone_else(&a, words.clone())
            && !verdict_denied(&a, words.clone(), o)
            && !owned_role(&a, words.clone())
            && !perfect_tense(&a, words.clone())
            && !supposed(&a, words.clone())
    };
    let mut found = Vec::new();
    // A match that is no verdict ("the timing — i am") may hide one that
    // starts inside it: search again from its second word.
    let mut from = 0;
    let mut rounds = 0;
    while from < a.norm.text.len() && rounds < 64 {
        rounds += 1;
        let Some((m, words)) =
            a.all_matches(o.collapse).into_iter().find(|(m, _)| m.norm.start >= from)
        else {
            break;
        };
        // A longer reading rejected may hide a shorter one at the same
        // start: "i am a failure, a disgrace to baba's name".
        let mut candidate = Some(m.clone());
        let mut tries = 0;
        while let Some(c) = candidate.take_if(|c| !asserted(c, &a.words_of(c))) {
            tries += 1;
            candidate = if tries < 8 { o.collapse.shorter(&a.norm, &c) } else { None };
        }
        if let Some(c) = candidate {
            from = c.norm.end;
            found.push(c);
        } else {
            from = a.words.get(words.start + 1).map_or(usize::MAX, |w| w.norm.start);
        }
    }
    if found.is_empty() {
        found.extend(
            role_denied(&a, o)
                .or_else(|| compared(&a, o.others))
                .or_else(|| one_of_them(&a))
                .or_else(|| fixed_trait(&a, o))
                .or_else(|| self_equated(&a, o))
                .or_else(|| known_verdict(&a, o))
                .or_else(|| article_dropped(&a))
                .or_else(|| gift_lacked(&a))
                .or_else(|| endorsed(&a, o))
                .or_else(|| verdict_alone(&a, o))
                .filter(|m| !retracted(&a, a.words_of(m)) && !supposed(&a, a.words_of(m))),
        );
    }
    found
}

/// The evidence of self-verdicts in `text` as named counts, for a learned
/// model.
pub fn collapse_features(text: &str, o: &IdentityLists<'_>) -> Vec<(&'static str, f64)> {
    let a = Analysis::new(text);
    let matched = a.all_matches(o.collapse).len();
    let asserted = collapses(text, o).len();
    let first_person = (0..a.len())
        .filter(|&i| matches!(a.word(i), "i" | "me" | "my" | "myself") && a.own(i))
        .count();
    vec![
        ("asserted_verdicts", asserted as f64),
        ("held_verdicts", matched.saturating_sub(asserted) as f64),
        ("role_denied", f64::from(u8::from(role_denied(&a, o).is_some()))),
        ("compared", f64::from(u8::from(compared(&a, o.others).is_some()))),
        ("first_person_words", first_person as f64),
        ("log_words", (1.0 + a.len() as f64).ln()),
    ]
}

/// Words that make a denied role a fixed trait: "I'm *just* not a
/// salesman", "not a numbers *person*".
const TRAIT_MARKS: &[&str] = &[
    "just",
    "simply",
    "really",
    "clearly",
    "obviously",
    "probably",
    "maybe",
    "honestly",
    "person",
    "man",
    "woman",
    "guy",
    "girl",
    "type",
    "material",
    "natural",
    "pretending",
    "never",
    "always",
];

/// Words that may start a fixed trait's shape: where [`fixed_trait`] looks.
const FIXED_SHAPES: &str = r"never (?:been|was)|born (?:with|wid|for|to)|the one (?:who|that|weh|wey)|is (?:just |simply )?me(?-u:\b)|always (?:was|been)|since (?:always|forever)|will (?:always|never|forever) be|(?:i|mi) always|(?:i|mi) never|gene|knack|something i|from (?:always|young|childhood|small|born|birth|(?:my|mi) (?:young|childhood)|(?:mi )?a pickney)|since i was|then and|change (?:it|that|this|now)|never (?:we|i) will|never were|too late|always (?:have|had|has)|(?:never|always) (?:gonna|going to) be|will never get|too old|will (?:not|never) become|will never have|(?:never|not) (?:been )?in me|congratulations|congrats|bravo|well done|(?:no [a-z]+|nothing) will (?:fix|change|cure|mend) (?:it|that|me|this)";

/// Where [`self_equated`] looks: the writer as a kind of person ("I'm the
/// making kind", "I am someone who…"), or the failure as who they are
/// ("that is who I am", "that's my level").
const EQUATED_SHAPES: &str = r"the (?:kind|sort|type) of [a-z]+ (?:i am|we are)|not for (?:me|us|mi)|(?:is|are) (?:only |just )?for (?:other people|people like|people who)|not for (?:somebody|someone|people|a|one) like|not for the likes of|i am (?:[^ .!?;,]+ ){0,4}(?:kind|type|sort|one|guy|girl|person|someone|somebody)|i know what i am|(?:that|this|it) is (?:just |simply )?(?:who (?:i am|we are|i will be)|what i am|how (?:i am|we are)|where i sit|my (?:level|whole story|story|place|lot|nature|character|personality))";

/// The shapes [`self_equated`] and [`gift_lacked`] read that the others
/// do not cover: "I don't have it." as a whole sentence, "is for others",
/// "not for a woman like me", the Scots "Ah'm the quiet kind".
const LACKED_AND_KIND_SHAPES: &str = r"i do not have it|(?:is|are) (?:only |just )?for others|not for (?:a |an |one )?[a-z]+ like (?:me|us|mi)|ah am (?:[^ .!?;,]+ ){0,4}(?:kind|type|sort|one|guy|girl|person|someone|somebody)";

/// The writer, as a subject or an object.
fn is_me(w: &str) -> bool {
    matches!(w, "i" | "mi" | "me")
}

/// The writer in any form: subject, object, owner or reflexive.
fn is_writer(w: &str) -> bool {
    is_me(w) || matches!(w, "my" | "myself")
}

/// Anyone as a subject or an owner: the writer, "we", or a third person.
fn is_person(w: &str) -> bool {
    is_writer(w) || matches!(w, "we" | "he" | "she" | "they")
}

/// A trait told by its shape rather than a verdict word, in the writer's
/// own voice: "(I'm) the one who forgets, since always", "that's just me",
/// "useless with money, always was", "I will always be one step behind",
/// "I always ruin good things", "I never get anything right", "some people
/// have the planning gene", "they have something I don't".
fn fixed_trait(a: &Analysis<'_>, o: &IdentityLists<'_>) -> Option<Match> {
    let n = a.len();
    let found = |from: usize, to: usize| {
        let to = to.min(n - 1);
        Some(a.norm.match_of(a.words[from].norm.start..a.words[to].norm.end))
    };
    for i in 0..n {
        if !a.own(i) {
            continue;
        }
        let sentence = a.words[i].sentence;
        let clause = a.words[i].clause;
        let in_sentence = |j: usize| j < n && a.words[j].sentence == sentence && a.own(j);
        let in_clause = |j: usize| in_sentence(j) && a.words[j].clause == clause;
        let clause_ends = |j: usize| !in_clause(j + 1);
        let start = a.sentence_words(sentence).start;
        let end = a.sentence_words(sentence).end;
        // "That doesn't mean I'll always be behind", "Am I the one who
        // always forgets? No.": denied or answered.
        // ("cannot change it" and "not born with it" hold their own "not".)
        // ("one will not become one anymore" holds its own, and a "not"
        // in the clause before it is another's: "a builder, not a tuner".)
        let own_not = match a.word(i) {
            "change" => i.saturating_sub(1),
            "born" => i.saturating_sub(3).max(start),
            "in" => i.saturating_sub(1),
            _ => i,
        };
        let from = if a.word(i) == "become" { a.clause_words(clause).start } else { start };
        let own_not = if a.word(i) == "become" { i.saturating_sub(2).max(from) } else { own_not };
        if (from..own_not).any(|j| matches!(a.word(j), "not" | "no" | "nah"))
            || answered_no(a, i..i + 1)
        {
            continue;
        }
        let mine = (start..end).any(|j| is_me(a.word(j)));
        let habitual = (start..end)
            .any(|j| matches!(a.word(j), "always" | "forever" | "consistently" | "never"));
        let w = a.word(i);
        // "one is too old for this trade now", "mi too old fi dis": age
        // made the verdict, said of oneself.
        if w == "too" && a.word_is(i + 1, "old") && in_clause(i + 2) {
            let mut k = i;
            while k > start
                && matches!(a.word(k - 1), "just" | "simply" | "now" | "really" | "getting")
            {
                k -= 1;
            }
            let verb = k > start && matches!(a.word(k - 1), "am" | "is");
            let subject = if verb { k.checked_sub(2) } else { k.checked_sub(1) };
            let me = subject.filter(|&s| s >= start).is_some_and(|s| {
                matches!(a.word(s), "i" | "mi" | "one") && (a.word(s) != "one" || verb)
            });
            if me && matches!(a.word(i + 2), "for" | "fi" | "to") {
                return found(subject.unwrap_or(i), i + 2);
            }
        }
        // "Organizing things was never in me", "it is not in me",
        // "walling's never been in me": a trait the writer says they lack
        // (not "not in me alone").
        let been = usize::from(i >= 3 && a.word(i - 1) == "been");
        if w == "in"
            && a.word_is(i + 1, "me")
            && i >= 2 + been
            && matches!(a.word(i - 1 - been), "never" | "not")
            && (matches!(a.word(i - 2 - been), "was" | "is" | "been" | "has" | "have")
                || (been == 1 && a.word(i - 3).ends_with("'s")))
            && (been == 1 || a.word(i - 2) != "has")
            && clause_ends(i + 1)
        {
            return found(i - 2 - been, i + 1);
        }
        // "one will not become one anymore", "I will never become a
        // reader now": a limit set for good.
        if w == "become"
            && i >= 3
            && matches!(a.word(i - 1), "not" | "never")
            && a.word(i - 2) == "will"
            && matches!(a.word(i - 3), "i" | "one" | "mi" | "we")
            && ((i + 1..(i + 6).min(n))
                .any(|j| in_clause(j) && matches!(a.word(j), "anymore" | "now" | "again"))
                // "the teaching kind, and at 41 I won't become one": an age
                // set against becoming that kind.
                || (a.word_is(i + 1, "one") && (i.saturating_sub(6)..i - 3).any(|j| {
                    a.words[j].sentence == a.words[i].sentence
                        && a.word(j) == "at"
                        && (a.word(j + 1).bytes().all(|b| b.is_ascii_digit())
                            || (a.word(j + 1) == "my" && a.word_is(j + 2, "age")))
                })))
        {
            return found(i - 3, i);
        }
        // "the one who forgets", said of oneself as a habit (not a care
        // kept: "I am the one who always counts the seats twice").
        let careful = careful_habit(a, i + 2);
        if w == "the"
            && a.word_is(i + 1, "one")
            && (i + 2 < n && matches!(a.word(i + 2), "who" | "that" | "weh" | "wey"))
            && mine
            && habitual
            && !careful
        {
            return found(i, i + 2);
        }
        // "that's just me", "It's me.", ending its clause ("this is
        // simply me and no tool will change it": or what follows says it
        // stays).
        let me_ends = |k: usize| {
            a.word_is(k, "me")
                && (clause_ends(k)
                    || (a.word_is(k + 1, "and")
                        && matches!(a.word(k + 2), "no" | "nothing" | "always" | "never")))
        };
        if matches!(w, "that" | "it" | "this")
            && a.word_is(i + 1, "is")
            && (me_ends(i + 2) || (matches!(a.word(i + 2), "just" | "simply") && me_ends(i + 3)))
            && !pointed_at(a, i..i + 3)
        {
            return found(i, if a.word_is(i + 2, "me") { i + 2 } else { i + 3 });
        }
        // "I am just angry man and no course will fix it": a trait, and
        // nothing to change it (not "I am on nights and no rota will
        // change that before March").
        if matches!(w, "no" | "nothing") && i > start && a.word(i - 1) == "and" {
            let will = if w == "no" { i + 2 } else { i + 1 };
            let trait_before = (start..i).any(|j| {
                is_me(a.word(j))
                    && a.word_is(j + 1, "am")
                    && matches!(a.word(j + 2), "just" | "simply" | "only" | "a" | "an")
                    && !(j + 2..i).any(|k| matches!(a.word(k), "not" | "no" | "never"))
            });
            if trait_before
                && a.word_is(will, "will")
                && matches!(a.word(will + 1), "fix" | "change" | "cure" | "mend")
                && matches!(a.word(will + 2), "it" | "that" | "me" | "this")
                && in_clause(will + 2)
                && clause_ends(will + 2)
            {
                return found(i, will + 2);
            }
        }
        // "always was", "Always has been.", "since always", ending their
        // clause; said of the writer, not "same as it always has".
        let of_something = i > 0
            && matches!(a.word(i - 1), "it" | "he" | "she" | "they" | "that" | "this" | "which");
        // ("the old clock that is five minutes late since forever": a
        // thing described.)
        let described = (start..i).any(|j| matches!(a.word(j), "that" | "which"));
        // ("Sleet at Leyburn's a foot of snow on the tops, always has
        // been", "The van comes on a Tuesday, always has": "has" goes back
        // to a thing, unless the writer was named just before, "That's
        // me. Always has been.")
        let of_a_thing = a.word_is(i + 1, "has") && {
            let sentence = a.words[i].sentence;
            let from = a.sentence_words(sentence.saturating_sub(1)).start;
            !(from..i)
                .any(|j| matches!(a.word(j), "i" | "me" | "my" | "mine" | "mine's" | "myself"))
        };
        // ("serving the way we always have", "same as I always did": how
        // the work was done, not what the writer is.)
        let manner = i >= 2
            && matches!(a.word(i - 1), "i" | "we" | "you" | "they")
            && (matches!(a.word(i - 2), "way" | "how" | "like")
                || (a.word(i - 2) == "as" && i >= 3 && matches!(a.word(i - 3), "same" | "just")));
        // ("I do the copes, always have, cos it's the bit folk see": a task
        // the writer keeps, not what the writer is.)
        let task = a.word_is(i + 1, "have") && a.words[i].clause > 0 && {
            let before = a.clause_words(a.words[i].clause - 1);
            before.clone().any(|j| {
                a.word(j) == "i"
                    && j + 2 < before.end
                    && matches!(a.word(j + 1), "do" | "run" | "make" | "build" | "keep" | "check")
            })
        };
        let of_another =
            of_something || of_a_thing || manner || task || (w == "forever" && described);
        // ("feet where they'd always been", "the key was where it always
        // was": a place kept, someone else's or a thing's.)
        let placed = (i.saturating_sub(4)..i).any(|k| {
            a.words[k].clause == clause
                && matches!(a.word(k), "where" | "they" | "it" | "he" | "she")
        });
        if matches!(w, "always" | "forever")
            && !of_another
            && !placed
            && (w == "always" || a.word(i.saturating_sub(1)) == "since")
            && ((i + 1 < n
                && matches!(a.word(i + 1), "was" | "been" | "have" | "had" | "has")
                && clause_ends(i + 1))
                || (i > 0 && a.word(i - 1) == "since" && clause_ends(i)))
        {
            return if a.word(i.saturating_sub(1)) == "since" {
                found(i - 1, i)
            } else {
                found(i, i + 1)
            };
        }
        if w == "always"
            && !of_something
            && !of_a_thing
            && in_clause(i + 2)
            && matches!(a.word(i + 1), "has" | "have" | "had")
            && a.word(i + 2) == "been"
            && clause_ends(i + 2)
        {
            return found(i, i + 2);
        }
        // "I am naive… always was like this", "Always been the guy who
        // hurries": the same, with what it was.
        if w == "always"
            && in_clause(i + 2)
            && matches!(a.word(i + 1), "was" | "been")
            && ((a.word(i + 2) == "like"
                && in_clause(i + 3)
                && matches!(a.word(i + 3), "this" | "that"))
                || (matches!(a.word(i + 2), "the" | "this" | "that")
                    && in_clause(i + 3)
                    && matches!(
                        a.word(i + 3),
                        "guy" | "one" | "type" | "kind" | "way" | "girl" | "person" | "sort"
                    )))
        {
            return found(i, i + 3);
        }
        // "I've never been good with money", "Never was any good at sums".
        if w == "never"
            && (a.words[i].initial
                || (i > 0 && is_me(a.word(i - 1)))
                || (i > 1 && a.word(i - 1) == "have" && is_me(a.word(i - 2))))
            && in_clause(i + 2)
            && matches!(a.word(i + 1), "been" | "was")
        {
            let good = if a.word(i + 2) == "any" { i + 3 } else { i + 2 };
            if in_clause(good) && matches!(a.word(good), "good" | "great" | "any" | "cut") {
                let from = if a.words[i].initial { i } else { i - 1 };
                return found(from, good);
            }
        }
        // "mi just nuh born wid it", "I was not born with it": a gift
        // denied from birth.
        if w == "born"
            && in_clause(i + 1)
            && matches!(a.word(i + 1), "with" | "wid" | "for" | "to")
            && (i.saturating_sub(4)..i).any(|j| a.words[j].clause == clause && is_me(a.word(j)))
            && (i.saturating_sub(3)..i).any(|j| {
                a.words[j].clause == clause && matches!(a.word(j), "not" | "nuh" | "never")
            })
        {
            return found(i.saturating_sub(3), i + 1);
        }
        // "lazy, from always", "from mi young", "since I was small", "I was
        // then and I am now", "cannot change it now", "never we will be
        // friends": a trait said to span the writer's life.
        // ("from" and "since" need the trait said too: "I have lived here
        // since I was small" is a biography.)
        let trait_said = !matches!(w, "from" | "since" | "then")
            || (start..end)
                .any(|j| matches!(a.word(j), "am" | "always" | "never" | "like" | "stay"));
        if mine && trait_said {
            if let Some((from, to)) = permanent(a, i, in_clause) {
                return found(from, to);
            }
        }
        // "Congratulations, Adunni. Champion of arrears, as usual.", "Well
        // done, Winston, champion a late": praise that mocks a habit.
        if a.words[i].initial
            && (matches!(w, "congratulations" | "congrats" | "bravo" | "parabéns")
                || (w == "well" && a.word_is(i + 1, "done")))
            && !a.word_is(i + 1, "to")
            && !(w == "well" && a.word_is(i + 2, "to"))
        {
            let last = a.sentence_words(sentence + 1).end;
            let mocked = (i + 1..last).any(|j| {
                a.own(j)
                    && (matches!(a.word(j), "champion" | "medal" | "trophy")
                        || (matches!(a.word(j), "usual" | "always") && a.word(j - 1) == "as")
                        || (a.word(j) == "time" && a.word(j - 1) == "every"))
            });
            if mocked {
                return found(i, if w == "well" { i + 1 } else { i });
            }
        }
        // "Money and me are never gonna be friends".
        if w == "never"
            && mine
            && (a.word_is(i + 1, "gonna") && a.word_is(i + 2, "be")
                || a.word_is(i + 1, "going") && a.word_is(i + 2, "to") && a.word_is(i + 3, "be"))
        {
            return found(i, i + 2);
        }
        // "Numbers and me will never get on", "me and paperwork will
        // never get along": the writer and a thing, for good.
        if w == "never"
            && i >= 3
            && a.word(i - 1) == "will"
            && (a.word(i - 2) == "me" && a.word(i - 3) == "and"
                || i >= 4 && a.word(i - 4) == "me" && a.word(i - 3) == "and")
            && a.word_is(i + 1, "get")
            && matches!(a.word(i + 2), "on" | "along")
            && clause_ends(i + 2)
        {
            return found(i - 3, i + 2);
        }
        // "I'm always gonna be one of those", "I am always going to be
        // the slow one" (not "always going to be grateful").
        if matches!(w, "always" | "forever")
            && i >= 2
            && a.word(i - 1) == "am"
            && is_me(a.word(i - 2))
        {
            let be = if a.word_is(i + 1, "gonna") {
                i + 2
            } else if a.word_is(i + 1, "going") && a.word_is(i + 2, "to") {
                i + 3
            } else {
                n
            };
            if a.word_is(be, "be")
                && in_clause(be + 1)
                && matches!(a.word(be + 1), "one" | "a" | "an" | "the" | "that" | "like")
            {
                return found(i - 2, be + 1);
            }
        }
        // "I will always be…", "I'll never be…" (not "I will never be
        // twenty again").
        if matches!(w, "always" | "never" | "forever")
            && a.word_is(i + 1, "be")
            && i >= 2
            && a.word(i - 1) == "will"
            && is_me(a.word(i - 2))
            && !an_age(a, i - 2..i + 2)
        {
            return found(i - 2, i + 1);
        }
        // "I will never have that eye", "I'll never have the head for
        // it": a gift the writer will not get (not "I will never have the
        // van unlocked again", a promise).
        if w == "never"
            && a.word_is(i + 1, "have")
            && in_clause(i + 3)
            && matches!(a.word(i + 2), "that" | "the" | "this" | "a" | "an")
            && GIFTS.contains(&a.word(i + 3))
            && a.word(i + 3) != "it"
            && i >= 2
            && a.word(i - 1) == "will"
            && is_me(a.word(i - 2))
        {
            return found(i - 2, i + 3);
        }
        // "I always ruin good things", "I always bottle it".
        if w == "always"
            && i > 0
            && is_me(a.word(i - 1))
            && in_clause(i + 1)
            && o.failing_verbs.contains(a.word(i + 1))
        {
            return found(i - 1, i + 1);
        }
        // "I never get anything right".
        if w == "never"
            && i > 0
            && is_me(a.word(i - 1))
            && (i + 2..(i + 4).min(n)).any(|j| in_clause(j) && a.word(j) == "anything")
            && (i + 2..(i + 6).min(n)).any(|j| in_clause(j) && a.word(j) == "right")
        {
            return found(i - 1, i + 1);
        }
        // "some people have the planning gene", "a knack I lack".
        if matches!(w, "gene" | "knack")
            && (start..i).any(|j| matches!(a.word(j), "have" | "has" | "got"))
        {
            return found(start, i);
        }
        // "they have something I don't".
        if w == "something"
            && i > 0
            && matches!(a.word(i - 1), "have" | "has" | "got")
            && in_sentence(i + 2)
            && a.word(i + 1) == "i"
            && matches!(a.word(i + 2), "do" | "lack")
            && (a.word(i + 2) == "lack" || a.word_is(i + 3, "not"))
        {
            return found(i - 1, i + 2);
        }
    }
    None
}

/// A care the writer keeps, told after the "who" at `who`: "(the one who)
/// always counts the seats twice", "always checks the gas" — a habit, but
/// no failing.
fn careful_habit(a: &Analysis<'_>, who: usize) -> bool {
    a.word_is(who + 1, "always")
        && matches!(
            a.word(who + 2),
            "counts"
                | "checks"
                | "double-checks"
                | "remembers"
                | "locks"
                | "labels"
                | "tests"
                | "measures"
                | "prepares"
                | "plans"
                | "asks"
                | "writes"
                // "the one who always tells the young peelers, never sell to
                // the first buyer": a lesson kept and passed on.
                | "tells"
                | "warns"
                | "teaches"
                | "reminds"
        )
}

/// "I know what I am: a bad father": the writer says they know what they
/// are, and names it with a verdict. (Not "I know what I am good at", nor
/// "I know what I am: a cook who learns from every burnt pot".)
fn known_verdict(a: &Analysis<'_>, o: &IdentityLists<'_>) -> Option<Match> {
    (1..a.len().saturating_sub(5)).find_map(|i| {
        let sentence = a.words[i].sentence;
        let known = a.word(i) == "know"
            && matches!(a.word(i - 1), "i" | "now")
            && a.own(i)
            && a.word(i + 1) == "what"
            && a.word(i + 2) == "i"
            && a.word(i + 3) == "am"
            && a.words[i + 3].clause != a.words[i + 4].clause
            && a.words[i + 5].sentence == sentence
            && matches!(a.word(i + 4), "a" | "an")
            && o.verdict_nouns.contains(a.word(i + 5));
        known.then(|| a.norm.match_of(a.words[i - 1].norm.start..a.words[i + 5].norm.end))
    })
}

/// Words [`article_dropped`] reads past between "i am" and the verdict.
const BARE_ADVERBS: &[&str] = &["still", "just", "simply", "really", "such"];

/// Adjectives of a verdict that [`article_dropped`] reads before a noun.
const BARE_VERDICTS: &[&str] = &[
    "bad",
    "terrible",
    "useless",
    "hopeless",
    "lousy",
    "lazy",
    "stupid",
    "careless",
    "incompetent",
];

/// "I am bad cook, this is truth": a verdict with its article dropped, as
/// many who learnt English late write it. (Not "I am bad at…", read by the
/// list, nor a state of the day: "I am bad today", "bad luck".)
fn article_dropped(a: &Analysis<'_>) -> Option<Match> {
    (0..a.len().saturating_sub(3)).find_map(|i| {
        let clause = a.words[i].clause;
        let mut k = i + 2;
        if BARE_ADVERBS.contains(&a.word(k)) {
            k += 1;
        }
        let noun = k + 1;
        let words = i..noun + 1;
        let found = a.word(i) == "i"
            && a.word(i + 1) == "am"
            && noun < a.len()
            // (Not "told me I am "useless old Soviet man"": quoted.)
            && words.clone().all(|w| a.own(w))
            && a.words[noun].clause == clause
            && BARE_VERDICTS.contains(&a.word(k))
            && !a.words[noun].capital
            && a.word(noun).len() > 2
            && a.word(noun).bytes().all(|b| b.is_ascii_lowercase())
            && !matches!(
                a.word(noun),
                "at" | "with"
                    | "for"
                    | "about"
                    | "in"
                    | "on"
                    | "to"
                    | "and"
                    | "but"
                    | "or"
                    | "as"
                    | "luck"
                    | "today"
                    | "tonight"
                    | "now"
                    | "again"
                    | "news"
                    | "mood"
                    | "shape"
                    | "form"
                    | "state"
                    | "condition"
                    | "health"
                    | "day"
                    | "week"
                    | "this"
                    | "that"
                    | "because"
                    | "when"
                    | "since"
                    | "enough"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "the"
                    | "too"
                    | "than"
            )
            // ("Not say I am bad cook", "It is not saying I am careless
            // person": denied, as a listed verdict would be.)
            && !denied_before(a, words.clone())
            && !answered_no(a, words.clone())
            && !retracted(a, words.clone())
            && !of_someone_else(a, words.clone());
        found.then(|| a.norm.match_of(a.words[i].norm.start..a.words[noun].norm.end))
    })
}

/// The writer made a kind of person, and kept so: "I am the making
/// kind… and it will stay like that", "im the second kind, been that way
/// since 16", "I am someone who does the work but not the last step. That
/// has been true since high school", "i'm the guy who almost makes it.
/// thats my whole story"; or the failure made who they are: "It is who I
/// am on skis", "That is my level". Not denied ("I'm not the kind who
/// quits", "that is not who I am"), and a kind with nothing to keep it so
/// ("I am the one who booked it") is one act, not a trait.
fn self_equated(a: &Analysis<'_>, o: &IdentityLists<'_>) -> Option<Match> {
    let n = a.len();
    let span = |from: usize, to: usize| {
        Some(a.norm.match_of(a.words[from].norm.start..a.words[to.min(n - 1)].norm.end))
    };
    let negation = |j: usize| matches!(a.word(j), "not" | "no" | "never" | "nobody");
    for i in 0..n {
        if !a.own(i) || answered_no(a, i..i + 1) {
            continue;
        }
        let sentence = a.words[i].sentence;
        let clause = a.words[i].clause;
        let in_clause = |j: usize| j < n && a.words[j].clause == clause && a.own(j);
        let w = a.word(i);
        // "that is who I am", "thats just where i sit", "That is my level".
        if matches!(w, "that" | "this" | "it") && a.word_is(i + 1, "is") {
            let mut j = i + 2;
            if in_clause(j) && matches!(a.word(j), "just" | "simply") {
                j += 1;
            }
            let said = |k: usize, words: &[&str]| {
                words.iter().enumerate().all(|(d, x)| in_clause(k + d) && a.word(k + d) == *x)
            };
            // "That is the kind of man I am."
            let kind = a.word_is(j, "the")
                && in_clause(j + 5)
                && matches!(a.word(j + 1), "kind" | "sort" | "type")
                && a.word_is(j + 2, "of")
                && ((a.word_is(j + 4, "i") && a.word_is(j + 5, "am"))
                    || (a.word_is(j + 4, "we") && a.word_is(j + 5, "are")));
            // "This is what I am and what I will be." (not "what I am good
            // at", nor "This is what I am: someone who learns").
            let what = said(j, &["what", "i", "am"])
                && in_clause(j + 4)
                && a.word(j + 3) == "and"
                && a.word(j + 4) == "what";
            // "This is what I am, a woman who cannot say no to anybody":
            // what the writer is, and a lack kept in it (not "This is
            // what I am: someone who learns").
            // ("This is what I am now, an old musician who forgets. It
            // will only get worse": a lack said to grow.)
            let now = usize::from(a.word_is(j + 3, "now"));
            let worse = (j + 4..a.sentence_words((sentence + 1).min(a.words[n - 1].sentence)).end)
                .any(|k| a.word(k) == "worse" && matches!(a.word(k - 1), "get" | "getting"));
            let what_lacking = said(j, &["what", "i", "am"])
                && matches!(a.word(j + 3 + now), "a" | "an" | "someone" | "somebody" | "one")
                && ((j + 4..(j + 9).min(n)).any(|k| {
                    a.words[k].sentence == sentence
                        && (matches!(a.word(k), "cannot" | "never")
                            || (a.word(k) == "not" && matches!(a.word(k - 1), "can" | "could")))
                }) || worse);
            let what = what || what_lacking;
            let to = if kind {
                Some(j + 5)
            } else if what
                || said(j, &["who", "i", "am"])
                // "That's who I'll be in this town till they bury me" (not
                // "who I'll be calling next").
                || (said(j, &["who", "i", "will", "be"])
                    && !(in_clause(j + 4) && a.word(j + 4).ends_with("ing")))
                || said(j, &["how", "i", "am"])
                || said(j, &["how", "we", "are"])
                || said(j, &["who", "we", "are"])
                || said(j, &["where", "i", "sit"])
                || said(j, &["my", "whole", "story"])
            {
                Some(j + 2)
            } else if a.word_is(j, "my")
                && in_clause(j + 1)
                && matches!(
                    a.word(j + 1),
                    "level" | "story" | "place" | "lot" | "nature" | "character" | "personality"
                )
                // "That is my level, and it will stay there", not "my
                // place in the queue".
                && (!in_clause(j + 2) || matches!(a.word(j + 2), "now" | "and"))
            {
                Some(j + 1)
            } else {
                None
            };
            if let Some(to) = to {
                return span(i, to);
            }
        }
        // "Singing in front is for other people. I'm someone who belongs in
        // the back row": what others are for, the writer beside it.
        if matches!(w, "is" | "are") && in_clause(i + 2) {
            let mut j = i + 1;
            if matches!(a.word(j), "only" | "just") {
                j += 1;
            }
            // ("supervisor chair is for others": the others alone.)
            let others = a.word_is(j, "for")
                && ((in_clause(j + 2)
                    && matches!(
                        (a.word(j + 1), a.word(j + 2)),
                        ("other", "people") | ("people", "like")
                    ))
                    || (a.word_is(j + 1, "others") && !in_clause(j + 2)));
            let near = a.sentence_words(sentence.saturating_sub(1)).start
                ..a.sentence_words((sentence + 1).min(a.words[n - 1].sentence)).end;
            // ("We are for the fields. The buyers in Europe are for other
            // people.": a family's "we" is the writer too.)
            let writer = near
                .clone()
                .any(|k| a.own(k) && (is_me(a.word(k)) || a.word(k) == "we") && a.word(k) != "me");
            if others && writer && !(a.sentence_words(sentence).start..i).any(negation) {
                return span(a.sentence_words(sentence).start, j + 2);
            }
            // "Skiing fast is for people who started young. This is
            // settled now.": kept so.
            let who = a.word_is(j, "for")
                && a.word_is(j + 1, "people")
                && a.word_is(j + 2, "who")
                && in_clause(j + 2);
            let settled = near.clone().any(|k| {
                matches!(a.word(k), "settled" | "accept" | "accepted" | "forever")
                    || (a.word(k) == "too" && a.word_is(k + 1, "late"))
            });
            if who && writer && settled && !(a.sentence_words(sentence).start..i).any(negation) {
                return span(a.sentence_words(sentence).start, j + 2);
            }
            // "Grant writing is for qallunaat and office people. Not for
            // me.": what it is for, and the writer left out.
            let for_others = a.word_is(j, "for") && !a.word_is(j + 1, "me");
            let next_end = a.sentence_words((sentence + 1).min(a.words[n - 1].sentence)).end;
            // ("Pirogues are for men like my late husband, not for a
            // woman like me.")
            let not_me = for_others
                && (j + 1..next_end).any(|k| {
                    a.word(k) == "not" && a.word_is(k + 1, "for") && {
                        let mut m = k + 2;
                        if matches!(a.words.get(m).map(|_| a.word(m)), Some("a" | "an" | "one")) {
                            m += 1;
                        }
                        if a.words.get(m).is_some_and(|_| KINDS_OF_ONE.contains(&a.word(m)))
                            && a.word_is(m + 1, "like")
                        {
                            m += 2;
                        }
                        m < n
                            && matches!(a.word(m), "me" | "us" | "mi")
                            && (k..=m).all(|x| a.own(x))
                    }
                });
            if not_me && !(a.sentence_words(sentence).start..i).any(negation) {
                return span(a.sentence_words(sentence).start, j + 1);
            }
            // "the numbers is not for somebody like me", "not for the
            // likes of me".
            let not_for = a.word_is(j, "not") && a.word_is(j + 1, "for") && in_clause(j + 4);
            let like_me = not_for
                && ((matches!(a.word(j + 2), "somebody" | "someone" | "people" | "a" | "one")
                    && a.word_is(j + 3, "like")
                    && matches!(a.word(j + 4), "me" | "us" | "mi"))
                    || (a.word(j + 2) == "the"
                        && a.word_is(j + 3, "likes")
                        && a.word_is(j + 4, "of")));
            if like_me && (j..=j + 4).all(|k| a.own(k)) {
                return span(a.sentence_words(sentence).start, j + 4);
            }
        }
        // "Maybe I am just one of those artists who needs someone else to
        // send the forms": the writer one of a kind of people, made small
        // by "just" (not "I am one of those drivers who took the early
        // shift", an act, nor without "just").
        if w == "just"
            && (i.saturating_sub(2)..i).any(|k| a.word(k) == "am")
            && a.word_is(i + 1, "one")
            && a.word_is(i + 2, "of")
            && a.word_is(i + 3, "those")
            && in_clause(i + 6)
            && matches!(a.word(i + 5), "who" | "that")
            && (a.word(i + 4).ends_with('s')
                || matches!(a.word(i + 4), "people" | "men" | "women" | "folk"))
            && !is_regular_past(a.word(i + 6))
            && !matches!(a.word(i + 6), "took" | "made" | "forgot" | "left" | "got" | "did")
        {
            return span(i, i + 5);
        }
        // "I am the making kind", "im somebody who starts…", "I am that girl"
        // (and the Scots "Ah'm").
        if !((is_me(w) && w != "me") || w == "ah") || !a.word_is(i + 1, "am") {
            continue;
        }
        let Some(k) =
            (i + 2..(i + 7).min(n)).take_while(|&k| in_clause(k) && !negation(k)).find(|&k| {
                matches!(
                    a.word(k),
                    "kind" | "type" | "sort" | "guy" | "girl" | "person" | "someone" | "somebody"
                ) || (a.word(k) == "one" && a.word_is(k + 1, "who"))
            })
        else {
            continue;
        };
        if (i + 2..k).any(negation) {
            continue;
        }
        // Kept so: in this sentence or the two after it.
        let last = a.sentence_words((sentence + 2).min(a.words[n - 1].sentence)).end;
        let kept = (i..last).any(|j| {
            a.own(j)
                && (matches!(
                    a.word(j),
                    "always"
                        | "forever"
                        | "stay"
                        | "stays"
                        | "since"
                        | "settled"
                        | "accepted"
                        | "accept"
                        | "born"
                        | "destined"
                ) || (a.word(j) == "will" && a.word_is(j + 1, "be"))
                    || (a.word(j) == "that" && a.word_is(j + 1, "way"))
                    || (a.word(j) == "how" && (a.word_is(j + 1, "we") || a.word_is(j + 1, "i")))
                    || (a.word(j) == "where" && a.word_is(j + 1, "i") && a.word_is(j + 2, "sit"))
                    || (a.word(j) == "whole" && a.word_is(j + 1, "story"))
                    // "I wasn't like that once and then changed, I am like
                    // that."
                    || (a.word(j) == "like"
                        && a.word_is(j + 1, "that")
                        && j > 0
                        && a.word(j - 1) == "am")
                    || (a.word(j) == "made" && a.word_is(j + 1, "my") && a.word_is(j + 2, "peace"))
                    // "that's just how it is".
                    || (a.word(j) == "how" && a.word_is(j + 1, "it") && a.word_is(j + 2, "is"))
                    // "…, thats me.", "that is me".
                    || (a.word(j) == "me"
                        && j > 0
                        && matches!(a.word(j - 1), "thats" | "is")
                        && (j + 1 == n || a.words[j + 1].clause != a.words[j].clause)
                        && !pointed_at(a, j - 1..j + 1)))
                && !(j > 0 && negation(j - 1))
        });
        // "I am a follower type person, not the deciding type": one kind
        // set against another.
        let contrast = (k + 1..a.sentence_words(sentence).end).any(|j| {
            a.word(j) == "not"
                && a.word_is(j + 1, "the")
                && (j + 3..(j + 5).min(n)).any(|t| matches!(a.word(t), "type" | "kind" | "sort"))
                && a.own(j)
        });
        let kept = kept || contrast;
        // ("I am the guy who left the mouthpieces at home": one act.)
        if kept && !(a.word(k) == "one" && careful_habit(a, k + 1)) && !narrowed(a, i..k + 1, o) {
            return span(i, k);
        }
    }
    None
}

/// The words (first and last) from `i` that say a trait spans the
/// writer's life: "from
/// always", "from my young days", "from mi a pickney", "since I was
/// small", "then and … now", "cannot change it now", "too late now to
/// become", "never we will be", "never were and … never be".
fn permanent(
    a: &Analysis<'_>,
    i: usize,
    in_clause: impl Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let w = a.word(i);
    let next = |k: usize| if in_clause(i + k) { a.word(i + k) } else { "" };
    let upto = |to: usize| Some((i, to));
    match w {
        // ("Me, I be unlucky man from born", "disorganized from birth".)
        "from"
            if matches!(next(1), "always" | "young" | "childhood" | "small" | "born" | "birth") =>
        {
            upto(i + 1)
        }
        "from"
            if matches!(next(1), "my" | "mi" | "a")
                && matches!(next(2), "young" | "childhood" | "pickney" | "a") =>
        {
            upto(if next(2) == "a" && next(3) == "pickney" { i + 3 } else { i + 2 })
        }
        "since"
            if next(1) == "i"
                && next(2) == "was"
                && matches!(next(3), "small" | "little" | "young" | "a" | "born")
                && (next(3) != "a" || matches!(next(4), "kid" | "child" | "boy" | "girl")) =>
        {
            upto(if next(3) == "a" { i + 4 } else { i + 3 })
        }
        "then" if next(1) == "and" => {
            (i + 2..(i + 6).min(a.len())).find(|&j| a.word(j) == "now").and_then(upto)
        }
        // "I cannot change it", "mi cyaan change it now": the writer
        // saying so, not "it does not change that…".
        // (A bare "never" tells a thing left undone: Kriol "I never change
        // it after di benches come out"; "I will never change it" is a
        // verdict.)
        "change"
            if i > 0
                && (matches!(a.word(i - 1), "not" | "cannot" | "cyaan")
                    || (a.word(i - 1) == "never"
                        && i >= 2
                        && matches!(a.word(i - 2), "will" | "can" | "could" | "would")))
                && (i.saturating_sub(4)..i - 1).any(|j| is_me(a.word(j)))
                && !(i.saturating_sub(4)..i - 1)
                    .any(|j| matches!(a.word(j), "does" | "doesnt"))
                && matches!(next(1), "it" | "that" | "this" | "now") =>
        {
            Some((i - 1, i + 1))
        }
        "never" if matches!(next(1), "we" | "i") && next(2) == "will" && next(3) == "be" => {
            upto(i + 3)
        }
        "never" if next(1) == "were" => {
            (i + 2..(i + 8).min(a.len())).find(|&j| a.word(j) == "never").map(|j| (i, j))
        }
        "late" if i > 0 && a.word(i - 1) == "too" => {
            (1..4).find(|&k| matches!(next(k), "become" | "change")).map(|k| (i - 1, i + k))
        }
        _ => None,
    }
}

/// "I'm just not a salesman", "I'm not a runner and should quit
/// pretending": the writer denies themselves a role, as a fixed trait.
fn role_denied(a: &Analysis<'_>, o: &IdentityLists<'_>) -> Option<Match> {
    for i in 0..a.len().saturating_sub(3) {
        // ("maybe i just not businessman": the "am" dropped, as some who
        // learnt English late write it, before a mark of a trait.)
        let dropped =
            matches!(a.word(i + 1), "just" | "simply" | "really") && a.word_is(i + 2, "not");
        if !(a.word(i) == "i" && (a.word(i + 1) == "am" || dropped) && a.own(i)) {
            continue;
        }
        let clause = a.words[i].clause;
        let sentence = a.words[i].sentence;
        let mut j = if dropped { i + 1 } else { i + 2 };
        let mut marked = false;
        while j < a.len() && a.words[j].clause == clause && TRAIT_MARKS.contains(&a.word(j)) {
            marked = true;
            j += 1;
        }
        // "not a salesman", "not that guy", and, dropping the article,
        // "simply not tournament player".
        // (Someone else's words, quoted: "that I am 'not a man to be
        // trusted'".)
        if j + 1 >= a.len() || a.word(j) != "not" || !a.own(j) {
            if let Some(m) = role_contrasted(a, i, o) {
                return Some(m);
            }
            continue;
        }
        let article = matches!(a.word(j + 1), "a" | "an" | "that" | "the");
        if !article && !marked {
            continue;
        }
        // "I am just not sure which pump it was": a state, not a role.
        if !article && (NOT_ROLES.contains(&a.word(j + 1)) || a.word(j + 1).ends_with("ing")) {
            continue;
        }
        // The noun: the last word of the noun phrase in the clause.
        let first_noun = if article { j + 2 } else { j + 1 };
        let end = (first_noun..a.len())
            .take_while(|&k| {
                a.words[k].clause == clause
                    && !matches!(a.word(k), "and" | "but" | "who" | "because" | "so")
            })
            .take(4)
            .last()?;
        let noun = a.word(end);
        // (Dropping the "am" too, only a role that closes its clause:
        // "i just not businessman", not "i just not check the pump".)
        if dropped
            && (end > first_noun + 1
                || a.words.get(end + 1).is_some_and(|w| w.clause == clause)
                || !is_role_noun(noun))
        {
            continue;
        }
        // "She write "thief" in the report. I am not a thief": an answer
        // to someone else's word.
        // ("'Baba, you are finished, sell the shop.' No. … I am not a
        // finished man": any word of it.)
        let answered =
            (0..i).any(|k| !a.own(k) && (first_noun..=end).any(|m| a.word(k) == a.word(m)));
        // ("I'm not the worst and I'm not the best": a rank, no role.)
        if answered
            || matches!(noun, "worst" | "best")
            || o.verdict_nouns.contains(noun)
            || (j + 2..=end).any(|k| o.verdict_nouns.contains(a.word(k)))
        {
            continue;
        }
        let rest = (end + 1..a.len()).take_while(|&k| a.words[k].sentence == sentence);
        // ("I am not a leader. A real supervisor would not let this
        // happen.": set against the real thing.)
        let next = rest.clone().last().unwrap_or(end) + 1;
        let real_one = a.words.get(next).is_some_and(|w| w.initial)
            && a.word(next) == "a"
            && a.word_is(next + 1, "real")
            // (Not "A real nurse spotted it first": what the real one
            // would do.)
            && matches!(
                a.word(next + 3),
                "would" | "should" | "could" | "will" | "does" | "knows" | "never" | "always"
            );
        // ("I'm not a scheduler. I'm not an organizer.": one role denied
        // after another.)
        let again = a.words.get(next).is_some_and(|w| w.initial)
            && a.word(next) == "i"
            && matches!(a.word(next + 1), "am" | "m")
            && a.word_is(next + 2, "not")
            && matches!(a.word(next + 3), "a" | "an")
            && is_role_noun(a.word(next + 4))
            && a.words.get(next + 5).is_none_or(|w| w.sentence != a.words[next].sentence);
        let trait_after = real_one
            || again
            || rest.clone().any(|k| {
                TRAIT_MARKS.contains(&a.word(k))
                    || matches!(a.word(k), "quit" | "give" | "accept")
                    // ("I'm not the fencer I was and I'm not going to be
                    // again.")
                    || (a.word(k) == "again" && a.word(k - 1) == "be")
            });
        if marked || trait_after || TRAIT_MARKS.contains(&noun) {
            return Some(a.norm.match_of(a.words[i].norm.start..a.words[end].norm.end));
        }
    }
    None
}

/// "I am a good carpenter, not a builder of ships", "I am technician,
/// not artist": after the writer's "I am" at word `i`, one role held
/// against another, as what the writer is and is not.
fn role_contrasted(a: &Analysis<'_>, i: usize, o: &IdentityLists<'_>) -> Option<Match> {
    // ("…told me what I am: a good carpenter": the role after a colon.)
    let told = i > 0 && a.word(i - 1) == "what" && a.words.get(i + 2)?.clause != a.words[i].clause;
    let clause = a.words.get(i + 2)?.clause;
    // The first role closes its clause, within four words of "am".
    let first =
        (i + 2..(i + 6).min(a.len())).take_while(|&k| a.words[k].clause == clause).last()?;
    // Said as what the writer is at heart: told so, a role of worth ("a
    // good carpenter", "just a cook"), or both roles bare ("technician,
    // not artist"); not a plain job ("I am a driver, not a mechanic, so I
    // called one").
    let worth = (i + 2..first).any(|k| {
        matches!(a.word(k), "good" | "simple" | "just" | "only" | "plain" | "born" | "natural")
    });
    let bare = !matches!(a.word(i + 2), "a" | "an" | "the")
        && !matches!(a.word(first + 2), "a" | "an" | "the")
        && first == i + 2;
    let not = first + 1;
    let role = |k: usize| {
        is_role_noun(a.word(k))
            && !o.verdict_nouns.contains(a.word(k))
            && !NOT_ROLES.contains(&a.word(k))
    };
    if !role(first)
        || !a.word_is(not, "not")
        || !a.own(not)
        || a.words[not].sentence != a.words[i].sentence
    {
        return None;
    }
    // The second: the first word after "not" and its article that ends
    // its clause or is followed by "of" ("a builder of ships").
    let mut k = not + 1;
    if matches!(a.word(k), "a" | "an" | "the") {
        k += 1;
    }
    let second = (k..(k + 3).min(a.len()))
        .take_while(|&m| a.words[m].clause == a.words[not].clause)
        .find(|&m| {
            a.words.get(m + 1).is_none_or(|n| n.clause != a.words[m].clause)
                || a.word_is(m + 1, "of")
        })?;
    ((told || worth || bare) && role(second) && a.word(second) != a.word(first))
        .then(|| a.norm.match_of(a.words[i].norm.start..a.words[second].norm.end))
}

/// Whether `w` has the shape of a noun for a person's role: "businessman",
/// "farmer", "salesperson", "organiser", "mechanic" (not a verb with the
/// same ending: "remember", "answer").
fn is_role_noun(w: &str) -> bool {
    ["man", "woman", "person", "er", "or", "ist", "ian", "ant", "ent", "ic"]
        .iter()
        .any(|end| w.ends_with(end))
        && !matches!(
            w,
            "remember"
                | "wonder"
                | "bother"
                | "answer"
                | "deliver"
                | "enter"
                | "offer"
                | "consider"
                | "order"
                | "suffer"
                | "discover"
                | "recover"
                | "gather"
                | "matter"
                | "cater"
                | "register"
                | "panic"
                | "want"
                | "went"
                | "meant"
                | "sent"
                | "spent"
        )
}

/// States and places that may follow "I am just not" without being a role
/// the writer denies ("just not sure", "simply not there yet").
const NOT_ROLES: &[&str] = &[
    "sure",
    "certain",
    "ready",
    "able",
    "aware",
    "convinced",
    "there",
    "here",
    "happy",
    "allowed",
    "used",
    "supposed",
    "proud",
    "done",
    "finished",
    "surprised",
    "afraid",
    "worried",
    "bothered",
    "fussed",
    "interested",
    "into",
    "in",
    "on",
    "at",
    "so",
    "too",
    "very",
    "as",
];

/// The words a `...` gap swallowed must be modifiers: "i am not a
/// failure" and "i am learning from failure" both match `i am ...
/// failure`, and neither is a self-verdict.
fn gap_is_modifiers(norm: &Normalized<'_>, m: &Match, o: &IdentityLists<'_>) -> bool {
    let matched = &norm.text[m.norm.clone()];
    let Some(phrase) = o.collapse.phrase_of(m) else { return true };
    if !phrase.contains("...") {
        return true;
    }
    let mut literal: Vec<String> =
        Normalized::new(phrase).text.split(' ').map(str::to_string).collect();
    matched
        .split(' ')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| !w.is_empty())
        .all(|w| {
            if let Some(i) = literal.iter().position(|l| l.trim_end_matches('*') == w) {
                literal.remove(i);
                true
            } else {
                o.gap_words.contains(w)
            }
        })
}

/// A distancing frame or negation before the verdict in its clause (at
/// most five words before it), or a negation inside the verdict that the
/// pattern itself does not contain ("I am not a failure").
fn distanced(a: &Analysis<'_>, m: &Match, words: Range<usize>, o: &IdentityLists<'_>) -> bool {
    let clause = a.words[words.start].clause;
    let start = (0..words.start)
        .rev()
        .take_while(|&j| a.words[j].clause == clause)
        .take(5)
        .last()
        .unwrap_or(words.start);
    let window: Vec<&str> = (start..words.start).map(|j| a.word(j)).collect();
    if o.distancing.is_match_str(&window.join(" ")) {
        return true;
    }
    // "If I was the useless woman I feel like tonight, this place would
    // have closed": a verdict supposed, against the fact.
    if window.last() == Some(&"if")
        && a.word(words.start) == "i"
        && (a.word_is(words.start + 1, "was") || a.word_is(words.start + 1, "were"))
    {
        return true;
    }
    // "i am not a failure" matches `i am ... failure`: the `not` is in the
    // gap, and the pattern has none of its own.
    let phrase = o.collapse.phrase_of(m).unwrap_or("");
    // "This I can learn. It is not in my blood.", "that is not who I am":
    // a trait said of the failure and denied right before it ("aren't
    // for guys like me" is the verdict itself).
    let first = phrase.split(' ').next().unwrap_or("");
    if matches!(first, "in" | "by" | "how" | "just" | "who" | "my" | "every" | "same")
        && words.start > 0
        && a.words[words.start - 1].clause == clause
        && matches!(a.word(words.start - 1), "not" | "never")
    {
        return true;
    }
    words.clone().any(|i| matches!(a.word(i), "not" | "never" | "no"))
        && !phrase.split(' ').any(|w| matches!(w, "not" | "never" | "no" | "cannot"))
}

/// "It does not mean that I am a bad mother", "it is not telling that I
/// am a bad supervisor": a negation earlier in the sentence, and a "that"
/// between it and the verdict; "subbed for the decisions I made, not cos
/// im a bad player": a cause denied.
fn denied_before(a: &Analysis<'_>, words: Range<usize>) -> bool {
    let sentence = a.words[words.start].sentence;
    let start = a.sentence_words(sentence).start;
    // "Not a failure as a waller.": the verdict denied as its sentence
    // opens.
    if words.start == start + 1 && matches!(a.word(start), "not" | "never") {
        return true;
    }
    (start..words.start).any(|j| {
        matches!(a.word(j), "not" | "never" | "no" | "nor")
            && ((j + 1..words.start.min(j + 4))
                .any(|k| matches!(a.word(k), "that" | "dat" | "que") && a.words[k].clause == a.words[j].clause)
                || (j + 2 == words.start
                    && matches!(a.word(j + 1), "because" | "cos" | "coz" | "cause" | "since"))
                // "It does not show I am a bad person", "doesn't mean I'm
                // useless", "not proof I'm a careless nurse", "Not say I
                // am bad cook".
                || (j + 2 == words.start
                    && matches!(
                        a.word(j + 1),
                        "say" | "says" | "saying" | "said" | "show"
                            | "shows"
                            | "mean"
                            | "means"
                            | "prove"
                            | "proves"
                            | "make"
                            | "makes"
                            | "proof"
                            | "sign"
                    ))
                // "it does not make me a man who cannot be trusted".
                || (matches!(a.word(j + 1), "make" | "makes")
                    && a.word_is(j + 2, "me")
                    && words.start <= j + 6
                    && (j + 1..words.start).all(|k| a.words[k].sentence == sentence)))
    })
}

/// "That's on the fella who made the driving schedule, which is me": the
/// writer named as the one who did a thing — ownership, not a verdict.
fn owned_role(a: &Analysis<'_>, words: Range<usize>) -> bool {
    if a.word(words.start) != "which" {
        return false;
    }
    let sentence = a.sentence_words(a.words[words.start].sentence);
    (sentence.start.max(words.start.saturating_sub(8))..words.start)
        .any(|j| matches!(a.word(j), "who" | "whoever" | "that") && j > 0 && a.word(j - 1) != "is")
}

/// "For anybody I haven't built for before": "not built for" after
/// "have" is the writer's own past work, not a make.
fn perfect_tense(a: &Analysis<'_>, words: Range<usize>) -> bool {
    let k = words.start;
    a.word(k) == "not"
        && k > 0
        && matches!(a.word(k - 1), "have" | "has" | "had")
        && matches!(a.word(k + 1), "built" | "made" | "cut" | "wired")
}

/// "Ok, that moment was careless, but I am not a careless person": a
/// verdict word denied inside the match ("not a numbers person" is a
/// role, and stays a fixed trait).
fn verdict_denied(a: &Analysis<'_>, words: Range<usize>, o: &IdentityLists<'_>) -> bool {
    let Some(not) = words.clone().find(|&i| a.word(i) == "not") else {
        return false;
    };
    (not + 1..words.end).any(|i| o.verdict_nouns.contains(a.word(i)))
}

/// "…and it does not make him a failure as a son": a verdict whose
/// nearest person before it, in its clause, is someone else.
fn of_someone_else(a: &Analysis<'_>, words: Range<usize>) -> bool {
    if words.clone().any(|i| is_writer(a.word(i))) {
        return false;
    }
    // "Then a second call, same story, Akpakpa side this time": a story
    // told again of something else, with neither the writer nor a habit
    // in its sentence (not "Every exam same story").
    if a.word(words.start) == "same" && a.word_is(words.start + 1, "story") {
        let sentence = a.sentence_words(a.words[words.start].sentence);
        if !sentence.clone().any(|j| {
            matches!(
                a.word(j),
                "i" | "me" | "my" | "mi" | "we" | "our" | "always" | "every" | "each" | "again"
            )
        }) {
            return true;
        }
    }
    // "The 38 will never run tae time. Never has, never will.": a
    // sentence with no subject, after one about a thing.
    let sentence = a.words[words.start].sentence;
    let person = |j: usize| is_person(a.word(j));
    if sentence > 0
        && a.word(a.sentence_words(sentence).start) == "never"
        && !a.sentence_words(sentence).any(person)
    {
        let before = a.sentence_words(sentence - 1);
        if (matches!(a.word(before.start), "the" | "that" | "this" | "these" | "those")
            || a.digit_led(before.start))
            && !before.clone().any(person)
        {
            return true;
        }
    }
    let clause = a.words[words.start].clause;
    // "…the great vanilla master of Itsandra, who cannot even count his
    // own boxes": said of the one named before the comma (not "I, who
    // cannot even…").
    if words.start >= 2
        && a.word(words.start - 1) == "who"
        && a.words[words.start - 1].clause == clause
        && a.words[words.start - 2].clause != clause
        && !matches!(a.word(words.start - 2), "i" | "me" | "myself")
    {
        return true;
    }
    let before = (0..words.start).rev().take_while(|&j| a.words[j].clause == clause);
    // "That tractor is hopeless on soft sand and always will be": a
    // thing, the subject of its clause, with no first person before the
    // verdict.
    let head = before.clone().last().unwrap_or(words.start);
    if head < words.start
        && matches!(a.word(head), "the" | "that" | "this" | "these" | "those" | "its" | "their")
        && !matches!(a.word(head + 1), "is" | "was")
        && (head + 2..(head + 4).min(words.start)).any(|j| matches!(a.word(j), "is" | "was"))
        && !(head..words.start).any(|j| is_writer(a.word(j)))
    {
        return true;
    }
    before
        .take(6)
        .find_map(|j| match a.word(j) {
            w if is_writer(w) => Some(false),
            "he" | "him" | "she" | "her" | "they" | "them" | "his" => Some(true),
            _ => None,
        })
        .unwrap_or(false)
}

/// "I will never be twenty again", "never be young again": an age, not a
/// verdict.
fn an_age(a: &Analysis<'_>, words: Range<usize>) -> bool {
    // (Only after "be": "I never was, forty years I only pretend" is a
    // verdict.)
    if words.is_empty()
        || a.word(words.end - 1) != "be"
        || a.words.get(words.end).is_none_or(|w| w.sentence != a.words[words.start].sentence)
    {
        return false;
    }
    let next = a.word(words.end);
    next.bytes().all(|b| b.is_ascii_digit()) && !next.is_empty()
        || matches!(
            next,
            "twenty" | "thirty" | "forty" | "fifty" | "sixty" | "seventy" | "young" | "younger"
        )
}

/// "I am bad at this one contract": a verdict held to the one thing that
/// went wrong, not the self.
fn narrowed(a: &Analysis<'_>, words: Range<usize>, o: &IdentityLists<'_>) -> bool {
    let last = words.end - 1;
    let clause = a.words[last].clause;
    // "I am the man who sold the thiof at 2,800": one sale told, with its
    // number, not a habit ("the man who always ruins it", "who loses").
    if a.word(last) == "who"
        && a.words.get(words.end).is_some_and(|w| w.clause == clause)
        && !a.word(words.end).ends_with('s')
        && !matches!(
            a.word(words.end),
            "always" | "never" | "can" | "cannot" | "will" | "would" | "keep" | "just" | "still"
        )
        && (words.end..a.len()).take_while(|&k| a.words[k].clause == clause).any(|k| a.digit_led(k))
    {
        return true;
    }
    // "Yes, I am the guy who left the tuba mouthpieces on his kitchen
    // counter. Today.", "I'm the one who made it that way": one act told,
    // with what it was done to, in the past (not "the guy who always
    // forgets", "the one who was never ready").
    let who = if a.word(last) == "who" { last } else { words.end };
    if a.word(who) == "who" && a.words[who].clause == clause {
        let verb = who + 1;
        let past = |w: &str| {
            (is_regular_past(w) || o.past_irregular.contains(w))
                && !matches!(w, "was" | "were" | "had" | "felt" | "got" | "became")
        };
        if a.words.get(verb + 1).is_some_and(|n| n.clause == clause)
            && past(a.word(verb))
            && matches!(
                a.word(verb + 1),
                "the" | "it" | "this" | "that" | "his" | "her" | "my" | "our" | "a" | "an" | "them"
            )
        {
            return true;
        }
    }
    // "I'm an idiot, sure. An idiot who's lit 40 burnouts clean and one
    // dirty.": the verdict taken up again in the next sentence and
    // answered with a count.
    let sentence = a.words[last].sentence;
    let next = a.sentence_words(sentence + 1);
    if a.words.get(next.start).is_some_and(|w| w.sentence == sentence + 1)
        && matches!(a.word(next.start), "a" | "an")
        && a.word_is(next.start + 1, a.word(last))
        && a.word(next.start + 2).starts_with("who")
        && (next.start + 3..next.end).any(|k| a.digit_led(k))
    {
        return true;
    }
    // "I am weak in the drying part, which can be learned", "I am bad
    // with exchange rates, okay. That's one skill, and it can be learned":
    // a weakness said to be learnable, then or in the next sentence, is
    // no fixed trait.
    if (words.end..a.len()).take_while(|&k| a.words[k].sentence <= sentence + 1).any(|k| {
        // (Said of the weakness itself: not "Some things can be learned,
        // not this.")
        a.word(k) == "can"
            && k > 0
            && ((a.word_is(k + 1, "be")
                && matches!(a.word(k + 2), "learned" | "learnt" | "taught")
                && matches!(a.word(k - 1), "it" | "which" | "that" | "this"))
                || (a.word_is(k + 1, "learn") && a.word(k - 1) == "i"))
    }) {
        return true;
    }
    // "Says I'm careless when I fiddle with settings and walk away": a
    // verdict held to one doing of the writer's (not "when I have to
    // talk to people", "when it comes to money").
    if a.words.get(words.end + 2).is_some_and(|w| w.clause == clause)
        && matches!(a.word(words.end), "when" | "whenever")
        && a.word(words.end + 1) == "i"
        && !matches!(
            a.word(words.end + 2),
            "have" | "need" | "am" | "m" | "try" | "get" | "do" | "feel" | "can" | "must"
        )
    {
        return true;
    }
    // "I am only bad at reading e-mails from customs": one thing, held
    // apart from the rest.
    if matches!(a.word(words.end - 1), "at" | "with") && words.clone().any(|j| a.word(j) == "only")
    {
        return true;
    }
    // "I was an idiot Tuesday. Wednesday I ran clean.": one day's.
    if a.word(words.start + 1) == "was"
        && a.words.get(words.end).is_some_and(|w| w.sentence == a.words[words.end - 1].sentence)
        && (WEEKDAYS.contains(&a.word(words.end))
            || matches!(a.word(words.end), "today" | "yesterday" | "tonight")
            || (matches!(a.word(words.end), "that" | "this")
                && matches!(a.word(words.end + 1), "day" | "night" | "morning" | "shift" | "once")))
    {
        return true;
    }
    // "Today I am the worst roller in Havana": one day's.
    if words.start >= 1
        && matches!(a.word(words.start - 1), "today" | "tonight")
        && a.words[words.start - 1].clause == a.words[words.start].clause
    {
        return true;
    }
    // "I'm a disaster with the paperwork... this season.": one season's,
    // the time ending the verdict's sentence or making the next one alone
    // (not "…, and this season showed it").
    let season = |j: usize| {
        matches!(a.word(j), "this" | "that")
            && matches!(
                a.word(j + 1),
                "season" | "week" | "month" | "year" | "spring" | "summer" | "autumn" | "winter"
            )
            && a.words.get(j + 2).is_none_or(|w| w.sentence != a.words[j].sentence)
    };
    let sentence = a.words[words.end - 1].sentence;
    let next = a.sentence_words(sentence + 1);
    // ("A failure as a bookkeeper this once, maybe.")
    let this_once = |j: usize| a.word(j) == "this" && a.word_is(j + 1, "once");
    // ("I'm a terrible bookkeeper, yes — this week, not forever.")
    let not_forever = |j: usize| {
        a.word(j) == "not"
            && (a.word_is(j + 1, "forever")
                || (a.word_is(j + 1, "for") && matches!(a.word(j + 2), "ever" | "life")))
    };
    if (words.end..a.sentence_words(sentence).end)
        .any(|j| season(j) || this_once(j) || not_forever(j))
        || (next.len() == 2 && next.start == a.sentence_words(sentence).end && season(next.start))
    {
        return true;
    }
    // "I am a bad judge of shipping agents. Of that one agent, in that
    // one month.": the next words, with no verb, hold it to one case.
    let one_case = next.start == a.sentence_words(sentence).end
        && next.len() <= 12
        && matches!(a.word(next.start), "of" | "in" | "with" | "at" | "only")
        && next.clone().any(|j| {
            matches!(a.word(j), "that" | "this")
                && a.word_is(j + 1, "one")
                && next.contains(&(j + 1))
        });
    if one_case {
        return true;
    }
    // "I'm just a tattooist who skipped a step", "I am just a man who
    // wrote in the wrong column one time": a person told by one act, not
    // by a trait.
    if matches!(a.word(words.end - 1), "a" | "an") {
        let sentence = a.words[words.end - 1].sentence;
        let who = (words.end + 1..(words.end + 3).min(a.len()))
            .find(|&j| matches!(a.word(j), "who" | "that"))
            .filter(|&j| a.words.get(j + 1).is_some_and(|w| w.sentence == sentence));
        if who.is_some_and(|j| {
            let verb = a.word(j + 1);
            is_regular_past(verb)
                || matches!(
                    verb,
                    "made"
                        | "forgot"
                        | "took"
                        | "left"
                        | "let"
                        | "wrote"
                        | "put"
                        | "sent"
                        | "broke"
                        | "gave"
                        | "told"
                        | "ran"
                        | "drove"
                        | "bought"
                        | "sold"
                        | "threw"
                )
        }) {
            return true;
        }
    }
    // "i am the man who going to fix the sheet", "I'm the one who will
    // sort it out": who the writer will be, not a verdict.
    if a.word(words.end - 1) == "who"
        && a.words.get(words.end).is_some_and(|w| w.sentence == a.words[words.end - 1].sentence)
        && (matches!(a.word(words.end), "will" | "going" | "gonna" | "shall")
            || (matches!(a.word(words.end), "is" | "am") && a.word_is(words.end + 1, "going")))
    {
        return true;
    }
    // "that's what i'm fixing": "am" is an auxiliary, not a verdict.
    if matches!(a.word(words.end - 1), "am" | "are")
        && a.words.get(words.end).is_some_and(|w| w.clause == a.words[words.end - 1].clause)
        && a.word(words.end).ends_with("ing")
    {
        return true;
    }
    // "I'm a failure... at checking cartons, that is.": held to one
    // skill, and said to be meant so.
    if a.word_is(words.end, "at") {
        let end = a.sentence_words(a.words[words.end].sentence).end;
        if end >= words.end + 4 && a.word(end - 2) == "that" && a.word(end - 1) == "is" {
            return true;
        }
    }
    // ("useless at this" is the trait itself: only "this one", "that
    // particular" hold it to one thing; "i was hopeless with that one
    // spreadsheet" has its "with" past the match.)
    let at = if matches!(a.word(words.end - 1), "at" | "with" | "in") {
        words.end
    } else if a.word_is(words.end, "at") || a.word_is(words.end, "with") {
        words.end + 1
    } else {
        return false;
    };
    at + 1 < a.len()
        && matches!(a.word(at), "this" | "that")
        && matches!(a.word(at + 1), "one" | "particular" | "specific")
}

/// "A failure at the till is a failure at the till. It is not Haddy.": a
/// sentence opened by a verdict noun as its subject, with no first person
/// in it, says what a failure is, not what the writer is.
fn a_subject(a: &Analysis<'_>, words: Range<usize>) -> bool {
    let sentence = a.sentence_words(a.words[words.start].sentence);
    matches!(a.word(sentence.start), "a" | "an")
        && sentence.clone().any(|j| matches!(a.word(j), "is" | "was"))
        && !sentence.clone().any(|j| is_me(a.word(j)) || matches!(a.word(j), "my" | "mine"))
}

/// "so me I was relaxed", "So me, clever Haddy, I tore…" ("me" as the
/// topic of the clause after it), "one of them was holding the gauge,
/// and that's me" (the writer pointed out among others): a "me" that
/// names no trait.
fn pointed_at(a: &Analysis<'_>, words: Range<usize>) -> bool {
    let last = words.end - 1;
    if a.word(last) != "me" {
        return false;
    }
    let sentence = a.sentence_words(a.words[last].sentence);
    let topic = last > 0 && a.word(last - 1) == "so";
    // ("…whoever is last out does the check, even if that's me at 18:00":
    // a condition, not a verdict.)
    (words.start > 0 && matches!(a.word(words.start - 1), "if" | "when" | "unless" | "whether"))
        || (topic && a.word_is(words.end, "i") && a.words[words.end].clause == a.words[last].clause)
        // ("So me, clever Haddy, I tore pieces from the receipt book.")
        || (topic
            && last - 1 == sentence.start
            && (words.end..(words.end + 5).min(sentence.end)).any(|j| a.word(j) == "i"))
        || (sentence.start..words.start).any(|j| {
            a.word(j) == "one"
                && a.word_is(j + 1, "of")
                && matches!(a.word(j + 2), "them" | "us" | "the")
        })
        // ("Nobody else does the board. It's me.", "Who writes the
        // prices? It's me.": the doer named.)
        || (sentence.start > 0 && {
            let before = a.sentence_words(a.words[sentence.start - 1].sentence);
            a.word(before.start) == "who"
                || before.clone().any(|j| {
                    (a.word(j) == "nobody" && a.word_is(j + 1, "else"))
                        || (a.word(j) == "no" && a.word_is(j + 1, "one") && a.word_is(j + 2, "else"))
                })
        })
}

/// "…I am the worst baker in the county. Kidding.", "I wrote *maybe I am
/// useless* — and then I crossed it out, because it is not true": a
/// verdict the writer takes back in the words that follow (the rest of its
/// sentence and the next one).
fn retracted(a: &Analysis<'_>, words: Range<usize>) -> bool {
    let sentence = a.words[words.start].sentence;
    // "I'm such an idiot. … Then I think again. No. Not idiot.": the
    // verdict's own word denied within the next three sentences.
    let later = a.sentence_words((sentence + 3).min(a.words[a.len() - 1].sentence)).end;
    let verdict: Vec<&str> = words.clone().map(|i| a.word(i)).filter(|w| w.len() > 3).collect();
    if (words.end..later).any(|j| {
        matches!(a.word(j), "not" | "no")
            && a.own(j)
            // ("I am bad coach. Maybe I should not coach kids anymore.":
            // a verb denied, not the verdict's noun.)
            && !matches!(
                a.word(j - 1),
                "should" | "will" | "would" | "can" | "could" | "must" | "do" | "did" | "does"
            )
            && ((j + 1..(j + 3).min(later)).any(|k| verdict.contains(&a.word(k)))
                // "…I am bad at selling. Not that I am bad.": the denial
                // reaches past "that I am".
                || (a.word_is(j + 1, "that")
                    && a.word_is(j + 2, "i")
                    && (a.word_is(j + 3, "am") || a.word_is(j + 3, "m"))
                    && j + 4 < later
                    && words.clone().any(|k| a.word(k) == a.word(j + 4))))
    }) {
        return true;
    }
    // "I'm a failure at — nah. Failed one pack-out.": broken off and
    // refused.
    if (words.end..(words.end + 2).min(a.len())).any(|j| {
        matches!(a.word(j), "nah" | "nope") && a.words[j].clause != a.words[words.end - 1].clause
    }) {
        return true;
    }
    // "…I shouted to the trees: I am a disaster! … (four sentences on)
    // So no, I am not a disaster": the verdict denied in so many words,
    // however far on.
    if (words.end.max(2)..a.len()).any(|j| {
        a.word(j) == "not"
            && a.own(j)
            && matches!(a.word(j - 1), "am" | "m")
            && a.word(j - 2) == "i"
            && (j + 1..(j + 3).min(a.len())).any(|k| verdict.contains(&a.word(k)))
    }) {
        return true;
    }
    // "…somebody give me award. Abeg. One rainy Tuesday no define me.":
    // said, within three sentences, not to define the writer.
    if (words.end..later).any(|j| {
        a.word(j) == "define"
            && a.word_is(j + 1, "me")
            && matches!(a.word(j - 1), "not" | "no" | "never")
            && a.own(j)
    }) {
        return true;
    }
    if ironic(a, words.clone()) || pivoted(a, words.clone()) {
        return true;
    }
    // "I am a bad herder. No. I am a herder who made a bad rotation",
    // "maybe I AM just the lazy one. Nah.": the next sentence only says no.
    // ("No." may be read as the abbreviation, so the word is looked at
    // as written.)
    // ("Maybe I am a bad hunter. Thought that on the way home. No.": or
    // the one after it.)
    let last_sentence = a.words[a.len() - 1].sentence;
    for next in (sentence + 1..=sentence + 2).filter(|&s| s <= last_sentence) {
        let k = a.sentence_words(next).start;
        // ("No, mija.": a no said to someone.)
        let after = &a.norm.original()[a.span(k..k + 1).end..];
        if k < a.len()
            && NO.contains(&a.word(k))
            && (after.starts_with(['.', '!'])
                || (after.starts_with(',') && a.sentence_words(next).len() <= 3))
        {
            return true;
        }
    }
    if outgrown(a, words.clone()) {
        return true;
    }
    let end = a.sentence_words(sentence + 1).end;
    (words.end..end).any(|j| {
        (matches!(a.word(j), "kidding" | "joking" | "jk") && !a.word_is(j + 1, "myself"))
            // "I am a hopeless teacher. Nonsense.": the next sentence
            // opens by calling it untrue.
            || (a.words[j].initial
                && matches!(a.word(j), "nonsense" | "rubbish" | "untrue" | "bullshit" | "bollocks"))
            || (matches!(a.word(j), "true" | "fair" | "believe") && j > 0 && a.word(j - 1) == "not")
            || (a.word(j) == "no" && j > 0 && a.word(j - 1) == "but")
            // "I'm a total fraud. Aye, right.": the next sentence opens
            // by scoffing at it.
            || (a.words[j].initial
                && matches!(a.word(j), "aye" | "yeah" | "ja")
                && a.word_is(j + 1, "right")
                && a.norm.original()[a.span(j + 1..j + 2).end..]
                    .trim_start()
                    .starts_with(['.', '!']))
            // "I am weak on the paperwork part. Not fixed thing.": said
            // not to be for good.
            || (a.words[j].initial
                && a.word(j) == "not"
                && (j + 1..(j + 4).min(end))
                    .any(|k| matches!(a.word(k), "fixed" | "permanent" | "forever")))
            // "Worst captain in Delcambre, that's me. Or that's what I'd
            // have said Tuesday": the verdict put in an earlier self's
            // mouth.
            || (a.word(j) == "what"
                && a.word_is(j + 1, "i")
                && (j + 2..(j + 4).min(end))
                    .any(|k| matches!(a.word(k), "would" | "d" | "'d" | "used"))
                && (j + 3..(j + 6).min(end))
                    .any(|k| matches!(a.word(k), "said" | "say" | "thought" | "think")))
            // "I'm a slow swimmer. For now.": a state, not a trait.
            || (a.word(j) == "for" && a.word_is(j + 1, "now"))
            // "I'm rubbish at ordering at the minute": a state of these
            // weeks, in the verdict's clause.
            || (a.word(j) == "at"
                && j <= words.end + 3
                && a.words[j].clause == a.words[words.end - 1].clause
                && a.word_is(j + 1, "the")
                && (a.word_is(j + 2, "minute") || a.word_is(j + 2, "moment")))
            // "I'm an idiot — for about one night.": a state of a night.
            || (j == words.end && a.word(j) == "for" && {
                let mut k = j + 1;
                while matches!(a.word(k), "about" | "one" | "a" | "just" | "the" | "maybe") {
                    k += 1;
                }
                k <= j + 4
                    && matches!(a.word(k), "night" | "day" | "evening" | "hour" | "afternoon" | "morning")
            })
            || (a.word(j) == "yet"
                && (j == words.end
                    // "I'm not good at planning night shifts - yet.": the
                    // last word of the verdict's sentence, in its clause or
                    // alone. (Not "I am finished as a keeper, only the body
                    // doesn't know it yet", someone else's "yet".)
                    || (a.words[j].sentence == sentence
                        && a.words.get(j + 1).is_none_or(|n| n.sentence != sentence)
                        && (a.words[j].clause == a.words[words.end - 1].clause
                            || a.clause_words(a.words[j].clause).len() == 1))))
            // "I'm a mess today, for sure. Tomorrow is a different day":
            // a state of the day, not a trait.
            || (j == words.end
                && matches!(a.word(j), "today" | "tonight")
                && !(j + 1..end).any(|k| matches!(a.word(k), "every" | "always" | "forever")))
            || (a.word(j) == "crossed" && a.word_is(j + 2, "out"))
            // "I'm useless at remembering things… That's a habit, not who
            // I am.", "…never will be. That's a fact about the building,
            // not about me.": the writer takes it back in a later frame.
            || (a.word(j) == "not"
                && ((matches!(a.word(j + 1), "who" | "what")
                    && a.word_is(j + 2, "i")
                    && a.word_is(j + 3, "am"))
                    || (a.word_is(j + 1, "about") && a.word_is(j + 2, "me"))
                    // ("That's a habit, not a life sentence.")
                    || (a.word_is(j + 1, "a")
                        && a.word_is(j + 2, "life")
                        && a.word_is(j + 3, "sentence"))))
            // "I'm the worst bullfighter in Texas. Or, and hear me out, I
            // forgot to check a fan belt.": the verdict set up to be
            // knocked down.
            || (a.word(j) == "hear" && a.word_is(j + 1, "me") && a.word_is(j + 2, "out"))
            // "Part of me wants to say I'm a failure, but that's the
            // tiredness talking": the verdict put down to a mood.
            || (a.word(j) == "talking"
                && j >= 3
                && a.word(j - 2) == "the"
                && (j.saturating_sub(5)..j - 2).any(|k| matches!(a.word(k), "is" | "s" | "was")))
    })
}

/// "Sure, I'm the dumbest farmer in Story County.", "Of course, I am the
/// worst pâtissière of Lyon": a superlative verdict opened by a mock
/// "of course", "obviously" or "sure,".
fn ironic(a: &Analysis<'_>, words: Range<usize>) -> bool {
    let sentence = a.sentence_words(a.words[words.start].sentence);
    let mut k = sentence.start;
    // ("Ha, I'm the worst weatherman in all Vanuatu": a laugh opening it
    // mocks it too.)
    let laughed = matches!(a.word(k), "ha" | "haha" | "hah");
    while k < words.start && matches!(a.word(k), "ha" | "yeah" | "yes" | "oh" | "well" | "and") {
        k += 1;
    }
    // ("Yes, yes, I am the worst percebeira in all Galicia": a
    // concession said twice, to be done with it.)
    let twice = sentence.len() > 2
        && matches!(a.word(sentence.start), "yes" | "yeah" | "sure")
        && a.word(sentence.start + 1) == a.word(sentence.start);
    let opener = laughed
        || twice
        || (a.word(k) == "of" && a.word_is(k + 1, "course"))
        || matches!(a.word(k), "obviously" | "clearly")
        || (a.word(k) == "sure" && a.norm.original()[a.span(k..k + 1).end..].starts_with(','));
    // (A superlative set in a place, "…in Story County", "…of Lyon";
    // not "the worst at this, I always will be".)
    let superlative = |j: usize| {
        a.word(j) == "the"
            && j + 1 < a.len()
            && (a.word(j + 1) == "worst"
                || (a.word(j + 1).len() > 5 && a.word(j + 1).ends_with("est")))
            && (j + 3..(j + 5).min(sentence.end)).any(|m| matches!(a.word(m), "in" | "of"))
    };
    // ("So I am the worst driver in Lisbon, obviously, give me the
    // medal": the mockery after it.)
    // ("Yes yes, I'm the worst guide in all of Jordan, of course.")
    // ("…in all Galicia, put it on the front page. Ha.": a laugh alone
    // after it.)
    let next = a.words[words.start].sentence + 1;
    let laugh_after = next <= a.words.last().map_or(0, |w| w.sentence)
        && a.sentence_words(next).all(|j| matches!(a.word(j), "ha" | "haha" | "hah" | "lol"));
    let mocked = laugh_after
        || (words.end..sentence.end).any(|j| {
            a.word(j) == "obviously"
                || (a.word(j) == "of" && a.word_is(j + 1, "course") && j + 2 == sentence.end)
                || (a.word(j) == "give"
                    && a.word_is(j + 1, "me")
                    && matches!(a.word(j + 2), "a" | "the")
                    && matches!(a.word(j + 3), "medal" | "prize" | "trophy" | "award"))
        });
    // ("oh yeah im the WORST server in baltimore".)
    let oh_yeah = sentence.start + 1 < words.start
        && a.word(sentence.start) == "oh"
        && matches!(a.word(sentence.start + 1), "yeah" | "sure" | "right");
    ((opener && k < words.start) || oh_yeah || mocked)
        && sentence.clone().any(superlative)
        && !sentence.clone().any(|j| matches!(a.word(j), "always" | "never"))
}

/// "If I am the kind of owner who cannot run a shop, the shop would not
/// be open since 2003": a verdict supposed in an "if" to be refuted by
/// what would follow from it.
fn supposed(a: &Analysis<'_>, words: Range<usize>) -> bool {
    let sentence = a.sentence_words(a.words[words.start].sentence);
    words.start >= 1
        && a.word(words.start - 1) == "if"
        && a.words[words.start - 1].clause == a.words[words.start].clause
        && (words.end..sentence.end).any(|k| matches!(a.word(k), "would" | "could"))
}

/// "…the worst nurse in Scotland. Or, more likely, I'm a tired wummin
/// wi a bad rota", "— no, seriously: I am a good chef who…": the verdict
/// set up to be turned, in its sentence or the next.
fn pivoted(a: &Analysis<'_>, words: Range<usize>) -> bool {
    // "…this proves I am the worst undertaker in Ohio. Or it proves I
    // skipped a phone call.": the verdict set against another reading,
    // the writer's act.
    let next = a.sentence_words(a.words[words.start].sentence + 1);
    if next.len() > 2
        && a.word(next.start) == "or"
        && next.clone().any(|k| a.word(k) == "i" && a.own(k))
    {
        return true;
    }
    let end = next.end;
    (words.end..end).any(|j| {
        (a.word(j) == "seriously" && j > 0 && matches!(a.word(j - 1), "no" | "but"))
            || (a.word(j) == "serious" && j > 0 && a.word(j - 1) == "but")
            || (a.word(j) == "real" && a.word_is(j + 1, "talk"))
            || (a.word(j) == "more" && a.word_is(j + 1, "likely") && j > 0 && a.word(j - 1) == "or")
    })
}

/// "Never was good at paperwork when I started out. Got better at it.":
/// a verdict bounded in the past, or grown out of in the next sentence.
fn outgrown(a: &Analysis<'_>, words: Range<usize>) -> bool {
    let sentence = a.words[words.start].sentence;
    // (Not in a clause that says what kind: "I am a failure, a old man
    // who cannot even keep a fire alive for one night".)
    if (words.end..a.sentence_words(sentence).end)
        .take_while(|&j| !matches!(a.word(j), "who" | "which"))
        .any(|j| past_frame(a, j))
    {
        return true;
    }
    // "I am too soft with relatives on the crew, that's a habit, and
    // habits can be changed", "I'm bad at paper. Fixable.": said to be
    // changeable, in its sentence or a short one after.
    let changeable = |j: usize| {
        (a.word(j) == "can"
            && (matches!(a.word(j + 1), "change" | "learn")
                || (a.word_is(j + 1, "be")
                    && matches!(a.word(j + 2), "changed" | "fixed" | "learned" | "learnt"))))
            || (matches!(a.word(j), "fixable" | "learnable" | "changeable")
                && !(j > 0 && matches!(a.word(j - 1), "not" | "never")))
            // "…something I do and not something I am": an act, said not
            // to be the self.
            || (a.word(j) == "not"
                && matches!(a.word(j + 1), "something" | "who" | "what")
                && a.word_is(j + 2, "i")
                && (a.word_is(j + 3, "am") || a.word_is(j + 3, "m"))
                // (Read even past a "saying no to…", which is no one's
                // words but the writer's.)
                && !a.words[j].quoted)
    };
    let next = a.sentence_words(sentence + 1);
    // ("I'm a slow teacher. Can learn to be less slow.": a next sentence
    // that opens by saying so, however long.)
    let opens_changeable = !next.is_empty()
        && (changeable(next.start) || (a.word(next.start) == "i" && changeable(next.start + 1)));
    let after = if !next.is_empty() && (next.len() <= 4 || opens_changeable) {
        next.end
    } else {
        a.sentence_words(sentence).end
    };
    if (words.end..after).any(changeable) {
        return true;
    }
    // "Maybe for ten minutes I was an idiot": a spell, not a nature.
    if (a.sentence_words(sentence).start..words.start).any(|j| brief_spell(a, j)) {
        return true;
    }
    next.start < a.len()
        && matches!(a.word(next.start), "got" | "getting")
        && a.word_is(next.start + 1, "better")
        && !next.clone().any(|j| matches!(a.word(j), "not" | "no" | "nothing" | "never"))
}

/// "when I started out", "back then", "at first": a time the writer has
/// left behind, starting at word `j`.
fn past_frame(a: &Analysis<'_>, j: usize) -> bool {
    match a.word(j) {
        "when" => {
            a.word_is(j + 1, "i")
                && (a.word_is(j + 2, "started")
                    || (a.word_is(j + 2, "first") && a.word_is(j + 3, "started")))
        }
        "back" => a.word_is(j + 1, "then"),
        // "I'm an idiot, is what I said Friday": the writer's own words,
        // quoted from before.
        "is" | "was" => {
            a.word_is(j + 1, "what")
                && a.word_is(j + 2, "i")
                && matches!(a.word(j + 3), "said" | "thought" | "told" | "called" | "wrote")
        }
        "at" => {
            a.word_is(j + 1, "first")
                && a.words.get(j + 2).is_none_or(|n| n.clause != a.words[j].clause)
        }
        "for" => brief_spell(a, j),
        _ => false,
    }
}

/// "for ten minutes", "for a moment", "for a couple of hours", from the
/// "for" at `j`: a spell too short to be what someone is (not "for
/// years", "for a long time").
fn brief_spell(a: &Analysis<'_>, j: usize) -> bool {
    a.word(j) == "for"
        && (j + 1..(j + 5).min(a.len()))
            .take_while(|&k| a.words[k].clause == a.words[j].clause)
            .any(|k| {
                // ("I'm an idiot - for exactly one afternoon".)
                matches!(
                    a.word(k),
                    "moment"
                        | "second"
                        | "seconds"
                        | "minute"
                        | "minutes"
                        | "hour"
                        | "hours"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "day"
                        | "night"
                ) && (j + 1..k).all(|m| {
                    matches!(
                        a.word(m),
                        "a" | "one"
                            | "exactly"
                            | "just"
                            | "only"
                            | "two"
                            | "three"
                            | "five"
                            | "ten"
                            | "few"
                            | "couple"
                            | "of"
                            | "the"
                            | "that"
                            | "those"
                            | "half"
                            | "an"
                    ) || a.word(m).bytes().all(|b| b.is_ascii_digit())
                })
            })
}

/// "Am I a failure? No." — a question answered in the negative in the
/// next words, or "Am I a bad teacher? … and no — …" later in the
/// sentence that follows.
fn answered_no(a: &Analysis<'_>, words: Range<usize>) -> bool {
    let sentence = a.words[words.start].sentence;
    let end = a.sentence_words(sentence).end;
    // Only questions: the sentence ends with `?`.
    let last = end.saturating_sub(1);
    let span = a.span(last..last + 1);
    let after = &a.norm.original()[span.end..];
    if !after.trim_start_matches(['"', '\'', '*', ')']).starts_with('?') {
        return false;
    }
    (end..(end + 20).min(a.len())).any(|j| a.word(j) == "not" || NO.contains(&a.word(j)))
}

/// "No", and the writer's other languages' no ("Hapana.", "Nein.", Tetum "Lae.",
/// "Non.").
const NO: &[&str] = &[
    "no", "nah", "nope", "naw", "nae", "nay", "hapana", "nein", "nee", "nej", "nie", "niet", "non",
    "nada", "lae",
];

/// What one has or lacks as a gift: "the knack", "an eye for it", "the
/// head for numbers", "the luck of the sea".
const GIFTS: &[&str] = &[
    "gift", "talent", "knack", "head", "brain", "brains", "eye", "ear", "touch", "instinct",
    "gene", "genes", "nerve", "feel", "it", "luck",
];

/// Words for one person or people, as "not for a woman like me" has them.
const KINDS_OF_ONE: &[&str] = &[
    "woman", "man", "girl", "guy", "boy", "person", "someone", "somebody", "people", "women",
    "men", "folk", "one",
];

/// A gift someone has and the writer lacks: "Hosting is a gift my
/// mother-in-law has and I simply don't", "my brother has the eye for it
/// and I never had" (not "Maria has the keys and I don't": a gift, a
/// knack, a head for something).
fn gift_lacked(a: &Analysis<'_>) -> Option<Match> {
    let n = a.len();
    for j in 0..n.saturating_sub(3) {
        // ("Kieran's got it, I haven't": after a comma, too.)
        let comma = a.words[j].clause != a.words[j + 1].clause
            && a.words[j].sentence == a.words[j + 1].sentence;
        if !((a.word(j) == "and" || comma) && a.word(j + 1) == "i" && a.own(j + 1)) {
            continue;
        }
        let mut k = j + 2;
        while k < n && matches!(a.word(k), "simply" | "just" | "really") {
            k += 1;
        }
        let lacks = (a.word_is(k, "do") && a.word_is(k + 1, "not"))
            || (a.word_is(k, "have") && a.word_is(k + 1, "not"))
            || (a.word_is(k, "never") && (a.word_is(k + 1, "did") || a.word_is(k + 1, "had")));
        // Nothing after it in its clause: "and I don't", not "and I do
        // not have the keys".
        let bare = k + 2 >= n || a.words[k + 2].clause != a.words[k + 1].clause;
        if !lacks || !bare {
            continue;
        }
        let sentence = a.sentence_words(a.words[j].sentence);
        let before = sentence.start..if comma { j + 1 } else { j };
        let has = before.clone().rev().take(6).any(|h| matches!(a.word(h), "has" | "have" | "got"));
        let gift = before.clone().any(|g| GIFTS.contains(&a.word(g)) && a.own(g));
        // (After a comma, only a person holds it: "Kieran's got it, I
        // haven't", not "The van has it, I have not".)
        let clause = a.clause_words(a.words[j].clause);
        let person = |h: usize| {
            (a.words[h].capital && (!a.words[h].initial || a.word(h).ends_with("'s")))
                || matches!(
                    a.word(h),
                    "brother"
                        | "sister"
                        | "da"
                        | "dad"
                        | "father"
                        | "mother"
                        | "mum"
                        | "mam"
                        | "son"
                        | "daughter"
                        | "wife"
                        | "husband"
                        | "he"
                        | "she"
                )
        };
        let held = !comma || clause.clone().take(3).any(person);
        if has && gift && held && !before.clone().any(|x| a.word(x) == "not") {
            return Some(
                a.norm.match_of(a.words[sentence.start].norm.start..a.words[k + 1].norm.end),
            );
        }
    }
    // "My husband, he had the luck of the sea. I don't have it.": the gift
    // in one sentence, the lack as the whole of the next.
    // ("Some keepers have the eye. I accept I don't have it.": after an
    // "I accept", "I know".)
    for j in 1..n {
        let admitted = j >= 2
            && a.words[j - 2].initial
            && a.word(j - 2) == "i"
            && matches!(a.word(j - 1), "accept" | "know" | "admit" | "guess" | "reckon");
        if !((a.words[j].initial || admitted) && a.word(j) == "i" && a.own(j)) {
            continue;
        }
        let said = ["i", "do", "not", "have", "it"];
        let whole = said.iter().enumerate().all(|(d, x)| {
            a.words.get(j + d).is_some_and(|w| w.sentence == a.words[j].sentence)
                && a.word(j + d) == *x
        }) && a.words.get(j + 5).is_none_or(|w| w.sentence != a.words[j].sentence);
        if !whole {
            continue;
        }
        let Some(previous) = a.words[j].sentence.checked_sub(1) else {
            continue;
        };
        let before = a.sentence_words(previous);
        let had = before.clone().any(|h| matches!(a.word(h), "has" | "had" | "have") && a.own(h));
        let gift =
            before.clone().any(|g| GIFTS.contains(&a.word(g)) && a.word(g) != "it" && a.own(g));
        if had && gift && !before.clone().any(|x| a.word(x) == "not") {
            return Some(
                a.norm.match_of(a.words[before.start].norm.start..a.words[j + 4].norm.end),
            );
        }
    }
    None
}

/// Others as a kind, by their shape: "some guides", "other boat owners",
/// "some moms" — "some" or "other" and the word that names them (not an
/// amount: "some time", "other days").
fn others_by_shape(a: &Analysis<'_>) -> Vec<Range<usize>> {
    (0..a.len().saturating_sub(1))
        .filter(|&i| matches!(a.word(i), "some" | "other"))
        .filter(|&i| {
            let next = a.word(i + 1);
            a.words[i + 1].sentence == a.words[i].sentence
                && next.len() > 2
                && next.ends_with('s')
                && !matches!(next, "days" | "times" | "things" | "weeks" | "months" | "years")
                && !next.ends_with("ss")
                && next.bytes().all(|b| b.is_ascii_lowercase())
        })
        .map(|i| i..i + 2)
        .collect()
}

/// "Some men the hill lets in, and some it keeps at the door… I know
/// which kind I am", "some people learn numbers and some people don't,
/// and I stopped waiting to be the first kind": people sorted in two in
/// one sentence (the second "some" or "others" after an "and" or in a later
/// clause), and the
/// writer placed in one of the kinds there or in the two sentences after.
/// Not "Some guests pay cash and some pay by card; I asked which kind they
/// were", nor "some ewes lamb early and some late, and I was ready for the
/// first kind".
fn sorted_and_placed(a: &Analysis<'_>, others: Range<usize>) -> bool {
    let sentence = a.words[others.start].sentence;
    let clause = a.words[others.start].clause;
    let sorted = a.sentence_words(sentence).skip_while(|&j| j < others.end).any(|j| {
        a.own(j)
            && (a.words[j].clause > clause || a.word(j - 1) == "and")
            && (matches!(a.word(j), "some" | "others")
                || (a.word(j) == "the" && a.word_is(j + 1, "rest")))
    });
    if !sorted {
        return false;
    }
    let last = a.sentence_words((sentence + 2).min(a.words[a.len() - 1].sentence)).end;
    (others.end..last).any(|j| {
        let kind = matches!(a.word(j), "kind" | "sort" | "type")
            && j >= 3
            && ((matches!(a.word(j - 1), "which" | "what")
                && a.word_is(j + 1, "i")
                && a.word_is(j + 2, "am"))
                || (matches!(a.word(j - 1), "first" | "second" | "other" | "wrong")
                    && a.word(j - 2) == "the"
                    && matches!(a.word(j - 3), "be" | "am")));
        // ("I've always known which I am": the kind left out.)
        let which = a.word(j) == "which"
            && a.word_is(j + 1, "i")
            && a.word_is(j + 2, "am")
            && j >= 1
            && matches!(a.word(j - 1), "known" | "know" | "knew");
        // ("Maybe I be one of those who no get am": Pidgin "I am".)
        let one_of = a.word(j) == "those"
            && j >= 4
            && a.word(j - 1) == "of"
            && a.word(j - 2) == "one"
            && matches!(a.word(j - 3), "be" | "am")
            && a.word(j - 4) == "i";
        a.own(j) && (kind || which || one_of)
    })
}

/// "My father said I have hands but no head for money. He was right",
/// "Daddy always said I was born a day late and a dollar short, and I
/// reckon he called it", "My wife says I have a tongue made of teak … she
/// is right": someone else's verdict on the writer, which the writer then
/// says is right, in that sentence or the two after it. What was said is
/// a trait when it names a lack, was said again and again ("always said",
/// "used to say", "keeps telling me"), or is about the writer now ("says I
/// have", "says I am"). Not advice ("said I should check the pump"),
/// praise ("says I have good hands"), a verdict denied ("says I'm not a
/// failure"), nor agreement about something else ("she was right about
/// the tide").
fn endorsed(a: &Analysis<'_>, o: &IdentityLists<'_>) -> Option<Match> {
    (1..a.len()).find_map(|r| {
        let by = agreement(a, r)?;
        let sentence = a.words[r].sentence;
        let from = a.sentence_words(sentence.saturating_sub(2)).start;
        // "does not prove that she was right", "I doubt he was right":
        // a doubt in the agreement's own clause, back to an "and" or a
        // "but", not a lack inside what was said ("Daddy said I was no
        // good with money and he was right").
        let clause = a.clause_words(a.words[by].clause).start;
        let doubted = (clause..by)
            .rev()
            .take_while(|&k| !matches!(a.word(k), "and" | "but"))
            .any(|k| matches!(a.word(k), "not" | "never" | "no" | "doubt" | "if" | "whether"));
        // ("…and that day maybe she is right": right once.)
        let once = (clause..by).any(|k| {
            a.word(k) == "today"
                || (matches!(a.word(k), "that" | "this")
                    && matches!(a.word(k + 1), "day" | "time" | "night" | "once"))
        });
        if doubted || once {
            return None;
        }
        // ("My wife is right when she say I am soft like dough": the
        // agreement first, then what was said.)
        if matches!(a.word(r + 1), "when" | "that")
            && matches!(a.word(r + 2), "she" | "he" | "they")
            && matches!(a.word(r + 3), "say" | "says" | "said")
            && a.word_is(r + 4, "i")
            && matches!(a.word(r + 5), "am" | "have" | "was")
            && (r + 1..r + 6).all(|k| a.words[k].sentence == a.words[r].sentence)
        {
            let end = a.sentence_words(sentence).end;
            let praise = (r + 6..end).any(|k| {
                matches!(a.word(k), "good" | "great" | "best" | "better" | "clever" | "smart")
            });
            if !praise {
                return Some(a.norm.match_of(a.words[by].norm.start..a.words[end - 1].norm.end));
            }
        }
        (from..by).find_map(|s| {
            let said = matches!(
                a.word(s),
                "said" | "says" | "say" | "told" | "tells" | "tell" | "telling"
            );
            // ("My grandmother used to call me 'bukiyō' … she was right".)
            let called = matches!(a.word(s), "call" | "calls" | "called") && a.word_is(s + 1, "me");
            if !said && !called {
                return None;
            }
            // The one agreed with is the one who said it, as "he", "she",
            // "they", "the old man" or by name ("Mama said … Mama was
            // right"), or what was said ("that is true"); not a thing
            // ("the box was correct", "Nose part is true").
            let mut sayer = s;
            while sayer > 0
                && matches!(
                    a.word(sayer - 1),
                    "always" | "often" | "would" | "keeps" | "kept" | "to" | "used"
                )
            {
                sayer -= 1;
            }
            let agreed_with =
                matches!(a.word(by), "he" | "she" | "they" | "man" | "woman" | "lady")
                    || (sayer > 0 && a.word(sayer - 1) == a.word(by))
                    || (matches!(a.word(by), "it" | "that") && a.word(r) == "true");
            if !agreed_with {
                return None;
            }
            // The writer as the subject of what was said ("said I have",
            // "told me I have"), not only its object: "told me that the
            // parents were not against me" says nothing of the writer.
            // ("My mother always say: Rezeda, you are hands person": the
            // writer addressed.)
            let about_me = if called {
                s + 1
            } else {
                (s + 1..(s + 4).min(by)).find(|&k| {
                    a.word(k) == "i"
                        // (Agreed with by the one who said it, not "that is
                        // true" after the writer's own part of it: "'you are
                        // a floor girl, numbers are not for you'. I am a
                        // floor girl, that is true".)
                        || (a.word(k) == "you"
                            && matches!(a.word(k + 1), "are" | "were")
                            && !matches!(a.word(by), "it" | "that"))
                })?
            };
            let what: Vec<usize> = (about_me + 1..(about_me + 12).min(by))
                .take_while(|&k| a.words[k].sentence == a.words[s].sentence)
                .collect();
            let has = |words: &[&str]| what.iter().any(|&k| words.contains(&a.word(k)));
            let lack = has(&["no", "not", "never", "cannot", "nothing"]);
            let again = s >= 1
                && (matches!(a.word(s - 1), "always" | "often" | "would" | "keeps" | "kept")
                    || (s >= 2 && a.word(s - 1) == "to" && a.word(s - 2) == "used"));
            // ("Con says I'd double-book my own funeral": what the writer
            // would do, said of them.)
            let now = matches!(a.word(about_me + 1), "am" | "are" | "have" | "has" | "would")
                || (a.word(about_me + 1) == "was" && a.word_is(about_me + 2, "born"));
            let advice = has(&["should", "must", "need", "ought", "could", "can", "might"]);
            let praise = has(&[
                "good", "great", "best", "better", "fine", "strong", "capable", "clever", "smart",
                "talented", "gifted", "right",
            ]);
            let denied = what.iter().any(|&k| {
                matches!(a.word(k), "not" | "no")
                    && (k + 1..(k + 3).min(a.len())).any(|v| o.verdict_nouns.contains(a.word(v)))
            });
            // (Praise beside a lack is still a lack: "a good heart but
            // no head for figures".)
            ((lack || ((again || now) && !praise)) && !advice && !denied)
                .then(|| a.norm.match_of(a.words[s].norm.start..a.words[r].norm.end))
        })
    })
}

/// Where the words that end at `r` say someone else was right, the index
/// of the first of them: "she is right", "the old man saw correctly", "he
/// called it", "Mum had it right", "he was not wrong", "she had a point".
/// Not the writer's own say ("I was right"), nor "right about" something
/// other than the writer, nor "called it off".
fn agreement(a: &Analysis<'_>, r: usize) -> Option<usize> {
    if r < 2 {
        return None;
    }
    let w = a.word(r);
    let next = if r + 1 < a.len() && a.words[r + 1].clause == a.words[r].clause {
        a.word(r + 1)
    } else {
        ""
    };
    let two_before = (matches!(w, "right" | "true" | "correct")
        && matches!(a.word(r - 1), "is" | "was" | "were" | "are")
        && (next != "about" || a.word_is(r + 2, "me"))
        && !matches!(next, "there" | "here" | "away" | "next" | "behind" | "in" | "on" | "at"))
        || (w == "it"
            && a.word(r - 1) == "called"
            && (next.is_empty() || matches!(next, "right" | "early" | "years" | "long" | "from")))
        || (matches!(w, "correctly" | "right" | "clearly" | "true") && a.word(r - 1) == "saw");
    let three_before =
        (w == "right" && a.word(r - 1) == "it" && matches!(a.word(r - 2), "had" | "got" | "has"))
            || (w == "wrong"
                && matches!(a.word(r - 1), "not" | "never")
                && matches!(a.word(r - 2), "was" | "is" | "were"))
            || (w == "point" && a.word(r - 1) == "a" && matches!(a.word(r - 2), "had" | "has"));
    let by = if two_before {
        r - 2
    } else if three_before {
        r.checked_sub(3)?
    } else {
        return None;
    };
    // (In "he called it", "it" reads as what was called: the frame is the
    // writer's.)
    let own = (by..r).all(|k| a.own(k)) && (a.own(r) || w == "it");
    (own && !matches!(a.word(by), "i" | "we" | "you" | "am")
        && a.words[by].clause == a.words[r].clause)
        .then_some(by)
}

/// What may stand before a verdict said alone: "Proper fraud.", "What an
/// idiot.", "Total failure as a founder."
const ALONE_MODIFIERS: &[&str] = &[
    "a", "an", "what", "such", "proper", "total", "complete", "absolute", "utter", "bloody",
    "right", "real", "big", "old", "stupid", "useless", "damn", "fucking", "silly", "pure",
];

/// "Idiot. That's the word.", "Proper fraud. Eight years in and still…":
/// a verdict on a person as a whole sentence, with no verb, in the
/// writer's own voice, not asked and not taken back.
fn verdict_alone(a: &Analysis<'_>, o: &IdentityLists<'_>) -> Option<Match> {
    let last = a.words.last()?.sentence;
    (0..=last).find_map(|s| {
        let r = a.sentence_words(s);
        if r.is_empty() || r.len() > 7 || !r.clone().all(|i| a.own(i)) {
            return None;
        }
        let noun = r.clone().find(|&i| !ALONE_MODIFIERS.contains(&a.word(i)))?;
        // ("as a founder" may follow; "fraud of a machine" is a thing.)
        let tail = noun + 1..r.end;
        // ("Proper failure, me.": the verdict, then whom it is on.)
        let tail_ok = tail.is_empty()
            || (tail.len() <= 4 && matches!(a.word(noun + 1), "as" | "again"))
            || (tail.len() == 1 && a.word(noun + 1) == "me");
        if !o.person_verdicts.contains(a.word(noun)) || !tail_ok {
            return None;
        }
        // "…the guy who breaks trams. Joke.": a bare "Joke." says the
        // words before it were not meant.
        if r.len() == 1 && a.word(noun) == "joke" {
            return None;
        }
        let after = a.norm.original()[a.span(r.clone()).end..].trim_start_matches(['"', '\'', ')']);
        if !(after.is_empty() || after.starts_with(['.', '!', '\n'])) {
            return None;
        }
        if retracted(a, r.clone()) {
            return None;
        }
        Some(a.norm.match_of(a.words[r.start].norm.start..a.words[r.end - 1].norm.end))
    })
}

/// "Some people are just marks with a name badge. Apparently I'm one of
/// them", "some people are just a person who breaks things, and I am one
/// of them": a kind of people, and the writer counted among them, in that
/// sentence or the next.
fn one_of_them(a: &Analysis<'_>) -> Option<Match> {
    (0..a.len().saturating_sub(2)).find_map(|i| {
        let kind = a.word(i) == "some"
            && matches!(a.word(i + 1), "people" | "men" | "women" | "folks" | "guys")
            && matches!(a.word(i + 2), "are" | "is")
            && a.own(i);
        if !kind {
            return None;
        }
        let last = a.words[a.len() - 1].sentence;
        let end = a.sentence_words((a.words[i].sentence + 1).min(last)).end;
        (i + 3..end.saturating_sub(4)).find_map(|j| {
            let counted = a.word(j) == "i"
                && matches!(a.word(j + 1), "am" | "m")
                && a.word(j + 2) == "one"
                && a.word(j + 3) == "of"
                && a.word(j + 4) == "them"
                && a.own(j);
            counted.then(|| a.norm.match_of(a.words[j].norm.start..a.words[j + 4].norm.end))
        })
    })
}

/// "Some people have it and I don't": others named as having what the
/// writer says they lack, in one sentence or the next.
fn compared(a: &Analysis<'_>, listed: &PhraseSet) -> Option<Match> {
    let mut others: Vec<Range<usize>> =
        a.all_matches(listed).into_iter().map(|(_, words)| words).collect();
    others.extend(others_by_shape(a));
    for words in others {
        let first = words.start;
        if first >= a.len() || !a.own(first) {
            continue;
        }
        let sentence = a.words[first].sentence;
        // "Some members called me a thief. I am not": others who say
        // something of the writer, answered.
        let saying = (words.end..(words.end + 2).min(a.len())).any(|j| {
            a.words[j].sentence == sentence
                && matches!(
                    a.word(j),
                    "called" | "call" | "said" | "say" | "says" | "accused" | "told" | "blamed"
                )
        });
        if saying {
            continue;
        }
        let last = a.sentence_words(sentence + 1).end;
        let me_lacking = (words.end..last).any(|j| {
            // ("…and I'm one of the ones who don't": counted among them.)
            let counted = matches!(a.word(j + 1), "am" | "m")
                && a.word_is(j + 2, "one")
                && a.word_is(j + 3, "of");
            let reach = if counted { j + 10 } else { j + 5 };
            matches!(a.word(j), "i" | "me" | "mi")
                && a.own(j)
                && (j + 1..reach.min(last)).any(|k| {
                    matches!(a.word(k), "not" | "cannot" | "never" | "only" | "still" | "just")
                        // (Pidgin "me I no get am": I don't have it.)
                        || (a.word(k) == "no" && matches!(a.word(k + 1), "get" | "fit" | "sabi"))
                })
                // "Other parents brought snacks and I did not": what
                // happened once, not what the writer is. ("…had bought
                // from other stalls, and I sold only 25 of the 60 litres":
                // a count of what happened, too.)
                && !(j + 1..(j + 4).min(last)).any(|k| matches!(a.word(k), "did" | "had"))
                && !(j + 1..(j + 5).min(last)).any(|k| a.word(k).bytes().any(|b| b.is_ascii_digit()))
                // "…walked, to where I don't know": not knowing, no lack.
                && !(j + 1..(j + 4).min(last)).any(|k| {
                    a.word(k) == "not"
                        // ("Others say so. I do not agree.": an opinion.)
                        && matches!(
                            a.word(k + 1),
                            "know" | "remember" | "recall" | "care" | "agree" | "accept" | "believe"
                        )
                        && (k + 2 >= a.len() || a.words[k + 2].clause != a.words[k + 1].clause)
                })
        });
        // "Some bodies are built for it and mine just isn't", "Some lads
        // are made for the business side… I'm a tools man": a nature
        // others are given, and the writer after it.
        let end_of_sentence = a.sentence_words(sentence).end;
        let nature = (words.end..end_of_sentence).any(|j| match a.word(j) {
            "born" | "gifted" | "natural" | "naturals" => true,
            // "are made for", not "some students made a poster".
            "made" | "built" | "given" | "wired" | "cut" | "meant" => {
                matches!(a.word(j - 1), "are" | "were" | "is" | "was" | "just" | "simply")
            }
            _ => false,
        });
        let writer_after = (words.end..last)
            .any(|j| matches!(a.word(j), "i" | "me" | "mi" | "mine" | "my") && a.own(j));
        if me_lacking || (nature && writer_after) || sorted_and_placed(a, words.clone()) {
            return Some(a.norm.match_of(a.words[first].norm.start..a.words[last - 1].norm.end));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The separation the rule asks for, said in so many words, is not
    /// weighed as a verdict by the words around it; a verdict the reading
    /// finds still is one.
    #[test]
    fn a_value_that_separates_the_attempt_is_not_weighed_as_a_verdict() {
        let settings = crate::check::Settings::default();
        let o = crate::check::rules::identity_lists(&settings);
        let separate = "This attempt failed; I am a beginner at this who is getting better. I would tell a friend exactly the same thing.";
        assert!(matches!(self_verdict(separate, &o, true), SelfVerdict::Separate));
        let asserted = "This attempt failed because I am a failure.";
        assert!(matches!(self_verdict(asserted, &o, true), SelfVerdict::Asserted(_)));
    }

    #[test]
    fn verdicts_and_their_answers() {
        let settings = crate::check::Settings::default();
        let o = crate::check::rules::identity_lists(&settings);
        for yes in [
            "I am a failure.",
            "I'm just not a numbers person.",
            "Some guys have it. I don't.",
            "That's just who I am, I freeze every time.",
            "i'll never be one of those streamers ppl watch",
            "What is wrong with me?",
            "Forgot the lanyard again. I am the one who always forgets.",
            "Late to the rehearsal, that's just me.",
            "Bad with paperwork, always was.",
            "Late to everything, since always",
            "I always ruin the first batch.",
            "I never get anything right.",
            "Some cooks have the plating gene.",
            "My sister has something I don't.",
            "At 41 it seems my mother was right, this is simply me and no tool will change it.",
            "I figure I'm always gonna be one of those people who can't fill a room.",
            "My dad could never add up either. Numbers and me will never get on.",
            "Late with the rota again. Is like this with me since forever.",
            "Being late is in my blood.",
            "Clown. Three seasons in and still dropping the float.",
            "Total failure as a shop owner.",
            "I'm not good at reading tide tables, and I never will be, yet I keep trying.",
            "I'm the plumber people call when the good one is booked, and that's all I'll ever be.",
            "Late with the invoices since I was born, me.",
            "Some things you just are. Untidy is one of mine.",
            "Cut the corner again. That's just how I drive.",
            "My aunties all burn the rice, and I am like that too.",
            "I am not fit to run a shop, and that's the truth of it.",
            "I'm just one of those people who learn by doing, never from a manual.",
            "I'm a careless baker. Took three burnt batches to admit it.",
            "Came off the line wrong, me. Out of the factory wrong.",
            // The longest reading ("i am ... disgrace") is rejected; the
            // shorter one at the same start is the verdict.
            "I am a failure, a disgrace to my uncle's name.",
        ] {
            assert!(!collapses(yes, &o).is_empty(), "{yes}");
        }
        for no in [
            "My dad said I'm hopeless with money. One bad quarter doesn't make that true.",
            "Am I a failure? No. I ran a slow race on a hot day.",
            "One bad pour doesn't make me a bad barista.",
            "I am not a failure; this attempt failed.",
            "The critic called it 'stupid cooking'.",
            "I am learning from failure.",
            "I was the one who locked the hall, so the key was with me.",
            "It's me who should ring the council on Monday.",
            "I always count the float twice now.",
            "The caterer had something I didn't expect: a vegan menu.",
            "One late delivery doesn't mean I will always be behind.",
            "Am I the one who always forgets? No, I forgot once.",
            "Ja, I'm a slow swimmer. For now. My times came down last season.",
            "Some people got out and walked, to where I don't know.",
            "I'm always going to be grateful to the crew who pulled me out.",
            "It does not show I am a bad person, only that I need to collect receipts.",
            "The lads and me will never get on the early ferry at this rate.",
            "The oven door has a hinge that is loose since forever, and the batch burned.",
            "That one's on whoever set the rota for the weekend, which is me.",
            "I'm not good at reading tide tables - yet. Nobody showed me before this job.",
            "Dad laughed that I'm 'useless with a saw'. No: I was useless with that one saw, blunt as it was.",
            "Rushing the count was careless. It is not in my blood; I can slow down.",
            "The new label printer? Useless. Fraud of a machine.",
            "Ahmed shouted across the yard: idiot!",
            "Idiot? No. I skipped one check.",
            "That's how I do the float now, twice over, since the short count.",
            "I will never be thirty again, true, but the ladder slipped because I skipped the tie-off.",
            "Is a second-rate plumber all I will ever be? No: one wrong valve is one wrong valve.",
            "That old van is useless on hills and always will be, so the hill run goes by train.",
            "I am only bad at the customs forms, which every small importer is.",
            "The second count is what I'm changing, not the till.",
            "One short till is not proof I'm a sloppy cashier.",
            "I am no failure, a disgrace to nobody, just short one crate.",
            "I was an idiot that morning; by noon the 3 orders were out.",
        ] {
            assert!(collapses(no, &o).is_empty(), "{no}: {:?}", collapses(no, &o));
        }
    }

    /// `COLLAPSE="text" cargo test --lib show_collapse -- --nocapture`
    #[test]
    #[allow(clippy::print_stdout)]
    fn show_collapse() {
        let Ok(text) = std::env::var("COLLAPSE") else { return };
        let settings = crate::check::Settings::default();
        let o = crate::check::rules::identity_lists(&settings);
        let a = Analysis::new(&text);
        println!("collapses: {:?}", collapses(&text, &o));
        println!("verdict: {:?}", self_verdict(&text, &o, true));
        println!("norm: {:?} alone: {:?}", a.norm.text, verdict_alone(&a, &o));
        for w in &a.words {
            println!(
                "  {:?} s{} c{} own={}",
                &a.norm.text[w.norm.clone()],
                w.sentence,
                w.clause,
                !w.quoted && !w.reported
            );
        }
        println!(
            "role_denied {:?} compared {:?} fixed_trait {:?} self_equated {:?}",
            role_denied(&a, &o),
            compared(&a, o.others),
            fixed_trait(&a, &o),
            self_equated(&a, &o)
        );
        for (m, words) in a.all_matches(o.collapse) {
            let matched = &a.norm.text[m.norm.clone()];
            println!(
                "{matched:?} phrase={:?} own={} gap_ok={} distanced={} answered={}",
                o.collapse.phrase_of(&m),
                words.clone().all(|i| a.own(i)),
                gap_is_modifiers(&a.norm, &m, &o),
                distanced(&a, &m, words.clone(), &o),
                answered_no(&a, words.clone())
            );
        }
        println!("{:?}", collapses(&text, &o));
    }
}
