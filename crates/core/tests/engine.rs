//! The engine on the shipped content: determinism, replay, records, journal, search and
//! localisation, through the library API.

mod common;

use std::sync::Arc;

use callcoach_core::check::{self, Scope};
use callcoach_core::compile::{CCheck, CRule, CompiledScenario, RuleFact, TagIdx};
use callcoach_core::content::l10n::Localiser;
use callcoach_core::content::loader::Library;
use callcoach_core::content::model::Outcome;
use callcoach_core::engine::runner::{Call, below, session_rng};
use callcoach_core::engine::scoring::{
    Facts, RuleResult, RuleStatus, Tracker, WrapUp, aggregate, score_call, turn_tags,
};
use callcoach_core::engine::search::{self, DEFAULT_BUDGET};
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::record::{self, Mode, SessionMeta};
use callcoach_core::records::session::{Finished, Session};
use callcoach_core::records::verify::{self, Verification};
use callcoach_core::records::{journal, store};
use callcoach_core::synth::{self, Spec};
use chrono::{Datelike, NaiveDateTime, TimeZone, Timelike, Utc};

fn shipped() -> (Library, Vec<Arc<CompiledScenario>>) {
    let lib = Library::load(&common::shipped());
    let report = check::check(&lib, &Scope::All, DEFAULT_BUDGET);
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    let compiled = report.compiled.values().cloned().collect();
    (lib, compiled)
}

/// Plays a call to its end with picks from `picker_seed`.
fn random_call(sc: &Arc<CompiledScenario>, seed: u64, picker_seed: u64) -> Call {
    let mut call = Call::new(Arc::clone(sc), seed).expect("starts");
    let mut picker = session_rng(picker_seed);
    while let Some(p) = call.prompt() {
        let n = p.choices.len() as u32;
        let k = below(&mut picker, n) as usize;
        call.pick(k, 10).expect("pick");
    }
    call
}

fn meta(sc: &CompiledScenario, seed: u64) -> SessionMeta {
    SessionMeta::new(
        sc,
        "Łucja Żak",
        "pl",
        seed,
        Mode::Practice,
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
    )
}

#[test]
fn same_seed_and_picks_give_the_same_call_and_scores() {
    let (_, scenarios) = shipped();
    for sc in &scenarios {
        for seed in 0..40 {
            let a = random_call(sc, seed, seed + 1000);
            let b = random_call(sc, seed, seed + 1000);
            assert_eq!(record::turn_records(&a), record::turn_records(&b));
            assert_eq!(score_call(&a, None), score_call(&b, None));
        }
        // Different seeds differ somewhere (variants, order or chance).
        let shapes: std::collections::HashSet<_> = (0..40)
            .map(|s| format!("{:?}", record::turn_records(&random_call(sc, s, 5))))
            .collect();
        assert!(shapes.len() > 1, "{}: every seed gave the same call", sc.id);
    }
}

#[test]
fn the_incremental_tracker_agrees_with_the_scorer() {
    let (_, scenarios) = shipped();
    for sc in &scenarios {
        for seed in 0..300 {
            let call = random_call(sc, seed, seed * 7 + 1);
            let card = score_call(&call, None);
            let tracker = Tracker::of_call(&call);
            let (passed, overall, critical) =
                tracker.verdict(sc, |t| call.has_seen(t), call.ending().unwrap().outcome);
            assert_eq!(
                (passed, critical),
                (card.passed, card.critical_breach),
                "{} seed {seed}",
                sc.id
            );
            assert!(
                (overall - card.overall_exact()).abs() < 1e-12,
                "{} seed {seed}",
                sc.id
            );
            let statuses: Vec<_> = tracker
                .results(sc, |t| call.has_seen(t), true)
                .into_iter()
                .map(|r| (r.status, r.earned, r.max))
                .collect();
            let expected: Vec<_> = card
                .rules
                .iter()
                .map(|r| (r.status, r.earned, r.max))
                .collect();
            assert_eq!(statuses, expected, "{} seed {seed}", sc.id);
        }
    }
}

/// The reference scorer the tracker is checked against: each rule judged on its own from the
/// whole call (the library scores with the tracker alone, `scoring/tracker.rs`).
mod oracle {
    use super::*;

    fn first_turn_with(facts: &Facts, tag: TagIdx, from_turn: u32) -> Option<u32> {
        facts
            .turn_tags
            .iter()
            .enumerate()
            .map(|(i, tags)| (i as u32 + 1, tags))
            .find(|(t, tags)| *t >= from_turn && tags.contains(&tag))
            .map(|(t, _)| t)
    }

    fn first_event(facts: &Facts, tag: TagIdx) -> Option<u32> {
        facts
            .events
            .iter()
            .find(|e| e.tag == tag)
            .map(|e| e.after_turns)
    }

    fn minutes_of_day(t: &NaiveDateTime) -> u32 {
        t.hour() * 60 + t.minute()
    }

    fn in_window(minute: u32, from: u32, to: u32) -> bool {
        if from <= to {
            (from..to).contains(&minute)
        } else {
            minute >= from || minute < to
        }
    }

    /// Evaluates an Arrangement rule from the proposals alone: the last agreement decides
    /// `Sustainable` and `Recovery`; the first proposal outside the mandate (else the first
    /// proposal) decides `WithinMandate`.
    fn arrangement(rule: &CRule, facts: &Facts) -> RuleResult {
        let w = rule.weight;
        let result = |status: RuleStatus, earned: u32, max: u32, turn: Option<u32>| {
            RuleResult::of(rule, status, earned, max, turn)
        };
        let na = || result(RuleStatus::NotApplicable, 0, 0, None);
        let met = |turn| result(RuleStatus::Met, w, w, turn);
        let broken = |turn| result(RuleStatus::Broken, 0, w, turn);
        match rule.check {
            CCheck::WithinMandate => {
                match facts
                    .proposals
                    .iter()
                    .find(|p| !p.assessment.within_mandate())
                {
                    Some(p) => broken(Some(p.turn)),
                    None => match facts.proposals.first() {
                        Some(p) => met(Some(p.turn)),
                        None => na(),
                    },
                }
            }
            CCheck::Sustainable => match facts.proposals.iter().rev().find(|p| p.agreed()) {
                None => na(),
                Some(p) if p.assessment.sustainable => met(Some(p.turn)),
                Some(p) => broken(Some(p.turn)),
            },
            CCheck::Recovery => match facts.proposals.iter().rev().find(|p| p.agreed()) {
                None => na(),
                Some(p) => {
                    let earned =
                        (u64::from(w) * u64::from(p.assessment.recovery_permille) / 1000) as u32;
                    let status = if earned >= w {
                        RuleStatus::Met
                    } else if earned > 0 {
                        RuleStatus::Partial
                    } else {
                        RuleStatus::Missed
                    };
                    result(status, earned, w, Some(p.turn))
                }
            },
            _ => unreachable!("only Arrangement checks"),
        }
    }

    /// Evaluates one rule.
    pub(super) fn evaluate(rule: &CRule, sc: &CompiledScenario, facts: &Facts) -> RuleResult {
        let w = rule.weight;
        let turns = facts.turn_tags.len() as u32;
        let result = |status: RuleStatus, earned: u32, max: u32, turn: Option<u32>| {
            RuleResult::of(rule, status, earned, max, turn)
        };
        let na = || result(RuleStatus::NotApplicable, 0, 0, None);
        let on_file = |t: TagIdx| sc.history.on_file.contains(&t);
        if rule
            .unless
            .iter()
            .any(|&t| on_file(t) || first_event(facts, t).is_some())
        {
            return na();
        }
        // A call not placed scores only the rules the history decides; rules the history
        // makes inapplicable never score.
        let about_history = matches!(rule.fact, RuleFact::Placing(_) | RuleFact::Armed);
        if rule.fact == RuleFact::Inapplicable || facts.declined(sc) && !about_history {
            return na();
        }
        // The desk decision that placed the call (turn 1 with a desk), 0 without a desk.
        let dial_turn = sc
            .dial_tag
            .and_then(|d| first_turn_with(facts, d, 1))
            .unwrap_or(0);
        let met = |turn| result(RuleStatus::Met, w, w, turn);
        let broken = |turn| result(RuleStatus::Broken, 0, w, turn);
        if let RuleFact::Placing(false) = rule.fact {
            return if !sc.desk {
                broken(Some(0))
            } else if dial_turn > 0 {
                broken(Some(dial_turn))
            } else {
                met(None)
            };
        }
        match rule.check {
            CCheck::Never(tag) => match first_turn_with(facts, tag, 1) {
                Some(t) => broken(Some(t)),
                None => met(None),
            },
            CCheck::Within(tag, n) => {
                // Answers count from the first turn after the desk.
                match first_turn_with(facts, tag, dial_turn + 1) {
                    Some(t) if t <= dial_turn + n => met(Some(t)),
                    _ => broken((turns > dial_turn).then_some((dial_turn + n).min(turns).max(1))),
                }
            }
            CCheck::Before(first, then) => match first_turn_with(facts, then, 1) {
                None => na(),
                Some(t_then) => match first_turn_with(facts, first, 1) {
                    Some(t_first) if t_first < t_then => met(Some(t_then)),
                    _ => broken(Some(t_then)),
                },
            },
            CCheck::After(event, tag, n) => match (rule.fact == RuleFact::Armed)
                .then_some(dial_turn)
                .or_else(|| first_event(facts, event))
            {
                None => na(),
                Some(k) if k >= turns && facts.outcome.is_some() => na(),
                Some(k) => match first_turn_with(facts, tag, k + 1) {
                    Some(t) if t <= k + n => met(Some(t)),
                    _ => broken(Some((k + n).min(turns).max(k + 1))),
                },
            },
            CCheck::NeverAfter(event, tag) => match (rule.fact == RuleFact::Armed)
                .then_some(0)
                .or_else(|| first_event(facts, event))
            {
                None => na(),
                Some(k) => match first_turn_with(facts, tag, k + 1) {
                    Some(t) => broken(Some(t)),
                    None => met(None),
                },
            },
            CCheck::Reward(tag, points) => {
                let hits: Vec<u32> = (1..=turns)
                    .filter(|t| facts.turn_tags[*t as usize - 1].contains(&tag))
                    .collect();
                let earned = (hits.len() as u32).saturating_mul(points).min(w);
                let status = if earned >= w {
                    RuleStatus::Met
                } else if earned > 0 {
                    RuleStatus::Partial
                } else {
                    RuleStatus::Missed
                };
                result(status, earned, w, hits.first().copied())
            }
            CCheck::Penalty(tag, points) => {
                let hits: Vec<u32> = (1..=turns)
                    .filter(|t| facts.turn_tags[*t as usize - 1].contains(&tag))
                    .collect();
                if hits.is_empty() {
                    met(None)
                } else {
                    let earned = w.saturating_sub((hits.len() as u32).saturating_mul(points));
                    result(RuleStatus::Broken, earned, w, hits.first().copied())
                }
            }
            CCheck::WithinMandate | CCheck::Sustainable | CCheck::Recovery => {
                arrangement(rule, facts)
            }
            CCheck::CallWindow(from, to) => {
                match facts
                    .callbacks
                    .iter()
                    .find(|(_, at)| !in_window(minutes_of_day(at), from, to))
                {
                    Some((turn, _)) => broken(Some(*turn)),
                    None => met(None),
                }
            }
            CCheck::CallDays(mask, ref holidays) => {
                let allowed = |d: chrono::NaiveDate| {
                    mask & (1 << d.weekday().num_days_from_monday()) != 0 && !holidays.contains(&d)
                };
                match facts.callbacks.iter().find(|(_, at)| !allowed(at.date())) {
                    Some((turn, _)) => broken(Some(*turn)),
                    None => met(None),
                }
            }
            // Placing the call is allowed here (forbidden was settled above).
            CCheck::NoContactAfter(_)
            | CCheck::CallFrequency(..)
            | CCheck::AfterConversation(_) => met(None),
            CCheck::Until {
                opened,
                closed,
                forbids,
                ..
            } => {
                let Some(start) = (rule.fact == RuleFact::Armed)
                    .then_some(0)
                    .or_else(|| first_event(facts, opened))
                else {
                    return na();
                };
                let close = facts
                    .events
                    .iter()
                    .find(|e| e.tag == closed && e.after_turns >= start)
                    .map(|e| e.after_turns);
                match first_turn_with(facts, forbids, start + 1) {
                    Some(t) if close.is_none_or(|c| t <= c) => broken(Some(t)),
                    _ => met(None),
                }
            }
        }
    }
}

/// Plays a call with picks (and timeouts) from `picker_seed`, stopping after `stop_after`
/// turns if it has not ended by then.
fn random_call_with_timeouts(
    sc: &Arc<CompiledScenario>,
    seed: u64,
    picker_seed: u64,
    stop_after: usize,
) -> Call {
    let mut call = Call::new(Arc::clone(sc), seed).expect("starts");
    let mut picker = session_rng(picker_seed);
    while let Some(p) = call.prompt() {
        if call.turns().len() >= stop_after {
            break;
        }
        let terms: Vec<_> = sc
            .deal
            .candidates()
            .into_iter()
            .filter(|t| p.proposable.contains(&t.kind()))
            .filter(|t| callcoach_core::engine::runner::validate_terms(t, sc).is_ok())
            .collect();
        let timeout = usize::from(p.timeout.is_some());
        let n = (p.choices.len() + timeout + terms.len()) as u32;
        let k = below(&mut picker, n) as usize;
        if k < p.choices.len() {
            call.pick(k, 10).expect("pick");
        } else if k < p.choices.len() + timeout {
            call.time_out(10).expect("time out");
        } else {
            call.propose(terms[k - p.choices.len() - timeout], 10)
                .expect("propose");
        }
    }
    call
}

/// The reference scorecard of a call: [`oracle::evaluate`] for every rule, then the same
/// aggregation.
fn reference_scorecard(
    call: &Call,
    wrap_up: Option<&WrapUp>,
) -> callcoach_core::engine::scoring::Scorecard {
    let sc = call.scenario();
    let tags: Vec<&[TagIdx]> = call
        .turns()
        .iter()
        .map(|t| turn_tags(sc, t.node, t.pick))
        .collect();
    let facts = Facts {
        turn_tags: &tags,
        events: call.events(),
        callbacks: call.callbacks(),
        outcome: call.ending().map(|e| e.outcome),
        wrap_up,
        proposals: call.proposals(),
    };
    let rules: Vec<RuleResult> = sc
        .rules
        .iter()
        .map(|r| oracle::evaluate(r, sc, &facts))
        .collect();
    let mut card = aggregate(sc, rules, facts.outcome, wrap_up, facts.declined(sc));
    card.arrangement = callcoach_core::engine::scoring::arrangement_summary(sc, call.proposals());
    card
}

#[test]
fn the_tracker_scores_every_rule_as_the_reference_evaluator_does() {
    let (_, mut scenarios) = shipped();
    for (nodes, seed) in [(40, 1), (120, 2), (400, 3)] {
        let lib = synth::library(&Spec {
            seed,
            ..Spec::new(nodes)
        });
        let report = check::check(&lib, &Scope::All, 20_000);
        assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
        scenarios.extend(report.compiled.into_values());
    }
    let mut statuses: Vec<(RuleStatus, bool)> = Vec::new();
    for sc in &scenarios {
        for seed in 0..300u64 {
            // Finished calls, and calls stopped part-way (no outcome yet).
            let stop_after = if seed % 3 == 0 {
                (seed / 3 % 12) as usize
            } else {
                usize::MAX
            };
            let call = random_call_with_timeouts(sc, seed, seed * 13 + 5, stop_after);
            let wrap_up = call.ending().map(|e| WrapUp {
                disposition: if seed % 2 == 0 {
                    e.outcome
                } else {
                    Outcome::HungUp
                },
                notes: "Agreed a plan, confirmed the address.".into(),
                fields: None,
            });
            let card = score_call(&call, wrap_up.as_ref());
            assert_eq!(
                card,
                reference_scorecard(&call, wrap_up.as_ref()),
                "{} seed {seed}",
                sc.id
            );
            for r in &card.rules {
                if !statuses.contains(&(r.status, r.turn.is_some())) {
                    statuses.push((r.status, r.turn.is_some()));
                }
            }
        }
    }
    // The calls reached every kind of result, with and without a turn number.
    for status in [
        RuleStatus::Met,
        RuleStatus::Partial,
        RuleStatus::Missed,
        RuleStatus::Broken,
        RuleStatus::NotApplicable,
    ] {
        assert!(statuses.iter().any(|(s, _)| *s == status), "{status:?}");
    }
}

#[test]
fn the_tracker_and_the_reference_evaluator_agree_on_every_check_kind_at_the_edges() {
    // Hand-made calls over one rule of each kind, at the edges of their windows.
    let (_, scenarios) = shipped();
    let sc = &scenarios[0];
    let rule = |check: CCheck, unless: Vec<TagIdx>| CRule {
        rubric: "r".into(),
        id: "R-1".into(),
        dimension: callcoach_core::content::model::Dimension::Compliance,
        weight: 10,
        severity: callcoach_core::content::model::Severity::Major,
        citation: "x".into(),
        kind: callcoach_core::content::model::RuleKind::Law,
        check,
        unless,
        contact: Default::default(),
        fact: RuleFact::None,
    };
    let (a, b, ev) = (1, 2, 9);
    let checks = [
        CCheck::Never(a),
        CCheck::Within(a, 1),
        CCheck::Within(a, 2),
        CCheck::Within(a, 0),
        CCheck::Before(a, b),
        CCheck::After(ev, a, 1),
        CCheck::After(ev, a, 2),
        CCheck::After(ev, a, 0),
        CCheck::NeverAfter(ev, a),
        CCheck::Reward(a, 4),
        CCheck::Reward(a, 0),
        CCheck::Penalty(a, 4),
        CCheck::Penalty(a, 0),
        CCheck::CallWindow(8 * 60, 21 * 60),
        CCheck::CallWindow(22 * 60, 6 * 60),
    ];
    let turn_sets: [&[&[TagIdx]]; 7] = [
        &[],
        &[&[]],
        &[&[a]],
        &[&[b], &[a]],
        &[&[a], &[b], &[a, b]],
        &[&[], &[], &[a]],
        &[&[a, b], &[], &[b], &[a]],
    ];
    let late = chrono::NaiveDate::from_ymd_opt(2026, 11, 17)
        .unwrap()
        .and_hms_opt(21, 15, 0)
        .unwrap();
    for check in &checks {
        for unless in [vec![], vec![ev + 1]] {
            let mut one = (**sc).clone();
            one.rules = vec![rule(check.clone(), unless.clone())];
            one.refresh_rule_facts();
            for turns in turn_sets {
                let events_at = [None, Some(0), Some(1), Some(turns.len() as u32)];
                // An event comes after at most as many turns as the call has.
                for after_turns in events_at
                    .into_iter()
                    .filter(|k| k.is_none_or(|k| k as usize <= turns.len()))
                {
                    let mut events: Vec<callcoach_core::engine::runner::EventHit> = after_turns
                        .into_iter()
                        .map(|k| callcoach_core::engine::runner::EventHit {
                            tag: ev,
                            after_turns: k,
                        })
                        .collect();
                    if after_turns == Some(0) {
                        events.push(callcoach_core::engine::runner::EventHit {
                            tag: ev + 1,
                            after_turns: turns.len() as u32,
                        });
                    }
                    // A callback is arranged by a turn, so only calls with a turn have one.
                    let with_callback = vec![(1, late)];
                    let callback_sets = if turns.is_empty() {
                        vec![vec![]]
                    } else {
                        vec![vec![], with_callback]
                    };
                    for callbacks in callback_sets {
                        for outcome in [None, Some(Outcome::PaymentPlan)] {
                            let facts = Facts {
                                turn_tags: turns,
                                events: &events,
                                callbacks: &callbacks,
                                outcome,
                                wrap_up: None,
                                proposals: &[],
                            };
                            let card = callcoach_core::engine::scoring::score(&one, &facts);
                            assert_eq!(
                                card.rules[0],
                                oracle::evaluate(&one.rules[0], &one, &facts),
                                "{check:?} unless {unless:?} turns {turns:?} events {events:?} callbacks {callbacks:?} outcome {outcome:?}"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn the_best_path_passes_and_beats_random_play() {
    let (_, scenarios) = shipped();
    for sc in &scenarios {
        let result = search::best_path(sc, DEFAULT_BUDGET);
        assert!(!result.truncated, "{}", sc.id);
        let best = result.best.expect("a best path");
        assert!(best.scorecard.passed, "{}: {:?}", sc.id, best.scorecard);
        let worst = result.worst.expect("a worst path");
        assert!(!worst.scorecard.passed);
        // A consumer call can always be failed by a critical breach (the consumer rules have
        // critical ones); a business call need not be, since the B2B packs carry none a call
        // can break by accident, and it fails on its scores instead.
        if sc.source.debtor.kind == callcoach_core::content::model::DebtorKind::Consumer {
            assert!(result.critical_reachable, "{}", sc.id);
        }
        for seed in 0..200 {
            let card = score_call(&random_call(sc, seed, seed), None);
            assert!(
                card.overall_exact() <= best.scorecard.overall_exact() + 1e-12,
                "{} seed {seed} beat the best path",
                sc.id
            );
            assert!(
                card.overall_exact() + 1e-12 >= worst.scorecard.overall_exact()
                    || card.passed != worst.scorecard.passed
            );
        }
    }
}

#[test]
fn a_record_replays_to_its_scores_and_an_edit_is_caught() {
    let (_, scenarios) = shipped();
    let sc = &scenarios[0];
    let call = random_call(sc, 11, 12);
    let outcome = call.ending().unwrap().outcome;
    let wrap_up = WrapUp {
        disposition: outcome,
        notes: "Agreed next steps, confirmed contact details.".into(),
        fields: Some(Default::default()),
    };
    let rec =
        record::make_record(&meta(sc, 11), &call, Some(wrap_up), Utc::now()).expect("finished");
    assert_eq!(verify::verify(&rec, Some(sc)), Verification::Verified);

    let mut edited = rec.clone();
    edited.scores.dimensions[0].earned += 1;
    assert_eq!(
        verify::verify(&edited, Some(sc)),
        Verification::Tampered(verify::Tamper::Scores)
    );
    let mut edited = rec.clone();
    edited.passed = !edited.passed;
    assert_eq!(
        verify::verify(&edited, Some(sc)),
        Verification::Tampered(verify::Tamper::Scores)
    );
    // Each kind of edit is told apart (the dashboard says which, in the user's language).
    let mut edited = rec.clone();
    edited.end_node = "somewhere-else".into();
    assert_eq!(
        verify::verify(&edited, Some(sc)),
        Verification::Tampered(verify::Tamper::Ending)
    );
    let mut edited = rec.clone();
    edited.turns[0].shown.reverse();
    if edited.turns[0].shown != rec.turns[0].shown {
        assert_eq!(
            verify::verify(&edited, Some(sc)),
            Verification::Tampered(verify::Tamper::Shown)
        );
    }
    let mut edited = rec.clone();
    edited.turns.pop();
    assert!(matches!(
        verify::verify(&edited, Some(sc)),
        Verification::Tampered(verify::Tamper::Unfinished | verify::Tamper::Ending)
    ));
    let mut edited = rec.clone();
    edited.turns[0].pick = Some("no-such-choice".into());
    assert!(matches!(
        verify::verify(&edited, Some(sc)),
        Verification::Tampered(verify::Tamper::NoReplay(_))
    ));
    let mut other_version = rec.clone();
    other_version.meta.version += 1;
    assert_eq!(
        verify::verify(&other_version, Some(sc)),
        Verification::VersionUnavailable
    );
    assert_eq!(verify::verify(&rec, None), Verification::VersionUnavailable);
}

#[test]
fn records_are_written_atomically_and_never_overwritten() {
    let (_, scenarios) = shipped();
    let sc = &scenarios[0];
    let data = tempfile::tempdir().unwrap();
    let call = random_call(sc, 3, 4);
    let rec = record::make_record(&meta(sc, 3), &call, None, Utc::now()).unwrap();
    let a = store::write_record(data.path(), &rec).unwrap();
    let b = store::write_record(data.path(), &rec).unwrap();
    assert_ne!(
        a, b,
        "a second record with the same id must not replace the first"
    );
    assert_eq!(store::record_files(data.path()).unwrap().len(), 2);
    // The file is the record, signed with the folder's key (the MAC is added on writing).
    let mut back = store::read_record(&a).unwrap();
    assert!(back.mac.take().is_some());
    assert_eq!(back, rec);
    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(store::records_dir(data.path()))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn a_journalled_call_resumes_at_the_same_turn() {
    let (_, scenarios) = shipped();
    let sc = &scenarios[1];
    let data = tempfile::tempdir().unwrap();
    let mut session = Session::start(Arc::clone(sc), meta(sc, 21), Some(data.path())).unwrap();
    for _ in 0..3 {
        if session.call.prompt().is_some() {
            session.pick(0, 500).unwrap();
        }
    }
    let turns = record::turn_records(&session.call);
    let path = session.journal_path().expect("journalled").to_path_buf();
    drop(session); // the process "dies" here

    // A torn write at the end of the journal (power cut mid-line) is ignored.
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("{\"pick\":\"hal");
    std::fs::write(&path, text).unwrap();

    let unfinished = journal::read_journal(data.path(), "Łucja Żak")
        .unwrap()
        .expect("a journal");
    let resumed = Session::resume(Arc::clone(sc), &unfinished).unwrap();
    assert_eq!(record::turn_records(&resumed.call), turns);

    // Finishing writes the record and removes the journal.
    let mut resumed = resumed;
    while resumed.call.prompt().is_some() {
        resumed.pick(0, 100).unwrap();
    }
    let Finished { path: written, .. } =
        resumed.finish(None, Utc::now(), Some(data.path())).unwrap();
    assert!(written.unwrap().exists());
    assert!(
        journal::read_journal(data.path(), "Łucja Żak")
            .unwrap()
            .is_none()
    );
}

#[test]
fn a_prefix_is_the_call_replayed_through_its_first_picks() {
    let (_, scenarios) = shipped();
    for sc in &scenarios {
        for seed in 0..10 {
            let call = random_call(sc, seed, seed + 77);
            let records = record::turn_records(&call);
            for k in 0..=call.turns().len() {
                let prefix = call.prefix(k).expect("a prefix replays");
                assert_eq!(prefix.turns(), &call.turns()[..k]);
                // The same as replaying the recorded picks by name.
                let by_name = verify::replay(Arc::clone(sc), seed, &records[..k]).unwrap();
                assert_eq!(
                    record::turn_records(&prefix),
                    record::turn_records(&by_name)
                );
                assert_eq!(prefix.prompt(), by_name.prompt());
                assert_eq!(prefix.ending(), by_name.ending());
            }
        }
    }
}

#[test]
fn picking_by_id_picks_the_shown_choice_of_that_name() {
    let (_, scenarios) = shipped();
    for sc in &scenarios {
        let mut by_position = Call::new(Arc::clone(sc), 5).unwrap();
        let mut by_id = Call::new(Arc::clone(sc), 5).unwrap();
        while let Some(p) = by_position.prompt() {
            let Some(&last) = p.choices.last() else {
                by_position.time_out(0).unwrap();
                by_id.time_out(0).unwrap();
                continue;
            };
            let id = sc.choice_id(p.node, last).unwrap().to_string();
            by_position.pick(p.choices.len() - 1, 0).unwrap();
            by_id.pick_id(&id, 0).unwrap();
            assert_eq!(by_position.turns(), by_id.turns());
        }
        assert!(matches!(
            by_id.pick_id("no-such-choice", 0),
            Err(callcoach_core::engine::runner::RunError::Over)
        ));
    }
}

#[test]
fn rewinding_replays_the_earlier_decisions() {
    let (_, scenarios) = shipped();
    let sc = &scenarios[0];
    let mut session = Session::start(Arc::clone(sc), meta(sc, 5), None).unwrap();
    while session.call.prompt().is_some() {
        session.pick(0, 0).unwrap();
    }
    let all = record::turn_records(&session.call);
    let rewound = session.rewind(2, Utc::now(), None).unwrap();
    assert_eq!(record::turn_records(&rewound.call), all[..2].to_vec());
    assert!(rewound.call.prompt().is_some());
}

#[test]
fn polish_calls_are_entirely_polish() {
    let (lib, scenarios) = shipped();
    let loc = Localiser::new(&lib);
    for sc in &scenarios {
        let text = CallText::new(&loc, "pl", sc, "Łucja");
        for seed in 0..30 {
            let call = random_call(sc, seed, seed + 3);
            for line in text.transcript(&call) {
                assert!(
                    !line.text.fallback && !line.text.missing,
                    "{}: {:?}",
                    sc.id,
                    line
                );
            }
            for t in call.turns() {
                for &c in &t.shown {
                    let choice = text.choice(t.node, c);
                    assert!(!choice.fallback && !choice.missing, "{}: {choice:?}", sc.id);
                }
            }
        }
        for id in ["title", "briefing", "product"] {
            let t = text.msg(id, None);
            assert!(!t.fallback && !t.missing, "{}: {id}", sc.id);
        }
    }
}

#[test]
fn every_outcome_has_a_label_in_both_languages() {
    let (lib, _) = shipped();
    let loc = Localiser::new(&lib);
    for lang in ["en", "pl"] {
        for o in Outcome::ALL {
            let t = loc.ui(lang, &format!("outcome-{}", o.key()), None, None);
            assert!(!t.missing && !t.fallback, "{lang}: {o:?}");
        }
    }
}
