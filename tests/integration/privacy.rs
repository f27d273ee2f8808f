//! Private, draft and incubating entries leave no trace in a public build:
//! canary strings in every field, the slug, the tags and the body of each
//! are searched for in every byte of the output, and in every path (the
//! social cards under `cards/` are named by slug).

use crate::util::{TempJournal, read_tree};

const PUBLIC: &str = "---
title: A public failure
date: 2026-03-02
processed: 2026-03-05
tags: [writing]
expectation: 200 sign-ups in the first week from the launch post.
outcome: 31 sign-ups by Friday; 80% came from one forum thread and none from the post.
gap: >-
  I announced to an audience I had never written for and skipped testing
  the headline with five readers first.
adjustment: >-
  Before any launch, I test the headline with five people from the target
  audience and only ship the version at least three of them click.
identity_check: This launch failed; it is data about a strategy in a context, not a verdict on me.
FOLLOWUP---
The public body.
";

/// An entry whose every value carries the canary `c` (kind-specific).
fn secret(c: &str, status: &str) -> String {
    format!(
        "---
title: {c}title
date: 2026-04-01
{status}
slug: {c}slug
tags: [{c}tag, writing]
expectation: {c}expectation and 200 sign-ups in the first week from the post.
outcome: {c}outcome — 31 sign-ups by Friday, 80% from one forum thread.
gap: >-
  {c}gap: I announced to an audience I had never written for and skipped
  testing the headline with five readers first.
adjustment: >-
  {c}adjustment: before any launch, I test the headline with five people
  and ship the version at least three of them click.
identity_check: {c}identity — this launch failed; it is not a verdict on me.
whys: [{c}why1, {c}why2, {c}why3]
decision: pivot
stakes: high
extra:
  note: {c}extra
---
{c}body. Nobody should ever read this outside the journal.
"
    )
}

fn canary_journal() -> (TempJournal, Vec<&'static str>) {
    let canaries = vec!["zqprivatecanary", "zqdraftcanary", "zqincubatingcanary"];
    // The public entry links to each unpublished one, by path, by slug and
    // with an anchor: on the site each link is its text alone.
    let public = PUBLIC.replace("FOLLOWUP", "followup: zqprivatecanaryslug\n").replace(
        "The public body.",
        "The public body, after [the first](2026-04-01-private.md), \
         [the second](@zqdraftcanaryslug#body) and [the third](./2026-04-01-incubating.md#x).",
    );
    let j = TempJournal::with_files(&[
        ("entries/2026-03-02-public.md", &public),
        (
            "entries/2026-04-01-private.md",
            &secret(canaries[0], "processed: 2026-04-04\nprivate: true"),
        ),
        ("entries/2026-04-01-draft.md", &secret(canaries[1], "processed: 2026-04-04\ndraft: true")),
        ("entries/2026-04-01-incubating.md", &secret(canaries[2], "")),
    ]);
    j.write("failfolio.yaml", "title: Canaries\nbase_url: https://example.org/\n");
    (j, canaries)
}

/// Every form a canary could take in the output: as written, slugified,
/// upper-cased, HTML- or JSON-escaped (they are plain ASCII letters, so the
/// escaped forms equal the raw one; the case-insensitive search covers the rest).
fn leaks(tree: &std::collections::BTreeMap<String, Vec<u8>>, canary: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (path, bytes) in tree {
        let lower = String::from_utf8_lossy(bytes).to_lowercase();
        if path.to_lowercase().contains(canary) || lower.contains(canary) {
            found.push(path.clone());
        }
    }
    found
}

#[test]
fn unpublished_entries_leave_no_trace_in_any_byte() {
    let (j, canaries) = canary_journal();
    let run = j.run(&["build", "journal"]).expect(0);
    assert!(
        run.stdout
            .starts_with("Published 1 entry (1 incubating, 1 draft, 1 private not published)"),
        "{}",
        run.stdout
    );
    let tree = read_tree(&j.public());
    assert!(tree.len() > 10, "a site was built");
    for canary in &canaries {
        let found = leaks(&tree, canary);
        assert!(found.is_empty(), "`{canary}` leaked into {found:?}");
    }
    // Social cards are named by slug: only the public entry's and the site's.
    let cards: Vec<&String> = tree.keys().filter(|k| k.starts_with("cards/")).collect();
    assert_eq!(cards, ["cards/public.png", "cards/site.png"]);
    // Counts: one entry, one tag (`writing`); the private-only tags have no page.
    let home = String::from_utf8(tree["index.html"].clone()).unwrap();
    assert!(home.contains("<dd>1</dd>"), "one processed failure on the home page");
    assert!(!tree.keys().any(|k| k.starts_with("tags/")
        && k != "tags/index.html"
        && k != "tags/writing/index.html"));
    // The public entry's follow-up is private: no link and no slug.
    let page = String::from_utf8(tree["entries/public/index.html"].clone()).unwrap();
    assert!(!page.contains("rel=\"next\""));
    assert!(
        page.contains("after the first, the second and the third."),
        "links to unpublished entries are their text alone: {page}"
    );
    let stats = String::from_utf8(tree["stats/index.html"].clone()).unwrap();
    assert!(stats.contains("0 of 1 (0%) tested"), "the private follow-up does not count as a test");
}

#[test]
fn include_private_builds_everything_and_says_so_loudly() {
    let (j, canaries) = canary_journal();
    let run = j.run(&["build", "journal", "--include-private", "-o", "local"]).expect(0);
    assert!(
        run.stderr.contains("--include-private publishes incubating, draft and PRIVATE entries"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("never deploy it"));
    let tree = read_tree(&j.dir.path().join("local"));
    for canary in &canaries {
        assert!(!leaks(&tree, canary).is_empty(), "{canary} should be in a full local build");
    }
    let page = String::from_utf8(tree["entries/zqprivatecanaryslug/index.html"].clone()).unwrap();
    assert!(page.contains("badge-private"), "unpublished entries carry a badge");
}
