//! Checking a record against its transcript: the call is replayed from the record's seed and
//! picks on the scenario version it names, and the stored ending, options and scores must be
//! what the replay gives. An edited record is caught and said why ([`Tamper`]).
//!
//! Replay alone binds only what the replay recomputes. [`verify_sealed`] adds the cohort's MAC
//! ([`crate::records::seal`]), which binds every other field (trainee, mode, dates, case link,
//! synthetic mark, id…); it is what the cohort loader, so every report, figure and export,
//! uses. Only [`Verification::Verified`] records count anywhere.

use std::sync::Arc;

use chrono::Datelike;

use crate::compile::CompiledScenario;
use crate::engine::runner::{Call, RunError};
use crate::engine::scoring::score_call;
use crate::records::record::{SEALED_FORMAT, SessionRecord, TurnRecord, turn_records};
use crate::records::seal::CohortKey;

/// Rebuilds a call from its seed and recorded picks. Fails if the scenario no longer offers
/// what the record says was shown or picked.
pub fn replay(
    sc: Arc<CompiledScenario>,
    seed: u64,
    turns: &[TurnRecord],
) -> Result<Call, RunError> {
    let mut call = Call::new(sc, seed)?;
    for (i, t) in turns.iter().enumerate() {
        let prompt = call.prompt().ok_or(RunError::Over)?;
        if prompt.node_id != t.node {
            return Err(RunError::InvalidPick(format!(
                "turn {}: the record is at node \"{}\", the scenario at \"{}\"",
                i + 1,
                t.node,
                prompt.node_id
            )));
        }
        match (&t.pick, t.terms) {
            (Some(id), _) => call.pick_id(id, t.millis)?,
            (None, Some(terms)) => call.propose(terms, t.millis)?,
            (None, None) => call.time_out(t.millis)?,
        }
    }
    Ok(call)
}

/// What re-scoring a record found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    /// The transcript replays to the same scores.
    Verified,
    /// The stored scores (or path) differ from what the transcript gives: an edited file.
    Tampered(Tamper),
    /// The scenario version the record names is not available (or its content changed).
    VersionUnavailable,
    /// A record of format 1 to 3 (no MAC) whose transcript replays: its fields outside the
    /// replay are not bound, so it counts nowhere until `callcoach seal` signs it.
    Unsigned,
    /// A signed record, but the data folder has no readable cohort key to check it with.
    NoKey,
    /// Another file holds a record with the same id, and that one is counted (its path).
    Duplicate(String),
}

impl Verification {
    /// Whether the record may count in figures, progress and exports.
    pub fn is_trusted(&self) -> bool {
        *self == Verification::Verified
    }
}

/// What gave an edited record away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tamper {
    /// The picks do not replay on the scenario (the runner's reason).
    NoReplay(String),
    /// The transcript stops before the call ends.
    Unfinished,
    /// The recorded ending differs from the transcript's.
    Ending,
    /// The options shown differ from what the seed gives.
    Shown,
    /// The stored scores differ from the transcript's.
    Scores,
    /// A record of format 2 or later whose wrap-up lacks the structured fields (only format 1
    /// wrap-ups had none, and they are scored more leniently).
    WrapFields,
    /// A later call of a case whose inheritance does not follow from the previous call's
    /// record (the reason).
    Case(String),
    /// The MAC does not match the record: a field was edited, or it was signed with another
    /// cohort's key.
    Mac,
    /// A record of the sealed format (4 or later) without a MAC: it was stripped.
    MacMissing,
    /// Its dates are outside the years callcoach computes with (1000 to 9999), or it ends
    /// before it starts: no call made them.
    Dates,
}

impl Tamper {
    /// Lower-case key for messages (`app-dash-tamper-<key>`).
    pub fn key(&self) -> &'static str {
        match self {
            Tamper::NoReplay(_) => "no-replay",
            Tamper::Unfinished => "unfinished",
            Tamper::Ending => "ending",
            Tamper::Shown => "shown",
            Tamper::Scores => "scores",
            Tamper::WrapFields => "wrap-fields",
            Tamper::Case(_) => "case",
            Tamper::Mac => "mac",
            Tamper::MacMissing => "mac-missing",
            Tamper::Dates => "dates",
        }
    }
}

impl std::fmt::Display for Tamper {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Tamper::NoReplay(e) => write!(f, "the transcript does not replay: {e}"),
            Tamper::Unfinished => f.write_str("the transcript stops before the call ends"),
            Tamper::Ending => f.write_str("the recorded ending differs from the transcript's"),
            Tamper::Shown => f.write_str("the options shown differ from what the seed gives"),
            Tamper::Scores => f.write_str("the stored scores differ from the transcript's"),
            Tamper::WrapFields => {
                f.write_str("the wrap-up has no structured fields, which only format 1 allowed")
            }
            Tamper::Case(why) => write!(f, "the case does not hold together: {why}"),
            Tamper::Mac => f.write_str(
                "the MAC does not match: a field was edited, or the record was signed with \
                 another cohort's key",
            ),
            Tamper::MacMissing => {
                f.write_str("a record of format 4 or later without its MAC (it was removed)")
            }
            Tamper::Dates => f.write_str(
                "its dates are outside the years 1000 to 9999, or it ends before it starts",
            ),
        }
    }
}

/// The whole check of a record in a cohort: its MAC under the cohort's key, then its replay.
/// A record without a MAC of format 1 to 3 that replays is [`Verification::Unsigned`].
pub fn verify_sealed(
    record: &SessionRecord,
    sc: Option<&Arc<CompiledScenario>>,
    key: Option<&CohortKey>,
) -> Verification {
    match (&record.mac, key) {
        (None, _) if record.format < SEALED_FORMAT => match verify(record, sc) {
            Verification::Verified | Verification::VersionUnavailable => Verification::Unsigned,
            other => other,
        },
        (None, _) => Verification::Tampered(Tamper::MacMissing),
        (Some(_), None) => Verification::NoKey,
        (Some(_), Some(key)) if !key.checks(record) => Verification::Tampered(Tamper::Mac),
        (Some(_), Some(_)) => verify(record, sc),
    }
}

/// Recomputes a record's scores from its transcript and compares them with the stored ones
/// (the replay only: no MAC; see [`verify_sealed`]).
pub fn verify(record: &SessionRecord, sc: Option<&Arc<CompiledScenario>>) -> Verification {
    let in_range = |t: &chrono::DateTime<chrono::Utc>| (1000..=9999).contains(&t.year());
    if !in_range(&record.meta.started_at)
        || !in_range(&record.ended_at)
        || record.ended_at < record.meta.started_at
    {
        return Verification::Tampered(Tamper::Dates);
    }
    let Some(sc) = sc else {
        return Verification::VersionUnavailable;
    };
    if sc.version != record.meta.version || sc.content_hash != record.meta.content_hash {
        return Verification::VersionUnavailable;
    }
    let sc = match crate::records::case::scenario_of(sc, &record.meta) {
        Ok(sc) => sc,
        Err(e) => return Verification::Tampered(Tamper::NoReplay(e)),
    };
    let call = match replay(Arc::clone(&sc), record.meta.seed, &record.turns) {
        Ok(c) => c,
        Err(e) => return Verification::Tampered(Tamper::NoReplay(e.to_string())),
    };
    let Some(ending) = call.ending() else {
        return Verification::Tampered(Tamper::Unfinished);
    };
    if ending.outcome != record.outcome || sc.nodes[ending.node as usize].id != record.end_node {
        return Verification::Tampered(Tamper::Ending);
    }
    let shown_ok = turn_records(&call)
        .iter()
        .zip(&record.turns)
        .all(|(a, b)| a.shown == b.shown && a.variant == b.variant);
    if !shown_ok {
        return Verification::Tampered(Tamper::Shown);
    }
    if record.format >= 2 && record.wrap_up.as_ref().is_some_and(|w| w.fields.is_none()) {
        return Verification::Tampered(Tamper::WrapFields);
    }
    let scores = score_call(&call, record.wrap_up.as_ref());
    if scores != record.scores || scores.passed != record.passed {
        return Verification::Tampered(Tamper::Scores);
    }
    Verification::Verified
}
