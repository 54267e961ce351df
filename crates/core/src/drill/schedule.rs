//! Which drills a trainee has and when each is due. For each rule a trainee broke at a
//! decision in a trusted call, one drill, starting where the latest such call broke it. It is
//! first due [`Schedule::intervals`]`[0]` days after that call; after each attempt it is due
//! again `intervals[n]` days later, `n` being the passes in a row so far (a failed attempt
//! starts again from 0), and it retires after [`Schedule::passes_to_retire`] passes in a row.
//! Breaking the rule again in a later call brings the drill back from the start.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use crate::compile::CompiledScenario;
use crate::drill::origin::{DrillOrigin, drillable, rule_index};
use crate::drill::record::DrillRecord;
use crate::engine::scoring::RuleStatus;
use crate::records::record::SessionRecord;

/// The spacing of drills.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// Days until the drill is due again, by passes in a row so far (the last one repeats).
    pub intervals: Vec<u32>,
    /// Passes in a row that retire a drill.
    pub passes_to_retire: u32,
}

impl Default for Schedule {
    /// 1, 3 and 7 days; two passes in a row retire.
    fn default() -> Schedule {
        Schedule {
            intervals: vec![1, 3, 7],
            passes_to_retire: 2,
        }
    }
}

impl Schedule {
    fn interval(&self, passes_in_a_row: u32) -> i64 {
        let i = (passes_in_a_row as usize).min(self.intervals.len().saturating_sub(1));
        i64::from(self.intervals.get(i).copied().unwrap_or(1))
    }
}

/// One drill of a trainee and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Drill {
    /// Where it starts.
    pub origin: DrillOrigin,
    /// The scenario of the source call.
    pub scenario: String,
    /// The day it is due (the next attempt's day).
    pub due: NaiveDate,
    /// Attempts since the call that broke the rule.
    pub attempts: u32,
    /// Passes in a row since then.
    pub passes_in_a_row: u32,
    /// Passed often enough in a row: not offered again until the rule is broken again.
    pub retired: bool,
}

/// Every drill of `trainee`, from their trusted call records and drill records (verified
/// both), ordered by due day then rule. A call whose scenario version is not in `scenarios`
/// gives no drill (it could not be replayed).
pub fn drills_of(
    trainee: &str,
    records: &[SessionRecord],
    attempts: &[DrillRecord],
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    schedule: &Schedule,
) -> Vec<Drill> {
    // The latest call that broke each rule at a decision, by (rubric, rule).
    let mut latest: BTreeMap<(String, String), &SessionRecord> = BTreeMap::new();
    let mut origins: BTreeMap<(String, String), DrillOrigin> = BTreeMap::new();
    for rec in records.iter().filter(|r| r.meta.trainee == trainee) {
        let Some(sc) = scenarios.get(&rec.meta.scenario) else {
            continue;
        };
        if sc.version != rec.meta.version || sc.content_hash != rec.meta.content_hash {
            continue;
        }
        for r in rec
            .scores
            .rules
            .iter()
            .filter(|r| r.status == RuleStatus::Broken)
        {
            let Some(turn) = r.turn.filter(|&t| t >= 1 && t as usize <= rec.turns.len()) else {
                continue;
            };
            if !rule_index(sc, &r.rubric, &r.rule).is_some_and(|i| drillable(sc, i)) {
                continue;
            }
            let key = (r.rubric.clone(), r.rule.clone());
            if latest
                .get(&key)
                .is_some_and(|l| l.meta.started_at > rec.meta.started_at)
            {
                continue;
            }
            latest.insert(key.clone(), rec);
            origins.insert(
                key,
                DrillOrigin {
                    source: rec.id.clone(),
                    rubric: r.rubric.clone(),
                    rule: r.rule.clone(),
                    turn,
                },
            );
        }
    }
    let mut out: Vec<Drill> = origins
        .into_iter()
        .map(|(key, origin)| {
            let source = latest[&key];
            let mut due = source.ended_at.date_naive() + Duration::days(schedule.interval(0));
            let (mut tries, mut streak) = (0, 0);
            let mut mine: Vec<&DrillRecord> = attempts
                .iter()
                .filter(|d| {
                    d.meta.trainee == trainee
                        && d.origin.rubric == key.0
                        && d.origin.rule == key.1
                        && d.meta.started_at >= source.ended_at
                })
                .collect();
            mine.sort_by_key(|d| d.meta.started_at);
            for d in mine {
                tries += 1;
                streak = if d.passed { streak + 1 } else { 0 };
                due = d.ended_at.date_naive() + Duration::days(schedule.interval(streak));
            }
            Drill {
                scenario: source.meta.scenario.clone(),
                origin,
                due,
                attempts: tries,
                passes_in_a_row: streak,
                retired: streak >= schedule.passes_to_retire,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        (a.due, &a.origin.rubric, &a.origin.rule).cmp(&(b.due, &b.origin.rubric, &b.origin.rule))
    });
    out
}

/// How many drills make one sitting of today's drills (a few minutes).
pub const SITTING: usize = 5;

/// Today's drills: those not retired that are due on or before `today`, earliest first, at
/// most `limit` (a sitting of a few minutes).
pub fn due(drills: &[Drill], today: NaiveDate, limit: usize) -> Vec<&Drill> {
    drills
        .iter()
        .filter(|d| !d.retired && d.due <= today)
        .take(limit)
        .collect()
}
