//! The session record: what one finished call leaves behind, one JSON file per call (see
//! [`super::store`] for where and how it is written). Turns are recorded by name (node and
//! choice ids), not by index, so records stay readable and survive a reordering of choices.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::compile::{CompiledScenario, NodeIdx};
use crate::content::model::Outcome;
use crate::content::negotiation::Terms;
use crate::engine::runner::{Call, Pick};
use crate::engine::scoring::{Scorecard, WrapUp, score_call};

/// The record format version written by this build.
/// Format 2 added proposed terms to turns, the wrap-up's structured fields, the arrangement
/// and the wrap-up checks to the scores; format 3 the case link (`case`); format 4 the cohort
/// MAC (`mac`, see [`super::seal`]) and the `synthetic` mark. Records of formats 1 to 3 still
/// read and replay, but carry no MAC: reports list them as unsigned and count them nowhere
/// until `callcoach seal` signs them.
pub const RECORD_FORMAT: u32 = 4;

/// The first record format that carries a MAC.
pub const SEALED_FORMAT: u32 = 4;

/// Practice shows the debtor's mood; exam hides it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Mode {
    /// The debtor's mood is shown while the call goes on.
    #[default]
    Practice,
    /// The debtor's mood is hidden.
    Exam,
}

/// One turn as recorded: names, not indices, so records stay readable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TurnRecord {
    /// The id of the node the debtor spoke at.
    pub node: String,
    /// Which wording of the debtor's line was shown (0-based).
    pub variant: u8,
    /// The choice ids shown, in display order.
    pub shown: Vec<String>,
    /// The choice id picked, or `None` when the answer timer ran out or terms were proposed.
    pub pick: Option<String>,
    /// The terms proposed at a negotiation step (with `pick` `None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Terms>,
    /// How long the trainee took, in milliseconds.
    pub millis: u32,
}

/// Everything about one finished call. The session's facts ([`SessionMeta`]) are flattened
/// into the record, so the JSON lists them between `id` and `ended_at`, as format 1 always has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// The record format version ([`RECORD_FORMAT`] when written by this build).
    pub format: u32,
    /// The record id ([`record_id`]), also its file name.
    pub id: String,
    /// Who played what, when, with which seed and in which mode.
    #[serde(flatten)]
    pub meta: SessionMeta,
    /// When the call was finished (the wrap-up submitted).
    pub ended_at: DateTime<Utc>,
    /// The trainee's turns, in order.
    pub turns: Vec<TurnRecord>,
    /// The id of the node the call ended at.
    pub end_node: String,
    /// How the call ended.
    pub outcome: Outcome,
    /// The trainee's wrap-up, if one was submitted.
    pub wrap_up: Option<WrapUp>,
    /// The scores of the call (recomputed from the turns by verification).
    pub scores: Scorecard,
    /// Whether the call passed (the same as `scores.passed`).
    pub passed: bool,
    /// A generated session (`callcoach synth-records`), not a trainee's call. Bound by the MAC,
    /// so it cannot be removed to pass a synthetic session off as a real one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub synthetic: bool,
    /// HMAC-SHA256 of every other field under the cohort's key, lower-case hex (format 4; see
    /// [`super::seal`]). Set when the record is written ([`super::store::write_record`]);
    /// `None` in a record not yet written and in records of formats 1 to 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
}

/// Facts about the session that are not part of the call itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionMeta {
    /// The trainee's name as given at sign-in (or `--agent`).
    pub trainee: String,
    /// The scenario id.
    pub scenario: String,
    /// The scenario version played.
    pub version: u32,
    /// The hash of the scenario's content played (see [`CompiledScenario::content_hash`]).
    pub content_hash: String,
    /// The language of the call.
    pub locale: String,
    /// The seed of the call's randomness.
    pub seed: u64,
    /// Practice or exam.
    pub mode: Mode,
    /// When the call started.
    pub started_at: DateTime<Utc>,
    /// The case this call belongs to, and what it inherits from the call before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case: Option<crate::records::case::CaseLink>,
}

impl SessionMeta {
    /// A new session of a scenario: its id, version and content hash come from the compiled
    /// scenario, so a record always names exactly what it was played against.
    pub fn new(
        sc: &CompiledScenario,
        trainee: impl Into<String>,
        locale: impl Into<String>,
        seed: u64,
        mode: Mode,
        started_at: DateTime<Utc>,
    ) -> SessionMeta {
        SessionMeta {
            trainee: trainee.into(),
            scenario: sc.id.clone(),
            version: sc.version,
            content_hash: sc.content_hash.clone(),
            locale: locale.into(),
            seed,
            mode,
            started_at,
            case: None,
        }
    }
}

/// The id of a choice a call's turn names (turns only name the answers of their own node).
fn turn_choice_id(sc: &CompiledScenario, node: NodeIdx, choice: u16) -> String {
    sc.choice_id(node, choice)
        .expect("a turn names a choice of its own line")
        .to_string()
}

/// The id of what a turn picked: the choice id, or `None` for a timeout.
pub fn pick_id(sc: &CompiledScenario, node: NodeIdx, pick: Pick) -> Option<String> {
    match pick {
        Pick::Choice(c) => Some(turn_choice_id(sc, node, c)),
        Pick::Timeout | Pick::Propose(_) => None,
    }
}

/// The terms a turn proposed, if it was a proposal.
pub fn pick_terms(pick: Pick) -> Option<Terms> {
    match pick {
        Pick::Propose(t) => Some(t),
        _ => None,
    }
}

/// The turns of a call as records.
pub fn turn_records(call: &Call) -> Vec<TurnRecord> {
    let sc = call.scenario();
    call.turns()
        .iter()
        .map(|t| TurnRecord {
            node: sc.nodes[t.node as usize].id.clone(),
            variant: t.variant,
            shown: t
                .shown
                .iter()
                .map(|&c| turn_choice_id(sc, t.node, c))
                .collect(),
            pick: pick_id(sc, t.node, t.pick),
            terms: pick_terms(t.pick),
            millis: t.millis,
        })
        .collect()
}

/// Builds the record of a finished call. `None` if the call has not ended.
pub fn make_record(
    meta: &SessionMeta,
    call: &Call,
    wrap_up: Option<WrapUp>,
    ended_at: DateTime<Utc>,
) -> Option<SessionRecord> {
    let ending = call.ending()?;
    let scores = score_call(call, wrap_up.as_ref());
    let passed = scores.passed;
    Some(SessionRecord {
        format: RECORD_FORMAT,
        id: record_id(meta),
        meta: meta.clone(),
        ended_at,
        turns: turn_records(call),
        end_node: call.scenario().nodes[ending.node as usize].id.clone(),
        outcome: ending.outcome,
        wrap_up,
        scores,
        passed,
        synthetic: false,
        mac: None,
    })
}

/// A file-name-safe form of a name: letters and digits kept (Polish letters too), the rest `-`.
pub fn slug(text: &str) -> String {
    let s: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                '-'
            }
        })
        .collect();
    let s = s
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() {
        "anonymous".into()
    } else {
        s.chars().take(40).collect()
    }
}

/// The record id: start time, trainee, scenario and seed, so it is unique in practice and
/// says what it is.
pub fn record_id(meta: &SessionMeta) -> String {
    format!(
        "{}-{}-{}-{:x}",
        meta.started_at.format("%Y%m%dT%H%M%S%3fZ"),
        slug(&meta.trainee),
        meta.scenario,
        meta.seed
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_letters_and_drop_the_rest() {
        assert_eq!(slug("Łucja Żak / 42"), "łucja-żak-42");
        assert_eq!(slug("../../etc"), "etc");
        assert_eq!(slug("  "), "anonymous");
    }
}
