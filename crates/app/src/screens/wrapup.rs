//! Wrap-up: the disposition code (from the scenario's outcomes) and free-text notes, scored
//! as Documentation.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui, input::EguiWantsInput};

use callcoach_core::content::model::Outcome;
use callcoach_core::records::call_text::CallText;

use super::{Screen, number_key};
use crate::active_call::{Active, CallAction, CallSystems};
use crate::redraw::Redraw;
use crate::shell::{ShellSystems, central};
use crate::ui::ScreenCtx;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        keys.before(CallSystems).run_if(in_state(Screen::WrapUp)),
    )
    .add_systems(
        EguiPrimaryContextPass,
        draw.after(ShellSystems).run_if(in_state(Screen::WrapUp)),
    );
}

/// The disposition codes offered: the scenario's outcomes, in the core's order.
pub fn dispositions(active: &Active) -> Vec<Outcome> {
    let outcomes = &active.scenario().source.outcomes;
    Outcome::ALL
        .iter()
        .copied()
        .filter(|o| outcomes.contains_key(o))
        .collect()
}

/// Number keys pick a disposition (unless typing notes); Ctrl+Enter submits.
pub fn keys(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    wants: Option<Res<EguiWantsInput>>,
    active: Option<ResMut<Active>>,
    mut actions: MessageWriter<CallAction>,
    mut redraw: ResMut<Redraw>,
) {
    let (Some(keys), Some(mut active)) = (keys, active) else {
        return;
    };
    let typing = wants.is_some_and(|w| w.wants_keyboard_input());
    if !typing
        && let Some(i) = number_key(&keys)
        && let Some(o) = dispositions(&active).get(i)
    {
        active.disposition = Some(*o);
        redraw.request();
    }
    let ctrl = keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]);
    if ctrl && keys.just_pressed(KeyCode::Enter) && active.disposition.is_some() {
        actions.write(CallAction::Finish(active.wrap_up()));
    }
}

fn draw(
    mut screen: ScreenCtx,
    active: Option<ResMut<Active>>,
    mut actions: MessageWriter<CallAction>,
) -> Result {
    let Some(mut active) = active else {
        return Ok(());
    };
    let ctx = screen.egui()?;
    let loc = screen.content.loc.clone();
    let lang = screen.prefs.lang.clone();
    let sc = std::sync::Arc::clone(active.scenario());
    let text = CallText::new(&loc, &lang, &sc, &active.session.meta.trainee);
    let options = dispositions(&active);
    let mut disposition = active.disposition;
    let mut notes = active.notes.clone();
    central(&ctx, screen.rect.0, "wrapup", |ui| {
        ui.heading(loc.t(&lang, "wrapup-title"));
        if let Some(e) = active.session.call.ending() {
            ui.label(format!(
                "{}: {}",
                sc.source.debtor.name,
                text.line(e.node, e.variant).text
            ));
            ui.label(
                egui::RichText::new(text.ui(
                    "call-ended",
                    &[(
                        "outcome",
                        callcoach_core::content::l10n::s(text.outcome(e.outcome)),
                    )],
                ))
                .strong(),
            );
        }
        ui.add_space(10.0);
        ui.label(egui::RichText::new(loc.t(&lang, "wrapup-disposition")).strong());
        ui.small(loc.t(&lang, "app-wrapup-disposition-help"));
        for (i, o) in options.iter().enumerate() {
            let label = format!("{}. {} ({})", i + 1, text.outcome(*o), o.key());
            if ui.radio(disposition == Some(*o), label).clicked() {
                disposition = Some(*o);
            }
        }
        ui.add_space(10.0);
        ui.label(egui::RichText::new(loc.t(&lang, "wrapup-notes")).strong());
        ui.small(loc.t(&lang, "app-wrapup-notes-help"));
        ui.add(
            egui::TextEdit::multiline(&mut notes)
                .desired_rows(5)
                .desired_width(f32::INFINITY)
                .hint_text(loc.t(&lang, "app-wrapup-notes-hint")),
        );
        ui.add_space(10.0);
        let ready = disposition.is_some();
        ui.horizontal(|ui| {
            if ui
                .add_enabled(ready, egui::Button::new(loc.t(&lang, "app-wrapup-submit")))
                .clicked()
            {
                actions.write(CallAction::Finish(disposition.map(|d| {
                    callcoach_core::engine::scoring::WrapUp {
                        disposition: d,
                        notes: notes.trim().to_string(),
                        fields: None,
                    }
                })));
            }
            if ui.button(loc.t(&lang, "app-wrapup-skip")).clicked() {
                actions.write(CallAction::Finish(None));
            }
        });
        ui.small(loc.t(&lang, "app-wrapup-keys"));
    });
    if disposition != active.disposition {
        active.disposition = disposition;
    }
    if notes != active.notes {
        active.notes = notes;
    }
    Ok(())
}
