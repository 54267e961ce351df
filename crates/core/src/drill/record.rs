//! A drill's record: what one finished drill leaves behind (`<data>/drills/<id>.json`), signed
//! with a key derived from the cohort key, and its check: the signature, then the replay of
//! its turns, which must start with the source's decision open and end at the first turn that
//! decides the rule, with the status recorded.

use std::sync::Arc;

use chrono::{DateTime, Datelike, Utc};
use serde::{Deserialize, Serialize};

use crate::compile::CompiledScenario;
use crate::drill::origin::{DrillOrigin, DrillRun, decision, drillable, rule_index, start_call};
use crate::engine::scoring::RuleStatus;
use crate::records::record::{SessionMeta, TurnRecord, record_id, turn_records};
use crate::records::seal::CohortKey;
use crate::records::verify::{Tamper, Verification};

/// The drill record format written by this build.
pub const DRILL_FORMAT: u32 = 1;

/// What the derived key is for: a drill's MAC is never a record's or a certificate's.
const PURPOSE: &[u8] = b"drill record mac v1";
/// Put before the canonical drill record.
const DOMAIN: &[u8] = b"callcoach drill v1\n";

/// One finished drill.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DrillRecord {
    /// The drill record format ([`DRILL_FORMAT`] when written by this build).
    pub format: u32,
    /// The drill's id, also its file name (`drill-` and a record id).
    pub id: String,
    /// The source call's scenario, version, seed and case link; the drill's trainee, language
    /// and start.
    #[serde(flatten)]
    pub meta: SessionMeta,
    /// What was drilled.
    pub origin: DrillOrigin,
    /// When the rule was decided.
    pub ended_at: DateTime<Utc>,
    /// Every turn from the call's start: the source's turns before the origin's, replayed,
    /// then the drill's own.
    pub turns: Vec<TurnRecord>,
    /// The rule's status when the drill ended.
    pub status: RuleStatus,
    /// The rule was not broken.
    pub passed: bool,
    /// HMAC-SHA256 of every other field under a key derived from the cohort key (hex).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
}

/// Whether a rule's status at the end of a drill passes it.
pub fn passes(status: RuleStatus) -> bool {
    status != RuleStatus::Broken
}

impl DrillRecord {
    /// The record of a drill whose rule is decided; `None` while it is still open.
    pub fn of(run: &DrillRun, ended_at: DateTime<Utc>) -> Option<DrillRecord> {
        let status = run.decided()?;
        Some(DrillRecord {
            format: DRILL_FORMAT,
            id: format!("drill-{}", record_id(&run.meta)),
            meta: run.meta.clone(),
            origin: run.origin.clone(),
            ended_at,
            turns: turn_records(&run.call),
            status,
            passed: passes(status),
            mac: None,
        })
    }

    fn unsigned_value(&self) -> serde_json::Value {
        let mut value = serde_json::to_value(self).expect("a drill record serialises");
        if let serde_json::Value::Object(map) = &mut value {
            map.remove("mac");
        }
        value
    }

    /// Signs the record with the cohort key.
    pub fn sign(&mut self, key: &CohortKey) {
        self.mac = Some(key.mac_value(PURPOSE, DOMAIN, &self.unsigned_value()));
    }

    /// Whether the record's MAC is the cohort key's.
    pub fn signed_by(&self, key: &CohortKey) -> bool {
        self.mac
            .as_deref()
            .is_some_and(|mac| key.checks_value(PURPOSE, DOMAIN, &self.unsigned_value(), mac))
    }
}

/// Checks a drill record: its MAC under the cohort key, its dates, then its replay on the
/// scenario version it names. Only [`Verification::Verified`] drills count anywhere.
pub fn verify_drill(
    rec: &DrillRecord,
    sc: Option<&Arc<CompiledScenario>>,
    key: Option<&CohortKey>,
) -> Verification {
    match key {
        _ if rec.mac.is_none() => return Verification::Tampered(Tamper::MacMissing),
        None => return Verification::NoKey,
        Some(key) if !rec.signed_by(key) => return Verification::Tampered(Tamper::Mac),
        Some(_) => {}
    }
    let in_range = |t: &DateTime<Utc>| (1000..=9999).contains(&t.year());
    if !in_range(&rec.meta.started_at)
        || !in_range(&rec.ended_at)
        || rec.ended_at < rec.meta.started_at
    {
        return Verification::Tampered(Tamper::Dates);
    }
    let Some(sc) = sc else {
        return Verification::VersionUnavailable;
    };
    if sc.version != rec.meta.version || sc.content_hash != rec.meta.content_hash {
        return Verification::VersionUnavailable;
    }
    match replays(sc, rec) {
        Ok(()) => Verification::Verified,
        Err(t) => Verification::Tampered(t),
    }
}

/// The replay half of [`verify_drill`].
fn replays(sc: &Arc<CompiledScenario>, rec: &DrillRecord) -> Result<(), Tamper> {
    let no_replay = |why: String| Tamper::NoReplay(why);
    let mut call = start_call(sc, &rec.meta, &rec.origin, &rec.turns).map_err(no_replay)?;
    let index = rule_index(call.scenario(), &rec.origin.rubric, &rec.origin.rule)
        .filter(|&i| drillable(call.scenario(), i))
        .ok_or_else(|| {
            no_replay(format!(
                "no drillable rule {}/{}",
                rec.origin.rubric, rec.origin.rule
            ))
        })?;
    let before = rec.origin.turn as usize - 1;
    for (i, t) in rec.turns.iter().enumerate().skip(before) {
        if decision(&call, index, rec.origin.turn).is_some() {
            return Err(no_replay(format!(
                "the rule was decided before turn {}, where the record goes on",
                i + 1
            )));
        }
        let prompt = call
            .prompt()
            .ok_or_else(|| no_replay("the call is over".into()))?;
        if prompt.node_id != t.node {
            return Err(no_replay(format!(
                "turn {}: the record is at node \"{}\", the scenario at \"{}\"",
                i + 1,
                t.node,
                prompt.node_id
            )));
        }
        let picked = match (&t.pick, t.terms) {
            (Some(id), _) => call.pick_id(id, t.millis),
            (None, Some(terms)) => call.propose(terms, t.millis),
            (None, None) => call.time_out(t.millis),
        };
        picked.map_err(|e| no_replay(e.to_string()))?;
    }
    let Some(status) = decision(&call, index, rec.origin.turn) else {
        return Err(Tamper::Unfinished);
    };
    let shown_ok = turn_records(&call)
        .iter()
        .zip(&rec.turns)
        .all(|(a, b)| a.shown == b.shown && a.variant == b.variant);
    if !shown_ok {
        return Err(Tamper::Shown);
    }
    if status != rec.status || passes(status) != rec.passed {
        return Err(Tamper::Scores);
    }
    Ok(())
}
