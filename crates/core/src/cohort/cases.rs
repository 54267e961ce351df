//! A cohort's cases: every later call of a case is checked against the record of the call
//! before it, so an edited or missing link in the chain shows as tampering
//! ([`Tamper::Case`]), as an edited transcript does.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::cohort::report::Cohort;
use crate::compile::CompiledScenario;
use crate::content::case::Case;
use crate::records::case::{chain_problem, scenario_of};
use crate::records::verify::{Tamper, Verification};

/// Marks every verified later call of a case whose inheritance does not follow from the
/// record of its previous call (missing, not verified, another record, or other entries) as
/// tampered, until nothing changes (a call after a tampered one is tampered in turn).
/// Records of cases the library no longer has keep their verification.
pub fn check_chains(
    cohort: &mut Cohort,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    cases: &[Case],
) {
    loop {
        let problems = chain_problems(cohort, scenarios, cases);
        if problems.is_empty() {
            return;
        }
        for (i, why) in problems {
            cohort.records[i].verification = Verification::Tampered(Tamper::Case(why));
        }
    }
}

fn chain_problems(
    cohort: &Cohort,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    cases: &[Case],
) -> Vec<(usize, String)> {
    // A record id names the verified record with that id when there is one.
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for (i, r) in cohort.records.iter().enumerate() {
        if r.verification.is_trusted() {
            by_id.insert(r.record.id.as_str(), i);
        }
    }
    for (i, r) in cohort.records.iter().enumerate() {
        by_id.entry(r.record.id.as_str()).or_insert(i);
    }
    let mut problems = Vec::new();
    for (i, loaded) in cohort.records.iter().enumerate() {
        let rec = &loaded.record;
        let Some(link) = rec.meta.case.as_ref().filter(|l| l.step > 0) else {
            continue;
        };
        if loaded.verification != Verification::Verified {
            continue;
        }
        let Some(case) = cases.iter().find(|c| c.id == link.case) else {
            continue;
        };
        let Some(played) = scenarios.get(&rec.meta.scenario) else {
            continue;
        };
        let previous_loaded = link
            .previous
            .as_deref()
            .and_then(|id| by_id.get(id))
            .map(|&j| &cohort.records[j]);
        if let Some(p) = previous_loaded.filter(|p| !p.verification.is_trusted()) {
            problems.push((
                i,
                format!(
                    "the record of the call before it ({}) is not verified",
                    p.record.id
                ),
            ));
            continue;
        }
        let previous = previous_loaded.map(|p| &p.record);
        let previous_played = previous.and_then(|p| {
            scenarios
                .get(&p.meta.scenario)
                .and_then(|sc| scenario_of(sc, &p.meta).ok())
        });
        if let Some(why) = chain_problem(case, rec, played, previous, previous_played.as_deref()) {
            problems.push((i, why));
        }
    }
    problems
}
