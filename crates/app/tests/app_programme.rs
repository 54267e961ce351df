//! The training programme in the app, headless: a coordinator's track assigned to a group
//! with a due date comes first in a trainee's library ("Assigned to you"), playing its step
//! completes it, and the coordinator's "Assignments" tab shows the funnel move, with a trainee
//! past the due date overdue. A trainee with nothing assigned sees nothing of it.

mod common;

use std::path::Path;
use std::time::Duration;

use bevy::prelude::*;
use chrono::Utc;

use callcoach_app::Screen;
use callcoach_app::active_call::{Active, CallAction};
use callcoach_app::prefs::{Prefs, Role};
use callcoach_app::screens::assigned_shelf::AssignedToYou;
use callcoach_app::screens::dashboard::DashboardData;
use callcoach_app::screens::dashboard::assignments::ProgrammeTab;
use callcoach_core::programme::file;
use callcoach_core::programme::model::{
    Assignment, Completion, Group, Programme, Step, Target, Track, Work,
};
use callcoach_core::programme::progress::Status;
use common::{headless_app, screen, sign_in};

const SCENARIO: &str = "job-loss-hardship";
const PASSING: [&str; 9] = [
    "ask-for-dana",
    "verify-dob",
    "mm-and-purpose",
    "acknowledge-listen",
    "affordability",
    "texas",
    "offer-affordable-plan",
    "routes-and-confirm",
    "signpost-summarise",
];

fn programme(data: &Path) {
    let now = Utc::now();
    let mut p = Programme::default();
    p.tracks.push(Track {
        id: "hardship-1".into(),
        title: "Hardship calls, level 1".into(),
        titles: [(
            "pl".to_string(),
            "Rozmowy o trudnej sytuacji, poziom 1".to_string(),
        )]
        .into(),
        steps: vec![Step {
            target: Target::Scenario(SCENARIO.into()),
            rule: Completion::PassedOnce { mode: None },
        }],
    });
    p.groups.push(Group {
        id: "cohort-a".into(),
        name: "Cohort A".into(),
        trainees: vec!["Ala Test".into(), "Ben Late".into()],
    });
    p.assignments.push(Assignment {
        id: "a1".into(),
        work: Work::Track("hardship-1".into()),
        trainees: vec![],
        groups: vec!["cohort-a".into()],
        due: (now + chrono::Duration::days(7)).date_naive(),
        assigned_at: now - chrono::Duration::hours(1),
        assigned_by: "Coordinator".into(),
    });
    p.assignments.push(Assignment {
        id: "late".into(),
        work: Work::Scenario(SCENARIO.into()),
        trainees: vec!["Ben Late".into()],
        groups: vec![],
        due: (now - chrono::Duration::days(1)).date_naive(),
        assigned_at: now - chrono::Duration::days(3),
        assigned_by: "Coordinator".into(),
    });
    file::save(data, &Programme::default(), &p).unwrap();
}

fn app_as(data: &Path, name: &str, role: Role) -> App {
    headless_app(
        data,
        Prefs {
            trainee: name.into(),
            role,
            ..Prefs::default()
        },
    )
}

fn send(app: &mut App, action: CallAction) {
    app.world_mut().write_message(action);
    app.update();
    app.update();
}

/// Plays the passing path by choice id (each id's position in the prompt shown).
fn play_passing(app: &mut App) {
    for id in PASSING {
        let position = {
            let active = app.world().resource::<Active>();
            let call = &active.session.call;
            let prompt = call.prompt().expect("a prompt");
            let sc = call.scenario();
            prompt
                .choices
                .iter()
                .position(|&c| sc.choice_id(prompt.node, c) == Some(id))
                .unwrap_or_else(|| panic!("{id} is shown"))
        };
        send(app, CallAction::Pick(position));
    }
    assert_eq!(screen(app), Screen::WrapUp);
    send(app, CallAction::Finish(None));
    assert_eq!(screen(app), Screen::Debrief);
    assert!(
        app.world()
            .resource::<Active>()
            .session
            .call
            .ending()
            .is_some()
    );
}

fn assigned(app: &App) -> &AssignedToYou {
    app.world().resource::<AssignedToYou>()
}

fn wait_for(app: &mut App, what: &str, done: impl Fn(&App) -> bool) {
    for _ in 0..1500 {
        if done(app) {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
        app.update();
    }
    panic!("timed out waiting for {what}");
}

#[test]
fn an_assigned_track_comes_first_and_playing_it_moves_the_funnel() {
    let dir = tempfile::tempdir().unwrap();
    programme(dir.path());

    // The trainee signs in: the track is assigned, not started, its one step next.
    let mut app = app_as(dir.path(), "Ala Test", Role::Trainee);
    sign_in(&mut app);
    assert_eq!(screen(&app), Screen::Library);
    let mine = &assigned(&app).progress;
    assert_eq!(mine.len(), 1, "{mine:?}");
    assert_eq!(mine[0].status, Status::NotStarted);
    assert_eq!(mine[0].next, Some(0));
    assert!(assigned(&app).problem.is_none());

    // The shelf's button starts the step; the call passes.
    send(
        &mut app,
        CallAction::Start {
            scenario: SCENARIO.into(),
            seed: Some(99),
        },
    );
    assert_eq!(screen(&app), Screen::Call);
    play_passing(&mut app);
    send(&mut app, CallAction::Leave);
    assert_eq!(screen(&app), Screen::Library);
    let mine = &assigned(&app).progress;
    assert_eq!(mine[0].status, Status::Completed, "{mine:?}");
    assert_eq!(mine[0].next, None);
    let record = callcoach_core::records::store::record_files(dir.path()).unwrap();
    let record = callcoach_core::records::store::read_record(&record[0]).unwrap();
    assert_eq!(mine[0].completed.as_ref().unwrap().records, [record.id]);

    // The coordinator's funnel: Ala completed, Ben in the group not started, Ben overdue on
    // the scenario past its due date.
    let mut app = app_as(dir.path(), "Coordinator", Role::Coordinator);
    sign_in(&mut app);
    assert_eq!(screen(&app), Screen::Dashboard);
    wait_for(&mut app, "the cohort and the figures", |app| {
        app.world().resource::<DashboardData>().cohort.is_some()
            && app.world().resource::<ProgrammeTab>().figures.is_some()
    });
    let tab = app.world().resource::<ProgrammeTab>();
    let figures = tab.figures.as_ref().unwrap();
    let a1 = figures
        .funnels
        .iter()
        .find(|f| f.assignment == "a1")
        .unwrap();
    assert_eq!(
        (
            a1.funnel.assigned,
            a1.funnel.completed,
            a1.funnel.not_started
        ),
        (2, 1, 1)
    );
    let late = figures
        .funnels
        .iter()
        .find(|f| f.assignment == "late")
        .unwrap();
    assert_eq!(late.funnel.overdue, 1);
    assert_eq!(figures.mastery.trainees, ["Ala Test"]);
}

#[test]
fn a_trainee_with_nothing_assigned_sees_the_library_as_before() {
    let dir = tempfile::tempdir().unwrap();
    programme(dir.path());
    let mut app = app_as(dir.path(), "Someone Else", Role::Trainee);
    sign_in(&mut app);
    assert_eq!(screen(&app), Screen::Library);
    assert!(assigned(&app).progress.is_empty());
    assert!(assigned(&app).problem.is_none());
    // A broken programme file is said, not a crash.
    std::fs::write(dir.path().join("programme.ron"), "Programme(tracks: [").unwrap();
    let mut app = app_as(dir.path(), "Ala Test", Role::Trainee);
    sign_in(&mut app);
    let problem = assigned(&app)
        .problem
        .clone()
        .expect("the problem is shown");
    assert!(problem.contains("programme.ron:1:"), "{problem}");
}
