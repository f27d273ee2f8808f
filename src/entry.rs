//! One failure entry: its front matter as written and what failfolio derives
//! from it (slug, stage, visibility). Pure data, no I/O.
//!
//! [`FrontMatter`] is the single description of the entry format: the parser
//! deserializes into it and `failfolio schema` is generated from it.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::PathBuf;

use jiff::civil::{Date, DateTime};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer};

/// Every top-level key an entry's front matter may carry, in the order the
/// documentation lists them. Any other key is reported as unknown.
pub(crate) const KNOWN_KEYS: &[&str] = &[
    "title",
    "date",
    "processed",
    "tags",
    "expectation",
    "outcome",
    "gap",
    "adjustment",
    "identity_check",
    "whys",
    "decision",
    "stakes",
    "followup",
    "private",
    "draft",
    "slug",
    "allow",
    "extra",
];

/// The five fields of the After-Action Review card, in reading order, with
/// their display labels' keys in the translations (`i18n/en.yaml`).
pub(crate) const CARD_FIELDS: &[(&str, &str)] = &[
    ("expectation", "card.expectation"),
    ("outcome", "card.outcome"),
    ("gap", "card.gap"),
    ("adjustment", "card.adjustment"),
    ("identity_check", "card.identity_check"),
];

/// The front matter of a failfolio entry: one failure, processed.
///
/// Every field is optional at this level: a missing required field is a
/// finding of rule PF001, reported with its location, not a parse failure.
/// The JSON Schema (`failfolio schema`) is generated from this type.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(default)]
#[schemars(
    title = "failfolio entry",
    description = "The YAML front matter of one failure in a failfolio journal: an After-Action Review (expectation, outcome, gap, adjustment) plus an identity check, re-encountered after incubation.",
    deny_unknown_fields
)]
pub struct FrontMatter {
    /// What failed, in one line.
    #[schemars(required)]
    pub title: Option<String>,
    /// When the outcome became known: `YYYY-MM-DD`, optionally with a time `HH:MM`.
    #[schemars(required)]
    pub date: Option<When>,
    /// When you re-encountered it after incubation (at least 24 hours, ideally 48, after `date`). Until then the entry is incubating and never published.
    pub processed: Option<When>,
    /// Topics, for the tag pages, e.g. `[writing, launch]`.
    pub tags: Vec<String>,
    /// After-Action Review 1: what was supposed to happen? Required once processed.
    pub expectation: Option<String>,
    /// After-Action Review 2: what actually happened, as facts — numbers, times, who did what. Required once processed.
    pub outcome: Option<String>,
    /// After-Action Review 3: why were there differences, specifically, and what was within your control? Required once processed.
    pub gap: Option<String>,
    /// After-Action Review 4: a specific, testable change for the next attempt — when it applies and what you will do or measure. Required once processed.
    pub adjustment: Option<String>,
    /// What this says about the attempt, as opposed to about you ("this attempt failed", not "I am a failure"). Required once processed.
    pub identity_check: Option<String>,
    /// The 5 Whys: ask "why?" of each answer, most immediate cause first (at least 3).
    pub whys: Option<Vec<String>>,
    /// Pivot (change the strategy) or persevere (refine the execution).
    pub decision: Option<Decision>,
    /// How much was at risk: low, medium or high.
    pub stakes: Option<Stakes>,
    /// The slug of a later entry that tested this entry's adjustment.
    pub followup: Option<String>,
    /// Never published when true.
    pub private: bool,
    /// Not ready: never published when true.
    pub draft: bool,
    /// The URL segment: lowercase letters, digits and hyphens. Default: the file name without its date prefix.
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"))]
    pub slug: Option<String>,
    /// Rules silenced for this entry, by code or name, e.g. `[PF009]` or
    /// `[objective-outcome]`. PF000 and PF001 cannot be silenced.
    pub allow: Vec<String>,
    /// Free-form data for your templates, as `entry.extra`.
    pub extra: BTreeMap<String, serde_json::Value>,
}

impl FrontMatter {
    /// The text of one of the string fields by its key, if it is one.
    pub fn text(&self, key: &str) -> Option<&str> {
        match key {
            "title" => self.title.as_deref(),
            "expectation" => self.expectation.as_deref(),
            "outcome" => self.outcome.as_deref(),
            "gap" => self.gap.as_deref(),
            "adjustment" => self.adjustment.as_deref(),
            "identity_check" => self.identity_check.as_deref(),
            "followup" => self.followup.as_deref(),
            "slug" => self.slug.as_deref(),
            _ => None,
        }
    }
}

/// `pivot` or `persevere`: the decision after the failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// The strategy was flawed: change it.
    Pivot,
    /// The strategy is sound: refine the execution.
    Persevere,
}

impl Decision {
    /// The lowercase name used in front matter and templates.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Pivot => "pivot",
            Decision::Persevere => "persevere",
        }
    }
}

/// `low`, `medium` or `high`: how much was exposed in the attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Stakes {
    /// Little at risk.
    Low,
    /// Real but bounded consequences.
    Medium,
    /// A lot at risk.
    High,
}

impl Stakes {
    /// The lowercase name used in front matter and templates.
    pub fn as_str(self) -> &'static str {
        match self {
            Stakes::Low => "low",
            Stakes::Medium => "medium",
            Stakes::High => "high",
        }
    }
}

/// A date with an optional time of day, as written in front matter
/// (`2026-03-02` or `2026-03-02 14:30`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct When {
    /// The moment; midnight when no time was given.
    pub at: DateTime,
    /// Whether the author gave a time of day.
    pub has_time: bool,
}

/// Whether `s` looks like `YYYY-MM-DD`, optionally followed by ` HH:MM`,
/// `THH:MM` or either with `:SS`: the forms [`When::parse`] reads. Other
/// text (`March 3, 2026`) gets a message naming the form, not the date
/// parser's internals.
fn has_date_shape(s: &str) -> bool {
    let digits = |part: &str, n: usize| part.len() == n && part.bytes().all(|b| b.is_ascii_digit());
    let (date, time) = match s.get(10..) {
        Some("") | None => (s, None),
        Some(rest) if rest.starts_with([' ', 'T']) => (&s[..10], Some(&rest[1..])),
        Some(_) => return false,
    };
    let mut d = date.split('-');
    let date_ok = matches!((d.next(), d.next(), d.next(), d.next()),
        (Some(y), Some(m), Some(day), None) if digits(y, 4) && digits(m, 2) && digits(day, 2));
    let time_ok = time.is_none_or(|t| {
        let parts: Vec<&str> = t.split(':').collect();
        matches!(parts.len(), 2 | 3) && parts.iter().all(|p| digits(p, 2))
    });
    date_ok && time_ok
}

impl When {
    /// Parses `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]` or `YYYY-MM-DDTHH:MM[:SS]`.
    pub fn parse(s: &str) -> Result<When, String> {
        let s = s.trim();
        if !has_date_shape(s) {
            return Err(format!("`{s}` is not a date in the form YYYY-MM-DD"));
        }
        let has_time = s.len() > 10;
        let why = |e: jiff::Error| {
            let e = e.to_string();
            let e = e.strip_prefix("parsed date is not valid: ").unwrap_or(&e).to_string();
            format!("`{s}` is not a valid date: {e}")
        };
        if has_time {
            let at: DateTime = s.parse().map_err(why)?;
            Ok(When { at, has_time })
        } else {
            let date: Date = s.parse().map_err(why)?;
            Ok(When { at: date.to_datetime(jiff::civil::Time::midnight()), has_time })
        }
    }

    /// The calendar date.
    pub fn date(&self) -> Date {
        self.at.date()
    }

    /// Whole hours from `self` to `later` (negative when `later` is earlier).
    pub fn hours_until(&self, later: &When) -> i64 {
        let secs = later.at.duration_since(self.at).as_secs();
        secs / 3600
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.has_time {
            write!(f, "{}", self.at.strftime("%Y-%m-%d %H:%M"))
        } else {
            write!(f, "{}", self.at.date())
        }
    }
}

impl JsonSchema for When {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "When".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$",
            "description": "A date, `YYYY-MM-DD`, optionally followed by a time: `2026-03-02 14:30`.",
            "examples": ["2026-03-02", "2026-03-02 14:30"]
        })
    }
}

impl<'de> Deserialize<'de> for When {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        When::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Where an entry is in the loop *attempt → observe → extract → adjust*.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// No `processed` date yet: held in incubation, never published.
    Incubating,
    /// Re-encountered after incubation: publishable unless private or draft.
    Processed,
}

/// Who may see an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Visibility {
    /// Published by `build` once processed.
    Public,
    /// `draft: true`: not ready, never published.
    Draft,
    /// `private: true`: never published.
    Private,
}

/// A loaded, parsed entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Path relative to the journal root, with `/` separators.
    pub path: PathBuf,
    /// The file's full text, exactly as read (diagnostics quote it).
    pub source: String,
    /// Byte offset in `source` where the Markdown body starts.
    pub body_start: usize,
    /// 1-based line number where the body starts.
    pub body_line: usize,
    /// The parsed front matter.
    pub front_matter: FrontMatter,
    /// Where each front-matter key and value is in `source`.
    pub keys: KeyIndex,
    /// The URL segment, from `slug:` or the file name.
    pub slug: String,
    /// The folder name of each of `front_matter.tags`, in order (computed
    /// once: listings and checks of a large journal look them up often).
    pub tag_segments: Vec<Result<String, crate::paths::SegmentError>>,
    /// The body's links to other entries, headings and static files.
    pub links: Vec<crate::links::Link>,
}

impl Entry {
    /// The Markdown body.
    pub fn body(&self) -> &str {
        &self.source[self.body_start..]
    }

    /// The title, or the slug when the title is missing.
    pub fn title(&self) -> &str {
        self.front_matter.title.as_deref().unwrap_or(&self.slug)
    }

    /// Whether the entry has been re-encountered after incubation.
    pub fn stage(&self) -> Stage {
        if self.front_matter.processed.is_some() { Stage::Processed } else { Stage::Incubating }
    }

    /// Whether the author keeps it out of public builds.
    pub fn visibility(&self) -> Visibility {
        if self.front_matter.private {
            Visibility::Private
        } else if self.front_matter.draft {
            Visibility::Draft
        } else {
            Visibility::Public
        }
    }

    /// Whether a public `build` publishes this entry (given it has no errors).
    pub fn is_publishable(&self) -> bool {
        self.stage() == Stage::Processed && self.visibility() == Visibility::Public
    }

    /// The moment the entry is ready to be re-encountered: `date` + `hours`.
    pub fn ready_at(&self, hours: i64) -> Option<DateTime> {
        let date = self.front_matter.date?;
        date.at.checked_add(jiff::SignedDuration::from_hours(hours)).ok()
    }
}

/// Where one top-level front-matter key and its value are in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeySpan {
    /// The key as written (quotes removed).
    pub name: String,
    /// Byte range of the key in the source.
    pub key: Range<usize>,
    /// Byte range of the value in the source: from its first character to
    /// the end of its last non-blank line. Empty (at the key's end) when the
    /// key has no value.
    pub value: Range<usize>,
}

/// The positions of all top-level keys of one entry's front matter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyIndex {
    keys: Vec<KeySpan>,
}

impl KeyIndex {
    /// An index of `keys`, in source order.
    pub(crate) fn new(keys: Vec<KeySpan>) -> KeyIndex {
        KeyIndex { keys }
    }

    /// The span of `name`, the first occurrence if the key repeats.
    pub fn get(&self, name: &str) -> Option<&KeySpan> {
        self.keys.iter().find(|k| k.name == name)
    }

    /// All keys in source order.
    pub fn iter(&self) -> impl Iterator<Item = &KeySpan> {
        self.keys.iter()
    }
}
