//! `callcoach graph`: the call graph of one scenario as Graphviz dot or Mermaid.

use std::io::Write;
use std::path::Path;

use callcoach_core::engine::graph;

use super::GraphArgs;
use super::library::with_compiled_scenario;
use super::out::Out;

/// Prints the scenario's graph; returns the exit status.
pub fn run(library: Option<&Path>, args: &GraphArgs) -> i32 {
    with_compiled_scenario(library, &args.scenario, |_, sc| {
        let mut out = Out::stdout("the graph");
        let _ = write!(out, "{}", graph::render(&sc, args.format.into()));
        out.finish(0)
    })
}
