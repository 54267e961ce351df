//! Cohort reports: every session record under a data folder, verified against the scenarios,
//! summarised per trainee and scenario, and exported as a table, CSV or JSON.
//!
//! The arrangement columns of the session CSV ([`SessionRow`]; blank when the call agreed no
//! terms, always blank for records of format 1):
//! - `arrangement`: the Arrangement dimension's score (blank when not scored);
//! - `arrangement_terms`: the agreed terms in compact form (`plan:60.00:21:monthly:2026-11-24`,
//!   `settle:AMOUNT:BY`, `extend:TO`, `full:BY`);
//! - `arrangement_sustainable`, `arrangement_within_mandate`: `true` / `false`;
//! - `arrangement_breaches`: the mandate breaches, `;`-separated (`below-minimum`, `too-long`,
//!   `first-too-late`, `does-not-clear`, `discount`, `extension-too-long`);
//! - `arrangement_recovery_permille`: what the terms recover against the best sustainable
//!   arrangement, in thousandths.
//!
//! The JSON summary adds `arrangements` (one object per trainee) and `cohort_arrangements`
//! (trainee `"(cohort)"`), each `{trainee, calls, agreed, sustainable, unsustainable,
//! outside_mandate, sustainable_share, unsustainable_share, outside_mandate_share}`: counts
//! over trusted calls, shares 0–1 of `agreed` (null when nothing was agreed); see
//! [`crate::cohort::arrangements`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use crate::cohort::arrangements::{self, TraineeArrangements};
use crate::cohort::safe::{csv_cell, terminal};
use crate::compile::CompiledScenario;
use crate::content::case::Case;
use crate::content::model::{Dimension, Jurisdiction};
use crate::engine::negotiation::Breach;
use crate::engine::scoring::RuleStatus;
use crate::records::digest::Digest;
use crate::records::record::SessionRecord;
use crate::records::seal::CohortKey;
use crate::records::store;
use crate::records::verify::{self, Verification};
use crate::records::verify_cache::{Cached, Entry, VerifyCache};

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
    /// Why the cohort key could not be read (`None` when it was, or there is none yet).
    pub key_problem: Option<String>,
    /// Why the verification cache was ignored (corrupt, another key or version), for a
    /// warning: the load verified every record and wrote the cache again.
    pub cache_problem: Option<String>,
}

impl Cohort {
    /// How many trusted records are synthetic, and how many are not.
    pub fn synthetic_mix(&self) -> (usize, usize) {
        let trusted = self.records.iter().filter(|r| r.verification.is_trusted());
        let synthetic = trusted.clone().filter(|r| r.record.synthetic).count();
        (synthetic, trusted.count() - synthetic)
    }
}

/// Loads and verifies every record (on all cores) against the scenarios and the data folder's
/// key ([`verify::verify_sealed`]); a bad file is listed, never fatal. A record is counted once
/// by its id: another file with the same id is a [`Verification::Duplicate`]. A later call of
/// one of `cases` is also checked against the record of the call before it
/// ([`check_chains`](crate::cohort::cases::check_chains)).
///
/// A record file whose exact bytes were verified before, on the same scenario content, under
/// the same key and version, is not checked again: the data folder's verification cache
/// ([`crate::records::verify_cache`]) says so, and this load's verified files are written back
/// to it (best effort: a cache that cannot be written costs speed, never a result).
pub fn load_cohort(
    data: &Path,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    cases: &[Case],
) -> Cohort {
    let Opened {
        key,
        key_problem,
        files,
        cache,
    } = match open_records(data) {
        Ok(opened) => opened,
        Err(unlisted) => {
            return Cohort {
                corrupt: vec![unlisted.problem],
                key_problem: unlisted.key_problem,
                ..Cohort::default()
            };
        }
    };
    let loaded = crate::parallel::map(&files, 8, |path| {
        let bytes = store::read_record_bytes(path).map_err(|e| (path.clone(), e))?;
        let record = store::parse_record(&bytes).map_err(|e| (path.clone(), e))?;
        let sc = scenarios.get(&record.meta.scenario);
        let entry = cache.entry_of(&bytes);
        let cached = entry.is_some_and(|e| sc.is_some_and(|sc| cache.holds(&e, sc)));
        let verification = if cached {
            Verification::Verified
        } else {
            verify::verify_sealed(&record, sc, key.as_ref())
        };
        let entry = entry.filter(|_| verification.is_trusted());
        Ok((
            LoadedRecord {
                path: path.clone(),
                record,
                verification,
            },
            entry,
        ))
    });
    // Best effort: the report stands whether or not the cache could be written.
    let _ = save_cache(&cache, &loaded, scenarios);
    let mut cohort = assemble(
        loaded.into_iter().map(|r| r.map(|(loaded, _)| loaded)),
        scenarios,
        cases,
    );
    cohort.cache_problem = cache.problem().map(str::to_string);
    cohort.key_problem = key_problem;
    cohort
}

/// A data folder opened for a load: its cohort key (or why it could not be read), its record
/// files in name order, and its verification cache opened under that key.
pub(crate) struct Opened {
    pub key: Option<CohortKey>,
    pub key_problem: Option<String>,
    pub files: Vec<PathBuf>,
    pub cache: VerifyCache,
}

/// A data folder whose `records/` cannot be listed: one problem naming it (never an empty
/// cohort), and why the key could not be read.
pub(crate) struct Unlisted {
    pub problem: (PathBuf, String),
    pub key_problem: Option<String>,
}

/// What every load of a data folder starts with ([`load_cohort`], the digest table's and the
/// dashboard's [`crate::cohort::table::load_digests`]): the key, the files, the cache.
pub(crate) fn open_records(data: &Path) -> Result<Opened, Unlisted> {
    let (key, key_problem) = match CohortKey::read(data) {
        Ok(k) => (k, None),
        Err(e) => (None, Some(e)),
    };
    let files = store::record_files(data).map_err(|e| Unlisted {
        problem: (store::records_dir(data), e),
        key_problem: key_problem.clone(),
    })?;
    let cache = VerifyCache::open(data, key.as_ref());
    Ok(Opened {
        key,
        key_problem,
        files,
        cache,
    })
}

/// One file as `load_cohort` read it: the record and its cache entry (when verified), or why
/// it could not be read.
type Read = Result<(LoadedRecord, Option<Entry>), (PathBuf, String)>;

/// Writes the verified records' entries back to the cache, each with its digest (kept from
/// the cache when it holds one for the same bytes and scenario, else made from the record),
/// unless the cache holds exactly these already.
fn save_cache(
    cache: &VerifyCache,
    loaded: &[Read],
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
) -> std::io::Result<bool> {
    let verified: Vec<(&LoadedRecord, &Arc<CompiledScenario>, Entry)> = loaded
        .iter()
        .filter_map(|r| {
            let (l, e) = r.as_ref().ok()?;
            Some((l, scenarios.get(&l.record.meta.scenario)?, (*e)?))
        })
        .collect();
    let kept = |e: &Entry, sc: &CompiledScenario| {
        cache
            .get(e)
            .filter(|c| c.digest.is_some() && c.holds_on(sc))
    };
    let distinct: std::collections::HashSet<&Entry> = verified.iter().map(|(_, _, e)| e).collect();
    if distinct.len() == cache.len() && verified.iter().all(|(_, sc, e)| kept(e, sc).is_some()) {
        return Ok(false);
    }
    let mut rules = cache.rules().clone();
    let entries: Vec<(Entry, Cached)> = verified
        .iter()
        .map(|(l, sc, e)| {
            let cached = kept(e, sc)
                .cloned()
                .unwrap_or_else(|| Cached::on(sc, Some(Digest::of(&l.record, &mut rules))));
            (*e, cached)
        })
        .collect();
    cache.save_with(&rules, &entries)
}

/// The cohort of records from any source (files, an LRS's statements): `read` gives the
/// record a source names, or why it cannot. Every record is verified against `scenarios` and
/// `key` exactly as [`load_cohort`] does (without its cache: a source other than the data
/// folder's files has no bytes of its own to key a verdict by); duplicates and case chains are
/// marked.
pub fn load_records<S: AsRef<Path> + Sync>(
    sources: &[S],
    read: impl Fn(&S) -> Result<SessionRecord, String> + Sync,
    key: Option<&CohortKey>,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    cases: &[Case],
) -> Cohort {
    let loaded = crate::parallel::map(sources, 8, |source| {
        let path = source.as_ref().to_path_buf();
        match read(source) {
            Ok(rec) => {
                let verification =
                    verify::verify_sealed(&rec, scenarios.get(&rec.meta.scenario), key);
                Ok(LoadedRecord {
                    path,
                    record: rec,
                    verification,
                })
            }
            Err(e) => Err((path, e)),
        }
    });
    assemble(loaded, scenarios, cases)
}

/// The cohort of loaded records: sorted by start, duplicates and case chains marked.
fn assemble(
    loaded: impl IntoIterator<Item = Result<LoadedRecord, (PathBuf, String)>>,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    cases: &[Case],
) -> Cohort {
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
    mark_duplicates(&mut cohort);
    crate::cohort::cases::check_chains(&mut cohort, scenarios, cases);
    cohort
}

/// Among records with the same id (a copy under another file name), one is counted: the first
/// verified one by file name, else the first by file name; every other one that is not
/// tampered becomes a duplicate of it.
fn mark_duplicates(cohort: &mut Cohort) {
    let marks = duplicates(cohort.records.len(), |i| {
        let r = &cohort.records[i];
        (r.record.id.as_str(), r.path.as_path(), &r.verification)
    });
    for (i, of) in marks {
        cohort.records[i].verification = Verification::Duplicate(of);
    }
}

/// Which of `n` records (`at(i)`: id, file, verification) are duplicates, and of which file
/// ([`mark_duplicates`]; the digest table marks its items the same way).
pub(crate) fn duplicates<'a>(
    n: usize,
    at: impl Fn(usize) -> (&'a str, &'a Path, &'a Verification),
) -> Vec<(usize, String)> {
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for i in 0..n {
        groups.entry(at(i).0).or_default().push(i);
    }
    let mut marks = Vec::new();
    for group in groups.into_values().filter(|g| g.len() > 1) {
        let mut by_path = group.clone();
        by_path.sort_by(|&a, &b| at(a).1.cmp(at(b).1));
        let counted = by_path
            .iter()
            .copied()
            .find(|&i| at(i).2.is_trusted())
            .unwrap_or(by_path[0]);
        let of = at(counted).1.display().to_string();
        for i in by_path {
            if i != counted && !matches!(at(i).2, Verification::Tampered(_)) {
                marks.push((i, of.clone()));
            }
        }
    }
    marks
}

/// The verified records of a data folder ([`load_cohort`], only those whose standing is
/// verified), oldest first: what a shell reads to continue a case or show progress, so an
/// unsigned, edited, copied or orphaned record never decides what a trainee plays next. An
/// unlistable `records/` folder is an error naming it.
pub fn trusted_records(
    data: &Path,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    cases: &[Case],
) -> Result<Vec<SessionRecord>, String> {
    store::record_files(data)?;
    let cohort = load_cohort(data, scenarios, cases);
    Ok(cohort
        .records
        .into_iter()
        .filter(|r| r.verification.is_trusted())
        .map(|r| r.record)
        .collect())
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
        self.keeps_session(
            &rec.meta.trainee,
            &rec.meta.scenario,
            rec.meta.started_at,
            scenarios,
        )
    }

    /// Whether a record's digest passes the filter (as [`Filter::keeps`] its record).
    pub fn keeps_digest(
        &self,
        d: &Digest,
        scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    ) -> bool {
        self.keeps_session(&d.trainee, &d.scenario, d.started_at, scenarios)
    }

    fn keeps_session(
        &self,
        trainee: &str,
        scenario: &str,
        started_at: chrono::DateTime<chrono::Utc>,
        scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    ) -> bool {
        let day = started_at.date_naive();
        self.trainee
            .as_ref()
            .is_none_or(|t| t.to_lowercase() == trainee.to_lowercase())
            && self.scenario.as_ref().is_none_or(|s| s == scenario)
            && self.jurisdiction.is_none_or(|j| {
                scenarios
                    .get(scenario)
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
    /// Written before format 4: no MAC, counted nowhere until `callcoach seal` signs it.
    Unsigned,
    /// Signed, but the data folder's key is missing or unreadable.
    NoKey,
    /// A second file with the id of a record already counted.
    Duplicate,
}

impl Standing {
    pub fn of(v: &Verification) -> Standing {
        match v {
            Verification::Verified => Standing::Verified,
            Verification::Tampered(_) => Standing::Tampered,
            Verification::VersionUnavailable => Standing::VersionUnavailable,
            Verification::Unsigned => Standing::Unsigned,
            Verification::NoKey => Standing::NoKey,
            Verification::Duplicate(_) => Standing::Duplicate,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Standing::Verified => "verified",
            Standing::Tampered => "tampered",
            Standing::VersionUnavailable => "version-unavailable",
            Standing::Unsigned => "unsigned",
            Standing::NoKey => "no-key",
            Standing::Duplicate => "duplicate",
        }
    }
}

/// Why a record does not count (empty when it is verified).
pub fn note(r: &LoadedRecord) -> String {
    let rec = &r.record;
    note_of(
        &r.verification,
        &rec.meta.scenario,
        rec.meta.version,
        rec.format,
    )
}

/// Why a record of this scenario, version and format does not count (empty when verified).
pub fn note_of(v: &Verification, scenario: &str, version: u32, format: u32) -> String {
    match v {
        Verification::Tampered(why) => why.to_string(),
        Verification::VersionUnavailable => {
            format!("scenario {scenario} v{version} is not in the library")
        }
        Verification::Unsigned => format!(
            "unsigned (written before format 4, this is format {format}): run `callcoach seal`"
        ),
        Verification::NoKey => format!(
            "signed, but the data folder's {} is missing or unreadable",
            crate::records::seal::KEY_FILE
        ),
        Verification::Duplicate(of) => format!("a copy of {of}, which is counted"),
        Verification::Verified => String::new(),
    }
}

/// One session as a report row. A record that is not verified keeps only what identifies it
/// (id, the trainee and scenario it names, file) and its standing and note: every result
/// field is blank, so no export carries an untrusted score.
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
    pub passed: Option<bool>,
    pub critical_breach: Option<bool>,
    pub overall: Option<u8>,
    pub compliance: Option<u8>,
    pub empathy: Option<u8>,
    pub resolution: Option<u8>,
    pub documentation: Option<u8>,
    /// The arrangement dimension's score, if scored.
    pub arrangement: Option<u8>,
    /// The agreed terms in compact form (`plan:60.00:21:monthly:2026-11-24`); empty if none.
    pub arrangement_terms: String,
    /// The agreed terms are sustainable for the debtor (empty if none were agreed).
    pub arrangement_sustainable: Option<bool>,
    /// The agreed terms are within the collector's mandate.
    pub arrangement_within_mandate: Option<bool>,
    /// The mandate breaches of the agreed terms, `;`-separated keys (`discount;too-long`).
    pub arrangement_breaches: String,
    /// What the agreed terms recover against the best sustainable arrangement, in thousandths.
    pub arrangement_recovery_permille: Option<u32>,
    /// The playing of a case this call belongs to (`<case>-<seed>`); empty if none.
    pub case: String,
    /// The call's position in its case (1: the first call).
    pub case_call: Option<u32>,
    pub standing: Standing,
    /// Why a record is flagged (empty when verified).
    pub note: String,
    /// A generated session (`callcoach synth-records`), not a trainee's call.
    pub synthetic: bool,
    pub file: String,
}

impl SessionRow {
    pub fn of(r: &LoadedRecord) -> SessionRow {
        let row = SessionRow::unchecked(r);
        if r.verification.is_trusted() {
            return row;
        }
        SessionRow {
            outcome: String::new(),
            passed: None,
            critical_breach: None,
            overall: None,
            compliance: None,
            empathy: None,
            resolution: None,
            documentation: None,
            arrangement: None,
            arrangement_terms: String::new(),
            arrangement_sustainable: None,
            arrangement_within_mandate: None,
            arrangement_breaches: String::new(),
            arrangement_recovery_permille: None,
            ..row
        }
    }

    fn unchecked(r: &LoadedRecord) -> SessionRow {
        let rec = &r.record;
        let dim = |d: Dimension| rec.scores.dimension(d).map(|s| s.score);
        let agreed = arrangements::agreed(rec);
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
            passed: Some(rec.passed),
            critical_breach: Some(rec.scores.critical_breach),
            overall: Some(rec.scores.overall),
            compliance: dim(Dimension::Compliance),
            empathy: dim(Dimension::Empathy),
            resolution: dim(Dimension::Resolution),
            documentation: dim(Dimension::Documentation),
            arrangement: dim(Dimension::Arrangement),
            arrangement_terms: agreed.map(|(t, _)| t.to_string()).unwrap_or_default(),
            arrangement_sustainable: agreed.map(|(_, a)| a.sustainable),
            arrangement_within_mandate: agreed.map(|(_, a)| a.within_mandate()),
            arrangement_breaches: agreed
                .map(|(_, a)| {
                    Breach::ALL
                        .iter()
                        .filter(|b| a.breaches.contains(**b))
                        .map(|b| b.key())
                        .collect::<Vec<_>>()
                        .join(";")
                })
                .unwrap_or_default(),
            arrangement_recovery_permille: agreed.map(|(_, a)| a.recovery_permille),
            case: rec
                .meta
                .case
                .as_ref()
                .map_or_else(String::new, |l| l.instance.clone()),
            case_call: rec.meta.case.as_ref().map(|l| l.step + 1),
            standing: Standing::of(&r.verification),
            note: note(r),
            synthetic: rec.synthetic,
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
    /// Sessions naming this trainee and scenario that could not be trusted (tampered,
    /// unsigned, duplicate, of an unavailable version…): left out of every figure.
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
    /// Records the filter keeps, whatever their standing.
    pub sessions: usize,
    /// Of them, the verified ones: the only ones any figure counts.
    pub verified: usize,
    pub trainees: usize,
    pub passed: usize,
    pub tampered: usize,
    pub version_unavailable: usize,
    /// Records of formats 1 to 3 (no MAC).
    pub unsigned: usize,
    /// Second files with the id of a record already counted.
    pub duplicate: usize,
    /// Signed records that could not be checked: the cohort key is missing or unreadable.
    pub no_key: usize,
    /// Verified records that are synthetic.
    pub synthetic: usize,
    pub corrupt: usize,
    /// One row per trainee × scenario (`"progress"` in the JSON report, as it always was).
    #[serde(rename = "progress")]
    pub rows: Vec<TraineeScenarioRow>,
    /// Most-broken rules first.
    pub rules: Vec<RuleTally>,
    /// Agreed arrangements per trainee (sustainable, unsustainable, outside the mandate).
    pub arrangements: Vec<TraineeArrangements>,
    /// The same, cohort-wide (`trainee` is `"(cohort)"`).
    pub cohort_arrangements: TraineeArrangements,
}

/// Summarises the records a filter keeps. Only verified records make rows, figures, rule
/// tallies and arrangements; the others are counted by standing, and as `flagged` on the row
/// of the trainee and scenario they name when that row exists.
pub fn summarise(cohort: &Cohort, keep: impl Fn(&SessionRecord) -> bool) -> Summary {
    let kept: Vec<&LoadedRecord> = cohort.records.iter().filter(|r| keep(&r.record)).collect();
    let trusted: Vec<&LoadedRecord> = kept
        .iter()
        .copied()
        .filter(|r| r.verification.is_trusted())
        .collect();
    // Keys borrow from the records: no allocation per record or rule result.
    let mut progress: BTreeMap<(&str, &str), TraineeScenarioRow> = BTreeMap::new();
    let mut rules: BTreeMap<(&str, &str), RuleTally> = BTreeMap::new();
    let mut trainees = std::collections::BTreeSet::new();
    for r in &trusted {
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
    for r in kept.iter().filter(|r| !r.verification.is_trusted()) {
        let rec = &r.record;
        if let Some(p) = progress.get_mut(&(rec.meta.trainee.as_str(), rec.meta.scenario.as_str()))
        {
            p.flagged += 1;
        }
    }
    let mut rules: Vec<RuleTally> = rules.into_values().filter(|t| t.sessions > 0).collect();
    rules.sort_by(|a, b| b.broken.cmp(&a.broken).then_with(|| a.rule.cmp(&b.rule)));
    let (arrangements, cohort_arrangements) = arrangements::tally(trusted.iter().copied());
    let count = |f: fn(&Verification) -> bool| kept.iter().filter(|r| f(&r.verification)).count();
    Summary {
        arrangements,
        cohort_arrangements,
        sessions: kept.len(),
        verified: trusted.len(),
        trainees: trainees
            .iter()
            .map(|t| t.to_lowercase())
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        passed: trusted.iter().filter(|r| r.record.passed).count(),
        tampered: count(|v| matches!(v, Verification::Tampered(_))),
        version_unavailable: count(|v| *v == Verification::VersionUnavailable),
        unsigned: count(|v| *v == Verification::Unsigned),
        duplicate: count(|v| matches!(v, Verification::Duplicate(_))),
        no_key: count(|v| *v == Verification::NoKey),
        synthetic: trusted.iter().filter(|r| r.record.synthetic).count(),
        corrupt: cohort.corrupt.len(),
        rows: progress.into_values().collect(),
        rules,
    }
}

/// How often each option was picked at each node of a scenario: node → choice → count
/// (`(timeout)` for silence, `(terms)` for terms proposed at a negotiation step).
pub fn choice_counts(cohort: &Cohort, scenario: &str) -> BTreeMap<String, BTreeMap<String, usize>> {
    let mut out: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for r in cohort
        .records
        .iter()
        .filter(|r| r.record.meta.scenario == scenario && r.verification.is_trusted())
    {
        for t in &r.record.turns {
            let pick = match (&t.pick, t.terms) {
                (_, Some(_)) => crate::cohort::dashboard::PROPOSED.to_string(),
                (Some(p), None) => p.clone(),
                (None, None) => "(timeout)".into(),
            };
            *out.entry(t.node.clone())
                .or_default()
                .entry(pick)
                .or_default() += 1;
        }
    }
    out
}

/// Rows as CSV (RFC 4180, UTF-8, a header row from the field names). A cell a spreadsheet
/// would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return, and
/// not a number) gets a leading `'` ([`csv_cell`]), so a trainee named `=cmd|…` stays text.
pub fn to_csv<T: Serialize>(rows: &[T]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows {
        w.serialize(r)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    // Read back cell by cell (the writer quoted whatever needed it) and escape formulas.
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes.as_slice());
    let mut out = csv::Writer::from_writer(Vec::new());
    for record in reader.records() {
        let record = record?;
        out.write_record(record.iter().map(|c| csv_cell(c).into_owned()))?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8(bytes).unwrap_or_default())
}

/// One row per rule result of the given sessions that are verified (the others have none).
pub fn rule_rows(records: &[&LoadedRecord]) -> Vec<RuleRow> {
    let mut out = Vec::new();
    for r in records.iter().filter(|r| r.verification.is_trusted()) {
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

/// The summary as a table for the terminal. Every string a record or a file name brings
/// (trainee, scenario, rule, file, reason) is made [`terminal`]-safe: control characters,
/// escape sequences and bidirectional overrides show as visible escapes.
pub fn render_table(summary: &Summary, cohort: &Cohort, rows: &[SessionRow]) -> String {
    let flagged: Vec<(String, Standing, String)> = rows
        .iter()
        .filter(|r| r.standing != Standing::Verified)
        .map(|r| (r.file.clone(), r.standing, r.note.clone()))
        .collect();
    render_table_of(
        summary,
        cohort.key_problem.as_deref(),
        &flagged,
        &cohort.corrupt,
    )
}

/// [`render_table`] from its parts: the flagged sessions (file, standing, note) and the
/// corrupt files, as the digest table ([`crate::cohort::table`]) has them.
pub fn render_table_of(
    summary: &Summary,
    key_problem: Option<&str>,
    flagged: &[(String, Standing, String)],
    corrupt: &[(PathBuf, String)],
) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{} session(s), {} trainee(s), {} passed; {} tampered, {} of unavailable scenario versions, {} corrupt file(s)\n",
        summary.sessions, summary.trainees, summary.passed, summary.tampered, summary.version_unavailable, summary.corrupt
    ));
    if summary.unsigned + summary.duplicate + summary.no_key > 0 {
        out.push_str(&format!(
            "not counted: {} unsigned (written before format 4), {} duplicate(s), {} without the cohort key\n",
            summary.unsigned, summary.duplicate, summary.no_key
        ));
    }
    if let Some(why) = key_problem {
        out.push_str(&format!("cohort key: {}\n", terminal(why)));
    }
    let real = summary.real_sessions();
    if summary.synthetic > 0 {
        out.push_str(&format!(
            "{} synthetic session(s){}\n",
            summary.synthetic,
            if real > 0 {
                format!(": this cohort mixes them with {real} real session(s)")
            } else {
                String::new()
            }
        ));
    }
    out.push('\n');
    let names: Vec<(String, String)> = summary
        .rows
        .iter()
        .map(|p| {
            (
                terminal(&p.trainee).into_owned(),
                terminal(&p.scenario).into_owned(),
            )
        })
        .collect();
    let tw = names
        .iter()
        .map(|(t, _)| t.chars().count())
        .max()
        .unwrap_or(7)
        .max(7);
    let sw = names
        .iter()
        .map(|(_, s)| s.chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    out.push_str(&format!(
        "{:<tw$}  {:<sw$}  attempts  best  last  passed  trend\n",
        "trainee", "scenario"
    ));
    for (p, (trainee, scenario)) in summary.rows.iter().zip(&names) {
        let passed = match (p.passed_ever, p.last_passed) {
            (_, true) => "yes",
            (true, false) => "before",
            (false, false) => "no",
        };
        let flagged = if p.flagged > 0 {
            format!("  ({} not counted)", p.flagged)
        } else {
            String::new()
        };
        out.push_str(&format!(
            "{trainee:<tw$}  {scenario:<sw$}  {:>8}  {:>4}  {:>4}  {:>6}  {:>+5}{flagged}\n",
            p.attempts, p.best, p.last, passed, p.trend
        ));
    }
    if !summary.rules.is_empty() {
        out.push_str("\nrules broken most:\n");
        for t in summary.rules.iter().filter(|t| t.broken > 0).take(10) {
            out.push_str(&format!(
                "  {:<8} {:<14} broken in {} of {} session(s)\n",
                terminal(&t.rule),
                terminal(&t.rubric),
                t.broken,
                t.sessions
            ));
        }
    }
    out.push_str(&arrangements_table(summary));
    if !flagged.is_empty() || !corrupt.is_empty() {
        out.push_str("\nflagged:\n");
        for (file, standing, note) in flagged {
            out.push_str(&format!(
                "  {}: {} ({})\n",
                terminal(file),
                standing.key(),
                terminal(note)
            ));
        }
        for (path, why) in corrupt {
            out.push_str(&format!(
                "  {}: corrupt ({})\n",
                terminal(&path.display().to_string()),
                terminal(why)
            ));
        }
    }
    out
}

impl Summary {
    /// Verified sessions that are not synthetic.
    fn real_sessions(&self) -> usize {
        self.verified - self.synthetic
    }
}

/// The "arrangements agreed" part of the table: per trainee and cohort-wide, the share of
/// agreed arrangements that are sustainable, unsustainable and outside the mandate (empty when
/// no call agreed terms).
pub fn arrangements_table(summary: &Summary) -> String {
    if summary.cohort_arrangements.tally.agreed == 0 {
        return String::new();
    }
    let names: Vec<String> = summary
        .arrangements
        .iter()
        .chain(std::iter::once(&summary.cohort_arrangements))
        .map(|a| terminal(&a.trainee).into_owned())
        .collect();
    let tw = names
        .iter()
        .map(|t| t.chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    let mut out = format!(
        "\narrangements agreed:\n{:<tw$}  calls  agreed  sustainable  unsustainable  outside-mandate\n",
        "trainee"
    );
    for (a, name) in summary
        .arrangements
        .iter()
        .chain(std::iter::once(&summary.cohort_arrangements))
        .zip(&names)
    {
        out.push_str(&format!(
            "{name:<tw$}  {:>5}  {:>6}  {:>11}  {:>13}  {:>15}\n",
            a.tally.calls,
            a.tally.agreed,
            arrangements::percent(a.sustainable_share),
            arrangements::percent(a.unsustainable_share),
            arrangements::percent(a.outside_mandate_share),
        ));
    }
    out
}

pub use crate::cohort::synthesise::{PlantedMiskey, SynthOptions, synthesise, synthesise_with};

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
