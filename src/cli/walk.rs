//! `callcoach walk`: seeded random playthroughs of one scenario, with a progress bar on long
//! runs in a terminal.

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::time::Instant;

use callcoach_core::engine::walk;

use super::library::with_scenario;
use super::out::Out;
use super::{OutFormat, WalkArgs};

/// Walks the scenario and prints the summary as a table or JSON; returns the exit status.
pub fn run(library: Option<&Path>, args: &WalkArgs) -> i32 {
    let WalkArgs {
        runs, seed, format, ..
    } = *args;
    with_scenario(library, &args.scenario, |_, sc| {
        let started = Instant::now();
        let bar = indicatif::ProgressBar::new(runs);
        if runs < 50_000 || !io::stderr().is_terminal() {
            bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
        }
        let report = walk::walk(&sc, runs, seed, |done| bar.set_position(done));
        bar.finish_and_clear();
        let secs = started.elapsed().as_secs_f64();
        let mut out = Out::stdout("the walk summary");
        match format {
            OutFormat::Table => {
                // Flushed before the timing on standard error, so the two come in order.
                let _ = write!(out, "{}", walk::render(&report)).and_then(|()| out.flush());
                eprintln!(
                    "({} choices in {:.2} s: {:.0} choices/s)",
                    report.choices,
                    secs,
                    report.choices as f64 / secs.max(1e-9)
                );
            }
            OutFormat::Json => {
                let _ = writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&report).expect("report serialises")
                );
            }
        }
        out.finish(0)
    })
}
