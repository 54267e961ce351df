//! The dashboard's background work: loading and verifying the records as digests (from the
//! data folder through its verification cache, or from the [`RecordSource`] the program gave,
//! whose records come whole and are kept), building the figures for the filter, the CSV
//! export, and reading, checking and replaying the open session with its debrief.

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
use callcoach_core::cohort::report::{Cohort, LoadedRecord};
use callcoach_core::cohort::table::{self, DigestCohort};
use callcoach_core::content::l10n::{n, s};
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::session::Session;
use callcoach_core::records::verify::Verification;

/// The cross-scenario "most-picked wrong answers" list is this long.
const WRONG_SHOWN: usize = 6;

/// What a load gives: the digests, the whole records when the source gave them whole, how
/// long it took, and why the source could not be read.
pub(super) type Loaded = (
    DigestCohort,
    Option<Cohort>,
    std::time::Duration,
    Option<String>,
);

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
        if let Some(((), (cohort, held, took, failed))) = data.loading.poll() {
            if let Some(why) = &failed {
                eprintln!("callcoach: dashboard could not read its records: {why}");
            }
            data.source_error = failed;
            eprintln!(
                "callcoach: dashboard loaded {} record(s) ({} corrupt) in {} ms",
                cohort.items.len(),
                cohort.corrupt.len(),
                took.as_millis()
            );
            data.cohort = Some(Arc::new(cohort));
            data.held = held.map(Arc::new);
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
    let cases = content.cases();
    let dir = dir.0.clone();
    let source = source.map(|s| RecordSource::clone(&s));
    data.loading.start((), move || {
        let started = Instant::now();
        match &source {
            Some(source) => {
                let (cohort, failed) = super::source::load(source, &dir, &scenarios, &cases);
                let digests = DigestCohort::of(&cohort);
                (digests, Some(cohort), started.elapsed(), failed)
            }
            None => {
                let digests = table::load_digests(&dir, &scenarios, &cases);
                (digests, None, started.elapsed(), None)
            }
        }
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
        let view = dashboard::build_digests(&cohort, &ui.filter, &content.playable);
        data.wrong = dashboard::most_picked_wrong_across_digests(
            &view,
            &cohort,
            &content.playable,
            WRONG_SHOWN,
        );
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
        let stats = dashboard::option_stats_digests(
            sc,
            &cohort.rules,
            view.sessions.iter().map(|&i| &cohort.items[i]),
        );
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
    // The rows need whole records: read and checked again (or kept, from a source).
    let records: Result<Vec<LoadedRecord>, String> = match &data.held {
        Some(held) => Ok(view
            .sessions
            .iter()
            .filter_map(|&i| held.records.get(i).cloned())
            .collect()),
        None => table::records_of(cohort, &view.sessions, &dir.0, &content.playable)
            .into_iter()
            .collect(),
    };
    let written = records.map_err(std::io::Error::other).and_then(|records| {
        let rows: Vec<_> = records
            .iter()
            .map(callcoach_core::cohort::report::SessionRow::of)
            .collect();
        dashboard::export_rows(&rows, &dir.0, chrono::Utc::now())
    });
    notice.0 = Some(match written {
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
    });
}

/// Replays the open session and computes its debrief (in the background) in the current
/// language.
pub(super) fn prepare_session(
    ui: Res<DashboardUi>,
    mut data: ResMut<DashboardData>,
    content: Res<Content>,
    dir: Res<DataDir>,
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
    if index >= cohort.items.len() {
        return;
    }
    if data.session.as_ref().is_none_or(|o| o.index != index) {
        // Only now is the session's record read (or taken from the source's records).
        let record = match &data.held {
            Some(held) => held
                .records
                .get(index)
                .cloned()
                .ok_or_else(|| format!("no session {index}")),
            None => table::records_of(&cohort, &[index], &dir.0, &content.playable)
                .pop()
                .unwrap_or_else(|| Err(format!("no session {index}"))),
        };
        let session = match &record {
            Err(e) => Err(e.clone()),
            Ok(rec) => match (
                &rec.verification,
                content.playable.get(&rec.record.meta.scenario),
            ) {
                (Verification::VersionUnavailable, _) | (_, None) => Err(String::new()),
                (_, Some(sc)) => {
                    Session::from_record(Arc::clone(sc), &rec.record).map_err(|e| e.to_string())
                }
            },
        };
        data.session = Some(OpenSession {
            index,
            record,
            session,
            debrief: PerLanguage::default(),
        });
        redraw.request();
    }
    let Some(open) = data.session.as_mut() else {
        return;
    };
    let (Ok(session), Ok(rec)) = (&open.session, &open.record) else {
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
