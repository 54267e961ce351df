//! The problems tab: corrupt record files, and the sessions that are tampered or whose
//! scenario version is unavailable.

use bevy_egui::egui;

use super::trainees::session_row;
use super::{DashboardUi, Page};
use crate::theme::{BAD, GOOD};
use callcoach_core::records::verify::Verification;

/// The corrupt files, then the flagged sessions with their file names.
pub(super) fn problem_list(ui: &mut egui::Ui, page: &Page, st: &mut DashboardUi) {
    let Page {
        loc,
        lang,
        cohort,
        view,
        ..
    } = *page;
    let flagged: Vec<usize> = view
        .sessions
        .iter()
        .copied()
        .filter(|&i| cohort.items[i].verification != Verification::Verified)
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
                    let r = &cohort.items[i];
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
