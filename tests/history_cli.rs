//! The account behind the call in `callcoach play` on the shipped library (issue "The account
//! behind the call"): the pre-call desk of us-stop-calling, where dialling despite the cease
//! letter on file fails on its rule and citation and not calling passes, and us-hostile-debtor's
//! call history, where one more attempt or a recent conversation makes the call presumptively
//! harassing under 12 CFR 1006.14(b)(2).

mod common;

use std::path::Path;

use common::*;

fn play(root: &Path, scenario: &str, lang: &str, seed: &str, picks: &str, wrap: &[&str]) -> String {
    let mut args = vec![
        "--library",
        root.to_str().unwrap(),
        "play",
        scenario,
        "--lang",
        lang,
        "--seed",
        seed,
        "--picks",
        picks,
        "--no-record",
    ];
    args.extend_from_slice(wrap);
    let out = callcoach(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout(&out)
}

fn line_with<'a>(text: &'a str, needle: &str) -> &'a str {
    text.lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} in:\n{text}"))
}

/// A good in-call path after dialling: identify, verify, Mini-Miranda, acknowledge the
/// request, confirm the channel, answer briefly, close honestly.
const IN_CALL: &str = "ask-for-monica,verify-dob,mm-calm,acknowledge-channel,confirm-close,answer-briefly,honest-close";

#[test]
fn dialling_despite_the_cease_letter_fails_on_its_rule_and_citation() {
    let out = play(
        &shipped(),
        "us-stop-calling",
        "en",
        "3",
        &format!("call-now,{IN_CALL}"),
        &[
            "--disposition",
            "cease-contact",
            "--next-action",
            "stop-contact",
            "--flags",
            "cease",
        ],
    );
    // The desk shows the letter before anything is decided.
    let letter = out
        .find("Letter received")
        .expect("the letter is on the desk");
    let decision = out.find("Call her now").expect("the decisions follow");
    assert!(letter < decision, "{out}");
    let rule = line_with(&out, "US-09-FILE");
    assert!(
        rule.contains("[Broken]") && rule.contains("15 USC 1692c(c); 12 CFR 1006.6(c)"),
        "{rule}"
    );
    assert!(line_with(&out, "=> ").contains("FAILED"), "{out}");
    assert!(
        out.contains("Critical breach") || out.contains("critical"),
        "{out}"
    );
}

#[test]
fn not_calling_with_the_cease_letter_on_file_passes_in_both_languages() {
    for (lang, passed) in [("en", "PASSED"), ("pl", "ZALICZONA")] {
        let out = play(
            &shipped(),
            "us-stop-calling",
            lang,
            "3",
            "no-call-cease",
            &[
                "--disposition",
                "not-called",
                "--next-action",
                "stop-contact",
                "--flags",
                "cease",
                "--notes",
                "Cease letter received 12 Nov: no call, off the dialer.",
            ],
        );
        let verdict = line_with(&out, "=> ");
        assert!(verdict.contains(passed), "{lang}: {verdict}\n{out}");
        assert!(line_with(&out, "US-09-FILE").contains("15/15"), "{out}");
    }
}

/// us-hostile-debtor with one more history entry (and its note in both languages).
fn hostile_with(entry: &str, id: &str) -> tempfile::TempDir {
    let lib = library_copy();
    let anchor = r#"        (id: "h8","#;
    let ron = lib.path().join("scenarios/us-hostile-debtor.ron");
    let text = std::fs::read_to_string(&ron).unwrap();
    assert!(text.contains(anchor), "us-hostile-debtor has entry h8");
    std::fs::write(
        &ron,
        text.replacen(anchor, &format!("        {entry},\n{anchor}"), 1),
    )
    .unwrap();
    for lang in ["en", "pl"] {
        let ftl = lib
            .path()
            .join(format!("locales/{lang}/scenarios/us-hostile-debtor.ftl"));
        let mut text = std::fs::read_to_string(&ftl).unwrap();
        text.push_str(&format!("\nhistory-{id} = Dialer attempt.\n"));
        std::fs::write(&ftl, text).unwrap();
    }
    lib
}

const HOSTILE_PATH: &str = "call-now,1,1,1,1";

#[test]
fn the_shipped_call_is_the_seventh_in_seven_days_and_allowed() {
    let out = play(
        &shipped(),
        "us-hostile-debtor",
        "en",
        "4",
        HOSTILE_PATH,
        &[],
    );
    assert!(
        line_with(&out, "Calls placed in the last 7 days").contains('6'),
        "{out}"
    );
    assert!(line_with(&out, "US-08-FREQ").contains("[Met]"));
    assert!(line_with(&out, "US-08-CONV").contains("[Met]"));
}

#[test]
fn an_eighth_call_in_seven_days_is_flagged_under_1006_14_b_2() {
    let lib = hostile_with(
        r#"(id: "h9", at: "2026-11-15T11:00:00", what: Call(direction: Outbound, reached: NoAnswer))"#,
        "h9",
    );
    let out = play(
        lib.path(),
        "us-hostile-debtor",
        "en",
        "4",
        HOSTILE_PATH,
        &[],
    );
    let rule = line_with(&out, "US-08-FREQ");
    assert!(
        rule.contains("[Broken]") && rule.contains("1006.14(b)(2)"),
        "{rule}"
    );
    assert!(line_with(&out, "US-08-CONV").contains("[Met]"));
}

#[test]
fn a_call_within_seven_days_of_a_conversation_is_flagged_under_1006_14_b_2() {
    let lib = hostile_with(
        r#"(id: "h9", at: "2026-11-12T09:00:00", what: Call(direction: Inbound, reached: Debtor))"#,
        "h9",
    );
    let out = play(
        lib.path(),
        "us-hostile-debtor",
        "en",
        "4",
        HOSTILE_PATH,
        &[],
    );
    let rule = line_with(&out, "US-08-CONV");
    assert!(
        rule.contains("[Broken]") && rule.contains("1006.14(b)(2)"),
        "{rule}"
    );
    // An inbound call is a conversation, not a call the collector placed.
    assert!(line_with(&out, "US-08-FREQ").contains("[Met]"));
}

#[test]
fn a_callback_on_a_polish_public_holiday_is_flagged_where_the_rubric_says_so() {
    let picks = "ask-for-debtor,when-home,call-tomorrow,1,1,1,1,1,1";
    let out = play(&shipped(), "pl-third-party-spouse", "pl", "2", picks, &[]);
    assert!(line_with(&out, "PL-07-DAYS").contains("5/5"), "{out}");
    // The same callback moved to 24 December 2026, a public holiday since 2025.
    let lib = library_copy();
    edit(
        lib.path(),
        "scenarios/pl-third-party-spouse.ron",
        r#"callback: "2026-11-18T10:00:00""#,
        r#"callback: "2026-12-24T10:00:00""#,
    );
    let out = play(lib.path(), "pl-third-party-spouse", "en", "2", picks, &[]);
    let rule = line_with(&out, "PL-07-DAYS");
    assert!(rule.contains("[Broken]"), "{rule}");
}
