//! The journal of a call in progress, so that a crash or a closed window loses nothing: a
//! JSON-lines file per session, a header ([`SessionMeta`]) then one line per turn, each
//! flushed to disk before the call goes on.
//!
//! **Layout.** `journal/<trainee key>/<session id>.jsonl`. The trainee key is the name's slug
//! and a hash of the exact (trimmed) name, so two names that slug alike ("Jan Kowalski",
//! "JAN.KOWALSKI") never share a folder; the session id (start time, process, counter) is new
//! for every call, so two sessions of one trainee never share a file. A journal of the old
//! layout (`journal/<slug>.jsonl`) is still offered to the trainee its header names exactly.
//!
//! **Locking.** A session holds an exclusive advisory lock (`flock`) on its journal for as
//! long as the call runs; the lock dies with the process, so after a crash or `kill -9` the
//! journal is unlocked and offered for resuming. Journals locked by a running session are not
//! offered, a resume takes the lock (or is refused when another session holds it), and a
//! session removes only the journal it holds, once its record is safely written.
//!
//! **Damage.** A torn last line (power cut mid-write) is ignored; a damaged line followed by
//! others is an error naming `file:line`, since resuming would silently drop the turns after it.

use std::fs::{self, File, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::compile::CompiledScenario;
use crate::content::negotiation::Terms;
use crate::engine::runner::{Call, RunError};
use crate::records::record::{SessionMeta, slug};
use crate::records::store::{self, sync_dir};

/// The largest journal read (a call of thousands of turns is well under a MiB).
pub const JOURNAL_CAP: u64 = 16 << 20;

/// The journal of one call in progress, locked for as long as it is held.
pub struct Journal {
    path: PathBuf,
    file: File,
    /// The turn a write failed at: the journal keeps the turns before it and takes no more
    /// (a turn missing in the middle would replay to another call).
    failed_at: Option<usize>,
    turns: usize,
}

/// One line of the journal after the header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalTurn {
    /// Choice id, or `None` for a timeout or a proposal.
    pub pick: Option<String>,
    /// Terms proposed at a negotiation step (with `pick` `None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Terms>,
    /// How long the trainee took, in milliseconds.
    pub millis: u32,
}

/// A call found in a journal, ready to resume.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unfinished {
    /// The session's facts, from the journal's header.
    pub meta: SessionMeta,
    /// The turns taken so far.
    pub turns: Vec<JournalTurn>,
    /// The journal file.
    pub path: PathBuf,
}

/// Why an unfinished call cannot be resumed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResumeError {
    /// The journal was played on another version (or other content) of its scenario.
    OtherVersion(VersionMismatch),
    /// Another running session holds the journal (the same call resumed elsewhere).
    InUse(PathBuf),
    /// The journal cannot be opened to go on writing it (the file and the reason).
    Journal(String),
    /// Replaying the journal's turns failed.
    Run(RunError),
}

/// The scenario a journal was played on beside the one at hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionMismatch {
    pub scenario: String,
    pub journal_version: u32,
    pub journal_hash: String,
    pub library_version: u32,
    pub library_hash: String,
}

impl std::fmt::Display for ResumeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResumeError::OtherVersion(m) => write!(
                f,
                "the call was played on version {} of \"{}\" (content {}), but the library has \
                 version {} (content {}); it cannot be resumed on other content: discard it, \
                 or bring back that version of the scenario to finish it",
                m.journal_version,
                m.scenario,
                short(&m.journal_hash),
                m.library_version,
                short(&m.library_hash)
            ),
            ResumeError::InUse(p) => write!(
                f,
                "{}: this call is open in another session (close that one, or go on there)",
                p.display()
            ),
            ResumeError::Journal(why) => write!(f, "{why}"),
            ResumeError::Run(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ResumeError {}

impl From<RunError> for ResumeError {
    fn from(e: RunError) -> Self {
        ResumeError::Run(e)
    }
}

fn short(hash: &str) -> &str {
    hash.get(..12).unwrap_or(hash)
}

/// The folder of a trainee's journals: the slug of the name for people, a hash of the exact
/// trimmed name so that names that slug alike never share it.
pub fn journal_dir(data: &Path, trainee: &str) -> PathBuf {
    data.join("journal").join(trainee_key(trainee))
}

/// `<slug>-<12 hex digits of SHA-256 of the trimmed name>`.
pub fn trainee_key(trainee: &str) -> String {
    let name = trainee.trim();
    let digest = Sha256::digest(name.as_bytes());
    let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{hex}", slug(name))
}

/// The journal file of the old layout (one per slug), still read for the trainee it names.
pub fn legacy_journal_path(data: &Path, trainee: &str) -> PathBuf {
    data.join("journal")
        .join(format!("{}.jsonl", slug(trainee)))
}

impl Journal {
    /// Starts the journal of a new call: a new file of its own, locked, its header synced.
    /// Nothing of another call (this trainee's or anyone's) is touched.
    pub fn start(data: &Path, meta: &SessionMeta) -> io::Result<Journal> {
        let dir = journal_dir(data, &meta.trainee);
        store::real_dir(&data.join("journal"))?;
        store::real_dir(&dir)?;
        let mut header = serde_json::to_vec(meta).map_err(io::Error::other)?;
        header.push(b'\n');
        let stamp = meta.started_at.format("%Y%m%dT%H%M%S%3fZ");
        // The header is written under a temporary name, then linked to the journal's name, so
        // a journal never exists without its whole header.
        let (tmp, mut file) = loop {
            let tmp = dir.join(format!(".{stamp}-{}.jsonl.tmp", store::unique_suffix()));
            match store::create_new_file(&tmp) {
                Ok(f) => break (tmp, f),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        };
        let linked = (|| {
            file.lock()?;
            file.write_all(&header)?;
            file.sync_all()?;
            loop {
                let path = dir.join(format!("{stamp}-{}.jsonl", store::unique_suffix()));
                match fs::hard_link(&tmp, &path) {
                    Ok(()) => return Ok(path),
                    Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                    Err(e) => return Err(e),
                }
            }
        })();
        let _ = fs::remove_file(&tmp);
        let path = linked?;
        sync_dir(&dir)?;
        Ok(Journal {
            path,
            file,
            failed_at: None,
            turns: 0,
        })
    }

    /// Re-opens a journal to go on appending after a resume, taking its lock: refused when
    /// another running session holds it.
    pub fn reopen(path: &Path) -> Result<Journal, ResumeError> {
        let other = |e: io::Error| ResumeError::Journal(format!("{}: {e}", path.display()));
        let file = store::open_regular(path, JOURNAL_CAP, true).map_err(other)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(ResumeError::InUse(path.to_path_buf())),
            Err(TryLockError::Error(e)) => return Err(other(e)),
        }
        Ok(Journal {
            path: path.to_path_buf(),
            file,
            failed_at: None,
            turns: 0,
        })
    }

    /// The journal of a resumed call, which holds `turns` turns already.
    pub(crate) fn resumed_at(mut self, turns: usize) -> Journal {
        self.turns = turns;
        self
    }

    /// Appends a turn and flushes it to disk before returning. After a failed write (a full
    /// disk) the partial line is cut off again and the journal takes no more turns, so it
    /// always holds a whole prefix of the call.
    pub fn append(&mut self, turn: &JournalTurn) -> io::Result<()> {
        self.turns += 1;
        if let Some(at) = self.failed_at {
            return Err(io::Error::other(format!(
                "the journal stopped before turn {at} after a write error"
            )));
        }
        let mut line = serde_json::to_vec(turn).map_err(io::Error::other)?;
        line.push(b'\n');
        let before = self.file.metadata()?.len();
        let written = self
            .file
            .write_all(&line)
            .and_then(|()| self.file.sync_data());
        if written.is_err() {
            self.failed_at = Some(self.turns);
            let _ = self.file.set_len(before);
        }
        written
    }

    /// Removes the journal once the call's record is safely written (only this session's own
    /// journal: the one it created or resumed, and holds locked).
    pub fn finish(self) -> io::Result<()> {
        fs::remove_file(&self.path)
    }

    /// The journal file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// A trainee's journals as found: the calls that can be resumed (newest first), how many are
/// open in a running session, and the journals that cannot be read (each naming its file).
#[derive(Debug, Default)]
pub struct Journals {
    pub unfinished: Vec<Unfinished>,
    pub in_use: usize,
    pub problems: Vec<String>,
}

/// Every journal of the trainee (see [`Journals`]).
pub fn read_journals(data: &Path, trainee: &str) -> Result<Journals, String> {
    let mut found = Journals::default();
    let dir = journal_dir(data, trainee);
    let mut paths = Vec::new();
    match fs::symlink_metadata(&dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(format!("{}: cannot list the journals: {e}", dir.display())),
        Ok(m) if !m.is_dir() => {
            return Err(format!(
                "{}: cannot list the journals: it is not a folder (a symbolic link or a file; \
                 remove it)",
                dir.display()
            ));
        }
        Ok(_) => {
            let rd = fs::read_dir(&dir)
                .map_err(|e| format!("{}: cannot list the journals: {e}", dir.display()))?;
            for entry in rd {
                let entry = entry
                    .map_err(|e| format!("{}: cannot list the journals: {e}", dir.display()))?;
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "jsonl") {
                    paths.push((path, false));
                }
            }
        }
    }
    let legacy = legacy_journal_path(data, trainee);
    if fs::symlink_metadata(&legacy).is_ok() {
        paths.push((legacy, true));
    }
    for (path, legacy) in paths {
        match read_one(&path) {
            Ok(Read::InUse) => found.in_use += 1,
            // The old layout's file is shared by names that slug alike: it is this trainee's
            // only if its header names them exactly.
            Ok(Read::Call(u)) if legacy && u.meta.trainee.trim() != trainee.trim() => {}
            // A journal in this trainee's folder whose header names someone else was put there
            // by hand: resuming it would record another trainee's call under this sign-in.
            Ok(Read::Call(u))
                if !legacy && trainee_key(&u.meta.trainee) != trainee_key(trainee) =>
            {
                found.problems.push(format!(
                    "{}: the journal is of trainee {:?}, not {:?}, whose journals this folder \
                     holds; it was moved here by hand: move it back or remove it",
                    path.display(),
                    u.meta.trainee,
                    trainee
                ));
            }
            Ok(Read::Call(u)) => found.unfinished.push(*u),
            Err(e) => found.problems.push(e),
        }
    }
    found
        .unfinished
        .sort_by(|a, b| (b.meta.started_at, &b.path).cmp(&(a.meta.started_at, &a.path)));
    found.problems.sort();
    Ok(found)
}

/// The trainee's newest unfinished call not open in a running session, if any. A journal that
/// cannot be read is an error naming it (and what to do), never skipped.
pub fn read_journal(data: &Path, trainee: &str) -> Result<Option<Unfinished>, String> {
    let mut found = read_journals(data, trainee)?;
    if !found.problems.is_empty() {
        return Err(found.problems.join("; "));
    }
    Ok((!found.unfinished.is_empty()).then(|| found.unfinished.remove(0)))
}

enum Read {
    Call(Box<Unfinished>),
    InUse,
}

/// Reads one journal file, unless a running session holds it.
fn read_one(path: &Path) -> Result<Read, String> {
    let cannot = |e: io::Error| format!("{}: cannot read the journal: {e}", path.display());
    let file = store::open_regular(path, JOURNAL_CAP, false).map_err(cannot)?;
    match file.try_lock_shared() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => return Ok(Read::InUse),
        Err(TryLockError::Error(e)) => return Err(cannot(e)),
    }
    let mut bytes = Vec::new();
    io::Read::read_to_end(&mut io::Read::take(&file, JOURNAL_CAP + 1), &mut bytes)
        .map_err(cannot)?;
    drop(file);
    if bytes.len() as u64 > JOURNAL_CAP {
        return Err(cannot(io::Error::other("it grew past its size cap")));
    }
    parse(path, &bytes).map(|u| Read::Call(Box::new(u)))
}

/// A journal's bytes: a whole header, then turns; only the last line may be damaged.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Unfinished, String> {
    let mut lines: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    if lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let Some(header) = lines.first() else {
        return Err(format!("{}: the journal is empty", path.display()));
    };
    let meta: SessionMeta = serde_json::from_slice(header).map_err(|e| {
        format!(
            "{}:1:{}: the journal header is damaged: {e}",
            path.display(),
            e.column()
        )
    })?;
    let mut turns = Vec::new();
    let count = lines.len();
    for (i, line) in lines.iter().enumerate().skip(1) {
        match serde_json::from_slice::<JournalTurn>(line) {
            Ok(t) => turns.push(t),
            // A torn write at the end: everything before it is intact.
            Err(_) if i + 1 == count => break,
            Err(e) => {
                return Err(format!(
                    "{}:{}: the journal line of turn {} is damaged ({e}) and {} line(s) follow \
                     it; resuming would drop them: remove the damaged line and those after it \
                     to resume from turn {}, or remove the file to discard the call",
                    path.display(),
                    i + 1,
                    i,
                    count - i - 1,
                    i
                ));
            }
        }
    }
    Ok(Unfinished {
        meta,
        turns,
        path: path.to_path_buf(),
    })
}

/// Removes an unfinished call's journal (the trainee discards it), unless another running
/// session holds it.
pub fn discard(unfinished: &Unfinished) -> Result<(), String> {
    let journal = Journal::reopen(&unfinished.path).map_err(|e| e.to_string())?;
    journal
        .finish()
        .map_err(|e| format!("{}: {e}", unfinished.path.display()))
}

/// Whether a journal was played on the scenario at hand (same version and content).
pub fn check_version(sc: &CompiledScenario, meta: &SessionMeta) -> Result<(), VersionMismatch> {
    if sc.version == meta.version && sc.content_hash == meta.content_hash {
        return Ok(());
    }
    Err(VersionMismatch {
        scenario: meta.scenario.clone(),
        journal_version: meta.version,
        journal_hash: meta.content_hash.clone(),
        library_version: sc.version,
        library_hash: sc.content_hash.clone(),
    })
}

/// Rebuilds the call of an unfinished session, on the scenario version it was played on
/// (another version or content is refused: its turns would mean something else).
pub fn resume(sc: Arc<CompiledScenario>, unfinished: &Unfinished) -> Result<Call, ResumeError> {
    check_version(&sc, &unfinished.meta).map_err(ResumeError::OtherVersion)?;
    let sc = crate::records::case::scenario_of(&sc, &unfinished.meta).map_err(RunError::Case)?;
    let mut call = Call::new(sc, unfinished.meta.seed)?;
    for (i, t) in unfinished.turns.iter().enumerate() {
        let played = match (&t.pick, t.terms) {
            (Some(id), _) => call.pick_id(id, t.millis),
            (None, Some(terms)) => call.propose(terms, t.millis),
            (None, None) => call.time_out(t.millis),
        };
        // Name the line (the header is line 1), as a damaged line is named.
        played.map_err(|e| {
            ResumeError::Journal(format!(
                "{}:{}: turn {} of the journal does not replay ({e}); remove this line and \
                 those after it to resume from turn {}, or remove the file to discard the call",
                unfinished.path.display(),
                i + 2,
                i + 1,
                i + 1
            ))
        })?;
    }
    Ok(call)
}
