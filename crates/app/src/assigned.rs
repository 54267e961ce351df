//! A call an LMS assigned (a cmi5 launch, prepared by the binary, which does all the HTTP):
//! the app opens straight into it as the LMS's learner, without the sign-in or the library,
//! and its debrief's way out is "Return to the LMS", which closes the app. The binary then
//! finds the call's record in the data folder and sends the statements.
//!
//! - The call starts as soon as the checked library has the scenario playable; a scenario
//!   that the checked library cannot play closes the app with an error (status 2).
//! - Leaving the call or the debrief (the button, `L`) closes the app: the library is never
//!   shown. "Try again" is not offered: a launch is one attempt, one record.
//! - The learner's name and language are not saved as the desk's settings.

use bevy::prelude::*;

use crate::Screen;
use crate::active_call::{CallAction, CallSystems};
use crate::content::Content;

/// The call to open at start and whose debrief returns to the LMS.
#[derive(Debug, Clone, Resource)]
pub struct Assigned {
    /// The scenario id.
    pub scenario: String,
    /// The call's language.
    pub lang: String,
    /// The trainee id of the record (the cmi5 actor's account name, unless told otherwise).
    pub trainee: String,
    /// The call's seed (else one from the clock).
    pub seed: Option<u64>,
}

/// Whether the assigned call was started (so that reaching the library means "done").
#[derive(Debug, Default, Resource)]
pub struct AssignedStarted(pub bool);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<AssignedStarted>()
        .add_systems(
            Update,
            start
                .before(CallSystems)
                .run_if(resource_exists::<Assigned>),
        )
        .add_systems(
            OnEnter(Screen::Library),
            back_to_lms.run_if(resource_exists::<Assigned>),
        );
}

/// Starts the assigned call once the checked library can play it.
fn start(
    assigned: Res<Assigned>,
    content: Res<Content>,
    mut started: ResMut<AssignedStarted>,
    mut actions: MessageWriter<CallAction>,
    mut exit: MessageWriter<AppExit>,
) {
    if started.0 {
        return;
    }
    if content.playable.contains_key(&assigned.scenario) {
        started.0 = true;
        actions.write(CallAction::Start {
            scenario: assigned.scenario.clone(),
            seed: assigned.seed,
        });
    } else if content.checked {
        error!(
            "the assigned scenario \"{}\" is not playable in this library",
            assigned.scenario
        );
        exit.write(AppExit::from_code(2));
    }
}

/// Leaving the assigned call (or its debrief) closes the app: back to the LMS.
fn back_to_lms(started: Res<AssignedStarted>, mut exit: MessageWriter<AppExit>) {
    if started.0 {
        exit.write(AppExit::Success);
    }
}
