//! Sign-in: the name or ID, the role (trainee, trainer, coordinator), the language, practice
//! or exam mode.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use callcoach_core::records::record::Mode;

use super::Screen;
use crate::active_call::{Notice, Pending, find_unfinished};
use crate::content::Content;
use crate::prefs::{DataDir, Prefs, Role};
use crate::redraw::Redraw;
use crate::shell::{CentralRect, ShellSystems, central};
use crate::ui::Navigate;

/// Ask to sign in (from the button or Enter in the name field).
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignIn;

pub(super) fn plugin(app: &mut App) {
    app.add_message::<SignIn>()
        .add_systems(Update, sign_in.run_if(in_state(Screen::SignIn)))
        .add_systems(
            EguiPrimaryContextPass,
            draw.after(ShellSystems).run_if(in_state(Screen::SignIn)),
        );
}

/// What signing in changes: the unfinished call offered, the notice line, the screen.
#[derive(SystemParam)]
pub struct SignInEffects<'w> {
    pending: ResMut<'w, Pending>,
    notice: ResMut<'w, Notice>,
    navigate: Navigate<'w>,
    redraw: ResMut<'w, Redraw>,
}

/// Goes to the role's first screen once a name is given, and looks for an unfinished call
/// to offer.
pub fn sign_in(
    mut requests: MessageReader<SignIn>,
    prefs: Res<Prefs>,
    data: Res<DataDir>,
    content: Res<Content>,
    mut effects: SignInEffects,
) {
    let SignInEffects {
        pending,
        notice,
        navigate,
        redraw,
    } = &mut effects;
    if requests.read().count() == 0 || prefs.trainee.trim().is_empty() {
        return;
    }
    redraw.request();
    let trainee = if prefs.role == Role::Trainee {
        prefs.trainee.as_str()
    } else {
        ""
    };
    match find_unfinished(&data.0, trainee) {
        Ok(u) => pending.0 = u,
        Err(e) => {
            pending.0 = None;
            notice.0 = Some(content.loc.ta(
                &prefs.lang,
                "app-resume-failed",
                &[("error", callcoach_core::content::l10n::s(e))],
            ));
        }
    }
    navigate.to(Screen::home(prefs.role));
}

fn draw(
    mut contexts: EguiContexts,
    rect: Res<CentralRect>,
    content: Res<Content>,
    mut saved: ResMut<Prefs>,
    mut requests: MessageWriter<SignIn>,
    mut focused: Local<bool>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let loc = content.loc.clone();
    let lang = saved.lang.clone();
    // Edit a copy: writing through `ResMut` every frame would mark the settings changed.
    let mut p = saved.clone();
    let prefs = &mut p;
    central(ctx, rect.0, "signin", |ui| {
        ui.add_space(ui.spacing().item_spacing.y * 4.0);
        ui.vertical_centered(|ui| {
            ui.set_max_width(560.0_f32.max(ui.available_width() * 0.45));
            ui.heading(loc.t(&lang, "app-signin-title"));
            ui.label(loc.t(&lang, "app-signin-intro"));
            ui.add_space(12.0);
            // Plain rows, not a `Grid`: a grid re-measured inside a centred column can change
            // its stored widths every frame, and each change asks egui for another repaint.
            let label = ui.label(loc.t(&lang, "app-trainee"));
            let name = ui
                .add(
                    egui::TextEdit::singleline(&mut prefs.trainee)
                        .hint_text(loc.t(&lang, "app-trainee-hint"))
                        .desired_width(320.0),
                )
                .labelled_by(label.id);
            if !*focused {
                name.request_focus();
                *focused = true;
            }
            if name.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                requests.write(SignIn);
            }
            ui.add_space(8.0);
            ui.label(loc.t(&lang, "app-language"));
            ui.horizontal(|ui| {
                for l in loc.languages() {
                    let name = loc.t(l, &format!("lang-{l}"));
                    if ui.radio(prefs.lang == l, name).clicked() {
                        prefs.lang = l.to_string();
                    }
                }
            });
            ui.add_space(8.0);
            ui.label(loc.t(&lang, "app-role"));
            ui.horizontal(|ui| {
                for r in Role::ALL {
                    if ui
                        .radio(
                            prefs.role == r,
                            loc.t(&lang, &format!("app-role-{}", r.key())),
                        )
                        .on_hover_text(loc.t(&lang, &format!("app-role-{}-help", r.key())))
                        .clicked()
                    {
                        prefs.role = r;
                    }
                }
            });
            if prefs.role == Role::Trainee {
                ui.add_space(8.0);
                ui.label(loc.t(&lang, "app-mode"));
                let mut mode = prefs.mode;
                ui.radio_value(&mut mode, Mode::Practice, loc.t(&lang, "app-mode-practice"));
                ui.radio_value(&mut mode, Mode::Exam, loc.t(&lang, "app-mode-exam"));
                if mode != prefs.mode {
                    prefs.mode = mode;
                }
            }
            ui.add_space(12.0);
            let ready = !prefs.trainee.trim().is_empty();
            if ui
                .add_enabled(ready, egui::Button::new(loc.t(&lang, "app-signin")))
                .clicked()
            {
                requests.write(SignIn);
            }
            if !ready {
                ui.small(loc.t(&lang, "app-trainee-needed"));
            }
            ui.add_space(16.0);
            ui.small(loc.t(&lang, "app-keys-hint"));
        });
    });
    if p != *saved {
        *saved = p;
    }
    Ok(())
}
