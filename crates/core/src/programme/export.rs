//! The programme's figures as the command line prints them: CSV rows and JSON (field names
//! in English, for tools) and tables in the trainee's or coordinator's language (every word
//! from `ui.ftl`, `programme-*` messages). Every name from a file or a record goes through
//! [`crate::cohort::safe`] before a terminal or a CSV.

use std::fmt::Write as _;

use serde::Serialize;

use crate::cohort::safe::terminal;
use crate::content::l10n::{Localiser, n, s};
use crate::programme::mastery::Mastery;
use crate::programme::model::{Programme, Work};
use crate::programme::progress::{AssignmentFunnel, AssignmentProgress, Status, TraineeFunnel};

/// One trainee's standing on one assignment: a row of `programme funnel --format csv`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FunnelRow {
    pub assignment: String,
    /// `track:<id>` or `scenario:<id>`.
    pub work: String,
    pub due: String,
    pub trainee: String,
    pub status: &'static str,
    pub steps_done: usize,
    pub steps: usize,
    /// RFC 3339, blank when not completed.
    pub completed_at: String,
    pub late: bool,
    /// The completing records' ids, `;`-separated.
    pub records: String,
}

/// `track:<id>` / `scenario:<id>`.
pub fn work_key(work: &Work) -> String {
    match work {
        Work::Track(id) => format!("track:{id}"),
        Work::Scenario(id) => format!("scenario:{id}"),
    }
}

/// The CSV rows of every assignment's trainees.
pub fn funnel_rows(funnels: &[AssignmentFunnel]) -> Vec<FunnelRow> {
    funnels
        .iter()
        .flat_map(|f| f.trainees.iter())
        .map(|p| FunnelRow {
            assignment: p.assignment.clone(),
            work: work_key(&p.work),
            due: p.due.to_string(),
            trainee: p.trainee.clone(),
            status: p.status.key(),
            steps_done: p.steps_done(),
            steps: p.steps.len(),
            completed_at: p
                .completed
                .as_ref()
                .map(|d| d.at.to_rfc3339())
                .unwrap_or_default(),
            late: p.late,
            records: p
                .completed
                .as_ref()
                .map(|d| d.records.join(";"))
                .unwrap_or_default(),
        })
        .collect()
}

/// One cell of the mastery matrix: a row of `programme mastery --format csv`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MasteryRow {
    pub trainee: String,
    pub rubric: String,
    pub rule: String,
    pub attempts: u32,
    /// Of the attempts, how many were drills.
    pub drills: u32,
    pub kept: u32,
    /// kept / attempts, 0–1, three decimals.
    pub share: String,
    pub last: &'static str,
    pub trend: &'static str,
}

/// The matrix's cells that were ever decided, trainee by trainee.
pub fn mastery_rows(m: &Mastery) -> Vec<MasteryRow> {
    let mut out = Vec::new();
    for (t, name) in m.trainees.iter().enumerate() {
        for (r, key) in m.rules.iter().enumerate() {
            if let Some(c) = &m.cells[t][r] {
                out.push(MasteryRow {
                    trainee: name.clone(),
                    rubric: key.rubric.clone(),
                    rule: key.rule.clone(),
                    attempts: c.attempts,
                    drills: c.drills,
                    kept: c.kept,
                    share: format!("{:.3}", c.share()),
                    last: c.last.key(),
                    trend: c.trend.key(),
                });
            }
        }
    }
    out
}

/// The title of what an assignment asks for, in `lang`: the track's title, or the
/// scenario's.
pub fn work_title(programme: &Programme, work: &Work, loc: &Localiser, lang: &str) -> String {
    match work {
        Work::Track(id) => programme
            .track(id)
            .map(|t| t.title_in(lang).to_string())
            .unwrap_or_else(|| id.clone()),
        Work::Scenario(id) => loc.scenario_title(lang, id),
    }
}

/// A status in words.
pub fn status_text(loc: &Localiser, lang: &str, status: Status) -> String {
    loc.t(lang, &format!("programme-status-{}", status.key()))
}

/// Left-aligned columns, widths in characters.
fn columns(rows: &[Vec<String>]) -> String {
    let widths: Vec<usize> = (0..rows.first().map_or(0, Vec::len))
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            if c + 1 == row.len() {
                line.push_str(cell);
            } else {
                let pad = widths[c] - cell.chars().count();
                let _ = write!(line, "{cell}{}  ", " ".repeat(pad));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// `programme funnel` as tables: one line per assignment, then one per trainee.
pub fn funnel_table(
    programme: &Programme,
    funnels: &[AssignmentFunnel],
    per_trainee: &[TraineeFunnel],
    loc: &Localiser,
    lang: &str,
) -> String {
    let t = |id: &str| loc.t(lang, id);
    let counts = |f: &crate::programme::progress::Funnel| {
        let mut v = vec![f.assigned.to_string()];
        v.extend(Status::ALL.iter().map(|s| f.count(*s).to_string()));
        v
    };
    let mut head = vec![
        t("programme-col-assignment"),
        t("programme-col-work"),
        t("programme-col-due"),
        t("programme-col-assigned"),
    ];
    head.extend(Status::ALL.iter().map(|s| status_text(loc, lang, *s)));
    let mut rows = vec![head];
    for f in funnels {
        let mut row = vec![
            terminal(&f.assignment).into_owned(),
            terminal(&work_title(programme, &f.work, loc, lang)).into_owned(),
            loc.date(lang, f.due),
        ];
        row.extend(counts(&f.funnel));
        rows.push(row);
    }
    let mut out = String::new();
    if funnels.is_empty() {
        out.push_str(&t("programme-no-assignments"));
        out.push('\n');
        return out;
    }
    out.push_str(&columns(&rows));
    out.push('\n');
    let mut head = vec![t("programme-col-trainee"), t("programme-col-assigned")];
    head.extend(Status::ALL.iter().map(|s| status_text(loc, lang, *s)));
    let mut rows = vec![head];
    for p in per_trainee {
        let mut row = vec![terminal(&p.trainee).into_owned()];
        row.extend(counts(&p.funnel));
        rows.push(row);
    }
    out.push_str(&columns(&rows));
    out
}

/// `programme progress --trainee`: each assignment with its steps, done, next or to do.
pub fn progress_text(
    programme: &Programme,
    trainee: &str,
    progress: &[AssignmentProgress],
    loc: &Localiser,
    lang: &str,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        loc.ta(
            lang,
            "programme-assigned-to",
            &[("trainee", s(terminal(trainee).into_owned()))]
        )
    );
    if progress.is_empty() {
        let _ = writeln!(out, "{}", loc.t(lang, "programme-nothing-assigned"));
        return out;
    }
    for p in progress {
        let status = status_text(loc, lang, p.status);
        let status = if p.status == Status::Overdue {
            status.to_uppercase()
        } else {
            status
        };
        let _ = writeln!(
            out,
            "\n{}  {}  {}  {}",
            terminal(&work_title(programme, &p.work, loc, lang)),
            loc.ta(
                lang,
                "programme-due-on",
                &[("date", s(loc.date(lang, p.due)))]
            ),
            status,
            loc.ta(
                lang,
                "programme-steps-done",
                &[
                    ("done", n(p.steps_done() as f64)),
                    ("total", n(p.steps.len() as f64))
                ]
            ),
        );
        for (i, step) in p.steps.iter().enumerate() {
            let (mark, word) = match (&step.done, p.next == Some(i)) {
                (Some(_), _) => ("[x]", loc.t(lang, "programme-step-done")),
                (None, true) => ("[>]", loc.t(lang, "programme-step-next")),
                (None, false) => ("[ ]", String::new()),
            };
            let title = match &step.target {
                crate::programme::model::Target::Scenario(id) => loc.scenario_title(lang, id),
                crate::programme::model::Target::Case(id) => loc.case_title(lang, id),
            };
            let rule = &step.rule;
            let attempts = loc.ta(
                lang,
                "programme-attempts",
                &[("count", n(step.attempts.len() as f64))],
            );
            let _ = writeln!(
                out,
                "  {mark} {} ({}; {rule}; {attempts}) {word}",
                terminal(&title),
                step.target
            );
        }
        if let Some(done) = &p.completed {
            let _ = writeln!(
                out,
                "  {}",
                loc.ta(
                    lang,
                    "programme-completed-on",
                    &[("date", s(loc.date(lang, done.at.date_naive())))]
                )
            );
        }
    }
    out
}

/// `programme mastery` as a table: one line per trainee and rule decided.
pub fn mastery_table(m: &Mastery, loc: &Localiser, lang: &str) -> String {
    let t = |id: &str| loc.t(lang, id);
    if m.trainees.is_empty() {
        return format!("{}\n", t("programme-mastery-empty"));
    }
    let mut rows = vec![vec![
        t("programme-col-trainee"),
        t("programme-col-rule"),
        t("programme-col-attempts"),
        t("programme-col-drills"),
        t("programme-col-kept"),
        t("programme-col-last"),
        t("programme-col-trend"),
    ]];
    for r in mastery_rows(m) {
        let share = (r.kept as f64 * 100.0 / r.attempts.max(1) as f64).round();
        rows.push(vec![
            terminal(&r.trainee).into_owned(),
            terminal(&format!("{}/{}", r.rubric, r.rule)).into_owned(),
            r.attempts.to_string(),
            r.drills.to_string(),
            format!("{share} %"),
            loc.t(lang, &format!("status-{}", r.last)),
            loc.t(lang, &format!("programme-trend-{}", r.trend)),
        ]);
    }
    columns(&rows)
}
