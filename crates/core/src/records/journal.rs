//! The journal of a call in progress, so that a crash or a closed window loses nothing: a
//! JSON-lines file per trainee, a header ([`SessionMeta`]) then one line per turn, each
//! flushed to disk before the call goes on. A torn last line (power cut mid-write) is ignored.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::compile::CompiledScenario;
use crate::content::negotiation::Terms;
use crate::engine::runner::{Call, RunError};
use crate::records::record::{SessionMeta, slug};
use crate::records::store::sync_dir;

/// The journal of one trainee's call in progress.
pub struct Journal {
    path: PathBuf,
    file: File,
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

    /// The journal file.
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
    let sc = crate::records::case::scenario_of(&sc, &unfinished.meta).map_err(RunError::Case)?;
    let mut call = Call::new(sc, unfinished.meta.seed)?;
    for t in &unfinished.turns {
        match (&t.pick, t.terms) {
            (Some(id), _) => call.pick_id(id, t.millis)?,
            (None, Some(terms)) => call.propose(terms, t.millis)?,
            (None, None) => call.time_out(t.millis)?,
        }
    }
    Ok(call)
}
