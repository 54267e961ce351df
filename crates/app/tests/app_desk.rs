//! The pre-call desk, headless: a scenario that starts at a desk shows the account (the
//! desk's facts, the history newest first with its tags on file) and the desk's decisions,
//! not a debtor line; a decision that does not dial ends the call and goes to the wrap-up; a
//! decision that dials goes on to the call, with the history a panel away. Runs over a
//! fixture scenario (`tests/fixtures/desk/`) so it does not depend on shipped content.

mod common;

use std::sync::Arc;

use bevy::prelude::*;

use callcoach_app::Screen;
use callcoach_app::active_call::{Active, CallAction};
use callcoach_app::content::Content;
use callcoach_app::prefs::Prefs;
use callcoach_core::content::model::Outcome;
use callcoach_core::engine::scoring::WrapUp;
use callcoach_core::engine::scoring::documentation::{NextAction, WrapFields};
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::history_text::{desk_facts, history_lines};
use common::{checked_content_at, fixture_library, headless_app_with, screen, sign_in};

const SCENARIO: &str = "fx-desk-cease";

fn app(data: &std::path::Path, library: &std::path::Path, lang: &str) -> App {
    let prefs = Prefs {
        trainee: "Dana Desk".into(),
        lang: lang.into(),
        ..Prefs::default()
    };
    headless_app_with(data, prefs, checked_content_at(library))
}

fn send(app: &mut App, action: CallAction) {
    app.world_mut().write_message(action);
    app.update();
    app.update();
}

fn active(app: &App) -> &Active {
    app.world().resource::<Active>()
}

/// Signs in and starts the fixture at its desk.
fn at_desk(app: &mut App) {
    sign_in(app);
    send(
        app,
        CallAction::Start {
            scenario: SCENARIO.into(),
            seed: Some(5),
        },
    );
    assert_eq!(screen(app), Screen::Call);
    assert!(active(app).at_desk());
}

/// The shown decisions' ids, in the order shown.
fn shown_ids(app: &App) -> Vec<String> {
    let a = active(app);
    let call = &a.session.call;
    let p = call.prompt().unwrap();
    p.choices
        .iter()
        .map(|&c| call.scenario().choice_id(p.node, c).unwrap().to_string())
        .collect()
}

fn position(app: &App, id: &str) -> usize {
    shown_ids(app).iter().position(|x| x == id).unwrap()
}

#[test]
fn the_desk_shows_the_account_and_its_decisions() {
    let lib = fixture_library("desk");
    let data = tempfile::tempdir().unwrap();
    for lang in ["en", "pl"] {
        let mut app = app(data.path(), lib.path(), lang);
        at_desk(&mut app);
        // Every decision, in the order the seed shuffled them.
        let mut ids = shown_ids(&app);
        ids.sort();
        assert_eq!(
            ids,
            ["call-later", "call-now", "no-call-cease", "write-instead"]
        );
        let content = app.world().resource::<Content>();
        let loc = Arc::clone(&content.loc);
        let a = active(&app);
        let sc = Arc::clone(a.scenario());
        assert!(sc.desk);
        let text = CallText::new(&loc, lang, &sc, "Dana Desk");
        // The history newest first: the cease letter on top, with its tag on file.
        let lines = history_lines(&text);
        let ids: Vec<&str> = lines.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["h6", "h5", "h4", "h3", "h2", "h1"]);
        assert_eq!(lines[0].on_file.len(), 1, "{:?}", lines[0]);
        assert!(lines.iter().all(|l| !l.carried && !l.note.is_empty()));
        assert!(
            lines.iter().all(|l| !l.note.contains("history-")),
            "{lang}: every note has its text: {lines:?}"
        );
        // The debtor's local day and time first (Thursday 19 November, 10:30).
        let facts = desk_facts(&text);
        assert!(facts[0].contains("10:30"), "{facts:?}");
        // The desk's question, not a debtor line, and every decision in words.
        let p = a.session.call.prompt().unwrap();
        assert!(text.line(p.node, 0).text.contains("Jordan Ellis"));
        for &c in p.choices {
            assert!(!text.choice(p.node, c).missing, "{lang}: decision {c}");
        }
        for key in [
            "app-desk-keys",
            "app-history-show",
            "app-history-hide",
            "app-history-no-notes",
            "app-cases-title",
            "app-case-start",
            "app-case-next",
            "app-case-open-next",
            "app-case-call-over",
        ] {
            let t = loc.t(lang, key);
            assert!(!t.contains(key), "{lang}: {key}");
        }
        if lang == "pl" {
            assert_ne!(loc.t("pl", "app-desk-keys"), loc.t("en", "app-desk-keys"));
        }
    }
}

#[test]
fn a_decision_not_to_call_ends_the_call_and_goes_to_the_wrap_up() {
    let lib = fixture_library("desk");
    let data = tempfile::tempdir().unwrap();
    let mut app = app(data.path(), lib.path(), "en");
    at_desk(&mut app);
    let i = position(&app, "no-call-cease");
    send(&mut app, CallAction::Pick(i));
    assert_eq!(screen(&app), Screen::WrapUp);
    let call = &active(&app).session.call;
    assert!(call.is_over());
    assert_eq!(call.ending().map(|e| e.outcome), Some(Outcome::NotCalled));
    let wrap = WrapUp::new(
        Outcome::NotCalled,
        "Cease letter on file since 16 Nov; not called.",
        WrapFields {
            terms: None,
            next_action: NextAction::StopContact,
            next_date: None,
            flags: Default::default(),
        },
    );
    send(&mut app, CallAction::Finish(Some(wrap)));
    assert_eq!(screen(&app), Screen::Debrief);
    let files = callcoach_core::records::store::record_files(data.path()).unwrap();
    assert_eq!(files.len(), 1, "the decision is recorded like a call");
    let record = callcoach_core::records::store::read_record(&files[0]).unwrap();
    assert_eq!(record.turns.len(), 1);
}

#[test]
fn dialling_goes_on_to_the_call_with_the_history_a_panel_away() {
    let lib = fixture_library("desk");
    let data = tempfile::tempdir().unwrap();
    let mut app = app(data.path(), lib.path(), "pl");
    at_desk(&mut app);
    let i = position(&app, "call-now");
    send(&mut app, CallAction::Pick(i));
    assert_eq!(screen(&app), Screen::Call);
    let a = active(&app);
    assert!(!a.at_desk());
    let p = a.session.call.prompt().unwrap();
    assert_eq!(a.scenario().nodes[p.node as usize].id, "opening");
    assert!(!a.history_open);
    send(&mut app, CallAction::ToggleHistory);
    assert!(active(&app).history_open);
    send(&mut app, CallAction::ToggleHistory);
    assert!(!active(&app).history_open);
    // The call goes on to its end and the wrap-up.
    send(&mut app, CallAction::Pick(0));
    send(&mut app, CallAction::Pick(0));
    assert_eq!(screen(&app), Screen::WrapUp);
    assert_eq!(
        active(&app).session.call.ending().map(|e| e.outcome),
        Some(Outcome::CeaseContact)
    );
}

#[test]
fn number_keys_take_the_desk_decision_shown_there() {
    let lib = fixture_library("desk");
    let data = tempfile::tempdir().unwrap();
    let mut app = app(data.path(), lib.path(), "en");
    at_desk(&mut app);
    let i = position(&app, "write-instead");
    let key = [
        KeyCode::Digit1,
        KeyCode::Digit2,
        KeyCode::Digit3,
        KeyCode::Digit4,
    ][i];
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .press(key);
    app.update();
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .release(key);
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::WrapUp);
    assert_eq!(
        active(&app).session.call.ending().map(|e| e.outcome),
        Some(Outcome::LetterSent)
    );
}
