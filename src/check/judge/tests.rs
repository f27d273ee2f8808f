//! The seeds' own examples, through the judgement functions.

use super::adjustment::{Testability, testability};
use super::identity::collapses;
use super::specific::{OUTCOME_MODEL, Specificity, specificity};
use crate::check::Settings;
use crate::check::rules::{adjustment_lists, fact_lists, identity_lists};

#[test]
fn seeds_examples() {
    let s = Settings::default();
    let facts = fact_lists(&s);
    assert!(matches!(
        specificity("That didn't work.", &facts, 8, &OUTCOME_MODEL),
        Specificity::TooShort { .. }
    ));
    assert!(matches!(
        specificity(
            "Honestly, that didn't work, and the whole thing went wrong.",
            &facts,
            8,
            &OUTCOME_MODEL
        ),
        Specificity::Vague { .. }
    ));
    assert_eq!(
        specificity(
            "The approach broke at the handoff between planning and execution because I had not accounted for the two-week lag in supplier response times.",
            &facts,
            8,
            &OUTCOME_MODEL
        ),
        Specificity::Specific
    );
    let adjustment = adjustment_lists(&s);
    assert!(matches!(
        testability("I will do better next time.", &adjustment),
        Testability::Generic { .. }
    ));
    assert_eq!(
        testability(
            "I will build a two-week buffer into any plan that depends on external suppliers.",
            &adjustment
        ),
        Testability::Testable
    );
    let identity = identity_lists(&s);
    assert_eq!(collapses("I am a failure.", &identity).len(), 1);
    assert!(collapses("This attempt failed.", &identity).is_empty());
    assert!(collapses("I am still a runner who is learning.", &identity).is_empty());
    assert!(collapses("I am not a failure; this attempt failed.", &identity).is_empty());
    assert_eq!(collapses("I’m just not cut out for this", &identity).len(), 1);
    assert_eq!(collapses("i always mess these up", &identity).len(), 1);
    assert!(collapses("Does this make me stupid? No.", &identity).is_empty());
}

/// Whether PF008, with the built-in lists, finds the writer acting.
fn writer_acts(s: &Settings, text: &str) -> bool {
    crate::check::judge::agency::agency(text, &crate::check::rules::agency_lists(s)).is_some()
}

/// A gap weighed as PF003 weighs it, with its words model.
fn weighed_gap(s: &Settings, text: &str) -> Specificity {
    super::specific::weighed_specificity(
        text,
        &crate::check::rules::gap_fact_lists(s),
        8,
        &super::specific::GAP_MODEL,
        Some(&super::specific::GAP_WORDS),
    )
}

/// How many facts an outcome states, as PF002 reads them.
fn facts_in(text: &str, facts: &super::specific::FactLists<'_>) -> usize {
    super::specific::Facts::read(&super::text::Analysis::new(text), facts).facts.len()
}

/// The shapes added with the voices of the second round of 2026-12-02,
/// each with a trap written to look like it.
#[test]
fn second_round_shapes() {
    let s = Settings::default();
    let facts = fact_lists(&s);
    let judge = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    // A story told in the verb's plain form is a story of events.
    assert_eq!(
        judge("Ferry break down near the pier and the captain call my brother to tow it back."),
        Specificity::Specific
    );
    // An expectation told unmet is a verdict, however long the build-up.
    assert!(matches!(
        judge(
            "We rehearsed 12 times over five weeks with the full band, and the concert did not turn out the way we had hoped."
        ),
        Specificity::Vague { .. }
    ));
    let read = |text: &str| facts_in(text, &facts);
    assert_eq!(
        read("After a long week of paperwork, the inspection at the depot went how it went."),
        0
    );
    // A motive is no verdict: "because I wanted to look confident".
    let a = super::text::Analysis::new(
        "I never wrote down what done meant because I wanted to look confident at the kickoff.",
    );
    assert!(super::specific::Facts::read(&a, &facts).evaluations.is_empty());
    // …and an event beside a verdict still counts.
    assert_eq!(
        judge(
            "The courier did not deliver by noon as the contract promised, so 40 parcels went back to the depot."
        ),
        Specificity::Specific
    );

    let identity = identity_lists(&s);
    assert_eq!(
        collapses(
            "Other bakers have the touch for bread. Me, I am only good for the till.",
            &identity
        )
        .len(),
        1
    );
    assert!(
        collapses("Other parents brought snacks and I did not, so the table was short.", &identity)
            .is_empty()
    );
    assert!(
        collapses("Am I a bad father because the team lost? Hapana. We lost a final.", &identity)
            .is_empty()
    );

    for text in [
        "I'm careless with keys. I was then and I am now.",
        "I am late for everything, from always.",
        "Mi cyaan change it now, mi too soft wid di pickney dem.",
    ] {
        assert_eq!(collapses(text, &identity).len(), 1, "{text}");
    }
    for text in [
        "I have lived in Mombasa since I was small and the ferry failed me once.",
        "For a second I thought I am a failure. Not true: the vote was 6 to 5.",
        "It is not saying that I am a bad supervisor; one reading was wrong.",
        "I am bad at this one recipe, and I will practise it twice.",
        "Honestly I'm the worst baker in the county. Kidding, the oven was off.",
    ] {
        assert!(collapses(text, &identity).is_empty(), "{text}");
    }

    let adjustment = adjustment_lists(&s);
    for text in [
        "For the next regatta I will give it everything.",
        "From now on, 200% focus on the books, 24/7.",
        "Before every race I will be ten times more careful with the ropes.",
        "Mind on the stall 24/7",
        "For the final I give it everything",
    ] {
        assert!(
            matches!(testability(text, &adjustment), Testability::Effort { .. }),
            "{text}: {:?}",
            testability(text, &adjustment)
        );
    }
    for text in [
        "Before every shift I give all volunteers the rota and the radio channel.",
        "On any trip over a day, give them everything they need in one printed pack.",
    ] {
        assert_eq!(testability(text, &adjustment), Testability::Testable, "{text}");
    }
    assert_eq!(
        testability(
            "Order 150% of the usual bread for any market day over 25 degrees.",
            &adjustment
        ),
        Testability::Testable
    );
    assert_eq!(
        testability(
            "Roll any new build out to 5% of stores for 24 hours before going to 100%.",
            &adjustment
        ),
        Testability::Testable
    );
}

/// The shapes of the third round of 2026-12-02, each with its trap.
#[test]
fn third_round_shapes() {
    let s = Settings::default();
    let facts = fact_lists(&s);
    let judge = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    // A verdict word given an object is an event.
    assert_eq!(
        judge("The examiner failed the car on a worn tyre and a missing number plate light."),
        Specificity::Specific
    );
    // Luck and a result told as itself are verdicts.
    let read = |text: &str| facts_in(text, &facts);
    assert_eq!(read("The regional final at the old stadium just did not go our way."), 0);
    assert_eq!(read("Thursday, the bank, my good shirt on. It went the way these things go."), 0);

    let identity = identity_lists(&s);
    for text in [
        "Some cooks are born with a feel for salt. I measure everything twice and still miss.",
        "This is what I do, always have.",
        "Money and me are never gonna be friends.",
        "Late again, third time this week. Well done, Jo, champion of lateness, as usual.",
        "I'm just useless at this, honestly.",
    ] {
        assert_eq!(collapses(text, &identity).len(), 1, "{text}");
    }
    for text in [
        "Some parents were handed the form early and I got mine late.",
        "The client wrote \"liar\" in the review. I am not a liar; the invoice had a typo.",
        "Congratulations to Maria, champion of the under-12 chess, as usual a class apart.",
        "This does not make me a bad father, and it does not make him a failure as a son.",
        "Typical me, I thought on the way home. But no, the shop had changed the date.",
        "Well done to the crew, we took the medal for the fastest turnaround.",
    ] {
        assert!(collapses(text, &identity).is_empty(), "{text}");
    }

    let adjustment = adjustment_lists(&s);
    assert!(matches!(
        testability("Three things: 1. more patience 2. more prayer 3. more planning.", &adjustment),
        Testability::Untestable { .. }
    ));
    assert_eq!(
        testability("Log off after 10 hours online, no matter the surge price.", &adjustment),
        Testability::Testable
    );
}

/// The shapes of the round of 2026-12-03.
#[test]
fn fifth_round_shapes() {
    let s = Settings::default();
    let facts = fact_lists(&s);
    let read = |text: &str| facts_in(text, &facts);
    // A result measured only against the expectation is a verdict.
    assert_eq!(read("The harvest came in under what we projected."), 0);
    assert_eq!(read("the mural wasnt really where it needed to be"), 0);
    assert_eq!(read("Ticket sales fell short of what the committee had hoped."), 0);
    assert_eq!(read("On balance, the raffle did not meet its fundraising objectives."), 0);
    assert_eq!(read("The season went somewhat differently from what the plan had predicted."), 0);
    // The writer made a kind of person and kept so, or the failure made
    // who they are.
    let identity = identity_lists(&s);
    for text in [
        "Some bakers are the early kind and some are the late kind. I am the late kind, and it will stay like that.",
        "im the guy who runs out of steam in week three. been that way since uni.",
        "I am someone who starts gardens and never finishes them. That has been true since I was twenty.",
        "Forgot the lines again. It is who I am on stage.",
        "Third season in the reserves. That is my level now.",
        "I trust every smooth talker, always was like this.",
        "Missed the turn again. Always been the one who reads the map last.",
        "I've never been good with deadlines and this was no different.",
        "Some singers have the ear. I was just not born with it.",
        "Some heads are built for books and mine's built for engines. Always has been.",
        "We are market people. This is who we are.",
        "Solos are for other people. I am someone who belongs in the second row.",
    ] {
        assert_eq!(collapses(text, &identity).len(), 1, "{text}");
    }
    for text in [
        "I am the one who booked the wrong date; next time the booking goes through Ana.",
        "The reviewer said I am the type who rushes. That is not who I am; I rushed once, on this grant.",
        "I am someone who needs a checklist, so the checklist now lives on the fridge.",
        "That is my place in the queue: fourth, behind the Lopez stall.",
        "The roof always was the weak part of the shed; I patched it in May.",
        "The fence was never good at keeping the goats in, so I doubled the wire.",
        "The calf was born with a twisted leg and the vet came at six.",
        "Dad was never one for paperwork, and I had to find the deeds myself.",
        "Dropped from the quiz team for the two rounds I fluffed, not cos im a bad captain.",
        "She called me careless. That moment was careless, but I am not a careless person.",
        "For an hour I was completely convinced I'm a terrible teacher. Then I reread the rubric.",
        "The raffle is for people who bought a ticket before noon; I came at one.",
        "I figured the hay in the top loft would keep till March, same as it always has.",
    ] {
        assert!(collapses(text, &identity).is_empty(), "{text}");
    }
    // A listed word inside a compound is not said ("mid", slang for
    // mediocre, in "mid-September").
    assert_eq!(read("Honestly the set was mid."), 0);
    let judged = |text: &str| {
        super::specific::Facts::read(&super::text::Analysis::new(text), &facts).evaluations.len()
    };
    assert_eq!(judged("The set was mid, honestly."), 1);
    assert_eq!(judged("The fees fell due mid-September."), 0);
    // Against a number or a named thing it is still a fact.
    assert_eq!(
        specificity(
            "Sold 140 jars, short of what we needed for the rent by 60.",
            &facts,
            8,
            &OUTCOME_MODEL
        ),
        Specificity::Specific
    );
}

/// An adjustment that asks for a manner, not an act, whatever trigger it
/// is given; a manner beside a concrete act is only part of it.
#[test]
fn a_manner_is_no_change() {
    let s = Settings::default();
    let adjustment = adjustment_lists(&s);
    for text in [
        "For the next tournament take the warm-up easier with the under-10s.",
        "Every Saturday, be calm and patient with the new volunteers.",
        "For the next derby I'll just referee smarter.",
        "Keep my temper with the delivery drivers.",
        "From Monday, be calmer with the apprentices on the till.",
        "Next harvest, pay a lot more attention to the 4 tanks and the 30 tonnes.",
        "Keep a closer eye on the 2 m-plus waves across all 40 km of the beach.",
    ] {
        assert!(
            matches!(testability(text, &adjustment), Testability::Manner { .. }),
            "{text}: {:?}",
            testability(text, &adjustment)
        );
    }
    for text in [
        "Before every market, count the float with Tariq and be calm with the first customer.",
        "Order 20% more flour before any bank holiday weekend.",
        "Pay attention to the torque chart: every wheel nut at 110 Nm before the van leaves.",
        "On any job over two days, I take the deposit before I take the tiles off.",
        "From June, the choir practises the hard bars first, twice, before the run-through.",
    ] {
        assert_eq!(testability(text, &adjustment), Testability::Testable, "{text}");
    }
}

/// The shapes of the seventh round (2026-12-03, afternoon): a writer who
/// calls themselves "one", age made a verdict, a character kept so; a
/// sentence said again and drawn out, a word said again after
/// "absolutely", a number said again with its unit; a call that is no
/// reported speech.
#[test]
fn seventh_round_shapes() {
    let s = Settings::default();
    let identity = identity_lists(&s);
    for text in [
        "At 58 one must be honest: one is too old for the night crossings now.",
        "Mi too old fi dis kind of lifting.",
        "I am a baker of bread, not of cakes, and I will not become one anymore.",
        "Every committee I chair ends in a row. This is my character, and so it will stay.",
        "Ask anyone: I'm the person who leaves the forms to the end. I am like that.",
        "Selling was never in me, and at 50 it is not going to start.",
        "We are river people. The big contracts are for other people.",
        "I am 52. Running marathons is for people who started young. That is settled now.",
        "The big supermarket contracts are not for somebody like me.",
        "Ok, honestly: I'm such an idiot. Then coffee, and I read the log again.",
    ] {
        assert_eq!(collapses(text, &identity).len(), 1, "{text}");
    }
    for text in [
        "Grandad drove the route until 80; I am not too old for this at 61.",
        "The old boiler is too old for the new valves, so I ordered a 24 kW one.",
        "The site will not become a car park anymore: the council voted it down.",
        "One is never too old to learn the new tuning app, and I booked the course.",
        "I am the person who signs the delivery notes, so from Monday I check the seals first.",
        "The fault was not in me alone: the jig was 2 mm out.",
        "The cold is never in me for long; I wore the thermal layer from the 4th.",
        "The fast lane is for people who booked online, so I queued 40 minutes.",
        "The clerk said the discount is not for people like me; I showed the card and got it.",
        "Ok, honestly: I'm such an idiot. Then coffee, and I read the log again. No. Not an idiot. The gauge was 2 bar off.",
    ] {
        assert!(collapses(text, &identity).is_empty(), "{text}");
    }
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for text in [
        "The mould cracked. The mould cracked right down the middle, all 30 kilos of it.",
        "Eleven of the 40 hives were empty, which was just lovely, absolutely lovely.",
        "The freezer ran warm all night, up to 9 degrees, 9 degrees by morning.",
        "We lost the final 2-0. Not good. Not good at all.",
        "It rained on the whole fair, and one is still annoyed about it.",
        "When the coach called me I was so embarrassed I hung up.",
        "nag-solo ko sa 40+ calls in queue 😭",
        "The band left at ten; a heavy feeling, the whole way home.",
        "Forty minutes of the broadcast evaporated like steam off a kettle.",
        "The review was like being marked by someone who hated the subject.",
        "I ran the till and the orders alone, my hands sweating on the keys.",
        "She put the cake back on the counter, and I looked at the floor, I only looked at the floor.",
        "Two ovens down on the first day, what a mess, what a mess.",
        "Grandad's party. Heart's heavy tonight.",
        "Lost the district final, and I have never been so tired in my life.",
        "Paid 8,500 for a tyre and by Wednesday it had a bulge, paper tyre?? 🤦🏾‍♂️",
        "Haiya. The van stood at Pangani the whole day.",
        "The ovens went out at noon, and wallahi the whole order was late.",
    ] {
        assert!(felt(text) >= 1, "{text}");
    }
    for text in [
        "The pump stopped. The pump was restarted at 06:10 by Jonas.",
        "The mould cracked. The second mould held.",
        "The coach called me a liar in front of the team, and I left at 9.",
        "Gate 4 took 40 calls in the first hour and 12 after lunch.",
        "One is still missing from the order: the 8 mm drill bits.",
        "I had a strong feeling that the valve was wrong, and it was: 3 bar low.",
        "The paint evaporated like the spec sheet said, within 20 minutes.",
        "The roast came out at 4 tonnes, and 30 piñas were still white in the heart.",
        "Loaded the van at 6, the van left at 7, and the van came back at 9 with the chairs.",
        "We had 3 ovens on the first day and 3 ovens on the second.",
        "First try, the back wheel on the line, fail. Second try, same wheel on the line. Fail.",
    ] {
        assert_eq!(felt(text), 0, "{text}");
    }
    let read = |text: &str| facts_in(text, &facts);
    assert_eq!(read("The staff meeting was held, and the outcome was not what I had in mind."), 0);
    assert_eq!(read("The season was, one must say, not what the club had been promised."), 0);
    // The writer's steps, then "and still" or "and then" with no result
    // after it: the build-up, told instead of the result.
    let outcome = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    for text in [
        "Baked 90 loaves, loaded the van at 5, drove 40 km to the fair, and still, well. Long day.",
        "We hung 120 lanterns, hired two buses, printed 500 programmes, and then... ay.",
    ] {
        assert!(matches!(outcome(text), Specificity::Vague { .. }), "{text}");
    }
    // A count of unnamed mistakes names none of them.
    let gaps = crate::check::rules::gap_fact_lists(&s);
    let gap = |text: &str| specificity(text, &gaps, 8, &super::specific::GAP_MODEL);
    for text in [
        "I made maybe 4 or 5 mistakes over the harvest, a bit of everything.",
        "I made about 6 or 7 wrong calls over the 10 weeks, and it showed in the results.",
    ] {
        assert!(matches!(gap(text), Specificity::Vague { .. }), "{text}");
    }
    assert_eq!(
        gap("I made 4 batches with the old yeast, so the dough did not rise by 6."),
        Specificity::Specific
    );
    for text in [
        "Baked 90 loaves, drove 40 km to the fair, and still sold out by noon.",
        "The council cut our grant by 30%, and then the hall flooded in May.",
        "We hung 120 lanterns, and then the wind took 40 of them before seven.",
    ] {
        assert_eq!(outcome(text), Specificity::Specific, "{text}");
    }
}

/// Shapes from the ninth round of fresh voices (2026-12-03, evening),
/// with traps written here, in our own words.
#[test]
fn ninth_round_shapes() {
    let s = Settings::default();
    let identity = identity_lists(&s);
    for text in [
        "My aunt said I have a good heart but no head for figures. She was right.",
        "Big export contracts aren't for guys like me, I'm a market trader.",
        "Twice the storm, twice the broken mast. I am the unlucky one in this harbour.",
    ] {
        assert_eq!(collapses(text, &identity).len(), 1, "{text}");
    }
    for text in [
        "My aunt said I should have phoned first. She was right: I phoned on the Monday after.",
        "Some customers called me a cheat. I am not; the scale was checked on the 3rd.",
        "I was careless on the 12th. I am not an unreliable person, I skipped one check.",
        "First thought that night: I am a useless manager. Nonsense. I skipped one handover note.",
    ] {
        assert!(collapses(text, &identity).is_empty(), "{text}");
    }
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for text in [
        "The van broke at km 80 and I stood there sooo tired of it.",
        "Noooo, the second batch set too.",
        "Harvest: 38 crates. Last year 52. Thirty-eight.",
    ] {
        assert!(felt(text) >= 1, "{text}");
    }
    for text in [
        "The club asked for a recount; recount gave the same 41 votes.",
        "The Schifffahrt office closed at 5 and the permit waited.",
        "Harvest: 38 crates, last year 52, the year before forty.",
    ] {
        assert_eq!(felt(text), 0, "{text}");
    }
    let outcome = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    for text in [
        "The spring lambs did not sell as planned at the mart.",
        "The fundraiser didn't end up going the way any of us had planned.",
        "The opening night itself did not go the way it was supposed to.",
        "The audit went very very badly, worse than my worst fears.",
    ] {
        assert!(matches!(outcome(text), Specificity::Vague { .. }), "{text}");
    }
    for text in [
        "The lambs did not sell: 14 of 30 went back on the lorry at 4.",
        "The parcel did not arrive as promised; it came on the 9th, 3 days late.",
    ] {
        assert_eq!(outcome(text), Specificity::Specific, "{text}");
    }
}

/// Shapes from the tenth round of fresh voices (2026-12-03, evening),
/// with traps written here, in our own words.
#[test]
fn tenth_round_shapes() {
    let s = Settings::default();
    let identity = identity_lists(&s);
    for text in [
        "I was never the selling kind, and at 58 I will not become one.",
        "At 70 a person is what she is; the new till system is not for me.",
    ] {
        assert_eq!(collapses(text, &identity).len(), 1, "{text}");
    }
    for text in [
        "My first thought: I am a hopeless baker. No. I am a baker who skipped the proof twice.",
        "Late that night I thought maybe I AM just the slow one. Nah. I counted: 3 rest days in 6 weeks.",
        "At 58 I will not become a pilot: the licence takes two years of lessons.",
    ] {
        assert!(collapses(text, &identity).is_empty(), "{text}");
    }
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for text in [
        "Sold the boat for 3100. Paid 7800 in May. Three thousand one hundred.",
        "Checked the email nine times, stomach in knots.",
        "Like a kite with the string cut, that is how the launch went.",
        "When the lid blew I heard it and my knees went weak.",
    ] {
        assert!(felt(text) >= 1, "{text}");
    }
    for text in [
        "Sold the boat for 3100; the broker took three hundred of it.",
        "We scanned the patient, heart in normal rhythm, and sent him home at 4.",
        "Like a lot of growers, we sold the crop at 40 cents.",
    ] {
        assert_eq!(felt(text), 0, "{text}");
    }
    let outcome = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    for text in [
        "The bake sale didn't really make what we were hoping for the roof fund.",
        "Version 2.3 did not fully meet the quality expectations.",
    ] {
        assert!(matches!(outcome(text), Specificity::Vague { .. }), "{text}");
    }
    let gaps = crate::check::rules::gap_fact_lists(&s);
    let gap = |text: &str| specificity(text, &gaps, 8, &super::specific::GAP_MODEL);
    assert!(matches!(
        gap("Three jobs, two kids and a choir, and something had to give. One of those seasons."),
        Specificity::Vague { .. }
    ));
    assert_eq!(
        gap("The keeper dropped the ball at the near post because the low sun was in his eyes."),
        Specificity::Specific
    );
}

/// Shapes from the eleventh round of fresh voices (2026-12-03, evening),
/// with traps written here, in our own words.
#[test]
fn eleventh_round_shapes() {
    let s = Settings::default();
    let identity = identity_lists(&s);
    assert!(
        collapses(
            "Maybe I am a useless son for moving away. No, I don't believe that; I call every Sunday.",
            &identity
        )
        .is_empty()
    );
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    assert!(felt("Sweep and sweep and sweep, and the sand still came in.") >= 1);
    // Feeling by understatement: the writer still, for a while, after it;
    // and a feeling still had "about it".
    for text in [
        "Lost the final 3-1, and after I sat in the van with the engine off for twenty minutes.",
        "Walked home and stood there in the yard until it got dark.",
        "The order went to the other bakery and I'm still gutted about it.",
    ] {
        assert!(felt(text) >= 1, "{text}");
    }
    for text in [
        "I sat on the bench for 2 hours waiting for the ferry, then took the 14:10.",
        "Loaded the van and sat there for 20 minutes while the crane lifted 12 pallets.",
        "I sat the exam for 3 hours and passed with 71.",
        "I'm still thinking about it, and the figures come on Friday.",
    ] {
        assert_eq!(felt(text), 0, "{text}");
    }
    assert_eq!(felt("We rebuilt the wall stone by stone over 3 days."), 0);
    let outcome = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    assert!(matches!(
        outcome("The new feed mix gave underwhelming results against the plan."),
        Specificity::Vague { .. }
    ));
    assert_eq!(
        outcome("The new feed mix gave 2.1 kg of milk more per cow by the second week."),
        Specificity::Specific
    );
    // The preparation's list of quantities, and a last sentence that only
    // names the event, are the build-up.
    for text in [
        "We prepared 60 loaves, 12 trays of buns, 4 crates of milk and 2 urns for the fete.",
        "Loaded the van 05:40, 3 tables, 2 gazebos, float £150 in coins. Then the market.",
        "The rehearsal went somewhat differently from what the schedule on the studio door had promised.",
    ] {
        assert!(matches!(outcome(text), Specificity::Vague { .. }), "{text}");
    }
    for text in [
        "We prepared 60 loaves, 12 were left at close and the rest sold by two.",
        "Van loaded 05:40 with 3 tables. Then the axle snapped at km 9.",
    ] {
        assert_eq!(outcome(text), Specificity::Specific, "{text}");
    }
    let acted = |text: &str| writer_acts(&s, text);
    assert!(acted("Just didn't do the tally right that night."));
    assert!(!acted("Our team leader took the call and sent us to the old trailhead."));
    assert!(!acted("The landlord raised the rent again, and what can we do."));
}

/// The shapes of the twelfth round (2026-12-03, night), in our own words.
#[test]
fn twelfth_round_shapes() {
    let s = Settings::default();
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    // A quotation right after "said" ends what was said: the writer's own
    // hands are theirs again.
    assert!(felt("The owner said 'we are done here' and left, and my hands were trembling.") >= 1);
    // A whole sentence said again; a word of its own sentence, a third
    // time; a text that keeps trailing off.
    for text in [
        "It is what it is. It is what it is. I keep saying that to the dog.",
        "Score 41. Needed 50. 41. Checked the portal twice. 41.",
        "The tasting... the buyers... what can I say... nothing...",
    ] {
        assert!(felt(text) >= 1, "{text}");
    }
    for text in [
        "Fail at the first weld. Second weld held at 40 bar.",
        "Sold 12 on Friday. Sold 12 on Saturday too, and 30 on Sunday.",
        "Stock... checked twice; the count was 44.",
    ] {
        assert_eq!(felt(text), 0, "{text}");
    }
    let outcome = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    // A clause that counts a thing as none is a result; "was not ADJ"
    // only judges; a result named and set against the aim is no fact.
    assert_eq!(outcome("Three nights on the lake, no fish, and the auger broke on day two."), {
        Specificity::Specific
    });
    for text in [
        "The afternoon session was not smooth and some things came up later on.",
        "The spring campaign did not get the response we were aiming for with it.",
        "The tasting evening came out as rather less than was planned by us all.",
    ] {
        assert!(matches!(outcome(text), Specificity::Vague { .. }), "{text}");
    }
    for text in [
        "The hoses were not connected when the pump started, and 200 litres went on the floor.",
        "Sales came in at 40, less than 60 as planned in the budget.",
        // How often a thing failed, someone else made to act, a count for
        // a subject.
        "The old kiln failed 3 times that week, and Petra had to refire the batch.",
        "We printed 300 invitations for the open evening and eleven came.",
    ] {
        assert_eq!(outcome(text), Specificity::Specific, "{text}");
    }
    // A condition opening the sentence is a trigger; "try to" with none is
    // effort, whatever it names.
    let adjustment = adjustment_lists(&s);
    assert_eq!(
        testability(
            "When a customer asks for a refund while I'm on the till, I call Marta over to handle it.",
            &adjustment
        ),
        Testability::Testable
    );
    for text in [
        "Try to keep Jonas happier so he stays past June.",
        "I will try not to let the accounts slide so much.",
        "When things get busy, stay calm and keep perspective.",
    ] {
        assert!(testability(text, &adjustment) != Testability::Testable, "{text}");
    }
    // Self-verdicts: the kind of person one is; what others are for, and
    // not for me; a verdict answered "No." a sentence later; not "a
    // person" plain.
    let identity = identity_lists(&s);
    for text in [
        "I trusted the forecast over the harbour master again. That is the kind of skipper I am.",
        "Public speaking is for lawyers and politicians. Not for me.",
        // A gift someone has and the writer lacks; a trait handed down.
        "Selling is a knack my sister has and I just don't.",
        "Dad could fix any engine by ear. Guess that didn't get passed down to me.",
        // Round thirteen: a gift the writer will never have; the kind in
        // the singular; "this is what I am".
        "A proper skipper would have read the swell, and I will never have that feel.",
        "I am a man who gives in. This is what I am and what I will be.",
    ] {
        assert!(!collapses(text, &identity).is_empty(), "{text}");
    }
    for text in [
        "Maybe I am a lousy baker. Thought it all evening. No. The oven was 20 degrees low.",
        "Those were choices a person made, not a person.",
        "That is not the kind of skipper I am; I check the forecast twice.",
        "Maria has the keys to the hall and I don't, so we waited outside.",
        "The other person must countersign before I sign, and if they won't wait I don't sign.",
        "This is what I am good at, and the next order goes out on Monday.",
        "I will never have the van unlocked on a market day again.",
        "This is what I am: someone who checks the tide table twice now.",
    ] {
        assert!(collapses(text, &identity).is_empty(), "{text}");
    }
}

/// Round fourteen's dev misses, by their shape (in my own words).
#[test]
fn fourteenth_round_shapes() {
    let s = Settings::default();
    let facts = fact_lists(&s);
    let outcome = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    // A story told in the present progressive: someone else doing
    // something is an event; the writer standing, the hours passing and
    // things getting better are not.
    for text in [
        "The inspector is rejecting the whole pallet, 480 boxes, for wet cartons.",
        "Supervisor is writing our line's count on the board at 6pm, 310 against 400.",
    ] {
        assert_eq!(outcome(text), Specificity::Specific, "{text}");
    }
    for text in [
        "All day I am standing at the counter and the hours are passing, nothing much.",
        "Things are getting better slowly, but it is not what we hoped for the season.",
    ] {
        assert!(matches!(outcome(text), Specificity::Vague { .. }), "{text}");
    }
    // "-ing" speech reports only a quotation a few words on: "I am telling
    // you" and "everything he is saying" leave the writer's words theirs.
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    assert!(
        felt("Sixty covers cancelled, and I am telling you my stomach dropped to the floor.") >= 1
    );
    // Told by how it stung, worse than something else; a sentence that
    // opens with its image of doing.
    for text in [
        "She won the final and I watched from the car park. That stung worse than the ankle.",
        "Like bailing out the harbour with a teacup. That was Saturday's market.",
    ] {
        assert!(felt(text) >= 1, "{text}");
    }
    assert_eq!(felt("Like building the fence last spring, the job took twice the wood."), 1);
    // Agency: a passive done by the writer; a diary line after a day's
    // label; a diary line opening with its act in "-ing".
    let acted = |text: &str| writer_acts(&s, text);
    for text in [
        "The seating plan was done by me with last year's numbers, so table 4 had 14 chairs.",
        "Tuesday: sent the order to the old supplier address, so it went to the closed depot.",
        "Signing the delivery note without counting the crates, and 6 were missing.",
    ] {
        assert!(acted(text), "{text}");
    }
    for text in [
        "Tuesday: the supplier sent the order to the closed depot.",
        "Raining all morning, so the market was half empty by ten.",
    ] {
        assert!(!acted(text), "{text}");
    }
    // Self-verdicts: what a thing is for, and not for someone like me;
    // "is for others"; one kind set against another; a gift in one
    // sentence and its lack as the whole of the next; the writer's kind
    // said to be so.
    let identity = identity_lists(&s);
    for text in [
        "Running a shop is for men like my uncle, not for a girl like me.",
        "Girls like me stay on the packing line. Team leader is for others, and I accept that.",
        "I am a worker type person, not the planning type.",
        "My grandmother had the touch with dough. I don't have it.",
        "Men like me never get the corner pitch at the market.",
        "I'm just the quiet kind. That's just how it is.",
    ] {
        assert!(!collapses(text, &identity).is_empty(), "{text}");
    }
    for text in [
        "The big stall is for others until I have the licence; mine comes in May.",
        "I am a careful sort, not the fastest, so I take the 6am deliveries.",
        "Arno had the keys to the van. I don't have it, so we called him.",
        "Women like me, who started late, are welcome in the evening class.",
    ] {
        assert!(collapses(text, &identity).is_empty(), "{text}");
    }
}

/// The shapes of the fifteenth round (2026-12-04), each with its trap.
#[test]
fn fifteenth_round_shapes() {
    use crate::check::judge::emotion::{Shape, emotions};
    let s = Settings::default();
    let facts = fact_lists(&s);
    let shapes =
        |text: &str| emotions(text, &facts).into_iter().map(|e| e.shape).collect::<Vec<_>>();
    // Praise opening a sentence on its own is irony; praise of a thing
    // that goes on to be described is not.
    for text in [
        "Lovely. The cold room alarm went at 3am and 60 trays of cream went in the skip.",
        "Great start, honestly: the caterer came to the wrong church hall.",
        "Smashing. Two of the three ovens tripped the fuse before noon.",
    ] {
        assert!(shapes(text).contains(&Shape::Irony), "{text}: {:?}", shapes(text));
    }
    for text in [
        "Great turnout of 300 people, but we sold only 12 tickets for the raffle.",
        "Perfect weather on the day; the marquee still blew over at 4pm.",
        "The mayor said 'Wonderful, wonderful' and left before the second song.",
    ] {
        assert!(!shapes(text).contains(&Shape::Irony), "{text}: {:?}", shapes(text));
    }
    // A state said of oneself after any copula ("I were", "I got"), one
    // opening a sentence before "like", a thing that put it in the writer.
    for text in [
        "The van broke down on the bypass and I were shaking by the time the AA came.",
        "Forty-two pies unsold and I got so angry I left the stall to my nephew.",
        "Three weeks on the same repair and nothing to show. Discouraged like never before.",
        "They gave the stall by the gate to the cheese man. Upset me, that did.",
    ] {
        assert!(!shapes(text).is_empty(), "{text}");
    }
    for text in [
        "I got the upset stomach medicine from the pharmacy at 6pm; the shop was shut.",
        "Whatever frustrated the buyers, they offered 20% below the ticket price.",
    ] {
        assert!(shapes(text).is_empty(), "{text}: {:?}", shapes(text));
    }
    // "For the next 3 markets" is when a change applies, not a span of
    // the past like "After 26 years behind this bar".
    let adjustment = adjustment_lists(&s);
    assert_eq!(
        testability(
            "For the next 3 markets, I will send Priya the float count before we open and note the takings in my book.",
            &adjustment
        ),
        Testability::Testable
    );
}

/// Round eighteen's dev voices: a feeling said of someone else ("the
/// foreman was livid") is theirs, not the writer's; a state opening a
/// sentence "as" something, and hands "still" shaking, are the writer's.
#[test]
fn eighteenth_round_feelings() {
    let s = Settings::default();
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for text in [
        "The foreman was livid and sent the whole pallet back to the yard.",
        "Mrs Okafor was really upset that the curtains came a week late.",
    ] {
        assert_eq!(felt(text), 0, "{text}");
    }
    for text in [
        "I was livid when the pallet came back.",
        "Angry as anything. The pallet came back on Monday.",
        "Lost the final 1-3. My knees were still shaking at the bus stop.",
    ] {
        assert!(felt(text) >= 1, "{text}");
    }
}

/// Rounds nineteen and twenty's dev voices: "it" handled with the place it
/// went is a thing someone could see ("filed it under the wrong
/// article"), not a time or manner ("left it to the last minute"); plain
/// self-verdicts nobody had listed ("I'm a hack", "I'm past it").
#[test]
fn twentieth_round_shapes() {
    let s = Settings::default();
    let gaps = crate::check::rules::gap_fact_lists(&s);
    let gap = |text: &str| specificity(text, &gaps, 8, &super::specific::GAP_MODEL);
    assert_eq!(
        gap(
            "I filed it under the wrong clause of the contract, and the union rejected the claim on Monday."
        ),
        Specificity::Specific
    );
    assert!(matches!(
        gap("I left it to the last minute and did it in a hurry, same as always."),
        Specificity::Vague { .. }
    ));
    let identity = identity_lists(&s);
    for text in ["I'm a hack. Thirty years of wiring and still a hack.", "Truth is I'm past it."] {
        assert_eq!(collapses(text, &identity).len(), 1, "{text}");
    }
    for text in [
        "The foreman called the job a hack, and he was right about the conduit, not about me.",
        "I'm past the worst of the season now that the lambs are weaned.",
    ] {
        assert!(collapses(text, &identity).is_empty(), "{text}");
    }
}

/// Found by round twenty-one's voices: a value that ends on "always" or
/// "never" made the identity reading look past the last word and panic.
#[test]
fn a_value_ending_on_always_or_never_is_read_without_a_panic() {
    let s = Settings::default();
    let identity = identity_lists(&s);
    for text in [
        "We shut the stall at noon and went home, like always",
        "The market went fine, with some trouble at some stalls, and then we packed up like always.",
        "My sister asked if I was giving up. I said never",
        "Late with the invoices again, as always",
    ] {
        assert!(collapses(text, &identity).is_empty(), "{text}");
    }
}

/// Rounds twenty-two and twenty-three's dev voices: in a gap, someone
/// else doing a thing somewhere, told in the past progressive, is how it
/// came about ("Kyle was flying it over the bathing area"); a time after
/// "it" is still no place ("went over it over the weekend"); a story told
/// in the verb's plain form past "all" ("the lunch crowd all go to the
/// new market") is a mechanism.
#[test]
fn things_handled_somewhere_and_plain_forms_past_all_are_mechanisms() {
    let s = Settings::default();
    let gaps = crate::check::rules::gap_fact_lists(&s);
    let gap = |text: &str| specificity(text, &gaps, 8, &super::specific::GAP_MODEL);
    assert_eq!(
        gap(
            "The harbour boat was up, but the skipper was towing it along the north wall, not the reef where the swimmer was."
        ),
        Specificity::Specific
    );
    assert!(matches!(
        gap("We sort of went over it over the weekend, and it was just the timing really."),
        Specificity::Vague { .. }
    ));
    assert_eq!(
        gap(
            "Is because the new mall open across the road, the lunch crowd all go there now, aircon some more."
        ),
        Specificity::Specific
    );
}

/// Shapes from round twenty-six of fresh voices (2026-12-04, late night),
/// with traps written here, in our own words.
#[test]
fn twenty_sixth_round_shapes() {
    let s = Settings::default();
    let facts = fact_lists(&s);
    // A rating the writer gives is no count; a score someone earned is.
    assert_eq!(
        facts_in(
            "Honestly, if I'm rating it, the fair was a 4 out of 10 on the fun scale.",
            &facts
        ),
        0
    );
    assert_eq!(facts_in("Ten out of ten, would get rained on again.", &facts), 0);
    assert!(facts_in("Sold 3 out of 10 rings at the fair.", &facts) > 0);
    assert!(facts_in("Scored 10 out of 10 on the driving theory test.", &facts) > 0);
    // A verdict on the writer as a whole sentence, with no verb.
    let identity = identity_lists(&s);
    assert_eq!(
        collapses("Muppet. Forty years on the boats and I still tie it wrong.", &identity).len(),
        1
    );
    assert!(collapses("The new pump? Useless. Sent it back.", &identity).is_empty());
    assert!(
        collapses("\"Idiot,\" the skipper said. I had tied the wrong knot.", &identity).is_empty()
    );
}

/// A decimal written with a comma, as most of Europe writes it, is a
/// reading taken; a comma before three digits groups thousands.
#[test]
fn a_decimal_comma_is_a_reading() {
    use super::specific::{FactKind, Facts};
    use super::text::Analysis;
    let s = Settings::default();
    let facts = fact_lists(&s);
    let kinds = |text: &str| -> Vec<FactKind> {
        Facts::read(&Analysis::new(text), &facts).facts.into_iter().map(|(_, k)| k).collect()
    };
    assert_eq!(kinds("2,4 in the theory exam."), vec![FactKind::Measure]);
    assert_eq!(kinds("2.4 in the theory exam."), vec![FactKind::Measure]);
    assert_eq!(kinds("1,200 in the theory exam."), vec![FactKind::Quantity]);
}

/// Shapes from round thirty-six of fresh voices (2026-12-05, third
/// session), with traps written here, in our own words.
#[test]
fn thirty_sixth_round_shapes() {
    let s = Settings::default();
    // Pidgin tells its past with "no" and "don" before a plain verb, and
    // "na me" for "it was I who".
    let gaps = crate::check::rules::gap_fact_lists(&s);
    let gap = |text: &str| specificity(text, &gaps, 8, &super::specific::GAP_MODEL);
    assert_eq!(
        gap(
            "Na me tell the caterer make him bring him own chairs. I no send am the menu wey the couple don change."
        ),
        Specificity::Specific
    );
    assert!(matches!(
        gap("me and this shop no get good month at all, small small wahala everywhere"),
        Specificity::Vague { .. }
    ));
    // A person told by one act is no verdict; a verdict scoffed at in the
    // next sentence is taken back.
    let identity = identity_lists(&s);
    assert!(collapses("I'm just a welder who skipped the preheat.", &identity).is_empty());
    assert!(!collapses("I'm just a welder who always rushes.", &identity).is_empty());
    assert!(collapses("So I'm a total fraud. Aye, right. One weld failed.", &identity).is_empty());
    assert!(
        !collapses("I'm a total fraud. Yeah, right after lunch I knew it.", &identity).is_empty()
    );
    // A hope, and "every day of the year", are no test.
    let adjustments = adjustment_lists(&s);
    for wish in [
        "Hoping to get the weaning weights up toward 250 kg or so eventually.",
        "Keep the counter spotless 365 days a year.",
        "Aim to be a ten out of ten stall holder by the summer.",
    ] {
        assert!(!matches!(testability(wish, &adjustments), Testability::Testable), "{wish}");
    }
    assert_eq!(
        testability(
            "Before every weaning, I weigh the first 10 calves on the yard scale.",
            &adjustments
        ),
        Testability::Testable
    );
}

/// Shapes from round thirty-eight of fresh voices (2026-12-05, third
/// session), with traps written here, in our own words.
#[test]
fn thirty_eighth_round_shapes() {
    let s = Settings::default();
    let adjustments = adjustment_lists(&s);
    // A quantifier opening its clause with a clause that says which is
    // when the change applies; "each" inside a wish is not.
    assert_eq!(
        testability(
            "Every crate a buyer rejects gets weighed again in front of him, and he signs the new slip.",
            &adjustments
        ),
        Testability::Testable
    );
    assert!(!matches!(
        testability(
            "Give each customer the care they deserve, however long it takes.",
            &adjustments
        ),
        Testability::Testable
    ));
    // "Not a sign I'm…" holds the verdict at a distance.
    let identity = identity_lists(&s);
    assert!(
        collapses("A slow week. Not a sign I'm useless with the new till.", &identity).is_empty()
    );
    assert!(!collapses("What's the point of me on this boat.", &identity).is_empty());
}

/// Shapes from round thirty-nine of fresh voices (2026-12-05, fourth
/// session), with traps written here, in our own words.
#[test]
fn thirty_ninth_round_shapes() {
    let s = Settings::default();
    let facts = fact_lists(&s);
    // A count of people doing something is seen; a count of years
    // running is not.
    assert!(facts_in("Ice machine dead at noon, 12 guests waiting at the bar.", &facts) > 0);
    assert_eq!(facts_in("Worst summer, 3 years running, honestly awful.", &facts), 0);
    // "Useless for" a use is said of a thing; said of the writer it is
    // feeling.
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    assert_eq!(felt("The rope came off the drum kinked and useless for lifting."), 0);
    assert!(felt("I felt useless for the rest of the week.") > 0);
    // "Fit to be tied" is the writer's when the writer is it.
    assert_eq!(felt("Forty crates short. I was fit to be tied."), 1);
    assert_eq!(felt("Forty crates short. The buyer was fit to be tied."), 0);
    // A verdict set up to be knocked down with "hear me out".
    let identity = identity_lists(&s);
    assert!(
        collapses(
            "Sure, I'm the worst roofer alive. Or, hear me out, I left the ladder unlashed.",
            &identity
        )
        .is_empty()
    );
    assert!(!collapses("I'm the worst roofer alive. Hear the others laugh.", &identity).is_empty());
    assert!(!collapses("The books show what I am: a man who can't count.", &identity).is_empty());
    // A hope is no test, whatever date it carries; a place called Hope
    // is not a hope.
    let adjustments = adjustment_lists(&s);
    for wish in [
        "In 2027 I hope to have a first prize at the regional, at least one.",
        "Fix the starter on the quad, hopefully by the 2027 show.",
        "Hope the co-op pays out before March.",
    ] {
        assert!(matches!(testability(wish, &adjustments), Testability::Effort { .. }), "{wish}");
    }
    for test in [
        "For the Mount Hope fair in June I bring no more than 8 pieces.",
        "Before each closing I ring the buyer myself instead of emailing and hoping.",
    ] {
        assert_eq!(testability(test, &adjustments), Testability::Testable, "{test}");
    }
}

/// Shapes from round forty of fresh voices (2026-12-05, fourth session),
/// with traps written here, in our own words.
#[test]
fn fortieth_round_shapes() {
    let s = Settings::default();
    let identity = identity_lists(&s);
    // A verdict the writer takes back in a later frame; a verdict with no
    // such frame.
    for taken_back in [
        "I'm hopeless with the rota on a Monday, so I'll use the board. That's a habit, not who I am.",
        "The barn will never be dry, never will be. That's about the barn, not about me.",
        "The foreman called me 'useless' in front of others. I do not agree.",
        "For any client I haven't built for before, the deposit clears first.",
    ] {
        assert!(collapses(taken_back, &identity).is_empty(), "{taken_back}");
    }
    for verdict in [
        "I'm hopeless with the rota and I always will be.",
        "Some lads are made for the office and I am not.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    // "called me," is a call; the clause after it is the writer's own.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    assert!(felt("When the bank called me, my stomach went cold.") > 0);
    assert!(felt("I was nervous the whole auction.") > 0);
    assert_eq!(felt("The new hops were bitter and the batch was sold anyway."), 0);
}

/// The shapes added with the voices of round forty-one (2026-12-05).
#[test]
fn forty_first_round_shapes() {
    let s = Settings::default();
    let identity = identity_lists(&s);
    // A verdict bounded in the past or grown out of; a bare "Joke." after
    // a claim; and the same words still held.
    for outgrown in [
        "Never was good at invoices when I started out. Got better at it.",
        "I was hopeless with the till back then, and the shop taught me.",
        "Now I'm officially the man who loses keys. Joke. It was one key and I know where.",
        // Mock verdicts: a superlative set in a place after a mock "of
        // course"; a verdict turned with "or, more likely", "no,
        // seriously"; "not that I am" with the verdict's word.
        "Of course, I'm the clumsiest potter in all of Devon. Ask my thirty good jugs.",
        "I'm a useless driver, obviously. Or, more likely, I was tired at 5 am.",
        "I am the worst at rotas. No, seriously, the rota sheet had two Mondays.",
        "So I am bad at pitching to a full room. Not that I am bad.",
    ] {
        assert!(collapses(outgrown, &identity).is_empty(), "{outgrown}");
    }
    for verdict in [
        "I am useless with the till. Got better at nothing since.",
        "Missed the ferry again. Total joke.",
        "Of course I'm the worst at rotas, I always will be.",
        "I'm the worst potter in Devon. Seriously.",
        "I'm not that kind of person and I've been kidding myself for years.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    // A diary's dropped "I" before a feeling or tears; someone else's.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    assert!(felt("Drove home feelin like the worst baker in town.") > 0);
    assert!(felt("Bout cried in the van after.") > 0);
    assert!(felt("Went back to the yard and cried.") > 0);
    assert_eq!(felt("Went to the vet, she cried."), 0);
    assert_eq!(felt("Then he cried at the gate."), 0);
    // How often a thing happened makes the verb a fact.
    assert!(facts_in("Foreman very cross, rang me twice.", &facts) > 0);
    assert!(facts_in("Supplier rang 3 times before noon.", &facts) > 0);
    // A thought not had is the writer's lapse; a choice made without
    // the writer is not the writer's; an act named as a noun is.
    let acted = |text: &str| writer_acts(&s, text);
    assert!(acted("I just did not think it through."));
    assert!(acted("I never thought to ask the driver."));
    assert!(acted("My handling of the rota was off from the start."));
    assert!(acted("My own approach to the stock count was wrong."));
    assert!(acted("Nobody asked us to, we changed the hose ourselves."));
    assert!(!acted(
        "We at the depot bought new pads. Head office decided, nobody asked the workshop."
    ));
    assert!(!acted("My feeling of dread grew all week."));
}

/// The shapes added with the voices of round forty-two (2026-12-05).
#[test]
fn forty_second_round_shapes() {
    let s = Settings::default();
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    // "called" before a name gives the name; it reports no words, so
    // what the writer says after it is the writer's own.
    assert!(felt("The buyer, a tall man called Ronan, rang and cancelled, and my heart sank.") > 0);
    assert!(felt("A man named Tom bought it, and my stomach went cold.") > 0);
    // Someone calling the writer something still reports it.
    assert_eq!(felt("The buyer called me 'a total disgrace' on the phone."), 0);
    // "always has (been)" goes back to a thing, unless the writer was
    // named just before it.
    let identity = identity_lists(&s);
    for of_a_thing in [
        "Frost on the low field is a week early up here, always has been, and I knew it.",
        "The bin lorry comes on a Thursday, always has, and I forgot.",
    ] {
        assert!(collapses(of_a_thing, &identity).is_empty(), "{of_a_thing}");
    }
    for verdict in [
        "Hopeless with dates. That's me. Always has been.",
        "Some heads are made for sums and mine's made for engines. Always has been.",
        "I'm slow with new tills. Always have been.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    // A condition after the change, someone else's act the writer can
    // see coming, says when it applies; the writer's own habit does not.
    let adjustment = adjustment_lists(&s);
    assert!(matches!(
        testability(
            "Never again bait on deck. Bucket goes aft, on the far side of the wheelhouse, before anybody opens a cooler.",
            &adjustment
        ),
        Testability::Testable
    ));
    assert!(!matches!(
        testability("Learn to read people better before I give anybody credit.", &adjustment),
        Testability::Testable
    ));
}

/// Shapes from round forty-three of fresh voices (2026-12-05, sixth
/// session), with traps written here, in our own words.
#[test]
fn forty_third_round_shapes() {
    let s = Settings::default();
    // An institution speaking as "we" is not the writer acting; people the
    // writer stands with are.
    let acted = |text: &str| writer_acts(&s, text);
    for none in [
        "We, the union, called the strike while I was on leave.",
        "We in the company moved the payroll date in May.",
        "I think the foreman locked the shed and took the key home.",
        "I don't know, it just happened that week.",
        "Nothing I would have known about in advance.",
        "Hundred things going on at the depot that day.",
        "We Scots, we're like that with forms.",
        "We're all getting slower, that's it.",
    ] {
        assert!(!acted(none), "{none}");
    }
    for act in [
        "We, the drivers, agreed the new route on Monday.",
        "We in the committee fixed the date ourselves.",
        "I did not check the seal before the run.",
        "Was too quick to say yes to the buyer.",
        "I don't check the gauges like I used to.",
        "Should've known better. Didn't.",
    ] {
        assert!(acted(act), "{act}");
    }
    // A verdict quoted from the writer's own past, or answered "No." in
    // another language, is no trait; "is what I am" is one.
    let identity = identity_lists(&s);
    for answered in [
        "I'm an idiot, is what I told myself on the bus. Then I looked at the log: one late load in ninety.",
        "I am the worst baker of the whole district. Nein. I burnt one tray, once.",
    ] {
        assert!(collapses(answered, &identity).is_empty(), "{answered}");
    }
    assert!(!collapses("I'm an idiot, is what I am.", &identity).is_empty());
    // A change left to chance, with nothing that says when it applies, is
    // a wish; with a trigger, "God willing" is a courtesy. Another
    // language's "when" is a trigger; a prohibition says when or to whom
    // it holds.
    let adjustment = adjustment_lists(&s);
    for wish in [
        "Maybe two fewer returns this quarter, if possible.",
        "God willing, next season will be kinder.",
    ] {
        assert!(!matches!(testability(wish, &adjustment), Testability::Testable), "{wish}");
    }
    for testable in [
        "Once the contract is signed, God willing, I book the hall only after the deposit clears.",
        "Quand the forecast says frost, the lemons get covered the night before.",
        "Never again the till key goes to anybody who is not on the rota.",
        "Never again I drive the van out the same day it comes back from the garage.",
    ] {
        assert_eq!(testability(testable, &adjustment), Testability::Testable, "{testable}");
    }
    // A feeling the writer turns on themselves, a state after an opening
    // word, and "that went just great" alone are felt; a part that went
    // well, and someone else's frustration, are not.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Honestly so frustrated, the market was dead by ten.",
        "Angry with myself, mostly, for the second tray.",
        "Well that went just great. The van is still in the ditch.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    for plain in [
        "Some of it went great, the rest did not sell.",
        "The driver was frustrated with the route and took the ring road.",
    ] {
        assert_eq!(felt(plain), 0, "{plain}");
    }
    // A mark given "for" something is a rating; a score earned is a fact.
    let judge = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    assert!(matches!(
        judge("Ten for effort, zero out of ten for how the tent stood up."),
        Specificity::Vague { .. }
    ));
    assert!(facts_in("We scored 7 out of 10 for presentation at the show.", &facts) > 0);
    // A step skipped between concrete things is a mechanism; "without
    // thinking" is not.
    let gaps = crate::check::rules::gap_fact_lists(&s);
    let gap = |text: &str| specificity(text, &gaps, 8, &super::specific::GAP_MODEL);
    assert_eq!(
        gap("I quoted the kitchen job without asking what the floor under the tiles was made of."),
        Specificity::Specific
    );
    assert!(matches!(
        gap("I decided far too fast, without thinking it through at all."),
        Specificity::Vague { .. }
    ));
}

/// Shapes from round forty-four of fresh voices (2026-12-05, sixth
/// session), with traps written here, in our own words.
#[test]
fn forty_fourth_round_shapes() {
    let s = Settings::default();
    let acted = |text: &str| writer_acts(&s, text);
    for none in [
        "The board changed the rota and I didn't even know till Monday.",
        "Head office decides and we eat it.",
    ] {
        assert!(!acted(none), "{none}");
    }
    for act in
        ["Had my head somewhere else that whole week.", "I didn't even check the second pallet."]
    {
        assert!(acted(act), "{act}");
    }
    // A gift others have, and the writer's admitted lack of it.
    let identity = identity_lists(&s);
    assert!(
        !collapses("Some drivers have the feel for ice. I accept I don't have it.", &identity)
            .is_empty()
    );
    // (Said in the first sentence, there is no gift before it.)
    assert!(collapses("I accept I don't have it with me today, so I rang.", &identity).is_empty());
    // A prohibition on a day, and "No A, no B", are standing rules; "no"
    // twice in one clause is not.
    let adjustment = adjustment_lists(&s);
    for testable in [
        "Nothing leaves the yard on a Friday.",
        "No signed docket, no unloading. I check it first.",
    ] {
        assert_eq!(testability(testable, &adjustment), Testability::Testable, "{testable}");
    }
    assert!(!matches!(
        testability("No more stress and no more late nights.", &adjustment),
        Testability::Testable
    ));
    // Pride said of oneself is felt; a wish to cry after another wish;
    // another language's curse. Not "proud flesh", nor "Proud Mary".
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Real proud of myself, that one. The van is still in the ditch.",
        "For an hour I was actually proud, then the buyer rang.",
        "I wanted to laugh and cry at the same time.",
        "Joder. The second coat peeled by Monday.",
        // Turning away from it, in a sentence of its own; praise for a
        // "success" with a "truly" or a name after it.
        "The letter from the council came Friday. Cannot look at it.",
        "Stock take. Don't talk to me about stock take.",
        "Left the shed at four. Couldn't.",
        "Oh, a great success, truly. Half the chairs never came.",
        "Great success, bravo Ferdi. The float is still on the trailer.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    for plain in [
        "Vet found proud flesh on the hock and stitched it.",
        "Proud Mary came in ahead of us by 40 kilos.",
        "Couldn't get the van started, so the stall opened at ten.",
        "Don't ask the buyer twice: the list said 40 crates.",
        "A great success at the fair: 40 jars sold by noon.",
    ] {
        assert_eq!(felt(plain), 0, "{plain}");
    }
}

/// Shapes from round forty-five of fresh voices (2026-12-05, sixth
/// session), with traps written here, in our own words.
#[test]
fn forty_fifth_round_shapes() {
    let s = Settings::default();
    let acted = |text: &str| writer_acts(&s, text);
    for none in [
        "Wasn't anything I did. The river just rose.",
        "We at the depot cut the night run, a decision of head office in Leeds.",
        "The council moved the market and we looked like fools to the regulars.",
    ] {
        assert!(!acted(none), "{none}");
    }
    for act in [
        "Galti meri thi, I sent the wrong size.",
        "We at the depot cut the night run, a decision of mine I regret.",
    ] {
        assert!(acted(act), "{act}");
    }
    // "thats" without its apostrophe is "that is".
    let identity = identity_lists(&s);
    assert!(
        !collapses("always the one who drops the line, thats just who i am", &identity).is_empty()
    );
    // Someone else's act, "till" its condition, and "whoever" as "any
    // person who" say when a rule holds; another language's "every time".
    let adjustment = adjustment_lists(&s);
    for testable in [
        "The new lad doesn't drive the forklift till he has the ticket.",
        "Whoever opens the shop counts the float before the door is unlocked.",
        "Sirf sealed tins from the depot, har dafa, and the tin number goes in the book.",
    ] {
        assert_eq!(testability(testable, &adjustment), Testability::Testable, "{testable}");
    }
    // "Happy days." alone is irony; a boat, a sponsor or a man named
    // Happy is not.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    assert!(felt("The cooler died on the Saturday, 40 kg of fish gone. Happy days.") > 0);
    for plain in [
        "Happy Days, the dive boat, sat on the reef for three hours.",
        "Happy Mokoena, the rank manager, moved my stall next to the bins.",
    ] {
        assert_eq!(felt(plain), 0, "{plain}");
    }
    // A diary's "-ing" act with what it was done to is an event;
    // "Regarding the…" is not.
    let gaps = crate::check::rules::gap_fact_lists(&s);
    let gap = |text: &str| specificity(text, &gaps, 8, &super::specific::GAP_MODEL);
    assert_eq!(
        gap("Leaving the spare regulator in the ute. The one on the boat had a cracked hose."),
        Specificity::Specific
    );
    assert_eq!(facts_in("Regarding the labelling machine, the usual topics again.", &facts), 0);
}

/// Shapes from round forty-six of fresh voices (2026-12-06, seventh
/// session), with traps written here, in our own words.
#[test]
fn forty_sixth_round_shapes() {
    let s = Settings::default();
    // PF007: people sorted in two and the writer placed in one; a trait
    // nothing will change; a verdict held to one season.
    let identity = identity_lists(&s);
    for verdict in [
        "Some cooks can taste salt and some cannot, and I know which kind I am.",
        "Some drivers read the road and some never will. I stopped trying to be the first kind.",
        "I am just a slow reader and no course will change that.",
        "I think I was never meant for this trade.",
        "I forgot the form again, and that is just how my head is made.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    for separate in [
        "Some guests pay cash and some pay by card; I asked which kind they were.",
        "Some ewes lamb early and some late, and I was ready for the first kind.",
        "I am on nights and no rota will change that before March.",
        "I'm hopeless with the rota... this month. In May I was fine.",
        "The foreman told me that the crew was not against me. I think he is right.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    // PF008: "should have known" owns a lapse; "did everything right"
    // denies one; "we meaning" another body; "one" of the others named.
    let acted = |text: &str| writer_acts(&s, text);
    assert!(acted("I should have known better after ten winters on the line."));
    for none in [
        "Bad luck. Our crew did everything right.",
        "We moved the market day — we meaning the town council, I was away.",
        "Thirty of them came off the bus and one left the gate open.",
    ] {
        assert!(!acted(none), "{none}");
    }
    // PF006: "for the rest of the…" says when; a hope taken back is no
    // hope.
    let adjustment = adjustment_lists(&s);
    for testable in [
        "For the rest of the season the float is counted by two people before the stall opens.",
        "I hope to remember — no. I tape the checklist to the till, and Ana checks it at close.",
    ] {
        assert_eq!(testability(testable, &adjustment), Testability::Testable, "{testable}");
    }
    assert!(matches!(
        testability("I hope the new lad remembers the float.", &adjustment),
        Testability::Effort { .. }
    ));
    // PF003: what a thing will not or does not do, with where or what.
    let facts = fact_lists(&s);
    assert!(facts_in("In that heat the dough won't rise in the tins.", &facts) > 0);
    for none in [
        "It does not matter much, people do not care either way.",
        "The new pump will not work, whatever we try.",
        "I do not check the tins in that heat.",
    ] {
        assert_eq!(facts_in(none, &facts), 0, "{none}");
    }
}

/// Shapes from round forty-seven of fresh voices (2026-12-06, seventh
/// session), with traps written here, in our own words.
#[test]
fn forty_seventh_round_shapes() {
    let s = Settings::default();
    // PF007: "just one of those X who…"; "the wrong man for"; nature
    // "meant for"; a verdict denied as its sentence opens.
    let identity = identity_lists(&s);
    for verdict in [
        "Maybe I am just one of those bakers who needs a list for everything.",
        "I am the wrong person for this counter, and everyone saw it.",
        "Some folk are meant for the front of house, and I'm not.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    for separate in [
        "I am just one of those drivers who took the early shift that week.",
        "Not a failure as a baker. A failure as a bookkeeper this once.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    // PF008: a diary's "Go too fast"; experience is no act; someone named
    // deciding.
    let acted = |text: &str| writer_acts(&s, text);
    for act in [
        "Leave too late for the ferry, again, and miss the first sailing.",
        "I have done this wrong for years.",
        "I finally decided that the van could wait.",
    ] {
        assert!(acted(act), "{act}");
    }
    for none in [
        "Way too fast for the pod, the wind behind them.",
        "Twenty years I've done this and it still surprises you.",
        "We ran short on day six, the skipper decided that on the radio.",
    ] {
        assert!(!acted(none), "{none}");
    }
    // PF006: "cada vez"; "no … after dark"; "only in the…"; "that … has
    // not …"; becoming a kind of person is no change.
    let adjustment = adjustment_lists(&s);
    for testable in [
        "Cada vez que llega un pedido, I weigh the sacks before I sign.",
        "No grinding in the back room after dark. Bench lamp only.",
        "Raw meat only in the bottom drawer, with its own board.",
        "Never a new saddle on a trek that the horse has not already worn at home.",
    ] {
        assert_eq!(testability(testable, &adjustment), Testability::Testable, "{testable}");
    }
    assert!(matches!(
        testability("This winter I become at last the kind of cook who plans ahead.", &adjustment),
        Testability::Effort { .. }
    ));
    // PF009: "couldn't bring myself to"; "boiling inside"; sitting until
    // help came is no image.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    assert!(felt("Couldn't bring myself to open the till. 300 short.") > 0);
    assert!(felt("The ferry left at 7:10 without us. I was boiling inside.") > 0);
    assert_eq!(
        felt("The axle broke at km 40 and I sat there 5 hours until Paulo came with a part."),
        0
    );
    assert_eq!(felt("Couldn't get the lift started, so we walked up."), 0);
}

/// Shapes from round forty-eight of fresh voices (2026-12-06, seventh
/// session), with traps written here, in our own words.
#[test]
fn forty_eighth_round_shapes() {
    let s = Settings::default();
    // PF007: a verdict answered "No, <name>.", said not to be for good,
    // or held to today; praise that mocks "as always".
    let identity = identity_lists(&s);
    for separate in [
        "Oh sure, I am the worst baker in all of Porto. No, Rita. I had one bad oven.",
        "It shows I am weak on the ordering part. Not a fixed thing. I can learn it.",
        "Today I am the worst driver on the island, and tomorrow the van gets serviced.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    for verdict in [
        "Congrats me, officially the slowest packer in the depot, as always.",
        "Ya no sirvo para esto. Soy así ahora.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    // PF008: "got blamed" is no act; "se me olvidó" owns a lapse; the
    // Shetland "didna" is "did not".
    let acted = |text: &str| writer_acts(&s, text);
    assert!(!acted("We got blamed for the late bus, but it was the agency's own driver."));
    assert!(acted("Se me olvidó to lock the cooler the night before."));
    assert!(acted("Didna check the oil after changing the filter."));
    // PF006: "every 500 …" is an interval; "No other …" rules out the
    // rest; the Shetland "afore ony" is "before any".
    let adjustment = adjustment_lists(&s);
    for testable in [
        "Cash goes into the safe every 200 euros during the market.",
        "Afore ony new deckhand starts, I walk him round the winch.",
    ] {
        assert_eq!(testability(testable, &adjustment), Testability::Testable, "{testable}");
    }
    // PF009: a crushed finger is a wound; "black affronted", "went home
    // heavy" are feelings.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    assert_eq!(
        felt("The fitter with the crushed left index finger left for hospital at 04:05."),
        0
    );
    assert!(felt("The crane dropped the pallet at 3. I was crushed.") > 0);
    assert!(felt("It did not go the way I planned, and I went home heavy.") > 0);
}

/// Shapes from round forty-nine of fresh voices (2026-12-06, seventh
/// session), with traps written here, in our own words.
#[test]
fn forty_ninth_round_shapes() {
    let s = Settings::default();
    // PF007: "this is what I am, a … who cannot…"; a verdict said not to
    // define the writer.
    let identity = identity_lists(&s);
    for verdict in [
        "This is what I am, a man who cannot say no to a customer. Thirty years the same.",
        "I am the one who always forgets the float.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    for separate in [
        "This is what I am, a cook who learns from every burnt pot.",
        "Sure, I'm the worst tailor in town, give me a medal. Honestly. One wet week does not define me.",
        // A care kept, not a failing: "the one who always counts…".
        "It does not mean I am careless; I am the one who always counts the float twice.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    // PF008: "should of" is "should have".
    let acted = |text: &str| writer_acts(&s, text);
    assert!(acted("Should of checked the bilge pump before we left."));
    // PF009: a thing sensed, a noun picked up again, are no feeling; the
    // floor going from under you, "vexed", going through the floor are.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for plain in [
        "I felt the brake go soft at km 12 and we stopped at the bridge.",
        "When I took out the spare, the spare was flat too.",
    ] {
        assert_eq!(felt(plain), 0, "{plain}");
    }
    for feeling in [
        "The buyer cancelled at 9 and I felt the floor go out from under me.",
        "The boss came in at 6 and I wanted to go through the floor.",
        "I was vexed the whole week after the market.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
}

#[test]
fn fiftieth_round_shapes() {
    let s = Settings::default();
    // PF007: a faulty trait with a person after it; a "yet" that is
    // someone else's does not take the verdict back; a mess of one day is
    // a state.
    let identity = identity_lists(&s);
    for verdict in [
        "I sat in the van for an hour. I am a disorganised woman and no list will change that.",
        "I think I am finished as a ferryman, only my legs don't know it yet.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    for separate in [
        "I'm a mess tonight, honestly. Tomorrow the kiln cools and I will look again.",
        "I'm not good at pricing commissions - yet.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    // PF008: a formal letter's "the undersigned" is the writer; "not really
    // on top of" owns a lapse; "We Cameroonians, we…" is a people, not
    // the writer ("We Skyped the client" is the writer).
    let acted = |text: &str| writer_acts(&s, text);
    for owned in [
        "The undersigned did not check the seal number against the bill.",
        "I wasn't really on top of the rota that month.",
        "We Skyped the client at noon and forgot the customs code.",
    ] {
        assert!(acted(owned), "{owned}");
    }
    assert!(!acted("We Italians, we always leave the paperwork for the last day."));
    // PF006: "Be the kind of…" is effort; "We will see." leaves it to
    // chance; Pijin "evri taem" is "every time".
    let adjustment = adjustment_lists(&s);
    assert_eq!(
        testability("Evri taem mi finisim wanfala boat, mi tekem foto long transom.", &adjustment),
        Testability::Testable
    );
    for untestable in [
        "Be the kind of broker who reads every line.",
        "Next season maybe I hire a second cook for the weekends. We will see.",
        "Always give the best of myself for every client.",
    ] {
        assert!(
            !matches!(testability(untestable, &adjustment), Testability::Testable),
            "{untestable}"
        );
    }
    assert_eq!(
        testability("We will see the client every Monday at 9 before loading.", &adjustment),
        Testability::Testable
    );
    // PF009: the floor named with where it was, hands that shake now,
    // "scared the hell out of me", "the undersigned was humiliated". Not
    // the floor of the shop being opened for a delivery.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "The tray said 1403 and I wanted the floor of the workshop to open and take me.",
        "After the rescue my hands shake so much I cannot sign the book.",
        "A tower 200 yards off my line, not on the map; it scared the hell out of me.",
        "The undersigned was humiliated in front of three colleagues at the window.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    for plain in [
        "We wanted the floor of the shop to open by 8 for the delivery.",
        "Every morning my hands shake the sieve for ten minutes before the dough goes in.",
    ] {
        assert_eq!(felt(plain), 0, "{plain}");
    }
}

#[test]
fn fifty_first_round_shapes() {
    let s = Settings::default();
    // PF007: "I know what I am: a bad…"; a verdict with its article
    // dropped; mockery after a superlative; "not say I am…" denies it.
    let identity = identity_lists(&s);
    for verdict in [
        "I know what I am: a bad skipper, and the crew gets the rest of me.",
        "I am bad fisherman, this is truth. Twenty years and still the same.",
        "I am useless mechanic, everybody on the route knows it.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    for separate in [
        "I know what I am: a cook who learns from every burnt pot.",
        "I am bad today, the storm kept me up, tomorrow I check the nets again.",
        "Not say I am bad fisherman; say I trusted the old rope too long.",
        "It is not saying I am careless person. It is one decision about the cartons.",
        "So I am the worst tram driver in Porto, obviously, give me the medal. What happened is the mirror.",
        "The voice saying I'm stupid is tired, not right.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    // PF008: a short label, a dash, then the act; "on the owner's order"
    // is someone else's say; "the problem was my approach" owns it. Not
    // "We — meaning the ministry — delayed…".
    let acted = |text: &str| writer_acts(&s, text);
    for owned in [
        "Clamps on the stock pot - didn't check them before the storm.",
        "I think the problem was my approach, all of it.",
    ] {
        assert!(acted(owned), "{owned}");
    }
    for others in [
        "We changed grounds on the owner's order, so the trip grew to 41 days.",
        "We — meaning the ministry, not my office — delayed the request.",
    ] {
        assert!(!acted(others), "{others}");
    }
    // PF006: "when I find time" is no trigger; "when I have time off in
    // March" is one the change could be checked against.
    let adjustment = adjustment_lists(&s);
    for chance in [
        "Read about the 3 new pollination methods when I find time.",
        "Read about the 3 new pollination methods if I have the time.",
    ] {
        assert!(matches!(testability(chance, &adjustment), Testability::Effort { .. }), "{chance}");
    }
    assert!(!matches!(
        testability("When I have time off in March I rebuild the 2 pumps.", &adjustment),
        Testability::Effort { .. }
    ));
    // PF009: a state opened by an intensifier; a state without its "-ed";
    // "was a disgrace"; the Hungarian oath. Not "Pretty sure how it works".
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Pretty bummed how the whole harvest turned out.",
        "Very disappoint with myself after the inspection.",
        "Honestly it was a disgrace, the stall stood empty all Saturday.",
        "basszus. the pool showed 31.5 at opening.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    for plain in [
        "Pretty sure how the valve works now: 3 turns.",
        "Very interest with the buyer from Kraków, 40 crates ordered.",
    ] {
        assert_eq!(felt(plain), 0, "{plain}");
    }
    // PF002: "according to the procedure" is a rule, not someone's words.
    let a = crate::check::judge::text::Analysis::new(
        "The car was moved according to the procedure, and the tram waited.",
    );
    assert!((0..a.len()).all(|i| a.own(i)));
}

#[test]
fn fifty_second_round_shapes() {
    let s = Settings::default();
    // PF008: a Spanish "-í" preterite in Spanish text; "idea of mine";
    // "the boss is me". Not a word ending in "í" alone.
    let acted = |text: &str| writer_acts(&s, text);
    for owned in [
        "Perdí la lista de pedidos y no volví a llamar al molino.",
        "Brilliant idea of mine: skip the alum to save an hour.",
        "It was signed in a rush on Friday. And the boss is me.",
    ] {
        assert!(acted(owned), "{owned}");
    }
    assert!(!acted("cocolí is cocolí, bro."));
    // PF009: "the way such things go" is no image, nor a time clause's
    // "could"; the liver and "mi corazón" feel; "near crying"; "I was
    // boiling". Not "my liver test" nor "I told him not to cry".
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for plain in [
        "Fog day. Went like fog days go: 3 ships held at Gatún.",
        "second time this week it went like that with the southbound ones.",
        "They re-rigged the lines before we could throw the heaving lines down.",
        "My liver test came back at 9 and the shift started late.",
        "I told him not to cry and we loaded the 40 crates.",
    ] {
        assert_eq!(felt(plain), 0, "{plain}");
    }
    for feeling in [
        "The pattern was cut mirror way, 2 metres wasted. My liver is aching from this.",
        "The cable whipped back 2 metres from me. mi corazón was pumping all shift.",
        "With the list in my hand I was also near crying.",
        "Route 88 lost three departures and I was boiling the whole morning.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    // PF006: "Kudai buyursa" leaves it to God, as "inshallah" does, when
    // nothing says when it applies.
    let adjustment = adjustment_lists(&s);
    assert!(!matches!(
        testability("Kudai buyursa we buy the new felting machine.", &adjustment),
        Testability::Testable
    ));
}

/// Shapes from round fifty-three of fresh voices (2026-12-06, ninth
/// session), with traps written here, in our own words.
#[test]
fn fifty_third_round_shapes() {
    let s = Settings::default();
    // PF008: a duty of the writer's with a task or time between ("my
    // closing shift"); a "we" taken back at "well, the council did"; a
    // people named before its plural; someone set to a job by the writer;
    // an aside's dropped "I" with its conduct. Not "our delivery van", nor
    // "we had snow falling all the day".
    let acted = |text: &str| writer_acts(&s, text);
    for owned in [
        "The fryer oil was never changed during my closing shift.",
        "The oil log was not filled on my watches, twice.",
        "i had jono on the forklift doing the stacking, so the bins sat in the sun.",
        "The sacks were stitched while wet — was in a rush for the lorry — and they rotted.",
    ] {
        assert!(acted(owned), "{owned}");
    }
    for others in [
        "Our delivery van got held at the border for two days.",
        "We had snow falling all the day and the pass closed.",
        "We switched to the new scales in May. Well, the cooperative bought them, I was away.",
        "We moved to the new forms — well, the ministry did, in March — and the codes changed.",
        "We lost out, we Kiulap traders, all of us on the one street.",
    ] {
        assert!(!acted(others), "{others}");
    }
    // PF007: others who learn, and the writer "the other kind"; a verdict
    // held to a few minutes; a lesson passed on "always". Not "for years".
    let identity = identity_lists(&s);
    for verdict in [
        "Some drivers learn from one fine. I am the other kind.",
        "For years I was an idiot about the books.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    for separate in [
        "For a few minutes I was an idiot, then I fixed the float.",
        "I am the one who always warns the new boys about the blade, and I cut myself.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    // PF009: "that stung", "pained me", Malay "malu", "puta madre"; a
    // place named after a feeling is not one ("heartbreak hill").
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "The auditor wrote it up. That stung, I admit.",
        "Losing the Sunday regulars pained me more than the money.",
        "Malu in front of the whole row of stalls.",
        "Twelve drums unsold. Puta madre.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    assert_eq!(felt("heartbreak hill took us 40 minutes and 3 of the 9 trays passed."), 0);
    // PF002/PF003: a shape that only names itself ("were what they
    // were"), "went a bit pear shaped", luck running out.
    let outcome = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    for text in [
        "Two of us worked the whole day and the sales were what they were.",
        "the morning round went a bit pear shaped to be honest",
    ] {
        assert!(matches!(outcome(text), Specificity::Vague { .. }), "{text}");
    }
    let gaps = crate::check::rules::gap_fact_lists(&s);
    let gap = |text: &str| specificity(text, &gaps, 8, &super::specific::GAP_MODEL);
    assert!(matches!(
        gap("our luck ran out and there is not much more to it."),
        Specificity::Vague { .. }
    ));
    // PF006: "when life allows" leaves it to chance.
    let adjustment = adjustment_lists(&s);
    assert!(!matches!(
        testability("Give the varnish the 2 coats it needs, when life allows.", &adjustment),
        Testability::Testable
    ));
}

/// A measure written in digits and an event in its clause are a report the
/// words model may not overrule; a figure of speech ("110 %", "10/10",
/// "like 1000"), a guess ("2 or 3") or a label ("term 2") is no measure.
#[test]
fn a_measured_event_is_not_overruled_by_the_words_model() {
    let s = Settings::default();
    let facts = fact_lists(&s);
    let weighed = |text: &str| {
        super::specific::weighed_specificity(
            text,
            &facts,
            8,
            &OUTCOME_MODEL,
            Some(&super::specific::OUTCOME_WORDS),
        )
    };
    for report in [
        "Paid the tile man a cheque for $18,400 that should have been $1,840. He cashed it Friday. I didn't sleep Friday.",
        "Her reel got 2,000 views. Mine, same day, same light, 90. I would be lying if I said that didn't hurt a bit.",
        "The bank valued the farmhouse 190.000 and not the 260.000 we needed, so the mortgage is 48.000 less than planned.",
    ] {
        assert_eq!(weighed(report), Specificity::Specific, "{report}");
    }
    for figure in [
        "Gave 110 % like always, and the market day went the way it went.",
        "like 1000 moving parts and half of them never moved. 10/10 chaos, would not do again.",
        "Point 2 of our 3-point plan from last spring did not go the way it was written.",
    ] {
        assert_ne!(weighed(figure), Specificity::Specific, "{figure}");
    }
}

/// Shapes from round fifty-four of fresh voices (2026-12-06, ninth
/// session), with traps written here, in our own words.
#[test]
fn fifty_fourth_round_shapes() {
    let s = Settings::default();
    // PF007: a verdict held to "this week, not forever" or to one case by
    // the verbless words after it; "the other kind" said of oneself; a
    // "me" that is a clause's topic ("so me I was calm") or the writer
    // pointed out among others ("one of them…, and that's me").
    let identity = identity_lists(&s);
    for verdict in [
        "Some bakers are born for mornings and I am the other kind.",
        "The dough failed again. That is so me.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    for separate in [
        "I'm a hopeless planner — this month, not forever; the wall calendar is up.",
        "I am a poor judge of timber merchants. Of that one merchant, in that one winter.",
        "The last two loads went fine so me I was calm, maybe too calm.",
        "Two of us skipped the scale, but one of them held the scoop, and that's me.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    // PF008: "decided on my side"; the writer named in the third person
    // ("the same person writing this diary") beside a thing done.
    let acted = |text: &str| writer_acts(&s, text);
    for owned in [
        "The old hinges were kept because it was decided on my side that new ones cost too much.",
        "The trays were stacked four high by whoever was closing, who is the person writing this.",
    ] {
        assert!(acted(owned), "{owned}");
    }
    // PF009: "burning inside", "a sorrow to me", "tired of this"; but
    // "broken inside the box" is a thing broken.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "I was burning inside when the 60 jars came back cracked.",
        "The whole month was a sorrow to me, from the first market to the last.",
        "Third flat tyre. Tired of this road, honestly.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    assert_eq!(felt("The courier phoned to say 9 cups arrived broken inside the box."), 0);
    // PF003: causes that "all came together" name no mechanism.
    let gaps = crate::check::rules::gap_fact_lists(&s);
    let gap = |text: &str| specificity(text, &gaps, 8, &super::specific::GAP_MODEL);
    assert!(matches!(
        gap("Problems with the flour, the oven and the weather all came together that week."),
        Specificity::Vague { .. }
    ));
}

/// Shapes from round fifty-five of fresh voices (2026-12-06, ninth
/// session), with traps written here, in our own words.
#[test]
fn fifty_fifth_round_shapes() {
    let s = Settings::default();
    // PF007: a superlative mocked by a laugh before it or an "of course"
    // closing it; Tetum "Lae." answers a question; a sentence that says
    // what a failure is, with no first person in it; "So me, …, I…" is a
    // topic. Not "What is wrong with me that I…", nor "That's me, I'm
    // always the one…".
    let identity = identity_lists(&s);
    for separate in [
        "Yes yes, I am the worst driver in all of Accra, of course.",
        "Ha, I'm the clumsiest baker in the whole of Leith.",
        "Am I a failure? Lae. I lost one order.",
        "A failure at the market is a failure at the market. It is not Ana.",
        "So me, clever Ana, I wrote the tickets by hand.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    for verdict in [
        "What is wrong with me that I can't keep one helper past June?",
        "Some folk are lucky with stores and some are me. That's me, I'm always the one.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    // PF008: "We Ni-Vanuatu, we always…" is a people; running out is what
    // happened.
    let acted = |text: &str| writer_acts(&s, text);
    for others in [
        "We Tongans, we always leave it to the last day.",
        "We ran out of receipt rolls because the depot sent none on Monday.",
    ] {
        assert!(!acted(others), "{others}");
    }
    // PF009: Tetum "laran moras", Bislama "bel blong mi i hevi".
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in
        ["Hau nia laran moras after the count on Friday.", "Bel blong mi i hevi after the audit."]
    {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    // PF006: learning from someone and "think safety first" are resolves.
    let adjustment = adjustment_lists(&s);
    for generic in ["My aunt ran the stall for 30 years. Learn from her.", "Think safety first."] {
        assert!(!matches!(testability(generic, &adjustment), Testability::Testable), "{generic}");
    }
}

#[test]
fn fifty_sixth_round_shapes() {
    let s = Settings::default();
    // PF007: a bare "never change it" is a thing left undone; "Takav
    // sam" and "I am not going to learn" are verdicts.
    let identity = identity_lists(&s);
    assert!(collapses("I never change it after the benches come out.", &identity).is_empty());
    for verdict in [
        "I will never change that, it is how I am.",
        "Takav sam, what can you do.",
        "I am not going to learn, not at my age.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    // PF008: Guyanese "Ah let…", a signature on the act, seeing and then
    // acting, a role's call that was the writer's, "it was just me not…";
    // a sentence that ends in "before" does not make the next one's "I"
    // background. Not seeing alone, nor a role that was someone else.
    let acted = |text: &str| writer_acts(&s, text);
    for writer in [
        "Ah let it slide. Simple so.",
        "The relay was left in test mode, the check signed off under my name.",
        "I saw the gap in the fence on Monday, put one stone in it.",
        "I saw the crack at the shed before. I tied it with wire.",
        "Only 15 m of chain was let out. Skipper's decision, and skipper that night was me.",
        "Honestly it was just me not being on top of the filing this month.",
    ] {
        assert!(acted(writer), "{writer}");
    }
    for others in [
        "Things like this happen. In 15 years I saw it 100 times.",
        "Only 15 m of chain was let out. Skipper's decision, and the skipper was Marko.",
    ] {
        assert!(!acted(others), "{others}");
    }
    // PF009: "Very nice." opening a failure; Sesotho "bohloko", Guyanese
    // "head hot", Croatian "Ajme". Not a relative clause's verb said again
    // as the sentence's own, a pronoun ending one clause and opening the
    // next, a mill's "crushing rate", nor someone else's fury told on
    // after a comma.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Very nice. The van left without the chairs.",
        "The rack fell over. E ne e bohloko.",
        "The whole audit got my head hot.",
        "Ajme meni. The boom hit Ivo on the head.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    for neutral in [
        "All 3 who failed, failed the theory part.",
        "When I finally found it, it was a double entry of 400 dollars.",
        "The crushing rate fell to 150 tonnes per hour.",
        "A customer cussed me out at the window, said she furious and wanted her money.",
    ] {
        assert_eq!(felt(neutral), 0, "{neutral}");
    }
    // PF002/PF003: "mixed" done to something, a plain verb with its
    // object placed "with" a thing after a when; "24/7" and "50-50" are
    // figures of speech; "handled … badly" only judges.
    let outcome = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    let gaps = crate::check::rules::gap_fact_lists(&s);
    let gap = |text: &str| specificity(text, &gaps, 8, &super::specific::GAP_MODEL);
    for specific in [
        "Abu Khaled mixed date syrup with the sidr and it passed the glass test.",
        "The bilge hose had a crack at the fitting. Di mechanic replace it last week wid di wrong size clamp.",
    ] {
        assert!(matches!(gap(specific), Specificity::Specific), "{specific}");
    }
    assert!(matches!(
        gap("Honestly I handled the whole business with the Sharjah shop badly from the start."),
        Specificity::Vague { .. }
    ));
    for vague in [
        "Wednesday was one of dem 24/7 kinda days at di terminal.",
        "Job on the clarifier was maybe 50-50 when the shift ended. Rest is pending.",
    ] {
        assert!(matches!(outcome(vague), Specificity::Vague { .. }), "{vague}");
    }
}

#[test]
fn fifty_seventh_round_shapes() {
    let s = Settings::default();
    // PF007: "I am a person who cannot…", Slovene "tak sem", Krio "na so
    // I be". Not a verdict held to an afternoon, a "not dat…" denial, nor
    // "just a man who wrote…", told by one act.
    let identity = identity_lists(&s);
    for verdict in [
        "I am a person who cannot keep a deadline.",
        "Pač, tak sem.",
        "Late again with the forms. Na so I be.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    for separate in [
        "I was a fool - for exactly one afternoon, with the glue.",
        "The note says I need a better system, not dat I am careless person.",
        "I am just a man who wrote in the wrong column one time.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    // PF008: Krio "Ah take…", "Na my side…".
    let acted = |text: &str| writer_acts(&s, text);
    for writer in ["Ah take my eye off di ball dat month.", "Na my side di problem come from."] {
        assert!(acted(writer), "{writer}");
    }
    assert!(!acted("Ah, make sure the lid is on."));
    // PF009: "sick in stomach", "pozor", "Fine. Very fine."; not the
    // ground felt shaking.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "I stood by the culvert, sick in stomach.",
        "The tender went to his cousin. Pozor.",
        "Rejected at 61 points. Fine. Very fine.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    assert_eq!(felt("I felt the ground shake at 6:40 and we turned the group back."), 0);
    // PF002/PF003: a name, then a plain verb with its object, is an
    // event; the writer's "I wanted the…" is not.
    let outcome = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    assert!(matches!(
        outcome(
            "Honestly it was a disaster, I was so ashamed, I wanted the floor to open and take me."
        ),
        Specificity::Vague { .. }
    ));
    let gaps = crate::check::rules::gap_fact_lists(&s);
    let gap = |text: &str| specificity(text, &gaps, 8, &super::specific::GAP_MODEL);
    assert!(matches!(
        gap(
            "I was at church in Bo when Aminata plug di kettle in di same socket as di exciter power supply, and di breaker trip."
        ),
        Specificity::Specific
    ));
}

#[test]
fn fifty_eighth_round_shapes() {
    let s = Settings::default();
    // PF007: "so it not sayin I'm a careless man" denies the verdict.
    let identity = identity_lists(&s);
    assert!(
        collapses("Five year no trouble, so it not sayin I'm a careless man.", &identity)
            .is_empty()
    );
    // PF008: a diary's plain "Forget the…", "waitin for my signature",
    // "not attentive enough".
    let acted = |text: &str| writer_acts(&s, text);
    for writer in [
        "Forget the ammonia bottle in the house. Latex clot in the bucket.",
        "The order paper sit on my table two week waitin for my signature.",
        "I was not attentive enough, this is the whole reason.",
    ] {
        assert!(acted(writer), "{writer}");
    }
    assert!(!acted("Forget it. The bucket clot before the station."));
    // PF002/PF003: "I crack the high D" is an event; so, in a gap, is a
    // diary's plain "Forget the…".
    let facts = fact_lists(&s);
    let outcome = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    assert!(matches!(
        outcome(
            "I crack the high D in 'Compadre Pedro Juan', in front of the whole salón, and the band stop."
        ),
        Specificity::Specific
    ));
    let gap = |text: &str| weighed_gap(&s, text);
    assert!(matches!(
        gap(
            "Forget the ammonia bottle in the house. Latex clot in the bucket before we reach station."
        ),
        Specificity::Specific
    ));
}

#[test]
fn fifty_ninth_round_shapes() {
    let s = Settings::default();
    // PF007: a verb denied is no retraction; "the man who going to fix
    // it" is a resolve; "it would be easy to write that I am…" holds the
    // verdict at a distance.
    let identity = identity_lists(&s);
    assert!(
        !collapses("I am bad cook. Maybe I should not cook for the wedding anymore.", &identity)
            .is_empty()
    );
    for separate in [
        "fine, the count fail. i am the man who going to fix the count.",
        "I'm the one who will sort the rota out by Friday.",
        "It would be easy to say I am useless at this job, but a form failed, not me.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    // PF008: what happened is no act; "that month" is no relative
    // clause; "too optimistic" is conduct; the only one who does a thing;
    // a dropped "g"; a Kweyol subject before an English verb.
    let acted = |text: &str| writer_acts(&s, text);
    for writer in [
        "I had three jobs going that week and signed the wrong invoice.",
        "I was too optimistic about the weather, as usual.",
        "In this shop the glue pots, nobody opens them but me.",
        "My head was not in the count that evening.",
        "the order to keep going came out my own mouth.",
        "because I was holdin the last crate back for the market.",
    ] {
        assert!(acted(writer), "{writer}");
    }
    for none in
        ["Sea flat, wind light, rope new. Just happened.", "bondyé had other plans that day."]
    {
        assert!(!acted(none), "{none}");
    }
    // PF009: one year like another is no image, nor a sound heard like a
    // gunshot; "jebiga" is an oath.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    assert!(felt("Jebiga. Same again.") > 0);
    for plain in [
        "In 2025 the harvest went like 2024, and 2024 like 2023.",
        "The cable parted at 14:10 and the rigger heard it go like a gunshot.",
    ] {
        assert_eq!(felt(plain), 0, "{plain}");
    }
    // PF002: a mark the writer gives is a verdict; "100 per cent effort"
    // is effort, not a count.
    let outcome = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    for vague in [
        "This season I give four from ten. Not great, not a disaster.",
        "After the 100 per cent effort the whole team put in, the result was simply not the one we wanted.",
    ] {
        assert!(matches!(outcome(vague), Specificity::Vague { .. }), "{vague}");
    }
    // PF006: a rule that starts on a named day is timed.
    let adjustment = adjustment_lists(&s);
    assert!(matches!(
        testability("From 1 March, boys under 14 do not dive from the high board.", &adjustment),
        Testability::Testable
    ));
}

#[test]
fn sixtieth_round_shapes() {
    let s = Settings::default();
    // PF008: "me and Sergei decided" after a time; a share of the
    // mistakes owned; a Spanish preterite opening its clause; not "Not
    // one person's…", nor "…, me and him" closing a sentence.
    let acted = |text: &str| writer_acts(&s, text);
    for writer in [
        "At 06:00 me and Sergei decided to skip the brake test on 041.",
        "Four errors on the manifest: three of them mine, one the agent's.",
        "Bueno, cambié la hora del turno sin avisar a nadie.",
    ] {
        assert!(acted(writer), "{writer}");
    }
    for none in
        ["Not one person's doing. The whole line is old.", "we just were not in step, me and him"]
    {
        assert!(!acted(none), "{none}");
    }
    // PF009: "blin", "steups", "frighten", "shamed myself"; a nickname is
    // no tears.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Blin. The tram stood 40 minutes at the depot gate.",
        "Steups. The whole morning went so.",
        "When the wind turn I was frighten, running for the ropes.",
        "I shouted at the boy and shamed myself in front of the whole yard.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    assert_eq!(felt("The driver we call Crying Jack parked 2 cars on the wrong track."), 0);
    // PF002: "calls" before its verb is a noun, so the verdict is the
    // writer's own.
    let outcome = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    assert!(matches!(
        outcome("the outer island calls did not go well this week at all"),
        Specificity::Vague { .. }
    ));
    // PF003: "did not pull their weight" is blame with no mechanism; a
    // diary's "Never check the…" is a thing left undone.
    let gap = |text: &str| weighed_gap(&s, text);
    assert!(matches!(
        gap("the night crew at the depot did not pull their weight"),
        Specificity::Vague { .. }
    ));
    assert!(matches!(
        gap("Never check the gate chain before leaving on Friday. Just lock the office and go."),
        Specificity::Specific
    ));
    // PF007: Caribbean "I's the kind…", Catalan "Sóc un inútil"; a verdict
    // said of the one named before the comma is not the writer's.
    let identity = identity_lists(&s);
    for verdict in ["Me, I's the kind does always forget the receipts.", "Sóc un inútil, tio."] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    assert!(
        collapses(
            "Ah, the famous baker of the square, who cannot even light an oven. Fine, a man who forgot the gas needs a checklist.",
            &identity
        )
        .is_empty()
    );
}

#[test]
fn sixty_first_round_shapes() {
    let s = Settings::default();
    // PF008: French "C'est moi qui…"; a report's "this operator"; an
    // opening participle; "my best decision-making"; a doer named, then
    // said to be the writer; Creole "was me tell…"; a diary's plain verb
    // from the lexicon. Not "Having been told…", "Blame the system", nor
    // the steps done as always.
    let acted = |text: &str| writer_acts(&s, text);
    for writer in [
        "C'est moi qui ai gâté. Pas le client, pas la pièce.",
        "The decision was taken by this operator to keep lifting in the gusts.",
        "Having skipped the walk-round to finish my tea, the leak went unseen.",
        "Not my best decision-making of the night, let us say.",
        "The briefing is done by the guide on our tours, and the guide was me.",
        "blame the rain if you want, but was me tell the group no helmets today.",
        "rush everything. rush the briefing, rush the count.",
        "pump the tubes the night before, leave dem on the roof in the sun.",
    ] {
        assert!(acted(writer), "{writer}");
    }
    for none in [
        "Having been told the crane was fine, the night shift lifted.",
        "Blame the system. The ministry, the port, the whole paper circus.",
        "We do everything like always. Nothing different. And still it fail.",
    ] {
        assert!(!acted(none), "{none}");
    }
    // PF002/PF003: a plain verb of the lexicon after its subject is an
    // event (not after another verb); a measured difference is a
    // mechanism; "1000 things in my head" and a rating's scale count
    // nothing.
    let gap = |text: &str| weighed_gap(&s, text);
    for specific in [
        "The taxi-moto boy reverse into the bicycle on my stand and the front wheel fold like galette.",
        "Same reference on the packet, but the hole is 2 mm smaller than the original.",
    ] {
        assert!(matches!(gap(specific), Specificity::Specific), "{specific}");
    }
    let facts = fact_lists(&s);
    let outcome = |text: &str| specificity(text, &facts, 8, &OUTCOME_MODEL);
    for vague in [
        "My chest is hot since morning. 1000 things in my head.",
        "On a scale of 1 to 10 for this night, I would give a 4.",
    ] {
        assert!(matches!(outcome(vague), Specificity::Vague { .. }), "{vague}");
    }
    // PF009: the body opening its clause, "my" left out; "tired of";
    // Portuguese "sem chão".
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts);
    for feeling in [
        "I swam the lady out by myself, heart knocking like a drum the whole way.",
        "Only 3 of 7 boys came back. I am tired of teaching people who go away.",
        "Fiquei sem chão. The quality was not there.",
    ] {
        assert!(!felt(feeling).is_empty(), "{feeling}");
    }
    // PF007: Portuguese "Sou assim mesmo", "that's just what i am"; not
    // a story told again of a phone call.
    let identity = identity_lists(&s);
    for verdict in [
        "My father called me head of wind. Sou assim mesmo.",
        "guess that's just what i am, a guide who lose people.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    assert!(
        collapses("Then a second call, same story, Akpakpa side this time.", &identity).is_empty()
    );
    // PF006: French "pas de … sans" is a standing rule.
    let adjustment = adjustment_lists(&s);
    assert_eq!(
        testability(
            "Désormais, pas de moto qui sort sans casque pour le client, checked at the gate.",
            &adjustment
        ),
        Testability::Testable
    );
}

#[test]
fn sixty_second_round_shapes() {
    let s = Settings::default();
    // PF008: Vincentian "ah" before a plain verb of the lexicon; a diary's
    // "Forget to…" with what it was done to; "that side was my side",
    // "like I should", Portuguese "fui eu"; not being organised enough.
    let acted = |text: &str| writer_acts(&s, text);
    for writer in [
        "ah sell off de old fare card, 25 to bequia, when de new rate was 30.",
        "Forget to soak the hibiscus bark the night before, so the squeeze is weak.",
        "The handbrakes were not released before departure. That side was my side.",
        "Me nah prepare like I should.",
        "Fui eu, mana. Nobody else.",
        "I wasn't organised enough with the appointments and it showed.",
    ] {
        assert!(acted(writer), "{writer}");
    }
    // PF009: Caribbean "me belly", "ah was vex"; what someone else is
    // "saying" is theirs ("walk out saying … was robbery"); not "told me
    // face to face".
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "coast guard count 8 more people. me belly drop, ah standing dey in cold sweat.",
        "whole day just went bad and ah was vex from start to finish.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    for none in [
        "One couple walk out saying $45 fuh a tea towel was robbery.",
        "Her mother sent me 14 voice notes saying she is furious, devastated.",
        "He told me face to face the price was wrong.",
    ] {
        assert_eq!(felt(none), 0, "{none}");
    }
    // PF007: "born so and … dead so"; a verdict denied ("I am not a
    // failed woman", "I'm not a monster") separates; a count beside
    // others is no lack.
    let identity = identity_lists(&s);
    assert!(
        !collapses("when it come to paperwork ah born so and ah go dead so.", &identity).is_empty()
    );
    for separate in [
        "The ice failed, the car failed. I am not a failed woman. I got up at five.",
        "I felt terrible. I'm not a monster, I just didn't ask her.",
        "By then the office people had bought from other stalls, and I sold only 25 of the 60 litres by noon.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    // PF006: "Any knuckle pin I see worn…" says which; "never … widout…"
    // is a standing rule; "Someday…" is a hope.
    let adjustment = adjustment_lists(&s);
    for testable in [
        "Any knuckle pin I see worn go in the report as 'change'. Never 'watch'.",
        "never sign off a manifest widout walking de deck meself.",
    ] {
        assert_eq!(testability(testable, &adjustment), Testability::Testable, "{testable}");
    }
    assert!(matches!(
        testability(
            "Someday get a second generator, a 5 kW one, when God gives the money.",
            &adjustment
        ),
        Testability::Effort { .. }
    ));
}

/// The shapes added with the voices of round 63, each beside a trap
/// written to look like it.
#[test]
fn sixty_third_round_shapes() {
    let s = Settings::default();
    // PF008: Antiguan "me" opening its clause before a plain verb, "me
    // get it wrong"; "forget fi…"; what is regretted is the act. Not "who
    // are we to…", "I regret it" alone, a denied decision, "I really do"
    // standing for a thought, "Nothing the galley could touch", nor "me"
    // as an object.
    let acted = |text: &str| writer_acts(&s, text);
    for writer in [
        "me send the big roller on before the clay dry out.",
        "and me still make the call to play at one.",
        "me get it wrong with the watering, simple so.",
        "forget fi lock the feed store, and two bags gone by morning.",
        "I regret not checking the spare tyre before the trip.",
    ] {
        assert!(acted(writer), "{writer}");
    }
    for none in [
        "The wind turned at noon, and who are we to argue with the wind.",
        "I regret it, but the dates came from head office, not from me.",
        "My decision had nothing to do with it: the mill shut at six for a strike.",
        "I believe it was just the weather, I really do.",
        "The harbour closed for two days. Nothing the kitchen could change.",
        "The foreman told me and the others to leave the site early.",
    ] {
        assert!(!acted(none), "{none}");
    }
    // PF003: "me" opening its clause, or a noun after "the", as the
    // subject of a plain verb with what it was done to is a mechanism
    // ("the pitch hold the wet"); "it" stays too vague to be one.
    let gaps = crate::check::rules::gap_fact_lists(&s);
    assert_eq!(facts_in("it squeeze the water up and leave the top hard.", &gaps), 0);
    for mechanism in [
        "me send the heavy roller on too early, with the clay still wet.",
        "no sun all week, and the pitch hold the wet.",
    ] {
        assert!(facts_in(mechanism, &gaps) > 0, "{mechanism}");
    }
    // PF002: someone named handling "it" is a thing one could see (not
    // "Naseer did it", nor the writer's "I write it").
    let facts = fact_lists(&s);
    assert!(facts_in("When Karim opened it for the buyer, the smell was gone.", &facts) > 0);
    for vague in ["Then Karim did it again, as always.", "Even now when I write it I shake."] {
        assert_eq!(facts_in(vague, &facts), 0, "{vague}");
    }
    // PF009: "just frustrated." opening a line; "full of sorrow".
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in
        ["just frustrated. all that work for nothing.", "I was full of grief after the show."]
    {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    for none in ["Just finished the count at nine.", "The tank was full of rainwater."] {
        assert_eq!(felt(none), 0, "{none}");
    }
    // PF007: "set in me ways", "learn new trick"; not one sale told with
    // its number ("the man who sold…at 2,800"), nor a weakness said to be
    // learnable.
    let identity = identity_lists(&s);
    for collapse in [
        "too set in me ways for these new machines, it passing me by.",
        "I am the man who always ruins the sale.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    for separate in [
        "I am the man who priced the goats at 90 that day. Yes.",
        "I am weak at the grading part, which can be learned from the older women.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
}

/// The shapes added with the voices of round 64, each beside a trap
/// written to look like it.
#[test]
fn sixty_fourth_round_shapes() {
    let s = Settings::default();
    // PF008: a doer told, then said to be the writer ("Which is me."); not
    // a quoted "'we' meaning the bosses", "we as Belgians", nor what the
    // writer could do ("I could blame myself…").
    let acted = |text: &str| writer_acts(&s, text);
    for writer in [
        "The gate was left open. By the one who locks up at night. Which is me.",
        "It's on the fella who made the rota, which is me.",
        "Bit off more than I could chew this spring.",
    ] {
        assert!(acted(writer), "{writer}");
    }
    for none in [
        "We moved to a new courier, 'we' meaning head office, and I found out on Friday.",
        "We as Belgians are always too polite with clients, it is our curse.",
        "I could blame myself, but the courier dropped the box on the stairs.",
    ] {
        assert!(!acted(none), "{none}");
    }
    // PF002: "saw what happened" names nothing that happened.
    let facts = fact_lists(&s);
    assert_eq!(facts_in("Everyone at the market saw what happened that day.", &facts), 0);
    // PF009: someone else's doing pictured, or things counted and
    // crushed, are no feeling of the writer's; going over it again is.
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for none in [
        "The bride's father held his phone up like a torch in a cave.",
        "The truck braked hard and 40 crates crushed, so we repacked.",
    ] {
        assert_eq!(felt(none), 0, "{none}");
    }
    for feeling in [
        "I held the microphone like a stick of dynamite.",
        "the show ended early. i keep replaying it on the bus home.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    // PF007: Jamaican "mi a di problem", "cannot change at my age"; not
    // a part said to be beyond improving.
    let identity = identity_lists(&s);
    for collapse in ["Mi a di problem, nobody else.", "I am too old, I cannot change at my age."] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    assert!(
        collapses("The old press is not improved by oiling, so we sold it.", &identity).is_empty()
    );
}

/// The shapes added with the voices of round 65, each beside a trap
/// written to look like it.
#[test]
fn sixty_fifth_round_shapes() {
    let s = Settings::default();
    // PF008: a report's "this desk" is the writer.
    assert!(writer_acts(&s, "The late bus was cleared at 7:10, and that's on this desk."));
    // PF009: "where to put myself", "sramota".
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in
        ["After the speech I did not know where to put myself.", "Sramota. Pure sramota."]
    {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    assert_eq!(felt("I did not know where to put the spare chairs, so they went by the door."), 0);
    // PF007: a weakness said to be learnable in the next sentence is no
    // trait; "some things can be learned" said of others is no such word.
    let identity = identity_lists(&s);
    assert!(
        collapses(
            "I am bad with invoices, fine. It can be learned in a week with the bookkeeper.",
            &identity
        )
        .is_empty()
    );
    for collapse in [
        "I am bad with invoices. Some things can be learned, not this.",
        "Honestly I'm simply like that, late since school.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
}

/// The shapes added with the voices of round 66, each beside a trap
/// written to look like it.
#[test]
fn sixty_sixth_round_shapes() {
    let s = Settings::default();
    // PF003: a plain verb with where it went ("salt all sink to bottom");
    // not an infinitive, nor whom one heeds ("never listen to the vet").
    let gaps = crate::check::rules::gap_fact_lists(&s);
    assert!(facts_in("pot never stir properly, so sugar all sink to bottom.", &gaps) > 0);
    for none in ["The owners never listen to the vet.", "The boys want to help but never come."] {
        assert_eq!(facts_in(none, &gaps), 0, "{none}");
    }
    // PF009: "got to me" as reaching the writer, with who (someone of the
    // people list) or when.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for none in [
        "Engine stalled at the bridge, and I waited till my brother got to me.",
        "Stuck on the ramp until the tow truck got to me at 0330.",
    ] {
        assert_eq!(felt(none), 0, "{none}");
    }
    assert!(felt("Honestly, the whole thing got to me.") > 0);
}

/// The shapes added with the voices of round 67, each beside a trap
/// written to look like it.
#[test]
fn sixty_seventh_round_shapes() {
    let s = Settings::default();
    // PF007: how the work was done ("the way we always have") is no trait;
    // a verdict taken up again and answered with a count, or put in an
    // earlier self's mouth, is taken back.
    let identity = identity_lists(&s);
    for none in [
        "I thought we'd stock the hatch the way we always have, two on the till.",
        "I'm an idiot, fine. An idiot who's run 60 services clean and one late.",
        "Useless manager, that's me. Or that's what I'd have said on Friday.",
    ] {
        assert!(collapses(none, &identity).is_empty(), "{none}");
    }
    for collapse in [
        "I'm disorganised, always have been.",
        "I'm an idiot. An idiot who never learns.",
        "Turns out I'm the sort of driver who'll chance it every time.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    // PF008: a passive's "wrong" is another's; blaming is no act; a load
    // carried then an act, a kept-up act, a shrug with "else".
    for own in [
        "Had too much on and priced it badly.",
        "I have been taking on three jobs a week since May.",
        "We as a coaching team didn't have them ready for the final.",
        "Didn't have my head in it on the Friday.",
    ] {
        assert!(writer_acts(&s, own), "{own}");
    }
    for none in [
        "We got moved to the wrong pier because the harbour office swapped two names.",
        "I have been blaming myself, but the crane failed at 9 am.",
        "The supplier I had been dealing with went bust in March.",
        "The buyers were difficult, what else can I say.",
    ] {
        assert!(!writer_acts(&s, none), "{none}");
    }
    // PF002: a count of abstract things and a wish not had are no facts.
    let facts = fact_lists(&s);
    for none in [
        "Two or three things, at least, didn't go to plan.",
        "Mortified. Didn't want to face anyone at the depot after.",
    ] {
        assert_eq!(facts_in(none, &facts), 0, "{none}");
    }
    assert!(facts_in("The buyer did not want the second lot.", &facts) > 0);
    // PF009: idioms of feeling; a "my" of things is no picture of the
    // writer.
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "The whole fortnight has been doing my head in.",
        "Lost the booking. Stung a bit.",
        "I went home in a foul temper.",
        "I wasn't fit to talk to all evening.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    // PF006: a day nobody can name is a wish.
    let adjustment = adjustment_lists(&s);
    for wish in [
        "One of these summers I'll fit a second pump to the tank.",
        "Sort out a spare battery for the drone sometime after the season.",
    ] {
        assert!(matches!(testability(wish, &adjustment), Testability::Effort { .. }), "{wish}");
    }
}

/// The shapes added with the voices of round 68, each beside a trap
/// written to look like it.
#[test]
fn sixty_eighth_round_shapes() {
    let s = Settings::default();
    // PF007: one act told after "the guy who", a verdict for one night,
    // the doer named after "nobody else"; traits said outright.
    let identity = identity_lists(&s);
    for none in [
        "Yes, I am the guy who left the float keys in his other coat. Today.",
        "I'm an idiot — for about one evening. Then I'm back to running the till.",
        "Nobody else orders the flour. It's me.",
        "The ledger is the law in this bakery, and I'm the one who made it that way.",
    ] {
        assert!(collapses(none, &identity).is_empty(), "{none}");
    }
    for collapse in [
        "I am the guy who always forgets the keys, that's how I am.",
        "I forget things. It's me.",
        "Losing paperwork is basically my whole personality.",
        "Fifty and still a screw-up.",
        "No amount of training is changing that, I'm slow.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    // PF008: owning phrases; made ready is done; the weather, and a hand
    // everybody had, are not the writer's.
    for own in [
        "The rota, the ovens, the heat. I had a hand in it somewhere.",
        "I just didn't get the crates ready in time.",
        "Should've seen it coming.",
        "Mea culpa.",
    ] {
        assert!(writer_acts(&s, own), "{own}");
    }
    for none in [
        "Rained all week and the walkers stayed away.",
        "The harbour master, the council, the tide: everybody had a hand in it.",
    ] {
        assert!(!writer_acts(&s, none), "{none}");
    }
    // PF009: a state alone before a comma, idioms, an oath; a carcass
    // gutted is dressed, not a feeling, and a taste is the food's.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Disappointed, mostly.",
        "Proper downhearted.",
        "It left a bitter taste in my mouth.",
        "Still sore about the night, tabarnak.",
        "I stood there, gutted, 30 people watching.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    for none in [
        "The butcher gutted three lambs before nine.",
        "The bread came out with a bitter taste and 4 loaves came back.",
    ] {
        assert_eq!(felt(none), 0, "{none}");
    }
    // PF006: who alone may is a standing rule.
    let adjustment = adjustment_lists(&s);
    assert!(!matches!(
        testability("Nobody but the shift lead signs for a delivery.", &adjustment),
        Testability::Untestable { .. }
    ));
}

/// The shapes added with the voices of round 69, each beside a trap
/// written to look like it.
#[test]
fn sixty_ninth_round_shapes() {
    let s = Settings::default();
    // PF008: an act past "just", a clipped "'stead" opens no quotation, the
    // Tagalog and Cebuano "ko"; a way of saying, a proposal, an
    // obligation and news learnt later are no acts.
    for own in [
        "i was just winging it, hey.",
        "Mixed it strong 'stead of weak, off the note I'd wrote out myself.",
        "Sinabi ko kay Ana okay lang, pero hindi ko na-log sa system.",
    ] {
        assert!(writer_acts(&s, own), "{own}");
    }
    for none in [
        "The forecast was wrong, is how I'd put it.",
        "The buyers were not the buyers we were told about. Let's leave it there.",
        "Head office decided again, and down on the floor we must live with it.",
        "The valve had been left open by the night crew, which I read later in the log.",
        "Truck ko depot ke bahar rok diya, koi bataya nahi.",
    ] {
        assert!(!writer_acts(&s, none), "{none}");
    }
    // PF002: "am" before a number is the verb; the writer getting home
    // tells when.
    let facts = fact_lists(&s);
    assert!(facts_in("The gate was locked, so I'm 25 mins late to the briefing.", &facts) > 0);
    for none in [
        "Honestly a kak day. I was so done with it by the time I got home.",
        "Everything got a bit skew over the holidays.",
    ] {
        assert_eq!(facts_in(none, &facts), 0, "{none}");
    }
    // PF009: idioms and Tagalog words of feeling; "afraid to say" brings
    // news, "I was afraid the…" is a fear.
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Sick of the sight of the place by Friday.",
        "Nakakainis. Twelve calls dropped.",
        "I was properly moer toe by lunch.",
        "I was afraid the ladder would slip.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    for none in [
        "Afraid to say the van broke down at the toll gate.",
        "I'm afraid the order went to the wrong branch.",
    ] {
        assert_eq!(felt(none), 0, "{none}");
    }
    // PF007: the Tagalog "this is just how I am", "I won't change".
    let identity = identity_lists(&s);
    for collapse in ["Ganito na talaga ako.", "Hindi na ako magbabago."] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    // PF006: an occasion closing a rule, "ever" for "every", a threshold
    // in percent; a period and "of every" are not.
    let adjustment = adjustment_lists(&s);
    for testable in [
        "The spare pump goes in the van every call-out.",
        "Jo reads the label on the sack back to me ever time I pour the feed.",
        "New starters stay off the till until they score 90% or higher.",
    ] {
        assert_eq!(testability(testable, &adjustment), Testability::Testable, "{testable}");
    }
    for none in [
        "Put the customer at the heart of every decision.",
        "Try to put something aside every month, if it allows.",
    ] {
        assert_ne!(testability(none, &adjustment), Testability::Testable, "{none}");
    }
}

/// The shapes added with the voices of round 70, each beside a trap
/// written to look like it.
#[test]
fn seventieth_round_shapes() {
    let s = Settings::default();
    // PF008: a Swahili or Sheng past of the writer's ("nili-", "si-ku-"),
    // not one of being or knowing; an aside naming whose words came
    // before reports nothing after it, but one that opens the sentence
    // still reports what follows.
    for own in [
        "nilimpea kijana funguo bila kuangalia, na hapo ndio shida ilianza",
        "sikuangalia tyres asubuhi, juu nilikuwa late",
        "Corners were cut, as the saying goes, and I cut them.",
    ] {
        assert!(writer_acts(&s, own), "{own}");
    }
    for none in [
        "nilikuwa pale stage lakini dere alienda bila mimi",
        "As they say, I made my bed and now I lie in it.",
    ] {
        assert!(!writer_acts(&s, none), "{none}");
    }
    // PF003: a Swahili past told of someone else is a mechanism; being
    // and going are not.
    let gaps = crate::check::rules::gap_fact_lists(&s);
    assert!(facts_in("kanjo walipaka yellow line upya usiku, hakuna mtu alijua", &gaps) > 0);
    assert_eq!(facts_in("wiki hiyo ilikuwa mbaya sana, kila kitu ilienda kombo", &gaps), 0);
    // PF009: Cockney and plain idioms of feeling.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Had the hump all afternoon after that fare.",
        "Didn't know whether to laugh or cry.",
        "Scared myself on the last approach.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    assert_eq!(felt("The dog had a hump on its back from the fall."), 0);
}

/// The shapes added with the voices of round 71, each beside a trap
/// written to look like it.
#[test]
fn seventy_first_round_shapes() {
    let s = Settings::default();
    // PF008: "who is me" owns a passive; "Not my call" denies the call,
    // also after a unit that ends its sentence ("90 min.").
    assert!(writer_acts(&s, "The form was never checked again by its owner, who is me."));
    for none in [
        "The consultant held the scan, which added 90 min. Not my call, not my order.",
        "The foreman moved the blast to Tuesday. Not my call.",
    ] {
        assert!(!writer_acts(&s, none), "{none}");
    }
    // PF009: a feeling with its "I" dropped after another sentence;
    // someone else's anger past where they were, a thing counted as
    // "gutted".
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    assert!(felt("Fined at the weigh station, axle overload. Was so ashamed.") > 0);
    for none in [
        "Family in bay 4 was furious about the wait for pain relief.",
        "Two of the new 4/3s were gutted, rats in the container.",
    ] {
        assert_eq!(felt(none), 0, "{none}");
    }
    // PF002: a currency written in letters before its amount; not an
    // English word before a number.
    assert!(facts_in("Stall lost RM40 on the Saturday.", &facts) > 0);
    let read = super::specific::Facts::read(
        &super::text::Analysis::new("Had to try 5 more times, it never worked out."),
        &facts,
    );
    assert!(!read.facts.iter().any(|(_, k)| *k == super::specific::FactKind::Measure));
    // PF007: Afrikaans, Manglish and plain ways of "I am like that".
    let identity = identity_lists(&s);
    for collapse in [
        "Ek is maar net so, bru.",
        "Been like this since school.",
        "Me ah, memang like that one.",
        "Officially the nurse who can't be trusted with a Foley.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    for none in [
        "The old ladder can't be trusted, so I bought a new one.",
        "One cold night does not make me a guide who cannot be trusted with a camp.",
    ] {
        assert!(collapses(none, &identity).is_empty(), "{none}");
    }
    // PF006: a number that bounds a rule, a refusal "full stop"; "at some
    // point" and "sometimes" are wishes, a point before a date is not.
    let adjustment = adjustment_lists(&s);
    for testable in [
        "No more than 3 pallets on a truck, even in peak week.",
        "Kids under 12 sit on the inside bench during the feeds.",
        "Wife holds the float. I don't touch the drawer, full stop.",
    ] {
        assert_eq!(testability(testable, &adjustment), Testability::Testable, "{testable}");
    }
    for none in [
        "Look into one of those booking apps at some point.",
        "Sleep at least 7 hours sometimes, to be human again.",
    ] {
        assert_ne!(testability(none, &adjustment), Testability::Testable, "{none}");
    }
}

/// The shapes added with the voices of round 72, each beside a trap
/// written to look like it.
#[test]
fn seventy_second_round_shapes() {
    let s = Settings::default();
    // PF008: "(by me, …)" names who did the passive before it; a label
    // put on a thing is no name called; "we as a system" is not the
    // writer.
    assert!(writer_acts(
        &s,
        "The crate was labelled with the old address (by me, late on Friday), so it went to Leeds."
    ));
    for none in [
        "The crate was labelled with the old address, so it went to Leeds.",
        "We as a system keep failing the families who wait longest.",
    ] {
        assert!(!writer_acts(&s, none), "{none}");
    }
    // PF009: someone else's anger past where they were and how they came;
    // someone else's body; an Ulster and a Spanish word of feeling.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in ["Absolutely scundered by lunchtime.", "Me quería matar, te juro."] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    for none in [
        "Woman in Finaghy rang back livid about the car.",
        "For two days at the home he couldn't eat properly.",
    ] {
        assert_eq!(felt(none), 0, "{none}");
    }
    // PF002: a count beside its event anchors an outcome against the
    // words model; a label or an hour does not, nor a count beside words
    // that judge the result.
    let spec = |text: &str| {
        super::specific::weighed_specificity(
            text,
            &facts,
            8,
            &OUTCOME_MODEL,
            Some(&super::specific::OUTCOME_WORDS),
        )
    };
    assert_eq!(
        spec("The Sad One, that's what we call the old cracked vat, lost 300 liters overnight."),
        Specificity::Specific
    );
    assert_ne!(
        spec("We had 14 men on standby and 6 tarpaulins out, and well, it was what it was."),
        Specificity::Specific
    );
    // PF007: plain and Indonesian self-verdicts; "if that's me" is a
    // condition.
    let identity = identity_lists(&s);
    for collapse in [
        "Says it all about me really.",
        "At this point it's part of my charm.",
        "Memang saya orangnya pelupa.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    assert!(
        collapses("Whoever is last out does the check, even if that's me.", &identity).is_empty()
    );
}

/// The shapes added with the voices of round 73, each beside a trap
/// written to look like it.
#[test]
fn seventy_third_round_shapes() {
    let s = Settings::default();
    // A name others give a thing is not the writer's verdict or feeling;
    // the writer's own "what I call a disaster" is.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    assert_eq!(felt("Got what the lads at the depot call a heartbreak load: 61 crates."), 0);
    assert!(felt("Sold 4 of 40. That's what I call a heartbreak weekend.") > 0);
    assert_eq!(
        felt("Year thirty on this farm and it went about like a good many of the others."),
        0
    );
    for feeling in ["Not my favourite night.", "Absolutely rapt.", "panic mode na ako by 3pm"] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    // PF008: "by we I mean" someone else; decisions "of mine" and "on my
    // signal" are the writer's.
    assert!(!writer_acts(&s, "we changed the returns policy in May, and by we i mean head office"));
    for own in [
        "Two small decisions of mine, together, made the difference.",
        "The load went onto the truck on my signal, without the second weigh.",
    ] {
        assert!(writer_acts(&s, own), "{own}");
    }
    // PF007: a role denied beside "a real" one; Tagalog and plain "I have
    // always been this way".
    let identity = identity_lists(&s);
    for collapse in [
        "I am not a leader. A real supervisor would not let this happen.",
        "Late on everything, been that way since I was a boy.",
        "Wala talaga akong kwenta sa ganito.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    assert!(collapses("I am not a doctor. A real nurse spotted it first.", &identity).is_empty());
    // PF006: a cap, "Lord willing" is a wish, a Tagalog "whenever".
    let adjustment = adjustment_lists(&s);
    for testable in [
        "No more than 400 hauled a day, even in the fall run.",
        "pag may bagong script, sa akin muna i-test sa mock calls bago i-roll out sa floor",
    ] {
        assert_eq!(testability(testable, &adjustment), Testability::Testable, "{testable}");
    }
    assert_ne!(
        testability("Aim to make a 4,000-pound crop like the old days, Lord willing.", &adjustment),
        Testability::Testable
    );
}

/// The shapes added with the voices of round 74, each beside a trap
/// written to look like it.
#[test]
fn seventy_fourth_round_shapes() {
    let s = Settings::default();
    // PF007: a task kept ("I do the copes, always have") is no trait, and
    // neither is a habit said to be changeable; "useless with money,
    // always have been" still is.
    let identity = identity_lists(&s);
    for none in [
        "I do the copes, always have, cos it's the bit folk see.",
        "I am too soft with relatives on the crew, that's a habit, and habits can be changed.",
    ] {
        assert!(collapses(none, &identity).is_empty(), "{none}");
    }
    for collapse in ["Useless with money, always have been.", "sou burro mesmo, sempre fui"] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    // PF006: the other way refused ("…, or I don't touch it") is a
    // standing rule; "se Deus quiser" is a wish.
    let adjustment = adjustment_lists(&s);
    assert_eq!(
        testability(
            "no more coiling line on the outboard side period. inboard or i dont touch it",
            &adjustment
        ),
        Testability::Testable
    );
    assert_ne!(
        testability("make 5k per month this year, se Deus quiser", &adjustment),
        Testability::Testable
    );
    // PF009 and PF008: Darija, Malayalam and Brazilian words.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in ["Hchouma. Just hchouma.", "tô puto demais", "honestly that one hurt"] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    assert!(writer_acts(&s, "eu vacilei, simple as that"));
}

/// The shapes added with the voices of round 75 (2026-12-07), each with a
/// trap written to look like it.
#[test]
fn seventy_fifth_round_shapes() {
    let s = Settings::default();
    // PF006: an occasion closing a rule, then where it holds.
    let adjustment = adjustment_lists(&s);
    assert_eq!(
        testability("Swap the blade every job on stony ground.", &adjustment),
        Testability::Testable
    );
    assert_ne!(
        testability("Put my heart into every job in this trade.", &adjustment),
        Testability::Testable
    );
    // PF002: a name given in brackets ("so we call …") or closed by "as
    // we call it" is no fact; "so they called the manager" still is one,
    // and so is "as we called the office twice".
    let facts = fact_lists(&s);
    assert_eq!(
        facts_in("The 'grumpy seam' (so we call the joint by the keel) went badly.", &facts),
        0
    );
    assert_eq!(facts_in("The old press, as the lads call it, let us down.", &facts), 0);
    assert!(facts_in("The till jammed, so they called the manager from home.", &facts) > 0);
    assert!(facts_in("As we called the office twice, nobody came.", &facts) > 0);
    // A zero that is an idiom, and the writer's years on earth, count
    // nothing; a real zero and a count of years lost still do.
    assert_eq!(facts_in("The whole business with the loan came to nothing, as usual.", &facts), 0);
    assert_eq!(facts_in("Second time in my 40 years this kind of thing has happened.", &facts), 0);
    assert!(facts_in("We sold nothing at the Saturday market.", &facts) > 0);
    assert!(facts_in("The lawsuit cost us 3 years and the workshop.", &facts) > 0);
    // PF009: the copula dropped after "damn"; two states opening a
    // sentence; "Was" before a state. Not a pair that describes others.
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "The oil caught. I damn scared, hands shaking.",
        "Long shift again. Cold and miserable all the way home.",
        "Was absolutely livid all evening.",
        "Flat tyre on the pass. Kinda sat wrong with me after.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    assert_eq!(felt("Angry and tired customers left the queue at 5."), 0);
    // PF008: a hand in it, the fault "from me".
    assert!(writer_acts(&s, "Tyres, the jack, the spare, the lot. I had a hand in most of it."));
    assert!(writer_acts(&s, "The mistake is from me, I gave the keys to the new boy."));
    // PF007: a verdict said to be fixable is no trait, nor "learnable";
    // "not fixable" still is one. "how I was made" is a fixed nature.
    let identity = identity_lists(&s);
    assert!(collapses("I'm bad at the accounts. Fixable.", &identity).is_empty());
    assert!(!collapses("I'm bad at the accounts. Not fixable.", &identity).is_empty());
    assert!(!collapses("I am slow with everything, that is how I was made.", &identity).is_empty());
}

/// The shapes added with the voices of round 76 (2026-12-07), each with a
/// trap written to look like it.
#[test]
fn seventy_sixth_round_shapes() {
    let s = Settings::default();
    // PF003: a name, then a plain verb with "us" or "me", is something
    // done; not after "somebody" or "Lord" ("Lord forgive me").
    let gaps = crate::check::rules::gap_fact_lists(&s);
    assert!(facts_in("I was below decks when Marcel run us onto the sandbar.", &gaps) > 0);
    assert_eq!(facts_in("It felt like somebody punch me. Lord forgive me.", &gaps), 0);
    // PF009: someone else's anger, after a simile or past a numbered
    // seat; a thing crushed by people; an opinion "felt".
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for none in [
        "Raymond was mad as a hornet and quit on the spot.",
        "The lady in row 4 was furious and got off at the depot.",
        "The mill jammed at ten, so we crushed only half the cane.",
        "I feel the talk did not really land with the board.",
    ] {
        assert_eq!(felt(none), 0, "{none}");
    }
    for feeling in [
        "I was mad as a hornet the whole evening.",
        "I felt the floor tilt when they read the names.",
        "Sick to the back teeth of the whole business.",
        "Sat greetin in the van for ten minutes.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    // PF008: a doing named on the writer's side; orders given; "'we'
    // being the board" taken back. "nothing on my side" owns nothing.
    assert!(writer_acts(&s, "Sloppy checking on my part, plain and simple."));
    assert!(writer_acts(&s, "The scaffold was struck by my order before the rain."));
    assert!(!writer_acts(&s, "Honestly there was nothing on my side. Just one of those days."));
    assert!(!writer_acts(
        &s,
        "We cut the budget in May ('we' being the trustees), so the kiln waited."
    ));
    // PF006: the occasion in a clause of its own at the end, or before
    // "and"; not "…, every time".
    let adjustment = adjustment_lists(&s);
    for testable in [
        "Bring sandwiches and a flask from home, every shift.",
        "I check the tyres every trip and note the pressure.",
        "Kila siku naangalia oil kabla ya safari.",
    ] {
        assert_eq!(testability(testable, &adjustment), Testability::Testable, "{testable}");
    }
    assert_ne!(testability("Give it my best, every time.", &adjustment), Testability::Testable);
    // PF007: "Never has, never will" of a thing named before; a nature
    // named in Cajun, Swahili and Urdu.
    let identity = identity_lists(&s);
    assert!(
        collapses("The 12 bus will never be on time. Never has, never will.", &identity).is_empty()
    );
    assert!(!collapses("I will never keep time. Never have, never will.", &identity).is_empty());
    for collapse in ["I'm a fool, that's all I ever been.", "sitawahi kuwa fundi."] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
}

/// The shapes added with the voices of round 77 (2026-12-07), each with a
/// trap written to look like it.
#[test]
fn seventy_seventh_round_shapes() {
    let s = Settings::default();
    // Reading: Caribbean "neva" is "never", so the writer's act after it
    // is one.
    assert!(writer_acts(&s, "Mi neva check di fuse box before di dance."));
    // PF006: a resolution word after a determiner is a noun ("after any
    // work on the boiler"); "work on my temper" is still a resolution.
    // Spanish "cada" is "every".
    let adjustment = adjustment_lists(&s);
    assert_eq!(
        testability(
            "After any work on the boiler, pressure test at 2 bar and sign the card.",
            &adjustment
        ),
        Testability::Testable
    );
    assert!(matches!(
        testability("Work on my temper with the apprentices.", &adjustment),
        Testability::Generic { .. }
    ));
    assert_eq!(
        testability(
            "Cada viernes, before closing: count the till with Rosa and sign.",
            &adjustment
        ),
        Testability::Testable
    );
    // PF002: a measure stated with "is" is a result, even beside a
    // feeling; a number with no verb beside a feeling still is not.
    let facts = fact_lists(&s);
    assert!(facts_in("My weight is still 82 kg and I am fed up.", &facts) > 0);
    assert_eq!(facts_in("So fed up, honestly, 3 weeks of this.", &facts), 0);
    // PF003: a Patois past ("Lef") told of the writer.
    let gaps = crate::check::rules::gap_fact_lists(&s);
    assert!(facts_in("Lef di speaker cable in di van after di show.", &gaps) > 0);
    // PF009: a bad taste left, heavy about it, went red.
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in ["The whole evening left a sour taste.", "Still heavy about it.", "I went red."]
    {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    // PF007: Patois and Pidgin verdicts; "some man have it" compared.
    let identity = identity_lists(&s);
    for collapse in [
        "Mi a failure, no lie.",
        "I no fit change am, na my nature.",
        "Some man have di selector ting an mi just don't have it.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
}

#[test]
fn seventy_eighth_and_seventy_ninth_round_shapes() {
    let s = Settings::default();
    // PF007: someone else's verdict on the writer, which the writer then
    // says is right; not advice, praise, a verdict denied, agreement
    // doubted, nor agreement about a thing.
    let identity = identity_lists(&s);
    for collapse in [
        "Daddy always said I was born a day late and a dollar short, and I reckon he called it.",
        "My wife says I have a tongue made of teak. We laughed, but she is right, I think.",
        "My father used to say I have soft hands. I laughed then. Now I think the old man saw \
         correctly.",
        "That's who I'll be in this town till they bury me.",
        "I'm a dud with machines.",
        "maybe i just not businessman. father run this mill 30 year no problem.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    for separate in [
        "The skipper said I should check the pump, and he was right.",
        "My boss says I have good instincts, and she is right; this was one bad call.",
        "Mum always says I'm not a failure, and she is right.",
        "Dad always said I watch the sky too little. The forecast was right about the tide.",
        "My maestra used to say I was too dramatic. One bad night does not prove that she was \
         right.",
        "My wife says I have the nose of a bloodhound. Nose part is true.",
        "Dad always said I was a quitter. Then he called it off.",
        "Ask Pieter. That's who I'll be calling next.",
        "I am just not sure which pump it was.",
        "i just not check the pump.",
        "Yes, yes, I am the worst percebeira in all Galicia, put it on the front page. Ha.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    // PF008: what nobody else touches is the writer's (not what nobody
    // else noticed).
    assert!(writer_acts(
        &s,
        "The quote was worked out on the old price list. Nobody else touches that list."
    ));
    assert!(!writer_acts(&s, "The valve failed in the night. Nobody else noticed the alarm."));
    // PF009: madder than, stood there steaming, the heart on the floor.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Waited on the wrecker an hour, madder than a wet cat.",
        "Three ordered, one in the box. Stood there steaming.",
        "I come home with the heart on the floor.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    assert_eq!(felt("The pot sat on the stove steaming."), 0);
    // PF002: a thing named first, then an aside, then what it did; a
    // list of the writer's own steps is still the attempt.
    assert!(
        facts_in("The sack, the whole morning inside it, went with the wave at the point.", &facts)
            > 0
    );
}

#[test]
fn eightieth_round_shapes() {
    let s = Settings::default();
    // PF007: a name others called the writer, agreed with; a lack said
    // to grow; a role the writer will not be again; the writer placed
    // among people sorted in two, the kind left out; "never been in me".
    let identity = identity_lists(&s);
    for collapse in [
        "My grandmother used to call me bukiyō, clumsy with the hands. Honestly she was right.",
        "This is what I am now, an old musician who forgets. It will only get worse from here.",
        "I'm not the fencer I was and I'm not going to be again.",
        "Some men have stone in their hands, see, and some haven't. I've always known which I am.",
        "Fences I can do, but walling's never been in me.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    for separate in [
        "The boys call me at six when the truck is in. She was right about the truck.",
        "This is what I am now, a cook who learns from every burnt pot.",
        "I'm not the one who ordered it, and I'm not going to pay for it.",
        "Some guests pay cash and some pay by card; I asked which they were.",
        "The pump has been in the shed since May.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    // PF008: a chore never got around to, "I was part of it", doing too
    // much myself, "Me, somewhere along the line" (not someone else's
    // chore left).
    for mine in [
        "Never got around to cleaning the burner after the July rains.",
        "A bit of everything went wrong, and I was part of it.",
        "I was trying to do too much myself that week.",
        "Wasn't the wire, wasn't the posts. Me, somewhere along the line.",
    ] {
        assert!(writer_acts(&s, mine), "{mine}");
    }
    assert!(!writer_acts(&s, "Dave never got around to the burner."));
    // PF009: Romanian and Mexican Spanish words of feeling.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in ["Mă doare sufletul.", "Me dio un coraje, the truck came four hours late."] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
}

#[test]
fn eighty_first_round_shapes() {
    let s = Settings::default();
    // PF007: a verdict whose "who" clause holds a spell is still one;
    // Pidgin "me I no get am" and "I be one of those"; "was never built
    // for"; Italian; a denial that answers someone else's word is no
    // verdict.
    let identity = identity_lists(&s);
    for collapse in [
        "I am a failure, a old man who cannot even keep a fire alive for one night.",
        "Some people get head for money, me I no get am.",
        "Some people get owner-head and some people no get am. Maybe I be one of those who no \
         get am.",
        "I was never built for this hustle.",
        "Son fatto così, cosa vuoi.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    for separate in [
        "Maybe for one night I was a failure, and the fire went out.",
        "My son said to me, 'Baba, you are finished, sell the shop.' No. I am not a finished man.",
        "He was a customer I had never built for.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    // PF008: the writer mocked as a title.
    assert!(writer_acts(&s, "Course, genius here knew best. Didn't he just."));
    // PF009: Nepali, British, Pidgin and Arabic words of feeling.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Ke garne, man nai khatta bhayo.",
        "Pretty choked, frankly.",
        "Got the right hump when the bill come in.",
        "Narked and flat all week.",
        "My blood dey boil as I dey write this.",
        "All the night my chest became narrow.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    // PF002: Pidgin "don" marks what happened (not the name Don, nor "wey
    // don" saying who someone is).
    assert!(
        facts_in("Tunde don short me three days running, each time the same story.", &facts) > 0
    );
    assert_eq!(facts_in("Don Pedro was not happy with us.", &facts), 0);
    assert_eq!(facts_in("Me wey don carry this business for head since long.", &facts), 0);
}

#[test]
fn eighty_second_round_shapes() {
    let s = Settings::default();
    // PF007: someone else's "I'd …" agreed with in the same sentence;
    // Tagalog verdicts; "I'm careless" (not "I was careless on the 12th").
    let identity = identity_lists(&s);
    for collapse in [
        "Con says I'd double-book my own funeral and he's right.",
        "Siguro hindi talaga ako pang-negosyo.",
        "Ganun talaga pag pinanganak kang malas, pare.",
        "I'm careless, that's the truth of it.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    for separate in [
        "Con said I would need a bigger van for the 14th.",
        "I was careless on the 12th and the deposit went late.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    // PF008: "me own fault", "help from me", "too much in my head".
    for mine in [
        "Me own fault, one way or another.",
        "Fate had plenty of help from me not paying attention.",
        "I think I was too much in my head with other things.",
    ] {
        assert!(writer_acts(&s, mine), "{mine}");
    }
    // PF009: Tagalog and Argentine words of feeling; an oath.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Hiyang-hiya ako, I said sorry to each one.",
        "Nakakapanlumo talaga, pare.",
        "Me re calenté. The compressor died at 16hs.",
        "Christ almighty. Not again.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
}

#[test]
fn a_lack_in_what_was_said_is_not_a_doubt_of_the_agreement() {
    let s = Settings::default();
    let identity = identity_lists(&s);
    // PF007: the lack is inside the reported verdict; the agreement after
    // "and" or a comma is the writer's.
    for collapse in [
        "Daddy said I was no good with money and he was right.",
        "Daddy said I was no good with money, and he was right.",
        "Mum always told me I would never finish anything and she was right.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    // A doubt in the agreement's own clause still holds it apart.
    for separate in [
        "Daddy said I was no good with money but I doubt he was right.",
        "Daddy said I was no good with money. It does not prove that he was right.",
        "Mum always told me I would never finish anything, if she was right.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
}

#[test]
fn eighty_third_round_shapes() {
    let s = Settings::default();
    // PF007: a verdict supposed against the fact; denied in so many words
    // however far on; a state of these weeks.
    let identity = identity_lists(&s);
    for separate in [
        "If I was the useless woman I feel like tonight, this place would have closed in 2003.",
        "I shouted to the trees: I am a disaster! Rosaria heard me. I thought again. It was one \
         decision. Other years it was right. So no, I am not a disaster.",
        "I'm rubbish at ordering at the minute cos I'm doing it between clients.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    for collapse in [
        "I'm rubbish at ordering, always have been.",
        "If I was honest, I am a useless manager.",
        "Thirty years and can't keep a heater lit. That's the whole story on me, right there.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    // PF008: "nobody told" reports no words; a check of the writer's own.
    for mine in [
        "Nobody told the passengers the landing position because I decided to skip the briefing.",
        "Valve on cylinder 3 was not opened fully, that is my pre-flight check.",
    ] {
        assert!(writer_acts(&s, mine), "{mine}");
    }
    assert!(!writer_acts(
        &s,
        "Nobody told me the valve was changed, so the new part sat in the store."
    ));
    // PF009: Essex and Minnesota feeling; something that will stay.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Card machine went down all day and I was bricking it the entire time.",
        "I was well cheesed off by dinner time.",
        "Had a lousy feeling about the whole thing from the drive in on.",
        "Well. That one's gonna stay with me a while.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    // PF006: "start thinking about" is no change; "by" and a date is when,
    // not how.
    let adjustment = adjustment_lists(&s);
    assert_ne!(
        testability(
            "I'll try to maybe start thinking about a proper booking system by the 1st of next \
             month, if things quieten down.",
            &adjustment
        ),
        Testability::Testable
    );
}

#[test]
fn eighty_fourth_round_shapes() {
    let s = Settings::default();
    // PF007: "not a life sentence"; a rank denied, no role; a verdict held
    // to one doing of the writer's; "the way the Good Lord made me".
    let identity = identity_lists(&s);
    for separate in [
        "Bit set in me ways with the booking side, maybe. That's a habit, not a life sentence.",
        "I'm not the worst and I'm not the best, but I never once took him through Hunts Cross.",
        "Says I'm careless when I fiddle with settings and walk away.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    for collapse in [
        "I'm useless when I have to talk to people.",
        "I got a head for haulin'. That's just the way the Good Lord made me.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    // PF008: someone else's lapse; "as we say" is a saying, no act.
    assert!(!writer_acts(&s, "Somebody upstairs didn't think it through."));
    assert!(writer_acts(&s, "I didn't think it through."));
    assert!(!writer_acts(&s, "Tak wyszło. It came out like that, as we say here."));
    assert!(writer_acts(&s, "I made the call, as I say."));
    // PF009: Kentucky, Hokkaido and Scouse feeling; not a literal heart
    // attack or an engine that shakes.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "I about had a heart attack, had to holler at Miss Pearl.",
        "I been shakin' all evenin' over it.",
        "Calving season this year was very hard for me. Still heart is heavy.",
        "Maa, yappari. Gakkari shita.",
        "Me stood on the drive in me slippers, proper devvo.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    for plain in
        ["The driver had a heart attack at the wheel.", "The engine's been shaking since Monday."]
    {
        assert_eq!(felt(plain), 0, "{plain}");
    }
}

#[test]
fn eighty_fifth_round_shapes() {
    let s = Settings::default();
    // PF007: a place kept is no trait; broken off and refused; finished
    // for a job; "from born".
    let identity = identity_lists(&s);
    for separate in [
        "Got in the door, feet where they'd always been. Didn't fit.",
        "I'm a failure at — nah. Failed one pack-out. Different thing.",
        "The pump had a fault from birth, the dealer said.",
    ] {
        assert!(collapses(separate, &identity).is_empty(), "{separate}");
    }
    for collapse in [
        "Disorganised. Always been.",
        "My legs did not respond like before. I am finished for this job, I know it.",
        "I am an unlucky man from born.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    // PF009: still chewing on it; Indonesian and German feeling.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "End result not what we were going for. Still chewing on it, and not in a good way.",
        "Sedih sekali. Not one thing from this order I can be proud of.",
        "Dat hat mich gewurmt, I must say.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
}

#[test]
fn eighty_sixth_round_shapes() {
    let s = Settings::default();
    // PF009: crying past an adverb, a stomach "'s", Welsh and Swahili
    // feeling; a thing felt is no feeling, nor is a boss's anger.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "The belt went at the far field and I sat on the wheel and honestly cried.",
        "My stomach's still in knots over the tasting.",
        "I was tamping all the way home.",
        "Sikulala. The order went to the other shop.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    for neutral in [
        "Felt the vibration in the gearbox at 3 pm; by 5 pm the shaft was gone.",
        "The patrão was furious and shouted at the loader for ten minutes.",
        "We were tamping the ballast on the siding until 4 and then the train came.",
    ] {
        assert_eq!(felt(neutral), 0, "{neutral}");
    }
    // PF007: a verdict put down to a mood; one role denied after another.
    let identity = identity_lists(&s);
    assert!(
        collapses(
            "Part of me wants to say I'm a failure, but that's the drink talking.",
            &identity
        )
        .is_empty()
    );
    assert!(
        !collapses("I'm not a planner. I'm not an organiser. Never was.", &identity).is_empty()
    );
    assert!(collapses("I'm not a planner. The plan was the office's.", &identity).is_empty());
    // PF008: a "we" taken back by "Meaning X did"; put on the writer;
    // not thinking enough.
    assert!(!writer_acts(
        &s,
        "We moved the stock on Friday. Meaning the warehouse did, without asking."
    ));
    assert!(writer_acts(&s, "We moved the stock on Friday. Meaning it went out before the count."));
    assert!(!writer_acts(&s, "Everyone's problems landed on me that week."));
    assert!(writer_acts(&s, "Did not think enough before the order."));
    // PF006: "next time" with someone else's act, then the change; a
    // thing's act after "before"; fingers crossed is a hope; "one by one"
    // counts nothing.
    let adjustment = adjustment_lists(&s);
    for testable in [
        "Next time a supplier says the truck is loaded, I ask for the photo of the load.",
        "Half up front, the rest before the van leaves their yard.",
    ] {
        assert_eq!(testability(testable, &adjustment), Testability::Testable, "{testable}");
    }
    for untestable in [
        "Next time I will be more careful with the orders.",
        "Aim for a clean audit next round, fingers crossed.",
        "Win the customers back one by one, step by step.",
    ] {
        assert_ne!(testability(untestable, &adjustment), Testability::Testable, "{untestable}");
    }
}

#[test]
fn eighty_seventh_round_shapes() {
    let s = Settings::default();
    // PF003: a plain-form story ("Wind turn southwest", "Wave go up", a
    // name as the object) tells events; not "they add up", a list "I
    // had", or a quoted name.
    let gaps = crate::check::rules::gap_fact_lists(&s);
    let events = |text: &str| facts_in(text, &gaps);
    for told in [
        "Wind turn southwest at 2 pm. Wave go up 2 meter in half an hour.",
        "The agent mix Kenya beans into the Ethiopia sacks.",
    ] {
        assert!(events(told) > 0, "{told}");
    }
    for not_told in [
        "Small things on the first day and they add up.",
        "Not the summer camp I had in my head.",
        "The 'Maths Panic Clinic' did not go the way we hoped.",
    ] {
        assert_eq!(events(not_told), 0, "{not_told}");
    }
    // PF007: a verdict held to one skill and said so.
    let identity = identity_lists(&s);
    assert!(collapses("I'm a failure... at counting stock, that is.", &identity).is_empty());
    assert!(!collapses("I'm a failure. Always have been.", &identity).is_empty());
    // PF008: a quoted "we" that means someone else; Pashto "my mistake".
    assert!(!writer_acts(
        &s,
        "We decided to change the forwarder. Actually 'we' means the owner, I was away."
    ));
    assert!(writer_acts(&s, "Zama ghalati wa. Did not check the stamp."));
    // PF009: a feeling in a clause of its own after the day; a Southern
    // "like to have throwed up"; Urdu "dil khatta". Not an animal's.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Whole week was a write-off, feeling very low.",
        "The bill came to 900 and I like to have throwed up.",
        "All 3 batteries dead. Dil khatta ho gaya.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    assert_eq!(felt("The calf was down all night, feeling very sick by morning."), 0);
}

#[test]
fn eighty_eighth_round_shapes() {
    let s = Settings::default();
    // PF007: a kind of people, and the writer counted among them.
    let identity = identity_lists(&s);
    for collapse in [
        "Some people are just born to lose at cards, and I'm one of them.",
        "Some men are just hands for hire. I am one of them, always was.",
    ] {
        assert!(!collapses(collapse, &identity).is_empty(), "{collapse}");
    }
    assert!(
        collapses("Some people are just faster on the line; Ana is one of them.", &identity)
            .is_empty()
    );
    // PF009: "Great job me"; Spanish and Korean exclaiming; a feeling
    // doubled for force. Not a substance pictured, nor "great job by me".
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Great job me. The pin was never checked.",
        "Qué coraje. The driver came 50 minutes late.",
        "아이고... the belt stopped twice.",
        "The still blocked and I was angry-angry all evening.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    for neutral in [
        "The seal split at noon and steam came out of the lid like a kettle on the stove.",
        "Great job by the night crew: the pin held at 2 tons.",
        "The pipe got blocked and the second batch was lost.",
    ] {
        assert_eq!(felt(neutral), 0, "{neutral}");
    }
}

#[test]
fn eighty_ninth_round_shapes() {
    let s = Settings::default();
    // PF008: a diary's "probably should've".
    assert!(writer_acts(&s, "Probably should've rung the client earlier."));
    assert!(!writer_acts(&s, "Probably the supplier's scale, they never check it."));
    // PF009: French, Ukrainian and Australian feeling.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "J'étais dégoûté. The whole order went back.",
        "Na dushi vazhko after the count was wrong.",
        "bloody cooked after a 10 hr shift on the gate",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    // PF006: "new year new me" is a wish.
    let adjustment = adjustment_lists(&s);
    assert_ne!(
        testability(
            "new year new me. 2026 is the year i stop stuffing up the tills lol",
            &adjustment
        ),
        Testability::Testable
    );
}

#[test]
fn ninetieth_round_shapes() {
    let s = Settings::default();
    // PF008: a diary's "Did it …" and "forget to …", their "I" dropped;
    // not a question.
    assert!(writer_acts(&s, "Did it in a rush, same as every market day."));
    assert!(writer_acts(&s, "forget to lock up the shed, the ladder was gone by morning."));
    assert!(!writer_acts(&s, "Did it matter? The van was late anyway."));
    // PF003: a plain verb after a subject and a time phrase is an event.
    let gaps = crate::check::rules::gap_fact_lists(&s);
    assert!(
        facts_in("the lad who load the van in the evening stack the crates on their side.", &gaps)
            > 0
    );
    // PF007: an act, said not to be the self.
    let identity = identity_lists(&s);
    assert!(
        collapses(
            "I never been good at saying no to regulars, and that is something I do, not something I am.",
            &identity
        )
        .is_empty()
    );
    // PF009: a saying is no force; Spanish and Shetland feeling is.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    assert_eq!(felt("Sales were what they were, if you know, you know."), 0);
    for feeling in ["I could spit, the glaze ran again.", "Me quería morir cuando vi la factura."]
    {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    // PF006: a thing's home, and where it no longer lives, is a rule.
    let adjustment = adjustment_lists(&s);
    assert_eq!(
        testability(
            "The spare head torch lives in the glovebox of the van now, not under the seat.",
            &adjustment
        ),
        Testability::Testable
    );
}

#[test]
fn ninety_first_round_shapes() {
    let s = Settings::default();
    // PF008: over-confidence, a lapse of notice and a route taken to
    // dodge something are the writer's; a client's anger is not.
    assert!(writer_acts(&s, "I was too confident after the dry spring."));
    assert!(writer_acts(&s, "Should have spotted it on the morning walk."));
    assert!(writer_acts(&s, "the back road was taken to dodge the market traffic."));
    // PF009: a feeling closing the writer's sentence, a word said again
    // with "just", and "did me in".
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "I missed the ferry by two minutes, so frustrated.",
        "Lovely. Just lovely. The kiln tripped twice.",
        "That market about did me in.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    assert_eq!(felt("The buyer in Leeds rang, very angry. Half the crates were cracked."), 0);
    // PF002: what would be said "if I had to", is no fact.
    let outcome = fact_lists(&s);
    assert_eq!(
        facts_in("If I had to put a name on the spring I'd call it a poor spring.", &outcome),
        0
    );
    // PF006: a case in a few words and what it rules out; a "no more …"
    // closed by "Ever."
    let adjustment = adjustment_lists(&s);
    assert_eq!(
        super::adjustment::hand_testability(
            "Wet rope, no climb. Whoever is on the ground calls it.",
            &adjustment
        ),
        Testability::Testable
    );
    assert_eq!(
        super::adjustment::hand_testability(
            "no more parking on the hospital lane. ever.",
            &adjustment
        ),
        Testability::Testable
    );
    // PF007: "some men have it and some don't".
    let identity = identity_lists(&s);
    assert!(
        !collapses(
            "Some men have it and some don't, and I am not one of the first lot.",
            &identity
        )
        .is_empty()
    );
}

#[test]
fn ninety_second_round_shapes() {
    let s = Settings::default();
    // PF008: "dunno" is no act, nor is a "we" joined to the weather, nor
    // "we <trade>s in <town> are …"; "doing things anyhow" is conduct.
    assert!(!writer_acts(&s, "Bad luck, I dunno. These things happen."));
    assert!(!writer_acts(&s, "We and every other stall on the quay were unlucky."));
    assert!(!writer_acts(&s, "we tailors in this town are never paid on time."));
    assert!(writer_acts(&s, "i was doing things anyhow that morning."));
    // PF007: a verdict set against its other reading, the writer's act;
    // a name denied that was never a verdict on the self.
    let identity = identity_lists(&s);
    assert!(
        collapses(
            "Clearly I am the worst baker in Leeds. Or I set the oven wrong. I'll go with that.",
            &identity
        )
        .is_empty()
    );
    assert!(
        collapses("He called me useless. I'm not useless, I'm just not daft.", &identity)
            .is_empty()
    );
    // PF009: shame told by size, a call put off.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "I have never felt so small in front of a customer.",
        "Sat in the van ten minutes before I could make myself knock on the door.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    // PF002: a count set short is a fact even beside a feeling; a mark
    // "for me" is a judgement.
    assert!(facts_in("Only 12 tables the whole week. So sad.", &facts) > 0);
    assert_eq!(facts_in("The season for me is 5 from 10.", &facts), 0);
}

/// The shapes of round 93 (2026-12-07, twenty-second session), each
/// written here in other words than the corpus's.
#[test]
fn ninety_third_round_shapes() {
    let s = Settings::default();
    // PF008: the writer's word, meeting or notebook behind a passive.
    assert!(writer_acts(&s, "On my word the crew were sent up the east slope first."));
    assert!(writer_acts(&s, "It was decided at my Monday briefing to skip the second coat."));
    assert!(writer_acts(&s, "The time was written in my diary as ten when the client said two."));
    // PF003: a verdict of the words model that no word weighs towards
    // rests on its prior alone, and is no finding.
    assert_eq!(
        weighed_gap(
            &s,
            "Ravi counted the crates at closing instead of at loading, so two that fell off got \
             marked delivered."
        ),
        Specificity::Specific
    );
    // PF009: one day of a series like another is no image.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    assert_eq!(felt("The third heat went like the second one, a slow start and a fade."), 0);
    assert!(felt("The opening went like the Hindenburg.") > 0);
    // PF002: a job that "didn't come off" tells no event.
    assert_eq!(facts_in("The contract in Leith didn't come off. Next year maybe.", &facts), 0);
    // PF006: a season between two dates; "no more" before what is stopped,
    // not a degree; but "no more problems" stops nothing in particular.
    let adjustment = adjustment_lists(&s);
    for rule in [
        "Snow tyres go on on 15 October and stay on until 15 April.",
        "No more lending the van keys to Pete overnight.",
    ] {
        assert_eq!(testability(rule, &adjustment), Testability::Testable, "{rule}");
    }
    assert!(testability("From now on: no more problems.", &adjustment) != Testability::Testable);
}

/// The shapes of round 94 (2026-12-07, twenty-second session), each
/// written here in other words than the corpus's.
#[test]
fn ninety_fourth_round_shapes() {
    let s = Settings::default();
    // PF008: "it came from me", "me fault" own it; "we <place> people"
    // are a people, and "I'm telling you" insists, no act.
    assert!(writer_acts(&s, "It came from me, I had the wrong week in my head."));
    assert!(writer_acts(&s, "Me fault, the lot of it."));
    assert!(!writer_acts(&s, "We Dundee people never get a dry August."));
    assert!(!writer_acts(&s, "The refs were against us all year, I'm telling you."));
    // PF007: a verdict, then whom it is on.
    let identity = identity_lists(&s);
    assert!(!collapses("Total idiot, me. Should have checked the van.", &identity).is_empty());
    assert!(collapses("Total idiot, me? No. The van was never booked.", &identity).is_empty());
    // PF009: the heart in the throat, a hurt in the stomach.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Drove the whole way back with my heart in my throat.",
        "Forty nets gone. Hurts me in the stomach to count them.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
}

/// The shapes of round 95 (2026-12-08, twenty-third session), each
/// written here in other words than the corpus's.
#[test]
fn ninety_fifth_round_shapes() {
    let s = Settings::default();
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    // PF009: Scots spellings read as the words they stand for; a state
    // after "made me" and a degree, or after another state; "that one
    // hurts"; sore about it, heavy on me, not proud.
    for feeling in [
        "Sat at da back o da hall wi my hert in my mooth.",
        "The audit made me really tired and sad.",
        "The buyer went elsewhere. That one hurts, I'll not lie.",
        "Still sore about the tender.",
        "How the sale went sat heavy on me for days.",
        "Shouted at the courier in front of everyone. Not proud.",
        "Real proud of the stall this year.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    assert_eq!(felt("The rain made me late for the ferry."), 0);
    // PF008: the writer at fault or to blame, and their choice in Scots;
    // "we <people> <trade>s all know" is a people knowing, no act.
    for owned in [
        "I was to blame for the late delivery.",
        "I wis a hunner per cent at fault, nae question.",
        "Mines wis da choice tae skip da tuning.",
    ] {
        assert!(writer_acts(&s, owned), "{owned}");
    }
    assert!(!writer_acts(&s, "We Hmong growers all know the frost comes in March."));
    // PF007: one role held against another as what the writer is; the
    // mother's "you are…" the writer agrees with; counted among those
    // who lack it. Not a plain job, a verdict said to be learnable, nor
    // a superlative mocked with "clearly".
    let identity = identity_lists(&s);
    for verdict in [
        "I am baker, not businessman. That is how it is.",
        "I am just a welder, not a foreman, and I never will be.",
        "Some people have the ear and some don't, and I'm one of the ones who don't.",
        "My father always said: you are a dreamer, not a worker. He was right.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    for answered in [
        "I am a driver, not a mechanic, so I rang one.",
        "I'm a slow reader. Can learn to read faster, though.",
        "Clearly I'm the worst baker in Leeds, which will surprise my regulars.",
        "My aunt said 'you are a dreamer, Sani', and that day maybe she was right.",
    ] {
        assert!(collapses(answered, &identity).is_empty(), "{answered}");
    }
    // PF001: a mark the writer gives is no fact; a count out of ten is.
    assert_eq!(facts_in("Call it a 3 out of 10 weekend.", &facts), 0);
    assert!(facts_in("Sold 3 out of 10 quilts at the show.", &facts) > 0);
    // PF006: a new life vowed; a time said as "a month or two".
    let adjustment = adjustment_lists(&s);
    for vow in [
        "From next week a new life. Everything will be different at the stall.",
        "Maybe in a month or two I'll have the knack of the new till.",
    ] {
        assert!(testability(vow, &adjustment) != Testability::Testable, "{vow}");
    }
}

/// The shapes of round 96 (2026-12-08, twenty-third session), each
/// written here in other words than the corpus's.
#[test]
fn ninety_sixth_round_shapes() {
    let s = Settings::default();
    // PF007: a verdict supposed in an "if" and refuted; "oh yeah" before
    // a superlative; the agreement before what was said; "X's got it, I
    // haven't" of a person, not of a thing; a quoted verdict after "told
    // me I am".
    let identity = identity_lists(&s);
    for answered in [
        "If I am the kind of baker who can't bake, the queue would not be round the corner.",
        "Oh yeah, I'm the worst driver in Kingston, that's why they book me every week.",
        "The van has it, I have not.",
        "He told me I am \"lazy old man\" because the pump failed. Lazy, I don't think.",
    ] {
        assert!(collapses(answered, &identity).is_empty(), "{answered}");
    }
    for verdict in [
        "My husband is right when he say I am slow like a tortoise.",
        "Grandad had the touch. Aoife's got it, I haven't.",
    ] {
        assert!(!collapses(verdict, &identity).is_empty(), "{verdict}");
    }
    // PF008: Geordie "divvent", "certainly" between the writer and the
    // verb, "ask myself" and "suffering" are no acts; "been slacking" is.
    for none in [
        "Nobody knows, I certainly divvent know.",
        "I ask myself every night and still I don't know.",
        "We all suffering with the prices.",
    ] {
        assert!(!writer_acts(&s, none), "{none}");
    }
    assert!(writer_acts(&s, "been slacking on the paperwork, no excuse"));
    // PF009: down in the dumps, a monk on, not looking at the result.
    let facts = fact_lists(&s);
    let felt = |text: &str| crate::check::judge::emotion::emotions(text, &facts).len();
    for feeling in [
        "Down in the dumps about the show all week.",
        "Had a monk on for days after the draw.",
        "Couldn't look at the results.",
    ] {
        assert!(felt(feeling) > 0, "{feeling}");
    }
    for opinion in
        ["i feel like it was quieter than last week", "Couldn't look at the engine till Monday."]
    {
        assert_eq!(felt(opinion), 0, "{opinion}");
    }
    // PF006: a rule with the cases it holds in named ("even for…").
    let adjustment = adjustment_lists(&s);
    assert_eq!(
        testability(
            "No tabs at the bar any more. No tab, even for cousins from my street, even for church people.",
            &adjustment
        ),
        Testability::Testable
    );
}
