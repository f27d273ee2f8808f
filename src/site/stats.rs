//! Statistics over the entries on the site, computed in one pass: counts
//! per year and month, incubation times, tags, and the share of adjustments
//! that a later attempt tested.

use std::collections::BTreeMap;

use crate::site::Site;

/// Incubation-time buckets, in hours: `(label's key in the translations,
/// upper bound exclusive)`.
pub const INCUBATION_BUCKETS: &[(&str, i64)] = &[
    ("chart.bucket.under_1_day", 24),
    ("chart.bucket.1_2_days", 48),
    ("chart.bucket.2_3_days", 72),
    ("chart.bucket.3_7_days", 24 * 7),
    ("chart.bucket.1_2_weeks", 24 * 14),
    ("chart.bucket.2_4_weeks", 24 * 28),
    ("chart.bucket.over_4_weeks", i64::MAX),
];

/// The statistics page's numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Entries per year, oldest first (years without entries included).
    pub per_year: Vec<(i16, usize)>,
    /// Entries per month for the twelve months ending with the newest entry.
    pub per_month: Vec<((i16, i8), usize)>,
    /// Entries per incubation bucket (see [`INCUBATION_BUCKETS`]).
    pub incubation: Vec<usize>,
    /// The median incubation, in hours.
    pub median_incubation_hours: Option<i64>,
    /// The most used tags (index into `Site::tags`, count), most used first.
    pub top_tags: Vec<(usize, usize)>,
    /// Entries whose adjustment a later entry on the site tested.
    pub tested: usize,
    /// Entries on the site.
    pub total: usize,
    /// Entries that decided to pivot.
    pub pivots: usize,
    /// Entries that decided to persevere.
    pub perseveres: usize,
}

/// How many tags the statistics show.
const TOP_TAGS: usize = 10;

impl Stats {
    /// Computes the statistics of `site`.
    pub fn of(site: &Site<'_>) -> Stats {
        let mut years: BTreeMap<i16, usize> = BTreeMap::new();
        let mut months: BTreeMap<(i16, i8), usize> = BTreeMap::new();
        let mut incubation = vec![0; INCUBATION_BUCKETS.len()];
        let mut hours: Vec<i64> = Vec::with_capacity(site.entries.len());
        let (mut pivots, mut perseveres) = (0, 0);
        for entry in &site.entries {
            let fm = &entry.front_matter;
            if let Some(date) = fm.date {
                let d = date.date();
                *years.entry(d.year()).or_default() += 1;
                *months.entry((d.year(), d.month())).or_default() += 1;
                if let Some(processed) = fm.processed {
                    let h = date.hours_until(&processed).max(0);
                    hours.push(h);
                    let bucket =
                        INCUBATION_BUCKETS.iter().position(|&(_, max)| h < max).unwrap_or(0);
                    incubation[bucket] += 1;
                }
            }
            match fm.decision {
                Some(crate::entry::Decision::Pivot) => pivots += 1,
                Some(crate::entry::Decision::Persevere) => perseveres += 1,
                None => {}
            }
        }
        let per_year = match (years.keys().next(), years.keys().next_back()) {
            (Some(&first), Some(&last)) => {
                (first..=last).map(|y| (y, years.get(&y).copied().unwrap_or(0))).collect()
            }
            _ => Vec::new(),
        };
        let per_month = match months.keys().next_back() {
            Some(&(y, m)) => {
                let mut list = Vec::with_capacity(12);
                let (mut y, mut m) = (y, m);
                for _ in 0..12 {
                    list.push(((y, m), months.get(&(y, m)).copied().unwrap_or(0)));
                    (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
                }
                list.reverse();
                list
            }
            None => Vec::new(),
        };
        hours.sort_unstable();
        let median_incubation_hours = hours.get(hours.len() / 2).copied();
        let mut top_tags: Vec<(usize, usize)> =
            site.tags.iter().enumerate().map(|(i, t)| (i, t.entries.len())).collect();
        top_tags.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        top_tags.truncate(TOP_TAGS);
        Stats {
            per_year,
            per_month,
            incubation,
            median_incubation_hours,
            top_tags,
            tested: site.followup.iter().filter(|f| f.is_some()).count(),
            total: site.entries.len(),
            pivots,
            perseveres,
        }
    }
}
