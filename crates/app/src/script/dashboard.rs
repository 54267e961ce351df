//! The `dashboard-…` script verbs: choose a tab, filter, sort, select and open sessions,
//! reload and export, as the coordinator's clicks do.

use bevy::prelude::*;

use super::ScriptVerb;
use crate::screens::dashboard::{DashboardData, DashboardUi, Tab};
use callcoach_core::cohort::dashboard::Column;
use callcoach_core::records::verify::Verification;

/// Script verbs: `dashboard-tab TAB`, `dashboard-trainee TEXT`, `dashboard-scenario ID|all`,
/// `dashboard-sort COLUMN asc|desc`, `dashboard-grid on|off`, `dashboard-select-first` (the first table row),
/// `dashboard-open-first` (the selected row's newest session), `dashboard-open-flagged`
/// (the first tampered session), `dashboard-close`, `dashboard-reload`, `dashboard-export`,
/// `dashboard-programme-view edit|funnel|mastery` (the "Assignments" tab's view).
pub(super) fn verbs(
    mut verbs: MessageReader<ScriptVerb>,
    mut ui: ResMut<DashboardUi>,
    mut data: ResMut<DashboardData>,
    mut programme: ResMut<crate::screens::dashboard::assignments::ProgrammeTab>,
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
                            c.items
                                .iter()
                                .rposition(|r| r.digest.trainee == *t && r.digest.scenario == *sc)
                        });
                match found {
                    Some(i) => ui.open = Some(i),
                    None => fail("no selected row with sessions".into()),
                }
            }
            "dashboard-open-flagged" => {
                let found = data.cohort.as_ref().and_then(|c| {
                    c.items
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
            "dashboard-programme-view" => {
                use crate::screens::dashboard::assignments::View;
                match View::ALL.into_iter().find(|w| w.key() == v.rest) {
                    Some(w) => programme.view = w,
                    None => fail(format!("unknown programme view {:?}", v.rest)),
                }
            }
            other => fail(format!("unknown command {other:?}")),
        }
    }
}
