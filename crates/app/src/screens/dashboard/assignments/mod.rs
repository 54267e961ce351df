//! The dashboard's "Assignments" tab: the training programme of the data folder
//! (`callcoach_core::programme`). Three views, one file each: `editor.rs` (create a track from
//! the library, a group, an assignment with a due date; the lists), `funnel.rs` (the funnel
//! per assignment and per trainee) and `mastery.rs` (trainee × rule, coloured cells, trend
//! arrows). This file keeps the tab's state, loads the programme when the dashboard opens,
//! saves edits through the core's merging save (a conflict with another coordinator's edit is
//! shown as the core settled it), and rebuilds the figures from the cohort the dashboard
//! loaded (only its verified records count).

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::egui;
use chrono::Utc;

use callcoach_core::cohort::table::DigestCohort;
use callcoach_core::content::l10n::Localiser;
use callcoach_core::drill::store::load_drills;
use callcoach_core::programme::file;
use callcoach_core::programme::mastery::{self, Mastery};
use callcoach_core::programme::merge::Conflict;
use callcoach_core::programme::model::Programme;
use callcoach_core::programme::progress::{self, AssignmentFunnel, Evidence, TraineeFunnel};

use super::super::Screen;
use super::DashboardData;
use crate::background::Background;
use crate::content::Content;
use crate::prefs::DataDir;
use crate::theme::{BAD, GOOD, WARN};

mod editor;
mod funnel;
mod mastery_view;

pub use editor::Forms;

/// The tab's views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Tracks, groups and assignments: create and list.
    #[default]
    Edit,
    /// The funnel per assignment and per trainee.
    Funnel,
    /// The mastery matrix.
    Mastery,
}

impl View {
    /// Every view, in the bar's order.
    pub const ALL: [View; 3] = [View::Edit, View::Funnel, View::Mastery];

    /// The `app-prog-view-<key>` message and the script's name for the view.
    pub fn key(self) -> &'static str {
        match self {
            View::Edit => "edit",
            View::Funnel => "funnel",
            View::Mastery => "mastery",
        }
    }
}

/// The figures built from the cohort and the programme.
#[derive(Debug, Clone, Default)]
pub struct Figures {
    pub funnels: Vec<AssignmentFunnel>,
    pub per_trainee: Vec<TraineeFunnel>,
    pub mastery: Mastery,
}

/// The tab's state: the programme as last loaded or saved (the next save's base), the forms,
/// the last save's outcome and the figures.
#[derive(Resource, Debug, Default)]
pub struct ProgrammeTab {
    /// The view shown.
    pub view: View,
    /// The programme as loaded or last saved.
    pub programme: Programme,
    /// Why the programme file could not be read (editing is off until it can).
    pub problem: Option<String>,
    /// The last save: `Ok(message)` or `Err(error)`.
    pub saved: Option<Result<String, String>>,
    /// What the last save's merge settled against another coordinator's edit.
    pub conflicts: Vec<Conflict>,
    /// The forms as typed.
    pub forms: Forms,
    /// Built from the cohort (none before it has loaded).
    pub figures: Option<Figures>,
    /// The cohort the figures were built from, and whether the programme changed since.
    built_from: Option<Arc<DigestCohort>>,
    stale: bool,
}

pub(in crate::screens) fn plugin(app: &mut App) {
    app.init_resource::<ProgrammeTab>()
        .init_resource::<FiguresWork>()
        .add_systems(OnEnter(Screen::Dashboard), load)
        .add_systems(
            Update,
            refresh
                .after(super::DashboardSystems)
                .run_if(in_state(Screen::Dashboard)),
        );
}

/// Reads the programme file.
pub fn load(dir: Res<DataDir>, mut tab: ResMut<ProgrammeTab>) {
    reload(&dir.0, &mut tab);
}

fn reload(data: &std::path::Path, tab: &mut ProgrammeTab) {
    match file::load(data) {
        Ok(l) => {
            tab.programme = l.programme;
            tab.problem = None;
        }
        Err(e) => tab.problem = Some(e.to_string()),
    }
    tab.stale = true;
}

/// The figures being built in the background, for the cohort they are built from (reading
/// the verified records again takes a while for a large cohort; the tab stays responsive).
#[derive(Resource, Default)]
struct FiguresWork(Background<Figures, Arc<DigestCohort>>);

/// Rebuilds the figures, off the main thread, when the cohort was (re)loaded or the programme
/// changed; takes them over once built.
fn refresh(
    data: Res<DashboardData>,
    dir: Res<DataDir>,
    content: Res<Content>,
    mut tab: ResMut<ProgrammeTab>,
    mut work: ResMut<FiguresWork>,
    mut redraw: ResMut<crate::redraw::Redraw>,
) {
    if let Some((from, figures)) = work.0.poll() {
        tab.figures = Some(figures);
        tab.built_from = Some(from);
        redraw.request();
    }
    let Some(cohort) = data.cohort.as_ref() else {
        return;
    };
    let built = |c: Option<&Arc<DigestCohort>>| c.is_some_and(|c| Arc::ptr_eq(c, cohort));
    if !tab.stale && (built(tab.built_from.as_ref()) || built(work.0.about())) {
        if work.0.is_running() {
            redraw.poll_soon();
        }
        return;
    }
    let cohort = Arc::clone(cohort);
    let data_dir = dir.0.clone();
    let scenarios = content.playable.clone();
    let cases = content.cases();
    let programme = tab.programme.clone();
    work.0.start(Arc::clone(&cohort), move || {
        // A drill that does not verify is left out here as everywhere (`drill list` names it).
        let drills = load_drills(&data_dir, &scenarios)
            .unwrap_or_default()
            .trusted;
        let evidence =
            Evidence::of_digests(&cohort, &data_dir, &scenarios, &cases, false).with_drills(drills);
        let funnels = progress::funnel(&programme, &evidence, Utc::now());
        let per_trainee = progress::per_trainee(&funnels);
        Figures {
            funnels,
            per_trainee,
            mastery: mastery::mastery(&evidence),
        }
    });
    tab.stale = false;
    redraw.poll_soon();
}

/// Saves `ours` (the programme edited from the tab's) through the core's merging save.
pub(super) fn save(data: &std::path::Path, tab: &mut ProgrammeTab, ours: Programme, done: String) {
    match file::save(data, &tab.programme, &ours) {
        Ok(saved) => {
            tab.programme = saved.programme;
            tab.conflicts = saved.conflicts;
            tab.saved = Some(Ok(done));
        }
        Err(e) => {
            tab.saved = Some(Err(e));
            tab.conflicts.clear();
        }
    }
    tab.stale = true;
}

/// Draws the tab: the view bar, the save outcome, then the view.
pub(super) fn tab(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    content: &Content,
    data: &std::path::Path,
    coordinator: &str,
    tab: &mut ProgrammeTab,
) {
    ui.horizontal_wrapped(|ui| {
        for v in View::ALL {
            let label = loc.t(lang, &format!("app-prog-view-{}", v.key()));
            if ui
                .selectable_label(tab.view == v, egui::RichText::new(label).strong())
                .clicked()
            {
                tab.view = v;
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(loc.t(lang, "app-prog-reload")).clicked() {
                reload(data, tab);
                tab.saved = None;
            }
        });
    });
    if let Some(problem) = &tab.problem {
        ui.colored_label(BAD, loc.t(lang, "app-prog-unreadable"));
        ui.monospace(problem);
        return;
    }
    match &tab.saved {
        Some(Ok(msg)) => {
            ui.colored_label(GOOD, msg);
        }
        Some(Err(e)) => {
            ui.colored_label(BAD, loc.t(lang, "app-prog-save-failed"));
            ui.monospace(e);
        }
        None => {}
    }
    for c in &tab.conflicts {
        ui.colored_label(WARN, conflict_text(loc, lang, c));
    }
    ui.separator();
    match tab.view {
        View::Edit => editor::editor(ui, loc, lang, content, data, coordinator, tab),
        View::Funnel => match &tab.figures {
            Some(f) => funnel::funnel(ui, loc, lang, &tab.programme, f),
            None => {
                ui.label(loc.t(lang, "app-dash-loading"));
            }
        },
        View::Mastery => match &tab.figures {
            Some(f) => mastery_view::matrix(ui, loc, lang, &f.mastery),
            None => {
                ui.label(loc.t(lang, "app-dash-loading"));
            }
        },
    }
}

/// A settled conflict in words.
fn conflict_text(loc: &Localiser, lang: &str, c: &Conflict) -> String {
    use callcoach_core::content::l10n::s;
    use callcoach_core::programme::merge::{Kind, Settled};
    let kind = match c.kind {
        Kind::Track => "track",
        Kind::Group => "group",
        Kind::Assignment => "assignment",
    };
    let settled = match c.settled {
        Settled::OursOverTheirs => "ours",
        Settled::KeptTheirEdit => "kept-theirs",
        Settled::KeptOurEdit => "kept-ours",
    };
    loc.ta(
        lang,
        &format!("app-prog-conflict-{settled}"),
        &[
            ("kind", s(loc.t(lang, &format!("app-prog-kind-{kind}")))),
            ("id", s(c.id.clone())),
        ],
    )
}
