//! A whole data folder as a shared cohort folder could hold it: arbitrary files at the
//! places callcoach reads (records, journals old and new, the cohort key), some of them
//! genuine signed records with bytes flipped. Everything a coordinator or a trainee runs over
//! the folder (the cohort load and verification, the report's figures, tables, CSV, xAPI,
//! the dashboard, best scores, open cases, journals) must never panic, and a record whose
//! bytes were changed must never count as verified unless its content is unchanged.
//!
//! Input: a sequence of `[kind][len lo][len hi][bytes…]` chunks (see `place`).
#![no_main]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use callcoach_core::check::{Scope, check};
use callcoach_core::cohort::{cards, dashboard, report, xapi};
use callcoach_core::compile::CompiledScenario;
use callcoach_core::content::l10n::Localiser;
use callcoach_core::records::{case, journal, store};
use callcoach_core::synth::{self, Spec};
use libfuzzer_sys::fuzz_target;

type Scenarios = BTreeMap<String, Arc<CompiledScenario>>;

fn scenarios() -> &'static Scenarios {
    static SC: OnceLock<Scenarios> = OnceLock::new();
    SC.get_or_init(|| {
        let lib = synth::library(&Spec::new(24));
        check(&lib, &Scope::All, 10_000).compiled
    })
}

/// The generated library's messages (the text of the xAPI statements).
fn messages() -> &'static Localiser {
    static LOC: OnceLock<Localiser> = OnceLock::new();
    LOC.get_or_init(|| Localiser::new(&synth::library(&Spec::new(24))))
}

/// A cohort written once by `synthesise`: its key and its (signed) records' bytes.
fn genuine() -> &'static (Vec<u8>, Vec<Vec<u8>>) {
    static G: OnceLock<(Vec<u8>, Vec<Vec<u8>>)> = OnceLock::new();
    G.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("callcoach-fuzz-gen-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        report_synth(&dir);
        let key = std::fs::read(dir.join("cohort.key")).expect("key");
        let records = store::record_files(&dir)
            .expect("records")
            .iter()
            .map(|p| std::fs::read(p).expect("record"))
            .collect();
        let _ = std::fs::remove_dir_all(&dir);
        (key, records)
    })
}

fn report_synth(dir: &Path) {
    callcoach_core::cohort::synthesise::synthesise(scenarios(), dir, 6, 11, 2).expect("synth");
}

/// The trainee of the first genuine record (whose journals and cases are read back).
fn trainee() -> &'static str {
    static T: OnceLock<String> = OnceLock::new();
    T.get_or_init(|| {
        let v: serde_json::Value = serde_json::from_slice(&genuine().1[0]).expect("record");
        v["trainee"].as_str().expect("trainee").to_owned()
    })
}

fn folder() -> &'static PathBuf {
    static D: OnceLock<PathBuf> = OnceLock::new();
    D.get_or_init(|| {
        std::env::temp_dir().join(format!("callcoach-fuzz-data-{}", std::process::id()))
    })
}

/// Writes one chunk into the folder.
fn place(dir: &Path, n: usize, kind: u8, bytes: &[u8]) {
    let (key, records) = genuine();
    let write = |rel: &str, b: &[u8]| {
        let p = dir.join(rel);
        let _ = std::fs::create_dir_all(p.parent().expect("parent"));
        let _ = std::fs::write(p, b);
    };
    match kind % 6 {
        0 => write(&format!("records/fuzz-{n}.json"), bytes),
        1 => write(
            &format!("journal/{}/s{n}.jsonl", journal::trainee_key(trainee())),
            bytes,
        ),
        2 => write(
            journal::legacy_journal_path(Path::new(""), trainee())
                .to_str()
                .expect("utf-8"),
            bytes,
        ),
        3 => write("cohort.key", if bytes.is_empty() { key } else { bytes }),
        _ => {
            // A genuine record, with the chunk's bytes XOR-ed in from a position it names.
            if records.is_empty() {
                return;
            }
            let pick = bytes.first().copied().unwrap_or(0) as usize % records.len();
            let mut rec = records[pick].clone();
            let at = bytes.get(1).copied().unwrap_or(0) as usize * 16;
            let len = rec.len().max(1);
            for (i, b) in bytes.iter().skip(2).enumerate() {
                if let Some(slot) = rec.get_mut((at + i) % len) {
                    *slot ^= b;
                }
            }
            write(&format!("records/genuine-{n}.json"), &rec);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let scenarios = scenarios();
    let (key, _) = genuine();
    let dir = folder();
    let _ = std::fs::remove_dir_all(dir);
    let _ = std::fs::create_dir_all(dir.join("records"));
    let _ = std::fs::write(dir.join("cohort.key"), key);
    let mut rest = data;
    let mut n = 0;
    while rest.len() >= 3 && n < 16 {
        let kind = rest[0];
        let len = (u16::from_le_bytes([rest[1], rest[2]]) as usize).min(rest.len() - 3);
        place(dir, n, kind, &rest[3..3 + len]);
        rest = &rest[3 + len..];
        n += 1;
    }

    let cohort = report::load_cohort(dir, scenarios, &[]);
    for r in &cohort.records {
        if r.verification.is_trusted() {
            // A verified record is one a genuine writer made: its bytes parse to one of them.
            let genuine_ids: Vec<String> = genuine()
                .1
                .iter()
                .filter_map(|b| serde_json::from_slice::<serde_json::Value>(b).ok())
                .filter_map(|v| v["id"].as_str().map(str::to_owned))
                .collect();
            assert!(
                genuine_ids.contains(&r.record.id),
                "a record no genuine writer made was verified: {}",
                r.path.display()
            );
        }
    }
    let summary = report::summarise(&cohort, |_| true);
    let kept: Vec<_> = cohort.records.iter().collect();
    let rows: Vec<report::SessionRow> = kept.iter().map(|r| report::SessionRow::of(r)).collect();
    let _ = report::render_table(&summary, &cohort, &rows);
    let _ = report::arrangements_table(&summary);
    let _ = report::to_csv(&rows);
    let _ = report::to_csv(&report::rule_rows(&kept));
    let _ = serde_json::to_string(&rows);
    for r in kept.iter().filter(|r| r.verification.is_trusted()) {
        let _ = xapi::statements(
            &r.record,
            scenarios.get(&r.record.meta.scenario),
            messages(),
            "https://callcoach.example/xapi",
        );
    }
    let view = dashboard::build(&cohort, &dashboard::DashboardFilter::default(), scenarios);
    let _ = view;
    let _ = dashboard::histogram(&cohort.records);
    let _ = dashboard::weekly_trend(&cohort.records);
    for sc in scenarios.values() {
        let stats = dashboard::option_stats(sc, &cohort.records);
        let _ = dashboard::most_picked_wrong(&stats, 5);
        let _ = report::choice_counts(&cohort, &sc.id);
    }
    let _ = cards::best_scores(dir, trainee(), scenarios, &[]);
    let records: Vec<_> = cohort.records.iter().map(|r| r.record.clone()).collect();
    let _ = case::open_cases(&records, trainee());
    if let Ok(journals) = journal::read_journals(dir, trainee()) {
        for u in &journals.unfinished {
            if let Some(sc) = scenarios.get(&u.meta.scenario) {
                let _ = journal::resume(Arc::clone(sc), u);
            }
        }
    }
});
