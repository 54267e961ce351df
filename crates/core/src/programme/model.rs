//! The training programme as written in `<data>/programme.ron`: tracks of scenarios and cases
//! in order (each step with its completion rule), groups of trainees, and assignments of a
//! track or a single scenario to trainees and groups with a due date. Serde types only; the
//! file's reading and writing is [`super::file`], its references are checked by
//! [`super::check`], and what the records say of it is [`super::progress`].

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::records::record::Mode;

/// The format number this build writes (and the newest it reads).
pub const PROGRAMME_FORMAT: u32 = 1;

/// The whole programme file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    /// The file's format ([`PROGRAMME_FORMAT`]).
    #[serde(default = "default_format")]
    pub format: u32,
    /// The tracks, in the order coordinators see them.
    #[serde(default)]
    pub tracks: Vec<Track>,
    /// The groups of trainees.
    #[serde(default)]
    pub groups: Vec<Group>,
    /// Who must do what by when.
    #[serde(default)]
    pub assignments: Vec<Assignment>,
}

fn default_format() -> u32 {
    PROGRAMME_FORMAT
}

impl Default for Programme {
    fn default() -> Self {
        Programme {
            format: PROGRAMME_FORMAT,
            tracks: Vec::new(),
            groups: Vec::new(),
            assignments: Vec::new(),
        }
    }
}

impl Programme {
    /// The track with this id.
    pub fn track(&self, id: &str) -> Option<&Track> {
        self.tracks.iter().find(|t| t.id == id)
    }

    /// The group with this id.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The assignment with this id.
    pub fn assignment(&self, id: &str) -> Option<&Assignment> {
        self.assignments.iter().find(|a| a.id == id)
    }

    /// The assignments that name this trainee, directly or through one of its groups, in
    /// file order (names compare as [`same_trainee`] says).
    pub fn assignments_of<'a>(&'a self, trainee: &'a str) -> impl Iterator<Item = &'a Assignment> {
        self.assignments
            .iter()
            .filter(move |a| self.assigned_to(a).iter().any(|t| same_trainee(t, trainee)))
    }

    /// Every trainee an assignment reaches (its own names, then its groups' members), each
    /// once, in that order.
    pub fn assigned_to(&self, a: &Assignment) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let groups = a
            .groups
            .iter()
            .filter_map(|g| self.group(g))
            .flat_map(|g| g.trainees.iter());
        for name in a.trainees.iter().chain(groups) {
            if !out.iter().any(|t| same_trainee(t, name)) {
                out.push(name.trim().to_string());
            }
        }
        out
    }

    /// The steps an assignment asks for: its track's steps, or its one scenario's step
    /// (passed once, any mode). `None` when it names a track the file does not have.
    pub fn steps_of(&self, a: &Assignment) -> Option<Vec<Step>> {
        match &a.work {
            Work::Track(id) => self.track(id).map(|t| t.steps.clone()),
            Work::Scenario(id) => Some(vec![Step {
                target: Target::Scenario(id.clone()),
                rule: Completion::PassedOnce { mode: None },
            }]),
        }
    }

    /// A fresh id for a new item: `stem` made file-safe, with `-2`, `-3`… when `taken` says
    /// the name is used.
    pub fn fresh_id(stem: &str, taken: impl Fn(&str) -> bool) -> String {
        let base = crate::records::record::slug(stem);
        if !taken(&base) {
            return base;
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !taken(id))
            .expect("some suffix is free")
    }
}

/// Whether two trainee names are the same trainee: trimmed, compared without case (as the
/// report's `--trainee` filter compares them).
pub fn same_trainee(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// A track: steps in order, e.g. "US consumer calls, level 1".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    /// Unique among tracks; a-z, 0-9 and '-'.
    pub id: String,
    /// The title (in the programme's main language).
    pub title: String,
    /// The title in other languages, by language code (`{"pl": "…"}`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub titles: BTreeMap<String, String>,
    /// The steps, in the order a trainee takes them.
    pub steps: Vec<Step>,
}

impl Track {
    /// The title in `lang`, else the main title.
    pub fn title_in(&self, lang: &str) -> &str {
        self.titles
            .get(lang)
            .filter(|t| !t.trim().is_empty())
            .unwrap_or(&self.title)
    }
}

/// One step of a track: what to play and when it counts as done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// The scenario or case to play.
    pub target: Target,
    /// When the step is complete.
    #[serde(default = "default_rule")]
    pub rule: Completion,
}

fn default_rule() -> Completion {
    Completion::PassedOnce { mode: None }
}

/// What a step plays.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Target {
    /// A scenario, by id: each call of it is an attempt.
    Scenario(String),
    /// A case, by id: each playing of the case (all its calls) is an attempt.
    Case(String),
}

impl Target {
    /// The scenario or case id.
    pub fn id(&self) -> &str {
        match self {
            Target::Scenario(id) | Target::Case(id) => id,
        }
    }
}

/// When a step is complete, judged on the trainee's attempts since the assignment, oldest
/// first. A step is complete from the first attempt after which its rule holds; later
/// attempts never undo it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Completion {
    /// One attempt passed (in this mode, when given).
    PassedOnce {
        #[serde(default)]
        mode: Option<Mode>,
    },
    /// One attempt scored at least this overall score (0–100).
    ScoreAtLeast(u8),
    /// The last `n` attempts (at least `n` of them) had no critical breach.
    NoCriticalInLast(u32),
    /// Every rule listed holds (at least one attempt is needed even when the list is empty).
    All(Vec<Completion>),
}

/// A named group of trainees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Unique among groups; a-z, 0-9 and '-'.
    pub id: String,
    /// The name coordinators see.
    pub name: String,
    /// The trainees' names as they sign in.
    #[serde(default)]
    pub trainees: Vec<String>,
}

/// What an assignment asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Work {
    /// A track, by id.
    Track(String),
    /// A single scenario, by id (complete when passed once).
    Scenario(String),
}

/// A track or a scenario assigned to trainees and groups, due by a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assignment {
    /// Unique among assignments.
    pub id: String,
    /// The track or scenario.
    pub work: Work,
    /// Trainees named directly.
    #[serde(default)]
    pub trainees: Vec<String>,
    /// Groups, by id.
    #[serde(default)]
    pub groups: Vec<String>,
    /// The last day to complete it (inclusive, in UTC): overdue from the day after.
    pub due: NaiveDate,
    /// When it was assigned: attempts started before this do not count.
    pub assigned_at: DateTime<Utc>,
    /// Who assigned it.
    #[serde(default)]
    pub assigned_by: String,
}
