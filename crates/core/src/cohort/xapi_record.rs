//! The full session record inside its call's completion statement, so that a cohort read back
//! from a Learning Record Store is re-verified exactly like one read from a data folder.
//!
//! - [`attach`] puts the record into the `passed`/`failed` statement of [`xapi::statements`]
//!   as the result extension `<base>/xapi/record`. Its value is the record's JSON **as a
//!   string**, not as a JSON object: the MAC covers the record's values, and an LRS that keeps
//!   numbers as doubles (a JavaScript or Elasticsearch store) would round a 64-bit seed and so
//!   break a record that nobody edited. A string reaches every LRS and comes back unchanged.
//!   Not an xAPI attachment: Ralph 5.1 documents `attachments=true` on GET as not implemented,
//!   so an attachment's bytes could not be read back from it.
//! - [`extract`] finds the records in a list of statements (callcoach's completion statements,
//!   recognised by their verb and `context.platform`), one per statement id. A record carried
//!   by two statements is kept twice, and the cohort marks the copy a duplicate, as it does a
//!   copied file: no statement silently replaces another.
//! - [`load_cohort`] builds the [`Cohort`] through
//!   [`load_records`](crate::cohort::report::load_records): MAC, replay, duplicates and case
//!   chains as for a folder, each record labelled `lrs:<statement id>`.
//!
//! [`xapi::statements`]: crate::cohort::xapi::statements

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use serde_json::Value;

use crate::cohort::report::{Cohort, load_records};
use crate::compile::CompiledScenario;
use crate::content::case::Case;
use crate::records::record::SessionRecord;
use crate::records::seal::CohortKey;
use crate::records::store;

/// The extension key's path under the base (`<base>/xapi/record`).
pub const RECORD_EXTENSION: &str = "/xapi/record";

/// The platform callcoach's statements name in `context.platform`.
const PLATFORM: &str = "callcoach";

/// The label of a record carried by a statement (`lrs:<statement id>`): where a report says
/// it came from.
pub fn label(statement_id: &str) -> String {
    format!("lrs:{statement_id}")
}

/// Whether a statement is a completion statement (verb `passed` or `failed`).
fn is_completion(statement: &Value) -> bool {
    matches!(
        statement["verb"]["id"].as_str(),
        Some("http://adlnet.gov/expapi/verbs/passed" | "http://adlnet.gov/expapi/verbs/failed")
    )
}

/// Puts the record into its completion statement among `statements` (the statements of that
/// one record); returns whether there was one to carry it.
pub fn attach(statements: &mut [Value], record: &SessionRecord, base: &str) -> bool {
    let key = format!("{}{RECORD_EXTENSION}", base.trim_end_matches('/'));
    let text = serde_json::to_string(record).expect("a record serialises");
    let Some(done) = statements.iter_mut().find(|s| is_completion(s)) else {
        return false;
    };
    if !done["result"]["extensions"].is_object() {
        done["result"]["extensions"] = Value::Object(serde_json::Map::new());
    }
    done["result"]["extensions"][key] = Value::String(text);
    true
}

/// A record found in a statement: the statement's id and the record's bytes, or why the
/// statement carries none that can be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carried {
    /// The completion statement's id.
    pub statement: String,
    /// The record's JSON bytes.
    pub record: Result<Vec<u8>, String>,
}

/// The records carried by callcoach's completion statements, in the statements' order, one
/// per statement id (an LRS page that repeats a statement gives it once). Statements of other
/// platforms and callcoach's `answered` statements are not records and are left out; a
/// completion statement of callcoach without a readable record is listed with the reason.
pub fn extract(statements: &[Value]) -> Vec<Carried> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for s in statements {
        if !is_completion(s) || s["context"]["platform"].as_str() != Some(PLATFORM) {
            continue;
        }
        let Some(id) = s["id"].as_str() else {
            continue;
        };
        if !seen.insert(id.to_string()) {
            continue;
        }
        let value = s["result"]["extensions"].as_object().and_then(|ext| {
            ext.iter()
                .find(|(k, _)| k.ends_with(RECORD_EXTENSION))
                .map(|(_, v)| v)
        });
        let record = match value {
            Some(Value::String(text)) => Ok(text.clone().into_bytes()),
            // Another tool may have turned the string into the object it holds.
            Some(v @ Value::Object(_)) => Ok(serde_json::to_vec(v).expect("JSON serialises")),
            Some(_) => Err(format!(
                "the statement's result extension …{RECORD_EXTENSION} is not a session record"
            )),
            None => Err(format!(
                "the statement carries no session record (no result extension \
                 …{RECORD_EXTENSION}: sent by a callcoach older than issue 16); report on the \
                 data folder it came from"
            )),
        };
        out.push(Carried {
            statement: id.to_string(),
            record,
        });
    }
    out
}

/// The cohort of the carried records: each parsed as a record file is
/// ([`store::parse_record`]) and verified against `scenarios` and the coordinator's `key`
/// exactly as a folder's records are. A statement without a readable record is a corrupt
/// entry labelled like the others.
pub fn load_cohort(
    carried: &[Carried],
    key: Option<&CohortKey>,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    cases: &[Case],
) -> Cohort {
    let labels: Vec<Labelled> = carried
        .iter()
        .map(|c| Labelled(PathBuf::from(label(&c.statement)), &c.record))
        .collect();
    load_records(
        &labels,
        |Labelled(_, record)| match record {
            Ok(bytes) => store::parse_record(bytes),
            Err(why) => Err(why.clone()),
        },
        key,
        scenarios,
        cases,
    )
}

/// A source for [`load_records`]: its label and the record's bytes.
struct Labelled<'a>(PathBuf, &'a Result<Vec<u8>, String>);

impl AsRef<std::path::Path> for Labelled<'_> {
    fn as_ref(&self) -> &std::path::Path {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cohort::xapi;
    use crate::records::verify::{Tamper, Verification};

    /// A finished, signed record of the synthetic library, its scenarios and the key.
    fn signed() -> (
        SessionRecord,
        BTreeMap<String, Arc<CompiledScenario>>,
        CohortKey,
    ) {
        use crate::check::{Scope, check};
        use crate::engine::runner::Call;
        use crate::records::record::{SessionMeta, make_record};
        let lib = crate::synth::library(&crate::synth::Spec::new(8));
        let report = check(&lib, &Scope::All, 2_000);
        let sc = Arc::clone(&report.compiled[crate::synth::SCENARIO_ID]);
        // A seed above 2^53: what a double-based store would round.
        let seed = u64::MAX - 12_345;
        let mut call = Call::new(Arc::clone(&sc), seed).expect("call starts");
        while call.prompt().is_some() {
            call.pick(0, 1_500).expect("pick");
        }
        let start = chrono::DateTime::parse_from_rfc3339("2026-11-30T09:00:00Z")
            .expect("date")
            .to_utc();
        let meta = SessionMeta::new(&sc, "Ala", "en", seed, Default::default(), start);
        let mut record =
            make_record(&meta, &call, None, start + chrono::Duration::seconds(90)).expect("over");
        let key = CohortKey::from_bytes([7; 32]);
        key.sign(&mut record);
        (record, report.compiled.clone(), key)
    }

    /// A record's statements without the library's text (ids only), which is all these tests
    /// need.
    fn plain_statements(record: &SessionRecord, base: &str) -> Vec<Value> {
        let lib = crate::synth::library(&crate::synth::Spec::new(8));
        let loc = crate::content::l10n::Localiser::new(&lib);
        xapi::statements(record, None, &loc, base)
    }

    /// The statements as an LRS gives them back: serialised and parsed again.
    fn through_json(statements: &[Value]) -> Vec<Value> {
        serde_json::from_str(&serde_json::to_string(statements).expect("out")).expect("in")
    }

    #[test]
    fn xapi_record_travels_in_the_completion_statement_and_still_verifies() {
        let (record, scenarios, key) = signed();
        let mut statements = plain_statements(&record, "https://lms.example/");
        assert!(attach(&mut statements, &record, "https://lms.example/"));
        let done = statements.last().expect("completion");
        assert!(
            done["result"]["extensions"]["https://lms.example/xapi/record"].is_string(),
            "{done}"
        );
        // Only the completion statement carries it.
        let answered = &statements[0]["result"];
        assert!(
            answered["extensions"]
                .get("https://lms.example/xapi/record")
                .is_none(),
            "{answered}"
        );

        let carried = extract(&through_json(&statements));
        assert_eq!(carried.len(), 1);
        assert_eq!(
            carried[0].statement,
            xapi::statement_id(&record.id, "result").to_string()
        );
        let back = store::parse_record(carried[0].record.as_ref().expect("bytes")).expect("parses");
        assert_eq!(back.meta.seed, record.meta.seed);
        assert!(key.checks(&back), "the MAC holds after the trip");
        let cohort = load_cohort(&carried, Some(&key), &scenarios, &[]);
        assert_eq!(cohort.records.len(), 1);
        assert_eq!(cohort.records[0].verification, Verification::Verified);
        assert_eq!(
            cohort.records[0].path,
            PathBuf::from(label(&carried[0].statement))
        );
    }

    #[test]
    fn xapi_record_edited_in_the_lrs_is_flagged_tampered() {
        let (record, scenarios, key) = signed();
        let mut statements = plain_statements(&record, xapi::DEFAULT_BASE);
        attach(&mut statements, &record, xapi::DEFAULT_BASE);
        let mut stored = through_json(&statements);
        let ext = format!("{}{RECORD_EXTENSION}", xapi::DEFAULT_BASE);
        let done = stored.last_mut().expect("completion");
        let mut inner: Value =
            serde_json::from_str(done["result"]["extensions"][&ext].as_str().expect("text"))
                .expect("record JSON");
        inner["scores"]["overall"] = Value::from(99);
        done["result"]["extensions"][&ext] = Value::String(inner.to_string());
        let cohort = load_cohort(&extract(&stored), Some(&key), &scenarios, &[]);
        assert_eq!(
            cohort.records[0].verification,
            Verification::Tampered(Tamper::Mac)
        );
    }

    #[test]
    fn xapi_record_repeats_and_other_statements_are_sorted_out() {
        let (record, scenarios, key) = signed();
        let mut statements = plain_statements(&record, xapi::DEFAULT_BASE);
        attach(&mut statements, &record, xapi::DEFAULT_BASE);
        let done = statements.last().expect("completion").clone();
        // The same statement twice (an LRS page overlap), a forged copy under another id, a
        // completion statement of another platform and one of callcoach without a record.
        let mut copy = done.clone();
        copy["id"] = Value::from("forged-copy");
        let mut other = done.clone();
        other["id"] = Value::from("other-tool");
        other["context"]["platform"] = Value::from("another-lms");
        let mut bare = done.clone();
        bare["id"] = Value::from("bare");
        bare["result"]["extensions"] = serde_json::json!({});
        statements.extend([done, copy, other, bare]);
        let carried = extract(&statements);
        let ids: Vec<&str> = carried.iter().map(|c| c.statement.as_str()).collect();
        assert_eq!(
            ids,
            [
                xapi::statement_id(&record.id, "result")
                    .to_string()
                    .as_str(),
                "forged-copy",
                "bare"
            ]
        );
        assert!(
            carried[2]
                .record
                .as_ref()
                .expect_err("no record")
                .contains("carries no session record")
        );
        let cohort = load_cohort(&carried, Some(&key), &scenarios, &[]);
        assert_eq!(cohort.records.len(), 2);
        assert_eq!(
            cohort.corrupt,
            vec![(
                PathBuf::from("lrs:bare"),
                carried[2].record.clone().unwrap_err()
            )]
        );
        let duplicates = cohort
            .records
            .iter()
            .filter(|r| matches!(r.verification, Verification::Duplicate(_)))
            .count();
        assert_eq!(duplicates, 1, "the copy is counted once");
    }

    #[test]
    fn xapi_record_needs_a_completion_statement() {
        let (record, _, _) = signed();
        let mut statements = plain_statements(&record, xapi::DEFAULT_BASE);
        statements.pop();
        assert!(!attach(&mut statements, &record, xapi::DEFAULT_BASE));
        assert!(extract(&statements).is_empty());
    }
}
