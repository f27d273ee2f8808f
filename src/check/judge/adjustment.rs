//! Can an adjustment be tested on the next attempt? It can when it says
//! *what* will be done, concretely (at least two words that name a thing,
//! a person or an action, outside stock resolutions), and *when* or *by
//! which measure* it applies: a trigger ("before every launch", "on any job
//! over a day", "once a parent emails", "for the next three markets"), a
//! standing rule ("only through the booking form", "never sign without
//! reading clause 4"), a quantity, a named person or a named artefact (a
//! checklist, the bank app). Digits are not required.
//!
//! A stock resolution ("do better", "try harder", "be more careful") with
//! nothing testable around it is [`Testability::Generic`] (an error); any
//! other text without both parts is [`Testability::Untestable`].
//!
//! The hand-written reading counts the signals; a small learned model
//! ([`ADJUSTMENT_MODEL`]) then weighs those counts against the length of
//! the text, and calls [`Testability::Thin`] what the reading let pass on
//! one signal lost in a long wish.

// Words are looked at by index alongside parallel masks.
#![allow(clippy::needless_range_loop)]

use std::ops::Range;
use std::sync::LazyLock;

use crate::check::judge::model::Linear;
use crate::check::judge::text::{Analysis, MONTHS, PERIODS, WEEKDAYS, over_everything};
use crate::check::options::Words;
use crate::check::phrases::{Match, PhraseSet};

/// The lists of [`testability`].
#[derive(Debug, Clone, Copy)]
pub struct AdjustmentLists<'a> {
    /// Stock resolutions.
    pub generic: &'a PhraseSet,
    /// When and where words.
    pub triggers: &'a PhraseSet,
    /// Standing rules.
    pub rules: &'a PhraseSet,
    /// Quantity and duration words.
    pub measures: &'a PhraseSet,
    /// Named artefacts.
    pub artefacts: &'a PhraseSet,
    /// Set phrases that look like triggers but are not.
    pub idioms: &'a PhraseSet,
    /// Function words.
    pub stopwords: &'a Words,
    /// Evaluative and generic words.
    pub filler: &'a Words,
    /// Adjectives of manner ("be calm", "be more patient").
    pub manners: &'a Words,
    /// Comparatives that end a clause of manner ("ride smarter").
    pub manner_ends: &'a Words,
    /// Concrete words needed.
    pub min_concrete: usize,
}

/// Whether an adjustment can be checked on the next attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum Testability {
    /// A stock resolution with nothing testable.
    Generic {
        /// The stock phrase.
        phrase: Match,
    },
    /// No stock phrase, but not both a concrete action and a trigger,
    /// rule or measure.
    Untestable {
        /// What is missing, for the message.
        missing: Missing,
    },
    /// A promise of effort, told as more than everything ("give it
    /// 200%", "ten times more careful", "24/7"): an attitude, whatever
    /// trigger it is given.
    Effort {
        /// The words of the promise.
        phrase: Match,
    },
    /// A manner asked for, not an act ("take the German more seriously",
    /// "be calm and confident", "ride smarter"), with nothing concrete
    /// beside it.
    Manner {
        /// The words of the manner.
        phrase: Match,
    },
    /// Has a signal and concrete words, but too few for its length: the
    /// learned model weighs it as a wish ("I want to be the kind of
    /// leader who, every time, checks in with people more and really
    /// listens to what they need from me").
    Thin {
        /// The features that weighed most towards "not testable", with
        /// their values and contributions, largest first.
        decided_by: Vec<(&'static str, f64, f64)>,
    },
    /// Says what will be done and when or by what measure.
    Testable,
}

/// What an untestable adjustment lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// No trigger, standing rule, quantity, name or artefact.
    When,
    /// Too few concrete words: nothing says what will be done.
    What,
    /// Neither.
    Both,
}

/// Titles before a name written in lower case: "ms nguyen".
const TITLES: &[&str] =
    &["mr", "mrs", "ms", "miss", "dr", "coach", "sir", "madam", "auntie", "uncle"];

/// PF006's learned model, trained on the corpus's dev half
/// (`check::evaluation`): the log-odds that an adjustment the hand
/// reading calls testable is not.
pub static ADJUSTMENT_MODEL: LazyLock<Linear> = LazyLock::new(|| {
    serde_json::from_str(include_str!("models/testable_adjustment.json"))
        .unwrap_or_else(|e| unreachable!("the shipped adjustment model parses: {e}"))
});

/// Judges `text`: the hand reading, then the model on what it let pass.
pub fn testability(text: &str, o: &AdjustmentLists<'_>) -> Testability {
    let (judged, features) = assess(text, o);
    // The model's own boundary: a margin of 1 was measured (round
    // twenty-eight; dev cross-validated 0.954 / 0.976 → 0.966 / 0.965) and
    // left out, since held out went 0.966 / 0.966 → 0.980 / 0.943 with the
    // same clean entries flagged (docs/judgement.md).
    if judged != Testability::Testable || !ADJUSTMENT_MODEL.predict(&features) {
        return judged;
    }
    let value = |name: &str| features.iter().find(|(n, _)| *n == name).map_or(0.0, |f| f.1);
    // What weighed most either way: the length against the signals and
    // concrete words it holds.
    let mut decided_by: Vec<(&'static str, f64, f64)> = ADJUSTMENT_MODEL
        .contributions(&features)
        .into_iter()
        .filter(|(_, c)| *c != 0.0)
        .map(|(name, c)| (name, value(name), c))
        .collect();
    decided_by.truncate(3);
    Testability::Thin { decided_by }
}

/// A feature of [`testability_features`], said in words, for messages:
/// "31 words", "1 trigger, rule, number or name".
pub fn describe_feature(name: &str, value: f64) -> String {
    let n = value.round() as i64;
    let plural =
        |one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
    match name {
        // Stored as ln(1 + words).
        "log_words" => format!("{} words", (value.exp() - 1.0).round() as i64),
        "strong_signals" => {
            plural("trigger, rule, number or name", "triggers, rules, numbers or names")
        }
        "weak_signals" => plural("weak signal", "weak signals"),
        "concrete_words" => plural("concrete word", "concrete words"),
        "stock_phrases" => plural("stock phrase", "stock phrases"),
        "timed" => plural("trigger or standing rule", "triggers or standing rules"),
        "manner_words" => plural("word of manner or degree", "words of manner or degree"),
        "promised_effort" => "a promise of effort".into(),
        other => format!("{other} {n}"),
    }
}

/// The hand reading alone, before the model: what
/// `check::evaluation` compares the model with.
pub fn hand_testability(text: &str, o: &AdjustmentLists<'_>) -> Testability {
    assess(text, o).0
}

/// The evidence of testability in `text` as named counts, for a learned
/// model.
pub fn testability_features(text: &str, o: &AdjustmentLists<'_>) -> Vec<(&'static str, f64)> {
    assess(text, o).1
}

/// The judgement and the counts behind it.
fn assess(text: &str, o: &AdjustmentLists<'_>) -> (Testability, Vec<(&'static str, f64)>) {
    let a = Analysis::new(text);
    let mut masked = vec![false; a.len()];
    let effort = promised_effort(&a);
    // ("After any work on the brake": a noun after a determiner, not
    // the resolution "work on".)
    let generic: Vec<(Match, Range<usize>)> = a
        .own_matches(o.generic)
        .into_iter()
        .filter(|(_, w)| {
            w.start == 0
                || a.words[w.start - 1].clause != a.words[w.start].clause
                || !matches!(
                    a.word(w.start - 1),
                    "any" | "the" | "some" | "all" | "no" | "each" | "every" | "this" | "that"
                )
        })
        .collect();
    // A stock resolution says nothing concrete, and neither does the rest
    // of its sentence, up to a "by", "which means", ":" or dash that says
    // how: "stay on top of the quota rules, the MMO updates…" vs "learn
    // from this by logging…".
    for (_, words) in &generic {
        let sentence = a.words[words.start].sentence;
        let mut i = words.start;
        while i < a.len() && a.words[i].sentence == sentence {
            // (Not "by the 1st of next month": a date, not how.)
            let how_by = a.word(i) == "by"
                && !a.words.get(i + 1).is_some_and(|_| {
                    matches!(a.word(i + 1), "the" | "next" | "end" | "then")
                        || a.digit_led(i + 1)
                        || MONTHS.contains(&a.word(i + 1))
                        || WEEKDAYS.contains(&a.word(i + 1))
                });
            let elaboration = i >= words.end
                && (how_by
                    || matches!(a.word(i), "using" | "which" | "meaning" | "means")
                    || (a.words[i].clause != a.words[i - 1].clause && a.follows_colon(i)));
            if elaboration {
                break;
            }
            masked[i] = true;
            i += 1;
        }
    }
    // "Next time a dealer asks to get pulled off a table, she's off it":
    // a "next time" that names someone else's act, then the change in a
    // clause after it, is a condition (not "Next time I'll be careful").
    let mut occasions = 0;
    for (_, words) in a.all_matches(o.idioms) {
        let next_time = a.word(words.start) == "next"
            && a.word_is(words.start + 1, "time")
            && (a.words[words.start].initial
                || (words.start == 1 && a.word(0) == "the" && a.words[0].initial));
        if next_time && a.own(words.start) {
            let clause = a.words[words.start].clause;
            let who = words.end;
            let named = a.words.get(who).is_some_and(|w| w.clause == clause)
                && (matches!(
                    a.word(who),
                    "a" | "an" | "the" | "any" | "someone" | "somebody" | "anyone" | "anybody"
                ) || (a.words[who].capital && !a.words[who].initial));
            let change_after = (who..a.len())
                .take_while(|&k| a.words[k].sentence == a.words[words.start].sentence)
                .any(|k| a.words[k].clause != clause);
            if named && change_after {
                occasions += 1;
            }
        }
        for i in words {
            masked[i] = true;
        }
    }
    let free = |masked: &[bool], r: &Range<usize>| r.clone().any(|i| !masked[i]);
    // A strong signal is enough with a concrete action; weak ones (a
    // lone "when", "every", "first", an artefact named in passing) take
    // two: "Keep the user at the centre of every decision" is no test.
    let mut strong = 0;
    let mut weak = 0;
    // Triggers and rules: when the change applies.
    let mut timed = 0;
    for (_, words) in a.all_matches(o.triggers) {
        // "After 26 years behind this bar": a span of the past, not when
        // the change applies.
        let next = words.end;
        let numeric = next < a.len() && a.word(next).bytes().any(|b| b.is_ascii_digit());
        // (A lone preposition: "for the next 5 attempts" is when it
        // applies.)
        let leading =
            words.len() == 1 && matches!(a.word(words.start), "after" | "before" | "for" | "in");
        // …at the start of its clause: "log off after 10 hours online" is
        // when the change applies.
        let opens_clause =
            words.start == 0 || a.words[words.start - 1].clause != a.words[words.start].clause;
        if leading && numeric && opens_clause {
            // The span itself is background too: "26 years behind this bar".
            let clause = a.words[words.start].clause;
            for i in words.start..a.len() {
                if a.words[i].clause != clause || i > words.end + 2 {
                    break;
                }
                masked[i] = true;
            }
        } else if free(&masked, &words) {
            // "When a pump alarms while I'm tied up, I send…": a condition
            // opening the sentence, with the change in a clause after it.
            let condition = matches!(
                a.word(words.start),
                "when"
                    | "whenever"
                    | "anytime"
                    | "if"
                    | "once"
                    | "before"
                    | "after"
                    | "until"
                    | "unless"
            ) && (a.words[words.start].initial || a.follows_colon(words.start))
                // Of something one could see: not "when things get hectic",
                // "once in a while".
                && !matches!(
                    a.words.get(words.end).map(|_| a.word(words.end)),
                    None | Some(
                        "things" | "thing" | "it" | "everything" | "something" | "stuff" | "life"
                            | "in" | "all" | "times"
                    )
                )
                && {
                    let clause = a.words[words.start].clause;
                    let sentence = a.words[words.start].sentence;
                    (words.start..a.len()).take_while(|&i| a.words[i].sentence == sentence).any(
                        |i| a.words[i].clause != clause && !masked[i] && a.word(i).len() > 1,
                    )
                };
            // "Every bag a farmer disputes…", "any order that comes in
            // after 4": a quantifier with a clause that says which.
            // (Opening its clause: not "give each piece the time it needs".)
            // ("Any knuckle pin I see worn…": past a two-word noun.)
            let relative = |k: usize| {
                a.words.get(k).is_some_and(|w| w.clause == a.words[words.start].clause)
                    && matches!(
                        a.word(k),
                        "that"
                            | "which"
                            | "who"
                            | "a"
                            | "an"
                            | "the"
                            | "i"
                            | "we"
                            | "he"
                            | "she"
                            | "they"
                            | "you"
                            | "my"
                            | "our"
                    )
            };
            let which = words.len() == 1
                && matches!(a.word(words.start), "every" | "each" | "any")
                && (words.start == 0
                    || a.words[words.start - 1].clause != a.words[words.start].clause)
                && (relative(words.start + 2)
                    || (relative(words.start + 3)
                        && !relative(words.start + 2)
                        && !matches!(a.word(words.start + 3), "a" | "an" | "the" | "my" | "our")
                        && !matches!(a.word(words.start + 1), "of" | "time" | "day")));
            // "every 500 pa'anga", "every 3 days": an interval.
            let interval = words.len() == 1
                && matches!(a.word(words.start), "every" | "each")
                && a.words.get(words.end).is_some_and(|w| w.clause == a.words[words.start].clause)
                && a.digit_led(words.end);
            // "…goes in the boat bag every trip out": an occasion closing
            // the rule (not "at the centre of every decision", nor "give
            // each piece the time it needs").
            let occasion = words.len() == 1
                && matches!(a.word(words.start), "every" | "each")
                && words.start > 0
                && a.words[words.start - 1].clause == a.words[words.start].clause
                && !matches!(
                    a.word(words.start - 1),
                    "of" | "to" | "at" | "with" | "in" | "on" | "for" | "about" | "into" | "from"
                )
                && a.words.get(words.end).is_some_and(|w| w.clause == a.words[words.start].clause)
                && a.word(words.end).bytes().all(|b| b.is_ascii_lowercase())
                // ("save something every month": a period, not an occasion.)
                && !PERIODS.contains(&a.word(words.end))
                // ("Change the comb every run on sandy country": the
                // occasion, then where it holds.)
                && a.words.get(words.end + 1).is_none_or(|w| {
                    w.clause != a.words[words.start].clause
                        || matches!(
                            a.word(words.end + 1),
                            "out"
                                | "on"
                                | "in"
                                | "at"
                                | "during"
                                | "through"
                                | "before"
                                | "after"
                                | "and"
                        )
                });
            // "Piece an a flask fae hame, every shift.": the occasion in a
            // clause of its own, closing the sentence (not "…, every
            // time", a way of saying always).
            let closing = words.len() == 1
                && matches!(a.word(words.start), "every" | "each")
                && words.start > 0
                && a.words[words.start - 1].clause != a.words[words.start].clause
                && a.words[words.start - 1].sentence == a.words[words.start].sentence
                && a.words.get(words.end).is_some_and(|w| w.clause == a.words[words.start].clause)
                && a.word(words.end).bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(a.word(words.end), "time" | "single" | "one")
                && a.words
                    .get(words.end + 1)
                    .is_none_or(|w| w.clause != a.words[words.start].clause);
            if words.len() > 1
                || condition
                || which
                || interval
                || occasion
                || closing
                || trailing_condition(&a, words.start)
            {
                timed += 1;
                strong += 1
            } else {
                weak += 1
            }
            masked.iter_mut().skip(words.start).take(words.len()).for_each(|m| *m = true);
        }
    }
    for (_, words) in a.all_matches(o.rules) {
        if free(&masked, &words) {
            timed += 1;
            strong += 1;
        }
    }
    let standing =
        standing_rules(&a, &masked) + dated_start(&a, &masked) + bounded(&a, &masked) + occasions;
    timed += standing;
    strong += standing;
    // "Try to keep the young boys happy so nobody runs off to Dubai": an
    // attempt promised, with nothing that says when it applies, is effort
    // whatever it names.
    // "In 2026 I hope to have at last a first prize", "…hopefully by the
    // Stock Show": a hope is a wish whatever date it carries.
    let effort = effort
        .or_else(|| hoped(&a))
        .or_else(|| (timed == 0).then(|| trying(&a).or_else(|| left_to_chance(&a))).flatten())
        .filter(|words| !taken_back(&a, words.start));
    let markers = (0..a.len()).filter(|&i| is_list_marker(&a, i)).count();
    for i in 0..a.len() {
        if masked[i] {
            continue;
        }
        let w = a.word(i);
        let digits = w.bytes().any(|b| b.is_ascii_digit());
        let bare = w.trim_end_matches("'s");
        let name = (a.words[i].capital
            && !a.words[i].initial
            && bare.len() > 1
            && !o.stopwords.contains(bare)
            && !o.filler.contains(bare))
            || (i > 0 && TITLES.contains(&a.word(i - 1)));
        // "110% ready", "10x more prepared": intensifiers, not measures;
        // "1. more patience 2. more prayer": the numbers of a list.
        // ("pass the quiz at 85% or higher", "score 90% or more": a
        // threshold, not force.)
        let threshold = (i > 0
            && (bound_before(&a, i) || matches!(a.word(i - 1), "at" | "above" | "over" | "than")))
            || (a.word_is(i + 1, "or")
                && matches!(a.word(i + 2), "higher" | "more" | "above" | "better" | "over"));
        let intensifier = (w.ends_with('%') && !threshold) || (w.ends_with('x') && w.len() <= 4);
        let list_number = markers >= 2 && is_list_marker(&a, i);
        if name || (digits && !intensifier && !list_number) {
            strong += 1;
        }
    }
    // Weak signals from the measure and artefact lists, only when they can
    // still decide.
    if strong == 0 && weak < 2 {
        for set in [o.measures, o.artefacts] {
            for (_, words) in a.all_matches(set) {
                if free(&masked, &words) {
                    weak += 1;
                }
            }
        }
    }
    let signal = strong >= 1 || weak >= 2;
    let concrete = (0..a.len())
        .filter(|&i| {
            let w = a.word(i);
            !masked[i]
                && w.len() > 1
                && !o.stopwords.contains(w)
                && !o.filler.contains(w)
                && !w.bytes().all(|b| b.is_ascii_digit())
        })
        .count();
    let what = concrete >= o.min_concrete;
    // Words of manner and degree ("more", "better", "calm", "patient"):
    // what a wish is made of.
    let manner_words = (0..a.len())
        .filter(|&i| {
            !masked[i] && (o.manners.contains(a.word(i)) || o.manner_ends.contains(a.word(i)))
                // ("No more leaving the register…": a prohibition, not a
                // degree; but "no more problems" names nothing to stop.)
                && !(a.word(i) == "more"
                    && i > 0
                    && a.word(i - 1) == "no"
                    && a.words.get(i + 2).is_some_and(|w| w.clause == a.words[i].clause))
        })
        .count();
    let features = vec![
        ("strong_signals", strong as f64),
        ("weak_signals", weak as f64),
        ("concrete_words", concrete as f64),
        ("stock_phrases", generic.len() as f64),
        ("log_words", (1.0 + a.len() as f64).ln()),
        ("promised_effort", f64::from(u8::from(effort.is_some()))),
        ("timed", timed as f64),
        ("manner_words", manner_words as f64),
    ];
    if let Some(words) = effort.map(|w| w.start..w.end.min(a.len())) {
        let phrase =
            a.norm.match_of(a.words[words.start].norm.start..a.words[words.end - 1].norm.end);
        return (Testability::Effort { phrase }, features);
    }
    // A manner is the whole change when, without its clause, too few
    // concrete words are left: "For the next race I will just ride
    // smarter", but not "Before every market, check the float and be
    // calm".
    let manner = manner(&a, o).filter(|words| {
        // The manner, and what qualifies it up to an "and" ("be calm with
        // the first customer").
        let clause = a.words[words.start].clause;
        // ("be calm and patient", "attention to the tanks and the
        // tonnes": one manner.)
        let end = (words.end..a.len())
            .find(|&i| {
                a.words[i].clause != clause
                    || (matches!(a.word(i), "and" | "but")
                        && !(i + 1 < a.len()
                            && (o.manners.contains(a.word(i + 1))
                                || matches!(
                                    a.word(i + 1),
                                    "the" | "a" | "an" | "my" | "our" | "all"
                                )
                                || a.word(i + 1).bytes().all(|b| b.is_ascii_digit()))))
            })
            .unwrap_or(a.len());
        // A short clause of time is no act: "Next harvest, pay more
        // attention…".
        let frame = |i: usize| {
            let c = a.clause_words(a.words[i].clause);
            c.len() <= 4
                && matches!(
                    a.word(c.start),
                    "next" | "every" | "each" | "from" | "for" | "on" | "before" | "after" | "once"
                )
        };
        let left = (0..a.len())
            .filter(|&i| {
                let w = a.word(i);
                !(words.start..end).contains(&i)
                    && !frame(i)
                    && !masked[i]
                    && w.len() > 1
                    && !o.stopwords.contains(w)
                    && !o.filler.contains(w)
            })
            .count();
        left < o.min_concrete
    });
    if signal && what && manner.is_none() {
        return (Testability::Testable, features);
    }
    if let Some((phrase, _)) = generic.into_iter().next() {
        return (Testability::Generic { phrase }, features);
    }
    if let Some(words) = manner {
        let phrase =
            a.norm.match_of(a.words[words.start].norm.start..a.words[words.end - 1].norm.end);
        return (Testability::Manner { phrase }, features);
    }
    let missing = match (signal, what) {
        (false, false) => Missing::Both,
        (false, true) => Missing::When,
        _ => Missing::What,
    };
    (Testability::Untestable { missing }, features)
}

/// Whether word `i` numbers an item of a list: one or two digits and a
/// `.` or `)` ("1. more patience 2. more prayer"), not "at 4.30".
fn is_list_marker(a: &Analysis<'_>, i: usize) -> bool {
    let w = a.word(i);
    let after = &a.norm.original()[a.span(i..i + 1).end..];
    w.len() <= 2
        && w.bytes().all(|b| b.is_ascii_digit())
        && after.starts_with(['.', ')'])
        && !after.chars().nth(1).is_some_and(|c| c.is_ascii_digit())
}

/// A manner asked for instead of an act, in the writer's own voice: "take
/// the German more in serious", "take it easier with Emma", "be calm and
/// confident", "be much more serious", "ride smarter", "keep my temper",
/// "improve myself". Not a clause that holds a number ("order 20% more").
fn manner(a: &Analysis<'_>, o: &AdjustmentLists<'_>) -> Option<Range<usize>> {
    let n = a.len();
    for i in (0..n).filter(|&i| a.own(i)) {
        let clause = a.words[i].clause;
        let in_clause = |j: usize| j < n && a.words[j].clause == clause;
        let w = a.word(i);
        // "take my health more serious", "take it easier".
        if matches!(w, "take" | "taking") {
            let end = (i + 1..(i + 7).min(n)).take_while(|&j| in_clause(j)).find(|&j| {
                matches!(a.word(j), "seriously" | "serious" | "easier" | "easy" | "personally")
            });
            if let Some(end) = end {
                return Some(i..end + 1);
            }
        }
        // "be calm", "be much more serious", "be the coach they deserve".
        if w == "be" {
            let mut j = i + 1;
            while in_clause(j)
                && matches!(
                    a.word(j),
                    "more" | "much" | "less" | "a" | "bit" | "little" | "somehow" | "so"
                )
            {
                j += 1;
            }
            if in_clause(j) && o.manners.contains(a.word(j)) {
                return Some(i..j + 1);
            }
        }
        // "keep my temper", "keep my head in the game", "improve myself".
        if matches!(w, "keep" | "stay")
            && a.word_is(i + 1, "my")
            && in_clause(i + 2)
            && matches!(a.word(i + 2), "temper" | "head" | "cool" | "calm" | "focus" | "nerve")
        {
            return Some(i..i + 3);
        }
        if w == "improve" && a.word_is(i + 1, "myself") {
            return Some(i..i + 2);
        }
        // "pay a lot more attention to the tanks", "keep a closer eye on".
        if w == "pay" {
            let attention = (i + 1..(i + 5).min(n))
                .take_while(|&j| in_clause(j))
                .find(|&j| a.word(j) == "attention");
            if let Some(j) = attention.filter(|&j| j > i + 1) {
                return Some(i..j + 1);
            }
        }
        if w == "keep"
            && a.word_is(i + 1, "a")
            && in_clause(i + 3)
            && matches!(a.word(i + 2), "closer" | "close" | "better" | "sharper")
            && a.word(i + 3) == "eye"
        {
            return Some(i..i + 4);
        }
        // A clause that ends on a comparative, with no number in it.
        let last_of_clause = !in_clause(i + 1);
        if last_of_clause && o.manner_ends.contains(w) && i > 0 {
            let start = a.clause_words(clause).start;
            let numbered = (start..i).any(|j| a.word(j).bytes().any(|b| b.is_ascii_digit()));
            if !numbered && i - start >= 1 {
                // From its verb: "(For the next final I will just) referee
                // calmer and smarter".
                let mut from = i;
                while from > start
                    && i - from < 6
                    && !matches!(
                        a.word(from - 1),
                        "i" | "we" | "will" | "just" | "to" | "shall" | "should" | "must" | "then"
                    )
                {
                    from -= 1;
                }
                return Some(from..i + 1);
            }
        }
    }
    None
}

/// A promise of effort, not a change: "give it everything", "give my
/// all", "200% more focus", "ten times more careful", "24/7", "24 hours,
/// 7 days a week".
fn promised_effort(a: &Analysis<'_>) -> Option<Range<usize>> {
    let n = a.len();
    let word = |j: usize| if j < n { a.word(j) } else { "" };
    for i in 0..n {
        if !a.own(i) {
            continue;
        }
        let w = a.word(i);
        if matches!(w, "give" | "giving") {
            let mut j = i + 1;
            while matches!(
                word(j),
                "it" | "am" | "my" | "them" | "him" | "her" | "this" | "everyone"
            ) {
                j += 1;
            }
            // "give it everything", "give my all", "give everything at
            // rehearsals", but not "give all volunteers the rota" nor
            // "give them everything they need".
            let promise_ends = j + 1 >= n
                || a.words[j + 1].clause != a.words[j].clause
                || matches!(word(j + 1), "i" | "we" | "in" | "at" | "on" | "for" | "to");
            if matches!(word(j), "everything" | "all" | "everythin") && promise_ends {
                return Some(i..j + 1);
            }
            if let Some(end) = over_everything(a, j) {
                return Some(i..end);
            }
            // "give it a hundred and ten percent", "give 110%": more than
            // all there is.
            // ("Give the fundraising committee my 110 per cent": past
            // whom it is given to.)
            let j = (j..(j + 5).min(n))
                .find(|&k| matches!(word(k), "my" | "our"))
                .filter(|_| !matches!(word(j), "a" | "it"))
                .map_or(j, |k| k + 1);
            let from = if word(j) == "a" { j + 1 } else { j };
            let over_all = |w: &str| {
                w == "hundred" || w.trim_end_matches('%').parse::<u32>().is_ok_and(|n| n >= 100)
            };
            let numeral = |w: &str| {
                over_all(w)
                    || w.trim_end_matches('%').bytes().all(|b| b.is_ascii_digit())
                    || matches!(w, "and" | "per" | "one" | "ten" | "twenty" | "fifty")
            };
            if let Some(end) = (from..(from + 5).min(n)).find(|&k| {
                (matches!(word(k), "percent" | "cent") || word(k).ends_with('%'))
                    && (from..=k).any(|m| over_all(word(m)))
                    && (from..k).all(|m| numeral(word(m)))
            }) {
                return Some(i..end + 1);
            }
        }
        if let Some(end) = over_everything(a, i) {
            return Some(i..end);
        }
        // "ten times more careful", "a thousand times more patient".
        let number = w.bytes().all(|b| b.is_ascii_digit())
            || matches!(w, "ten" | "hundred" | "thousand" | "million");
        if number
            && word(i + 1) == "times"
            && (matches!(word(i + 2), "more" | "better" | "less")
                || (word(i + 2).len() > 4 && word(i + 2).ends_with("er")))
        {
            return Some(i..i + 3);
        }
        // "24/7", "24 hours, 7 days a week".
        if w == "24/7" {
            return Some(i..i + 1);
        }
        if w == "24" && word(i + 1) == "hours" && (i + 2..i + 5).any(|j| word(j) == "7") {
            return Some(i..i + 2);
        }
        // "Aim to be a ten out of ten coach by the summer", "try to be a
        // better listener": becoming a kind of person is no act to test.
        if matches!(w, "aim" | "aiming" | "strive" | "try" | "trying" | "hope" | "hoping")
            && a.own(i)
            && word(i + 1) == "to"
            && word(i + 2) == "be"
            && matches!(word(i + 3), "a" | "an" | "the" | "more" | "less" | "better")
        {
            return Some(i..i + 4);
        }
        // "This year I become finally the kind of driver who is 5 steps
        // ahead": becoming a kind of person, as "aim to be a…" above.
        // ("Be the kind of operator who double-checks.")
        let be = w == "be"
            && (a.words[i].initial || (i > 0 && matches!(word(i - 1), "will" | "shall" | "must")));
        if (w == "become" || be) && a.own(i) {
            let k = i + 1 + usize::from(matches!(word(i + 1), "finally" | "really" | "at"));
            let k = if word(k) == "last" { k + 1 } else { k };
            if word(k) == "the"
                && matches!(word(k + 1), "kind" | "sort" | "type")
                && word(k + 2) == "of"
            {
                return Some(i..k + 3);
            }
        }
        // "keep smiling 365 days a year": always, which is never a test.
        if w == "365" && word(i + 1) == "days" && word(i + 2) == "a" && word(i + 3) == "year" {
            return Some(i..i + 4);
        }
    }
    None
}

/// "Try to…", "I will try not to…", "Hoping to…": the change is an
/// attempt or a hope.
fn trying(a: &Analysis<'_>) -> Option<Range<usize>> {
    (0..a.len()).find_map(|i| {
        let opens = a.words[i].initial
            || (i > 0
                && matches!(a.word(i - 1), "will" | "shall" | "i" | "we" | "must" | "should"));
        let to = if a.word_is(i + 1, "to") {
            i + 2
        } else if a.word_is(i + 1, "not") && a.word_is(i + 2, "to") {
            i + 3
        } else {
            return None;
        };
        (a.own(i) && opens && matches!(a.word(i), "try" | "trying" | "hope" | "hoping"))
            .then_some(i..to)
    })
}

/// "I hope to remember — no. I will put a sign on the gate": a hope or an
/// attempt the writer takes back at once with a "no" said alone, and a
/// change said after it. (Not "I hope no ewe gets out",
/// nor "Try to keep it tidy. No." with nothing after.)
fn taken_back(a: &Analysis<'_>, i: usize) -> bool {
    // ("No." is read as the abbreviation of "number", so it does not end
    // its sentence: the stop after it is looked for in the text.)
    let sentence = a.words[i].sentence;
    (i + 1..a.len()).take_while(|&k| a.words[k].sentence <= sentence + 1).any(|k| {
        a.word(k) == "no"
            && a.words[k].clause != a.words[k - 1].clause
            && a.norm.text[a.words[k].norm.end..].starts_with(['.', '!', ';'])
            && k + 1 < a.len()
    })
}

/// "Hopefully…", "I hope to…", "Hope the market picks up": the change is
/// hoped for. (Not "Mount Hope fair", "there's a hope", nor "…and
/// hoping." with nothing hoped.)
fn hoped(a: &Analysis<'_>) -> Option<Range<usize>> {
    (0..a.len()).find_map(|i| {
        let w = a.word(i);
        if !a.own(i) || (a.words[i].capital && !a.words[i].initial) {
            return None;
        }
        if w == "hopefully" {
            return Some(i..i + 1);
        }
        // "…aiming for the 5 back on the door, fingers crossed".
        if w == "crossed" && i > 0 && a.word(i - 1) == "fingers" {
            return Some(i - 1..i + 1);
        }
        // "Someday get a second generator, when God gives the money": a
        // day nobody can name.
        if w == "someday" || (w == "some" && a.word_is(i + 1, "day") && a.words[i].initial) {
            return Some(i..i + 1 + usize::from(w == "some"));
        }
        // "One of these years I'll get that freezer box put on her",
        // "sometime after the season": the same.
        if w == "one"
            && a.word_is(i + 1, "of")
            && a.word_is(i + 2, "these")
            && matches!(a.word(i + 3), "days" | "years" | "seasons" | "summers" | "winters")
        {
            return Some(i..i + 4);
        }
        // "Mebbe in a year or twa I'll hae da hang o dis": a time said
        // as a number, that nobody can name either.
        if w == "in"
            && a.word_is(i + 1, "a")
            && matches!(a.word(i + 2), "day" | "week" | "month" | "year" | "season")
            && a.word_is(i + 3, "or")
            && matches!(a.word(i + 4), "two" | "so")
        {
            return Some(i..i + 5);
        }
        if w == "sometime" || (w == "some" && a.word_is(i + 1, "time") && a.word_is(i + 2, "after"))
        {
            return Some(i..i + 1 + usize::from(w == "some"));
        }
        // "Look into one of those booking apps at some point" (not "at
        // some point before we break up this term", a deadline), "Sleep
        // at least 7 hours sometimes".
        if w == "at"
            && a.word_is(i + 1, "some")
            && matches!(a.word(i + 2), "point" | "stage")
            && !matches!(a.word(i + 3), "before" | "by")
        {
            return Some(i..i + 3);
        }
        if w == "sometimes"
            && !matches!(a.word(i + 1), "they" | "he" | "she" | "it" | "the" | "things" | "you")
        {
            return Some(i..i + 1);
        }
        let verb = matches!(w, "hope" | "hoping")
            && !(i > 0 && matches!(a.word(i - 1), "a" | "the" | "no" | "of" | "my" | "our"))
            && a.words.get(i + 1).is_some_and(|n| n.clause == a.words[i].clause);
        verb.then(|| i..i + 1)
    })
}

/// "…if possible", "God willing", "Si Dios quiere", "İnşallah": the
/// change left to chance or to God. (Only where nothing says when it
/// applies: "Once the date is fixed, inşallah, I sign only after…" is a
/// courtesy.)
fn left_to_chance(a: &Analysis<'_>) -> Option<Range<usize>> {
    (0..a.len()).find_map(|i| {
        let w = a.word(i);
        let after = |v: &[&str]| i >= 1 && v.contains(&a.word(i - 1));
        let one_word = matches!(w, "inshallah" | "inşallah" | "insha'allah" | "ojalá" | "ojala");
        // (Kyrgyz "Kudai buyursa", God willing.)
        let two_words = (w == "possible" && after(&["if", "where", "when"]))
            || (w == "willing" && after(&["god", "lord"]))
            || (w == "quiere" && after(&["dios"]))
            || (w == "quiser" && after(&["deus"]))
            || (w == "buyursa" && after(&["kudai", "kuday", "allah"]));
        // "…when life allows", "if time permits".
        let three_words = matches!(w, "allows" | "permits")
            && after(&["life", "time"])
            && i >= 2
            && matches!(a.word(i - 2), "when" | "if" | "whenever" | "as");
        // "…a younger one for the machines. We will see.": a sentence
        // that only waits.
        let we_will_see = w == "see"
            && i >= 2
            && a.word(i - 2) == "we"
            && matches!(a.word(i - 1), "will" | "shall")
            && {
                let sentence = a.sentence_words(a.words[i].sentence);
                sentence.start == i - 2
                    && (sentence.end == i + 1
                        || (sentence.end == i + 2 && a.word_is(i + 1, "then")))
            };
        if we_will_see {
            return a.own(i).then_some(i - 2..i + 1);
        }
        // "…when I find time", "if I have the time": whenever there is
        // room for it, which is never a test. (Not "when I have time off
        // in March", a time one could see.)
        let time_ends = a.words.get(i + 1).is_none_or(|n| n.clause != a.words[i].clause)
            || matches!(a.word(i + 1), "to" | "for" | "and");
        // (Past an optional "the": "when I find the time".)
        let the = usize::from(i >= 1 && a.word(i - 1) == "the");
        let found_time = w == "time"
            && time_ends
            && i >= 3 + the
            && matches!(a.word(i - 3 - the), "when" | "if" | "whenever")
            && a.word(i - 2 - the) == "i"
            && matches!(a.word(i - 1 - the), "find" | "have" | "get");
        if found_time {
            return a.own(i).then_some(i - 3 - the..i + 1);
        }
        let start = i - usize::from(two_words) - 2 * usize::from(three_words);
        ((one_word || two_words || three_words) && a.own(i)).then_some(start..i + 1)
    })
}

/// "…goes downwind before anybody opens a tent bag", "…until someone
/// signs for it": a condition after the change, someone else's act the
/// writer can see coming (not "before it is too late", "when things get
/// busy"; and without a verb lexicon, not "after the truck arrives",
/// which "before the big ones" would look like).
fn trailing_condition(a: &Analysis<'_>, t: usize) -> bool {
    if !matches!(a.word(t), "when" | "whenever" | "before" | "after" | "until" | "once")
        || a.words[t].initial
    {
        return false;
    }
    let same = |k: usize| k < a.len() && a.words[k].clause == a.words[t].clause;
    let person = |k: usize| {
        same(k)
            && matches!(
                a.word(k),
                "anybody" | "anyone" | "somebody" | "someone" | "everyone" | "everybody"
            )
    };
    // (Someone else's act, which the writer can see coming: not "before I
    // give anybody credit", the writer's own habit to learn.)
    let verb = |k: usize| same(k) && a.word(k).len() > 2 && a.word(k).ends_with('s');
    // ("…, rest before the machine leaves their village": a thing named,
    // then its verb with an object of its own, so not "before the big
    // ones".)
    let thing_acts = a.word_is(t + 1, "the")
        && same(t + 2)
        && verb(t + 3)
        && same(t + 4)
        && matches!(a.word(t + 4), "the" | "their" | "his" | "her" | "our" | "my" | "a" | "an");
    (person(t + 1) && verb(t + 2)) || thing_acts
}

/// Rules that start on a named day, opening their clause: "From 1 June:
/// under 16 do not jump for tourists", "From Monday the float is counted
/// twice", "from next season" (not "from now on", a stock phrase); and
/// rules that hold between two named days.
fn dated_start(a: &Analysis<'_>, masked: &[bool]) -> usize {
    (0..a.len())
        .filter(|&i| {
            let date = |j: usize| {
                let w = a.word(j);
                (a.digit_led(j) && MONTHS.contains(&a.word(j + 1)))
                    || (MONTHS.contains(&w) && a.digit_led(j + 1))
                    || WEEKDAYS.iter().any(|d| w.starts_with(d))
                    || (w == "next"
                        && (PERIODS.contains(&a.word(j + 1)) || MONTHS.contains(&a.word(j + 1))))
            };
            let opens = a.word(i) == "from"
                && (i == 0 || a.words[i - 1].clause != a.words[i].clause)
                && a.words.get(i + 2).is_some_and(|w| w.clause == a.words[i].clause);
            // ("Chains go in the ute on 1 May and stay in till 30
            // September": a season named by its two dates.)
            let season = matches!(a.word(i), "on" | "from")
                && (i + 2..a.len())
                    .take_while(|&j| a.words[j].sentence == a.words[i].sentence)
                    .any(|j| {
                        matches!(a.word(j), "till" | "until" | "through" | "to") && date(j + 1)
                    });
            (opens || season) && !masked[i] && a.own(i) && date(i + 1)
        })
        .count()
}

/// Numbers that bound a rule: "Max 22 on the boat", "kids under 12 sit
/// inside", "at least 2 people on the dock", "no more than 3 pallets".
/// (Not a span of the past: "under 20 years in this trade".)
fn bounded(a: &Analysis<'_>, masked: &[bool]) -> usize {
    (1..a.len())
        .filter(|&i| {
            bound_before(a, i)
                && a.digit_led(i)
                && !masked[i]
                && a.own(i)
                && a.words[i - 1].clause == a.words[i].clause
                && !matches!(a.word(i + 1), "years" | "year" | "decades")
        })
        .count()
}

/// Whether the words before word `i` bound the number there: "max 22",
/// "under 12", "at least 2", "no more than 400". (A plain "more than",
/// "less than" is a trigger, in its list.)
fn bound_before(a: &Analysis<'_>, i: usize) -> bool {
    match a.word(i - 1) {
        "max" | "maximum" | "min" | "minimum" | "under" | "below" | "cap" | "limit" => true,
        "least" | "most" => i >= 2 && a.word(i - 2) == "at",
        "than" => i >= 3 && matches!(a.word(i - 2), "more" | "fewer") && a.word(i - 3) == "no",
        _ => false,
    }
}

/// Standing rules said across a sentence: "never … without …", "no … unless
/// …", "only … through …" — a condition that can be checked each time.
fn standing_rules(a: &Analysis<'_>, masked: &[bool]) -> usize {
    let mut found = 0;
    for i in 0..a.len() {
        if masked[i] || !a.own(i) {
            continue;
        }
        let sentence = a.words[i].sentence;
        let rest = || (i + 1..a.len()).take_while(|&j| a.words[j].sentence == sentence);
        let rule = match a.word(i) {
            // "Never sign when the owner is away", "No coaching in the
            // arena, ever.", "No go if the dock is whitecapping": a
            // prohibition that says when it holds.
            "never" | "no" | "nothing" | "nobody" => {
                rest().any(|j| {
                    matches!(
                        a.word(j),
                        // (Caribbean "widout": "never sign off a manifest
                        // widout walking de deck".)
                        "without"
                            | "widout"
                            | "unless"
                            | "until"
                            | "till"
                            | "if"
                            | "before"
                            | "when"
                            | "while"
                            | "during"
                            // ("No more leaving the register with Murugan
                            // overnight.")
                            | "overnight"
                    )
                    // ("No credit, even for people from my zone": the
                    // case it holds in, named.)
                    || (a.word(j) == "even" && a.word_is(j + 1, "for"))
                    // "no cooking on the loose stand after dark" (not
                    // "never again, after what happened").
                    || (a.word(j) == "after"
                        && !matches!(a.word(j + 1), "what" | "that" | "this" | "all" | "everything"))
                }) || (a.words[i].initial && rest().last().is_some_and(|j| a.word(j) == "ever"))
                    // ("no more busway lane. ever.": the "ever" a sentence
                    // of its own.)
                    || (a.words[i].initial && {
                        let next = a.sentence_words(sentence + 1);
                        next.len() == 1 && a.word(next.start) == "ever"
                    })
                    // "Drunk group, no game.": a case named in two or three
                    // words, then what it rules out.
                    || (a.word(i) == "no"
                        && i >= 1
                        && !a.words[i].initial
                        && a.words[i - 1].clause != a.words[i].clause
                        && a.words[i - 1].sentence == sentence
                        && {
                            let case = a.clause_words(a.words[i - 1].clause);
                            a.words[case.start].initial && (2..=3).contains(&case.len())
                        }
                        && (1..=2).contains(&rest().count())
                        && rest().all(|j| a.words[j].clause == a.words[i].clause))
                    // "Judges ride with me in my own car. No other
                    // arrangement.": every other way ruled out.
                    || (a.word(i) == "no"
                        && a.words[i].initial
                        && i > 0
                        && a.word_is(i + 1, "other")
                        && rest().count() <= 2)
                    // "No bucket, no mixing.": one thing only with the
                    // other.
                    || (a.word(i) == "no"
                        && a.words[i].initial
                        && (i + 2..(i + 4).min(a.len())).any(|j| {
                            a.word(j) == "no"
                                && a.words[j].sentence == sentence
                                && a.words[j].clause == a.words[i].clause + 1
                                && a.words[j - 1].clause == a.words[i].clause
                        }))
                    // "Nothing leaves the shed on a Friday", "Never again I
                    // take a pin out the same day I starched it", "…goes
                    // to somebody who is not the treasurer": when, or to
                    // whom, it holds.
                    || rest().any(|j| {
                        WEEKDAYS.iter().any(|d| a.word(j).starts_with(d))
                            || (a.word(j) == "same"
                            && matches!(a.word(j + 1), "day" | "evening" | "night" | "morning" | "week"))
                            // ("…race shoes that the athlete has not
                            // worn in a long run".)
                            || (matches!(a.word(j), "who" | "that")
                                && (j + 2..j + 5).any(|k| {
                                    a.word_is(k, "not") && a.words[k].sentence == sentence
                                }))
                    })
                    // ("Never go on the rail with my hood up".)
                    || (a.word(i) == "never" && rest().any(|j| a.word(j) == "with"))
                    // "nobody but me signs off on a purchase order", "no
                    // one but Kofi": who alone may.
                    || (matches!(a.word(i), "nobody" | "nothing") && a.word_is(i + 1, "but"))
                    || (a.word(i) == "no" && a.word_is(i + 1, "one") && a.word_is(i + 2, "but"))
            }
            // "I don't set foot on the mower unless he asks", "won't sign
            // till the lawyer reads it": a refusal with its condition.
            "not" if i > 0 && matches!(a.word(i - 1), "do" | "does" | "will" | "is" | "am") => {
                rest().any(|j| matches!(a.word(j), "without" | "unless" | "until" | "till"))
                    // "Written down, signed, or I'm not getting out of
                    // t'van", "inboard or i dont touch it": the other way
                    // refused.
                    || (i.saturating_sub(4)..i).any(|j| {
                        a.word(j) == "or" && a.words[j].sentence == a.words[i].sentence
                    })
                    // "I don't touch the drawer, full stop.": a refusal
                    // that holds every time.
                    || rest().last().is_some_and(|j| {
                        (a.word(j) == "stop" && a.word(j - 1) == "full")
                            || (matches!(a.word(j), "period" | "ever")
                                && a.words[j].clause != a.words[i].clause)
                    })
            }
            "only" => {
                rest().take(10).any(|j| {
                    matches!(
                        a.word(j),
                        "through" | "via" | "from" | "after" | "if" | "when" | "once"
                    )
                })
                // "Chicken only in the galley freezer.": where it goes.
                || (a.word_is(i + 1, "in")
                    && matches!(a.word(i + 2), "the" | "my" | "our")
                    && a.words[i + 2].sentence == sentence)
            }
            // "From now the knife lives on my belt, not in the drawer":
            // where a thing is kept, and where not, seen at a glance.
            "lives" | "live" | "stays" | "stay" | "hangs" | "hang" | "sits" | "sit" => {
                let clause = a.words[i].clause;
                a.words.get(i + 2).is_some_and(|w| w.clause == clause)
                    && matches!(a.word(i + 1), "in" | "on" | "inside" | "behind" | "under" | "by")
                    && !a.word_is(i + 2, "top")
                    // ("Jump pack lives in the boot from now on": a thing's
                    // home needs no contrast; "my mind stays on the road"
                    // does.)
                    && (matches!(a.word(i), "lives" | "live" | "hangs" | "hang")
                        && i > 0
                        && !matches!(a.word(i - 1), "mind" | "head" | "heart" | "focus" | "i" | "we")
                        || rest().any(|j| {
                        a.word(j) == "not"
                            && a.words[j].clause != clause
                            && matches!(
                                a.word(j + 1),
                                "in" | "on" | "inside" | "behind" | "under" | "by" | "the"
                            )
                    }))
            }
            _ => false,
        };
        if rule {
            found += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `ADJUSTMENT="text" cargo test --lib show_adjustment -- --nocapture`:
    /// the hand reading, the verdict with the model, and the features.
    #[test]
    #[allow(clippy::print_stdout)]
    fn show_adjustment() {
        let Ok(text) = std::env::var("ADJUSTMENT") else { return };
        let settings = crate::check::Settings::default();
        let o = crate::check::rules::adjustment_lists(&settings);
        let (hand, features) = assess(&text, &o);
        println!("hand {hand:?}");
        println!("verdict {:?}", testability(&text, &o));
        println!("features {features:?}");
    }

    #[test]
    fn triggers_rules_and_stock_resolutions() {
        let settings = crate::check::Settings::default();
        let o = crate::check::rules::adjustment_lists(&settings);
        let o = &o;
        for yes in [
            "On any quote over a day's work, I send the written scope first.",
            "Once a parent emails about playing time, I only meet in person with the AD in the room.",
            "For the next three services with a new menu, Memo runs the comal and I expedite.",
            "From now on, only the rate card from the owner's latest email goes to clients.",
            "never enter a comp without asking the organiser what milk and grinder theyre using",
            "Before any launch, I test the headline with five people from the target audience.",
            "Flat tyre: before I leave the yard, I ring the depot and give them the van number.",
            "No phones on the cutting floor, ever. Calls get taken in the yard after the shift.",
            "Never price a job when the client is standing at the counter; I quote by email next morning.",
            "Before each delivery I give the driver the 2-page checklist to sign.",
            "Any time a buyer says 'pay you Friday', the pallet stays in the yard till the transfer clears.",
            "I don't load the second trailer unless the scale ticket from the first one is in the cab.",
            "No launch if the wind at the ramp is over 15 knots. Period.",
            "Never climb the mast with the halyard slack or the boat under way.",
        ] {
            assert_eq!(testability(yes, o), Testability::Testable, "{yes}");
        }
        for generic in [
            "I will do better every single time from now on.",
            "I'll just have to try harder with the staff.",
            "Be more careful next time.",
        ] {
            assert!(matches!(testability(generic, o), Testability::Generic { .. }), "{generic}");
        }
        for effort in [
            "Gonna give it a hundred and ten percent from now on.",
            "Give 110% on the night shifts.",
            "Give the school board my 110 per cent next term.",
        ] {
            assert!(matches!(testability(effort, o), Testability::Effort { .. }), "{effort}");
        }
        assert!(matches!(
            testability("Communicate with everyone in a more open way.", o),
            Testability::Untestable { .. } | Testability::Generic { .. }
        ));
    }
}
