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
#[allow(dead_code)]
pub fn checked_content() -> Content {
    let shipped = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).to_path_buf();
    let root = std::env::var_os("CALLCOACH_TEST_LIBRARY")
        .map(std::path::PathBuf::from)
        .unwrap_or(shipped);
    checked_content_at(&root)
}

/// The library at `root` as the app holds it after its first check.
pub fn checked_content_at(root: &Path) -> Content {
    let files = read_library_files(root);
    let mut c = Content::unchecked(root, files.clone());
    let lib = Arc::new(Library::from_files(root, files));
    let report = check(&lib, &Scope::All, 2_000);
    let loc = Arc::clone(&c.loc);
    c.apply(lib, loc, &report);
    c
}

/// The app's logic with these sign-in settings, on the sign-in screen.
#[allow(dead_code)]
pub fn headless_app(data: &Path, prefs: Prefs) -> App {
    headless_app_with(data, prefs, checked_content())
}

/// The shipped library with a fixture's files laid over it (`tests/fixtures/<name>/`, in the
/// library's layout), in a temporary folder: content the tests need that is not shipped.
#[allow(dead_code)]
pub fn fixture_library(name: &str) -> tempfile::TempDir {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    for part in ["scenarios", "locales"] {
        copy_tree(&manifest.join("../..").join(part), &dir.path().join(part));
    }
    copy_tree(&manifest.join("tests/fixtures").join(name), dir.path());
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The app's logic over this content, on the sign-in screen.
pub fn headless_app_with(data: &Path, prefs: Prefs, content: Content) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(
            100,
        )))
        .init_resource::<ButtonInput<KeyCode>>()
        .insert_resource(content)
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
