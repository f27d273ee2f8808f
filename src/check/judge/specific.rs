//! Is an outcome (or a gap) specific? An outcome is specific when it
//! states at least one observable fact about the result: something that
//! happened (a verb of event: "the examiner hit the brake", "sold 11"),
//! or a quantity that is not the date, time or place of the attempt
//! ("score 320, need 350"). Clauses that only evaluate ("not what we
//! hoped", "went so-so") or set the scene ("three weeks of prep", "game
//! was February 7 at Fairmont") state no fact, however many numbers and
//! names they hold.

// Words are looked at by index alongside parallel masks.
#![allow(clippy::needless_range_loop)]

use std::ops::Range;
use std::sync::LazyLock;

use crate::check::judge::model::{Linear, WordsModel};
use crate::check::judge::text::{Analysis, MONTHS, is_regular_past, over_everything};
use crate::check::options::Words;
use crate::check::phrases::PhraseSet;

/// Lists for [`Facts::read`].
#[derive(Debug, Clone, Copy)]
pub struct FactLists<'a> {
    /// Evaluative phrases.
    pub evaluation: &'a PhraseSet,
    /// Stock explanations (for gaps; empty for outcomes).
    pub vague: Option<&'a PhraseSet>,
    /// For gaps: connectives of cause and effect, and phrases that own a
    /// decision, which make mechanisms of concrete clauses.
    pub mechanisms: Option<(&'a PhraseSet, &'a PhraseSet)>,
    /// Emotional language.
    pub emotional: &'a PhraseSet,
    /// Terms where emotional words are not emotions.
    pub emotional_terms: &'a PhraseSet,
    /// Oaths: feeling wherever the writer says them.
    pub oaths: &'a PhraseSet,
    /// The words of the shapes of feeling.
    pub feeling: FeelingWords<'a>,
    /// Preparation and scene-setting words.
    pub context: &'a PhraseSet,
    /// Irregular past forms of event verbs.
    pub past_irregular: &'a Words,
    /// Present forms of event verbs.
    pub present_forms: &'a Words,
    /// Verbs of doing or happening in their plain form.
    pub plain_verbs: &'a Words,
    /// `-ed` words that are not events.
    pub not_events: &'a Words,
    /// Quantities written as words.
    pub number_words: &'a Words,
    /// Verbs of the attempt itself.
    pub attempt: &'a Words,
    /// Objects too generic to observe.
    pub generic_objects: &'a Words,
    /// Function words.
    pub stopwords: &'a Words,
    /// Evaluative and generic words.
    pub filler: &'a Words,
    /// Concrete words a clause needs besides its verb for the verb to be
    /// a fact.
    pub min_concrete: usize,
}

/// The words the shapes of feeling start from (PF009's options), for
/// [`crate::check::judge::emotion`].
#[derive(Debug, Clone, Copy)]
pub struct FeelingWords<'a> {
    /// Interjections that open an exclaimed sentence.
    pub interjections: &'a Words,
    /// Where a feeling is felt in the body.
    pub body: &'a Words,
    /// Crying.
    pub tears: &'a Words,
    /// States of feeling said of oneself.
    pub states: &'a Words,
    /// What one wishes to do in the worst moment (phrases of words).
    pub vanishing: &'a Words,
    /// Second halves that make a compound a feeling.
    pub compounds: &'a Words,
    /// Praise that, opening a sentence on its own, is irony.
    pub raves: &'a Words,
    /// People named by what they are, whose feeling is their own.
    pub people: &'a Words,
    /// Places one goes to sit alone with what happened.
    pub retreats: &'a Words,
}

/// What kind of word gives a clause its fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactKind {
    /// A verb of event: something happened.
    Event,
    /// A quantity about the result.
    Quantity,
    /// A measurement: a score, a sum, a result set against a target.
    Measure,
    /// Someone else's words, quoted or reported.
    Speech,
    /// A name of a person, place or thing doing something.
    Name,
    /// Two concrete clauses joined by a cause ("the grinder was finer,
    /// so the shots ran 40 seconds"), or a decision owned with what it
    /// was ("moving the stream to 11pm was on me").
    Mechanism,
}

/// The facts and non-facts of a text, by clause.
#[derive(Debug, Default)]
pub struct Facts {
    /// Word ranges of facts, with their kind.
    pub facts: Vec<(Range<usize>, FactKind)>,
    /// Word ranges of evaluative phrases in the writer's voice.
    pub evaluations: Vec<Range<usize>>,
    /// Word ranges of scene-setting or preparation words.
    pub context: Vec<Range<usize>>,
    /// Numbers that only date, time or label the attempt.
    pub scene_numbers: usize,
    /// How many words the text has.
    pub words: usize,
    /// Where the writer's steps end in "and still…" or "and then…" with
    /// no result after it ("packed 200 food packs, hired one bus, and
    /// still, my heart is heavy"): the word that turns, if so.
    pub unanswered: Option<usize>,
    /// The evidence as named numbers, for a learned model and for
    /// explaining a decision: counts of each kind of fact and non-fact,
    /// read before the verdict rules apply.
    pub features: Vec<(&'static str, f64)>,
}

/// Weekday names and words of time of day ([`is_time_word`] adds the
/// months).
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "am",
    "pm",
    "hrs",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "tonight",
    "yesterday",
    "today",
];

/// A month's or weekday's name, or a word of time of day.
fn is_time_word(w: &str) -> bool {
    MONTHS.contains(&w) || TIME_WORDS.contains(&w)
}

/// Nouns that a number labels rather than counts: "bed 9", "ward 3".
const LABEL_NOUNS: &[&str] = &[
    "bed",
    "ward",
    "room",
    "session",
    "level",
    "floor",
    "gate",
    "platform",
    "bay",
    "unit",
    "flat",
    "apartment",
    "house",
    "lane",
    "route",
    "bus",
    "line",
    "table",
    "court",
    "field",
    "stage",
    "hall",
    "block",
    "sector",
    "station",
    "version",
    "v",
    "no",
    "page",
    "chapter",
    "section",
    "grade",
    "year",
    "class",
    "week",
    "day",
    "round",
    "step",
    "part",
    // "for term 2", "Point 2 of our plan" (round 53's dev half).
    "term",
    "point",
    "phase",
];

impl Facts {
    /// Reads the facts of `a`.
    pub fn read(a: &Analysis<'_>, lists: &FactLists<'_>) -> Facts {
        let mut facts = Facts { words: a.len(), ..Facts::default() };
        let clauses = a.clauses();
        let mut masked = vec![false; a.len()];
        // Terms are looked for only where an emotional word was found.
        let terms: Vec<Range<usize>> = if lists.emotional.is_match(&a.norm) {
            a.all_matches(lists.emotional_terms).into_iter().map(|(_, w)| w).collect()
        } else {
            Vec::new()
        };
        for set in
            [Some(lists.evaluation), Some(lists.emotional), lists.vague].into_iter().flatten()
        {
            for (m, words) in a.own_matches(set) {
                // "mid" (slang for mediocre) inside "mid-September", a
                // listed word inside a compound, is not said.
                let compound = words.len() == 1
                    && a.word(words.start).contains('-')
                    && !a.norm.text[m.norm.clone()].contains('-');
                // "The Heartbreaker failed its inspection": a name.
                let name = crate::check::judge::emotion::is_name(a, &m, &words);
                if compound
                    || name
                    || mixed_as_act(a, words.start)
                    || terms.iter().any(|t| t.start <= words.start && words.end <= t.end)
                {
                    continue;
                }
                for i in words.clone() {
                    masked[i] = true;
                }
                facts.evaluations.push(words);
            }
        }
        // A shape that overlaps a listed phrase widens it ("did" before a
        // listed "not go our way") without being named twice.
        let mut shaped = Vec::new();
        for words in verdict_shapes(a) {
            let listed = words.clone().any(|i| masked[i]);
            for i in words.clone() {
                masked[i] = true;
            }
            if !listed {
                facts.evaluations.push(words.clone());
                shaped.push(words);
            }
        }
        facts.evaluations.sort_by_key(|r| r.start);
        let mut context = vec![false; clauses];
        for (_, words) in a.all_matches(lists.context) {
            if words.clone().all(|i| masked[i]) {
                continue;
            }
            for i in words.clone() {
                masked[i] = true;
            }
            context[a.words[words.start].clause] = true;
            facts.context.push(words);
        }
        let evaluated = !facts.evaluations.is_empty();
        // "We prepared 200 kilos of dough, 35 kilos of ghee and 12 trays":
        // a list of quantities after the preparation belongs to it, up to
        // a clause with a verb of its own.
        // (Only after a verb of preparation, "prepared", "packed"; not a
        // part of the whole, "5 of them were…", nor a statement.)
        let preparing: Vec<bool> = (0..clauses)
            .map(|c| {
                facts.context.iter().any(|w| {
                    a.words[w.start].clause == c && w.clone().any(|i| a.word(i).ends_with("ed"))
                })
            })
            .collect();
        let mut listing = preparing.clone();
        for clause in 1..clauses {
            let range = a.clause_words(clause);
            if context[clause]
                || !listing[clause - 1]
                || range.is_empty()
                || lists.mechanisms.is_some()
            {
                continue;
            }
            if range.clone().any(|i| {
                matches!(a.word(i), "was" | "were" | "is" | "are" | "of")
                    && !(a.word(i) == "of"
                        && i > range.start
                        && !a.word(i - 1).bytes().any(|b| b.is_ascii_digit()))
            }) {
                continue;
            }
            let same_sentence =
                a.words[range.start].sentence == a.words[a.clause_words(clause - 1).start].sentence;
            let first = (range.clone()).find(|&i| a.word(i) != "and");
            let counted =
                first.is_some_and(|i| a.digit_led(i) || lists.number_words.contains(a.word(i)));
            if same_sentence
                && counted
                && !range.clone().any(|i| !masked[i] && is_event(a, i, &masked, lists))
            {
                context[clause] = true;
                listing[clause] = true;
            }
        }
        for clause in 0..clauses {
            let range = a.clause_words(clause);
            let mut events: Vec<usize> = Vec::new();
            let mut speech: Option<usize> = None;
            let mut quantity: Option<usize> = None;
            let mut measured: Option<usize> = None;
            let mut numbers = 0;
            for i in range.clone() {
                if masked[i] {
                    continue;
                }
                let w = a.word(i);
                if speech.is_none() && a.words[i].reported {
                    speech = Some(i);
                }
                if is_event(a, i, &masked, lists) {
                    events.push(i);
                }
                // ("After all the 100 per cent effort…": effort, not a count.)
                if !is_number(w, lists) || over_everything(a, i).is_some() || countless(a, i, lists)
                {
                    continue;
                }
                if context[clause] || is_scene_number(a, i, range.clone()) {
                    facts.scene_numbers += 1;
                    continue;
                }
                numbers += 1;
                if numbers == 2 {
                    // "60 boxes when we'd need 200", "score 320, need 350":
                    // a result set against a target.
                    measured = quantity.or(Some(i));
                } else if let Some(strong) = measurement(a, i, &masked, lists) {
                    // "down 12-0", "$1,850": a result whatever the verb;
                    // "40 minutes" beside an event, or in a text that does
                    // not evaluate.
                    if strong || !evaluated || measured_difference(a, i) || stated(a, i) {
                        measured.get_or_insert(i);
                    } else if quantity.is_none() {
                        quantity = Some(i);
                    }
                } else if quantity.is_none() {
                    quantity = Some(i);
                }
            }
            // "Four days out, no caribou.": a clause that only counts a
            // thing as none tells the result.
            if measured.is_none()
                && !context[clause]
                && range.len() == 2
                && a.word(range.start) == "no"
                && !masked[range.start + 1]
                && is_concrete(a.word(range.start + 1), lists)
            {
                measured = Some(range.start);
            }
            // "Only 31 students whole August": a clause that opens by
            // counting a thing short tells the result.
            if measured.is_none()
                && !context[clause]
                && range.len() >= 3
                && a.word(range.start) == "only"
                && a.digit_led(range.start + 1)
                && !masked[range.start + 2]
                && is_concrete(a.word(range.start + 2), lists)
            {
                measured = Some(range.start + 1);
            }
            // A verb is a fact only in a clause that says with what or
            // whom: "I did not organise well" names nothing.
            if !events.is_empty() {
                let concrete: Vec<usize> = range
                    .clone()
                    .filter(|&j| !masked[j] && is_concrete(a.word(j), lists))
                    .collect();
                // ("Invited 22 people. Six came.": a count for a subject
                // says who.)
                // ("Dispatcher very angry, called me twice": how often
                // says it happened.)
                let how_often = |v: usize| {
                    (v + 1..range.end).any(|k| {
                        matches!(a.word(k), "twice" | "thrice")
                            || (a.word(k) == "times"
                                && k > v + 1
                                && is_number(a.word(k - 1), lists))
                    })
                };
                events.retain(|&v| {
                    concrete.len() - usize::from(concrete.contains(&v)) >= lists.min_concrete
                        || (v > range.start && is_number(a.word(v - 1), lists))
                        || how_often(v)
                });
                // "gave underwhelming results", "produced a disappointing
                // batch": the verb only carries the judgement.
                let judged = |v: usize| {
                    let mut k = v + 1;
                    while k < range.end
                        && matches!(
                            a.word(k),
                            "a" | "an" | "the" | "some" | "very" | "quite" | "rather"
                        )
                    {
                        k += 1;
                    }
                    k < range.end && facts.evaluations.iter().any(|r| r.start == k)
                };
                events.retain(|&v| !judged(v));
                // "If I had to put a number on it I'd give it a 4": what
                // would be done, not what was.
                let hypothetical = |v: usize| {
                    let words = a.sentence_words(a.words[v].sentence);
                    a.word(words.start) == "if"
                        && v < words.start + 8
                        && (v + 1..words.end)
                            .any(|k| matches!(a.word(k), "would" | "d" | "'d" | "could" | "might"))
                };
                events.retain(|&v| !hypothetical(v));
            }
            // A number counts as a fact beside an event, or in a text
            // that does not evaluate: "Handover 1945hrs, ward 3, 8 pts.
            // Not the handover I want." sets a scene for a verdict.
            let quantity = match measured {
                Some(i) => Some((i, FactKind::Measure)),
                None => quantity
                    .filter(|_| !events.is_empty() || !evaluated)
                    .map(|i| (i, FactKind::Quantity)),
            };
            facts.facts.extend(events.iter().map(|&v| (v..v + 1, FactKind::Event)));
            if let Some(i) = speech.filter(|_| events.is_empty()) {
                facts.facts.push((i..i + 1, FactKind::Speech));
            }
            if let Some((i, kind)) = quantity {
                facts.facts.push((i..i + 1, kind));
            }
        }
        let writer_events = facts
            .facts
            .iter()
            .filter(|(r, k)| *k == FactKind::Event && writer_did(a, r.start))
            .count();
        let result = result_verdict(a, &facts.evaluations);
        let closing = final_verdict(a, &facts.evaluations, &shaped);
        facts.features = vec![
            ("writer_events", writer_events as f64),
            ("other_events", (facts.count(&[FactKind::Event]) - writer_events) as f64),
            ("speech", facts.count(&[FactKind::Speech]) as f64),
            ("measures", facts.count(&[FactKind::Measure]) as f64),
            ("quantities", facts.count(&[FactKind::Quantity]) as f64),
            ("judging_words", facts.evaluations.len() as f64),
            ("scene_words", facts.context.len() as f64),
            ("scene_numbers", facts.scene_numbers as f64),
            ("verdict_on_result", f64::from(u8::from(result.is_some()))),
            ("closing_verdict", f64::from(u8::from(closing.is_some()))),
            ("log_words", (1.0 + facts.words as f64).ln()),
        ];
        // "We packed 200 food packs, hired one bus, printed 300 flyers,
        // and still, ehn, my heart is heavy": the writer's own steps, then
        // a turn with no result after it.
        if lists.mechanisms.is_none() {
            facts.unanswered = unanswered_turn(a).filter(|&turn| {
                !facts.facts.is_empty()
                    && facts.facts.iter().all(|(r, k)| {
                        r.end <= turn
                            && match k {
                                FactKind::Event => writer_did(a, r.start),
                                FactKind::Quantity | FactKind::Measure => true,
                                _ => false,
                            }
                    })
            });
        }
        if let Some((causal, ownership)) = lists.mechanisms {
            // A gap explains: quantities alone ("Q3 had 4 reorgs, 2 PM
            // changes") list circumstances, not a mechanism.
            // (But a measured difference is one: "the hole is 2 mm
            // smaller than the original".)
            facts.facts.retain(|(r, k)| {
                matches!(k, FactKind::Event | FactKind::Speech)
                    || (*k == FactKind::Measure && measured_difference(a, r.start))
            });
            facts.facts.extend(mechanisms(a, &masked, lists, causal, ownership));
            facts.features.push(("mechanisms", facts.count(&[FactKind::Mechanism]) as f64));
        } else if let Some(verdict) = result {
            // "Three weeks of prep, 14 site visits … and the result was
            // not what we hoped": everything before a verdict on the
            // result is the build-up to it.
            if facts.facts.iter().all(|(r, _)| r.end <= verdict) {
                facts.facts.clear();
            }
        } else if let Some(verdict) = closing {
            // "I prepped for 6 weeks, poured 140 candles, and drove 45
            // minutes each way, and the market was just… meh": what the
            // writer did, then a verdict on how it went.
            let build_up = facts.facts.iter().all(|(r, k)| {
                r.end <= verdict
                    && match k {
                        FactKind::Event => writer_did(a, r.start),
                        FactKind::Quantity => true,
                        _ => false,
                    }
            });
            if build_up {
                facts.facts.clear();
            }
        }
        facts
    }

    /// Facts of the given kinds.
    pub fn count(&self, kinds: &[FactKind]) -> usize {
        self.facts.iter().filter(|(_, k)| kinds.contains(k)).count()
    }
}

/// Words that name what was expected: "as envisaged", "what I dreamed",
/// "the improvement we were hoping for".
fn is_expectation(w: &str) -> bool {
    [
        "hop",
        "expect",
        "envisag",
        "plan",
        "dream",
        "wish",
        "imagin",
        "anticipat",
        "wanted",
        "predict",
        "intend",
        "should",
        "supposed",
        "foresaw",
        "foreseen",
        "pictur",
        "aiming",
        "aimed",
    ]
    .iter()
    .any(|stem| w.starts_with(stem))
}

/// Words between a negation and its "as…": how a thing went, not what
/// happened ("did not go as hoped", "didn't turn out the way we wanted").
const COURSE: &[&str] = &[
    "go",
    "went",
    "gone",
    "proceed",
    "proceeded",
    "work",
    "worked",
    "turn",
    "turned",
    "out",
    "come",
    "came",
    "end",
    "ended",
    "finish",
    "finished",
    "going",
    "up",
    "working",
    "turning",
    "coming",
    "ending",
    "happen",
    "happened",
    "pan",
    "panned",
    "play",
    "played",
    "unfold",
    "unfolded",
    "give",
    "gave",
    "be",
    "quite",
    "really",
    "exactly",
    "entirely",
    "at",
    "all",
    "just",
    "is",
    "was",
    "are",
    "were",
    "the",
    "result",
    "results",
    "my",
    "our",
    "us",
    "it",
    "that",
    "way",
    "in",
    "itself",
    "themselves",
];

/// Verdicts by their shape, whatever their words: an expectation told
/// unmet ("did not proceed as envisaged", "not like we hope", "finished
/// not as we were hoping", "did not give the improvement we were hoping
/// for"), and a result told as itself ("went how it went", "it ended the
/// way it ended", "it is what it is").
/// The first word of word `i`'s clause.
fn clause_start(a: &Analysis<'_>, i: usize) -> usize {
    a.clause_words(a.words[i].clause).start
}

/// A rating out of ten (or five) at word `i`, to the end of the words
/// that make it one: the same number twice ("ten out of ten") or a scale
/// named in its clause ("3 outta 10 on the going-to-plan scale"). "Sold 3
/// out of 10 rings" is a count.
fn rating(a: &Analysis<'_>, i: usize) -> Option<usize> {
    let n = a.len();
    // ("Week I give two from ten": a mark the writer gives.)
    // ("Project result for me is maybe 6 from 10": a mark of the writer's.)
    // ("Call it a 2 out of 10 week": a mark the writer calls it, and "a"
    // before a count of things does not go.)
    let given = (clause_start(a, i)..i).any(|j| {
        matches!(a.word(j), "give" | "gave" | "rate")
            || (a.word(j) == "for" && a.word_is(j + 1, "me"))
            || (a.word(j) == "call" && a.word_is(j + 1, "it"))
    }) || (i > 0 && a.word(i - 1) == "a" && a.words[i - 1].clause == a.words[i].clause);
    let of = if a.word_is(i + 1, "outta") {
        i + 2
    } else if a.word_is(i + 1, "out") && a.word_is(i + 2, "of") {
        i + 3
    } else if given && matches!(a.word(i + 1), "from" | "of") {
        i + 2
    } else if a.word_is(i + 1, "to") && i >= 2 && a.word(i - 1) == "of" && a.word(i - 2) == "scale"
    {
        // ("On a scale of 1 to 10 for this night, I would give a 4".)
        i + 2
    } else {
        return None;
    };
    let top = |w: &str| matches!(w, "10" | "ten" | "5" | "five");
    if of >= n || !top(a.word(of)) || a.words[of].clause != a.words[i].clause {
        return None;
    }
    // ("Scored 10 out of 10 on the theory test": a result.)
    let earned = (clause_start(a, i)..i)
        .any(|j| matches!(a.word(j), "scored" | "got" | "earned" | "received" | "marked"));
    if earned {
        return None;
    }
    // ("Zero out of ten for how the bags ended up": what it is given
    // for makes it a mark.)
    let given_for = a.word_is(of + 1, "for") && a.words[of + 1].clause == a.words[i].clause;
    let same_number = a.word(i) == a.word(of) || given_for || given;
    let clause = a.clause_words(a.words[i].clause);
    let scale =
        clause.clone().any(|j| matches!(a.word(j), "scale" | "scorin" | "scoring" | "rating"));
    (same_number || (scale && a.word(i).len() <= 5)).then_some(of + 1)
}

fn verdict_shapes(a: &Analysis<'_>) -> Vec<Range<usize>> {
    let n = a.len();
    let mut out = Vec::new();
    for i in 0..n {
        if !a.own(i) {
            continue;
        }
        let w = a.word(i);
        let sentence = a.words[i].sentence;
        let same = |j: usize| j < n && a.words[j].sentence == sentence;
        // "Ten out of ten, would do it again", "a 3 outta 10 on the
        // going-to-plan scale": a rating the writer gives, not a count.
        if let Some(end) = rating(a, i) {
            out.push(i..end);
            continue;
        }
        // "I handled the whole business with the Sharjah shop badly": the
        // writer's handling, judged, says no more than the judgement.
        if matches!(w, "handled" | "managed" | "organised" | "organized" | "approached") {
            let clause = a.words[i].clause;
            let judged = (i + 1..(i + 10).min(n))
                .take_while(|&j| a.words[j].clause == clause)
                .find(|&j| matches!(a.word(j), "badly" | "poorly" | "wrongly" | "terribly"));
            if let Some(j) = judged {
                out.push(i..j + 1);
                continue;
            }
        }
        // "did not go my way", "it still was not our day": luck, not what
        // happened.
        if matches!(w, "not" | "never" | "nuh") {
            let luck = (i + 1..(i + 4).min(n)).take_while(|&j| same(j)).find(|&j| {
                matches!(a.word(j), "my" | "our" | "their" | "his" | "her")
                    && (a.word_is(j + 1, "way") || a.word_is(j + 1, "day"))
            });
            if let Some(j) = luck {
                let start = if i > 0 && same(i - 1) && matches!(a.word(i - 1), "did" | "was" | "is")
                {
                    i - 1
                } else {
                    i
                };
                out.push(start..j + 2);
                continue;
            }
        }
        if matches!(w, "not" | "never" | "nuh") || w.ends_with("n't") {
            // Not past a cause or a new clause: "I never wrote it down
            // because I wanted to look confident" is a motive.
            let Some(e) = (i + 1..(i + 11).min(n))
                .take_while(|&j| {
                    same(j)
                        && !matches!(
                            a.word(j),
                            "because"
                                | "so"
                                | "since"
                                | "but"
                                | "and"
                                | "when"
                                | "while"
                                | "though"
                        )
                })
                .find(|&j| is_expectation(a.word(j)))
            else {
                continue;
            };
            // "wanted to look confident", "planned to leave": an intention;
            // not "the way it was supposed to." with nothing after it.
            if a.word_is(e + 1, "to") && same(e + 2) {
                continue;
            }
            // The first word that brings in the expectation ("the way
            // either of us planned"), else a pronoun just before it.
            let introducer = (i + 1..e)
                .find(|&j| matches!(a.word(j), "as" | "like" | "per" | "what" | "how" | "way"))
                .or_else(|| (i + 1..e).rev().take(3).find(|&j| is_pronoun(a.word(j))));
            if let Some(from) = introducer {
                // "did not sell as planned": one bare verb, told only
                // against the plan, says how it went too.
                // ("did not really make what we were hoping for": adverbs
                // of how it went may stand by it.)
                // ("did not get the response we were aiming for": the
                // result named as such is no fact either.)
                let bare: Vec<usize> = (i + 1..from)
                    .filter(|&j| !COURSE.contains(&a.word(j)) && !RESULT_NOUNS.contains(&a.word(j)))
                    .collect();
                let course = bare.is_empty()
                    || (bare.len() == 1
                        && i > 0
                        && matches!(a.word(i - 1), "did" | "does" | "do")
                        && a.word(bare[0]).chars().all(char::is_alphabetic));
                let mut start = if course { i } else { from };
                // "did not proceed as envisaged", "finished not as hoped":
                // the auxiliary or the verb of how it went, too.
                while course
                    && start > 0
                    && same(start - 1)
                    && (COURSE.contains(&a.word(start - 1))
                        || matches!(a.word(start - 1), "did" | "does" | "do" | "has" | "had"))
                {
                    start -= 1;
                }
                let end = if a.word_is(e + 1, "for") { e + 2 } else { e + 1 };
                out.push(start..end);
            }
        }
        // "came in under what we projected", "wasn't really where it
        // needed to be", "short of what we hoped": the result measured
        // only against the expectation.
        if matches!(
            w,
            "under" | "below" | "short" | "less" | "lower" | "behind" | "not" | "differently"
        ) {
            let stops = |j: usize| {
                !same(j) || matches!(a.word(j), "because" | "so" | "since" | "but" | "and" | "when")
            };
            // ("came out as less than was planned": "than", with no
            // number before the plan.)
            let Some(wh) = (i + 1..(i + 4).min(n))
                .take_while(|&j| !stops(j))
                .find(|&j| matches!(a.word(j), "what" | "where" | "than"))
            else {
                continue;
            };
            let expected = (wh + 1..(wh + 9).min(n))
                .take_while(|&j| !stops(j))
                .take_while(|&j| {
                    a.word(wh) != "than" || !a.word(j).bytes().any(|b| b.is_ascii_digit())
                })
                .find(|&j| {
                    let e = a.word(j);
                    is_expectation(e)
                        || ["project", "forecast", "need", "target", "budget", "aim", "promis"]
                            .iter()
                            .any(|stem| e.starts_with(stem))
                        || e == "thought"
                });
            if let Some(e) = expected {
                let end =
                    if a.word_is(e + 1, "to") && a.word_is(e + 2, "be") { e + 3 } else { e + 1 };
                // "came in", "fell", "went somewhat": how it arrived there,
                // too.
                const ARRIVED: &[&str] = &[
                    "in", "up", "out", "well", "way", "far", "came", "come", "comes", "fell",
                    "falls", "finished", "ended", "landed", "was", "were", "is", "are", "been",
                    "really", "still", "just", "went", "go", "goes", "gone", "turned", "somewhat",
                    "rather", "quite",
                ];
                let mut start = i;
                while start > 0 && same(start - 1) && ARRIVED.contains(&a.word(start - 1)) {
                    start -= 1;
                }
                out.push(start..end);
                continue;
            }
        }
        // "did not meet its fundraising objectives", "failed to reach our
        // target": a goal missed, with nothing said of by how much.
        // ("did not fully meet quality expectations": an adverb between.)
        let before = if i > 1 && matches!(a.word(i - 1), "fully" | "quite" | "really" | "entirely")
        {
            i - 1
        } else {
            i
        };
        if matches!(w, "meet" | "reach" | "hit" | "achieve" | "make")
            && before > 0
            && matches!(a.word(before - 1), "not" | "to")
            && (a.word(before - 1) == "not" || (before > 1 && a.word(before - 2) == "failed"))
        {
            let goal = (i + 1..(i + 5).min(n)).take_while(|&j| same(j)).find(|&j| {
                ["objective", "target", "goal", "expectation", "quota", "budget"]
                    .iter()
                    .any(|g| a.word(j).starts_with(g))
            });
            if let Some(g) = goal {
                let start =
                    if a.word(before - 1) == "not" && before > 1 && a.word(before - 2) == "did" {
                        before - 2
                    } else {
                        before - 1
                    };
                out.push(start..g + 1);
                continue;
            }
        }
        // "went how it went": the same word again after how/way/as/what
        // and a subject.
        if w.len() > 2 && !is_pronoun(w) && !matches!(w, "the" | "and" | "how" | "way" | "what") {
            let again = (i + 3..(i + 6).min(n)).take_while(|&k| same(k)).find(|&k| {
                lemma(a.word(k)) == lemma(w)
                    && (i + 1..k).any(|j| matches!(a.word(j), "how" | "way" | "as" | "what"))
                    && (i + 1..k).any(|j| is_pronoun(a.word(j)) || a.word(j) == "way")
            });
            if let Some(k) = again {
                out.push(i..k + 1);
            }
        }
    }
    out
}

/// One form for the forms of "go" and "end", so that "it went the way
/// these things go" reads as a result told as itself.
fn lemma(w: &str) -> &str {
    match w {
        "go" | "goes" | "went" | "gone" => "go",
        "end" | "ends" | "ended" => "end",
        other => other,
    }
}

/// A subject pronoun.
fn is_pronoun(w: &str) -> bool {
    matches!(w, "i" | "we" | "they" | "it" | "he" | "she" | "you" | "mi" | "wi" | "dem")
}

/// Nouns that name the result itself.
const RESULT_NOUNS: &[&str] = &[
    "result",
    "results",
    "outcome",
    "upshot",
    "response",
    "reception",
    "verdict",
    "answer",
    "reply",
    "situation",
];

/// Where a verdict on the result starts: an evaluation in a clause whose
/// words before it name the result ("the end result was not in our
/// favour", "Result: not what we'd hoped").
fn result_verdict(a: &Analysis<'_>, evaluations: &[Range<usize>]) -> Option<usize> {
    evaluations.iter().rev().find_map(|e| {
        let clause = a.words[e.start].clause;
        let sentence = a.words[e.start].sentence;
        let named = (0..e.start)
            .rev()
            .take_while(|&j| a.words[j].clause == clause || a.words[j].sentence == sentence)
            .take(6)
            // ("The evening itself was not as I had hoped": "itself"
            // names the result too.)
            .any(|j| RESULT_NOUNS.contains(&a.word(j)) || a.word(j) == "itself");
        named.then_some(e.start)
    })
}

/// Where a closing verdict starts: the last evaluation, in the last
/// sentence, said of something with a copula ("the market was just…
/// meh", "it has been a nightmare from day one"), or a verdict by its
/// shape (`shaped`: "and still it ended the way it ended").
fn final_verdict(
    a: &Analysis<'_>,
    evaluations: &[Range<usize>],
    shaped: &[Range<usize>],
) -> Option<usize> {
    let last = evaluations.last()?;
    let last_sentence = a.words.last()?.sentence;
    if a.words[last.start].sentence != last_sentence {
        return None;
    }
    if shaped.contains(last) {
        return Some(last.start);
    }
    let clause = a.words[last.start].clause;
    (last.start.saturating_sub(4)..last.start)
        .filter(|&j| a.words[j].clause == clause)
        .any(|j| matches!(a.word(j), "was" | "is" | "were" | "been" | "are"))
        .then_some(last.start)
}

/// The last turn from the build-up to what came of it: "and still",
/// "but still", "and then", "and yet" — if the text goes on after it.
fn unanswered_turn(a: &Analysis<'_>) -> Option<usize> {
    let last = a.words.last()?.sentence;
    (1..a.len().saturating_sub(1)).rev().find(|&i| {
        let joined =
            matches!(a.word(i), "still" | "then" | "yet") && matches!(a.word(i - 1), "and" | "but");
        // "…radio check 05:30, wind 6 m/s. Then the start-up.": a last
        // sentence that only names the event.
        let named = a.word(i) == "then"
            && a.words[i].initial
            && a.words[i].sentence == last
            && (i + 1..a.len()).count() <= 3
            && (i + 1..a.len()).all(|j| !a.word(j).bytes().any(|b| b.is_ascii_digit()));
        (joined || named) && a.own(i)
    })
}

/// Whether the verb at `i` is the writer's own doing: its subject is "I"
/// or "we", or it has none (a list of the writer's steps: "prepped for 6
/// weeks, poured 140 candles").
fn writer_did(a: &Analysis<'_>, i: usize) -> bool {
    let sentence = a.words[i].sentence;
    let mut j = i;
    while j > 0 && a.words[j - 1].sentence == sentence {
        j -= 1;
        let w = a.word(j);
        if matches!(w, "i" | "we") {
            return true;
        }
        if matches!(w, "and" | "then" | "had" | "have" | "just" | "also" | "even" | "would")
            || ADVERBS.contains(&w)
        {
            continue;
        }
        // Another word: the verb is someone or something else's, unless
        // it starts a clause of a list of the writer's steps. (Not past
        // an aside after a thing named first: "The sack, the whole
        // morning inside it, went with the wave".)
        let first = a.sentence_words(sentence);
        let named_first =
            matches!(a.word(first.start), "the" | "my" | "our" | "his" | "her" | "their")
                && (first.start..first.end)
                    .take_while(|&k| a.words[k].clause == a.words[first.start].clause)
                    .count()
                    <= 3
                && (first.start..first.end)
                    .take_while(|&k| a.words[k].clause == a.words[first.start].clause)
                    .all(|k| !is_time_word(a.word(k)) && !a.digit_led(k))
                && a.words[first.start].clause + 1 < a.words[i].clause;
        return a.words[j].clause != a.words[i].clause
            && a.words[j].clause + 1 == a.words[i].clause
            && !named_first;
    }
    true
}

/// Mechanisms in a gap: a cause joining two clauses that each name
/// something, or a decision owned together with what it was.
fn mechanisms(
    a: &Analysis<'_>,
    masked: &[bool],
    lists: &FactLists<'_>,
    causal: &PhraseSet,
    ownership: &PhraseSet,
) -> Vec<(Range<usize>, FactKind)> {
    // Names, things and numbers: a verb on its own ("I rushed the whole
    // thing") names no part of a mechanism.
    let concrete = |range: Range<usize>| {
        range
            .filter(|&j| {
                let w = a.word(j);
                !masked[j] && a.own(j) && is_concrete(w, lists) && !is_event_verb(w, lists)
            })
            .count()
    };
    let sentence_of = |i: usize| {
        let s = a.words[i].sentence;
        a.sentence_words(s)
    };
    let mut out = Vec::new();
    for (_, words) in a.own_matches(causal) {
        let sentence = sentence_of(words.start);
        // A cause may also join a sentence to the one before: "Printer
        // sent the hoodies late. So the hype was dead."
        let before = if words.start == sentence.start && sentence.start > 0 {
            sentence_of(sentence.start - 1)
        } else {
            sentence.start..words.start
        };
        if concrete(before) >= 2 && concrete(words.end..sentence.end) >= 1 {
            out.push((words, FactKind::Mechanism));
        }
    }
    // "I quoted them our usual cheddar without ever asking what moisture
    // their slicer takes": a step skipped, between concrete things, is a
    // mechanism (not "did it without thinking").
    for i in 0..a.len() {
        if a.word(i) != "without" || !a.own(i) || masked[i] {
            continue;
        }
        let k = (i + 1..(i + 3).min(a.len()))
            .find(|&k| !matches!(a.word(k), "ever" | "first" | "even" | "once" | "really"));
        let Some(k) = k.filter(|&k| {
            let w = a.word(k);
            w.len() > 5
                && w.ends_with("ing")
                && w != "thinking"
                && a.words[k].clause == a.words[i].clause
        }) else {
            continue;
        };
        let sentence = sentence_of(i);
        // ("without giving the matter its due thought".)
        let unthought = (k + 1..sentence.end)
            .any(|j| matches!(a.word(j), "thought" | "attention" | "care" | "consideration"));
        if !unthought && concrete(sentence.start..i) >= 1 && concrete(k + 1..sentence.end) >= 1 {
            out.push((i..k + 1, FactKind::Mechanism));
        }
    }
    for (_, words) in a.own_matches(ownership) {
        let sentence = sentence_of(words.start);
        if concrete(sentence.start..words.start) + concrete(words.end..sentence.end) >= 3 {
            out.push((words, FactKind::Mechanism));
        }
    }
    out
}

/// Words that hedge the verb after them into a figure of speech: "kind of
/// collapsed", "sort of unravelled".
const HEDGES: &[&str] = &["kind", "sort", "kinda", "sorta", "somewhat", "rather", "bit", "like"];

/// Auxiliaries whose negation reports something that did not happen:
/// "I did not escalate", "the key would not open the door".
const NEGATED: &[&str] = &["did", "would", "could", "had", "was", "were"];

/// Words after `not` that are no verb.
const NOT_VERBS: &[&str] = &[
    "a",
    "an",
    "the",
    "so",
    "very",
    "really",
    "quite",
    "that",
    "as",
    "what",
    "like",
    "at",
    "all",
    "even",
    "much",
    "too",
    "enough",
    "be",
    "been",
    "in",
    "on",
    "to",
    "for",
    "my",
    "our",
    "good",
    "great",
    "well",
    "bad",
    "sure",
    "how",
    "why",
    "exactly",
    "entirely",
    "only",
    "just",
    "where",
    "there",
    "here",
    "up",
    "down",
    "happening",
    "going",
    "working",
    "it",
    "this",
    "go",
];

/// Whether word `i` reports an event: a past form that is neither a state,
/// a judgement nor the attempt itself, not hedged; or a verb after a
/// negated auxiliary.
fn is_event(a: &Analysis<'_>, i: usize, masked: &[bool], lists: &FactLists<'_>) -> bool {
    let w = a.word(i);
    // "walipaka upya last night", "mvua ilisomba murram": a past told in
    // Swahili or Sheng.
    if a.swahili_past(i).is_some() {
        return true;
    }
    // "that's what we call the old tank", "(so we call the joint by the
    // keel)": a name given, marked quoted, is not something done.
    if a.words[i].quoted && matches!(w, "call" | "calls") {
        return false;
    }
    // "i was so over it by the time i got home": the writer's own coming
    // and going tells when, not what happened.
    if i >= 4
        && matches!(w, "got" | "came" | "arrived" | "reached" | "left")
        && matches!(a.word(i - 1), "i" | "we")
        && a.word(i - 2) == "time"
        && a.word(i - 3) == "the"
        && a.word(i - 4) == "by"
    {
        return false;
    }
    // "The inspector failed the cert", "the examiner passed me": a verdict
    // word given an object is something someone did.
    if matches!(w, "failed" | "passed")
        && i > 0
        && !matches!(a.word(i - 1), "i" | "we" | "it" | "had" | "have" | "has" | "was" | "were")
        && a.words.get(i + 1).is_some_and(|n| n.clause == a.words[i].clause)
        && (matches!(a.word(i + 1), "the" | "my" | "me" | "him" | "her" | "us" | "them" | "our")
            // "The test suite failed 7 times in a row": how often.
            || (is_number(a.word(i + 1), lists) && a.word_is(i + 2, "times")))
        && !abstract_subject(a, i)
    {
        return true;
    }
    // "Leaving the stinger hood in the ute.": a diary's act told by its
    // "-ing" form, with what it was done to, as PF008 reads a diary (not
    // "Hoping the buyer…", "Nothing the crew did", "Regarding the…").
    if a.words[i].initial
        && w.len() > 5
        && w.ends_with("ing")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !NOT_PROGRESSIVE.contains(&w)
        && !matches!(
            w,
            "getting"
                | "knowing"
                | "seeing"
                | "reading"
                | "morning"
                | "evening"
                | "during"
                | "according"
                | "regarding"
                | "considering"
                | "including"
                | "concerning"
                | "following"
        )
        && a.words.get(i + 1).is_some_and(|n| n.clause == a.words[i].clause)
        && matches!(a.word(i + 1), "the" | "my" | "our" | "his" | "her" | "their")
    {
        return true;
    }
    // "Sam had to step in", "the crane had to stop": someone else made to
    // act.
    if i >= 3
        && a.word(i - 1) == "to"
        && matches!(a.word(i - 2), "had" | "has")
        && a.words[i - 3].clause == a.words[i].clause
        && !matches!(a.word(i - 3), "i" | "we" | "it" | "you" | "one" | "they" | "things")
        && is_base_form(w, lists)
    {
        return !abstract_subject(a, i - 2);
    }
    // "Had to ship 9 cows to the sale barn": a diary's dropped "I", made
    // to act.
    if i >= 2
        && a.words[i - 2].initial
        && a.word(i - 2) == "had"
        && a.word(i - 1) == "to"
        && w.len() > 2
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            w,
            "be" | "wait"
                | "admit"
                | "accept"
                | "live"
                | "deal"
                | "hope"
                | "say"
                | "think"
                | "laugh"
        )
        && !lists.stopwords.contains(w)
        && !lists.attempt.contains(w)
    {
        return true;
    }
    if mixed_as_act(a, i) {
        return !abstract_subject(a, i);
    }
    // "Tunde don short me three days running", "bus don pack for Ladipo":
    // Pidgin "don" marks what has happened (not the name "Don", nor a
    // "wey don" that says who someone is: "Me wey don carry this business
    // for head since 2015").
    if i >= 1
        && a.word(i - 1) == "don"
        && (i < 2 || a.word(i - 2) != "wey")
        && !a.words[i - 1].capital
        && !a.words[i].capital
        && a.words[i - 1].clause == a.words[i].clause
        && w.len() > 2
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !lists.stopwords.contains(w)
    {
        return !abstract_subject(a, i - 1);
    }
    // "Forget the ammonia bottle in the house.": in a gap, a diary's
    // plain form, its "I" dropped, done to a thing.
    if lists.mechanisms.is_some() && a.plain_diary_act(i, lists.plain_verbs) {
        return true;
    }
    // Most words are neither a past form nor after a "not": say so fast.
    let after_not = i >= 2 && a.word(i - 1) == "not";
    let motion = matches!(w, "goes" | "comes" | "turns" | "runs");
    if !after_not && w != "not" && !motion && !is_event_verb(w, lists) {
        if progressive_event(a, i, lists) {
            return true;
        }
        // "Engine die near Lae-Lae", "Mum find the crack": a story told
        // in the verb's plain form, as many writers of English as a
        // second language tell it.
        let attempt = lists.attempt.contains(w) && writer_did(a, i);
        return base_form_event(a, i, lists)
            && !abstract_subject(a, i)
            && !generic_object(a, i, lists)
            && !attempt;
    }
    // "the sheep won't go up the race", "the mill's scanner doesn't pick
    // them up": what a thing will not or does not do, with where or what
    // (not "it doesn't matter", "people don't care", "the pump won't
    // work", nor the writer's "I don't check the oil").
    if i >= 3
        && a.word(i - 1) == "not"
        && matches!(a.word(i - 2), "does" | "do" | "will")
        && a.words[i - 3].clause == a.words[i].clause
        && !masked[i - 1]
        && !matches!(
            a.word(i - 3),
            "i" | "we"
                | "you"
                | "it"
                | "they"
                | "this"
                | "that"
                | "things"
                | "people"
                | "one"
                | "everything"
                | "nothing"
                | "who"
                | "which"
                | "what"
        )
        && a.word(i - 3).bytes().all(|b| b.is_ascii_lowercase())
        && (!NOT_VERBS.contains(&w)
            || (w == "go"
                && matches!(a.word(i + 1), "up" | "down" | "in" | "out" | "into" | "through")))
        && !matches!(
            w,
            "know"
                | "care"
                | "matter"
                | "help"
                | "mind"
                | "like"
                | "want"
                | "need"
                | "have"
                | "get"
                | "seem"
                | "mean"
                | "understand"
                | "remember"
                | "think"
                | "believe"
                | "feel"
                | "work"
                | "look"
                | "make"
                | "see"
        )
        && a.words.get(i + 1).is_some_and(|n| n.clause == a.words[i].clause)
        && matches!(
            a.word(i + 1),
            "up" | "down"
                | "in"
                | "out"
                | "off"
                | "on"
                | "over"
                | "into"
                | "through"
                | "them"
                | "it"
                | "the"
                | "a"
                | "an"
                | "any"
        )
        && !abstract_subject(a, i - 2)
    {
        return true;
    }
    let hedged = (i.saturating_sub(2)..i).any(|j| HEDGES.contains(&a.word(j)));
    let next = (i + 1 < a.len()).then(|| a.word(i + 1));
    // "sat night", "used to": not events.
    if next.is_some_and(|n| (is_time_word(w) && is_time_word(n)) || (w == "used" && n == "to")) {
        return false;
    }
    // "the NHS is stretched": a present state.
    if i > 0 && matches!(a.word(i - 1), "is" | "are" | "am") && w.ends_with("ed") {
        return false;
    }
    // "The goals we had set", "we'd had the place scrubbed": what came
    // before the result is background, in an outcome.
    if lists.mechanisms.is_none()
        && i > 0
        && matches!(a.word(i - 1), "had" | "would")
        && w.ends_with("ed")
    {
        return false;
    }
    // "I found the course excruciating": a verb that carries a judgement.
    if matches!(w, "found" | "considered" | "rated" | "deemed" | "thought")
        && (i + 1..(i + 6).min(a.len())).any(|k| masked[k])
    {
        return false;
    }
    let phrasal =
        next.is_some_and(|n| matches!(n, "out" | "over" | "into" | "off" | "away" | "up" | "down"));
    // "We shipped v2.0" is the attempt; "the rain entered the store
    // room" is what happened.
    // "the electricity goes off": a present verb of motion is an event
    // only with its particle.
    if motion {
        return phrasal && !hedged && !abstract_subject(a, i);
    }
    let attempt = lists.attempt.contains(w) && writer_did(a, i);
    if is_event_verb(w, lists) && (phrasal || !attempt) && !hedged {
        return !abstract_subject(a, i) && !generic_object(a, i, lists);
    }
    // "they didn't.": the verb is left out, the event is told.
    if w == "not"
        && i >= 1
        && NEGATED.contains(&a.word(i - 1))
        && a.words.get(i + 1).is_none_or(|n| n.clause != a.words[i].clause)
        && !masked[i]
    {
        return true;
    }
    i >= 2
        && a.word(i - 1) == "not"
        && NEGATED.contains(&a.word(i - 2))
        && a.words[i - 2].clause == a.words[i].clause
        && !masked[i - 1]
        && !NOT_VERBS.contains(&w)
        && !w.bytes().any(|b| b.is_ascii_digit())
        // ("Didn't want to look anyone in the eye": a wish not had, no
        // event; "didn't feel right" a feeling.)
        && !(matches!(w, "want" | "wish") && a.word_is(i + 1, "to"))
        && w != "feel"
        // "the hoses were not connected" tells what happened; "handover
        // was not clean" only judges it.
        && (!matches!(a.word(i - 2), "was" | "were") || is_event_verb(w, lists) || w == "there")
}

/// Whether word `i` is "mixed" done to something: "Abu Khaled mixed date
/// syrup with the sidr", "Tamer mixed the salt container with…" (not
/// "mixed results", "reactions were mixed", "40 litres mixed fuel").
fn mixed_as_act(a: &Analysis<'_>, i: usize) -> bool {
    let clause = a.words[i].clause;
    let in_clause = |j: usize| j < a.len() && a.words[j].clause == clause;
    a.word(i) == "mixed"
        && i > 0
        && in_clause(i - 1)
        && !matches!(
            a.word(i - 1),
            "was"
                | "were"
                | "is"
                | "are"
                | "been"
                | "got"
                | "get"
                | "very"
                | "rather"
                | "quite"
                | "pretty"
                | "a"
                | "not"
                | "bit"
                | "all"
        )
        && in_clause(i + 1)
        && (matches!(
            a.word(i + 1),
            "the" | "that" | "this" | "it" | "them" | "his" | "her" | "my" | "our" | "their" | "up"
        ) || (i + 2..i + 5).any(|j| in_clause(j) && matches!(a.word(j), "with" | "into")))
}

/// Verbs whose "-ing" form tells a state of mind or a process, not a
/// thing done: "is feeling", "are hoping", "is getting better".
pub(crate) const NOT_PROGRESSIVE: &[&str] = &[
    "being",
    "meaning",
    "having",
    "feeling",
    "thinking",
    "hoping",
    "wishing",
    "wanting",
    "trying",
    "seeming",
    "looking",
    "going",
    "coming",
    "becoming",
    "expecting",
    "planning",
    "waiting",
    "worrying",
    "struggling",
    "doing",
    "working",
    "passing",
    "learning",
    "improving",
    "growing",
    "running",
    "starting",
    "beginning",
    "continuing",
    "staying",
    "living",
    "missing",
    "losing",
    "failing",
    // ("Nothing the galley could touch": no verb at all.)
    "nothing",
    "something",
    "anything",
    "everything",
];

/// Whether word `i` is someone other than the writer doing something,
/// told in the present progressive, as many writers of South Asian and
/// African English tell a story: "Buyer QA is rejecting the full lot",
/// "Mizan bhai is writing it on the board" (not "I am standing there",
/// "the hours are passing", "things are getting better").
fn progressive_event(a: &Analysis<'_>, i: usize, lists: &FactLists<'_>) -> bool {
    let w = a.word(i);
    if w.len() < 6 || !w.ends_with("ing") || i < 2 || NOT_PROGRESSIVE.contains(&w) {
        return false;
    }
    let clause = a.words[i].clause;
    let in_clause = |j: usize| j < a.len() && a.words[j].clause == clause;
    // (In a gap the past too: "Kyle was flying it over the bathing area,
    // not the rocks" is how it came about; in an outcome "the band was
    // playing" is the scene.)
    let copula = matches!(a.word(i - 1), "is" | "are")
        || (lists.mechanisms.is_some() && matches!(a.word(i - 1), "was" | "were"));
    let auxiliary = copula && in_clause(i - 1) && in_clause(i - 2);
    // Something done to something: an object or a place after it.
    let object = (in_clause(i + 1)
        && !a.word(i + 1).ends_with("er")
        && !lists.stopwords.contains(a.word(i + 1)))
        || (in_clause(i + 2)
            && matches!(
                a.word(i + 1),
                "the"
                    | "a"
                    | "an"
                    | "it"
                    | "them"
                    | "him"
                    | "her"
                    | "us"
                    | "me"
                    | "our"
                    | "my"
                    | "his"
                    | "their"
                    | "on"
                    | "to"
                    | "in"
                    | "at"
                    | "from"
                    | "out"
                    | "up"
                    | "down"
            ));
    let subject = a.word(i - 2);
    auxiliary
        && object
        && !matches!(
            subject,
            "i" | "we"
                | "it"
                | "you"
                | "one"
                | "things"
                | "everything"
                | "nothing"
                | "that"
                | "this"
                | "there"
        )
        && !abstract_subject(a, i - 1)
        && !generic_object(a, i, lists)
}

/// Whether the number at `i` is a figure of speech for "too many to
/// count": "1000 things in my head", "one thousand problems in one week",
/// "a million worries" (a thousand or more of nothing one could count);
/// or counts what no one could see: "three or four things that didn't go
/// to plan", "two issues"; or a zero that is an idiom ("came to
/// nothing").
fn countless(a: &Analysis<'_>, i: usize, lists: &FactLists<'_>) -> bool {
    // "ended in nothing", "came to nothing": no count at all.
    if matches!(a.word(i), "nothing" | "none") && i > 0 && matches!(a.word(i - 1), "in" | "to") {
        return true;
    }
    let mut k = i + 1;
    if matches!(a.word(k), "or" | "to") && is_number(a.word(k + 1), lists) {
        k += 2;
    }
    if k < a.len()
        && a.words[k].clause == a.words[i].clause
        && matches!(a.word(k), "things" | "issues" | "factors" | "problems" | "reasons")
    {
        return true;
    }
    let huge = |w: &str| matches!(w, "thousand" | "thousands" | "million" | "millions" | "billion");
    let mut big =
        a.word(i).replace(',', "").parse::<u64>().is_ok_and(|v| v >= 1000) || huge(a.word(i));
    let mut k = i + 1;
    while k < a.len() && (huge(a.word(k)) || a.word(k) == "of") {
        big |= huge(a.word(k));
        k += 1;
    }
    big && k < a.len()
        && a.words[k].clause == a.words[i].clause
        && matches!(
            a.word(k),
            "things" | "problems" | "worries" | "thoughts" | "troubles" | "questions" | "reasons"
        )
}

/// Whether the measure at `i` is what something is: "Weight is same 82
/// kg", "the tank was still 300 litres".
fn stated(a: &Analysis<'_>, i: usize) -> bool {
    let copula = |k: usize| {
        a.words[k].clause == a.words[i].clause
            && matches!(a.word(k), "is" | "was" | "are" | "were" | "stayed" | "stays")
    };
    (i >= 1 && copula(i - 1))
        || (i >= 2
            && matches!(a.word(i - 1), "same" | "still" | "only" | "just" | "now" | "at")
            && copula(i - 2))
}

/// Whether the number at `i` measures a difference: "the hole is 2 mm
/// smaller than the original", "a cable 30 cm too short" (the unit may
/// come between).
fn measured_difference(a: &Analysis<'_>, i: usize) -> bool {
    (i + 1..i + 3).any(|k| {
        a.words.get(k + 1).is_some_and(|n| n.clause == a.words[i].clause)
            && ((a.word(k).len() > 4 && a.word(k).ends_with("er") && a.word(k + 1) == "than")
                || a.word(k) == "too")
    })
}

/// Whether word `i` is the plain form of a verb of event ("fall", "tow",
/// "find": one whose present form is listed) told of a subject just
/// before it ("the chain fall off", "Daeng Rudi not come Monday", "2
/// buyer leave name card"), with something after it in its clause: not an
/// infinitive or a modal's verb ("to leave", "will fall"), nor a noun
/// ("the price drop was small").
fn base_form_event(a: &Analysis<'_>, i: usize, lists: &FactLists<'_>) -> bool {
    let w = a.word(i);
    if w.len() < 3 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let clause = a.words[i].clause;
    let in_clause = |j: usize| j < a.len() && a.words[j].clause == clause;
    if !in_clause(i + 1)
        || matches!(a.word(i + 1), "is" | "was" | "were" | "are" | "of" | "and" | "or")
    {
        return false;
    }
    let mut j = i;
    while j > 0 && in_clause(j - 1) {
        j -= 1;
        let before = a.word(j);
        // ("the office crowd all go to the new food court"; Pidgin's "I
        // no send am", "the pastor don ban am".)
        if matches!(before, "not" | "never" | "all" | "don") || ADVERBS.contains(&before) {
            continue;
        }
        // ("the boy who fill petrol for all the carts in the morning use a
        // bottle": past a time told in a phrase, to the subject.)
        if is_time_word(before)
            && j >= 2
            && matches!(a.word(j - 1), "the" | "this" | "that")
            && matches!(a.word(j - 2), "in" | "on" | "at" | "during")
            && in_clause(j - 2)
        {
            j -= 2;
            continue;
        }
        // (Not "this bus no get better week": having is no event.)
        if before == "no" && !matches!(w, "get" | "have" | "be" | "know" | "fit" | "like" | "see") {
            continue;
        }
        // (The subject first: it is cheaper than the verb's spelling.)
        // ("Na me tell the DJ": Pidgin's "it was I who told".)
        // (Antiguan "me send the heavy roller on too early": "me" opening
        // its clause.)
        let subject = matches!(before, "i" | "we" | "he" | "she" | "they" | "mi" | "dem")
            || (before == "me" && j > 0 && a.word(j - 1) == "na")
            || (before == "me" && (j == 0 || a.words[j - 1].clause != clause))
            || (!lists.stopwords.contains(before)
                && !lists.filler.contains(before)
                && !lists.number_words.contains(before)
                && !is_time_word(before)
                && !before.contains('\'')
                && !before.ends_with("ly")
                && before.bytes().any(|b| b.is_ascii_alphabetic()));
        // "Aminata plug di kettle in di same socket", "when T-Boy run us
        // across that crab trap line": a name, then a plain word with what
        // it was done to, is a verb whatever it is.
        let named = j + 1 == i
            && a.words[j].capital
            && !a.words[j].initial
            && before != "i"
            && !w.ends_with("ed")
            && !a.words[i].capital
            && !lists.stopwords.contains(w)
            && !w.ends_with("ly")
            && !w.ends_with('s')
            && matches!(
                a.word(i + 1),
                "the" | "di" | "a" | "an" | "his" | "her" | "their" | "us" | "me" | "him"
            );
        // "The taxi-moto boy reverse into the bicycle", "the front wheel
        // fold like galette": a plain verb of the lexicon, then where or
        // what it was done to (not "the launch work was…", two nouns).
        // (Not "I never fit point the exact place": a verb before it is
        // no subject.)
        // ("salt all sink to bottom": where it went; not "want to go", an
        // infinitive, nor "never listen to the vet", whom one heeds.)
        let to_place = a.word_is(i + 1, "to")
            && !matches!(w, "listen" | "talk" | "speak" | "reply" | "answer" | "belong" | "matter")
            && in_clause(i + 2)
            && !lists.plain_verbs.contains(a.word(i + 2))
            && !is_base_form(a.word(i + 2), lists)
            && a.word(i + 2).bytes().all(|b| b.is_ascii_lowercase());
        // ("the pitch hold the wet": after "the", "pitch" is a noun.)
        let plain = lists.plain_verbs.contains(w)
            && (!lists.plain_verbs.contains(before) || a.after_determiner(j))
            && (to_place
                || matches!(
                    a.word(i + 1),
                    "the"
                        | "di"
                        | "a"
                        | "an"
                        | "my"
                        | "his"
                        | "her"
                        | "their"
                        | "our"
                        | "it"
                        | "them"
                        | "dem"
                        | "am"
                        | "into"
                        | "onto"
                        | "off"
                        | "like"
                )
                // ("Wave go up maybe 2 meter", "Wind turn southwest 2 pm",
                // "supplier mix Taiwan stock": a motion and where to, a
                // bearing, or a name after it; not "they add up", "work
                // out", "the list I had", "the 'Maths Panic Clinic'".)
                || (matches!(
                    w,
                    "go" | "come" | "drive" | "fall" | "run" | "move" | "roll" | "drop" | "slide"
                        | "rise" | "blow" | "swing" | "sink" | "float" | "climb"
                ) && matches!(a.word(i + 1), "up" | "down" | "back" | "over"))
                || a.word(i + 1).starts_with("north")
                || a.word(i + 1).starts_with("south")
                || matches!(a.word(i + 1), "east" | "west")
                || (a.words[i + 1].capital
                    && !a.words[i + 1].initial
                    && a.word(i + 1) != "i"
                    && !a.words[i].quoted
                    && !a.words[i + 1].quoted));
        return subject && (named || plain || is_base_form(w, lists));
    }
    false
}

/// Whether `w` is the plain form of a listed present form ("fall" of
/// "falls", "catch" of "catches", "cry" of "cries").
fn is_base_form(w: &str, lists: &FactLists<'_>) -> bool {
    // Spelled in a buffer on the stack: this runs for most words.
    const MAX: usize = 29;
    if w.len() > MAX || lists.present_forms.contains(w) {
        return false;
    }
    let mut buf = [0u8; MAX + 3];
    let with = |buf: &mut [u8; MAX + 3], stem: &str, ending: &[u8]| {
        let n = stem.len() + ending.len();
        buf[..stem.len()].copy_from_slice(stem.as_bytes());
        buf[stem.len()..n].copy_from_slice(ending);
        std::str::from_utf8(&buf[..n]).is_ok_and(|form| lists.present_forms.contains(form))
    };
    with(&mut buf, w, b"s")
        || with(&mut buf, w, b"es")
        || w.strip_suffix('y').is_some_and(|stem| with(&mut buf, stem, b"ies"))
}

/// A verb that reports something happening: a regular past form that is
/// not a state or judgement, or an irregular past form.
fn is_event_verb(w: &str, lists: &FactLists<'_>) -> bool {
    if lists.past_irregular.contains(w) || lists.present_forms.contains(w) {
        return true;
    }
    is_regular_past(w) && !lists.not_events.contains(w)
}

/// A word that names something: not a function word, not evaluation.
fn is_concrete(w: &str, lists: &FactLists<'_>) -> bool {
    (w.len() > 1 || w.bytes().all(|b| b.is_ascii_digit()))
        && !lists.number_words.contains(w)
        && !lists.stopwords.contains(w)
        && !lists.filler.contains(w)
        && !lists.generic_objects.contains(w)
}

/// Units that make a number a measurement of what happened.
const UNITS: &[&str] = &[
    "%",
    "percent",
    "per",
    "cm",
    "mm",
    "m",
    "km",
    "kg",
    "g",
    "lb",
    "lbs",
    "l",
    "ml",
    "degrees",
    "minutes",
    "minute",
    "mins",
    "min",
    "seconds",
    "secs",
    "hours",
    "hour",
    "points",
    "goals",
    "runs",
    "votes",
    "covers",
    "plates",
    "tickets",
    "copies",
    "pesos",
    "dollars",
    "euros",
    "pounds",
    "lakhs",
    "rupees",
    "yen",
    "viewers",
    "people",
    "students",
    "customers",
    "sales",
    "orders",
    "sign-ups",
    "signups",
    "replies",
    "clicks",
    "views",
    "out",
];

/// Currency codes and signs written in letters before an amount
/// ("RM8.50", "Rs 500", "KSh200", "USD 40"). Codes that are also English
/// words ("try", "pen", "cop", "rub") are left out: "try 5 more times".
const CURRENCY_CODES: &[&str] = &[
    "rm", "rs", "ksh", "kes", "tsh", "ush", "usd", "aud", "cad", "nzd", "eur", "gbp", "php", "inr",
    "ngn", "ghs", "zar", "aed", "sar", "egp", "tl", "pkr", "lkr", "bdt", "idr", "vnd", "thb",
    "myr", "sgd", "hkd", "chf", "sek", "nok", "dkk", "pln", "czk", "huf", "mxn", "brl", "clp",
    "uah", "kzt",
];

/// A number that measures: `Some(true)` for a score (`12-0`, `6/10`), a
/// currency or `%`, `Some(false)` for a number with a unit after it; not
/// an intensifier next to an evaluation ("100% not what I hoped").
fn measurement(a: &Analysis<'_>, i: usize, masked: &[bool], lists: &FactLists<'_>) -> Option<bool> {
    let w = a.word(i);
    let near_masked = (i > 0 && masked[i - 1]) || masked.get(i + 1).copied().unwrap_or(false);
    if near_masked {
        return None;
    }
    let digits = w.bytes().filter(u8::is_ascii_digit).count();
    let parts: Vec<&str> = w.split(['-', '/', ':']).collect();
    let numeric = parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()));
    // `7:30` is a time of day; `2:14:37` a time taken; `58-41`, `6/10` scores.
    let score = numeric && (!w.contains(':') || parts.len() == 3);
    let unit_after = a.words.get(i + 1).is_some_and(|_| UNITS.contains(&a.word(i + 1)));
    // ("RM8.50", "Rs500", "KSh 200": a currency's letters before it.)
    let code = w.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let sign = w.ends_with('%')
        || a.norm.original()[a.span(i..i + 1)].starts_with(['$', '£', '€', '¥', '₹'])
        || (digits > 0 && w.len() > code.len() && CURRENCY_CODES.contains(&code))
        || (i > 0 && CURRENCY_CODES.contains(&a.word(i - 1)) && a.word(i - 1).len() > 2);
    let vague_after = a.words.get(i + 1).is_some_and(|_| lists.filler.contains(a.word(i + 1)));
    // "lost in round 1 with 5.60 total", "level 6.2": a decimal is a
    // reading taken, unless it is the time of day ("at 4.30").
    // ("4,5", "1,7": a decimal comma; "1,200" is a thousands comma.)
    let decimal = w
        .split_once('.')
        .or_else(|| w.split_once(',').filter(|(_, part)| part.len() != 3))
        .is_some_and(|(whole, part)| {
            !whole.is_empty()
                && !part.is_empty()
                && whole.bytes().chain(part.bytes()).all(|b| b.is_ascii_digit())
        })
        && !(i > 0
            && matches!(
                a.word(i - 1),
                "at" | "by" | "from" | "until" | "till" | "around" | "before"
            ));
    // "6 customer waiting", "40 people queueing": a count of someone
    // doing something, seen.
    let doing = digits > 0
        && (i + 2 < a.len())
        && a.words[i + 2].clause == a.words[i].clause
        && is_concrete(a.word(i + 1), lists)
        && a.word(i + 2).len() > 5
        && a.word(i + 2).ends_with("ing")
        // (Not "3 years running", "two weeks going".)
        && !matches!(a.word(i + 2), "running" | "going" | "during")
        && !matches!(
            a.word(i + 1),
            "years" | "days" | "weeks" | "months" | "hours" | "minutes" | "nights" | "times"
        );
    if (score && !vague_after) || sign || decimal || doing {
        Some(true)
    } else {
        (digits > 0 && unit_after).then_some(false)
    }
}

/// Subjects that make a verb a verdict rather than an event: "it
/// stalled", "things dragged", "the whole thing collapsed".
const ABSTRACT: &[&str] =
    &["it", "things", "everything", "something", "nothing", "stuff", "all", "whole", "thing"];

/// Words between a subject and its verb.
const ADVERBS: &[&str] = &[
    "just",
    "really",
    "also",
    "then",
    "totally",
    "completely",
    "basically",
    "eventually",
    "kind",
    "of",
    "sort",
    "simply",
    "slowly",
    "quickly",
    "somehow",
    "all",
    "finally",
    "soon",
    "again",
    "already",
    "still",
    "quietly",
    "gradually",
];

/// Whether the verb at `i` acts on something too generic to observe: "I
/// made some mistakes", "we rushed it", "I let things slide".
fn generic_object(a: &Analysis<'_>, i: usize, lists: &FactLists<'_>) -> bool {
    let clause = a.words[i].clause;
    let in_clause = |j: usize| j < a.len() && a.words[j].clause == clause;
    if !in_clause(i + 1) {
        // Nothing after the verb: "we rushed", "it collapsed".
        return false;
    }
    let first = a.word(i + 1);
    let skip = matches!(first, "some" | "a" | "the" | "my" | "our" | "few" | "so");
    let object = if skip && in_clause(i + 2) { a.word(i + 2) } else { first };
    if lists.generic_objects.contains(first) || lists.generic_objects.contains(object) {
        // "when Engineer Naseer opened it for the buyer": someone named
        // handling it is something one could see (not "Naseer did it",
        // "Jawid messed it up").
        let named_handled = matches!(first, "it" | "them")
            && i > 0
            && a.words[i - 1].capital
            && !a.words[i - 1].initial
            && a.word(i - 1) != "i"
            && a.words[i - 1].clause == clause
            && !matches!(
                a.word(i),
                "did"
                    | "done"
                    | "made"
                    | "got"
                    | "had"
                    | "took"
                    | "managed"
                    | "handled"
                    | "messed"
                    | "screwed"
                    | "blew"
                    | "lost"
                    | "left"
                    | "let"
            );
        return !(matches!(first, "it" | "them") && (placed(a, i + 2, lists) || named_handled));
    }
    // "made 3 or 4 mistakes", "took maybe 10 or 15 wrong decisions": a
    // count of unnamed mistakes names none of them.
    let mut j = i + 1;
    let mut counted = false;
    while in_clause(j) && j < i + 7 {
        let w = a.word(j);
        let number = is_number(w, lists);
        if number || matches!(w, "maybe" | "about" | "around" | "like" | "or" | "to" | "some") {
            counted |= number;
            j += 1;
            continue;
        }
        return counted && in_clause(j) && lists.generic_objects.contains(w);
    }
    false
}

/// Whether a place a thing was put or sent to is named from `j` on:
/// "filed it under the discipline article", "put them in the wrong van",
/// "sent it back to the supplier", "flying it over the bathing area" — so
/// "it" is a thing someone could see handled. Not a time or a manner: "left it to the last minute", "did it
/// in a hurry", "took it in my stride".
fn placed(a: &Analysis<'_>, mut j: usize, lists: &FactLists<'_>) -> bool {
    let clause = a.words[j.saturating_sub(1)].clause;
    let in_clause = |k: usize| k < a.len() && a.words[k].clause == clause;
    if in_clause(j) && matches!(a.word(j), "back" | "up" | "out" | "down" | "off" | "away") {
        j += 1;
    }
    // (Past a when: "replace it last week wid di wrong size clamp".)
    if in_clause(j + 1)
        && matches!(a.word(j), "last" | "that" | "this")
        && (is_time_word(a.word(j + 1)) || matches!(a.word(j + 1), "week" | "month"))
    {
        j += 2;
    } else if in_clause(j) && matches!(a.word(j), "yesterday" | "today") {
        j += 1;
    }
    if !in_clause(j)
        || !matches!(
            a.word(j),
            "under"
                | "with"
                | "wid"
                | "into"
                | "in"
                | "on"
                | "onto"
                | "inside"
                | "behind"
                | "through"
                | "to"
                | "over"
                | "across"
                | "near"
                | "along"
        )
    {
        return false;
    }
    j += 1;
    if in_clause(j)
        && matches!(
            a.word(j),
            "the"
                | "a"
                | "an"
                | "my"
                | "our"
                | "his"
                | "her"
                | "their"
                | "its"
                | "that"
                | "this"
                | "di"
        )
    {
        j += 1;
    }
    // "in the wrong van", "on the top shelf".
    if in_clause(j + 1)
        && matches!(
            a.word(j),
            "wrong" | "old" | "new" | "other" | "right" | "top" | "bottom" | "front" | "spare"
        )
    {
        j += 1;
    }
    in_clause(j) && {
        let w = a.word(j);
        w.len() >= 3
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !lists.generic_objects.contains(w)
            && !matches!(
                w,
                "last"
                    | "end"
                    | "time"
                    | "moment"
                    | "minute"
                    | "general"
                    | "way"
                    | "hurry"
                    | "mind"
                    | "head"
                    | "stride"
                    | "fact"
                    | "same"
                    | "next"
                    | "rest"
                    | "hands"
                    | "weekend"
                    | "week"
                    | "day"
                    | "night"
                    | "morning"
                    | "years"
            )
    }
}

/// Whether the verb at `i` has an abstract subject.
fn abstract_subject(a: &Analysis<'_>, i: usize) -> bool {
    let clause = a.words[i].clause;
    let mut j = i;
    while j > 0 {
        j -= 1;
        if a.words[j].clause != clause {
            return false;
        }
        let w = a.word(j);
        if ADVERBS.contains(&w) {
            continue;
        }
        if ABSTRACT.contains(&w) {
            return true;
        }
        // "the whole thing", "the whole night": look one further.
        return j > 0 && a.word(j - 1) == "whole";
    }
    false
}

/// A quantity: digits, or number words (`six-eight`).
/// (Not a figure of speech: "one of dem 24/7 kinda days", "was maybe
/// 50-50".)
fn is_number(w: &str, lists: &FactLists<'_>) -> bool {
    (w.bytes().any(|b| b.is_ascii_digit()) && !matches!(w, "24/7" | "24-7" | "50-50" | "50/50"))
        || w.split('-').all(|part| lists.number_words.contains(part))
}

/// A number that dates, times or labels the attempt rather than counting
/// something about its result: "14 feb", "1945hrs", "bed 9", "7:30 tip",
/// "on the 14th".
fn is_scene_number(a: &Analysis<'_>, i: usize, clause: Range<usize>) -> bool {
    let w = a.word(i);
    let near = |j: usize| clause.contains(&j) && is_time_word(a.word(j));
    if w.ends_with("hrs") || w.ends_with("am") || w.ends_with("pm") {
        return true;
    }
    // ("I'm 20 mins late", read "i am 20": "am" before a number is the
    // verb, not the morning.)
    let before = |j: usize| near(j) && !matches!(a.word(j), "am" | "pm" | "hrs");
    if near(i + 1) || (i > 0 && before(i - 1)) || (i > 1 && a.word(i - 1) == "of" && near(i - 2)) {
        return true;
    }
    if w.contains(':') && w.split(':').count() == 2 {
        return true;
    }
    if i > 0 && clause.contains(&(i - 1)) {
        let before = a.word(i - 1);
        // ("in my 50 years on this earth": the writer's age or time in
        // the trade, not a count of what happened.)
        if before == "on"
            || (matches!(before, "my" | "our") && matches!(a.word(i + 1), "years" | "year"))
        {
            return true;
        }
        let ordinal = w.len() > 2
            && w.as_bytes()[0].is_ascii_digit()
            && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s));
        if LABEL_NOUNS.contains(&before) || (ordinal && matches!(before, "the" | "on")) {
            return true;
        }
        if matches!(before, "at" | "by" | "from" | "until" | "till" | "to" | "since")
            && w.contains(':')
        {
            return true;
        }
    }
    // A year.
    w.len() == 4 && w.starts_with("20") && w.bytes().all(|b| b.is_ascii_digit())
}

/// PF002's learned model, trained on the corpus's dev half.
pub static OUTCOME_MODEL: LazyLock<Linear> = LazyLock::new(|| {
    serde_json::from_str(include_str!("models/specific_outcome.json"))
        .unwrap_or_else(|e| unreachable!("the shipped outcome model parses: {e}"))
});

/// PF002's words model (`check::evaluation::words_model`).
pub static OUTCOME_WORDS: LazyLock<WordsModel> = LazyLock::new(|| {
    WordsModel::parse(include_str!("models/words_outcome.json"))
        .unwrap_or_else(|e| unreachable!("the shipped outcome words model parses: {e}"))
});

/// PF003's words model (`check::evaluation::words_model`).
pub static GAP_WORDS: LazyLock<WordsModel> = LazyLock::new(|| {
    WordsModel::parse(include_str!("models/words_gap.json"))
        .unwrap_or_else(|e| unreachable!("the shipped gap words model parses: {e}"))
});

/// PF003's learned model, trained on the corpus's dev half.
pub static GAP_MODEL: LazyLock<Linear> = LazyLock::new(|| {
    serde_json::from_str(include_str!("models/specific_gap.json"))
        .unwrap_or_else(|e| unreachable!("the shipped gap model parses: {e}"))
});

/// Whether a text states what happened.
#[derive(Debug, Clone, PartialEq)]
pub enum Specificity {
    /// Fewer words than the minimum.
    TooShort {
        /// How many words it has.
        words: usize,
    },
    /// No observable fact.
    Vague {
        /// The writer's evaluative words, as written (at most three).
        evaluations: Vec<String>,
        /// Preparation and scene words, as written (at most three).
        context: Vec<String>,
        /// The first evaluation, for the caret.
        first: Option<crate::check::phrases::Match>,
        /// How many facts were read (and weighed as too little).
        facts: usize,
        /// The features that weighed most towards "vague", with their
        /// values and contributions.
        decided_by: Vec<(&'static str, f64, f64)>,
        /// Whether the model is sure (its log-odds above
        /// [`SURE`]): an error then, a warning otherwise.
        sure: bool,
    },
    /// The reading found facts enough, but the words of the text weigh as
    /// a verdict without them (the words model; a warning).
    Weighed {
        /// The words that weighed most, as read (normalized).
        decided_by: Vec<String>,
    },
    /// States at least one fact.
    Specific,
}

/// Judges `text`: fewer than `min_words` words is too short; otherwise
/// `model` weighs the facts and non-facts read from it.
pub fn specificity(
    text: &str,
    lists: &FactLists<'_>,
    min_words: usize,
    model: &Linear,
) -> Specificity {
    weighed_specificity(text, lists, min_words, model, None)
}

/// [`specificity`], with the last word to a model over the words of the
/// text and whether the reading found any fact (`words`): where the two
/// models disagree, the words model decides, and a vague text that only
/// it calls vague is [`Specificity::Weighed`].
pub fn weighed_specificity(
    text: &str,
    lists: &FactLists<'_>,
    min_words: usize,
    model: &Linear,
    words_model: Option<&WordsModel>,
) -> Specificity {
    let a = Analysis::new(text);
    let words = crate::check::phrases::word_count(text);
    if words < min_words {
        return Specificity::TooShort { words };
    }
    let facts = Facts::read(&a, lists);
    let score = model.score(&facts.features);
    let features_vague = score > 0.0 || facts.unanswered.is_some();
    // A measure written in digits, not a figure of speech ("110 %",
    // "50/50", "10/10", "a hundred years", "like 1000 moving parts") nor
    // a guess ("2 or 3 things", "1 in 10").
    let literal = |i: usize| {
        let w = a.word(i);
        w.bytes().any(|b| b.is_ascii_digit())
            && !w.contains(['/', '%'])
            && (i == 0 || a.word(i - 1) != "like")
            && !matches!(
                a.word(i + 1),
                "percent" | "%" | "times" | "years" | "year" | "or" | "in" | "to"
            )
    };

    // (A count too, "lost 300 liters overnight", unless words judge the
    // result beside it: "14 men on standby … it was what it was".)
    let judged = facts.features.iter().any(|(n, v)| *n == "judging_words" && *v > 0.0);
    // (Things counted, "300 liters", "9 cups": not a label or an hour,
    // "Form 5 trip", "at 6", "the 1, 2, 3 way".)
    let counted = |i: usize| {
        a.digit_led(i)
            && a.words.get(i + 1).is_some_and(|n| n.clause == a.words[i].clause)
            && a.word(i + 1).len() > 2
            && a.word(i + 1).bytes().all(|b| b.is_ascii_lowercase())
            && (i == 0
                || !(a.words[i - 1].capital
                    || a.digit_led(i - 1)
                    || matches!(a.word(i - 1), "at" | "on" | "to" | "from" | "by" | "until")))
    };
    let anchored = facts.facts.iter().any(|(m, k)| {
        (*k == FactKind::Measure || (*k == FactKind::Quantity && !judged && m.clone().any(counted)))
            && m.clone().any(literal)
            && facts.facts.iter().any(|(e, ek)| {
                *ek == FactKind::Event && a.words[e.start].clause == a.words[m.start].clause
            })
    });
    if let Some(words_model) = words_model.filter(|_| features_vague || !anchored) {
        let weighed = words_model.weigh(&a);
        let vague = words_model.score_weighed(&weighed, facts.facts.is_empty()) > 0.0;
        if !vague {
            return Specificity::Specific;
        }
        if !features_vague {
            return WordsModel::deciding(&weighed, 3)
                .map_or(Specificity::Specific, |decided_by| Specificity::Weighed { decided_by });
        }
    }
    if !features_vague {
        return Specificity::Specific;
    }
    let quote = |r: &Range<usize>| a.original(r.clone()).to_string();
    let value = |name: &str| facts.features.iter().find(|(n, _)| *n == name).map_or(0.0, |f| f.1);
    let observed: f64 =
        ["other_events", "measures", "quantities", "speech"].iter().map(|f| value(f)).sum();
    let decided_by = if facts.unanswered.is_some() && score <= 0.0 {
        vec![("unanswered", 1.0, 0.0)]
    } else {
        model
            .contributions(&facts.features)
            .into_iter()
            .filter(|(name, c)| *c > 0.0 && *name != "log_words")
            .take(3)
            .map(|(name, c)| (name, value(name), c))
            .collect()
    };
    Specificity::Vague {
        evaluations: facts.evaluations.iter().take(3).map(quote).collect(),
        context: facts.context.iter().take(3).map(quote).collect(),
        first: facts.evaluations.first().map(|r| {
            let norm = a.words[r.start].norm.start..a.words[r.end - 1].norm.end;
            a.norm.match_of(norm)
        }),
        facts: facts.facts.len(),
        decided_by,
        // An error only for a value with nothing observable in it: a
        // count or measure beside a verdict ("four people in the room.
        // Very demoralising.") may be the fact the model underweights.
        // (Judging words and nothing else, not even a number, is sure
        // whatever the score: "It did not go the way I hoped, to be
        // honest.")
        sure: (score > SURE
            || (facts.facts.is_empty()
                && facts.context.is_empty()
                && !facts.evaluations.is_empty()
                && !(0..a.len()).any(|i| is_number(a.word(i), lists))))
            && observed == 0.0,
    }
}

/// The log-odds above which the model's "vague" is reported at the rule's
/// level; below it, one level milder. Set from the dev half so that no
/// clean value there gets an error (see `check::evaluation`).
pub const SURE: f64 = 2.0;

/// A feature, said in words, for messages: "2 judging words".
pub fn describe_feature(name: &str, value: f64) -> String {
    let n = value.round() as i64;
    let plural =
        |one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
    match name {
        "judging_words" => plural("judging phrase", "judging phrases"),
        "scene_words" => plural("preparation or scene phrase", "preparation or scene phrases"),
        "scene_numbers" => plural("date, time or label", "dates, times or labels"),
        "verdict_on_result" => "a verdict on the result after the facts".into(),
        "closing_verdict" => "a closing verdict after the writer's own steps".into(),
        "unanswered" => {
            "the writer's own steps, then \"and still\" or \"and then\" with no result".into()
        }
        "writer_events" => plural("step of the writer's own", "steps of the writer's own"),
        "quantities" => {
            plural("number that is not a measurement", "numbers that are not measurements")
        }
        other => format!("{other} {n}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `FACTS="some text" cargo test --lib show_facts -- --nocapture`
    /// (`FACTS_GAP=1`: read it as a gap).
    #[test]
    #[allow(clippy::print_stdout)]
    fn show_facts() {
        let Ok(text) = std::env::var("FACTS") else { return };
        let settings = crate::check::Settings::default();
        let a = Analysis::new(&text);
        for (i, w) in a.words.iter().enumerate() {
            println!(
                "{i:>3} {:<14} s{} c{} q{} r{}",
                a.word(i),
                w.sentence,
                w.clause,
                w.quoted as u8,
                w.reported as u8
            );
        }
        let f = if std::env::var_os("FACTS_GAP").is_some() {
            Facts::read(&a, &crate::check::rules::specific_gap::gap_fact_lists(&settings))
        } else {
            Facts::read(&a, &crate::check::rules::fact_lists(&settings))
        };
        println!("{f:?}");
    }
}

#[cfg(test)]
mod model_tests {
    use super::*;

    #[test]
    fn shipped_models_know_every_feature() {
        let settings = crate::check::Settings::default();
        for (model, lists) in [
            (&*OUTCOME_MODEL, crate::check::rules::fact_lists(&settings)),
            (&*GAP_MODEL, crate::check::rules::gap_fact_lists(&settings)),
        ] {
            let facts = Facts::read(&Analysis::new("It went badly: 3 people came."), &lists);
            for (name, _) in &facts.features {
                assert!(model.weights.iter().any(|(n, _)| n == name), "no weight for {name}");
            }
            assert_eq!(model.weights.len(), facts.features.len());
        }
        let adjustment = crate::check::judge::adjustment::testability_features(
            "Before every market I will count the float.",
            &crate::check::rules::adjustment_lists(&settings),
        );
        let model = &*crate::check::judge::adjustment::ADJUSTMENT_MODEL;
        for (name, _) in &adjustment {
            assert!(model.weights.iter().any(|(n, _)| n == name), "no weight for {name}");
        }
        assert_eq!(model.weights.len(), adjustment.len());
    }
}
