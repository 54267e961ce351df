//! The engine on the shipped content: determinism, replay, records, journal, search and
//! localisation, through the library API.

mod common;

use std::sync::Arc;

use callcoach_core::check::{self, Scope};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::l10n::Localiser;
use callcoach_core::content::loader::Library;
use callcoach_core::content::model::Outcome;
use callcoach_core::engine::runner::{Call, below, session_rng};
use callcoach_core::engine::scoring::{Tracker, WrapUp, score_call};
use callcoach_core::engine::search::{self, DEFAULT_BUDGET};
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::record::{self, Mode, SessionMeta};
use callcoach_core::records::session::{Finished, Session};
use callcoach_core::records::verify::{self, Verification};
use callcoach_core::records::{journal, store};
use chrono::{TimeZone, Utc};

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
    SessionMeta {
        trainee: "Łucja Żak".into(),
        scenario: sc.id.clone(),
        version: sc.version,
        content_hash: sc.content_hash.clone(),
        locale: "pl".into(),
        seed,
        mode: Mode::Practice,
        started_at: Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
    }
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
        assert!(result.critical_reachable);
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
    assert_eq!(store::record_files(data.path()).len(), 2);
    assert_eq!(store::read_record(&a).unwrap(), rec);
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
    drop(session); // the process "dies" here

    // A torn write at the end of the journal (power cut mid-line) is ignored.
    let path = journal::journal_path(data.path(), "Łucja Żak");
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
