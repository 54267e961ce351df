//! `callcoach play`, `walk` and `graph` as a trainer uses them.

mod common;

use common::*;

fn lib() -> String {
    shipped().to_str().unwrap().to_string()
}

/// A path through job-loss-hardship by display position, long enough to reach an ending.
const PICKS: &str = "1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1";

/// Plays job-loss-hardship with one scripted pick that is not an option at the first prompt,
/// and asserts that the call stops with exit status 1 and says which pick was refused.
fn assert_scripted_pick_is_refused(seed: &str, pick: &str) {
    let out = callcoach(&[
        "--library",
        &lib(),
        "play",
        "job-loss-hardship",
        "--seed",
        seed,
        "--picks",
        pick,
        "--no-record",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!("\"{pick}\" is not one of the options")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn play_with_a_seed_and_picks_prints_the_same_call_twice() {
    let args = [
        "--library",
        &lib(),
        "play",
        "job-loss-hardship",
        "--seed",
        "7",
        "--picks",
        PICKS,
        "--no-record",
    ];
    let a = callcoach(&args);
    let b = callcoach(&args);
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    assert_eq!(stdout(&a), stdout(&b));
    assert!(stdout(&a).contains("== Debrief =="));
    assert!(stdout(&a).contains("Compliance:"));
    // Another seed changes the call.
    let c = callcoach(&[
        "--library",
        &lib(),
        "play",
        "job-loss-hardship",
        "--seed",
        "8",
        "--picks",
        PICKS,
        "--no-record",
    ]);
    assert_ne!(stdout(&a), stdout(&c));
}

#[test]
fn play_in_polish_formats_money_dates_and_plurals_the_polish_way() {
    let out = callcoach(&[
        "--library",
        &lib(),
        "play",
        "job-loss-hardship",
        "--lang",
        "pl",
        "--seed",
        "7",
        "--picks",
        PICKS,
        "--no-record",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("1\u{a0}240,50\u{a0}USD"), "{text}");
    assert!(text.contains("15 września 2026"), "{text}");
    assert!(text.contains("63 dni po terminie"), "{text}");
    assert!(text.contains("== Omówienie rozmowy =="), "{text}");
    assert!(text.contains("Zgodność z przepisami:"), "{text}");
    assert!(
        !text.contains("Compliance"),
        "English left in the Polish debrief:\n{text}"
    );

    let business = callcoach(&[
        "--library",
        &lib(),
        "play",
        "cloud-invoice-approval",
        "--lang",
        "pl",
        "--seed",
        "1",
        "--picks",
        PICKS,
        "--no-record",
    ]);
    assert!(
        stdout(&business).contains("4\u{a0}820,00\u{a0}zł"),
        "{}",
        stdout(&business)
    );
}

#[test]
fn a_finished_play_writes_a_record_to_the_data_dir() {
    let data = tempfile::tempdir().unwrap();
    let out = callcoach(&[
        "--library",
        &lib(),
        "--data-dir",
        data.path().to_str().unwrap(),
        "play",
        "job-loss-hardship",
        "--seed",
        "3",
        "--picks",
        PICKS,
        "--agent",
        "Ola",
        "--disposition",
        "hung-up",
        "--notes",
        "Debtor ended the call after a threat.",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let files = callcoach_core::records::store::record_files(data.path()).unwrap();
    assert_eq!(files.len(), 1);
    let rec = callcoach_core::records::store::read_record(&files[0]).unwrap();
    assert_eq!(
        (
            rec.meta.trainee.as_str(),
            rec.meta.seed,
            rec.meta.scenario.as_str()
        ),
        ("Ola", 3, "job-loss-hardship")
    );
    assert!(rec.wrap_up.is_some());
    assert!(stderr(&out).contains(files[0].to_str().unwrap()));
}

#[test]
fn scripted_picks_out_of_range_fail_clearly() {
    assert_scripted_pick_is_refused("7", "9");
}

#[test]
fn walk_reports_pass_rate_spread_and_unreached_nodes_the_same_way_twice() {
    let args = [
        "--library",
        &lib(),
        "walk",
        "job-loss-hardship",
        "--runs",
        "3000",
        "--seed",
        "1",
        "--format",
        "json",
    ];
    let a = callcoach(&args);
    let b = callcoach(&args);
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    assert_eq!(stdout(&a), stdout(&b));
    let report: serde_json::Value = serde_json::from_slice(&a.stdout).unwrap();
    let rate = report["pass_rate"].as_f64().unwrap();
    assert!(rate > 0.0 && rate < 1.0, "pass rate {rate}");
    assert_eq!(report["runs"], 3000);
    assert!(report["unreached"].is_array());
    assert!(report["spreads"].as_array().unwrap().len() >= 3);
    let table = callcoach(&[
        "--library",
        &lib(),
        "walk",
        "job-loss-hardship",
        "--runs",
        "500",
        "--seed",
        "1",
    ]);
    assert!(stdout(&table).contains("pass rate"));
    assert!(stdout(&table).contains("best run"));
}

#[test]
fn graph_prints_dot_and_mermaid_with_critical_choices_marked() {
    let dot = stdout(&callcoach(&[
        "--library",
        &lib(),
        "graph",
        "job-loss-hardship",
        "--format",
        "dot",
    ]));
    assert!(dot.starts_with("digraph \"job-loss-hardship\""));
    assert!(
        dot.contains("color=red"),
        "a critical-rule choice is drawn red"
    );
    let mermaid = stdout(&callcoach(&[
        "--library",
        &lib(),
        "graph",
        "job-loss-hardship",
        "--format",
        "mermaid",
    ]));
    assert!(mermaid.starts_with("flowchart TD"));
    assert!(mermaid.contains("linkStyle"));
}

#[test]
fn every_verb_has_help() {
    for verb in ["check", "play", "walk", "graph"] {
        let out = callcoach(&[verb, "--help"]);
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).contains("Usage: callcoach"), "{verb}");
    }
}

#[test]
fn scripted_picks_may_name_choice_ids() {
    let ids = "ask-for-dana,verify-dob,mm-and-purpose,acknowledge-listen,affordability,texas,offer-affordable-plan,routes-and-confirm,signpost-summarise";
    let out = callcoach(&[
        "--library",
        &lib(),
        "play",
        "job-loss-hardship",
        "--seed",
        "99",
        "--picks",
        ids,
        "--no-record",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("  => PASSED"), "{}", stdout(&out));
    assert_scripted_pick_is_refused("99", "no-such-choice");
}

#[test]
fn without_agent_the_caller_is_the_languages_default_name() {
    for (lang, name) in [("en", "Trainee"), ("pl", "Kursant")] {
        let data = tempfile::tempdir().unwrap();
        let out = callcoach(&[
            "--library",
            &lib(),
            "--data-dir",
            data.path().to_str().unwrap(),
            "play",
            "job-loss-hardship",
            "--lang",
            lang,
            "--seed",
            "3",
            "--picks",
            PICKS,
            "--disposition",
            "hung-up",
            "--notes",
            "Debtor ended the call after a threat.",
        ]);
        assert_eq!(out.status.code(), Some(0), "{lang}: {}", stderr(&out));
        let files = callcoach_core::records::store::record_files(data.path()).unwrap();
        let rec = callcoach_core::records::store::read_record(&files[0]).unwrap();
        assert_eq!(rec.meta.trainee, name, "{lang}");
        assert!(
            !stdout(&out).contains(if lang == "pl" { "Trainee" } else { "Kursant" }),
            "{lang}: {}",
            stdout(&out)
        );
    }
}
