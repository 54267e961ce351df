//! `callcoach check`: loads and checks content, printing compiler-style diagnostics, the
//! balance of every scenario and, on request, rule coverage.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use callcoach_core::check::{self, Checked, Scope};
use callcoach_core::content::diagnostic;
use callcoach_core::content::loader::{self, Library, locate_library};
use callcoach_core::engine::search::DEFAULT_BUDGET;

use super::out::Out;
use super::{CheckArgs, CheckFormat};

/// Checks every library, file or scenario named (default: the whole library); returns the
/// exit status: 1 on any error, 2 when something named is not found.
pub fn run(library: Option<&Path>, args: &CheckArgs) -> i32 {
    let roots = match roots_to_check(library, &args.paths) {
        Ok(roots) => roots,
        Err(code) => return code,
    };
    let mut errors = 0;
    let mut all_json = Vec::new();
    let mut out = Out::stdout("the diagnostics");
    for (root, scope) in roots {
        let started = Instant::now();
        let lib = Library::load(&root);
        if let Scope::Scenarios(ids) = &scope {
            for id in ids {
                if lib.scenario(id).is_none() && !lib.broken_scenarios.contains_key(id) {
                    eprintln!("error: no scenario \"{id}\" in {}", root.display());
                    return 2;
                }
            }
        }
        let cache_dir = if args.no_cache {
            None
        } else {
            check::cache::default_dir()
        };
        let report = check::check_with(&lib, &scope, DEFAULT_BUDGET, cache_dir.as_deref());
        let elapsed = started.elapsed();
        for warning in &report.work.cache_warnings {
            eprintln!("warning: {warning}");
        }
        if args.timings {
            eprintln!(
                "{}: {} scenario(s) analysed, {} from the cache{}, in {} ms",
                root.display(),
                report.work.analysed,
                report.work.reused,
                cache_dir
                    .as_ref()
                    .map_or(" (no disk cache)".to_string(), |d| format!(
                        " ({})",
                        d.display()
                    )),
                elapsed.as_millis()
            );
        }
        errors += report.errors();
        match args.format {
            // A failed write is remembered by `out`; the check goes on for its exit status.
            CheckFormat::Human => {
                // Every scenario checked, compiled or not (one that fails is still one).
                let scenarios = match &scope {
                    Scope::All => lib.scenarios.len() + lib.broken_scenarios.len(),
                    Scope::Scenarios(ids) => ids.len(),
                };
                let _ = print_human(
                    &mut out,
                    &root,
                    &lib,
                    &report,
                    elapsed,
                    args.coverage,
                    scenarios,
                )
                .and_then(|()| out.flush());
            }
            CheckFormat::Json => all_json.push(serde_json::json!({
                "root": root,
                "errors": report.errors(),
                "warnings": report.warnings(),
                "diagnostics": report.diagnostics,
                "balance": report.balance,
                "coverage": report.coverage,
            })),
        }
    }
    if args.format == CheckFormat::Json {
        let _ = writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&all_json).expect("diagnostics serialise")
        );
    }
    out.finish(if errors > 0 { 1 } else { 0 })
}

/// What to check: each argument is a library root, a scenario file, or a scenario id. On a
/// name that leads nowhere, says why and gives the exit status.
fn roots_to_check(library: Option<&Path>, paths: &[String]) -> Result<Vec<(PathBuf, Scope)>, i32> {
    let mut roots: Vec<(PathBuf, Scope)> = Vec::new();
    if paths.is_empty() {
        match locate_library(library) {
            Ok(root) => roots.push((root, Scope::All)),
            Err(e) => {
                eprintln!("error: {e}");
                return Err(2);
            }
        }
    }
    for p in paths {
        let path = Path::new(p);
        if path.is_dir() {
            match loader::find_root(path) {
                Some(root) => roots.push((root, Scope::All)),
                None => {
                    eprintln!("error: {p}: no content library here (expected a scenarios/ folder)");
                    return Err(2);
                }
            }
        } else if path.is_file() {
            let Some(root) = loader::find_root(path) else {
                eprintln!(
                    "error: {p}: not inside a content library (no scenarios/ folder above it)"
                );
                return Err(2);
            };
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            roots.push((root, Scope::Scenarios(vec![id])));
        } else {
            match locate_library(library) {
                Ok(root) => roots.push((root, Scope::Scenarios(vec![p.clone()]))),
                Err(e) => {
                    eprintln!("error: {e}");
                    return Err(2);
                }
            }
        }
    }
    Ok(roots)
}

/// The human format for one library: diagnostics, coverage if asked, balance, and a summary.
fn print_human(
    out: &mut impl Write,
    root: &Path,
    lib: &Library,
    report: &Checked,
    elapsed: Duration,
    show_coverage: bool,
    scenarios: usize,
) -> io::Result<()> {
    let sources = lib.sources();
    write!(out, "{}", diagnostic::render(&report.diagnostics, &sources))?;
    if show_coverage {
        print_coverage(out, &report.coverage)?;
    }
    for (id, b) in &report.balance {
        let flag = |ok: bool| if ok { "yes" } else { "NO" };
        writeln!(
            out,
            "  {id}: winnable {} (best {}), losable {}, critical breach reachable {}{}",
            flag(b.winnable),
            b.best_score,
            flag(b.losable),
            flag(b.critical_reachable),
            if b.truncated { " (search bounded)" } else { "" }
        )?;
    }
    writeln!(
        out,
        "{}: {} scenario(s), {} rubric(s), {} language(s): {} error(s), {} warning(s) in {} ms",
        root.display(),
        scenarios,
        lib.rubrics.len(),
        lib.locales.len(),
        report.errors(),
        report.warnings(),
        elapsed.as_millis()
    )
}

/// Every rule with up to four of the choices that exercise it.
fn print_coverage(
    out: &mut impl Write,
    coverage: &BTreeMap<String, Vec<String>>,
) -> io::Result<()> {
    writeln!(out, "coverage (rule: scenario: node.choice):")?;
    for (rule, uses) in coverage {
        let shown: Vec<&String> = uses.iter().take(4).collect();
        let more = uses.len().saturating_sub(4);
        let more = if more > 0 {
            format!(" (+{more} more)")
        } else {
            String::new()
        };
        let list = if shown.is_empty() {
            "NOT EXERCISED".to_string()
        } else {
            shown
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        };
        writeln!(out, "  {rule}: {list}{more}")?;
    }
    Ok(())
}
