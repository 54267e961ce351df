//! Item analysis on the trainer's graph (docs/item-analysis.md): how often each answer is
//! picked by strong and weak trainees, from the data folder's trusted records, with the
//! miskey, non-discriminating, too-easy and too-hard flags. The status line above the graph,
//! a node's figures and each answer's line in the inspector, and which nodes the graph badges.

use bevy_egui::egui::{self, Color32, RichText};

use super::panels::View;
use super::work::{ItemsDone, TrainerWork};
use crate::theme::{BAD, WARN};
use callcoach_core::cohort::items::{ChoiceItem, ItemFlag, NodeItem};
use callcoach_core::content::l10n::{n, s};

/// A share as a whole percentage, written the language's way.
fn pct(v: &View, share: f64) -> String {
    v.ta("app-items-pct", &[("pct", n((share * 100.0).round()))])
}

/// The colour a flag is shown in: red for a miskey (the rubric may be wrong), amber otherwise.
fn colour(flag: ItemFlag) -> Color32 {
    if flag == ItemFlag::Miskey { BAD } else { WARN }
}

fn flag_lines(ui: &mut egui::Ui, v: &View, flags: &[ItemFlag]) {
    for f in flags {
        ui.label(
            RichText::new(v.t(&format!("app-items-flag-{}", f.key())))
                .small()
                .color(colour(*f)),
        );
    }
}

/// Above the graph: what the analysis rests on, or that the records are being read; and the
/// button that reads them again. Returns whether it was clicked.
pub(super) fn status(ui: &mut egui::Ui, v: &View, work: &TrainerWork) -> bool {
    let mut again = false;
    ui.horizontal_wrapped(|ui| match work.items() {
        None => {
            ui.spinner();
            ui.label(v.t("app-items-reading"));
        }
        Some(done) => {
            let a = &done.analysis;
            let miskeys = a.miskeys().len();
            let text = v.ta(
                "app-items-summary",
                &[
                    ("records", n(a.records as f64)),
                    ("trainees", n(a.trainees as f64)),
                    ("miskeys", n(miskeys as f64)),
                ],
            );
            if miskeys > 0 {
                ui.colored_label(BAD, text);
            } else {
                ui.label(RichText::new(text).weak());
            }
            again = ui
                .small_button(v.t("app-items-reload"))
                .on_hover_text(v.ta("app-items-took", &[("ms", n(done.millis as f64))]))
                .clicked();
        }
    });
    again
}

/// The inspector's figures for a decision: responses, facility, discrimination, its flags.
pub(super) fn node_figures(ui: &mut egui::Ui, v: &View, item: Option<&NodeItem>) {
    let Some(item) = item.filter(|i| i.responses > 0) else {
        ui.label(RichText::new(v.t("app-items-node-none")).small().weak());
        return;
    };
    let mut parts = vec![v.ta("app-items-node", &[("responses", n(item.responses as f64))])];
    if let (Some(f), Some(d)) = (item.facility, item.discrimination) {
        parts.push(v.ta(
            "app-items-node-fd",
            &[
                ("facility", s(pct(v, f))),
                ("discrimination", s(format!("{d:+.2}"))),
            ],
        ));
    }
    ui.label(RichText::new(parts.join(" · ")).small());
    flag_lines(ui, v, &item.flags);
}

/// One answer's line: how often it was picked when offered, by the strong and the weak
/// quarter, its point-biserial, and its flags.
pub(super) fn choice_figures(ui: &mut egui::Ui, v: &View, c: Option<&ChoiceItem>) {
    let Some(c) = c.filter(|c| c.shown > 0) else {
        return;
    };
    let rpb = c
        .point_biserial
        .map_or_else(|| "–".to_string(), |r| format!("{r:+.2}"));
    ui.label(
        RichText::new(v.ta(
            "app-items-choice",
            &[
                ("share", s(pct(v, c.share))),
                ("shown", n(c.shown as f64)),
                ("upper", s(pct(v, c.upper_share))),
                ("lower", s(pct(v, c.lower_share))),
                ("rpb", s(rpb)),
            ],
        ))
        .small(),
    );
    flag_lines(ui, v, &c.flags);
}

/// The badge colour of a node on the graph: red when an answer there is flagged as a miskey,
/// amber when the node itself is flagged, none otherwise.
pub(super) fn badge(done: Option<&ItemsDone>, scenario: &str, node: &str) -> Option<Color32> {
    let item = done?.analysis.node(scenario, node)?;
    if item
        .choices
        .iter()
        .any(|c| c.flags.contains(&ItemFlag::Miskey))
    {
        Some(BAD)
    } else if !item.flags.is_empty() {
        Some(WARN)
    } else {
        None
    }
}
