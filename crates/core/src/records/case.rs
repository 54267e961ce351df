//! A case as played: the calls of a `Case` in order, each starting from what happened in the
//! one before.
//!
//! Every call of a case carries a [`CaseLink`] in its session facts (so in its journal and its
//! record): which case and instance, which call, the previous call's record, whether the
//! debtor kept the terms agreed in it, and the history entries carried over from it. The
//! scenario a later call is played (and replayed, and verified) on is its written scenario
//! with the `previous_call` entries replaced by those ([`scenario_for`]). A case's progress
//! is read from the trainee's records ([`open_cases`]): nothing else is stored, so a crash
//! between two calls loses nothing.
//!
//! Whether the debtor keeps agreed terms is decided once, when the next call is prepared, from
//! the case's seed (SplitMix64-mixed with the call's position) and from the share of the
//! debtor's capacity the terms asked (`Case::keeping`).

use std::sync::Arc;

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::compile::CompiledScenario;
use crate::content::case::{Case, CaseWhen};
use crate::content::history::{Direction, Entry, Happened, Reached};
use crate::content::model::Outcome;
use crate::content::negotiation::Terms;
use crate::engine::negotiation::schedule::nth_date;
use crate::engine::runner::{below, mix_seed, session_rng};
use crate::records::record::{SessionMeta, SessionRecord};

/// Which call of which case a session is, and what it inherits from the call before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseLink {
    /// The case id.
    pub case: String,
    /// The case version played.
    pub case_version: u32,
    /// This playing of the case (`<case>-<seed in hex>`): its calls share it.
    pub instance: String,
    /// The case's seed (the first call's); later calls' seeds and the promise dice come from it.
    pub seed: u64,
    /// The call's position in the case (0: the first call).
    pub step: u32,
    /// The record id of the previous call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// How the terms agreed in the previous call went.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fate: Option<PromiseFate>,
    /// The history entries carried over from the previous call (they replace the scenario's
    /// `previous_call` entries).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inherited: Vec<Entry>,
}

/// How the terms agreed in a call went before the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PromiseFate {
    /// The debtor paid what fell due.
    Kept,
    /// The debtor missed a payment.
    Broken,
    /// No terms were agreed.
    NoPromise,
}

impl PromiseFate {
    /// Lower-case key for Fluent selectors (`$promise` in case text).
    pub fn key(self) -> &'static str {
        match self {
            PromiseFate::Kept => "kept",
            PromiseFate::Broken => "broken",
            PromiseFate::NoPromise => "none",
        }
    }
}

/// A call of a case to play: its scenario, its link and its seed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextCall {
    /// The scenario id.
    pub scenario: String,
    /// The link to put in the session's facts.
    pub link: CaseLink,
    /// The call's seed.
    pub seed: u64,
}

/// What follows a finished call of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseNext {
    /// The next call.
    Call(NextCall),
    /// The case is over: after its last call, or because the next call's `when` did not hold.
    Closed {
        /// How the terms of the last call played went.
        fate: PromiseFate,
        /// How the last call played ended.
        outcome: Outcome,
        /// The position of the last call played.
        after_step: u32,
    },
}

/// The instance id of a case played with a seed.
pub fn instance_id(case: &str, seed: u64) -> String {
    format!("{case}-{seed:x}")
}

/// The seed of the call at `step` of a case played with `seed`.
pub fn call_seed(seed: u64, step: u32) -> u64 {
    if step == 0 {
        seed
    } else {
        mix_seed(seed, u64::from(step))
    }
}

/// The first call of a case (`None` for a case without calls, which the checker rejects).
pub fn first_call(case: &Case, seed: u64) -> Option<NextCall> {
    let first = case.calls.first()?;
    Some(NextCall {
        scenario: first.scenario.clone(),
        link: CaseLink {
            case: case.id.clone(),
            case_version: case.version,
            instance: instance_id(&case.id, seed),
            seed,
            step: 0,
            previous: None,
            fate: None,
            inherited: Vec::new(),
        },
        seed,
    })
}

/// Whether the debtor keeps the terms of a finished call of a case: `None` when no terms
/// were agreed. Decided from the case's seed and the share of capacity the terms asked.
pub fn fate_of(case: &Case, link: &CaseLink, record: &SessionRecord) -> PromiseFate {
    let Some((_, assessment)) = record.scores.arrangement.as_ref().and_then(|a| a.agreed) else {
        return PromiseFate::NoPromise;
    };
    let kept = case.kept_percent(assessment.ask_permille);
    let mut rng = session_rng(mix_seed(link.seed, 1_000 + u64::from(link.step)));
    if below(&mut rng, 100) < u32::from(kept) {
        PromiseFate::Kept
    } else {
        PromiseFate::Broken
    }
}

fn when_holds(when: &[CaseWhen], fate: PromiseFate, outcome: Outcome) -> bool {
    when.is_empty()
        || when.iter().any(|w| match w {
            CaseWhen::Kept => fate == PromiseFate::Kept,
            CaseWhen::Broken => fate == PromiseFate::Broken,
            CaseWhen::Agreed => fate != PromiseFate::NoPromise,
            CaseWhen::NotAgreed => fate == PromiseFate::NoPromise,
            CaseWhen::Outcome(o) => *o == outcome,
        })
}

/// What follows a finished call of a case: the next call (with the entries it inherits) or
/// the case's end. `played` is the scenario the call was played on; `scenario` compiles a
/// scenario by id (the next call's, for its date).
pub fn next_after(
    case: &Case,
    record: &SessionRecord,
    played: &CompiledScenario,
    scenario: impl Fn(&str) -> Option<Arc<CompiledScenario>>,
) -> Result<CaseNext, String> {
    let link = record
        .meta
        .case
        .as_ref()
        .ok_or_else(|| format!("record {} is not a call of a case", record.id))?;
    let fate = fate_of(case, link, record);
    let step = link.step + 1;
    let closed = CaseNext::Closed {
        fate,
        outcome: record.outcome,
        after_step: link.step,
    };
    let Some(next) = case.calls.get(step as usize) else {
        return Ok(closed);
    };
    if !when_holds(&next.when, fate, record.outcome) {
        return Ok(closed);
    }
    let next_sc = scenario(&next.scenario).ok_or_else(|| {
        format!(
            "case {}: scenario {} is not playable (run `callcoach check`)",
            case.id, next.scenario
        )
    })?;
    let inherited = carried_entries(case, record, played, fate, next_sc.call_local);
    Ok(CaseNext::Call(NextCall {
        scenario: next.scenario.clone(),
        link: CaseLink {
            step,
            previous: Some(record.id.clone()),
            fate: Some(fate),
            inherited,
            ..link.clone()
        },
        seed: call_seed(link.seed, step),
    }))
}

/// The history entries a finished call leaves for the next: the call itself with the
/// trainee's wrap-up notes, the agreed terms as a promise, and the payments made under it
/// (kept) or the first one missed (broken), all before `next_call`.
pub fn carried_entries(
    case: &Case,
    record: &SessionRecord,
    played: &CompiledScenario,
    fate: PromiseFate,
    next_call: NaiveDateTime,
) -> Vec<Entry> {
    let step = record.meta.case.as_ref().map_or(0, |l| l.step) + 1;
    let at = played.call_local;
    let notes = record
        .wrap_up
        .as_ref()
        .map(|w| w.notes.clone())
        .unwrap_or_default();
    let entry =
        |id: &str, at: NaiveDateTime, what: Happened, tags: &[String], text: String| Entry {
            id: format!("case-{step}-{id}"),
            at,
            what,
            tags: tags.to_vec(),
            text: Some(text),
            previous_call: false,
        };
    let mut out = Vec::new();
    match record.outcome {
        Outcome::NotCalled => {}
        Outcome::LetterSent => out.push(entry(
            "letter",
            at,
            Happened::Message {
                channel: crate::content::history::Channel::Letter,
                direction: Direction::Outbound,
                replies_to: None,
            },
            &[],
            notes,
        )),
        outcome => out.push(entry(
            "call",
            at,
            Happened::Call {
                direction: Direction::Outbound,
                reached: if outcome == Outcome::WrongParty {
                    Reached::ThirdParty
                } else {
                    Reached::Debtor
                },
                outcome: Some(outcome),
            },
            &[],
            notes,
        )),
    }
    let agreed = record.scores.arrangement.as_ref().and_then(|a| a.agreed);
    let Some((terms, _)) = agreed else {
        return out;
    };
    let promise_id = format!("case-{step}-promise");
    out.push(entry(
        "promise",
        at.checked_add_signed(Duration::minutes(1)).unwrap_or(at),
        Happened::Promise { terms },
        &[],
        String::new(),
    ));
    let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default();
    let before_next = |d: NaiveDate| d.and_time(noon) < next_call;
    let balance = played.source.account.amount;
    let payments = due_payments(&terms, balance);
    match fate {
        PromiseFate::Kept => {
            for (k, (date, amount)) in payments.into_iter().enumerate() {
                if !before_next(date) {
                    break;
                }
                out.push(entry(
                    &format!("payment-{}", k + 1),
                    date.and_time(noon),
                    Happened::Payment {
                        amount,
                        promise: Some(promise_id.clone()),
                    },
                    &case.kept_tags,
                    String::new(),
                ));
            }
        }
        PromiseFate::Broken => {
            if let Some(&(date, _)) = payments.first() {
                // The missed payment is on file before the next call, even if that call comes
                // early: the day before it at the latest.
                // Checked: a record dated at the edge of chrono's range must not panic.
                let latest = next_call
                    .checked_sub_signed(Duration::days(1))
                    .unwrap_or(next_call);
                let missed = date
                    .and_time(noon)
                    .min(latest)
                    .max(at.checked_add_signed(Duration::minutes(2)).unwrap_or(at));
                out.push(entry(
                    "missed",
                    missed,
                    Happened::Missed {
                        promise: promise_id.clone(),
                    },
                    &case.broken_tags,
                    String::new(),
                ));
            }
        }
        PromiseFate::NoPromise => {}
    }
    out
}

/// The payments of terms: each due date and amount, in order (at most 120).
fn due_payments(
    terms: &Terms,
    balance: rust_decimal::Decimal,
) -> Vec<(NaiveDate, rust_decimal::Decimal)> {
    match *terms {
        Terms::Plan {
            amount,
            every,
            count,
            first,
        } => (0..count.min(120))
            .filter_map(|k| nth_date(first, every, k).map(|d| (d, amount)))
            .collect(),
        Terms::Settlement { amount, by } => vec![(by, amount)],
        Terms::Extension { to } => vec![(to, balance)],
        Terms::InFull { by } => vec![(by, balance)],
    }
}

/// The scenario a call of a case is played on: the written scenario, its `previous_call`
/// entries replaced by what the link carries (the first call's is the scenario itself).
pub fn scenario_for(sc: &CompiledScenario, link: &CaseLink) -> Result<CompiledScenario, String> {
    let mut entries: Vec<Entry> = sc
        .source
        .history
        .iter()
        .filter(|e| link.step == 0 || !e.previous_call)
        .cloned()
        .collect();
    entries.extend(link.inherited.iter().cloned());
    sc.with_history(entries)
}

/// The scenario a session's facts say it is played on: `sc` itself, or for a later call of a
/// case, [`scenario_for`] it.
pub fn scenario_of(
    sc: &Arc<CompiledScenario>,
    meta: &SessionMeta,
) -> Result<Arc<CompiledScenario>, String> {
    match &meta.case {
        Some(link) if link.step > 0 => scenario_for(sc, link).map(Arc::new),
        _ => Ok(Arc::clone(sc)),
    }
}

/// Checks a later call's link against the record of the call before it: the entries it
/// carries must be what that call leaves. `played` is the later call's written scenario,
/// `previous_played` the scenario the previous call was played on. `None` when they agree.
pub fn chain_problem(
    case: &Case,
    record: &SessionRecord,
    played: &CompiledScenario,
    previous: Option<&SessionRecord>,
    previous_played: Option<&CompiledScenario>,
) -> Option<String> {
    let link = record.meta.case.as_ref()?;
    if link.step == 0 {
        return None;
    }
    let (Some(previous), Some(previous_played)) = (previous, previous_played) else {
        return Some(format!(
            "the record of the case's previous call ({}) is missing",
            link.previous.as_deref().unwrap_or("?")
        ));
    };
    if link.previous.as_deref() != Some(previous.id.as_str()) {
        return Some("the case's previous call is another record".into());
    }
    let Some(previous_link) = previous.meta.case.as_ref() else {
        return Some("the case's previous call is not a call of the case".into());
    };
    let fate = fate_of(case, previous_link, previous);
    let expected = carried_entries(case, previous, previous_played, fate, played.call_local);
    (link.fate != Some(fate) || link.inherited != expected)
        .then(|| "what the call inherits differs from what the previous call left".into())
}

/// The case instances a trainee has played: for each, the link and the record of its latest
/// call ([`next_after`] it says whether a call is still to play).
pub fn open_cases<'a>(
    records: &'a [SessionRecord],
    trainee: &str,
) -> Vec<(&'a CaseLink, &'a SessionRecord)> {
    let mut latest: Vec<(&CaseLink, &SessionRecord)> = Vec::new();
    for r in records.iter().filter(|r| r.meta.trainee == trainee) {
        let Some(link) = &r.meta.case else { continue };
        match latest.iter_mut().find(|(l, _)| l.instance == link.instance) {
            Some(slot) if slot.0.step < link.step => *slot = (link, r),
            Some(_) => {}
            None => latest.push((link, r)),
        }
    }
    latest
}
