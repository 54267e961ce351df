//! Between two calls of a case: what happened meanwhile (`case-between`: the promise kept or
//! broken, the days between the calls, the terms agreed), then the next call's desk; or, when
//! the case is over, how it ended (`case-end`). The case stays open in the library until its
//! next call is played, so leaving here loses nothing.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui};

use callcoach_core::content::l10n::n;
use callcoach_core::records::call_text::CallText;
use callcoach_core::records::case_text;

use super::Screen;
use crate::active_call::{CallAction, CallSystems};
use crate::cases::{CaseProgress, CaseStep};
use crate::shell::{ShellSystems, central};
use crate::ui::{Navigate, ScreenCtx};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        keys.before(CallSystems)
            .run_if(in_state(Screen::CaseBetween)),
    )
    .add_systems(
        EguiPrimaryContextPass,
        draw.after(ShellSystems)
            .run_if(in_state(Screen::CaseBetween)),
    );
}

/// Enter: the next call; L: back to the library.
fn keys(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    progress: Res<CaseProgress>,
    mut actions: MessageWriter<CallAction>,
    mut navigate: Navigate,
) {
    let Some(keys) = keys else { return };
    let has_next = progress.0.as_ref().is_some_and(|p| p.next.is_some());
    if has_next && keys.any_just_pressed([KeyCode::Enter, KeyCode::NumpadEnter]) {
        actions.write(CallAction::PlayCaseCall);
    }
    if keys.just_pressed(KeyCode::KeyL) {
        navigate.to(Screen::Library);
    }
}

/// What the screen says: the case text in the trainee's language.
pub fn between_text(step: &CaseStep, text: &CallText) -> String {
    let (loc, lang) = (text.loc, text.lang);
    match &step.next {
        Some(_) => case_text::between(
            loc,
            lang,
            &step.case,
            step.fate,
            step.days,
            step.terms.as_ref().map(|t| text.terms(t)),
        ),
        None => case_text::end(loc, lang, &step.case, step.fate, step.outcome),
    }
}

fn draw(
    mut screen: ScreenCtx,
    progress: Res<CaseProgress>,
    mut actions: MessageWriter<CallAction>,
    mut navigate: Navigate,
) -> Result {
    let ctx = screen.egui()?;
    let Some(step) = progress.0.as_ref() else {
        return Ok(());
    };
    let loc = &screen.content.loc;
    let lang = screen.prefs.lang.as_str();
    let total = screen
        .content
        .library
        .case(&step.case)
        .map_or(0, |c| c.value.calls.len());
    let text = CallText::new(loc, lang, &step.played, screen.prefs.trainee.trim());
    let mut back = false;
    central(&ctx, screen.rect.0, "case-between", |ui| {
        ui.heading(loc.case_title(lang, &step.case));
        ui.label(
            egui::RichText::new(loc.ta(
                lang,
                "app-case-call-over",
                &[
                    ("call", n((step.after_step + 1) as f64)),
                    ("total", n(total as f64)),
                ],
            ))
            .weak(),
        );
        ui.add_space(8.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(between_text(step, &text));
        });
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            if step.next.is_some() {
                let label = loc.ta(
                    lang,
                    "app-case-open-next",
                    &[("call", n((step.after_step + 2) as f64))],
                );
                if ui.button(egui::RichText::new(label).strong()).clicked() {
                    actions.write(CallAction::PlayCaseCall);
                }
            } else {
                ui.label(egui::RichText::new(loc.t(lang, "app-case-over")).strong());
            }
            back = ui.button(loc.t(lang, "app-back-to-library")).clicked();
        });
        ui.add_space(6.0);
        ui.small(loc.t(
            lang,
            if step.next.is_some() {
                "app-case-keys"
            } else {
                "app-case-keys-end"
            },
        ));
    });
    if back {
        navigate.to(Screen::Library);
        screen.redraw.request();
    }
    Ok(())
}
