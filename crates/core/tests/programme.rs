//! The training programme: the file (hand-edited mistakes named at file:line:col, unknown
//! references, atomic saves that never lose a coordinator's edit), progress from trusted
//! records only (statuses, completion with its records, overdue, the funnel) and the mastery
//! matrix, on records of real shipped scenarios.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use callcoach_core::cohort::report;
use callcoach_core::compile::{CompiledScenario, compile};
use callcoach_core::content::loader::Library;
use callcoach_core::engine::scoring::RuleStatus;
use callcoach_core::programme::check::{Known, check};
use callcoach_core::programme::file::{self, programme_path};
use callcoach_core::programme::mastery::{self, Trend};
use callcoach_core::programme::merge::{Kind, Settled};
use callcoach_core::programme::model::{
    Assignment, Completion, Group, Programme, Step, Target, Track, Work,
};
use callcoach_core::programme::progress::{self, Evidence, Status};
use callcoach_core::records::record::{Mode, SessionRecord, record_id};
use callcoach_core::records::store;

type Scenarios = BTreeMap<String, Arc<CompiledScenario>>;

fn compiled() -> (Library, Scenarios) {
    let lib = Library::load(&common::shipped());
    let mut diagnostics = Vec::new();
    let mut out = BTreeMap::new();
    for s in &lib.scenarios {
        let sc = compile(&lib, s, &mut diagnostics).expect("shipped scenarios compile");
        out.insert(sc.id.clone(), Arc::new(sc));
    }
    (lib, out)
}

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

/// A pool of real calls (synthetic records of every shipped scenario), to re-sign as the
/// named trainees' own calls.
struct Pool {
    records: Vec<SessionRecord>,
}

impl Pool {
    fn new(scenarios: &Scenarios) -> Pool {
        let dir = tempfile::tempdir().unwrap();
        report::synthesise(scenarios, dir.path(), 600, 5, 3).unwrap();
        let records = store::record_files(dir.path())
            .unwrap()
            .iter()
            .map(|p| store::read_record(p).unwrap())
            .collect();
        Pool { records }
    }

    /// A call of `scenario` that `want` accepts, as `trainee`'s real call started at `start`.
    fn call(
        &self,
        scenario: &str,
        want: impl Fn(&SessionRecord) -> bool,
        trainee: &str,
        mode: Mode,
        start: DateTime<Utc>,
    ) -> SessionRecord {
        let base = self
            .records
            .iter()
            .find(|r| r.meta.scenario == scenario && want(r))
            .unwrap_or_else(|| panic!("the pool has such a call of {scenario}"));
        let mut r = base.clone();
        let length = r.ended_at - r.meta.started_at;
        r.meta.trainee = trainee.into();
        r.meta.mode = mode;
        r.meta.started_at = start;
        r.ended_at = start + length;
        r.synthetic = false;
        r.mac = None;
        r.id = record_id(&r.meta);
        r
    }
}

fn passed(r: &SessionRecord) -> bool {
    r.passed
}
fn failed_no_critical(r: &SessionRecord) -> bool {
    !r.passed && !r.scores.critical_breach
}
fn critical(r: &SessionRecord) -> bool {
    r.scores.critical_breach
}

/// A scenario the pool has passing, failing-without-critical and critical calls of.
fn rich_scenario(pool: &Pool, scenarios: &Scenarios) -> String {
    scenarios
        .keys()
        .find(|id| {
            let of = |f: fn(&SessionRecord) -> bool| {
                pool.records.iter().any(|r| &r.meta.scenario == *id && f(r))
            };
            of(passed) && of(failed_no_critical) && of(critical)
        })
        .expect("some scenario has passed, failed and critical calls in the pool")
        .clone()
}

fn track(id: &str, steps: Vec<Step>) -> Track {
    Track {
        id: id.into(),
        title: format!("Track {id}"),
        titles: BTreeMap::from([("pl".to_string(), format!("Ścieżka {id}"))]),
        steps,
    }
}

fn step(scenario: &str, rule: Completion) -> Step {
    Step {
        target: Target::Scenario(scenario.into()),
        rule,
    }
}

fn assignment(
    id: &str,
    work: Work,
    trainees: &[&str],
    groups: &[&str],
    due: NaiveDate,
) -> Assignment {
    Assignment {
        id: id.into(),
        work,
        trainees: trainees.iter().map(|s| s.to_string()).collect(),
        groups: groups.iter().map(|s| s.to_string()).collect(),
        due,
        assigned_at: at(10, 8),
        assigned_by: "Koordynator".into(),
    }
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
}

// ---- the file -------------------------------------------------------------------------

const HAND_WRITTEN: &str = r#"// The programme, as a coordinator might write it by hand.
Programme(
  tracks: [
    Track(
      id: "us-level-1",
      title: "US consumer calls, level 1",
      titles: {"pl": "Rozmowy konsumenckie (USA), poziom 1"},
      steps: [
        Step(target: Scenario("us-stop-calling"), rule: PassedOnce(mode: Some(Exam))),
        Step(target: Scenario("us-validation-dispute"), rule: All([PassedOnce(mode: None), NoCriticalInLast(2)])),
        Step(target: Case("uk-broken-promise")),
      ],
    ),
  ],
  groups: [Group(id: "cohort-a", name: "Cohort A", trainees: ["Ala Nowak", "Ben Smith"])],
  assignments: [
    Assignment(
      id: "a1",
      work: Track("us-level-1"),
      groups: ["cohort-a"],
      due: "2026-12-15",
      assigned_at: "2026-12-01T10:00:00Z",
      assigned_by: "Coordinator",
    ),
  ],
)
"#;

#[test]
fn a_hand_written_programme_loads_and_round_trips() {
    let p = file::parse(Path::new("programme.ron"), HAND_WRITTEN).unwrap();
    assert_eq!(p.tracks[0].steps.len(), 3);
    assert_eq!(
        p.tracks[0].steps[0].rule,
        Completion::PassedOnce {
            mode: Some(Mode::Exam)
        }
    );
    assert_eq!(
        p.tracks[0].title_in("pl"),
        "Rozmowy konsumenckie (USA), poziom 1"
    );
    assert_eq!(p.tracks[0].title_in("en"), "US consumer calls, level 1");
    assert_eq!(
        p.tracks[0].steps[2].rule,
        Completion::PassedOnce { mode: None },
        "a step without a rule is passed once"
    );
    assert_eq!(p.assigned_to(&p.assignments[0]), ["Ala Nowak", "Ben Smith"]);
    let text = file::to_text(&p);
    assert_eq!(file::parse(Path::new("x.ron"), &text).unwrap(), p);
    let (lib, _) = compiled();
    assert_eq!(
        check(
            &p,
            Path::new("programme.ron"),
            HAND_WRITTEN,
            &Known::of(&lib)
        ),
        vec![]
    );
}

#[test]
fn a_hand_edited_mistake_names_its_line_and_column() {
    // A misspelt field on line 6, column 7.
    let bad = HAND_WRITTEN.replace("      title: \"US", "      titel: \"US");
    let e = file::parse(Path::new("/d/programme.ron"), &bad).unwrap_err();
    assert_eq!((e.line, e.column), (6, 7), "{e}");
    assert!(e.message.contains("titel"), "{e}");
    assert!(e.to_string().starts_with("/d/programme.ron:6:7: "), "{e}");
    assert!(!e.help.is_empty());
    // A date that is not a date.
    let bad = HAND_WRITTEN.replace("\"2026-12-15\"", "\"15/12/2026\"");
    let e = file::parse(Path::new("p.ron"), &bad).unwrap_err();
    assert_eq!(e.line, 21, "{e}");
    // A file cut short.
    let cut = &HAND_WRITTEN[..HAND_WRITTEN.len() / 2];
    let e = file::parse(Path::new("p.ron"), cut).unwrap_err();
    // (RON names what it expected there; the position is where the text stops.)
    assert_eq!(e.line as usize, cut.lines().count(), "{e}");
    // Loading from a data folder names the file.
    let data = tempfile::tempdir().unwrap();
    std::fs::write(programme_path(data.path()), &bad).unwrap();
    let e = file::load(data.path()).unwrap_err();
    assert_eq!(e.path, programme_path(data.path()));
    assert_eq!(e.line, 21);
}

#[test]
fn unknown_references_are_problems_at_their_place() {
    let text = HAND_WRITTEN
        .replace(
            "Scenario(\"us-validation-dispute\")",
            "Scenario(\"us-validaton-dispute\")",
        )
        .replace("groups: [\"cohort-a\"]", "groups: [\"cohort-b\"]")
        .replace("Case(\"uk-broken-promise\")", "Case(\"no-such-case\")");
    let p = file::parse(Path::new("p.ron"), &text).unwrap();
    let (lib, _) = compiled();
    let problems = check(&p, Path::new("p.ron"), &text, &Known::of(&lib));
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert_eq!(problems[0].line, 10);
    assert!(problems[0].message.contains("us-validaton-dispute"));
    assert_eq!(problems[0].help, "did you mean \"us-validation-dispute\"?");
    assert_eq!(problems[1].line, 11);
    assert!(problems[1].message.contains("no case \"no-such-case\""));
    assert_eq!(problems[2].line, 20);
    assert!(problems[2].message.contains("no group \"cohort-b\""));
    assert_eq!(problems[2].help, "did you mean \"cohort-a\"?");
}

#[test]
fn a_programme_file_behind_a_link_is_refused() {
    let data = tempfile::tempdir().unwrap();
    let elsewhere = data.path().join("elsewhere.ron");
    std::fs::write(&elsewhere, HAND_WRITTEN).unwrap();
    std::os::unix::fs::symlink(&elsewhere, programme_path(data.path())).unwrap();
    let e = file::load(data.path()).unwrap_err();
    assert!(e.message.contains("symbolic link"), "{e}");
    // No file at all is an empty programme.
    let empty = tempfile::tempdir().unwrap();
    let loaded = file::load(empty.path()).unwrap();
    assert!(!loaded.existed);
    assert_eq!(loaded.programme, Programme::default());
}

#[test]
fn two_coordinators_editing_keep_each_others_changes() {
    let data = tempfile::tempdir().unwrap();
    let mut start = Programme::default();
    start.groups.push(Group {
        id: "cohort-a".into(),
        name: "Cohort A".into(),
        trainees: vec!["Ala".into(), "Ben".into()],
    });
    start.tracks.push(track(
        "t1",
        vec![step(
            "us-stop-calling",
            Completion::PassedOnce { mode: None },
        )],
    ));
    start.assignments.push(assignment(
        "a1",
        Work::Track("t1".into()),
        &[],
        &["cohort-a"],
        day(20),
    ));
    start.assignments.push(assignment(
        "a2",
        Work::Scenario("us-stop-calling".into()),
        &["Ala"],
        &[],
        day(20),
    ));
    file::save(data.path(), &Programme::default(), &start).unwrap();

    // Both load the same programme.
    let base = file::load(data.path()).unwrap().programme;
    assert_eq!(base, start);
    let mut anna = base.clone();
    let mut bartek = base.clone();
    // Anna adds a track, a trainee to the group, moves a1's due date and removes a2.
    anna.tracks.push(track(
        "t2",
        vec![step("uk-bad-time", Completion::ScoreAtLeast(80))],
    ));
    anna.groups[0].trainees.push("Cyd".into());
    anna.assignments[0].due = day(25);
    anna.assignments.retain(|a| a.id != "a2");
    // Bartek adds a group, another trainee to the same group, removes Ben, also moves a1's
    // due date (a conflict), and edits a2 (which Anna removed: a conflict).
    bartek.groups.push(Group {
        id: "cohort-b".into(),
        name: "Cohort B".into(),
        trainees: vec!["Dan".into()],
    });
    bartek.groups[0].trainees.push("Ewa".into());
    bartek.groups[0].trainees.retain(|t| t != "Ben");
    bartek.assignments[0].due = day(28);
    bartek.assignments[1].due = day(29);

    let first = file::save(data.path(), &base, &anna).unwrap();
    assert!(first.conflicts.is_empty(), "{:?}", first.conflicts);
    let second = file::save(data.path(), &base, &bartek).unwrap();
    let on_disk = file::load(data.path()).unwrap().programme;
    assert_eq!(on_disk, second.programme);

    let ids = |p: &Programme| p.tracks.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&on_disk), ["t1", "t2"], "Anna's track is kept");
    assert_eq!(on_disk.groups.len(), 2, "Bartek's group is kept");
    assert_eq!(
        on_disk.groups[0].trainees,
        ["Ala", "Cyd", "Ewa"],
        "members merge as a set"
    );
    // Both moved a1's due date: the later save wins, and says so.
    assert_eq!(on_disk.assignment("a1").unwrap().due, day(28));
    // Anna removed a2, Bartek edited it: the edit is kept, and said so.
    assert_eq!(on_disk.assignment("a2").unwrap().due, day(29));
    let conflicts: Vec<(Kind, &str, Settled)> = second
        .conflicts
        .iter()
        .map(|c| (c.kind, c.id.as_str(), c.settled))
        .collect();
    assert_eq!(
        conflicts,
        [
            (Kind::Assignment, "a1", Settled::OursOverTheirs),
            (Kind::Assignment, "a2", Settled::KeptOurEdit),
        ]
    );
    // A removal on one side only is a removal.
    let base = on_disk.clone();
    let mut edit = base.clone();
    edit.tracks.retain(|t| t.id != "t2");
    file::save(data.path(), &base, &edit).unwrap();
    assert_eq!(ids(&file::load(data.path()).unwrap().programme), ["t1"]);
}

#[test]
fn a_hand_edit_on_disk_is_merged_not_overwritten() {
    let data = tempfile::tempdir().unwrap();
    let base = Programme::default();
    // A coordinator edits the file by hand while the dashboard has the empty programme open.
    std::fs::write(programme_path(data.path()), HAND_WRITTEN).unwrap();
    let mut ours = base.clone();
    ours.groups.push(Group {
        id: "cohort-z".into(),
        name: "Z".into(),
        trainees: vec!["Zoë".into()],
    });
    let saved = file::save(data.path(), &base, &ours).unwrap();
    let p = file::load(data.path()).unwrap().programme;
    assert_eq!(p, saved.programme);
    assert_eq!(p.tracks.len(), 1, "the hand-written track is kept");
    assert_eq!(p.groups.len(), 2);
    // A mistake on disk stops the save rather than dropping what is there.
    std::fs::write(programme_path(data.path()), "Programme(tracks: [").unwrap();
    let e = file::save(data.path(), &p, &ours).unwrap_err();
    assert!(e.contains("not saved"), "{e}");
    assert_eq!(
        std::fs::read_to_string(programme_path(data.path())).unwrap(),
        "Programme(tracks: ["
    );
    // No temporary file is left behind.
    let left: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn concurrent_saves_lose_no_update() {
    let data = tempfile::tempdir().unwrap();
    let base = Programme::default();
    std::thread::scope(|s| {
        for i in 0..8 {
            let base = &base;
            let data = data.path();
            s.spawn(move || {
                let mut ours = base.clone();
                ours.groups.push(Group {
                    id: format!("g{i}"),
                    name: format!("Group {i}"),
                    trainees: vec![format!("Trainee {i}")],
                });
                file::save(data, base, &ours).unwrap();
            });
        }
    });
    let p = file::load(data.path()).unwrap().programme;
    let mut ids: Vec<_> = p.groups.iter().map(|g| g.id.clone()).collect();
    ids.sort();
    assert_eq!(ids, (0..8).map(|i| format!("g{i}")).collect::<Vec<_>>());
}

// ---- progress -------------------------------------------------------------------------

/// Writes the records to a data folder (signed) and loads them as evidence.
fn evidence(
    data: &Path,
    records: &[SessionRecord],
    scenarios: &Scenarios,
    lib: &Library,
) -> Evidence {
    for r in records {
        store::write_record(data, r).unwrap();
    }
    let cases: Vec<_> = lib.cases.iter().map(|c| c.value.clone()).collect();
    let cohort = report::load_cohort(data, scenarios, &cases);
    Evidence::of(&cohort, scenarios, &cases, false)
}

#[test]
fn statuses_follow_the_trusted_records() {
    let (lib, scenarios) = compiled();
    let pool = Pool::new(&scenarios);
    let sc = rich_scenario(&pool, &scenarios);
    let mut programme = Programme::default();
    programme.tracks.push(track(
        "t",
        vec![step(
            &sc,
            Completion::All(vec![
                Completion::PassedOnce {
                    mode: Some(Mode::Exam),
                },
                Completion::NoCriticalInLast(2),
            ]),
        )],
    ));
    programme.groups.push(Group {
        id: "g".into(),
        name: "G".into(),
        trainees: vec![
            "Ala".into(),
            "Ben".into(),
            "Cyd".into(),
            "Dan".into(),
            "Ewa".into(),
        ],
    });
    programme.assignments.push(assignment(
        "a",
        Work::Track("t".into()),
        &["Fay"],
        &["g"],
        day(20),
    ));

    let records = vec![
        // Ala: a critical call, then a practice pass, then an exam pass: complete at the third.
        pool.call(&sc, critical, "Ala", Mode::Exam, at(11, 9)),
        pool.call(&sc, passed, "Ala", Mode::Practice, at(12, 9)),
        pool.call(&sc, passed, "Ala", Mode::Exam, at(13, 9)),
        // Ben: a pass in exam before the assignment does not count; one failed call since.
        pool.call(&sc, passed, "Ben", Mode::Exam, at(9, 9)),
        pool.call(&sc, failed_no_critical, "ben", Mode::Exam, at(12, 9)),
        // Cyd: an exam pass, then a critical breach: the last two are not clear of one.
        pool.call(&sc, passed, "Cyd", Mode::Exam, at(11, 9)),
        pool.call(&sc, critical, "Cyd", Mode::Exam, at(12, 9)),
        // Dan: passes that will be tampered with.
        pool.call(&sc, passed, "Dan", Mode::Exam, at(11, 9)),
        pool.call(&sc, passed, "Dan", Mode::Exam, at(12, 9)),
        // Fay (named directly): completes after the due day.
        pool.call(&sc, passed, "Fay", Mode::Exam, at(21, 9)),
        pool.call(&sc, passed, "Fay", Mode::Exam, at(22, 9)),
    ];
    let data = tempfile::tempdir().unwrap();
    for r in &records {
        store::write_record(data.path(), r).unwrap();
    }
    // Edit Dan's records: an edited record never counts.
    for path in store::record_files(data.path()).unwrap() {
        let text = std::fs::read_to_string(&path).unwrap();
        if text.contains("\"trainee\":\"Dan\"") {
            std::fs::write(
                &path,
                text.replace("\"mode\":\"Exam\"", "\"mode\":\"Practice\""),
            )
            .unwrap();
        }
    }
    let ev = evidence(data.path(), &[], &scenarios, &lib);
    let before_due = at(18, 12);
    let status = |name: &str, now| {
        progress::progress_of(&programme, &ev, name, now)
            .into_iter()
            .next()
            .unwrap()
    };
    let ala = status("Ala", before_due);
    assert_eq!(ala.status, Status::Completed);
    let done = ala.completed.as_ref().unwrap();
    assert_eq!(done.at, records[2].ended_at);
    // The exam pass and the last two calls (the practice pass and the exam pass).
    assert_eq!(done.records, [records[1].id.clone(), records[2].id.clone()]);
    assert!(!ala.late);
    assert_eq!(ala.next, None);
    assert_eq!(ala.steps_done(), 1);

    let ben = status("BEN", before_due);
    assert_eq!(ben.status, Status::InProgress, "names match without case");
    assert_eq!(
        ben.steps[0].attempts.len(),
        1,
        "the call before the assignment is not counted"
    );
    assert_eq!(ben.next, Some(0));

    assert_eq!(status("Cyd", before_due).status, Status::InProgress);
    assert_eq!(
        status("Dan", before_due).status,
        Status::NotStarted,
        "tampered records do not count"
    );
    assert_eq!(status("Ewa", before_due).status, Status::NotStarted);

    let after_due = at(23, 12);
    assert_eq!(status("Ben", after_due).status, Status::Overdue);
    assert_eq!(status("Ewa", after_due).status, Status::Overdue);
    let fay = status("Fay", after_due);
    assert_eq!(fay.status, Status::Completed);
    assert!(fay.late, "completed after the due day");
    assert_eq!(status("Ala", after_due).status, Status::Completed);
    // Someone not assigned has nothing.
    assert!(progress::progress_of(&programme, &ev, "Gus", after_due).is_empty());

    // The funnel: per assignment and per trainee.
    let funnels = progress::funnel(&programme, &ev, before_due);
    assert_eq!(funnels.len(), 1);
    let f = funnels[0].funnel;
    assert_eq!(
        (
            f.assigned,
            f.not_started,
            f.in_progress,
            f.overdue,
            f.completed
        ),
        (6, 3, 2, 0, 1)
    );
    let f = progress::funnel(&programme, &ev, after_due)[0].funnel;
    assert_eq!(
        (
            f.assigned,
            f.not_started,
            f.in_progress,
            f.overdue,
            f.completed
        ),
        (6, 0, 0, 4, 2)
    );
    let per = progress::per_trainee(&progress::funnel(&programme, &ev, after_due));
    let names: Vec<_> = per.iter().map(|t| t.trainee.as_str()).collect();
    assert_eq!(names, ["Ala", "Ben", "Cyd", "Dan", "Ewa", "Fay"]);
    assert_eq!(per[1].funnel.overdue, 1);
    assert_eq!(per[0].funnel.completed, 1);
}

#[test]
fn a_single_scenario_assignment_and_synthetic_sessions() {
    let (lib, scenarios) = compiled();
    let pool = Pool::new(&scenarios);
    let sc = rich_scenario(&pool, &scenarios);
    let mut programme = Programme::default();
    programme.assignments.push(assignment(
        "s",
        Work::Scenario(sc.clone()),
        &["Ala", "Ben"],
        &[],
        day(20),
    ));
    let mut synthetic = pool.call(&sc, passed, "Ben", Mode::Practice, at(11, 9));
    synthetic.synthetic = true;
    let data = tempfile::tempdir().unwrap();
    let records = [
        pool.call(&sc, passed, "Ala", Mode::Practice, at(11, 9)),
        synthetic,
    ];
    for r in &records {
        store::write_record(data.path(), r).unwrap();
    }
    let cases: Vec<_> = lib.cases.iter().map(|c| c.value.clone()).collect();
    let cohort = report::load_cohort(data.path(), &scenarios, &cases);
    let ev = Evidence::of(&cohort, &scenarios, &cases, false);
    let now = at(15, 9);
    let f = progress::funnel(&programme, &ev, now)[0].funnel;
    assert_eq!(
        (f.completed, f.not_started),
        (1, 1),
        "a synthetic session is no one's call"
    );
    let with = Evidence::of(&cohort, &scenarios, &cases, true);
    assert_eq!(
        progress::funnel(&programme, &with, now)[0].funnel.completed,
        2
    );
}

#[test]
fn mastery_counts_decided_rules_and_their_trend() {
    let (lib, scenarios) = compiled();
    let pool = Pool::new(&scenarios);
    let sc = rich_scenario(&pool, &scenarios);
    // Ala: two critical calls, then three passes; Ben: one pass.
    let mut records = Vec::new();
    for i in 0..2 {
        records.push(pool.call(&sc, critical, "Ala", Mode::Practice, at(11, 9 + i)));
    }
    for i in 0..3 {
        records.push(pool.call(&sc, passed, "Ala", Mode::Practice, at(12, 9 + i)));
    }
    records.push(pool.call(&sc, passed, "Ben", Mode::Practice, at(12, 9)));
    let data = tempfile::tempdir().unwrap();
    let ev = evidence(data.path(), &records, &scenarios, &lib);
    let m = mastery::mastery(&ev);
    assert_eq!(m.trainees, ["Ala", "Ben"]);
    // Every rule a call decided is a column; counts agree with the records.
    for (ri, key) in m.rules.iter().enumerate() {
        for (ti, name) in m.trainees.iter().enumerate() {
            let statuses: Vec<RuleStatus> = records
                .iter()
                .filter(|r| &r.meta.trainee == name)
                .flat_map(|r| &r.scores.rules)
                .filter(|x| x.rubric == key.rubric && x.rule == key.rule)
                .map(|x| x.status)
                .filter(|s| *s != RuleStatus::NotApplicable)
                .collect();
            let cell = &m.cells[ti][ri];
            match cell {
                None => assert!(statuses.is_empty()),
                Some(c) => {
                    assert_eq!(c.attempts as usize, statuses.len());
                    assert_eq!(c.last, *statuses.last().unwrap());
                    let kept = statuses.iter().filter(|s| mastery::kept(**s)).count();
                    assert_eq!(c.kept as usize, kept);
                }
            }
        }
    }
    // Ben has one call: too few to say.
    assert!(
        m.cells[1]
            .iter()
            .flatten()
            .all(|c| c.trend == Trend::Unknown)
    );
}
