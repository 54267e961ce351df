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
/// record of its previous call (missing, another record, or other entries) as tampered.
/// Records of cases the library no longer has keep their verification.
pub fn check_chains(
    cohort: &mut Cohort,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    cases: &[Case],
) {
    let by_id: HashMap<&str, usize> = cohort
        .records
        .iter()
        .enumerate()
        .map(|(i, r)| (r.record.id.as_str(), i))
        .collect();
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
        let previous = link
            .previous
            .as_deref()
            .and_then(|id| by_id.get(id))
            .map(|&j| &cohort.records[j].record);
        let previous_played = previous.and_then(|p| {
            scenarios
                .get(&p.meta.scenario)
                .and_then(|sc| scenario_of(sc, &p.meta).ok())
        });
        if let Some(why) = chain_problem(case, rec, played, previous, previous_played.as_deref()) {
            problems.push((i, why));
        }
    }
    for (i, why) in problems {
        cohort.records[i].verification = Verification::Tampered(Tamper::Case(why));
    }
}
