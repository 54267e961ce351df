//! The Bevy desktop app: a thin shell over the core.
//!
//! Module map (one plugin each):
//! - [`content`]: RON/FTL asset loaders, the checked library as a resource, hot reload.
//! - [`prefs`]: name, role, language, mode and font size, saved in the data folder.
//! - [`active_call`]: the running call as a resource; every trainee action as a message.
//! - [`assigned`]: a call an LMS assigned (cmi5): opened at start, its debrief closes the app.
//! - [`cases`]: several calls on one account: what follows a call of a case, cases to continue.
//! - [`drills`]: the trainee's drills due today and the sitting under way.
//! - [`shell`]: style and fonts, the top bar (language, font size), diagnostics panel.
//! - [`screens`]: sign-in, library, call, wrap-up, debrief, the coordinator dashboard and the
//!   trainer view (a `Screen` state each; the role chosen at sign-in picks the first).
//! - [`redraw`]: redraw only on change (the idle-CPU fix).
//! - `script` (feature `script` only): scripted runs for the end-to-end test and screenshots.
//!
//! The toolkit the screens share: [`account`] (the account's history and the desk's facts),
//! [`theme`] (colours, text sizes), [`widgets`] (drawn by more
//! than one screen), [`terms`] (the terms editor of the negotiation panel and the wrap-up),
//! [`background`] (work off the main thread), [`ui`] (system parameters).

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;

use bevy::asset::AssetMetaCheck;
use bevy::prelude::*;
use bevy_egui::EguiPlugin;

pub mod account;
pub mod active_call;
pub mod assigned;
pub mod background;
pub mod cases;
pub mod content;
pub mod drills;
pub mod prefs;
pub mod redraw;
pub mod screens;
#[cfg(feature = "script")]
pub mod script;
pub mod shell;
pub mod terms;
pub mod theme;
pub mod ui;
pub mod widgets;

pub use screens::Screen;

/// Command-line options the app honours.
#[derive(Debug, Clone, Default, Resource)]
pub struct AppOptions {
    /// The library folder (else found from the working directory).
    pub library: Option<PathBuf>,
    /// The data folder (else the platform's).
    pub data_dir: Option<PathBuf>,
    /// Where the dashboard reads its records instead of the data folder (an LRS); the app
    /// then opens as the coordinator.
    pub record_source: Option<screens::dashboard::source::RecordSource>,
    /// A call to open straight into, as this trainee, closing the app when it is left (a cmi5
    /// launch: the binary sends the statements once `run` returns).
    pub assigned: Option<assigned::Assigned>,
}

/// When the process started (for the launch-to-first-frame figure).
pub static STARTED: OnceLock<Instant> = OnceLock::new();

/// The app's plugins without windowing or rendering: what the headless tests load on top of
/// `MinimalPlugins + StatesPlugin`.
pub fn logic_plugin(app: &mut App) {
    app.init_resource::<redraw::Redraw>().add_plugins((
        prefs::plugin,
        active_call::plugin,
        assigned::plugin,
        drills::plugin,
        screens::plugin,
    ));
    #[cfg(feature = "script")]
    app.add_plugins(script::logic_plugin);
}

/// Opens the app window; returns the process exit status.
pub fn run(options: AppOptions) -> i32 {
    STARTED.get_or_init(Instant::now);
    let root = match callcoach_core::content::loader::locate_library(options.library.as_deref()) {
        Ok(r) => std::fs::canonicalize(&r).unwrap_or(r),
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let data = callcoach_core::records::store::data_dir(options.data_dir.as_deref());
    let mut prefs = prefs::Prefs::load(&data);
    if options.record_source.is_some() {
        prefs.role = prefs::Role::Coordinator;
    }
    if let Some(a) = &options.assigned {
        prefs.role = prefs::Role::Trainee;
        prefs.trainee = a.trainee.clone();
        prefs.lang = a.lang.clone();
    }
    // The first frame draws from the files as they are; the asset server takes over from there.
    let first = content::Content::unchecked(&root, content::read_library_files(&root));
    #[cfg(feature = "script")]
    let script = match script::Script::from_env() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    #[cfg(not(feature = "script"))]
    if std::env::var_os("CALLCOACH_SCRIPT").is_some_and(|p| !p.is_empty()) {
        eprintln!(
            "error: CALLCOACH_SCRIPT is set, but this build has no scripting \
             (build with `--features callcoach-app/script`)"
        );
        return 2;
    }
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title: "callcoach".into(),
                    resolution: (1280, 720).into(),
                    ..default()
                }),
                ..default()
            })
            .set(AssetPlugin {
                file_path: root.to_string_lossy().into_owned(),
                watch_for_changes_override: Some(true),
                meta_check: AssetMetaCheck::Never,
                ..default()
            }),
    )
    .add_plugins(EguiPlugin::default())
    .insert_resource(options.clone())
    .insert_resource(content::LibraryRoot(root))
    .insert_resource(prefs::DataDir(data))
    .insert_resource(prefs)
    .insert_resource(first)
    .add_plugins((redraw::plugin, content::plugin, shell::plugin))
    .add_plugins(logic_plugin)
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    });
    if let Some(source) = options.record_source {
        app.insert_resource(source);
    }
    if let Some(a) = options.assigned {
        app.insert_resource(a);
    }
    #[cfg(feature = "script")]
    {
        app.add_plugins(script::plugin);
        if let Some(s) = script {
            app.insert_resource(s);
        }
    }
    match app.run() {
        AppExit::Success => 0,
        AppExit::Error(code) => code.get() as i32,
    }
}
