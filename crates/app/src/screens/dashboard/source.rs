//! Where the dashboard's records come from: the data folder, or a [`RecordSource`] the program
//! gives (the `callcoach` binary fills it from an LRS with `--dashboard-lrs`; this crate speaks
//! no HTTP). Records from a source are verified with the data folder's cohort key exactly as
//! the folder's own ([`xapi_record::load_cohort`]).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::egui;

use crate::theme::BAD;
use callcoach_core::cohort::report::Cohort;
use callcoach_core::cohort::xapi_record::{self, Carried};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::case::Case;
use callcoach_core::content::l10n::{Localiser, s};
use callcoach_core::records::seal::CohortKey;

/// What a source does when the dashboard loads: the records it holds, or why it cannot say.
pub type Fetch = dyn Fn() -> Result<Vec<Carried>, String> + Send + Sync;

/// Records from somewhere other than the data folder (an LRS).
#[derive(Resource, Clone)]
pub struct RecordSource {
    /// Where they come from, as shown (an LRS endpoint without credentials).
    pub label: String,
    /// Fetches them (called on a background thread, on every load and reload).
    pub fetch: Arc<Fetch>,
}

impl RecordSource {
    /// A source named `label` that fetches with `fetch`.
    pub fn new(
        label: impl Into<String>,
        fetch: impl Fn() -> Result<Vec<Carried>, String> + Send + Sync + 'static,
    ) -> RecordSource {
        RecordSource {
            label: label.into(),
            fetch: Arc::new(fetch),
        }
    }
}

impl std::fmt::Debug for RecordSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecordSource")
            .field("label", &self.label)
            .finish_non_exhaustive()
    }
}

/// The source's cohort, verified with the key in `data`; an empty cohort and the reason when
/// the fetch fails.
pub(super) fn load(
    source: &RecordSource,
    data: &Path,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    cases: &[Case],
) -> (Cohort, Option<String>) {
    let carried = match (source.fetch)() {
        Ok(c) => c,
        Err(e) => return (Cohort::default(), Some(e)),
    };
    let (key, key_problem) = match CohortKey::read(data) {
        Ok(k) => (k, None),
        Err(e) => (None, Some(e)),
    };
    let mut cohort = xapi_record::load_cohort(&carried, key.as_ref(), scenarios, cases);
    cohort.key_problem = key_problem;
    (cohort, None)
}

/// The line under the title: where the records came from, or why they could not be read.
pub(super) fn status(
    ui: &mut egui::Ui,
    loc: &Localiser,
    lang: &str,
    source: &RecordSource,
    failed: Option<&str>,
) {
    let label = s(source.label.clone());
    match failed {
        Some(error) => {
            ui.colored_label(
                BAD,
                loc.ta(
                    lang,
                    "app-dash-source-failed",
                    &[("source", label), ("error", s(error.to_string()))],
                ),
            );
        }
        None => {
            ui.small(loc.ta(lang, "app-dash-source", &[("source", label)]));
        }
    }
}

/// Bevy's `App`, for tests outside this crate that hold a [`headless_dashboard`].
#[cfg(feature = "script")]
pub use bevy::app::App as HeadlessApp;

/// The app's logic without a window, signed in as the coordinator on the dashboard, over the
/// library at `root` and the data folder `data`, its records from `source` if given: for tests
/// outside this crate (the LRS test drives it with records read from a real LRS).
#[cfg(feature = "script")]
pub fn headless_dashboard(root: &Path, data: &Path, source: Option<RecordSource>) -> App {
    use bevy::state::app::StatesPlugin;
    use bevy::time::TimeUpdateStrategy;
    use callcoach_core::check::{Scope, check};
    use callcoach_core::content::loader::Library;

    let files = crate::content::read_library_files(root);
    let mut content = crate::content::Content::unchecked(root, files.clone());
    let lib = Arc::new(Library::from_files(root, files));
    let report = check(&lib, &Scope::All, 2_000);
    let loc = Arc::clone(&content.loc);
    content.apply(lib, loc, &report);
    let prefs = crate::prefs::Prefs {
        trainee: "Coordinator".into(),
        role: crate::prefs::Role::Coordinator,
        ..Default::default()
    };
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .insert_resource(TimeUpdateStrategy::ManualDuration(
            std::time::Duration::from_millis(100),
        ))
        .init_resource::<ButtonInput<KeyCode>>()
        .insert_resource(content)
        .insert_resource(crate::prefs::DataDir(data.to_path_buf()))
        .insert_resource(prefs);
    if let Some(source) = source {
        app.insert_resource(source);
    }
    crate::logic_plugin(&mut app);
    app.update();
    app.world_mut()
        .write_message(crate::screens::signin::SignIn);
    app.update();
    app.update();
    app
}
