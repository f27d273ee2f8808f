//! A light reading of a short text: its words in order, which sentence and
//! clause each belongs to, and whose voice it is in — the writer's, a
//! quotation, or speech reported from someone else. The judgement features
//! are read off this, so that "the client called it 'a disaster'" is not
//! the writer's emotion and "my dad said I'm hopeless" not the writer's
//! verdict.
//!
//! It works on [`Normalized`] text (lowercased, contractions expanded), and
//! remembers for each word whether it was capitalized in the original, for
//! names.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::ops::Range;

use crate::check::options::Words;
use crate::check::phrases::{Detached, Match, Normalized, PhraseSet};

/// One word of the normalized text.
#[derive(Debug, Clone)]
pub struct Word {
    /// Byte range of the bare word (no surrounding punctuation) in the
    /// normalized text.
    pub norm: Range<usize>,
    /// Which sentence it is in, from 0.
    pub sentence: usize,
    /// Which clause it is in, from 0, counted over the whole text: commas,
    /// semicolons, colons, dashes, brackets and sentence ends separate
    /// clauses.
    pub clause: usize,
    /// Inside quotation marks.
    pub quoted: bool,
    /// In speech or writing reported from someone other than the writer
    /// ("the editor wrote that…", "my dad said…").
    pub reported: bool,
    /// Written with a capital first letter in the original.
    pub capital: bool,
    /// The first word of its sentence.
    pub initial: bool,
}

/// Words that introduce someone else's words or thoughts when their
/// subject is not the writer.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "wrote",
    "writes",
    "called",
    "calls",
    "messaged",
    "texted",
    "emailed",
    "commented",
    "posted",
    "replied",
    "yelled",
    "shouted",
    "screamed",
    "thinks",
    "thought",
    "reckons",
    "reckoned",
    "believes",
    "believed",
    "claimed",
    "claims",
    "accused",
    "labelled",
    "labeled",
    "described",
    "joked",
    "muttered",
    "announced",
    "remarked",
    "insisted",
    "suggested",
    "warned",
    "complained",
    "tweeted",
    "put it",
    // As a story told in the present progressive has them: "GM sir is
    // saying in front of everyone, 'I am not happy'".
    "saying",
    "telling",
    "shouting",
    "yelling",
];

/// Words after which a speech verb's form is a noun ("a call", "my
/// thoughts").
const DETERMINERS: &[&str] = &[
    "a",
    "an",
    "the",
    "some",
    "my",
    "our",
    "his",
    "her",
    "their",
    "your",
    "its",
    "any",
    "no",
    "these",
    "those",
    "many",
    "few",
    "several",
    "two",
    "three",
    "more",
    "bad",
    "good",
    "tough",
    "wrong",
    "right",
    "late",
    "early",
    "final",
    "phone",
    "judgement",
    "judgment",
];

/// The writer, as the subject of a sentence.
const FIRST_PERSON: &[&str] = &["i", "we", "me", "us", "myself", "ourselves"];

/// Words that end a sentence when followed by a period but are not its end.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "e.g", "i.e", "approx", "prof", "jr", "sr",
    "mt", "ft", "min", "hrs", "pts", "abx",
];

/// The [`ABBREVIATIONS`] that are units, which a sentence may end on.
const UNITS_ABBREVIATED: &[&str] = &["min", "hrs", "pts", "ft"];

/// A reading of one text.
#[derive(Debug)]
pub struct Analysis<'a> {
    /// The normalized text and its map back to the original.
    pub norm: Normalized<'a>,
    /// The words, in order.
    pub words: Vec<Word>,
}

/// A reading kept for the next rule that reads the same text.
struct Kept {
    original: Box<str>,
    norm: Detached,
    words: Vec<Word>,
}

/// How many readings each thread keeps: the short fields of one entry.
const KEPT_READINGS: usize = 8;

thread_local! {
    /// The texts read last on this thread, newest last. The rules of one
    /// entry run one after another on one thread, and several read the
    /// same field (the outcome by PF002, PF007 and PF009; the gap by
    /// PF003, PF007 and PF008): each field is read once. Kept by content,
    /// so a reading is only ever reused for the very same text.
    static KEPT: RefCell<VecDeque<Kept>> = const { RefCell::new(VecDeque::new()) };
}

/// A text as far as a rule with a pre-scan needs it: this thread's
/// reading of it if a rule read it a moment ago, else only normalized
/// (for the pre-scan), to be read in full with [`Prepared::read`].
pub enum Prepared<'a> {
    /// Read already.
    Read(Analysis<'a>),
    /// Normalized only.
    Normalized(Normalized<'a>),
}

impl<'a> Prepared<'a> {
    /// `text`, read already or normalized.
    pub fn of(text: &'a str) -> Prepared<'a> {
        Analysis::recent(text)
            .map_or_else(|| Prepared::Normalized(Normalized::new(text)), Prepared::Read)
    }

    /// The normalized text, for a pre-scan.
    pub fn norm(&self) -> &Normalized<'a> {
        match self {
            Prepared::Read(a) => &a.norm,
            Prepared::Normalized(norm) => norm,
        }
    }

    /// The full reading.
    pub fn read(self) -> Analysis<'a> {
        match self {
            Prepared::Read(a) => a,
            Prepared::Normalized(norm) => Analysis::of(norm),
        }
    }
}

impl<'a> Analysis<'a> {
    /// Reads `text` (or reuses this thread's reading of the same text).
    pub fn new(text: &'a str) -> Analysis<'a> {
        Analysis::recent(text).unwrap_or_else(|| Analysis::of(Normalized::with_tokens(text)))
    }

    /// Reads already normalized text.
    pub fn of(norm: Normalized<'a>) -> Analysis<'a> {
        let words = read_words(&norm);
        let mut analysis = Analysis { norm, words };
        analysis.mark_reported();
        analysis.mark_names();
        analysis.keep();
        analysis
    }

    /// This thread's reading of `text`, if a rule read it a moment ago.
    pub fn recent(text: &'a str) -> Option<Analysis<'a>> {
        KEPT.with_borrow(|kept| {
            kept.iter().rev().find(|k| &*k.original == text).map(|k| Analysis {
                norm: Normalized::attach(text, &k.norm),
                words: k.words.clone(),
            })
        })
    }

    /// Keeps this reading for the next rule that reads the same text.
    fn keep(&self) {
        let original = self.norm.original();
        KEPT.with_borrow_mut(|kept| {
            if kept.iter().any(|k| &*k.original == original) {
                return;
            }
            if kept.len() == KEPT_READINGS {
                kept.pop_front();
            }
            kept.push_back(Kept {
                original: original.into(),
                norm: self.norm.detach(),
                words: self.words.clone(),
            });
        });
    }

    /// The normalized text of word `i`, or "" past the last word: the
    /// readings look a few words ahead everywhere, and a value that ends
    /// where a shape expected more ("…we closed like always.") must read
    /// as no match, never as a panic.
    pub fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| &self.norm.text[w.norm.clone()])
    }

    /// Whether word `i` starts with a digit ("40", "3rd", "5pm"): a count,
    /// a time or a date, where a shape asks for one.
    pub fn digit_led(&self, i: usize) -> bool {
        self.word(i).bytes().next().is_some_and(|b| b.is_ascii_digit())
    }

    /// Whether word `i` is a Swahili (or Sheng) verb told in the past, and
    /// if so whether the writer is its subject: a subject prefix, a past,
    /// narrative or perfect marker and a root of three letters or more
    /// ("walipaka", "ikakwama", "tukamiss", "nilimwambia"), or a denied
    /// past ("sikuichukulia", "haikutolewa"), in a text with Swahili's
    /// little words in it. `Some(true)` for "ni-", "tu-" and "si-". Not a
    /// verb of being, going, knowing or feeling ("nilikuwa", "ilienda").
    pub fn swahili_past(&self, i: usize) -> Option<bool> {
        let w = self.word(i);
        let (writer, root) = swahili_past_form(w)?;
        let root = root.trim_start_matches('-');
        // ("iliniuma": the root past an object's mark; not "nilituma".)
        let state = SWAHILI_STATES.iter().any(|r| {
            root.strip_suffix(r).is_some_and(|o| {
                matches!(o, "" | "ni" | "ku" | "m" | "mw" | "wa" | "ki" | "i" | "li" | "zi" | "tu")
            })
        });
        if root.len() < 3 || state {
            return None;
        }
        // The writer's own "nili-", "tuli-" mark the text by themselves
        // ("I guess nilifanya mistakes kadhaa").
        if writer && (w.starts_with("nili") || w.starts_with("tuli")) {
            return Some(true);
        }
        let strong = |w: &str| SWAHILI_WORDS.contains(&w);
        let weak = |w: &str| matches!(w, "na" | "ya" | "ni" | "wa" | "za" | "tu");
        let mut weak_seen: Vec<&str> = Vec::new();
        let swahili = (0..self.len()).any(|k| {
            let w = self.word(k);
            if weak(w) && !weak_seen.contains(&w) {
                weak_seen.push(w);
            }
            strong(w) || weak_seen.len() >= 2
        });
        swahili.then_some(writer)
    }

    /// Whether any word of the text is one of `words`: a text written
    /// (partly) in another language, told by its little words.
    pub fn mentions(&self, words: &[&str]) -> bool {
        (0..self.len()).any(|i| words.contains(&self.word(i)))
    }

    /// Whether word `i` exists and is `w`.
    pub fn word_is(&self, i: usize, w: &str) -> bool {
        i < self.len() && self.word(i) == w
    }

    /// How many words there are.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there are no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words that a phrase match covers.
    pub fn words_of(&self, m: &Match) -> Range<usize> {
        let first = self.words.partition_point(|w| w.norm.end <= m.norm.start);
        let last = self.words.partition_point(|w| w.norm.start < m.norm.end);
        first..last.max(first)
    }

    /// Every match of `set` that lies in the writer's own voice (not
    /// quoted, not reported), with the words it covers.
    pub fn own_matches(&self, set: &PhraseSet) -> Vec<(Match, Range<usize>)> {
        set.find_all(&self.norm)
            .into_iter()
            .map(|m| {
                let words = self.words_of(&m);
                (m, words)
            })
            .filter(|(_, w)| w.clone().all(|i| self.own(i)))
            .collect()
    }

    /// Every match of `set`, in anyone's voice.
    pub fn all_matches(&self, set: &PhraseSet) -> Vec<(Match, Range<usize>)> {
        set.find_all(&self.norm)
            .into_iter()
            .map(|m| {
                let words = self.words_of(&m);
                (m, words)
            })
            .collect()
    }

    /// Whether word `i` is in the writer's own voice.
    pub fn own(&self, i: usize) -> bool {
        let w = &self.words[i];
        !w.quoted && !w.reported
    }

    /// The original text of words `range`, for messages.
    pub fn original(&self, range: Range<usize>) -> &'a str {
        if range.is_empty() {
            return "";
        }
        let norm = self.words[range.start].norm.start..self.words[range.end - 1].norm.end;
        let span = self.norm.match_of(norm).span;
        &self.norm.original()[span]
    }

    /// The byte range in the original text of words `range`.
    pub fn span(&self, range: Range<usize>) -> Range<usize> {
        if range.is_empty() {
            return 0..0;
        }
        let norm = self.words[range.start].norm.start..self.words[range.end - 1].norm.end;
        self.norm.match_of(norm).span
    }

    /// Whether word `i` follows a colon or a dash in the original text.
    pub fn follows_colon(&self, i: usize) -> bool {
        let before = &self.norm.original()[..self.span(i..i + 1).start];
        before.trim_end().ends_with([':', '\u{2014}', '\u{2013}'])
    }

    /// Words of clause `clause`, as a range of word indices.
    pub fn clause_words(&self, clause: usize) -> Range<usize> {
        let start = self.words.partition_point(|w| w.clause < clause);
        let end = self.words.partition_point(|w| w.clause <= clause);
        start..end
    }

    /// The word indices of sentence `sentence`.
    pub fn sentence_words(&self, sentence: usize) -> Range<usize> {
        let start = self.words.partition_point(|w| w.sentence < sentence);
        let end = self.words.partition_point(|w| w.sentence <= sentence);
        start..end
    }

    /// Whether word `i` comes right after a determiner in its clause
    /// ("the pitch", "my plan"), so is read as a noun.
    pub fn after_determiner(&self, i: usize) -> bool {
        i > 0
            && self.words[i - 1].clause == self.words[i].clause
            && DETERMINERS.contains(&self.word(i - 1))
    }

    /// Whether word `i` opens a diary's act told in the verb's plain form
    /// (one of `verbs`), its "I" dropped, done to a thing: "Forget the
    /// ammonia bottle in the house.", "Leave a gap by the gate.", "rush
    /// the briefing", "pump the tubes the night before, leave dem on the
    /// roof". (Liberian English, among others, tells the past in the
    /// plain form.)
    /// "Never check the tray covers before leaving" tells, the same way,
    /// a thing left undone; "Forget to soak the bark" too.
    pub fn plain_diary_act(&self, i: usize, verbs: &Words) -> bool {
        let verb = if self.word(i) == "never" { i + 1 } else { i };
        let w = self.word(verb);
        let plain = if verb == i {
            verbs.contains(w)
        } else {
            // (Any plain word after "Never", but an adverb or an
            // auxiliary: not "Never again the…", "Never mind the…".)
            w.len() > 2
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !w.ends_with("ed")
                && !w.ends_with("ly")
                && !matches!(
                    w,
                    "again"
                        | "once"
                        | "ever"
                        | "even"
                        | "mind"
                        | "before"
                        | "since"
                        | "been"
                        | "had"
                        | "has"
                        | "have"
                        | "was"
                        | "were"
                        | "did"
                        | "does"
                        | "will"
                        | "would"
                        | "could"
                        | "should"
                        | "can"
                        | "all"
                        | "for"
                        | "with"
                        | "from"
                        | "about"
                        | "during"
                        | "after"
                        | "until"
                )
        };
        let clause = self.words[i].clause;
        let in_clause = |k: usize| self.words.get(k).is_some_and(|n| n.clause == clause);
        let done_to = |k: usize| {
            in_clause(k)
                && matches!(
                    self.word(k),
                    "the"
                        | "di"
                        | "my"
                        | "our"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "every"
                        | "everything"
                        | "them"
                        | "dem"
                )
        };
        // ("Forget to soak the hibiscus bark the night before": a verb
        // of the list after "to", done to a thing; not "Return to work
        // was slow".)
        // (Caribbean "fi" for "to": "forget fi lock the roller shed".)
        // ("forget to put in the bag": a verb of meaning to, or failing
        // to, whatever follows the act.)
        let meant = matches!(w, "forget" | "decide" | "refuse" | "fail" | "choose");
        let infinitive = (self.word_is(verb + 1, "to") || self.word_is(verb + 1, "fi"))
            && in_clause(verb + 2)
            && verbs.contains(self.word(verb + 2))
            && (done_to(verb + 3) || (meant && in_clause(verb + 3)));
        self.words[i].initial && plain && (done_to(verb + 1) || infinitive)
    }

    /// The number of clauses.
    pub fn clauses(&self) -> usize {
        self.words.last().map_or(0, |w| w.clause + 1)
    }

    /// Marks as reported the rest of each sentence after a speech verb
    /// whose subject is not the writer: "the chair told me that…", "a
    /// parent called the game 'an embarrassment'", "according to Sam…".
    fn mark_reported(&mut self) {
        let n = self.words.len();
        let mut i = 0;
        while i < n {
            let w = self.word(i);
            // ("according to the procedure", "according to our plan": a
            // rule or a plan, not someone's words.)
            let noun = if i + 3 < n && matches!(self.word(i + 2), "the" | "our" | "my" | "their") {
                i + 3
            } else {
                i + 2
            };
            let according = w == "according"
                && i + 2 < n
                && self.word(i + 1) == "to"
                && !matches!(
                    self.word(noun),
                    "plan"
                        | "schedule"
                        | "expectations"
                        | "budget"
                        | "procedure"
                        | "procedures"
                        | "protocol"
                        | "rules"
                        | "regulations"
                        | "manual"
                        | "contract"
                        | "forecast"
                );
            // ("The bag was labelled with a bed number (by me…)": a label
            // put on a thing, not a name called.)
            let put_on = matches!(w, "labelled" | "labeled")
                && matches!(
                    self.words.get(i + 1).map(|_| self.word(i + 1)),
                    Some("with" | "by" | "on" | "in")
                );
            let speech = SPEECH_VERBS.contains(&w) && !put_on && self.subject_is_other(i);
            let sentence = self.words[i].sentence;
            // "is saying in front of everyone, 'I am not happy'": an
            // "-ing" form reports only the quotation a few words on (not
            // "everything he is saying, and somewhere there…", "I am
            // telling you…").
            // ("One couple walk out saying $45 was robbery", "sent me 14
            // voice notes saying she is furious": a participle after its
            // clause's own verb reports the rest, as "said" does.)
            // (Only "saying": "telling him", "yelling like a crazy man"
            // say to whom or how, not what.)
            let participle = w == "saying"
                && i > 0
                && self.words[i - 1].clause == self.words[i].clause
                && !matches!(
                    self.word(i - 1),
                    "is" | "am"
                        | "are"
                        | "was"
                        | "were"
                        | "be"
                        | "been"
                        | "keep"
                        | "kept"
                        | "not"
                        | "like"
                        | "without"
                        | "by"
                        | "for"
                        | "about"
                        | "of"
                        | "me"
                        | "i"
                );
            if speech && w.ends_with("ing") && !participle {
                let quote = (i + 1..(i + 6).min(n))
                    .take_while(|&k| self.words[k].sentence == sentence)
                    .find(|&k| self.words[k].quoted);
                let mut k = quote.unwrap_or(i + 1);
                while quote.is_some() && k < n && self.words[k].quoted {
                    self.words[k].reported = true;
                    k += 1;
                }
                i = k;
                continue;
            }
            // "Mistakes was made, as the politicians say, and they was
            // made by yours truly": an aside that names whose words came
            // before reports nothing after it.
            let clause = self.words[i].clause;
            let opens = (0..=i).rev().take_while(|&k| self.words[k].clause == clause).last();
            let aside = speech
                && opens.is_some_and(|k| self.word(k) == "as" && !self.words[k].initial)
                && self.words.get(i + 1).is_none_or(|w| w.clause != clause);
            if aside {
                i += 1;
                continue;
            }
            if according || speech {
                let mut j = i + 1;
                // "the daughter said 'just let her go' and the son walked
                // out": words quoted right after the verb are what was
                // said, and the quotation's end is the report's end.
                let mut k = j;
                while k < n && k < i + 3 && matches!(self.word(k), "me" | "us" | "to") {
                    k += 1;
                }
                if k < n && self.words[k].quoted && self.words[k].sentence == sentence {
                    while k < n && self.words[k].quoted {
                        self.words[k].reported = true;
                        k += 1;
                    }
                    i = k;
                    continue;
                }
                while j < n && self.words[j].sentence == sentence {
                    // "…told me the bulb was past its hours and I chanced
                    // it": the writer takes the sentence back.
                    if j + 1 < n
                        && matches!(self.word(j), "and" | "but" | "so")
                        && FIRST_PERSON[..2].contains(&self.word(j + 1))
                    {
                        break;
                    }
                    // "Con says I'd double-book my own funeral and he's
                    // right": the writer agrees, in their own voice.
                    if j + 3 < n
                        && self.word(j) == "and"
                        && matches!(self.word(j + 1), "he" | "she" | "they")
                        && matches!(self.word(j + 2), "is" | "was" | "are" | "were")
                        && matches!(self.word(j + 3), "right" | "correct")
                    {
                        break;
                    }
                    // "…had filed a complaint; I sat one hour in my car":
                    // after a semicolon or a dash, the writer's own clause.
                    if FIRST_PERSON[..2].contains(&self.word(j))
                        && self.words[j].clause != self.words[j - 1].clause
                        && self.norm.original()[..self.span(j..j + 1).start]
                            .trim_end()
                            .ends_with([';', '\u{2014}', '\u{2013}'])
                    {
                        break;
                    }
                    self.words[j].reported = true;
                    j += 1;
                }
                // The subject and verb are the frame, not the speech.
                i = j;
                continue;
            }
            i += 1;
        }
    }

    /// Marks as quoted (the writer's words, but not the writer's say; and
    /// not speech, which would count as a fact) a name given, to the end
    /// of its clause: by others ([`Self::named_by_others`]) or in an aside
    /// ([`Self::naming_aside`]).
    fn mark_names(&mut self) {
        for i in 0..self.words.len() {
            if self.own(i) && (self.naming_aside(i) || self.named_by_others(i)) {
                let clause = self.words[i].clause;
                for w in self.words[i..].iter_mut().take_while(|w| w.clause == clause) {
                    w.quoted = true;
                }
            }
        }
    }

    /// Whether word `i` opens an aside that gives a name: "'Angry seam'
    /// (so we call the joint on the bow thruster tunnel)", "the chop, as
    /// the old boys call it,". ("so" only in brackets: "…, so we call the
    /// plumber" is what follows, not a name; "as" only closed by what it
    /// names: not "as we called the office twice, …".)
    fn naming_aside(&self, i: usize) -> bool {
        let n = self.words.len();
        let clause = self.words[i].clause;
        let opens = i == 0 || self.words[i - 1].clause != clause;
        if !opens || !matches!(self.word(i), "so" | "as") || self.word(i + 1) == "i" {
            return false;
        }
        let Some(call) = (i + 2..(i + 5).min(n))
            .take_while(|&k| self.words[k].clause == clause)
            .find(|&k| matches!(self.word(k), "call" | "calls" | "called"))
        else {
            return false;
        };
        if self.word(i) == "so" {
            self.norm.text[..self.words[i].norm.start].trim_end().ends_with('(')
        } else {
            matches!(self.word(call + 1), "it" | "them" | "him" | "her" | "that")
                && self.words.get(call + 2).is_none_or(|w| w.clause != clause)
        }
    }

    /// Whether word `i` opens a name given by others: "La Triste, that's
    /// what we call the old concrete tank, lost 300 liters", "Got what
    /// the boys at the buying point call a heartbreak ticket", "which is
    /// what everyone calls the bloke in rostering". Not the writer's own
    /// word ("that's what I call a disaster"), nor "we" or "you" calling
    /// something a thing ("what we call a proper mess"): those can be the
    /// writer's verdict.
    fn named_by_others(&self, i: usize) -> bool {
        if self.word(i) != "what" {
            return false;
        }
        let n = self.words.len();
        let clause = self.words[i].clause;
        let Some(call) = (i + 2..(i + 9).min(n))
            .take_while(|&k| self.words[k].clause == clause)
            .find(|&k| matches!(self.word(k), "call" | "calls" | "called"))
        else {
            return false;
        };
        let subject = self.word(i + 1);
        let described = self.word_is(call + 1, "the");
        // ("what our monthly report calls 'unpleasant travel
        // experience'": the quotation marks say it already.)
        let quoted = self.words.get(call + 1).is_some_and(|w| w.quoted);
        !(subject == "i" || quoted || (!described && matches!(subject, "we" | "you")))
    }

    /// Whether the speech verb at `verb` has a subject other than the
    /// writer: the nearest word before it in its clause (skipping a few
    /// adverbs and auxiliaries) is not `i`/`we`, and there is one.
    fn subject_is_other(&self, verb: usize) -> bool {
        let clause = self.words[verb].clause;
        // "shouted at me", "yelled at the kids": at someone, not words.
        if matches!(self.word(verb), "shouted" | "yelled" | "screamed" | "snapped" | "swore")
            && self.word_is(verb + 1, "at")
        {
            return false;
        }
        // "some calls", "the review says", "40+ calls in queue": after a
        // determiner or a number the word is a noun, not a verb of speech.
        if verb > 0
            && self.words[verb - 1].clause == clause
            && (DETERMINERS.contains(&self.word(verb - 1)) || self.digit_led(verb - 1))
        {
            return false;
        }
        // "outer island calls did not go well", "the thoughts were": a
        // noun, its own verb after it.
        if matches!(self.word(verb), "calls" | "thoughts" | "claims" | "posts" | "comments")
            && matches!(
                self.word(verb + 1),
                "did" | "was" | "were" | "are" | "is" | "had" | "have" | "went" | "came"
            )
        {
            return false;
        }
        // "when his teacher called me I was so ashamed": a call, then the
        // writer's own clause, not words reported.
        // ("When the accountant called me, my stomach went cold": the
        // call's clause ends at "me".)
        if matches!(self.word(verb), "called" | "rang" | "messaged" | "texted" | "emailed")
            && matches!(self.words.get(verb + 1).map(|_| self.word(verb + 1)), Some("me" | "us"))
            && self.words.get(verb + 2).is_some_and(|next| {
                FIRST_PERSON[..2].contains(&self.word(verb + 2))
                    || next.clause != self.words[verb + 1].clause
            })
        {
            return false;
        }
        // "a young lad called Darren", "a man named Tom": a name given,
        // not words said.
        if matches!(self.word(verb), "called" | "named")
            && self.words.get(verb + 1).is_some_and(|n| n.capital && !n.initial)
            && (verb.saturating_sub(3)..verb)
                .any(|k| self.words[k].clause == clause && matches!(self.word(k), "a" | "an"))
        {
            return false;
        }
        let mut j = verb;
        let mut seen = 0;
        while j > 0 && seen < 5 {
            j -= 1;
            if self.words[j].clause != clause {
                // "One American lady cuss mi out at di window, say she
                // furious": a speech verb opening a clause after a comma
                // goes on with the sentence's subject, someone named by a
                // determiner (not a diary's "Sat with the crew, said we'd
                // go").
                let sentence = self.words[verb].sentence;
                let start = self.sentence_words(sentence).start;
                return seen == 0
                    && j + 1 == verb
                    && self.words[j].sentence == sentence
                    && self.norm.original()
                        [self.span(j..j + 1).end..self.span(verb..verb + 1).start]
                        .trim()
                        == ","
                    && (DETERMINERS.contains(&self.word(start)) || self.word(start) == "one")
                    && !(start..verb).any(|k| FIRST_PERSON[..2].contains(&self.word(k)));
            }
            let w = self.word(j);
            // The writer, or anyone at all ("one could say", "you'd say"),
            // or no speaker ("no nicer way to say it", "Nobody told the
            // passengers … because I decided to skip it").
            if FIRST_PERSON.contains(&w) || matches!(w, "one" | "you" | "let" | "to" | "nobody") {
                return false;
            }
            // "I went home and told my partner…": a verb joined to an
            // earlier one shares its subject.
            if matches!(w, "and" | "then" | "but" | "so") {
                let sentence = self.words[verb].sentence;
                let start = self.sentence_words(sentence).start;
                return !(start..j)
                    .rev()
                    .take(8)
                    .any(|k| FIRST_PERSON[..2].contains(&self.word(k)));
            }
            if matches!(
                w,
                "also"
                    | "just"
                    | "then"
                    | "even"
                    | "only"
                    | "always"
                    | "never"
                    | "once"
                    | "literally"
                    | "basically"
                    | "actually"
                    | "later"
                    | "had"
                    | "has"
                    | "have"
                    | "did"
                    | "not"
                    | "kept"
                    | "keeps"
                    | "would"
                    | "could"
                    | "will"
                    | "can"
                    | "might"
                    | "must"
                    | "should"
            ) {
                seen += 1;
                continue;
            }
            return true;
        }
        false
    }
}

/// Splits normalized text into words, tracking sentences, clauses and
/// quotations. Punctuation is read from the original tokens (the
/// normalized form drops a closing `'`).
fn read_words(norm: &Normalized<'_>) -> Vec<Word> {
    let text = &norm.text;
    let original = norm.original();
    let mut words = Vec::new();
    let mut sentence = 0;
    let mut clause = 0;
    let mut double = false; // inside "…", “…”, «…»
    let mut single = false; // inside '…', ‘…’
    let mut initial = true;
    for (orig, norm_range) in norm.token_map() {
        let next = &original[orig.end..];
        let token = &original[orig];
        let is_word_char = |c: char| c.is_alphanumeric();
        let Some(lead_end) = token.find(is_word_char) else {
            // Punctuation alone: a dash or an ellipsis separates clauses.
            if token
                .chars()
                .any(|c| matches!(c, '-' | '\u{2014}' | '\u{2013}' | '…' | '/' | '+' | '&'))
            {
                clause += 1;
            }
            for c in token.chars() {
                match c {
                    '"' | '\u{201c}' | '\u{201d}' | '\u{ab}' | '\u{bb}' => double = !double,
                    '.' | '!' | '?' => {
                        sentence += 1;
                        clause += 1;
                        initial = true;
                    }
                    _ => {}
                }
            }
            continue;
        };
        let trail_start = token
            .char_indices()
            .rev()
            .find(|&(_, c)| is_word_char(c) || c == '%')
            .map_or(token.len(), |(i, c)| i + c.len_utf8());
        let (lead, bare_orig, trail) =
            (&token[..lead_end], &token[lead_end..trail_start], &token[trail_start..]);
        // "'cause", "'til", "'78": an apostrophe for letters or digits left
        // out, not a quotation opening.
        let clipped = lead.ends_with(['\'', '\u{2018}'])
            && (bare_orig.starts_with(|c: char| c.is_ascii_digit())
                || CLIPPED.iter().any(|w| w.eq_ignore_ascii_case(bare_orig)));
        for c in lead.chars() {
            match c {
                '"' | '\u{201c}' | '\u{ab}' => double = true,
                '\u{201d}' | '\u{bb}' => double = false,
                '\'' | '\u{2018}' if !clipped => single = true,
                '(' | '[' => clause += 1,
                _ => {}
            }
        }
        let capital = bare_orig.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase);
        // The normalized words of this token ("didn't" → "did not").
        let mut pos = norm_range.start;
        for piece in text[norm_range.clone()].split(' ') {
            let at = pos;
            pos += piece.len() + 1;
            let Some(s) = piece.find(is_word_char) else { continue };
            let e = piece
                .char_indices()
                .rev()
                .find(|&(_, c)| is_word_char(c) || c == '%')
                .map_or(piece.len(), |(i, c)| i + c.len_utf8());
            words.push(Word {
                norm: at + s..at + e,
                sentence,
                clause,
                quoted: double || single,
                reported: false,
                capital,
                initial,
            });
            initial = false;
        }

        let mut ends_sentence = false;
        let mut ends_clause = false;
        for c in trail.chars() {
            match c {
                '"' | '\u{201d}' | '\u{bb}' => double = false,
                '\u{201c}' | '\u{ab}' => double = true,
                '\'' | '\u{2019}' if single => single = false,
                // ("…which added 90 min. Not my call": a unit before a
                // capital ends its sentence; a title does not.)
                '.' if ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(bare_orig))
                    && !(UNITS_ABBREVIATED.iter().any(|a| a.eq_ignore_ascii_case(bare_orig))
                        && next.trim_start().starts_with(char::is_uppercase)) => {}
                '.' | '!' | '?' => ends_sentence = true,
                ',' | ';' | ':' | ')' | ']' | '(' | '\u{2014}' | '\u{2013}' => ends_clause = true,
                _ => {}
            }
        }
        if ends_sentence {
            sentence += 1;
            clause += 1;
            initial = true;
            // A quotation does not run past the end of its sentence
            // unless it is closed later: an unmatched quote mark (an
            // apostrophe read as one) must not swallow the text.
            single = false;
        } else if ends_clause {
            clause += 1;
        }
    }
    // An unclosed double quotation quotes nothing: it was a stray mark.
    if double {
        let first_open = words.iter().rposition(|w| !w.quoted).map_or(0, |i| i + 1);
        for w in &mut words[first_open..] {
            w.quoted = false;
        }
    }
    words
}

/// The days of the week, as "on a Friday" or "an idiot Tuesday" name them.
pub(crate) const WEEKDAYS: &[&str] =
    &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Month names, whole and short.
pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Spans of time that "that" or "this" picks out ("that month", "this
/// season"): before one, "that" is no relative pronoun.
pub(crate) const PERIODS: &[&str] = &[
    "day",
    "week",
    "month",
    "year",
    "season",
    "night",
    "morning",
    "afternoon",
    "evening",
    "weekend",
    "spring",
    "summer",
    "autumn",
    "winter",
    "shift",
];

/// A number said of effort, not counted: 100 or more percent ("200%",
/// "110 percent", "a million percent", "the 100 per cent effort"). The
/// word after it, if so.
pub(crate) fn over_everything(a: &Analysis<'_>, i: usize) -> Option<usize> {
    if i >= a.len() {
        return None;
    }
    let w = a.word(i);
    let next = |k: usize| if i + k < a.len() { a.word(i + k) } else { "" };
    let value = |s: &str| s.trim_end_matches('%').parse::<u32>().ok();
    // 100% is effort unless it is a level reached: "going to 100%",
    // "rolled out at 100%".
    let level = i > 0 && matches!(a.word(i - 1), "to" | "at" | "from" | "of" | "by");
    let big = |s: &str| {
        value(s).is_some_and(|v| v > 100 || (v == 100 && !level))
            || matches!(s, "thousand" | "million")
    };
    if w.ends_with('%') && big(w) && next(1) != "of" {
        return Some(i + 1);
    }
    if big(w) && next(1) == "per" && next(2) == "cent" {
        return Some(i + 3);
    }
    (big(w) && matches!(next(1), "percent" | "%")).then_some(i + 2)
}

/// Little words that mark a text as written (partly) in Swahili or Sheng.
const SWAHILI_WORDS: &[&str] = &[
    "kwa", "pale", "juu", "hiyo", "ndio", "hakuna", "sana", "lakini", "bado", "kila", "hapo",
    "iko", "kwenye", "vile", "hii", "ile", "yangu", "wangu", "yote", "sasa", "leo", "jana",
    "mbaya", "bana",
];

/// The roots of Swahili verbs of being, going, knowing and feeling: no
/// act of the writer's and no event one could see ("ilikuwa mbaya",
/// "ilienda kombo", "nimechoka", "iliniuma", "haikuenda vile
/// nilitarajia").
const SWAHILI_STATES: &[&str] = &[
    "kuwa",
    "kua",
    "enda",
    "jua",
    "dhani",
    "ona",
    "sikia",
    "hisi",
    "penda",
    "taka",
    "fikiri",
    "shangaa",
    "choka",
    "uma",
    "boeka",
    "tarajia",
    "weza",
    "changanyikiwa",
];

/// The parts of a Swahili past form (see [`Analysis::swahili_past`]):
/// whether the writer is its subject, and its root.
fn swahili_past_form(w: &str) -> Option<(bool, &str)> {
    // ("Nili-accept": a borrowed root after a hyphen.)
    if w.len() < 6 || !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        return None;
    }
    // Denied: "siku-" (I did not), "hatuku-" (we did not), "haku-",
    // "hawaku-", "haiku-", "haziku-" (someone or something did not).
    for (prefix, writer) in [
        ("siku", true),
        ("hatuku", true),
        ("hawaku", false),
        ("haiku", false),
        ("haziku", false),
        ("haku", false),
    ] {
        if let Some(root) = w.strip_prefix(prefix) {
            return Some((writer, root));
        }
    }
    for (prefix, writer) in [
        ("ni", true),
        ("tu", true),
        ("wa", false),
        ("ki", false),
        ("zi", false),
        ("li", false),
        ("ya", false),
        ("vi", false),
        ("a", false),
        ("u", false),
        ("i", false),
        ("m", false),
    ] {
        let Some(rest) = w.strip_prefix(prefix) else { continue };
        for tense in ["li", "ka", "me"] {
            if let Some(root) = rest.strip_prefix(tense) {
                return Some((writer, root));
            }
        }
    }
    None
}

/// Words written with their first letters clipped off and an apostrophe
/// in their place ("'cause", "'em").
const CLIPPED: &[&str] = &[
    "cause",
    "cos",
    "coz",
    "cuz",
    "em",
    "til",
    "till",
    "bout",
    "round",
    "tis",
    "twas",
    "n",
    "nuff",
    "stead",
    "cept",
    "fraid",
    "specially",
    "fore",
    "gainst",
    "neath",
];

/// Whether `w` looks like a regular past form ("skipped", "double-booked",
/// "agreed"): four letters or more ending in "-ed", lower case. Words
/// whose "-eed" is no ending ("need", "speed", "Feed mill") and the short
/// "-ed" words that are no past form ("shed", "sped", "bred") are not.
/// Which of them are events or acts is for each reading's own list.
pub(crate) fn is_regular_past(w: &str) -> bool {
    w.len() >= 4
        && w.ends_with("ed")
        && !matches!(
            w,
            "shed"
                | "sped"
                | "bred"
                | "reed"
                | "hundred"
                | "kindred"
                | "sacred"
                | "naked"
                | "wicked"
        )
        && !(w.ends_with("eed") && !w.ends_with("reed") && !w.ends_with("teed"))
        && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_past_forms_and_their_lookalikes() {
        for w in ["skipped", "double-booked", "agreed", "guaranteed", "freed"] {
            assert!(is_regular_past(w), "{w}");
        }
        for w in ["need", "speed", "feed", "shed", "bred", "reed", "red", "Signed", "bed"] {
            assert!(!is_regular_past(w), "{w}");
        }
    }

    /// A reading is reused only for the very same text: the same length
    /// and different words are read afresh, and a reused reading matches
    /// one made from scratch.
    #[test]
    fn a_kept_reading_is_only_reused_for_the_same_text() {
        let one = "Lost 3-1 at home; I said 'a disaster'.";
        let other = "Won 3-10 at home; I said 'a disaster'.";
        assert_eq!(one.len(), other.len());
        let fresh = Analysis::of(Normalized::with_tokens(one));
        let again = Analysis::recent(one).expect("kept after the first reading");
        assert_eq!(again.norm.text, fresh.norm.text);
        assert_eq!(format!("{:?}", again.words), format!("{:?}", fresh.words));
        assert_eq!(again.norm.match_of(0..4).span, fresh.norm.match_of(0..4).span);
        let b = Analysis::new(other);
        assert_eq!(b.word(0), "won");
        assert_eq!(b.norm.original(), other);
        for i in 0..20 {
            Analysis::new(&format!("Text number {i} pushes the old readings out."));
        }
        assert!(Analysis::recent(one).is_none(), "only the last few readings are kept");
    }

    fn marks(text: &str) -> Vec<(String, bool, bool, usize)> {
        let a = Analysis::new(text);
        (0..a.len())
            .map(|i| {
                (a.word(i).to_string(), a.words[i].quoted, a.words[i].reported, a.words[i].clause)
            })
            .collect()
    }

    /// An apostrophe for clipped letters opens no quotation: what follows
    /// "'cause" or "'78" is still the writer's own. (A quotation that opens
    /// with such a word, "'cause for concern'", is then read as the
    /// writer's: rarer, and the cost of it.)
    #[test]
    fn a_clipped_word_opens_no_quotation() {
        let m = marks("Skipped the check 'cause he looked fine, on our '78 tractor.");
        assert!(m.iter().all(|w| !w.1), "{m:?}");
        let m = marks("She called it 'a cause for concern' and left.");
        assert!(m.iter().any(|w| w.1));
    }

    #[test]
    fn quotations_and_reported_speech() {
        let m = marks("The client called it 'a disaster' and left.");
        let quoted: Vec<&str> = m.iter().filter(|w| w.1).map(|w| w.0.as_str()).collect();
        assert_eq!(quoted, ["a", "disaster"]);
        let reported: Vec<&str> = m.iter().filter(|w| w.2).map(|w| w.0.as_str()).collect();
        assert_eq!(reported, ["it", "a", "disaster", "and", "left"]);

        let m =
            marks("My dad said I'm hopeless with money. One bad quarter doesn't make that true.");
        assert!(m.iter().find(|w| w.0 == "hopeless").unwrap().2);
        assert!(!m.iter().find(|w| w.0 == "quarter").unwrap().2, "the next sentence is mine");

        // A semicolon, then the writer's own clause.
        let m = marks("The dispatcher said a client had complained; I sat in the car for an hour.");
        assert!(!m.iter().find(|w| w.0 == "sat").unwrap().2, "after the semicolon it is mine");

        // A quotation right after the verb is all that was said.
        let m = marks("The daughter said 'let her go' and my hands were shaking.");
        let reported: Vec<&str> = m.iter().filter(|w| w.2).map(|w| w.0.as_str()).collect();
        assert_eq!(reported, ["let", "her", "go"]);

        let m = marks("I said I was fine.");
        assert!(m.iter().all(|w| !w.2), "the writer's own speech is not reported");

        let m = marks("It's the team's fault, isn't it? I don't think so.");
        assert!(m.iter().all(|w| !w.1), "apostrophes are not quotation marks");
    }

    #[test]
    fn clauses_and_sentences() {
        let a = Analysis::new("Lost 58-41 at Centerville; we shot 4 for 22. Then home.");
        assert_eq!(a.clauses(), 3);
        assert!(a.words[0].capital && a.words[0].initial);
        let c = a.clause_words(1);
        assert_eq!(a.original(c), "we shot 4 for 22");
    }
}
