//! The trainer view: the checker's diagnostics live as files change, the call graph drawn
//! (unreachable nodes and critical-rule choices marked), a playtest from any node with chosen
//! state values, and a random walk's report on a button.
//!
//! The selection lives in [`TrainerUi`] (scripts drive it with `trainer-…` verbs); the graph
//! layout, the reachability search and walks run in the background ([`TrainerWork`], in
//! `work.rs`).
//!
//! Files: `panels.rs` (scenario list, diagnostics, balance, the side panel), `inspector.rs`
//! (the selected node and its playtest), `walk.rs` (the walk and its report),
//! `graph_view.rs` (the graph), `items.rs` (item analysis on the graph and in the inspector). With the `script` feature, `trainer-…` verbs drive it
//! (`crate::script::trainer`).

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use super::Screen;
use crate::active_call::{CallAction, CallSystems};
use crate::content::Content;
use crate::shell::{ShellSystems, root_ui};
use crate::ui::{Navigate, ScreenCtx};
use callcoach_core::compile::CompiledScenario;

mod deal;
mod graph_view;
mod inspector;
mod items;
mod panels;
mod walk;
mod work;

pub use work::{ItemsDone, Reach, TrainerWork, WalkDone, WalkJob};

/// The name the script's busy list gives this screen while it works in the background.
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
    /// Playtest with [`TrainerUi::seed`] (else with a seed from the clock).
    pub fixed_seed: bool,
    /// The playtest's seed when fixed.
    pub seed: u64,
    /// Diagnostics of every file, not only the scenario's.
    pub all_files: bool,
    /// How many runs a walk makes.
    pub walk_runs: u64,
    /// The walk's seed.
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

/// The trainer view's background work (see [`TrainerWork`]).
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct TrainerSystems;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TrainerUi>()
        .init_resource::<TrainerWork>()
        .add_systems(Update, work::work.after(CallSystems).in_set(TrainerSystems))
        .add_systems(
            EguiPrimaryContextPass,
            draw.after(ShellSystems).run_if(in_state(Screen::Trainer)),
        );
}

/// The scenario list, the side panel (node, playtest, walk), the diagnostics and the graph.
fn draw(
    mut screen: ScreenCtx,
    mut ui_state: ResMut<TrainerUi>,
    mut work: ResMut<TrainerWork>,
    mut actions: MessageWriter<CallAction>,
    mut navigate: Navigate,
) -> Result {
    let ctx = screen.egui()?;
    let (content, prefs, rect) = (&screen.content, &screen.prefs, *screen.rect);
    let before = ui_state.clone();
    let mut st = before.clone();
    if st.scenario.is_none()
        && let Some(first) = content.cards.first()
    {
        st.select(&first.id.clone(), content);
    }
    let lang = prefs.lang.as_str();
    let items = work.items();
    let view = panels::View {
        content,
        loc: &content.loc,
        lang,
        agent: prefs.trainee.trim(),
        items: items.as_deref(),
    };
    let mut root = root_ui(&ctx, "trainer-root", rect.0);
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
    let mut reread = false;
    egui::CentralPanel::default_margins().show(&mut root, |ui| {
        reread = graph_view::show(ui, &view, &mut st, &work);
    });
    if reread {
        work.reread_items();
        screen.redraw.request();
    }
    if sign_out {
        navigate.to(Screen::SignIn);
        screen.redraw.request();
    }
    if st != before {
        *ui_state = st;
        screen.redraw.request();
    }
    Ok(())
}
