//! `callcoach certificate issue / verify`: a certificate of a completed track verifies, by
//! its file and by its printed code; an edited score, an edited badge or a deleted record
//! fails with the reason; an uncompleted track is refused.

mod common;

use std::path::Path;

use common::*;

const TRACK: [&str; 2] = ["uk-time-barred", "pl-invoice-reminder"];

fn run(data: &Path, args: &[&str]) -> std::process::Output {
    let lib = shipped();
    let mut all = vec![
        "--library",
        lib.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
    ];
    all.extend_from_slice(args);
    callcoach(&all)
}

/// A folder of skilled synthetic calls of the track's scenarios, and a trainee who passed
/// both (the strongest of a few).
fn cohort() -> (tempfile::TempDir, String) {
    let data = tempfile::tempdir().unwrap();
    for (i, scenario) in TRACK.iter().enumerate() {
        let seed = (11 + i).to_string();
        let out = run(
            data.path(),
            &[
                "synth-records",
                "--count",
                "24",
                "--seed",
                &seed,
                "--trainees",
                "4",
                "--skilled",
                "--scenario",
                scenario,
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let out = run(data.path(), &["report", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let passed =
        |trainee: &str, scenario: &str| {
            json["sessions"].as_array().unwrap().iter().any(|s| {
                s["trainee"] == trainee && s["scenario"] == scenario && s["passed"] == true
            })
        };
    let trainees: std::collections::BTreeSet<String> = json["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["trainee"].as_str().unwrap().to_string())
        .collect();
    let done = trainees
        .into_iter()
        .find(|t| TRACK.iter().all(|s| passed(t, s)))
        .expect("a skilled trainee passed both scenarios");
    (data, done)
}

fn issue(data: &Path, trainee: &str, out: &Path) -> std::process::Output {
    run(
        data,
        &[
            "certificate",
            "issue",
            "--trainee",
            trainee,
            "--track",
            "uk-pl-1",
            "--title",
            "Wezwania i przedawnienie, poziom 1",
            "--scenarios",
            &TRACK.join(","),
            "--out",
            out.to_str().unwrap(),
            "--lang",
            "pl",
        ],
    )
}

fn verify(data: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["certificate", "verify"];
    all.extend_from_slice(args);
    run(data, &all)
}

#[test]
fn an_issued_certificate_verifies_and_forgeries_fail() {
    let (data, trainee) = cohort();
    let out_dir = tempfile::tempdir().unwrap();
    let issued = issue(data.path(), &trainee, out_dir.path());
    assert_eq!(issued.status.code(), Some(0), "{}", stderr(&issued));
    let pdf = std::fs::read(out_dir.path().join("cert.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    let badge_path = out_dir.path().join("cert.json");
    let badge: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&badge_path).unwrap()).unwrap();
    assert_eq!(badge["type"][1], "OpenBadgeCredential");
    assert_eq!(
        badge["credentialSubject"]["identifier"][0]["identityHash"],
        trainee.as_str()
    );
    assert_eq!(badge["evidence"].as_array().unwrap().len(), 2);
    let code = stdout(&issued)
        .lines()
        .find_map(|l| l.strip_prefix("code: "))
        .unwrap()
        .to_string();
    assert_eq!(code.len(), 19, "XXXX-XXXX-XXXX-XXXX: {code}");

    // Valid: by the file, and by the printed code.
    let ok = verify(data.path(), &[badge_path.to_str().unwrap()]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    assert!(stdout(&ok).starts_with("valid: "), "{}", stdout(&ok));
    let by_code = verify(data.path(), &["--code", &code.to_lowercase()]);
    assert_eq!(by_code.status.code(), Some(0), "{}", stderr(&by_code));

    // An edited score in the certificate the badge carries.
    let mut forged = badge.clone();
    let stated = forged["callcoachCertificate"]["steps"][0]["overall"]
        .as_u64()
        .unwrap();
    let raised = if stated < 100 { stated + 1 } else { stated - 1 };
    forged["callcoachCertificate"]["steps"][0]["overall"] = raised.into();
    let forged_path = out_dir.path().join("forged.json");
    std::fs::write(&forged_path, serde_json::to_string_pretty(&forged).unwrap()).unwrap();
    let bad = verify(data.path(), &[forged_path.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(1));
    let why = stderr(&bad);
    assert!(why.contains("verification code does not match"), "{why}");
    assert!(
        why.contains(&format!("the certificate says score {raised}")),
        "{why}"
    );

    // Only the badge's visible narrative edited: the embedded certificate still checks, the
    // badge does not.
    let mut shown = badge.clone();
    shown["evidence"][0]["narrative"] = "Wynik 100 na 100".into();
    let shown_path = out_dir.path().join("shown.json");
    std::fs::write(&shown_path, serde_json::to_string(&shown).unwrap()).unwrap();
    let bad = verify(data.path(), &[shown_path.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        stderr(&bad).contains("the badge was edited"),
        "{}",
        stderr(&bad)
    );

    // A record the certificate names deleted from the data folder.
    let record_id = badge["callcoachCertificate"]["steps"][1]["record"]
        .as_str()
        .unwrap()
        .to_string();
    let files = callcoach_core::records::store::record_files(data.path()).unwrap();
    let file = files
        .iter()
        .find(|p| callcoach_core::records::store::read_record(p).unwrap().id == record_id)
        .unwrap();
    std::fs::remove_file(file).unwrap();
    let gone = verify(data.path(), &["--code", &code]);
    assert_eq!(gone.status.code(), Some(1));
    assert!(
        stderr(&gone).contains(&format!("record {record_id} is not in the data folder")),
        "{}",
        stderr(&gone)
    );
}

#[test]
fn a_track_not_completed_is_refused_naming_the_scenario() {
    let data = tempfile::tempdir().unwrap();
    let out = run(
        data.path(),
        &[
            "synth-records",
            "--count",
            "6",
            "--seed",
            "3",
            "--trainees",
            "2",
            "--skilled",
            "--scenario",
            TRACK[0],
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out_dir = tempfile::tempdir().unwrap();
    let refused = issue(data.path(), "Nobody 000", out_dir.path());
    assert_eq!(refused.status.code(), Some(1));
    let why = stderr(&refused);
    assert!(why.contains("has not completed track uk-pl-1"), "{why}");
    assert!(why.contains("uk-time-barred, pl-invoice-reminder"), "{why}");
    assert!(!out_dir.path().join("cert.pdf").exists());
}

/// The passing path of `job-loss-hardship` (seed 99) and a wrap-up that documents it.
fn play_passing(data: &Path, trainee: &str, exam: bool) {
    let mut args = vec![
        "play",
        "job-loss-hardship",
        "--seed",
        "99",
        "--agent",
        trainee,
        "--picks",
        "ask-for-dana,verify-dob,mm-and-purpose,acknowledge-listen,affordability,texas,\
         offer-affordable-plan,routes-and-confirm,signpost-summarise",
        "--disposition",
        "payment-plan",
        "--wrap-terms",
        "plan:70:18:monthly:2026-11-24",
        "--next-action",
        "await-payment",
        "--next-date",
        "2026-11-24",
        "--flags",
        "hardship,vulnerability",
        "--notes",
        "Lost her job; 70 a month.",
    ];
    if exam {
        args.push("--exam");
    }
    let out = run(data, &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("=> PASSED"), "{}", stdout(&out));
}

fn issue_programme_track(data: &Path, track: &str, out: &Path) -> std::process::Output {
    run(
        data,
        &[
            "certificate",
            "issue",
            "--trainee",
            "Ala Test",
            "--track",
            track,
            "--out",
            out.to_str().unwrap(),
            "--lang",
            "pl",
        ],
    )
}

#[test]
fn a_programme_track_is_certified_by_its_own_rules() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path();
    for args in [
        &[
            "programme",
            "track",
            "add",
            "two-calls",
            "--title",
            "Two calls",
            "--step",
            "job-loss-hardship",
            "--step",
            "us-hostile-debtor",
        ][..],
        &[
            "programme",
            "track",
            "add",
            "hardship-exam",
            "--title",
            "Hardship, examined",
            "--title-pl",
            "Trudna sytuacja, egzamin",
            "--step",
            "job-loss-hardship=passed-exam",
        ][..],
    ] {
        let out = run(d, args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let out_dir = tempfile::tempdir().unwrap();
    let cert = out_dir.path().join("cert.json");

    // Passed in practice: the first step of "two-calls" is done, its second is not; the exam
    // step is not done either, since its rule asks for exam mode.
    play_passing(d, "Ala Test", false);
    let refused = issue_programme_track(d, "two-calls", out_dir.path());
    assert_eq!(refused.status.code(), Some(1));
    let why = stderr(&refused);
    assert!(
        why.contains("has not completed track two-calls: step 2 (us-hostile-debtor)"),
        "{why}"
    );
    let refused = issue_programme_track(d, "hardship-exam", out_dir.path());
    assert_eq!(refused.status.code(), Some(1), "{}", stdout(&refused));
    assert!(
        stderr(&refused).contains("step 1 (job-loss-hardship) not complete"),
        "{}",
        stderr(&refused)
    );
    assert!(!cert.exists());
    let unknown = issue_programme_track(d, "no-such-track", out_dir.path());
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        stderr(&unknown)
            .contains("no track \"no-such-track\" (its tracks: two-calls, hardship-exam)"),
        "{}",
        stderr(&unknown)
    );

    // Passed in exam mode: certified, titled in Polish from the programme, and it verifies.
    play_passing(d, "Ala Test", true);
    let issued = issue_programme_track(d, "hardship-exam", out_dir.path());
    assert_eq!(issued.status.code(), Some(0), "{}", stderr(&issued));
    let badge: serde_json::Value = serde_json::from_slice(&std::fs::read(&cert).unwrap()).unwrap();
    let text = badge.to_string();
    assert!(text.contains("Trudna sytuacja, egzamin"), "{text}");
    let ok = verify(d, &[cert.to_str().unwrap()]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    assert!(
        stdout(&ok).contains("completed hardship-exam (1 scenario(s))"),
        "{}",
        stdout(&ok)
    );
}
