//! Negotiating in `callcoach play` on the shipped job-loss-hardship: the deal a trainee strikes
//! is scored, not just the line they pick (issue "Negotiation"). Dana has $70.00 a month to
//! spare; the mandate allows no discount.

mod common;

use common::*;

/// The path up to the negotiation step: identify, verify, Mini-Miranda, listen, ask about
/// the budget, handle the health disclosure.
const TO_THE_DEAL: &str =
    "ask-for-dana,verify-dob,mm-and-purpose,acknowledge-listen,affordability,texas";

const BEST: &str = "plan:70.00:18:monthly:2026-11-24";

fn play(lang: &str, after_deal: &str, wrap: &[&str]) -> String {
    let lib = shipped();
    let picks = format!("{TO_THE_DEAL},{after_deal}");
    let mut args = vec![
        "--library",
        lib.to_str().unwrap(),
        "play",
        "job-loss-hardship",
        "--lang",
        lang,
        "--seed",
        "2",
        "--picks",
        &picks,
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

const RIGHT_WRAP: [&str; 12] = [
    "--disposition",
    "payment-plan",
    "--wrap-terms",
    BEST,
    "--next-action",
    "await-payment",
    "--next-date",
    "2026-11-24",
    "--flags",
    "hardship,vulnerability",
    "--notes",
    "Agreed $70 a month from 24 November, read back, confirmation by email.",
];

#[test]
fn the_best_sustainable_plan_passes_every_dimension() {
    let out = play(
        "en",
        &format!("{BEST},read-back,routes-and-confirm,signpost-summarise"),
        &RIGHT_WRAP,
    );
    assert!(
        line_with(&out, "Arrangement:").contains("100 / 100"),
        "{out}"
    );
    assert!(
        line_with(&out, "Documentation:").contains("100 / 100"),
        "{out}"
    );
    assert!(out.contains("  => PASSED"), "{out}");
    assert!(
        line_with(&out, "Your arrangement:")
            .contains("18 × $70.00 monthly, the first on 24 November 2026")
    );
}

#[test]
fn a_plan_she_cannot_afford_fails_the_arrangement_although_she_accepts_it() {
    for (lang, yours, unaffordable, sustain) in [
        (
            "en",
            "Your arrangement: 9 × $140.00 monthly",
            "Not affordable: it asks $140.00 against $70.00 the debtor can spare (200 %)",
            "ARR-US-SUSTAIN",
        ),
        (
            "pl",
            "Twoje porozumienie: 9 × 140,00\u{a0}USD co miesiąc",
            "Nie do udźwignięcia: wymaga 140,00\u{a0}USD przy 70,00\u{a0}USD",
            "ARR-US-SUSTAIN",
        ),
    ] {
        let out = play(
            lang,
            "plan:140.00:9:monthly:2026-11-24,lock-it-in,routes-and-confirm,signpost-summarise",
            &["--disposition", "payment-plan"],
        );
        assert!(out.contains(yours), "{lang}: {out}");
        assert!(out.contains(unaffordable), "{lang}: {out}");
        // The best sustainable arrangement is shown beside it.
        assert!(
            out.contains("18 × $70.00 monthly") || out.contains("18 × 70,00\u{a0}USD co miesiąc"),
            "{lang}: {out}"
        );
        let rule = line_with(&out, sustain);
        assert!(rule.starts_with("  ✗"), "{lang}: {rule}");
        assert!(
            out.contains("=> FAILED") || out.contains("=> NIEZALICZONA"),
            "{lang}"
        );
    }
    let out = play(
        "en",
        "plan:140.00:9:monthly:2026-11-24,lock-it-in,routes-and-confirm,signpost-summarise",
        &["--disposition", "payment-plan"],
    );
    assert!(line_with(&out, "Arrangement:").contains("FAILED"), "{out}");
    // She said yes: the transcript has her accepting before the debrief judges it.
    assert!(out.contains("I can offer: 9 × $140.00 monthly"), "{out}");
}

#[test]
fn a_settlement_discount_beyond_the_mandate_is_flagged_with_its_rule_and_citation() {
    let out = play(
        "en",
        "settle:868.35:2026-11-30,confirm-settle",
        &["--disposition", "promise-to-pay"],
    );
    let rule = line_with(&out, "ARR-US-MANDATE");
    assert!(rule.starts_with("  ✗"), "{rule}");
    assert!(rule.contains("[Broken]"), "{rule}");
    assert!(
        rule.contains("Creditor's mandate: authority limits"),
        "{rule}"
    );
    assert!(
        out.contains(
            "Outside your mandate: a settlement discount above 0 % needs a supervisor's approval."
        ),
        "{out}"
    );
    assert!(line_with(&out, "Arrangement:").contains("FAILED"), "{out}");
}

#[test]
fn the_right_code_with_garbage_in_every_other_field_fails_documentation() {
    let path = format!("{BEST},read-back,routes-and-confirm,signpost-summarise");
    let garbage = play(
        "en",
        &path,
        &[
            "--disposition",
            "payment-plan",
            "--wrap-terms",
            "full:2030-01-01",
            "--next-action",
            "escalate",
            "--next-date",
            "2030-01-01",
            "--flags",
            "cease,dispute,third-party",
            "--notes",
            "aaaaaaaaaaaaaaaa",
        ],
    );
    let doc = line_with(&garbage, "Documentation:");
    assert!(doc.contains("FAILED"), "{doc}");
    assert!(garbage.contains("✗ Arrangement terms — the call called for: 18 × $70.00 monthly"));
    assert!(garbage.contains("✗ Notes"), "{garbage}");
    let right = play("en", &path, &RIGHT_WRAP);
    assert!(line_with(&right, "Documentation:").contains("100 / 100 (pass mark 80) PASSED"));
}

#[test]
fn terms_a_negotiation_step_cannot_take_stop_a_scripted_call_with_the_reason() {
    let lib = shipped();
    let picks = format!("{TO_THE_DEAL},plan:0:3:monthly:2026-11-24");
    let out = callcoach(&[
        "--library",
        lib.to_str().unwrap(),
        "play",
        "job-loss-hardship",
        "--seed",
        "2",
        "--picks",
        &picks,
        "--no-record",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out)
            .contains("these terms cannot be proposed: an instalment must be a positive amount"),
        "{}",
        stderr(&out)
    );
    let picks = format!("{TO_THE_DEAL},plan:70:x:monthly:2026-11-24");
    let out = callcoach(&[
        "--library",
        lib.to_str().unwrap(),
        "play",
        "job-loss-hardship",
        "--seed",
        "2",
        "--picks",
        &picks,
        "--no-record",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is not a number of instalments"),
        "{}",
        stderr(&out)
    );
}
