//! `callcoach report`: cohort results from the session records in the data folder, as a
//! table, CSV, JSON or xAPI statements, and delivery of those statements to a Learning Record
//! Store (`crate::lrs`).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use callcoach_core::cohort::report::{self, Cohort, Filter, LoadedRecord, SessionRow};
use callcoach_core::cohort::xapi;
use callcoach_core::compile::CompiledScenario;
use callcoach_core::records::{store, verify};

use super::library::compile_library_with;
use super::{ReportArgs, ReportFormat};
use crate::lrs;

/// The records a report shows: the cohort, and those of its records the filter keeps.
struct Selection<'a> {
    cohort: &'a Cohort,
    compiled: &'a BTreeMap<String, Arc<CompiledScenario>>,
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
    if let Err(e) = store::existing_data_dir(&data).and_then(|()| store::record_files(&data)) {
        eprintln!("error: {e}");
        return 2;
    }
    let Some((lib, compiled)) = compile_library_with(library) else {
        return 2;
    };
    let cases: Vec<_> = lib.cases.iter().map(|c| c.value.clone()).collect();
    let cohort = report::load_cohort(&data, &compiled, &cases);
    for (path, why) in &cohort.corrupt {
        eprintln!("warning: {}: skipped, {why}", path.display());
    }
    let kept: Vec<&LoadedRecord> = cohort
        .records
        .iter()
        .filter(|r| filter.keeps(&r.record, &compiled))
        .collect();
    let rows: Vec<SessionRow> = kept.iter().map(|r| SessionRow::of(r)).collect();
    let selection = Selection {
        cohort: &cohort,
        compiled: &compiled,
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
        return send_to_lrs(endpoint, &selection.kept, &args.xapi_base, &data);
    }
    0
}

/// Prints the selection in one format; returns the exit status.
fn print_report(selection: &Selection, format: ReportFormat, rules: bool, base: &str) -> i32 {
    let Selection {
        cohort,
        compiled,
        filter,
        kept,
        rows,
    } = selection;
    match format {
        ReportFormat::Table => {
            let summary = report::summarise(cohort, |r| filter.keeps(r, compiled));
            print!("{}", report::render_table(&summary, cohort, rows));
        }
        ReportFormat::Csv => {
            let text = if rules {
                report::to_csv(&report::rule_rows(kept))
            } else {
                report::to_csv(rows)
            };
            match text {
                Ok(t) => print!("{t}"),
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
            let out =
                serde_json::json!({ "summary": summary, "sessions": rows, "corrupt": corrupt });
            println!(
                "{}",
                serde_json::to_string_pretty(&out).expect("report serialises")
            );
        }
        ReportFormat::Xapi => {
            let statements: Vec<serde_json::Value> = kept
                .iter()
                .flat_map(|r| xapi::statements(&r.record, base))
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&statements).expect("statements serialise")
            );
        }
    }
    0
}

/// Sends the xAPI statements of the verified records to an LRS, skipping those its ledger
/// lists; returns the exit status.
fn send_to_lrs(endpoint: &str, kept: &[&LoadedRecord], base: &str, data: &Path) -> i32 {
    let verified: Vec<&&LoadedRecord> = kept
        .iter()
        .filter(|r| r.verification == verify::Verification::Verified)
        .collect();
    if verified.len() < kept.len() {
        eprintln!(
            "warning: {} tampered or unverifiable session(s) not sent",
            kept.len() - verified.len()
        );
    }
    let statements: Vec<serde_json::Value> = verified
        .iter()
        .flat_map(|r| xapi::statements(&r.record, base))
        .collect();
    match lrs::send(
        &lrs::Lrs::from_env(endpoint),
        &statements,
        &lrs::ledger_path(data),
    ) {
        Ok(r) => {
            eprintln!(
                "sent {} statement(s) to {endpoint} ({} already sent before, {} retries)",
                r.sent, r.already_sent, r.retries
            );
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}
