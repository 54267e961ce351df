//! The headless app the app tests drive: `MinimalPlugins + StatesPlugin`, no window, no GPU,
//! the shipped library checked, time stepping 100 ms a frame.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::time::TimeUpdateStrategy;

use callcoach_app::Screen;
use callcoach_app::content::{Content, read_library_files};
use callcoach_app::prefs::{DataDir, Prefs};
use callcoach_app::screens::signin::SignIn;
use callcoach_core::check::{Scope, check};
use callcoach_core::content::loader::Library;

/// The shipped library as the app holds it after its first check (another library with
/// `CALLCOACH_TEST_LIBRARY`, for trying content not shipped yet).
pub fn checked_content() -> Content {
    let shipped = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).to_path_buf();
    let root = std::env::var_os("CALLCOACH_TEST_LIBRARY")
        .map(std::path::PathBuf::from)
        .unwrap_or(shipped);
    let root = root.as_path();
    let files = read_library_files(root);
    let mut c = Content::unchecked(root, files.clone());
    let lib = Arc::new(Library::from_files(root, files));
    let report = check(&lib, &Scope::All, 2_000);
    let loc = Arc::clone(&c.loc);
    c.apply(lib, loc, &report);
    c
}

/// The app's logic with these sign-in settings, on the sign-in screen.
pub fn headless_app(data: &Path, prefs: Prefs) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(
            100,
        )))
        .init_resource::<ButtonInput<KeyCode>>()
        .insert_resource(checked_content())
        .insert_resource(DataDir(data.to_path_buf()))
        .insert_resource(prefs);
    callcoach_app::logic_plugin(&mut app);
    app.update();
    app
}

/// The screen showing.
pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// Presses "Continue" on the sign-in screen and lets the app act on it.
pub fn sign_in(app: &mut App) {
    app.world_mut().write_message(SignIn);
    app.update();
    app.update();
}
