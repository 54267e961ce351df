//! The trainer view's logic, headless (MinimalPlugins + StatesPlugin): script verbs select a
//! scenario and a node, the layout and the reachability search run in the background (and
//! `Busy` says so), a walk reports, a playtest starts at the chosen node with the chosen
//! values and "Leave" comes back; bad arguments fail the script.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bevy::prelude::*;

use callcoach_app::Screen;
use callcoach_app::active_call::{Active, CallAction};
use callcoach_app::content::Content;
use callcoach_app::prefs::{Prefs, Role};
use callcoach_app::screens::trainer::{BUSY, TrainerUi, TrainerWork};
use callcoach_app::script::{Busy, ScriptVerb};
use common::{headless_app, screen, sign_in};

const SCENARIO: &str = "us-hostile-debtor";

/// Signed in as a trainer, on the trainer view.
fn app(data: &Path) -> App {
    let mut app = headless_app(
        data,
        Prefs {
            trainee: "Tom Trainer".into(),
            role: Role::Trainer,
            ..Prefs::default()
        },
    );
    sign_in(&mut app);
    assert_eq!(screen(&app), Screen::Trainer);
    app
}

fn verb(app: &mut App, line: usize, text: &str) {
    let (verb, rest) = text.split_once(' ').unwrap_or((text, ""));
    app.world_mut().write_message(ScriptVerb {
        line,
        verb: verb.into(),
        rest: rest.into(),
    });
    app.update();
    app.update();
}

/// Updates until no background work is left (at most 60 s).
fn wait_idle(app: &mut App) {
    let start = Instant::now();
    app.update();
    while app.world().resource::<Busy>().0.contains(BUSY) {
        assert!(start.elapsed() < Duration::from_secs(60), "still busy");
        std::thread::sleep(Duration::from_millis(5));
        app.update();
    }
}

fn ui(app: &App) -> &TrainerUi {
    app.world().resource::<TrainerUi>()
}

#[test]
fn selecting_a_scenario_lays_it_out_and_finds_what_is_reachable() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    verb(&mut app, 1, &format!("trainer-select {SCENARIO}"));
    assert_eq!(ui(&app).scenario.as_deref(), Some(SCENARIO));
    wait_idle(&mut app);
    assert!(app.world().resource::<Busy>().0.is_empty());
    let sc = Arc::clone(&app.world().resource::<Content>().playable[SCENARIO]);
    let work = app.world().resource::<TrainerWork>();
    let layout = work.layout(&sc).expect("laid out");
    assert_eq!(layout.nodes.len(), sc.nodes.len());
    let reach = work.reach(&sc).expect("explored");
    assert!(reach.reached[sc.start as usize]);
    assert_eq!(
        ui(&app).vars,
        sc.var_start,
        "sliders start at the start values"
    );
}

#[test]
fn a_walk_runs_in_the_background_and_reports() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    verb(&mut app, 1, &format!("trainer-select {SCENARIO}"));
    verb(&mut app, 2, "trainer-walk 500 7");
    wait_idle(&mut app);
    let work = app.world().resource::<TrainerWork>();
    let done = work.walk(SCENARIO).expect("a report");
    assert_eq!((done.report.runs, done.report.seed), (500, 7));
    let sc = &app.world().resource::<Content>().playable[SCENARIO];
    let same = callcoach_core::engine::walk::walk(sc, 500, 7, |_| {});
    assert_eq!(done.report, same, "the same walk as the command line's");
    assert!(app.should_exit().is_none());
}

#[test]
fn a_playtest_starts_at_the_node_with_the_chosen_values_and_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    verb(&mut app, 1, &format!("trainer-select {SCENARIO}"));
    verb(&mut app, 2, "trainer-node first-rant");
    verb(&mut app, 3, "trainer-var mood 80");
    verb(&mut app, 4, "trainer-playtest 5");
    app.update();
    assert_eq!(screen(&app), Screen::Call);
    {
        let active = app.world().resource::<Active>();
        assert!(active.playtest.is_some());
        assert_eq!(active.session.meta.seed, 5);
        assert_eq!(active.session.call.var("mood"), Some(80));
        let node = active.session.call.prompt().expect("a prompt").node;
        assert_eq!(active.scenario().nodes[node as usize].id, "first-rant");
    }
    app.world_mut().write_message(CallAction::Pick(0));
    app.update();
    app.update();
    app.world_mut().write_message(CallAction::Leave);
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Trainer);
    assert_eq!(
        ui(&app).node.as_deref(),
        Some("first-rant"),
        "selection kept"
    );
    let records = std::fs::read_dir(dir.path())
        .map(|d| d.flatten().count())
        .unwrap_or(0);
    assert_eq!(records, 0, "a playtest writes nothing");
}

#[test]
fn bad_script_arguments_fail_the_run() {
    for (setup, bad) in [
        (None, "trainer-select no-such-scenario"),
        (Some(SCENARIO), "trainer-node no-such-node"),
        (Some(SCENARIO), "trainer-playtest"),
        (Some(SCENARIO), "trainer-walk many 7"),
        (Some(SCENARIO), "trainer-walk 0 7"),
        (Some(SCENARIO), "trainer-var mood 101"),
        (Some(SCENARIO), "trainer-var nerve 10"),
        (Some(SCENARIO), "trainer-frobnicate"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(dir.path());
        if let Some(id) = setup {
            verb(&mut app, 1, &format!("trainer-select {id}"));
            assert!(app.should_exit().is_none(), "{bad}: setup failed");
        }
        verb(&mut app, 2, bad);
        assert!(
            matches!(app.should_exit(), Some(AppExit::Error(_))),
            "{bad} should fail the script"
        );
    }
}
