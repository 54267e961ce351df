//! The record format stays readable: a record file written by an earlier build (a real
//! `callcoach play` of the shipped `job-loss-hardship`, kept as a fixture) still loads,
//! verifies against the shipped scenario and is written back byte for byte.

mod common;

use std::path::PathBuf;
use std::sync::Arc;

use callcoach_core::check::{self, Scope};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::loader::Library;
use callcoach_core::engine::search::DEFAULT_BUDGET;
use callcoach_core::records::record;
use callcoach_core::records::store;
use callcoach_core::records::verify::{self, Verification};

fn fixture() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/record-v1.json"
    ))
}

fn shipped_scenario(id: &str) -> Arc<CompiledScenario> {
    let lib = Library::load(&common::shipped());
    let report = check::check(&lib, &Scope::All, DEFAULT_BUDGET);
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    Arc::clone(
        report
            .compiled
            .get(id)
            .expect("the fixture's scenario is shipped"),
    )
}

#[test]
fn a_record_written_by_an_earlier_build_loads_verifies_and_rewrites_identically() {
    let bytes = std::fs::read(fixture()).unwrap();
    let rec = store::read_record(&fixture()).expect("the old record still loads");
    assert_eq!(rec.format, record::RECORD_FORMAT);
    assert_eq!(rec.meta.trainee, "Łucja Żak");
    assert_eq!(rec.meta.seed, 7);
    let sc = shipped_scenario(&rec.meta.scenario);
    assert_eq!(verify::verify(&rec, Some(&sc)), Verification::Verified);

    let mut again = serde_json::to_vec_pretty(&rec).unwrap();
    again.push(b'\n');
    assert_eq!(
        String::from_utf8(again).unwrap(),
        String::from_utf8(bytes.clone()).unwrap()
    );

    let data = tempfile::tempdir().unwrap();
    let path = store::write_record(data.path(), &rec).unwrap();
    assert_eq!(std::fs::read(path).unwrap(), bytes);
}
