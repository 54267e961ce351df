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
use callcoach_core::records::verify::{Tamper, Verification};

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
    let cohort = report::load_cohort(data.path(), &scenarios, &[]);
    (data, scenarios, cohort)
}

#[test]
fn figures_count_every_trusted_session_once() {
    let (data, scenarios, _) = cohort(300);
    // Edit one record's score: it must be flagged and left out of every figure.
    let files = callcoach_core::records::store::record_files(data.path()).unwrap();
    let text = std::fs::read_to_string(&files[3]).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["scores"]["overall"] = serde_json::json!(100);
    std::fs::write(&files[3], serde_json::to_vec(&json).unwrap()).unwrap();
    let cohort = report::load_cohort(data.path(), &scenarios, &[]);
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

/// Plants agreed arrangements in one trainee's records (one sustainable and within the
/// mandate, one unaffordable and outside it, one unaffordable but tampered).
fn plant(cohort: &mut Cohort, trainee: &str) {
    use callcoach_core::content::negotiation::Terms;
    use callcoach_core::engine::negotiation::Assessment;
    use callcoach_core::engine::scoring::ArrangementSummary;
    let terms: Terms = "plan:60.00:21:monthly:2026-11-24".parse().unwrap();
    let assessment = |sustainable: bool, breaches: u8| Assessment {
        sustainable,
        breaches: serde_json::from_value(serde_json::json!(breaches)).unwrap(),
        ask_permille: if sustainable { 800 } else { 2500 },
        recovered: rust_decimal::Decimal::new(126_000, 2),
        recovery_permille: 1000,
    };
    let mut planted = [
        (assessment(true, 0), false),
        (assessment(false, 1), false),
        (assessment(false, 1), true),
    ]
    .into_iter();
    // Whatever the shipped scenarios agree, only the planted arrangements count here.
    for r in &mut cohort.records {
        r.record.scores.arrangement = None;
    }
    for r in cohort
        .records
        .iter_mut()
        .filter(|r| r.record.meta.trainee == trainee)
    {
        let Some((a, tampered)) = planted.next() else {
            break;
        };
        r.record.scores.arrangement = Some(ArrangementSummary {
            agreed: Some((terms, a)),
            best: None,
            capacity: None,
            proposals: 1,
        });
        if tampered {
            r.verification = Verification::Tampered(Tamper::Scores);
        }
    }
}

#[test]
fn a_planted_unaffordable_arrangement_shows_in_its_trainees_share() {
    let (_data, scenarios, mut cohort) = cohort(60);
    let trainee = cohort.records[0].record.meta.trainee.clone();
    plant(&mut cohort, &trainee);
    let view = dashboard::build(&cohort, &DashboardFilter::default(), &scenarios);
    let sm = &view.summary;
    let row = sm
        .arrangements
        .iter()
        .find(|a| a.trainee == trainee)
        .expect("a row per trainee");
    assert_eq!(row.tally.agreed, 2, "the tampered record is left out");
    assert_eq!((row.tally.sustainable, row.tally.unsustainable), (1, 1));
    assert_eq!(row.tally.outside_mandate, 1);
    assert_eq!(row.unsustainable_share, Some(0.5));
    assert_eq!(row.outside_mandate_share, Some(0.5));
    // Everyone else agreed nothing.
    for a in sm.arrangements.iter().filter(|a| a.trainee != trainee) {
        assert_eq!(a.tally.agreed, 0, "{}", a.trainee);
        assert_eq!(a.unsustainable_share, None);
    }
    let all = &sm.cohort_arrangements;
    assert_eq!(all.tally.agreed, 2);
    assert_eq!(
        all.tally.calls,
        sm.arrangements.iter().map(|a| a.tally.calls).sum::<usize>()
    );
    let table = report::arrangements_table(sm);
    assert!(table.contains("50%"), "{table}");
    // The session rows carry the planted terms and verdicts; the tampered one's are blank (no
    // export carries an untrusted result).
    let rows: Vec<report::SessionRow> = cohort.records.iter().map(report::SessionRow::of).collect();
    let planted: Vec<&report::SessionRow> = rows
        .iter()
        .filter(|r| !r.arrangement_terms.is_empty())
        .collect();
    assert_eq!(planted.len(), 2);
    assert_eq!(
        planted[0].arrangement_terms,
        "plan:60.00:21:monthly:2026-11-24"
    );
    assert_eq!(planted[0].arrangement_sustainable, Some(true));
    assert_eq!(planted[1].arrangement_within_mandate, Some(false));
    assert_eq!(planted[1].arrangement_breaches, "below-minimum");
}

/// A library of one shipped consumer scenario (job-loss-hardship); if it has no deal yet, it is
/// given finances, a mandate, a debtor who accepts anything and two negotiation steps.
fn negotiating_library() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = common::shipped();
    let copy = |from: &std::path::Path, to: &std::path::Path| {
        for entry in walk(from) {
            let rel = entry.strip_prefix(from).unwrap();
            let target = to.join(rel);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(&entry, &target).unwrap();
        }
    };
    copy(&root.join("locales"), &dir.path().join("locales"));
    copy(
        &root.join("scenarios/rubrics"),
        &dir.path().join("scenarios/rubrics"),
    );
    std::fs::copy(
        root.join("scenarios/tags.ron"),
        dir.path().join("scenarios/tags.ron"),
    )
    .unwrap();
    let text = std::fs::read_to_string(root.join("scenarios/job-loss-hardship.ron")).unwrap();
    if text.contains("\n    finances:") {
        // The shipped scenario negotiates already.
        assert!(text.contains("propose:"));
        std::fs::write(dir.path().join("scenarios/job-loss-hardship.ron"), text).unwrap();
        return dir;
    }
    let text = text
        .replacen(
            "    resolution_pass_mark: 50,\n",
            "    resolution_pass_mark: 50,\n    finances: Consumer(income: {\"benefits\": \"1180.00\"}, outgoings: {\"housing\": \"800.00\", \"food\": \"250.00\"}, pay_now: \"40.00\"),\n    mandate: (min_instalment: \"25.00\", max_months: 24, max_discount_percent: \"0\", first_payment_within_days: 14, max_extension_days: 14),\n    negotiation: (reactions: [(reply: Accept)], agreed_events: [\"terms-agreed\"]),\n",
            1,
        )
        .replacen(
            "        \"consent-given\": Say(\n",
            "        \"consent-given\": Say(\n            propose: (kinds: [Plan, Settlement, Extension, InFull], tags: [\"offers-plan\"], next: \"plan-accepted\"),\n",
            1,
        )
        .replacen(
            "        \"dana-opens-up\": Say(\n",
            "        \"dana-opens-up\": Say(\n            propose: (kinds: [Plan, InFull], tags: [\"offers-plan\"], next: \"plan-accepted\"),\n",
            1,
        );
    assert_eq!(
        text.matches("propose:").count(),
        2,
        "the shipped scenario changed"
    );
    std::fs::write(dir.path().join("scenarios/job-loss-hardship.ron"), text).unwrap();
    dir
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn random_calls_negotiate_and_the_figures_add_up() {
    let lib_dir = negotiating_library();
    let lib = Library::load(lib_dir.path());
    let mut diagnostics = Vec::new();
    let mut scenarios = BTreeMap::new();
    for s in &lib.scenarios {
        let sc = compile(&lib, s, &mut diagnostics).expect("the negotiating scenario compiles");
        scenarios.insert(sc.id.clone(), Arc::new(sc));
    }
    assert_eq!(scenarios.len(), 1);
    let data = tempfile::tempdir().unwrap();
    report::synthesise(&scenarios, data.path(), 120, 3, 4).unwrap();
    let cohort = report::load_cohort(data.path(), &scenarios, &[]);
    assert_eq!(cohort.records.len(), 120);
    assert!(
        cohort
            .records
            .iter()
            .all(|r| r.verification == Verification::Verified),
        "synthetic negotiations replay to the same scores"
    );
    let view = dashboard::build(&cohort, &DashboardFilter::default(), &scenarios);
    let sm = &view.summary;
    let all = sm.cohort_arrangements.tally;
    assert!(
        all.agreed > 0,
        "random calls propose terms at negotiation steps"
    );
    assert!(
        all.unsustainable + all.outside_mandate > 0,
        "random play strikes some bad deals"
    );
    assert_eq!(all.sustainable + all.unsustainable, all.agreed);
    assert_eq!(sm.arrangements.len(), 4);
    assert_eq!(
        all.agreed,
        sm.arrangements
            .iter()
            .map(|a| a.tally.agreed)
            .sum::<usize>()
    );
    // Every wrap-up is structured.
    let structured = cohort
        .records
        .iter()
        .filter(|r| {
            r.record
                .wrap_up
                .as_ref()
                .is_some_and(|w| w.fields.is_some())
        })
        .count();
    assert_eq!(structured, 120);
    // Each row's terms parse back and its verdict is the record's.
    for r in &cohort.records {
        let row = report::SessionRow::of(r);
        match callcoach_core::cohort::arrangements::agreed(&r.record) {
            Some((terms, a)) => {
                let back: callcoach_core::content::negotiation::Terms =
                    row.arrangement_terms.parse().unwrap();
                assert_eq!(back, *terms);
                assert_eq!(row.arrangement_sustainable, Some(a.sustainable));
            }
            None => assert!(row.arrangement_terms.is_empty()),
        }
    }
    // The same seed plays the same calls.
    let again = tempfile::tempdir().unwrap();
    report::synthesise(&scenarios, again.path(), 120, 3, 4).unwrap();
    let twin = report::load_cohort(again.path(), &scenarios, &[]);
    let view2 = dashboard::build(&twin, &DashboardFilter::default(), &scenarios);
    assert_eq!(view2.summary.arrangements, sm.arrangements);
    let turns = |c: &Cohort| -> Vec<Vec<Option<String>>> {
        c.records
            .iter()
            .map(|r| r.record.turns.iter().map(|t| t.pick.clone()).collect())
            .collect()
    };
    assert_eq!(turns(&twin), turns(&cohort));
}
