//! A certificate's track taken from the programme file: the track's steps judged by their own
//! completion rules (pass once, pass in exam mode, a score, no critical breach in the last
//! n…) on every verified call of the trainee, whenever played, and the records the
//! completion rests on, in the track's order.

use chrono::{DateTime, NaiveDate, Utc};

use crate::cohort::report::{Cohort, LoadedRecord};
use crate::programme::model::{Assignment, Programme, Track, Work};
use crate::programme::progress::{Evidence, assignment_progress};

/// The track `id` of the programme, completed by `trainee`: the track, and the records that
/// complete its steps (a case step: every call of the playing that did). Refused, naming
/// every step not complete, when the track is not.
pub fn completing<'p, 'c>(
    programme: &'p Programme,
    id: &str,
    cohort: &'c Cohort,
    evidence: &Evidence,
    trainee: &str,
    now: DateTime<Utc>,
) -> Result<(&'p Track, Vec<&'c LoadedRecord>), String> {
    let Some(track) = programme.track(id) else {
        let known: Vec<&str> = programme.tracks.iter().map(|t| t.id.as_str()).collect();
        return Err(format!(
            "the programme file has no track {id:?} (its tracks: {}); add it with \
             `callcoach programme track add`, or give the scenarios with --scenarios",
            if known.is_empty() {
                "none".to_string()
            } else {
                known.join(", ")
            }
        ));
    };
    // Judged as an assignment made before any call, never due: every attempt counts.
    let whole = Assignment {
        id: format!("certificate-{id}"),
        work: Work::Track(id.to_string()),
        trainees: vec![trainee.to_string()],
        groups: Vec::new(),
        due: NaiveDate::MAX,
        assigned_at: DateTime::<Utc>::MIN_UTC,
        assigned_by: String::new(),
    };
    let progress = assignment_progress(programme, evidence, &whole, trainee, now)
        .ok_or_else(|| format!("track {id:?} names no steps the programme can judge"))?;
    let open: Vec<String> = progress
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s.done.is_none())
        .map(|(i, s)| format!("step {} ({})", i + 1, s.target.id()))
        .collect();
    if !open.is_empty() {
        return Err(format!(
            "{trainee} has not completed track {id}: {} not complete by its rule",
            open.join(", ")
        ));
    }
    let mut records: Vec<&LoadedRecord> = Vec::new();
    for rid in progress
        .steps
        .iter()
        .filter_map(|s| s.done.as_ref())
        .flat_map(|d| &d.records)
    {
        if records.iter().any(|r| r.record.id == *rid) {
            continue;
        }
        let found = cohort
            .records
            .iter()
            .find(|r| r.record.id == *rid && r.verification.is_trusted())
            .ok_or_else(|| format!("record {rid} completes a step but no longer verifies"))?;
        records.push(found);
    }
    Ok((track, records))
}
