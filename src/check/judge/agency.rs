//! Does a gap name something within the writer's control? Agency is the
//! writer as the subject of an action or a decision — "I skipped", "we
//! chose", "I did not taste the new batch" — or owning one: "my call to
//! start him", "that's on me". Any first-person word is not enough: "our
//! site went down", "for us it was bad timing" and "my manager never put
//! my work forward" have the writer as owner or object, not actor.

use std::ops::Range;

use crate::check::judge::specific::NOT_PROGRESSIVE;
use crate::check::judge::text::{Analysis, PERIODS, is_regular_past};
use crate::check::options::Words;
use crate::check::phrases::PhraseSet;

/// The lists of [`agency`].
#[derive(Debug, Clone, Copy)]
pub struct AgencyLists<'a> {
    /// Words after "I"/"we" that are no action.
    pub not_actions: &'a Words,
    /// Phrases that own a decision.
    pub ownership: &'a PhraseSet,
    /// First-person phrases that deny agency.
    pub external: &'a PhraseSet,
    /// Words of conduct the writer owns when said of themselves ("I was
    /// too soft").
    pub conduct: &'a Words,
    /// What of the writer's own a job happens at ("my station").
    pub duties: &'a Words,
    /// Irregular past forms (for a second verb: "I got excited and
    /// rushed it").
    pub past_irregular: &'a Words,
    /// Verbs in their plain form (a diary's "Rush the briefing", Creole
    /// "was me tell the group").
    pub plain_verbs: &'a Words,
}

/// Words between a subject and its verb that change nothing about who
/// acts.
const BETWEEN: &[&str] = &[
    "just",
    "also",
    "only",
    "really",
    "never",
    "then",
    "simply",
    "probably",
    "actually",
    "kind",
    "of",
    "sort",
    "basically",
    "did",
    "not",
    "had",
    "have",
    "has",
    "should",
    "clearly",
    "certainly",
    "honestly",
    "totally",
    "completely",
    "still",
    "even",
    "already",
    "again",
    "once",
    "all",
    "both",
    "myself",
    "ourselves",
    "obviously",
    "definitely",
    "stupidly",
    "foolishly",
    "kinda",
    "personally",
    "instead",
    "first",
    "deliberately",
    "ultimately",
    "finally",
];

/// Where the writer acts or owns a decision in `text`: the words that
/// say so, or `None`.
pub fn agency(text: &str, o: &AgencyLists<'_>) -> Option<Range<usize>> {
    let a = Analysis::new(text);
    let denied: Vec<Range<usize>> = a.own_matches(o.external).into_iter().map(|(_, w)| w).collect();
    let inside = |i: usize| denied.iter().any(|r| r.contains(&i));
    // ("My bad." owns a mistake; "my bad luck", "my bad knee" do not.)
    let bad_thing = |w: &Range<usize>| {
        a.word(w.end - 1) == "bad"
            && a.words.get(w.end).is_some_and(|n| n.clause == a.words[w.end - 1].clause)
            && matches!(
                a.word(w.end),
                "luck" | "knee" | "back" | "leg" | "hip" | "shoulder" | "day" | "week" | "night"
            )
    };
    // "My decision had nothing to do with it": the writer's part denied.
    // ("Not my call, not my order.": the same, said first.)
    let denied = |w: &Range<usize>| {
        (w.start > 0
            && a.word(w.start - 1) == "not"
            && (w.start == 1 || a.words[w.start - 2].clause != a.words[w.start - 1].clause)
            && a.words.get(w.end).is_none_or(|n| n.clause != a.words[w.start].clause))
            || (w.end..(w.end + 3).min(a.len())).any(|k| {
                matches!(a.word(k), "had" | "has")
                    && a.word_is(k + 1, "nothing")
                    && a.word_is(k + 2, "to")
                    && a.word_is(k + 3, "do")
            })
    };
    // ("Somebody upstairs didn't think it through": a lapse of someone
    // else's, its subject a few words before it in its clause.)
    let others_lapse = |w: &Range<usize>| {
        (w.start.saturating_sub(3)..w.start)
            .rev()
            .take_while(|&k| a.words[k].clause == a.words[w.start].clause)
            .take_while(|&k| !matches!(a.word(k), "i" | "we" | "me" | "us"))
            .any(|k| matches!(a.word(k), "somebody" | "someone"))
    };
    if let Some((_, words)) = a
        .own_matches(o.ownership)
        .into_iter()
        .find(|(_, w)| !w.clone().any(inside) && !bad_thing(w) && !denied(w) && !others_lapse(w))
    {
        return Some(words);
    }
    if let Some(words) = owned_fault(&a, o, &inside)
        .or_else(|| unclaimed_fault(&a, o, &inside))
        .or_else(|| act_named(&a, &inside))
        .or_else(|| role_was_me(&a))
        .or_else(|| me_then_verb(&a, o))
    {
        return Some(words);
    }
    // "We switched apps in January. Shona's call, I was away": the choice
    // the group acted on was someone else's.
    // ("We changed wire supplier in March — purchasing, I mean, not me".)
    // ("We changed our supplier, 'we' meaning the bosses upstairs", "'we'
    // being the product board": the "we" quoted to be taken back.)
    // ("…and by we i mean the client haha".)
    // ("We switched rating software over the weekend. Meaning IT did":
    // a sentence that opens by saying who.)
    let we_meaning = |j: usize| {
        (a.word(j) == "meaning"
            && a.words[j].initial
            && j > 0
            && (0..j).any(|k| a.word(k) == "we")
            && a.words.get(j + 1).is_some_and(|n| n.clause == a.words[j].clause)
            && !matches!(a.word(j + 1), "me" | "i" | "myself" | "us" | "we" | "that")
            // ("IT", the department, not "it".)
            && (a.word(j + 1) != "it" || a.words[j + 1].capital))
            || (a.word(j) == "we"
                // ("Actually 'we' means laoban".)
                && (a.word_is(j + 1, "meaning")
                    || a.word_is(j + 1, "being")
                    || (a.words[j].quoted && matches!(a.word(j + 1), "means" | "meant")))
                && !matches!(a.word(j + 2), "me" | "i" | "myself" | "us"))
            || (a.word(j) == "by"
                && a.word_is(j + 1, "we")
                && a.word_is(j + 2, "i")
                && a.word_is(j + 3, "mean")
                && !matches!(a.word(j + 4), "me" | "i" | "myself" | "us"))
    };
    let others_call = (0..a.len()).any(|j| {
        we_meaning(j)
            || a.own(j)
                && ((a.word(j).ends_with("'s")
                && !matches!(a.word(j), "everyone's" | "everybody's" | "nobody's" | "one's")
                && (a.word_is(j + 1, "call") || a.word_is(j + 1, "decision")))
                // "We changed route on owner's order": someone else's say.
                || (a.word(j).ends_with("'s")
                    && j > 0
                    && (matches!(a.word(j - 1), "on" | "by" | "under")
                        || (j > 1
                            && a.word(j - 1) == "the"
                            && matches!(a.word(j - 2), "on" | "by" | "under")))
                    && matches!(
                        a.word(j + 1),
                        "order" | "orders" | "instruction" | "instructions" | "request"
                    ))
                || (a.word(j) == "not"
                    && (a.word_is(j + 1, "me") || a.word_is(j + 1, "mine"))
                    && a.words.get(j + 2).is_none_or(|n| n.clause != a.words[j].clause))
                // "…, tandel decided that on the radio": someone named
                // deciding (not "I finally decided that").
                || (a.word(j) == "decided"
                    && j > 0
                    && a.words[j - 1].clause == a.words[j].clause
                    && !matches!(
                        a.word(j - 1),
                        "i" | "we" | "ah" | "mi" | "wi" | "one" | "me" | "and" | "who" | "that"
                    )
                    && !BETWEEN.contains(&a.word(j - 1))
                    && matches!(a.word(j + 1), "that" | "it" | "this"))
                // "a decision of head office".
                || (matches!(a.word(j), "decision" | "call")
                    && a.word_is(j + 1, "of")
                    && a.words.get(j + 2).is_some_and(|n| n.clause == a.words[j].clause)
                    && !matches!(a.word(j + 2), "my" | "mine" | "me" | "ours" | "our" | "us"))
                || someone_else_did(&a, j, o)
                || nobody_asked(&a, j))
    });
    let subject = (0..a.len())
        .filter(|&i| {
            let w = a.word(i);
            // "Myself and Nasrin apa…", "Me and Cida decide…".
            // (Only "me and" opening a sentence: not "for me and my team".)
            // ("At 02:00 me and Petrovich decided": after a time; not
            // "…, me and her" closing a sentence.)
            let opens = a.words[i].initial
                || (i > 0
                    && a.words.get(i + 3).is_some_and(|n| n.clause == a.words[i].clause)
                    && (a.words[i - 1].clause != a.words[i].clause
                        || a.word(i - 1).bytes().any(|b| b.is_ascii_digit())
                        || matches!(a.word(i - 1), "then" | "so" | "today" | "yesterday")));
            let myself_and = (w == "myself" || (w == "me" && opens))
                && i + 1 < a.len()
                && a.word(i + 1) == "and";
            // "Our group decided…": a group the writer is part of.
            // (Not "our team leader took the call": someone in it.)
            let our_group = w == "our"
                && i + 1 < a.len()
                && matches!(a.word(i + 1), "group" | "team" | "crew" | "family" | "side")
                && !(i + 2 < a.len()
                    && matches!(
                        a.word(i + 2),
                        "leader" | "captain" | "manager" | "coach" | "lead" | "boss" | "head"
                    ));
            // "We as an industry keep saying yes": everyone in a trade,
            // not the writer.
            // ("We, the company, changed supplier", "we in the union
            // voted": an institution speaking, not the writer; "we, the
            // executives", "we in the committee" are people acting.)
            let everyone = w == "we"
                && (i + 1..(i + 4).min(a.len()))
                    .find(|&k| {
                        !matches!(a.word(k), "as" | "in" | "at" | "the" | "a" | "an" | "our")
                    })
                    .is_some_and(|k| {
                        k > i + 1
                            && matches!(
                                a.word(k),
                                "industry"
                                    | "city"
                                    | "society"
                                    | "country"
                                    | "nation"
                                    | "profession"
                                    | "sector"
                                    | "company"
                                    | "firm"
                                    | "corporation"
                                    | "union"
                                    | "association"
                                    | "cooperative"
                                    | "co-op"
                                    | "organisation"
                                    | "organization"
                                    | "government"
                                    | "ministry"
                                    | "administration"
                                    | "management"
                                    | "system"
                            )
                            // ("We as a management team": people.)
                            && !matches!(a.word(k + 1), "team" | "committee" | "board" | "crew")
                    });
            // "We Cameroonians, we always leave things for the last
            // minute": a people, not the writer. (Not "We Skyped the
            // client", a verb with a capital.)
            // ("we Gadong stalls, all of us on the same row": a place's
            // name before the plural.)
            let ends_at =
                |k: usize| a.words.get(k).is_none_or(|n| n.clause != a.words[k - 1].clause);
            let people = |k: usize| {
                a.word(k) == "we"
                    && a.words
                        .get(k + 1)
                        .is_some_and(|n| n.capital && n.clause == a.words[k].clause)
                    && ((a.word(k + 1).ends_with('s')
                        && (ends_at(k + 2)
                            || matches!(a.word(k + 2), "are" | "always" | "never" | "all")))
                        // ("We Bugis builders all know…".)
                        || (!a.word(k + 1).ends_with("ed")
                            && !ends_at(k + 2)
                            && a.word(k + 2).ends_with('s')
                            && (ends_at(k + 3)
                                || matches!(a.word(k + 3), "are" | "always" | "never" | "all")))
                        // ("We Ni-Vanuatu, we always run on island time".)
                        || (ends_at(k + 2) && a.word_is(k + 2, "we"))
                        // ("We Kanazawa people always have this trouble".)
                        || (matches!(a.word(k + 2), "people" | "folk" | "folks")
                            && a.words[k + 2].clause == a.words[k].clause))
                    // ("We as Bulgarians are always one step late".)
                    || (a.word(k) == "we"
                        && a.word_is(k + 1, "as")
                        && a.words.get(k + 2).is_some_and(|n| n.capital && n.clause == a.words[k].clause)
                        && a.word(k + 2).ends_with('s'))
            };
            let everyone = everyone
                || (w == "we"
                    && (people(i)
                        || (i >= 2
                            && people(i - 2)
                            && a.words[i - 2].sentence == a.words[i].sentence)));
            // "what can we do": a shrug, not the writer acting. ("who
            // are we to question it": nor is a bow.)
            // ("what else can I say": nor is that.)
            let what = |k: usize| {
                a.word(k) == "what" || (a.word(k) == "else" && k > 0 && a.word(k - 1) == "what")
            };
            // ("…, which I read later in the log", "as I found out
            // afterwards": learning of it, no act.)
            let learnt = i >= 1
                && matches!(a.word(i - 1), "which" | "as")
                && matches!(a.word(i + 1), "read" | "heard" | "learned" | "learnt" | "found")
                && a
                    .clause_words(a.words[i].clause)
                    .any(|k| matches!(a.word(k), "later" | "afterwards" | "afterward" | "out"));
            // ("…, is how I'd put it": a way of saying, no act.)
            let put = |k: usize| a.word_is(k, "put") && a.word_is(k + 1, "it");
            let shrug = i >= 2
                && ((matches!(a.word(i - 1), "can" | "could") && what(i - 2))
                    || (matches!(a.word(i - 1), "are" | "am") && a.word(i - 2) == "who"))
                || (i >= 1
                    && a.word(i - 1) == "how"
                    && (put(i + 1) || (a.word_is(i + 1, "would") && put(i + 2))))
                // ("It came out like that, as we say here.")
                || (i >= 1
                    && a.word(i - 1) == "as"
                    && (a.word_is(i + 1, "say") || a.word_is(i + 1, "call")))
                // ("Somebody jinxed us, I'm telling you": a way of
                // insisting, no act.)
                || (a.word_is(i + 1, "am")
                    && a.word_is(i + 2, "telling")
                    && a.word_is(i + 3, "you")
                    && a.words.get(i + 4).is_none_or(|n| n.clause != a.words[i].clause));
            // Scots "ah" for "I" ("Ah booked the hall", "ah didnae
            // check"), not the "ah" of a sigh: an act must follow it.
            // (Guyanese "Ah let it slide", Krio "Ah take my eye off di
            // ball", Vincentian "ah sell off de old fare card" too: the
            // plain form, with what it was done to.)
            let scots_i = w == "ah"
                && i + 1 < a.len()
                && a.words[i + 1].clause == a.words[i].clause
                && (is_past_act(a.word(i + 1), o)
                    || (is_plain_act(a.word(i + 1), o)
                        && a.words.get(i + 2).is_some_and(|n| n.clause == a.words[i].clause))
                    || matches!(a.word(i + 1), "did" | "never" | "just" | "probably"));
            let group = w == "we" || myself_and || our_group;
            // "The undersigned did not give the matter the attention it
            // required": a formal letter's "I".
            let undersigned = w == "undersigned" && i > 0 && a.word(i - 1) == "the";
            (w == "i"
                || undersigned
                || (group && !others_call)
                || scots_i
                || named_here(&a, i)
                || patois_subject(&a, i, o)
                || generic_one(&a, i, o))
                && !shrug
                && !learnt
                && !everyone
                && a.own(i)
                && !inside(i)
        })
        .find_map(|i| {
            // (Past the "here" of "Dusty here".)
            let from = if named_here(&a, i) { i + 1 } else { i };
            acts(&a, from, o).map(|v| i..v + 1)
        });
    // A diary drops its "I": "Skipped the long rides in March", "Agreed
    // to too much". A sentence that starts with a past form is the
    // writer's doing.
    subject
        .or_else(|| by_the_writer(&a, o, &inside))
        .or_else(|| {
            (0..a.len())
                // ("The bundles were tied while still soft — was in a
                // hurry for the Friday buyer —": an aside's dropped "I".)
                .filter(|&i| {
                    (a.words[i].initial
                        || after_label(&a, i)
                        || (a.word(i) == "was" && a.follows_colon(i)))
                        && a.own(i)
                        && !inside(i)
                })
                .find_map(|i| diary_action(&a, i, o).map(|v| i..v + 1))
        })
        .or_else(|| duty_passive(&a, o, &inside))
        .or_else(|| purposed_passive(&a, o, &inside))
        .or_else(|| first_person_preterite(&a, &inside))
        .or_else(|| tagalog_agent(&a, &inside))
        .or_else(|| swahili_agent(&a, &inside))
}

/// The writer as the doer in Swahili or Sheng: a first-person past
/// ("nilimwambia dere", "nilikubali", "sikuichukulia serious"), not one of
/// being, knowing or feeling ("nilikuwa", "nilijua", "nilihisi").
fn swahili_agent(a: &Analysis<'_>, inside: &dyn Fn(usize) -> bool) -> Option<Range<usize>> {
    (0..a.len())
        .find(|&i| a.own(i) && !inside(i) && a.swahili_past(i) == Some(true))
        .map(|i| i..i + 1)
}

/// "We changed the locker system. Well, the city bought it…", "We changed
/// to the new sheet — well, the Spice Council did": the writer taking
/// back the "we" at the "well" at `j`, naming who acted instead.
fn someone_else_did(a: &Analysis<'_>, j: usize, o: &AgencyLists<'_>) -> bool {
    let clause = a.words[j].clause;
    let opens = j == 0 || a.words[j - 1].clause != clause;
    if a.word(j) != "well" || !opens || a.words.get(j + 1).is_none_or(|n| n.clause == clause) {
        return false;
    }
    let named = a.word(j + 1) == "the" || a.words[j + 1].capital;
    let said = a.clause_words(a.words[j + 1].clause);
    named
        && !said.clone().any(|k| matches!(a.word(k), "i" | "we" | "me" | "us" | "my" | "our"))
        && said.clone().any(|k| a.word(k) == "did" || is_past_act(a.word(k), o))
}

/// "my handling of the relationship", "my own reading of the forecast":
/// the writer's act named as a noun (not "my feeling of dread", "my
/// morning of…").
fn act_named(a: &Analysis<'_>, inside: &dyn Fn(usize) -> bool) -> Option<Range<usize>> {
    (0..a.len()).find_map(|i| {
        if a.word(i) != "my" || !a.own(i) || inside(i) {
            return None;
        }
        let k = if a.word_is(i + 1, "own") { i + 2 } else { i + 1 };
        let w = a.words.get(k).map(|_| a.word(k))?;
        let act = w.len() > 5
            && w.ends_with("ing")
            && !matches!(
                w,
                "feeling" | "morning" | "evening" | "wedding" | "building" | "ceiling" | "meeting"
            )
            && a.word_is(k + 1, "of")
            && a.words[k + 1].clause == a.words[i].clause;
        act.then(|| i..k + 1)
    })
}

/// "Skipper's decision, and skipper that night was me": a role's call,
/// the role then said to be the writer. ("The guide does the briefing on
/// our tours, and the guide was me", "…the person who wrote our copy.
/// That person is me": a doer named, then said to be the writer.)
fn role_was_me(a: &Analysis<'_>) -> Option<Range<usize>> {
    // "Mistakes were made with the booking. By the person who answers my
    // phone. Which is me.": the doer told, then said to be the writer, in
    // a sentence of its own.
    // ("…that's on the fella who made the drivin' schedule, which is me":
    // the same closing its sentence.)
    let which_is_me = (1..a.len()).find_map(|k| {
        let s = a.sentence_words(a.words[k].sentence);
        let alone = s.start == k && s.len() == 3 && a.words[k].sentence > 0;
        let closing = s.end == k + 3
            && a.words[k - 1].clause != a.words[k].clause
            && (s.start..k).any(|m| a.word(m) == "who");
        ((alone && a.sentence_words(a.words[k].sentence - 1).any(|m| a.word(m) == "by") || closing)
            && matches!(a.word(k), "which" | "that" | "and")
            && matches!(a.word(k + 1), "is" | "was")
            && a.word_is(k + 2, "me")
            && a.own(k))
        .then(|| k..k + 3)
    });
    if which_is_me.is_some() {
        return which_is_me;
    }
    // "…the hose walked off. Nobody else touched that bus.", "Nobody else
    // touches that list": the thing the writer alone handles.
    let only_mine = (1..a.len()).find_map(|k| {
        let nobody = match a.word(k - 1) {
            "nobody" => k - 1,
            "one" if k >= 2 && a.word(k - 2) == "no" => k - 2,
            _ => return None,
        };
        let handled = a.word(k) == "else"
            && a.own(k)
            && matches!(
                a.word(k + 1),
                "touches" | "touched" | "uses" | "used" | "handles" | "handled" | "keeps" | "kept"
            )
            && matches!(a.word(k + 2), "that" | "this" | "the" | "those" | "my" | "it" | "them")
            && (nobody == 0 || a.words[nobody - 1].clause != a.words[nobody].clause);
        handled.then(|| nobody..k + 2)
    });
    if only_mine.is_some() {
        return only_mine;
    }
    let named_then_me = (2..a.len()).find_map(|k| {
        let me = matches!(a.word(k), "was" | "is")
            && a.word_is(k + 1, "me")
            && a.words.get(k + 2).is_none_or(|n| n.sentence != a.words[k].sentence)
            && a.words[k - 1].clause == a.words[k].clause
            && matches!(a.word(k - 2), "the" | "that" | "this");
        let role = a.word(k - 1);
        let earlier = (0..k - 2).any(|m| a.word(m) == role);
        (me && role.len() > 2 && a.own(k) && earlier).then(|| k - 2..k + 2)
    });
    if named_then_me.is_some() {
        return named_then_me;
    }
    (0..a.len()).find_map(|j| {
        let role = a.word(j).strip_suffix("'s")?;
        if !a.own(j) || !(a.word_is(j + 1, "decision") || a.word_is(j + 1, "call")) {
            return None;
        }
        let again = (j + 2..(j + 14).min(a.len())).find(|&k| a.word(k) == role)?;
        (again + 1..(again + 5).min(a.len()))
            .take_while(|&k| a.words[k].sentence == a.words[again].sentence)
            .any(|k| {
                a.word(k) == "was" && ["me", "myself", "i"].iter().any(|w| a.word_is(k + 1, w))
            })
            .then(|| j..j + 2)
    })
}

/// "but was me tell the group 'no helmets today'": Creole's "it was I
/// who told", the "who" left out, a plain verb after "was me".
fn me_then_verb(a: &Analysis<'_>, o: &AgencyLists<'_>) -> Option<Range<usize>> {
    (1..a.len()).find_map(|k| {
        let said = a.word(k - 1) == "was"
            && a.word(k) == "me"
            && a.own(k)
            && a.words.get(k + 2).is_some_and(|n| n.clause == a.words[k].clause)
            && a.words[k + 1].clause == a.words[k].clause
            && o.plain_verbs.contains(a.word(k + 1));
        said.then(|| k - 1..k + 2)
    })
}

/// "Procurement decided in summer, nobody asked workshop", "Nobody out
/// here got asked": the group's choice made without the writer, at `j`.
/// (Not "nobody asked us to", which leaves the acting to the writer.)
fn nobody_asked(a: &Analysis<'_>, j: usize) -> bool {
    let nobody = a.word(j) == "nobody" || (a.word(j) == "no" && a.word_is(j + 1, "one"));
    nobody
        && (j + 1..(j + 5).min(a.len()))
            .take_while(|&k| a.words[k].clause == a.words[j].clause)
            .find(|&k| matches!(a.word(k), "asked" | "consulted"))
            .is_some_and(|k| !(k + 1..(k + 3).min(a.len())).any(|m| a.word(m) == "to"))
}

/// "Ol' Dusty here figured the belt would hold": the writer naming
/// himself, a name and "here" at `i`.
fn named_here(a: &Analysis<'_>, i: usize) -> bool {
    a.words[i].capital
        && !a.words[i].initial
        && a.word_is(i + 1, "here")
        && a.words[i + 1].clause == a.words[i].clause
}

/// Words ending in "é" that are no first-person past.
const NOT_PRETERITES: &[&str] = &[
    "café",
    "bebé",
    "josé",
    "rené",
    "andré",
    "puré",
    "canapé",
    "santé",
    "été",
    "thé",
    "cliché",
    "résumé",
    "passé",
    "fiancé",
    "touché",
    "protégé",
    "porqué",
    "olé",
];

/// The writer as the doer in Tagalog or Cebuano, as Filipino writers who
/// switch languages tell it: the agent "ko" right after a verb that opens
/// its clause ("Sinabi ko kay Mark okay lang", "wala ko nag-andam") or
/// after "hindi" ("pero hindi ko na-file sa WFM tool"), in a text with
/// those languages' little words in it. Not a possessive "ko" after a noun
/// ("ang anak ko"), which follows no clause opening, nor the Hindi "ko"
/// that marks an object ("Crate ko bridge ke upar se le jana pada").
fn tagalog_agent(a: &Analysis<'_>, inside: &dyn Fn(usize) -> bool) -> Option<Range<usize>> {
    let filipino = a.mentions(&[
        "ng", "ang", "sa", "kay", "lang", "pero", "kasi", "naman", "wala", "kaayo", "siya",
        "hindi", "talaga", "mga",
    ]);
    if !filipino {
        return None;
    }
    (1..a.len()).filter(|&i| a.word(i) == "ko" && a.own(i) && !inside(i)).find_map(|i| {
        let clause = a.words[i].clause;
        let verb = i - 1;
        let opens = |k: usize| {
            k == 0
                || a.words[k - 1].clause != a.words[k].clause
                || matches!(a.word(k - 1), "pero" | "at" | "kasi" | "tapos" | "and" | "but" | "so")
        };
        let negated = matches!(a.word(verb), "hindi" | "di")
            && a.words.get(i + 1).is_some_and(|n| n.clause == clause);
        let told = a.words[verb].clause == clause
            && opens(verb)
            && a.word(verb).len() >= 4
            && a.word(verb).bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        (negated || told).then(|| verb..i + 1)
    })
}

/// The writer's own past act in Spanish or French, as writers who switch
/// languages tell it: a first-person preterite in "-é" opening a sentence
/// or after its pronoun ("Cambié la receta", "me confié", "la cagué",
/// "yo armé"), or a French past after "j'ai" ("j'ai merdé"). Not "me eché
/// la culpa": taking the blame is no act that caused the gap.
fn first_person_preterite(
    a: &Analysis<'_>,
    inside: &dyn Fn(usize) -> bool,
) -> Option<Range<usize>> {
    let in_portuguese = a.mentions(&["né", "pra", "não", "tudo", "você", "muito", "também", "uma"]);
    let in_spanish = a.mentions(&["y", "el", "la", "que", "de", "mi", "por", "con", "pero", "lo"]);
    (0..a.len()).filter(|&i| a.own(i) && !inside(i)).find_map(|i| {
        let w = a.word(i);
        // Portuguese "-ei" ("Vacilei", "Deixei tudo pra última hora") in a
        // text with Portuguese in it; not a name like "Shohei", "sensei",
        // nor German "Polizei".
        let portuguese = in_portuguese
            && w.ends_with("ei")
            && w.len() >= 5
            && !w.ends_with("hei")
            && w != "sensei"
            && w.bytes().all(|b| b.is_ascii_lowercase());
        // Spanish "-í" of "-er" and "-ir" verbs ("decidí hacerlo a mi
        // manera", "perdí la lista") in a text with Spanish in it; not
        // "aquí", "así", "allí", "ahí", nor a word like "cocolí" alone.
        let spanish_i = in_spanish
            && w.ends_with('í')
            && w.chars().count() >= 5
            && !matches!(w, "aquí" | "allí" | "ahí" | "así" | "alhelí" | "colibrí" | "maniquí");
        let preterite =
            (w.ends_with('é') && w.chars().count() >= 4 && !NOT_PRETERITES.contains(&w))
                || spanish_i
                || portuguese;
        let after_pronoun = i > 0
            && a.words[i - 1].clause == a.words[i].clause
            && matches!(
                a.word(i - 1),
                "me" | "la"
                    | "lo"
                    | "le"
                    | "les"
                    | "yo"
                    | "no"
                    | "nunca"
                    | "ya"
                    | "te"
                    | "j'ai"
                    | "eu"
                    | "não"
                    | "já"
            );
        // ("Pues nada, copié el parte de ayer": opening its clause.)
        let clause_opens = in_spanish && i > 0 && a.words[i - 1].clause != a.words[i].clause;
        let placed = a.words[i].initial || after_pronoun || clause_opens;
        let blame = a.word_is(i + 1, "la") && a.word_is(i + 2, "culpa");
        // ("bondyé had other plans for that boat": a subject, its English
        // verb after it.)
        let subject = matches!(
            a.word(i + 1),
            "had" | "has" | "have" | "was" | "is" | "did" | "does" | "said" | "will" | "would"
        );
        // (The evidence is the verb, with its pronoun when it has one.)
        let start = if after_pronoun { i - 1 } else { i };
        (preterite && placed && !blame && !subject).then_some(start..i + 1)
    })
}

/// A way of acting owned as a noun: "mostly my own carelessness", "our
/// sloppiness with the labels" — the "-ness" of a word of conduct after
/// "my" or "our".
fn owned_fault(
    a: &Analysis<'_>,
    o: &AgencyLists<'_>,
    inside: &dyn Fn(usize) -> bool,
) -> Option<Range<usize>> {
    possessed(a, inside).find_map(|(i, noun)| {
        // "my poor follow-up", "my bad planning": a way of working
        // judged — an act named by its "-ing", "-tion" or "-up", not
        // a person ("my poor mother").
        if matches!(a.word(noun), "poor" | "bad" | "weak" | "lousy" | "sloppy" | "late") {
            let w = a.word(noun + 1);
            let act = ["ing", "tion", "sion", "ment", "-up", "work"].iter().any(|e| w.ends_with(e));
            let same = a.words.get(noun + 1).is_some_and(|n| n.clause == a.words[i].clause);
            return (act && same).then(|| i..noun + 2);
        }
        fault_noun(a.word(noun), o).then(|| i..noun + 1)
    })
}

/// Whether `w` names a word of conduct as a noun: "laziness" of "lazy",
/// "carelessness", "overconfidence" of "overconfident", "complacency",
/// "arrogance".
fn fault_noun(w: &str, o: &AgencyLists<'_>) -> bool {
    if let Some(stem) = w.strip_suffix("ness").filter(|s| s.len() > 2) {
        let y = stem.strip_suffix('i').map(|s| format!("{s}y"));
        return o.conduct.contains(stem) || y.is_some_and(|y| o.conduct.contains(&y));
    }
    [("ence", "ent"), ("ency", "ent"), ("ance", "ant")].iter().any(|(noun, adjective)| {
        w.strip_suffix(noun)
            .filter(|s| s.len() > 3)
            .is_some_and(|s| o.conduct.contains(&format!("{s}{adjective}")))
    })
}

/// A fault named with no one else's name on it, in the writer's gap:
/// "Overconfidence, basically. I thought I knew this client", "A hundred
/// small things and one big laziness. Mine, full credit to me." — a word
/// of conduct as a noun opening a sentence, or a sentence that opens by
/// claiming it ("Mine,").
fn unclaimed_fault(
    a: &Analysis<'_>,
    o: &AgencyLists<'_>,
    inside: &dyn Fn(usize) -> bool,
) -> Option<Range<usize>> {
    (0..a.len())
        .find(|&i| {
            a.words[i].initial
                && a.own(i)
                && !inside(i)
                && (fault_noun(a.word(i), o)
                    // "Me. Basically me.": a sentence that names only the
                    // writer.
                    || only_me(a, a.words[i].sentence)
                    || (a.word(i) == "mine"
                        && a.norm.original()[a.span(i..i + 1).end..]
                            .starts_with([',', '.', ';', ':', '!', ' '])
                        && a.words.get(i + 1).is_none_or(|n| n.clause != a.words[i].clause)))
        })
        .map(|i| i..i + 1)
}

/// Whether `sentence` names only the writer, past a hedge: "Me.",
/// "Basically me.", "Mostly me, honestly.", "Me, somewhere along the
/// line." (Not "Me too." nor "Me and Kofi.")
fn only_me(a: &Analysis<'_>, sentence: usize) -> bool {
    let words = a.sentence_words(sentence);
    words.clone().any(|i| a.word(i) == "me")
        && words.clone().all(|i| {
            matches!(
                a.word(i),
                "me" | "basically"
                    | "mostly"
                    | "mainly"
                    | "just"
                    | "honestly"
                    | "probably"
                    | "all"
                    // ("Me, somewhere along the line.")
                    | "somewhere"
                    | "along"
                    | "the"
                    | "line"
            )
        })
}

/// Where the writer's "my" or "our" stands (not in a denial), with the
/// word it owns: "my station", "our own laziness" (past "own").
fn possessed<'a>(
    a: &'a Analysis<'_>,
    inside: &'a dyn Fn(usize) -> bool,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    (0..a.len())
        .filter(move |&i| matches!(a.word(i), "my" | "our") && a.own(i) && !inside(i))
        .map(move |i| (i, if a.word_is(i + 1, "own") { i + 2 } else { i + 1 }))
}

/// A thing done without a doer beside the writer's own post: "Seat-bolt
/// check got skipped. My station, my initials on the sheet", "the
/// reminder was never put in the diary, and that's my diary". The words
/// that make it the writer's ("my station"), or `None`.
fn duty_passive(
    a: &Analysis<'_>,
    o: &AgencyLists<'_>,
    inside: &dyn Fn(usize) -> bool,
) -> Option<Range<usize>> {
    let passive = (1..a.len()).any(|k| {
        let mut b = k - 1;
        if matches!(a.word(b), "not" | "never") && b > 0 {
            b -= 1;
        }
        let w = a.word(k);
        // ("The Racor filter didn't get changed. My boat, my filter.")
        matches!(a.word(b), "was" | "were" | "got" | "been" | "get")
            && is_passive_participle(w, o)
            && !a.word_is(k + 1, "by")
    });
    if !passive {
        return None;
    }
    // "My boat, my filter.": a short sentence of the writer's own things
    // names whose the job was.
    let claimed = (0..a.len()).find(|&i| {
        let sentence = a.sentence_words(a.words[i].sentence);
        a.words[i].initial
            && a.word(i) == "my"
            && a.own(i)
            && !inside(i)
            && sentence.len() <= 8
            && (i + 2..sentence.end)
                .any(|j| a.word(j) == "my" && a.words[j].clause != a.words[i].clause && a.own(j))
    });
    if let Some(i) = claimed {
        return Some(i..i + 2);
    }
    possessed(a, inside).find_map(|(i, noun)| {
        // ("decided way above my level": out of the writer's hands.)
        if i > 0 && matches!(a.word(i - 1), "above" | "beyond" | "over" | "outside") {
            return None;
        }
        // ("my station", or with a time of day or a task between: "my
        // cleaning round", "my night shift", "my pre-flight check"; not
        // "our fuel truck".)
        let between = |k: usize| {
            let w = a.word(k);
            (w.len() > 5 && w.ends_with("ing"))
                || w.starts_with("pre-")
                || matches!(w, "night" | "day" | "early" | "late")
        };
        let noun =
            if noun + 1 < a.len() && a.words[noun + 1].clause == a.words[i].clause && between(noun)
            {
                noun + 1
            } else {
                noun
            };
        (noun < a.len() && o.duties.contains(a.word(noun))).then(|| i..noun + 1)
    })
}

/// A choice told in the passive for a purpose, with no one else named as
/// its maker: "Preheat skipped to save one hour", "the earlier train was
/// not taken, to save 6 Euro", "was skipped so the 0800 departure could
/// be made". A failure journal tells the writer's own economies this way;
/// "the budget was cut by the board to save money" and "washed out, so
/// the truck could not pass" (an effect, not a purpose) are not the
/// writer's.
fn purposed_passive(
    a: &Analysis<'_>,
    o: &AgencyLists<'_>,
    inside: &dyn Fn(usize) -> bool,
) -> Option<Range<usize>> {
    (1..a.len())
        .filter(|&k| a.own(k) && !inside(k) && is_passive_participle(a.word(k), o))
        .find_map(|k| {
            let sentence = a.words[k].sentence;
            let mut b = k - 1;
            if matches!(a.word(b), "not" | "never") && b > 0 {
                b -= 1;
            }
            let auxiliary = matches!(a.word(b), "was" | "were" | "got" | "been" | "get" | "gets")
                && a.words[b].sentence == sentence;
            // A diary's bare passive: a noun of one or two words opens the
            // sentence and the purpose follows the verb at once ("Preheat
            // skipped to save one hour"; not "Our owner decided in January to
            // save money", "Customer's husband switched off the boiler").
            let opens = |j: usize| {
                a.words[j].initial
                    && !matches!(a.word(j), "our" | "my" | "his" | "her" | "their" | "the")
                    && !a.word(j).ends_with("'s")
            };
            let bare = (opens(k - 1) || (k >= 2 && opens(k - 2)))
                && !matches!(a.word(k - 1), "i" | "we" | "he" | "she" | "they" | "you")
                && !matches!(
                    a.word(k),
                    "decided" | "chose" | "wanted" | "tried" | "agreed" | "planned"
                )
                && a.word_is(k + 1, "to")
                && a.word_is(k + 2, "save");
            if !(auxiliary || bare) {
                return None;
            }
            let words = a.sentence_words(sentence);
            // Someone else named as its maker.
            let others = (words.start..words.end).any(|j| {
                (a.word(j) == "by"
                    && j > k
                    && !(a.word_is(j + 1, "me") || a.word_is(j + 1, "myself"))
                    && a.words.get(j + 1).is_some_and(|n| n.capital || a.word(j + 1) == "the"))
                    || matches!(a.word(j), "say-so" | "orders" | "instruction" | "instructions")
            });
            if others {
                return None;
            }
            let purpose = (k + 1..(k + 12).min(words.end)).find(|&j| {
                // ("the shortcut was taken to skip the jam".)
                let to = a.word(j) == "to"
                    && (matches!(a.word(j + 1), "save" | "skip" | "dodge" | "beat")
                        || (a.word_is(j + 1, "claw") && a.word_is(j + 2, "back")));
                // "so the launch date could hold": a purpose, where "so the
                // truck could not pass" is an effect.
                let so = a.word(j) == "so"
                    && (j + 1..(j + 6).min(words.end)).any(|c| {
                        matches!(a.word(c), "could" | "would")
                            && !(a.word_is(c + 1, "not") || a.word_is(c + 1, "never"))
                    });
                to || so
            })?;
            Some(k..purpose + 2)
        })
}

/// The writer named as the doer of a passive, or in an aside before
/// the verb: "prices were fixed in January — fixed by me —", "the
/// secretary, myself, signed the list".
fn by_the_writer(
    a: &Analysis<'_>,
    o: &AgencyLists<'_>,
    inside: &dyn Fn(usize) -> bool,
) -> Option<Range<usize>> {
    (0..a.len()).filter(|&i| a.own(i) && !inside(i)).find_map(|i| {
        let w = a.word(i);
        if matches!(w, "me" | "us" | "myself" | "ourselves") && i >= 2 && a.word(i - 1) == "by" {
            // "drawn up by me": a particle may stand between.
            let particle =
                |j: usize| matches!(a.word(j), "up" | "out" | "off" | "down" | "in" | "over");
            let verb = if particle(i - 2) && i >= 3 { i - 3 } else { i - 2 };
            if a.words[verb].clause == a.words[i].clause
                && (is_past_act(a.word(verb), o) || PARTICIPLES.contains(&a.word(verb)))
            {
                return Some(verb..i + 1);
            }
            // A passive further back that "by me" names the doer of: in
            // its clause ("The door was propped open with a brick by me"),
            // or across an aside in the sentence ("The bag was labelled
            // with a bed number (by me, at two in the morning)").
            let clause = a.words[i].clause;
            let aside = a.words[i - 2].clause != a.words[i - 1].clause
                && a.words[i - 2].sentence == a.words[i].sentence;
            let from = if aside {
                a.sentence_words(a.words[i].sentence).start.max(i.saturating_sub(14))
            } else {
                i.saturating_sub(7)
            };
            let passive = (from..i - 1).rev().find(|&k| {
                k > 0
                    && (aside || a.words[k].clause == clause)
                    && is_past_act(a.word(k), o)
                    && matches!(
                        a.word(k - 1),
                        "was" | "were" | "been" | "got" | "is" | "are" | "be"
                    )
            });
            if let Some(k) = passive {
                return Some(k..i + 1);
            }
        }
        // "it was decided on my side", "a mistake made on our part",
        // "Poor planning on my side": done, or a doing named, on the
        // writer's side.
        if matches!(w, "side" | "part")
            && i >= 3
            && matches!(a.word(i - 1), "my" | "our")
            && a.word(i - 2) == "on"
            && a.words[i - 3].clause == a.words[i].clause
            && (is_passive_participle(a.word(i - 3), o)
                || (a.word(i - 3).ends_with("ing")
                    && a.word(i - 3).len() > 5
                    && !matches!(
                        a.word(i - 3),
                        "nothing" | "something" | "anything" | "everything"
                    )))
        {
            return Some(i - 3..i + 1);
        }
        // "the check signed off under my name": the writer's signature
        // on the act.
        if matches!(w, "name" | "signature")
            && i >= 3
            && matches!(a.word(i - 1), "my" | "our")
            && a.word(i - 2) == "under"
        {
            let verb = if matches!(a.word(i - 3), "off" | "out" | "up") { i - 4 } else { i - 3 };
            if verb > 0
                && a.words[verb].clause == a.words[i].clause
                && is_passive_participle(a.word(verb), o)
            {
                return Some(verb..i + 1);
            }
        }
        // "stacked by the one who was loading, who is the same person
        // writing this notebook", "(yours truly)": the writer named in the
        // third person, in a sentence that tells a thing done.
        let self_named = (w == "writing"
            && a.word_is(i + 1, "this")
            && i > 0
            && matches!(a.word(i - 1), "person" | "one" | "man" | "woman" | "guy" | "fellow"))
            || (w == "truly" && i > 0 && a.word(i - 1) == "yours");
        if self_named {
            let sentence = a.sentence_words(a.words[i].sentence);
            let done = sentence.clone().any(|k| {
                is_past_act(a.word(k), o)
                    && k > sentence.start
                    && matches!(a.word(k - 1), "was" | "were" | "got")
            });
            if done {
                return Some(i - 1..i + 1);
            }
        }
        // "myself" alone between commas, the verb right after.
        let aside = a.clause_words(a.words[i].clause);
        (matches!(w, "myself" | "ourselves")
            && aside.len() == 1
            && i + 1 < a.len()
            && is_past_act(a.word(i + 1), o))
        .then(|| i..i + 2)
    })
}

/// Whether `w` can be the participle of a passive: a past act, a listed
/// participle ("done", "taken") or any listed irregular past.
fn is_passive_participle(w: &str, o: &AgencyLists<'_>) -> bool {
    is_past_act(w, o) || PARTICIPLES.contains(&w) || o.past_irregular.contains(w)
}

/// Whether `w` is a regular past or a listed participle: what "get" or
/// "have" takes when the writer has something done ("get the liferaft
/// serviced", "have them prepared").
fn is_participle(w: &str) -> bool {
    is_regular_past(w) || PARTICIPLES.contains(&w)
}

/// Whether word `k` says what a thing was made, as "have" or "get" take
/// it: a participle ("I didn't have them prepared", "we got the boxes
/// mixed up"), or made ready ("We didn't have them right for it", "I
/// didn't get them ready"; not "the right gear").
fn made_so(a: &Analysis<'_>, k: usize) -> bool {
    is_participle(a.word(k))
        || (matches!(a.word(k), "right" | "ready" | "sharp") && !a.after_determiner(k))
}

/// Past participles that are no past form, as a passive has them: "Line
/// balance was done by me".
const PARTICIPLES: &[&str] =
    &["done", "taken", "given", "chosen", "drawn", "driven", "written", "forgotten", "seen"];

/// Whether word `i` opens what follows a one-word label and a colon that
/// open its sentence ("Monday: told Ibou to take the old net"), or a label
/// of up to five words and a dash.
fn after_label(a: &Analysis<'_>, i: usize) -> bool {
    if i == 0 || a.words[i - 1].sentence != a.words[i].sentence {
        return false;
    }
    if a.words[i - 1].initial && a.norm.text[a.words[i - 1].norm.end..].starts_with(':') {
        return true;
    }
    // "Lid clamps on big pot - didn't check them before storm": a short
    // label, a dash, then the act.
    let start = a.sentence_words(a.words[i].sentence).start;
    let between = &a.norm.text[a.words[i - 1].norm.end..a.words[i].norm.start];
    // (Not "We — meaning the Ministry — delayed…": a subject is no label.)
    let subject =
        (start..i).any(|k| matches!(a.word(k), "i" | "we" | "they" | "he" | "she" | "you" | "it"));
    i - start <= 5
        && !subject
        && (between.contains(" - ")
            || between.contains('\u{2014}')
            || between.contains(" \u{2013} "))
}

/// "did everything right", "did nothing wrong": an act said only to deny
/// a lapse ("Our team did everything right", "We did nothing wrong").
fn denied_act(a: &Analysis<'_>, j: usize) -> bool {
    a.word(j) == "did"
        && ((a.word_is(j + 1, "everything")
            && matches!(a.word(j + 2), "right" | "correctly" | "properly"))
            || (a.word_is(j + 1, "nothing") && a.word_is(j + 2, "wrong")))
}

/// The generic "one" the writer tells their own doing by ("One tuned the
/// reeds on Friday", "one did not measure the moisture"): "one" as a
/// subject, a verb right after it, and no noun or "of" to make it a
/// number ("one valve stuck", "one of the pumps"), nor others before it
/// in its sentence that it is one of ("forty of them…, one opened it").
fn generic_one(a: &Analysis<'_>, i: usize, o: &AgencyLists<'_>) -> bool {
    if a.word(i) != "one" || i + 1 >= a.len() || a.words[i + 1].clause != a.words[i].clause {
        return false;
    }
    let opens = a.words[i].initial
        || a.words[i - 1].clause != a.words[i].clause
        || matches!(a.word(i - 1), "and" | "but" | "so" | "because" | "then" | "that");
    // ("forty of them on the path, one opened it": one of them.)
    let of_them = a
        .sentence_words(a.words[i].sentence)
        .take_while(|&k| k < i)
        .any(|k| matches!(a.word(k), "them" | "they" | "those"));
    let next = a.word(i + 1);
    let verb = matches!(
        next,
        "did" | "must" | "should" | "had" | "has" | "could" | "would" | "will" | "can" | "then"
    ) || is_past_action(next, o)
        || (o.past_irregular.contains(next) && !o.not_actions.contains(next));
    opens && verb && !of_them
}

/// Jamaican "mi"/"wi" as the subject ("Mi put mi name down fi di last
/// draw", "soh wi block di sixes"), not as "my" ("mi manager never call"):
/// the word after it, past an adverb, is a verb when an object, a
/// preposition or a name follows it.
fn patois_subject(a: &Analysis<'_>, i: usize, o: &AgencyLists<'_>) -> bool {
    if !matches!(a.word(i), "mi" | "wi" | "me") {
        return false;
    }
    let sentence = a.words[i].sentence;
    let mut j = i + 1;
    while j < a.len() && BETWEEN.contains(&a.word(j)) {
        j += 1;
    }
    // Antiguan and Vincentian "me" as the subject ("me send the heavy
    // roller on too early", "and me still make a call", "me get it
    // wrong"): only where it opens its clause and a plain verb follows
    // with something after it, not the object of "told me" nor "me and
    // Jo".
    if a.word(i) == "me" {
        let clause = a.words[i].clause;
        let opens = i == 0
            || a.words[i - 1].clause != clause
            || matches!(a.word(i - 1), "and" | "but" | "so" | "because" | "cause" | "then");
        let wrong = a.word(j) == "get"
            && (j + 1..(j + 4).min(a.len()))
                .any(|k| a.words[k].clause == clause && a.word(k) == "wrong");
        return opens
            && j + 1 < a.len()
            && a.words[j].clause == clause
            && a.words[j + 1].clause == clause
            && (is_plain_act(a.word(j), o) || is_past_act(a.word(j), o) || wrong);
    }
    let verb = j + 1 < a.len()
        && a.words[j + 1].sentence == sentence
        && a.word(j).bytes().all(|b| b.is_ascii_lowercase());
    // "dem" after it marks a plural noun: "mi hand dem a shake".
    const AFTER_A_VERB: &[&str] = &[
        "di", "a", "the", "mi", "it", "him", "her", "wid", "fi", "up", "down", "out", "off", "by",
        "round", "pon",
    ];
    verb && (a.words[j + 1].capital || AFTER_A_VERB.contains(&a.word(j + 1)))
}

/// The action of a sentence that starts without its "I" at `i`:
/// "Skipped the long rides", "Ran the row off one lead", "Didn't test
/// the RCDs", "Should've handled it".
fn diary_action(a: &Analysis<'_>, i: usize, o: &AgencyLists<'_>) -> Option<usize> {
    let clause = a.words[i].clause;
    // "Having skipped the walk-round to finish my tea, the leak went
    // unseen": an opening participle's doer is the writer (not "Having
    // been told…", nor "Having no spare…").
    if a.word(i) == "having" {
        let done =
            a.words.get(i + 1).is_some_and(|n| n.clause == clause) && is_past_act(a.word(i + 1), o);
        return done.then_some(i + 1);
    }
    let mut j = i;
    let mut auxiliary = false;
    while j < a.len() && a.words[j].clause == clause && j < i + 4 {
        let w = a.word(j);
        if matches!(
            w,
            "did"
                | "should"
                | "could"
                | "would"
                | "not"
                | "never"
                | "have"
                | "shoulda"
                | "coulda"
                | "woulda"
        ) {
            auxiliary |= w != "have";
            j += 1;
            continue;
        }
        // "Never got around to cleaning the burner": a chore left undone.
        if matches!(w, "got" | "get") && a.word_is(j + 1, "around") && a.word_is(j + 2, "to") {
            return Some(j + 2);
        }
        // "Should of known better": "of" written for "have".
        if w == "of" && j > i && matches!(a.word(j - 1), "should" | "could" | "would") {
            j += 1;
            continue;
        }
        // "Just didn't take it seriously", "Then went anyway".
        // ("probably should've said something earlier".)
        if j == i && matches!(w, "just" | "then" | "also" | "simply" | "probably") {
            j += 1;
            continue;
        }
        // "Signing the issue slip without matching the shade card": a
        // diary's act told by its "-ing" form, with what it was done to.
        if j == i && w.len() > 5 && w.ends_with("ing") && !NOT_PROGRESSIVE.contains(&w) {
            let done_to = a.words.get(j + 1).is_some_and(|n| n.clause == clause)
                && matches!(
                    a.word(j + 1),
                    "the"
                        | "a"
                        | "an"
                        | "my"
                        | "our"
                        | "his"
                        | "her"
                        | "their"
                        | "it"
                        | "them"
                        | "him"
                        | "everything"
                );
            let past = format!("{}ed", &w[..w.len() - 3]);
            return (done_to && is_past_action(&past, o)).then_some(j);
        }
        if j == i && a.plain_diary_act(i, o.plain_verbs) {
            return Some(j);
        }
        // "Go too fast on the approach", "Leave too late for the ferry":
        // a diary's conduct in the verb's plain form, said with "too" (not
        // "Way too fast", "Much too late", "Far too windy").
        if j == i
            && a.words[i].initial
            && w.len() > 1
            && !matches!(w, "way" | "much" | "far" | "all" | "just" | "bit" | "not" | "still")
            && !o.not_actions.contains(w)
            && a.word_is(j + 1, "too")
            && matches!(
                a.word(j + 2),
                "fast" | "quick" | "quickly" | "late" | "early" | "soon" | "slow" | "hard" | "far"
            )
        {
            return Some(j);
        }
        // "Came down to a million little things": what it came to; "Went
        // wrong 'cause stuff went wrong": what happened.
        if j == i
            && (matches!(w, "came" | "comes" | "boiled") && a.word_is(j + 1, "down")
                || matches!(w, "went" | "goes" | "gone")
                    && matches!(a.word(j + 1), "wrong" | "badly" | "south" | "sideways"))
        {
            return None;
        }
        // "Wasn't paying attention, simple as that": an act left undone,
        // its "I" dropped.
        if j == i
            && matches!(w, "was" | "were")
            && a.word_is(j + 1, "not")
            && a.words.get(j + 2).is_some_and(|n| n.clause == clause)
            && is_progressive_action(a.word(j + 2), o)
        {
            return Some(j + 2);
        }
        // "Too relaxed after a good week", "Too ambitious of me": a way
        // of acting owned, with neither its "I" nor its verb.
        if j == i
            && w == "too"
            && a.words.get(j + 1).is_some_and(|n| n.clause == clause)
            && (o.conduct.contains(a.word(j + 1)) || a.word(j + 1) == "confident")
        {
            return Some(j + 1);
        }
        // "Got a bit cocky after a good year", "Was careless with the
        // float": a way of acting owned, its "I" dropped.
        if j == i
            && let Some(k) = owned_conduct(a, j, clause, o)
        {
            return Some(k);
        }
        // "Cut came 18:00", "cost was new price": a noun, its verb after.
        if j == i
            && !auxiliary
            && a.words.get(j + 1).is_some_and(|n| n.clause == clause)
            && matches!(a.word(j + 1), "was" | "were" | "is" | "came" | "went" | "has" | "had")
        {
            return None;
        }
        // "Believed the price list was valid and paid upfront": a state
        // of mind, then the act it led to. ("Had a lot on and juggled it
        // badly": a load carried, then the act.)
        if !auxiliary
            && (o.not_actions.contains(w) || w == "had")
            && (w.ends_with("ed")
                || matches!(w, "thought" | "felt" | "knew" | "got" | "saw" | "had"))
        {
            return second_verb(a, j, clause, o).or_else(|| seen_then(a, j, o));
        }
        // "Should have been more on top of things": what was not done,
        // owned. ("Should have seen it. Didn't.": a lapse of notice, owned.)
        if matches!(w, "been" | "seen" | "noticed" | "spotted" | "caught")
            && j >= 2
            && a.word(j - 1) == "have"
            && a.word(j - 2) == "should"
        {
            return Some(j);
        }
        // "Didn't get the second cutting raked before the rain": getting
        // a thing done, or not, is the writer's act.
        if auxiliary && w == "get" {
            let done = (j + 2..(j + 6).min(a.len()))
                .take_while(|&k| a.words[k].clause == clause)
                .any(|k| is_past_act(a.word(k), o));
            return done.then_some(j);
        }
        // "Did it too fast, like always when we are busy", "Did it like
        // every year without looking": the doing itself, its "I" dropped.
        // (Not "Did it matter?", a question, nor "Did it rain", a verb
        // after it.)
        if j == i + 1
            && a.word(i) == "did"
            && matches!(w, "it" | "that" | "this" | "everything")
            && !a.words.get(j + 1).is_some_and(|n| {
                n.clause == clause
                    && (o.plain_verbs.contains(a.word(j + 1))
                        || o.not_actions.contains(a.word(j + 1))
                        || matches!(a.word(j + 1), "rain" | "snow" | "work" | "happen" | "not"))
                    && a.word(j + 1) != "like"
            })
            && !asked(a, j)
        {
            return Some(i);
        }
        let bare = auxiliary
            && (w.len() > 2 || w == "do")
            // ("Didn't double-check the label".)
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !o.not_actions.contains(w)
            && !matches!(w, "the" | "that" | "this" | "any" | "enough" | "much" | "get" | "know")
            // ("Not one person's thing": a determiner, no verb.)
            && !matches!(
                w,
                "one" | "an" | "my" | "our" | "his" | "her" | "their" | "its" | "every" | "all"
            );
        // "Let our Jack drive the quad", "Let it slide": letting is a
        // decision. ("Let's leave it there": a proposal, no act.)
        let proposal = w == "let" && a.word_is(j + 1, "us");
        return (is_past_act(w, o) || bare || (w == "let" && !proposal)).then_some(j);
    }
    None
}

/// Whether the sentence of word `i` ends with a question mark.
fn asked(a: &Analysis<'_>, i: usize) -> bool {
    let last = a.sentence_words(a.words[i].sentence).end - 1;
    a.norm.original()[a.span(last..last + 1).end..].trim_start().starts_with('?')
}

/// The evidence of agency in `text` as named counts, for a learned model.
pub fn agency_features(text: &str, o: &AgencyLists<'_>) -> Vec<(&'static str, f64)> {
    let a = Analysis::new(text);
    let denied = a.own_matches(o.external).len();
    let owned = a.own_matches(o.ownership).len();
    let subjects: Vec<usize> =
        (0..a.len()).filter(|&i| matches!(a.word(i), "i" | "we") && a.own(i)).collect();
    let actions = subjects.iter().filter(|&&i| acts(&a, i, o).is_some()).count();
    let diary = (0..a.len())
        .filter(|&i| a.words[i].initial && a.own(i) && diary_action(&a, i, o).is_some())
        .count();
    let first_person = (0..a.len())
        .filter(|&i| matches!(a.word(i), "i" | "we" | "my" | "our" | "me" | "us") && a.own(i))
        .count();
    vec![
        ("writer_actions", actions as f64),
        ("owned_decisions", owned as f64),
        ("denials", denied as f64),
        ("diary_verbs", diary as f64),
        ("first_person_words", first_person as f64),
        ("log_words", (1.0 + a.len() as f64).ln()),
    ]
}

/// Whether `w` is the plain form of an act, as a Caribbean, Krio or
/// Scots subject takes it ("Ah let it slide", "me send the roller"):
/// a plain verb of the lexicon, or `let`, `make`, `take`, `put`.
fn is_plain_act(w: &str, o: &AgencyLists<'_>) -> bool {
    o.plain_verbs.contains(w) || matches!(w, "let" | "make" | "take" | "put")
}

/// A regular past form that is not a state: `skipped`, `agreed`,
/// `signed` (`got`, `felt`, `was` are not).
fn is_past_action(w: &str, o: &AgencyLists<'_>) -> bool {
    is_regular_past(w) && !o.not_actions.contains(w)
}

/// Whether `w` is a past form of an act: regular ("skipped") or listed
/// irregular ("forgot"), and no state or feeling.
fn is_past_act(w: &str, o: &AgencyLists<'_>) -> bool {
    is_past_action(w, o) || (o.past_irregular.contains(w) && !o.not_actions.contains(w))
}

/// The verb the writer at `subject` does, if it is an action: the first
/// word after the subject that is not an adverb or auxiliary.
fn acts(a: &Analysis<'_>, subject: usize, o: &AgencyLists<'_>) -> Option<usize> {
    let mut clause = a.words[subject].clause;
    // "We, as pharmacy team, did not…": skip a short aside after the
    // subject.
    if a.words.get(subject + 1).is_some_and(|w| w.clause != clause) {
        let aside = a.clause_words(clause + 1);
        if aside.len() <= 5 && aside.end < a.len() {
            clause += 2;
        }
    }
    let mut j = subject + 1;
    while j < a.len() && a.words[j].clause < clause {
        j += 1;
    }
    // "Myself and the staff let…", "our group decided": the verb after the
    // joint subject.
    if matches!(a.word(subject), "myself" | "our") {
        // ("Our team decided in the meeting, before I came back": without
        // the writer.)
        let sentence = a.words[subject].sentence;
        let absent = (subject..a.len()).take_while(|&k| a.words[k].sentence == sentence).any(|k| {
            matches!(
                (a.word(k), a.word(k + 1)),
                ("before", "i") | ("without", "me") | ("while", "i")
            )
        });
        while j < a.len() && a.words[j].clause == clause && j < subject + 5 && !absent {
            let w = a.word(j);
            // ("our crew lost the points": losing is no act.)
            if w == "lost" || denied_act(a, j) {
                return None;
            }
            if o.past_irregular.contains(w) || is_regular_past(w) || w == "let" {
                return Some(j);
            }
            j += 1;
        }
        return None;
    }
    // "before I joined", "where we did all the endgame work": a subject in
    // a clause of time or place is background, not the writer acting.
    // ("by the time I started": the same; not a sentence that ends
    // "…at the shed before. I tied it with wire".)
    if subject > 0
        && a.words[subject - 1].clause == a.words[subject].clause
        && (matches!(
            a.word(subject - 1),
            "before" | "after" | "when" | "while" | "where" | "since" | "until" | "whatever"
        ) || (subject > 1 && a.word(subject - 1) == "time" && a.word(subject - 2) == "the"))
    {
        return None;
    }
    // "we as small creators just have it rough": past the role, to the
    // verb.
    if j == subject + 1 && a.word_is(j, "as") {
        let verb_like = |w: &str| {
            BETWEEN.contains(&w)
                || o.not_actions.contains(w)
                || o.past_irregular.contains(w)
                || is_past_action(w, o)
        };
        let role = (j + 1..(j + 4).min(a.len()))
            .take_while(|&k| a.words[k].clause == clause && !verb_like(a.word(k)))
            .count();
        j += 1 + role;
    }
    while j < a.len() && a.words[j].clause == clause {
        let w = a.word(j);
        // "I think it was the season, I really do": "do" closing its
        // clause stands for the thinking before it.
        if matches!(w, "do" | "does") && a.words.get(j + 1).is_none_or(|n| n.clause != clause) {
            return None;
        }
        // "we the bakers of Lyon, …": who "we" are, no verb.
        if j == subject + 1 && matches!(w, "the" | "a" | "an" | "this" | "these" | "those") {
            return None;
        }
        // "We umpires are always blamed", "we Mongolians always have":
        // who "we" are, then the verb.
        // ("we groomers in lusaka are…": past where they are.)
        let placed = (j == subject + 1 && matches!(a.word(j + 1), "in" | "of" | "from" | "at"))
            .then(|| {
                (j + 2..(j + 5).min(a.len()))
                    .find(|&k| a.words[k].clause == clause && matches!(a.word(k), "are" | "were"))
            })
            .flatten();
        if j == subject + 1
            && a.word(subject) == "we"
            && w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !is_past_act(w, o)
            && !BETWEEN.contains(&w)
            && a.words.get(j + 1).is_some_and(|n| n.clause == clause)
            && (matches!(a.word(j + 1), "are" | "were" | "have" | "had" | "always" | "all")
                || o.not_actions.contains(a.word(j + 1))
                || placed.is_some())
        {
            if let Some(verb) = placed {
                j = verb - 1;
            }
            j += 1;
            while a.word_is(j, "always") || a.word_is(j, "all") {
                j += 1;
            }
            continue;
        }
        // "i ain't send the list": "ain't" before a plain verb is "did
        // not" (it is read "is not").
        // ("i ain't do NOTHING different": no act.)
        if w == "is" && a.word(subject) == "i" && a.word_is(j + 1, "not") {
            if a.word_is(j + 2, "do")
                && (a.word_is(j + 3, "nothing") || a.word_is(j + 3, "anything"))
            {
                return None;
            }
            j += 2;
            continue;
        }
        // "We just no get luck", "I no check him glove": Pidgin's "not",
        // before its verb.
        if w == "no" && j > subject && a.words.get(j + 1).is_some_and(|n| n.clause == clause) {
            j += 1;
            continue;
        }
        // "I don't know", "I didn't see it coming": not knowing is no
        // act; "I did not check", "I don't watch like before" are acts
        // left undone.
        if matches!(w, "do" | "does" | "did")
            && matches!(a.word(j + 1), "not" | "never")
            && a.words.get(j + 2).is_some_and(|n| n.clause == clause)
        {
            // ("I didn't even know".)
            while a.words.get(j + 3).is_some_and(|n| n.clause == clause)
                && matches!(a.word(j + 2), "even" | "really" | "ever" | "just" | "actually")
            {
                j += 1;
            }
            let unknowing = matches!(
                a.word(j + 2),
                "know"
                    | "understand"
                    | "believe"
                    | "see"
                    | "mean"
                    | "want"
                    | "like"
                    | "care"
                    | "feel"
            );
            // ("We just didn't have it this year": lacking the form.)
            let lacking = a.word(j + 2) == "have" && a.word_is(j + 3, "it");
            if unknowing || lacking {
                return None;
            }
            // Attending left undone is an act ("I don't watch like
            // before", "didn't notice the gauge"); "We didn't get the
            // breaks": what getting or having is, is read below.
            let attending = matches!(a.word(j + 2), "watch" | "notice" | "listen");
            if !o.not_actions.contains(a.word(j + 2)) || attending {
                return Some(j + 2);
            }
            j += 2;
            continue;
        }
        // "We Maltese, we're like that": who "we" are, by name.
        // (As written: "We're" lends its capital to the "are" it holds.)
        if j == subject + 1
            && a.word(subject) == "we"
            && a.span(j..j + 1).start > a.span(subject..j).end
            && a.norm.original()[a.span(j..j + 1)].starts_with(char::is_uppercase)
        {
            j += 1;
            continue;
        }
        let pair = (j + 1 < a.len()).then(|| format!("{w} {}", a.word(j + 1)));
        if pair.as_ref().is_some_and(|p| o.not_actions.contains(p)) {
            return second_verb(a, j, clause, o);
        }
        if let Some(k) = owned_conduct(a, j, clause, o) {
            return Some(k);
        }
        // "I wasn't paying attention", "we were not checking the
        // levels": an act left undone is the writer's.
        // ("I was just not paying attention.")
        let adverb = usize::from(matches!(a.word(j + 1), "just" | "simply" | "really"));
        if matches!(w, "was" | "were")
            && a.word_is(j + 1 + adverb, "not")
            && a.words.get(j + 2 + adverb).is_some_and(|n| n.clause == clause)
            && is_progressive_action(a.word(j + 2 + adverb), o)
        {
            return Some(j + 2 + adverb);
        }
        // "I could blame myself, …", "we can do better": what might be,
        // not what was done. ("up on the crane we must eat it": nor what
        // must be.)
        if matches!(w, "could" | "can" | "might" | "may" | "must")
            && !(subject > 0 && a.word(subject - 1) == "than")
            && a.words.get(j + 1).is_some_and(|n| n.clause == clause)
            && !matches!(a.word(j + 1), "have" | "not" | "of" | "never")
        {
            return None;
        }
        // "could not" is inability; "could have", "should have" owns
        // what was not done.
        if matches!(w, "could" | "can" | "was" | "were")
            && j + 1 < a.len()
            && a.word(j + 1) == "not"
        {
            return None;
        }
        // ("Nothing I'd have known about": knowing, had things been
        // otherwise, is no act; "should have known" owns a lapse.)
        if matches!(w, "would" | "might") && a.word_is(j + 1, "have") && a.word_is(j + 2, "known") {
            return None;
        }
        if denied_act(a, j) {
            return None;
        }
        // ("Forty year I've done this and it still catches you out":
        // experience, not an act.)
        if w == "have"
            && a.word_is(j + 1, "done")
            && matches!(a.word(j + 2), "this" | "it" | "that")
            && (a.words.get(j + 3).is_none_or(|n| n.clause != a.words[j].clause)
                || matches!(a.word(j + 3), "for" | "since" | "and"))
            && a.sentence_words(a.words[j].sentence).any(|k| matches!(a.word(k), "year" | "years"))
        {
            return None;
        }
        // ("I should have known better, after 15 years".)
        if w == "should" && matches!(a.word(j + 1), "have" | "of") && a.word_is(j + 2, "known") {
            return Some(j + 2);
        }
        if matches!(w, "could" | "would" | "might" | "must")
            && j + 1 < a.len()
            && a.word(j + 1) == "have"
        {
            j += 2;
            continue;
        }
        // "I'd left the bag" is read "I would left": before a past form,
        // "would" is "had".
        if w == "would"
            && j + 1 < a.len()
            && a.words[j + 1].clause == clause
            && (is_past_act(a.word(j + 1), o) || PARTICIPLES.contains(&a.word(j + 1)))
        {
            return Some(j + 1);
        }
        // "I just got a lot of things wrong", "i did like a million things
        // wrong": getting something wrong is doing it.
        // ("I did like 3-4 small mistakes that day.")
        // ("We got sent to the wrong division": a passive, its "wrong"
        // another's.)
        let passive = w != "did"
            && (is_participle(a.word(j + 1)) || o.past_irregular.contains(a.word(j + 1)));
        if matches!(w, "got" | "did" | "get")
            && !passive
            && (j + 1..(j + 7).min(a.len())).any(|k| {
                a.words[k].clause == clause
                    && (a.word(k) == "wrong" || w == "did" && a.word(k) == "mistakes")
            })
        {
            return Some(j);
        }
        // "I didn't have them prepared properly": not having something
        // done, as with "get" (only denied: "I had the van stolen" is what
        // happened to the writer).
        if matches!(w, "have" | "had")
            && j > 0
            && matches!(a.word(j - 1), "not" | "never")
            && a.words.get(j + 1).is_some_and(|n| n.clause == clause)
            && matches!(
                a.word(j + 1),
                "them" | "it" | "the" | "my" | "our" | "everything" | "him" | "her" | "a"
            )
            && (j + 2..(j + 5).min(a.len()))
                .take_while(|&k| a.words[k].clause == clause)
                .any(|k| made_so(a, k))
        {
            return Some(j);
        }
        // "i had sam on the tractor doing the ladder shift": someone set
        // to a job by the writer (not "we had rain falling all day", no
        // one set to anything).
        if w == "had"
            && !(j > 0 && matches!(a.word(j - 1), "not" | "never"))
            && a.words.get(j + 1).is_some_and(|n| n.clause == clause)
            && a.word(j + 1).len() >= 2
            && a.word(j + 1).chars().all(char::is_alphabetic)
            && !matches!(
                a.word(j + 1),
                "a" | "an"
                    | "the"
                    | "no"
                    | "some"
                    | "any"
                    | "to"
                    | "been"
                    | "this"
                    | "that"
                    | "nothing"
                    | "it"
            )
            && (j + 2..(j + 7).min(a.len())).take_while(|&k| a.words[k].clause == clause).any(|k| {
                (is_progressive_action(a.word(k), o) || a.word(k) == "doing")
                    && matches!(a.word(k + 1), "the" | "a" | "an" | "our" | "my")
            })
        {
            return Some(j);
        }
        // "We had bad luck all season", "we have 9 ambulances at night":
        // having is a state; "had" before a participle ("I had checked")
        // or "to" ("I had to cancel") is an auxiliary.
        if matches!(w, "had" | "have" | "has") && j + 1 < a.len() {
            // Past "only", "never", "just": "we have only two buses".
            let n = (j + 1..a.len()).find(|&k| !BETWEEN.contains(&a.word(k))).unwrap_or(j + 1);
            let next = a.word(n);
            // What is had: an article, a quantity, a judgement ("we had
            // bad luck", "we have 9 ambulances", "I had nothing to go
            // off"); otherwise "had" is an auxiliary ("I'd left the bag").
            let possessed = a.words[n].clause == clause
                && (matches!(
                    next,
                    "a" | "an"
                        | "the"
                        | "no"
                        | "some"
                        | "any"
                        | "many"
                        | "much"
                        | "bad"
                        | "good"
                        | "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "few"
                        | "several"
                        | "little"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "so"
                        | "too"
                        | "lots"
                        | "nothing"
                        | "nowhere"
                        | "nobody"
                        | "enough"
                        | "problems"
                        | "issues"
                        | "trouble"
                ) || next.bytes().all(|b| b.is_ascii_digit())
                    // "We had lab result late": a bare noun, had, in an
                    // English that drops its articles; "had" as an
                    // auxiliary comes before a past form.
                    || (n == j + 1
                        && next.len() > 2
                        && next.bytes().all(|b| b.is_ascii_lowercase())
                        && !is_past_act(next, o)
                        && !is_regular_past(next)
                        && !PARTICIPLES.contains(&next)
                        && !o.not_actions.contains(next)
                        && !matches!(
                            next,
                            "to" | "been" | "not" | "never" | "got" | "gone" | "let" | "run"
                        )))
                // "I had a go at Rhian", "had a word with the driver".
                && !(next == "a"
                    && matches!(a.word(n + 1), "go" | "word" | "look" | "chat" | "talk" | "row"));
            if possessed {
                return second_verb(a, j, clause, o);
            }
        }
        // "We and the whole beach from Gonio to Sarpi": a joint subject,
        // to its verb if it has one.
        if j == subject + 1 && w == "and" && a.word(subject) == "we" {
            let verb = (j + 1..(j + 7).min(a.len()))
                .take_while(|&k| a.words[k].clause == clause)
                .find(|&k| is_past_act(a.word(k), o))?;
            return Some(verb);
        }
        // "We in this district have 9 ambulances", "we in the fellowship
        // fixed the date": past where the "we" is, to its verb.
        if j == subject + 1 && a.word(subject) == "we" && matches!(w, "in" | "at" | "here") {
            let verb = (j + 1..(j + 7).min(a.len()))
                .take_while(|&k| a.words[k].clause == clause)
                .find(|&k| {
                let v = a.word(k);
                is_past_act(v, o) || matches!(v, "have" | "has" | "had" | "are" | "were")
            })?;
            j = verb;
            continue;
        }
        if BETWEEN.contains(&w) {
            j += 1;
            continue;
        }
        // "I hadn't been out to look at it since June", "I'd been up to
        // the cache twice": going somewhere is an act; "I should have
        // been more on top of it" owns what was not done.
        if w == "been"
            && j > subject + 1
            && matches!(a.word(j - 1), "had" | "have" | "not" | "never")
            && a.words.get(j + 1).is_some_and(|n| n.clause == clause)
            && (matches!(a.word(j + 1), "out" | "up" | "down" | "over" | "back" | "round" | "to")
                || (j >= 2
                    && a.word(j - 1) == "have"
                    && matches!(a.word(j - 2), "should" | "could")))
        {
            return Some(j);
        }
        // "I was handling three suppliers", "we were running both pumps":
        // the writer doing, not a state ("I was hoping" is one).
        // ("the baler we were counting on": leaning on someone else.)
        // ("i was just chancing it": past an adverb.)
        let v = j + 1 + usize::from(matches!(a.word(j + 1), "just" | "simply" | "basically"));
        let leaning =
            matches!(a.word(v), "counting" | "relying" | "depending" | "banking" | "waiting")
                && a.word_is(v + 1, "on");
        // ("I have been taking on too much": the same, kept up.)
        let kept_up = w == "been" && j > subject + 1 && matches!(a.word(j - 1), "have" | "had");
        // ("The ADA I had been negotiating with went out on leave": a
        // clause that names someone, its preposition left at its end.)
        let stranded = matches!(a.word(v + 1), "with" | "to" | "for" | "on" | "about")
            && a.words.get(v + 2).is_none_or(|n| {
                n.clause != clause || is_past_act(a.word(v + 2), o) || a.word(v + 2) == "went"
            });
        if (matches!(w, "was" | "were" | "am" | "are") || kept_up)
            && v < a.len()
            && a.words[v].clause == clause
            && is_progressive_action(a.word(v), o)
            && !leaning
            && !stranded
        {
            return Some(v);
        }
        // "I so tired that week": a state, its copula dropped.
        if matches!(w, "so" | "very") {
            return None;
        }
        // "I didn't get the liferaft serviced", "we got the boxes mixed
        // up": having something done is doing it (not "I got caught").
        // ("I got blindsided when the scale house changed…": a passive,
        // and past its clause's joint.)
        let participle = |k: usize| made_so(a, k);
        if matches!(w, "get" | "got")
            && j + 1 < a.len()
            && !participle(j + 1)
            && (j + 2..(j + 7).min(a.len()))
                .take_while(|&k| {
                    a.words[k].clause == clause
                        && !matches!(
                            a.word(k),
                            "because" | "cause" | "when" | "and" | "so" | "after" | "while" | "but"
                        )
                })
                .any(participle)
        {
            return Some(j);
        }
        // "I just did not think enough", "never thought to ask": a
        // thought not had is the writer's own lapse.
        // ("I don't think so" is an opinion.)
        if matches!(w, "think" | "thought")
            && j > subject
            && matches!(a.word(j - 1), "not" | "never")
            && !(j >= 2 && matches!(a.word(j - 2), "do" | "does"))
        {
            return Some(j);
        }
        // "I regret not checking the tank": what is regretted is the act.
        if matches!(w, "regret" | "regretted") {
            let k = j + 1 + usize::from(matches!(a.word(j + 1), "not" | "never"));
            if a.words.get(k).is_some_and(|n| n.clause == clause)
                && is_progressive_action(a.word(k), o)
            {
                return Some(k);
            }
        }
        let pair = (j + 1 < a.len()).then(|| format!("{w} {}", a.word(j + 1)));
        if o.not_actions.contains(w) || pair.is_some_and(|p| o.not_actions.contains(&p)) {
            // "I got too excited and rushed everything": a second verb
            // joined to the first shares its subject.
            return second_verb(a, j, clause, o).or_else(|| seen_then(a, j, o));
        }
        return Some(j);
    }
    // "Few things I did, few I didn't": "did" stands for the action.
    (j > subject + 1 && a.word(j - 1) == "did"
        || j > subject + 2 && a.word(j - 1) == "not" && a.word(j - 2) == "did")
        .then(|| j - 1)
}

/// The word of conduct the writer owns after the copula at `copula`: "I
/// was too soft", "we were not careful enough", "I was in too much of a
/// hurry" — not a feeling or condition ("I was too tired"), and not a
/// word past what starts another thought ("I was told that the late
/// train…", "I was in the kitchen when the slow cooker…").
fn owned_conduct(
    a: &Analysis<'_>,
    copula: usize,
    clause: usize,
    o: &AgencyLists<'_>,
) -> Option<usize> {
    if !matches!(
        a.word(copula),
        // (Patois "mi did careless": "did" for "was".)
        "was" | "were" | "am" | "are" | "m" | "been" | "be" | "got" | "get" | "became" | "did"
    ) {
        return None;
    }
    (copula + 1..(copula + 7).min(a.len()))
        .take_while(|&k| {
            a.words[k].clause == clause
                && !matches!(
                    a.word(k),
                    "to" | "by"
                        | "that"
                        | "and"
                        | "because"
                        | "when"
                        | "while"
                        | "so"
                        | "but"
                        | "as"
                        | "if"
                        | "the"
                )
        })
        .find(|&k| {
            o.conduct.contains(a.word(k))
                // "I was too confident, me, after last year": sure of
                // oneself past the point of care.
                || (a.word(k) == "confident" && k >= 1 && a.word(k - 1) == "too")
                // "I just wasn't on it that day", "I was not on top of
                // the process", "wasn't switched on": not attending to it.
                // ("I wasn't really on top of things that week": past an
                // adverb.)
                || (k >= 1
                    && (a.word(k - 1) == "not"
                        || (k >= 2
                            && a.word(k - 2) == "not"
                            && matches!(a.word(k - 1), "really" | "quite" | "fully" | "always")))
                    && (a.word(k) == "on" && matches!(a.word(k + 1), "it" | "top")
                        || a.word(k) == "switched" && a.word_is(k + 1, "on")))
        })
}

/// An `-ing` form that is an act, not a state of mind: "handling",
/// "running", not "hoping", "feeling", "getting", "going".
fn is_progressive_action(w: &str, o: &AgencyLists<'_>) -> bool {
    let Some(stem) = w.strip_suffix("ing").filter(|s| s.len() >= 3) else {
        return false;
    };
    let undoubled =
        stem.as_bytes().windows(2).last().filter(|p| p[0] == p[1]).map(|_| &stem[..stem.len() - 1]);
    let forms = [Some(stem.to_string()), Some(format!("{stem}e")), undoubled.map(str::to_string)];
    w.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(w, "going" | "being" | "trying" | "nothing" | "something" | "everything")
        && !forms.iter().flatten().any(|f| o.not_actions.contains(f))
}

/// After a verb that is no action, an action joined by "and" or "but":
/// "I got too excited and rushed everything", "I knew this but did not
/// update the template".
fn second_verb(a: &Analysis<'_>, from: usize, clause: usize, o: &AgencyLists<'_>) -> Option<usize> {
    let and = (from + 1..a.len())
        .take_while(|&k| a.words[k].clause == clause)
        .find(|&k| matches!(a.word(k), "and" | "but"))?;
    // "I was in Launceston when some bloke's mooring dragged … and tore
    // two lines out": past a "when", the "and" joins someone else's verbs.
    // ("I had a hundred things on my plate that month and made two wrong
    // calls": "that month" is a time.)
    if (from + 1..and).any(|k| {
        !(a.word(k) == "that" && PERIODS.contains(&a.word(k + 1)))
            && matches!(
                a.word(k),
                "when"
                    | "while"
                    | "because"
                    | "cos"
                    | "after"
                    | "before"
                    | "until"
                    | "till"
                    | "where"
                    | "who"
                    | "which"
                    | "that"
                    | "if"
                    | "since"
            )
    }) {
        return None;
    }
    let verb = (and + 1..a.len())
        .take_while(|&k| a.words[k].clause == clause)
        .find(|&k| !BETWEEN.contains(&a.word(k)))?;
    let w = a.word(verb);
    // After "did not", "never", the bare verb: "but did not update".
    let auxiliary = (and + 1..verb).any(|k| matches!(a.word(k), "did" | "never"));
    // "I think the main thing was the groundsman locked the store and
    // took the key": a verb of its own before a plain "and" joins the
    // "and" to that verb's subject. ("I knew the form had changed but did
    // not print the new one": a turn back to the writer.)
    if a.word(and) == "and" && !auxiliary && (from + 1..and).any(|k| is_past_act(a.word(k), o)) {
        return None;
    }
    let bare = auxiliary && w.len() > 2 && w.bytes().all(|b| b.is_ascii_lowercase());
    // ("I was tired and let things slide.")
    (o.past_irregular.contains(w) || is_regular_past(w) || bare || w == "let")
        .then_some(verb)
        .filter(|_| !o.not_actions.contains(w))
}

/// The act that follows seeing at `seen`, its subject shared across a
/// comma: "I saw the broken place in the fence, put one stone in it", "I
/// saw it, and still copied last month's schedule", "Saw it on Monday,
/// said 'tomorrow'" (not "I saw it, the trawler went over our line").
fn seen_then(a: &Analysis<'_>, seen: usize, o: &AgencyLists<'_>) -> Option<usize> {
    if !matches!(a.word(seen), "saw" | "seen" | "noticed" | "heard") {
        return None;
    }
    let sentence = a.words[seen].sentence;
    let clause = a.words[seen].clause;
    let mut j = seen + 1;
    while j < a.len() && a.words[j].clause == clause {
        j += 1;
    }
    while j < a.len()
        && a.words[j].sentence == sentence
        && (matches!(a.word(j), "and" | "but" | "yet" | "then" | "so")
            || BETWEEN.contains(&a.word(j)))
    {
        j += 1;
    }
    (j < a.len() && a.words[j].sentence == sentence && is_past_act(a.word(j), o)).then_some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `AGENCY="text" cargo test --lib show_agency -- --nocapture`: the
    /// words read as the writer acting, if any.
    #[test]
    #[allow(clippy::print_stdout)]
    fn show_agency() {
        let Ok(text) = std::env::var("AGENCY") else { return };
        let settings = crate::check::Settings::default();
        let o = crate::check::rules::agency_lists(&settings);
        let a = Analysis::new(&text);
        println!("{:?}", agency(&text, &o).map(|r| a.original(r).to_string()));
    }

    /// Asserts that the reading finds the writer acting in each of `yes`
    /// and in none of `no`, with the built-in lists.
    fn judged(yes: &[&str], no: &[&str]) {
        let settings = crate::check::Settings::default();
        let o = crate::check::rules::agency_lists(&settings);
        for text in yes {
            assert!(agency(text, &o).is_some(), "{text}");
        }
        for text in no {
            assert!(agency(text, &o).is_none(), "{text}");
        }
    }

    #[test]
    fn the_writer_acting_is_agency_owning_words_are_not() {
        let yes = [
            "I skipped the rehearsal.",
            "we chose the cheaper supplier",
            "My call to start the freshman over Devon.",
            "The decision to wait was mine.",
            "i didnt taste the new batch",
            "I should have checked the date.",
            "We didn't do enough of the little things. Me included.",
            "That's on me.",
            "Didn't test the RCDs myself before I booked the inspector.",
            "Ran the whole row off one lead.",
            "Should've handled the whole thing different.",
            "Few things I did, few things I didn't.",
            "Mi plan di payment round di pardna hand.",
            "Mi never ask Miss Ivy how many get pay before mi.",
        ];
        let no = [
            "Our site went down for two hours.",
            "For us it was bad timing.",
            "My manager never put my work forward.",
            "We were unlucky with the weather.",
            "I was tired and the room was cold.",
            "I could not get a slot before Friday.",
            "It was not my fault; the supplier was late.",
            "The client told me I had chosen badly.",
            "Mi manager never put mi name forward.",
            "Mi was just nervous, mi hand dem a shake.",
            "Di bank close mi account early and mi pickney fees late.",
        ];
        judged(&yes, &no);
    }

    /// The shapes of the seventh round's voices: the generic "one" of a
    /// craftsman, a progressive act, a wrong thing got, an aside naming
    /// who "we" are, a diary belief that led to an act.
    #[test]
    fn one_and_progressives_and_asides_are_the_writer_acting() {
        let yes = [
            "One glued the bridge at 9 °C, and the joint let go by March.",
            "The kiln was full, so one fired the second batch on the small shelf.",
            "I was running both ovens off the one breaker, so it tripped at noon.",
            "We were loading the van in the rain and the cartons went soft.",
            "I got the dosage wrong on two of the labels.",
            "we, me and my co-host Dani, agreed to drop the sound check.",
            "Thought the ferry would wait and booked the later taxi.",
        ];
        let no = [
            "One valve stuck open and the tank drained overnight.",
            "One of the pumps failed after two hours.",
            "No one checked the gauge before the pour.",
            "I was hoping the rain would stop by ten.",
            "We were getting tired by the last table.",
            "Thought the ferry would wait.",
        ];
        judged(&yes, &no);
    }

    #[test]
    fn the_writer_named_as_the_doer_of_a_passive_or_in_an_aside() {
        let yes = [
            "The rota for March was drawn up by me, with nobody on the Sunday.",
            "The feed order was placed by us a week late.",
            "The treasurer, myself, counted the float without a second person.",
            "i did like half the orders wrong that morning",
            "The side gate was wedged open with a crate by me so the van could back in.",
        ];
        let no = [
            "The rota was drawn up by the office, and nobody asked me.",
            "The treasurer signed it himself without a second person.",
            "I was surprised by the new rules and stressed all week.",
            "we as small growers just have it hard when the price drops",
        ];
        judged(&yes, &no);
    }

    /// Round thirty-six: an economy told in the passive, for a purpose, with
    /// no one else named, is the writer's choice; a passive with its maker
    /// named, an effect ("so … could not"), or someone else acting is not.
    #[test]
    fn a_passive_done_for_a_purpose_is_the_writers_choice() {
        let yes = [
            "Second coat skipped to save a day.",
            "The night ferry was not booked, to save 30 pounds, and the morning one was full.",
            "The tasting was dropped so the stall could open by nine.",
            "The long rinse got cut from the Friday routine to claw back twenty minutes.",
        ];
        let no = [
            "The night ferry was cancelled by Stena to save fuel, and the morning one was full.",
            "The culvert was washed out, so the truck could not pass.",
            "Our landlord decided to save on heating, so the pipes froze.",
            "Tenant's son switched the boiler off to save money.",
            "The tasting was dropped on the manager's say-so to save time.",
        ];
        judged(&yes, &no);
    }

    /// A group's act on someone else's call, having a bare noun, and having
    /// seen something are not the writer acting.
    #[test]
    fn a_call_someone_else_made_and_having_are_not_the_writer_acting() {
        let yes = [
            "We switched suppliers in May. My call, and a bad one.",
            "We had rushed the count before the van came.",
            "I had seen the crack and left it for another week.",
            "I didn't get the van serviced before the trip.",
            "We as a crew skipped the second count.",
            "i ain't check the tank til Friday.",
            "We drivers always skip the Monday tyre check.",
        ];
        let no = [
            "We switched suppliers in May. Deepa's call, I was on leave.",
            "We had test result late because the lab shut for the holiday.",
            "The river does this every spring. I have seen it before.",
            "We got caught because the council changed the bin day.",
            "We as an industry keep taking loads we can't carry.",
            "i ain't do nothing different from the last batch.",
            "We farmers are always blamed for the prices.",
            "We switched feed in June, the co-op board I mean, not me.",
        ];
        judged(&yes, &no);
    }

    /// Writers who switch into Spanish or French tell their own acts in a
    /// first-person past; a name or noun in "-é" is none.
    #[test]
    fn a_first_person_past_in_spanish_or_french_is_agency() {
        let yes = [
            "Calculé mal las porciones, otra vez.",
            "Honestly? me apuré con el pedido.",
            "j'ai oublié le deuxième contrôle, point.",
        ];
        let no = [
            "Café closed early and the delivery sat outside.",
            "Yo me eché la culpa, pero fue el proveedor.",
            "René shut the gate before the van came.",
        ];
        judged(&yes, &no);
        // The evidence is the verb, with its pronoun when it has one.
        let settings = crate::check::Settings::default();
        let o = crate::check::rules::agency_lists(&settings);
        for (text, evidence) in
            [("The van was late. Cambié la ruta.", "Cambié"), ("Honestly? me apuré.", "me apuré")]
        {
            let a = Analysis::new(text);
            assert_eq!(agency(text, &o).map(|r| a.original(r)), Some(evidence), "{text}");
        }
    }

    /// Round sixteen's and seventeen's dev voices: a fault or a way of
    /// acting the writer owns is agency ("I was too soft", "not careful
    /// enough"); a feeling or condition is not ("too tired"); having is a
    /// state ("we had bad luck"), and learning or watching is not acting.
    #[test]
    fn owned_conduct_is_agency_having_and_learning_are_not() {
        let yes = [
            "I was too lenient with the new tenants about the deposit.",
            "Honestly we were not thorough enough with the second coat.",
            "I was in too much of a hurry to read the tide table.",
            "i wasnt careful with the invoices that month",
            "We in the choir moved the concert to the Friday of the derby.",
            "I had a word with the wrong supplier and took his price.",
            "Let the apprentice close the kiln on his own.",
            "The readings were not logged from my side that week.",
            "It was me who left the gate on the latch.",
            "Ah booked the hall fur the Friday an naebody came.",
            "I got sloppy with the labels after the first hundred.",
            "Got a bit lazy about the second coat.",
            "The van was full, but I'm the one who promised the Friday delivery.",
            "I'd left the spare key in the other van.",
            "The gas check got skipped on the Friday. My rota, my name at the top.",
        ];
        let no = [
            "I was too tired to think straight by the last round.",
            "We were so nervous the whole morning.",
            "We had bad luck with the frost, the whole valley did.",
            "We in this town have only two buses on Sundays.",
            "I learned later that the hall had been double booked.",
            "I was told the slow lane was closed, and the late train never came.",
            "I was sitting in the van when the pallet fell.",
            "I got tired by the third hour and the crane broke down anyway.",
            "Ah well, the hall was double booked by the council.",
            "The check got skipped by the night crew, and my rota had nobody spare.",
            "The order was cancelled, and my boss never told the client.",
        ];
        judged(&yes, &no);
    }

    #[test]
    fn the_writer_named_by_a_claim_a_share_or_a_nickname() {
        let yes = [
            "The bilge pump didn't get checked before the trip. My boat, my pump.",
            "Put it at eighty percent me and twenty percent the weather.",
            "Everything was left till the Friday night, as is my custom.",
            "Me. Mostly me. The list was in my head, not on paper.",
            "Esqueci o cabo, né? Deixei tudo pra última hora.",
            "I never had the trailer serviced before the show.",
            "It slipped through my fingers, the whole order.",
            "Old Murph here chanced the bald tyre on the Galway road.",
            "Got too big for my boots after the spring show, is all.",
        ];
        let no = [
            "My boss, my rules, he said, and the invoice got paid late.",
            "The pump didn't get checked by the yard. My bad luck, really, that week.",
            "Sipho here was the one who sold the last ticket.",
            "Me too, said the driver, and the bus left without us.",
            "Bäckerei closed early. Polizei blocked the road to the market.",
            "Shohei took the van and the tyres were bald.",
            "My customers love the old recipe and the new one flopped.",
        ];
        judged(&yes, &no);
    }

    /// Round twenty-two's dev voices: a fault owned as a noun, an act
    /// left undone told in the progressive, a second verb after "but";
    /// reckoning and receiving are no acts.
    #[test]
    fn faults_owned_as_nouns_and_acts_left_undone_are_agency() {
        let yes = [
            "Mostly my own sloppiness with the tags, if I'm honest.",
            "Our laziness about the second check, nothing more.",
            "I just wasn't checking the pressure like I should have.",
            "I knew the form had changed but did not print the new one.",
            "Errors were made on my side, I'll own that one.",
            "I just wasn't on it that day.",
            "Wasn't on it today. My head was somewhere else.",
            "Didn't double-check the strength on the label, just set the pump by the chart.",
            "I think I was simply not on top of the new tender rules.",
            "Reckon I wasn't switched on this swing.",
            "It was my poor follow-up, simple.",
            "Mostly my bad planning",
            "It was decided at my level to keep the old threshold.",
            "Complacency, plain and simple, after two quiet months.",
            "Forty little slips and one big carelessness. Mine, nobody else's.",
            "Too relaxed after the good run of orders.",
            "Got too comfortable with the old supplier.",
            "Wasn't checking the tide table, simple as that.",
            "Head wasn't in it the whole of March.",
            "My approach to the pricing was too timid for a new market.",
            "The short count is on my head, not on the driver's.",
            "Didn't get the barley cut before the storm, thought the forecast was off.",
            "I hadn't been out to check the traps since the start of the month.",
            "The late start was on my say-so, to save a day's wages.",
            "I was too relax with the new supplier's dates.",
            "Shoulda rung the depot. Didn't.",
            "I was just not checking the gauge like I should.",
            "Too stubborn, didn't ask the neighbours for the trailer.",
            "Honestly I was worn out and let the invoices pile up.",
            "We no check the sling that morning, just lift am.",
            "I did two small mistakes on the count and they added up.",
        ];
        let no = [
            "My late father kept the books, and the bank lost the file.",
            "The tide did what tides do, I reckon.",
            "I received the drawings two weeks late from the architect.",
            "I have noticed the market is always slow in December.",
            "The foreman was not on it either; the crane driver never came.",
            "We were unlucky, we the growers of the valley, the whole year was cursed.",
            "We copped a bad run, the whole site did.",
            "Came down to about a million little things going wrong at once.",
            "Things were decided way above my level.",
            "My poor mother had to drive the van, and the ferry was cancelled.",
            "The ferry was cancelled, my poor",
            "I was not told the date had moved.",
            "The referee was on my side for once; the bus broke down anyway.",
            "Went wrong because the crane went wrong, that's all.",
            "Their arrogance about the weather cost us the harvest.",
            "Mine was the only stall without a generator, and the grid went down.",
            "Too wet for the second cut, and the forecast said dry.",
            "Was not expecting the council to close the road on the Friday.",
            "Her approach to the tender was to undercut everyone by 20 percent.",
            "Didn't get the letter until the Friday, the post was on strike.",
            "The manager had been out of the office since the start of the month.",
            "Seed merchant sent the wrong variety and nobody checked the bags.",
            "The ferry was cancelled, so we had nowhere to store the catch.",
            "I was at my sister's wedding when the freezer alarm went off and woke the whole street.",
            "I decided nothing here: the council closed the road at 6 and the lorries turned back.",
            "Our committee decided to move the show to the wet field by the river.",
            "Our team changed the rota while I was on leave, and the new lad had no keys.",
            "I so tired after the night shift, the numbers all swim.",
            "The crane we were counting on was still on the other job.",
            "The caterer ran 40 minutes late, so the hall had emptied by the time I played.",
            "We had problems with the courier all winter.",
            "Cost was double by March, and the bank said no to the loan.",
            "Whatever I did before, the frost came on the 3rd anyway.",
            "Same stall, same prices, same hours; we changed nothing and sales halved.",
        ];
        judged(&yes, &no);
    }
}
