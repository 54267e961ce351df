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
    /// Of those, how many were drills.
    pub drills: u32,
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

/// One decided attempt at a rule: its status, when, and whether it was a drill.
type Decided = (RuleStatus, DateTime<Utc>, bool);

/// A trainee's attempts, rule by rule.
type Seen = BTreeMap<RuleKey, Vec<Decided>>;

/// The attempts of `trainee` in `by` (trainee in lower case → shown name and attempts).
fn seen_of<'a>(by: &'a mut BTreeMap<String, (String, Seen)>, trainee: &str) -> &'a mut Seen {
    let name = trainee.trim();
    &mut by
        .entry(name.to_lowercase())
        .or_insert_with(|| (name.to_string(), BTreeMap::new()))
        .1
}

/// The matrix of every trusted record and drill `evidence` holds. A drill decides the one
/// rule it drills; its attempt takes its place in time among the calls.
pub fn mastery(evidence: &Evidence) -> Mastery {
    let mut by: BTreeMap<String, (String, Seen)> = BTreeMap::new();
    for r in evidence.records() {
        let seen = seen_of(&mut by, &r.meta.trainee);
        for res in &r.scores.rules {
            if res.status == RuleStatus::NotApplicable {
                continue;
            }
            let key = RuleKey {
                rubric: res.rubric.clone(),
                rule: res.rule.clone(),
            };
            seen.entry(key)
                .or_default()
                .push((res.status, r.ended_at, false));
        }
    }
    for d in evidence.drills() {
        let key = RuleKey {
            rubric: d.origin.rubric.clone(),
            rule: d.origin.rule.clone(),
        };
        seen_of(&mut by, &d.meta.trainee)
            .entry(key)
            .or_default()
            .push((d.status, d.ended_at, true));
    }
    for (_, seen) in by.values_mut() {
        for attempts in seen.values_mut() {
            // Stable: a call and a drill that end at the same instant keep calls first.
            attempts.sort_by_key(|(_, at, _)| *at);
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

fn cell(statuses: &[Decided]) -> Cell {
    let kept_in = |s: &[Decided]| s.iter().filter(|(st, _, _)| kept(*st)).count();
    let (last, last_at, _) = statuses[statuses.len() - 1];
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
        drills: statuses.iter().filter(|(_, _, drill)| *drill).count() as u32,
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

    fn statuses(s: &str) -> Vec<Decided> {
        s.chars()
            .enumerate()
            .map(|(i, c)| {
                let st = match c {
                    'm' => RuleStatus::Met,
                    'p' => RuleStatus::Partial,
                    'x' => RuleStatus::Missed,
                    _ => RuleStatus::Broken,
                };
                (st, Utc.timestamp_opt(i as i64 * 60, 0).unwrap(), c == 'x')
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
        assert_eq!(c.drills, 1);
        assert_eq!(c.share(), 0.5);
    }
}
