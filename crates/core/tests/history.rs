//! The account behind the call, end to end on small scenarios written here: history rules
//! decided at the pre-call desk (a cease letter on file, 7 calls in 7 days, a call within 7
//! days of a conversation, a public holiday, an obligation in force), first versus later
//! contact, and a two-call case: what call one leaves (the trainee's notes, the promise, kept
//! or broken) in call two's history, its record verified, its chain checked, its journal
//! resumed after a kill.

use std::path::Path;
use std::sync::Arc;

use callcoach_core::compile::{self, CompiledScenario};
use callcoach_core::content::history::Happened;
use callcoach_core::content::loader::{Library, RawFile};
use callcoach_core::content::model::{Dimension, Outcome};
use callcoach_core::engine::runner::Call;
use callcoach_core::engine::scoring::{
    NextAction, RuleStatus, Scorecard, WrapFields, WrapUp, score_call,
};
use callcoach_core::records::case::{self, CaseNext, PromiseFate};
use callcoach_core::records::journal;
use callcoach_core::records::record::{Mode, SessionMeta, SessionRecord};
use callcoach_core::records::session::Session;
use callcoach_core::records::verify::{self, Verification};

const TAGS: &str = r#"TagVocabulary([
    (id: "places-call", kind: Behaviour),
    (id: "mini-miranda", kind: Behaviour),
    (id: "demands-payment", kind: Behaviour),
    (id: "affordability-check", kind: Behaviour),
    (id: "cease-letter-received", kind: Event),
    (id: "breathing-space-notified", kind: Event),
    (id: "breathing-space-ended", kind: Event),
    (id: "promise-kept", kind: Event),
    (id: "promise-broken", kind: Event),
    (id: "terms-agreed", kind: Event),
])"#;

const RUBRIC: &str = r#"Rubric(
    id: "history-test",
    dimension: Compliance,
    pass_mark: 80,
    rules: [
        (id: "H-CEASE", kind: Law, citation: "15 USC 1692c(c)", weight: 20, severity: Critical, check: NoContactAfter("cease-letter-received")),
        (id: "H-7IN7", kind: Law, citation: "12 CFR 1006.14(b)(2)", weight: 10, severity: Major, check: CallFrequency(7, 7)),
        (id: "H-CONV", kind: Law, citation: "12 CFR 1006.14(b)(2)", weight: 10, severity: Major, check: AfterConversation(7)),
        (id: "H-DAYS", kind: Industry, citation: "house rule", weight: 10, severity: Major, check: CallDays(["Mon", "Tue", "Wed", "Thu", "Fri"], Some("pl"))),
        (id: "H-FIRST", kind: Law, citation: "1006.18(e)(1)", weight: 10, severity: Major, check: FirstContact(Within("mini-miranda", 1))),
        (id: "H-LATER", kind: Law, citation: "1006.18(e)(2)", weight: 10, severity: Major, check: LaterContact(Within("mini-miranda", 2))),
        (id: "H-BS", kind: Law, citation: "SI 2020/1311", weight: 10, severity: Critical, check: Until(opened: "breathing-space-notified", closed: "breathing-space-ended", forbids: "demands-payment", days: Some(60))),
    ],
)"#;

const ARRANGEMENT: &str = r#"Rubric(
    id: "arrangement-test",
    dimension: Arrangement,
    pass_mark: 50,
    rules: [(id: "A-1", kind: Law, citation: "CONC 7.3.4R", weight: 10, severity: Major, check: Sustainable)],
)"#;

const CALENDAR: &str = r#"Calendar(id: "pl", years: (2026, 2026), holidays: [(date: "2026-11-11", name: "independence-day")])"#;

/// A desk scenario called at `call_at` (UTC, debtor at UTC+0) with this history.
fn desk_scenario(call_at: &str, history: &str) -> String {
    format!(
        r#"Scenario(
    id: "desk",
    version: 1,
    rubrics: ["history-test"],
    difficulty: Easy,
    jurisdiction: Us,
    persona: "stop-calling",
    debtor: (name: "Monica Reyes", kind: Consumer, utc_offset_minutes: 0),
    creditor: "Summit Peak Wireless",
    account: (amount: "486.20", currency: "USD", due: "2026-08-20"),
    call_at: "{call_at}",
    outcomes: {{NotCalled: 100, CallbackScheduled: 80, PromiseToPay: 60}},
    history: [{history}],
    start: "desk",
    nodes: {{
        "desk": Desk(choices: [
            (id: "call-now", next: "opening"),
            (id: "do-not-call", next: "end-not-called"),
            (id: "call-on-holiday", callback: "2026-11-11T10:00:00", next: "end-later"),
        ]),
        "opening": Say(choices: [
            (id: "mm", tags: ["mini-miranda"], next: "ask"),
            (id: "no-mm", next: "ask"),
        ]),
        "ask": Say(choices: [
            (id: "demand", tags: ["demands-payment"], next: "end-promise"),
            (id: "listen", next: "end-promise"),
        ]),
        "end-not-called": End(outcome: NotCalled),
        "end-later": End(outcome: CallbackScheduled),
        "end-promise": End(outcome: PromiseToPay),
    }},
)"#
    )
}

/// Call one of the case: a negotiation (Dana can spare £170 a month).
const FIRST: &str = r#"Scenario(
    id: "first",
    version: 1,
    rubrics: ["arrangement-test"],
    difficulty: Easy,
    jurisdiction: Uk,
    persona: "hardship",
    debtor: (name: "Dana Whitfield", kind: Consumer, utc_offset_minutes: 0),
    creditor: "Brightline Telecom",
    account: (amount: "1240.50", currency: "GBP", due: "2026-09-15"),
    call_at: "2026-11-03T15:30:00Z",
    outcomes: {PaymentPlan: 100, HungUp: 0},
    finances: Consumer(income: {"earnings": "1580.00"}, outgoings: {"housing": "1410.00"}),
    mandate: (min_instalment: "25.00", max_months: 24, first_payment_within_days: 14),
    negotiation: (reactions: [(reply: Accept)], agreed_events: ["terms-agreed"]),
    start: "negotiate",
    nodes: {
        "negotiate": Say(
            propose: (kinds: [Plan], tags: ["affordability-check"], next: "end-plan"),
            choices: [(id: "give-up", next: "end-hangup")],
        ),
        "end-plan": End(outcome: PaymentPlan),
        "end-hangup": End(outcome: HungUp),
    },
)"#;

/// Call two: the follow-up, with a stand-in for call one on file.
const SECOND: &str = r#"Scenario(
    id: "second",
    version: 1,
    rubrics: ["arrangement-test"],
    difficulty: Easy,
    jurisdiction: Uk,
    persona: "hardship",
    debtor: (name: "Dana Whitfield", kind: Consumer, utc_offset_minutes: 0),
    creditor: "Brightline Telecom",
    account: (amount: "1240.50", currency: "GBP", due: "2026-09-15"),
    call_at: "2026-12-01T15:30:00Z",
    outcomes: {PaymentPlan: 100, OnHold: 90, HungUp: 0},
    history: [
        (id: "invoice", at: "2026-09-01T09:00:00", what: Message(channel: Letter, direction: Outbound)),
        (id: "stand-in-call", at: "2026-11-03T15:30:00", what: Call(direction: Outbound, reached: Debtor, outcome: Some(PaymentPlan)), previous_call: true),
        (id: "stand-in-promise", at: "2026-11-03T15:31:00", what: Promise(terms: Plan(amount: "100.00", every: Monthly, count: 13, first: "2026-11-17")), previous_call: true),
        (id: "stand-in-missed", at: "2026-11-17T12:00:00", what: Missed(promise: "stand-in-promise"), tags: ["promise-broken"], previous_call: true),
    ],
    start: "desk",
    nodes: {
        "desk": Desk(choices: [(id: "call-now", next: "route"), (id: "hold", next: "end-hold")]),
        "route": Branch(routes: [(if: Tag("promise-broken"), next: "broken"), (next: "kept")]),
        "broken": Say(choices: [(id: "replan", next: "end-hold")]),
        "kept": Say(choices: [(id: "thanks", next: "end-hold")]),
        "end-hold": End(outcome: OnHold),
    },
)"#;

const CASE: &str = r#"Case(
    id: "promise",
    version: 1,
    calls: [(scenario: "first"), (scenario: "second", when: [Broken, NotAgreed])],
    keeping: [(asks_up_to: 100, kept_percent: 100), (asks_up_to: 1000, kept_percent: 0)],
    kept_tags: ["promise-kept"],
    broken_tags: ["promise-broken"],
)"#;

fn raw(path: &str, text: &str) -> RawFile {
    RawFile {
        path: path.into(),
        bytes: text.as_bytes().to_vec(),
    }
}

fn library(scenarios: &[(&str, String)]) -> Library {
    let mut files = vec![
        raw("scenarios/tags.ron", TAGS),
        raw("scenarios/rubrics/history-test.ron", RUBRIC),
        raw("scenarios/rubrics/arrangement-test.ron", ARRANGEMENT),
        raw("scenarios/calendars/pl.ron", CALENDAR),
        raw("scenarios/cases/promise.ron", CASE),
    ];
    for (id, text) in scenarios {
        files.push(raw(&format!("scenarios/{id}.ron"), text));
    }
    let lib = Library::from_files(Path::new("/lib"), files);
    assert!(
        lib.load_diagnostics.is_empty(),
        "{:#?}",
        lib.load_diagnostics
    );
    lib
}

fn compiled(lib: &Library, id: &str) -> Arc<CompiledScenario> {
    let mut diagnostics = Vec::new();
    let loaded = lib.scenario(id).expect("loaded");
    let sc = compile::compile(lib, loaded, &mut diagnostics);
    assert!(
        diagnostics.iter().all(|d| !d.is_error()),
        "{diagnostics:#?}"
    );
    Arc::new(sc.expect("compiles"))
}

fn desk(call_at: &str, history: &str) -> Arc<CompiledScenario> {
    let lib = library(&[("desk", desk_scenario(call_at, history))]);
    compiled(&lib, "desk")
}

fn play(sc: &Arc<CompiledScenario>, picks: &[&str]) -> Call {
    let mut call = Call::new(Arc::clone(sc), 3).unwrap();
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

fn status(card: &Scorecard, id: &str) -> RuleStatus {
    card.rules.iter().find(|r| r.rule == id).unwrap().status
}

const CEASE: &str = r#"(id: "cease", at: "2026-11-12T09:00:00", what: Message(channel: Letter, direction: Inbound), tags: ["cease-letter-received"])"#;

#[test]
fn dialling_with_a_cease_letter_on_file_is_a_critical_breach_and_not_calling_passes() {
    // Tuesday 17 November 2026, noon.
    let sc = desk("2026-11-17T12:00:00Z", CEASE);
    let dialled = score_call(&play(&sc, &["call-now", "mm", "listen"]), None);
    assert_eq!(status(&dialled, "H-CEASE"), RuleStatus::Broken);
    assert!(dialled.critical_breach && !dialled.passed);
    let broken = dialled.rules.iter().find(|r| r.rule == "H-CEASE").unwrap();
    let rule = sc.rules.iter().find(|r| r.id == broken.rule).unwrap();
    assert_eq!(rule.citation, "15 USC 1692c(c)");
    assert_eq!(broken.turn, Some(1), "broken by the decision at the desk");

    let declined = score_call(&play(&sc, &["do-not-call"]), None);
    assert_eq!(status(&declined, "H-CEASE"), RuleStatus::Met);
    assert!(
        !declined.critical_breach && declined.passed,
        "{declined:#?}"
    );
    // A call not placed scores only the rules about placing it.
    assert_eq!(status(&declined, "H-FIRST"), RuleStatus::NotApplicable);
    assert_eq!(
        declined.dimension(Dimension::Resolution).unwrap().score,
        100
    );
}

#[test]
fn without_the_letter_the_cease_rule_does_not_apply() {
    let sc = desk("2026-11-17T12:00:00Z", "");
    let card = score_call(&play(&sc, &["call-now", "mm", "listen"]), None);
    assert_eq!(status(&card, "H-CEASE"), RuleStatus::NotApplicable);
    assert!(card.passed, "{card:#?}");
}

fn attempts(days: &[u32]) -> String {
    days.iter()
        .map(|d| {
            format!(
                r#"(id: "try{d}", at: "2026-11-{d:02}T10:00:00", what: Call(direction: Outbound, reached: NoAnswer))"#
            )
        })
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn the_eighth_call_in_seven_days_is_flagged_and_the_seventh_is_not() {
    // Seven attempts on 11–17 November (the call's own day included): this is the eighth.
    let sc = desk(
        "2026-11-17T15:00:00Z",
        &attempts(&[11, 12, 13, 14, 15, 16, 17]),
    );
    let card = score_call(&play(&sc, &["call-now", "mm", "listen"]), None);
    assert_eq!(status(&card, "H-7IN7"), RuleStatus::Broken);
    // The same attempts with the first a day earlier: six in the window, this the seventh.
    let sc = desk(
        "2026-11-17T15:00:00Z",
        &attempts(&[10, 12, 13, 14, 15, 16, 17]),
    );
    let card = score_call(&play(&sc, &["call-now", "mm", "listen"]), None);
    assert_eq!(status(&card, "H-7IN7"), RuleStatus::Met);
}

fn conversation(day: u32) -> String {
    format!(
        r#"(id: "talk", at: "2026-11-{day:02}T10:00:00", what: Call(direction: Outbound, reached: Debtor, outcome: Some(CallbackScheduled)))"#
    )
}

#[test]
fn a_call_within_seven_days_of_a_conversation_is_flagged() {
    // A conversation on Tuesday 10 November: calls are barred until Tuesday 17 November.
    let early = desk("2026-11-16T15:00:00Z", &conversation(10));
    let card = score_call(&play(&early, &["call-now", "mm", "listen"]), None);
    assert_eq!(status(&card, "H-CONV"), RuleStatus::Broken);
    let on_time = desk("2026-11-17T15:00:00Z", &conversation(10));
    let card = score_call(&play(&on_time, &["call-now", "mm", "listen"]), None);
    assert_eq!(status(&card, "H-CONV"), RuleStatus::Met);
    // The conversation makes this call a later contact: Within 2, not Within 1.
    assert_eq!(status(&card, "H-FIRST"), RuleStatus::NotApplicable);
    assert_eq!(status(&card, "H-LATER"), RuleStatus::Met);
    let late_disclosure = score_call(&play(&on_time, &["call-now", "no-mm", "listen"]), None);
    assert_eq!(status(&late_disclosure, "H-LATER"), RuleStatus::Broken);
}

#[test]
fn a_call_or_callback_on_a_public_holiday_is_flagged_where_the_rubric_says_so() {
    // Wednesday 11 November 2026: Independence Day in the calendar.
    let holiday = desk("2026-11-11T12:00:00Z", "");
    let card = score_call(&play(&holiday, &["call-now", "mm", "listen"]), None);
    assert_eq!(status(&card, "H-DAYS"), RuleStatus::Broken);
    let saturday = desk("2026-11-14T12:00:00Z", "");
    let card = score_call(&play(&saturday, &["call-now", "mm", "listen"]), None);
    assert_eq!(status(&card, "H-DAYS"), RuleStatus::Broken);
    let tuesday = desk("2026-11-17T12:00:00Z", "");
    let card = score_call(&play(&tuesday, &["call-on-holiday"]), None);
    assert_eq!(
        status(&card, "H-DAYS"),
        RuleStatus::Broken,
        "the callback is on 11 November"
    );
    assert_eq!(tuesday.holidays.len(), 1);
}

#[test]
fn an_obligation_in_force_forbids_until_it_is_closed_or_lapses() {
    let notified = r#"(id: "bs", at: "2026-11-02T09:00:00", what: Message(channel: Email, direction: Inbound), tags: ["breathing-space-notified"])"#;
    let sc = desk("2026-11-17T12:00:00Z", notified);
    let card = score_call(&play(&sc, &["call-now", "mm", "demand"]), None);
    assert_eq!(status(&card, "H-BS"), RuleStatus::Broken);
    let ended = format!(
        r#"{notified}, (id: "bs-end", at: "2026-11-10T09:00:00", what: Message(channel: Email, direction: Inbound), tags: ["breathing-space-ended"])"#
    );
    let sc = desk("2026-11-17T12:00:00Z", &ended);
    let card = score_call(&play(&sc, &["call-now", "mm", "demand"]), None);
    assert_eq!(status(&card, "H-BS"), RuleStatus::NotApplicable);
    // Sixty days after notification the moratorium has lapsed.
    let sc = desk("2027-01-05T12:00:00Z", notified);
    let card = score_call(&play(&sc, &["call-now", "mm", "demand"]), None);
    assert_eq!(status(&card, "H-BS"), RuleStatus::NotApplicable);
}

fn meta(sc: &CompiledScenario, seed: u64, link: Option<case::CaseLink>) -> SessionMeta {
    let mut meta = SessionMeta::new(
        sc,
        "Ala Nowak",
        "en",
        seed,
        Mode::Practice,
        chrono::Utc::now(),
    );
    meta.case = link;
    meta
}

fn wrap(disposition: Outcome, notes: &str) -> WrapUp {
    WrapUp::new(
        disposition,
        notes,
        WrapFields {
            terms: None,
            next_action: NextAction::AwaitPayment,
            next_date: None,
            flags: Default::default(),
        },
    )
}

/// Plays the case's first call with `terms`, written to `data`.
fn first_call(lib: &Library, terms: &str, data: &Path) -> (SessionRecord, Arc<CompiledScenario>) {
    let case = &lib.case("promise").unwrap().value;
    let next = case::first_call(case, 42).unwrap();
    let sc = compiled(lib, &next.scenario);
    let mut session = Session::start(
        Arc::clone(&sc),
        meta(&sc, next.seed, Some(next.link)),
        Some(data),
    )
    .unwrap();
    session.propose(terms.parse().unwrap(), 1000).unwrap();
    let finished = session
        .finish(
            Some(wrap(
                Outcome::PaymentPlan,
                "Dana: £250/month from 17 Nov, by card",
            )),
            chrono::Utc::now(),
            Some(data),
        )
        .map_err(|_| "finish")
        .unwrap();
    (finished.record, sc)
}

#[test]
fn call_two_starts_from_what_call_one_left_and_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let lib = library(&[("first", FIRST.into()), ("second", SECOND.into())]);
    let case = lib.case("promise").unwrap().value.clone();
    // £250 a month against £170 to spare: an over-promise, broken for sure in this case.
    let (record, first_sc) = first_call(&lib, "plan:250.00:5:monthly:2026-11-17", dir.path());
    let second_written = compiled(&lib, "second");
    let next = case::next_after(&case, &record, &first_sc, |id| {
        (id == "second").then(|| Arc::clone(&second_written))
    })
    .unwrap();
    let CaseNext::Call(next) = next else {
        panic!("call two follows a broken promise")
    };
    assert_eq!(next.link.fate, Some(PromiseFate::Broken));
    assert_eq!(next.link.previous.as_deref(), Some(record.id.as_str()));
    let notes = next
        .link
        .inherited
        .iter()
        .find_map(|e| e.text.clone().filter(|t| !t.is_empty()));
    assert_eq!(
        notes.as_deref(),
        Some("Dana: £250/month from 17 Nov, by card")
    );

    // Call two's history: the stand-ins replaced by what happened.
    let second = Arc::new(case::scenario_for(&second_written, &next.link).unwrap());
    let ids: Vec<&str> = second
        .history
        .entries
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert!(!ids.iter().any(|id| id.starts_with("stand-in")), "{ids:?}");
    assert!(ids.contains(&"invoice"));
    let promised = second.history.entries.iter().find_map(|e| match &e.what {
        Happened::Promise { terms } => Some(terms.to_string()),
        _ => None,
    });
    assert_eq!(
        promised.as_deref(),
        Some("plan:250.00:5:monthly:2026-11-17")
    );
    assert!(
        second
            .history
            .on_file
            .contains(&second.tag_index("promise-broken").unwrap())
    );

    // Played, recorded, verified and its chain checked; then a tampered inheritance is caught.
    let mut session = Session::start(
        Arc::clone(&second_written),
        meta(&second_written, next.seed, Some(next.link.clone())),
        Some(dir.path()),
    )
    .unwrap();
    assert!(
        session
            .call
            .scenario()
            .history
            .entries
            .iter()
            .all(|e| !e.previous_call)
    );
    session.pick_id("call-now", 1000).unwrap();
    assert_eq!(session.call.prompt().unwrap().node_id, "broken");
    session.pick_id("replan", 1000).unwrap();
    let rec2 = session
        .finish(
            Some(wrap(
                Outcome::OnHold,
                "Missed 17 Nov: hours cut. Hold 30 days.",
            )),
            chrono::Utc::now(),
            Some(dir.path()),
        )
        .map_err(|_| "finish")
        .unwrap()
        .record;
    assert_eq!(
        verify::verify(&rec2, Some(&second_written)),
        Verification::Verified
    );
    assert_eq!(
        case::chain_problem(
            &case,
            &rec2,
            &second_written,
            Some(&record),
            Some(&first_sc)
        ),
        None
    );
    let mut forged = rec2.clone();
    forged
        .meta
        .case
        .as_mut()
        .unwrap()
        .inherited
        .retain(|e| !matches!(e.what, Happened::Missed { .. }));
    assert!(
        case::chain_problem(
            &case,
            &forged,
            &second_written,
            Some(&record),
            Some(&first_sc)
        )
        .is_some()
    );
    assert!(case::chain_problem(&case, &rec2, &second_written, None, None).is_some());

    // The case ends after its last call.
    let after = case::next_after(&case, &rec2, &second, |_| None).unwrap();
    assert!(matches!(after, CaseNext::Closed { after_step: 1, .. }));
    let records = [record.clone(), rec2.clone()];
    let open = case::open_cases(&records, "Ala Nowak");
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].0.step, 1);
}

#[test]
fn an_affordable_promise_is_kept_and_the_case_closes() {
    let dir = tempfile::tempdir().unwrap();
    let lib = library(&[("first", FIRST.into()), ("second", SECOND.into())]);
    let case = lib.case("promise").unwrap().value.clone();
    let (record, first_sc) = first_call(&lib, "plan:160.00:8:monthly:2026-11-17", dir.path());
    let second = compiled(&lib, "second");
    let next = case::next_after(&case, &record, &first_sc, |_| Some(Arc::clone(&second))).unwrap();
    assert_eq!(
        next,
        CaseNext::Closed {
            fate: PromiseFate::Kept,
            outcome: Outcome::PaymentPlan,
            after_step: 0
        }
    );
}

#[test]
fn a_case_call_killed_midway_resumes_on_its_inherited_history() {
    let dir = tempfile::tempdir().unwrap();
    let lib = library(&[("first", FIRST.into()), ("second", SECOND.into())]);
    let case = lib.case("promise").unwrap().value.clone();
    let (record, first_sc) = first_call(&lib, "plan:250.00:5:monthly:2026-11-17", dir.path());
    let second = compiled(&lib, "second");
    let CaseNext::Call(next) =
        case::next_after(&case, &record, &first_sc, |_| Some(Arc::clone(&second))).unwrap()
    else {
        panic!("call two follows")
    };
    let mut session = Session::start(
        Arc::clone(&second),
        meta(&second, next.seed, Some(next.link)),
        Some(dir.path()),
    )
    .unwrap();
    session.pick_id("call-now", 1000).unwrap();
    drop(session); // the process dies here: only the journal is left
    let unfinished = journal::read_journal(dir.path(), "Ala Nowak")
        .unwrap()
        .expect("journalled");
    assert_eq!(unfinished.meta.case.as_ref().map(|l| l.step), Some(1));
    let resumed = Session::resume(Arc::clone(&second), &unfinished).unwrap();
    assert_eq!(
        resumed.call.prompt().unwrap().node_id,
        "broken",
        "the inherited broken promise routes it"
    );
}
