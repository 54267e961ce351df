//! The trainer view: the checker's diagnostics live as files change, the call graph drawn
//! (unreachable nodes and critical-rule choices marked), a playtest from any node with chosen
//! state values, and a random walk's report on a button.
//!
//! The selection lives in [`TrainerUi`] (scripts drive it with `trainer-…` verbs); the graph
//! layout, the reachability search and walks run in the background ([`TrainerWork`]) while
//! "trainer" is in [`Busy`].
//!
//! Script verbs: `trainer-select SCENARIO`, `trainer-node NODE`, `trainer-var NAME VALUE`,
//! `trainer-playtest [SEED]`, `trainer-walk RUNS SEED`, `trainer-files all|scenario`.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use bevy::prelude::*;
use bevy::tasks::{AsyncComputeTaskPool, Task, block_on, poll_once};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::Screen;
use crate::active_call::{CallAction, CallSystems};
use crate::content::Content;
use crate::prefs::Prefs;
use crate::redraw::Redraw;
use crate::script::{Busy, ScriptVerb};
use crate::shell::{CentralRect, ShellSystems, root_ui};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::engine::graph::Layout;
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::engine::walk::WalkSummary;

mod graph_view;
mod panels;

/// The name this screen puts in [`Busy`] while it works in the background.
pub const BUSY: &str = "trainer";

/// Walk sizes offered.
pub const WALK_RUNS: [u64; 3] = [100, 1_000, 10_000];

/// What the trainer has chosen: the scenario, the node, the playtest's starting state, the
/// walk's settings. Scripts set it too.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct TrainerUi {
    /// The scenario shown (a card id).
    pub scenario: Option<String>,
    /// The selected node's id.
    pub node: Option<String>,
    /// Playtest starting values, in the scenario's variable order.
    pub vars: Vec<i32>,
    /// Playtest with this seed (else one from the clock).
    pub fixed_seed: bool,
    pub seed: u64,
    /// Diagnostics of every file, not only the scenario's.
    pub all_files: bool,
    pub walk_runs: u64,
    pub walk_seed: u64,
    /// The graph's view in graph coordinates (`None`: fit the graph on the next frame).
    pub view: Option<egui::Rect>,
    /// Bring this node into view on the next frame.
    pub focus: Option<String>,
}

impl Default for TrainerUi {
    fn default() -> Self {
        TrainerUi {
            scenario: None,
            node: None,
            vars: Vec::new(),
            fixed_seed: false,
            seed: 1,
            all_files: false,
            walk_runs: 1_000,
            walk_seed: 1,
            view: None,
            focus: None,
        }
    }
}

impl TrainerUi {
    /// Shows a scenario (its start values, no node selected, the whole graph in view).
    pub fn select(&mut self, id: &str, content: &Content) {
        if self.scenario.as_deref() == Some(id) {
            return;
        }
        self.scenario = Some(id.to_string());
        self.node = None;
        self.vars = content
            .playable
            .get(id)
            .map(|sc| sc.var_start.clone())
            .unwrap_or_default();
        self.view = None;
        self.focus = None;
    }

    /// Selects a node and brings it into view.
    pub fn select_node(&mut self, id: &str) {
        self.node = Some(id.to_string());
        self.focus = Some(id.to_string());
    }

    /// The compiled version shown of the selected scenario (the newest good one).
    pub fn compiled<'a>(&self, content: &'a Content) -> Option<&'a Arc<CompiledScenario>> {
        content.playable.get(self.scenario.as_deref()?)
    }

    /// The playtest of the selected node with the chosen values.
    pub fn playtest(&self, seed: Option<u64>) -> Option<CallAction> {
        Some(CallAction::Playtest {
            scenario: self.scenario.clone()?,
            node: self.node.clone()?,
            vars: self.vars.clone(),
            seed: seed.or(self.fixed_seed.then_some(self.seed)),
        })
    }
}

/// Which nodes some state reaches, from [`callcoach_core::engine::search::explore`].
#[derive(Debug, Clone)]
pub struct Reach {
    pub reached: Vec<bool>,
    /// The state budget ran out: nodes shown unreachable may be reachable.
    pub truncated: bool,
    pub states: usize,
    pub millis: u128,
}

/// A walk's result.
#[derive(Debug, Clone)]
pub struct WalkDone {
    /// The version walked.
    pub sc: Arc<CompiledScenario>,
    pub report: WalkSummary,
    pub millis: u128,
}

/// A walk in progress.
pub struct WalkJob {
    pub scenario: String,
    pub runs: u64,
    pub done: Arc<AtomicU64>,
    sc: Arc<CompiledScenario>,
    started: Instant,
    task: Task<WalkSummary>,
}

/// A result computed for one version of a scenario.
struct Cached<T> {
    sc: Arc<CompiledScenario>,
    value: Arc<T>,
}

/// Background work for a version of a scenario.
struct Job<T> {
    id: String,
    sc: Arc<CompiledScenario>,
    started: Instant,
    task: Task<T>,
}

/// The trainer view's background work and its results, per scenario.
#[derive(Resource, Default)]
pub struct TrainerWork {
    layouts: BTreeMap<String, Cached<Layout>>,
    reach: BTreeMap<String, Cached<Reach>>,
    walks: BTreeMap<String, Arc<WalkDone>>,
    layout_job: Option<Job<Layout>>,
    reach_job: Option<Job<Reach>>,
    /// The walk running, if any.
    pub walk_job: Option<WalkJob>,
}

impl TrainerWork {
    /// The layout of this version of a scenario, when ready.
    pub fn layout(&self, sc: &Arc<CompiledScenario>) -> Option<Arc<Layout>> {
        fresh(&self.layouts, sc)
    }

    /// Which nodes this version of a scenario reaches, when known.
    pub fn reach(&self, sc: &Arc<CompiledScenario>) -> Option<Arc<Reach>> {
        fresh(&self.reach, sc)
    }

    /// Whether the reachability search of this version is running.
    pub fn exploring(&self, sc: &Arc<CompiledScenario>) -> bool {
        self.reach_job
            .as_ref()
            .is_some_and(|j| Arc::ptr_eq(&j.sc, sc))
            || self.reach(sc).is_none()
    }

    /// The last walk of a scenario (of any version).
    pub fn walk(&self, id: &str) -> Option<Arc<WalkDone>> {
        self.walks.get(id).cloned()
    }

    /// Anything running?
    pub fn busy(&self) -> bool {
        self.layout_job.is_some() || self.reach_job.is_some() || self.walk_job.is_some()
    }

    /// Starts a walk of a scenario (unless one is running).
    pub fn start_walk(&mut self, sc: &Arc<CompiledScenario>, runs: u64, seed: u64) -> bool {
        if self.walk_job.is_some() {
            return false;
        }
        let done = Arc::new(AtomicU64::new(0));
        let counter = Arc::clone(&done);
        let walked = Arc::clone(sc);
        let task = AsyncComputeTaskPool::get().spawn(async move {
            callcoach_core::engine::walk::walk(&walked, runs, seed, |n| {
                counter.store(n, Ordering::Relaxed)
            })
        });
        self.walk_job = Some(WalkJob {
            scenario: sc.id.clone(),
            runs,
            done,
            sc: Arc::clone(sc),
            started: Instant::now(),
            task,
        });
        true
    }
}

fn fresh<T>(map: &BTreeMap<String, Cached<T>>, sc: &Arc<CompiledScenario>) -> Option<Arc<T>> {
    map.get(&sc.id)
        .filter(|c| Arc::ptr_eq(&c.sc, sc))
        .map(|c| Arc::clone(&c.value))
}

/// Polls a job; its result when finished.
fn finished<T>(job: &mut Option<Job<T>>) -> Option<(Job<T>, T)> {
    let value = block_on(poll_once(&mut job.as_mut()?.task))?;
    job.take().map(|j| (j, value))
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TrainerUi>()
        .init_resource::<TrainerWork>()
        .add_systems(
            Update,
            (script_verbs.before(CallSystems), work.after(CallSystems)),
        )
        .add_systems(
            EguiPrimaryContextPass,
            draw.after(ShellSystems).run_if(in_state(Screen::Trainer)),
        );
}

/// Starts and polls the background work the trainer view needs; keeps [`Busy`] up to date.
fn work(
    state: Res<State<Screen>>,
    content: Res<Content>,
    mut ui: ResMut<TrainerUi>,
    mut work: ResMut<TrainerWork>,
    mut busy: ResMut<Busy>,
    mut redraw: ResMut<Redraw>,
) {
    let w = &mut *work;
    if let Some((job, layout)) = finished(&mut w.layout_job) {
        debug!("layout of {} in {:?}", job.id, job.started.elapsed());
        w.layouts.insert(
            job.id,
            Cached {
                sc: job.sc,
                value: Arc::new(layout),
            },
        );
        redraw.request();
    }
    if let Some((job, mut reach)) = finished(&mut w.reach_job) {
        reach.millis = job.started.elapsed().as_millis();
        info!(
            "explored {}: {} states in {} ms",
            job.id, reach.states, reach.millis
        );
        w.reach.insert(
            job.id,
            Cached {
                sc: job.sc,
                value: Arc::new(reach),
            },
        );
        redraw.request();
    }
    if let Some(job) = w.walk_job.as_mut()
        && let Some(report) = block_on(poll_once(&mut job.task))
    {
        let millis = job.started.elapsed().as_millis();
        info!("walked {} ({} runs) in {millis} ms", job.scenario, job.runs);
        let done = WalkDone {
            sc: Arc::clone(&job.sc),
            report,
            millis,
        };
        w.walks.insert(job.scenario.clone(), Arc::new(done));
        w.walk_job = None;
        redraw.request();
    }

    // The selected scenario's layout and reachability, once per version.
    let on_screen = *state.get() == Screen::Trainer;
    if let (true, Some(sc)) = (on_screen, ui.compiled(&content).cloned()) {
        if ui.vars.len() != sc.var_names.len() {
            ui.vars = sc.var_start.clone();
        }
        if ui.node.as_ref().is_some_and(|n| sc.node_index(n).is_none()) {
            ui.node = None;
        }
        if w.layout(&sc).is_none() && w.layout_job.is_none() {
            let s = Arc::clone(&sc);
            w.layout_job = Some(Job {
                id: sc.id.clone(),
                sc: Arc::clone(&sc),
                started: Instant::now(),
                task: AsyncComputeTaskPool::get()
                    .spawn(async move { callcoach_core::engine::graph::layout(&s) }),
            });
        }
        if w.reach(&sc).is_none() && w.reach_job.is_none() {
            let s = Arc::clone(&sc);
            w.reach_job = Some(Job {
                id: sc.id.clone(),
                sc: Arc::clone(&sc),
                started: Instant::now(),
                task: AsyncComputeTaskPool::get().spawn(async move {
                    let e = callcoach_core::engine::search::explore(&s, DEFAULT_BUDGET);
                    Reach {
                        reached: e.reached,
                        truncated: e.truncated,
                        states: e.states,
                        millis: 0,
                    }
                }),
            });
        }
    }
    if w.busy() {
        redraw.poll_soon();
        busy.0.insert(BUSY);
    } else if busy.0.contains(BUSY) {
        busy.0.remove(BUSY);
    }
}

/// The `trainer-…` script verbs.
#[allow(clippy::too_many_arguments)]
fn script_verbs(
    mut verbs: MessageReader<ScriptVerb>,
    content: Res<Content>,
    mut ui: ResMut<TrainerUi>,
    mut work: ResMut<TrainerWork>,
    mut actions: MessageWriter<CallAction>,
    mut exit: MessageWriter<AppExit>,
    mut redraw: ResMut<Redraw>,
) {
    for v in verbs.read() {
        if !v.verb.starts_with("trainer-") {
            continue;
        }
        redraw.request();
        if let Err(e) = apply_verb(v, &content, &mut ui, &mut work, &mut actions) {
            eprintln!("script line {}: {e}", v.line);
            exit.write(AppExit::error());
        }
    }
}

fn apply_verb(
    v: &ScriptVerb,
    content: &Content,
    ui: &mut TrainerUi,
    work: &mut TrainerWork,
    actions: &mut MessageWriter<CallAction>,
) -> Result<(), String> {
    let args: Vec<&str> = v.rest.split_whitespace().collect();
    let number = |s: &str, what: &str| -> Result<u64, String> {
        s.parse::<u64>()
            .map_err(|_| format!("{}: bad {what} {s:?}", v.verb))
    };
    let selected = |ui: &TrainerUi| -> Result<Arc<CompiledScenario>, String> {
        ui.compiled(content).cloned().ok_or_else(|| {
            format!(
                "{}: no playable scenario selected (trainer-select first)",
                v.verb
            )
        })
    };
    match (v.verb.as_str(), args.as_slice()) {
        ("trainer-select", [id]) => {
            if !content.cards.iter().any(|c| c.id == *id) {
                return Err(format!("trainer-select: no scenario {id:?}"));
            }
            ui.select(id, content);
        }
        ("trainer-node", [id]) => {
            let sc = selected(ui)?;
            if sc.node_index(id).is_none() {
                return Err(format!("trainer-node: {} has no node {id:?}", sc.id));
            }
            ui.select_node(id);
        }
        ("trainer-var", [name, value]) => {
            let sc = selected(ui)?;
            let Some(i) = sc.var_names.iter().position(|n| n == name) else {
                return Err(format!("trainer-var: {} has no variable {name:?}", sc.id));
            };
            let value = number(value, "value")?;
            if value > 100 {
                return Err(format!("trainer-var: {value} is not within 0–100"));
            }
            if ui.vars.len() != sc.var_names.len() {
                ui.vars = sc.var_start.clone();
            }
            ui.vars[i] = value as i32;
        }
        ("trainer-playtest", [] | [_]) => {
            let seed = args.first().map(|s| number(s, "seed")).transpose()?;
            let sc = selected(ui)?;
            if ui.node.is_none() {
                return Err("trainer-playtest: no node selected (trainer-node first)".into());
            }
            if ui.vars.len() != sc.var_names.len() {
                ui.vars = sc.var_start.clone();
            }
            if let Some(s) = seed {
                ui.fixed_seed = true;
                ui.seed = s;
            }
            actions.write(ui.playtest(seed).expect("scenario and node are set"));
        }
        ("trainer-walk", [runs, seed]) => {
            let runs = number(runs, "number of runs")?;
            let seed = number(seed, "seed")?;
            if !(1..=1_000_000).contains(&runs) {
                return Err(format!("trainer-walk: {runs} runs (1 to 1,000,000)"));
            }
            let sc = selected(ui)?;
            ui.walk_runs = runs;
            ui.walk_seed = seed;
            if !work.start_walk(&sc, runs, seed) {
                return Err("trainer-walk: a walk is already running (wait-idle first)".into());
            }
        }
        ("trainer-files", ["all"]) => ui.all_files = true,
        ("trainer-files", ["scenario"]) => ui.all_files = false,
        (verb, _) => {
            return Err(format!(
                "unknown or malformed trainer command {verb:?} {:?}",
                v.rest
            ));
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn draw(
    mut contexts: EguiContexts,
    rect: Res<CentralRect>,
    content: Res<Content>,
    prefs: Res<Prefs>,
    mut ui_state: ResMut<TrainerUi>,
    mut work: ResMut<TrainerWork>,
    mut actions: MessageWriter<CallAction>,
    mut next: ResMut<NextState<Screen>>,
    mut redraw: ResMut<Redraw>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let before = ui_state.clone();
    let mut st = before.clone();
    if st.scenario.is_none()
        && let Some(first) = content.cards.first()
    {
        st.select(&first.id.clone(), &content);
    }
    let lang = prefs.lang.as_str();
    let view = panels::View {
        content: &content,
        loc: &content.loc,
        lang,
        agent: prefs.trainee.trim(),
    };
    let mut root = root_ui(ctx, "trainer-root", rect.0);
    let width = rect.0.width();
    let mut sign_out = false;
    egui::Panel::left("trainer-scenarios")
        .resizable(true)
        .default_size((width * 0.15).clamp(180.0, 300.0))
        .size_range(160.0..=420.0)
        .show(&mut root, |ui| {
            sign_out = panels::scenario_list(ui, &view, &mut st);
        });
    egui::Panel::right("trainer-side")
        .resizable(true)
        .default_size((width * 0.32).clamp(360.0, 620.0))
        .size_range(300.0..=900.0)
        .show(&mut root, |ui| {
            panels::side(ui, &view, &mut st, &mut work, &mut actions);
        });
    egui::Panel::bottom("trainer-diagnostics")
        .resizable(true)
        .default_size((rect.0.height() * 0.2).clamp(100.0, 320.0))
        .size_range(70.0..=600.0)
        .show(&mut root, |ui| {
            panels::diagnostics(ui, &view, &mut st);
        });
    egui::CentralPanel::default_margins().show(&mut root, |ui| {
        graph_view::show(ui, &view, &mut st, &work);
    });
    if sign_out {
        NextState::set_if_neq(&mut next, Screen::SignIn);
        redraw.request();
    }
    if st != before {
        *ui_state = st;
        redraw.request();
    }
    Ok(())
}
