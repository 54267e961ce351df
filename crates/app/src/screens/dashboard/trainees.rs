//! The trainees tab: one row per (trainee, scenario) as a sortable list or a grid, the
//! arrangements each trainee agreed, and the sessions of the selected row.

use bevy_egui::egui;

use super::charts::{count, sparkline};
use super::{DashboardUi, Page};
use crate::theme::{BAD, GOOD, GRID_CELL_TEXT_SIZE, TEXT_ON_GRID_CELL, WARN};
use callcoach_core::cohort::dashboard::{self, Column};
use callcoach_core::cohort::report::TraineeScenarioRow;
use callcoach_core::cohort::table::DigestItem;
use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::records::verify::Verification;

/// "Passed last time", "passed before" or "never passed", coloured.
fn pass_label(loc: &Localiser, lang: &str, p: &TraineeScenarioRow) -> egui::RichText {
    match dashboard::pass_rank(p) {
        2 => egui::RichText::new(loc.t(lang, "app-dash-passed-last")).color(GOOD),
        1 => egui::RichText::new(loc.t(lang, "app-dash-passed-before")).color(WARN),
        _ => egui::RichText::new(loc.t(lang, "app-dash-passed-never")).color(BAD),
    }
}

/// The trainees tab: the list or the grid, then the sessions of the selected row.
pub(super) fn trainees(
    ui: &mut egui::Ui,
    page: &Page,
    rows: &[TraineeScenarioRow],
    st: &mut DashboardUi,
) {
    let Page { loc, lang, .. } = *page;
    ui.horizontal(|ui| {
        ui.selectable_value(&mut st.grid, false, loc.t(lang, "app-dash-view-list"));
        ui.selectable_value(&mut st.grid, true, loc.t(lang, "app-dash-view-grid"));
    });
    if st.grid {
        grid(ui, loc, lang, rows, st);
    } else {
        list(ui, loc, lang, rows, st);
    }
    ui.add_space(6.0);
    super::arrangements::table(ui, page);
    sessions_of_selected(ui, page, st);
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
                        egui::FontId::proportional(GRID_CELL_TEXT_SIZE),
                        TEXT_ON_GRID_CELL,
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
fn sessions_of_selected(ui: &mut egui::Ui, page: &Page, st: &mut DashboardUi) {
    let Page {
        loc,
        lang,
        cohort,
        view,
        ..
    } = *page;
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
            cohort.items[i].digest.trainee == trainee && cohort.items[i].digest.scenario == scenario
        })
        .collect();
    sessions.reverse();
    egui::Grid::new("dash-sessions")
        .striped(true)
        .show(ui, |ui| {
            for i in sessions {
                session_row(ui, loc, lang, &cohort.items[i], i, st);
                ui.end_row();
            }
        });
}

/// A record's standing (verified, tampered, version unavailable), coloured.
pub(super) fn standing_label(loc: &Localiser, lang: &str, v: &Verification) -> egui::RichText {
    let key = callcoach_core::cohort::report::Standing::of(v).key();
    let t = egui::RichText::new(loc.t(lang, &format!("app-dash-standing-{key}")));
    match v {
        Verification::Verified => t.color(GOOD),
        Verification::Tampered(_) => t.color(BAD).strong(),
        Verification::VersionUnavailable
        | Verification::Unsigned
        | Verification::NoKey
        | Verification::Duplicate(_) => t.color(WARN).strong(),
    }
}

/// One session in a list: date, score, result, standing, "open".
pub(super) fn session_row(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    r: &DigestItem,
    index: usize,
    st: &mut DashboardUi,
) {
    let rec = &r.digest;
    ui.label(format!(
        "{} {}",
        loc.date(lang, rec.started_at.date_naive()),
        rec.started_at.format("%H:%M")
    ));
    if rec.synthetic {
        ui.label(format!(
            "{} ({})",
            rec.trainee,
            loc.t(lang, "app-dash-synthetic")
        ));
    } else {
        ui.label(&rec.trainee);
    }
    if r.verification.is_trusted() {
        ui.label(format!("{} / 100", rec.overall));
        let verdict = if rec.passed {
            "debrief-passed"
        } else {
            "debrief-failed"
        };
        ui.colored_label(if rec.passed { GOOD } else { BAD }, loc.t(lang, verdict));
    } else {
        // An untrusted record's stored results are not shown as results (the session view
        // says why it is flagged).
        ui.label("–");
        ui.label("–");
    }
    ui.label(standing_label(loc, lang, &r.verification));
    if ui.button(loc.t(lang, "app-dash-open")).clicked() {
        st.open = Some(index);
    }
}
