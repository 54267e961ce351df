//! A trainee's session as both shells use it: the call, journalled turn by turn, and its
//! record written when it is finished.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::compile::{CompiledScenario, NodeIdx};
use crate::content::negotiation::Terms;
use crate::engine::runner::{Call, Pick, RunError};
use crate::engine::scoring::WrapUp;
use crate::records::case;
use crate::records::journal::{self, Journal, JournalTurn, ResumeError, Unfinished};
use crate::records::record::{self, SessionMeta, SessionRecord};
use crate::records::store;
use crate::records::verify;

/// A call being played, journalled turn by turn when a data folder is given.
pub struct Session {
    /// Who plays what, when, with which seed and in which mode.
    pub meta: SessionMeta,
    /// The call itself.
    pub call: Call,
    journal: Option<Journal>,
    /// Why the journal could not be written, if it could not (the call goes on in memory).
    pub journal_error: Option<String>,
}

/// A finished session: its record, and where it was written (`None` without a data folder).
#[derive(Debug)]
pub struct Finished {
    /// The record of the call, with its scores.
    pub record: SessionRecord,
    /// The record's file, when it was written.
    pub path: Option<PathBuf>,
}

impl Session {
    /// Starts a call. With a data folder, the call is journalled so a crash can resume it.
    /// A call of a case (`meta.case`) is played on its scenario with the history it inherits.
    pub fn start(
        sc: Arc<CompiledScenario>,
        meta: SessionMeta,
        data: Option<&Path>,
    ) -> Result<Session, RunError> {
        let sc = case::scenario_of(&sc, &meta).map_err(RunError::Case)?;
        let call = Call::new(sc, meta.seed)?;
        let mut session = Session {
            meta,
            call,
            journal: None,
            journal_error: None,
        };
        if let Some(dir) = data {
            match Journal::start(dir, &session.meta) {
                Ok(j) => session.journal = Some(j),
                Err(e) => {
                    session.journal_error = Some(format!(
                        "{}: {e}",
                        journal::journal_dir(dir, &session.meta.trainee).display()
                    ))
                }
            }
        }
        Ok(session)
    }

    /// A trainer's playtest: starts at any node with chosen variable values. Never journalled,
    /// and its record is not meant to be written (the start is not the scenario's own).
    pub fn playtest(
        sc: Arc<CompiledScenario>,
        meta: SessionMeta,
        node: NodeIdx,
        vars: Vec<i32>,
    ) -> Result<Session, RunError> {
        let call = Call::start_at(sc, meta.seed, node, vars)?;
        Ok(Session {
            meta,
            call,
            journal: None,
            journal_error: None,
        })
    }

    /// A session over a call already under way, never journalled (a drill, a few turns long,
    /// whose record is written apart: [`crate::drill`]).
    pub fn unjournalled(meta: SessionMeta, call: Call) -> Session {
        Session {
            meta,
            call,
            journal: None,
            journal_error: None,
        }
    }

    /// A finished session rebuilt from its record (for reviewing it): the call is replayed
    /// from the record's seed and picks.
    pub fn from_record(
        sc: Arc<CompiledScenario>,
        rec: &SessionRecord,
    ) -> Result<Session, RunError> {
        let sc = case::scenario_of(&sc, &rec.meta).map_err(RunError::Case)?;
        let call = verify::replay(sc, rec.meta.seed, &rec.turns)?;
        Ok(Session {
            meta: rec.meta.clone(),
            call,
            journal: None,
            journal_error: None,
        })
    }

    /// Resumes an unfinished call from its journal, on the scenario version it was played on
    /// (another version is refused), taking the journal's lock: a journal another running
    /// session holds is refused; one that cannot be opened for writing leaves the call in
    /// memory (`journal_error`).
    pub fn resume(
        sc: Arc<CompiledScenario>,
        unfinished: &Unfinished,
    ) -> Result<Session, ResumeError> {
        let call = journal::resume(sc, unfinished)?;
        let (journal, journal_error) = match Journal::reopen(&unfinished.path) {
            Ok(j) => (Some(j.resumed_at(unfinished.turns.len())), None),
            Err(e @ ResumeError::InUse(_)) => return Err(e),
            Err(e) => (None, Some(e.to_string())),
        };
        Ok(Session {
            meta: unfinished.meta.clone(),
            call,
            journal,
            journal_error,
        })
    }

    /// A new attempt that replays this call's first `turns` picks (same seed) and goes on from
    /// there: "rewind to this decision".
    pub fn rewind(
        &self,
        turns: usize,
        now: DateTime<Utc>,
        data: Option<&Path>,
    ) -> Result<Session, RunError> {
        let meta = SessionMeta {
            started_at: now,
            ..self.meta.clone()
        };
        let mut session = Session::start(Arc::clone(self.call.scenario()), meta, data)?;
        for t in self.call.turns().iter().take(turns) {
            session.replay(t.pick, t.millis)?;
        }
        Ok(session)
    }

    /// The journal this session holds (and will remove once its record is written), if any.
    pub fn journal_path(&self) -> Option<&Path> {
        self.journal.as_ref().map(Journal::path)
    }

    /// Journals the turn just taken (the call's last).
    fn journal(&mut self) {
        let Some(turn) = self.call.turns().last() else {
            return;
        };
        let pick = record::pick_id(self.call.scenario(), turn.node, turn.pick);
        let terms = record::pick_terms(turn.pick);
        let millis = turn.millis;
        if let Some(j) = &mut self.journal
            && let Err(e) = j.append(&JournalTurn {
                pick,
                terms,
                millis,
            })
            && self.journal_error.is_none()
        {
            // The first error says why; the journal keeps the turns before it.
            self.journal_error = Some(format!("{}: {e}", j.path().display()));
        }
    }

    /// Picks the option at a 0-based display position and journals it.
    pub fn pick(&mut self, position: usize, millis: u32) -> Result<(), RunError> {
        self.call.pick(position, millis)?;
        self.journal();
        Ok(())
    }

    /// Picks a shown option by its choice id and journals it.
    pub fn pick_id(&mut self, id: &str, millis: u32) -> Result<(), RunError> {
        self.call.pick_id(id, millis)?;
        self.journal();
        Ok(())
    }

    /// Proposes terms at a negotiation step and journals them.
    pub fn propose(&mut self, terms: Terms, millis: u32) -> Result<(), RunError> {
        self.call.propose(terms, millis)?;
        self.journal();
        Ok(())
    }

    /// The answer timer ran out.
    pub fn time_out(&mut self, millis: u32) -> Result<(), RunError> {
        self.call.time_out(millis)?;
        self.journal();
        Ok(())
    }

    fn replay(&mut self, pick: Pick, millis: u32) -> Result<(), RunError> {
        self.call.replay(pick, millis)?;
        self.journal();
        Ok(())
    }

    /// Scores the finished call with its wrap-up, writes the record (when a data folder is
    /// given) and removes the journal. On a write error the record is returned with the error
    /// so the shell can keep it (print it, offer to retry), and the journal is kept so the
    /// call can be resumed and its record written once the folder can take it.
    pub fn finish(
        &mut self,
        wrap_up: Option<WrapUp>,
        now: DateTime<Utc>,
        data: Option<&Path>,
    ) -> Result<Finished, FinishError> {
        let record = record::make_record(&self.meta, &self.call, wrap_up, now)
            .ok_or(FinishError::NotOver)?;
        let Some(dir) = data else {
            return Ok(Finished { record, path: None });
        };
        match store::write_record(dir, &record) {
            Ok(path) => {
                if let Some(j) = self.journal.take() {
                    let _ = j.finish();
                }
                Ok(Finished {
                    record,
                    path: Some(path),
                })
            }
            Err(e) => Err(FinishError::Write(
                Box::new(record),
                format!("{}: {e}", store::records_dir(dir).display()),
            )),
        }
    }
}

/// Why a session could not be finished.
#[derive(Debug)]
pub enum FinishError {
    /// The call has not ended yet.
    NotOver,
    /// The record could not be written; it is kept here.
    Write(Box<SessionRecord>, String),
}
