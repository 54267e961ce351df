//! Loading the content library for a verb: one scenario checked and compiled (`play`, `walk`,
//! `graph`), or every scenario compiled (`report`, `synth-records`).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use callcoach_core::check::{self, Scope};
use callcoach_core::cohort::cards;
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::diagnostic;
use callcoach_core::content::loader::{self, Library, locate_library};
use callcoach_core::engine::search::DEFAULT_BUDGET;

/// Loads the library and compiles its scenarios (no balance search: replaying and re-scoring
/// records needs only the compiled scenarios); returns those that compiled.
pub fn compile_library(library: Option<&Path>) -> Option<BTreeMap<String, Arc<CompiledScenario>>> {
    compile_library_with(library).map(|(_, compiled)| compiled)
}

/// [`compile_library`], with the library it loaded (for its cases).
pub fn compile_library_with(
    library: Option<&Path>,
) -> Option<(Library, BTreeMap<String, Arc<CompiledScenario>>)> {
    let root = match locate_library(library) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return None;
        }
    };
    let lib = Library::load(&root);
    let mut diagnostics = lib.load_diagnostics.clone();
    let mut compiled = BTreeMap::new();
    for loaded in &lib.scenarios {
        if let Some(sc) = check::compile_guarded(&lib, loaded, &mut diagnostics) {
            compiled.insert(sc.id.clone(), Arc::new(sc));
        }
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        eprintln!(
            "warning: the content library has {errors} error(s); records of scenarios that do not compile show as unavailable (callcoach check)"
        );
    }
    Some((lib, compiled))
}

/// Loads the library, checks the named scenario and runs `f` on it when it is playable (as
/// the app decides: no error at all, see `cards::Card::is_broken`); else reports its problems
/// and returns 1. For `play`, `walk` and `play --case`.
pub fn with_scenario(
    library: Option<&Path>,
    name: &str,
    f: impl FnOnce(&Library, Arc<CompiledScenario>) -> i32,
) -> i32 {
    with_checked_scenario(library, name, true, f)
}

/// As [`with_scenario`], but runs `f` on any scenario that compiles, even one whose
/// analysis found errors (`graph`: the picture helps to fix a loop that cannot end).
pub fn with_compiled_scenario(
    library: Option<&Path>,
    name: &str,
    f: impl FnOnce(&Library, Arc<CompiledScenario>) -> i32,
) -> i32 {
    with_checked_scenario(library, name, false, f)
}

fn with_checked_scenario(
    library: Option<&Path>,
    name: &str,
    need_playable: bool,
    f: impl FnOnce(&Library, Arc<CompiledScenario>) -> i32,
) -> i32 {
    let path = Path::new(name);
    let (root, id) = if name.ends_with(".ron") || path.is_file() {
        match loader::find_root(path) {
            Some(r) => (
                r,
                path.file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            ),
            None => {
                eprintln!("error: {name}: not inside a content library");
                return 2;
            }
        }
    } else {
        match locate_library(library) {
            Ok(r) => (r, name.to_string()),
            Err(e) => {
                eprintln!("error: {e}");
                return 2;
            }
        }
    };
    let lib = Library::load(&root);
    let report = check::check(&lib, &Scope::Scenarios(vec![id.clone()]), DEFAULT_BUDGET);
    // Playable exactly when the app would let a trainee start it: compiled, and its card
    // (the core's notion) has no error, e.g. E112 (a loop that cannot end) found by the
    // analysis after compiling.
    let broken = need_playable
        && cards::cards(&lib, &report)
            .into_iter()
            .any(|card| card.id == id && card.is_broken());
    let playable = report.compiled.get(&id).cloned().filter(|_| !broken);
    let Some(sc) = playable else {
        if lib.scenario(&id).is_none() && !lib.broken_scenarios.contains_key(&id) {
            let known: Vec<&str> = lib.scenarios.iter().map(|s| s.value.id.as_str()).collect();
            eprintln!(
                "error: no scenario \"{id}\" in {} (known: {})",
                root.display(),
                known.join(", ")
            );
            return 2;
        }
        eprint!(
            "{}",
            diagnostic::render(&report.diagnostics, &lib.sources())
        );
        eprintln!("error: scenario \"{id}\" has errors; fix them first (callcoach check {id})");
        return 1;
    };
    if report.errors() > 0 {
        eprint!(
            "{}",
            diagnostic::render(&report.diagnostics, &lib.sources())
        );
    }
    f(&lib, sc)
}
