//! The record format stays readable: a record file of format 1 written by an earlier build (a
//! real `callcoach play` of `job-loss-hardship` version 1, kept as a fixture with a frozen copy
//! of the content it was played on, `fixtures/library-v1/`) still loads, verifies, serialises
//! back to its file byte for byte, and is written again as the same record (compact).

use std::path::PathBuf;
use std::sync::Arc;

use callcoach_core::compile::{self, CompiledScenario};
use callcoach_core::content::loader::Library;
use callcoach_core::records::record;
use callcoach_core::records::store;
use callcoach_core::records::verify::{self, Verification};

fn fixture() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/record-v1.json"
    ))
}

fn frozen_scenario(id: &str) -> Arc<CompiledScenario> {
    let lib = Library::load(&PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/library-v1"
    )));
    let loaded = lib
        .scenarios
        .iter()
        .find(|s| s.value.id == id)
        .expect("the fixture's scenario is frozen");
    let mut diagnostics = Vec::new();
    let sc = compile::compile(&lib, loaded, &mut diagnostics);
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    Arc::new(sc.expect("compiles"))
}

#[test]
fn a_record_written_by_an_earlier_build_loads_verifies_and_rewrites_identically() {
    let bytes = std::fs::read(fixture()).unwrap();
    let rec = store::read_record(&fixture()).expect("the old record still loads");
    assert_eq!(rec.format, 1);
    const { assert!(record::RECORD_FORMAT > 1) };
    assert_eq!(rec.meta.trainee, "Łucja Żak");
    assert_eq!(rec.meta.seed, 7);
    let sc = frozen_scenario(&rec.meta.scenario);
    assert_eq!(verify::verify(&rec, Some(&sc)), Verification::Verified);

    let mut again = serde_json::to_vec_pretty(&rec).unwrap();
    again.push(b'\n');
    assert_eq!(
        String::from_utf8(again).unwrap(),
        String::from_utf8(bytes.clone()).unwrap()
    );

    // Written again, it is the same record in compact JSON (records are written compact since
    // issue 16; the old pretty file above still reads).
    let data = tempfile::tempdir().unwrap();
    let path = store::write_record(data.path(), &rec).unwrap();
    let mut compact = serde_json::to_vec(&rec).unwrap();
    compact.push(b'\n');
    assert_eq!(std::fs::read(&path).unwrap(), compact);
    assert_eq!(store::read_record(&path).unwrap(), rec);
}
