//! The screens, one `Screen` state each, and the keys that work everywhere
//! (F2: next language; Ctrl + / Ctrl −: font size).

use bevy::prelude::*;

use super::active_call::CallSystems;
use super::content::Content;
use super::prefs::Prefs;
use super::redraw::Redraw;

pub mod assigned_shelf;
pub mod call;
pub mod case_between;
pub mod dashboard;
pub mod debrief;
pub mod drill_result;
pub mod drill_shelf;
pub mod library;
pub mod signin;
pub mod trainer;
pub mod wrapup;

/// Which screen is showing.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    SignIn,
    Library,
    Call,
    WrapUp,
    Debrief,
    /// Between two calls of a case: what happened meanwhile, or how the case ended.
    CaseBetween,
    /// A drill's result: the rule kept or broken, and the next drill of the sitting.
    DrillResult,
    /// The coordinator's view of the cohort.
    Dashboard,
    /// The trainer's view: diagnostics, call graph, playtest, walk.
    Trainer,
}

impl Screen {
    /// The first screen of a role after sign-in.
    pub fn home(role: super::prefs::Role) -> Screen {
        match role {
            super::prefs::Role::Trainee => Screen::Library,
            super::prefs::Role::Trainer => Screen::Trainer,
            super::prefs::Role::Coordinator => Screen::Dashboard,
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .add_plugins((
            signin::plugin,
            library::plugin,
            assigned_shelf::plugin,
            call::plugin,
            wrapup::plugin,
            debrief::plugin,
            case_between::plugin,
            drill_result::plugin,
            dashboard::plugin,
            trainer::plugin,
        ))
        .add_systems(
            Update,
            (global_keys.before(CallSystems), redraw_on_screen_change),
        );
}

/// The next language after `lang` in the library's list (wrapping).
pub fn next_language(content: &Content, lang: &str) -> String {
    let langs = content.loc.languages();
    let i = langs.iter().position(|l| *l == lang).map_or(0, |i| i + 1);
    langs
        .get(i % langs.len().max(1))
        .map_or_else(|| lang.to_string(), |l| l.to_string())
}

fn global_keys(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    content: Res<Content>,
    mut prefs: ResMut<Prefs>,
    mut redraw: ResMut<Redraw>,
) {
    let Some(keys) = keys else { return };
    let ctrl = keys.any_pressed([KeyCode::ControlLeft, KeyCode::ControlRight]);
    if keys.just_pressed(KeyCode::F2) {
        prefs.lang = next_language(&content, &prefs.lang);
        redraw.request();
    }
    if ctrl && keys.any_just_pressed([KeyCode::Equal, KeyCode::NumpadAdd]) {
        prefs.bump_font(2.0);
        redraw.request();
    }
    if ctrl && keys.any_just_pressed([KeyCode::Minus, KeyCode::NumpadSubtract]) {
        prefs.bump_font(-2.0);
        redraw.request();
    }
}

fn redraw_on_screen_change(state: Res<State<Screen>>, mut redraw: ResMut<Redraw>) {
    if state.is_changed() {
        redraw.request();
    }
}

/// The 0-based option a number key (1–9, main row or keypad) stands for.
pub fn number_key(keys: &ButtonInput<KeyCode>) -> Option<usize> {
    const ROW: [KeyCode; 9] = [
        KeyCode::Digit1,
        KeyCode::Digit2,
        KeyCode::Digit3,
        KeyCode::Digit4,
        KeyCode::Digit5,
        KeyCode::Digit6,
        KeyCode::Digit7,
        KeyCode::Digit8,
        KeyCode::Digit9,
    ];
    const PAD: [KeyCode; 9] = [
        KeyCode::Numpad1,
        KeyCode::Numpad2,
        KeyCode::Numpad3,
        KeyCode::Numpad4,
        KeyCode::Numpad5,
        KeyCode::Numpad6,
        KeyCode::Numpad7,
        KeyCode::Numpad8,
        KeyCode::Numpad9,
    ];
    (0..9).find(|&i| keys.just_pressed(ROW[i]) || keys.just_pressed(PAD[i]))
}
