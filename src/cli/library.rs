//! Loading the content library for a verb: one scenario checked and compiled (`play`, `walk`,
//! `graph`), or every scenario compiled (`report`, `synth-records`).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use callcoach_core::check::{self, Scope};
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
        if let Some(sc) = callcoach_core::compile::compile(&lib, loaded, &mut diagnostics) {
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

/// Loads the library, compiles the named scenario and runs `f`; reports problems and returns 1
/// when the scenario has errors.
pub fn with_scenario(
    library: Option<&Path>,
    name: &str,
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
    let Some(sc) = report.compiled.get(&id).cloned() else {
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
