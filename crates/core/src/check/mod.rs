//! The checker: everything that can be wrong with a content library, found before a trainee
//! meets it, as diagnostics with file:line:col.
//!
//! One file per family of codes (every code, with its level, is in
//! [`crate::content::codes`]; the list for trainers is in `docs/scenario-format.md`):
//! - [`vocabulary`]: `E0xx`, the tag vocabulary and scenario ids;
//! - [`ids`]: `E026`, ids of scenarios, cases and calendars in a safe alphabet;
//! - [`scenario`]: `E1xx` found on a compiled scenario (graph, exploration, balance);
//!   the compiler ([`crate::compile`]) raises the other `E1xx` codes;
//! - [`rubrics`]: `E2xx`, the rubric files;
//! - [`coverage`]: which choices exercise which rule, and `W210`;
//! - [`text`]: `E3xx`, the Fluent files against what the content needs;
//! - [`negotiation`]: `E4xx`, finances, mandate, reactions and terms;
//! - [`history`]: `E5xx`, the account's history and the pre-call desk;
//! - [`cases`]: `E6xx` on cases (several calls on one account) and their text;
//! - [`calendars`]: `E6xx` on holiday calendars and the dates calling-day rules read;
//! - [`plurals`]: CLDR plural categories and the variables of a message (`E305`, `E306`);
//! - [`spans`]: where a list's items and an item's fields are written, for the checks above.
//!
//! This file runs them: library-wide checks, then every scenario on every core (with a
//! per-content cache of the scenario analyses, in memory and, for [`check_with`], on disk:
//! [`cache`]), then text and coverage.

pub mod cache;
mod calendars;
mod cases;
mod coverage;
mod history;
mod ids;
mod negotiation;
mod plurals;
mod rubrics;
mod scenario;
mod spans;
mod text;
mod vocabulary;
mod voice;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use crate::compile::{self, CompiledScenario};
use crate::content::codes;
use crate::content::diagnostic::{Diagnostic, Level};
use crate::content::loader::{Library, Loaded};
use crate::content::model::Scenario;

pub use coverage::coverage;
pub use ids::is_safe_id;
pub use plurals::plural_categories;

/// What a check run produced.
#[derive(Debug, Default)]
pub struct Checked {
    /// Every finding, sorted by file, line, column and code.
    pub diagnostics: Vec<Diagnostic>,
    /// Scenarios that compiled without errors, by id.
    pub compiled: BTreeMap<String, Arc<CompiledScenario>>,
    /// Per scenario: can it be passed, failed, and can a critical rule be broken?
    pub balance: BTreeMap<String, Balance>,
    /// Per rule (`rubric/rule`): the scenarios and choices that exercise it.
    pub coverage: BTreeMap<String, Vec<String>>,
    /// How the scenario analyses were obtained (the output does not depend on it).
    pub work: Work,
}

/// How many scenarios a check analysed and how many analyses it reused from a cache, and
/// why the disk cache was not used or written, if so.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Work {
    /// Scenarios whose analyses (searches) ran.
    pub analysed: usize,
    /// Scenarios whose analyses came from the in-memory or the disk cache.
    pub reused: usize,
    /// A problem with the disk cache (unreadable, corrupt, not writable): a warning for the
    /// shell to show; the check itself is complete without the cache.
    pub cache_warnings: Vec<String>,
}

/// Whether a scenario is winnable, losable, and has a path that breaks a critical rule.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Balance {
    /// Some path passes.
    pub winnable: bool,
    /// Some path fails.
    pub losable: bool,
    /// Some path breaks a critical rule.
    pub critical_reachable: bool,
    /// The best reachable mean score (0..=100).
    pub best_score: u8,
    /// The search stopped at its budget, so the answers above may be incomplete.
    pub truncated: bool,
}

impl Checked {
    /// How many diagnostics are errors.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// How many diagnostics are warnings.
    pub fn warnings(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.level == Level::Warning)
            .count()
    }
}

/// Which scenarios to check; library-wide checks (tags, rubrics, UI text, coverage) run only
/// for `All`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// The whole library.
    All,
    /// Only these scenarios (by id), and the files that belong to them.
    Scenarios(Vec<String>),
}

impl Scope {
    /// Whether the scenario with this id is checked.
    fn includes(&self, id: &str) -> bool {
        match self {
            Scope::All => true,
            Scope::Scenarios(ids) => ids.iter().any(|s| s == id),
        }
    }
}

/// Checks a loaded library (analyses cached in memory only).
pub fn check(lib: &Library, scope: &Scope, budget: usize) -> Checked {
    check_with(lib, scope, budget, None)
}

/// [`check`], with the scenario analyses also cached on disk in `cache_dir` (see [`cache`]):
/// read before, written after when anything was analysed. The result is the same with or
/// without it.
pub fn check_with(
    lib: &Library,
    scope: &Scope,
    budget: usize,
    cache_dir: Option<&std::path::Path>,
) -> Checked {
    let mut report = Checked::default();
    let disk = cache_dir.map(cache::DiskCache::open);
    if let Some(w) = disk.as_ref().and_then(|c| c.warning.clone()) {
        report.work.cache_warnings.push(w);
    }
    let d = &mut report.diagnostics;
    let whole = *scope == Scope::All;

    // Load problems: all for the whole library, else those of the scenarios' own files.
    for diag in &lib.load_diagnostics {
        let related = whole || scope_files(lib, scope).contains(&diag.file);
        if related {
            d.push(diag.clone());
        }
    }

    // Unused tags (W008) and unexercised rules (W210) are about the whole library: a library
    // of one scenario (an author's work in progress) would get one for nearly every tag and
    // rule it shares with the shipped packs, and never see "clean".
    let library_wide = whole && lib.scenarios.len() + lib.broken_scenarios.len() > 1;
    if whole {
        vocabulary::check_tags(lib, library_wide, d);
        rubrics::check_rubrics(lib, d);
        cases::check_cases(lib, d);
        calendars::check_calendars(lib, d);
        ids::check_ids(lib, d);
    }

    let todo = vocabulary::scenarios_to_check(lib, scope, d);
    let todo = ids::safe_scenarios(lib, todo, d);
    // Scenarios are independent: check them on every core.
    // A panic while checking one scenario (a bug) is that scenario's E133, not a lost
    // scenario or a crash: the others are still checked.
    let results = crate::parallel::map(&todo, usize::MAX, |loaded| {
        guarded(loaded, || {
            check_scenario(lib, loaded, budget, disk.as_ref())
        })
    });
    let mut used = Vec::new();
    let mut fresh = false;
    for mut result in results {
        match result.analysis.take() {
            Some((key, analysis, true)) => {
                report.work.analysed += 1;
                fresh = true;
                used.push((key, analysis));
            }
            Some((key, analysis, false)) => {
                report.work.reused += 1;
                used.push((key, analysis));
            }
            None => {}
        }
        d.extend(result.diagnostics);
        if let Some((compiled, balance)) = result.compiled {
            if let Some(balance) = balance {
                report.balance.insert(compiled.id.clone(), balance);
            }
            report.compiled.insert(compiled.id.clone(), compiled);
        }
    }

    if let Some(disk) = disk
        && (fresh || disk.warning.is_some())
        && let Err(why) = disk.save(used)
    {
        report
            .work
            .cache_warnings
            .push(format!("the check cache could not be written ({why})"));
    }
    let d = &mut report.diagnostics;
    calendars::check_scenario_dates(lib, scope, d);
    text::check_text(lib, scope, d);
    voice::check_voices(lib, &report.compiled, whole, d);
    report.coverage = coverage(lib, &report.compiled);
    if library_wide {
        coverage::report_unexercised_rules(lib, &report.coverage, d);
    }
    report.diagnostics.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.code).cmp(&(&b.file, b.line, b.column, b.code))
    });
    report.diagnostics.dedup();
    report
}

/// Compiles one scenario as [`compile::compile`] does, but a panic while compiling (a bug)
/// becomes an E133 diagnostic in `diagnostics` and `None`, never a crash of the caller: what
/// a verb that only needs compiled scenarios (`report`) calls.
pub fn compile_guarded(
    lib: &Library,
    loaded: &Loaded<Scenario>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<CompiledScenario> {
    let mut found = Vec::new();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        compile::compile(lib, loaded, &mut found)
    }));
    match result {
        Ok(compiled) => {
            diagnostics.extend(found);
            compiled
        }
        Err(payload) => {
            diagnostics.push(internal_error(loaded, payload.as_ref()));
            None
        }
    }
}

/// Runs `work` for one scenario; a panic in it becomes the scenario's E133.
fn guarded(loaded: &Loaded<Scenario>, work: impl FnOnce() -> ScenarioCheck) -> ScenarioCheck {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)) {
        Ok(found) => found,
        Err(payload) => ScenarioCheck {
            diagnostics: vec![internal_error(loaded, payload.as_ref())],
            compiled: None,
            analysis: None,
        },
    }
}

/// E133: checking `loaded` panicked with `payload`.
fn internal_error(loaded: &Loaded<Scenario>, payload: &(dyn std::any::Any + Send)) -> Diagnostic {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "an unknown panic".to_string());
    let path = &loaded.source.path;
    codes::file(
        "E133",
        path,
        format!(
            "internal error checking {}: {what}; please report",
            path.display()
        ),
    )
    .help(
        "this is a bug in callcoach, not necessarily in your file: please report it with the          file attached; the scenario cannot be played until it is fixed",
    )
}

/// What checking one scenario found.
#[derive(Default)]
struct ScenarioCheck {
    diagnostics: Vec<Diagnostic>,
    compiled: Option<(Arc<CompiledScenario>, Option<Balance>)>,
    /// The analyses' cache key, what they found, and whether they ran (not from a cache).
    analysis: Option<(String, Analysis, bool)>,
}

use cache::Analysis;

/// The analyses that depend only on a compiled scenario, kept per content so that an
/// unchanged scenario is not searched again in the same process (the app re-checks on
/// every edit; only the edited scenario pays). Keyed by [`cache::key`].
static ANALYSIS_CACHE: OnceLock<Mutex<HashMap<String, Analysis>>> = OnceLock::new();

/// Empties the in-memory analysis cache of this process (benchmarks time the disk cache
/// with it; the shells never need it).
#[doc(hidden)]
pub fn forget_analyses() {
    if let Some(Ok(mut c)) = ANALYSIS_CACHE.get().map(|c| c.lock()) {
        c.clear();
    }
}

/// Whether cached analyses fit the scenario as loaded: every diagnostic about its own file,
/// within its text (a tampered cache file must not point a snippet outside it).
fn fits(analysis: &Analysis, loaded: &Loaded<Scenario>) -> bool {
    analysis.0.iter().all(|d| {
        d.file == loaded.source.path
            && d.span.end <= loaded.source.text.len()
            && loaded.source.text.is_char_boundary(d.span.start)
            && loaded.source.text.is_char_boundary(d.span.end)
    })
}

/// Compiles one scenario and, if it compiles, analyses it (or takes the analysis from the
/// in-memory cache, else the disk cache).
fn check_scenario(
    lib: &Library,
    loaded: &Loaded<Scenario>,
    budget: usize,
    disk: Option<&cache::DiskCache>,
) -> ScenarioCheck {
    #[cfg(test)]
    tests::maybe_panic(&loaded.value.id);
    let mut out = ScenarioCheck::default();
    let d = &mut out.diagnostics;
    let compiled = compile::compile(lib, loaded, d);
    // Not cached: E512 reads the library's cases.
    history::check(lib, loaded, compiled.as_ref(), d);
    let Some(compiled) = compiled else {
        return out;
    };
    let key = cache::key(lib, loaded, budget);
    let memory = ANALYSIS_CACHE.get_or_init(Default::default);
    let cached = memory
        .lock()
        .ok()
        .and_then(|c| c.get(&key).cloned())
        .or_else(|| disk.and_then(|c| c.get(&key)).cloned())
        .filter(|a| fits(a, loaded));
    if let Some(analysis) = cached {
        d.extend(analysis.0.iter().cloned());
        out.compiled = Some((Arc::new(compiled), analysis.1));
        out.analysis = Some((key, analysis, false));
        return out;
    }
    let first = d.len();
    negotiation::check(&compiled, loaded, d);
    let balance = scenario::analyse(&compiled, loaded, budget, d);
    let analysis: Analysis = (d[first..].to_vec(), balance);
    if let Ok(mut c) = memory.lock() {
        c.insert(key.clone(), analysis.clone());
    }
    out.compiled = Some((Arc::new(compiled), balance));
    out.analysis = Some((key, analysis, true));
    out
}

/// The files that belong to the scenarios of a scope: their RON and every language's text.
fn scope_files(lib: &Library, scope: &Scope) -> Vec<PathBuf> {
    let Scope::Scenarios(ids) = scope else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for id in ids {
        out.push(lib.root.join("scenarios").join(format!("{id}.ron")));
        for lang in lib.locales.keys() {
            out.push(
                lib.root
                    .join("locales")
                    .join(lang)
                    .join("scenarios")
                    .join(format!("{id}.ftl")),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::search::DEFAULT_BUDGET;
    use crate::synth::{self, Spec};

    /// The scenario id whose check panics (an injected bug), for the test below.
    static PANIC_ON: Mutex<Option<String>> = Mutex::new(None);

    pub(super) fn maybe_panic(id: &str) {
        let armed = PANIC_ON.lock().map(|p| p.as_deref() == Some(id));
        if armed.unwrap_or(false) {
            panic!("injected bug in {id}");
        }
    }

    /// A panic while checking one scenario is its E133 (an error, so a non-zero exit), and
    /// the other scenarios of the library are still checked and compiled.
    #[test]
    fn a_panicking_scenario_is_an_error_and_the_others_still_check() {
        let mut files = synth::files(&Spec::new(8));
        let scenario = files
            .iter()
            .find(|f| f.path.ends_with("synth.ron"))
            .cloned()
            .expect("the synth scenario");
        let text = String::from_utf8(scenario.bytes).expect("utf-8");
        files.push(crate::content::loader::RawFile {
            path: "scenarios/boom.ron".into(),
            bytes: text.replace("id: \"synth\"", "id: \"boom\"").into_bytes(),
        });
        let ftl = files
            .iter()
            .find(|f| f.path.ends_with("synth.ftl"))
            .cloned()
            .expect("the synth text");
        files.push(crate::content::loader::RawFile {
            path: "locales/en/scenarios/boom.ftl".into(),
            bytes: ftl.bytes,
        });
        let lib = Library::from_files(std::path::Path::new("lib"), files);
        *PANIC_ON.lock().expect("lock") = Some("boom".into());
        let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
        *PANIC_ON.lock().expect("lock") = None;
        let e133: Vec<&Diagnostic> = report
            .diagnostics
            .iter()
            .filter(|d| d.code == "E133")
            .collect();
        assert_eq!(e133.len(), 1, "{:#?}", report.diagnostics);
        assert_eq!(
            e133[0].message,
            "internal error checking lib/scenarios/boom.ron: injected bug in boom; please report"
        );
        assert!(e133[0].is_error() && e133[0].help.is_some());
        assert!(report.errors() >= 1);
        assert!(report.compiled.contains_key("synth"));
        assert!(!report.compiled.contains_key("boom"));
    }
}
