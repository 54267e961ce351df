//! "Today's drills" on the library screen, after "Assigned to you": each drill due today
//! (at most a sitting's worth) with its rule, the scenario and turn it starts from, its
//! attempts so far, and a button that plays it; and one button for the whole sitting.
//! Nothing is shown when no drill is due.

use bevy_egui::egui;

use callcoach_core::content::l10n::{Localiser, n, s};

use crate::active_call::CallAction;
use crate::drills::TodaysDrills;
use crate::theme::WARN;
use crate::widgets::name_start_button;

/// Draws the shelf; returns the action of a button clicked.
pub fn shelf(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    drills: &TodaysDrills,
) -> Option<CallAction> {
    if let Some(problem) = &drills.problem {
        ui.colored_label(
            WARN,
            loc.ta(
                lang,
                "app-drills-unreadable",
                &[("error", s(problem.clone()))],
            ),
        );
        ui.add_space(8.0);
        return None;
    }
    let due = drills.due_today();
    if due.is_empty() {
        return None;
    }
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        ui.heading(loc.t(lang, "app-drills-title"));
        let label = loc.ta(
            lang,
            "app-drills-start-all",
            &[("count", n(due.len() as f64))],
        );
        if ui.button(egui::RichText::new(label).strong()).clicked() {
            action = Some(CallAction::StartDrills);
        }
    });
    ui.small(loc.t(lang, "app-drills-about"));
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        for d in &due {
            let rule = loc.ui(lang, &d.origin.rule, None, None).marked();
            ui.horizontal_wrapped(|ui| {
                // The button first, so that the buttons line up whatever the rule's length.
                let label = loc.t(lang, "app-drill-start");
                let button = ui.button(&label);
                name_start_button(&button, loc, lang, label, rule.clone());
                if button.clicked() {
                    action = Some(CallAction::StartDrill {
                        rubric: d.origin.rubric.clone(),
                        rule: d.origin.rule.clone(),
                    });
                }
                ui.label(egui::RichText::new(&rule).strong());
                ui.small(format!("{}/{}", d.origin.rubric, d.origin.rule));
                ui.label(loc.ta(
                    lang,
                    "app-drill-where",
                    &[
                        ("scenario", s(loc.scenario_title(lang, &d.scenario))),
                        ("turn", n(d.origin.turn)),
                        ("attempts", n(d.attempts)),
                        ("passes", n(d.passes_in_a_row)),
                    ],
                ));
            });
        }
    });
    ui.add_space(8.0);
    action
}
