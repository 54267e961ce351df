//! The dashboard's background work: loading and verifying the records (from the data folder,
//! or from the [`RecordSource`] the program gave), building the figures
//! for the filter, the CSV export, and replaying the open session with its debrief.

use std::sync::Arc;
use std::time::Instant;

use bevy::prelude::*;

use super::source::RecordSource;
use super::{DashboardData, DashboardUi, OpenSession, Tab};
use crate::active_call::Notice;
use crate::background::PerLanguage;
use crate::content::Content;
use crate::prefs::{DataDir, Prefs};
use crate::redraw::Redraw;
use callcoach_core::cohort::dashboard;
use callcoach_core::content::l10n::{n, s};
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::session::Session;
use callcoach_core::records::verify::Verification;

/// The cross-scenario "most-picked wrong answers" list is this long.
const WRONG_SHOWN: usize = 6;

/// Loads and verifies the records in the background (on entering, on "reload", and when the
/// scenarios change, since verification depends on them).
pub(super) fn load(
    mut data: ResMut<DashboardData>,
    content: Res<Content>,
    dir: Res<DataDir>,
    source: Option<Res<RecordSource>>,
    mut redraw: ResMut<Redraw>,
) {
    if data.loading() {
        redraw.poll_soon();
        if let Some(((), (cohort, took, failed))) = data.loading.poll() {
            if let Some(why) = &failed {
                eprintln!("callcoach: dashboard could not read its records: {why}");
            }
            data.source_error = failed;
            eprintln!(
                "callcoach: dashboard loaded {} record(s) ({} corrupt) in {} ms",
                cohort.records.len(),
                cohort.corrupt.len(),
                took.as_millis()
            );
            data.cohort = Some(Arc::new(cohort));
            data.load_time = Some(took);
            data.view = None;
            data.view_filter = None;
            data.answers = None;
            data.session = None;
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
    let cases: Vec<_> = content
        .library
        .cases
        .iter()
        .map(|c| c.value.clone())
        .collect();
    let dir = dir.0.clone();
    let source = source.map(|s| RecordSource::clone(&s));
    data.loading.start((), move || {
        let started = Instant::now();
        let (cohort, failed) = match &source {
            Some(source) => super::source::load(source, &dir, &scenarios, &cases),
            None => (
                callcoach_core::cohort::report::load_cohort(&dir, &scenarios, &cases),
                None,
            ),
        };
        (cohort, started.elapsed(), failed)
    });
    redraw.poll_soon();
}

/// Rebuilds the figures when the filter or sorting changes.
pub(super) fn rebuild(
    ui: Res<DashboardUi>,
    mut data: ResMut<DashboardData>,
    content: Res<Content>,
) {
    let Some(cohort) = data.cohort.clone() else {
        return;
    };
    if data.view_filter.as_ref() != Some(&ui.filter) {
        let started = Instant::now();
        let view = dashboard::build(&cohort, &ui.filter, &content.playable);
        data.wrong =
            dashboard::most_picked_wrong_across(&view, &cohort, &content.playable, WRONG_SHOWN);
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
pub(super) fn export(
    mut data: ResMut<DashboardData>,
    dir: Res<DataDir>,
    content: Res<Content>,
    prefs: Res<Prefs>,
    mut notice: ResMut<Notice>,
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
pub(super) fn prepare_session(
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
            debrief: PerLanguage::default(),
        });
        redraw.request();
    }
    let Some(open) = data.session.as_mut() else {
        return;
    };
    let Ok(session) = &open.session else {
        return;
    };
    if open.debrief.is_running() {
        redraw.poll_soon();
        if open.debrief.poll() {
            redraw.request();
        }
        return;
    }
    if !open.debrief.wants(&prefs.lang) {
        return;
    }
    let loc = Arc::clone(&content.loc);
    let call = session.call.clone();
    let wrap_up = rec.record.wrap_up.clone();
    let agent = rec.record.meta.trainee.clone();
    let lang = prefs.lang.clone();
    let l = lang.clone();
    open.debrief.start(lang, move || {
        let sc = Arc::clone(call.scenario());
        let text = CallText::new(&loc, &l, &sc, &agent);
        // The replayed call's own scores: a tampered record's stored ones may differ.
        let scores = callcoach_core::engine::scoring::score_call(&call, wrap_up.as_ref());
        callcoach_core::records::debrief::debrief(&text, &call, &scores, DEFAULT_BUDGET)
    });
    redraw.poll_soon();
}
