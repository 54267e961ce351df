//! Arrangements per trainee: among the calls that agreed terms, the share that were
//! sustainable, unsustainable and outside the mandate (figures from
//! `callcoach_core::cohort::arrangements`), for the trainees tab and the overview.

use bevy_egui::egui;

use super::Page;
use super::charts::{count, pct};
use crate::theme::{BAD, GOOD, WARN};
use crate::widgets::stat;
use callcoach_core::cohort::arrangements::TraineeArrangements;
use callcoach_core::content::l10n::Localiser;

/// A share as "42 %" in the language's way, or a dash when nothing was agreed.
fn share(loc: &Localiser, lang: &str, v: Option<f64>) -> String {
    v.map_or_else(|| "–".into(), |v| format!("{} %", pct(loc, lang, v)))
}

/// The cohort-wide figures as three headline stats (nothing when no call agreed terms).
pub(super) fn cohort_stats(ui: &mut egui::Ui, page: &Page) {
    let Page {
        loc, lang, view, ..
    } = *page;
    let all = &view.summary.cohort_arrangements;
    ui.label(egui::RichText::new(loc.t(lang, "app-dash-arr-title")).strong());
    if all.tally.agreed == 0 {
        ui.weak(loc.t(lang, "app-dash-arr-none"));
        return;
    }
    ui.horizontal_wrapped(|ui| {
        stat(
            ui,
            loc.t(lang, "app-dash-arr-agreed"),
            count(loc, lang, all.tally.agreed),
            None,
        );
        stat(
            ui,
            loc.t(lang, "app-dash-arr-sustainable"),
            share(loc, lang, all.sustainable_share),
            Some(GOOD),
        );
        let warn = |v: usize| Some(if v > 0 { BAD } else { GOOD });
        stat(
            ui,
            loc.t(lang, "app-dash-arr-unsustainable"),
            share(loc, lang, all.unsustainable_share),
            warn(all.tally.unsustainable),
        );
        stat(
            ui,
            loc.t(lang, "app-dash-arr-outside-mandate"),
            share(loc, lang, all.outside_mandate_share),
            warn(all.tally.outside_mandate),
        );
    });
}

/// The per-trainee table, the cohort's row last; worrying shares in red.
pub(super) fn table(ui: &mut egui::Ui, page: &Page) {
    let Page {
        loc, lang, view, ..
    } = *page;
    let sm = &view.summary;
    egui::CollapsingHeader::new(egui::RichText::new(loc.t(lang, "app-dash-arr-title")).strong())
        .id_salt("dash-arrangements")
        .default_open(true)
        .show(ui, |ui| {
            if sm.cohort_arrangements.tally.agreed == 0 {
                ui.weak(loc.t(lang, "app-dash-arr-none"));
                return;
            }
            ui.weak(loc.t(lang, "app-dash-arr-help"));
            egui::Grid::new("dash-arr-table")
                .striped(true)
                .num_columns(6)
                .spacing(egui::vec2(14.0, 4.0))
                .show(ui, |ui| {
                    for key in [
                        "app-dash-col-trainee",
                        "app-dash-arr-calls",
                        "app-dash-arr-agreed",
                        "app-dash-arr-sustainable",
                        "app-dash-arr-unsustainable",
                        "app-dash-arr-outside-mandate",
                    ] {
                        ui.label(egui::RichText::new(loc.t(lang, key)).strong());
                    }
                    ui.end_row();
                    for a in &sm.arrangements {
                        row(ui, loc, lang, a, a.trainee.clone());
                    }
                    let all = loc.t(lang, "app-dash-arr-cohort");
                    row(ui, loc, lang, &sm.cohort_arrangements, all);
                });
        });
}

/// One row of the table.
fn row(ui: &mut egui::Ui, loc: &Localiser, lang: &str, a: &TraineeArrangements, name: String) {
    ui.label(name);
    ui.label(count(loc, lang, a.tally.calls));
    ui.label(count(loc, lang, a.tally.agreed));
    ui.label(share(loc, lang, a.sustainable_share));
    let tint = |n: usize, text: String| {
        let t = egui::RichText::new(text);
        match n {
            0 => t,
            _ if n * 4 >= a.tally.agreed => t.color(BAD),
            _ => t.color(WARN),
        }
    };
    ui.label(tint(
        a.tally.unsustainable,
        share(loc, lang, a.unsustainable_share),
    ));
    ui.label(tint(
        a.tally.outside_mandate,
        share(loc, lang, a.outside_mandate_share),
    ));
    ui.end_row();
}
