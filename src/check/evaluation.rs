//! The judgement rules measured against the labelled corpus in
//! `tests/fixtures/judgement/`: field values written by people in many
//! voices (`corpus/`), and whole entries with one planted defect or none
//! (`entries/`). Each has a `dev` half, for tuning, and a `holdout` half,
//! only ever scored.
//!
//! Values are judged the way a user meets them: each is put into an
//! otherwise clean entry, and the whole rule set is run on it; a family's
//! rule flags the value if it reports anything at warning level or above.
//!
//! `cargo test --lib evaluation -- --nocapture` prints the table;
//! `JUDGEMENT_DEBUG=1` also lists the dev values it misjudges. Held-out
//! values are never printed, so that tuning cannot look at them.

#![allow(clippy::print_stdout)] // the evaluation table is this module's report

use std::path::{Path, PathBuf};

use crate::check::judge::model::{Features, Linear};
use crate::check::{Context, Settings, check_entry};
use crate::diagnostic::{Diagnostic, Level};
use crate::journal::parse;

/// The fixed "today" of the evaluation.
fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 23)
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/judgement")
}

/// One labelled value. A label is `None` when its author did not give it.
#[derive(Debug, Clone, serde::Deserialize)]
pub(crate) struct Item {
    pub field: String,
    pub text: String,
    #[serde(default)]
    pub specific: Option<bool>,
    #[serde(default)]
    pub emotional: Option<bool>,
    #[serde(default)]
    pub agency: Option<bool>,
    #[serde(default)]
    pub testable: Option<bool>,
    #[serde(default)]
    pub collapse: Option<bool>,
    #[serde(default)]
    pub trap: bool,
    /// The persona who wrote it (filled in on loading).
    #[serde(skip)]
    pub persona: String,
}

#[derive(serde::Deserialize)]
struct CorpusFile {
    persona: Persona,
    items: Vec<Item>,
}

#[derive(serde::Deserialize)]
struct Persona {
    id: String,
    /// `en` unless the values are mostly in another language, which the
    /// built-in (English) lists are not meant to judge.
    #[serde(default = "english")]
    language: String,
}

fn english() -> String {
    "en".into()
}

/// The half of the corpus a value belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Half {
    Dev,
    Holdout,
}

impl Half {
    fn dir(self) -> &'static str {
        match self {
            Half::Dev => "dev",
            Half::Holdout => "holdout",
        }
    }
}

/// Every English value of one half, in file order.
pub(crate) fn corpus(half: Half) -> Vec<Item> {
    corpus_in(half, true)
}

/// The values of one half in English (`english`) or in other languages.
pub(crate) fn corpus_in(half: Half, english: bool) -> Vec<Item> {
    let dir = fixtures().join("corpus").join(half.dir());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    // `JUDGEMENT_ONLY=p35,p36` scores only those personas (say, new voices
    // before any tuning on them).
    if let Ok(only) = std::env::var("JUDGEMENT_ONLY") {
        let wanted: Vec<&str> = only.split(',').collect();
        files.retain(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            wanted.iter().any(|w| name.starts_with(w))
        });
    }
    files
        .iter()
        .flat_map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let file: CorpusFile =
                serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let mut items =
                if (file.persona.language == "en") == english { file.items } else { Vec::new() };
            for item in &mut items {
                item.persona.clone_from(&file.persona.id);
            }
            items
        })
        .collect()
}

/// A rule family: which values it judges, which label marks a defect,
/// and which rule reports it.
pub(crate) struct Family {
    pub name: &'static str,
    pub code: &'static str,
    /// Whether the family judges `item`, and if so whether it is a defect.
    pub defect: fn(&Item) -> Option<bool>,
    /// The file of the learned model its rule ships, if it decides by one.
    pub model: Option<&'static str>,
    /// The file of the words model its rule ships, if any
    /// ([`words_model`]).
    pub words_model: Option<&'static str>,
}

pub(crate) const FAMILIES: &[Family] = &[
    Family {
        name: "outcome: vague",
        model: Some("specific_outcome.json"),
        words_model: Some("words_outcome.json"),
        code: "PF002",
        defect: |i| (i.field == "outcome").then_some(!i.specific?),
    },
    Family {
        name: "outcome: emotional",
        model: None,
        words_model: Some("words_feeling.json"),
        code: "PF009",
        defect: |i| (i.field == "outcome").then_some(i.emotional?),
    },
    Family {
        name: "gap: vague",
        model: Some("specific_gap.json"),
        words_model: Some("words_gap.json"),
        code: "PF003",
        defect: |i| (i.field == "gap").then_some(!i.specific?),
    },
    Family {
        name: "gap: no agency",
        model: None,
        words_model: None,
        code: "PF008",
        defect: |i| (i.field == "gap").then_some(!i.agency?),
    },
    Family {
        name: "adjustment: not testable",
        model: Some("testable_adjustment.json"),
        words_model: None,
        code: "PF006",
        defect: |i| (i.field == "adjustment").then_some(!i.testable?),
    },
    Family {
        name: "identity: collapse",
        model: None,
        words_model: Some("words_identity.json"),
        code: "PF007",
        defect: |i| matches!(i.field.as_str(), "identity_check" | "body").then_some(i.collapse?),
    },
];

/// A clean entry, with `field` set to `text` (the body, for `body`).
fn entry_with(field: &str, text: &str) -> String {
    let q = |s: &str| serde_json::to_string(s).unwrap();
    let mut fields = vec![
        ("expectation", "200 sign-ups in the first week from the launch post.".to_string()),
        (
            "outcome",
            "31 sign-ups by Friday; 80% came from one forum thread and none from the post."
                .to_string(),
        ),
        (
            "gap",
            "I announced to an audience I had never written for and skipped testing the headline with five readers first."
                .to_string(),
        ),
        (
            "adjustment",
            "Before any launch, I test the headline with five people from the target audience and only ship the version at least three of them click."
                .to_string(),
        ),
        (
            "identity_check",
            "This launch failed; it is data about a strategy in a context, not a verdict on me."
                .to_string(),
        ),
    ];
    let mut body = "What happened, briefly.\n".to_string();
    if field == "body" {
        body = format!("{text}\n");
    } else if let Some(slot) = fields.iter_mut().find(|(k, _)| *k == field) {
        slot.1 = text.to_string();
    }
    let mut out =
        String::from("---\ntitle: A corpus value\ndate: 2026-03-02\nprocessed: 2026-03-05\n");
    for (k, v) in fields {
        out.push_str(&format!("{k}: {}\n", q(&v)));
    }
    out.push_str("---\n");
    out.push_str(&body);
    out
}

/// Every finding on one entry's text, checked alone.
pub(crate) fn findings(settings: &Settings, source: String) -> Vec<Diagnostic> {
    let rel = Path::new("entries/2026-03-02-corpus-value.md");
    let parsed = parse::parse(rel, source);
    let mut out = parsed.diagnostics;
    if let Some(entry) = parsed.entry {
        let cx = Context::of_entries([&entry], settings, today());
        check_entry(&cx, &entry, &mut out);
    }
    out
}

fn flagged(findings: &[Diagnostic], code: &str) -> Option<Level> {
    findings.iter().filter(|d| d.code == code && d.level >= Level::Warning).map(|d| d.level).max()
}

/// Counts for one family on one half.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Score {
    pub tp: usize,
    pub fp: usize,
    pub fneg: usize,
    pub tn: usize,
    /// Clean values flagged at error level.
    pub clean_errors: usize,
    /// Traps (values written to fool a naive matcher), and how many of
    /// them were judged right.
    pub traps: usize,
    /// Traps judged right.
    pub traps_right: usize,
}

impl Score {
    pub(super) fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 { 1.0 } else { self.tp as f64 / (self.tp + self.fp) as f64 }
    }
    pub(super) fn recall(&self) -> f64 {
        if self.tp + self.fneg == 0 { 1.0 } else { self.tp as f64 / (self.tp + self.fneg) as f64 }
    }
    pub(super) fn n(&self) -> usize {
        self.tp + self.fp + self.fneg + self.tn
    }
}

/// Scores every family on `items`; lists dev misjudgements when `show`.
pub(crate) fn score_items(settings: &Settings, items: &[Item], show: bool) -> Vec<Score> {
    let mut scores = vec![Score::default(); FAMILIES.len()];
    for item in items {
        let found = findings(settings, entry_with(&item.field, &item.text));
        for (family, score) in FAMILIES.iter().zip(scores.iter_mut()) {
            let Some(defect) = (family.defect)(item) else { continue };
            let level = flagged(&found, family.code);
            match (defect, level.is_some()) {
                (true, true) => score.tp += 1,
                (false, true) => score.fp += 1,
                (true, false) => score.fneg += 1,
                (false, false) => score.tn += 1,
            }
            if item.trap {
                score.traps += 1;
                score.traps_right += usize::from(defect == level.is_some());
            }
            if !defect && level == Some(Level::Error) {
                score.clean_errors += 1;
                if show {
                    println!("  ERR {:<25} {:?}", family.name, item.text);
                }
            }
            if show && defect != level.is_some() {
                let kind = if defect { "FN" } else { "FP" };
                let why = found
                    .iter()
                    .find(|d| d.code == family.code)
                    .map(|d| format!(" — {}", d.message))
                    .unwrap_or_default();
                println!("  {kind} {:<26} {:?}{why}", family.name, item.text);
            }
        }
    }
    scores
}

/// An entry of `entries/`, with the defect its author planted (or none).
pub(crate) struct PlantedEntry {
    pub path: PathBuf,
    pub source: String,
    pub defect: Option<&'static str>,
}

/// The rule that should find a planted defect.
fn defect_code(defect: &str) -> Option<&'static str> {
    Some(match defect {
        "vague-outcome" => "PF002",
        "emotional-outcome" => "PF009",
        "vague-gap" => "PF003",
        "no-agency" => "PF008",
        "untestable-adjustment" => "PF006",
        "collapse" => "PF007",
        _ => return None,
    })
}

/// The personas of one half whose values are not in English.
fn other_languages(half: Half) -> Vec<String> {
    let dir = fixtures().join("corpus").join(half.dir());
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            serde_yaml::from_str::<CorpusFile>(&text).is_ok_and(|f| f.persona.language != "en")
        })
        .filter_map(|p| Some(p.file_stem()?.to_string_lossy().into_owned()))
        .collect()
}

/// The English entries of one half, with their `defect:` line taken out.
pub(crate) fn planted_entries(half: Half) -> Vec<PlantedEntry> {
    let dir = fixtures().join("entries").join(half.dir());
    let skip = other_languages(half);
    let mut paths: Vec<PathBuf> = walkdir::WalkDir::new(&dir)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .filter(|p| {
            let persona = p.parent().and_then(|d| d.file_name()).unwrap_or_default();
            !skip.iter().any(|s| persona == s.as_str())
        })
        .filter(|p| {
            // `JUDGEMENT_ONLY`, as for the values.
            let persona = p.parent().and_then(|d| d.file_name()).unwrap_or_default();
            let persona = persona.to_string_lossy();
            std::env::var("JUDGEMENT_ONLY")
                .map_or(true, |only| only.split(',').any(|w| persona.starts_with(w)))
        })
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let mut defect = None;
            let mut source = String::new();
            for line in text.split_inclusive('\n') {
                if let Some(value) = line.strip_prefix("defect:") {
                    let value = value.split('#').next().unwrap_or("").trim();
                    defect = defect_code(value);
                    assert!(
                        value == "none" || defect.is_some(),
                        "{}: unknown defect {value}",
                        path.display()
                    );
                    continue;
                }
                if line.trim_start().starts_with('#') && source.matches("---").count() < 2 {
                    // The template's comment lines after `defect:`.
                    continue;
                }
                source.push_str(line);
            }
            PlantedEntry { path, source, defect }
        })
        .collect()
}

/// Entry-level figures: defects found by the right rule, clean entries
/// with any warning or error.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct EntryScore {
    pub defects: usize,
    pub found: usize,
    pub clean: usize,
    pub clean_flagged: usize,
}

pub(crate) fn score_entries(settings: &Settings, half: Half, show: bool) -> EntryScore {
    let mut score = EntryScore::default();
    for entry in planted_entries(half) {
        let found = findings(settings, entry.source.clone());
        let loud: Vec<&Diagnostic> = found.iter().filter(|d| d.level >= Level::Warning).collect();
        let name = entry.path.file_name().unwrap().to_string_lossy().into_owned();
        match entry.defect {
            Some(code) => {
                score.defects += 1;
                if loud.iter().any(|d| d.code == code) {
                    score.found += 1;
                } else if show {
                    println!("  missed {code} in {name}");
                }
            }
            None => {
                score.clean += 1;
                if !loud.is_empty() {
                    score.clean_flagged += 1;
                    if show {
                        for d in loud {
                            println!("  flagged clean {name}: {} {}", d.code, d.message);
                        }
                    }
                }
            }
        }
    }
    score
}

/// Prints the table for both halves; returns (dev, holdout).
pub(crate) fn report(settings: &Settings) -> ((Vec<Score>, EntryScore), (Vec<Score>, EntryScore)) {
    let show = std::env::var_os("JUDGEMENT_DEBUG").is_some();
    if show {
        println!("dev values misjudged:");
    }
    let dev = score_items(settings, &corpus(Half::Dev), show);
    let dev_entries = score_entries(settings, Half::Dev, show);
    // While tuning, the held-out half is not even scored: a figure looked
    // at after every change is a figure tuned on. `JUDGEMENT_HOLDOUT=1`
    // scores it (CI always does).
    let score_holdout =
        std::env::var_os("JUDGEMENT_HOLDOUT").is_some() || std::env::var_os("CI").is_some();
    let (holdout, holdout_entries) = if score_holdout {
        (
            score_items(settings, &corpus(Half::Holdout), false),
            score_entries(settings, Half::Holdout, false),
        )
    } else {
        (vec![Score::default(); FAMILIES.len()], EntryScore::default())
    };
    println!(
        "{:<26} {:>5} {:>6} {:>6} {:>4} {:>6}   {:>5} {:>6} {:>6} {:>4} {:>6}",
        "family", "dev n", "P", "R", "err", "traps", "hold", "P", "R", "err", "traps"
    );
    let traps = |s: &Score| {
        if s.traps == 0 { 1.0 } else { s.traps_right as f64 / s.traps as f64 }
    };
    for ((family, d), h) in FAMILIES.iter().zip(&dev).zip(&holdout) {
        println!(
            "{:<26} {:>5} {:>6.3} {:>6.3} {:>4} {:>6.3}   {:>5} {:>6.3} {:>6.3} {:>4} {:>6.3}",
            family.name,
            d.n(),
            d.precision(),
            d.recall(),
            d.clean_errors,
            traps(d),
            h.n(),
            h.precision(),
            h.recall(),
            h.clean_errors,
            traps(h)
        );
    }
    for (half, e) in [("dev", dev_entries), ("holdout", holdout_entries)] {
        println!(
            "entries {half:<8} defects found {}/{}   clean entries flagged {}/{}",
            e.found, e.defects, e.clean_flagged, e.clean
        );
    }
    ((dev, dev_entries), (holdout, holdout_entries))
}

/// Floors per family, (precision, recall), set a little under what was
/// measured when the judgement was last changed (see docs/judgement.md):
/// they catch regressions. Dev, then held out. (Lowered where fresh voices
/// brought lower figures before any change: most recently round
/// twenty-five's, to held-out gap recall 0.93, held-out agency recall
/// 0.93, dev adjustment precision 0.95, dev identity recall 0.88; and
/// round thirty-nine's held pair, which brought held-out agency
/// precision to 0.9098 before any change: 0.90; and round
/// seventy-eight's dev voices, which brought dev identity precision just
/// under 0.99 (0.990 rounded) before any change: 0.985.)
///
/// (precision, recall).
type Floor = (f64, f64);

const FLOORS: &[(&str, Floor, Floor)] = &[
    ("outcome: vague", (0.97, 0.88), (0.96, 0.74)),
    ("outcome: emotional", (0.98, 0.89), (0.96, 0.74)),
    ("gap: vague", (0.97, 0.95), (0.96, 0.93)),
    ("gap: no agency", (0.93, 0.93), (0.90, 0.93)),
    ("adjustment: not testable", (0.95, 0.97), (0.96, 0.95)),
    ("identity: collapse", (0.985, 0.88), (0.96, 0.80)),
];

/// How many clean values a family may flag at error level: dev, held out.
/// (The goal is none; see docs/judgement.md for the values that are.)
/// (Held out 5 since the words models of round fifteen, 8 before them;
/// 6 since round seventeen's two fresh held-out voices brought 5 vague
/// gaps at error before any change. Dev 10 since rounds seventeen and
/// nineteen: two voices wrote their gaps mostly in Swahili and Spanish,
/// which the English lists do not read; 12 with round twenty-one. Held
/// out 7 since round twenty-two's fresh pair brought one identity check
/// at error before any change. Dev 13 since round twenty-seven: "I agreed
/// swap only by SMS with Zbyszek, not on paper form" reads "agreed" as a
/// state, as it is in "like we agreed". Held out 8 since round
/// twenty-nine's fresh pair brought one identity check at error before
/// any change. Dev 15 since round thirty-one: "I got outbid, simple as
/// that." tells its event in three words, too few to name with what, and
/// the gap model retrained on it weighs "I see it and still I go out"
/// (present forms for a past) as no mechanism. Dev 16 since round
/// thirty-four: the gap model retrained on it weighs "Never charge the
/// Grab tablet the night before. Just leave it in the drawer…" (a
/// diary told in base forms) as no mechanism. Held out 9 since round
/// thirty-seven's fresh pair brought one identity check at error before
/// any change; 10 since round forty-two's fresh pair brought one gap at
/// error before any change. Dev 17 since round forty-four's fresh voices
/// brought one gap at error before any change: "The swamp kauri had a
/// resin pocket … the mill's scanner doesn't pick them up" tells its
/// mechanism as a thing that has a part and a present "doesn't", which
/// the event reading does not take. Dev back to 16 in round forty-six,
/// which taught that reading what a thing will not or does not do ("the
/// sheep won't go up the race"); held out 11 since round forty-six's
/// fresh pair brought one gap at error before any change. Dev 18 since
/// round forty-eight's fresh voices brought two gaps at error before any
/// change: "…and it saw marmot near the hill" (a thing told by "it",
/// which the event reading takes for an abstract subject) and "the USB
/// stick was formatted some way that speaker can play only first track"
/// ("some way" is a vague phrase, and the mechanism after it is told in
/// a present "can play".) Held out 12 since the words models retrained
/// before round fifty (kept on cross-validation alone, before any
/// held-out look) put one more clean identity check at error and took
/// one gap off, and round fifty's fresh pair brought one gap at error
/// before any change: identity 12, gap 11. Held out 13 since round
/// fifty-three's fresh pair brought one identity check at error before
/// any change (its fresh look, at 160d5d1). Held out 14 since round
/// fifty-nine's fresh pair brought one gap at error before any change
/// (its fresh look, at 27737f1), and the dev mends of that round did not
/// take another off. Back to 13 after round sixty-one, whose dev mends
/// took one held-out gap off (which one was not read). Held out 14 again
/// since round sixty-five's fresh pair brought one identity check at
/// error before any change (its fresh look, at ecafda8). Dev 19 since
/// round sixty-six's fresh dev voices brought two gaps at error before
/// any change (Singlish mechanisms told in plain forms), of which the
/// round's mends took one off ("salt all sink to bottom"), not the other
/// ("ice bath go warm, … meat go soft and grey"). Held out 15 since round
/// seventy's fresh pair brought one identity check at error before any
/// change (its fresh look, at 82faf33), and the round's dev mends did not
/// take it off. Held out 16 since round seventy-two's fresh pair did the
/// same (its fresh look, at bd58c89). Dev 20 since round seventy-seven's
/// fresh dev voices brought two gaps at error before any change (at
/// 2a55df0), of which the round's mends took one off ("Lef di dubplate
/// box", a Patois past), not the other ("Didn't temperature-correct the
/// hydrometer. Checked it hot…": a judging word as a verb, and "it" for
/// the thing). Held out 17 since round eighty's fresh pair brought one
/// identity check at error before any change (its fresh look, at
/// ad9fc1b), and the round's dev mends did not take it off. Held out 18
/// since round ninety-two's fresh pair brought one more identity check
/// at error before any change (its fresh look, at 730184a; the whole
/// held-out half was not looked at again after the round's mends).
const CLEAN_ERRORS: (usize, usize) = (20, 18);

#[test]
fn evaluation_corpus() {
    let settings = Settings::default();
    let ((dev, dev_entries), (holdout, holdout_entries)) = report(&settings);
    let mut below = Vec::new();
    for ((family, d), h) in FAMILIES.iter().zip(&dev).zip(&holdout) {
        let (_, dev_floor, held_floor) =
            FLOORS.iter().find(|f| f.0 == family.name).expect("every family has floors");
        let mut check = |half: &str, s: &Score, (p, r): Floor, limit: usize| {
            if s.n() > 0 && (s.precision() < p || s.recall() < r) {
                below.push(format!(
                    "{} {half}: P={:.3} R={:.3}, floors P>={p} R>={r}",
                    family.name,
                    s.precision(),
                    s.recall()
                ));
            }
            if s.clean_errors > limit {
                below.push(format!(
                    "{} {half}: {} clean values at error level",
                    family.name, s.clean_errors
                ));
            }
        };
        check("dev", d, *dev_floor, CLEAN_ERRORS.0);
        check("held out", h, *held_floor, CLEAN_ERRORS.1);
    }
    if dev_entries.defects > 0 && dev_entries.found * 100 < dev_entries.defects * 90 {
        below.push(format!(
            "dev entries: {}/{} defects found",
            dev_entries.found, dev_entries.defects
        ));
    }
    if holdout_entries.defects > 0 && holdout_entries.found * 100 < holdout_entries.defects * 85 {
        below.push(format!(
            "held-out entries: {}/{} defects found",
            holdout_entries.found, holdout_entries.defects
        ));
    }
    assert!(dev.iter().all(|s| s.n() > 0));
    assert!(below.is_empty(), "below the floors:\n{}", below.join("\n"));
}

/// Every corpus value, cut short or cut from the front, checks without a
/// panic. A reading that looks a word ahead broke once on a value that
/// ended where a shape began ("…and then we packed up like always."), and
/// random bytes never reach such shapes: real writing, cut where a writer
/// might stop or start, does. Each value is cut at one word (a different
/// place for each value: its first part for even-numbered values, the
/// rest for odd ones) and checked in its own field of a clean entry.
/// Held-out values too: a panic is not a judgement, and only the persona
/// and place are printed.
#[test]
fn every_value_cut_anywhere_checks_without_panic() {
    let settings = Settings::default();
    let mut checked = 0;
    for half in [Half::Dev, Half::Holdout] {
        let items = corpus_in(half, true).into_iter().chain(corpus_in(half, false));
        for (n, item) in items.enumerate() {
            let text = item.text.as_str();
            // Where each word ends.
            let ends: Vec<usize> = text
                .char_indices()
                .map(|(i, c)| i + c.len_utf8())
                .filter(|&end| {
                    !text[..end].ends_with(char::is_whitespace)
                        && (end == text.len() || text[end..].starts_with(char::is_whitespace))
                })
                .collect();
            let cut = ends.get((n * 7) % ends.len().max(1)).copied().unwrap_or(0);
            let part = if n % 2 == 0 { &text[..cut] } else { &text[cut..] };
            let source = entry_with(&item.field, part.trim());
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                findings(&settings, source)
            }));
            assert!(
                outcome.is_ok(),
                "check panicked on {}'s {} value #{n} cut at byte {cut}",
                item.persona,
                item.field
            );
            checked += 1;
        }
    }
    assert!(checked > 10_000, "only {checked} values");
}

/// The features a family's rule reads from `item`, if the family judges it.
fn family_features(family: &Family, settings: &Settings, item: &Item) -> Option<Features> {
    use crate::check::judge::{adjustment, agency, identity, specific, text::Analysis};
    use crate::check::rules::{
        adjustment_lists, agency_lists, fact_lists, gap_fact_lists, identity_lists,
    };
    (family.defect)(item)?;
    let text = item.text.as_str();
    Some(match family.code {
        "PF002" => specific::Facts::read(&Analysis::new(text), &fact_lists(settings)).features,
        "PF003" => specific::Facts::read(&Analysis::new(text), &gap_fact_lists(settings)).features,
        "PF009" => crate::check::judge::emotion::emotion_features(text, &fact_lists(settings)),
        "PF008" => agency::agency_features(text, &agency_lists(settings)),
        "PF006" => adjustment::testability_features(text, &adjustment_lists(settings)),
        "PF007" => identity::collapse_features(text, &identity_lists(settings)),
        _ => return None,
    })
}

/// The hand-written decision: for the families that ship a model, the
/// facts read (none, or too few words, is a defect); for the others, the
/// rule as it runs.
fn hand_rule(family: &Family, settings: &Settings, item: &Item) -> bool {
    use crate::check::judge::{specific, text::Analysis};
    use crate::check::rules::{fact_lists, gap_fact_lists};
    let words = crate::check::phrases::word_count(&item.text);
    match family.code {
        "PF002" => {
            words < 8
                || specific::Facts::read(&Analysis::new(&item.text), &fact_lists(settings))
                    .facts
                    .is_empty()
        }
        "PF003" => {
            words < 8
                || specific::Facts::read(&Analysis::new(&item.text), &gap_fact_lists(settings))
                    .facts
                    .is_empty()
        }
        "PF009" => {
            !crate::check::judge::emotion::emotions(&item.text, &fact_lists(settings)).is_empty()
        }
        "PF007" => {
            let lists = crate::check::rules::identity_lists(settings);
            !crate::check::judge::identity::collapses(&item.text, &lists).is_empty()
        }
        "PF006" => {
            use crate::check::judge::adjustment::{Testability, hand_testability};
            use crate::check::rules::adjustment_lists;
            hand_testability(&item.text, &adjustment_lists(settings)) != Testability::Testable
        }
        _ => {
            let found = findings(settings, entry_with(&item.field, &item.text));
            flagged(&found, family.code).is_some()
        }
    }
}

/// "P/R" of `flag` over rows of (model score, hand verdict, has the
/// defect): the tools' figures for a model and a hybrid.
fn precision_recall(
    rows: &[(f64, bool, bool)],
    flag: &dyn Fn(&(f64, bool, bool)) -> bool,
) -> String {
    let tp = rows.iter().filter(|r| flag(r) && r.2).count();
    let fp = rows.iter().filter(|r| flag(r) && !r.2).count();
    let pos = rows.iter().filter(|r| r.2).count();
    format!("{:.3}/{:.3}", tp as f64 / (tp + fp).max(1) as f64, tp as f64 / pos.max(1) as f64)
}

/// The model a family's rule ships, if any.
fn shipped_model(family: &Family) -> Option<&'static Linear> {
    use crate::check::judge::{adjustment::ADJUSTMENT_MODEL, specific};
    match family.code {
        "PF002" => Some(&specific::OUTCOME_MODEL),
        "PF003" => Some(&specific::GAP_MODEL),
        "PF006" => Some(&ADJUSTMENT_MODEL),
        _ => None,
    }
}

/// Precision and recall of `predict` on the items a family judges.
fn score_with(
    family: &Family,
    items: &[(Features, bool, bool)],
    predict: &dyn Fn(&Features, bool) -> bool,
) -> Score {
    let _ = family;
    let mut score = Score::default();
    for (features, hand, defect) in items {
        let flagged = predict(features, *hand);
        match (*defect, flagged) {
            (true, true) => score.tp += 1,
            (false, true) => score.fp += 1,
            (true, false) => score.fneg += 1,
            (false, false) => score.tn += 1,
        }
    }
    score
}

/// The hand-written rules against a logistic regression over the same
/// features: dev figures for the model by leave-one-persona-out
/// cross-validation, held-out figures (with `JUDGEMENT_HOLDOUT=1`) for a
/// model trained on all of dev. `TRAIN_MODELS=1` also writes the models
/// the rules ship (`src/check/judge/models/`), trained on all of dev.
///
/// `TRAIN_MODELS=1 cargo test --release --lib hand_rules -- --ignored --nocapture`
#[test]
#[ignore = "a tool: trains and compares models (a minute in release)"]
fn hand_rules_against_a_learned_model() {
    let settings = Settings::default();
    let dev = corpus(Half::Dev);
    let holdout =
        std::env::var_os("JUDGEMENT_HOLDOUT").is_some() || std::env::var_os("CI").is_some();
    let held = if holdout { corpus(Half::Holdout) } else { Vec::new() };
    println!(
        "{:<26} {:>15} {:>15}   {:>15} {:>15}",
        "family", "hand dev P/R", "model cv P/R", "hand hold P/R", "model hold P/R"
    );
    // `MODEL_FAMILY=PF006` looks at one family.
    let only = std::env::var("MODEL_FAMILY").ok();
    for family in FAMILIES.iter().filter(|f| only.as_deref().is_none_or(|c| c == f.code)) {
        let rows = |items: &[Item]| -> Vec<(Features, bool, bool, String)> {
            items
                .iter()
                .filter_map(|item| {
                    let defect = (family.defect)(item)?;
                    let features = family_features(family, &settings, item)?;
                    let hand = hand_rule(family, &settings, item);
                    Some((features, hand, defect, item.persona.clone()))
                })
                .collect()
        };
        let dev_rows = rows(&dev);
        let held_rows = rows(&held);
        // `MODEL_DEBUG=1`: the dev values the hand rule passes, with the
        // shipped model's score, their label and their features' values.
        if let (Some(shipped), Some(_)) = (shipped_model(family), std::env::var_os("MODEL_DEBUG")) {
            for item in &dev {
                let (Some(defect), Some(f)) =
                    ((family.defect)(item), family_features(family, &settings, item))
                else {
                    continue;
                };
                if !hand_rule(family, &settings, item) {
                    println!(
                        "{} {:+.2} {:?} {}",
                        if defect { "DEFECT" } else { "clean " },
                        shipped.score(&f),
                        f.iter().map(|x| (x.1 * 100.0).round() / 100.0).collect::<Vec<_>>(),
                        item.text
                    );
                }
            }
        }
        let strip = |r: &[(Features, bool, bool, String)]| -> Vec<(Features, bool, bool)> {
            r.iter().map(|(f, h, d, _)| (f.clone(), *h, *d)).collect()
        };
        let hand_dev = score_with(family, &strip(&dev_rows), &|_, hand| hand);
        // Leave one persona out.
        let personas: std::collections::BTreeSet<&str> =
            dev_rows.iter().map(|r| r.3.as_str()).collect();
        let mut cv = Score::default();
        // The hand rule or the model: what a hybrid would flag.
        let mut either_cv = Score::default();
        // Each dev value's score from the model that did not see its
        // writer, to choose the operating point on.
        let mut cv_scores: Vec<(f64, bool)> = Vec::new();
        // The same, with the hand rule's verdict: for the hybrid.
        let mut cv_hybrid: Vec<(f64, bool, bool)> = Vec::new();
        for persona in &personas {
            let train: Vec<(Features, bool)> = dev_rows
                .iter()
                .filter(|r| r.3 != *persona)
                .map(|(f, _, d, _)| (f.clone(), *d))
                .collect();
            let model = Linear::train(&train, 0.001);
            let test: Vec<(Features, bool, bool)> =
                strip(&dev_rows.iter().filter(|r| r.3 == *persona).cloned().collect::<Vec<_>>());
            cv_scores.extend(test.iter().map(|(f, _, d)| (model.score(f), *d)));
            cv_hybrid.extend(test.iter().map(|(f, h, d)| (model.score(f), *h, *d)));
            let s = score_with(family, &test, &|f, _| model.predict(f));
            cv.tp += s.tp;
            cv.fp += s.fp;
            cv.fneg += s.fneg;
            cv.tn += s.tn;
            let s = score_with(family, &test, &|f, hand| hand || model.predict(f));
            either_cv.tp += s.tp;
            either_cv.fp += s.fp;
            either_cv.fneg += s.fneg;
            either_cv.tn += s.tn;
        }
        let all: Vec<(Features, bool)> =
            dev_rows.iter().map(|(f, _, d, _)| (f.clone(), *d)).collect();
        let mut model = Linear::train(&all, 0.001);
        // Precision first: the lowest threshold at which the
        // cross-validated dev precision reaches the floor the product
        // promises (a clean value flagged costs more than a miss).
        let threshold = (0..=40)
            .map(|k| f64::from(k) * 0.1)
            .find(|&t| {
                let tp = cv_scores.iter().filter(|(s, d)| *s > t && *d).count();
                let fp = cv_scores.iter().filter(|(s, d)| *s > t && !*d).count();
                tp + fp == 0 || tp as f64 / (tp + fp) as f64 >= 0.95
            })
            .unwrap_or(0.0);
        let tp = cv_scores.iter().filter(|(s, d)| *s > threshold && *d).count();
        let fp = cv_scores.iter().filter(|(s, d)| *s > threshold && !*d).count();
        let positives = cv_scores.iter().filter(|(_, d)| *d).count();
        println!(
            "  threshold {threshold:.1}: dev cv P/R {:.3}/{:.3}",
            tp as f64 / (tp + fp).max(1) as f64,
            tp as f64 / positives.max(1) as f64
        );
        // "Hand or model" at a few thresholds: what a hybrid rule would
        // give, cross-validated.
        let hybrid: Vec<String> = [0.0, 1.0, 2.0, 3.0]
            .iter()
            .map(|&t| format!("{t:.0}: {}", precision_recall(&cv_hybrid, &|r| r.1 || r.0 > t)))
            .collect();
        println!("  hand or model above t, dev cv: {}", hybrid.join(", "));
        model.bias -= threshold;
        let hand_held = score_with(family, &strip(&held_rows), &|_, hand| hand);
        let model_held = score_with(family, &strip(&held_rows), &|f, _| model.predict(f));
        println!(
            "{:<26} {:>7.3}/{:<7.3} {:>7.3}/{:<7.3}   {:>7.3}/{:<7.3} {:>7.3}/{:<7.3}",
            family.name,
            hand_dev.precision(),
            hand_dev.recall(),
            cv.precision(),
            cv.recall(),
            hand_held.precision(),
            hand_held.recall(),
            model_held.precision(),
            model_held.recall()
        );
        let either_held =
            score_with(family, &strip(&held_rows), &|f, hand| hand || model.predict(f));
        println!(
            "  hand or model: dev cv {:.3}/{:.3}, held out {:.3}/{:.3}",
            either_cv.precision(),
            either_cv.recall(),
            either_held.precision(),
            either_held.recall()
        );
        if let (Some(file), Some(_)) = (family.model, std::env::var_os("TRAIN_MODELS")) {
            let path =
                Path::new(env!("CARGO_MANIFEST_DIR")).join("src/check/judge/models").join(file);
            let json = serde_json::to_string_pretty(&model).unwrap();
            std::fs::write(&path, json + "\n").unwrap();
            println!("  wrote {}", path.display());
        }
    }
}

/// The words model of each family (`judge::model::WordsModel`): a
/// logistic regression over the words of a value (each word and each pair
/// of words in the writer's own voice, kept only when at least three
/// training voices use it) and the hand reading's verdict, cross-validated
/// by voice like the models above. Prints the model alone and "hand or
/// model" at a few thresholds; `JUDGEMENT_HOLDOUT=1` adds the held-out
/// aggregates of a model trained on all of dev; `TRAIN_MODELS=1` writes
/// the model of a family that ships one (`Family::words_model`).
///
/// `MODEL_FAMILY=PF007 cargo test --release --lib words_model -- --ignored --nocapture`
#[test]
#[ignore = "a tool: trains and compares the words models (half a minute a family in release)"]
fn words_model() {
    use crate::check::judge::model::{WordsModel, word_tokens};
    use std::collections::{BTreeSet, HashMap};
    let code = std::env::var("MODEL_FAMILY").unwrap_or_else(|_| "PF007".into());
    let Some(family) = FAMILIES.iter().find(|f| f.code == code) else { return };
    let settings = Settings::default();
    let rows = |items: &[Item]| -> Vec<(Vec<String>, bool, bool, String)> {
        items
            .iter()
            .filter_map(|item| {
                let defect = (family.defect)(item)?;
                let hand = hand_rule(family, &settings, item);
                let tokens = word_tokens(&crate::check::judge::text::Analysis::new(&item.text));
                Some((tokens, hand, defect, item.persona.clone()))
            })
            .collect()
    };
    let dev = rows(&corpus(Half::Dev));
    // Which voices use each token: a word only one or two writers use
    // teaches their voice, not the defect.
    let mut voices: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for (t, _, _, p) in &dev {
        for w in t {
            voices.entry(w.as_str()).or_default().insert(p.as_str());
        }
    }
    // The penalty and the fewest voices a word needs: chosen on the dev
    // cross-validation (`WORDS_L2`, `WORDS_VOICES` to try others).
    let env = |name: &str, default: f64| {
        std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
    };
    let (l2, min_voices) = (env("WORDS_L2", 0.002), env("WORDS_VOICES", 3.0) as usize);
    let train = |rows: &[&(Vec<String>, bool, bool, String)], skip: Option<&str>| {
        let samples: Vec<(&[String], bool, bool)> =
            rows.iter().map(|(t, h, d, _)| (t.as_slice(), *h, *d)).collect();
        let keep = |t: &str| {
            voices.get(t).is_some_and(|v| {
                v.len() - usize::from(skip.is_some_and(|s| v.contains(s))) >= min_voices
            })
        };
        WordsModel::train(&samples, keep, l2)
    };
    let personas: BTreeSet<&str> = dev.iter().map(|r| r.3.as_str()).collect();
    let mut scored: Vec<(f64, bool, bool)> = Vec::new();
    for p in &personas {
        let rest: Vec<_> = dev.iter().filter(|r| r.3 != *p).collect();
        let model = train(&rest, Some(p));
        scored.extend(dev.iter().filter(|r| r.3 == *p).map(|r| (model.score(&r.0, r.1), r.1, r.2)));
    }
    let report = |name: &str, scored: &[(f64, bool, bool)]| {
        let pr = |flag: &dyn Fn(&(f64, bool, bool)) -> bool| precision_recall(scored, flag);
        let line: Vec<String> = [0.0, 1.0, 2.0]
            .iter()
            .map(|&t| {
                format!("t{t:.0} model {} hybrid {}", pr(&|r| r.0 > t), pr(&|r| r.1 || r.0 > t))
            })
            .collect();
        println!("{name}: hand {} | {}", pr(&|r| r.1), line.join(" | "));
    };
    report(&format!("{} dev cv", family.name), &scored);
    // `WORDS_SINCE=528`: the shipped model against the cross-validated
    // one on the dev voices from that number on, which the shipped model
    // was not trained on (a fair comparison before shipping a retraining).
    if let (Some(since), Some(file)) = (std::env::var("WORDS_SINCE").ok(), family.words_model) {
        let since: u32 = since.parse().unwrap_or(u32::MAX);
        let number = |p: &str| p[1..].split('-').next().and_then(|n| n.parse::<u32>().ok());
        let unseen =
            |r: &&(Vec<String>, bool, bool, String)| number(&r.3).is_some_and(|n| n >= since);
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/check/judge/models").join(file);
        let shipped = WordsModel::parse(&std::fs::read_to_string(path).unwrap()).unwrap();
        let fresh: Vec<_> = dev.iter().filter(unseen).collect();
        let shipped_scored: Vec<(f64, bool, bool)> =
            fresh.iter().map(|r| (shipped.score(&r.0, r.1), r.1, r.2)).collect();
        report(&format!("{} shipped, dev from p{since}", family.name), &shipped_scored);
        let mut cv: Vec<(f64, bool, bool)> = Vec::new();
        for p in &personas {
            if number(p).is_none_or(|n| n < since) {
                continue;
            }
            let rest: Vec<_> = dev.iter().filter(|r| r.3 != *p).collect();
            let model = train(&rest, Some(p));
            cv.extend(dev.iter().filter(|r| r.3 == *p).map(|r| (model.score(&r.0, r.1), r.1, r.2)));
        }
        report(&format!("{} retrained cv, dev from p{since}", family.name), &cv);
    }
    let all: Vec<_> = dev.iter().collect();
    let model = train(&all, None);
    if std::env::var_os("JUDGEMENT_HOLDOUT").is_some() {
        let held = rows(&corpus(Half::Holdout));
        let scored: Vec<(f64, bool, bool)> =
            held.iter().map(|r| (model.score(&r.0, r.1), r.1, r.2)).collect();
        report(&format!("{} held out", family.name), &scored);
    }
    if let (Some(file), Some(_)) = (family.words_model, std::env::var_os("TRAIN_MODELS")) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/check/judge/models").join(file);
        std::fs::write(&path, serde_json::to_string_pretty(&model).unwrap() + "\n").unwrap();
        println!("wrote {} ({} words)", path.display(), model.words.len());
    }
}

/// What `failfolio explain` shows of each text rule is true: its failing
/// example fails it and its passing example passes, in an otherwise clean
/// entry, with the models the rules ship.
#[test]
fn each_text_rules_examples_fail_and_pass_as_documented() {
    let settings = Settings::default();
    let text_rules = ["PF002", "PF003", "PF006", "PF007", "PF008", "PF009"];
    for rule in crate::check::RULES.iter().filter(|r| text_rules.contains(&r.code())) {
        let doc = rule.doc().join("\n");
        let blocks: Vec<&str> =
            doc.split("```yaml").skip(1).filter_map(|block| block.split("```").next()).collect();
        assert_eq!(blocks.len(), 2, "{}: a failing and a passing example", rule.code());
        for (block, fails) in blocks.iter().zip([true, false]) {
            let example: std::collections::BTreeMap<String, String> =
                serde_yaml::from_str(block).unwrap();
            let (key, value) = example.into_iter().next().unwrap();
            let found = findings(&settings, entry_with(&key, &value));
            assert_eq!(
                flagged(&found, rule.code()).is_some(),
                fails,
                "{} on its {} example: {value}",
                rule.code(),
                if fails { "failing" } else { "passing" }
            );
        }
    }
}
