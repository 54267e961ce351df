//! `callcoach synth-records`: synthetic session records (real scenarios, random picks, candidate
//! terms at negotiation steps, structured wrap-ups) in the data folder, for trying reports.

use std::path::Path;

use callcoach_core::cohort::report;
use callcoach_core::records::store;

use super::SynthRecordsArgs;
use super::library::compile_library;

/// Writes the records; returns the exit status.
pub fn run(library: Option<&Path>, data_dir: Option<&Path>, args: &SynthRecordsArgs) -> i32 {
    let data = store::data_dir(data_dir);
    let Some(compiled) = compile_library(library) else {
        return 1;
    };
    match report::synthesise(&compiled, &data, args.count, args.seed, args.trainees) {
        Ok(n) => {
            eprintln!(
                "wrote {n} synthetic record(s) to {}",
                store::records_dir(&data).display()
            );
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}
