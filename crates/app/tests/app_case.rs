//! Cases in the app, headless: the library lists a case; "start case" plays call one; after its
//! debrief "next call in this case" shows what happened between the calls, then call two's
//! desk, where call one's wrap-up notes and the arrangement are in the history; a case left
//! between two calls is continued from the library after a restart; after the last call the
//! case's end is shown. Runs over a fixture case (`tests/fixtures/case/`).

mod common;

use std::path::Path;
use std::sync::Arc;

use bevy::prelude::*;

use callcoach_app::Screen;
use callcoach_app::active_call::{Active, CallAction};
use callcoach_app::cases::{CaseProgress, OpenCases, startable};
use callcoach_app::content::Content;
use callcoach_app::prefs::Prefs;
use callcoach_app::screens::case_between::between_text;
use callcoach_core::content::model::Outcome;
use callcoach_core::content::negotiation::Terms;
use callcoach_core::engine::scoring::WrapUp;
use callcoach_core::engine::scoring::documentation::{NextAction, WrapFields};
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::case::PromiseFate;
use callcoach_core::records::history_text::history_lines;
use common::{checked_content_at, fixture_library, headless_app_with, screen, sign_in};

const NOTES: &str = "Agreed 12 x 50.00 monthly from 10 Nov; income 1500, rent 900.";

fn app(data: &Path, library: &Path, lang: &str) -> App {
    let prefs = Prefs {
        trainee: "Casey Case".into(),
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

fn pick_id(app: &mut App, id: &str) {
    let i = {
        let call = &active(app).session.call;
        let p = call.prompt().unwrap();
        let c = call.scenario().choice_by_id(p.node, id).unwrap();
        p.choices.iter().position(|&x| x == c).unwrap()
    };
    send(app, CallAction::Pick(i));
}

fn wrap_up(app: &mut App, outcome: Outcome, terms: Option<Terms>, notes: &str) {
    assert_eq!(screen(app), Screen::WrapUp);
    let wrap = WrapUp::new(
        outcome,
        notes,
        WrapFields {
            terms,
            next_action: NextAction::AwaitPayment,
            next_date: None,
            flags: Default::default(),
        },
    );
    send(app, CallAction::Finish(Some(wrap)));
    assert_eq!(screen(app), Screen::Debrief);
}

/// Plays call one to its debrief, agreeing the plan.
fn call_one(app: &mut App) {
    sign_in(app);
    {
        let content = app.world().resource::<Content>();
        let case = &content
            .library
            .case("fx-case")
            .expect("the fixture case")
            .value;
        assert!(startable(content, case));
    }
    send(
        app,
        CallAction::StartCase {
            case: "fx-case".into(),
            seed: Some(3),
        },
    );
    assert_eq!(screen(app), Screen::Call);
    let link = active(app)
        .session
        .meta
        .case
        .clone()
        .expect("a call of a case");
    assert_eq!((link.case.as_str(), link.step), ("fx-case", 0));
    pick_id(app, "introduce");
    pick_id(app, "ask-budget");
    pick_id(app, "offer-plan");
    let terms = active(app).session.call.proposals().last().map(|p| p.terms);
    wrap_up(app, Outcome::PaymentPlan, terms, NOTES);
}

/// Between the calls, then call two's desk: call one's notes and the arrangement on file.
fn call_two_desk(app: &mut App, lang: &str) {
    assert_eq!(screen(app), Screen::CaseBetween);
    let step = app
        .world()
        .resource::<CaseProgress>()
        .0
        .clone()
        .expect("the step between the calls");
    assert_eq!(
        step.fate,
        PromiseFate::Broken,
        "every plan breaks in the fixture"
    );
    assert_eq!(step.days, 21);
    {
        let loc = Arc::clone(&app.world().resource::<Content>().loc);
        let text = CallText::new(&loc, lang, &step.played, "Casey Case");
        let said = between_text(&step, &text);
        assert!(said.contains("21"), "{said}");
        assert!(!said.contains("case-between"), "{said}");
    }
    send(app, CallAction::PlayCaseCall);
    assert_eq!(screen(app), Screen::Call);
    let a = active(app);
    assert!(a.at_desk());
    assert_eq!(a.session.meta.case.as_ref().map(|l| l.step), Some(1));
    let loc = Arc::clone(&app.world().resource::<Content>().loc);
    let text = CallText::new(&loc, lang, a.scenario(), "Casey Case");
    let lines = history_lines(&text);
    let carried: Vec<_> = lines.iter().filter(|l| l.carried).collect();
    assert!(
        carried.iter().any(|l| l.note == NOTES),
        "call one's notes on the desk: {lines:?}"
    );
    // The arrangement agreed in call one, and the payment missed under it.
    let ids: Vec<&str> = lines.iter().map(|l| l.id.as_str()).collect();
    assert!(ids.iter().any(|id| id.ends_with("-promise")), "{ids:?}");
    assert!(ids.iter().any(|id| id.ends_with("-missed")), "{ids:?}");
    // The written stand-in for call one is gone.
    assert!(!ids.contains(&"h2"), "{ids:?}");
}

#[test]
fn a_case_plays_call_one_then_call_two_with_call_ones_notes_and_arrangement() {
    let lib = fixture_library("case");
    let data = tempfile::tempdir().unwrap();
    for lang in ["en", "pl"] {
        let mut app = app(data.path(), lib.path(), lang);
        call_one(&mut app);
        let step = active(&app)
            .case_step
            .clone()
            .expect("what follows call one");
        assert!(step.next.is_some());
        send(&mut app, CallAction::NextCaseCall);
        call_two_desk(&mut app, lang);
        // Call two to its end; the case is over.
        pick_id(&mut app, "call-now");
        pick_id(&mut app, "ask-why");
        wrap_up(
            &mut app,
            Outcome::PaymentPlan,
            None,
            "Hours cut; asked for a smaller plan.",
        );
        let step = active(&app).case_step.clone().expect("the case's end");
        assert!(step.next.is_none());
        send(&mut app, CallAction::NextCaseCall);
        assert_eq!(screen(&app), Screen::CaseBetween);
        let loc = Arc::clone(&app.world().resource::<Content>().loc);
        let text = CallText::new(&loc, lang, &step.played, "Casey Case");
        let end = between_text(&step, &text);
        let expected = if lang == "en" {
            "Case closed: a new plan is in place."
        } else {
            "Sprawa zamknięta: obowiązuje nowy plan."
        };
        assert_eq!(end, expected);
    }
}

#[test]
fn a_case_left_between_calls_is_continued_from_the_library_after_a_restart() {
    let lib = fixture_library("case");
    let data = tempfile::tempdir().unwrap();
    {
        let mut app = app(data.path(), lib.path(), "en");
        call_one(&mut app);
        // The app is closed on the debrief (nothing else is stored than the record).
    }
    let mut app = app(data.path(), lib.path(), "pl");
    sign_in(&mut app);
    assert_eq!(screen(&app), Screen::Library);
    let open = app.world().resource::<OpenCases>().0.clone();
    assert_eq!(open.len(), 1, "{open:?}");
    assert_eq!(open[0].case, "fx-case");
    send(
        &mut app,
        CallAction::ContinueCase {
            instance: open[0].instance.clone(),
        },
    );
    call_two_desk(&mut app, "pl");
    // Killed during call two: the journal resumes it with the same history.
    drop(app);
    let mut again = self::app(data.path(), lib.path(), "en");
    sign_in(&mut again);
    send(&mut again, CallAction::Resume);
    assert_eq!(screen(&again), Screen::Call);
    assert!(active(&again).at_desk());
    let loc = Arc::clone(&again.world().resource::<Content>().loc);
    let text = CallText::new(&loc, "en", active(&again).scenario(), "Casey Case");
    assert!(
        history_lines(&text)
            .iter()
            .any(|l| l.carried && l.note == NOTES)
    );
}

#[test]
fn rewinding_a_later_call_of_a_case_keeps_its_history_as_it_was() {
    let lib = fixture_library("case");
    let data = tempfile::tempdir().unwrap();
    let mut app = app(data.path(), lib.path(), "en");
    call_one(&mut app);
    send(&mut app, CallAction::NextCaseCall);
    call_two_desk(&mut app, "en");
    let before = active(&app).scenario().history.entries.clone();
    pick_id(&mut app, "call-now");
    send(&mut app, CallAction::Rewind(1));
    assert_eq!(screen(&app), Screen::Call);
    assert_eq!(active(&app).session.call.turns().len(), 1);
    assert_eq!(active(&app).scenario().history.entries, before);
}
