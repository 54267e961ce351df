//! What the coordinator dashboard shows, computed from a loaded cohort (no drawing here):
//! the trainee × scenario table and its sorting, score distributions and weekly trends, and
//! how often each option is picked at each node, with the wrong answers marked.
//!
//! Records flagged as tampered are counted but left out of every figure: their scores cannot
//! be trusted.
//!
//! Every figure comes two ways: from whole records ([`build`], [`option_stats`],
//! [`most_picked_wrong_across`] over a [`Cohort`]), the reference, and from digests
//! ([`build_digests`], [`option_stats_digests`], [`most_picked_wrong_across_digests`] over a
//! [`DigestCohort`]), which the app loads so that records the verification cache vouches for
//! are not parsed (`tests/dashboard_digests.rs` checks that both give the same figures). Both
//! go through the same counting code; only how a session's facts are read differs.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

use crate::cohort::report::{self, Cohort, Filter, LoadedRecord, Summary, TraineeScenarioRow};
use crate::cohort::table::{self, DigestCohort};
use crate::compile::CompiledScenario;
use crate::records::digest::Digest;

mod answers;
pub use answers::*;

/// Which records the dashboard shows: the report filter plus a free-text trainee search.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DashboardFilter {
    /// Scenario, jurisdiction and dates, as `callcoach report` filters them (the dashboard's
    /// controls leave its exact-name `trainee` unset and search with `trainee` below).
    pub report: Filter,
    /// Part of a trainee's name or ID (case-insensitive); empty keeps everyone.
    pub trainee: String,
    /// Only (trainee, scenario) rows with a flagged session.
    pub flagged_only: bool,
}

impl DashboardFilter {
    /// Whether a record is shown; the search text is prepared once, not per record.
    pub fn matcher<'a>(
        &'a self,
        scenarios: &'a BTreeMap<String, Arc<CompiledScenario>>,
    ) -> impl Fn(&crate::records::record::SessionRecord) -> bool + 'a {
        let query = self.trainee.trim().to_lowercase();
        move |rec| {
            self.report.keeps(rec, scenarios)
                && (query.is_empty() || rec.meta.trainee.to_lowercase().contains(&query))
        }
    }

    /// [`DashboardFilter::matcher`] for a record's digest.
    pub fn matcher_digest<'a>(
        &'a self,
        scenarios: &'a BTreeMap<String, Arc<CompiledScenario>>,
    ) -> impl Fn(&Digest) -> bool + 'a {
        let query = self.trainee.trim().to_lowercase();
        move |d| {
            self.report.keeps_digest(d, scenarios)
                && (query.is_empty() || d.trainee.to_lowercase().contains(&query))
        }
    }
}

/// A column of the trainee × scenario table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Column {
    #[default]
    Trainee,
    Scenario,
    Attempts,
    Best,
    Last,
    Passed,
    Trend,
}

impl Column {
    pub const ALL: [Column; 7] = [
        Column::Trainee,
        Column::Scenario,
        Column::Attempts,
        Column::Best,
        Column::Last,
        Column::Passed,
        Column::Trend,
    ];

    /// The `app-dash-col-<key>` message of the column header.
    pub fn key(self) -> &'static str {
        match self {
            Column::Trainee => "trainee",
            Column::Scenario => "scenario",
            Column::Attempts => "attempts",
            Column::Best => "best",
            Column::Last => "last",
            Column::Passed => "passed",
            Column::Trend => "trend",
        }
    }
}

/// How a (trainee, scenario) pair stands on passing: passed on the last attempt, passed
/// before but not last time, or never passed. Ordered worst first.
pub fn pass_rank(p: &TraineeScenarioRow) -> u8 {
    match (p.passed_ever, p.last_passed) {
        (_, true) => 2,
        (true, false) => 1,
        (false, false) => 0,
    }
}

/// Sorts table rows by a column; ties fall back to trainee then scenario, so the order is
/// stable whatever the load order.
pub fn sort_rows(rows: &mut [TraineeScenarioRow], column: Column, descending: bool) {
    rows.sort_by(|a, b| {
        let primary = match column {
            Column::Trainee => a.trainee.to_lowercase().cmp(&b.trainee.to_lowercase()),
            Column::Scenario => a.scenario.cmp(&b.scenario),
            Column::Attempts => a.attempts.cmp(&b.attempts),
            Column::Best => a.best.cmp(&b.best),
            Column::Last => a.last.cmp(&b.last),
            Column::Passed => pass_rank(a).cmp(&pass_rank(b)),
            Column::Trend => a.trend.cmp(&b.trend),
        };
        let primary = if descending {
            primary.reverse()
        } else {
            primary
        };
        primary
            .then_with(|| a.trainee.to_lowercase().cmp(&b.trainee.to_lowercase()))
            .then_with(|| a.scenario.cmp(&b.scenario))
    });
}

/// Overall scores in ten bands (0–9, 10–19, …, 90–100), passed and failed calls apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Histogram {
    pub passed: [usize; 10],
    pub failed: [usize; 10],
}

impl Histogram {
    /// The band of an overall score.
    pub fn band(score: u8) -> usize {
        (score as usize / 10).min(9)
    }

    /// The tallest band (passed plus failed).
    pub fn peak(&self) -> usize {
        (0..10)
            .map(|i| self.passed[i] + self.failed[i])
            .max()
            .unwrap_or(0)
    }

    pub fn total(&self) -> usize {
        self.passed.iter().sum::<usize>() + self.failed.iter().sum::<usize>()
    }
}

/// One week of the cohort's results.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    /// The Monday the week starts on (UTC).
    pub week: NaiveDate,
    pub sessions: usize,
    /// Mean overall score.
    pub mean: f64,
    /// Share of calls passed, 0–1.
    pub pass_rate: f64,
}

/// Everything the dashboard draws for one filter.
#[derive(Debug, Clone)]
pub struct DashboardView {
    pub summary: Summary,
    pub histogram: Histogram,
    pub trend: Vec<TrendPoint>,
    /// Indices into the cohort's records (or digest items) of the sessions shown, oldest
    /// first.
    pub sessions: Vec<usize>,
}

/// Whether a record's scores can be used in figures.
fn trusted(r: &LoadedRecord) -> bool {
    r.verification.is_trusted()
}

/// Builds the dashboard for the records a filter keeps.
pub fn build(
    cohort: &Cohort,
    filter: &DashboardFilter,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
) -> DashboardView {
    let keeps = filter.matcher(scenarios);
    let sessions: Vec<usize> = cohort
        .records
        .iter()
        .enumerate()
        .filter(|(_, r)| keeps(&r.record))
        .map(|(i, _)| i)
        .collect();
    let mut summary = report::summarise(cohort, &keeps);
    if filter.flagged_only {
        summary.rows.retain(|p| p.flagged > 0);
    }
    let kept = || sessions.iter().map(|&i| &cohort.records[i]);
    DashboardView {
        histogram: histogram(kept()),
        trend: weekly_trend(kept()),
        summary,
        sessions,
    }
}

/// [`build`] over digests: the same view of the items a filter keeps (indices into
/// `cohort.items`).
pub fn build_digests(
    cohort: &DigestCohort,
    filter: &DashboardFilter,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
) -> DashboardView {
    let keeps = filter.matcher_digest(scenarios);
    let sessions: Vec<usize> = cohort
        .items
        .iter()
        .enumerate()
        .filter(|(_, r)| keeps(&r.digest))
        .map(|(i, _)| i)
        .collect();
    let mut summary = table::summarise_digests(cohort, &keeps);
    if filter.flagged_only {
        summary.rows.retain(|p| p.flagged > 0);
    }
    let kept = || {
        sessions
            .iter()
            .map(|&i| &cohort.items[i])
            .filter(|r| r.verification.is_trusted())
            .map(|r| &r.digest)
    };
    DashboardView {
        histogram: histogram_of(kept().map(|d| (d.overall, d.passed))),
        trend: trend_of(kept().map(|d| (d.started_at, d.overall, d.passed))),
        summary,
        sessions,
    }
}

/// The overall-score distribution of trusted records.
pub fn histogram<'a>(records: impl IntoIterator<Item = &'a LoadedRecord>) -> Histogram {
    histogram_of(
        records
            .into_iter()
            .filter(|r| trusted(r))
            .map(|r| (r.record.scores.overall, r.record.passed)),
    )
}

/// The distribution of (overall, passed) scores.
fn histogram_of(scores: impl Iterator<Item = (u8, bool)>) -> Histogram {
    let mut h = Histogram::default();
    for (overall, passed) in scores {
        let b = Histogram::band(overall);
        if passed {
            h.passed[b] += 1;
        } else {
            h.failed[b] += 1;
        }
    }
    h
}

/// Mean score and pass rate per week (weeks start on Monday, UTC), oldest first; weeks with
/// no session are left out.
pub fn weekly_trend<'a>(records: impl IntoIterator<Item = &'a LoadedRecord>) -> Vec<TrendPoint> {
    trend_of(records.into_iter().filter(|r| trusted(r)).map(|r| {
        (
            r.record.meta.started_at,
            r.record.scores.overall,
            r.record.passed,
        )
    }))
}

/// [`weekly_trend`] of (start, overall, passed) sessions.
fn trend_of(sessions: impl Iterator<Item = (DateTime<Utc>, u8, bool)>) -> Vec<TrendPoint> {
    let mut weeks: BTreeMap<NaiveDate, (usize, u64, usize)> = BTreeMap::new();
    for (started_at, overall, passed) in sessions {
        let day = started_at.date_naive();
        // Checked: a record dated in chrono's first week has no Monday before it.
        let back = Duration::days(day.weekday().num_days_from_monday() as i64);
        let monday = day.checked_sub_signed(back).unwrap_or(day);
        let w = weeks.entry(monday).or_default();
        w.0 += 1;
        w.1 += overall as u64;
        w.2 += passed as usize;
    }
    weeks
        .into_iter()
        .map(|(week, (n, sum, passed))| TrendPoint {
            week,
            sessions: n,
            mean: sum as f64 / n as f64,
            pass_rate: passed as f64 / n as f64,
        })
        .collect()
}

/// Writes the sessions a view shows as CSV (the same columns as `callcoach report --format
/// csv`) to `<data>/exports/sessions-<UTC time>.csv`: a temporary file, synced, then renamed.
pub fn export_csv(
    cohort: &Cohort,
    view: &DashboardView,
    data: &std::path::Path,
    now: chrono::DateTime<chrono::Utc>,
) -> std::io::Result<std::path::PathBuf> {
    let rows: Vec<report::SessionRow> = view
        .sessions
        .iter()
        .map(|&i| report::SessionRow::of(&cohort.records[i]))
        .collect();
    export_rows(&rows, data, now)
}

/// Writes session rows as [`export_csv`] does (the app, whose view holds digests, reads the
/// sessions' records again for it: [`table::records_of`]).
pub fn export_rows(
    rows: &[report::SessionRow],
    data: &std::path::Path,
    now: chrono::DateTime<chrono::Utc>,
) -> std::io::Result<std::path::PathBuf> {
    use std::io::Write;
    let text = report::to_csv(rows).map_err(std::io::Error::other)?;
    let dir = data.join("exports");
    std::fs::create_dir_all(&dir)?;
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    let mut path = dir.join(format!("sessions-{stamp}.csv"));
    let mut n = 1;
    while path.exists() {
        n += 1;
        path = dir.join(format!("sessions-{stamp}-{n}.csv"));
    }
    let tmp = path.with_extension("csv.tmp");
    {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, &path)?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::answers::rank_wrong_across;
    use super::*;

    fn progress(
        trainee: &str,
        scenario: &str,
        best: u8,
        last: u8,
        trend: i32,
    ) -> TraineeScenarioRow {
        TraineeScenarioRow {
            trainee: trainee.into(),
            scenario: scenario.into(),
            attempts: 1,
            best,
            last,
            passed_ever: best >= 70,
            last_passed: last >= 70,
            trend,
            history: vec![last],
            flagged: 0,
        }
    }

    #[test]
    fn sorting_by_a_column_breaks_ties_by_trainee_then_scenario() {
        let mut rows = vec![
            progress("Zofia", "b", 80, 80, 0),
            progress("adam", "b", 80, 60, 5),
            progress("Łucja", "a", 40, 40, -3),
            progress("adam", "a", 90, 90, 0),
        ];
        sort_rows(&mut rows, Column::Best, true);
        let order: Vec<(&str, &str)> = rows
            .iter()
            .map(|p| (p.trainee.as_str(), p.scenario.as_str()))
            .collect();
        assert_eq!(
            order,
            [("adam", "a"), ("adam", "b"), ("Zofia", "b"), ("Łucja", "a")]
        );
        sort_rows(&mut rows, Column::Trend, false);
        assert_eq!(rows[0].trainee, "Łucja");
        assert_eq!(rows[3].trend, 5);
        sort_rows(&mut rows, Column::Passed, false);
        assert_eq!(rows[0].trainee, "Łucja", "never passed sorts first");
    }

    #[test]
    fn bands_cover_zero_to_a_hundred() {
        assert_eq!(Histogram::band(0), 0);
        assert_eq!(Histogram::band(9), 0);
        assert_eq!(Histogram::band(10), 1);
        assert_eq!(Histogram::band(99), 9);
        assert_eq!(Histogram::band(100), 9);
    }

    #[test]
    fn a_wrong_option_is_critical_or_mostly_breaching() {
        let o = |picks, breaches, critical| OptionStat {
            choice: Some("x".into()),
            picks,
            breaches,
            rules: Vec::new(),
            critical,
        };
        assert!(o(0, 0, true).is_wrong());
        assert!(o(10, 6, false).is_wrong());
        assert!(!o(10, 5, false).is_wrong());
        assert!(!o(0, 0, false).is_wrong());
    }

    fn wrong(node: &str, picks: usize) -> WrongPick {
        WrongPick {
            node: node.into(),
            choice: Some("c".into()),
            picks,
            share: 0.5,
        }
    }

    #[test]
    fn wrong_answers_across_scenarios_rank_by_count_then_scenario() {
        let ranked = rank_wrong_across(
            [
                ("b".to_string(), vec![wrong("b1", 9), wrong("b2", 4)]),
                (
                    "a".to_string(),
                    vec![wrong("a1", 4), wrong("a2", 4), wrong("a3", 1)],
                ),
                ("c".to_string(), vec![]),
            ],
            3,
        );
        let order: Vec<(&str, &str)> = ranked
            .iter()
            .map(|(sc, w)| (sc.as_str(), w.node.as_str()))
            .collect();
        assert_eq!(order, [("b", "b1"), ("a", "a1"), ("a", "a2")]);
    }

    #[test]
    fn wrong_answers_across_a_synthetic_cohort_come_from_each_scenarios_own_list() {
        let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        let lib = crate::content::loader::Library::load(root);
        let mut diagnostics = Vec::new();
        let mut scenarios = BTreeMap::new();
        for s in &lib.scenarios {
            let sc = crate::compile::compile(&lib, s, &mut diagnostics).expect("compiles");
            scenarios.insert(sc.id.clone(), Arc::new(sc));
        }
        let data = tempfile::tempdir().expect("temp dir");
        report::synthesise(&scenarios, data.path(), 200, 11, 9).expect("synthesised");
        let cohort = report::load_cohort(data.path(), &scenarios, &[]);
        let view = build(&cohort, &DashboardFilter::default(), &scenarios);
        let across = most_picked_wrong_across(&view, &cohort, &scenarios, 6);
        assert!(
            !across.is_empty(),
            "200 random calls pick some wrong answers"
        );
        assert!(across.len() <= 6);
        assert!(across.windows(2).all(|w| w[0].1.picks >= w[1].1.picks));
        for (id, w) in &across {
            let own = most_picked_wrong(
                &option_stats(&scenarios[id], cohort.records.iter()),
                WRONG_PER_SCENARIO,
            );
            assert!(
                own.contains(w),
                "{id}/{}: from the scenario's own list",
                w.node
            );
        }
    }
}
