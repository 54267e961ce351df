//! `callcoach check` on the shipped content and on broken copies of it: each broken copy must
//! fail with exit status 1 and a diagnostic at the right file:line:col.

mod common;

use common::*;

const SCENARIO: &str = "scenarios/job-loss-hardship.ron";
const PL_TEXT: &str = "locales/pl/scenarios/job-loss-hardship.ftl";
const EN_TEXT: &str = "locales/en/scenarios/job-loss-hardship.ftl";

/// Asserts exactly the expected diagnostic is among the errors, at file:line:col.
fn assert_diagnostic(
    root: &std::path::Path,
    code: &str,
    file: &str,
    (line, column): (usize, usize),
) -> serde_json::Value {
    let (status, diagnostics) = check_json(root);
    assert_eq!(status, 1, "check must fail: {diagnostics:#?}");
    let found = with_code(&diagnostics, code);
    let hit = found
        .iter()
        .find(|d| {
            d["file"].as_str().is_some_and(|f| f.ends_with(file))
                && d["line"] == line
                && d["column"] == column
        })
        .unwrap_or_else(|| panic!("no {code} at {file}:{line}:{column}; got {found:#?}"));
    // The human rendering names the same place.
    let human = callcoach(&["--library", root.to_str().unwrap(), "check"]);
    assert_eq!(human.status.code(), Some(1));
    assert!(
        stdout(&human).contains(&format!("{file}:{line}:{column}")),
        "human output lacks {file}:{line}:{column}:\n{}",
        stdout(&human)
    );
    (*hit).clone()
}

#[test]
fn shipped_content_checks_clean() {
    let out = callcoach(&["--library", shipped().to_str().unwrap(), "check"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(
        stdout(&out).contains(" 0 error(s), 0 warning(s)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn malformed_ron_is_reported_at_its_line_and_column() {
    let lib = library_copy();
    let bad = r#"(id: "ask-for-dana", tags: ["identifies-self"] next: "who-answered"),"#;
    edit(
        lib.path(),
        SCENARIO,
        r#"(id: "ask-for-dana", tags: ["identifies-self"], next: "who-answered"),"#,
        bad,
    );
    let (line, col) = position(lib.path(), SCENARIO, bad);
    let d = assert_diagnostic(
        lib.path(),
        "E003",
        SCENARIO,
        (line, col + bad.find(" next").unwrap() + 1),
    );
    assert!(
        d["message"].as_str().unwrap().contains("malformed RON"),
        "{d}"
    );
    // One broken file does not hide the others: the other scenario still checks.
    let (_, diagnostics) = check_json(lib.path());
    assert!(diagnostics.iter().all(|d| {
        !d["file"]
            .as_str()
            .unwrap()
            .contains("cloud-invoice-approval")
    }));
}

#[test]
fn unknown_next_node_is_reported_with_a_suggestion() {
    let lib = library_copy();
    let from = r#"(id: "ask-for-dana", tags: ["identifies-self"], next: "who-answered"),"#;
    edit(
        lib.path(),
        SCENARIO,
        from,
        &from.replace("who-answered", "who-anwsered"),
    );
    let (line, col) = position(lib.path(), SCENARIO, r#""who-anwsered""#);
    let d = assert_diagnostic(lib.path(), "E102", SCENARIO, (line, col));
    assert!(
        d["help"]
            .as_str()
            .unwrap()
            .contains("did you mean \"who-answered\""),
        "{d}"
    );
}

#[test]
fn unreachable_node_is_reported() {
    let lib = library_copy();
    // The timeout is the only way to "opening-silence".
    edit(
        lib.path(),
        SCENARIO,
        r#"next: "opening-silence")"#,
        r#"next: "who-answered")"#,
    );
    let pos = position(lib.path(), SCENARIO, r#""opening-silence": Say("#);
    assert_diagnostic(lib.path(), "E103", SCENARIO, pos);
}

#[test]
fn a_node_only_impossible_conditions_lead_to_is_reported() {
    let lib = library_copy();
    // "attorney-details" is reached only through this choice; variables never go below 0.
    edit(
        lib.path(),
        SCENARIO,
        r#"(id: "get-attorney-details", tags:"#,
        r#"(id: "get-attorney-details", if: Below("mood", 0), tags:"#,
    );
    let (line, column) = position(lib.path(), SCENARIO, r#""attorney-details": Say("#);
    let (_, diagnostics) = check_json(lib.path());
    let found = with_code(&diagnostics, "W120");
    assert_eq!(found.len(), 1, "{diagnostics:#?}");
    assert_eq!(
        (found[0]["line"].clone(), found[0]["column"].clone()),
        (line.into(), column.into()),
        "{found:#?}"
    );
    assert_eq!(found[0]["level"], "warning");
}

#[test]
fn unknown_tag_is_reported_with_a_suggestion() {
    let lib = library_copy();
    let from = r#"(id: "ask-for-dana", tags: ["identifies-self"]"#;
    edit(
        lib.path(),
        SCENARIO,
        from,
        r#"(id: "ask-for-dana", tags: ["identifes-self"]"#,
    );
    let pos = position(lib.path(), SCENARIO, r#""identifes-self""#);
    let d = assert_diagnostic(lib.path(), "E104", SCENARIO, pos);
    assert!(
        d["help"]
            .as_str()
            .unwrap()
            .contains("did you mean \"identifies-self\""),
        "{d}"
    );
}

#[test]
fn missing_polish_choice_text_is_reported() {
    let lib = library_copy();
    let text = std::fs::read_to_string(lib.path().join(PL_TEXT)).unwrap();
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with(".ask-for-dana ="))
        .expect("the Polish text has the choice")
        .to_string();
    edit(lib.path(), PL_TEXT, &format!("{line}\n"), "");
    let pos = position(lib.path(), PL_TEXT, "opening =");
    let d = assert_diagnostic(lib.path(), "E302", PL_TEXT, pos);
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("no Polish text for choice \"ask-for-dana\""),
        "{d}"
    );
}

#[test]
fn fluent_syntax_error_is_reported() {
    let lib = library_copy();
    edit(
        lib.path(),
        EN_TEXT,
        "\nopening-v2 =",
        "\nbroken = { $debtor\nopening-v2 =",
    );
    let (line, _) = position(lib.path(), EN_TEXT, "broken = {");
    let (status, diagnostics) = check_json(lib.path());
    assert_eq!(status, 1);
    let d = with_code(&diagnostics, "E301");
    assert!(
        d.iter()
            .any(|d| d["file"].as_str().unwrap().ends_with(EN_TEXT)
                && (d["line"] == line || d["line"] == line + 1)),
        "no E301 near {EN_TEXT}:{line}: {diagnostics:#?}"
    );
}

#[test]
fn unwinnable_scenario_is_reported() {
    let lib = library_copy();
    edit(
        lib.path(),
        SCENARIO,
        "outcomes: {PaymentPlan: 100, PromiseToPay: 90, Escalated: 80, CallbackScheduled: 60, CeaseContact: 30, HungUp: 0}",
        "outcomes: {PaymentPlan: 40, PromiseToPay: 40, Escalated: 40, CallbackScheduled: 40, CeaseContact: 30, HungUp: 0}",
    );
    // At the outcome scores that make it unwinnable, not at the scenario's id.
    let pos = position(lib.path(), SCENARIO, "outcomes:");
    let d = assert_diagnostic(lib.path(), "E115", SCENARIO, pos);
    let message = d["message"].as_str().unwrap();
    assert!(message.contains("resolution"), "{d}");
    assert!(message.contains("outcome scores (`outcomes`, line"), "{d}");
}

#[test]
fn checking_one_scenario_by_path_or_id() {
    let root = shipped();
    let by_path = callcoach(&["check", root.join(SCENARIO).to_str().unwrap()]);
    assert_eq!(
        by_path.status.code(),
        Some(0),
        "{}{}",
        stdout(&by_path),
        stderr(&by_path)
    );
    let by_id = callcoach(&[
        "--library",
        root.to_str().unwrap(),
        "check",
        "job-loss-hardship",
    ]);
    assert_eq!(by_id.status.code(), Some(0));
    let unknown = callcoach(&["--library", root.to_str().unwrap(), "check", "no-such-call"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("no scenario \"no-such-call\""));
}

/// A library that holds one scenario: the shipped one with every other scenario (and the
/// cases, which call them) removed, as an author starting out would have it.
fn one_scenario_library() -> tempfile::TempDir {
    let lib = library_copy();
    let keep = "job-loss-hardship";
    for dir in ["scenarios", "locales/en/scenarios", "locales/pl/scenarios"] {
        for entry in std::fs::read_dir(lib.path().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            if path.is_file() && stem != keep && stem != "tags" {
                std::fs::remove_file(&path).unwrap();
            }
        }
    }
    for dir in ["scenarios/cases", "locales/en/cases", "locales/pl/cases"] {
        let _ = std::fs::remove_dir_all(lib.path().join(dir));
    }
    lib
}

#[test]
fn a_library_of_one_scenario_checks_clean_without_library_wide_warnings() {
    let lib = one_scenario_library();
    let (status, diagnostics) = check_json(lib.path());
    assert_eq!(status, 0, "{diagnostics:#?}");
    for code in ["W008", "W210"] {
        assert!(
            with_code(&diagnostics, code).is_empty(),
            "{code} in a one-scenario library: {diagnostics:#?}"
        );
    }
    let human = callcoach(&["--library", lib.path().to_str().unwrap(), "check"]);
    assert_eq!(human.status.code(), Some(0), "{}", stdout(&human));
    // The whole shipped library still gets them: an unused tag there is reported.
    let full = library_copy();
    edit(
        full.path(),
        "scenarios/tags.ron",
        "TagVocabulary([",
        "TagVocabulary([\n    (id: \"never-used-anywhere\", kind: Behaviour),",
    );
    let (_, diagnostics) = check_json(full.path());
    assert!(
        with_code(&diagnostics, "W008").iter().any(|d| d["message"]
            .as_str()
            .unwrap()
            .contains("never-used-anywhere")),
        "{diagnostics:#?}"
    );
}
