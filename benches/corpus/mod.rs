//! A deterministic benchmark journal from word pools, for the `stages`
//! bench and for `cargo bench --bench gen_corpus -- OUT_DIR N [--seed S]`
//! (which `benches/compare.sh` and `benches/watch_latency.py` run).
//!
//! Each entry is a file `YYYY-MM-DD-slug.md` (2015–2024): YAML front matter
//! (`title`, `date`, `processed` 2–6 days later, 3–8 `tags`, and the five
//! fields as JSON-style quoted strings), then a 300–600 word Markdown body
//! with headings, lists, emphasis, links, a fenced code block and, every
//! third entry, a table. Most fields read the way the rules want (numbers
//! in the outcome, "I" or "we" acting for a reason in the gap, a trigger and
//! an action in the adjustment); about one in eight is vague, blames others
//! or judges the self, so the rules have something to report. The same
//! `(n, seed)` gives byte-identical files, ASCII with no `{{`, `{%`, `{#`
//! nor raw HTML (tested in `tests/integration/bench_corpus.rs`).

use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The seed when none is given.
pub(super) const DEFAULT_SEED: u64 = 42;

/// Writes `n` entries into `dir` (created if missing).
pub(super) fn write_journal(dir: &Path, n: usize, seed: u64) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let pools = POOLS.iter().map(|p| p.split_once('=').unwrap());
    let pools = pools.map(|(key, items)| (key, items.split('|').collect())).collect();
    let mut generator = Generator { rng: Rng(seed), pools };
    let mut slugs = HashSet::new();
    for idx in 0..n {
        let (name, text) = generator.entry(idx, &mut slugs);
        std::fs::write(dir.join(name), text)?;
    }
    Ok(())
}

/// SplitMix64 (Steele, Lea and Flood, 2014): tiny, fast, and plenty to pick words.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next_u64() % (hi - lo + 1) as u64) as usize
    }

    /// `k` distinct items, in random order (a partial Fisher–Yates shuffle).
    fn sample<'a>(&mut self, items: &[&'a str], k: usize) -> Vec<&'a str> {
        let mut items = items.to_vec();
        for i in 0..k {
            let j = self.range(i, items.len() - 1);
            items.swap(i, j);
        }
        items.truncate(k);
        items
    }
}

struct Generator {
    rng: Rng,
    /// Each of [`POOLS`] by name, and `act`: the activity of the entry.
    pools: HashMap<&'static str, Vec<&'static str>>,
}

impl Generator {
    /// `template` with each `{key}` replaced by an item of pool `key`,
    /// itself filled (and capitalised when the key is), and `{n:LO-HI}` by a
    /// number in that range.
    fn fill(&mut self, template: &str) -> String {
        let mut out = String::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("unclosed { in a pool");
            out.push_str(&self.word(&rest[open + 1..close]));
            rest = &rest[close + 1..];
        }
        out + rest
    }

    fn word(&mut self, key: &str) -> String {
        if let Some((lo, hi)) = key.strip_prefix("n:").and_then(|r| r.split_once('-')) {
            return self.rng.range(lo.parse().unwrap(), hi.parse().unwrap()).to_string();
        }
        let pool = &self.pools[key.to_ascii_lowercase().as_str()];
        let item = pool[self.rng.range(0, pool.len() - 1)];
        let word = self.fill(item);
        if key.starts_with(|c: char| c.is_ascii_uppercase()) { capitalise(&word) } else { word }
    }

    /// A field: one or two sentences, or now and then a weak one.
    fn field(&mut self, key: &str) -> String {
        let template = match self.rng.range(1, 100) {
            1..=12 => format!("{{{key}_weak}}"),
            13..=48 => format!("{{{key}}} {{{key}_more}}"),
            _ => format!("{{{key}}}"),
        };
        self.fill(&template)
    }

    fn paragraph(&mut self, sentences: usize, link: bool) -> String {
        let mut text: Vec<String> = (0..sentences).map(|_| self.fill("{Sentence}")).collect();
        if link {
            let label = self.word("link");
            let url = format!("https://example.com/notes/{}", slugify(&label));
            text.push(self.word("linked").replace('@', &format!("[{label}]({url})")));
        }
        text.join(" ")
    }

    fn body(&mut self, idx: usize, adjustment: &str) -> String {
        let target = self.rng.range(300, 520);
        let mut out = self.fill("## {heading_what}\n\n");
        let n = self.rng.range(3, 5);
        out += &format!("{}\n\n{}\n\n", self.paragraph(n, true), self.fill("## {heading_when}"));
        let n = self.rng.range(3, 6);
        out.extend(self.rng.sample(&self.pools["item"], n).iter().map(|i| format!("- {i}\n")));
        let n = self.rng.range(2, 4);
        out += &format!("\n{}\n\n{}\n\n", self.fill("## {heading_why}"), self.paragraph(n, false));
        let n = self.rng.range(2, 4);
        out.extend((1..=n).map(|i| format!("{i}. {}\n", self.fill("{Sentence}"))));
        out += &format!("\n{}\n\n", CODE[self.rng.range(0, CODE.len() - 1)]);
        if idx % 3 == 0 {
            out += "| Area | Planned | Actual | Delta |\n| --- | ---: | ---: | ---: |\n";
            let n = self.rng.range(3, 5);
            for area in self.rng.sample(&self.pools["area"], n) {
                let planned = self.rng.range(3, 10) as i64;
                let actual = planned + self.rng.range(0, 14) as i64 - 2;
                let delta = actual - planned;
                out +=
                    &format!("| {} | {planned} h | {actual} h | {delta:+} h |\n", capitalise(area));
            }
            out += "\n";
        }
        out += &format!("{}\n\n> {adjustment}\n", self.fill("## {heading_next}"));
        while out.split_whitespace().count() < target {
            let (n, link) = (self.rng.range(2, 4), self.rng.range(1, 10) <= 3);
            out += &format!("\n{}\n", self.paragraph(n, link));
        }
        if idx % 2 == 0 {
            // Real journals are not plain ASCII: every other body has a
            // dash, which the phrase lists once paid for dearly.
            out = out.replacen(". ", " \u{2014} ", 1);
        }
        out
    }

    /// One entry: its file name and its text.
    fn entry(&mut self, idx: usize, slugs: &mut HashSet<String>) -> (String, String) {
        let acts = &self.pools["acts"];
        let act = acts[self.rng.range(0, acts.len() - 1)];
        self.pools.insert("act", vec![act]);
        let title = self.fill("{verb} {act}{context}");
        let day = self.rng.range(0, 3652) as i64;
        let date = jiff::civil::date(2015, 1, 1) + jiff::Span::new().days(day);
        let processed = date + jiff::Span::new().days(2 + (idx % 5) as i64);
        let n = self.rng.range(3, 8);
        let mut tags = self.rng.sample(&self.pools["tag"], n);
        tags.sort_unstable();
        let base = slugify(&title);
        let mut tries = (1..).map(|k| if k == 1 { base.clone() } else { format!("{base}-{k}") });
        let slug = tries.find(|slug| slugs.insert(slug.clone())).unwrap();
        let mut text = format!("---\ntitle: {}\ndate: {date}\n", quote(&title));
        text += &format!("processed: {processed}\ntags:\n");
        text.extend(tags.iter().map(|tag| format!("  - {tag}\n")));
        let keys = ["expectation", "outcome", "gap", "adjustment", "identity_check"];
        let fields = keys.map(|key| (key, self.field(key)));
        text.extend(fields.iter().map(|(key, value)| format!("{key}: {}\n", quote(value))));
        text += "---\n\n";
        text += &self.body(idx, &fields[3].1);
        (format!("{date}-{slug}.md"), text)
    }
}

fn capitalise(s: &str) -> String {
    let mut s = s.to_string();
    if let Some(first) = s.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    s
}

fn slugify(s: &str) -> String {
    let words = s.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty());
    words.collect::<Vec<_>>().join("-").to_ascii_lowercase()
}

/// A JSON-style double-quoted string.
fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// Fenced code blocks, used as they are.
const CODE: &[&str] = &[
    "```bash\nset -euo pipefail\n./migrate.sh --dry-run\n./migrate.sh --apply\n```",
    "```python\ndef estimate(hours, fudge=2.0):\n    return hours * fudge  # the part I forget\n```",
    "```yaml\nplan:\n  goal: finish the draft\n  deadline: friday\n  buffer_days: 0\n```",
    "```text\n09:00 start deep work\n09:40 still on email\n11:30 first real progress\n```",
    "```sql\nSELECT count(*) FROM tasks\nWHERE due_date < CURRENT_DATE AND status = 'open';\n```",
    "```rust\nfn main() -> Result<(), String> {\n    // TODO: the error path\n    Ok(())\n}\n```",
    "```json\n[\"plan\", \"execute\", \"review\"]\n```",
    "```csv\nweek,planned_hours,actual_hours\n1,10,14\n2,10,19\n3,10,6\n```",
];

/// The word pools, `name=item|item|…`. An item may use pools as `{name}`
/// (`{Name}` capitalises), the entry's activity as `{act}`, and `{n:LO-HI}`.
const POOLS: &[&str] = &[
    "tag=career|health|running|cooking|writing|public-speaking|negotiation|estimation|deadlines|\
        code-review|deployment|debugging|hiring|management|feedback|learning|languages|music|\
        finance|investing|relationships|parenting|sleep|habits|focus|procrastination|\
        communication|planning|side-projects|open-source|testing|architecture|performance|\
        security|design|teaching|travel|fitness|gardening|woodworking",
    "verb=Missed|Botched|Abandoned|Underestimated|Overcommitted to|Fumbled|Rushed|Skipped the \
        prep for|Gave up on|Misjudged|Stalled on|Overengineered|Froze during|Lost track of|Put \
        off|Overran on",
    "acts=the database migration|the roadmap review|the half marathon|the sourdough starter|the \
        conference talk|the salary negotiation|the sprint estimate|the release deadline|the \
        production deploy|the hiring loop|the Spanish lessons|the piano practice plan|the \
        monthly budget|the novel draft|the grant proposal|the side project launch|the load test|\
        the security audit|the API redesign|the workshop for new hires|the vegetable garden|the \
        bookshelf build|the incident postmortem|the kitchen renovation|the data pipeline rewrite|\
        the customer demo|the 5k time trial|the school fundraiser|the podcast interview|the \
        thesis chapter|the choir solo|the print shop order",
    "context=||||| again| by two weeks| on the first try| after promising it twice| during a \
        busy month| while travelling| under a hard deadline| without a plan B| on a Friday \
        afternoon| for the third time| in front of the whole team",
    "unit=days|weeks|evenings|weekends|sprints",
    "when=last year|at my previous job|twice before|in school|last spring",
    "day=Friday|the end of the month|the holiday break|the board meeting|the first of June",
    "goal=ship on time|hit the target|impress the panel|finish before the deadline|stay within \
        budget",
    "name=Priya|Tomas|my manager|Karin|Sam|the team lead|my sister|Jonas|Aiko|Marta",
    "expectation=I expected {act} to take {n:2-6} {unit} and to go without surprises.|I assumed \
        {act} would be routine because I had done something similar {when}.|My plan said {act} \
        would be finished by {day}, with {n:2-4} days to spare.|I thought {n:2-5} {unit} of \
        steady effort on {act} would be enough to {goal}.|I was confident that {act} would \
        {goal} if I followed last year's checklist.|We planned {act} for {n:3-8} {unit} and a \
        budget of {n:200-900} euros.",
    "expectation_more=Nobody on the team disagreed with the plan.|I had blocked {n:2-4} evenings \
        a week for it.|The target was {n:10-60} percent above last time.|I told {name} it would \
        be easy.",
    "expectation_weak=I hoped it would go well.|I expected things to be fine, more or less.",
    "event=the reviewer sent back {n:9-40} comments on the first draft|a dependency upgrade \
        broke {n:3-12} tests the night before|the client rejected {n:2-3} of the {n:4-6} \
        proposals|I finished {n:2-4} of the {n:6-9} sections|the rollback took {n:40-90} minutes \
        while the change itself took {n:5-15}|the deploy script stopped at step {n:3-9} of \
        {n:10-14}|the budget ran over by {n:10-45} percent|I walked the last {n:3-8} kilometres|\
        the panel asked {n:3-7} questions I could not answer|we lost {n:5-9} hours to a typo in \
        the config file|the test suite failed {n:4-11} times in a row|{n:2-5} of the {n:8-14} \
        people dropped out after the first session",
    "outcome=It took {n:7-30} {unit} instead of {n:2-6}, and {event}.|{Event}, and {event}.|We \
        finished {n:2-9} days late: {event}.|{Event}, and {name} had to step in for the last \
        {n:2-4} days.|The team closed {n:2-6} of {n:8-15} tickets, and {event}.|{Event}, so we \
        shipped {n:2-5} days after the promised date.",
    "outcome_more={Event}.|{Name} asked for a second round, which took {n:2-4} more days.|The \
        final score was {n:40-69} out of 100.",
    "outcome_weak=It did not go the way I hoped, to be honest.|Things went sideways and the end \
        result was not in our favour.|The whole thing was a disaster from start to finish.",
    "skipped=skipped the dry run|budgeted for the best case only|never wrote down what done \
        meant|agreed to {n:2-4} extra requests without moving the date|left the hardest part for \
        the last {n:2-3} days|copied last year's plan without checking it|did not ask anyone to \
        check the estimate|said yes to a second project the same month",
    "cause=I assumed the new setup worked like the old one|I wanted to look confident at the \
        kickoff|I assumed it would go the way it went {when}|the first week went well and I \
        relaxed|I measured effort instead of results|I did not want to bother {name} with \
        questions|I trusted my first estimate|the deadline was still {n:4-8} weeks away",
    "gap=I {skipped} because {cause}.|We {skipped}, so the scope grew by {n:20-60} percent \
        before anyone noticed.|Most of the gap came from one decision: I {skipped} because \
        {cause}.|I {skipped}; {cause}, and I did not check until {n:2-5} days before {day}.|We \
        {skipped} because {cause}, and nobody caught the mismatch until the last week.",
    "gap_more=That cost about {n:2-9} hours in the final week.|{Name} had warned me about it in \
        the first week.",
    "gap_weak=Bad luck, mostly, and poor planning.|Things happen; it was just one of those \
        weeks.|The client changed the brief twice and the market turned against us.",
    "occasion=release|talk|long run|migration|client demo|sprint planning|workshop|deploy|exam",
    "action=write a one-page plan with a {n:20-50} percent buffer|schedule a dry run with {name}|\
        send {name} a three-line summary of the plan|book a {n:30-60}-minute review slot in the \
        calendar|multiply my first estimate by {n:2-3}|cut the scope to the {n:2-3} items that \
        matter most|run the whole checklist once on a spare laptop|agree on a written definition \
        of done with {name}|rehearse out loud {n:2-3} times with a timer|set a hard stop at \
        {n:8-10} pm and name a fallback option",
    "adjustment=Before every {occasion}, I {action}.|Before I commit to a date for a {occasion}, \
        I {action}.|On any task longer than {n:2-5} days, I {action}.|For the next {n:3-5} \
        attempts, I will {action} and note the result in my log.|At least {n:2-3} days before \
        each {occasion}, I {action}.",
    "adjustment_more=I will check whether it worked at the next retrospective.|{Name} has agreed \
        to ask me about it in {n:2-4} weeks.",
    "adjustment_weak=Next time I will do better and be more careful.|I will try harder and learn \
        from this.",
    "identity_check=This attempt failed; {sep}.|This plan failed, not me: {sep}.|The failure is \
        about {act}, not about who I am; {sep}.|This attempt failed; {sep}, and I can try again \
        in {n:2-4} weeks.",
    "identity_check_more=The next attempt is already in the calendar.|I would tell a friend \
        exactly the same thing.",
    "identity_check_weak=Honestly, I am just not cut out for this.|I guess I always mess these \
        up.",
    "sep=I am someone who is still learning how to estimate|the plan was wrong, and plans can \
        change|it was a strategy that did not fit the situation|I am a beginner at this who is \
        getting better|it shows a gap in preparation, not a flaw in character|one missed target \
        says little about the next attempt",
    "heading_what=What happened|The situation|Context|Background|How it started",
    "heading_when=Timeline|How it unfolded|Sequence of events|The week in order",
    "heading_why=Why it went wrong|Root causes|Analysis|What I missed",
    "heading_next=What I will try next|Next steps|Changes|The adjustment in practice",
    "sentence={opener}{subject} {predicate}{tail}.|{opener}{subject} {predicate}{tail}.|\
        {opener}{subject} *{predicate}*{tail}.|{opener}{subject} {predicate}, **{aside}**.|It \
        took {n:2-9} {unit} before anyone noticed that {subject} {predicate}.|{opener}{area} was \
        the part I had planned least.|{Name} pointed out that {subject} {predicate}.|Looking at \
        the numbers, {n:2-9} of the {n:10-20} tasks slipped for the same reason.",
    "opener=|||Honestly, |At first, |In hindsight, |By the second week, |Predictably, |To be \
        fair, |Surprisingly, |Looking at my notes, |For the record, |Meanwhile, |Later that day, ",
    "subject=I|I|we|the team|my manager|the client|the coach|the reviewer|everyone involved|\
        nobody",
    "predicate=underestimated how much context switching would cost|kept adding small tasks that \
        nobody had asked for|wrote a detailed plan and then ignored it|waited for motivation \
        instead of starting small|measured the wrong thing for most of the month|asked for help \
        only after the damage was done|confused being busy with making progress|avoided the one \
        conversation that would have fixed it|spent an evening polishing a detail that did not \
        matter|noticed the warning signs and explained them away|took the first estimate at face \
        value|believed the optimistic version of the story",
    "aside=again|as usual|for the second week running|twice in one week",
    "tail=|||| which, in retrospect, was the whole problem| and that cost more than expected| \
        even though the signs were there| because it felt faster at the time| without telling \
        anyone| one more time",
    "link=my earlier notes|this checklist|the original plan|the retrospective template|the \
        incident report|a talk on estimation|the budget sheet",
    "linked=See @ for details.|I kept @ open the whole time.|The same thing is in @, more \
        briefly.|In @ I had already written this down once.",
    "item=Wrote the plan on a Monday and felt good about it|Lost two days to unrelated urgent \
        work|Noticed the first delay and said nothing|Tried to catch up by working late|Skipped \
        the review to save time|Shipped something that was not ready|Asked a friend what they \
        would have done|Realised the estimate was never realistic|Wrote this entry",
    "area=estimate|preparation|execution|review|recovery|communication|sleep|budget",
];
