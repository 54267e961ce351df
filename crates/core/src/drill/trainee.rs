//! One trainee's drills from a data folder: what the command line's `drill` verbs and the
//! app's "Today's drills" both read.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::cohort::report;
use crate::compile::CompiledScenario;
use crate::content::case::Case;
use crate::drill::record::DrillRecord;
use crate::drill::schedule::{Drill, Schedule, drills_of};
use crate::drill::store::load_drills;
use crate::records::record::SessionRecord;

/// A trainee's drills with what they come from.
#[derive(Debug, Default)]
pub struct TraineeDrills {
    /// Whose drills these are.
    pub trainee: String,
    /// Every trusted call record of the folder (a drill starts from one of them).
    pub records: Vec<SessionRecord>,
    /// The verified drill records of the folder (every trainee's, as `drills_of` takes them).
    pub attempts: Vec<DrillRecord>,
    /// The trainee's drills, by due day then rule.
    pub drills: Vec<Drill>,
    /// Drill files not counted, with why (edited, unsigned, unreadable…).
    pub skipped: Vec<(PathBuf, String)>,
}

impl TraineeDrills {
    /// The call record a drill starts from.
    pub fn source(&self, drill: &Drill) -> Option<&SessionRecord> {
        self.records.iter().find(|r| r.id == drill.origin.source)
    }

    /// Counts a drill attempt just written (so verified by its writer) without reading the
    /// folder again: the schedule is worked out anew from the calls and attempts.
    pub fn add_attempt(
        &mut self,
        attempt: DrillRecord,
        scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
        schedule: &Schedule,
    ) {
        self.attempts.push(attempt);
        self.drills = drills_of(
            &self.trainee,
            &self.records,
            &self.attempts,
            scenarios,
            schedule,
        );
    }

    /// The drill of a rule (`rubric/rule`), if the trainee has one.
    pub fn find(&self, rubric: &str, rule: &str) -> Option<&Drill> {
        self.drills
            .iter()
            .find(|d| d.origin.rubric == rubric && d.origin.rule == rule)
    }
}

/// Reads `trainee`'s drills from `data`: the trusted calls and verified drill records, on
/// `schedule`. An unlistable `records/` or `drills/` folder is an error naming it.
pub fn trainee_drills(
    data: &Path,
    trainee: &str,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    cases: &[Case],
    schedule: &Schedule,
) -> Result<TraineeDrills, String> {
    let records = report::trusted_records(data, scenarios, cases)?;
    let attempts = load_drills(data, scenarios)?;
    let drills = drills_of(trainee, &records, &attempts.trusted, scenarios, schedule);
    Ok(TraineeDrills {
        trainee: trainee.to_string(),
        records,
        attempts: attempts.trusted,
        drills,
        skipped: attempts.skipped,
    })
}
