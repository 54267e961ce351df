//! Cases in the app: several calls on one account. What follows a finished call of a case
//! (the core decides: `records::case::next_after`), the cases a trainee can continue (read
//! from their records, so nothing is lost between calls), and the step between two calls the
//! between-calls screen shows.

use std::sync::Arc;

use bevy::prelude::*;

use callcoach_core::cohort::report;
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::case::Case;
use callcoach_core::content::negotiation::Terms;
use callcoach_core::records::case::{self, CaseNext, NextCall, PromiseFate};
use callcoach_core::records::record::SessionRecord;

use crate::content::Content;

/// What follows a finished call of a case, as the between-calls screen shows it.
#[derive(Debug, Clone)]
pub struct CaseStep {
    /// The case id.
    pub case: String,
    /// The position of the call just played (0: the first).
    pub after_step: u32,
    /// The next call, or `None` when the case is over.
    pub next: Option<NextCall>,
    /// How the terms agreed in the call just played went.
    pub fate: PromiseFate,
    /// How the call just played ended.
    pub outcome: callcoach_core::content::model::Outcome,
    /// The terms agreed in the call just played (for `$terms`), and the scenario it was played
    /// on (to put them in words).
    pub terms: Option<Terms>,
    pub played: Arc<CompiledScenario>,
    /// Days from the call just played to the next one.
    pub days: i64,
}

/// The step between two calls of a case, once the trainee asked for it.
#[derive(Resource, Debug, Default, Clone)]
pub struct CaseProgress(pub Option<CaseStep>);

/// A case the trainee can go on with: its latest finished call's record.
#[derive(Debug, Clone)]
pub struct OpenCase {
    pub case: String,
    pub instance: String,
    pub record: SessionRecord,
}

/// The trainee's cases with a call still to play, read from the records when the library
/// opens.
#[derive(Resource, Debug, Default, Clone)]
pub struct OpenCases(pub Vec<OpenCase>);

/// The case of this id in the library.
pub fn case<'a>(content: &'a Content, id: &str) -> Option<&'a Case> {
    content.library.case(id).map(|c| &c.value)
}

/// Whether a case can be started: its first call's scenario is playable.
pub fn startable(content: &Content, c: &Case) -> bool {
    c.calls
        .first()
        .is_some_and(|call| content.playable.contains_key(&call.scenario))
}

/// What follows the call `record` (played on `played`) in its case.
pub fn step_after(
    content: &Content,
    record: &SessionRecord,
    played: &Arc<CompiledScenario>,
) -> Result<CaseStep, String> {
    let link = record
        .meta
        .case
        .as_ref()
        .ok_or_else(|| format!("record {} is not a call of a case", record.id))?;
    let c = case(content, &link.case).ok_or_else(|| format!("no case \"{}\"", link.case))?;
    let next = case::next_after(c, record, played, |id| content.playable.get(id).cloned())?;
    let terms = record
        .scores
        .arrangement
        .as_ref()
        .and_then(|a| a.agreed)
        .map(|(t, _)| t);
    let (next, fate, outcome, after_step) = match next {
        CaseNext::Call(n) => {
            let fate = n.link.fate.unwrap_or(PromiseFate::NoPromise);
            (Some(n), fate, record.outcome, link.step)
        }
        CaseNext::Closed {
            fate,
            outcome,
            after_step,
        } => (None, fate, outcome, after_step),
    };
    let days = next
        .as_ref()
        .and_then(|n| content.playable.get(&n.scenario))
        .map_or(0, |sc| {
            (sc.call_local.date() - played.call_local.date()).num_days()
        });
    Ok(CaseStep {
        case: link.case.clone(),
        after_step,
        next,
        fate,
        outcome,
        terms,
        played: Arc::clone(played),
        days,
    })
}

/// The scenario a finished call of a case was played on (its written scenario with what it
/// inherited), from the library's newest good version.
pub fn played_on(content: &Content, record: &SessionRecord) -> Option<Arc<CompiledScenario>> {
    let sc = content.playable.get(&record.meta.scenario)?;
    case::scenario_of(sc, &record.meta).ok()
}

/// The trainee's case instances whose latest call has a next one to play.
pub fn open_cases(content: &Content, data: &std::path::Path, trainee: &str) -> Vec<OpenCase> {
    // Only verified records continue a case; a `records/` folder that cannot be listed
    // offers no open case (the dashboard and `report` name it).
    let cases = content.cases();
    let records: Vec<SessionRecord> =
        report::trusted_records(data, &content.playable, &cases).unwrap_or_default();
    case::open_cases(&records, trainee)
        .into_iter()
        .filter(|(_, r)| {
            played_on(content, r)
                .and_then(|sc| step_after(content, r, &sc).ok())
                .is_some_and(|s| s.next.is_some())
        })
        .map(|(link, r)| OpenCase {
            case: link.case.clone(),
            instance: link.instance.clone(),
            record: r.clone(),
        })
        .collect()
}
