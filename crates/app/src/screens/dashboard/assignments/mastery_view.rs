//! The mastery matrix: trainees down, rules across; each cell coloured by the share of
//! attempts that kept the rule (red to green), with the share and the trend's arrow; the
//! rules named below by number, and each cell's detail on hover.

use bevy_egui::egui;

use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::programme::mastery::{Mastery, Trend};

use crate::theme::{BAD, GOOD, GRID_CELL_TEXT_SIZE, TEXT_ON_GRID_CELL, WARN};
use crate::widgets::accessible_name;

/// The colour of a share kept: red below a half, amber to four in five, green above.
fn fill(share: f64) -> egui::Color32 {
    if share >= 0.8 {
        GOOD
    } else if share >= 0.5 {
        WARN
    } else {
        BAD
    }
}

fn arrow(t: Trend) -> &'static str {
    match t {
        Trend::Up => "↑",
        Trend::Down => "↓",
        Trend::Flat => "→",
        Trend::Unknown => "",
    }
}

/// Draws the matrix.
pub(super) fn matrix(ui: &mut egui::Ui, loc: &Localiser, lang: &str, m: &Mastery) {
    if m.trainees.is_empty() {
        ui.label(loc.t(lang, "programme-mastery-empty"));
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(GOOD, loc.t(lang, "app-prog-mastery-good"));
        ui.colored_label(WARN, loc.t(lang, "app-prog-mastery-mid"));
        ui.colored_label(BAD, loc.t(lang, "app-prog-mastery-bad"));
        ui.weak(loc.t(lang, "app-prog-mastery-legend"));
    });
    let cell = egui::vec2(54.0, 24.0);
    egui::ScrollArea::horizontal()
        .id_salt("prog-mastery-scroll")
        .show(ui, |ui| {
            egui::Grid::new("prog-mastery")
                .spacing(egui::vec2(3.0, 3.0))
                .show(ui, |ui| {
                    ui.label("");
                    for (i, r) in m.rules.iter().enumerate() {
                        ui.add_sized(
                            cell,
                            egui::Label::new(egui::RichText::new(format!("{}", i + 1)).strong()),
                        )
                        .on_hover_text(loc.ui(lang, &r.rule, None, None).text);
                    }
                    ui.end_row();
                    for (t, name) in m.trainees.iter().enumerate() {
                        ui.label(name);
                        for (r, key) in m.rules.iter().enumerate() {
                            let (rect, response) =
                                ui.allocate_exact_size(cell, egui::Sense::hover());
                            let Some(c) = &m.cells[t][r] else {
                                ui.painter().rect_stroke(
                                    rect,
                                    2.0,
                                    (1.0, ui.visuals().weak_text_color()),
                                    egui::StrokeKind::Inside,
                                );
                                continue;
                            };
                            let share = c.share();
                            ui.painter()
                                .rect_filled(rect, 2.0, fill(share).gamma_multiply(0.8));
                            let pct = (share * 100.0).round();
                            ui.painter().text(
                                rect.center(),
                                egui::Align2::CENTER_CENTER,
                                format!("{pct}% {}", arrow(c.trend)),
                                egui::FontId::proportional(GRID_CELL_TEXT_SIZE),
                                TEXT_ON_GRID_CELL,
                            );
                            let detail = loc.ta(
                                lang,
                                "app-prog-mastery-cell",
                                &[
                                    ("trainee", s(name.clone())),
                                    ("rule", s(loc.ui(lang, &key.rule, None, None).text)),
                                    ("kept", n(c.kept as f64)),
                                    ("attempts", n(c.attempts as f64)),
                                    ("drills", n(c.drills as f64)),
                                    ("last", s(loc.t(lang, &format!("status-{}", c.last.key())))),
                                    (
                                        "trend",
                                        s(loc.t(
                                            lang,
                                            &format!("programme-trend-{}", c.trend.key()),
                                        )),
                                    ),
                                ],
                            );
                            accessible_name(&response, egui::WidgetType::Label, &detail);
                            response.on_hover_text(detail);
                        }
                        ui.end_row();
                    }
                });
        });
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        for (i, r) in m.rules.iter().enumerate() {
            ui.small(format!(
                "{} {}",
                i + 1,
                loc.ui(lang, &r.rule, None, None).text
            ));
            ui.separator();
        }
    });
}
