//! What the cohort's records say of the programme: each assignment's status for each trainee
//! it reaches (not started, in progress, overdue, completed, with when and by which records),
//! the step a trainee plays next, and the funnel per assignment and per trainee.
//!
//! Only **trusted** records count: [`Evidence`] is built from a loaded cohort and keeps the
//! records whose verification is `Verified` (an edited, unsigned, copied or orphaned record
//! never moves a trainee on), and of those only full calls: a synthetic session
//! (`synth-records`) counts only when asked for. An attempt counts for an assignment when it
//! started at or after the assignment's `assigned_at`.
//!
//! Statuses: **completed** once every step is complete (at the latest step's completion;
//! `late` when that was after the due day); else **overdue** from the day after the due day
//! (UTC); else **in progress** once any step has an attempt; else **not started**. The
//! funnel's `assigned` is every trainee the assignment reaches (the four others add up to it).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::cohort::report::Cohort;
use crate::cohort::table::{self, DigestCohort};
use crate::compile::CompiledScenario;
use crate::content::case::Case;
use crate::drill::DrillRecord;
use crate::programme::model::{
    Assignment, Completion, Programme, Step, Target, Work, same_trainee,
};
use crate::records::case::{CaseNext, next_after};
use crate::records::record::{Mode, SessionRecord};

/// The records progress is judged on: only verified ones, oldest first, with what is needed
/// to tell when a case's playing has ended.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    records: Vec<SessionRecord>,
    cases: Vec<Case>,
    scenarios: BTreeMap<String, Arc<CompiledScenario>>,
    drills: Vec<DrillRecord>,
}

impl Evidence {
    /// The trusted records of a cohort ([`crate::cohort::report::load_cohort`]); synthetic
    /// sessions are left out unless `include_synthetic`.
    pub fn of(
        cohort: &Cohort,
        scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
        cases: &[Case],
        include_synthetic: bool,
    ) -> Evidence {
        let mut records: Vec<SessionRecord> = cohort
            .records
            .iter()
            .filter(|r| r.verification.is_trusted())
            .filter(|r| include_synthetic || !r.record.synthetic)
            .map(|r| r.record.clone())
            .collect();
        records.sort_by(|a, b| (a.meta.started_at, &a.id).cmp(&(b.meta.started_at, &b.id)));
        Evidence {
            records,
            cases: cases.to_vec(),
            scenarios: scenarios.clone(),
            drills: Vec::new(),
        }
    }

    /// The trusted records of a cohort loaded as digests (the dashboard's,
    /// [`crate::cohort::table::load_digests`]): each trusted item's whole record is read and
    /// checked again ([`crate::cohort::table::records_of`]); one that is no longer trusted, or
    /// can no longer be read, is left out. Synthetic sessions are left out unless
    /// `include_synthetic`.
    pub fn of_digests(
        cohort: &DigestCohort,
        data: &Path,
        scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
        cases: &[Case],
        include_synthetic: bool,
    ) -> Evidence {
        let wanted: Vec<usize> = cohort
            .items
            .iter()
            .enumerate()
            .filter(|(_, it)| it.verification.is_trusted())
            .filter(|(_, it)| include_synthetic || !it.digest.synthetic)
            .map(|(i, _)| i)
            .collect();
        let mut records: Vec<SessionRecord> = table::records_of(cohort, &wanted, data, scenarios)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|r| r.verification.is_trusted())
            .map(|r| r.record)
            .collect();
        records.sort_by(|a, b| (a.meta.started_at, &a.id).cmp(&(b.meta.started_at, &b.id)));
        Evidence {
            records,
            cases: cases.to_vec(),
            scenarios: scenarios.clone(),
            drills: Vec::new(),
        }
    }

    /// The same evidence with the trainees' verified drills ([`crate::drill::store::load_drills`]),
    /// which the mastery matrix counts and a programme's steps never do.
    pub fn with_drills(mut self, mut drills: Vec<DrillRecord>) -> Evidence {
        drills.sort_by(|a, b| (a.meta.started_at, &a.id).cmp(&(b.meta.started_at, &b.id)));
        self.drills = drills;
        self
    }

    /// Every trusted record of a full call, oldest first. Drills are kept apart
    /// ([`Evidence::drills`]): a drill is never an attempt at a step.
    pub fn records(&self) -> &[SessionRecord] {
        &self.records
    }

    /// The verified drills, oldest first.
    pub fn drills(&self) -> &[DrillRecord] {
        &self.drills
    }
}

/// One attempt at a step: a call of its scenario, or a playing of its case (all its calls).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attempt {
    /// The record ids, in call order.
    pub records: Vec<String>,
    pub started_at: DateTime<Utc>,
    pub ended_at: DateTime<Utc>,
    /// A case's playing has ended (a scenario's call always has).
    pub finished: bool,
    /// Finished, and every call passed.
    pub passed: bool,
    /// Some call had a critical breach.
    pub critical: bool,
    /// The overall score (a case: the mean of its calls', rounded).
    pub overall: u8,
    /// Exam when every call was played in exam mode.
    pub mode: Mode,
}

/// When and by what a step or an assignment was completed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Done {
    pub at: DateTime<Utc>,
    /// The records the completion rests on.
    pub records: Vec<String>,
}

/// One step's progress.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StepProgress {
    pub target: Target,
    pub rule: Completion,
    /// The attempts since the assignment, oldest first.
    pub attempts: Vec<Attempt>,
    pub done: Option<Done>,
}

/// Where a trainee stands on an assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    NotStarted,
    InProgress,
    Overdue,
    Completed,
}

impl Status {
    /// Every status, in funnel order.
    pub const ALL: [Status; 4] = [
        Status::NotStarted,
        Status::InProgress,
        Status::Overdue,
        Status::Completed,
    ];

    /// Kebab-case key for Fluent ids (`programme-status-<key>`) and exports.
    pub fn key(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::InProgress => "in-progress",
            Status::Overdue => "overdue",
            Status::Completed => "completed",
        }
    }
}

/// One trainee's progress on one assignment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssignmentProgress {
    /// The assignment's id.
    pub assignment: String,
    pub work: Work,
    pub trainee: String,
    pub due: NaiveDate,
    pub status: Status,
    pub steps: Vec<StepProgress>,
    /// The first step not yet complete (what "start the next step" plays).
    pub next: Option<usize>,
    pub completed: Option<Done>,
    /// Completed after the due day.
    pub late: bool,
}

impl AssignmentProgress {
    /// How many steps are complete.
    pub fn steps_done(&self) -> usize {
        self.steps.iter().filter(|s| s.done.is_some()).count()
    }
}

/// The progress of every assignment reaching `trainee`, in file order. An assignment naming a
/// track the file lacks is left out (the check reports it).
pub fn progress_of(
    programme: &Programme,
    evidence: &Evidence,
    trainee: &str,
    now: DateTime<Utc>,
) -> Vec<AssignmentProgress> {
    programme
        .assignments_of(trainee)
        .filter_map(|a| assignment_progress(programme, evidence, a, trainee, now))
        .collect()
}

/// One trainee's progress on one assignment (`None` when its track is missing).
pub fn assignment_progress(
    programme: &Programme,
    evidence: &Evidence,
    assignment: &Assignment,
    trainee: &str,
    now: DateTime<Utc>,
) -> Option<AssignmentProgress> {
    let steps = programme.steps_of(assignment)?;
    let steps: Vec<StepProgress> = steps
        .iter()
        .map(|step| step_progress(evidence, step, trainee, assignment.assigned_at, now))
        .collect();
    let completed = if steps.iter().all(|s| s.done.is_some()) && !steps.is_empty() {
        let at = steps
            .iter()
            .filter_map(|s| s.done.as_ref())
            .map(|d| d.at)
            .max()?;
        let mut records: Vec<String> = Vec::new();
        for id in steps
            .iter()
            .filter_map(|s| s.done.as_ref())
            .flat_map(|d| &d.records)
        {
            if !records.contains(id) {
                records.push(id.clone());
            }
        }
        Some(Done { at, records })
    } else {
        None
    };
    let started = steps.iter().any(|s| !s.attempts.is_empty());
    let status = match &completed {
        Some(_) => Status::Completed,
        None if now.date_naive() > assignment.due => Status::Overdue,
        None if started => Status::InProgress,
        None => Status::NotStarted,
    };
    let late = completed
        .as_ref()
        .is_some_and(|d| d.at.date_naive() > assignment.due);
    Some(AssignmentProgress {
        assignment: assignment.id.clone(),
        work: assignment.work.clone(),
        trainee: trainee.trim().to_string(),
        due: assignment.due,
        status,
        next: steps.iter().position(|s| s.done.is_none()),
        steps,
        completed,
        late,
    })
}

/// A step's attempts since `since` and whether (and when) its rule came to hold.
fn step_progress(
    evidence: &Evidence,
    step: &Step,
    trainee: &str,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> StepProgress {
    // Judged as at `now` (`--today` may look back): calls ended after it do not count yet.
    let mine = evidence.records().iter().filter(|r| {
        same_trainee(&r.meta.trainee, trainee) && r.meta.started_at >= since && r.ended_at <= now
    });
    let attempts = match &step.target {
        Target::Scenario(id) => mine
            .filter(|r| &r.meta.scenario == id)
            .map(scenario_attempt)
            .collect(),
        Target::Case(id) => case_attempts(evidence, mine, id),
    };
    let done = first_holding(&step.rule, &attempts);
    StepProgress {
        target: step.target.clone(),
        rule: step.rule.clone(),
        attempts,
        done,
    }
}

fn scenario_attempt(r: &SessionRecord) -> Attempt {
    Attempt {
        records: vec![r.id.clone()],
        started_at: r.meta.started_at,
        ended_at: r.ended_at,
        finished: true,
        passed: r.passed,
        critical: r.scores.critical_breach,
        overall: r.scores.overall,
        mode: r.meta.mode,
    }
}

/// A case's playings by one trainee: records grouped by instance, in order of their first call.
fn case_attempts<'a>(
    evidence: &Evidence,
    records: impl Iterator<Item = &'a SessionRecord>,
    case_id: &str,
) -> Vec<Attempt> {
    let case = evidence.cases.iter().find(|c| c.id == case_id);
    let mut instances: Vec<(String, Vec<&SessionRecord>)> = Vec::new();
    for r in records {
        let Some(link) = r.meta.case.as_ref().filter(|l| l.case == case_id) else {
            continue;
        };
        match instances.iter_mut().find(|(i, _)| *i == link.instance) {
            Some((_, calls)) => calls.push(r),
            None => instances.push((link.instance.clone(), vec![r])),
        }
    }
    instances
        .into_iter()
        .map(|(_, mut calls)| {
            calls.sort_by_key(|r| r.meta.case.as_ref().map_or(0, |l| l.step));
            let last = calls[calls.len() - 1];
            let finished = case.is_some_and(|case| {
                let played = evidence.scenarios.get(&last.meta.scenario);
                played.is_some_and(|sc| {
                    matches!(
                        next_after(case, last, sc, |id| evidence.scenarios.get(id).cloned()),
                        Ok(CaseNext::Closed { .. })
                    )
                })
            });
            let total: u32 = calls.iter().map(|r| u32::from(r.scores.overall)).sum();
            let n = calls.len() as u32;
            Attempt {
                records: calls.iter().map(|r| r.id.clone()).collect(),
                started_at: calls[0].meta.started_at,
                ended_at: last.ended_at,
                finished,
                passed: finished && calls.iter().all(|r| r.passed),
                critical: calls.iter().any(|r| r.scores.critical_breach),
                overall: ((total + n / 2) / n) as u8,
                mode: if calls.iter().all(|r| r.meta.mode == Mode::Exam) {
                    Mode::Exam
                } else {
                    Mode::Practice
                },
            }
        })
        .collect()
}

/// The first point at which `rule` holds on the finished attempts so far, with the records it
/// rests on.
fn first_holding(rule: &Completion, attempts: &[Attempt]) -> Option<Done> {
    let finished: Vec<&Attempt> = attempts.iter().filter(|a| a.finished).collect();
    (1..=finished.len()).find_map(|k| {
        let seen = &finished[..k];
        let evidence = holds(rule, seen)?;
        let mut records: Vec<String> = Vec::new();
        for i in evidence {
            for id in &seen[i].records {
                if !records.contains(id) {
                    records.push(id.clone());
                }
            }
        }
        Some(Done {
            at: seen[k - 1].ended_at,
            records,
        })
    })
}

/// Whether `rule` holds on these attempts (oldest first): the indices of the attempts it
/// rests on, in order.
pub fn holds(rule: &Completion, attempts: &[&Attempt]) -> Option<Vec<usize>> {
    match rule {
        Completion::PassedOnce { mode } => attempts
            .iter()
            .position(|a| a.passed && mode.is_none_or(|m| a.mode == m))
            .map(|i| vec![i]),
        Completion::ScoreAtLeast(min) => attempts
            .iter()
            .position(|a| a.overall >= *min)
            .map(|i| vec![i]),
        Completion::NoCriticalInLast(n) => {
            let n = *n as usize;
            if n == 0 || attempts.len() < n {
                return None;
            }
            let from = attempts.len() - n;
            attempts[from..]
                .iter()
                .all(|a| !a.critical)
                .then(|| (from..attempts.len()).collect())
        }
        Completion::All(rules) => {
            if attempts.is_empty() {
                return None;
            }
            let mut all = Vec::new();
            for r in rules {
                all.extend(holds(r, attempts)?);
            }
            all.sort_unstable();
            all.dedup();
            Some(all)
        }
    }
}

/// How many trainees stand where.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Funnel {
    /// Everyone counted (the sum of the four others).
    pub assigned: usize,
    pub not_started: usize,
    pub in_progress: usize,
    pub overdue: usize,
    pub completed: usize,
}

impl Funnel {
    fn add(&mut self, status: Status) {
        self.assigned += 1;
        *self.slot(status) += 1;
    }

    fn slot(&mut self, status: Status) -> &mut usize {
        match status {
            Status::NotStarted => &mut self.not_started,
            Status::InProgress => &mut self.in_progress,
            Status::Overdue => &mut self.overdue,
            Status::Completed => &mut self.completed,
        }
    }

    /// The count of one status.
    pub fn count(&self, status: Status) -> usize {
        match status {
            Status::NotStarted => self.not_started,
            Status::InProgress => self.in_progress,
            Status::Overdue => self.overdue,
            Status::Completed => self.completed,
        }
    }
}

/// One assignment's funnel and every trainee's progress on it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssignmentFunnel {
    pub assignment: String,
    pub work: Work,
    pub due: NaiveDate,
    pub funnel: Funnel,
    /// Each trainee it reaches, in [`Programme::assigned_to`] order.
    pub trainees: Vec<AssignmentProgress>,
}

/// The funnel of every assignment, in file order (one whose track is missing is left out).
pub fn funnel(
    programme: &Programme,
    evidence: &Evidence,
    now: DateTime<Utc>,
) -> Vec<AssignmentFunnel> {
    programme
        .assignments
        .iter()
        .filter(|a| programme.steps_of(a).is_some())
        .map(|a| {
            let trainees: Vec<AssignmentProgress> = programme
                .assigned_to(a)
                .iter()
                .filter_map(|t| assignment_progress(programme, evidence, a, t, now))
                .collect();
            let mut funnel = Funnel::default();
            for p in &trainees {
                funnel.add(p.status);
            }
            AssignmentFunnel {
                assignment: a.id.clone(),
                work: a.work.clone(),
                due: a.due,
                funnel,
                trainees,
            }
        })
        .collect()
}

/// One trainee's assignments counted by status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TraineeFunnel {
    pub trainee: String,
    pub funnel: Funnel,
}

/// The funnel per trainee (from [`funnel`]'s result), trainees sorted by name.
pub fn per_trainee(funnels: &[AssignmentFunnel]) -> Vec<TraineeFunnel> {
    let mut by: BTreeMap<String, TraineeFunnel> = BTreeMap::new();
    for p in funnels.iter().flat_map(|f| &f.trainees) {
        by.entry(p.trainee.to_lowercase())
            .or_insert_with(|| TraineeFunnel {
                trainee: p.trainee.clone(),
                funnel: Funnel::default(),
            })
            .funnel
            .add(p.status);
    }
    by.into_values().collect()
}

/// What the app shows a trainee after sign-in: the data folder's programme and the progress
/// of every assignment reaching `trainee` (the records are only read when there is one), or
/// why the programme file cannot be read.
pub fn for_trainee(
    data: &std::path::Path,
    trainee: &str,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    cases: &[Case],
    now: DateTime<Utc>,
) -> Result<(Programme, Vec<AssignmentProgress>), crate::programme::file::ProgrammeError> {
    let programme = crate::programme::file::load(data)?.programme;
    if programme.assignments_of(trainee).next().is_none() {
        return Ok((programme, Vec::new()));
    }
    let cohort = crate::cohort::report::load_cohort(data, scenarios, cases);
    let evidence = Evidence::of(&cohort, scenarios, cases, false);
    let progress = progress_of(&programme, &evidence, trainee, now);
    Ok((programme, progress))
}
