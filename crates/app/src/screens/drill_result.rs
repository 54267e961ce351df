//! A drill's result: kept or broken, the rule with its citation, what to do (the rule's
//! coaching note), when the drill is due again or that two passes in a row retired it, where
//! it was recorded; then the next drill of the sitting, or back to the library.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use callcoach_core::content::l10n::{n, s};

use super::Screen;
use crate::active_call::{Active, CallAction, CallSystems};
use crate::drills::TodaysDrills;
use crate::shell::{ShellSystems, central};
use crate::theme::{BAD, GOOD, WARN};
use crate::ui::{Navigate, ScreenCtx};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        keys.before(CallSystems)
            .run_if(in_state(Screen::DrillResult)),
    )
    .add_systems(
        EguiPrimaryContextPass,
        draw.after(ShellSystems)
            .run_if(in_state(Screen::DrillResult)),
    );
}

/// Enter: the next drill of the sitting (or the library when none is left); L: the library.
fn keys(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    mut actions: MessageWriter<CallAction>,
    mut navigate: Navigate,
) {
    let Some(keys) = keys else { return };
    if keys.any_just_pressed([KeyCode::Enter, KeyCode::NumpadEnter]) {
        actions.write(CallAction::NextDrill);
    }
    if keys.just_pressed(KeyCode::KeyL) {
        navigate.to(Screen::Library);
    }
}

fn draw(
    mut screen: ScreenCtx,
    active: Option<Res<Active>>,
    drills: Res<TodaysDrills>,
    mut actions: MessageWriter<CallAction>,
    mut navigate: Navigate,
) -> Result {
    let ctx = screen.egui()?;
    let Some(a) = active.as_deref() else {
        return Ok(());
    };
    let (Some(result), Some(run)) = (&a.drill_result, &a.drill) else {
        return Ok(());
    };
    let Some(rule) = a.scenario().rules.get(run.rule_index()) else {
        return Ok(());
    };
    let loc = &screen.content.loc;
    let lang = screen.prefs.lang.as_str();
    let rec = &result.record;
    let mut back = false;
    central(&ctx, screen.rect.0, "drill-result", |ui| {
        let (verdict, colour) = if rec.passed {
            ("drill-passed", GOOD)
        } else {
            ("drill-failed", BAD)
        };
        ui.heading(
            egui::RichText::new(loc.t(lang, verdict))
                .color(colour)
                .strong(),
        );
        ui.label(
            egui::RichText::new(loc.ta(
                lang,
                "app-drill-from",
                &[
                    ("scenario", s(loc.scenario_title(lang, &rec.meta.scenario))),
                    ("turn", n(rec.origin.turn)),
                ],
            ))
            .weak(),
        );
        ui.add_space(8.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(loc.ui(lang, &rule.id, None, None).marked()).strong());
                ui.label(
                    egui::RichText::new(loc.t(lang, &format!("status-{}", rec.status.key())))
                        .color(colour),
                );
            });
            ui.small(
                loc.citation(lang, &rule.rubric, &rule.id, &rule.citation)
                    .marked(),
            );
            ui.add_space(4.0);
            ui.label(loc.t(lang, "app-drill-what-to-do"));
            ui.label(loc.ui(lang, &rule.id, Some("coaching"), None).marked());
        });
        ui.add_space(8.0);
        if let Some(d) = &result.after {
            let next = if d.retired {
                loc.t(lang, "drill-retired")
            } else {
                loc.ta(
                    lang,
                    "app-drill-due-again",
                    &[("date", s(loc.date(lang, d.due)))],
                )
            };
            ui.label(egui::RichText::new(next).strong());
        }
        match &result.written {
            Ok(path) => {
                ui.small(loc.ta(
                    lang,
                    "drill-recorded",
                    &[("path", s(path.display().to_string()))],
                ));
            }
            Err(e) => {
                ui.colored_label(
                    WARN,
                    loc.ta(lang, "app-drill-not-recorded", &[("error", s(e.clone()))]),
                );
            }
        }
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            let left = drills.sitting.len();
            if left > 0 {
                let label = loc.ta(lang, "app-drill-next", &[("count", n(left as f64))]);
                if ui.button(egui::RichText::new(label).strong()).clicked() {
                    actions.write(CallAction::NextDrill);
                }
            }
            back = ui.button(loc.t(lang, "app-back-to-library")).clicked();
        });
        ui.add_space(6.0);
        let keys = if drills.sitting.is_empty() {
            "app-drill-keys-last"
        } else {
            "app-drill-keys"
        };
        ui.small(loc.t(lang, keys));
    });
    if back {
        navigate.to(Screen::Library);
        screen.redraw.request();
    }
    Ok(())
}
