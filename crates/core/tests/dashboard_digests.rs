//! Issue 16, item 5: the dashboard from digests (`dashboard::build_digests` and the option
//! counts over `table::load_digests`) shows the figures the whole records give
//! (`dashboard::build` over `report::load_cohort`), cold and warm, with a tampered record and a
//! record of an older scenario version in the cohort; a record edited after a warm load is not
//! trusted for the cache's entry of its old bytes; a scenario changed in the library makes its
//! cached verdicts void; and a session opened later is read and checked again.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use callcoach_core::cohort::dashboard::{self, DashboardFilter};
use callcoach_core::cohort::report;
use callcoach_core::cohort::table::{self, DigestCohort};
use callcoach_core::compile::{CompiledScenario, compile};
use callcoach_core::content::loader::Library;
use callcoach_core::records::seal::CohortKey;
use callcoach_core::records::store;
use callcoach_core::records::verify::{Tamper, Verification};
use callcoach_core::records::verify_cache::{self, VerifyCache};
use serde_json::{Value, json};

type Scenarios = BTreeMap<String, Arc<CompiledScenario>>;

fn compiled() -> Scenarios {
    let lib = Library::load(&common::shipped());
    let mut diagnostics = Vec::new();
    let mut out = BTreeMap::new();
    for s in &lib.scenarios {
        let sc = compile(&lib, s, &mut diagnostics).expect("shipped scenarios compile");
        out.insert(sc.id.clone(), Arc::new(sc));
    }
    out
}

/// Every figure the dashboard shows for a filter, from the whole records.
fn full_figures(data: &Path, scs: &Scenarios, filter: &DashboardFilter) -> Value {
    let cohort = report::load_cohort(data, scs, &[]);
    let view = dashboard::build(&cohort, filter, scs);
    let kept = || view.sessions.iter().map(|&i| &cohort.records[i]);
    let answers: BTreeMap<&String, Vec<dashboard::NodeStat>> = scs
        .iter()
        .map(|(id, sc)| (id, dashboard::option_stats(sc, kept())))
        .collect();
    json!({
        "summary": view.summary,
        "histogram": format!("{:?}", view.histogram),
        "trend": format!("{:?}", view.trend),
        "sessions": view.sessions.iter().map(|&i| {
            let r = &cohort.records[i];
            (r.path.display().to_string(), format!("{:?}", r.verification))
        }).collect::<Vec<_>>(),
        "wrong": format!("{:?}", dashboard::most_picked_wrong_across(&view, &cohort, scs, 6)),
        "answers": format!("{answers:?}"),
        "corrupt": cohort.corrupt.len(),
    })
}

/// The same from digests.
fn digest_figures(cohort: &DigestCohort, scs: &Scenarios, filter: &DashboardFilter) -> Value {
    let view = dashboard::build_digests(cohort, filter, scs);
    let kept = || view.sessions.iter().map(|&i| &cohort.items[i]);
    let answers: BTreeMap<&String, Vec<dashboard::NodeStat>> = scs
        .iter()
        .map(|(id, sc)| {
            (
                id,
                dashboard::option_stats_digests(sc, &cohort.rules, kept()),
            )
        })
        .collect();
    json!({
        "summary": view.summary,
        "histogram": format!("{:?}", view.histogram),
        "trend": format!("{:?}", view.trend),
        "sessions": view.sessions.iter().map(|&i| {
            let r = &cohort.items[i];
            (r.path.display().to_string(), format!("{:?}", r.verification))
        }).collect::<Vec<_>>(),
        "wrong": format!("{:?}", dashboard::most_picked_wrong_across_digests(&view, cohort, scs, 6)),
        "answers": format!("{answers:?}"),
        "corrupt": cohort.corrupt.len(),
    })
}

/// The filters the comparison runs under: none, a trainee search, one scenario, flagged only.
fn filters(cohort: &DigestCohort) -> Vec<DashboardFilter> {
    let d = &cohort.items[cohort.items.len() / 2].digest;
    let mut one = DashboardFilter::default();
    one.report.scenario = Some(d.scenario.clone());
    vec![
        DashboardFilter::default(),
        DashboardFilter {
            trainee: d.trainee.chars().take(4).collect::<String>().to_uppercase(),
            ..Default::default()
        },
        one,
        DashboardFilter {
            flagged_only: true,
            ..Default::default()
        },
    ]
}

/// Raises or lowers a record's overall score by one, keeping the file's length (and so any
/// chance that only the length is what a cache looks at).
fn edit_score_keeping_length(file: &Path) {
    let text = std::fs::read_to_string(file).unwrap();
    let at = text.find("\"overall\":").expect("overall") + "\"overall\":".len();
    let digits: String = text[at..]
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let start = at + text[at..].len() - text[at..].trim_start().len();
    let n: u32 = digits.parse().unwrap();
    let other = if n % 10 == 9 { n - 1 } else { n + 1 };
    assert_eq!(other.to_string().len(), digits.len());
    let edited = format!("{}{other}{}", &text[..start], &text[start + digits.len()..]);
    assert_eq!(edited.len(), text.len());
    std::fs::write(file, edited).unwrap();
}

fn cache_entries(data: &Path) -> usize {
    let key = CohortKey::read(data).unwrap().unwrap();
    VerifyCache::open(data, Some(&key)).len()
}

#[test]
fn the_dashboard_from_digests_shows_the_figures_of_the_whole_records() {
    let scs = compiled();
    let data = tempfile::tempdir().unwrap();
    report::synthesise(&scs, data.path(), 240, 9, 12).unwrap();
    let files = store::record_files(data.path()).unwrap();
    // A tampered record (its score raised), and a record of an older version of its scenario,
    // signed with the cohort's key as that version's build would have.
    let mut json: Value = serde_json::from_slice(&std::fs::read(&files[4]).unwrap()).unwrap();
    json["scores"]["overall"] = json!(100);
    std::fs::write(&files[4], serde_json::to_vec(&json).unwrap()).unwrap();
    let key = CohortKey::read(data.path()).unwrap().unwrap();
    let mut old = store::read_record(&files[9]).unwrap();
    old.meta.version -= 1;
    key.sign(&mut old);
    std::fs::write(&files[9], serde_json::to_vec_pretty(&old).unwrap()).unwrap();
    std::fs::write(
        store::records_dir(data.path()).join("torn.json"),
        b"{\"id\"",
    )
    .unwrap();

    let cold = table::load_digests(data.path(), &scs, &[]);
    let verdict = |c: &DigestCohort, f: &Path| {
        c.items
            .iter()
            .find(|r| r.path == f)
            .unwrap()
            .verification
            .clone()
    };
    assert_eq!(
        verdict(&cold, &files[4]),
        Verification::Tampered(Tamper::Mac)
    );
    assert_eq!(verdict(&cold, &files[9]), Verification::VersionUnavailable);
    assert_eq!(cold.corrupt.len(), 1);
    assert_eq!(
        cache_entries(data.path()),
        238,
        "the cold load cached every verified record"
    );
    let warm = table::load_digests(data.path(), &scs, &[]);
    assert!(warm.cache_problem.is_none(), "{:?}", warm.cache_problem);
    for filter in filters(&cold) {
        let whole = full_figures(data.path(), &scs, &filter);
        assert_eq!(
            digest_figures(&cold, &scs, &filter),
            whole,
            "cold, {filter:?}"
        );
        assert_eq!(
            digest_figures(&warm, &scs, &filter),
            whole,
            "warm, {filter:?}"
        );
    }
    let all = digest_figures(&warm, &scs, &DashboardFilter::default());
    assert_eq!(all["summary"]["tampered"], 1);
    assert_eq!(all["summary"]["version_unavailable"], 1);
    assert_eq!(all["summary"]["verified"], 238);
    assert!(
        all["wrong"].as_str().unwrap().contains("WrongPick"),
        "240 random calls pick some wrong answers: {}",
        all["wrong"]
    );
    // The flagged-only view keeps the rows of the two flagged records only.
    let flagged = digest_figures(
        &warm,
        &scs,
        &DashboardFilter {
            flagged_only: true,
            ..Default::default()
        },
    );
    let rows = flagged["summary"]["progress"].as_array().unwrap();
    assert!(!rows.is_empty() && rows.len() <= 2, "{rows:?}");
}

#[test]
fn a_record_edited_after_a_warm_load_is_not_trusted_for_its_old_entry() {
    let scs = compiled();
    let data = tempfile::tempdir().unwrap();
    report::synthesise(&scs, data.path(), 60, 4, 6).unwrap();
    let files = store::record_files(data.path()).unwrap();
    let before = table::load_digests(data.path(), &scs, &[]);
    assert!(before.items.iter().all(|r| r.verification.is_trusted()));
    assert_eq!(cache_entries(data.path()), 60);
    let all = DashboardFilter::default();
    let figures = digest_figures(&before, &scs, &all);

    edit_score_keeping_length(&files[11]);
    let after = table::load_digests(data.path(), &scs, &[]);
    let edited = after.items.iter().find(|r| r.path == files[11]).unwrap();
    assert_eq!(edited.verification, Verification::Tampered(Tamper::Mac));
    let now = digest_figures(&after, &scs, &all);
    assert_eq!(now, full_figures(data.path(), &scs, &all));
    assert_ne!(now, figures);
    assert_eq!(now["summary"]["verified"], 59);
    assert_eq!(now["summary"]["tampered"], 1);

    // Opened later, the session is read and checked again: still tampered.
    let i = after
        .items
        .iter()
        .position(|r| r.path == files[11])
        .unwrap();
    let opened = table::records_of(&after, &[i], data.path(), &scs);
    let opened = opened[0].as_ref().unwrap();
    assert_eq!(opened.verification, Verification::Tampered(Tamper::Mac));
    assert_eq!(opened.record.id, edited.digest.id);
}

#[test]
fn a_scenario_changed_in_the_library_voids_its_cached_verdicts() {
    let scs = compiled();
    let data = tempfile::tempdir().unwrap();
    report::synthesise(&scs, data.path(), 80, 5, 6).unwrap();
    let warm = table::load_digests(data.path(), &scs, &[]);
    assert!(warm.items.iter().all(|r| r.verification.is_trusted()));
    // The library's next version of one scenario: its records are of an older version now.
    let id = warm.items[0].digest.scenario.clone();
    let mut next = (*scs[&id]).clone();
    next.version += 1;
    let mut changed = scs.clone();
    changed.insert(id.clone(), Arc::new(next));
    let after = table::load_digests(data.path(), &changed, &[]);
    for r in &after.items {
        let expected = if r.digest.scenario == id {
            Verification::VersionUnavailable
        } else {
            Verification::Verified
        };
        assert_eq!(r.verification, expected, "{}", r.path.display());
    }
    let all = DashboardFilter::default();
    assert_eq!(
        digest_figures(&after, &changed, &all),
        full_figures(data.path(), &changed, &all)
    );
}

#[test]
fn a_session_opened_after_its_file_was_replaced_is_an_error_not_another_record() {
    let scs = compiled();
    let data = tempfile::tempdir().unwrap();
    report::synthesise(&scs, data.path(), 10, 6, 3).unwrap();
    let files = store::record_files(data.path()).unwrap();
    let cohort = table::load_digests(data.path(), &scs, &[]);
    let opened = table::records_of(&cohort, &[0, 1], data.path(), &scs);
    for (i, r) in opened.iter().enumerate() {
        let r = r.as_ref().unwrap();
        assert_eq!(r.record.id, cohort.items[i].digest.id);
        assert_eq!(r.verification, Verification::Verified);
    }
    let first = &cohort.items[0].path;
    let other = files.iter().find(|f| *f != first).unwrap();
    std::fs::copy(other, first).unwrap();
    let why = table::records_of(&cohort, &[0], data.path(), &scs)
        .pop()
        .unwrap()
        .unwrap_err();
    assert!(
        why.contains("changed since the records were loaded"),
        "{why}"
    );
    // No cache at all: still read and checked in full.
    std::fs::remove_dir_all(verify_cache::cache_dir(data.path())).unwrap();
    let again = table::records_of(&cohort, &[1], data.path(), &scs);
    assert!(again[0].as_ref().unwrap().verification.is_trusted());
}
