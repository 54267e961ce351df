//! What is wrong with a programme beyond its syntax: ids used twice, steps and assignments
//! naming a scenario, case, track or group that does not exist, rules that can never hold.
//! Each problem names `file:line:col` (where the name stands in the text, when it can be
//! found) and what to do.

use std::collections::BTreeSet;
use std::path::Path;

use crate::compile::names::suggest;
use crate::content::diagnostic::SourceText;
use crate::content::loader::Library;
use crate::programme::file::ProgrammeError;
use crate::programme::model::{Completion, Programme, Target, Work};

/// The scenario and case ids a programme may name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Known {
    pub scenarios: BTreeSet<String>,
    pub cases: BTreeSet<String>,
}

impl Known {
    /// The ids of a loaded library (every scenario file that parsed, and every case).
    pub fn of(lib: &Library) -> Known {
        Known {
            scenarios: lib.scenarios.iter().map(|s| s.value.id.clone()).collect(),
            cases: lib.cases.iter().map(|c| c.value.id.clone()).collect(),
        }
    }
}

/// Every problem of `programme` (read from `text` at `path`, for positions).
pub fn check(programme: &Programme, path: &Path, text: &str, known: &Known) -> Vec<ProgrammeError> {
    let source = SourceText::new(path, text);
    let mut out = Vec::new();
    let mut at = |anchor: Option<&str>, needle: &str, message: String, help: String| {
        let (line, column) = match locate(text, anchor, needle) {
            Some(offset) => source.line_col(offset),
            None => (0, 0),
        };
        out.push(ProgrammeError {
            path: path.to_path_buf(),
            line,
            column,
            message,
            help,
        });
    };
    duplicates(programme.tracks.iter().map(|t| &t.id), "track", &mut at);
    duplicates(programme.groups.iter().map(|g| &g.id), "group", &mut at);
    duplicates(
        programme.assignments.iter().map(|a| &a.id),
        "assignment",
        &mut at,
    );
    for track in &programme.tracks {
        let anchor = Some(track.id.as_str());
        if track.steps.is_empty() {
            at(
                None,
                &track.id,
                format!("track \"{}\" has no steps", track.id),
                "add at least one step: Step(target: Scenario(\"…\"))".into(),
            );
        }
        for step in &track.steps {
            let (kind, set) = match &step.target {
                Target::Scenario(_) => ("scenario", &known.scenarios),
                Target::Case(_) => ("case", &known.cases),
            };
            let id = step.target.id();
            if !set.contains(id) {
                at(
                    anchor,
                    id,
                    format!("track \"{}\": no {kind} \"{id}\" in the library", track.id),
                    suggest(
                        id,
                        set.iter().map(String::as_str),
                        "use an id `callcoach check` lists, or remove the step",
                    ),
                );
            }
            rule_problems(&step.rule, &mut |m| {
                at(
                    anchor,
                    id,
                    format!("track \"{}\", step \"{id}\": {m}", track.id),
                    String::new(),
                )
            });
        }
    }
    let track_ids: BTreeSet<&str> = programme.tracks.iter().map(|t| t.id.as_str()).collect();
    let group_ids: BTreeSet<&str> = programme.groups.iter().map(|g| g.id.as_str()).collect();
    for a in &programme.assignments {
        let anchor = Some(a.id.as_str());
        match &a.work {
            Work::Track(t) if !track_ids.contains(t.as_str()) => at(
                anchor,
                t,
                format!("assignment \"{}\": no track \"{t}\"", a.id),
                suggest(
                    t,
                    track_ids.iter().copied(),
                    "add the track, or assign another",
                ),
            ),
            Work::Scenario(s) if !known.scenarios.contains(s) => at(
                anchor,
                s,
                format!(
                    "assignment \"{}\": no scenario \"{s}\" in the library",
                    a.id
                ),
                suggest(
                    s,
                    known.scenarios.iter().map(String::as_str),
                    "use an id `callcoach check` lists",
                ),
            ),
            _ => {}
        }
        for g in &a.groups {
            if !group_ids.contains(g.as_str()) {
                at(
                    anchor,
                    g,
                    format!("assignment \"{}\": no group \"{g}\"", a.id),
                    suggest(
                        g,
                        group_ids.iter().copied(),
                        "add the group, or remove it here",
                    ),
                );
            }
        }
        if a.trainees.iter().all(|t| t.trim().is_empty()) && a.groups.is_empty() {
            at(
                None,
                &a.id,
                format!("assignment \"{}\" is assigned to no one", a.id),
                "name trainees: [\"…\"] or groups: [\"…\"]".into(),
            );
        }
    }
    out
}

/// A rule that can never hold, or holds for nothing.
fn rule_problems(rule: &Completion, report: &mut dyn FnMut(String)) {
    match rule {
        Completion::NoCriticalInLast(0) => {
            report("NoCriticalInLast(0) looks at no attempt; use 1 or more".into())
        }
        Completion::ScoreAtLeast(s) if *s > 100 => report(format!(
            "ScoreAtLeast({s}) can never hold: scores are 0 to 100"
        )),
        Completion::All(rules) => rules.iter().for_each(|r| rule_problems(r, report)),
        _ => {}
    }
}

fn duplicates<'a>(
    ids: impl Iterator<Item = &'a String>,
    kind: &str,
    at: &mut impl FnMut(Option<&str>, &str, String, String),
) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id.as_str()) {
            // Point at the second one: skip past the first.
            at(
                Some(id),
                id,
                format!("{kind} id \"{id}\" is used twice"),
                format!("give each {kind} its own id"),
            );
        }
    }
}

/// Where `needle` stands as a quoted string, after the quoted `anchor` when given (the item
/// it belongs to); the byte offset of its opening quote.
fn locate(text: &str, anchor: Option<&str>, needle: &str) -> Option<usize> {
    let quoted = |s: &str| format!("\"{s}\"");
    let from = match anchor {
        Some(a) => text.find(&quoted(a))? + quoted(a).len(),
        None => 0,
    };
    text[from..].find(&quoted(needle)).map(|i| from + i)
}
