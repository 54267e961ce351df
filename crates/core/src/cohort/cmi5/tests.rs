//! The cmi5 module's tests: launch URL, launch data, statements, course structure.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::*;
use crate::compile::CompiledScenario;
use crate::content::l10n::Localiser;
use crate::content::loader::Library;
use crate::records::record::SessionRecord;

const ACTOR: &str = r#"{"objectType":"Agent","name":"Ala","account":{"homePage":"https://lms.example","name":"ala-7"}}"#;
const REG: &str = "6f0c2a52-1111-4222-8333-444455556666";

fn url() -> String {
    format!(
        "https://host/launcher.html?endpoint={}&fetch={}&actor={}&registration={REG}&activityId={}",
        encode("http://127.0.0.1:9/xapi/"),
        encode("http://127.0.0.1:9/fetch?t=1&u=2"),
        encode(ACTOR),
        encode("https://callcoach.invalid/cmi5/au/us-stop-calling"),
    )
}

fn data(extra: &str) -> LaunchData {
    parse_launch_data(&format!(
        r#"{{"contextTemplate":{{"contextActivities":{{"grouping":[{{"id":"https://callcoach.invalid/cmi5/au/us-stop-calling"}}]}},"extensions":{{"{EXT_SESSION_ID}":"s-1"}}}},"launchMode":"Normal","moveOn":"CompletedAndPassed"{extra}}}"#
    ))
    .expect("launch data")
}

/// A finished call of the synthetic library's scenario.
fn record() -> SessionRecord {
    played().2
}

/// The synthetic library, its scenario and a finished call of it.
fn played() -> (Library, Arc<CompiledScenario>, SessionRecord) {
    use crate::check::{Scope, check};
    use crate::engine::runner::Call;
    use crate::records::record::{SessionMeta, make_record};
    let lib = crate::synth::library(&crate::synth::Spec::new(8));
    let report = check(&lib, &Scope::All, 2_000);
    let sc = Arc::clone(&report.compiled[crate::synth::SCENARIO_ID]);
    let mut call = Call::new(Arc::clone(&sc), 1).expect("call starts");
    while call.prompt().is_some() {
        call.pick(0, 1000).expect("pick");
    }
    let start = DateTime::parse_from_rfc3339("2026-12-01T10:00:00Z")
        .expect("date")
        .with_timezone(&Utc);
    let meta = SessionMeta::new(&sc, "ala-7", "en", 1, Default::default(), start);
    let rec = make_record(&meta, &call, None, start + chrono::Duration::seconds(90)).expect("over");
    (lib, sc, rec)
}

/// [`Session::results`] without the scenario (the extensions then name rules by id).
fn results(s: &Session, rec: &SessionRecord, prior: Prior, last: DateTime<Utc>) -> Vec<Value> {
    s.results(rec, None, &Localiser::new(&Library::default()), prior, last)
}

fn verbs(statements: &[Value]) -> Vec<&str> {
    statements
        .iter()
        .map(|s| {
            s["verb"]["id"]
                .as_str()
                .expect("verb")
                .rsplit('/')
                .next()
                .expect("name")
        })
        .collect()
}

#[test]
fn a_launch_url_gives_its_five_parameters_decoded() {
    let l = parse_launch_url(&url()).expect("parses");
    assert_eq!(l.endpoint, "http://127.0.0.1:9/xapi");
    assert_eq!(l.fetch, "http://127.0.0.1:9/fetch?t=1&u=2");
    assert_eq!(l.account_name(), "ala-7");
    assert_eq!(l.registration, REG);
    assert_eq!(
        l.activity_id,
        "https://callcoach.invalid/cmi5/au/us-stop-calling"
    );
}

#[test]
fn a_launch_url_missing_or_malforming_a_parameter_names_it() {
    for name in ["endpoint", "fetch", "actor", "registration", "activityId"] {
        let broken = url().replace(&format!("{name}="), "other=");
        let err = parse_launch_url(&broken).expect_err(name);
        assert!(err.contains(&format!("no \"{name}\" parameter")), "{err}");
    }
    let err = parse_launch_url(&url().replace(REG, "not-a-uuid")).unwrap_err();
    assert!(err.contains("not a UUID"), "{err}");
    let no_account = url().replace(&encode(ACTOR), &encode(r#"{"mbox":"mailto:a@b"}"#));
    assert!(
        parse_launch_url(&no_account)
            .unwrap_err()
            .contains("account")
    );
    assert!(
        parse_launch_url("https://host/launcher.html")
            .unwrap_err()
            .contains("no query")
    );
}

#[test]
fn launch_data_needs_a_session_id_a_mode_and_a_move_on() {
    let d = data(
        r#","masteryScore":0.8,"launchParameters":"{\"scenario\":\"us-stop-calling\",\"lang\":\"pl\"}","returnURL":"https://lms/back""#,
    );
    assert_eq!(d.session_id, "s-1");
    assert_eq!(d.mastery_score, Some(0.8));
    assert_eq!(d.move_on, MoveOn::CompletedAndPassed);
    assert_eq!(d.return_url.as_deref(), Some("https://lms/back"));
    let err =
        parse_launch_data(r#"{"contextTemplate":{},"launchMode":"Normal","moveOn":"Passed"}"#)
            .unwrap_err();
    assert!(err.contains("session id"), "{err}");
    let err = parse_launch_data(&format!(r#"{{"contextTemplate":{{"extensions":{{"{EXT_SESSION_ID}":"s"}}}},"launchMode":"Sometimes","moveOn":"Passed"}}"#)).unwrap_err();
    assert!(err.contains("launchMode"), "{err}");
    let err = parse_launch_data(&format!(r#"{{"contextTemplate":{{"extensions":{{"{EXT_SESSION_ID}":"s"}}}},"launchMode":"Normal","moveOn":"Passed","masteryScore":80}}"#)).unwrap_err();
    assert!(err.contains("masteryScore"), "{err}");
}

#[test]
fn the_scenario_comes_from_the_launch_parameters_else_the_activity_id() {
    let l = parse_launch_url(&url()).expect("parses");
    let a = assignment(
        &l,
        &data(r#","launchParameters":"{\"scenario\":\"uk-bad-time\",\"lang\":\"pl\"}""#),
    )
    .expect("json");
    assert_eq!(
        (a.scenario.as_str(), a.lang.as_deref()),
        ("uk-bad-time", Some("pl"))
    );
    let a = assignment(&l, &data(r#","launchParameters":" pl-already-paid ""#)).expect("bare id");
    assert_eq!(a.scenario, "pl-already-paid");
    let a = assignment(&l, &data("")).expect("from the activity id");
    assert_eq!(
        (a.scenario.as_str(), a.source),
        ("us-stop-calling", "the activity id")
    );
    assert!(
        assignment(&l, &data(r#","launchParameters":"{\"lang\":\"pl\"}""#))
            .unwrap_err()
            .contains("\"scenario\"")
    );
    assert!(assignment(&l, &data(r#","launchParameters":"../etc""#)).is_err());
}

#[test]
fn a_normal_session_is_initialized_judged_completed_terminated_in_order() {
    let l = parse_launch_url(&url()).expect("parses");
    let d = data("");
    let s = Session {
        launch: &l,
        data: &d,
        base: "https://callcoach.invalid",
    };
    let (lib, sc, rec) = played();
    let loc = Localiser::new(&lib);
    let t0 = rec.meta.started_at - chrono::Duration::seconds(5);
    let mut all = vec![s.initialized(t0)];
    all.extend(s.results(&rec, Some(&sc), &loc, Prior::default(), t0));
    let last = statement_time(all.last().expect("one")).expect("time");
    all.push(s.terminated(t0, last, last));
    let judged = if rec.passed { "passed" } else { "failed" };
    assert_eq!(
        verbs(&all),
        ["initialized", judged, "completed", "terminated"]
    );
    let times: Vec<_> = all
        .iter()
        .map(|s| statement_time(s).expect("time"))
        .collect();
    assert!(times.windows(2).all(|w| w[0] < w[1]), "{times:?}");
    for st in &all {
        let c = &st["context"];
        assert_eq!(c["registration"], REG);
        assert_eq!(c["extensions"][EXT_SESSION_ID], "s-1");
        assert_eq!(c["contextActivities"]["grouping"][0]["id"], l.activity_id);
        let cats: Vec<&str> = c["contextActivities"]["category"]
            .as_array()
            .expect("categories")
            .iter()
            .map(|a| a["id"].as_str().expect("id"))
            .collect();
        assert!(cats.contains(&CATEGORY_CMI5));
        let moveon =
            st["result"].get("success").is_some() || st["result"].get("completion").is_some();
        assert_eq!(cats.contains(&CATEGORY_MOVEON), moveon, "{st}");
        assert_eq!(st["object"]["id"], l.activity_id);
        assert_eq!(st["actor"]["account"]["name"], "ala-7");
    }
    assert_eq!(all[1]["result"]["success"], rec.passed);
    assert_eq!(all[1]["result"]["duration"], "PT90.000S");
    assert!(all[1]["result"]["score"]["scaled"].is_number());
    assert!(all[2]["result"].get("score").is_none());
    assert_eq!(all[2]["result"]["completion"], true);
    assert_eq!(all[3]["result"]["duration"], duration(t0, times[3]));
    // Ids: distinct, and the same when the session's statements are built again.
    assert_eq!(s.initialized(t0)["id"], all[0]["id"]);
    let ids: std::collections::BTreeSet<_> = all.iter().map(|s| s["id"].to_string()).collect();
    assert_eq!(ids.len(), 4);
    // The judged statement carries the export's call result extensions, and the record.
    let ext = &all[1]["result"]["extensions"];
    let full = crate::cohort::xapi::call_result(&rec, Some(&sc), &loc, "https://callcoach.invalid");
    for (k, v) in full["extensions"].as_object().expect("extensions") {
        assert_eq!(&ext[k], v, "{k}");
    }
    assert_eq!(
        ext["https://callcoach.invalid/xapi/record-id"],
        rec.id.as_str()
    );
    assert_eq!(
        ext["https://callcoach.invalid/xapi/overall"],
        rec.scores.overall
    );
}

#[test]
fn the_turns_are_allowed_statements_of_the_session_between_its_ends() {
    let l = parse_launch_url(&url()).expect("parses");
    let d = data("");
    let s = Session {
        launch: &l,
        data: &d,
        base: "https://callcoach.invalid",
    };
    let (lib, sc, rec) = played();
    let loc = Localiser::new(&lib);
    let call = crate::cohort::xapi::statements(&rec, Some(&sc), &loc, "https://callcoach.invalid");
    // initialized after the call began: the turns are moved after it, and stay in order.
    let t0 = rec.meta.started_at + chrono::Duration::milliseconds(1);
    let turns = s.turns(&call, t0, rec.ended_at);
    assert_eq!(turns.len(), rec.turns.len());
    assert!(!turns.is_empty());
    let mut last = t0;
    for (i, (t, export)) in turns.iter().zip(&call).enumerate() {
        assert_eq!(verbs(std::slice::from_ref(t)), ["answered"]);
        let at = statement_time(t).expect("time");
        assert!(at > last && at < rec.ended_at, "{at} after {last}");
        last = at;
        assert_eq!(t["id"], s.statement_id(&format!("turn/{}", i + 1)));
        assert_ne!(t["id"], export["id"]);
        assert_eq!(t["actor"], l.actor);
        assert_eq!(t["object"], export["object"]);
        assert_eq!(t["result"], export["result"]);
        let c = &t["context"];
        assert_eq!(c["registration"], REG);
        assert_eq!(c["extensions"][EXT_SESSION_ID], "s-1");
        assert_eq!(
            c["extensions"]["https://callcoach.invalid/xapi/seed"],
            rec.meta.seed
        );
        assert_eq!(c["contextActivities"]["grouping"][0]["id"], l.activity_id);
        assert_eq!(
            c["contextActivities"]["parent"],
            export["context"]["contextActivities"]["parent"]
        );
        // Not cmi5-defined: no cmi5 category (spec 9.6.2.1).
        assert!(c["contextActivities"].get("category").is_none(), "{c}");
    }
    // The judged statement comes after the last turn.
    let judged = s.results(&rec, Some(&sc), &loc, Prior::default(), last);
    assert!(statement_time(&judged[0]).expect("time") > last);
    // Browse records nothing of the learner's performance.
    let b = parse_launch_data(&format!(r#"{{"contextTemplate":{{"extensions":{{"{EXT_SESSION_ID}":"s"}}}},"launchMode":"Browse","moveOn":"Passed"}}"#)).expect("browse");
    let browse = Session {
        launch: &l,
        data: &b,
        base: "https://b",
    };
    assert!(browse.turns(&call, t0, rec.ended_at).is_empty());
}

#[test]
fn the_mastery_score_decides_and_is_in_the_judged_statement() {
    let l = parse_launch_url(&url()).expect("parses");
    let mut rec = record();
    rec.scores.critical_breach = false;
    rec.scores.overall = 75;
    for (mastery, verb) in [(0.75, "passed"), (0.7501, "failed"), (0.5, "passed")] {
        let d = data(&format!(r#","masteryScore":{mastery}"#));
        let s = Session {
            launch: &l,
            data: &d,
            base: "https://b",
        };
        let out = results(&s, &rec, Prior::default(), rec.meta.started_at);
        assert_eq!(verbs(&out)[0], verb, "{mastery}");
        assert_eq!(out[0]["context"]["extensions"][EXT_MASTERY_SCORE], mastery);
        assert_eq!(out[0]["result"]["score"]["scaled"], 0.75);
        assert!(
            out[1]["context"]["extensions"]
                .get(EXT_MASTERY_SCORE)
                .is_none()
        );
    }
    // A broken critical rule fails above the mastery score, without a contradicting score.
    rec.scores.critical_breach = true;
    let v = verdict(&rec, Some(0.5));
    assert_eq!((v.passed, v.with_score), (false, false));
    assert_eq!(
        verdict(&rec, Some(0.9)),
        Verdict {
            passed: false,
            with_score: true,
            mastery: Some(0.9)
        }
    );
    // Without one, the call's own verdict.
    rec.passed = true;
    assert!(verdict(&rec, None).passed);
}

#[test]
fn browse_and_earlier_sessions_hold_back_what_may_not_be_sent_again() {
    let l = parse_launch_url(&url()).expect("parses");
    let rec = record();
    let d = parse_launch_data(&format!(r#"{{"contextTemplate":{{"extensions":{{"{EXT_SESSION_ID}":"s"}}}},"launchMode":"Browse","moveOn":"Passed"}}"#)).expect("browse");
    let s = Session {
        launch: &l,
        data: &d,
        base: "https://b",
    };
    assert!(results(&s, &rec, Prior::default(), rec.meta.started_at).is_empty());
    let d = data("");
    let s = Session {
        launch: &l,
        data: &d,
        base: "https://b",
    };
    let both = Prior {
        passed: true,
        completed: true,
    };
    assert!(results(&s, &rec, both, rec.meta.started_at).is_empty());
    let out = results(
        &s,
        &rec,
        Prior {
            passed: true,
            completed: false,
        },
        rec.meta.started_at,
    );
    assert_eq!(verbs(&out), ["completed"]);
}

#[test]
fn move_on_rules() {
    assert!(move_on_met(MoveOn::CompletedOrPassed, false, true));
    assert!(!move_on_met(MoveOn::CompletedAndPassed, false, true));
    assert!(move_on_met(MoveOn::NotApplicable, false, false));
    assert!(!move_on_met(MoveOn::Passed, false, true));
    for m in MoveOn::ALL {
        assert_eq!(MoveOn::parse(m.key()), Some(m));
    }
}

#[test]
fn the_course_structure_has_a_block_per_jurisdiction_and_an_au_per_scenario() {
    let en = |t: &str| vec![("en".to_string(), t.to_string())];
    let blocks = vec![CourseBlock {
        key: "us".into(),
        titles: en("United States"),
        aus: vec![CourseAu {
            scenario: "us-stop-calling".into(),
            titles: en("Stop <calling> & me"),
        }],
    }];
    let opts = CourseOptions {
        base: "https://callcoach.invalid/".into(),
        launcher: "launcher.html".into(),
        move_on: MoveOn::CompletedAndPassed,
        mastery_score: Some(0.8),
    };
    let xml = course_structure(&en("callcoach"), &blocks, &opts);
    assert!(xml.contains(&format!(
        "<courseStructure xmlns=\"{COURSE_STRUCTURE_XMLNS}\">"
    )));
    assert!(xml.contains("<block id=\"https://callcoach.invalid/cmi5/block/us\">"));
    assert!(xml.contains("<au id=\"https://callcoach.invalid/cmi5/au/us-stop-calling\" moveOn=\"CompletedAndPassed\" masteryScore=\"0.8\" launchMethod=\"AnyWindow\">"));
    assert!(xml.contains("Stop &lt;calling&gt; &amp; me"));
    assert!(xml.contains(
        "<launchParameters>{&quot;scenario&quot;:&quot;us-stop-calling&quot;}</launchParameters>"
    ));
    assert!(xml.contains("<url>launcher.html</url>"));
}
