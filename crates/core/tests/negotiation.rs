//! Negotiation end to end on a small scenario written here: terms assessed against the
//! debtor's finances and the mandate, the debtor's reactions, the Arrangement dimension, the
//! structured wrap-up, the best-path search, and proposals recorded, journalled and replayed.

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;

use callcoach_core::compile::{self, CompiledScenario};
use callcoach_core::content::loader::{Library, RawFile};
use callcoach_core::content::model::{Dimension, Outcome, WrapFlag};
use callcoach_core::content::negotiation::{Frequency, Reply, Terms};
use callcoach_core::engine::negotiation::Breach;
use callcoach_core::engine::runner::{Call, Pick, RunError};
use callcoach_core::engine::scoring::{
    NextAction, RuleStatus, Scorecard, WrapFields, WrapUp, score_call,
};
use callcoach_core::engine::search::{DEFAULT_BUDGET, best_path};
use callcoach_core::records::journal;
use callcoach_core::records::record::{Mode, SessionMeta};
use callcoach_core::records::session::Session;
use callcoach_core::records::store;
use callcoach_core::records::verify::{self, Verification};
use chrono::NaiveDate;
use rust_decimal::Decimal;

const TAGS: &str = r#"TagVocabulary([
    (id: "affordability-check", kind: Behaviour),
    (id: "offers-plan", kind: Behaviour),
    (id: "reads-back-terms", kind: Behaviour),
    (id: "terms-agreed", kind: Event),
    (id: "debtor-counter-offer", kind: Event),
    (id: "debtor-hardship", kind: Event, flag: Hardship),
])"#;

const RUBRIC: &str = r#"Rubric(
    id: "arrangement-test",
    dimension: Arrangement,
    pass_mark: 80,
    rules: [
        (id: "ARR-1", kind: Law, citation: "CONC 7.3.4R", weight: 40, severity: Major, check: Sustainable),
        (id: "ARR-2", kind: Industry, citation: "Creditor mandate", weight: 30, severity: Major, check: WithinMandate),
        (id: "ARR-3", kind: Industry, citation: "Collections QA", weight: 20, severity: Minor, check: Recovery),
        (id: "ARR-4", kind: Guidance, citation: "CONC 7.3.5G", weight: 20, severity: Major, check: Before("affordability-check", "offers-plan")),
        (id: "ARR-5", kind: Industry, citation: "Collections QA", weight: 10, severity: Minor, check: After("terms-agreed", "reads-back-terms", 1)),
    ],
)"#;

/// Dana: $1,580 in, $1,410 of essentials out, so $170 a month to spare; $40 today.
const SCENARIO: &str = r#"Scenario(
    id: "deal",
    version: 1,
    rubrics: ["arrangement-test"],
    difficulty: Easy,
    jurisdiction: Uk,
    persona: "hardship",
    debtor: (name: "Dana Whitfield", kind: Consumer, utc_offset_minutes: 0),
    creditor: "Brightline Telecom",
    account: (amount: "1240.50", currency: "GBP", due: "2026-09-15"),
    call_at: "2026-11-17T15:30:00Z",
    state: {"trust": 30},
    outcomes: {PaymentPlan: 100, HungUp: 0},
    finances: Consumer(
        income: {"benefits": "1180.00", "earnings": "400.00"},
        outgoings: {"housing": "850.00", "food": "320.00", "utilities": "180.00", "transport": "60.00"},
        pay_now: "40.00",
    ),
    mandate: (min_instalment: "25.00", max_months: 24, max_discount_percent: "0", first_payment_within_days: 14, max_extension_days: 14),
    negotiation: (
        reactions: [
            (if: Affordable(100), reply: Accept),
            (if: All([Proposed(Plan), AtLeast("trust", 50)]), reply: Accept),
            (if: Proposed(Settlement), reply: Accept),
            (if: Proposed(Plan), reply: Counter(100), events: ["debtor-counter-offer"]),
            (reply: Refuse),
        ],
        agreed_events: ["terms-agreed"],
    ),
    start: "opening",
    nodes: {
        "opening": Say(
            events: ["debtor-hardship"],
            choices: [
                (id: "ask-budget", tags: ["affordability-check"], effects: {"trust": 30}, next: "negotiate"),
                (id: "skip-budget", next: "negotiate"),
                (id: "fixed-early", tags: ["offers-plan"], offer: Plan(amount: "100.00", every: Monthly, count: 13, first: "2026-11-24"), next: "react"),
            ],
        ),
        "negotiate": Say(
            propose: (kinds: [Plan, Settlement, InFull], tags: ["offers-plan"], next: "react"),
            choices: [(id: "give-up", next: "end-hangup")],
        ),
        "react": Branch(routes: [
            (if: Reply(Accepted), next: "agreed"),
            (if: Reply(Countered), next: "countered"),
            (next: "end-hangup"),
        ]),
        "countered": Say(
            choices: [
                (id: "take-it", takes_counter: true, next: "agreed"),
                (id: "refuse-counter", next: "end-hangup"),
            ],
        ),
        "agreed": Say(
            choices: [
                (id: "read-back", tags: ["reads-back-terms"], next: "end-plan"),
                (id: "bye", next: "end-plan"),
            ],
        ),
        "end-plan": End(outcome: PaymentPlan),
        "end-hangup": End(outcome: HungUp),
    },
)"#;

fn scenario() -> Arc<CompiledScenario> {
    let files = vec![
        RawFile {
            path: "scenarios/tags.ron".into(),
            bytes: TAGS.as_bytes().to_vec(),
        },
        RawFile {
            path: "scenarios/rubrics/arrangement-test.ron".into(),
            bytes: RUBRIC.as_bytes().to_vec(),
        },
        RawFile {
            path: "scenarios/deal.ron".into(),
            bytes: SCENARIO.as_bytes().to_vec(),
        },
    ];
    let lib = Library::from_files(Path::new("/lib"), files);
    assert!(
        lib.load_diagnostics.is_empty(),
        "{:#?}",
        lib.load_diagnostics
    );
    let mut diagnostics = Vec::new();
    let sc = compile::compile(&lib, &lib.scenarios[0], &mut diagnostics);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    Arc::new(sc.expect("compiles"))
}

fn money(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::from_str(s).unwrap()
}

fn plan(amount: &str, count: u32) -> Terms {
    Terms::Plan {
        amount: money(amount),
        every: Frequency::Monthly,
        count,
        first: date("2026-11-24"),
    }
}

/// Plays picks (choice ids, or terms in compact form) from the start.
fn play(sc: &Arc<CompiledScenario>, picks: &[&str]) -> Call {
    let mut call = Call::new(Arc::clone(sc), 7).unwrap();
    for p in picks {
        if p.contains(':') {
            call.propose(p.parse().unwrap(), 1000).unwrap();
        } else {
            call.pick_id(p, 1000).unwrap();
        }
    }
    assert!(call.is_over(), "the picks end the call");
    call
}

fn rule<'a>(card: &'a Scorecard, id: &str) -> &'a callcoach_core::engine::scoring::RuleResult {
    card.rules.iter().find(|r| r.rule == id).unwrap()
}

fn arrangement_passed(card: &Scorecard) -> bool {
    card.dimension(Dimension::Arrangement).unwrap().passed
}

#[test]
fn capacity_and_the_best_arrangement_come_from_the_finances_and_the_mandate() {
    let sc = scenario();
    assert_eq!(sc.deal.capacity(), Some(money("170.00")));
    // £170 a month clears £1,240.50 in 8 instalments, well inside 24 months.
    assert_eq!(sc.deal.best, Some(plan("170.00", 8)));
    let a = sc.deal.assess(&plan("170.00", 8));
    assert!(a.sustainable && a.within_mandate());
    assert_eq!(a.recovery_permille, 1000);
    let high = sc.deal.assess(&plan("250.00", 5));
    assert!(!high.sustainable, "£250 a month against £170 to spare");
    assert_eq!(high.ask_permille, 1471);
    let low = sc.deal.assess(&plan("20.00", 63));
    assert!(low.breaches.contains(Breach::BelowMinimum));
    assert!(low.breaches.contains(Breach::TooLong));
    let discount = sc.deal.assess(&Terms::Settlement {
        amount: money("992.40"),
        by: date("2026-11-24"),
    });
    assert!(discount.breaches.contains(Breach::Discount));
}

#[test]
fn an_unaffordable_plan_fails_the_arrangement_even_when_the_debtor_accepts_it() {
    let sc = scenario();
    // The budget question builds trust, so Dana agrees to £250 a month she cannot keep.
    let call = play(
        &sc,
        &[
            "ask-budget",
            "plan:250.00:5:monthly:2026-11-24",
            "read-back",
        ],
    );
    assert_eq!(call.agreement().unwrap().reply, Reply::Accept);
    let card = score_call(&call, None);
    assert_eq!(rule(&card, "ARR-1").status, RuleStatus::Broken);
    assert_eq!(rule(&card, "ARR-1").turn, Some(2));
    assert!(!arrangement_passed(&card));
    assert!(!card.passed);

    let best = play(
        &sc,
        &[
            "ask-budget",
            "plan:170.00:8:monthly:2026-11-24",
            "read-back",
        ],
    );
    let card = score_call(&best, None);
    assert_eq!(card.dimension(Dimension::Arrangement).unwrap().score, 100);
    assert!(card.passed);
    let summary = card.arrangement.as_ref().unwrap();
    assert_eq!(summary.agreed.unwrap().0, plan("170.00", 8));
    assert_eq!(summary.best.unwrap().0, plan("170.00", 8));
}

#[test]
fn a_discount_beyond_the_mandate_is_flagged_with_its_rule_and_citation() {
    let sc = scenario();
    let call = play(
        &sc,
        &["ask-budget", "settle:992.40:2026-11-24", "read-back"],
    );
    let card = score_call(&call, None);
    let r = rule(&card, "ARR-2");
    assert_eq!((r.status, r.turn), (RuleStatus::Broken, Some(2)));
    let cited = sc.rules.iter().find(|x| x.id == "ARR-2").unwrap();
    assert_eq!(cited.citation, "Creditor mandate");
    assert!(!arrangement_passed(&card));
}

#[test]
fn an_offer_before_the_budget_question_is_a_finding_and_a_counter_offer_can_be_taken() {
    let sc = scenario();
    // £100 is affordable, but it came before any income and expenditure question.
    let call = play(&sc, &["fixed-early", "read-back"]);
    let card = score_call(&call, None);
    assert_eq!(rule(&card, "ARR-4").status, RuleStatus::Broken);
    // Without the trust the budget question builds, an unaffordable plan is countered with
    // what Dana can pay, and taking it agrees those terms.
    let call = play(
        &sc,
        &[
            "skip-budget",
            "plan:250.00:5:monthly:2026-11-24",
            "take-it",
            "bye",
        ],
    );
    let agreed = call.agreement().unwrap();
    assert!(agreed.takes_counter);
    assert_eq!(agreed.terms, plan("170.00", 8));
    let card = score_call(&call, None);
    assert_eq!(rule(&card, "ARR-1").status, RuleStatus::Met);
    assert_eq!(rule(&card, "ARR-5").status, RuleStatus::Broken);
}

#[test]
fn terms_the_step_does_not_take_are_refused_with_a_reason() {
    let sc = scenario();
    let mut call = Call::new(Arc::clone(&sc), 1).unwrap();
    let e = call.propose(plan("100.00", 13), 0).unwrap_err();
    assert!(matches!(e, RunError::InvalidTerms(_)), "{e}");
    call.pick_id("ask-budget", 0).unwrap();
    let e = call
        .propose(
            Terms::Extension {
                to: date("2026-12-01"),
            },
            0,
        )
        .unwrap_err();
    assert!(e.to_string().contains("extension"), "{e}");
    let e = call.propose(plan("0", 3), 0).unwrap_err();
    assert!(e.to_string().contains("positive"), "{e}");
    let e = call
        .propose(
            Terms::Plan {
                amount: money("10.001"),
                every: Frequency::Weekly,
                count: 3,
                first: date("2026-11-20"),
            },
            0,
        )
        .unwrap_err();
    assert!(e.to_string().contains("two decimals"), "{e}");
    let e = call
        .propose(
            Terms::InFull {
                by: date("2026-11-01"),
            },
            0,
        )
        .unwrap_err();
    assert!(e.to_string().contains("before the call"), "{e}");
    assert_eq!(call.turns().len(), 1, "refused terms are not a turn");
}

#[test]
fn documentation_needs_the_fields_to_match_the_call_not_just_the_code() {
    let sc = scenario();
    let call = play(
        &sc,
        &[
            "ask-budget",
            "plan:170.00:8:monthly:2026-11-24",
            "read-back",
        ],
    );
    let garbage = WrapUp::new(
        Outcome::PaymentPlan,
        "aaaaaaaaaaaaaaaa",
        WrapFields {
            terms: Some(plan("999.00", 1)),
            next_action: NextAction::Escalate,
            next_date: Some(date("2030-01-01")),
            flags: [WrapFlag::Cease, WrapFlag::Dispute].into(),
        },
    );
    let doc = score_call(&call, Some(&garbage));
    let d = doc.dimension(Dimension::Documentation).unwrap();
    assert!(!d.passed, "{d:?}");
    // The disposition (30) and what is left of the flags after three wrong ones (10 − 3 × 2).
    assert_eq!(d.score, 34);
    let right = WrapUp::new(
        Outcome::PaymentPlan,
        "Agreed £170 a month from 24 Nov; read back, confirmed by email.",
        WrapFields {
            terms: Some(plan("170.00", 8)),
            next_action: NextAction::AwaitPayment,
            next_date: Some(date("2026-11-24")),
            flags: [WrapFlag::Hardship].into(),
        },
    );
    let card = score_call(&call, Some(&right));
    let d = card.dimension(Dimension::Documentation).unwrap();
    assert_eq!((d.score, d.passed), (100, true));
    assert!(card.wrap_checks.iter().all(|c| c.ok));
}

#[test]
fn the_best_path_agrees_the_best_sustainable_arrangement() {
    let sc = scenario();
    let found = best_path(&sc, DEFAULT_BUDGET);
    let best = found.best.expect("a path ends");
    assert!(best.scorecard.passed);
    assert!(
        best.picks
            .iter()
            .any(|(_, p)| *p == Pick::Propose(plan("170.00", 8))),
        "{:?}",
        best.picks
    );
    let worst = found.worst.unwrap();
    assert!(!worst.scorecard.passed);
}

#[test]
fn proposals_are_journalled_recorded_and_replay_to_the_same_scores() {
    let sc = scenario();
    let data = tempfile::tempdir().unwrap();
    let meta = SessionMeta::new(&sc, "Łucja Żak", "en", 11, Mode::Exam, chrono::Utc::now());
    let mut session = Session::start(Arc::clone(&sc), meta, Some(data.path())).unwrap();
    session.pick_id("skip-budget", 900).unwrap();
    session.propose(plan("250.00", 5), 1200).unwrap();
    // A crash here: the journal holds both turns, the proposal with its terms.
    drop(session);
    let unfinished = journal::read_journal(data.path(), "Łucja Żak")
        .unwrap()
        .expect("journalled");
    assert_eq!(unfinished.turns[1].terms, Some(plan("250.00", 5)));
    let mut resumed = Session::resume(Arc::clone(&sc), &unfinished).unwrap();
    assert_eq!(resumed.call.counter(), Some(plan("170.00", 8)));
    resumed.pick_id("take-it", 500).unwrap();
    resumed.pick_id("read-back", 500).unwrap();
    let wrap = WrapUp::new(
        Outcome::PaymentPlan,
        "Counter-offer of £170 a month taken, read back.",
        WrapFields {
            terms: Some(plan("170.00", 8)),
            next_action: NextAction::AwaitPayment,
            next_date: Some(date("2026-11-24")),
            flags: [WrapFlag::Hardship].into(),
        },
    );
    let finished = resumed
        .finish(Some(wrap), chrono::Utc::now(), Some(data.path()))
        .unwrap();
    let path = finished.path.unwrap();
    let rec = store::read_record(&path).unwrap();
    assert_eq!(rec.turns[1].terms, Some(plan("250.00", 5)));
    assert_eq!(rec.turns[1].pick, None);
    assert_eq!(verify::verify(&rec, Some(&sc)), Verification::Verified);
    let replayed = verify::replay(Arc::clone(&sc), rec.meta.seed, &rec.turns).unwrap();
    assert_eq!(score_call(&replayed, rec.wrap_up.as_ref()), rec.scores);

    // Edited terms are caught.
    let mut forged = rec.clone();
    forged.turns[1].terms = Some(plan("170.00", 8));
    assert!(matches!(
        verify::verify(&forged, Some(&sc)),
        Verification::Tampered(_)
    ));
}

#[test]
fn a_new_record_stripped_of_its_wrap_up_fields_is_caught() {
    let sc = scenario();
    let data = tempfile::tempdir().unwrap();
    let meta = SessionMeta::new(&sc, "A", "en", 3, Mode::Practice, chrono::Utc::now());
    let mut session = Session::start(Arc::clone(&sc), meta, None).unwrap();
    for id in ["ask-budget", "give-up"] {
        session.pick_id(id, 0).unwrap();
    }
    let wrap = WrapUp::new(
        Outcome::HungUp,
        "She hung up before any terms.",
        WrapFields {
            terms: None,
            next_action: NextAction::SendLetter,
            next_date: None,
            flags: [WrapFlag::Hardship].into(),
        },
    );
    let rec = session
        .finish(Some(wrap), chrono::Utc::now(), Some(data.path()))
        .unwrap()
        .record;
    assert_eq!(verify::verify(&rec, Some(&sc)), Verification::Verified);
    let mut forged = rec.clone();
    forged.wrap_up.as_mut().unwrap().fields = None;
    forged.scores = score_call(
        &verify::replay(Arc::clone(&sc), rec.meta.seed, &rec.turns).unwrap(),
        forged.wrap_up.as_ref(),
    );
    forged.passed = forged.scores.passed;
    assert_eq!(
        verify::verify(&forged, Some(&sc)),
        Verification::Tampered(verify::Tamper::WrapFields)
    );
}
