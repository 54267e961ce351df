//! The statements' shape on generated and shipped scenarios.

use super::*;

#[test]
fn ids_are_stable_and_distinct() {
    assert_eq!(statement_id("r1", "result"), statement_id("r1", "result"));
    assert_ne!(statement_id("r1", "result"), statement_id("r2", "result"));
    assert_ne!(statement_id("r1", "turn/1"), statement_id("r1", "turn/2"));
    assert_eq!(statement_id("r1", "x").get_version_num(), 5);
}

/// issue 17: a record dated at the end of chrono's range, with the longest turns a
/// record can hold, exports without panicking (the turns' times stop at the last instant).
#[test]
fn a_far_future_record_exports_without_panicking() {
    use crate::check::{Scope, check};
    use crate::engine::runner::Call;
    use crate::records::record::{SessionMeta, make_record};
    use std::sync::Arc;

    let lib = crate::synth::library(&crate::synth::Spec::new(8));
    let report = check(&lib, &Scope::All, 2_000);
    let sc = Arc::clone(&report.compiled[crate::synth::SCENARIO_ID]);
    let mut call = Call::new(Arc::clone(&sc), 1).expect("call starts");
    while call.prompt().is_some() {
        call.pick(0, u32::MAX).expect("pick");
    }
    let end = DateTime::<Utc>::MAX_UTC;
    let start = end - chrono::Duration::seconds(1);
    let meta = SessionMeta::new(&sc, "Ala", "en", 1, Default::default(), start);
    let record = make_record(&meta, &call, None, end).expect("over");
    let loc = Localiser::new(&lib);
    let all = statements(&record, Some(&sc), &loc, DEFAULT_BASE);
    assert_eq!(all.len(), record.turns.len() + 1);
    let last_turn = &all[record.turns.len() - 1];
    assert_eq!(last_turn["timestamp"], timestamp(end));
    assert_eq!(all[record.turns.len()]["timestamp"], timestamp(end));
}

#[test]
fn durations_are_iso_8601() {
    assert_eq!(duration(12_345), "PT12.345S");
    assert_eq!(duration(-5), "PT0.000S");
}

mod shipped {
    use std::collections::BTreeMap;
    use std::path::Path;
    use std::sync::{Arc, OnceLock};

    use chrono::TimeZone;
    use serde_json::Value;

    use super::super::*;
    use crate::compile::CompiledScenario;
    use crate::content::l10n::Localiser;
    use crate::content::loader::Library;
    use crate::engine::runner::{Call, Pick};
    use crate::engine::scoring::RuleStatus;
    use crate::engine::search::{self, DEFAULT_BUDGET};
    use crate::records::call_text::CallText;
    use crate::records::record::{SessionMeta, SessionRecord, make_record};

    struct Shipped {
        scenarios: BTreeMap<String, Arc<CompiledScenario>>,
        loc: Localiser,
    }

    fn shipped() -> &'static Shipped {
        static S: OnceLock<Shipped> = OnceLock::new();
        S.get_or_init(|| {
            let lib = Library::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")));
            let mut diagnostics = Vec::new();
            let scenarios = lib
                .scenarios
                .iter()
                .filter_map(|s| crate::compile::compile(&lib, s, &mut diagnostics))
                .map(|sc| (sc.id.clone(), Arc::new(sc)))
                .collect();
            Shipped {
                scenarios,
                loc: Localiser::new(&lib),
            }
        })
    }

    /// Plays `scenario` in `locale`: the choices named first, then the first one shown (a
    /// timeout where none is).
    fn play(scenario: &str, locale: &str, picks: &[&str]) -> (Call, SessionRecord) {
        let sc = Arc::clone(&shipped().scenarios[scenario]);
        let mut call = Call::new(Arc::clone(&sc), 5).expect("starts");
        for id in picks {
            call.pick_id(id, 2_000).expect("a choice of the scenario");
        }
        while let Some(p) = call.prompt() {
            if p.choices.is_empty() {
                call.time_out(2_000).expect("times out");
            } else {
                call.pick(0, 1_500).expect("picks");
            }
        }
        let start = chrono::Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap();
        let meta = SessionMeta::new(&sc, "Ala Nowak", locale, 5, Default::default(), start);
        let end = start + chrono::Duration::minutes(4);
        let record = make_record(&meta, &call, None, end).expect("over");
        (call, record)
    }

    fn export(record: &SessionRecord) -> Vec<Value> {
        let s = shipped();
        statements(
            record,
            s.scenarios.get(&record.meta.scenario),
            &s.loc,
            DEFAULT_BASE,
        )
    }

    /// Every language map's tags in a statement (the verb's display aside).
    fn map_tags(v: &Value, key: &str, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    if ["name", "description", "title", "text"].contains(&k.as_str())
                        && key != "verb"
                        && let Value::Object(map) = x
                    {
                        out.extend(map.keys().cloned());
                    } else {
                        map_tags(x, k, out);
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|x| map_tags(x, key, out)),
            _ => {}
        }
    }

    fn ext_key(name: &str) -> String {
        format!("{DEFAULT_BASE}/xapi/{name}")
    }

    #[test]
    fn a_polish_call_speaks_polish_under_pl_pl() {
        let (call, record) = play("pl-already-paid", "pl", &[]);
        let all = export(&record);
        assert_eq!(all.len(), record.turns.len() + 1);
        let mut tags = Vec::new();
        for s in &all {
            assert_eq!(s["context"]["language"], "pl-PL");
            map_tags(s, "", &mut tags);
        }
        assert!(!tags.is_empty());
        assert!(tags.iter().all(|t| t == "pl-PL"), "{tags:?}");
        // The first turn: the opening's choices and the debtor's line in Polish, the pick by id.
        let first = &all[0];
        let def = &first["object"]["definition"];
        assert_eq!(def["interactionType"], "choice");
        let s = shipped();
        let text = CallText::new(&s.loc, "pl", call.scenario(), "Ala Nowak");
        // The wording the trainee heard (the seed picks one of the opening's two).
        let t = &call.turns()[0];
        assert_eq!(
            def["description"]["pl-PL"],
            text.line(t.node, t.variant).text
        );
        assert!(
            ["Halo?", "Tak, słucham, kto mówi?"]
                .contains(&def["description"]["pl-PL"].as_str().unwrap())
        );
        let choices = def["choices"].as_array().unwrap();
        assert_eq!(choices.len(), call.turns()[0].shown.len());
        for (c, &i) in choices.iter().zip(&call.turns()[0].shown) {
            let id = call.scenario().choice_id(call.turns()[0].node, i).unwrap();
            assert_eq!(c["id"], id);
            let words = c["description"]["pl-PL"].as_str().unwrap();
            assert_eq!(words, text.choice(call.turns()[0].node, i).text);
            assert_ne!(words, id, "the choice's words, not its id");
        }
        assert!(
            choices.iter().any(|c| c["description"]["pl-PL"]
                .as_str()
                .unwrap()
                .starts_with("Dzień dobry, nazywam się Ala Nowak")),
            "{choices:?}"
        );
        assert_eq!(
            first["result"]["response"],
            record.turns[0].pick.clone().unwrap()
        );
        // The call's statement: the scenario's Polish title, its version and content hash.
        let last = all.last().unwrap();
        assert_eq!(
            last["object"]["definition"]["name"]["pl-PL"],
            "„Przecież ja to zapłaciłem!”"
        );
        let ctx = &last["context"]["extensions"];
        assert_eq!(ctx[ext_key("scenario-version")], record.meta.version);
        assert_eq!(
            ctx[ext_key("content-hash")],
            record.meta.content_hash.as_str()
        );
    }

    #[test]
    fn english_calls_are_tagged_by_jurisdiction() {
        for (scenario, tag) in [
            ("us-hostile-debtor", "en-US"),
            ("uk-bad-time", "en-GB"),
            ("pl-already-paid", "en-GB"),
        ] {
            let (_, record) = play(scenario, "en", &[]);
            let all = export(&record);
            let mut tags = Vec::new();
            for s in &all {
                assert_eq!(s["context"]["language"], tag, "{scenario}");
                map_tags(s, "", &mut tags);
            }
            assert!(tags.iter().all(|t| t == tag), "{scenario}: {tags:?}");
        }
    }

    /// The first turn's correct response is the best path's first choice; a later turn's is
    /// the debrief's "better answer" (the best continuation from just before it).
    #[test]
    fn the_correct_response_is_the_best_paths_choice() {
        let (call, record) = play("pl-already-paid", "pl", &["blurt"]);
        let all = export(&record);
        let sc = call.scenario();
        let best = search::best_path(sc, DEFAULT_BUDGET)
            .best
            .expect("a best path");
        let (node, Pick::Choice(c)) = best.picks[0] else {
            panic!("the best path starts with a choice")
        };
        let best_first = sc.choice_id(node, c).unwrap();
        let def = &all[0]["object"]["definition"];
        assert_eq!(def["correctResponsesPattern"][0], best_first);
        assert_ne!(best_first, "blurt");
        assert_eq!(all[0]["result"]["response"], "blurt");
        assert_eq!(all[0]["result"]["success"], false, "blurting loses points");
        // Every turn: the pattern's first entry is the best continuation's pick there, and a
        // pick in the pattern is a success.
        for (i, s) in all[..record.turns.len()].iter().enumerate() {
            let prefix = call.prefix(i).unwrap();
            let found = search::best_continuation(&prefix, DEFAULT_BUDGET)
                .best
                .expect("a way on");
            let pattern = &s["object"]["definition"]["correctResponsesPattern"];
            if let (n, Pick::Choice(c)) = found.picks[i] {
                assert_eq!(pattern[0], sc.choice_id(n, c).unwrap(), "turn {}", i + 1);
            }
            let response = &s["result"]["response"];
            let in_pattern = pattern.as_array().is_some_and(|p| p.contains(response));
            assert_eq!(s["result"]["success"], in_pattern, "turn {}", i + 1);
        }
    }

    #[test]
    fn a_broken_rule_comes_with_its_citation_at_its_turn_and_on_the_call() {
        let (_, record) = play("pl-already-paid", "pl", &["blurt"]);
        let broken: Vec<_> = record
            .scores
            .rules
            .iter()
            .filter(|r| r.status == RuleStatus::Broken && r.turn == Some(1))
            .collect();
        assert!(!broken.is_empty(), "blurting breaks a rule at turn 1");
        let all = export(&record);
        let s = shipped();
        let sc = &s.scenarios["pl-already-paid"];
        let at_turn = all[0]["result"]["extensions"][ext_key("rules")]
            .as_array()
            .expect("the rules broken at turn 1");
        let on_call = all.last().unwrap()["result"]["extensions"][ext_key("rules")]
            .as_array()
            .expect("the call's rules");
        for r in &broken {
            let written = sc
                .rules
                .iter()
                .find(|x| x.id == r.rule && x.rubric == r.rubric)
                .unwrap();
            let own = s.loc.ui("pl", &r.rule, Some("citation"), None);
            let citation = if s.loc.has("pl", None, &r.rule, Some("citation")) {
                own.text
            } else {
                written.citation.clone()
            };
            assert!(!citation.is_empty());
            for list in [at_turn, on_call] {
                let entry = list
                    .iter()
                    .find(|x| x["rule"] == r.rule.as_str())
                    .unwrap_or_else(|| panic!("{} listed: {list:?}", r.rule));
                assert_eq!(entry["citation"], citation.as_str());
                assert_eq!(entry["status"], "broken");
                assert_eq!(entry["dimension"], r.dimension.key());
                assert_eq!(entry["rubric"], r.rubric.as_str());
                assert_eq!(entry["turn"], 1);
                assert_eq!(
                    entry["critical"],
                    r.severity == crate::content::model::Severity::Critical
                );
                assert_eq!(
                    entry["title"]["pl-PL"],
                    s.loc.ui("pl", &r.rule, None, None).text
                );
            }
        }
        // The call's list: broken rules first, nothing met or not applicable.
        let statuses: Vec<&str> = on_call
            .iter()
            .map(|x| x["status"].as_str().unwrap())
            .collect();
        assert!(
            statuses
                .iter()
                .all(|s| ["broken", "partial", "missed"].contains(s))
        );
        let first_other = statuses
            .iter()
            .position(|s| *s != "broken")
            .unwrap_or(statuses.len());
        assert!(statuses[first_other..].iter().all(|s| *s != "broken"));
        // The dimension scores stay, each also with its pass mark.
        let result = &all.last().unwrap()["result"]["extensions"];
        for d in &record.scores.dimensions {
            assert_eq!(
                result[ext_key(&format!("score/{}", d.dimension.key()))],
                d.score
            );
        }
        assert_eq!(
            result[ext_key("dimensions")].as_array().unwrap().len(),
            record.scores.dimensions.len()
        );
    }

    /// A record whose scenario is not in the library (or is of another version) still gives
    /// its statements, with the choices by id and no verdicts.
    #[test]
    fn without_its_scenario_a_record_still_exports_by_ids() {
        let (_, record) = play("pl-already-paid", "pl", &["blurt"]);
        let s = shipped();
        let mut other = record.clone();
        other.meta.version += 1;
        for (r, sc) in [
            (&record, None),
            (&other, s.scenarios.get("pl-already-paid")),
        ] {
            let all = statements(r, sc, &s.loc, DEFAULT_BASE);
            assert_eq!(all.len(), r.turns.len() + 1);
            let def = &all[0]["object"]["definition"];
            assert_eq!(
                def["choices"][0]["description"]["pl-PL"],
                r.turns[0].shown[0].as_str()
            );
            assert!(def.get("correctResponsesPattern").is_none());
            assert!(def.get("description").is_none());
            assert!(all[0]["result"].get("success").is_none());
            assert_eq!(all[0]["result"]["response"], "blurt");
            assert_eq!(
                all.last().unwrap()["object"]["definition"]["name"]["pl-PL"],
                "pl-already-paid"
            );
        }
    }

    /// Statement ids do not depend on the library: the same record gives the same ids with
    /// its scenario or without it.
    #[test]
    fn ids_do_not_depend_on_the_library() {
        let (_, record) = play("uk-bad-time", "en", &[]);
        let s = shipped();
        let with: Vec<_> = export(&record).iter().map(|x| x["id"].clone()).collect();
        let without: Vec<_> = statements(&record, None, &s.loc, DEFAULT_BASE)
            .iter()
            .map(|x| x["id"].clone())
            .collect();
        assert_eq!(with, without);
        assert_eq!(with[0], statement_id(&record.id, "turn/1").to_string());
    }
}

/// Many records at once give what each gives alone: sharing the search between the records
/// of a scenario changes no statement.
#[test]
fn a_cohort_exports_as_its_records_do_one_by_one() {
    use shipped_cohort::*;
    let (records, scenarios, loc) = cohort();
    let refs: Vec<&SessionRecord> = records.iter().collect();
    let together = statements_of(&refs, &scenarios, &loc, DEFAULT_BASE);
    let alone: Vec<Value> = records
        .iter()
        .flat_map(|r| statements(r, scenarios.get(&r.meta.scenario), &loc, DEFAULT_BASE))
        .collect();
    assert_eq!(together.len(), alone.len());
    assert!(together == alone, "the same statements in the same order");
    assert!(together.iter().any(|s| {
        s["object"]["definition"]
            .get("correctResponsesPattern")
            .is_some()
    }));
}

mod shipped_cohort {
    use std::collections::BTreeMap;
    use std::path::Path;
    use std::sync::Arc;

    use crate::compile::CompiledScenario;
    use crate::content::l10n::Localiser;
    use crate::content::loader::Library;
    use crate::records::record::SessionRecord;

    /// 40 synthetic records of the shipped scenarios, read back as a report reads them.
    pub fn cohort() -> (
        Vec<SessionRecord>,
        BTreeMap<String, Arc<CompiledScenario>>,
        Localiser,
    ) {
        let lib = Library::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")));
        let mut diagnostics = Vec::new();
        let scenarios: BTreeMap<_, _> = lib
            .scenarios
            .iter()
            .filter_map(|s| crate::compile::compile(&lib, s, &mut diagnostics))
            .map(|sc| (sc.id.clone(), Arc::new(sc)))
            .collect();
        let data = tempfile::tempdir().expect("temp dir");
        crate::cohort::synthesise::synthesise(&scenarios, data.path(), 40, 7, 3)
            .expect("synthesised");
        let cohort = crate::cohort::report::load_cohort(data.path(), &scenarios, &[]);
        let records = cohort.records.into_iter().map(|r| r.record).collect();
        (records, scenarios, Localiser::new(&lib))
    }
}
