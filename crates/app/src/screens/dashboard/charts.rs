//! The dashboard's painted figures: the score histogram, the weekly trend, a pair's
//! sparkline, and the number formats they share.

use bevy_egui::egui;
use rust_decimal::Decimal;

use crate::theme::{ACCENT_BLUE, BAD, CHART_TEXT_SIZE, GOOD};
use callcoach_core::cohort::dashboard::{Histogram, TrendPoint};
use callcoach_core::content::l10n::{Localiser, n, s};

/// A count formatted the language's way (grouped digits).
pub(super) fn count(loc: &Localiser, lang: &str, v: usize) -> String {
    loc.number(lang, Decimal::from(v as u64), 0)
}

/// A 0–1 share as a whole percentage, formatted the language's way.
pub(super) fn pct(loc: &Localiser, lang: &str, share: f64) -> String {
    loc.number(
        lang,
        Decimal::from_f64_retain((share * 100.0).round()).unwrap_or_default(),
        0,
    )
}

/// Overall scores in ten bands, passed and failed stacked; hover a bar for its numbers.
pub(super) fn histogram_chart(ui: &mut egui::Ui, loc: &Localiser, lang: &str, h: &Histogram) {
    let width = ui.available_width().min(560.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, 170.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let axis = visuals.weak_text_color();
    let font = egui::FontId::proportional(CHART_TEXT_SIZE);
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
pub(super) fn trend_chart(ui: &mut egui::Ui, loc: &Localiser, lang: &str, trend: &[TrendPoint]) {
    let width = ui.available_width().min(560.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, 170.0), egui::Sense::hover());
    let chart = Chart {
        painter: ui.painter_at(rect),
        rect,
        plot: egui::Rect::from_min_max(
            rect.min + egui::vec2(34.0, 6.0),
            rect.max - egui::vec2(8.0, 32.0),
        ),
        axis: ui.visuals().weak_text_color(),
        font: egui::FontId::proportional(CHART_TEXT_SIZE),
        count: trend.len(),
    };
    chart.scale();
    let mean: Vec<egui::Pos2> = trend
        .iter()
        .enumerate()
        .map(|(i, p)| egui::pos2(chart.x_of(i), chart.y_of(p.mean)))
        .collect();
    let pass: Vec<egui::Pos2> = trend
        .iter()
        .enumerate()
        .map(|(i, p)| egui::pos2(chart.x_of(i), chart.y_of(p.pass_rate * 100.0)))
        .collect();
    chart.lines(&[(mean, ACCENT_BLUE), (pass, GOOD)]);
    if let (Some(first), Some(last)) = (trend.first(), trend.last()) {
        chart.date_label(
            loc.date(lang, first.week),
            chart.plot.left(),
            egui::Align2::LEFT_TOP,
        );
        chart.date_label(
            loc.date(lang, last.week),
            chart.plot.right(),
            egui::Align2::RIGHT_TOP,
        );
    }
    chart.legend(loc, lang);
    if let Some(p) = response.hover_pos()
        && chart.count > 0
    {
        let i = (0..chart.count)
            .min_by(|&a, &b| {
                (chart.x_of(a) - p.x)
                    .abs()
                    .total_cmp(&(chart.x_of(b) - p.x).abs())
            })
            .unwrap_or(0);
        chart.painter.line_segment(
            [
                egui::pos2(chart.x_of(i), chart.plot.top()),
                egui::pos2(chart.x_of(i), chart.plot.bottom()),
            ],
            (0.5, chart.axis),
        );
        response.on_hover_text(trend_point_text(loc, lang, &trend[i]));
    }
}

/// The trend chart's frame: where it paints, and how a week and a score map to a point.
struct Chart {
    painter: egui::Painter,
    rect: egui::Rect,
    plot: egui::Rect,
    axis: egui::Color32,
    font: egui::FontId,
    /// How many weeks there are.
    count: usize,
}

impl Chart {
    fn x_of(&self, i: usize) -> f32 {
        if self.count <= 1 {
            self.plot.center().x
        } else {
            self.plot.left() + self.plot.width() * i as f32 / (self.count - 1) as f32
        }
    }

    fn y_of(&self, v: f64) -> f32 {
        self.plot.bottom() - (v as f32 / 100.0) * self.plot.height()
    }

    /// Lines at 0, 50 and 100, labelled on the left.
    fn scale(&self) {
        let plot = self.plot;
        for v in [0.0_f32, 50.0, 100.0] {
            let y = plot.bottom() - v / 100.0 * plot.height();
            self.painter.line_segment(
                [egui::pos2(plot.left(), y), egui::pos2(plot.right(), y)],
                (if v == 0.0 { 1.0 } else { 0.5 }, self.axis),
            );
            self.painter.text(
                egui::pos2(plot.left() - 4.0, y),
                egui::Align2::RIGHT_CENTER,
                format!("{v}"),
                self.font.clone(),
                self.axis,
            );
        }
    }

    /// A line through each series' points, then every point a dot (dots over lines).
    fn lines(&self, series: &[(Vec<egui::Pos2>, egui::Color32)]) {
        for (points, colour) in series {
            self.painter.add(egui::Shape::line(
                points.clone(),
                egui::Stroke::new(2.0, *colour),
            ));
        }
        for (points, colour) in series {
            for p in points {
                self.painter.circle_filled(*p, 2.5, *colour);
            }
        }
    }

    /// A date under the plot at `x`.
    fn date_label(&self, date: String, x: f32, anchor: egui::Align2) {
        self.painter.text(
            egui::pos2(x, self.plot.bottom() + 2.0),
            anchor,
            date,
            self.font.clone(),
            self.axis,
        );
    }

    /// The two lines' names under the dates.
    fn legend(&self, loc: &Localiser, lang: &str) {
        let ly = self.rect.bottom() - 8.0;
        let lx = self.plot.left() + self.plot.width() * 0.45;
        for (x, colour, key) in [
            (self.plot.left(), ACCENT_BLUE, "app-dash-trend-mean"),
            (lx, GOOD, "app-dash-trend-pass"),
        ] {
            self.painter
                .line_segment([egui::pos2(x, ly), egui::pos2(x + 16.0, ly)], (2.0, colour));
            self.painter.text(
                egui::pos2(x + 20.0, ly),
                egui::Align2::LEFT_CENTER,
                loc.t(lang, key),
                self.font.clone(),
                self.axis,
            );
        }
    }
}

/// A week's hover text: sessions, mean score, pass rate.
fn trend_point_text(loc: &Localiser, lang: &str, w: &TrendPoint) -> String {
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
    )
}

/// A tiny line of a pair's scores so far.
pub(super) fn sparkline(ui: &mut egui::Ui, history: &[u8], last_passed: bool) {
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
