//! Item analysis for trainers: how each answer at each decision is picked by strong and weak
//! trainees, from trusted records only. A decision (a `Say` node) is an item, its answers are
//! its options; the rubric's wrong answers are the dashboard's
//! ([`dashboard::OptionStat::is_wrong`]). Definitions and thresholds: docs/item-analysis.md.
//!
//! A response is one visit of a node in one record. Its respondent's **ability** is the
//! trainee's mean overall score over their *other* trusted records in the selection (every
//! scenario), the "corrected" total of test theory, so the answer itself does not lower the
//! ability it is compared with; a trainee with no other record is ranked by the record's own
//! overall score.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use crate::cohort::dashboard::{self, PROPOSED};
use crate::cohort::report::LoadedRecord;
use crate::compile::CompiledScenario;

/// The share of responses in each of the upper and lower groups.
pub const GROUP_SHARE: f64 = 0.27;
/// Fewer responses at a node than this and nothing there is flagged.
pub const MIN_RESPONSES: usize = 30;
/// A wrong answer is a miskey when the upper group picks it at least this much more often
/// than the lower group (and more often than any right answer).
pub const MISKEY_D: f64 = 0.20;
/// A node whose right answers the upper group picks less than this much more often than the
/// lower group does not discriminate.
pub const NON_DISCRIMINATING_D: f64 = 0.10;
/// Facility at or above this: too easy.
pub const TOO_EASY: f64 = 0.95;
/// Facility at or below this: too hard.
pub const TOO_HARD: f64 = 0.20;

/// The option name of "the answer timer ran out" in exports (choice ids cannot hold
/// parentheses).
pub const TIMEOUT: &str = "(timeout)";

/// What an item analysis flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemFlag {
    /// A wrong answer that strong trainees prefer: the rubric may be wrong here.
    Miskey,
    /// Strong and weak trainees pick the node's right answers about as often.
    NonDiscriminating,
    /// Nearly everyone answers right.
    TooEasy,
    /// Hardly anyone answers right.
    TooHard,
}

impl ItemFlag {
    /// The flag's name in exports and in the `app-items-flag-<key>` message.
    pub fn key(self) -> &'static str {
        match self {
            ItemFlag::Miskey => "miskey",
            ItemFlag::NonDiscriminating => "non-discriminating",
            ItemFlag::TooEasy => "too-easy",
            ItemFlag::TooHard => "too-hard",
        }
    }
}

/// One answer at one node.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChoiceItem {
    /// The choice id, [`PROPOSED`] for terms proposed, [`TIMEOUT`] for the timer running out.
    pub choice: String,
    /// The rubric calls it wrong (the dashboard's marking).
    pub wrong: bool,
    /// Responses at which it was offered.
    pub shown: usize,
    pub picked: usize,
    /// `picked / shown` (0 when never shown).
    pub share: f64,
    /// Mean ability of the responses that picked it, and of those that did not.
    pub mean_pickers: Option<f64>,
    pub mean_others: Option<f64>,
    /// Point-biserial correlation of "picked it" with ability, over the node's responses
    /// (`None` when everyone or no one picked it, or abilities do not vary).
    pub point_biserial: Option<f64>,
    /// Share of the upper and lower 27 % of responses (by ability) that picked it.
    pub upper_share: f64,
    pub lower_share: f64,
    /// `upper_share - lower_share`.
    pub discrimination: f64,
    pub flags: Vec<ItemFlag>,
}

/// One decision of a scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NodeItem {
    pub scenario: String,
    pub node: String,
    /// Responses (visits of the node in trusted records).
    pub responses: usize,
    /// Share of responses that picked a right (not wrong) answer; `None` when the node has no
    /// wrong answer or no right one, so that right and wrong do not both exist.
    pub facility: Option<f64>,
    /// Upper minus lower group's share of right answers (with `facility`).
    pub discrimination: Option<f64>,
    pub flags: Vec<ItemFlag>,
    pub choices: Vec<ChoiceItem>,
}

impl NodeItem {
    /// The answer named `choice` (a choice id, [`PROPOSED`] or [`TIMEOUT`]).
    pub fn choice(&self, choice: &str) -> Option<&ChoiceItem> {
        self.choices.iter().find(|c| c.choice == choice)
    }
}

/// Every node of every scenario analysed, scenarios in id order, nodes in scenario order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemAnalysis {
    /// Trusted records the abilities came from.
    pub records: usize,
    pub trainees: usize,
    pub nodes: Vec<NodeItem>,
}

impl ItemAnalysis {
    /// The (scenario, node, choice) of every option flagged as a miskey.
    pub fn miskeys(&self) -> Vec<(&str, &str, &str)> {
        self.nodes
            .iter()
            .flat_map(|n| {
                n.choices
                    .iter()
                    .filter(|c| c.flags.contains(&ItemFlag::Miskey))
                    .map(|c| (n.scenario.as_str(), n.node.as_str(), c.choice.as_str()))
            })
            .collect()
    }

    /// A node's analysis.
    pub fn node(&self, scenario: &str, node: &str) -> Option<&NodeItem> {
        self.nodes
            .iter()
            .find(|n| n.scenario == scenario && n.node == node)
    }
}

/// Each trusted record's ability (see the module doc), by the record's index in `records`.
fn abilities(records: &[&LoadedRecord]) -> (Vec<f64>, usize) {
    let mut per_trainee: BTreeMap<&str, (f64, usize)> = BTreeMap::new();
    for r in records {
        let e = per_trainee.entry(&r.record.meta.trainee).or_default();
        e.0 += r.record.scores.overall as f64;
        e.1 += 1;
    }
    let of = records
        .iter()
        .map(|r| {
            let own = r.record.scores.overall as f64;
            let (sum, n) = per_trainee[r.record.meta.trainee.as_str()];
            if n > 1 {
                (sum - own) / (n - 1) as f64
            } else {
                own
            }
        })
        .collect();
    (of, per_trainee.len())
}

/// Item analysis of the trusted records among `records` (the others are left out), for the
/// scenarios in `scenarios` (every scenario with records when `only` is `None`, else that one).
/// Abilities come from every trusted record given, whatever its scenario.
pub fn analyse(
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    records: &[&LoadedRecord],
    only: Option<&str>,
) -> ItemAnalysis {
    let trusted: Vec<&LoadedRecord> = records
        .iter()
        .copied()
        .filter(|r| r.verification.is_trusted())
        .collect();
    let (ability, trainees) = abilities(&trusted);
    let mut by_scenario: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, r) in trusted.iter().enumerate() {
        by_scenario
            .entry(r.record.meta.scenario.as_str())
            .or_default()
            .push(i);
    }
    let mut nodes = Vec::new();
    for (id, sc) in scenarios {
        if only.is_some_and(|o| o != id) {
            continue;
        }
        let Some(indices) = by_scenario.get(id.as_str()) else {
            continue;
        };
        let recs: Vec<&LoadedRecord> = indices.iter().map(|&i| trusted[i]).collect();
        let abil: Vec<f64> = indices.iter().map(|&i| ability[i]).collect();
        nodes.extend(analyse_scenario(sc, &recs, &abil));
    }
    ItemAnalysis {
        records: trusted.len(),
        trainees,
        nodes,
    }
}

/// One response: which option (index into the node's options) and whether each was shown.
struct Response {
    ability: f64,
    option: usize,
    shown: Vec<bool>,
}

/// The nodes of one scenario; `records` are trusted records of it, `ability[i]` that of
/// `records[i]`.
fn analyse_scenario(
    sc: &CompiledScenario,
    records: &[&LoadedRecord],
    ability: &[f64],
) -> Vec<NodeItem> {
    // The dashboard's per-node options, in its order, with its marking of wrong answers.
    let stats = dashboard::option_stats(sc, records.iter().copied());
    let names: Vec<Vec<String>> = stats
        .iter()
        .map(|n| {
            n.options
                .iter()
                .map(|o| o.choice.clone().unwrap_or_else(|| TIMEOUT.to_string()))
                .collect()
        })
        .collect();
    let by_node: BTreeMap<&str, usize> = stats
        .iter()
        .enumerate()
        .map(|(i, n)| (n.node.as_str(), i))
        .collect();
    let mut responses: Vec<Vec<Response>> = stats.iter().map(|_| Vec::new()).collect();
    for (r, &a) in records.iter().zip(ability) {
        for t in &r.record.turns {
            let Some(&k) = by_node.get(t.node.as_str()) else {
                continue;
            };
            let pick = match (&t.terms, &t.pick) {
                (Some(_), _) => PROPOSED,
                (None, Some(p)) => p.as_str(),
                (None, None) => TIMEOUT,
            };
            // Options of a version that no longer has them are left out, as the dashboard does.
            let Some(option) = names[k].iter().position(|n| n == pick) else {
                continue;
            };
            let shown = names[k]
                .iter()
                .map(|n| n == PROPOSED || n == TIMEOUT || t.shown.iter().any(|s| s == n))
                .collect();
            responses[k].push(Response {
                ability: a,
                option,
                shown,
            });
        }
    }
    stats
        .iter()
        .zip(responses)
        .map(|(stat, mut resp)| {
            let wrong: Vec<bool> = stat.options.iter().map(|o| o.is_wrong()).collect();
            // Lowest ability first; ties keep record order (the sort is stable).
            resp.sort_by(|a, b| a.ability.total_cmp(&b.ability));
            node_item(
                &sc.id,
                &stat.node,
                &names[by_node[stat.node.as_str()]],
                &wrong,
                &resp,
            )
        })
        .collect()
}

/// Mean and population standard deviation.
fn mean_sd(xs: impl Iterator<Item = f64> + Clone) -> (f64, f64) {
    let n = xs.clone().count().max(1) as f64;
    let mean = xs.clone().sum::<f64>() / n;
    let var = xs.map(|x| (x - mean) * (x - mean)).sum::<f64>() / n;
    (mean, var.sqrt())
}

/// Point-biserial correlation of a 0/1 variable with ability.
fn point_biserial(resp: &[Response], hit: impl Fn(&Response) -> bool) -> Option<f64> {
    let (_, sd) = mean_sd(resp.iter().map(|r| r.ability));
    let ones: Vec<f64> = resp.iter().filter(|r| hit(r)).map(|r| r.ability).collect();
    let zeros: Vec<f64> = resp.iter().filter(|r| !hit(r)).map(|r| r.ability).collect();
    if ones.is_empty() || zeros.is_empty() || sd <= 0.0 {
        return None;
    }
    let m1 = ones.iter().sum::<f64>() / ones.len() as f64;
    let m0 = zeros.iter().sum::<f64>() / zeros.len() as f64;
    let p = ones.len() as f64 / resp.len() as f64;
    Some((m1 - m0) / sd * (p * (1.0 - p)).sqrt())
}

/// The share of responses in a group for which `hit` holds.
fn share(group: &[Response], hit: impl Fn(&Response) -> bool) -> f64 {
    if group.is_empty() {
        0.0
    } else {
        group.iter().filter(|r| hit(r)).count() as f64 / group.len() as f64
    }
}

fn mean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
}

/// One node's figures and flags from its responses, sorted by ability.
fn node_item(
    scenario: &str,
    node: &str,
    names: &[String],
    wrong: &[bool],
    resp: &[Response],
) -> NodeItem {
    let n = resp.len();
    let group = ((n as f64 * GROUP_SHARE).ceil() as usize).min(n / 2);
    let lower = &resp[..group];
    let upper = &resp[n - group..];
    let enough = n >= MIN_RESPONSES && group > 0;
    let mut choices: Vec<ChoiceItem> = names
        .iter()
        .enumerate()
        .map(|(k, name)| {
            let hit = |r: &Response| r.option == k;
            let shown = resp.iter().filter(|r| r.shown[k]).count();
            let picked = resp.iter().filter(|r| hit(r)).count();
            let pickers: Vec<f64> = resp.iter().filter(|r| hit(r)).map(|r| r.ability).collect();
            let others: Vec<f64> = resp.iter().filter(|r| !hit(r)).map(|r| r.ability).collect();
            let upper_share = share(upper, hit);
            let lower_share = share(lower, hit);
            ChoiceItem {
                choice: name.clone(),
                wrong: wrong[k],
                shown,
                picked,
                share: if shown == 0 {
                    0.0
                } else {
                    picked as f64 / shown as f64
                },
                mean_pickers: mean(&pickers),
                mean_others: mean(&others),
                point_biserial: point_biserial(resp, hit),
                upper_share,
                lower_share,
                discrimination: upper_share - lower_share,
                flags: Vec::new(),
            }
        })
        .collect();
    let best_right_upper = choices
        .iter()
        .filter(|c| !c.wrong)
        .map(|c| c.upper_share)
        .fold(0.0, f64::max);
    if enough {
        for c in choices.iter_mut() {
            if c.wrong && c.discrimination >= MISKEY_D && c.upper_share > best_right_upper {
                c.flags.push(ItemFlag::Miskey);
            }
        }
    }
    let has_right = wrong.iter().any(|w| !w);
    let has_wrong = wrong.iter().any(|w| *w);
    let right = |r: &Response| !wrong[r.option];
    let (facility, discrimination) = if has_right && has_wrong && n > 0 {
        (
            Some(share(resp, right)),
            Some(share(upper, right) - share(lower, right)),
        )
    } else {
        (None, None)
    };
    let mut flags = Vec::new();
    if enough && let (Some(f), Some(d)) = (facility, discrimination) {
        if d < NON_DISCRIMINATING_D {
            flags.push(ItemFlag::NonDiscriminating);
        }
        if f >= TOO_EASY {
            flags.push(ItemFlag::TooEasy);
        }
        if f <= TOO_HARD {
            flags.push(ItemFlag::TooHard);
        }
    }
    NodeItem {
        scenario: scenario.to_string(),
        node: node.to_string(),
        responses: n,
        facility,
        discrimination,
        flags,
        choices,
    }
}

/// One row of `report --format items-csv`: an answer with its node's figures.
#[derive(Debug, Clone, Serialize)]
pub struct ItemRow {
    pub scenario: String,
    pub node: String,
    pub choice: String,
    pub wrong: bool,
    pub responses: usize,
    pub shown: usize,
    pub picked: usize,
    pub share: String,
    pub mean_pickers: String,
    pub mean_others: String,
    pub point_biserial: String,
    pub upper_share: String,
    pub lower_share: String,
    pub discrimination: String,
    /// The answer's flags, `;`-separated.
    pub flags: String,
    pub node_facility: String,
    pub node_discrimination: String,
    pub node_flags: String,
}

/// The CSV rows of an analysis, numbers to three decimals (empty when undefined).
pub fn rows(analysis: &ItemAnalysis) -> Vec<ItemRow> {
    let f = |x: f64| format!("{x:.3}");
    let o = |x: Option<f64>| x.map(f).unwrap_or_default();
    let flags = |fs: &[ItemFlag]| fs.iter().map(|f| f.key()).collect::<Vec<_>>().join(";");
    analysis
        .nodes
        .iter()
        .flat_map(|n| {
            n.choices.iter().map(move |c| ItemRow {
                scenario: n.scenario.clone(),
                node: n.node.clone(),
                choice: c.choice.clone(),
                wrong: c.wrong,
                responses: n.responses,
                shown: c.shown,
                picked: c.picked,
                share: f(c.share),
                mean_pickers: o(c.mean_pickers),
                mean_others: o(c.mean_others),
                point_biserial: o(c.point_biserial),
                upper_share: f(c.upper_share),
                lower_share: f(c.lower_share),
                discrimination: f(c.discrimination),
                flags: flags(&c.flags),
                node_facility: o(n.facility),
                node_discrimination: o(n.discrimination),
                node_flags: flags(&n.flags),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resp(ability: f64, option: usize) -> Response {
        Response {
            ability,
            option,
            shown: vec![true, true, true],
        }
    }

    fn names() -> Vec<String> {
        ["right", "wrong", "other"].map(String::from).to_vec()
    }

    #[test]
    fn a_wrong_answer_strong_trainees_prefer_is_a_miskey() {
        // 40 responses: the 20 strongest pick "wrong", the 20 weakest pick "right".
        let mut r: Vec<Response> = (0..40)
            .map(|i| resp(i as f64, if i >= 20 { 1 } else { 0 }))
            .collect();
        r.sort_by(|a, b| a.ability.total_cmp(&b.ability));
        let item = node_item("s", "n", &names(), &[false, true, true], &r);
        let wrong = item.choice("wrong").unwrap();
        assert_eq!(wrong.flags, [ItemFlag::Miskey]);
        assert!((wrong.discrimination - 1.0).abs() < 1e-9);
        assert!(wrong.point_biserial.unwrap() > 0.8);
        assert!(item.choice("right").unwrap().flags.is_empty());
        assert!(item.choice("other").unwrap().flags.is_empty());
        assert_eq!(item.facility, Some(0.5));
        assert!(item.flags.contains(&ItemFlag::NonDiscriminating));
    }

    #[test]
    fn a_wrong_answer_weak_trainees_pick_is_not_a_miskey() {
        let r: Vec<Response> = (0..40)
            .map(|i| resp(i as f64, if i < 20 { 1 } else { 0 }))
            .collect();
        let item = node_item("s", "n", &names(), &[false, true, true], &r);
        assert!(item.choice("wrong").unwrap().flags.is_empty());
        assert!(item.choice("wrong").unwrap().point_biserial.unwrap() < -0.8);
        assert!(item.flags.is_empty(), "{:?}", item.flags);
    }

    #[test]
    fn too_few_responses_flag_nothing() {
        let r: Vec<Response> = (0..10)
            .map(|i| resp(i as f64, if i >= 5 { 1 } else { 0 }))
            .collect();
        let item = node_item("s", "n", &names(), &[false, true, true], &r);
        assert!(item.choices.iter().all(|c| c.flags.is_empty()));
        assert!(item.flags.is_empty());
    }

    #[test]
    fn everyone_right_is_too_easy_and_a_node_without_wrong_answers_has_no_facility() {
        let r: Vec<Response> = (0..40).map(|i| resp(i as f64, 0)).collect();
        let item = node_item("s", "n", &names(), &[false, true, true], &r);
        assert_eq!(item.facility, Some(1.0));
        assert!(item.flags.contains(&ItemFlag::TooEasy));
        let none_wrong = node_item("s", "n", &names(), &[false, false, false], &r);
        assert_eq!(none_wrong.facility, None);
        assert!(none_wrong.flags.is_empty());
    }
}
