//! A journal as a crash, a full disk or a hostile hand could leave it: a valid header for the
//! generated scenario followed by arbitrary bytes (or, when the first byte is odd, arbitrary
//! bytes from the first line on). `journal::parse`, `resume` and then playing on and
//! finishing the resumed call must never panic; a call that resumes must finish into a record
//! that verifies.
#![no_main]

use std::path::Path;
use std::sync::{Arc, OnceLock};

use callcoach_core::check::{Scope, check};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::records::record::{Mode, SessionMeta, make_record};
use callcoach_core::records::{journal, verify};
use callcoach_core::synth::{self, Spec};
use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;

fn scenario() -> &'static Arc<CompiledScenario> {
    static SC: OnceLock<Arc<CompiledScenario>> = OnceLock::new();
    SC.get_or_init(|| {
        let lib = synth::library(&Spec::new(40));
        let report = check(&lib, &Scope::All, 10_000);
        report
            .compiled
            .values()
            .next()
            .cloned()
            .expect("synth compiles")
    })
}

fn header() -> &'static Vec<u8> {
    static H: OnceLock<Vec<u8>> = OnceLock::new();
    H.get_or_init(|| {
        let started = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        let meta = SessionMeta::new(scenario(), "Łucja Żak", "pl", 7, Mode::Practice, started);
        let mut line = serde_json::to_vec(&meta).expect("header");
        line.push(b'\n');
        line
    })
}

fuzz_target!(|data: &[u8]| {
    let sc = scenario();
    let bytes = match data.first() {
        Some(b) if b & 1 == 1 => data[1..].to_vec(),
        _ => [header().as_slice(), data.get(1..).unwrap_or_default()].concat(),
    };
    let path = Path::new("journal/fuzz/session.jsonl");
    let Ok(unfinished) = journal::parse(path, &bytes) else {
        return;
    };
    let Ok(mut call) = journal::resume(Arc::clone(sc), &unfinished) else {
        return;
    };
    // Play on to the end, always the first choice (or the timeout), as a trainee might.
    for _ in 0..400 {
        let Some(p) = call.prompt() else { break };
        let r = if p.choices.is_empty() {
            call.time_out(1000)
        } else {
            call.pick(0, 1000)
        };
        if r.is_err() {
            return;
        }
    }
    if call.ending().is_some() {
        let ended = unfinished.meta.started_at;
        let record = make_record(&unfinished.meta, &call, None, ended).expect("the call ended");
        assert_eq!(
            verify::verify(&record, Some(sc)),
            verify::Verification::Verified,
            "a resumed call's own record must verify"
        );
    }
});
