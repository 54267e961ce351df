//! Session records: one JSON file per finished call, written so that a crash or power cut
//! loses nothing, and a journal of the call in progress so that it can be resumed.
//!
//! - A record is written to a temporary file, flushed to disk, then linked to its final name
//!   (which fails rather than overwrite an existing record) and the directory is synced.
//! - The journal is a JSON-lines file per trainee: a header, then one line per turn, each
//!   flushed to disk before the call goes on. A torn last line (power cut mid-write) is ignored.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::compile::{CKind, CompiledScenario};
use crate::content::model::Outcome;
use crate::engine::runner::{Call, Pick, RunError};
use crate::engine::scoring::{Scorecard, WrapUp, score_call};

/// The record format version written by this build.
pub const RECORD_FORMAT: u32 = 1;

/// Environment variable that points a whole cohort at a shared data folder.
pub const DATA_DIR_ENV: &str = "CALLCOACH_DATA_DIR";

/// Practice shows the debtor's mood; exam hides it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Mode {
    #[default]
    Practice,
    Exam,
}

/// One turn as recorded: names, not indices, so records stay readable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TurnRecord {
    pub node: String,
    /// Which wording of the debtor's line was shown (0-based).
    pub variant: u8,
    /// The choice ids shown, in display order.
    pub shown: Vec<String>,
    /// The choice id picked, or `None` when the answer timer ran out.
    pub pick: Option<String>,
    pub millis: u32,
}

/// Everything about one finished call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRecord {
    pub format: u32,
    pub id: String,
    pub trainee: String,
    pub scenario: String,
    pub version: u32,
    pub content_hash: String,
    pub locale: String,
    pub seed: u64,
    pub mode: Mode,
    pub started_at: DateTime<Utc>,
    pub ended_at: DateTime<Utc>,
    pub turns: Vec<TurnRecord>,
    pub end_node: String,
    pub outcome: Outcome,
    pub wrap_up: Option<WrapUp>,
    pub scores: Scorecard,
    pub passed: bool,
}

/// Facts about the session that are not part of the call itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionMeta {
    pub trainee: String,
    pub scenario: String,
    pub version: u32,
    pub content_hash: String,
    pub locale: String,
    pub seed: u64,
    pub mode: Mode,
    pub started_at: DateTime<Utc>,
}

impl SessionMeta {
    /// A new session of a scenario: its id, version and content hash come from the compiled
    /// scenario, so a record always names exactly what it was played against.
    pub fn new(
        sc: &CompiledScenario,
        trainee: impl Into<String>,
        locale: impl Into<String>,
        seed: u64,
        mode: Mode,
        started_at: DateTime<Utc>,
    ) -> SessionMeta {
        SessionMeta {
            trainee: trainee.into(),
            scenario: sc.id.clone(),
            version: sc.version,
            content_hash: sc.content_hash.clone(),
            locale: locale.into(),
            seed,
            mode,
            started_at,
        }
    }
}

/// The turns of a call as records.
pub fn turn_records(call: &Call) -> Vec<TurnRecord> {
    let sc = call.scenario();
    call.turns()
        .iter()
        .map(|t| {
            let node = &sc.nodes[t.node as usize];
            let CKind::Say { choices, .. } = &node.kind else {
                unreachable!("turns are only taken at Say nodes")
            };
            TurnRecord {
                node: node.id.clone(),
                variant: t.variant,
                shown: t
                    .shown
                    .iter()
                    .map(|&c| choices[c as usize].id.clone())
                    .collect(),
                pick: match t.pick {
                    Pick::Choice(c) => Some(choices[c as usize].id.clone()),
                    Pick::Timeout => None,
                },
                millis: t.millis,
            }
        })
        .collect()
}

/// Builds the record of a finished call. `None` if the call has not ended.
pub fn make_record(
    meta: &SessionMeta,
    call: &Call,
    wrap_up: Option<WrapUp>,
    ended_at: DateTime<Utc>,
) -> Option<SessionRecord> {
    let ending = call.ending()?;
    let scores = score_call(call, wrap_up.as_ref());
    let passed = scores.passed;
    Some(SessionRecord {
        format: RECORD_FORMAT,
        id: record_id(meta),
        trainee: meta.trainee.clone(),
        scenario: meta.scenario.clone(),
        version: meta.version,
        content_hash: meta.content_hash.clone(),
        locale: meta.locale.clone(),
        seed: meta.seed,
        mode: meta.mode,
        started_at: meta.started_at,
        ended_at,
        turns: turn_records(call),
        end_node: call.scenario().nodes[ending.node as usize].id.clone(),
        outcome: ending.outcome,
        wrap_up,
        scores,
        passed,
    })
}

/// A file-name-safe form of a name: letters and digits kept (Polish letters too), the rest `-`.
pub fn slug(text: &str) -> String {
    let s: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                '-'
            }
        })
        .collect();
    let s = s
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() {
        "anonymous".into()
    } else {
        s.chars().take(40).collect()
    }
}

/// The record id: start time, trainee, scenario and seed, so it is unique in practice and
/// says what it is.
pub fn record_id(meta: &SessionMeta) -> String {
    format!(
        "{}-{}-{}-{:x}",
        meta.started_at.format("%Y%m%dT%H%M%S%3fZ"),
        slug(&meta.trainee),
        meta.scenario,
        meta.seed
    )
}

/// The data folder: `--data-dir`, else `$CALLCOACH_DATA_DIR`, else the platform data directory.
pub fn data_dir(explicit: Option<&Path>) -> PathBuf {
    if let Some(p) = explicit {
        return p.to_path_buf();
    }
    if let Some(p) = std::env::var_os(DATA_DIR_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    directories::ProjectDirs::from("org", "callcoach", "callcoach")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".callcoach-data"))
}

/// Where finished records live under the data folder.
pub fn records_dir(data: &Path) -> PathBuf {
    data.join("records")
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    // Directory fsync makes the new name durable; not supported everywhere, so best effort.
    match File::open(dir) {
        Ok(f) => f.sync_all().or(Ok(())),
        Err(_) => Ok(()),
    }
}

/// Writes a record atomically and never over an existing one. Returns its path.
pub fn write_record(data: &Path, record: &SessionRecord) -> io::Result<PathBuf> {
    let dir = records_dir(data);
    fs::create_dir_all(&dir)?;
    let json = serde_json::to_vec_pretty(record).map_err(io::Error::other)?;
    let tmp = dir.join(format!(".{}.{}.tmp", record.id, std::process::id()));
    {
        let mut f = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        f.write_all(&json)?;
        f.write_all(b"\n")?;
        f.sync_all()?;
    }
    let mut target = dir.join(format!("{}.json", record.id));
    let mut n = 1;
    loop {
        match fs::hard_link(&tmp, &target) {
            Ok(()) => break,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                // Same id (same millisecond, trainee, scenario and seed): keep both.
                n += 1;
                target = dir.join(format!("{}-{n}.json", record.id));
            }
            Err(e) => {
                let _ = fs::remove_file(&tmp);
                return Err(e);
            }
        }
    }
    fs::remove_file(&tmp)?;
    sync_dir(&dir)?;
    Ok(target)
}

/// Reads one record file.
pub fn read_record(path: &Path) -> Result<SessionRecord, String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    serde_json::from_slice(&bytes).map_err(|e| {
        format!(
            "not a valid session record: {e} (line {}, column {})",
            e.line(),
            e.column()
        )
    })
}

/// Rebuilds a call from its seed and recorded picks. Fails if the scenario no longer offers
/// what the record says was shown or picked.
pub fn replay(
    sc: Arc<CompiledScenario>,
    seed: u64,
    turns: &[TurnRecord],
) -> Result<Call, RunError> {
    let mut call = Call::new(sc, seed)?;
    for (i, t) in turns.iter().enumerate() {
        let prompt = call.prompt().ok_or(RunError::Over)?;
        if prompt.node_id != t.node {
            return Err(RunError::InvalidPick(format!(
                "turn {}: the record is at node \"{}\", the scenario at \"{}\"",
                i + 1,
                t.node,
                prompt.node_id
            )));
        }
        match &t.pick {
            Some(id) => call.pick_id(id, t.millis)?,
            None => call.time_out(t.millis)?,
        }
    }
    Ok(call)
}

/// What re-scoring a record found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    /// The transcript replays to the same scores.
    Verified,
    /// The stored scores (or path) differ from what the transcript gives: an edited file.
    Tampered(Tamper),
    /// The scenario version the record names is not available (or its content changed).
    VersionUnavailable,
}

/// What gave an edited record away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tamper {
    /// The picks do not replay on the scenario (the runner's reason).
    NoReplay(String),
    /// The transcript stops before the call ends.
    Unfinished,
    /// The recorded ending differs from the transcript's.
    Ending,
    /// The options shown differ from what the seed gives.
    Shown,
    /// The stored scores differ from the transcript's.
    Scores,
}

impl Tamper {
    /// Lower-case key for messages (`app-dash-tamper-<key>`).
    pub fn key(&self) -> &'static str {
        match self {
            Tamper::NoReplay(_) => "no-replay",
            Tamper::Unfinished => "unfinished",
            Tamper::Ending => "ending",
            Tamper::Shown => "shown",
            Tamper::Scores => "scores",
        }
    }
}

impl std::fmt::Display for Tamper {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Tamper::NoReplay(e) => write!(f, "the transcript does not replay: {e}"),
            Tamper::Unfinished => f.write_str("the transcript stops before the call ends"),
            Tamper::Ending => f.write_str("the recorded ending differs from the transcript's"),
            Tamper::Shown => f.write_str("the options shown differ from what the seed gives"),
            Tamper::Scores => f.write_str("the stored scores differ from the transcript's"),
        }
    }
}

/// Recomputes a record's scores from its transcript and compares them with the stored ones.
pub fn verify(record: &SessionRecord, sc: Option<&Arc<CompiledScenario>>) -> Verification {
    let Some(sc) = sc else {
        return Verification::VersionUnavailable;
    };
    if sc.version != record.version || sc.content_hash != record.content_hash {
        return Verification::VersionUnavailable;
    }
    let call = match replay(Arc::clone(sc), record.seed, &record.turns) {
        Ok(c) => c,
        Err(e) => return Verification::Tampered(Tamper::NoReplay(e.to_string())),
    };
    let Some(ending) = call.ending() else {
        return Verification::Tampered(Tamper::Unfinished);
    };
    if ending.outcome != record.outcome || sc.nodes[ending.node as usize].id != record.end_node {
        return Verification::Tampered(Tamper::Ending);
    }
    let shown_ok = turn_records(&call)
        .iter()
        .zip(&record.turns)
        .all(|(a, b)| a.shown == b.shown && a.variant == b.variant);
    if !shown_ok {
        return Verification::Tampered(Tamper::Shown);
    }
    let scores = score_call(&call, record.wrap_up.as_ref());
    if scores != record.scores || scores.passed != record.passed {
        return Verification::Tampered(Tamper::Scores);
    }
    Verification::Verified
}

/// The journal of one trainee's call in progress.
pub struct Journal {
    path: PathBuf,
    file: File,
}

/// One line of the journal after the header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalTurn {
    /// Choice id, or `None` for a timeout.
    pub pick: Option<String>,
    pub millis: u32,
}

/// A call found in a journal, ready to resume.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unfinished {
    pub meta: SessionMeta,
    pub turns: Vec<JournalTurn>,
    pub path: PathBuf,
}

/// The journal file of a trainee.
pub fn journal_path(data: &Path, trainee: &str) -> PathBuf {
    data.join("journal")
        .join(format!("{}.jsonl", slug(trainee)))
}

impl Journal {
    /// Starts a journal for a new call (replacing any unfinished one of the same trainee).
    pub fn start(data: &Path, meta: &SessionMeta) -> io::Result<Journal> {
        let path = journal_path(data, &meta.trainee);
        fs::create_dir_all(path.parent().expect("journal path has a parent"))?;
        let tmp = path.with_extension("jsonl.tmp");
        {
            let mut f = File::create(&tmp)?;
            serde_json::to_writer(&mut f, meta).map_err(io::Error::other)?;
            f.write_all(b"\n")?;
            f.sync_all()?;
        }
        fs::rename(&tmp, &path)?;
        if let Some(dir) = path.parent() {
            sync_dir(dir)?;
        }
        let file = OpenOptions::new().append(true).open(&path)?;
        Ok(Journal { path, file })
    }

    /// Re-opens a journal to go on appending after a resume.
    pub fn reopen(path: &Path) -> io::Result<Journal> {
        let file = OpenOptions::new().append(true).open(path)?;
        Ok(Journal {
            path: path.to_path_buf(),
            file,
        })
    }

    /// Appends a turn and flushes it to disk before returning.
    pub fn append(&mut self, turn: &JournalTurn) -> io::Result<()> {
        let mut line = serde_json::to_vec(turn).map_err(io::Error::other)?;
        line.push(b'\n');
        self.file.write_all(&line)?;
        self.file.sync_data()
    }

    /// Removes the journal once the call's record is safely written.
    pub fn finish(self) -> io::Result<()> {
        fs::remove_file(&self.path)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Reads a trainee's unfinished call, if any. A torn last line is ignored; a journal whose
/// header is unreadable is reported as an error.
pub fn read_journal(data: &Path, trainee: &str) -> Result<Option<Unfinished>, String> {
    let path = journal_path(data, trainee);
    let file = match File::open(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("{}: cannot read the journal: {e}", path.display())),
    };
    let mut lines = BufReader::new(file).lines();
    let header = match lines.next() {
        Some(Ok(h)) => h,
        _ => return Err(format!("{}: the journal is empty", path.display())),
    };
    let meta: SessionMeta = serde_json::from_str(&header).map_err(|e| {
        format!(
            "{}:1:{}: the journal header is damaged: {e}",
            path.display(),
            e.column()
        )
    })?;
    let mut turns = Vec::new();
    for line in lines {
        let Ok(line) = line else { break };
        match serde_json::from_str::<JournalTurn>(&line) {
            Ok(t) => turns.push(t),
            Err(_) => break, // a torn write at the end: everything before it is intact
        }
    }
    Ok(Some(Unfinished { meta, turns, path }))
}

/// Rebuilds the call of an unfinished session.
pub fn resume(sc: Arc<CompiledScenario>, unfinished: &Unfinished) -> Result<Call, RunError> {
    let mut call = Call::new(sc, unfinished.meta.seed)?;
    for t in &unfinished.turns {
        match &t.pick {
            Some(id) => call.pick_id(id, t.millis)?,
            None => call.time_out(t.millis)?,
        }
    }
    Ok(call)
}

/// Every record file under the data folder (sorted), for reports.
pub fn record_files(data: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(records_dir(data))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_letters_and_drop_the_rest() {
        assert_eq!(slug("Łucja Żak / 42"), "łucja-żak-42");
        assert_eq!(slug("../../etc"), "etc");
        assert_eq!(slug("  "), "anonymous");
    }
}
