//! The cohort table without the records: [`load_digests`] reads every record file, and a file
//! whose exact bytes the verification cache holds as verified on the library's scenario gives
//! its [`Digest`] from the cache, unparsed; every other file is parsed and verified as
//! [`report::load_cohort`] does it (MAC, replay), and its digest made from the record.
//! [`summarise_digests`] and [`flagged`] then give what [`report::summarise`] and the table's
//! flagged list give for the full cohort, figure for figure (a test compares them).
//!
//! Nothing is trusted that was not verified: a cached digest is used only for the very bytes
//! that were verified (a keyed MAC of the file finds it, so one changed byte misses), on the
//! very scenario content, from a cache file whose seal holds under the cohort key. What follows
//! from the whole cohort (duplicate ids, case chains) is decided again on every load; the case
//! chains are checked on the full records of the calls that belong to a case.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::cohort::arrangements::{ArrangementTally, TraineeArrangements};
use crate::cohort::report::{
    self, Cohort, LoadedRecord, Opened, RuleTally, Standing, Summary, TraineeScenarioRow,
};
use crate::compile::CompiledScenario;
use crate::content::case::Case;
use crate::engine::scoring::RuleStatus;
use crate::records::digest::{Digest, RuleTable};
use crate::records::record::SessionRecord;
use crate::records::seal::CohortKey;
use crate::records::store;
use crate::records::verify::{self, Verification};
use crate::records::verify_cache::{Cached, Entry, VerifyCache};

/// One record file as the table sees it.
#[derive(Debug, Clone)]
pub struct DigestItem {
    pub path: PathBuf,
    pub digest: Digest,
    pub verification: Verification,
}

/// Every record under a data folder, as digests.
#[derive(Debug, Default)]
pub struct DigestCohort {
    /// Sorted by start, then id (as [`Cohort::records`]).
    pub items: Vec<DigestItem>,
    /// The rule ids the digests name.
    pub rules: RuleTable,
    /// Files that could not be read or parsed, with the reason.
    pub corrupt: Vec<(PathBuf, String)>,
    /// Why the cohort key could not be read.
    pub key_problem: Option<String>,
    /// Why the verification cache was ignored (and written again).
    pub cache_problem: Option<String>,
}

impl DigestCohort {
    /// The digests of a cohort loaded whole.
    pub fn of(cohort: &Cohort) -> DigestCohort {
        let mut rules = RuleTable::default();
        let items = cohort
            .records
            .iter()
            .map(|r| DigestItem {
                path: r.path.clone(),
                digest: Digest::of(&r.record, &mut rules),
                verification: r.verification.clone(),
            })
            .collect();
        DigestCohort {
            items,
            rules,
            corrupt: cohort.corrupt.clone(),
            key_problem: cohort.key_problem.clone(),
            cache_problem: cohort.cache_problem.clone(),
        }
    }

    /// How many trusted records are synthetic, and how many are not.
    pub fn synthetic_mix(&self) -> (usize, usize) {
        let trusted = self.items.iter().filter(|r| r.verification.is_trusted());
        let synthetic = trusted.clone().filter(|r| r.digest.synthetic).count();
        (synthetic, trusted.count() - synthetic)
    }
}

/// What reading one file gave.
enum Got {
    /// The cache holds these bytes as verified: the digest (and the record, parsed only for a
    /// call of a case, whose chain is checked on records).
    Cached(Entry, Box<Digest>, Option<Box<SessionRecord>>),
    /// Parsed and verified now.
    Checked(Box<SessionRecord>, Verification, Option<Entry>),
}

/// Loads every record of a data folder as a digest, verifying what the cache does not vouch
/// for (see the module doc), and writes the cache back (best effort). The same records, the
/// same verdicts and the same order as [`report::load_cohort`].
pub fn load_digests(
    data: &Path,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    cases: &[Case],
) -> DigestCohort {
    let Opened {
        key,
        key_problem,
        files,
        cache,
    } = match report::open_records(data) {
        Ok(opened) => opened,
        Err(unlisted) => {
            return DigestCohort {
                corrupt: vec![unlisted.problem],
                key_problem: unlisted.key_problem,
                ..DigestCohort::default()
            };
        }
    };
    thread_local! {
        static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let got = crate::parallel::map(&files, 8, |path| -> Result<Got, String> {
        BUFFER.with_borrow_mut(|buf| read_one(path, buf, &cache, scenarios, key.as_ref()))
    });
    let mut rules = cache.rules().clone();
    let mut items: Vec<(DigestItem, Option<Box<SessionRecord>>)> = Vec::with_capacity(files.len());
    let mut corrupt = Vec::new();
    let mut to_save: Vec<(Entry, Option<Cached>)> = Vec::new();
    let mut fresh = 0;
    for (path, got) in files.into_iter().zip(got) {
        match got {
            Err(why) => corrupt.push((path, why)),
            Ok(Got::Cached(entry, digest, record)) => {
                to_save.push((entry, None));
                let verification = Verification::Verified;
                items.push((
                    DigestItem {
                        path,
                        digest: *digest,
                        verification,
                    },
                    record,
                ));
            }
            Ok(Got::Checked(record, verification, entry)) => {
                let digest = Digest::of(&record, &mut rules);
                if let (Some(e), Some(sc)) = (entry, scenarios.get(&record.meta.scenario)) {
                    fresh += 1;
                    to_save.push((e, Some(Cached::on(sc, Some(digest.clone())))));
                }
                let record = digest.case.is_some().then_some(record);
                items.push((
                    DigestItem {
                        path,
                        digest,
                        verification,
                    },
                    record,
                ));
            }
        }
    }
    let distinct: HashSet<&Entry> = to_save.iter().map(|(e, _)| e).collect();
    if fresh > 0 || distinct.len() != cache.len() {
        let entries: Vec<(Entry, Cached)> = to_save
            .into_iter()
            .filter_map(|(e, c)| Some((e, c.or_else(|| cache.get(&e).cloned())?)))
            .collect();
        // Best effort: the report stands whether or not the cache could be written.
        let _ = cache.save_with(&rules, &entries);
    }
    // The order of `assemble`: by start, then id, files in name order among equals.
    items.sort_by(|(a, _), (b, _)| {
        (a.digest.started_at, &a.digest.id).cmp(&(b.digest.started_at, &b.digest.id))
    });
    let marks = report::duplicates(items.len(), |i| {
        let it = &items[i].0;
        (it.digest.id.as_str(), it.path.as_path(), &it.verification)
    });
    for (i, of) in marks {
        items[i].0.verification = Verification::Duplicate(of);
    }
    if !check_chains(&mut items, scenarios, cases) {
        // A case's call names as its previous one a record outside every case: rare enough
        // to check on the whole cohort, exactly as the full load does.
        return DigestCohort::of(&report::load_cohort(data, scenarios, cases));
    }
    DigestCohort {
        items: items.into_iter().map(|(item, _)| item).collect(),
        rules,
        corrupt,
        key_problem,
        cache_problem: cache.problem().map(str::to_string),
    }
}

/// The whole records of some items (indices into `cohort.items`), read again from their files
/// when they are needed (the session a coordinator opens, the sessions a CSV export writes),
/// each parsed and checked again: a file whose bytes the cache holds as verified on its
/// scenario, else the MAC and the replay. A record counts only if it was trusted both at the
/// load and now (what the whole cohort decided, a duplicate or a broken case chain, stands;
/// a file edited since is its new verdict). A file that can no longer be read, or that holds
/// another record than the one loaded, is an error saying so.
pub fn records_of(
    cohort: &DigestCohort,
    indices: &[usize],
    data: &Path,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
) -> Vec<Result<LoadedRecord, String>> {
    let key = CohortKey::read(data).ok().flatten();
    let cache = VerifyCache::open(data, key.as_ref());
    crate::parallel::map(indices, 8, |&i| {
        let item = cohort
            .items
            .get(i)
            .ok_or_else(|| format!("no session {i} in the cohort"))?;
        let path = &item.path;
        let bytes = store::read_record_bytes(path)?;
        let record = store::parse_record(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        if record.id != item.digest.id {
            return Err(format!(
                "{}: the file changed since the records were loaded (reload)",
                path.display()
            ));
        }
        let sc = scenarios.get(&record.meta.scenario);
        let cached = cache
            .entry_of(&bytes)
            .is_some_and(|e| sc.is_some_and(|sc| cache.holds(&e, sc)));
        let now = if cached {
            Verification::Verified
        } else {
            verify::verify_sealed(&record, sc, key.as_ref())
        };
        let verification = if now.is_trusted() {
            item.verification.clone()
        } else {
            now
        };
        Ok(LoadedRecord {
            path: path.clone(),
            record,
            verification,
        })
    })
}

/// Reads one record file into `buf` and gives its cached digest, or its record checked now.
fn read_one(
    path: &Path,
    buf: &mut Vec<u8>,
    cache: &VerifyCache,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    key: Option<&CohortKey>,
) -> Result<Got, String> {
    store::read_record_bytes_into(path, buf)?;
    let bytes = buf.as_slice();
    let entry = cache.entry_of(bytes);
    if let Some(e) = entry
        && let Some(c) = cache.get(&e)
        && let Some(d) = &c.digest
        && d.scenario == c.scenario
        && scenarios.get(&c.scenario).is_some_and(|sc| c.holds_on(sc))
    {
        let record = match d.case {
            Some(_) => Some(Box::new(store::parse_record(bytes)?)),
            None => None,
        };
        return Ok(Got::Cached(e, Box::new(d.clone()), record));
    }
    let record = store::parse_record(bytes)?;
    let sc = scenarios.get(&record.meta.scenario);
    let verification = verify::verify_sealed(&record, sc, key);
    let entry = entry.filter(|_| verification.is_trusted());
    Ok(Got::Checked(Box::new(record), verification, entry))
}

/// Checks the case chains ([`crate::cohort::cases::check_chains`]) on the records of the calls
/// that belong to a case. Returns `false` (nothing changed) when some call names as its
/// previous one an id that a record outside every case also has: then only the whole cohort
/// gives the verdicts the full load gives.
fn check_chains(
    items: &mut [(DigestItem, Option<Box<SessionRecord>>)],
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    cases: &[Case],
) -> bool {
    let linked: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].0.digest.case.is_some())
        .collect();
    if linked.is_empty() {
        return true;
    }
    let previous: HashSet<&str> = linked
        .iter()
        .filter_map(|&i| items[i].0.digest.case.as_ref()?.previous.as_deref())
        .collect();
    if items
        .iter()
        .any(|(it, _)| it.digest.case.is_none() && previous.contains(it.digest.id.as_str()))
    {
        return false;
    }
    let mut part = Cohort::default();
    for &i in &linked {
        let Some(record) = items[i].1.take() else {
            return false;
        };
        part.records.push(LoadedRecord {
            path: items[i].0.path.clone(),
            record: *record,
            verification: items[i].0.verification.clone(),
        });
    }
    crate::cohort::cases::check_chains(&mut part, scenarios, cases);
    for (&i, r) in linked.iter().zip(part.records) {
        items[i].0.verification = r.verification;
    }
    true
}

/// [`report::summarise`] over digests: the same summary of the items `keep` keeps.
pub fn summarise_digests(cohort: &DigestCohort, keep: impl Fn(&Digest) -> bool) -> Summary {
    let kept: Vec<&DigestItem> = cohort.items.iter().filter(|r| keep(&r.digest)).collect();
    let trusted: Vec<&Digest> = kept
        .iter()
        .filter(|r| r.verification.is_trusted())
        .map(|r| &r.digest)
        .collect();
    let mut progress: BTreeMap<(&str, &str), TraineeScenarioRow> = BTreeMap::new();
    // Per rule index: (sessions where it applied, sessions where it was broken, seen at all).
    let mut tallies: Vec<(usize, usize, bool)> = vec![(0, 0, false); cohort.rules.len()];
    let mut trainees = BTreeSet::new();
    let mut by_trainee: BTreeMap<String, (String, ArrangementTally)> = BTreeMap::new();
    let mut all = ArrangementTally::default();
    for d in &trusted {
        trainees.insert(d.trainee.as_str());
        let p = progress
            .entry((d.trainee.as_str(), d.scenario.as_str()))
            .or_insert_with(|| TraineeScenarioRow {
                trainee: d.trainee.clone(),
                scenario: d.scenario.clone(),
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
        p.history.push(d.overall);
        p.best = p.best.max(d.overall);
        p.last = d.overall;
        p.passed_ever |= d.passed;
        p.last_passed = d.passed;
        p.trend = p.last as i32 - p.history[0] as i32;
        for &(i, status) in &d.rules {
            let t = &mut tallies[i as usize];
            t.2 = true;
            if status != RuleStatus::NotApplicable {
                t.0 += 1;
            }
            if status == RuleStatus::Broken {
                t.1 += 1;
            }
        }
        all.add_flags(d.agreed);
        by_trainee
            .entry(d.trainee.to_lowercase())
            .or_insert_with(|| (d.trainee.clone(), ArrangementTally::default()))
            .1
            .add_flags(d.agreed);
    }
    for r in kept.iter().filter(|r| !r.verification.is_trusted()) {
        let d = &r.digest;
        if let Some(p) = progress.get_mut(&(d.trainee.as_str(), d.scenario.as_str())) {
            p.flagged += 1;
        }
    }
    // In (rubric, rule) order, then most broken first: the order of `summarise`.
    let mut rules: Vec<RuleTally> = tallies
        .iter()
        .enumerate()
        .filter(|(_, t)| t.2 && t.0 > 0)
        .filter_map(|(i, t)| {
            let (rubric, rule) = cohort.rules.get(i as u32)?;
            Some(RuleTally {
                rubric: rubric.to_string(),
                rule: rule.to_string(),
                broken: t.1,
                sessions: t.0,
            })
        })
        .collect();
    rules.sort_by(|a, b| (&a.rubric, &a.rule).cmp(&(&b.rubric, &b.rule)));
    rules.sort_by(|a, b| b.broken.cmp(&a.broken).then_with(|| a.rule.cmp(&b.rule)));
    let count = |f: fn(&Verification) -> bool| kept.iter().filter(|r| f(&r.verification)).count();
    Summary {
        arrangements: by_trainee
            .into_values()
            .map(|(name, t)| TraineeArrangements::new(name, t))
            .collect(),
        cohort_arrangements: TraineeArrangements::new("(cohort)".into(), all),
        sessions: kept.len(),
        verified: trusted.len(),
        trainees: trainees
            .iter()
            .map(|t| t.to_lowercase())
            .collect::<BTreeSet<_>>()
            .len(),
        passed: trusted.iter().filter(|d| d.passed).count(),
        tampered: count(|v| matches!(v, Verification::Tampered(_))),
        version_unavailable: count(|v| *v == Verification::VersionUnavailable),
        unsigned: count(|v| *v == Verification::Unsigned),
        duplicate: count(|v| matches!(v, Verification::Duplicate(_))),
        no_key: count(|v| *v == Verification::NoKey),
        synthetic: trusted.iter().filter(|d| d.synthetic).count(),
        corrupt: cohort.corrupt.len(),
        rows: progress.into_values().collect(),
        rules,
    }
}

/// The kept items that do not count, as the table lists them: file, standing and why.
pub fn flagged(
    cohort: &DigestCohort,
    keep: impl Fn(&Digest) -> bool,
) -> Vec<(String, Standing, String)> {
    cohort
        .items
        .iter()
        .filter(|r| !r.verification.is_trusted() && keep(&r.digest))
        .map(|r| {
            let d = &r.digest;
            (
                r.path.display().to_string(),
                Standing::of(&r.verification),
                report::note_of(&r.verification, &d.scenario, d.version, d.format),
            )
        })
        .collect()
}

/// The whole table ([`report::render_table`]) of the items `keep` keeps.
pub fn render(cohort: &DigestCohort, keep: impl Fn(&Digest) -> bool) -> String {
    let summary = summarise_digests(cohort, &keep);
    report::render_table_of(
        &summary,
        cohort.key_problem.as_deref(),
        &flagged(cohort, &keep),
        &cohort.corrupt,
    )
}
