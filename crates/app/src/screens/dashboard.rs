//! The coordinator dashboard: every session record in the data folder, loaded and re-scored
//! in the background, shown as a trainee × scenario table (sortable, filterable), score
//! charts, the rules the cohort breaks most, how often each answer is picked (wrong ones
//! marked), corrupt and tampered records, and any session's transcript and debrief.
//!
//! The figures come from [`callcoach_core::cohort::dashboard`]; this module only loads, keeps UI state and draws.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::tasks::{AsyncComputeTaskPool, Task, block_on, poll_once};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::Screen;
use super::debrief::{rule_card, scores_block};
use crate::content::Content;
use crate::prefs::{DataDir, Prefs};
use crate::redraw::Redraw;
use crate::script::{Busy, ScriptVerb};
use crate::shell::{BAD, CentralRect, GOOD, ShellSystems, WARN, central};
use callcoach_core::cohort::dashboard::{
    self, Column, DashboardFilter, DashboardView, Histogram, NodeStat, TrendPoint, WrongPick,
};
use callcoach_core::cohort::report::{Cohort, LoadedRecord, TraineeScenarioRow};
use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::content::model::Jurisdiction;
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::records::call_text::{CallText, Speaker};
use callcoach_core::records::debrief::Debrief;
use callcoach_core::records::session::Session;
use callcoach_core::records::verify::Verification;

/// The dashboard's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Overview,
    Trainees,
    Rules,
    Answers,
    Problems,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Overview,
        Tab::Trainees,
        Tab::Rules,
        Tab::Answers,
        Tab::Problems,
    ];

    /// The `app-dash-tab-<key>` message and the script's name for the tab.
    pub fn key(self) -> &'static str {
        match self {
            Tab::Overview => "overview",
            Tab::Trainees => "trainees",
            Tab::Rules => "rules",
            Tab::Answers => "answers",
            Tab::Problems => "problems",
        }
    }
}

/// What the coordinator has chosen: tab, filters, sorting, selection, the open session.
#[derive(Resource, Debug, Default, Clone, PartialEq)]
pub struct DashboardUi {
    pub tab: Tab,
    pub filter: DashboardFilter,
    /// The date fields as typed (applied to the filter when valid).
    pub from_text: String,
    pub to_text: String,
    pub sort: Column,
    pub descending: bool,
    /// The (trainee, scenario) row whose sessions are listed.
    pub selected: Option<(String, String)>,
    /// The scenario the "answers picked" tab shows.
    pub answers_scenario: Option<String>,
    /// The session open in full (an index into the cohort's records).
    pub open: Option<usize>,
    /// The trainees tab shows the grid (trainees down, scenarios across) instead of the list.
    pub grid: bool,
}

/// The loaded cohort and what is built from it.
#[derive(Resource, Default)]
pub struct DashboardData {
    pub cohort: Option<Arc<Cohort>>,
    /// The view for `view_filter`.
    pub view: Option<DashboardView>,
    view_filter: Option<DashboardFilter>,
    /// Rows sorted for the table, with the sort they were sorted by.
    rows: Vec<TraineeScenarioRow>,
    rows_sort: Option<(Column, bool)>,
    /// Most-picked wrong answers over all scenarios: (scenario, pick).
    wrong: Vec<(String, WrongPick)>,
    /// Option statistics of one scenario under the current filter.
    answers: Option<(String, Vec<NodeStat>)>,
    /// How long the last load took, and when it finished.
    pub load_time: Option<Duration>,
    /// The content generation the records were verified against.
    generation: Option<u64>,
    task: Option<Task<(Cohort, Duration)>>,
    reload: bool,
    /// "Export CSV" was asked for.
    export: bool,
    session: Option<OpenSession>,
}

/// A session opened in full: the call replayed from its record, and its debrief.
struct OpenSession {
    index: usize,
    session: Result<Session, String>,
    debrief: Option<(String, Arc<Debrief>)>,
    task: Option<(String, Task<Debrief>)>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DashboardUi>()
        .init_resource::<DashboardData>()
        .add_systems(
            OnEnter(Screen::Dashboard),
            |mut d: ResMut<DashboardData>| d.reload = true,
        )
        .add_systems(
            Update,
            (script_verbs, load, rebuild, export, prepare_session)
                .chain()
                .run_if(in_state(Screen::Dashboard)),
        )
        .add_systems(
            EguiPrimaryContextPass,
            draw.after(ShellSystems).run_if(in_state(Screen::Dashboard)),
        );
}

/// Loads and verifies the records in the background (on entering, on "reload", and when the
/// scenarios change, since verification depends on them).
fn load(
    mut data: ResMut<DashboardData>,
    content: Res<Content>,
    dir: Res<DataDir>,
    mut busy: ResMut<Busy>,
    mut redraw: ResMut<Redraw>,
) {
    if let Some(task) = data.task.as_mut() {
        redraw.poll_soon();
        if let Some((cohort, took)) = block_on(poll_once(task)) {
            eprintln!(
                "callcoach: dashboard loaded {} record(s) ({} corrupt) in {} ms",
                cohort.records.len(),
                cohort.corrupt.len(),
                took.as_millis()
            );
            data.cohort = Some(Arc::new(cohort));
            data.load_time = Some(took);
            data.task = None;
            data.view = None;
            data.view_filter = None;
            data.answers = None;
            data.session = None;
            busy.0.remove("dashboard");
            redraw.request();
        }
        return;
    }
    if !content.checked {
        return;
    }
    let stale = data.generation != Some(content.generation);
    if !(data.reload || stale) {
        return;
    }
    data.reload = false;
    data.generation = Some(content.generation);
    let scenarios = content.playable.clone();
    let dir = dir.0.clone();
    data.task = Some(AsyncComputeTaskPool::get().spawn(async move {
        let started = Instant::now();
        let cohort = callcoach_core::cohort::report::load_cohort(&dir, &scenarios);
        (cohort, started.elapsed())
    }));
    busy.0.insert("dashboard");
    redraw.poll_soon();
}

/// Rebuilds the figures when the filter or sorting changes.
fn rebuild(ui: Res<DashboardUi>, mut data: ResMut<DashboardData>, content: Res<Content>) {
    let Some(cohort) = data.cohort.clone() else {
        return;
    };
    if data.view_filter.as_ref() != Some(&ui.filter) {
        let started = Instant::now();
        let view = dashboard::build(&cohort, &ui.filter, &content.playable);
        let mut wrong = Vec::new();
        let mut by_scenario: std::collections::BTreeMap<&str, Vec<&LoadedRecord>> =
            Default::default();
        for &i in &view.sessions {
            let r = &cohort.records[i];
            by_scenario
                .entry(&r.record.meta.scenario)
                .or_default()
                .push(r);
        }
        for (id, sc) in &content.playable {
            let Some(records) = by_scenario.get(id.as_str()) else {
                continue;
            };
            let stats = dashboard::option_stats(sc, records.iter().copied());
            wrong.extend(
                dashboard::most_picked_wrong(&stats, 5)
                    .into_iter()
                    .map(|w| (id.clone(), w)),
            );
        }
        wrong.sort_by(|a, b| b.1.picks.cmp(&a.1.picks).then_with(|| a.0.cmp(&b.0)));
        wrong.truncate(6);
        data.wrong = wrong;
        data.rows = view.summary.rows.clone();
        data.rows_sort = None;
        if data.view.is_none() {
            eprintln!(
                "callcoach: dashboard figures built in {} ms",
                started.elapsed().as_millis()
            );
        }
        data.view = Some(view);
        data.view_filter = Some(ui.filter.clone());
        data.answers = None;
    }
    if data.rows_sort != Some((ui.sort, ui.descending)) {
        dashboard::sort_rows(&mut data.rows, ui.sort, ui.descending);
        data.rows_sort = Some((ui.sort, ui.descending));
    }
    let wanted = ui
        .answers_scenario
        .clone()
        .or_else(|| ui.filter.report.scenario.clone());
    if ui.tab == Tab::Answers
        && let Some(id) = wanted
        && data.answers.as_ref().is_none_or(|(s, _)| *s != id)
        && let (Some(sc), Some(view)) = (content.playable.get(&id), data.view.as_ref())
    {
        let stats = dashboard::option_stats(sc, view.sessions.iter().map(|&i| &cohort.records[i]));
        data.answers = Some((id, stats));
    }
}

/// Writes the sessions shown to a CSV file in the data folder and says where.
fn export(
    mut data: ResMut<DashboardData>,
    dir: Res<DataDir>,
    content: Res<Content>,
    prefs: Res<Prefs>,
    mut notice: ResMut<crate::active_call::Notice>,
) {
    if !data.export {
        return;
    }
    data.export = false;
    let (Some(cohort), Some(view)) = (data.cohort.as_ref(), data.view.as_ref()) else {
        return;
    };
    let lang = prefs.lang.as_str();
    let loc = &content.loc;
    notice.0 = Some(
        match dashboard::export_csv(cohort, view, &dir.0, chrono::Utc::now()) {
            Ok(path) => {
                eprintln!("callcoach: exported {}", path.display());
                loc.ta(
                    lang,
                    "app-dash-exported",
                    &[
                        ("count", n(view.sessions.len() as f64)),
                        ("path", s(path.display().to_string())),
                    ],
                )
            }
            Err(e) => loc.ta(
                lang,
                "app-dash-export-failed",
                &[(
                    "error",
                    s(format!("{}: {e}", dir.0.join("exports").display())),
                )],
            ),
        },
    );
}

/// Replays the open session and computes its debrief (in the background) in the current
/// language.
fn prepare_session(
    ui: Res<DashboardUi>,
    mut data: ResMut<DashboardData>,
    content: Res<Content>,
    prefs: Res<Prefs>,
    mut redraw: ResMut<Redraw>,
) {
    let Some(index) = ui.open else {
        data.session = None;
        return;
    };
    let Some(cohort) = data.cohort.clone() else {
        return;
    };
    let Some(rec) = cohort.records.get(index) else {
        return;
    };
    if data.session.as_ref().is_none_or(|o| o.index != index) {
        let session = match (
            &rec.verification,
            content.playable.get(&rec.record.meta.scenario),
        ) {
            (Verification::VersionUnavailable, _) | (_, None) => Err(String::new()),
            (_, Some(sc)) => {
                Session::from_record(Arc::clone(sc), &rec.record).map_err(|e| e.to_string())
            }
        };
        data.session = Some(OpenSession {
            index,
            session,
            debrief: None,
            task: None,
        });
        redraw.request();
    }
    let Some(open) = data.session.as_mut() else {
        return;
    };
    let Ok(session) = &open.session else {
        return;
    };
    if let Some((lang, task)) = open.task.as_mut() {
        redraw.poll_soon();
        if let Some(d) = block_on(poll_once(task)) {
            open.debrief = Some((lang.clone(), Arc::new(d)));
            open.task = None;
            redraw.request();
        }
        return;
    }
    if open.debrief.as_ref().is_some_and(|(l, _)| *l == prefs.lang) {
        return;
    }
    let loc = Arc::clone(&content.loc);
    let call = session.call.clone();
    let wrap_up = rec.record.wrap_up.clone();
    let agent = rec.record.meta.trainee.clone();
    let lang = prefs.lang.clone();
    let l = lang.clone();
    open.task = Some((
        lang,
        AsyncComputeTaskPool::get().spawn(async move {
            let sc = Arc::clone(call.scenario());
            let text = CallText::new(&loc, &l, &sc, &agent);
            // The replayed call's own scores: a tampered record's stored ones may differ.
            let scores = callcoach_core::engine::scoring::score_call(&call, wrap_up.as_ref());
            callcoach_core::records::debrief::debrief(&text, &call, &scores, DEFAULT_BUDGET)
        }),
    ));
    redraw.poll_soon();
}

/// Script verbs: `dashboard-tab TAB`, `dashboard-trainee TEXT`, `dashboard-scenario ID|all`,
/// `dashboard-sort COLUMN asc|desc`, `dashboard-grid on|off`, `dashboard-select-first` (the first table row),
/// `dashboard-open-first` (the selected row's newest session), `dashboard-open-flagged`
/// (the first tampered session), `dashboard-close`, `dashboard-reload`, `dashboard-export`.
fn script_verbs(
    mut verbs: MessageReader<ScriptVerb>,
    mut ui: ResMut<DashboardUi>,
    mut data: ResMut<DashboardData>,
    mut exit: MessageWriter<AppExit>,
) {
    for v in verbs.read() {
        let mut fail = |msg: String| {
            eprintln!("script line {}: {msg}", v.line);
            exit.write(AppExit::error());
        };
        match v.verb.as_str() {
            "dashboard-tab" => match Tab::ALL.into_iter().find(|t| t.key() == v.rest) {
                Some(t) => ui.tab = t,
                None => fail(format!("unknown tab {:?}", v.rest)),
            },
            "dashboard-trainee" => ui.filter.trainee = v.rest.clone(),
            "dashboard-scenario" => {
                ui.filter.report.scenario = (v.rest != "all").then(|| v.rest.clone());
                ui.answers_scenario = ui.filter.report.scenario.clone();
            }
            "dashboard-sort" => {
                let mut parts = v.rest.split_whitespace();
                let col = parts.next().unwrap_or_default();
                match Column::ALL.into_iter().find(|c| c.key() == col) {
                    Some(c) => {
                        ui.sort = c;
                        ui.descending = parts.next() == Some("desc");
                    }
                    None => fail(format!("unknown column {col:?}")),
                }
            }
            "dashboard-select-first" => match data.rows.first() {
                Some(p) => ui.selected = Some((p.trainee.clone(), p.scenario.clone())),
                None => fail("the table is empty".into()),
            },
            "dashboard-open-first" => {
                let found =
                    data.cohort
                        .as_ref()
                        .zip(ui.selected.as_ref())
                        .and_then(|(c, (t, sc))| {
                            c.records.iter().rposition(|r| {
                                r.record.meta.trainee == *t && r.record.meta.scenario == *sc
                            })
                        });
                match found {
                    Some(i) => ui.open = Some(i),
                    None => fail("no selected row with sessions".into()),
                }
            }
            "dashboard-open-flagged" => {
                let found = data.cohort.as_ref().and_then(|c| {
                    c.records
                        .iter()
                        .position(|r| matches!(r.verification, Verification::Tampered(_)))
                });
                match found {
                    Some(i) => ui.open = Some(i),
                    None => fail("no tampered session".into()),
                }
            }
            "dashboard-close" => ui.open = None,
            "dashboard-grid" => ui.grid = v.rest != "off",
            "dashboard-reload" => data.reload = true,
            "dashboard-export" => data.export = true,
            other => fail(format!("unknown command {other:?}")),
        }
    }
}

/// A count formatted the language's way (grouped digits).
fn count(loc: &Localiser, lang: &str, v: usize) -> String {
    loc.number(lang, Decimal::from(v as u64), 0)
}

/// A 0–1 share as a whole percentage, formatted the language's way.
fn pct(loc: &Localiser, lang: &str, share: f64) -> String {
    loc.number(
        lang,
        Decimal::from_f64_retain((share * 100.0).round()).unwrap_or_default(),
        0,
    )
}

#[allow(clippy::too_many_arguments)]
fn draw(
    mut contexts: EguiContexts,
    rect: Res<CentralRect>,
    content: Res<Content>,
    prefs: Res<Prefs>,
    dir: Res<DataDir>,
    mut ui_state: ResMut<DashboardUi>,
    mut data: ResMut<DashboardData>,
    mut next: ResMut<NextState<Screen>>,
    mut redraw: ResMut<Redraw>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let loc = Arc::clone(&content.loc);
    let lang = prefs.lang.clone();
    let lang = lang.as_str();
    // Work on a copy: writing through `ResMut` every frame would mark it changed.
    let mut st = ui_state.clone();
    let mut reload = false;
    let mut export = false;
    central(ctx, rect.0, "dashboard", |ui| {
        ui.horizontal(|ui| {
            ui.heading(loc.t(lang, "app-dash-title"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(loc.t(lang, "app-sign-out")).clicked() {
                    NextState::set_if_neq(&mut next, Screen::SignIn);
                }
                if ui.button(loc.t(lang, "app-dash-reload")).clicked() {
                    reload = true;
                }
                if data.view.is_some()
                    && ui
                        .button(loc.t(lang, "app-dash-export"))
                        .on_hover_text(loc.t(lang, "app-dash-export-help"))
                        .clicked()
                {
                    export = true;
                }
                if data.task.is_some() {
                    ui.spinner();
                    ui.label(loc.t(lang, "app-dash-loading"));
                } else if let (Some(c), Some(t)) = (&data.cohort, data.load_time) {
                    ui.small(
                        loc.ta(
                            lang,
                            "app-dash-loaded",
                            &[
                                ("sessions", n(c.records.len() as f64)),
                                ("shown", s(count(&loc, lang, c.records.len()))),
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
        let (Some(cohort), Some(view)) = (data.cohort.clone(), data.view.as_ref()) else {
            return;
        };
        if cohort.records.is_empty() && cohort.corrupt.is_empty() {
            ui.label(loc.ta(
                lang,
                "app-dash-empty",
                &[("path", s(dir.0.display().to_string()))],
            ));
            return;
        }
        if let Some(index) = st.open {
            session_page(
                ui,
                &loc,
                lang,
                &cohort,
                index,
                data.session.as_ref(),
                &mut st,
            );
            return;
        }
        filters(ui, &loc, lang, &content, &mut st);
        ui.add_space(4.0);
        let problems =
            view.summary.tampered + view.summary.version_unavailable + cohort.corrupt.len();
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
        ui.separator();
        match st.tab {
            Tab::Overview => overview(ui, &loc, lang, &cohort, view, &data.wrong, &content),
            Tab::Trainees => trainees(ui, &loc, lang, &cohort, view, &data.rows, &mut st),
            Tab::Rules => rules(ui, &loc, lang, view, &content, usize::MAX),
            Tab::Answers => answers(ui, &loc, lang, &content, data.answers.as_ref(), &mut st),
            Tab::Problems => problem_list(ui, &loc, lang, &cohort, view, &mut st),
        }
    });
    if export {
        data.export = true;
        redraw.request();
    }
    if reload {
        data.reload = true;
        redraw.request();
    }
    if st != *ui_state {
        *ui_state = st;
        redraw.request();
    }
    Ok(())
}

fn filters(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    content: &Content,
    st: &mut DashboardUi,
) {
    let all = loc.t(lang, "app-dash-all");
    ui.horizontal_wrapped(|ui| {
        ui.label(loc.t(lang, "app-dash-search"));
        ui.add(
            egui::TextEdit::singleline(&mut st.filter.trainee)
                .hint_text(loc.t(lang, "app-dash-search-hint"))
                .desired_width(160.0),
        );
        ui.label(loc.t(lang, "app-dash-scenario"));
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
            });
        ui.label(loc.t(lang, "app-dash-jurisdiction"));
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
            });
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

fn stat(ui: &mut egui::Ui, label: String, value: String, color: Option<egui::Color32>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_min_width(120.0);
        ui.vertical(|ui| {
            ui.small(label);
            let t = egui::RichText::new(value).heading().strong();
            ui.label(match color {
                Some(c) => t.color(c),
                None => t,
            });
        });
    });
}

#[allow(clippy::too_many_arguments)]
fn overview(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    cohort: &Cohort,
    view: &DashboardView,
    wrong: &[(String, WrongPick)],
    content: &Content,
) {
    let sm = &view.summary;
    let trusted = sm.sessions - sm.tampered;
    ui.horizontal_wrapped(|ui| {
        stat(
            ui,
            loc.t(lang, "app-dash-stat-sessions"),
            count(loc, lang, sm.sessions),
            None,
        );
        stat(
            ui,
            loc.t(lang, "app-dash-stat-trainees"),
            count(loc, lang, sm.trainees),
            None,
        );
        let rate = if trusted == 0 {
            0.0
        } else {
            sm.passed as f64 / trusted as f64
        };
        stat(
            ui,
            loc.t(lang, "app-dash-stat-pass-rate"),
            format!("{} %", pct(loc, lang, rate)),
            None,
        );
        let flag = |v: usize| (v > 0).then_some(BAD);
        stat(
            ui,
            loc.t(lang, "app-dash-stat-tampered"),
            count(loc, lang, sm.tampered),
            flag(sm.tampered),
        );
        stat(
            ui,
            loc.t(lang, "app-dash-stat-unavailable"),
            count(loc, lang, sm.version_unavailable),
            (sm.version_unavailable > 0).then_some(WARN),
        );
        stat(
            ui,
            loc.t(lang, "app-dash-stat-corrupt"),
            count(loc, lang, cohort.corrupt.len()),
            flag(cohort.corrupt.len()),
        );
    });
    ui.add_space(6.0);
    if view.histogram.total() == 0 {
        ui.label(loc.t(lang, "app-dash-no-figures"));
        return;
    }
    ui.columns(2, |cols| {
        cols[0].label(egui::RichText::new(loc.t(lang, "app-dash-histogram")).strong());
        histogram_chart(&mut cols[0], loc, lang, &view.histogram);
        cols[1].label(egui::RichText::new(loc.t(lang, "app-dash-trend")).strong());
        trend_chart(&mut cols[1], loc, lang, &view.trend);
    });
    ui.add_space(6.0);
    ui.columns(2, |cols| {
        cols[0].label(egui::RichText::new(loc.t(lang, "app-dash-top-rules")).strong());
        rules(&mut cols[0], loc, lang, view, content, 6);
        cols[1].label(egui::RichText::new(loc.t(lang, "app-dash-top-wrong")).strong());
        for (sc, w) in wrong {
            wrong_pick(&mut cols[1], loc, lang, content, sc, w);
        }
    });
}

/// One most-picked wrong answer: the scenario, what the debtor said, the answer, how often.
fn wrong_pick(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    content: &Content,
    sc: &str,
    w: &WrongPick,
) {
    let Some(compiled) = content.playable.get(sc) else {
        return;
    };
    let text = CallText::new(loc, lang, compiled, &loc.t(lang, "app-dash-agent"));
    let Some(node) = compiled.nodes.iter().position(|n| n.id == w.node) else {
        return;
    };
    let answer = choice_text(&text, compiled, node, w.choice.as_deref(), loc, lang);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.small(format!("{} · {}", loc.scenario_title(lang, sc), w.node));
        ui.colored_label(BAD, loc.ta(lang, "app-quote", &[("text", s(answer))]));
        share_bar(ui, w.share as f32, BAD);
        ui.small(loc.ta(
            lang,
            "app-dash-picked",
            &[
                ("count", n(w.picks as f64)),
                ("pct", s(pct(loc, lang, w.share))),
            ],
        ));
    });
}

fn choice_text(
    text: &CallText,
    sc: &callcoach_core::compile::CompiledScenario,
    node: usize,
    choice: Option<&str>,
    loc: &Localiser,
    lang: &str,
) -> String {
    let Some(id) = choice else {
        return loc.t(lang, "app-dash-timeout");
    };
    match &sc.nodes[node].kind {
        callcoach_core::compile::CKind::Say { choices, .. } => {
            choices.iter().position(|c| c.id == id).map_or_else(
                || id.to_string(),
                |c| text.choice(node as u32, c as u16).text,
            )
        }
        _ => id.to_string(),
    }
}

fn share_bar(ui: &mut egui::Ui, share: f32, color: egui::Color32) {
    ui.add(
        egui::ProgressBar::new(share.clamp(0.0, 1.0))
            .desired_width(ui.available_width().min(320.0))
            .desired_height(8.0)
            .fill(color),
    );
}

/// Overall scores in ten bands, passed and failed stacked; hover a bar for its numbers.
fn histogram_chart(ui: &mut egui::Ui, loc: &Localiser, lang: &str, h: &Histogram) {
    let width = ui.available_width().min(560.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, 170.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let axis = visuals.weak_text_color();
    let font = egui::FontId::proportional(11.0);
    let plot = egui::Rect::from_min_max(
        rect.min + egui::vec2(34.0, 6.0),
        rect.max - egui::vec2(4.0, 18.0),
    );
    painter.line_segment([plot.left_bottom(), plot.right_bottom()], (1.0, axis));
    painter.line_segment([plot.left_top(), plot.left_bottom()], (1.0, axis));
    let peak = h.peak().max(1) as f32;
    painter.text(
        plot.left_top(),
        egui::Align2::RIGHT_TOP,
        count(loc, lang, h.peak()),
        font.clone(),
        axis,
    );
    painter.text(
        plot.left_bottom(),
        egui::Align2::RIGHT_BOTTOM,
        "0",
        font.clone(),
        axis,
    );
    let slot = plot.width() / 10.0;
    let mut hovered = None;
    for i in 0..10 {
        let x0 = plot.left() + slot * i as f32 + 2.0;
        let x1 = x0 + slot - 4.0;
        let passed = h.passed[i] as f32 / peak * plot.height();
        let failed = h.failed[i] as f32 / peak * plot.height();
        let bottom = plot.bottom();
        painter.rect_filled(
            egui::Rect::from_min_max(egui::pos2(x0, bottom - passed), egui::pos2(x1, bottom)),
            1.0,
            GOOD,
        );
        painter.rect_filled(
            egui::Rect::from_min_max(
                egui::pos2(x0, bottom - passed - failed),
                egui::pos2(x1, bottom - passed),
            ),
            1.0,
            BAD,
        );
        painter.text(
            egui::pos2(x0 + (slot - 4.0) / 2.0, plot.bottom() + 2.0),
            egui::Align2::CENTER_TOP,
            format!("{}", i * 10),
            font.clone(),
            axis,
        );
        if let Some(p) = response.hover_pos()
            && p.x >= x0 - 2.0
            && p.x < x1 + 2.0
        {
            hovered = Some(i);
        }
    }
    if let Some(i) = hovered {
        response.on_hover_text(loc.ta(
            lang,
            "app-dash-histogram-bar",
            &[
                ("from", n((i * 10) as f64)),
                ("to", n(if i == 9 { 100.0 } else { (i * 10 + 9) as f64 })),
                ("passed", n(h.passed[i] as f64)),
                ("failed", n(h.failed[i] as f64)),
            ],
        ));
    }
}

/// Mean score (blue) and pass rate (green) week by week on a 0–100 scale.
fn trend_chart(ui: &mut egui::Ui, loc: &Localiser, lang: &str, trend: &[TrendPoint]) {
    let width = ui.available_width().min(560.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, 170.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let axis = ui.visuals().weak_text_color();
    let font = egui::FontId::proportional(11.0);
    let plot = egui::Rect::from_min_max(
        rect.min + egui::vec2(34.0, 6.0),
        rect.max - egui::vec2(8.0, 32.0),
    );
    for v in [0.0_f32, 50.0, 100.0] {
        let y = plot.bottom() - v / 100.0 * plot.height();
        painter.line_segment(
            [egui::pos2(plot.left(), y), egui::pos2(plot.right(), y)],
            (if v == 0.0 { 1.0 } else { 0.5 }, axis),
        );
        painter.text(
            egui::pos2(plot.left() - 4.0, y),
            egui::Align2::RIGHT_CENTER,
            format!("{v}"),
            font.clone(),
            axis,
        );
    }
    let blue = egui::Color32::from_rgb(90, 150, 230);
    let count = trend.len();
    let x_of = |i: usize| {
        if count <= 1 {
            plot.center().x
        } else {
            plot.left() + plot.width() * i as f32 / (count - 1) as f32
        }
    };
    let y_of = |v: f64| plot.bottom() - (v as f32 / 100.0) * plot.height();
    let mean: Vec<egui::Pos2> = trend
        .iter()
        .enumerate()
        .map(|(i, p)| egui::pos2(x_of(i), y_of(p.mean)))
        .collect();
    let pass: Vec<egui::Pos2> = trend
        .iter()
        .enumerate()
        .map(|(i, p)| egui::pos2(x_of(i), y_of(p.pass_rate * 100.0)))
        .collect();
    painter.add(egui::Shape::line(
        mean.clone(),
        egui::Stroke::new(2.0, blue),
    ));
    painter.add(egui::Shape::line(
        pass.clone(),
        egui::Stroke::new(2.0, GOOD),
    ));
    for p in &mean {
        painter.circle_filled(*p, 2.5, blue);
    }
    for p in &pass {
        painter.circle_filled(*p, 2.5, GOOD);
    }
    if let (Some(first), Some(last)) = (trend.first(), trend.last()) {
        painter.text(
            egui::pos2(plot.left(), plot.bottom() + 2.0),
            egui::Align2::LEFT_TOP,
            loc.date(lang, first.week),
            font.clone(),
            axis,
        );
        painter.text(
            egui::pos2(plot.right(), plot.bottom() + 2.0),
            egui::Align2::RIGHT_TOP,
            loc.date(lang, last.week),
            font.clone(),
            axis,
        );
    }
    // Legend.
    let ly = rect.bottom() - 8.0;
    painter.line_segment(
        [
            egui::pos2(plot.left(), ly),
            egui::pos2(plot.left() + 16.0, ly),
        ],
        (2.0, blue),
    );
    painter.text(
        egui::pos2(plot.left() + 20.0, ly),
        egui::Align2::LEFT_CENTER,
        loc.t(lang, "app-dash-trend-mean"),
        font.clone(),
        axis,
    );
    let lx = plot.left() + plot.width() * 0.45;
    painter.line_segment([egui::pos2(lx, ly), egui::pos2(lx + 16.0, ly)], (2.0, GOOD));
    painter.text(
        egui::pos2(lx + 20.0, ly),
        egui::Align2::LEFT_CENTER,
        loc.t(lang, "app-dash-trend-pass"),
        font,
        axis,
    );
    if let Some(p) = response.hover_pos()
        && count > 0
    {
        let i = (0..count)
            .min_by(|&a, &b| (x_of(a) - p.x).abs().total_cmp(&(x_of(b) - p.x).abs()))
            .unwrap_or(0);
        let w = &trend[i];
        painter.line_segment(
            [
                egui::pos2(x_of(i), plot.top()),
                egui::pos2(x_of(i), plot.bottom()),
            ],
            (0.5, axis),
        );
        response.on_hover_text(
            loc.ta(
                lang,
                "app-dash-trend-point",
                &[
                    ("week", s(loc.date(lang, w.week))),
                    ("sessions", n(w.sessions as f64)),
                    (
                        "mean",
                        s(loc.number(
                            lang,
                            Decimal::from_f64_retain(w.mean)
                                .unwrap_or_default()
                                .round_dp(1),
                            1,
                        )),
                    ),
                    ("rate", s(pct(loc, lang, w.pass_rate))),
                ],
            ),
        );
    }
}

/// A tiny line of a pair's scores so far.
fn sparkline(ui: &mut egui::Ui, history: &[u8], last_passed: bool) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(90.0, 16.0), egui::Sense::hover());
    if history.is_empty() {
        return;
    }
    let painter = ui.painter_at(rect);
    let k = history.len();
    let points: Vec<egui::Pos2> = history
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let x = if k == 1 {
                rect.center().x
            } else {
                rect.left() + rect.width() * i as f32 / (k - 1) as f32
            };
            egui::pos2(x, rect.bottom() - *v as f32 / 100.0 * rect.height())
        })
        .collect();
    painter.add(egui::Shape::line(
        points.clone(),
        egui::Stroke::new(1.5, ui.visuals().text_color()),
    ));
    if let Some(last) = points.last() {
        let passed_colour = if last_passed { GOOD } else { BAD };
        painter.circle_filled(*last, 2.5, passed_colour);
    }
}

fn pass_label(loc: &Localiser, lang: &str, p: &TraineeScenarioRow) -> egui::RichText {
    match dashboard::pass_rank(p) {
        2 => egui::RichText::new(loc.t(lang, "app-dash-passed-last")).color(GOOD),
        1 => egui::RichText::new(loc.t(lang, "app-dash-passed-before")).color(WARN),
        _ => egui::RichText::new(loc.t(lang, "app-dash-passed-never")).color(BAD),
    }
}

#[allow(clippy::too_many_arguments)]
fn trainees(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    cohort: &Cohort,
    view: &DashboardView,
    rows: &[TraineeScenarioRow],
    st: &mut DashboardUi,
) {
    ui.horizontal(|ui| {
        ui.selectable_value(&mut st.grid, false, loc.t(lang, "app-dash-view-list"));
        ui.selectable_value(&mut st.grid, true, loc.t(lang, "app-dash-view-grid"));
    });
    if st.grid {
        grid(ui, loc, lang, rows, st);
    } else {
        list(ui, loc, lang, rows, st);
    }
    sessions_of_selected(ui, loc, lang, cohort, view, st);
}

/// Trainees down, scenarios across: each cell the pair's best score, coloured by pass.
fn grid(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    rows: &[TraineeScenarioRow],
    st: &mut DashboardUi,
) {
    let mut scenarios: Vec<&str> = rows.iter().map(|p| p.scenario.as_str()).collect();
    scenarios.sort_unstable();
    scenarios.dedup();
    let mut trainees: Vec<&str> = Vec::new();
    for p in rows {
        if !trainees.contains(&p.trainee.as_str()) {
            trainees.push(&p.trainee);
        }
    }
    let cell = egui::vec2(40.0, 22.0);
    egui::Grid::new("dash-grid")
        .spacing(egui::vec2(3.0, 3.0))
        .show(ui, |ui| {
            ui.label("");
            for (i, sc) in scenarios.iter().enumerate() {
                ui.add_sized(
                    cell,
                    egui::Label::new(egui::RichText::new(format!("{}", i + 1)).strong()),
                )
                .on_hover_text(loc.scenario_title(lang, sc));
            }
            ui.end_row();
            for t in &trainees {
                ui.label(*t);
                for sc in &scenarios {
                    let p = rows.iter().find(|p| p.trainee == *t && p.scenario == *sc);
                    let (rect, response) = ui.allocate_exact_size(cell, egui::Sense::click());
                    let Some(p) = p else {
                        ui.painter().rect_stroke(
                            rect,
                            2.0,
                            (1.0, ui.visuals().weak_text_color()),
                            egui::StrokeKind::Inside,
                        );
                        continue;
                    };
                    let fill = match dashboard::pass_rank(p) {
                        2 => GOOD,
                        1 => WARN,
                        _ => BAD,
                    };
                    let selected = st.selected.as_ref().is_some_and(|(a, b)| a == t && b == sc);
                    ui.painter()
                        .rect_filled(rect, 2.0, fill.gamma_multiply(0.75));
                    if selected {
                        ui.painter().rect_stroke(
                            rect,
                            2.0,
                            (2.0, ui.visuals().strong_text_color()),
                            egui::StrokeKind::Inside,
                        );
                    }
                    ui.painter().text(
                        rect.center(),
                        egui::Align2::CENTER_CENTER,
                        p.best.to_string(),
                        egui::FontId::proportional(13.0),
                        egui::Color32::BLACK,
                    );
                    let response = response.on_hover_text(format!(
                        "{} · {}\n{} {} · {} {} · {} {}",
                        t,
                        loc.scenario_title(lang, sc),
                        loc.t(lang, "app-dash-col-best"),
                        p.best,
                        loc.t(lang, "app-dash-col-last"),
                        p.last,
                        loc.t(lang, "app-dash-col-attempts"),
                        p.attempts
                    ));
                    if response.clicked() {
                        st.selected = Some((t.to_string(), sc.to_string()));
                    }
                }
                ui.end_row();
            }
        });
    ui.horizontal_wrapped(|ui| {
        for (i, sc) in scenarios.iter().enumerate() {
            ui.small(format!("{} {}", i + 1, loc.scenario_title(lang, sc)));
            ui.separator();
        }
    });
    ui.horizontal(|ui| {
        ui.colored_label(GOOD, loc.t(lang, "app-dash-passed-last"));
        ui.colored_label(WARN, loc.t(lang, "app-dash-passed-before"));
        ui.colored_label(BAD, loc.t(lang, "app-dash-passed-never"));
        ui.weak(loc.t(lang, "app-dash-grid-legend"));
    });
}

/// One row per (trainee, scenario), sortable by any column.
fn list(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    rows: &[TraineeScenarioRow],
    st: &mut DashboardUi,
) {
    egui::Grid::new("dash-table")
        .striped(true)
        .num_columns(Column::ALL.len() + 1)
        .spacing(egui::vec2(14.0, 4.0))
        .show(ui, |ui| {
            for c in Column::ALL {
                let mut label = loc.t(lang, &format!("app-dash-col-{}", c.key()));
                if st.sort == c {
                    label.push_str(if st.descending { " ⏷" } else { " ⏶" });
                }
                if ui
                    .add(egui::Button::new(egui::RichText::new(label).strong()).frame(false))
                    .on_hover_text(loc.t(lang, "app-dash-sort-help"))
                    .clicked()
                {
                    if st.sort == c {
                        st.descending = !st.descending;
                    } else {
                        st.sort = c;
                        // Scores and counts read best from the top.
                        st.descending = !matches!(c, Column::Trainee | Column::Scenario);
                    }
                }
            }
            ui.label(egui::RichText::new(loc.t(lang, "app-dash-col-history")).strong());
            ui.end_row();
            for p in rows {
                let key = (p.trainee.clone(), p.scenario.clone());
                let selected = st.selected.as_ref() == Some(&key);
                if ui.selectable_label(selected, &p.trainee).clicked() {
                    st.selected = Some(key.clone());
                }
                ui.label(loc.scenario_title(lang, &p.scenario));
                ui.label(count(loc, lang, p.attempts));
                ui.label(p.best.to_string());
                ui.label(p.last.to_string());
                ui.horizontal(|ui| {
                    ui.label(pass_label(loc, lang, p));
                    if p.flagged > 0 {
                        ui.colored_label(
                            BAD,
                            loc.ta(
                                lang,
                                "app-dash-flagged-badge",
                                &[("count", n(p.flagged as f64))],
                            ),
                        );
                    }
                });
                let trend = match p.trend {
                    t if t > 0 => egui::RichText::new(format!("⏶ +{t}")).color(GOOD),
                    t if t < 0 => egui::RichText::new(format!("⏷ {t}")).color(BAD),
                    _ => egui::RichText::new("–"),
                };
                ui.label(trend);
                sparkline(ui, &p.history, p.last_passed);
                ui.end_row();
            }
        });
}

/// The sessions of the selected (trainee, scenario), newest first.
fn sessions_of_selected(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    cohort: &Cohort,
    view: &DashboardView,
    st: &mut DashboardUi,
) {
    ui.separator();
    let Some((trainee, scenario)) = st.selected.clone() else {
        ui.label(loc.t(lang, "app-dash-select-row"));
        return;
    };
    ui.label(
        egui::RichText::new(loc.ta(
            lang,
            "app-dash-sessions-of",
            &[
                ("trainee", s(trainee.clone())),
                ("scenario", s(loc.scenario_title(lang, &scenario))),
            ],
        ))
        .strong(),
    );
    let mut sessions: Vec<usize> = view
        .sessions
        .iter()
        .copied()
        .filter(|&i| {
            cohort.records[i].record.meta.trainee == trainee
                && cohort.records[i].record.meta.scenario == scenario
        })
        .collect();
    sessions.reverse();
    egui::Grid::new("dash-sessions")
        .striped(true)
        .show(ui, |ui| {
            for i in sessions {
                session_row(ui, loc, lang, &cohort.records[i], i, st);
                ui.end_row();
            }
        });
}

fn standing_label(loc: &Localiser, lang: &str, v: &Verification) -> egui::RichText {
    let key = callcoach_core::cohort::report::Standing::of(v).key();
    let t = egui::RichText::new(loc.t(lang, &format!("app-dash-standing-{key}")));
    match v {
        Verification::Verified => t.color(GOOD),
        Verification::Tampered(_) => t.color(BAD).strong(),
        Verification::VersionUnavailable => t.color(WARN).strong(),
    }
}

/// One session in a list: date, score, result, standing, "open".
fn session_row(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    r: &LoadedRecord,
    index: usize,
    st: &mut DashboardUi,
) {
    let rec = &r.record;
    ui.label(format!(
        "{} {}",
        loc.date(lang, rec.meta.started_at.date_naive()),
        rec.meta.started_at.format("%H:%M")
    ));
    ui.label(&rec.meta.trainee);
    ui.label(format!("{} / 100", rec.scores.overall));
    let verdict = if rec.passed {
        "debrief-passed"
    } else {
        "debrief-failed"
    };
    ui.colored_label(if rec.passed { GOOD } else { BAD }, loc.t(lang, verdict));
    ui.label(standing_label(loc, lang, &r.verification));
    if ui.button(loc.t(lang, "app-dash-open")).clicked() {
        st.open = Some(index);
    }
}

fn rules(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    view: &DashboardView,
    content: &Content,
    limit: usize,
) {
    for t in view
        .summary
        .rules
        .iter()
        .filter(|t| t.broken > 0)
        .take(limit)
    {
        let share = t.broken as f64 / t.sessions.max(1) as f64;
        let citation = content
            .library
            .rubrics
            .iter()
            .find(|r| r.value.id == t.rubric)
            .and_then(|r| r.value.rules.iter().find(|x| x.id == t.rule))
            .map(|r| r.citation.clone())
            .unwrap_or_default();
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    egui::RichText::new(format!(
                        "{} {}",
                        t.rule,
                        loc.ui(lang, &t.rule, None, None).text
                    ))
                    .strong(),
                );
            });
            share_bar(ui, share as f32, BAD);
            ui.small(loc.ta(
                lang,
                "app-dash-broken-of",
                &[
                    ("broken", s(count(loc, lang, t.broken))),
                    ("sessions", n(t.sessions as f64)),
                    ("shown", s(count(loc, lang, t.sessions))),
                    ("pct", s(pct(loc, lang, share))),
                ],
            ));
            if !citation.is_empty() {
                ui.small(loc.ta(lang, "app-citation", &[("citation", s(citation))]));
            }
        });
    }
}

fn answers(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    content: &Content,
    stats: Option<&(String, Vec<NodeStat>)>,
    st: &mut DashboardUi,
) {
    let current = st
        .answers_scenario
        .clone()
        .or_else(|| st.filter.report.scenario.clone());
    ui.horizontal(|ui| {
        ui.label(loc.t(lang, "app-dash-scenario"));
        egui::ComboBox::from_id_salt("dash-answers-scenario")
            .selected_text(
                current
                    .as_deref()
                    .map_or(String::new(), |id| loc.scenario_title(lang, id)),
            )
            .width(300.0)
            .show_ui(ui, |ui| {
                for id in content.playable.keys() {
                    if ui
                        .selectable_label(
                            current.as_deref() == Some(id),
                            loc.scenario_title(lang, id),
                        )
                        .clicked()
                    {
                        st.answers_scenario = Some(id.clone());
                    }
                }
            });
    });
    if current.is_none() && st.answers_scenario.is_none() {
        st.answers_scenario = content.playable.keys().next().cloned();
    }
    let Some((id, stats)) = stats.filter(|(id, _)| Some(id) == current.as_ref()) else {
        return;
    };
    let Some(sc) = content.playable.get(id) else {
        return;
    };
    if stats.iter().all(|s| s.visits == 0) {
        ui.label(loc.t(lang, "app-dash-answers-none"));
        return;
    }
    let text = CallText::new(loc, lang, sc, &loc.t(lang, "app-dash-agent"));
    for stat in stats {
        let Some(node) = sc.nodes.iter().position(|n| n.id == stat.node) else {
            continue;
        };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(&stat.node).monospace());
                if stat.visits == 0 {
                    ui.weak(loc.t(lang, "app-dash-never-reached"));
                } else {
                    ui.small(loc.ta(
                        lang,
                        "app-dash-node-visits",
                        &[("count", n(stat.visits as f64))],
                    ));
                }
            });
            ui.label(
                egui::RichText::new(loc.ta(
                    lang,
                    "app-quote",
                    &[("text", s(text.line(node as u32, 0).text))],
                ))
                .italics(),
            );
            for o in &stat.options {
                let share = stat.share(o);
                let wrong = o.is_wrong();
                ui.horizontal_wrapped(|ui| {
                    let (r, _) =
                        ui.allocate_exact_size(egui::vec2(120.0, 12.0), egui::Sense::hover());
                    ui.painter()
                        .rect_filled(r, 2.0, ui.visuals().extreme_bg_color);
                    let mut fill = r;
                    fill.set_width(r.width() * share as f32);
                    ui.painter()
                        .rect_filled(fill, 2.0, if wrong { BAD } else { GOOD });
                    ui.label(format!("{} %", pct(loc, lang, share)));
                    ui.label(format!("({})", count(loc, lang, o.picks)));
                    let answer = choice_text(&text, sc, node, o.choice.as_deref(), loc, lang);
                    if wrong {
                        ui.colored_label(BAD, egui::RichText::new(answer).strong());
                        ui.colored_label(BAD, format!("⚠ {}", loc.t(lang, "app-dash-wrong")))
                            .on_hover_text(loc.t(lang, "app-dash-wrong-help"));
                        let rules: Vec<String> =
                            o.rules.iter().take(3).map(|(_, r, _)| r.clone()).collect();
                        if !rules.is_empty() {
                            ui.small(rules.join(", "));
                        }
                    } else {
                        ui.label(answer);
                    }
                });
            }
        });
    }
}

fn problem_list(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    cohort: &Cohort,
    view: &DashboardView,
    st: &mut DashboardUi,
) {
    let flagged: Vec<usize> = view
        .sessions
        .iter()
        .copied()
        .filter(|&i| cohort.records[i].verification != Verification::Verified)
        .collect();
    if cohort.corrupt.is_empty() && flagged.is_empty() {
        ui.colored_label(GOOD, loc.t(lang, "app-dash-no-problems"));
        return;
    }
    if !cohort.corrupt.is_empty() {
        ui.label(egui::RichText::new(loc.t(lang, "app-dash-corrupt-title")).strong());
        for (path, why) in &cohort.corrupt {
            ui.colored_label(BAD, format!("{}: {why}", path.display()));
        }
        ui.separator();
    }
    if !flagged.is_empty() {
        ui.label(egui::RichText::new(loc.t(lang, "app-dash-flagged-title")).strong());
        egui::Grid::new("dash-flagged")
            .striped(true)
            .show(ui, |ui| {
                for i in flagged {
                    let r = &cohort.records[i];
                    session_row(ui, loc, lang, r, i, st);
                    ui.small(
                        r.path
                            .file_name()
                            .map_or(String::new(), |f| f.to_string_lossy().into_owned()),
                    );
                    ui.end_row();
                }
            });
    }
}

/// A session in full: who, when, standing, scores, transcript and the debrief's rules.
#[allow(clippy::too_many_arguments)]
fn session_page(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    cohort: &Cohort,
    index: usize,
    open: Option<&OpenSession>,
    st: &mut DashboardUi,
) {
    let Some(r) = cohort.records.get(index) else {
        st.open = None;
        return;
    };
    let rec = &r.record;
    if ui
        .button(format!("⏴ {}", loc.t(lang, "app-dash-back")))
        .clicked()
    {
        st.open = None;
    }
    ui.horizontal_wrapped(|ui| {
        ui.heading(format!(
            "{} · {}",
            rec.meta.trainee,
            loc.scenario_title(lang, &rec.meta.scenario)
        ));
        ui.label(standing_label(loc, lang, &r.verification));
    });
    ui.small(loc.ta(
        lang,
        "app-dash-session-meta",
        &[
            ("date", s(loc.date(lang, rec.meta.started_at.date_naive()))),
            (
                "time",
                s(rec.meta.started_at.format("%H:%M UTC").to_string()),
            ),
            ("lang", s(loc.t(lang, &format!("lang-{}", rec.meta.locale)))),
            (
                "mode",
                s(loc.t(
                    lang,
                    match rec.meta.mode {
                        callcoach_core::records::record::Mode::Practice => "app-dash-mode-practice",
                        callcoach_core::records::record::Mode::Exam => "app-dash-mode-exam",
                    },
                )),
            ),
            ("seed", s(rec.meta.seed.to_string())),
        ],
    ));
    ui.small(r.path.display().to_string());
    match &r.verification {
        Verification::Tampered(why) => {
            let replayed = open
                .filter(|o| o.index == index)
                .and_then(|o| o.session.as_ref().ok());
            let actual = replayed.map_or_else(
                || "?".to_string(),
                |session| {
                    callcoach_core::engine::scoring::score_call(&session.call, rec.wrap_up.as_ref())
                        .overall
                        .to_string()
                },
            );
            let detail = match why {
                callcoach_core::records::verify::Tamper::NoReplay(e) => s(e.clone()),
                _ => s(String::new()),
            };
            let reason = loc.ta(
                lang,
                &format!("app-dash-tamper-{}", why.key()),
                &[
                    ("stored", s(rec.scores.overall.to_string())),
                    ("actual", s(actual)),
                    ("error", detail),
                ],
            );
            ui.colored_label(
                BAD,
                loc.ta(lang, "app-dash-tampered-note", &[("reason", s(reason))]),
            );
            if replayed.is_some() {
                ui.label(loc.t(lang, "app-dash-recomputed"));
            }
        }
        Verification::VersionUnavailable => {
            ui.colored_label(WARN, loc.t(lang, "app-dash-unavailable-note"));
        }
        Verification::Verified => {}
    }
    ui.separator();
    let session = open
        .filter(|o| o.index == index)
        .map(|o| (&o.session, o.debrief.as_ref()));
    match session {
        Some((Ok(session), debrief)) => {
            let sc = session.call.scenario();
            let text = CallText::new(loc, lang, sc, &rec.meta.trainee);
            ui.columns(2, |cols| {
                cols[0].label(egui::RichText::new(loc.t(lang, "app-dash-transcript")).strong());
                for line in text.transcript(&session.call) {
                    let (who, color) = match line.speaker {
                        Speaker::Debtor => (
                            line.who
                                .as_ref()
                                .map_or_else(|| sc.source.debtor.name.clone(), |w| w.text.clone()),
                            None,
                        ),
                        Speaker::Trainee => (
                            rec.meta.trainee.clone(),
                            Some(egui::Color32::from_rgb(90, 150, 230)),
                        ),
                        Speaker::Silence => (rec.meta.trainee.clone(), Some(WARN)),
                    };
                    cols[0].horizontal_wrapped(|ui| {
                        let who = egui::RichText::new(format!("{}. {who}:", line.turn)).strong();
                        ui.label(match color {
                            Some(c) => who.color(c),
                            None => who,
                        });
                        ui.label(&line.text.text);
                    });
                }
                let Some((_, debrief)) = debrief else {
                    cols[1].label(loc.t(lang, "app-debrief-preparing"));
                    return;
                };
                scores_block(&mut cols[1], loc, &text, &debrief.scores);
                cols[1].separator();
                cols[1].label(egui::RichText::new(loc.t(lang, "app-rules")).strong());
                for rule in &debrief.rules {
                    rule_card(&mut cols[1], loc, lang, rule, false);
                }
            });
        }
        Some((Err(e), _)) => {
            if !e.is_empty() {
                ui.colored_label(
                    BAD,
                    loc.ta(lang, "app-dash-replay-failed", &[("error", s(e.clone()))]),
                );
            }
            // Shown as stored.
            for (i, t) in rec.turns.iter().enumerate() {
                ui.label(
                    loc.ta(
                        lang,
                        "app-dash-stored-turn",
                        &[
                            ("turn", n((i + 1) as f64)),
                            ("node", s(t.node.clone())),
                            (
                                "pick",
                                s(t.pick
                                    .clone()
                                    .unwrap_or_else(|| loc.t(lang, "app-dash-timeout"))),
                            ),
                        ],
                    ),
                );
            }
            ui.label(
                egui::RichText::new(format!("{} / 100", rec.scores.overall))
                    .heading()
                    .color(if rec.passed { GOOD } else { BAD }),
            );
        }
        None => {
            ui.spinner();
        }
    }
}
