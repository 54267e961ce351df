//! The coordinator dashboard: the cohort's results by trainee and scenario, sessions,
//! the rules broken most, option pick rates and charts.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::Screen;
use crate::app::content::Content;
use crate::app::prefs::Prefs;
use crate::app::shell::{CentralRect, ShellSystems, central};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw.after(ShellSystems).run_if(in_state(Screen::Dashboard)),
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
    central(ctx, rect.0, "dashboard", |ui| {
        ui.heading(loc.t(lang, "app-role-coordinator"));
        if ui.button(loc.t(lang, "app-sign-out")).clicked() {
            NextState::set_if_neq(&mut next, Screen::SignIn);
        }
    });
    Ok(())
}
