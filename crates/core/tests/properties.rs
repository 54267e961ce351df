//! Property tests over generated scenarios (`callcoach_core::synth`, and small random graphs that
//! may be broken): walks end within the scenario's bound, scores stay in 0..=100, a record
//! replays to its scores, the incremental scorer agrees with the full one, and the checker
//! never accepts a scenario whose walk can get stuck.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

use callcoach_core::check::{Scope, check};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::loader::Library;
use callcoach_core::engine::runner::{Call, below, session_rng};
use callcoach_core::engine::scoring::{Tracker, WrapUp, score_call};
use callcoach_core::engine::search;
use callcoach_core::engine::walk;
use callcoach_core::records::record::{self, Mode, SessionMeta};
use callcoach_core::records::verify::{self, Verification};
use callcoach_core::synth::{self, Spec};
use chrono::{TimeZone, Utc};
use proptest::prelude::*;

fn compiled(spec: &Spec) -> Arc<CompiledScenario> {
    let lib = synth::library(spec);
    let report = check(&lib, &Scope::All, 20_000);
    assert_eq!(report.errors(), 0, "{spec:?}: {:#?}", report.diagnostics);
    report.compiled.into_values().next().expect("compiles")
}

fn spec() -> impl Strategy<Value = Spec> {
    (8usize..400, any::<u64>(), any::<bool>()).prop_map(|(nodes, seed, loops)| Spec {
        nodes,
        seed,
        depth: None,
        loops,
    })
}

/// Plays random picks (timeouts included) until the call ends or `limit` turns.
fn random_call(sc: &Arc<CompiledScenario>, seed: u64, limit: usize) -> Result<Call, String> {
    let mut call = Call::new(Arc::clone(sc), seed).map_err(|e| e.to_string())?;
    let mut picker = session_rng(seed.wrapping_mul(31) ^ 7);
    while let Some(p) = call.prompt() {
        if call.turns().len() >= limit {
            return Err(format!("over {limit} turns at {}", p.node_id));
        }
        let n = p.choices.len() as u32 + u32::from(p.timeout.is_some());
        if n == 0 {
            return Err(format!("nothing to answer at {}", p.node_id));
        }
        let k = below(&mut picker, n) as usize;
        let r = if k >= p.choices.len() {
            call.time_out(10)
        } else {
            call.pick(k, 10)
        };
        r.map_err(|e| e.to_string())?;
    }
    Ok(call)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn walks_end_within_the_bound_and_scores_stay_in_range(spec in spec(), seed in any::<u64>()) {
        let sc = compiled(&spec);
        // Without back edges every turn moves a layer on; with them, the walk's own bound.
        let bound = if spec.loops { walk::MAX_TURNS } else { spec.layers() };
        for i in 0..20 {
            let call = match random_call(&sc, seed.wrapping_add(i), bound) {
                Ok(c) => c,
                // With loops a long unlucky walk is possible, but it must still be able to end.
                Err(e) if spec.loops && e.starts_with("over") => continue,
                Err(e) => return Err(TestCaseError::fail(format!("{spec:?} seed {seed}+{i}: {e}"))),
            };
            prop_assert!(call.is_over());
            prop_assert!(call.turns().len() <= bound);
            let card = score_call(&call, None);
            prop_assert!(card.overall <= 100);
            for d in &card.dimensions {
                prop_assert!(d.score <= 100 && d.pass_mark <= 100, "{d:?}");
                prop_assert!(d.earned <= d.max, "{d:?}");
            }
            for r in &card.rules {
                prop_assert!(r.earned <= r.max, "{r:?}");
            }
            // The incremental scorer agrees.
            let ending = call.ending().unwrap();
            let (passed, overall, critical) =
                Tracker::of_call(&call).verdict(&sc, |t| call.has_seen(t), ending.outcome);
            prop_assert_eq!((passed, critical), (card.passed, card.critical_breach));
            prop_assert!((overall - card.overall_exact()).abs() < 1e-12);
        }
        let report = walk::walk(&sc, 200, seed, |_| {});
        prop_assert_eq!(report.stuck, 0);
        for s in &report.spreads {
            prop_assert!(s.min <= s.max && s.max <= 100);
        }
    }

    #[test]
    fn a_record_replays_to_its_scores(spec in spec(), seed in any::<u64>(), notes in "[a-zA-Ząęłńóśźż .]{0,40}") {
        let sc = compiled(&spec);
        let Ok(call) = random_call(&sc, seed, walk::MAX_TURNS) else { return Ok(()) };
        let meta = SessionMeta::new(
            &sc,
            "Łucja Żak",
            "pl",
            seed,
            Mode::Exam,
            Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
        );
        let wrap = WrapUp { disposition: call.ending().unwrap().outcome, notes, fields: Some(Default::default()) };
        let rec = record::make_record(&meta, &call, Some(wrap), Utc::now()).unwrap();
        prop_assert_eq!(verify::verify(&rec, Some(&sc)), Verification::Verified);
        // Through JSON, as on disk.
        let json = serde_json::to_string(&rec).unwrap();
        let back: record::SessionRecord = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(&back, &rec);
        prop_assert_eq!(verify::verify(&back, Some(&sc)), Verification::Verified);
        let replayed = verify::replay(Arc::clone(&sc), rec.meta.seed, &rec.turns).unwrap();
        prop_assert_eq!(score_call(&replayed, rec.wrap_up.as_ref()), rec.scores);
    }
}

// ---------------------------------------------------------------------------------------
// Random small graphs, often broken: the checker must never accept one that can get stuck.

/// A random scenario of `n` nodes (any shape: cycles, conditions that hide every choice,
/// branches without a way out) and its English text.
fn random_scenario(seed: u64, n: usize) -> (String, String) {
    let mut rng = session_rng(seed);
    let mut r = |k: u32| below(&mut rng, k);
    let node = |i: u32| format!("s{i}");
    let mut nodes = String::new();
    let mut text = String::from("title = T\nbriefing = B\nproduct = P\n");
    let ends = 1 + r(2);
    let total = n as u32 + ends;
    let cond = |r: &mut dyn FnMut(u32) -> u32| -> String {
        match r(6) {
            0 => "Tag(\"listens\")".into(),
            1 => format!("AtLeast(\"mood\", {})", r(101)),
            2 => format!("Below(\"mood\", {})", r(101)),
            3 => format!("Chance({})", [0, 50, 100][r(3) as usize]),
            4 => "Not(Tag(\"empathy\"))".into(),
            _ => format!("All([Tag(\"listens\"), AtLeast(\"mood\", {})])", r(101)),
        }
    };
    for i in 0..n as u32 {
        if i > 0 && r(4) == 0 {
            let routes = 1 + r(3);
            let _ = write!(nodes, "        \"{}\": Branch(routes: [", node(i));
            for k in 0..routes {
                let target = node(r(total));
                if k + 1 < routes {
                    let c = cond(&mut r);
                    let _ = write!(nodes, "(if: {c}, next: \"{target}\"), ");
                } else {
                    let _ = write!(nodes, "(next: \"{target}\")");
                }
            }
            nodes.push_str("]),\n");
            continue;
        }
        let choices = 1 + r(3);
        let _ = write!(nodes, "        \"{}\": Say(", node(i));
        if r(5) == 0 {
            let _ = write!(
                nodes,
                "timeout: (seconds: 5, tags: [\"dead-air\"], next: \"{}\"), ",
                node(r(total))
            );
        }
        nodes.push_str("choices: [");
        let _ = writeln!(text, "{} = Line {i}", node(i));
        for c in 0..choices {
            let condition = if r(3) == 0 {
                format!("if: {}, ", cond(&mut r))
            } else {
                String::new()
            };
            let tag = ["listens", "empathy", "mini-miranda", "identifies-self"][r(4) as usize];
            let delta = r(41) as i32 - 20;
            let _ = write!(
                nodes,
                "(id: \"c{c}\", tags: [\"{tag}\"], effects: {{\"mood\": {delta}}}, {condition}next: \"{}\"), ",
                node(r(total))
            );
            let _ = writeln!(text, "    .c{c} = Answer {c}");
        }
        nodes.push_str("]),\n");
    }
    for e in 0..ends {
        let i = n as u32 + e;
        let outcome = ["PaymentPlan", "HungUp"][e as usize % 2];
        let _ = writeln!(nodes, "        \"{}\": End(outcome: {outcome}),", node(i));
        let _ = writeln!(text, "{} = Bye", node(i));
    }
    let ron = format!(
        "Scenario(id: \"synth\", version: 1, rubrics: [\"synth-compliance\", \"synth-empathy\"], difficulty: Easy, jurisdiction: Us, persona: \"p\",\n    debtor: (name: \"D\", kind: Consumer, utc_offset_minutes: 0), creditor: \"C\",\n    account: (amount: \"10.00\", currency: \"USD\", due: \"2026-01-01\"), call_at: \"2026-11-17T15:30:00Z\",\n    state: {{\"mood\": {}}}, outcomes: {{PaymentPlan: 100, HungUp: 0}}, start: \"s0\",\n    nodes: {{\n{nodes}    }},\n)\n",
        r(101)
    );
    (ron, text)
}

fn random_library(seed: u64, n: usize) -> Library {
    let (ron, text) = random_scenario(seed, n);
    let mut files = synth::files(&Spec::new(8));
    for f in &mut files {
        if f.path == Path::new("scenarios/synth.ron") {
            f.bytes = ron.clone().into_bytes();
        }
        if f.path == Path::new("locales/en/scenarios/synth.ftl") {
            f.bytes = text.clone().into_bytes();
        }
    }
    Library::from_files(Path::new("random"), files)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn the_checker_never_accepts_a_scenario_that_can_get_stuck(seed in any::<u64>(), n in 1usize..9) {
        let lib = random_library(seed, n);
        let report = check(&lib, &Scope::All, 100_000);
        let scenario_errors: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.is_error() && d.file.ends_with("scenarios/synth.ron"))
            .filter(|d| d.code != "E115")
            .collect();
        let Some(sc) = report.compiled.get("synth") else { return Ok(()) };
        let exploration = search::explore(sc, 100_000);
        if !scenario_errors.is_empty() || exploration.truncated {
            return Ok(());
        }
        // Accepted: no random walk may get stuck, and every long one can still end.
        for i in 0..300 {
            match random_call(sc, seed.wrapping_add(i), 5_000) {
                Ok(call) => prop_assert!(call.is_over()),
                Err(e) if e.starts_with("over") => {
                    // Unlucky in a loop that can end: the search must find a way out.
                    let mut call = Call::new(Arc::clone(sc), seed.wrapping_add(i)).unwrap();
                    let mut picker = session_rng(seed.wrapping_add(i).wrapping_mul(31) ^ 7);
                    while call.turns().len() < 5_000 {
                        let p = call.prompt().unwrap();
                        let n = p.choices.len() as u32 + u32::from(p.timeout.is_some());
                        let k = below(&mut picker, n) as usize;
                        if k >= p.choices.len() { call.time_out(1).unwrap() } else { call.pick(k, 1).unwrap() }
                    }
                    let way_out = search::best_continuation(&call, 100_000);
                    prop_assert!(way_out.best.is_some() || way_out.truncated, "seed {seed} n {n}: accepted but stuck: {}", random_scenario(seed, n).0);
                }
                Err(e) => {
                    return Err(TestCaseError::fail(format!(
                        "seed {seed} n {n}: the checker accepted a scenario whose walk gets stuck ({e}):\n{}",
                        random_scenario(seed, n).0
                    )));
                }
            }
        }
    }
}
