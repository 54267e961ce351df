//! The three-way merge of two coordinators' edits, item by item (tracks, groups and
//! assignments, each by its id).
//!
//! For each id, with `base` (what this editor loaded), `theirs` (on disk now) and `ours`
//! (edited):
//! - changed on one side only (added, edited or removed): that side's change is kept;
//! - the same change on both sides: kept once;
//! - **a group's trainees** merge as a set: a name added by either side is in, a name
//!   removed by either side is out, so two coordinators adding trainees never conflict;
//! - **both sides changed an item differently** (a conflict): *an edit beats a removal*
//!   (the edited item is kept, so no one's work is silently dropped), and between two edits
//!   *ours wins* (the coordinator saving now has it on screen). Every conflict is reported
//!   with both versions' outcome, so the shell can say what was overridden.
//!
//! Order: items in the order `theirs` has them, then items new in `ours` in its order.

use serde::Serialize;

use crate::programme::model::{Group, Programme};

/// Which collection an item is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Track,
    Group,
    Assignment,
}

/// How a conflict was settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Settled {
    /// Both edited it: our version replaced theirs.
    OursOverTheirs,
    /// We removed it, they edited it: their edit is kept.
    KeptTheirEdit,
    /// They removed it, we edited it: our edit is kept.
    KeptOurEdit,
}

/// An item both sides changed differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub kind: Kind,
    pub id: String,
    pub settled: Settled,
}

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.kind {
            Kind::Track => "track",
            Kind::Group => "group",
            Kind::Assignment => "assignment",
        };
        let how = match self.settled {
            Settled::OursOverTheirs => "both edited it; this edit replaced the other one",
            Settled::KeptTheirEdit => "removed here but edited elsewhere; the other edit is kept",
            Settled::KeptOurEdit => "removed elsewhere but edited here; this edit is kept",
        };
        write!(f, "{kind} \"{}\": {how}", self.id)
    }
}

/// Merges `ours` and `theirs`, both edited from `base`; see the module doc.
pub fn merge(base: &Programme, theirs: &Programme, ours: &Programme) -> (Programme, Vec<Conflict>) {
    let mut conflicts = Vec::new();
    let tracks = merge_items(
        Kind::Track,
        &base.tracks,
        &theirs.tracks,
        &ours.tracks,
        |t| &t.id,
        |_, _, o| (o.clone(), true),
        &mut conflicts,
    );
    let groups = merge_items(
        Kind::Group,
        &base.groups,
        &theirs.groups,
        &ours.groups,
        |g| &g.id,
        merge_group,
        &mut conflicts,
    );
    let assignments = merge_items(
        Kind::Assignment,
        &base.assignments,
        &theirs.assignments,
        &ours.assignments,
        |a| &a.id,
        |_, _, o| (o.clone(), true),
        &mut conflicts,
    );
    let programme = Programme {
        format: theirs.format.max(ours.format),
        tracks,
        groups,
        assignments,
    };
    (programme, conflicts)
}

/// One collection, by id. `both` settles an item both sides edited (given base, theirs,
/// ours): the merged item, and whether that overrode one side's change (a conflict).
fn merge_items<T: Clone + PartialEq>(
    kind: Kind,
    base: &[T],
    theirs: &[T],
    ours: &[T],
    id: impl Fn(&T) -> &String,
    both: impl Fn(Option<&T>, &T, &T) -> (T, bool),
    conflicts: &mut Vec<Conflict>,
) -> Vec<T> {
    let find =
        |items: &'_ [T], key: &str| -> Option<usize> { items.iter().position(|t| id(t) == key) };
    let mut order: Vec<&String> = theirs.iter().map(&id).collect();
    for o in ours {
        if !order.contains(&id(o)) {
            order.push(id(o));
        }
    }
    let mut out = Vec::new();
    for key in order {
        let b = find(base, key).map(|i| &base[i]);
        let t = find(theirs, key).map(|i| &theirs[i]);
        let o = find(ours, key).map(|i| &ours[i]);
        let kept = match (t, o) {
            _ if t == o => t.cloned(),
            _ if t == b => o.cloned(),
            _ if o == b => t.cloned(),
            (Some(t), Some(o)) => {
                let (merged, overrode) = both(b, t, o);
                if overrode {
                    conflicts.push(Conflict {
                        kind,
                        id: key.clone(),
                        settled: Settled::OursOverTheirs,
                    });
                }
                Some(merged)
            }
            (Some(t), None) => {
                conflicts.push(Conflict {
                    kind,
                    id: key.clone(),
                    settled: Settled::KeptTheirEdit,
                });
                Some(t.clone())
            }
            (None, Some(o)) => {
                conflicts.push(Conflict {
                    kind,
                    id: key.clone(),
                    settled: Settled::KeptOurEdit,
                });
                Some(o.clone())
            }
            (None, None) => None,
        };
        out.extend(kept);
    }
    out
}

/// A group both sides edited: the trainees as a set; the name as an item's edit (ours wins
/// when both renamed it, the only conflict a group can have).
fn merge_group(base: Option<&Group>, theirs: &Group, ours: &Group) -> (Group, bool) {
    let base_names: &[String] = base.map(|b| b.trainees.as_slice()).unwrap_or(&[]);
    let has = |list: &[String], n: &str| {
        list.iter()
            .any(|m| crate::programme::model::same_trainee(m, n))
    };
    let mut trainees: Vec<String> = Vec::new();
    for name in theirs.trainees.iter().chain(&ours.trainees) {
        let removed =
            has(base_names, name) && (!has(&theirs.trainees, name) || !has(&ours.trainees, name));
        if !removed && !has(&trainees, name) {
            trainees.push(name.clone());
        }
    }
    let (name, overrode) = match base {
        Some(b) if ours.name == b.name => (theirs.name.clone(), false),
        Some(b) => (
            ours.name.clone(),
            theirs.name != b.name && theirs.name != ours.name,
        ),
        None => (ours.name.clone(), theirs.name != ours.name),
    };
    let group = Group {
        id: ours.id.clone(),
        name,
        trainees,
    };
    (group, overrode)
}
