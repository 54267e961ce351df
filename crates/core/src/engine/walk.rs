//! Seeded random playthroughs: how a scenario scores when choices are picked at random.
//! Trainers use it to balance a scenario (pass rate, score spread, nodes never reached).

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use crate::compile::{CKind, CompiledScenario, TagIdx};
use crate::content::model::{Dimension, Outcome};
use crate::engine::runner::{Call, Pick, below, mix_seed, session_rng};
use crate::engine::scoring::{DimensionScore, Facts, Tracker, score, turn_tags};

/// A run longer than this many turns is counted as stuck.
pub const MAX_TURNS: usize = 1_000;

/// Score spread of one dimension over the runs.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Spread {
    pub dimension: Dimension,
    /// Runs per band: 0–9, 10–19, …, 90–99, 100.
    pub bands: [u64; 11],
    pub mean: f64,
    pub min: u8,
    pub max: u8,
    pub pass_rate: f64,
}

/// One notable run (best or worst).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NotableRun {
    pub run: u64,
    /// The seed of the call (replays it with `play --seed`).
    pub seed: u64,
    pub overall: u8,
    pub passed: bool,
    pub outcome: Outcome,
    /// The choice ids picked, `node.choice`.
    pub path: Vec<String>,
}

/// What a walk found.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct WalkSummary {
    pub scenario: String,
    pub version: u32,
    pub runs: u64,
    pub seed: u64,
    pub passes: u64,
    pub pass_rate: f64,
    pub critical_breaches: u64,
    /// Runs that ended in a dead end or ran over [`MAX_TURNS`].
    pub stuck: u64,
    /// Total choices made across all runs.
    pub choices: u64,
    pub spreads: Vec<Spread>,
    pub outcomes: BTreeMap<Outcome, u64>,
    pub best: Option<NotableRun>,
    pub worst: Option<NotableRun>,
    /// Say and End nodes no run reached.
    pub unreached: Vec<String>,
}

/// The seed of run `i` of a walk seeded with `seed` (SplitMix64, so neighbouring runs differ).
pub fn run_seed(seed: u64, i: u64) -> u64 {
    mix_seed(seed, i)
}

/// A finished call's path as `node.choice` ids, one per turn (`node.(timeout)` for silence).
fn path_ids(c: &Call) -> Vec<String> {
    let sc = c.scenario();
    c.turns()
        .iter()
        .map(|t| {
            let node = &sc.nodes[t.node as usize].id;
            match t.pick {
                Pick::Choice(choice) => {
                    format!(
                        "{node}.{}",
                        sc.choice_id(t.node, choice).unwrap_or_default()
                    )
                }
                Pick::Timeout => format!("{node}.(timeout)"),
            }
        })
        .collect()
}

/// Plays `runs` random calls. `on_runs_done` is called now and then with the runs done.
pub fn walk(
    sc: &Arc<CompiledScenario>,
    runs: u64,
    seed: u64,
    on_runs_done: impl FnMut(u64),
) -> WalkSummary {
    walk_scored(sc, runs, seed, on_runs_done, false)
}

/// [`walk`], scoring each run with the incremental [`Tracker`] (allocation-free, the
/// default) or, with `full`, with [`score`] (rule results and turn numbers). Both give the
/// same report (tested).
fn walk_scored(
    sc: &Arc<CompiledScenario>,
    runs: u64,
    seed: u64,
    mut on_runs_done: impl FnMut(u64),
    full: bool,
) -> WalkSummary {
    let mut dim_buf: Vec<DimensionScore> = Vec::with_capacity(4);
    let mut dims: Vec<(Dimension, [u64; 11], f64, u8, u8, u64)> = Vec::new();
    let mut outcomes = BTreeMap::new();
    let mut reached = vec![false; sc.nodes.len()];
    let (mut passes, mut critical, mut stuck, mut choices) = (0u64, 0u64, 0u64, 0u64);
    let mut best: Option<(u64, u64, f64, bool)> = None;
    let mut worst: Option<(u64, u64, f64, bool)> = None;
    let mut call: Option<Call> = None;
    let mut tags: Vec<&[TagIdx]> = Vec::with_capacity(64);
    for i in 0..runs {
        if i % 4096 == 0 {
            on_runs_done(i);
        }
        let call_seed = run_seed(seed, i);
        let started = match call.as_mut() {
            Some(c) => c.restart(call_seed).map(|_| ()),
            None => Call::new(Arc::clone(sc), call_seed).map(|c| call = Some(c)),
        };
        let Some(c) = call.as_mut() else {
            stuck += 1;
            continue;
        };
        if started.is_err() {
            stuck += 1;
            continue;
        }
        let mut picker = session_rng(call_seed ^ 0xA5A5_A5A5_5A5A_5A5A);
        let mut ok = true;
        while let Some(p) = c.prompt() {
            reached[p.node as usize] = true;
            if c.turns().len() >= MAX_TURNS {
                ok = false;
                break;
            }
            let options = p.choices.len() as u32 + u32::from(p.timeout.is_some());
            let k = below(&mut picker, options);
            let r = if k as usize >= p.choices.len() {
                c.time_out(0)
            } else {
                c.pick(k as usize, 0)
            };
            choices += 1;
            if r.is_err() {
                ok = false;
                break;
            }
        }
        let Some(ending) = c.ending().filter(|_| ok) else {
            stuck += 1;
            continue;
        };
        reached[ending.node as usize] = true;
        let (passed, breach) = if full {
            tags.clear();
            let sc_ref: &CompiledScenario = sc;
            tags.extend(c.turns().iter().map(|t| turn_tags(sc_ref, t.node, t.pick)));
            let card = score(
                sc,
                &Facts {
                    turn_tags: &tags,
                    events: c.events(),
                    callbacks: c.callbacks(),
                    outcome: Some(ending.outcome),
                    wrap_up: None,
                },
            );
            dim_buf.clear();
            dim_buf.extend(card.dimensions.iter().cloned());
            (card.passed, card.critical_breach)
        } else {
            Tracker::of_call(c).dimension_scores(
                sc,
                |t| c.has_seen(t),
                ending.outcome,
                &mut dim_buf,
            )
        };
        *outcomes.entry(ending.outcome).or_insert(0) += 1;
        passes += u64::from(passed);
        critical += u64::from(breach);
        for d in &dim_buf {
            let slot = match dims.iter_mut().find(|x| x.0 == d.dimension) {
                Some(s) => s,
                None => {
                    dims.push((d.dimension, [0; 11], 0.0, 100, 0, 0));
                    dims.last_mut().expect("just pushed")
                }
            };
            slot.1[(d.score / 10).min(10) as usize] += 1;
            slot.2 += d.score as f64;
            slot.3 = slot.3.min(d.score);
            slot.4 = slot.4.max(d.score);
            slot.5 += u64::from(d.passed);
        }
        let exact = if dim_buf.is_empty() {
            0.0
        } else {
            dim_buf.iter().map(DimensionScore::fraction).sum::<f64>() / dim_buf.len() as f64
        };
        let key = (passed, exact);
        if best.is_none_or(|b| key > (b.3, b.2)) {
            best = Some((i, call_seed, exact, passed));
        }
        if worst.is_none_or(|w| key < (w.3, w.2)) {
            worst = Some((i, call_seed, exact, passed));
        }
    }
    on_runs_done(runs);
    let finished = runs - stuck;
    let notable = |n: Option<(u64, u64, f64, bool)>| -> Option<NotableRun> {
        let (run, call_seed, _, _) = n?;
        let mut c = Call::new(Arc::clone(sc), call_seed).ok()?;
        let mut picker = session_rng(call_seed ^ 0xA5A5_A5A5_5A5A_5A5A);
        while let Some(p) = c.prompt() {
            let options = p.choices.len() as u32 + u32::from(p.timeout.is_some());
            let k = below(&mut picker, options);
            if k as usize >= p.choices.len() {
                c.time_out(0).ok()?
            } else {
                c.pick(k as usize, 0).ok()?
            }
        }
        let card = crate::engine::scoring::score_call(&c, None);
        Some(NotableRun {
            run,
            seed: call_seed,
            overall: card.overall,
            passed: card.passed,
            outcome: c.ending()?.outcome,
            path: path_ids(&c),
        })
    };
    dims.sort_by_key(|d| d.0);
    WalkSummary {
        scenario: sc.id.clone(),
        version: sc.version,
        runs,
        seed,
        passes,
        pass_rate: if finished == 0 {
            0.0
        } else {
            passes as f64 / finished as f64
        },
        critical_breaches: critical,
        stuck,
        choices,
        spreads: dims
            .into_iter()
            .map(|(dimension, bands, sum, min, max, passed)| Spread {
                dimension,
                bands,
                mean: if finished == 0 {
                    0.0
                } else {
                    sum / finished as f64
                },
                min,
                max,
                pass_rate: if finished == 0 {
                    0.0
                } else {
                    passed as f64 / finished as f64
                },
            })
            .collect(),
        outcomes,
        best: notable(best),
        worst: notable(worst),
        unreached: sc
            .nodes
            .iter()
            .zip(&reached)
            .filter(|(n, r)| !**r && !matches!(n.kind, CKind::Branch { .. }))
            .map(|(n, _)| n.id.clone())
            .collect(),
    }
}

/// Renders a walk report as a table for the terminal.
pub fn render(report: &WalkSummary) -> String {
    let mut out = String::new();
    let pct = |x: f64| format!("{:.1}%", x * 100.0);
    out.push_str(&format!(
        "walk {} v{}: {} runs, seed {}\n  pass rate {} ({} passed), critical breaches in {} runs, {} stuck, {} choices\n",
        report.scenario,
        report.version,
        report.runs,
        report.seed,
        pct(report.pass_rate),
        report.passes,
        report.critical_breaches,
        report.stuck,
        report.choices
    ));
    out.push_str("\n  dimension       mean  min  max  pass    0-9 10-19 20-29 30-39 40-49 50-59 60-69 70-79 80-89 90-99   100\n");
    for s in &report.spreads {
        out.push_str(&format!(
            "  {:<14} {:>5.1} {:>4} {:>4} {:>6}",
            s.dimension.key(),
            s.mean,
            s.min,
            s.max,
            pct(s.pass_rate)
        ));
        for b in s.bands {
            out.push_str(&format!(" {b:>5}"));
        }
        out.push('\n');
    }
    out.push_str("\n  outcomes:");
    for (o, n) in &report.outcomes {
        out.push_str(&format!(" {}={n}", o.key()));
    }
    out.push('\n');
    for (label, run) in [("best", &report.best), ("worst", &report.worst)] {
        if let Some(r) = run {
            out.push_str(&format!(
                "  {label} run #{} (seed {}): overall {}, {}, {}\n    {}\n",
                r.run,
                r.seed,
                r.overall,
                if r.passed { "passed" } else { "failed" },
                r.outcome.key(),
                r.path.join(" → ")
            ));
        }
    }
    if report.unreached.is_empty() {
        out.push_str("  every line was reached\n");
    } else {
        out.push_str(&format!(
            "  never reached: {}\n",
            report.unreached.join(", ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Scope, check};
    use crate::synth::{self, Spec};

    fn synth(spec: &Spec) -> Arc<CompiledScenario> {
        let report = check(&synth::library(spec), &Scope::All, 20_000);
        report.compiled.into_values().next().expect("compiles")
    }

    /// The fast walk (scored by the incremental tracker) gives exactly the report of the
    /// full scorer, on generated scenarios and on the shipped ones.
    #[test]
    fn tracker_scored_walks_report_exactly_what_the_full_scorer_does() {
        let mut scenarios: Vec<Arc<CompiledScenario>> = [(60, false), (200, true), (500, false)]
            .into_iter()
            .map(|(nodes, loops)| {
                synth(&Spec {
                    loops,
                    ..Spec::new(nodes)
                })
            })
            .collect();
        let shipped = crate::content::loader::Library::load(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../.."
        )));
        scenarios.extend(check(&shipped, &Scope::All, 20_000).compiled.into_values());
        for sc in &scenarios {
            for seed in [1, 2] {
                let fast = walk_scored(sc, 500, seed, |_| {}, false);
                let full = walk_scored(sc, 500, seed, |_| {}, true);
                assert_eq!(fast, full, "{} seed {seed}", sc.id);
            }
        }
    }
}
