//! The system parameters the screens' draw systems share, so each draw system names only
//! what is its own.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::Screen;
use crate::content::Content;
use crate::prefs::Prefs;
use crate::redraw::Redraw;
use crate::shell::CentralRect;

/// What every screen's draw system reads: egui, the area left for the screen, the content,
/// the preferences (language), and the redraw requests.
#[derive(SystemParam)]
pub struct ScreenCtx<'w, 's> {
    /// The egui contexts (the primary window's).
    pub contexts: EguiContexts<'w, 's>,
    /// The area the shell leaves for the screen.
    pub rect: Res<'w, CentralRect>,
    /// The checked library and its localiser.
    pub content: Res<'w, Content>,
    /// The trainee's preferences (language, name, role).
    pub prefs: Res<'w, Prefs>,
    /// Ask for another frame.
    pub redraw: ResMut<'w, Redraw>,
}

impl ScreenCtx<'_, '_> {
    /// The primary window's egui context (a cheap handle).
    pub fn egui(&mut self) -> Result<egui::Context> {
        Ok(self.contexts.ctx_mut()?.clone())
    }
}

/// Going to another screen.
#[derive(SystemParam)]
pub struct Navigate<'w> {
    next: ResMut<'w, NextState<Screen>>,
}

impl Navigate<'_> {
    /// Goes to `screen` (nothing when it is showing already).
    pub fn to(&mut self, screen: Screen) {
        NextState::set_if_neq(&mut self.next, screen);
    }
}
