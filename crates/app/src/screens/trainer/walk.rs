//! The walk: its settings and button, its progress, and the report of the last walk (pass
//! rate, breaches, score spread per dimension, endings, best and worst run, nodes never
//! reached).

use std::sync::Arc;

use bevy_egui::egui::{self, RichText};

use super::panels::{View, arrow, node_link};
use super::{TrainerUi, TrainerWork, WALK_RUNS, WalkDone};
use crate::theme::{BAD, GOOD, WARN};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::l10n::{n, s};
use callcoach_core::engine::walk::WalkSummary;

/// The walk: its settings and button, progress, and the last report.
pub(super) fn walk_panel(
    ui: &mut egui::Ui,
    v: &View,
    st: &mut TrainerUi,
    work: &mut TrainerWork,
    sc: &Arc<CompiledScenario>,
) {
    let busy = work.walk_job().is_some();
    ui.horizontal_wrapped(|ui| {
        ui.strong(v.t("app-trainer-walk"))
            .on_hover_text(v.t("app-trainer-walk-help"));
        ui.label(RichText::new(v.t("app-trainer-walk-runs")).weak());
        for r in WALK_RUNS {
            ui.selectable_value(&mut st.walk_runs, r, v.number(r as f64, 0));
        }
        ui.label(RichText::new(v.t("app-trainer-walk-seed")).weak());
        ui.add(egui::DragValue::new(&mut st.walk_seed));
        if ui
            .add_enabled(!busy, egui::Button::new(v.t("app-trainer-walk-run")))
            .clicked()
        {
            work.start_walk(sc, st.walk_runs.max(1), st.walk_seed);
        }
    });
    if let Some(job) = work.walk_job() {
        let done = job.done.load(std::sync::atomic::Ordering::Relaxed);
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(v.ta(
                "app-trainer-walking",
                &[
                    ("title", s(v.title(&job.scenario))),
                    ("done", s(v.number(done as f64, 0))),
                    ("runs", s(v.number(job.runs as f64, 0))),
                ],
            ));
        });
        ui.add(egui::ProgressBar::new(done as f32 / job.runs.max(1) as f32));
    }
    let Some(done) = work.walk(&sc.id) else {
        if !busy {
            ui.label(RichText::new(v.t("app-trainer-walk-help")).weak());
        }
        return;
    };
    walk_summary(ui, v, st, sc, &done);
}

/// A walk's report: pass rate, breaches, score spread per dimension, endings, best and worst
/// run, nodes never reached.
fn walk_summary(
    ui: &mut egui::Ui,
    v: &View,
    st: &mut TrainerUi,
    sc: &Arc<CompiledScenario>,
    done: &WalkDone,
) {
    let r = &done.report;
    ui.add_space(4.0);
    if !Arc::ptr_eq(&done.sc, sc) {
        ui.colored_label(WARN, v.t("app-trainer-walk-stale"));
    }
    ui.label(
        RichText::new(v.ta(
            "app-trainer-walk-summary",
            &[
                ("runs", n(r.runs as f64)),
                ("shown", s(v.number(r.runs as f64, 0))),
                ("seed", s(r.seed.to_string())),
                ("ms", s(v.number(done.millis as f64, 0))),
            ],
        ))
        .weak(),
    );
    let pct = |x: f64| v.number(x * 100.0, 1);
    ui.horizontal(|ui| {
        ui.strong(v.ta("app-trainer-pass-rate", &[("rate", s(pct(r.pass_rate)))]));
        ui.add(
            egui::ProgressBar::new(r.pass_rate as f32)
                .fill(GOOD)
                .desired_height(ui.text_style_height(&egui::TextStyle::Small)),
        );
    });
    let breach_rate = r.critical_breaches as f64 / r.runs.max(1) as f64;
    ui.colored_label(
        if r.critical_breaches > 0 { BAD } else { GOOD },
        v.ta(
            "app-trainer-breaches",
            &[
                ("count", n(r.critical_breaches as f64)),
                ("shown", s(v.number(r.critical_breaches as f64, 0))),
                ("rate", s(pct(breach_rate))),
            ],
        ),
    );
    if r.stuck > 0 {
        ui.colored_label(
            WARN,
            v.ta(
                "app-trainer-stuck",
                &[
                    ("count", n(r.stuck as f64)),
                    ("shown", s(v.number(r.stuck as f64, 0))),
                ],
            ),
        );
    }
    spreads(ui, v, sc, r);
    outcomes(ui, v, sc, r);
    super::deal::walk_arrangements(ui, v, &r.arrangements);
    best_and_worst(ui, v, st, r);
    ui.add_space(4.0);
    if r.unreached.is_empty() {
        ui.colored_label(GOOD, v.t("app-trainer-all-reached"));
    } else {
        ui.colored_label(
            WARN,
            v.ta(
                "app-trainer-unreached",
                &[("count", n(r.unreached.len() as f64))],
            ),
        );
        ui.horizontal_wrapped(|ui| {
            for id in &r.unreached {
                node_link(ui, st, id);
            }
        });
    }
}

/// Each dimension's score bands, mean, range, pass mark and pass rate, in two columns.
fn spreads(ui: &mut egui::Ui, v: &View, sc: &CompiledScenario, r: &WalkSummary) {
    let pct = |x: f64| v.number(x * 100.0, 1);
    ui.add_space(6.0);
    ui.strong(v.t("app-trainer-spread"));
    ui.columns(2, |cols| {
        for (k, spread) in r.spreads.iter().enumerate() {
            let ui = &mut cols[k % 2];
            let mark = sc
                .pass_marks
                .iter()
                .find(|(d, _)| *d == spread.dimension)
                .map(|(_, m)| *m)
                .unwrap_or(sc.resolution_pass_mark);
            ui.label(RichText::new(v.dimension(spread.dimension)).strong());
            bands(ui, v, &spread.bands, mark);
            ui.label(
                RichText::new(v.ta(
                    "app-trainer-spread-line",
                    &[
                        ("mean", s(v.number(spread.mean, 0))),
                        ("min", n(spread.min as f64)),
                        ("max", n(spread.max as f64)),
                        ("mark", n(mark as f64)),
                        ("rate", s(pct(spread.pass_rate))),
                    ],
                ))
                .small(),
            );
            ui.add_space(4.0);
        }
    });
}

/// How often each ending was reached, as bars (green when it meets the pass mark).
fn outcomes(ui: &mut egui::Ui, v: &View, sc: &CompiledScenario, r: &WalkSummary) {
    ui.add_space(6.0);
    ui.strong(v.t("app-trainer-outcomes"));
    let most = r.outcomes.values().copied().max().unwrap_or(1).max(1);
    egui::Grid::new("trainer-walk-outcomes")
        .num_columns(3)
        .spacing([8.0, 2.0])
        .show(ui, |ui| {
            for (o, count) in &r.outcomes {
                let score = sc.outcome_score(*o);
                let colour = if score >= sc.resolution_pass_mark {
                    GOOD
                } else {
                    BAD
                };
                ui.label(v.outcome(*o));
                ui.label(v.number(*count as f64, 0));
                let (rect, _) = ui.allocate_exact_size(
                    egui::vec2(120.0, ui.text_style_height(&egui::TextStyle::Small)),
                    egui::Sense::hover(),
                );
                let mut bar = rect;
                bar.set_width(rect.width() * *count as f32 / most as f32);
                ui.painter()
                    .rect_filled(bar, 2.0, colour.gamma_multiply(0.8));
                ui.end_row();
            }
        });
}

/// The best and the worst run: score, result, ending, seed, and its path as links.
fn best_and_worst(ui: &mut egui::Ui, v: &View, st: &mut TrainerUi, r: &WalkSummary) {
    for (key, run) in [
        ("app-trainer-best-run", &r.best),
        ("app-trainer-worst-run", &r.worst),
    ] {
        let Some(run) = run else { continue };
        ui.add_space(4.0);
        let verdict = if run.passed {
            "debrief-passed"
        } else {
            "debrief-failed"
        };
        ui.colored_label(
            if run.passed { GOOD } else { BAD },
            v.ta(
                key,
                &[
                    ("score", n(run.overall as f64)),
                    ("result", s(v.t(verdict))),
                    ("outcome", s(v.outcome(run.outcome))),
                    ("seed", s(run.seed.to_string())),
                ],
            ),
        );
        egui::CollapsingHeader::new(
            v.ta("app-trainer-path", &[("count", n(run.path.len() as f64))]),
        )
        .id_salt((key, "path"))
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                for (i, step) in run.path.iter().enumerate() {
                    if i > 0 {
                        arrow(ui);
                    }
                    let node = step.split_once('.').map_or(step.as_str(), |(n, _)| n);
                    if ui.link(RichText::new(step).monospace().small()).clicked() {
                        st.select_node(node);
                    }
                }
            });
        });
    }
}

/// A small bar chart of a dimension's score bands (0–9 … 90–99, 100); bands at or above the
/// pass mark green, below red.
fn bands(ui: &mut egui::Ui, v: &View, bands: &[u64; 11], mark: u8) {
    let height = 36.0;
    let width = ui.available_width().clamp(100.0, 420.0);
    let (rect, resp) =
        ui.allocate_exact_size(egui::vec2(width, height + 12.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let most = bands.iter().copied().max().unwrap_or(0).max(1);
    let slot = width / 11.0;
    let base = rect.top() + height;
    painter.line_segment(
        [
            egui::pos2(rect.left(), base),
            egui::pos2(rect.right(), base),
        ],
        ui.visuals().widgets.noninteractive.bg_stroke,
    );
    let mut hovered = None;
    for (i, &count) in bands.iter().enumerate() {
        let low = (i * 10) as u8;
        let colour = if low >= mark {
            GOOD
        } else if low + 9 >= mark {
            WARN
        } else {
            BAD
        };
        let h = if count == 0 {
            0.0
        } else {
            (height - 2.0) * count as f32 / most as f32
        }
        .max(if count > 0 { 2.0 } else { 0.0 });
        let x0 = rect.left() + slot * i as f32 + 1.0;
        let bar =
            egui::Rect::from_min_max(egui::pos2(x0, base - h), egui::pos2(x0 + slot - 2.0, base));
        painter.rect_filled(bar, 1.0, colour.gamma_multiply(0.85));
        if resp.hovered()
            && let Some(p) = resp.hover_pos()
            && p.x >= x0
            && p.x < x0 + slot
        {
            hovered = Some((i, count));
        }
    }
    let small = egui::TextStyle::Small.resolve(ui.style());
    let weak = ui.visuals().weak_text_color();
    painter.text(
        egui::pos2(rect.left(), base + 1.0),
        egui::Align2::LEFT_TOP,
        "0",
        small.clone(),
        weak,
    );
    painter.text(
        egui::pos2(rect.right(), base + 1.0),
        egui::Align2::RIGHT_TOP,
        "100",
        small,
        weak,
    );
    if let Some((i, count)) = hovered {
        let range = if i == 10 {
            "100".to_string()
        } else {
            format!("{}–{}", i * 10, i * 10 + 9)
        };
        resp.on_hover_text(v.ta(
            "app-trainer-band",
            &[
                ("range", s(range)),
                ("count", n(count as f64)),
                ("shown", s(v.number(count as f64, 0))),
            ],
        ));
    }
}
