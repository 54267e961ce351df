//! The coordinator dashboard: every session record in the data folder, loaded as verified
//! digests in the background (`callcoach_core::cohort::table::load_digests`: a record the
//! verification cache vouches for is not parsed, any other is verified in full), shown as a trainee × scenario table (sortable, filterable), score
//! charts, the rules the cohort breaks most, how often each answer is picked (wrong ones
//! marked), corrupt and tampered records, and any session's transcript and debrief (its
//! record read, checked and replayed only when it is opened).
//!
//! The figures come from [`callcoach_core::cohort::dashboard`]; this module only loads, keeps
//! UI state and draws. `data.rs` does the background work (load, figures, export, the open
//! session's replay and debrief); `charts.rs` paints the figures; each tab has its own file
//! (`overview.rs`, `trainees.rs`, `rules.rs`, `answers.rs`, `problems.rs`), and `session.rs`
//! shows one session in full. With the `script` feature, `dashboard-…` verbs drive it
//! (`crate::script::dashboard`).

use std::sync::Arc;
use std::time::Duration;

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};
use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::Screen;
use crate::background::{Background, PerLanguage};
use crate::content::Content;
use crate::prefs::DataDir;
use crate::shell::{ShellSystems, central};
use crate::theme::BAD;
use crate::ui::{Navigate, ScreenCtx};
use callcoach_core::cohort::dashboard::{
    Column, DashboardFilter, DashboardView, NodeStat, WrongPick,
};
use callcoach_core::cohort::report::{Cohort, LoadedRecord, TraineeScenarioRow};
use callcoach_core::cohort::table::DigestCohort;
use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::content::model::Jurisdiction;
use callcoach_core::records::debrief::Debrief;
use callcoach_core::records::session::Session;

mod answers;
mod arrangements;
pub mod assignments;
mod charts;
mod data;
mod overview;
mod problems;
mod rules;
mod session;
pub mod source;
mod trainees;

/// The dashboard's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// Headline figures and charts.
    #[default]
    Overview,
    /// The trainee × scenario rows.
    Trainees,
    /// The rules broken most.
    Rules,
    /// How often each answer is picked.
    Answers,
    /// Corrupt, tampered and unverifiable records.
    Problems,
    /// The training programme: tracks, groups, assignments, the funnel, mastery.
    Assignments,
}

impl Tab {
    /// Every tab, in the tab bar's order.
    pub const ALL: [Tab; 6] = [
        Tab::Overview,
        Tab::Trainees,
        Tab::Rules,
        Tab::Answers,
        Tab::Problems,
        Tab::Assignments,
    ];

    /// The `app-dash-tab-<key>` message and the script's name for the tab.
    pub fn key(self) -> &'static str {
        match self {
            Tab::Overview => "overview",
            Tab::Trainees => "trainees",
            Tab::Rules => "rules",
            Tab::Answers => "answers",
            Tab::Problems => "problems",
            Tab::Assignments => "assignments",
        }
    }
}

/// What the coordinator has chosen: tab, filters, sorting, selection, the open session.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct DashboardUi {
    /// The tab shown.
    pub tab: Tab,
    /// Which sessions the figures cover.
    pub filter: DashboardFilter,
    /// The date fields as typed (applied to the filter when valid).
    pub from_text: String,
    pub to_text: String,
    /// The column the trainees list is sorted by.
    pub sort: Column,
    /// Largest first.
    pub descending: bool,
    /// The (trainee, scenario) row whose sessions are listed.
    pub selected: Option<(String, String)>,
    /// The scenario the "answers picked" tab shows.
    pub answers_scenario: Option<String>,
    /// The session open in full (an index into the cohort's items).
    pub open: Option<usize>,
    /// The trainees tab shows the grid (trainees down, scenarios across) instead of the list.
    pub grid: bool,
}

/// The loaded cohort and what is built from it.
#[derive(Resource, Default)]
pub struct DashboardData {
    /// Every record loaded and verified, as digests (none before the first load ends).
    pub cohort: Option<Arc<DigestCohort>>,
    /// The whole records, when the source gave them whole (an LRS): a session opens from
    /// them rather than from a file. In the items' order.
    held: Option<Arc<Cohort>>,
    /// The view for `view_filter`.
    pub view: Option<DashboardView>,
    view_filter: Option<DashboardFilter>,
    /// Rows sorted for the table, with the sort they were sorted by.
    pub(crate) rows: Vec<TraineeScenarioRow>,
    rows_sort: Option<(Column, bool)>,
    /// Most-picked wrong answers over all scenarios: (scenario, pick).
    wrong: Vec<(String, WrongPick)>,
    /// Option statistics of one scenario under the current filter.
    answers: Option<(String, Vec<NodeStat>)>,
    /// How long the last load took, and when it finished.
    pub load_time: Option<Duration>,
    /// The content generation the records were verified against.
    generation: Option<u64>,
    loading: Background<data::Loaded>,
    /// Why the last load from a [`source::RecordSource`] failed (its cohort is then empty).
    pub source_error: Option<String>,
    /// "Reload" was asked for.
    pub(crate) reload: bool,
    /// "Export CSV" was asked for.
    pub(crate) export: bool,
    session: Option<OpenSession>,
}

impl DashboardData {
    /// Whether the records are being loaded in the background.
    pub fn loading(&self) -> bool {
        self.loading.is_running()
    }
}

/// A session opened in full: its record read and checked again, the call replayed from it,
/// and its debrief.
struct OpenSession {
    index: usize,
    record: Result<LoadedRecord, String>,
    session: Result<Session, String>,
    debrief: PerLanguage<Debrief>,
}

/// The dashboard's background work, in order: load, figures, export, the open session.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct DashboardSystems;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DashboardUi>()
        .init_resource::<DashboardData>()
        .add_systems(
            OnEnter(Screen::Dashboard),
            |mut d: ResMut<DashboardData>| d.reload = true,
        )
        .add_systems(
            Update,
            (
                data::load,
                data::rebuild,
                data::export,
                data::prepare_session,
            )
                .chain()
                .in_set(DashboardSystems)
                .run_if(in_state(Screen::Dashboard)),
        )
        .add_systems(
            EguiPrimaryContextPass,
            draw.after(ShellSystems).run_if(in_state(Screen::Dashboard)),
        )
        .add_plugins(assignments::plugin);
}

/// What the tabs draw from: the language, the content, the cohort and the view shown.
pub(super) struct Page<'a> {
    /// The localiser.
    pub loc: &'a Localiser,
    /// The language shown.
    pub lang: &'a str,
    /// The checked library.
    pub content: &'a Content,
    /// Every record loaded, as digests.
    pub cohort: &'a DigestCohort,
    /// The figures for the current filter.
    pub view: &'a DashboardView,
}

/// What the title bar asks for.
#[derive(Default)]
struct TitleBarClicks {
    sign_out: bool,
    reload: bool,
    export: bool,
}

fn draw(
    mut screen: ScreenCtx,
    dir: Res<DataDir>,
    source: Option<Res<source::RecordSource>>,
    mut ui_state: ResMut<DashboardUi>,
    mut data: ResMut<DashboardData>,
    mut navigate: Navigate,
    mut programme: ResMut<assignments::ProgrammeTab>,
) -> Result {
    let ctx = screen.egui()?;
    let content = &screen.content;
    let coordinator = screen.prefs.trainee.clone();
    // Drawn every frame: only an edit or a save is a change.
    let programme = programme.bypass_change_detection();
    let loc = Arc::clone(&content.loc);
    let lang = screen.prefs.lang.clone();
    let lang = lang.as_str();
    // Work on a copy: writing through `ResMut` every frame would mark it changed.
    let mut st = ui_state.clone();
    let mut clicks = TitleBarClicks::default();
    central(&ctx, screen.rect.0, "dashboard", |ui| {
        clicks = title_bar(ui, &loc, lang, &data);
        if let Some(source) = &source {
            source::status(ui, &loc, lang, source, data.source_error.as_deref());
        }
        let (Some(cohort), Some(view)) = (data.cohort.clone(), data.view.as_ref()) else {
            return;
        };
        if data.source_error.is_some() {
            return;
        }
        if cohort.items.is_empty() && cohort.corrupt.is_empty() {
            ui.label(loc.ta(
                lang,
                "app-dash-empty",
                &[("path", s(dir.0.display().to_string()))],
            ));
            // A programme can be made before anyone has played.
            ui.separator();
            assignments::tab(ui, &loc, lang, content, &dir.0, &coordinator, programme);
            return;
        }
        let page = Page {
            loc: &loc,
            lang,
            content,
            cohort: &cohort,
            view,
        };
        if let Some(index) = st.open {
            session::session_page(ui, &page, index, data.session.as_ref(), &mut st);
            return;
        }
        filters(ui, &loc, lang, content, &mut st);
        ui.add_space(4.0);
        tab_bar(ui, &page, &mut st);
        ui.separator();
        match st.tab {
            Tab::Overview => overview::overview(ui, &page, &data.wrong),
            Tab::Trainees => trainees::trainees(ui, &page, &data.rows, &mut st),
            Tab::Rules => rules::rules(ui, &page, usize::MAX),
            Tab::Answers => answers::answers(ui, &page, data.answers.as_ref(), &mut st),
            Tab::Problems => problems::problem_list(ui, &page, &mut st),
            Tab::Assignments => {
                assignments::tab(ui, &loc, lang, content, &dir.0, &coordinator, programme)
            }
        }
    });
    if clicks.sign_out {
        navigate.to(Screen::SignIn);
    }
    if clicks.export {
        data.export = true;
        screen.redraw.request();
    }
    if clicks.reload {
        data.reload = true;
        screen.redraw.request();
    }
    if st != *ui_state {
        *ui_state = st;
        screen.redraw.request();
    }
    Ok(())
}

/// The title, "sign out", "reload", "export" and the load status.
fn title_bar(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    data: &DashboardData,
) -> TitleBarClicks {
    let mut clicks = TitleBarClicks::default();
    ui.horizontal(|ui| {
        ui.heading(loc.t(lang, "app-dash-title"));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            clicks.sign_out = ui.button(loc.t(lang, "app-sign-out")).clicked();
            clicks.reload = ui.button(loc.t(lang, "app-dash-reload")).clicked();
            clicks.export = data.view.is_some()
                && ui
                    .button(loc.t(lang, "app-dash-export"))
                    .on_hover_text(loc.t(lang, "app-dash-export-help"))
                    .clicked();
            if data.loading() {
                ui.spinner();
                ui.label(loc.t(lang, "app-dash-loading"));
            } else if let (Some(c), Some(t)) = (&data.cohort, data.load_time) {
                ui.small(
                    loc.ta(
                        lang,
                        "app-dash-loaded",
                        &[
                            ("sessions", n(c.items.len() as f64)),
                            ("shown", s(charts::count(loc, lang, c.items.len()))),
                            (
                                "seconds",
                                s(loc.number(
                                    lang,
                                    Decimal::from_f64_retain(t.as_secs_f64())
                                        .unwrap_or_default()
                                        .round_dp(2),
                                    2,
                                )),
                            ),
                        ],
                    ),
                );
            }
        });
    });
    clicks
}

/// One label per tab; "problems" red with its count when there are any.
fn tab_bar(ui: &mut egui::Ui, page: &Page, st: &mut DashboardUi) {
    let Page { loc, lang, .. } = *page;
    let summary = &page.view.summary;
    let problems = summary.tampered + summary.version_unavailable + page.cohort.corrupt.len();
    ui.horizontal_wrapped(|ui| {
        for t in Tab::ALL {
            let label = if t == Tab::Problems {
                loc.ta(
                    lang,
                    "app-dash-tab-problems",
                    &[("count", n(problems as f64))],
                )
            } else {
                loc.t(lang, &format!("app-dash-tab-{}", t.key()))
            };
            let text = if t == Tab::Problems && problems > 0 {
                egui::RichText::new(label).color(BAD)
            } else {
                egui::RichText::new(label)
            };
            if ui.selectable_label(st.tab == t, text.strong()).clicked() {
                st.tab = t;
            }
        }
    });
}

/// The search, scenario, jurisdiction, date and "flagged only" filters.
fn filters(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    content: &Content,
    st: &mut DashboardUi,
) {
    let all = loc.t(lang, "app-dash-all");
    ui.horizontal_wrapped(|ui| {
        let search = ui.label(loc.t(lang, "app-dash-search"));
        ui.add(
            egui::TextEdit::singleline(&mut st.filter.trainee)
                .hint_text(loc.t(lang, "app-dash-search-hint"))
                .desired_width(160.0),
        )
        .labelled_by(search.id);
        let scenario = ui.label(loc.t(lang, "app-dash-scenario"));
        let current = st
            .filter
            .report
            .scenario
            .as_deref()
            .map_or(all.clone(), |id| loc.scenario_title(lang, id));
        egui::ComboBox::from_id_salt("dash-scenario")
            .selected_text(current)
            .width(240.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut st.filter.report.scenario, None, all.clone());
                for id in content.playable.keys() {
                    ui.selectable_value(
                        &mut st.filter.report.scenario,
                        Some(id.clone()),
                        loc.scenario_title(lang, id),
                    );
                }
            })
            .response
            .labelled_by(scenario.id);
        let jurisdiction = ui.label(loc.t(lang, "app-dash-jurisdiction"));
        let jname = |j: Option<Jurisdiction>| {
            j.map_or(all.clone(), |j| {
                loc.t(lang, &format!("jurisdiction-{}", j.key()))
            })
        };
        egui::ComboBox::from_id_salt("dash-jurisdiction")
            .selected_text(jname(st.filter.report.jurisdiction))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut st.filter.report.jurisdiction, None, all.clone());
                for j in [
                    Jurisdiction::Us,
                    Jurisdiction::Uk,
                    Jurisdiction::Pl,
                    Jurisdiction::Eu,
                ] {
                    ui.selectable_value(
                        &mut st.filter.report.jurisdiction,
                        Some(j),
                        jname(Some(j)),
                    );
                }
            })
            .response
            .labelled_by(jurisdiction.id);
        let mut bad_date = false;
        for (label, text, target) in [
            (
                "app-dash-from",
                &mut st.from_text,
                &mut st.filter.report.from,
            ),
            ("app-dash-to", &mut st.to_text, &mut st.filter.report.to),
        ] {
            ui.label(loc.t(lang, label));
            let parsed = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
            let invalid = !text.trim().is_empty() && parsed.is_none();
            let mut edit = egui::TextEdit::singleline(text)
                .hint_text(loc.t(lang, "app-dash-date-hint"))
                .desired_width(112.0);
            if invalid {
                edit = edit.text_color(BAD);
            }
            ui.add(edit);
            bad_date |= invalid;
            if !invalid {
                *target = parsed;
            }
        }
        ui.checkbox(
            &mut st.filter.flagged_only,
            loc.t(lang, "app-dash-flagged-only"),
        );
        if bad_date {
            ui.colored_label(BAD, loc.t(lang, "app-dash-date-invalid"));
        }
    });
}
