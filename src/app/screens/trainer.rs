//! The trainer view: the checker's diagnostics live as files change, the call graph drawn,
//! playtest from any node with chosen state values, and a walk report on a button.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::Screen;
use crate::app::content::Content;
use crate::app::prefs::Prefs;
use crate::app::shell::{CentralRect, ShellSystems, central};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw.after(ShellSystems).run_if(in_state(Screen::Trainer)),
    );
}

fn draw(
    mut contexts: EguiContexts,
    rect: Res<CentralRect>,
    content: Res<Content>,
    prefs: Res<Prefs>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let loc = &content.loc;
    let lang = prefs.lang.as_str();
    central(ctx, rect.0, "trainer", |ui| {
        ui.heading(loc.t(lang, "app-role-trainer"));
        if ui.button(loc.t(lang, "app-sign-out")).clicked() {
            NextState::set_if_neq(&mut next, Screen::SignIn);
        }
    });
    Ok(())
}
