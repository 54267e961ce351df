//! The coordinator dashboard's figures over a synthetic cohort of real scenarios: every
//! trusted session is counted once, tampered ones are left out of the figures, option pick
//! counts add up to the turns played, and the wrong answers are the ones that break rules.

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;

use callcoach_core::cohort::dashboard::{self, Column, DashboardFilter};
use callcoach_core::cohort::report::{self, Cohort};
use callcoach_core::compile::{CompiledScenario, compile};
use callcoach_core::content::loader::Library;
use callcoach_core::records::verify::Verification;

fn compiled() -> BTreeMap<String, Arc<CompiledScenario>> {
    let lib = Library::load(&common::shipped());
    let mut diagnostics = Vec::new();
    let mut out = BTreeMap::new();
    for s in &lib.scenarios {
        let sc = compile(&lib, s, &mut diagnostics).expect("shipped scenarios compile");
        out.insert(sc.id.clone(), Arc::new(sc));
    }
    out
}

fn cohort(
    count: usize,
) -> (
    tempfile::TempDir,
    BTreeMap<String, Arc<CompiledScenario>>,
    Cohort,
) {
    let scenarios = compiled();
    let data = tempfile::tempdir().unwrap();
    report::synthesise(&scenarios, data.path(), count, 11, 9).unwrap();
    let cohort = report::load_cohort(data.path(), &scenarios);
    (data, scenarios, cohort)
}

#[test]
fn figures_count_every_trusted_session_once() {
    let (data, scenarios, _) = cohort(300);
    // Edit one record's score: it must be flagged and left out of every figure.
    let files = callcoach_core::records::store::record_files(data.path());
    let text = std::fs::read_to_string(&files[3]).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["scores"]["overall"] = serde_json::json!(100);
    std::fs::write(&files[3], serde_json::to_vec(&json).unwrap()).unwrap();
    let cohort = report::load_cohort(data.path(), &scenarios);
    let tampered = cohort
        .records
        .iter()
        .filter(|r| matches!(r.verification, Verification::Tampered(_)))
        .count();
    assert_eq!(tampered, 1);

    let view = dashboard::build(&cohort, &DashboardFilter::default(), &scenarios);
    assert_eq!(view.sessions.len(), 300);
    assert_eq!(view.summary.tampered, 1);
    assert_eq!(view.histogram.total(), 299);
    let passed: usize = view.histogram.passed.iter().sum();
    assert_eq!(passed, view.summary.passed);
    let weekly: usize = view.trend.iter().map(|w| w.sessions).sum();
    assert_eq!(weekly, 299);
    assert!(view.trend.windows(2).all(|w| w[0].week < w[1].week));
    assert!(
        view.trend
            .iter()
            .all(|w| (0.0..=1.0).contains(&w.pass_rate) && (0.0..=100.0).contains(&w.mean))
    );
    let flagged: usize = view.summary.rows.iter().map(|p| p.flagged).sum();
    assert_eq!(flagged, 1);

    // Only the row holding the tampered session is left with "flagged only".
    let only = DashboardFilter {
        flagged_only: true,
        ..Default::default()
    };
    let view = dashboard::build(&cohort, &only, &scenarios);
    assert_eq!(view.summary.rows.len(), 1);
}

#[test]
fn the_trainee_search_and_scenario_filter_narrow_the_view() {
    let (_data, scenarios, cohort) = cohort(200);
    let someone = cohort.records[0].record.meta.trainee.clone();
    // Part of the name, in other case.
    let part: String = someone.chars().take(3).collect::<String>().to_uppercase();
    let filter = DashboardFilter {
        trainee: part.clone(),
        ..Default::default()
    };
    let view = dashboard::build(&cohort, &filter, &scenarios);
    assert!(!view.sessions.is_empty());
    assert!(view.sessions.iter().all(|&i| {
        cohort.records[i]
            .record
            .meta
            .trainee
            .to_lowercase()
            .contains(&part.to_lowercase())
    }));
    let scenario = cohort.records[0].record.meta.scenario.clone();
    let mut filter = DashboardFilter::default();
    filter.report.scenario = Some(scenario.clone());
    let view = dashboard::build(&cohort, &filter, &scenarios);
    assert!(view.summary.rows.iter().all(|p| p.scenario == scenario));
    let mut rows = view.summary.rows.clone();
    dashboard::sort_rows(&mut rows, Column::Best, true);
    assert!(rows.windows(2).all(|w| w[0].best >= w[1].best));
}

#[test]
fn option_counts_add_up_and_wrong_answers_are_the_breaching_ones() {
    let (_data, scenarios, cohort) = cohort(400);
    let mut wrong_seen = 0;
    for (id, sc) in &scenarios {
        let stats = dashboard::option_stats(sc, &cohort.records);
        let turns: usize = cohort
            .records
            .iter()
            .filter(|r| &r.record.meta.scenario == id)
            .map(|r| r.record.turns.len())
            .sum();
        let visits: usize = stats.iter().map(|s| s.visits).sum();
        assert_eq!(visits, turns, "{id}: every turn counted at its node once");
        for s in &stats {
            let picks: usize = s.options.iter().map(|o| o.picks).sum();
            assert_eq!(picks, s.visits, "{id}/{}", s.node);
            for o in &s.options {
                assert!(o.breaches <= o.picks);
                if o.breaches > 0 {
                    assert!(!o.rules.is_empty(), "{id}/{}: breaches name rules", s.node);
                }
            }
        }
        let wrong = dashboard::most_picked_wrong(&stats, 5);
        assert!(wrong.windows(2).all(|w| w[0].picks >= w[1].picks));
        for w in &wrong {
            let node = stats.iter().find(|s| s.node == w.node).unwrap();
            let o = node.options.iter().find(|o| o.choice == w.choice).unwrap();
            assert!(o.is_wrong() && o.picks > 0);
        }
        wrong_seen += wrong.len();
    }
    assert!(
        wrong_seen > 0,
        "random picks in 400 calls pick some wrong answers"
    );
    // The hostile-debtor call has critical choices (threats): they are wrong answers.
    let sc = &scenarios["us-hostile-debtor"];
    let stats = dashboard::option_stats(sc, &cohort.records);
    assert!(stats.iter().flat_map(|s| &s.options).any(|o| o.critical));
}

#[test]
fn the_export_holds_exactly_the_sessions_shown() {
    let (data, scenarios, cohort) = cohort(120);
    let scenario = cohort.records[0].record.meta.scenario.clone();
    let mut filter = DashboardFilter::default();
    filter.report.scenario = Some(scenario.clone());
    let view = dashboard::build(&cohort, &filter, &scenarios);
    let now = chrono::Utc::now();
    let path = dashboard::export_csv(&cohort, &view, data.path(), now).unwrap();
    let again = dashboard::export_csv(&cohort, &view, data.path(), now).unwrap();
    assert_ne!(path, again, "an export never replaces an earlier one");
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let headers = reader.headers().unwrap().clone();
    let scenario_col = headers.iter().position(|h| h == "scenario").unwrap();
    let trainee_col = headers.iter().position(|h| h == "trainee").unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), view.sessions.len());
    assert!(rows.iter().all(|r| r[scenario_col] == scenario));
    let names: std::collections::BTreeSet<String> = view
        .sessions
        .iter()
        .map(|&i| cohort.records[i].record.meta.trainee.clone())
        .collect();
    assert!(rows.iter().all(|r| names.contains(&r[trainee_col])));
}
