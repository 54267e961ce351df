//! The mastery matrix: trainee × rule, from every trusted record (full calls and drills
//! alike): how often the rule was decided, the share kept, the last status and the trend.
//!
//! A rule is **decided** in a call when its status is anything but not-applicable, and
//! **kept** when it was met or partly earned (broken, and a reward missed, are not kept). The
//! **trend** compares the share kept in the last [`RECENT`] decided attempts with the share in
//! the ones before; it needs at least one earlier attempt.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::engine::scoring::RuleStatus;
use crate::programme::progress::Evidence;

/// How many of the latest decided attempts the trend looks at.
pub const RECENT: usize = 3;

/// Which way a trainee's keeping of a rule goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Trend {
    /// The recent share kept is higher than before.
    Up,
    /// Lower than before.
    Down,
    /// The same.
    Flat,
    /// Too few attempts to say.
    Unknown,
}

impl Trend {
    /// Kebab-case key for Fluent ids and exports.
    pub fn key(self) -> &'static str {
        match self {
            Trend::Up => "up",
            Trend::Down => "down",
            Trend::Flat => "flat",
            Trend::Unknown => "unknown",
        }
    }
}

/// One trainee's record on one rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    /// Calls and drills in which the rule was decided.
    pub attempts: u32,
    /// Of those, how many kept it.
    pub kept: u32,
    /// The status in the latest of them.
    pub last: RuleStatus,
    pub last_at: DateTime<Utc>,
    pub trend: Trend,
}

impl Cell {
    /// The share kept, 0–1.
    pub fn share(&self) -> f64 {
        if self.attempts == 0 {
            0.0
        } else {
            f64::from(self.kept) / f64::from(self.attempts)
        }
    }
}

/// A rule of the matrix: its rubric and id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct RuleKey {
    pub rubric: String,
    pub rule: String,
}

/// The whole matrix.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Mastery {
    /// Trainees sorted by name (without case).
    pub trainees: Vec<String>,
    /// Rules sorted by rubric, then id.
    pub rules: Vec<RuleKey>,
    /// `cells[t][r]`: trainee `t`'s record on rule `r`, `None` when never decided.
    pub cells: Vec<Vec<Option<Cell>>>,
}

/// Whether a status keeps the rule.
pub fn kept(status: RuleStatus) -> bool {
    matches!(status, RuleStatus::Met | RuleStatus::Partial)
}

/// The matrix of every trusted record `evidence` holds.
pub fn mastery(evidence: &Evidence) -> Mastery {
    // trainee (lower case) → (shown name, rule → statuses oldest first)
    type Seen = BTreeMap<RuleKey, Vec<(RuleStatus, DateTime<Utc>)>>;
    let mut by: BTreeMap<String, (String, Seen)> = BTreeMap::new();
    for r in evidence.records() {
        let name = r.meta.trainee.trim();
        let (_, seen) = by
            .entry(name.to_lowercase())
            .or_insert_with(|| (name.to_string(), BTreeMap::new()));
        for res in &r.scores.rules {
            if res.status == RuleStatus::NotApplicable {
                continue;
            }
            let key = RuleKey {
                rubric: res.rubric.clone(),
                rule: res.rule.clone(),
            };
            seen.entry(key).or_default().push((res.status, r.ended_at));
        }
    }
    let mut rules: Vec<RuleKey> = by
        .values()
        .flat_map(|(_, seen)| seen.keys().cloned())
        .collect();
    rules.sort();
    rules.dedup();
    let trainees: Vec<String> = by.values().map(|(n, _)| n.clone()).collect();
    let cells = by
        .values()
        .map(|(_, seen)| {
            rules
                .iter()
                .map(|k| seen.get(k).map(|statuses| cell(statuses)))
                .collect()
        })
        .collect();
    Mastery {
        trainees,
        rules,
        cells,
    }
}

fn cell(statuses: &[(RuleStatus, DateTime<Utc>)]) -> Cell {
    let kept_in = |s: &[(RuleStatus, DateTime<Utc>)]| s.iter().filter(|(st, _)| kept(*st)).count();
    let (last, last_at) = statuses[statuses.len() - 1];
    let trend = if statuses.len() <= RECENT {
        Trend::Unknown
    } else {
        let (earlier, recent) = statuses.split_at(statuses.len() - RECENT);
        // recent_kept / RECENT against earlier_kept / earlier.len(), in integers.
        let now = kept_in(recent) * earlier.len();
        let before = kept_in(earlier) * RECENT;
        match now.cmp(&before) {
            std::cmp::Ordering::Greater => Trend::Up,
            std::cmp::Ordering::Less => Trend::Down,
            std::cmp::Ordering::Equal => Trend::Flat,
        }
    };
    Cell {
        attempts: statuses.len() as u32,
        kept: kept_in(statuses) as u32,
        last,
        last_at,
        trend,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn statuses(s: &str) -> Vec<(RuleStatus, DateTime<Utc>)> {
        s.chars()
            .enumerate()
            .map(|(i, c)| {
                let st = match c {
                    'm' => RuleStatus::Met,
                    'p' => RuleStatus::Partial,
                    'x' => RuleStatus::Missed,
                    _ => RuleStatus::Broken,
                };
                (st, Utc.timestamp_opt(i as i64 * 60, 0).unwrap())
            })
            .collect()
    }

    #[test]
    fn the_trend_compares_the_last_three_with_the_ones_before() {
        assert_eq!(cell(&statuses("bbmmm")).trend, Trend::Up);
        assert_eq!(cell(&statuses("mmmbmm")).trend, Trend::Down);
        assert_eq!(cell(&statuses("mbmbmb")).trend, Trend::Down);
        assert_eq!(cell(&statuses("bmbmmb")).trend, Trend::Up);
        assert_eq!(cell(&statuses("mmmm")).trend, Trend::Flat);
        assert_eq!(cell(&statuses("bmm")).trend, Trend::Unknown);
        let c = cell(&statuses("bpxm"));
        assert_eq!((c.attempts, c.kept, c.last), (4, 2, RuleStatus::Met));
        assert_eq!(c.share(), 0.5);
    }
}
