//! Issue 16, item 5: the cohort table from digests (`cohort::table`) is the table from the
//! whole records, cold and warm, and a cached digest never makes a changed record count: a
//! record edited after a warm load (same length) is tampered on the next; a cache file edited
//! without the key, or cut short, is ignored with a reason and rebuilt.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use callcoach_core::check::{Scope, check};
use callcoach_core::cohort::report::{self, SessionRow};
use callcoach_core::cohort::table;
use callcoach_core::compile::CompiledScenario;
use callcoach_core::records::digest::{Digest, RuleTable};
use callcoach_core::records::seal::CohortKey;
use callcoach_core::records::store;
use callcoach_core::records::verify::{Tamper, Verification};
use callcoach_core::records::verify_cache::{self, CACHE_FILE, Cached, VerifyCache};
use callcoach_core::synth::{self, Spec};

type Scenarios = BTreeMap<String, Arc<CompiledScenario>>;

fn scenarios() -> Scenarios {
    let lib = synth::library(&Spec::new(40));
    let report = check(&lib, &Scope::All, 50_000);
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    report.compiled
}

/// A data folder of `n` synthetic records from 5 trainees; returns it and the files.
fn cohort(scs: &Scenarios, n: usize) -> (tempfile::TempDir, Vec<PathBuf>) {
    let data = tempfile::tempdir().unwrap();
    assert_eq!(report::synthesise(scs, data.path(), n, 7, 5).unwrap(), n);
    let files = store::record_files(data.path()).unwrap();
    (data, files)
}

/// Changes the last digit of the record's seed: the same length, still valid JSON.
fn edit_keeping_length(file: &Path) {
    let mut bytes = std::fs::read(file).unwrap();
    let at = bytes
        .windows(7)
        .position(|w| w == b"\"seed\":")
        .expect("the seed")
        + 7;
    // The seed's last digit, one less (or one more from 0): never past u64::MAX.
    let last = at
        + bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
        - 1;
    bytes[last] = if bytes[last] == b'0' {
        b'1'
    } else {
        bytes[last] - 1
    };
    let len = bytes.len();
    std::fs::write(file, &bytes).unwrap();
    assert_eq!(std::fs::metadata(file).unwrap().len() as usize, len);
}

fn cache_file(data: &Path) -> PathBuf {
    verify_cache::cache_dir(data).join(CACHE_FILE)
}

/// The table and the summary (as JSON) from the whole records.
fn full(data: &Path, scs: &Scenarios, trainee: Option<&str>) -> (String, serde_json::Value) {
    let c = report::load_cohort(data, scs, &[]);
    let filter = report::Filter {
        trainee: trainee.map(str::to_string),
        ..Default::default()
    };
    let rows: Vec<SessionRow> = c
        .records
        .iter()
        .filter(|r| filter.keeps(&r.record, scs))
        .map(SessionRow::of)
        .collect();
    let summary = report::summarise(&c, |r| filter.keeps(r, scs));
    (
        report::render_table(&summary, &c, &rows),
        serde_json::to_value(&summary).unwrap(),
    )
}

/// The same from digests.
fn digests(data: &Path, scs: &Scenarios, trainee: Option<&str>) -> (String, serde_json::Value) {
    let c = table::load_digests(data, scs, &[]);
    let filter = report::Filter {
        trainee: trainee.map(str::to_string),
        ..Default::default()
    };
    let keep = |d: &Digest| filter.keeps_digest(d, scs);
    (
        table::render(&c, keep),
        serde_json::to_value(table::summarise_digests(&c, keep)).unwrap(),
    )
}

fn verdicts(data: &Path, scs: &Scenarios) -> BTreeMap<PathBuf, Verification> {
    table::load_digests(data, scs, &[])
        .items
        .into_iter()
        .map(|r| (r.path, r.verification))
        .collect()
}

#[test]
fn the_table_from_digests_is_the_table_from_records_cold_and_warm() {
    let scs = scenarios();
    let (data, files) = cohort(&scs, 60);
    // A tampered record, a copy of another under a second name, a file that is not a record.
    edit_keeping_length(&files[3]);
    let records = store::records_dir(data.path());
    std::fs::copy(&files[5], records.join("zz-copy.json")).unwrap();
    std::fs::write(records.join("broken.json"), b"{").unwrap();
    let trainee = report::load_cohort(data.path(), &scs, &[]).records[0]
        .record
        .meta
        .trainee
        .clone();
    std::fs::remove_dir_all(verify_cache::cache_dir(data.path())).unwrap();
    for filter in [None, Some(trainee.as_str())] {
        let cold = digests(data.path(), &scs, filter);
        assert!(cache_file(data.path()).is_file());
        let warm = digests(data.path(), &scs, filter);
        let whole = full(data.path(), &scs, filter);
        let warm_after_full = digests(data.path(), &scs, filter);
        assert_eq!(cold, whole, "cold");
        assert_eq!(warm, whole, "warm");
        assert_eq!(warm_after_full, whole);
        std::fs::remove_dir_all(verify_cache::cache_dir(data.path())).unwrap();
    }
    let (text, summary) = full(data.path(), &scs, None);
    assert_eq!(summary["tampered"], 1, "{text}");
    assert_eq!(summary["duplicate"], 1, "{text}");
    assert_eq!(summary["corrupt"], 1, "{text}");
    assert!(text.contains("zz-copy.json: duplicate"), "{text}");
    // Every verified file's digest is in the cache now, and only those.
    let key = CohortKey::read(data.path()).unwrap().unwrap();
    let cache = VerifyCache::open(data.path(), Some(&key));
    assert_eq!(
        cache.len(),
        59,
        "60 files, one tampered; the copy shares an entry"
    );
    for f in files.iter().filter(|f| **f != files[3]) {
        let e = cache.entry_of(&std::fs::read(f).unwrap()).unwrap();
        assert!(cache.get(&e).unwrap().digest.is_some(), "{}", f.display());
    }
}

#[test]
fn a_record_edited_after_a_warm_load_keeping_its_length_is_tampered() {
    let scs = scenarios();
    let (data, files) = cohort(&scs, 20);
    let cold = verdicts(data.path(), &scs);
    assert!(cold.values().all(Verification::is_trusted), "{cold:?}");
    assert_eq!(verdicts(data.path(), &scs), cold);
    edit_keeping_length(&files[7]);
    let v = verdicts(data.path(), &scs);
    assert_eq!(v[&files[7]], Verification::Tampered(Tamper::Mac));
    assert_eq!(v.values().filter(|v| v.is_trusted()).count(), 19);
    let (text, _) = digests(data.path(), &scs, None);
    assert!(text.contains("1 tampered"), "{text}");
    assert!(
        text.contains(&format!("{}: tampered", files[7].display())),
        "{text}"
    );
}

#[test]
fn the_cache_is_what_decides_a_hit() {
    // The test above would pass if the cache were never read: here a cache entry written
    // with the cohort key for a file's edited bytes, holding the digest of the record as it
    // was, is trusted (only a holder of the key can write one).
    let scs = scenarios();
    let (data, files) = cohort(&scs, 4);
    let before = store::read_record(&files[0]).unwrap();
    edit_keeping_length(&files[0]);
    let key = CohortKey::read(data.path()).unwrap().unwrap();
    let cache = VerifyCache::open(data.path(), Some(&key));
    let sc = &scs[&before.meta.scenario];
    let mut rules = RuleTable::default();
    let entry = cache.entry_of(&std::fs::read(&files[0]).unwrap()).unwrap();
    let planted = Cached::on(sc, Some(Digest::of(&before, &mut rules)));
    assert!(cache.save_with(&rules, &[(entry, planted)]).unwrap());
    assert_eq!(
        verdicts(data.path(), &scs)[&files[0]],
        Verification::Verified
    );
}

#[test]
fn a_cache_edited_without_the_key_or_cut_short_is_ignored_with_a_reason_and_rebuilt() {
    let scs = scenarios();
    let (data, _) = cohort(&scs, 12);
    let good_table = digests(data.path(), &scs, None);
    let good = std::fs::read(cache_file(data.path())).unwrap();
    let key = CohortKey::read(data.path()).unwrap().unwrap();
    // A score in a digest raised by someone without the key (any byte of the body), a cut,
    // bytes added, and rubbish.
    let mut edited = good.clone();
    edited[good.len() / 2] ^= 0x20;
    for bad in [
        edited,
        good[..good.len() - 1].to_vec(),
        [good.clone(), vec![0; 7]].concat(),
        b"rubbish".to_vec(),
    ] {
        std::fs::write(cache_file(data.path()), &bad).unwrap();
        let cache = VerifyCache::open(data.path(), Some(&key));
        assert!(cache.is_empty());
        let why = cache.problem().expect("a reason").to_string();
        assert!(why.contains("corrupt"), "{why}");
        let c = table::load_digests(data.path(), &scs, &[]);
        assert_eq!(c.cache_problem.as_deref(), Some(why.as_str()));
        assert_eq!(digests(data.path(), &scs, None), good_table);
        assert_eq!(std::fs::read(cache_file(data.path())).unwrap(), good);
    }
    // Deleted: rebuilt, the same.
    std::fs::remove_dir_all(verify_cache::cache_dir(data.path())).unwrap();
    assert_eq!(digests(data.path(), &scs, None), good_table);
    assert_eq!(std::fs::read(cache_file(data.path())).unwrap(), good);
}
