//! `callcoach report`: cohort results from the session records in the data folder, as a
//! table, CSV, JSON or xAPI statements, and delivery of those statements to a Learning Record
//! Store (`crate::lrs`).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use callcoach_core::cohort::report::{self, Cohort, Filter, LoadedRecord, SessionRow};
use callcoach_core::cohort::safe::terminal;
use callcoach_core::cohort::{items, table, xapi, xapi_record};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::case::Case;
use callcoach_core::content::l10n::Localiser;
use callcoach_core::records::seal::CohortKey;
use callcoach_core::records::{seal, store};

use super::library::compile_library_with;
use super::out::Out;
use super::{ReportArgs, ReportFormat};
use crate::lrs;

/// The records a report shows: the cohort, and those of its records the filter keeps.
struct Selection<'a> {
    cohort: &'a Cohort,
    compiled: &'a BTreeMap<String, Arc<CompiledScenario>>,
    /// The library's messages (the text of xAPI statements).
    loc: &'a Localiser,
    filter: &'a Filter,
    kept: Vec<&'a LoadedRecord>,
    rows: Vec<SessionRow>,
}

/// Prints the report and, with `--lrs` and `--format xapi`, sends the statements instead of
/// printing them; returns the exit status.
pub fn run(library: Option<&Path>, data_dir: Option<&Path>, args: ReportArgs) -> i32 {
    let filter = Filter {
        trainee: args.trainee,
        scenario: args.scenario,
        jurisdiction: args.jurisdiction,
        from: args.from,
        to: args.to,
    };
    let data = store::data_dir(data_dir);
    // From an LRS, the data folder only holds the cohort key.
    let checked = match &args.from_lrs {
        Some(_) => store::existing_data_dir(&data),
        None => store::existing_data_dir(&data).and_then(|()| store::record_files(&data).map(drop)),
    };
    if let Err(e) = checked {
        eprintln!("error: {e}");
        return 2;
    }
    let Some((lib, compiled)) = compile_library_with(library) else {
        return 2;
    };
    let cases: Vec<_> = lib.cases.iter().map(|c| c.value.clone()).collect();
    if args.format == ReportFormat::Table && args.from_lrs.is_none() && args.lrs.is_none() {
        return table(&data, &compiled, &cases, &filter);
    }
    let cohort = match &args.from_lrs {
        Some(endpoint) => match load_from_lrs(endpoint, &data, &compiled, &cases) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("error: {}", terminal(&e));
                return 1;
            }
        },
        None => report::load_cohort(&data, &compiled, &cases),
    };
    warn(
        &cohort.corrupt,
        cohort.key_problem.as_deref(),
        cohort.cache_problem.as_deref(),
        cohort.synthetic_mix(),
    );
    let kept: Vec<&LoadedRecord> = cohort
        .records
        .iter()
        .filter(|r| filter.keeps(&r.record, &compiled))
        .collect();
    let rows: Vec<SessionRow> = kept.iter().map(|r| SessionRow::of(r)).collect();
    let loc = Localiser::new(&lib);
    let selection = Selection {
        cohort: &cohort,
        compiled: &compiled,
        loc: &loc,
        filter: &filter,
        kept,
        rows,
    };
    let lrs = args.lrs.as_deref();
    if lrs.is_none() || args.format != ReportFormat::Xapi {
        let code = print_report(&selection, args.format, args.rules, &args.xapi_base);
        if code != 0 {
            return code;
        }
    }
    if let Some(endpoint) = lrs {
        return send_to_lrs(endpoint, &selection, &args.xapi_base, &data);
    }
    0
}

/// The warnings before a report: files skipped, the key, the cache, a mixed cohort.
fn warn(
    corrupt: &[(std::path::PathBuf, String)],
    key_problem: Option<&str>,
    cache_problem: Option<&str>,
    (synthetic, real): (usize, usize),
) {
    for (path, why) in corrupt {
        eprintln!(
            "warning: {}: skipped, {}",
            terminal(&path.display().to_string()),
            terminal(why)
        );
    }
    if let Some(why) = key_problem {
        eprintln!(
            "warning: {}; signed records cannot be checked",
            terminal(why)
        );
    }
    if let Some(why) = cache_problem {
        eprintln!("warning: {}", terminal(why));
    }
    if synthetic > 0 && real > 0 {
        eprintln!(
            "warning: this cohort mixes {synthetic} synthetic session(s) with {real} real one(s)"
        );
    }
}

/// `report --format table` of a data folder: from the records' digests
/// ([`table::load_digests`]: a record the verification cache vouches for is not parsed), the
/// same table as from the whole records; returns the exit status.
fn table(
    data: &Path,
    compiled: &BTreeMap<String, Arc<CompiledScenario>>,
    cases: &[Case],
    filter: &Filter,
) -> i32 {
    let cohort = table::load_digests(data, compiled, cases);
    warn(
        &cohort.corrupt,
        cohort.key_problem.as_deref(),
        cohort.cache_problem.as_deref(),
        cohort.synthetic_mix(),
    );
    let mut out = Out::stdout("the report");
    let _ = write!(
        out,
        "{}",
        table::render(&cohort, |d| filter.keeps_digest(d, compiled))
    );
    out.finish(0)
}

/// The cohort of the records an LRS's statements carry, verified with the data folder's key
/// exactly as a folder's records are (`xapi_record`); says on stderr where it came from.
fn load_from_lrs(
    endpoint: &str,
    data: &Path,
    compiled: &BTreeMap<String, Arc<CompiledScenario>>,
    cases: &[Case],
) -> Result<Cohort, String> {
    let lrs = lrs::Lrs::from_env(endpoint);
    let carried = lrs::fetch::records(&lrs)?;
    let (key, key_problem) = match CohortKey::read(data) {
        Ok(k) => (k, None),
        Err(e) => (None, Some(e)),
    };
    let mut cohort = xapi_record::load_cohort(&carried, key.as_ref(), compiled, cases);
    cohort.key_problem = key_problem;
    eprintln!(
        "read {} record(s) from the LRS {}",
        carried.len(),
        lrs.endpoint
    );
    Ok(cohort)
}

/// Prints the selection in one format; returns the exit status.
fn print_report(selection: &Selection, format: ReportFormat, rules: bool, base: &str) -> i32 {
    let Selection {
        cohort,
        compiled,
        loc,
        filter,
        kept,
        rows,
    } = selection;
    // Every write below goes through `out`, which remembers a failure for `finish`.
    let mut out = Out::stdout("the report");
    match format {
        ReportFormat::Table => {
            let summary = report::summarise(cohort, |r| filter.keeps(r, compiled));
            let _ = write!(out, "{}", report::render_table(&summary, cohort, rows));
        }
        ReportFormat::Csv => {
            let text = if rules {
                report::to_csv(&report::rule_rows(&trusted(kept)))
            } else {
                report::to_csv(rows)
            };
            match text {
                Ok(t) => {
                    let _ = write!(out, "{t}");
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    return 1;
                }
            }
        }
        ReportFormat::Json => {
            let summary = report::summarise(cohort, |r| filter.keeps(r, compiled));
            let corrupt: Vec<serde_json::Value> = cohort
                .corrupt
                .iter()
                .map(|(p, why)| serde_json::json!({"file": p, "error": why}))
                .collect();
            let json =
                serde_json::json!({ "summary": summary, "sessions": rows, "corrupt": corrupt });
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&json).expect("report serialises")
            );
        }
        ReportFormat::ItemsCsv | ReportFormat::ItemsJson => {
            // Abilities come from every record the filter keeps but the scenario; the
            // scenario filter only chooses which decisions are listed.
            let unscoped = Filter {
                scenario: None,
                ..(*filter).clone()
            };
            let records: Vec<&LoadedRecord> = cohort
                .records
                .iter()
                .filter(|r| unscoped.keeps(&r.record, compiled))
                .collect();
            let analysis = items::analyse(compiled, &trusted(&records), filter.scenario.as_deref());
            if format == ReportFormat::ItemsJson {
                let _ = writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&analysis).expect("item analysis serialises")
                );
            } else {
                match report::to_csv(&items::rows(&analysis)) {
                    Ok(t) => {
                        let _ = write!(out, "{t}");
                    }
                    Err(e) => {
                        eprintln!("error: {e}");
                        return 1;
                    }
                }
            }
        }
        ReportFormat::Xapi => {
            let statements = xapi_statements(&trusted(kept), compiled, loc, base);
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&statements).expect("statements serialise")
            );
        }
    }
    out.finish(0)
}

/// The xAPI statements of some records, with their scenarios' text.
fn xapi_statements(
    records: &[&LoadedRecord],
    compiled: &BTreeMap<String, Arc<CompiledScenario>>,
    loc: &Localiser,
    base: &str,
) -> Vec<serde_json::Value> {
    let records: Vec<_> = records.iter().map(|r| &r.record).collect();
    // Each record travels in its call's completion statement, so that a cohort read back from
    // the LRS is verified like a folder's (`xapi_record`).
    xapi::statements_per_record(&records, compiled, loc, base)
        .into_iter()
        .zip(&records)
        .flat_map(|(mut statements, record)| {
            xapi_record::attach(&mut statements, record, base);
            statements
        })
        .collect()
}

/// The verified records of a selection (the only ones an export carries), with a warning
/// on stderr naming how many were left out.
fn trusted<'a>(kept: &[&'a LoadedRecord]) -> Vec<&'a LoadedRecord> {
    let verified: Vec<&LoadedRecord> = kept
        .iter()
        .copied()
        .filter(|r| r.verification.is_trusted())
        .collect();
    if verified.len() < kept.len() {
        eprintln!(
            "warning: {} session(s) not verified (tampered, unsigned, duplicate or of an \
             unavailable version) left out; `report` lists them",
            kept.len() - verified.len()
        );
    }
    verified
}

/// Sends the xAPI statements of the verified records to an LRS, skipping those its ledger
/// (one per LRS, `lrs::ledger_for`) lists; returns the exit status.
fn send_to_lrs(endpoint: &str, selection: &Selection, base: &str, data: &Path) -> i32 {
    let verified = trusted(&selection.kept);
    let statements = xapi_statements(&verified, selection.compiled, selection.loc, base);
    // `lrs.endpoint` is the URL without any credentials written in it.
    let lrs = lrs::Lrs::from_env(endpoint);
    match lrs::retire_legacy_ledger(data) {
        Ok(Some(note)) => eprintln!("note: {}", terminal(&note)),
        Ok(None) => {}
        Err(e) => {
            eprintln!("error: {}", terminal(&e));
            return 1;
        }
    }
    match lrs::send(&lrs, &statements, &lrs::ledger_for(data, &lrs)) {
        Ok(r) => {
            eprintln!("{}", r.summary(&lrs.endpoint));
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

/// `callcoach seal`: signs the unsigned records that replay ([`seal::seal_cohort`]); returns
/// the exit status (1 when the key cannot be read or made).
pub fn seal(library: Option<&Path>, data_dir: Option<&Path>) -> i32 {
    let data = store::data_dir(data_dir);
    let Some((_, compiled)) = compile_library_with(library) else {
        return 2;
    };
    match seal::seal_cohort(&data, &compiled) {
        Ok(done) => {
            let mut out = Out::stdout("the seal report");
            for path in &done.sealed {
                let _ = writeln!(out, "sealed: {}", terminal(&path.display().to_string()));
            }
            for (path, why) in &done.refused {
                let _ = writeln!(
                    out,
                    "not sealed: {}: {}",
                    terminal(&path.display().to_string()),
                    terminal(why)
                );
            }
            let _ = writeln!(
                out,
                "{} record(s) sealed, {} not sealed, {} signed already",
                done.sealed.len(),
                done.refused.len(),
                done.already
            );
            out.finish(0)
        }
        Err(e) => {
            eprintln!("error: {}", terminal(&e));
            1
        }
    }
}
