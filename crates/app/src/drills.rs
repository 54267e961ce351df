//! Today's drills for the signed-in trainee (`callcoach_core::drill`): read from the data
//! folder when the library opens (and when the content changes, since records and drills
//! verify against it), and the sitting in progress, the drills still to play after the one
//! running.
//!
//! - A drill is played on the call screen (a banner says which rule, from which turn), ends
//!   as soon as its rule is decided, and is recorded apart from calls (`<data>/drills/`);
//!   its result is the drill result screen, with "next drill" while the sitting has more.
//! - Drill files that do not verify are left out (`callcoach drill list` names them).

use bevy::prelude::*;
use chrono::{NaiveDate, Utc};

use callcoach_core::drill::{Drill, SITTING, Schedule, TraineeDrills, due, trainee_drills};

use crate::Screen;
use crate::content::Content;
use crate::prefs::{DataDir, Prefs};

/// The signed-in trainee's drills and the sitting under way.
#[derive(Resource, Debug, Default)]
pub struct TodaysDrills {
    /// Their drills, with the calls they start from.
    pub mine: TraineeDrills,
    /// Why the records or drills could not be read (shown instead of the shelf).
    pub problem: Option<String>,
    /// The drills of the sitting still to play, `(rubric, rule)`, in order.
    pub sitting: Vec<(String, String)>,
    /// The day drills are due on: today by the clock unless set (the scripted end-to-end
    /// run sets it to play tomorrow's drills).
    pub day: Option<NaiveDate>,
}

impl TodaysDrills {
    /// The day drills are due on ([`TodaysDrills::day`], else today by the clock).
    pub fn today(&self) -> NaiveDate {
        self.day.unwrap_or_else(|| Utc::now().date_naive())
    }

    /// The drills due today, at most a sitting's worth, earliest first.
    pub fn due_today(&self) -> Vec<&Drill> {
        due(&self.mine.drills, self.today(), SITTING)
    }

    /// Starts a sitting of today's drills; returns the first, `(rubric, rule)`.
    pub fn start_sitting(&mut self) -> Option<(String, String)> {
        let mut keys: Vec<(String, String)> = self
            .due_today()
            .iter()
            .map(|d| (d.origin.rubric.clone(), d.origin.rule.clone()))
            .collect();
        if keys.is_empty() {
            return None;
        }
        let first = keys.remove(0);
        self.sitting = keys;
        Some(first)
    }

    /// The next drill of the sitting, taken off it.
    pub fn next_of_sitting(&mut self) -> Option<(String, String)> {
        (!self.sitting.is_empty()).then(|| self.sitting.remove(0))
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TodaysDrills>()
        .add_systems(OnEnter(Screen::Library), read_drills)
        .add_systems(
            Update,
            read_drills
                .run_if(in_state(Screen::Library))
                .run_if(resource_changed::<Content>),
        );
}

/// Reads the trainee's drills (the sitting in progress is kept).
pub fn read_drills(
    data: Res<DataDir>,
    prefs: Res<Prefs>,
    content: Res<Content>,
    mut drills: ResMut<TodaysDrills>,
) {
    let cases = content.cases();
    let read = trainee_drills(
        &data.0,
        prefs.trainee.trim(),
        &content.playable,
        &cases,
        &Schedule::default(),
    );
    match read {
        Ok(mine) => {
            drills.mine = mine;
            drills.problem = None;
        }
        Err(e) => {
            drills.mine = TraineeDrills::default();
            drills.problem = Some(e);
        }
    }
}
