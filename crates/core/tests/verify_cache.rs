//! The verification cache (issue 16, item 5): a cached verdict never makes a tampered record
//! look verified. A file whose bytes changed is checked again; a cache of another key or
//! version, a corrupt cache, and a cache folder or file that is a link or a FIFO are ignored
//! (and a corrupt or foreign one rebuilt), and the report's result never depends on the cache.

use std::collections::BTreeMap;
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use callcoach_core::check::{Scope, check};
use callcoach_core::cohort::report::{self, Cohort};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::engine::runner::Call;
use callcoach_core::engine::scoring::WrapUp;
use callcoach_core::records::record::{self, Mode, SessionMeta, SessionRecord};
use callcoach_core::records::seal::CohortKey;
use callcoach_core::records::store;
use callcoach_core::records::verify::{Tamper, Verification};
use callcoach_core::records::verify_cache::{self, CACHE_FILE, VerifyCache};
use callcoach_core::synth::{self, Spec};
use chrono::{TimeZone, Utc};

type Scenarios = BTreeMap<String, Arc<CompiledScenario>>;

fn scenarios() -> Scenarios {
    let lib = synth::library(&Spec::new(40));
    let report = check(&lib, &Scope::All, 50_000);
    assert_eq!(report.errors(), 0, "{:#?}", report.diagnostics);
    report.compiled
}

fn one(scs: &Scenarios) -> Arc<CompiledScenario> {
    Arc::clone(scs.values().next().unwrap())
}

/// A finished record of the first scenario (always the first answer), not yet written.
fn record(sc: &Arc<CompiledScenario>, trainee: &str, seed: u64) -> SessionRecord {
    let mut call = Call::new(Arc::clone(sc), seed).unwrap();
    while call.prompt().is_some() {
        call.pick(0, 1_500).unwrap();
    }
    let started = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
        + chrono::Duration::seconds(seed as i64);
    let meta = SessionMeta::new(sc, trainee, "en", seed, Mode::Practice, started);
    let wrap = WrapUp {
        disposition: call.ending().unwrap().outcome,
        notes: "Confirmed the details.".into(),
        fields: Some(Default::default()),
    };
    record::make_record(
        &meta,
        &call,
        Some(wrap),
        started + chrono::Duration::minutes(4),
    )
    .unwrap()
}

/// A data folder with two written records; returns it and the files.
fn folder(scs: &Scenarios) -> (tempfile::TempDir, Vec<PathBuf>) {
    let data = tempfile::tempdir().unwrap();
    let sc = one(scs);
    let files = vec![
        store::write_record(data.path(), &record(&sc, "Ala Nowak", 3)).unwrap(),
        store::write_record(data.path(), &record(&sc, "Bea Lis", 4)).unwrap(),
    ];
    (data, files)
}

fn load(data: &Path, scs: &Scenarios) -> Cohort {
    report::load_cohort(data, scs, &[])
}

/// Each file's verdict, by file.
fn verdicts(c: &Cohort) -> BTreeMap<PathBuf, Verification> {
    c.records
        .iter()
        .map(|r| (r.path.clone(), r.verification.clone()))
        .collect()
}

fn key(data: &Path) -> CohortKey {
    CohortKey::read(data).unwrap().unwrap()
}

fn cache_file(data: &Path) -> PathBuf {
    verify_cache::cache_dir(data).join(CACHE_FILE)
}

/// Whether the data folder's cache holds a verdict for this file as it is now.
fn cached(data: &Path, scs: &Scenarios, file: &Path) -> bool {
    let cache = VerifyCache::open(data, Some(&key(data)));
    let entry = cache.entry_of(&std::fs::read(file).unwrap()).unwrap();
    cache.holds(&entry, &one(scs))
}

/// Changes one byte of a record file: a letter of the trainee's name.
fn edit_one_byte(file: &Path) {
    let mut bytes = std::fs::read(file).unwrap();
    let at = bytes
        .windows(5)
        .position(|w| w == b"Nowak")
        .expect("the trainee's name");
    bytes[at] = b'M';
    std::fs::write(file, bytes).unwrap();
}

#[test]
fn a_verified_load_fills_the_cache_and_a_second_load_agrees() {
    let scs = scenarios();
    let (data, files) = folder(&scs);
    assert!(!cache_file(data.path()).exists());
    let first = verdicts(&load(data.path(), &scs));
    assert!(
        first.values().all(|v| *v == Verification::Verified),
        "{first:?}"
    );
    assert!(cache_file(data.path()).is_file());
    assert!(files.iter().all(|f| cached(data.path(), &scs, f)));
    assert_eq!(
        VerifyCache::open(data.path(), Some(&key(data.path()))).len(),
        2
    );
    assert_eq!(verdicts(&load(data.path(), &scs)), first);
}

#[test]
fn one_byte_edited_in_a_cached_verified_record_is_tampered() {
    let scs = scenarios();
    let (data, files) = folder(&scs);
    load(data.path(), &scs);
    assert!(cached(data.path(), &scs, &files[0]));
    edit_one_byte(&files[0]);
    assert!(!cached(data.path(), &scs, &files[0]));
    let v = verdicts(&load(data.path(), &scs));
    assert_eq!(v[&files[0]], Verification::Tampered(Tamper::Mac));
    assert_eq!(v[&files[1]], Verification::Verified);
    // The tampered file's verdict is never cached; the other file's stays.
    assert!(!cached(data.path(), &scs, &files[0]));
    assert!(cached(data.path(), &scs, &files[1]));
    assert_eq!(
        VerifyCache::open(data.path(), Some(&key(data.path()))).len(),
        1
    );
}

#[test]
fn a_cached_verdict_does_not_outlive_a_change_of_the_scenario_content() {
    let scs = scenarios();
    let (data, files) = folder(&scs);
    load(data.path(), &scs);
    // The same scenario id and version, other content: the records name the old content.
    let mut changed = (*one(&scs)).clone();
    changed.content_hash = "0123456789abcdef0123456789abcdef".into();
    let other: Scenarios = [(changed.id.clone(), Arc::new(changed))].into();
    let v = verdicts(&load(data.path(), &other));
    assert!(
        files
            .iter()
            .all(|f| v[f] == Verification::VersionUnavailable),
        "{v:?}"
    );
}

/// A cache written by a holder of `writer` (a key) as callcoach `version`, claiming that
/// every file of the folder (tampered or not) is verified.
fn plant_cache(data: &Path, scs: &Scenarios, writer: &CohortKey, version: &str) {
    let cache = VerifyCache::open_as(data, Some(writer), version);
    let entries: Vec<_> = store::record_files(data)
        .unwrap()
        .iter()
        .map(|f| cache.entry(&std::fs::read(f).unwrap(), &one(scs)).unwrap())
        .collect();
    assert!(cache.save(&entries, &one(scs)).unwrap());
}

#[test]
fn a_cache_of_another_key_or_version_is_ignored_even_when_it_vouches_for_an_edit() {
    let scs = scenarios();
    let (data, files) = folder(&scs);
    edit_one_byte(&files[0]);
    let ours = key(data.path());
    for (writer, version) in [
        (CohortKey::from_bytes([7; 32]), env!("CARGO_PKG_VERSION")),
        (ours.clone(), "0.0.1-another-build"),
    ] {
        plant_cache(data.path(), &scs, &writer, version);
        // Read by this build under this key, the planted file holds nothing.
        assert!(VerifyCache::open(data.path(), Some(&ours)).is_empty());
        let v = verdicts(&load(data.path(), &scs));
        assert_eq!(v[&files[0]], Verification::Tampered(Tamper::Mac));
        assert_eq!(v[&files[1]], Verification::Verified);
        // And it was replaced by this build's cache of the one verified file.
        assert_eq!(VerifyCache::open(data.path(), Some(&ours)).len(), 1);
        assert!(cached(data.path(), &scs, &files[1]));
    }
}

#[test]
fn the_same_cache_under_the_right_key_and_version_is_what_makes_a_hit() {
    // The test above would pass if the cache were never read: here a cache this build wrote
    // under this key is read back and decides (a planted entry for an edited file, which only
    // a holder of the key can write, is trusted, proving that the lookup is what verifies).
    let scs = scenarios();
    let (data, files) = folder(&scs);
    edit_one_byte(&files[0]);
    plant_cache(
        data.path(),
        &scs,
        &key(data.path()),
        env!("CARGO_PKG_VERSION"),
    );
    let v = verdicts(&load(data.path(), &scs));
    assert_eq!(v[&files[0]], Verification::Verified);
}

#[test]
fn a_corrupt_cache_is_ignored_and_rebuilt() {
    let scs = scenarios();
    let (data, files) = folder(&scs);
    load(data.path(), &scs);
    let good = std::fs::read(cache_file(data.path())).unwrap();
    let mut flipped = good.clone();
    let last_entry_byte = good.len() - 33;
    flipped[last_entry_byte] ^= 1;
    let corruptions: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"not a cache".to_vec(),
        good[..good.len() - 1].to_vec(),
        flipped,
        [good.clone(), vec![0; 32]].concat(),
    ];
    for bad in corruptions {
        std::fs::write(cache_file(data.path()), &bad).unwrap();
        assert!(VerifyCache::open(data.path(), Some(&key(data.path()))).is_empty());
        let v = verdicts(&load(data.path(), &scs));
        assert!(v.values().all(|v| *v == Verification::Verified), "{v:?}");
        assert_eq!(std::fs::read(cache_file(data.path())).unwrap(), good);
    }
    assert!(files.iter().all(|f| cached(data.path(), &scs, f)));
}

fn mkfifo(path: &Path) {
    let c = CString::new(path.as_os_str().as_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
}

fn file_type(path: &Path) -> std::fs::FileType {
    std::fs::symlink_metadata(path).unwrap().file_type()
}

#[test]
fn a_cache_folder_that_is_a_link_or_a_fifo_is_neither_read_nor_written() {
    use std::os::unix::fs::FileTypeExt;
    let scs = scenarios();
    for kind in ["link", "fifo", "file"] {
        let (data, files) = folder(&scs);
        let elsewhere = tempfile::tempdir().unwrap();
        let dir = verify_cache::cache_dir(data.path());
        match kind {
            "link" => symlink(elsewhere.path(), &dir).unwrap(),
            "fifo" => mkfifo(&dir),
            _ => std::fs::write(&dir, b"a file").unwrap(),
        }
        for _ in 0..2 {
            let v = verdicts(&load(data.path(), &scs));
            assert!(
                files.iter().all(|f| v[f] == Verification::Verified),
                "{v:?}"
            );
        }
        assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
        let t = file_type(&dir);
        match kind {
            "link" => assert!(t.is_symlink()),
            "fifo" => assert!(t.is_fifo()),
            _ => assert_eq!(std::fs::read(&dir).unwrap(), b"a file"),
        }
    }
}

#[test]
fn a_cache_file_that_is_a_link_or_a_fifo_is_not_followed_and_is_replaced() {
    let scs = scenarios();
    // A link to a valid cache elsewhere (a whole other folder's, planted): not followed.
    let (data, files) = folder(&scs);
    load(data.path(), &scs);
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("planted.bin");
    std::fs::rename(cache_file(data.path()), &target).unwrap();
    let planted = std::fs::read(&target).unwrap();
    edit_one_byte(&files[0]);
    // The planted cache claims the file as it was; the link is not followed either way.
    symlink(&target, cache_file(data.path())).unwrap();
    assert!(VerifyCache::open(data.path(), Some(&key(data.path()))).is_empty());
    let v = verdicts(&load(data.path(), &scs));
    assert_eq!(v[&files[0]], Verification::Tampered(Tamper::Mac));
    assert!(file_type(&cache_file(data.path())).is_file());
    assert_eq!(std::fs::read(&target).unwrap(), planted);
    // A FIFO where the cache file goes: reading does not block, and it is replaced.
    let (data, files) = folder(&scs);
    std::fs::create_dir(verify_cache::cache_dir(data.path())).unwrap();
    mkfifo(&cache_file(data.path()));
    let v = verdicts(&load(data.path(), &scs));
    assert!(files.iter().all(|f| v[f] == Verification::Verified));
    assert!(file_type(&cache_file(data.path())).is_file());
    assert!(files.iter().all(|f| cached(data.path(), &scs, f)));
}

#[test]
fn no_key_means_no_cache() {
    let scs = scenarios();
    let (data, files) = folder(&scs);
    load(data.path(), &scs);
    std::fs::remove_file(data.path().join("cohort.key")).unwrap();
    let v = verdicts(&load(data.path(), &scs));
    assert!(files.iter().all(|f| v[f] == Verification::NoKey), "{v:?}");
}
