//! The trainer view's background work: the selected scenario's graph layout and
//! reachability (once per version), walks on request, their results per scenario; and the
//! item analysis of the data folder's records (once per visit, and again on request).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use bevy::prelude::*;

use super::TrainerUi;
use crate::Screen;
use crate::background::Background;
use crate::content::Content;
use crate::prefs::DataDir;
use crate::redraw::Redraw;
use callcoach_core::cohort::items::{self, ItemAnalysis};
use callcoach_core::cohort::report::{self, LoadedRecord};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::engine::graph::Layout;
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::engine::walk::WalkSummary;

/// Which nodes some state reaches, from [`callcoach_core::engine::search::explore`].
#[derive(Debug, Clone)]
pub struct Reach {
    /// Per node: whether some state reaches it.
    pub reached: Vec<bool>,
    /// The state budget ran out: nodes shown unreachable may be reachable.
    pub truncated: bool,
    /// How many states the search visited.
    pub states: usize,
    /// How long the search took.
    pub millis: u128,
}

/// A walk's result.
#[derive(Debug, Clone)]
pub struct WalkDone {
    /// The version walked.
    pub sc: Arc<CompiledScenario>,
    /// What the walk found.
    pub report: WalkSummary,
    /// How long the walk took.
    pub millis: u128,
}

/// A walk in progress.
pub struct WalkJob {
    /// The scenario walked.
    pub scenario: String,
    /// How many runs it makes.
    pub runs: u64,
    /// How many runs are done (the walk counts them up as it goes).
    pub done: Arc<AtomicU64>,
    sc: Arc<CompiledScenario>,
    started: Instant,
}

/// The item analysis of every trusted record in the data folder, and how long reading and
/// analysing them took.
#[derive(Debug)]
pub struct ItemsDone {
    pub analysis: ItemAnalysis,
    pub millis: u128,
}

/// A result computed for one version of a scenario.
struct Cached<T> {
    sc: Arc<CompiledScenario>,
    value: Arc<T>,
}

/// What a layout or reachability job was started for.
struct JobFor {
    id: String,
    sc: Arc<CompiledScenario>,
    started: Instant,
}

impl JobFor {
    fn new(sc: &Arc<CompiledScenario>) -> JobFor {
        JobFor {
            id: sc.id.clone(),
            sc: Arc::clone(sc),
            started: Instant::now(),
        }
    }
}

/// The trainer view's background work and its results, per scenario.
#[derive(Resource, Default)]
pub struct TrainerWork {
    layouts: BTreeMap<String, Cached<Layout>>,
    reach: BTreeMap<String, Cached<Reach>>,
    walks: BTreeMap<String, Arc<WalkDone>>,
    layout_job: Background<Layout, JobFor>,
    reach_job: Background<Reach, JobFor>,
    walk_job: Background<WalkSummary, WalkJob>,
    items: Option<Arc<ItemsDone>>,
    items_job: Background<ItemsDone, Instant>,
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
            .about()
            .is_some_and(|j| Arc::ptr_eq(&j.sc, sc))
            || self.reach(sc).is_none()
    }

    /// The last walk of a scenario (of any version).
    pub fn walk(&self, id: &str) -> Option<Arc<WalkDone>> {
        self.walks.get(id).cloned()
    }

    /// The walk running, if any.
    pub fn walk_job(&self) -> Option<&WalkJob> {
        self.walk_job.about()
    }

    /// The item analysis, once the records have been read.
    pub fn items(&self) -> Option<Arc<ItemsDone>> {
        self.items.clone()
    }

    /// Reads the records and analyses them again (on the next frame on the trainer screen).
    pub fn reread_items(&mut self) {
        if !self.items_job.is_running() {
            self.items = None;
        }
    }

    /// Anything running?
    pub fn busy(&self) -> bool {
        self.layout_job.is_running()
            || self.reach_job.is_running()
            || self.walk_job.is_running()
            || self.items_job.is_running()
    }

    /// Starts the item analysis of the data folder's records, unless known or running.
    fn analyse_items(&mut self, data: &std::path::Path, content: &Content) {
        if self.items.is_some() || self.items_job.is_running() {
            return;
        }
        let data = data.to_path_buf();
        let scenarios = content.playable.clone();
        let cases: Vec<_> = content
            .library
            .cases
            .iter()
            .map(|c| c.value.clone())
            .collect();
        self.items_job.start(Instant::now(), move || {
            let cohort = report::load_cohort(&data, &scenarios, &cases);
            let all: Vec<&LoadedRecord> = cohort.records.iter().collect();
            ItemsDone {
                analysis: items::analyse(&scenarios, &all, None),
                millis: 0,
            }
        });
    }

    /// Starts a walk of a scenario (unless one is running).
    pub fn start_walk(&mut self, sc: &Arc<CompiledScenario>, runs: u64, seed: u64) -> bool {
        if self.walk_job.is_running() {
            return false;
        }
        let done = Arc::new(AtomicU64::new(0));
        let counter = Arc::clone(&done);
        let walked = Arc::clone(sc);
        let job = WalkJob {
            scenario: sc.id.clone(),
            runs,
            done,
            sc: Arc::clone(sc),
            started: Instant::now(),
        };
        self.walk_job.start(job, move || {
            callcoach_core::engine::walk::walk(&walked, runs, seed, |n| {
                counter.store(n, Ordering::Relaxed)
            })
        });
        true
    }

    /// Takes the results of finished jobs; whether any arrived.
    fn collect(&mut self) -> bool {
        let mut arrived = false;
        if let Some((job, layout)) = self.layout_job.poll() {
            debug!("layout of {} in {:?}", job.id, job.started.elapsed());
            self.layouts.insert(
                job.id,
                Cached {
                    sc: job.sc,
                    value: Arc::new(layout),
                },
            );
            arrived = true;
        }
        if let Some((job, mut reach)) = self.reach_job.poll() {
            reach.millis = job.started.elapsed().as_millis();
            info!(
                "explored {}: {} states in {} ms",
                job.id, reach.states, reach.millis
            );
            self.reach.insert(
                job.id,
                Cached {
                    sc: job.sc,
                    value: Arc::new(reach),
                },
            );
            arrived = true;
        }
        if let Some((job, report)) = self.walk_job.poll() {
            let millis = job.started.elapsed().as_millis();
            info!("walked {} ({} runs) in {millis} ms", job.scenario, job.runs);
            let done = WalkDone {
                sc: job.sc,
                report,
                millis,
            };
            self.walks.insert(job.scenario, Arc::new(done));
            arrived = true;
        }
        if let Some((started, mut done)) = self.items_job.poll() {
            done.millis = started.elapsed().as_millis();
            info!(
                "item analysis: {} record(s), {} node(s), {} miskey(s) in {} ms",
                done.analysis.records,
                done.analysis.nodes.len(),
                done.analysis.miskeys().len(),
                done.millis
            );
            self.items = Some(Arc::new(done));
            arrived = true;
        }
        arrived
    }

    /// Starts the layout and the reachability search of a version, unless known or running.
    fn prepare(&mut self, sc: &Arc<CompiledScenario>) {
        if self.layout(sc).is_none() && !self.layout_job.is_running() {
            let s = Arc::clone(sc);
            self.layout_job.start(JobFor::new(sc), move || {
                callcoach_core::engine::graph::layout(&s)
            });
        }
        if self.reach(sc).is_none() && !self.reach_job.is_running() {
            let s = Arc::clone(sc);
            self.reach_job.start(JobFor::new(sc), move || {
                let e = callcoach_core::engine::search::explore(&s, DEFAULT_BUDGET);
                Reach {
                    reached: e.reached,
                    truncated: e.truncated,
                    states: e.states,
                    millis: 0,
                }
            });
        }
    }
}

fn fresh<T>(map: &BTreeMap<String, Cached<T>>, sc: &Arc<CompiledScenario>) -> Option<Arc<T>> {
    map.get(&sc.id)
        .filter(|c| Arc::ptr_eq(&c.sc, sc))
        .map(|c| Arc::clone(&c.value))
}

/// Starts and polls the background work the trainer view needs.
pub(super) fn work(
    state: Res<State<Screen>>,
    content: Res<Content>,
    dir: Res<DataDir>,
    mut ui: ResMut<TrainerUi>,
    mut work: ResMut<TrainerWork>,
    mut redraw: ResMut<Redraw>,
) {
    if work.collect() {
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
        work.prepare(&sc);
    }
    if on_screen && content.checked {
        work.analyse_items(&dir.0, &content);
    }
    if work.busy() {
        redraw.poll_soon();
    }
}
