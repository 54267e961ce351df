//! Where a drill starts and when it is over: the source call replayed up to the decision at
//! which it broke a rule, then the trainee's own picks until that rule is decided.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::compile::{CCheck, CompiledScenario};
use crate::engine::runner::Call;
use crate::engine::scoring::{RuleProgress, RuleStatus, Tracker};
use crate::records::record::{SessionMeta, SessionRecord};
use crate::records::{case, verify};

/// What a drill drills: the rule, and the call and turn at which it was broken.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DrillOrigin {
    /// The id of the record of the call that broke the rule.
    pub source: String,
    /// The rubric of the rule.
    pub rubric: String,
    /// The rule's id within its rubric.
    pub rule: String,
    /// The turn (1-based) at which the call broke it: the drill replays the turns before it
    /// and starts at that decision.
    pub turn: u32,
}

/// The index of a rule in a compiled scenario, by rubric and id.
pub fn rule_index(sc: &CompiledScenario, rubric: &str, rule: &str) -> Option<usize> {
    sc.rules
        .iter()
        .position(|r| r.rubric == rubric && r.id == rule)
}

/// Whether a rule can be drilled: a reward is never "broken", so only rules a pick can break.
pub fn drillable(sc: &CompiledScenario, index: usize) -> bool {
    !matches!(sc.rules[index].check, CCheck::Reward(..) | CCheck::Recovery)
}

/// Whether a rule is only ever decided by a breach (or by the call's end): what it forbids, a
/// penalty, a time or a mandate. A drill of it is decided by the answer at its decision.
fn breach_only(check: &CCheck) -> bool {
    !matches!(
        check,
        CCheck::Within(..) | CCheck::Before(..) | CCheck::After(..) | CCheck::Reward(..)
    )
}

/// The rule's status once a drill starting at turn `from` has decided it, `None` while it is
/// still open: met or broken for good, a penalty incurred, an `unless` event that makes it
/// inapplicable, the call over (then the status the call's scores give it), or, for a rule only
/// a breach decides, the answer at turn `from` given (kept unless that answer broke it).
pub fn decision(call: &Call, index: usize, from: u32) -> Option<RuleStatus> {
    let sc = call.scenario();
    let rule = &sc.rules[index];
    let tracker = Tracker::of_call(call);
    let progress = tracker.rules[index];
    let penalty_incurred = matches!(
        (&rule.check, progress),
        (CCheck::Penalty(..), RuleProgress::Count(c)) if c > 0
    );
    let unless_seen = rule.unless.iter().any(|&t| call.has_seen(t));
    let settled = matches!(progress, RuleProgress::Met | RuleProgress::Broken);
    let answered = breach_only(&rule.check) && call.turns().len() >= from as usize;
    if !(settled || penalty_incurred || unless_seen || answered || call.is_over()) {
        return None;
    }
    let results = tracker.results(sc, |t| call.has_seen(t), call.is_over());
    Some(results[index].status)
}

/// A drill being played: the call, replayed from the source record up to the decision, and
/// what it drills.
pub struct DrillRun {
    /// The session facts: the source's scenario, version, seed and case link; the drill's
    /// trainee, language and start.
    pub meta: SessionMeta,
    /// What is drilled.
    pub origin: DrillOrigin,
    /// The call; the shell picks on it and asks [`DrillRun::decided`] after each turn.
    pub call: Call,
    index: usize,
}

impl DrillRun {
    /// Starts the drill of `origin` from its source record (which must be the record it
    /// names, on this scenario), in `locale`, at `now`. Refused with the reason when the
    /// scenario is not the one played, the rule is unknown, or the replay does not reach an
    /// open decision at the origin's turn.
    pub fn start(
        sc: &Arc<CompiledScenario>,
        source: &SessionRecord,
        origin: DrillOrigin,
        locale: &str,
        now: DateTime<Utc>,
    ) -> Result<DrillRun, String> {
        if source.id != origin.source {
            return Err(format!(
                "the drill starts from record \"{}\", not \"{}\"",
                origin.source, source.id
            ));
        }
        if sc.version != source.meta.version || sc.content_hash != source.meta.content_hash {
            return Err(format!(
                "the call was played on version {} of \"{}\", which is no longer in the library",
                source.meta.version, source.meta.scenario
            ));
        }
        let meta = SessionMeta {
            locale: locale.to_string(),
            started_at: now,
            ..source.meta.clone()
        };
        let call = start_call(sc, &meta, &origin, &source.turns)?;
        let index = rule_index(call.scenario(), &origin.rubric, &origin.rule)
            .ok_or_else(|| format!("no rule {}/{}", origin.rubric, origin.rule))?;
        if !drillable(call.scenario(), index) {
            return Err(format!(
                "{}/{} is not a rule a pick breaks",
                origin.rubric, origin.rule
            ));
        }
        if decision(&call, index, origin.turn).is_some() {
            return Err(format!(
                "{}/{} is already decided before turn {}",
                origin.rubric, origin.rule, origin.turn
            ));
        }
        Ok(DrillRun {
            meta,
            origin,
            call,
            index,
        })
    }

    /// The rule's status once decided (the drill is over), `None` while it goes on.
    pub fn decided(&self) -> Option<RuleStatus> {
        decision(&self.call, self.index, self.origin.turn)
    }

    /// The index of the drilled rule in the call's scenario.
    pub fn rule_index(&self) -> usize {
        self.index
    }

    /// How many of the call's turns were replayed from the source (the drill's own come after).
    pub fn replayed(&self) -> usize {
        self.origin.turn.saturating_sub(1) as usize
    }
}

/// The call at the origin's decision: the scenario (with a case's inheritance) and the
/// source's turns before the origin's, replayed from its seed.
pub(crate) fn start_call(
    sc: &Arc<CompiledScenario>,
    meta: &SessionMeta,
    origin: &DrillOrigin,
    turns: &[crate::records::record::TurnRecord],
) -> Result<Call, String> {
    let before = origin
        .turn
        .checked_sub(1)
        .ok_or("a drill starts at turn 1 or later")? as usize;
    if before > turns.len() {
        return Err(format!(
            "turn {} is past the call's {} turns",
            origin.turn,
            turns.len()
        ));
    }
    let sc = case::scenario_of(sc, meta)?;
    let call = verify::replay(sc, meta.seed, &turns[..before]).map_err(|e| e.to_string())?;
    if call.is_over() {
        return Err(format!("the call was over before turn {}", origin.turn));
    }
    Ok(call)
}
