//! The negotiation step and the wrap-up's structured fields, headless: terms typed into the
//! call's terms panel are proposed, journalled and recorded like a pick; terms the step does
//! not take are explained in the trainee's language and the call stays where it is; the
//! wrap-up's fields reach the record.

mod common;

use std::path::Path;
use std::sync::Arc;

use bevy::prelude::*;

use callcoach_app::Screen;
use callcoach_app::active_call::{Active, CallAction, WrapProblem};
use callcoach_app::content::Content;
use callcoach_app::prefs::Prefs;
use callcoach_app::terms::{invalid_terms_message, monthly_hint};
use callcoach_core::compile::{CKind, CompiledScenario};
use callcoach_core::content::model::{Outcome, WrapFlag};
use callcoach_core::content::negotiation::Terms;
use callcoach_core::engine::runner::{Call, Pick, validate_terms};
use callcoach_core::engine::scoring::documentation::NextAction;
use common::{headless_app, screen, sign_in};

const SEED: u64 = 7;

fn app(data: &Path, lang: &str) -> App {
    headless_app(
        data,
        Prefs {
            trainee: "Ala Test".into(),
            lang: lang.into(),
            ..Prefs::default()
        },
    )
}

fn send(app: &mut App, action: CallAction) {
    app.world_mut().write_message(action);
    app.update();
    app.update();
}

fn active(app: &App) -> &Active {
    app.world().resource::<Active>()
}

fn active_mut(app: &mut App) -> Mut<'_, Active> {
    app.world_mut().resource_mut::<Active>()
}

/// A playable scenario with a negotiation step (the first by id).
fn negotiated(app: &App) -> Arc<CompiledScenario> {
    let content = app.world().resource::<Content>();
    content
        .playable
        .values()
        .find(|sc| {
            sc.nodes.iter().any(|n| {
                matches!(
                    &n.kind,
                    CKind::Say {
                        propose: Some(_),
                        ..
                    }
                )
            })
        })
        .map(Arc::clone)
        .expect("a shipped scenario has a negotiation step")
}

/// Display positions that lead from the start to a negotiation step (depth first).
fn path_to_step(call: &Call, depth: usize) -> Option<Vec<usize>> {
    let p = call.prompt()?;
    if !p.proposable.is_empty() {
        return Some(Vec::new());
    }
    if depth == 0 {
        return None;
    }
    (0..p.choices.len()).find_map(|i| {
        let mut next = call.clone();
        next.pick(i, 0).ok()?;
        let mut rest = path_to_step(&next, depth - 1)?;
        rest.insert(0, i);
        Some(rest)
    })
}

/// Signs in, starts the negotiated scenario and plays to its negotiation step.
fn at_negotiation_step(app: &mut App) -> Arc<CompiledScenario> {
    sign_in(app);
    let sc = negotiated(app);
    send(
        app,
        CallAction::Start {
            scenario: sc.id.clone(),
            seed: Some(SEED),
        },
    );
    let path = path_to_step(&Call::new(Arc::clone(&sc), SEED).unwrap(), 14)
        .expect("the negotiation step can be reached");
    for i in path {
        send(app, CallAction::Pick(i));
    }
    assert_eq!(screen(app), Screen::Call);
    let call = &active(app).session.call;
    assert!(!call.prompt().unwrap().proposable.is_empty());
    sc
}

/// Terms the step takes: the best arrangement if it is on offer, else a plan of the balance.
fn good_terms(sc: &CompiledScenario, call: &Call) -> Terms {
    let kinds = call.prompt().unwrap().proposable;
    sc.deal
        .best
        .filter(|t| kinds.contains(&t.kind()))
        .expect("the best arrangement can be proposed at the step")
}

#[test]
fn terms_typed_in_the_panel_are_proposed_journalled_and_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path(), "pl");
    let sc = at_negotiation_step(&mut app);
    let terms = good_terms(&sc, &active(&app).session.call);
    let turns = active(&app).session.call.turns().len();
    // Typed the Polish way (decimal comma), as the panel shows them.
    let loc = Arc::clone(&app.world().resource::<Content>().loc);
    // Before the budget is discovered the panel says nothing of what terms cost a month.
    {
        let fresh = Call::new(Arc::clone(&sc), SEED).unwrap();
        let a = active(&app);
        let mut form = a.terms.clone();
        form.fill(&terms, &loc, "pl");
        assert!(!fresh.finances_revealed());
        assert_eq!(monthly_hint(&form, &fresh, &loc, "pl"), None);
        if matches!(terms, Terms::Plan { .. }) && a.session.call.finances_revealed() {
            let hint = monthly_hint(&form, &a.session.call, &loc, "pl").unwrap();
            assert!(hint.contains(','), "{hint}");
        }
    }
    let action = {
        let mut a = active_mut(&mut app);
        a.terms.fill(&terms, &loc, "pl");
        if let Terms::Plan { .. } = terms {
            assert!(a.terms.amount.contains(','), "{}", a.terms.amount);
        }
        a.propose_from_form(&loc, "pl")
    };
    assert_eq!(action, Some(CallAction::Propose(terms)));
    send(&mut app, action.unwrap());
    let call = &active(&app).session.call;
    assert_eq!(call.turns().len(), turns + 1);
    assert_eq!(call.turns()[turns].pick, Pick::Propose(terms));
    assert_eq!(call.proposals().last().map(|p| p.terms), Some(terms));
    assert!(active(&app).terms_message.is_none());
    // (Read by its path: the running session holds it locked, so it is not offered.)
    let path = active(&app)
        .session
        .journal_path()
        .expect("journalled")
        .to_path_buf();
    let journal =
        callcoach_core::records::journal::parse(&path, &std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(journal.turns[turns].terms, Some(terms));
    assert_eq!(journal.turns[turns].pick, None);

    // Play on to the end and wrap up with every structured field.
    for _ in 0..40 {
        if screen(&app) != Screen::Call {
            break;
        }
        send(&mut app, CallAction::Pick(0));
    }
    assert_eq!(screen(&app), Screen::WrapUp);
    let wrap = {
        let mut a = active_mut(&mut app);
        assert_eq!(
            a.wrap.terms.parse(),
            Ok(terms),
            "prefilled with the proposal"
        );
        assert!(
            !a.wrap.record_terms,
            "the trainee decides whether it was agreed"
        );
        a.disposition = Some(Outcome::PaymentPlan);
        a.notes = "Lost her job in August; plan agreed, letter to follow.".into();
        assert_eq!(a.wrap_up(), Some(Err(WrapProblem::NoNextAction)));
        a.wrap.record_terms = true;
        a.wrap.next_action = Some(NextAction::AwaitPayment);
        a.wrap.next_date = "2026-13-01".into();
        assert_eq!(a.wrap_up(), Some(Err(WrapProblem::NextDate)));
        a.wrap.next_date = terms.first_date().to_string();
        a.wrap.flags.insert(WrapFlag::Hardship);
        a.wrap_up().unwrap().unwrap()
    };
    send(&mut app, CallAction::Finish(Some(wrap)));
    assert_eq!(screen(&app), Screen::Debrief);
    let files = callcoach_core::records::store::record_files(dir.path()).unwrap();
    assert_eq!(files.len(), 1);
    let record = callcoach_core::records::store::read_record(&files[0]).unwrap();
    assert_eq!(record.turns[turns].terms, Some(terms));
    let fields = record.wrap_up.unwrap().fields.expect("structured fields");
    assert_eq!(fields.terms, Some(terms));
    assert_eq!(fields.next_action, NextAction::AwaitPayment);
    assert_eq!(fields.next_date, Some(terms.first_date()));
    assert_eq!(
        fields.flags.into_iter().collect::<Vec<_>>(),
        [WrapFlag::Hardship]
    );
    let arrangement = record.scores.arrangement.expect("terms were discussed");
    // Ours, and any fixed offer the first answers made afterwards.
    assert!(arrangement.proposals >= 1);
}

#[test]
fn terms_the_step_does_not_take_are_explained_and_the_call_stays() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path(), "pl");
    let sc = at_negotiation_step(&mut app);
    let turns = active(&app).session.call.turns().len();
    let loc = Arc::clone(&app.world().resource::<Content>().loc);

    // A field that does not parse: the panel names it, nothing is sent.
    let action = {
        let mut a = active_mut(&mut app);
        a.terms.set("kind", "plan").unwrap();
        a.terms.set("amount", "sześćdziesiąt").unwrap();
        a.terms.set("count", "20").unwrap();
        a.propose_from_form(&loc, "pl")
    };
    assert_eq!(action, None);
    let message = active(&app).terms_message.clone().unwrap();
    assert!(
        message.contains(&loc.t("pl", "app-terms-field-amount")),
        "{message}"
    );

    // Terms the core refuses: a plan starting before the call.
    let call_date = sc.deal.call_date;
    let early = Terms::Plan {
        amount: "60".parse().unwrap(),
        every: callcoach_core::content::negotiation::Frequency::Monthly,
        count: 20,
        first: call_date.pred_opt().unwrap(),
    };
    send(&mut app, CallAction::Propose(early));
    assert_eq!(screen(&app), Screen::Call);
    assert_eq!(
        active(&app).session.call.turns().len(),
        turns,
        "no turn taken"
    );
    let expected = loc.ta(
        "pl",
        "app-terms-invalid",
        &[(
            "why",
            callcoach_core::content::l10n::s(loc.t("pl", "app-terms-why-before-call")),
        )],
    );
    assert_eq!(
        active(&app).terms_message.as_deref(),
        Some(expected.as_str())
    );
}

#[test]
fn every_reason_the_core_refuses_terms_has_a_message_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path(), "en");
    let sc = negotiated(&app);
    let loc = Arc::clone(&app.world().resource::<Content>().loc);
    let day = sc.deal.call_date;
    let m = |s: &str| s.parse().unwrap();
    let monthly = callcoach_core::content::negotiation::Frequency::Monthly;
    let bad = [
        Terms::Plan {
            amount: m("60"),
            every: monthly,
            count: 3,
            first: day.pred_opt().unwrap(),
        },
        Terms::InFull {
            by: day.checked_add_months(chrono::Months::new(121)).unwrap(),
        },
        Terms::Plan {
            amount: m("0"),
            every: monthly,
            count: 3,
            first: day,
        },
        Terms::Plan {
            amount: m("60.001"),
            every: monthly,
            count: 3,
            first: day,
        },
        Terms::Plan {
            amount: m("60"),
            every: monthly,
            count: 0,
            first: day,
        },
        Terms::Settlement {
            amount: m("-5"),
            by: day,
        },
        Terms::Settlement {
            amount: sc.deal.balance,
            by: day,
        },
    ];
    for terms in bad {
        let why = match validate_terms(&terms, &sc) {
            Err(callcoach_core::engine::runner::RunError::InvalidTerms(why)) => why,
            other => panic!("{terms} should be refused, got {other:?}"),
        };
        for lang in ["en", "pl"] {
            let message = invalid_terms_message(&loc, lang, &why);
            assert!(!message.contains("app-terms"), "{lang}: {message}");
        }
        // Polish shares no words with the core's English reason.
        let pl = invalid_terms_message(&loc, "pl", &why);
        assert!(!pl.contains(&why), "pl: no message for {why:?}");
    }
    // A reason this shell does not know is shown as the core gave it.
    assert!(invalid_terms_message(&loc, "en", "something new").contains("something new"));
}
