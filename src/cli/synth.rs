//! `callcoach synth-records`: synthetic session records (real scenarios, random picks, candidate
//! terms at negotiation steps, structured wrap-ups) in the data folder, for trying reports.

use std::path::Path;

use callcoach_core::cohort::report;
use callcoach_core::records::store;

use super::SynthRecordsArgs;
use super::library::compile_library;

/// Writes the records; returns the exit status. Needs an explicit `--data-dir`: the default
/// data folder (or `$CALLCOACH_DATA_DIR`) is the real cohort's, and synthetic sessions never go
/// there.
pub fn run(library: Option<&Path>, data_dir: Option<&Path>, args: &SynthRecordsArgs) -> i32 {
    let Some(data_dir) = data_dir else {
        eprintln!(
            "error: synth-records writes only where --data-dir says (a new, empty folder): the \
             default data folder is the real cohort's"
        );
        return 2;
    };
    let data = store::data_dir(Some(data_dir));
    let Some(compiled) = compile_library(library) else {
        return 1;
    };
    let options = report::SynthOptions {
        skilled: args.skilled,
        miskey: args.plant_miskey.clone(),
        scenario: args.scenario.clone(),
    };
    match report::synthesise_with(
        &compiled,
        &data,
        args.count,
        args.seed,
        args.trainees,
        &options,
    ) {
        Ok(n) => {
            eprintln!(
                "wrote {n} synthetic record(s) to {}",
                callcoach_core::cohort::safe::terminal(
                    &store::records_dir(&data).display().to_string()
                )
            );
            0
        }
        Err(e) => {
            eprintln!("error: {}", callcoach_core::cohort::safe::terminal(&e));
            1
        }
    }
}
