//! Wrap-up: the disposition code (from the scenario's outcomes), the structured fields of a
//! collections system (the arrangement's terms or none, the next action and its date, account
//! flags) and free-text notes, scored as Documentation.

use bevy::prelude::*;
use bevy_egui::{EguiPrimaryContextPass, egui, input::EguiWantsInput};

use callcoach_core::content::l10n::Localiser;
use callcoach_core::content::model::{Outcome, WrapFlag};
use callcoach_core::content::negotiation::TermsKind;
use callcoach_core::engine::scoring::documentation::NextAction;
use callcoach_core::records::call_text::CallText;

use super::{Screen, number_key};
use crate::active_call::{Active, CallAction, CallSystems, WrapDraft};
use crate::redraw::Redraw;
use crate::shell::{ShellSystems, central};
use crate::terms;
use crate::theme::BAD;
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
    if ctrl
        && keys.just_pressed(KeyCode::Enter)
        && let Some(Ok(wrap)) = active.wrap_up()
    {
        actions.write(CallAction::Finish(Some(wrap)));
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
    let mut draft = active.wrap.clone();
    central(&ctx, screen.rect.0, "wrapup", |ui| {
        ui.heading(loc.t(&lang, "wrapup-title"));
        if let Some(e) = active.session.call.ending() {
            ui.label(format!(
                "{}: {}",
                sc.source.debtor.name,
                text.line_at(
                    e.node,
                    e.variant,
                    active.session.call.proposals(),
                    active.session.call.turns().len() + 1
                )
                .text
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
        ui.columns(2, |cols| {
            let ui = &mut cols[0];
            ui.label(egui::RichText::new(loc.t(&lang, "wrapup-disposition")).strong());
            ui.small(loc.t(&lang, "app-wrapup-disposition-help"));
            for (i, o) in options.iter().enumerate() {
                let label = format!("{}. {} ({})", i + 1, text.outcome(*o), o.key());
                if ui.radio(disposition == Some(*o), label).clicked() {
                    disposition = Some(*o);
                }
            }
            ui.add_space(10.0);
            next_action(ui, &mut draft, &loc, &lang);
            ui.add_space(10.0);
            flags(ui, &mut draft, &loc, &lang);
            let ui = &mut cols[1];
            arrangement(ui, &mut draft, &loc, &lang);
            ui.add_space(10.0);
            let title = ui.label(egui::RichText::new(loc.t(&lang, "wrapup-notes")).strong());
            ui.small(loc.t(&lang, "app-wrapup-notes-help"));
            ui.add(
                egui::TextEdit::multiline(&mut notes)
                    .desired_rows(5)
                    .desired_width(f32::INFINITY)
                    .hint_text(loc.t(&lang, "app-wrapup-notes-hint")),
            )
            .labelled_by(title.id);
        });
        ui.add_space(10.0);
        let fields = draft.fields();
        let ready = disposition.is_some() && fields.is_ok();
        ui.horizontal(|ui| {
            if ui
                .add_enabled(ready, egui::Button::new(loc.t(&lang, "app-wrapup-submit")))
                .clicked()
                && let (Some(d), Ok(f)) = (disposition, fields.clone())
            {
                let wrap = callcoach_core::engine::scoring::WrapUp::new(d, notes.trim(), f);
                actions.write(CallAction::Finish(Some(wrap)));
            }
            if ui.button(loc.t(&lang, "app-wrapup-skip")).clicked() {
                actions.write(CallAction::Finish(None));
            }
        });
        if let Err(problem) = fields {
            ui.colored_label(BAD, problem.message(&loc, &lang));
        }
        ui.small(loc.t(&lang, "app-wrapup-keys"));
    });
    if disposition != active.disposition {
        active.disposition = disposition;
    }
    if notes != active.notes {
        active.notes = notes;
    }
    if draft != active.wrap {
        active.wrap = draft;
    }
    Ok(())
}

/// The next action (a combo of every action) and its date.
fn next_action(ui: &mut egui::Ui, draft: &mut WrapDraft, loc: &Localiser, lang: &str) {
    let title = ui.label(egui::RichText::new(loc.t(lang, "wrap-field-next-action")).strong());
    let label = |a: NextAction| loc.t(lang, &format!("next-{}", a.key()));
    let shown = draft
        .next_action
        .map_or_else(|| loc.t(lang, "app-wrap-choose"), label);
    egui::ComboBox::from_id_salt("wrap-next-action")
        .selected_text(shown)
        .width(260.0)
        .show_ui(ui, |ui| {
            for a in NextAction::ALL {
                ui.selectable_value(&mut draft.next_action, Some(a), label(a));
            }
        })
        .response
        .labelled_by(title.id);
    ui.add_space(4.0);
    let title = ui.label(egui::RichText::new(loc.t(lang, "wrap-field-next-date")).strong());
    ui.horizontal(|ui| {
        ui.add(
            egui::TextEdit::singleline(&mut draft.next_date)
                .desired_width(110.0)
                .hint_text(loc.t(lang, "app-date-hint")),
        )
        .labelled_by(title.id);
        if let Some(d) = terms::parse_date(&draft.next_date) {
            ui.small(loc.date(lang, d));
        } else {
            ui.small(loc.t(lang, "app-wrap-next-date-help"));
        }
    });
}

/// A checkbox per account flag.
fn flags(ui: &mut egui::Ui, draft: &mut WrapDraft, loc: &Localiser, lang: &str) {
    ui.label(egui::RichText::new(loc.t(lang, "wrap-field-flags")).strong());
    for f in WrapFlag::ALL {
        let mut on = draft.flags.contains(&f);
        if ui
            .checkbox(&mut on, loc.t(lang, &format!("flag-{}", f.key())))
            .changed()
        {
            if on {
                draft.flags.insert(f);
            } else {
                draft.flags.remove(&f);
            }
        }
    }
}

/// The arrangement as recorded: none, or terms in the same editor as the call's.
fn arrangement(ui: &mut egui::Ui, draft: &mut WrapDraft, loc: &Localiser, lang: &str) {
    ui.label(egui::RichText::new(loc.t(lang, "wrap-field-terms")).strong());
    ui.radio_value(
        &mut draft.record_terms,
        false,
        loc.t(lang, "app-wrap-terms-none"),
    );
    ui.radio_value(
        &mut draft.record_terms,
        true,
        loc.t(lang, "app-wrap-terms-agreed"),
    );
    if draft.record_terms {
        ui.add_space(4.0);
        terms::editor(
            ui,
            &mut draft.terms,
            &TermsKind::ALL,
            loc,
            lang,
            "wrap-terms",
        );
    }
}
