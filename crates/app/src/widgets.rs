//! Widgets more than one screen draws: a debrief's scores and rule cards (the debrief and the
//! dashboard's session page), a figure in a box, a share as a bar, a diagnostic level's colour.

use bevy_egui::egui;

use crate::theme::{BAD, GOOD, NOT_APPLICABLE, WARN};
use callcoach_core::content::diagnostic::Level;
use callcoach_core::content::l10n::{Localiser, n, s};
use callcoach_core::engine::scoring::{RuleStatus, Scorecard};
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::debrief::{DebriefRule, score_args};

/// Gives a control whose visible text does not say what it does (a symbol such as "A+", a
/// number) its accessible name: what a screen reader announces, in the user's language.
pub fn accessible_name(response: &egui::Response, typ: egui::WidgetType, name: &str) {
    let enabled = response.enabled();
    response.widget_info(|| egui::WidgetInfo::labeled(typ, enabled, name));
}

/// Names a button that starts something ("Play", "Drill", "Start case") for a screen reader
/// with what it starts: "action: title" (`app-play-named`), since many such buttons share
/// their visible text.
pub fn name_start_button(
    button: &egui::Response,
    loc: &Localiser,
    lang: &str,
    action: String,
    title: String,
) {
    accessible_name(
        button,
        egui::WidgetType::Button,
        &loc.ta(
            lang,
            "app-play-named",
            &[("action", s(action)), ("title", s(title))],
        ),
    );
}

/// How many accessible children `ui` has so far (for [`read_last`]).
pub fn accessible_children(ui: &egui::Ui) -> usize {
    ui.ctx()
        .accesskit_node_builder(ui.unique_id(), |n| n.children().len())
        .unwrap_or(0)
}

/// Moves the accessible children `ui` gained from position `from` up to `to` to the end of
/// its list, so a screen reader reads them last: a panel laid out first to keep its space
/// (the call's answers at the bottom) is then read after the conversation it answers.
pub fn read_last(ui: &egui::Ui, from: usize, to: usize) {
    ui.ctx().accesskit_node_builder(ui.unique_id(), |n| {
        let mut children = n.children().to_vec();
        if from <= to && to <= children.len() {
            let moved: Vec<_> = children.drain(from..to).collect();
            children.extend(moved);
            n.set_children(children);
        }
    });
}

/// The message key and colour of a rule status.
pub fn status_key(s: RuleStatus) -> (&'static str, egui::Color32) {
    match s {
        RuleStatus::Met => ("status-met", GOOD),
        RuleStatus::Partial => ("status-partial", WARN),
        RuleStatus::Missed => ("status-missed", WARN),
        RuleStatus::Broken => ("status-broken", BAD),
        RuleStatus::NotApplicable => ("status-not-applicable", NOT_APPLICABLE),
    }
}

/// Scores per dimension as bars with pass/fail, the critical-breach line and the verdict.
pub fn scores_block(ui: &mut egui::Ui, loc: &Localiser, text: &CallText, scores: &Scorecard) {
    let lang = text.lang;
    for d in &scores.dimensions {
        ui.horizontal(|ui| {
            let (label_rect, _) = ui.allocate_exact_size(
                egui::vec2(170.0, ui.spacing().interact_size.y),
                egui::Sense::hover(),
            );
            let name = ui.put(
                label_rect,
                egui::Label::new(egui::RichText::new(text.dimension(d.dimension)).strong()),
            );
            // Announced as "<dimension>, <score> / 100".
            ui.add(
                egui::ProgressBar::new(d.score as f32 / 100.0)
                    .desired_width(260.0)
                    .fill(if d.passed { GOOD } else { BAD })
                    .text(format!("{} / 100", d.score)),
            )
            .labelled_by(name.id);
            let args = score_args(text, d);
            ui.colored_label(
                if d.passed { GOOD } else { BAD },
                loc.ta(lang, "app-score-line", &args),
            );
        });
    }
    if scores.critical_breach {
        ui.colored_label(BAD, loc.t(lang, "debrief-critical"));
    }
    let verdict = if scores.passed {
        "debrief-passed"
    } else {
        "debrief-failed"
    };
    ui.label(
        egui::RichText::new(loc.ta(
            lang,
            "app-verdict",
            &[
                ("result", s(loc.t(lang, verdict))),
                ("score", n(scores.overall as f64)),
            ],
        ))
        .heading()
        .color(if scores.passed { GOOD } else { BAD }),
    );
}

/// One rule of a debrief: status, title, points, severity, deciding turn, citation, coaching,
/// what was said and a better answer. Returns the 0-based turn to rewind to when its
/// "rewind" button (shown only with `can_rewind`) was clicked.
pub fn rule_card(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    r: &DebriefRule,
    can_rewind: bool,
) -> Option<usize> {
    let mut rewind = None;
    let (key, color) = status_key(r.result.status);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(color, egui::RichText::new(loc.t(lang, key)).strong());
            ui.label(
                egui::RichText::new(format!("{} {}", r.result.rule, r.title.marked())).strong(),
            );
            ui.label(format!("{}/{}", r.result.earned, r.result.max));
            ui.label(loc.t(lang, &format!("severity-{}", r.result.severity.key())));
            match r.result.turn {
                Some(0) => {
                    ui.label(loc.t(lang, "debrief-rule-call-time"));
                }
                Some(t) => {
                    ui.label(loc.ta(lang, "debrief-rule-turn", &[("turn", n(t as f64))]));
                }
                None => {}
            }
        });
        if !r.citation.text.is_empty() {
            ui.small(loc.ta(
                lang,
                "app-citation",
                &[("citation", s(r.citation.marked()))],
            ));
        }
        if !r.coaching.missing {
            ui.label(r.coaching.marked());
        }
        if let Some(said) = &r.said {
            ui.label(format!(
                "{}: {}",
                loc.t(lang, "call-you-say"),
                loc.ta(lang, "app-quote", &[("text", s(said.marked()))])
            ));
            if let Some(why) = &r.said_why {
                ui.label(egui::RichText::new(why.marked()).italics());
            }
        }
        if let Some(better) = &r.better {
            ui.colored_label(
                GOOD,
                format!(
                    "{} {}",
                    loc.t(lang, "debrief-better"),
                    loc.ta(lang, "app-quote", &[("text", s(better.marked()))])
                ),
            );
            if let Some(why) = &r.better_why {
                ui.label(egui::RichText::new(why.marked()).italics());
            }
        }
        if let Some(turn) = r.result.turn.filter(|t| *t >= 1)
            && matches!(
                r.result.status,
                RuleStatus::Broken | RuleStatus::Partial | RuleStatus::Missed
            )
            && can_rewind
            && ui.small_button(loc.t(lang, "app-rewind")).clicked()
        {
            rewind = Some(turn as usize - 1);
        }
    });
    rewind
}

/// A figure in a box: a small label above a large value, coloured when it needs attention.
pub fn stat(ui: &mut egui::Ui, label: String, value: String, color: Option<egui::Color32>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_min_width(120.0);
        ui.vertical(|ui| {
            ui.small(label);
            let t = egui::RichText::new(value).heading().strong();
            ui.label(match color {
                Some(c) => t.color(c),
                None => t,
            });
        });
    });
}

/// A share (0–1) as a thin bar, at most 320 points wide.
pub fn share_bar(ui: &mut egui::Ui, share: f32, color: egui::Color32) {
    ui.add(
        egui::ProgressBar::new(share.clamp(0.0, 1.0))
            .desired_width(ui.available_width().min(320.0))
            .desired_height(8.0)
            .fill(color),
    );
}

/// The colour of a diagnostic level (a note is weak text).
pub fn level_colour(ui: &egui::Ui, level: Level) -> egui::Color32 {
    match level {
        Level::Error => BAD,
        Level::Warning => WARN,
        Level::Note => ui.visuals().weak_text_color(),
    }
}
