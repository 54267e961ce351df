//! The app's screen logic, headless (MinimalPlugins + StatesPlugin, no window, no GPU):
//! sign-in, keyboard picks, the answer timer, language switch mid-call, wrap-up and record,
//! rewind and retry, and resuming a call from its journal after a "crash".

mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use bevy::prelude::*;
use bevy::time::TimeUpdateStrategy;

use callcoach_app::Screen;
use callcoach_app::active_call::{Active, CallAction, Pending};
use callcoach_app::content::Content;
use callcoach_app::prefs::Prefs;
use callcoach_core::content::model::Outcome;
use callcoach_core::engine::runner::Call;
use callcoach_core::engine::runner::Pick;
use callcoach_core::engine::scoring::WrapUp;
use callcoach_core::records::call_text::CallText;
use common::{checked_content, headless_app, screen, sign_in};

const SCENARIO: &str = "job-loss-hardship";

fn app(data: &Path) -> App {
    headless_app(
        data,
        Prefs {
            trainee: "Ala Test".into(),
            ..Prefs::default()
        },
    )
}

fn send(app: &mut App, action: CallAction) {
    app.world_mut().write_message(action);
    app.update();
    app.update();
}

fn press(app: &mut App, key: KeyCode) {
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .press(key);
    app.update();
    {
        let mut keys = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
        keys.release(key);
        keys.clear();
    }
    app.update();
}

/// The call in progress.
fn call(app: &App) -> &Call {
    &app.world().resource::<Active>().session.call
}

fn turns(app: &App) -> usize {
    call(app).turns().len()
}

fn sign_in_and_start(app: &mut App, seed: u64) {
    sign_in(app);
    assert_eq!(screen(app), Screen::Library);
    send(
        app,
        CallAction::Start {
            scenario: SCENARIO.into(),
            seed: Some(seed),
        },
    );
    assert_eq!(screen(app), Screen::Call);
}

fn transcript(app: &App, lang: &str) -> Vec<String> {
    let content = app.world().resource::<Content>();
    let active = app.world().resource::<Active>();
    let text = CallText::new(&content.loc, lang, active.scenario(), "Ala Test");
    text.transcript(&active.session.call)
        .into_iter()
        .map(|l| l.text.text)
        .collect()
}

#[test]
fn sign_in_needs_a_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    app.world_mut().resource_mut::<Prefs>().trainee = "  ".into();
    sign_in(&mut app);
    assert_eq!(screen(&app), Screen::SignIn);
    app.world_mut().resource_mut::<Prefs>().trainee = "Ala".into();
    sign_in(&mut app);
    assert_eq!(screen(&app), Screen::Library);
}

#[test]
fn number_keys_pick_and_out_of_range_keys_do_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    sign_in_and_start(&mut app, 7);
    press(&mut app, KeyCode::Digit9);
    assert_eq!(turns(&app), 0, "there is no ninth option");
    press(&mut app, KeyCode::Digit3);
    assert_eq!(turns(&app), 1);
    press(&mut app, KeyCode::Numpad1);
    assert_eq!(turns(&app), 2);
}

#[test]
fn language_switch_mid_call_keeps_the_call() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    sign_in_and_start(&mut app, 7);
    press(&mut app, KeyCode::Digit1);
    let en = transcript(&app, "en");
    let before = call(&app).turns().to_vec();
    press(&mut app, KeyCode::F2); // next language
    assert_eq!(app.world().resource::<Prefs>().lang, "pl");
    assert_eq!(screen(&app), Screen::Call);
    let after = call(&app).turns().to_vec();
    assert_eq!(before, after, "nothing of the call is lost");
    let pl = transcript(&app, "pl");
    assert_eq!(en.len(), pl.len());
    assert_ne!(en.last(), pl.last(), "the current line is shown in Polish");
    // And the call goes on in Polish.
    press(&mut app, KeyCode::Digit1);
    assert_eq!(turns(&app), 2);
}

#[test]
fn running_out_of_time_is_recorded_as_silence() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    sign_in_and_start(&mut app, 7);
    let secs = call(&app)
        .prompt()
        .and_then(|p| p.timeout)
        .expect("the opening line has a timer");
    app.insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_secs(1)));
    for _ in 0..secs + 3 {
        app.update();
    }
    let active = app.world().resource::<Active>();
    assert_eq!(active.session.call.turns()[0].pick, Pick::Timeout);
}

#[test]
fn a_whole_call_is_recorded_then_rewound_and_retried() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    sign_in_and_start(&mut app, 7);
    for _ in 0..40 {
        if screen(&app) != Screen::Call {
            break;
        }
        press(&mut app, KeyCode::Digit1);
    }
    assert_eq!(screen(&app), Screen::WrapUp);
    send(
        &mut app,
        CallAction::Finish(Some(WrapUp {
            disposition: Outcome::HungUp,
            notes: "Debtor hung up after a threat; no agreement.".into(),
            fields: None,
        })),
    );
    assert_eq!(screen(&app), Screen::Debrief);
    let records = callcoach_core::records::store::record_files(dir.path()).unwrap();
    assert_eq!(records.len(), 1, "one record written");
    let journals = callcoach_core::records::journal::read_journals(dir.path(), "Ala Test").unwrap();
    assert_eq!(
        (journals.unfinished.len(), journals.in_use),
        (0, 0),
        "the journal is gone once the record is written"
    );
    // The debrief is prepared in the background (its search covers the negotiation too).
    wait_for(&mut app, "the debrief", |app| {
        app.world().resource::<Active>().debrief_in("en").is_some()
    });
    let debrief = app.world().resource::<Active>().debrief_in("en").cloned();
    let debrief = debrief.expect("debrief ready");
    assert!(!debrief.rules.is_empty());
    assert!(!debrief.best_path.is_empty());

    let first_turn = call(&app).turns()[0].clone();
    send(&mut app, CallAction::Rewind(1));
    assert_eq!(screen(&app), Screen::Call);
    assert_eq!(turns(&app), 1, "rewound to the second decision");
    assert_eq!(call(&app).turns()[0], first_turn);

    send(&mut app, CallAction::Retry);
    assert_eq!(screen(&app), Screen::Call);
    assert_eq!(turns(&app), 0);
    assert_eq!(
        callcoach_core::records::store::record_files(dir.path())
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_killed_call_resumes_at_the_same_turn() {
    let dir = tempfile::tempdir().unwrap();
    let before = {
        let mut app = app(dir.path());
        sign_in_and_start(&mut app, 11);
        press(&mut app, KeyCode::Digit2);
        press(&mut app, KeyCode::Digit1);
        let t = transcript(&app, "en");
        // The app is dropped without finishing: as if killed.
        (t, turns(&app))
    };
    let mut app = app(dir.path());
    sign_in(&mut app);
    assert!(
        app.world().resource::<Pending>().0.is_some(),
        "resume offered"
    );
    send(&mut app, CallAction::Resume);
    assert_eq!(screen(&app), Screen::Call);
    assert_eq!(turns(&app), before.1);
    assert_eq!(transcript(&app, "en"), before.0);
    // Going on and finishing writes exactly one record.
    for _ in 0..40 {
        if screen(&app) != Screen::Call {
            break;
        }
        press(&mut app, KeyCode::Digit1);
    }
    send(&mut app, CallAction::Finish(None));
    assert_eq!(
        callcoach_core::records::store::record_files(dir.path())
            .unwrap()
            .len(),
        1
    );
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
fn each_role_signs_in_to_its_own_screen() {
    use callcoach_app::prefs::Role;
    for (role, home) in [
        (Role::Trainee, Screen::Library),
        (Role::Trainer, Screen::Trainer),
        (Role::Coordinator, Screen::Dashboard),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = app(dir.path());
        app.world_mut().resource_mut::<Prefs>().role = role;
        sign_in(&mut app);
        assert_eq!(screen(&app), home, "{role:?}");
    }
}

#[test]
fn the_dashboard_loads_the_cohort_and_flags_corrupt_and_tampered_records() {
    use callcoach_app::prefs::Role;
    use callcoach_app::screens::dashboard::{DashboardData, DashboardUi};
    let dir = tempfile::tempdir().unwrap();
    let scenarios = checked_content().playable;
    callcoach_core::cohort::report::synthesise(&scenarios, dir.path(), 40, 3, 5).unwrap();
    let files = callcoach_core::records::store::record_files(dir.path()).unwrap();
    let text = std::fs::read_to_string(&files[0]).unwrap();
    std::fs::write(&files[0], &text[..text.len() / 3]).unwrap();
    let text = std::fs::read_to_string(&files[1]).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["scores"]["overall"] = serde_json::json!(99);
    std::fs::write(&files[1], serde_json::to_vec(&json).unwrap()).unwrap();

    let mut app = app(dir.path());
    app.world_mut().resource_mut::<Prefs>().role = Role::Coordinator;
    sign_in(&mut app);
    assert_eq!(screen(&app), Screen::Dashboard);
    wait_for(&mut app, "the cohort", |app| {
        app.world().resource::<DashboardData>().view.is_some()
    });
    let data = app.world().resource::<DashboardData>();
    let cohort = data.cohort.as_ref().unwrap();
    assert_eq!(cohort.items.len(), 39);
    assert_eq!(cohort.corrupt.len(), 1);
    assert_eq!(cohort.corrupt[0].0, files[0]);
    let view = data.view.as_ref().unwrap();
    assert_eq!(view.summary.tampered, 1);
    assert_eq!(
        view.histogram.total(),
        38,
        "the tampered session is left out"
    );

    // A filter rebuilds the view.
    let trainee = cohort.items[5].digest.trainee.clone();
    app.world_mut().resource_mut::<DashboardUi>().filter.trainee = trainee.clone();
    app.update();
    let data = app.world().resource::<DashboardData>();
    let cohort = data.cohort.as_ref().unwrap();
    let view = data.view.as_ref().unwrap();
    assert!(!view.sessions.is_empty());
    assert!(
        view.sessions
            .iter()
            .all(|&i| cohort.items[i].digest.trainee == trainee)
    );
}

#[test]
fn a_playtest_starts_at_the_chosen_node_with_the_chosen_state_and_is_not_recorded() {
    use callcoach_app::active_call::PlaytestStart;
    use callcoach_app::prefs::Role;
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    app.world_mut().resource_mut::<Prefs>().role = Role::Trainer;
    sign_in(&mut app);
    assert_eq!(screen(&app), Screen::Trainer);
    let sc = Arc::clone(&app.world().resource::<Content>().playable[SCENARIO]);
    // The second Say node, with every variable at 90.
    let node = sc
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, callcoach_core::compile::CKind::Say { .. }))
        .nth(1)
        .unwrap()
        .id
        .clone();
    let vars = vec![90; sc.var_start.len()];
    send(
        &mut app,
        CallAction::Playtest {
            scenario: SCENARIO.into(),
            node: node.clone(),
            vars: vars.clone(),
            seed: Some(4),
        },
    );
    assert_eq!(screen(&app), Screen::Call);
    {
        let active = app.world().resource::<Active>();
        assert_eq!(
            active.playtest,
            Some(PlaytestStart {
                node: node.clone(),
                vars: vars.clone()
            })
        );
        let call = &active.session.call;
        assert_eq!(call.prompt().unwrap().node_id, node);
        assert_eq!(call.vars(), &vars[..]);
    }
    for _ in 0..40 {
        if screen(&app) != Screen::Call {
            break;
        }
        press(&mut app, KeyCode::Digit1);
    }
    assert_eq!(screen(&app), Screen::WrapUp);
    send(&mut app, CallAction::Finish(None));
    assert_eq!(screen(&app), Screen::Debrief);
    assert!(app.world().resource::<Active>().record.is_some());
    assert!(
        callcoach_core::records::store::record_files(dir.path())
            .unwrap()
            .is_empty(),
        "a playtest writes no record"
    );
    // "Playtest again" starts at the same node; leaving goes back to the trainer view.
    send(&mut app, CallAction::Retry);
    assert_eq!(screen(&app), Screen::Call);
    assert_eq!(
        app.world()
            .resource::<Active>()
            .session
            .call
            .prompt()
            .unwrap()
            .node_id,
        node
    );
    send(&mut app, CallAction::Leave);
    assert_eq!(screen(&app), Screen::Trainer);
}
