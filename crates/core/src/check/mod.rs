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
//! per-content cache of the scenario analyses), then text and coverage.

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

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use crate::compile::{self, CompiledScenario};
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
}

/// Whether a scenario is winnable, losable, and has a path that breaks a critical rule.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
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

/// Checks a loaded library.
pub fn check(lib: &Library, scope: &Scope, budget: usize) -> Checked {
    let mut report = Checked::default();
    let d = &mut report.diagnostics;
    let whole = *scope == Scope::All;

    // Load problems: all for the whole library, else those of the scenarios' own files.
    for diag in &lib.load_diagnostics {
        let related = whole || scope_files(lib, scope).contains(&diag.file);
        if related {
            d.push(diag.clone());
        }
    }

    if whole {
        vocabulary::check_tags(lib, d);
        rubrics::check_rubrics(lib, d);
        cases::check_cases(lib, d);
        calendars::check_calendars(lib, d);
        ids::check_ids(lib, d);
    }

    let todo = vocabulary::scenarios_to_check(lib, scope, d);
    let todo = ids::safe_scenarios(lib, todo, d);
    // Scenarios are independent: check them on every core.
    let results = crate::parallel::map(&todo, usize::MAX, |loaded| {
        check_scenario(lib, loaded, budget)
    });
    for result in results {
        d.extend(result.diagnostics);
        if let Some((compiled, balance)) = result.compiled {
            if let Some(balance) = balance {
                report.balance.insert(compiled.id.clone(), balance);
            }
            report.compiled.insert(compiled.id.clone(), compiled);
        }
    }

    calendars::check_scenario_dates(lib, scope, d);
    text::check_text(lib, scope, d);
    report.coverage = coverage(lib, &report.compiled);
    if whole {
        coverage::report_unexercised_rules(lib, &report.coverage, d);
    }
    report.diagnostics.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.code).cmp(&(&b.file, b.line, b.column, b.code))
    });
    report.diagnostics.dedup();
    report
}

/// What checking one scenario found.
#[derive(Default)]
struct ScenarioCheck {
    diagnostics: Vec<Diagnostic>,
    compiled: Option<(Arc<CompiledScenario>, Option<Balance>)>,
}

/// The analyses that depend only on a compiled scenario, kept per content so that an
/// unchanged scenario is not searched again in the same process (the app re-checks on
/// every edit; only the edited scenario pays).
type Analysis = (Vec<Diagnostic>, Option<Balance>);
/// Cache key: the file, its content hash and the search budget.
type AnalysisKey = (PathBuf, String, usize);
static ANALYSIS_CACHE: OnceLock<Mutex<HashMap<AnalysisKey, Analysis>>> = OnceLock::new();

/// Compiles one scenario and, if it compiles, analyses it (or takes the analysis from the
/// cache).
fn check_scenario(lib: &Library, loaded: &Loaded<Scenario>, budget: usize) -> ScenarioCheck {
    let mut out = ScenarioCheck::default();
    let d = &mut out.diagnostics;
    let compiled = compile::compile(lib, loaded, d);
    // Not cached: E512 reads the library's cases.
    history::check(lib, loaded, compiled.as_ref(), d);
    let Some(compiled) = compiled else {
        return out;
    };
    let key = (
        loaded.source.path.clone(),
        compiled.content_hash.clone(),
        budget,
    );
    let cache = ANALYSIS_CACHE.get_or_init(Default::default);
    if let Some((diagnostics, balance)) = cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
        d.extend(diagnostics);
        out.compiled = Some((Arc::new(compiled), balance));
        return out;
    }
    let first = d.len();
    negotiation::check(&compiled, loaded, d);
    let balance = scenario::analyse(&compiled, loaded, budget, d);
    if let Ok(mut c) = cache.lock() {
        c.insert(key, (d[first..].to_vec(), balance));
    }
    out.compiled = Some((Arc::new(compiled), balance));
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
