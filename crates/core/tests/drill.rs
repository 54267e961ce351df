//! Drills on a real shipped scenario: a call that breaks a rule at turn 4 offers a drill that
//! starts at that decision with the call's state then; it is recorded apart from calls,
//! verified when read, spaced 1 and 3 days, retired by two passes in a row, reset by a fail,
//! and an edited drill is caught.

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use callcoach_core::cohort::report;
use callcoach_core::compile::{CompiledScenario, compile};
use callcoach_core::content::loader::Library;
use callcoach_core::drill::store::{drills_dir, load_drills, write_drill};
use callcoach_core::drill::{
    Drill, DrillRecord, DrillRun, Schedule, decision, drills_of, due, verify_drill,
};
use callcoach_core::engine::runner::Call;
use callcoach_core::engine::scoring::RuleStatus;
use callcoach_core::programme::mastery::{Mastery, mastery};
use callcoach_core::programme::progress::Evidence;
use callcoach_core::records::record::{Mode, SessionMeta, SessionRecord, make_record};
use callcoach_core::records::seal::CohortKey;
use callcoach_core::records::store;
use callcoach_core::records::verify::{Tamper, Verification};

type Scenarios = BTreeMap<String, Arc<CompiledScenario>>;

const SCENARIO: &str = "uk-bad-time";
const RUBRIC: &str = "compliance-uk";
const RULE: &str = "UK-03";

fn compiled() -> Scenarios {
    let lib = Library::load(&common::shipped());
    let mut diagnostics = Vec::new();
    lib.scenarios
        .iter()
        .map(|s| {
            let sc = compile(&lib, s, &mut diagnostics).expect("shipped scenarios compile");
            (sc.id.clone(), Arc::new(sc))
        })
        .collect()
}

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

/// The call of the test: seed 2, these display positions, then the first option to the end.
fn breaking_call(scenarios: &Scenarios, data: &std::path::Path) -> SessionRecord {
    let sc = Arc::clone(&scenarios[SCENARIO]);
    let mut call = Call::new(Arc::clone(&sc), 2).unwrap();
    let mut picks = [1, 1, 2, 0, 0, 0].into_iter();
    while call.prompt().is_some() {
        call.pick(picks.next().unwrap_or(0), 1000).unwrap();
    }
    let meta = SessionMeta::new(&sc, "Ada Trainee", "en", 2, Mode::Practice, at(1, 10));
    let rec = make_record(&meta, &call, None, at(1, 10)).unwrap();
    store::write_record(data, &rec).unwrap();
    rec
}

fn trusted(scenarios: &Scenarios, data: &std::path::Path) -> Vec<SessionRecord> {
    report::trusted_records(data, scenarios, &[]).unwrap()
}

fn the_drill(drills: &[Drill]) -> &Drill {
    drills
        .iter()
        .find(|d| d.origin.rubric == RUBRIC && d.origin.rule == RULE)
        .expect("a drill of the broken rule")
}

/// Plays a drill to its end, at each turn the first shown option that does not break the
/// rule (`pass`) or that breaks it (`!pass`), else the first.
fn play(run: &mut DrillRun, pass: bool) {
    while run.decided().is_none() {
        let shown = run
            .call
            .prompt()
            .expect("an open drill waits for a pick")
            .choices
            .len();
        let chosen = (0..shown)
            .find(|&p| {
                let mut trial = run.call.clone();
                trial.pick(p, 1000).unwrap();
                let broken =
                    decision(&trial, run.rule_index(), run.origin.turn) == Some(RuleStatus::Broken);
                broken != pass
            })
            .unwrap_or(0);
        run.call.pick(chosen, 1000).unwrap();
    }
}

fn attempt(
    scenarios: &Scenarios,
    data: &std::path::Path,
    source: &SessionRecord,
    drill: &Drill,
    when: DateTime<Utc>,
    pass: bool,
) -> DrillRecord {
    let sc = &scenarios[SCENARIO];
    let mut run = DrillRun::start(sc, source, drill.origin.clone(), "en", when).unwrap();
    play(&mut run, pass);
    let rec = DrillRecord::of(&run, when + chrono::Duration::minutes(2)).unwrap();
    assert_eq!(
        rec.passed,
        pass,
        "the drill was meant to {}",
        if pass { "pass" } else { "fail" }
    );
    write_drill(data, &rec).unwrap();
    rec
}

#[test]
fn a_rule_broken_at_turn_4_is_drilled_from_that_decision_and_retired_by_two_passes() {
    let scenarios = compiled();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let source = breaking_call(&scenarios, data);
    let broken = source
        .scores
        .rules
        .iter()
        .find(|r| r.rubric == RUBRIC && r.rule == RULE)
        .unwrap();
    assert_eq!(broken.status, RuleStatus::Broken);
    assert_eq!(broken.turn, Some(4));

    let schedule = Schedule::default();
    let records = trusted(&scenarios, data);
    let drills = drills_of("Ada Trainee", &records, &[], &scenarios, &schedule);
    let drill = the_drill(&drills).clone();
    assert_eq!(drill.origin.source, source.id);
    assert_eq!(drill.origin.turn, 4);
    assert_eq!(drill.due, day(2), "first due a day after the call");
    assert!(
        due(&drills, day(1), 10)
            .iter()
            .all(|d| d.origin.rule != RULE)
    );
    assert!(
        due(&drills, day(2), 10)
            .iter()
            .any(|d| d.origin.rule == RULE)
    );
    // Someone else has no drills from Ada's call.
    assert!(drills_of("Bo", &records, &[], &scenarios, &schedule).is_empty());

    // The drill starts at the decision of turn 4, with the call's state then.
    let sc = &scenarios[SCENARIO];
    let run = DrillRun::start(sc, &source, drill.origin.clone(), "en", at(2, 9)).unwrap();
    let replayed = callcoach_core::records::verify::replay(
        Arc::clone(sc),
        source.meta.seed,
        &source.turns[..3],
    )
    .unwrap();
    assert_eq!(run.call.turns().len(), 3);
    assert_eq!(run.call.prompt().unwrap().node_id, source.turns[3].node);
    assert_eq!(run.call.vars(), replayed.vars());
    assert_eq!(
        run.call.prompt().unwrap().choices,
        replayed.prompt().unwrap().choices
    );
    assert_eq!(run.decided(), None);

    // Pass on day 2: due again 3 days later.
    let first = attempt(&scenarios, data, &source, &drill, at(2, 9), true);
    // UK-03 forbids pressure: the answer at turn 4 decides it, so the drill is that one turn.
    assert_eq!(first.turns.len(), 4);
    assert_eq!(first.turns[..3], source.turns[..3]);
    let loaded = load_drills(data, &scenarios).unwrap();
    assert_eq!(loaded.trusted.len(), 1, "skipped: {:?}", loaded.skipped);
    let drills = drills_of(
        "Ada Trainee",
        &records,
        &loaded.trusted,
        &scenarios,
        &schedule,
    );
    let d = the_drill(&drills);
    assert_eq!(
        (d.attempts, d.passes_in_a_row, d.due, d.retired),
        (1, 1, day(5), false)
    );

    // Pass again on day 5: retired.
    attempt(&scenarios, data, &source, &drill, at(5, 9), true);
    let loaded = load_drills(data, &scenarios).unwrap();
    let drills = drills_of(
        "Ada Trainee",
        &records,
        &loaded.trusted,
        &scenarios,
        &schedule,
    );
    let d = the_drill(&drills);
    assert_eq!((d.attempts, d.passes_in_a_row, d.retired), (2, 2, true));
    assert!(
        due(&drills, day(30), 10)
            .iter()
            .all(|d| d.origin.rule != RULE)
    );

    // Drills are never calls: the cohort still holds the one call.
    let cohort = report::load_cohort(data, &scenarios, &[]);
    assert_eq!(cohort.records.len(), 1);
    assert!(cohort.corrupt.is_empty(), "{:?}", cohort.corrupt);
}

#[test]
fn a_failed_drill_comes_back_the_next_day_and_starts_the_streak_again() {
    let scenarios = compiled();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let source = breaking_call(&scenarios, data);
    let records = trusted(&scenarios, data);
    let schedule = Schedule::default();
    let drill = the_drill(&drills_of(
        "Ada Trainee",
        &records,
        &[],
        &scenarios,
        &schedule,
    ))
    .clone();
    attempt(&scenarios, data, &source, &drill, at(2, 9), true);
    let failed = attempt(&scenarios, data, &source, &drill, at(5, 9), false);
    assert_eq!(failed.status, RuleStatus::Broken);
    let loaded = load_drills(data, &scenarios).unwrap();
    let drills = drills_of(
        "Ada Trainee",
        &records,
        &loaded.trusted,
        &scenarios,
        &schedule,
    );
    let d = the_drill(&drills);
    assert_eq!(
        (d.attempts, d.passes_in_a_row, d.due, d.retired),
        (2, 0, day(6), false)
    );

    // The mastery matrix counts the drills beside the call, in time order: broken in the
    // call, kept in the first drill, broken in the second; the programme's steps do not.
    let cohort = report::load_cohort(data, &scenarios, &[]);
    let evidence = Evidence::of(&cohort, &scenarios, &[], false);
    let without = mastery(&evidence);
    let m = mastery(&evidence.with_drills(loaded.trusted.clone()));
    let cell_of = |m: &Mastery| {
        let r = m
            .rules
            .iter()
            .position(|k| k.rubric == RUBRIC && k.rule == RULE)
            .expect("the rule is in the matrix");
        m.cells[0][r].clone().expect("decided")
    };
    let c = cell_of(&without);
    assert_eq!((c.attempts, c.drills, c.kept), (1, 0, 0));
    let c = cell_of(&m);
    assert_eq!((c.attempts, c.drills, c.kept), (3, 2, 1));
    assert_eq!(c.last, RuleStatus::Broken);
    assert_eq!(c.last_at, failed.ended_at);
    assert_eq!(m.trainees, ["Ada Trainee"]);
    // Another rule of the same call is not touched by the drills.
    let other = m
        .rules
        .iter()
        .position(|k| !(k.rubric == RUBRIC && k.rule == RULE))
        .expect("the call decided other rules");
    assert_eq!(m.cells[0][other].as_ref().map(|c| c.drills), Some(0));
}

#[test]
fn an_edited_drill_is_caught() {
    let scenarios = compiled();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let source = breaking_call(&scenarios, data);
    let records = trusted(&scenarios, data);
    let drill = the_drill(&drills_of(
        "Ada Trainee",
        &records,
        &[],
        &scenarios,
        &Schedule::default(),
    ))
    .clone();
    let failed = attempt(&scenarios, data, &source, &drill, at(2, 9), false);
    let key = CohortKey::read(data).unwrap().unwrap();
    let sc = scenarios.get(SCENARIO);

    // Its file edited to pass: the MAC no longer matches, and the loader names the file.
    let path = std::fs::read_dir(drills_dir(data))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("\"passed\":false", "\"passed\":true")).unwrap();
    let loaded = load_drills(data, &scenarios).unwrap();
    assert!(loaded.trusted.is_empty());
    assert_eq!(loaded.skipped.len(), 1);
    assert!(
        loaded.skipped[0].1.contains("MAC"),
        "{}",
        loaded.skipped[0].1
    );

    // Re-signed by someone holding the key, the replay still gives it away.
    let mut forged = failed.clone();
    forged.passed = true;
    forged.status = RuleStatus::Met;
    forged.sign(&key);
    assert_eq!(
        verify_drill(&forged, sc, Some(&key)),
        Verification::Tampered(Tamper::Scores)
    );
    // A drill that goes on past the decision is not the drill it claims.
    let mut longer = failed.clone();
    longer.turns.push(longer.turns.last().unwrap().clone());
    longer.sign(&key);
    assert!(matches!(
        verify_drill(&longer, sc, Some(&key)),
        Verification::Tampered(Tamper::NoReplay(_))
    ));
    // The honest one verifies; unsigned it does not.
    let mut honest = failed.clone();
    honest.sign(&key);
    assert_eq!(
        verify_drill(&honest, sc, Some(&key)),
        Verification::Verified
    );
    honest.mac = None;
    assert_eq!(
        verify_drill(&honest, sc, Some(&key)),
        Verification::Tampered(Tamper::MacMissing)
    );
}
