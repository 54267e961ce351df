//! `callcoach report --format items-csv|items-json`: item analysis over a synthetic cohort of
//! skilled trainees flags a planted miskey, that option only, and nothing without the plant.

mod common;

use std::path::Path;

use common::*;

const PLANT: &str = "uk-time-barred:opening:blurt";

fn synth(data: &Path, plant: Option<&str>) {
    let lib = shipped();
    let mut args = vec![
        "--library",
        lib.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
        "synth-records",
        "--count",
        "400",
        "--seed",
        "7",
        "--trainees",
        "40",
        "--scenario",
        "uk-time-barred",
        "--skilled",
    ];
    if let Some(p) = plant {
        args.extend(["--plant-miskey", p]);
    }
    let out = callcoach(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

fn report(data: &Path, format: &str) -> String {
    let lib = shipped();
    let out = callcoach(&[
        "--library",
        lib.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
        "report",
        "--format",
        format,
        "--scenario",
        "uk-time-barred",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout(&out)
}

/// Every (node, choice) flagged as a miskey in the JSON report.
fn miskeys(json: &serde_json::Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for node in json["nodes"].as_array().unwrap() {
        for c in node["choices"].as_array().unwrap() {
            if c["flags"].as_array().unwrap().iter().any(|f| f == "miskey") {
                out.push((
                    node["node"].as_str().unwrap().to_string(),
                    c["choice"].as_str().unwrap().to_string(),
                ));
            }
        }
    }
    out
}

#[test]
fn a_planted_miskey_is_flagged_and_nothing_else() {
    let data = tempfile::tempdir().unwrap();
    synth(data.path(), Some(PLANT));
    let json: serde_json::Value = serde_json::from_str(&report(data.path(), "items-json")).unwrap();
    assert_eq!(json["records"], 400);
    assert_eq!(
        miskeys(&json),
        [("opening".to_string(), "blurt".to_string())],
        "{json:#}"
    );
    let opening = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["node"] == "opening")
        .unwrap();
    let blurt = opening["choices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["choice"] == "blurt")
        .unwrap();
    assert_eq!(blurt["wrong"], true, "the rubric calls it wrong");
    assert!(blurt["point_biserial"].as_f64().unwrap() > 0.2, "{blurt}");
    assert!(blurt["upper_share"].as_f64().unwrap() > blurt["lower_share"].as_f64().unwrap());

    // The CSV says the same: one row flagged, the planted one.
    let csv = report(data.path(), "items-csv");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let flagged: Vec<(String, String)> = reader
        .records()
        .map(|r| r.unwrap())
        .filter(|r| r[col("flags")].split(';').any(|f| f == "miskey"))
        .map(|r| (r[col("node")].to_string(), r[col("choice")].to_string()))
        .collect();
    assert_eq!(flagged, [("opening".to_string(), "blurt".to_string())]);
}

#[test]
fn without_the_plant_no_answer_is_a_miskey() {
    let data = tempfile::tempdir().unwrap();
    synth(data.path(), None);
    let json: serde_json::Value = serde_json::from_str(&report(data.path(), "items-json")).unwrap();
    assert!(miskeys(&json).is_empty(), "{json:#}");
    // Strong trainees give the right answer at the opening more often than weak ones.
    let opening = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["node"] == "opening")
        .unwrap();
    assert!(
        opening["discrimination"].as_f64().unwrap() > 0.1,
        "{opening}"
    );
}

#[test]
fn a_plant_naming_no_choice_is_refused_with_the_reason() {
    let data = tempfile::tempdir().unwrap();
    let lib = shipped();
    let out = callcoach(&[
        "--library",
        lib.to_str().unwrap(),
        "--data-dir",
        data.path().to_str().unwrap(),
        "synth-records",
        "--count",
        "5",
        "--plant-miskey",
        "uk-time-barred:opening:no-such-choice",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no choice \"no-such-choice\""),
        "{}",
        stderr(&out)
    );
}
