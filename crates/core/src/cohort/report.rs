//! Cohort reports: every session record under a data folder, verified against the scenarios,
//! summarised per trainee and scenario, and exported as a table, CSV or JSON.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use crate::compile::CompiledScenario;
use crate::content::model::{Dimension, Jurisdiction};
use crate::engine::scoring::RuleStatus;
use crate::records::record::SessionRecord;
use crate::records::store;
use crate::records::verify::{self, Verification};

/// A record as loaded: where it came from and whether its scores hold up.
#[derive(Debug, Clone)]
pub struct LoadedRecord {
    pub path: PathBuf,
    pub record: SessionRecord,
    pub verification: Verification,
}

/// Every record under a data folder.
#[derive(Debug, Default)]
pub struct Cohort {
    pub records: Vec<LoadedRecord>,
    /// Files that could not be read or parsed, with the reason.
    pub corrupt: Vec<(PathBuf, String)>,
}

/// Loads and verifies every record (on all cores); a bad file is listed, never fatal.
pub fn load_cohort(data: &Path, scenarios: &BTreeMap<String, Arc<CompiledScenario>>) -> Cohort {
    let files = store::record_files(data);
    let loaded = crate::parallel::map(&files, 8, |path| match store::read_record(path) {
        Ok(rec) => {
            let verification = verify::verify(&rec, scenarios.get(&rec.meta.scenario));
            Ok(LoadedRecord {
                path: path.clone(),
                record: rec,
                verification,
            })
        }
        Err(e) => Err((path.clone(), e)),
    });
    let mut cohort = Cohort::default();
    for result in loaded {
        match result {
            Ok(loaded) => cohort.records.push(loaded),
            Err(corrupt) => cohort.corrupt.push(corrupt),
        }
    }
    cohort.records.sort_by(|a, b| {
        (a.record.meta.started_at, &a.record.id).cmp(&(b.record.meta.started_at, &b.record.id))
    });
    cohort
}

/// Which records a report covers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Trainee name or id (case-insensitive, exact).
    pub trainee: Option<String>,
    pub scenario: Option<String>,
    pub jurisdiction: Option<Jurisdiction>,
    /// First and last day (inclusive, UTC) of the sessions' start.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Filter {
    /// Whether a record passes the filter (the jurisdiction comes from its scenario).
    pub fn keeps(
        &self,
        rec: &SessionRecord,
        scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    ) -> bool {
        let day = rec.meta.started_at.date_naive();
        self.trainee
            .as_ref()
            .is_none_or(|t| t.to_lowercase() == rec.meta.trainee.to_lowercase())
            && self
                .scenario
                .as_ref()
                .is_none_or(|s| *s == rec.meta.scenario)
            && self.jurisdiction.is_none_or(|j| {
                scenarios
                    .get(&rec.meta.scenario)
                    .is_some_and(|sc| sc.source.jurisdiction == j)
            })
            && self.from.is_none_or(|f| day >= f)
            && self.to.is_none_or(|t| day <= t)
    }
}

/// How a record's scores stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    Verified,
    Tampered,
    VersionUnavailable,
}

impl Standing {
    pub fn of(v: &Verification) -> Standing {
        match v {
            Verification::Verified => Standing::Verified,
            Verification::Tampered(_) => Standing::Tampered,
            Verification::VersionUnavailable => Standing::VersionUnavailable,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Standing::Verified => "verified",
            Standing::Tampered => "tampered",
            Standing::VersionUnavailable => "version-unavailable",
        }
    }
}

/// One session as a report row.
#[derive(Debug, Clone, Serialize)]
pub struct SessionRow {
    pub id: String,
    pub trainee: String,
    pub scenario: String,
    pub version: u32,
    pub locale: String,
    pub mode: String,
    pub started_at: String,
    pub ended_at: String,
    pub duration_s: i64,
    pub turns: usize,
    pub outcome: String,
    pub passed: bool,
    pub critical_breach: bool,
    pub overall: u8,
    pub compliance: Option<u8>,
    pub empathy: Option<u8>,
    pub resolution: Option<u8>,
    pub documentation: Option<u8>,
    pub standing: Standing,
    /// Why a record is flagged (empty when verified).
    pub note: String,
    pub file: String,
}

impl SessionRow {
    pub fn of(r: &LoadedRecord) -> SessionRow {
        let rec = &r.record;
        let dim = |d: Dimension| rec.scores.dimension(d).map(|s| s.score);
        SessionRow {
            id: rec.id.clone(),
            trainee: rec.meta.trainee.clone(),
            scenario: rec.meta.scenario.clone(),
            version: rec.meta.version,
            locale: rec.meta.locale.clone(),
            mode: format!("{:?}", rec.meta.mode).to_lowercase(),
            started_at: rec
                .meta
                .started_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            ended_at: rec
                .ended_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            duration_s: (rec.ended_at - rec.meta.started_at).num_seconds(),
            turns: rec.turns.len(),
            outcome: rec.outcome.key().to_string(),
            passed: rec.passed,
            critical_breach: rec.scores.critical_breach,
            overall: rec.scores.overall,
            compliance: dim(Dimension::Compliance),
            empathy: dim(Dimension::Empathy),
            resolution: dim(Dimension::Resolution),
            documentation: dim(Dimension::Documentation),
            standing: Standing::of(&r.verification),
            note: match &r.verification {
                Verification::Tampered(why) => why.to_string(),
                Verification::VersionUnavailable => format!(
                    "scenario {} v{} is not in the library",
                    rec.meta.scenario, rec.meta.version
                ),
                Verification::Verified => String::new(),
            },
            file: r.path.display().to_string(),
        }
    }
}

/// One rule result of one session, for the per-rule CSV.
#[derive(Debug, Clone, Serialize)]
pub struct RuleRow {
    pub session: String,
    pub trainee: String,
    pub scenario: String,
    pub rubric: String,
    pub rule: String,
    pub dimension: String,
    pub severity: String,
    pub status: String,
    pub earned: u32,
    pub max: u32,
    pub turn: Option<u32>,
}

/// A trainee's results on one scenario.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TraineeScenarioRow {
    pub trainee: String,
    pub scenario: String,
    pub attempts: usize,
    pub best: u8,
    pub last: u8,
    pub passed_ever: bool,
    pub last_passed: bool,
    /// Last overall score minus the first (positive: improving).
    pub trend: i32,
    /// Overall scores in order, for charts.
    pub history: Vec<u8>,
    /// Sessions whose scores could not be trusted (tampered) are left out of the figures.
    pub flagged: usize,
}

/// How often a rule was broken.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RuleTally {
    pub rubric: String,
    pub rule: String,
    pub broken: usize,
    pub sessions: usize,
}

/// The summary a coordinator reads.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub sessions: usize,
    pub trainees: usize,
    pub passed: usize,
    pub tampered: usize,
    pub version_unavailable: usize,
    pub corrupt: usize,
    /// One row per trainee × scenario (`"progress"` in the JSON report, as it always was).
    #[serde(rename = "progress")]
    pub rows: Vec<TraineeScenarioRow>,
    /// Most-broken rules first.
    pub rules: Vec<RuleTally>,
}

/// Summarises the records a filter keeps.
pub fn summarise(cohort: &Cohort, keep: impl Fn(&SessionRecord) -> bool) -> Summary {
    let kept: Vec<&LoadedRecord> = cohort.records.iter().filter(|r| keep(&r.record)).collect();
    // Keys borrow from the records: no allocation per record or rule result.
    let mut progress: BTreeMap<(&str, &str), TraineeScenarioRow> = BTreeMap::new();
    let mut rules: BTreeMap<(&str, &str), RuleTally> = BTreeMap::new();
    let mut trainees = std::collections::BTreeSet::new();
    for r in &kept {
        let rec = &r.record;
        trainees.insert(rec.meta.trainee.as_str());
        let p = progress
            .entry((rec.meta.trainee.as_str(), rec.meta.scenario.as_str()))
            .or_insert_with(|| TraineeScenarioRow {
                trainee: rec.meta.trainee.clone(),
                scenario: rec.meta.scenario.clone(),
                attempts: 0,
                best: 0,
                last: 0,
                passed_ever: false,
                last_passed: false,
                trend: 0,
                history: Vec::new(),
                flagged: 0,
            });
        p.attempts += 1;
        if matches!(r.verification, Verification::Tampered(_)) {
            p.flagged += 1;
            continue;
        }
        p.history.push(rec.scores.overall);
        p.best = p.best.max(rec.scores.overall);
        p.last = rec.scores.overall;
        p.passed_ever |= rec.passed;
        p.last_passed = rec.passed;
        p.trend = p.last as i32 - p.history[0] as i32;
        for rr in &rec.scores.rules {
            let t = rules
                .entry((rr.rubric.as_str(), rr.rule.as_str()))
                .or_insert_with(|| RuleTally {
                    rubric: rr.rubric.clone(),
                    rule: rr.rule.clone(),
                    broken: 0,
                    sessions: 0,
                });
            if rr.status != RuleStatus::NotApplicable {
                t.sessions += 1;
            }
            if rr.status == RuleStatus::Broken {
                t.broken += 1;
            }
        }
    }
    let mut rules: Vec<RuleTally> = rules.into_values().filter(|t| t.sessions > 0).collect();
    rules.sort_by(|a, b| b.broken.cmp(&a.broken).then_with(|| a.rule.cmp(&b.rule)));
    Summary {
        sessions: kept.len(),
        trainees: trainees
            .iter()
            .map(|t| t.to_lowercase())
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        passed: kept
            .iter()
            .filter(|r| r.record.passed && r.verification == Verification::Verified)
            .count(),
        tampered: kept
            .iter()
            .filter(|r| matches!(r.verification, Verification::Tampered(_)))
            .count(),
        version_unavailable: kept
            .iter()
            .filter(|r| r.verification == Verification::VersionUnavailable)
            .count(),
        corrupt: cohort.corrupt.len(),
        rows: progress.into_values().collect(),
        rules,
    }
}

/// How often each option was picked at each node of a scenario: node → choice → count.
pub fn choice_counts(cohort: &Cohort, scenario: &str) -> BTreeMap<String, BTreeMap<String, usize>> {
    let mut out: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for r in cohort
        .records
        .iter()
        .filter(|r| r.record.meta.scenario == scenario)
    {
        for t in &r.record.turns {
            let pick = t.pick.clone().unwrap_or_else(|| "(timeout)".into());
            *out.entry(t.node.clone())
                .or_default()
                .entry(pick)
                .or_default() += 1;
        }
    }
    out
}

/// Rows as CSV (RFC 4180, UTF-8, a header row from the field names).
pub fn to_csv<T: Serialize>(rows: &[T]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows {
        w.serialize(r)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8(bytes).unwrap_or_default())
}

/// One row per rule result of the given sessions.
pub fn rule_rows(records: &[&LoadedRecord]) -> Vec<RuleRow> {
    let mut out = Vec::new();
    for r in records {
        let rec = &r.record;
        for rr in &rec.scores.rules {
            out.push(RuleRow {
                session: rec.id.clone(),
                trainee: rec.meta.trainee.clone(),
                scenario: rec.meta.scenario.clone(),
                rubric: rr.rubric.clone(),
                rule: rr.rule.clone(),
                dimension: rr.dimension.key().to_string(),
                severity: rr.severity.key().to_string(),
                status: rr.status.key().to_string(),
                earned: rr.earned,
                max: rr.max,
                turn: rr.turn,
            });
        }
    }
    out
}

/// The summary as a table for the terminal.
pub fn render_table(summary: &Summary, cohort: &Cohort, rows: &[SessionRow]) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{} session(s), {} trainee(s), {} passed; {} tampered, {} of unavailable scenario versions, {} corrupt file(s)\n\n",
        summary.sessions, summary.trainees, summary.passed, summary.tampered, summary.version_unavailable, summary.corrupt
    ));
    let tw = summary
        .rows
        .iter()
        .map(|p| p.trainee.chars().count())
        .max()
        .unwrap_or(7)
        .max(7);
    let sw = summary
        .rows
        .iter()
        .map(|p| p.scenario.len())
        .max()
        .unwrap_or(8)
        .max(8);
    out.push_str(&format!(
        "{:<tw$}  {:<sw$}  attempts  best  last  passed  trend\n",
        "trainee", "scenario"
    ));
    for p in &summary.rows {
        let passed = match (p.passed_ever, p.last_passed) {
            (_, true) => "yes",
            (true, false) => "before",
            (false, false) => "no",
        };
        let flagged = if p.flagged > 0 {
            format!("  ({} tampered)", p.flagged)
        } else {
            String::new()
        };
        out.push_str(&format!(
            "{:<tw$}  {:<sw$}  {:>8}  {:>4}  {:>4}  {:>6}  {:>+5}{flagged}\n",
            p.trainee, p.scenario, p.attempts, p.best, p.last, passed, p.trend
        ));
    }
    if !summary.rules.is_empty() {
        out.push_str("\nrules broken most:\n");
        for t in summary.rules.iter().filter(|t| t.broken > 0).take(10) {
            out.push_str(&format!(
                "  {:<8} {:<14} broken in {} of {} session(s)\n",
                t.rule, t.rubric, t.broken, t.sessions
            ));
        }
    }
    let flagged: Vec<&SessionRow> = rows
        .iter()
        .filter(|r| r.standing != Standing::Verified)
        .collect();
    if !flagged.is_empty() || !cohort.corrupt.is_empty() {
        out.push_str("\nflagged:\n");
        for r in flagged {
            out.push_str(&format!(
                "  {}: {} ({})\n",
                r.file,
                r.standing.key(),
                r.note
            ));
        }
        for (path, why) in &cohort.corrupt {
            out.push_str(&format!("  {}: corrupt ({why})\n", path.display()));
        }
    }
    out
}

/// Writes `count` synthetic records: real scenarios, random picks and wrap-ups, trainees
/// with Polish and English names, spread over 60 days. For trying reports and dashboards at
/// scale; the records are real (they verify) and written like any other, through
/// [`store::write_record`] (atomic, never over an existing record).
pub fn synthesise(
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    data: &Path,
    count: usize,
    seed: u64,
    trainees: usize,
) -> Result<usize, String> {
    use crate::content::model::Outcome;
    use crate::engine::runner::{Call, below, session_rng};
    use crate::engine::scoring::WrapUp;
    use crate::records::record::{Mode, SessionMeta, make_record};
    const FIRST: [&str; 12] = [
        "Łucja",
        "Zoë",
        "Jan",
        "Małgorzata",
        "Amir",
        "Grace",
        "Paweł",
        "Siobhán",
        "Ola",
        "Kofi",
        "Żaneta",
        "Tom",
    ];
    const LAST: [&str; 10] = [
        "Żak",
        "Nowak",
        "O'Brien",
        "Wiśniewska",
        "Smith",
        "Kowalczyk",
        "Chen",
        "Gómez",
        "Dąbrowski",
        "Okafor",
    ];
    let list: Vec<&Arc<CompiledScenario>> = scenarios.values().collect();
    if list.is_empty() {
        return Err("no scenario compiled: nothing to play".into());
    }
    let dir = store::records_dir(data);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut rng = session_rng(seed);
    let start = chrono::Utc::now() - chrono::Duration::days(60);
    for i in 0..count {
        let sc = list[below(&mut rng, list.len() as u32) as usize];
        let t = i % trainees.max(1);
        let trainee = format!(
            "{} {} {t:03}",
            FIRST[t % FIRST.len()],
            LAST[(t / FIRST.len()) % LAST.len()]
        );
        let call_seed = rng.next_u64_compat();
        let started_at =
            start + chrono::Duration::seconds((i as i64) * 60 * 60 * 24 * 60 / count.max(1) as i64);
        let meta = SessionMeta::new(
            sc,
            trainee,
            if i % 2 == 0 { "en" } else { "pl" },
            call_seed,
            if i % 3 == 0 {
                Mode::Exam
            } else {
                Mode::Practice
            },
            started_at,
        );
        let mut call = Call::new(Arc::clone(sc), call_seed).map_err(|e| e.to_string())?;
        while let Some(p) = call.prompt() {
            let n = p.choices.len() as u32;
            let k = below(&mut rng, n) as usize;
            let ms = 2_000 + below(&mut rng, 20_000);
            call.pick(k, ms).map_err(|e| e.to_string())?;
        }
        let outcome = call.ending().map(|e| e.outcome).unwrap_or(Outcome::HungUp);
        let disposition = if below(&mut rng, 10) < 8 {
            outcome
        } else {
            Outcome::ALL[below(&mut rng, 9) as usize]
        };
        let wrap_up = WrapUp::new(
            disposition,
            "Synthetic session for report testing.",
            crate::engine::scoring::WrapFields {
                terms: call.agreement().map(|p| p.terms),
                next_action: crate::engine::scoring::documentation::expected_actions(disposition)
                    [0],
                next_date: None,
                flags: Default::default(),
            },
        );
        let ended = started_at
            + chrono::Duration::milliseconds(call.turns().iter().map(|t| t.millis as i64).sum());
        let rec = make_record(&meta, &call, Some(wrap_up), ended).ok_or("a call did not end")?;
        store::write_record(data, &rec).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    Ok(count)
}

/// A u64 from the session generator (two draws of [`crate::engine::runner::below`]'s source).
trait NextU64 {
    fn next_u64_compat(&mut self) -> u64;
}

impl NextU64 for rand_pcg::Pcg64Mcg {
    fn next_u64_compat(&mut self) -> u64 {
        rand::rand_core::Rng::next_u64(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_fields_with_commas_quotes_and_newlines() {
        let row = RuleRow {
            session: "s".into(),
            trainee: "Zoë \"Zed\", Łódź\nteam".into(),
            scenario: "x".into(),
            rubric: "r".into(),
            rule: "R-1".into(),
            dimension: "compliance".into(),
            severity: "critical".into(),
            status: "broken".into(),
            earned: 0,
            max: 10,
            turn: Some(2),
        };
        let text = to_csv(&[row]).unwrap();
        assert!(text.contains("\"Zoë \"\"Zed\"\", Łódź\nteam\""), "{text}");
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let back: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(&back[0][1], "Zoë \"Zed\", Łódź\nteam");
    }
}
