//! Forged records (issue 17, finding 6): every field of a record is bound by the cohort's MAC,
//! a record counts once by its id, and nothing unverified reaches a figure, a best score or an
//! export. Also the key's handling and `seal` for records written before format 4.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use callcoach_core::check::{Scope, check};
use callcoach_core::cohort::cards::best_scores;
use callcoach_core::cohort::report::{self, Cohort, SessionRow, Standing};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::engine::runner::Call;
use callcoach_core::engine::scoring::WrapUp;
use callcoach_core::records::record::{self, Mode, SessionMeta, SessionRecord};
use callcoach_core::records::seal::{self, CohortKey};
use callcoach_core::records::store;
use callcoach_core::records::verify::{Tamper, Verification};
use callcoach_core::synth::{self, Spec};
use chrono::{TimeZone, Utc};
use serde_json::{Value, json};

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

/// Writes a record to a new data folder; returns the folder and the file.
fn written(rec: &SessionRecord) -> (tempfile::TempDir, PathBuf) {
    let data = tempfile::tempdir().unwrap();
    let path = store::write_record(data.path(), rec).unwrap();
    (data, path)
}

/// Edits a record file's JSON in place.
fn edit(path: &Path, f: impl FnOnce(&mut Value)) {
    let mut v: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    f(&mut v);
    std::fs::write(path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
}

fn load(data: &Path, scs: &Scenarios) -> Cohort {
    report::load_cohort(data, scs, &[])
}

fn standings(c: &Cohort) -> Vec<Verification> {
    c.records.iter().map(|r| r.verification.clone()).collect()
}

/// A record written and left alone verifies; the same record with one field edited is
/// tampered (the MAC), though its transcript still replays.
fn edited_is_tampered(f: impl FnOnce(&mut Value)) {
    let scs = scenarios();
    let (data, path) = written(&record(&one(&scs), "Ala Nowak", 3));
    assert_eq!(
        standings(&load(data.path(), &scs)),
        [Verification::Verified]
    );
    edit(&path, f);
    assert_eq!(
        standings(&load(data.path(), &scs)),
        [Verification::Tampered(Tamper::Mac)]
    );
}

#[test]
fn a_passing_record_with_another_trainees_name_is_tampered() {
    edited_is_tampered(|v| v["trainee"] = json!("Bogdan Kowalski"));
}

#[test]
fn a_practice_call_turned_into_an_exam_is_tampered() {
    edited_is_tampered(|v| v["mode"] = json!("Exam"));
}

#[test]
fn a_record_moved_to_other_dates_is_tampered() {
    edited_is_tampered(|v| {
        v["started_at"] = json!("2026-12-01T09:00:00Z");
        v["ended_at"] = json!("2026-12-01T09:04:00Z");
    });
}

#[test]
fn a_record_given_a_case_link_or_another_language_is_tampered() {
    edited_is_tampered(|v| {
        v["case"] = json!({
            "case": "forged", "case_version": 1, "instance": "forged-1", "seed": 1, "step": 0
        })
    });
    edited_is_tampered(|v| v["locale"] = json!("pl"));
}

#[test]
fn removing_the_synthetic_mark_is_tampered() {
    let scs = scenarios();
    let data = tempfile::tempdir().unwrap();
    report::synthesise(&scs, data.path(), 3, 1, 2).unwrap();
    let files = store::record_files(data.path()).unwrap();
    let first = store::read_record(&files[0]).unwrap();
    assert!(first.synthetic);
    assert!(
        std::fs::read_to_string(&files[0])
            .unwrap()
            .contains("\"synthetic\":true")
    );
    edit(&files[0], |v| {
        v.as_object_mut().unwrap().remove("synthetic");
    });
    let c = load(data.path(), &scs);
    assert_eq!(
        c.records[0].verification,
        Verification::Tampered(Tamper::Mac)
    );
    assert_eq!(c.synthetic_mix(), (2, 0));
}

#[test]
fn a_record_whose_mac_was_removed_or_copied_from_another_cohort_is_tampered() {
    let scs = scenarios();
    let rec = record(&one(&scs), "Ala Nowak", 4);
    let (data, path) = written(&rec);
    edit(&path, |v| {
        v.as_object_mut().unwrap().remove("mac");
    });
    assert_eq!(
        standings(&load(data.path(), &scs)),
        [Verification::Tampered(Tamper::MacMissing)]
    );
    // Written (signed) in one cohort, copied into another that has its own key.
    let (other, other_path) = written(&record(&one(&scs), "Ola", 9));
    let (_first, first_path) = written(&rec);
    std::fs::copy(&first_path, other_path.with_file_name("copied.json")).unwrap();
    let c = load(other.path(), &scs);
    let copied = c
        .records
        .iter()
        .find(|r| r.path.ends_with("copied.json"))
        .unwrap();
    assert_eq!(copied.verification, Verification::Tampered(Tamper::Mac));
}

#[test]
fn a_record_copied_under_a_second_name_counts_once() {
    let scs = scenarios();
    let (data, path) = written(&record(&one(&scs), "Ala Nowak", 5));
    std::fs::copy(&path, path.with_file_name("zz-copy.json")).unwrap();
    std::fs::copy(&path, path.with_file_name("00-copy.json")).unwrap();
    let c = load(data.path(), &scs);
    assert_eq!(c.records.len(), 3);
    let counted: Vec<_> = c
        .records
        .iter()
        .filter(|r| r.verification.is_trusted())
        .collect();
    assert_eq!(counted.len(), 1);
    let dups = c
        .records
        .iter()
        .filter(|r| matches!(r.verification, Verification::Duplicate(_)))
        .count();
    assert_eq!(dups, 2);
    let sm = report::summarise(&c, |_| true);
    assert_eq!((sm.verified, sm.duplicate), (1, 2));
    assert_eq!(sm.rows.len(), 1);
    assert_eq!(sm.rows[0].attempts, 1);
    assert_eq!(
        best_scores(data.path(), "ala nowak", &scs, &[])
            .values()
            .next()
            .unwrap()
            .attempts,
        1
    );
}

/// The trainee's forgery of "a version that does not exist, best 100, passed": signed records
/// cannot be made without the key, so the forger writes it unsigned (format 3), or edits a
/// signed one; neither counts anywhere. A genuine record of a version the library no longer
/// has does not count either.
#[test]
fn unsigned_and_version_unavailable_records_reach_no_progress_best_score_or_export() {
    let scs = scenarios();
    let sc = one(&scs);
    let data = tempfile::tempdir().unwrap();
    let mut forged = record(&sc, "Ala Nowak", 6);
    forged.format = 3;
    forged.meta.version = 99;
    forged.scores.overall = 100;
    forged.scores.passed = true;
    forged.passed = true;
    store::write_record(data.path(), &forged).unwrap();
    let mut unsigned = record(&sc, "Ala Nowak", 7);
    unsigned.format = 3;
    store::write_record(data.path(), &unsigned).unwrap();
    let path = store::write_record(data.path(), &record(&sc, "Ala Nowak", 8)).unwrap();
    edit(&path, |v| {
        v["version"] = json!(99);
        v["scores"]["overall"] = json!(100);
    });

    let c = load(data.path(), &scs);
    let mut got: Vec<Standing> = c
        .records
        .iter()
        .map(|r| Standing::of(&r.verification))
        .collect();
    got.sort_by_key(|s| s.key());
    assert_eq!(
        got,
        [Standing::Tampered, Standing::Unsigned, Standing::Unsigned]
    );
    let sm = report::summarise(&c, |_| true);
    assert_eq!((sm.verified, sm.unsigned, sm.tampered), (0, 2, 1));
    assert!(sm.rows.is_empty(), "{:?}", sm.rows);
    assert_eq!(sm.passed, 0);
    assert!(best_scores(data.path(), "Ala Nowak", &scs, &[]).is_empty());
    let rows: Vec<SessionRow> = c.records.iter().map(SessionRow::of).collect();
    assert!(
        rows.iter()
            .all(|r| r.overall.is_none() && r.passed.is_none())
    );
    assert!(
        rows.iter().any(|r| r.note
            == "unsigned (written before format 4, this is format 3): run `callcoach seal`"),
        "{rows:?}"
    );
    let kept: Vec<_> = c.records.iter().collect();
    assert!(report::rule_rows(&kept).is_empty());

    // A genuine signed record, read after its scenario left the library.
    let (data, _) = written(&record(&sc, "Ala Nowak", 10));
    let c = load(data.path(), &BTreeMap::new());
    assert_eq!(standings(&c), [Verification::VersionUnavailable]);
    assert!(report::summarise(&c, |_| true).rows.is_empty());
    assert!(best_scores(data.path(), "Ala Nowak", &BTreeMap::new(), &[]).is_empty());
}

#[test]
fn the_key_is_32_bytes_mode_0600_never_in_a_record_and_refused_when_damaged() {
    let scs = scenarios();
    let (data, path) = written(&record(&one(&scs), "Ala Nowak", 11));
    let key_path = seal::key_path(data.path());
    let key = std::fs::read(&key_path).unwrap();
    assert_eq!(key.len(), 32);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    }
    let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains(&hex));
    // No temporary key file is left behind, and a second record uses the same key.
    let names: Vec<String> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    store::write_record(data.path(), &record(&one(&scs), "Ala Nowak", 12)).unwrap();
    assert_eq!(std::fs::read(&key_path).unwrap(), key);
    // A damaged key: an error naming the file, its bytes never shown; records are not counted.
    std::fs::write(&key_path, b"short").unwrap();
    let err = CohortKey::read(data.path()).unwrap_err();
    assert!(err.starts_with(&key_path.display().to_string()), "{err}");
    assert!(err.contains("exactly 32 bytes"), "{err}");
    assert!(!err.contains("short"), "{err}");
    let c = load(data.path(), &scs);
    assert!(c.key_problem.is_some());
    assert!(
        c.records
            .iter()
            .all(|r| r.verification == Verification::NoKey)
    );
    // A missing key: the same, and no new key is made over signed records.
    std::fs::remove_file(&key_path).unwrap();
    let c = load(data.path(), &scs);
    assert!(
        c.records
            .iter()
            .all(|r| r.verification == Verification::NoKey)
    );
    let err = store::write_record(data.path(), &record(&one(&scs), "Ala Nowak", 13)).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: missing, but the folder holds 2 signed record(s); restore the key from a \
             backup (a new key would make them fail to check)",
            key_path.display()
        )
    );
    assert!(!key_path.exists());
    assert_eq!(store::record_files(data.path()).unwrap().len(), 2);
}

#[test]
fn seal_signs_unsigned_records_that_replay_and_refuses_the_rest() {
    let scs = scenarios();
    let sc = one(&scs);
    let data = tempfile::tempdir().unwrap();
    let mut old = record(&sc, "Ala Nowak", 20);
    old.format = 3;
    let old_path = store::write_record(data.path(), &old).unwrap();
    let original = std::fs::read(&old_path).unwrap();
    let mut bad = record(&sc, "Ala Nowak", 21);
    bad.format = 3;
    bad.scores.overall = bad.scores.overall.saturating_add(1);
    store::write_record(data.path(), &bad).unwrap();
    // A format-4 record (signed) that started before a hand-made "old" one.
    let signed = record(&sc, "Ola", 25);
    store::write_record(data.path(), &signed).unwrap();
    let mut late = record(&sc, "Ala Nowak", 30);
    late.format = 3;
    store::write_record(data.path(), &late).unwrap();

    let done = seal::seal_cohort(data.path(), &scs).unwrap();
    assert_eq!(done.already, 1);
    assert_eq!(done.sealed, vec![old_path.clone()]);
    assert_eq!(done.refused.len(), 2, "{:?}", done.refused);
    let reasons: Vec<&str> = done.refused.iter().map(|(_, w)| w.as_str()).collect();
    assert!(
        reasons.iter().any(|w| w.starts_with("tampered:")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|w| w.starts_with("started after the cohort's first signed record")),
        "{reasons:?}"
    );
    // The original is kept beside it, the sealed one keeps its format and verifies.
    let backup = old_path.with_file_name(format!(
        "{}.v3.bak",
        old_path.file_name().unwrap().to_string_lossy()
    ));
    assert_eq!(std::fs::read(&backup).unwrap(), original);
    let sealed = store::read_record(&old_path).unwrap();
    assert_eq!(sealed.format, 3);
    assert!(sealed.mac.is_some());
    let c = load(data.path(), &scs);
    let of = |p: &Path| {
        c.records
            .iter()
            .find(|r| r.path == p)
            .unwrap()
            .verification
            .clone()
    };
    assert_eq!(of(&old_path), Verification::Verified);
    assert_eq!(store::record_files(data.path()).unwrap().len(), 4);
    // Sealing again changes nothing.
    let again = seal::seal_cohort(data.path(), &scs).unwrap();
    assert!(again.sealed.is_empty());
    assert_eq!(again.already, 2);
}

#[test]
fn synthetic_records_are_refused_in_a_folder_of_real_ones() {
    let scs = scenarios();
    let (data, _) = written(&record(&one(&scs), "Ala Nowak", 40));
    let err = report::synthesise(&scs, data.path(), 5, 1, 2).unwrap_err();
    assert!(
        err.ends_with(
            "holds 1 record(s) of real sessions: synthetic records go in a data folder of \
             their own (give an empty one with --data-dir)"
        ),
        "{err}"
    );
    assert_eq!(store::record_files(data.path()).unwrap().len(), 1);
}

#[test]
fn names_that_are_formulas_or_escape_sequences_are_defused() {
    let scs = scenarios();
    let sc = one(&scs);
    let data = tempfile::tempdir().unwrap();
    for (i, name) in [
        "=cmd|' /C calc'!A0",
        "\u{1b}[2J\u{1b}]0;owned\u{7}Ala\u{202e}",
    ]
    .into_iter()
    .enumerate()
    {
        store::write_record(data.path(), &record(&sc, name, 50 + i as u64)).unwrap();
    }
    let c = load(data.path(), &scs);
    let rows: Vec<SessionRow> = c.records.iter().map(SessionRow::of).collect();
    let csv = report::to_csv(&rows).unwrap();
    assert!(csv.contains(",'=cmd|' /C calc'!A0,"), "{csv}");
    let table = report::render_table(&report::summarise(&c, |_| true), &c, &rows);
    assert!(!table.contains('\u{1b}') && !table.contains('\u{7}') && !table.contains('\u{202e}'));
    assert!(
        table.contains("\\u{1b}[2J\\u{1b}]0;owned\\u{7}Ala\\u{202e}"),
        "{table}"
    );
}

#[test]
fn the_format_1_fixture_is_unsigned_until_sealed_then_verified_and_kept() {
    let fixture = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/record-v1.json"
    ));
    let lib = callcoach_core::content::loader::Library::load(&PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/library-v1"
    )));
    let loaded = &lib.scenarios[0];
    let mut diagnostics = Vec::new();
    let sc = callcoach_core::compile::compile(&lib, loaded, &mut diagnostics).unwrap();
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    let scs: Scenarios = [(sc.id.clone(), Arc::new(sc))].into_iter().collect();
    let data = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(store::records_dir(data.path())).unwrap();
    let path = store::records_dir(data.path()).join("old.json");
    std::fs::copy(&fixture, &path).unwrap();
    assert_eq!(
        standings(&load(data.path(), &scs)),
        [Verification::Unsigned]
    );
    let done = seal::seal_cohort(data.path(), &scs).unwrap();
    assert_eq!(done.sealed, vec![path.clone()]);
    assert_eq!(
        standings(&load(data.path(), &scs)),
        [Verification::Verified]
    );
    assert_eq!(
        std::fs::read(path.with_file_name("old.json.v1.bak")).unwrap(),
        std::fs::read(&fixture).unwrap()
    );
}

#[test]
fn every_standing_and_tamper_has_dashboard_text_in_both_languages() {
    let lib = callcoach_core::content::loader::Library::load(&common::shipped());
    let loc = callcoach_core::content::l10n::Localiser::new(&lib);
    let mut keys: Vec<String> = [
        Standing::Verified,
        Standing::Tampered,
        Standing::VersionUnavailable,
        Standing::Unsigned,
        Standing::NoKey,
        Standing::Duplicate,
    ]
    .iter()
    .map(|s| format!("app-dash-standing-{}", s.key()))
    .collect();
    keys.extend(
        [Tamper::Mac, Tamper::MacMissing]
            .iter()
            .map(|t| format!("app-dash-tamper-{}", t.key())),
    );
    keys.extend(
        [
            "app-dash-unsigned-note",
            "app-dash-no-key-note",
            "app-dash-duplicate-note",
            "app-dash-not-counted",
            "app-dash-stat-not-counted",
            "app-dash-synthetic",
        ]
        .map(String::from),
    );
    for lang in ["en", "pl"] {
        for key in &keys {
            let t = loc.ui(lang, key, None, None);
            assert!(!t.missing && !t.fallback, "{lang}: {key}");
        }
        let args = [
            ("synthetic", callcoach_core::content::l10n::n(3.0)),
            ("real", callcoach_core::content::l10n::n(1.0)),
        ];
        let mix = loc.ta(lang, "app-dash-synthetic-mix", &args);
        assert!(mix.contains('3') && mix.contains('1'), "{lang}: {mix}");
    }
    assert_ne!(
        loc.t("pl", "app-dash-unsigned-note"),
        loc.t("en", "app-dash-unsigned-note")
    );
}
