//! Seeded random playthroughs: how a scenario scores when choices are picked at random.
//! Trainers use it to balance a scenario (pass rate, score spread, nodes never reached).

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use crate::compile::{CKind, CompiledScenario, TagIdx};
use crate::content::model::{Dimension, Outcome};
use rand_pcg::Pcg64Mcg;

use crate::content::negotiation::Terms;
use crate::engine::runner::{Call, Pick, RunError, below, mix_seed, session_rng, validate_terms};
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

/// How the finished runs' arrangements came out.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Arrangements {
    /// No terms were agreed.
    pub none: u64,
    /// Terms within the mandate the debtor can keep.
    pub sustainable: u64,
    /// Terms within the mandate the debtor cannot keep.
    pub unsustainable: u64,
    /// Terms outside the collector's mandate.
    pub outside_mandate: u64,
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
    /// The runs' agreed arrangements by kind.
    pub arrangements: Arrangements,
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
                Pick::Propose(terms) => format!("{node}.(propose {})", terms.kind().key()),
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

/// The arrangements a walk proposes at negotiation steps (valid ones only).
fn walk_candidates(sc: &CompiledScenario) -> Vec<Terms> {
    sc.deal
        .candidates()
        .into_iter()
        .filter(|t| validate_terms(t, sc).is_ok())
        .collect()
}

/// The picker's seed for a run: its own generator, apart from the call's.
fn picker_seed(call_seed: u64) -> u64 {
    call_seed ^ 0xA5A5_A5A5_5A5A_5A5A
}

/// One dimension's running totals over the runs.
struct DimensionTally {
    dimension: Dimension,
    /// Runs per band: 0–9, 10–19, …, 90–99, 100.
    bands: [u64; 11],
    sum: f64,
    min: u8,
    max: u8,
    passed: u64,
}

/// A run worth showing: run number, seed, exact mean score and whether it passed.
type Notable = (u64, u64, f64, bool);

/// The running totals of a walk.
struct Tally {
    dims: Vec<DimensionTally>,
    outcomes: BTreeMap<Outcome, u64>,
    reached: Vec<bool>,
    passes: u64,
    critical: u64,
    stuck: u64,
    choices: u64,
    best: Option<Notable>,
    worst: Option<Notable>,
    arrangements: Arrangements,
}

impl Tally {
    fn new(sc: &CompiledScenario) -> Tally {
        Tally {
            dims: Vec::new(),
            outcomes: BTreeMap::new(),
            reached: vec![false; sc.nodes.len()],
            passes: 0,
            critical: 0,
            stuck: 0,
            choices: 0,
            best: None,
            worst: None,
            arrangements: Arrangements::default(),
        }
    }

    /// Plays random picks until the call ends; `false` if it got stuck.
    fn play_random(&mut self, c: &mut Call, call_seed: u64, candidates: &[Terms]) -> bool {
        let mut picker = session_rng(picker_seed(call_seed));
        while let Some(p) = c.prompt() {
            self.reached[p.node as usize] = true;
            if c.turns().len() >= MAX_TURNS {
                return false;
            }
            let r = random_step(c, &mut picker, candidates);
            self.choices += 1;
            if r.is_err() {
                return false;
            }
        }
        match c.agreement() {
            None => self.arrangements.none += 1,
            Some(a) if !a.assessment.within_mandate() => self.arrangements.outside_mandate += 1,
            Some(a) if a.assessment.sustainable => self.arrangements.sustainable += 1,
            Some(_) => self.arrangements.unsustainable += 1,
        }
        true
    }

    /// Counts a finished run's outcome, pass, breach and dimension scores.
    fn add_run(&mut self, run: Notable, outcome: Outcome, breach: bool, dims: &[DimensionScore]) {
        let (_, _, _, passed) = run;
        *self.outcomes.entry(outcome).or_insert(0) += 1;
        self.passes += u64::from(passed);
        self.critical += u64::from(breach);
        for d in dims {
            let slot = match self
                .dims
                .iter_mut()
                .position(|x| x.dimension == d.dimension)
            {
                Some(i) => &mut self.dims[i],
                None => {
                    self.dims.push(DimensionTally {
                        dimension: d.dimension,
                        bands: [0; 11],
                        sum: 0.0,
                        min: 100,
                        max: 0,
                        passed: 0,
                    });
                    self.dims.last_mut().expect("just pushed")
                }
            };
            slot.bands[(d.score / 10).min(10) as usize] += 1;
            slot.sum += d.score as f64;
            slot.min = slot.min.min(d.score);
            slot.max = slot.max.max(d.score);
            slot.passed += u64::from(d.passed);
        }
        let key = (passed, run.2);
        if self.best.is_none_or(|b| key > (b.3, b.2)) {
            self.best = Some(run);
        }
        if self.worst.is_none_or(|w| key < (w.3, w.2)) {
            self.worst = Some(run);
        }
    }

    /// The walk's summary from its totals.
    fn summary(mut self, sc: &Arc<CompiledScenario>, runs: u64, seed: u64) -> WalkSummary {
        let finished = runs - self.stuck;
        let share = |x: f64| {
            if finished == 0 {
                0.0
            } else {
                x / finished as f64
            }
        };
        self.dims.sort_by_key(|d| d.dimension);
        WalkSummary {
            scenario: sc.id.clone(),
            version: sc.version,
            runs,
            seed,
            passes: self.passes,
            pass_rate: share(self.passes as f64),
            critical_breaches: self.critical,
            stuck: self.stuck,
            choices: self.choices,
            spreads: self
                .dims
                .iter()
                .map(|d| Spread {
                    dimension: d.dimension,
                    bands: d.bands,
                    mean: share(d.sum),
                    min: d.min,
                    max: d.max,
                    pass_rate: share(d.passed as f64),
                })
                .collect(),
            outcomes: self.outcomes,
            arrangements: self.arrangements,
            best: self.best.and_then(|n| notable_run(sc, n)),
            worst: self.worst.and_then(|n| notable_run(sc, n)),
            unreached: sc
                .nodes
                .iter()
                .zip(&self.reached)
                .filter(|(n, r)| !**r && !matches!(n.kind, CKind::Branch { .. }))
                .map(|(n, _)| n.id.clone())
                .collect(),
        }
    }
}

/// One random step: a shown choice, the timeout, or (at a negotiation step) one of the
/// candidate arrangements of the kinds on offer, all equally likely.
fn random_step(c: &mut Call, picker: &mut Pcg64Mcg, candidates: &[Terms]) -> Result<(), RunError> {
    let Some(p) = c.prompt() else {
        return Err(RunError::Over);
    };
    let shown = p.choices.len();
    let timeout = usize::from(p.timeout.is_some());
    let terms: Vec<Terms> = candidates
        .iter()
        .filter(|t| p.proposable.contains(&t.kind()))
        .copied()
        .collect();
    let k = below(picker, (shown + timeout + terms.len()) as u32) as usize;
    if k < shown {
        c.pick(k, 0)
    } else if k < shown + timeout {
        c.time_out(0)
    } else {
        c.propose(terms[k - shown - timeout], 0)
    }
}

/// Plays a notable run again to report its scores and path.
fn notable_run(sc: &Arc<CompiledScenario>, (run, call_seed, _, _): Notable) -> Option<NotableRun> {
    let mut c = Call::new(Arc::clone(sc), call_seed).ok()?;
    let mut picker = session_rng(picker_seed(call_seed));
    let candidates = walk_candidates(sc);
    while c.prompt().is_some() {
        random_step(&mut c, &mut picker, &candidates).ok()?;
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
}

/// Scores a finished run with the full scorer: whether it passed and broke a critical rule;
/// its dimension scores go to `dims`.
fn score_full<'a>(
    sc: &'a CompiledScenario,
    c: &Call,
    outcome: Outcome,
    tags: &mut Vec<&'a [TagIdx]>,
    dims: &mut Vec<DimensionScore>,
) -> (bool, bool) {
    tags.clear();
    tags.extend(c.turns().iter().map(|t| turn_tags(sc, t.node, t.pick)));
    let card = score(
        sc,
        &Facts {
            turn_tags: tags,
            events: c.events(),
            callbacks: c.callbacks(),
            outcome: Some(outcome),
            wrap_up: None,
            proposals: c.proposals(),
        },
    );
    dims.clear();
    dims.extend(card.dimensions.iter().cloned());
    (card.passed, card.critical_breach)
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
    let mut tally = Tally::new(sc);
    let mut call: Option<Call> = None;
    let mut tags: Vec<&[TagIdx]> = Vec::with_capacity(64);
    let candidates = walk_candidates(sc);
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
            tally.stuck += 1;
            continue;
        };
        if started.is_err() {
            tally.stuck += 1;
            continue;
        }
        let ok = tally.play_random(c, call_seed, &candidates);
        let Some(ending) = c.ending().filter(|_| ok) else {
            tally.stuck += 1;
            continue;
        };
        tally.reached[ending.node as usize] = true;
        let (passed, breach) = if full {
            score_full(sc, c, ending.outcome, &mut tags, &mut dim_buf)
        } else {
            Tracker::of_call(c).dimension_scores(
                sc,
                |t| c.has_seen(t),
                ending.outcome,
                &mut dim_buf,
            )
        };
        let exact = if dim_buf.is_empty() {
            0.0
        } else {
            dim_buf.iter().map(DimensionScore::fraction).sum::<f64>() / dim_buf.len() as f64
        };
        tally.add_run(
            (i, call_seed, exact, passed),
            ending.outcome,
            breach,
            &dim_buf,
        );
    }
    on_runs_done(runs);
    tally.summary(sc, runs, seed)
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
    let a = report.arrangements;
    if a.sustainable + a.unsustainable + a.outside_mandate > 0 {
        out.push_str(&format!(
            "  arrangements: sustainable={} unsustainable={} outside-mandate={} none={}\n",
            a.sustainable, a.unsustainable, a.outside_mandate, a.none
        ));
    }
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
