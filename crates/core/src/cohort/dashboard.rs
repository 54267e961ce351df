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
use crate::cohort::table::{self, DigestCohort, DigestItem};
use crate::compile::{CKind, CompiledScenario};
use crate::engine::scoring::RuleStatus;
use crate::records::digest::{Digest, Pick, RuleTable};

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

/// How often one option was picked at a node.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionStat {
    /// The choice id; `None` for the answer timer running out.
    pub choice: Option<String>,
    pub picks: usize,
    /// Picks after which a rule was broken at that very turn.
    pub breaches: usize,
    /// The rules broken at that turn, most often first: (rubric, rule, times).
    pub rules: Vec<(String, String, usize)>,
    /// The option carries a tag a critical rule forbids.
    pub critical: bool,
}

impl OptionStat {
    /// A wrong answer: it breaks a critical rule, or picking it broke a rule more often
    /// than not.
    pub fn is_wrong(&self) -> bool {
        self.critical || (self.picks > 0 && self.breaches * 2 > self.picks)
    }
}

/// Pick counts at one node of a scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeStat {
    pub node: String,
    /// How many times the cohort reached this node.
    pub visits: usize,
    /// In the scenario's order, then proposed terms (at a negotiation step), the timeout last.
    pub options: Vec<OptionStat>,
}

impl NodeStat {
    /// The share of visits an option was picked at, 0–1.
    pub fn share(&self, o: &OptionStat) -> f64 {
        if self.visits == 0 {
            0.0
        } else {
            o.picks as f64 / self.visits as f64
        }
    }
}

/// The [`OptionStat::choice`] of "the trainee proposed terms" at a negotiation step (choice ids
/// cannot hold parentheses).
pub const PROPOSED: &str = "(terms)";

/// Pick counts for every `Say` node of a scenario (terms proposed at a negotiation step count
/// as the option [`PROPOSED`]), in the scenario's order, from the trusted
/// records of that scenario. Picks of options the current version no longer has are left out.
pub fn option_stats<'a>(
    sc: &CompiledScenario,
    records: impl IntoIterator<Item = &'a LoadedRecord>,
) -> Vec<NodeStat> {
    let mut stats = no_picks(sc);
    let by_node: BTreeMap<String, usize> = stats
        .iter()
        .enumerate()
        .map(|(k, n)| (n.node.clone(), k))
        .collect();
    for r in records
        .into_iter()
        .filter(|r| r.record.meta.scenario == sc.id && trusted(r))
    {
        // Rules broken at each turn (1-based turn → rule keys).
        let mut broken_at: BTreeMap<u32, Vec<(&str, &str)>> = BTreeMap::new();
        for rr in &r.record.scores.rules {
            if rr.status == RuleStatus::Broken
                && let Some(t) = rr.turn.filter(|t| *t >= 1)
            {
                broken_at.entry(t).or_default().push((&rr.rubric, &rr.rule));
            }
        }
        for (i, t) in r.record.turns.iter().enumerate() {
            let Some(&k) = by_node.get(t.node.as_str()) else {
                continue;
            };
            let pick = match t.terms {
                Some(_) => Some(PROPOSED),
                None => t.pick.as_deref(),
            };
            let Some(o) = stats[k]
                .options
                .iter()
                .position(|o| o.choice.as_deref() == pick)
            else {
                continue;
            };
            let rules = broken_at
                .get(&(i as u32 + 1))
                .map_or(&[][..], Vec::as_slice);
            count_pick(&mut stats[k], o, rules.iter().copied());
        }
    }
    sort_rules(&mut stats);
    stats
}

/// [`option_stats`] over digests (their node and choice ids in `ids`).
pub fn option_stats_digests<'a>(
    sc: &CompiledScenario,
    ids: &RuleTable,
    items: impl IntoIterator<Item = &'a DigestItem>,
) -> Vec<NodeStat> {
    let mut stats = no_picks(sc);
    // A node's id index → its stat; per stat, each option's pick → the option.
    let mut by_node: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    let mut picks: Vec<Vec<Option<Pick>>> = Vec::with_capacity(stats.len());
    for (k, n) in stats.iter().enumerate() {
        if let Some(i) = ids.name_index(&n.node) {
            by_node.insert(i, k);
        }
        picks.push(
            n.options
                .iter()
                .map(|o| match o.choice.as_deref() {
                    None => Some(Pick::Timeout),
                    Some(PROPOSED) => Some(Pick::Proposed),
                    Some(id) => ids.name_index(id).map(Pick::Choice),
                })
                .collect(),
        );
    }
    for d in items
        .into_iter()
        .filter(|r| r.digest.scenario == sc.id && r.verification.is_trusted())
        .map(|r| &r.digest)
    {
        for (i, t) in d.turns.iter().enumerate() {
            let Some(&k) = by_node.get(&t.node) else {
                continue;
            };
            let Some(o) = picks[k].iter().position(|p| *p == Some(t.pick)) else {
                continue;
            };
            let turn = i as u32 + 1;
            let rules = d
                .broken_at
                .iter()
                .filter(|(at, _)| *at == turn)
                .filter_map(|(_, rule)| ids.get(*rule));
            count_pick(&mut stats[k], o, rules);
        }
    }
    sort_rules(&mut stats);
    stats
}

/// One pick of option `o` at a node: a visit, a pick, and a breach with its rules when rules
/// were broken at that turn.
fn count_pick<'r>(node: &mut NodeStat, o: usize, rules: impl Iterator<Item = (&'r str, &'r str)>) {
    node.visits += 1;
    let o = &mut node.options[o];
    o.picks += 1;
    let mut breached = false;
    for (rubric, rule) in rules {
        breached = true;
        match o
            .rules
            .iter_mut()
            .find(|(b, r, _)| b == rubric && r == rule)
        {
            Some(e) => e.2 += 1,
            None => o.rules.push((rubric.to_string(), rule.to_string(), 1)),
        }
    }
    o.breaches += breached as usize;
}

/// Each option's rules, most often first (ties by rule id).
fn sort_rules(stats: &mut [NodeStat]) {
    for n in stats {
        for o in &mut n.options {
            o.rules
                .sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
        }
    }
}

/// Every `Say` node of a scenario with its options, nothing picked yet.
fn no_picks(sc: &CompiledScenario) -> Vec<NodeStat> {
    let critical = crate::engine::graph::critical_tags(sc);
    let mut stats: Vec<NodeStat> = Vec::new();
    for n in &sc.nodes {
        if let CKind::Say {
            choices,
            timeout,
            propose,
            ..
        } = &n.kind
        {
            let option = |choice: Option<String>, tags: &[crate::compile::TagIdx]| OptionStat {
                choice,
                picks: 0,
                breaches: 0,
                rules: Vec::new(),
                critical: tags.iter().any(|t| critical.contains(t)),
            };
            let mut options: Vec<OptionStat> = choices
                .iter()
                .map(|c| option(Some(c.id.clone()), &c.tags))
                .collect();
            if let Some(p) = propose {
                options.push(option(Some(PROPOSED.to_string()), &p.tags));
            }
            if let Some(t) = timeout {
                options.push(option(None, &t.tags));
            }
            stats.push(NodeStat {
                node: n.id.clone(),
                visits: 0,
                options,
            });
        }
    }
    stats
}

/// A wrong answer the cohort picks, for the "most-picked wrong answers" list.
#[derive(Debug, Clone, PartialEq)]
pub struct WrongPick {
    pub node: String,
    pub choice: Option<String>,
    pub picks: usize,
    /// Share of the node's visits, 0–1.
    pub share: f64,
}

/// The `n` wrong answers picked most often (by count, then share).
pub fn most_picked_wrong(stats: &[NodeStat], n: usize) -> Vec<WrongPick> {
    let mut out: Vec<WrongPick> = stats
        .iter()
        .flat_map(|s| {
            s.options
                .iter()
                .filter(|o| o.is_wrong() && o.picks > 0)
                .map(|o| WrongPick {
                    node: s.node.clone(),
                    choice: o.choice.clone(),
                    picks: o.picks,
                    share: s.share(o),
                })
        })
        .collect();
    out.sort_by(|a, b| {
        b.picks
            .cmp(&a.picks)
            .then_with(|| b.share.total_cmp(&a.share))
            .then_with(|| a.node.cmp(&b.node))
    });
    out.truncate(n);
    out
}

/// How many wrong answers each scenario contributes before [`most_picked_wrong_across`]
/// ranks them together.
pub const WRONG_PER_SCENARIO: usize = 5;

/// The `n` wrong answers picked most often over every scenario a view shows, each with its
/// scenario id: each scenario's [`WRONG_PER_SCENARIO`] most-picked wrong answers (from its
/// trusted sessions in the view), ranked together by count, ties by scenario id. Scenarios
/// missing from `scenarios` are left out.
pub fn most_picked_wrong_across(
    view: &DashboardView,
    cohort: &Cohort,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    n: usize,
) -> Vec<(String, WrongPick)> {
    let mut by_scenario: BTreeMap<&str, Vec<&LoadedRecord>> = BTreeMap::new();
    for &i in &view.sessions {
        let r = &cohort.records[i];
        by_scenario
            .entry(&r.record.meta.scenario)
            .or_default()
            .push(r);
    }
    let per_scenario = scenarios.iter().filter_map(|(id, sc)| {
        let records = by_scenario.get(id.as_str())?;
        let stats = option_stats(sc, records.iter().copied());
        Some((id.clone(), most_picked_wrong(&stats, WRONG_PER_SCENARIO)))
    });
    rank_wrong_across(per_scenario, n)
}

/// [`most_picked_wrong_across`] over digests: the view is one [`build_digests`] made.
pub fn most_picked_wrong_across_digests(
    view: &DashboardView,
    cohort: &DigestCohort,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    n: usize,
) -> Vec<(String, WrongPick)> {
    let mut by_scenario: BTreeMap<&str, Vec<&DigestItem>> = BTreeMap::new();
    for &i in &view.sessions {
        let r = &cohort.items[i];
        by_scenario.entry(&r.digest.scenario).or_default().push(r);
    }
    let per_scenario = scenarios.iter().filter_map(|(id, sc)| {
        let items = by_scenario.get(id.as_str())?;
        let stats = option_stats_digests(sc, &cohort.rules, items.iter().copied());
        Some((id.clone(), most_picked_wrong(&stats, WRONG_PER_SCENARIO)))
    });
    rank_wrong_across(per_scenario, n)
}

/// Ranks per-scenario wrong-answer lists together: by count (most first), ties by scenario
/// id, each scenario's own order kept; the first `n`.
fn rank_wrong_across(
    per_scenario: impl IntoIterator<Item = (String, Vec<WrongPick>)>,
    n: usize,
) -> Vec<(String, WrongPick)> {
    let mut wrong: Vec<(String, WrongPick)> = per_scenario
        .into_iter()
        .flat_map(|(id, picks)| picks.into_iter().map(move |w| (id.clone(), w)))
        .collect();
    wrong.sort_by(|a, b| b.1.picks.cmp(&a.1.picks).then_with(|| a.0.cmp(&b.0)));
    wrong.truncate(n);
    wrong
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
