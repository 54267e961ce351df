//! Arbitrary bytes as a scenario file in an otherwise valid library: load, check (with the
//! default search budget, as `callcoach check` does), render the diagnostics, and play a few
//! calls of whatever compiled. Nothing may panic; every diagnostic must have a position.
#![no_main]

use std::sync::Arc;

use callcoach_core::check::{Scope, check};
use callcoach_core::content::diagnostic::render;
use callcoach_core::content::loader::Library;
use callcoach_core::engine::runner::{Call, below, session_rng};
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::synth::{self, SCENARIO_ID, Spec};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut files = synth::files(&Spec::new(8));
    let path = format!("scenarios/{SCENARIO_ID}.ron");
    for f in &mut files {
        if f.path.to_str() == Some(path.as_str()) {
            f.bytes = data.to_vec();
        }
    }
    let lib = Library::from_files(std::path::Path::new("fuzz"), files);
    let report = check(&lib, &Scope::All, DEFAULT_BUDGET);
    for d in &report.diagnostics {
        assert!(d.help.is_some(), "diagnostic without help: {d:?}");
        let _ = d.one_line();
    }
    let _ = render(&report.diagnostics, &lib.sources());
    for sc in report.compiled.values() {
        for seed in 0..4u64 {
            let Ok(mut call) = Call::new(Arc::clone(sc), seed) else {
                continue;
            };
            let mut picker = session_rng(seed);
            for _ in 0..200 {
                let Some(p) = call.prompt() else { break };
                let n = p.choices.len() as u32 + u32::from(p.timeout.is_some());
                if n == 0 {
                    break;
                }
                let k = below(&mut picker, n) as usize;
                let r = if k >= p.choices.len() {
                    call.time_out(0)
                } else {
                    call.pick(k, 0)
                };
                if r.is_err() {
                    break;
                }
            }
            let _ = callcoach_core::engine::scoring::score_call(&call, None);
        }
    }
});
