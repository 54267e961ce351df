//! The funnel view: for each assignment a bar of its trainees by status (not started, in
//! progress, overdue, completed) and each trainee's line; then the funnel per trainee.

use bevy_egui::egui;

use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::programme::export::{status_text, work_title};
use callcoach_core::programme::model::Programme;
use callcoach_core::programme::progress::{Funnel, Status};

use super::Figures;
use crate::screens::assigned_shelf::status_colour;
use crate::theme::{BAD, TEXT_ON_GRID_CELL};
use crate::widgets::accessible_name;

/// Draws the funnels.
pub(super) fn funnel(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    programme: &Programme,
    figures: &Figures,
) {
    if figures.funnels.is_empty() {
        ui.label(loc.t(lang, "programme-no-assignments"));
        return;
    }
    legend(ui, loc, lang);
    for f in &figures.funnels {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(work_title(programme, &f.work, loc, lang)).strong());
                ui.label(loc.ta(
                    lang,
                    "app-programme-due",
                    &[("date", s(loc.date(lang, f.due)))],
                ));
                ui.weak(loc.ta(
                    lang,
                    "app-prog-assigned-count",
                    &[("count", n(f.funnel.assigned as f64))],
                ));
            });
            bar(ui, loc, lang, &f.funnel);
            egui::Grid::new(("prog-funnel", &f.assignment))
                .striped(true)
                .num_columns(4)
                .show(ui, |ui| {
                    for p in &f.trainees {
                        ui.label(&p.trainee);
                        ui.label(
                            egui::RichText::new(status_text(loc, lang, p.status))
                                .color(status_colour(p.status))
                                .strong(),
                        );
                        ui.label(loc.ta(
                            lang,
                            "programme-steps-done",
                            &[
                                ("done", n(p.steps_done() as f64)),
                                ("total", n(p.steps.len() as f64)),
                            ],
                        ));
                        match &p.completed {
                            Some(d) => {
                                let id = if p.late {
                                    "programme-completed-late"
                                } else {
                                    "programme-completed-on"
                                };
                                ui.label(loc.ta(
                                    lang,
                                    id,
                                    &[("date", s(loc.date(lang, d.at.date_naive())))],
                                ));
                            }
                            None if p.status == Status::Overdue => {
                                ui.colored_label(BAD, loc.t(lang, "app-prog-overdue-note"));
                            }
                            None => {
                                ui.label("");
                            }
                        }
                        ui.end_row();
                    }
                });
        });
        ui.add_space(6.0);
    }
    ui.add_space(6.0);
    ui.label(egui::RichText::new(loc.t(lang, "app-prog-per-trainee")).strong());
    egui::Grid::new("prog-per-trainee")
        .striped(true)
        .num_columns(6)
        .show(ui, |ui| {
            ui.label(egui::RichText::new(loc.t(lang, "programme-col-trainee")).strong());
            ui.label(egui::RichText::new(loc.t(lang, "programme-col-assigned")).strong());
            for st in Status::ALL {
                ui.label(
                    egui::RichText::new(status_text(loc, lang, st))
                        .color(status_colour(st))
                        .strong(),
                );
            }
            ui.end_row();
            for t in &figures.per_trainee {
                ui.label(&t.trainee);
                ui.label(t.funnel.assigned.to_string());
                for st in Status::ALL {
                    ui.label(t.funnel.count(st).to_string());
                }
                ui.end_row();
            }
        });
}

fn legend(ui: &mut egui::Ui, loc: &Localiser, lang: &str) {
    ui.horizontal_wrapped(|ui| {
        for st in Status::ALL {
            ui.colored_label(
                status_colour(st),
                format!("■ {}", status_text(loc, lang, st)),
            );
        }
    });
}

/// One bar: a segment per status, as wide as its share, with its count.
fn bar(ui: &mut egui::Ui, loc: &Localiser, lang: &str, f: &Funnel) {
    let width = ui.available_width().min(640.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, 24.0), egui::Sense::hover());
    let total = f.assigned.max(1) as f32;
    let mut x = rect.left();
    let mut words = Vec::new();
    for st in Status::ALL {
        let count = f.count(st);
        words.push(format!("{} {count}", status_text(loc, lang, st)));
        if count == 0 {
            continue;
        }
        let w = rect.width() * count as f32 / total;
        let seg =
            egui::Rect::from_min_size(egui::pos2(x, rect.top()), egui::vec2(w, rect.height()));
        ui.painter().rect_filled(seg, 2.0, status_colour(st));
        ui.painter().text(
            seg.center(),
            egui::Align2::CENTER_CENTER,
            count.to_string(),
            egui::FontId::proportional(crate::theme::GRID_CELL_TEXT_SIZE),
            TEXT_ON_GRID_CELL,
        );
        x += w;
    }
    accessible_name(
        &response,
        egui::WidgetType::ProgressIndicator,
        &words.join(", "),
    );
}
