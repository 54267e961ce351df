//! Arbitrary bytes as a session record and as a journal: parse, verify against the scenario
//! (replay and re-score), and read, resume and report on a journal. Nothing may panic.
#![no_main]

use std::sync::{Arc, OnceLock};

use callcoach_core::check::{Scope, check};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::records::{journal, store, verify};
use callcoach_core::synth::{self, Spec};
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

fn data_dir() -> &'static std::path::Path {
    static DIR: OnceLock<std::path::PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("callcoach-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("journal")).expect("temp dir");
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let _ = serde_json::from_slice::<journal::JournalTurn>(data);
    let sc = scenario();
    let dir = data_dir();
    // As a record file.
    let file = dir.join("record.json");
    if std::fs::write(&file, data).is_ok()
        && let Ok(rec) = store::read_record(&file)
    {
        let _ = verify::verify(&rec, Some(sc));
        let _ = verify::replay(Arc::clone(sc), rec.meta.seed, &rec.turns);
    }
    // As a journal file.
    let path = journal::journal_dir(dir, "fuzz").join("fuzz.jsonl");
    if std::fs::create_dir_all(journal::journal_dir(dir, "fuzz")).is_ok()
        && std::fs::write(&path, data).is_ok()
        && let Ok(Some(unfinished)) = journal::read_journal(dir, "fuzz")
    {
        let _ = journal::resume(Arc::clone(sc), &unfinished);
    }
});
