//! Synthetic session records for trying reports and dashboards at scale.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use crate::compile::CompiledScenario;
use crate::records::store;

/// Writes `count` synthetic records: real scenarios, random picks (and, at negotiation steps,
/// terms from [`crate::compile::CDeal::candidates`]) and structured wrap-ups (mostly right,
/// sometimes wrong field by field), trainees
/// with Polish and English names, spread over 60 days. For trying reports and dashboards at
/// scale; the records verify and are written like any other, through
/// [`store::write_record`] (atomic, never over an existing record, signed with the folder's
/// key), but each is marked `synthetic` (bound by the MAC), so reports label them.
///
/// Refuses a data folder that holds records of real sessions: synthetic records go in a folder
/// of their own, never among a cohort's.
pub fn synthesise(
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    data: &Path,
    count: usize,
    seed: u64,
    trainees: usize,
) -> Result<usize, String> {
    use crate::engine::runner::{Call, below, session_rng};
    use crate::records::record::{Mode, SessionMeta, make_record};
    const FIRST: [&str; 12] = [
        "Łucja",
        "Zoë",
        "Jan",
        "Małgorzata",
        "Amir",
        "Grace",
        "Paweł",
        "Siobhán",
        "Ola",
        "Kofi",
        "Żaneta",
        "Tom",
    ];
    const LAST: [&str; 10] = [
        "Żak",
        "Nowak",
        "O'Brien",
        "Wiśniewska",
        "Smith",
        "Kowalczyk",
        "Chen",
        "Gómez",
        "Dąbrowski",
        "Okafor",
    ];
    let list: Vec<&Arc<CompiledScenario>> = scenarios.values().collect();
    if list.is_empty() {
        return Err("no scenario compiled: nothing to play".into());
    }
    let dir = store::records_dir(data);
    let real = store::record_files(data)?
        .iter()
        .filter_map(|p| store::read_record(p).ok())
        .filter(|r| !r.synthetic)
        .count();
    if real > 0 {
        return Err(format!(
            "{} holds {real} record(s) of real sessions: synthetic records go in a data folder \
             of their own (give an empty one with --data-dir)",
            dir.display()
        ));
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut rng = session_rng(seed);
    let start = chrono::Utc::now() - chrono::Duration::days(60);
    for i in 0..count {
        let sc = list[below(&mut rng, list.len() as u32) as usize];
        let t = i % trainees.max(1);
        let trainee = format!(
            "{} {} {t:03}",
            FIRST[t % FIRST.len()],
            LAST[(t / FIRST.len()) % LAST.len()]
        );
        let call_seed = rng.next_u64_compat();
        let started_at =
            start + chrono::Duration::seconds((i as i64) * 60 * 60 * 24 * 60 / count.max(1) as i64);
        let meta = SessionMeta::new(
            sc,
            trainee,
            if i % 2 == 0 { "en" } else { "pl" },
            call_seed,
            if i % 3 == 0 {
                Mode::Exam
            } else {
                Mode::Practice
            },
            started_at,
        );
        let mut call = Call::new(Arc::clone(sc), call_seed).map_err(|e| e.to_string())?;
        play_randomly(&mut call, &mut rng)?;
        let wrap_up = random_wrap_up(&call, &mut rng);
        let ended = started_at
            + chrono::Duration::milliseconds(call.turns().iter().map(|t| t.millis as i64).sum());
        let mut rec =
            make_record(&meta, &call, Some(wrap_up), ended).ok_or("a call did not end")?;
        rec.synthetic = true;
        store::write_record(data, &rec).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    Ok(count)
}

/// Picks a random choice, timeout or candidate terms at every prompt until the call ends.
fn play_randomly(
    call: &mut crate::engine::runner::Call,
    rng: &mut rand_pcg::Pcg64Mcg,
) -> Result<(), String> {
    use crate::engine::runner::{below, validate_terms};
    let sc = Arc::clone(call.scenario());
    let candidates = sc.deal.candidates();
    while let Some(p) = call.prompt() {
        let terms: Vec<_> = candidates
            .iter()
            .filter(|t| p.proposable.contains(&t.kind()))
            .filter(|t| validate_terms(t, &sc).is_ok())
            .copied()
            .collect();
        let n = (p.choices.len() + terms.len()) as u32;
        let k = below(rng, n) as usize;
        let ms = 2_000 + below(rng, 20_000);
        if k < p.choices.len() {
            call.pick(k, ms).map_err(|e| e.to_string())?;
        } else {
            call.propose(terms[k - p.choices.len()], ms)
                .map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// A structured wrap-up of an ended call: each field is what the call calls for eight times
/// in ten, otherwise wrong (another disposition, no terms, another action, no date or flags).
fn random_wrap_up(
    call: &crate::engine::runner::Call,
    rng: &mut rand_pcg::Pcg64Mcg,
) -> crate::engine::scoring::WrapUp {
    use crate::content::model::Outcome;
    use crate::engine::runner::below;
    use crate::engine::scoring::{Facts, WrapFields, WrapUp, documentation, turn_tags};
    let sc = call.scenario();
    let outcome = call.ending().map(|e| e.outcome).unwrap_or(Outcome::HungUp);
    let tags: Vec<&[crate::compile::TagIdx]> = call
        .turns()
        .iter()
        .map(|t| turn_tags(sc, t.node, t.pick))
        .collect();
    let facts = Facts {
        turn_tags: &tags,
        events: call.events(),
        callbacks: call.callbacks(),
        outcome: Some(outcome),
        wrap_up: None,
        proposals: call.proposals(),
    };
    let want = documentation::expected(sc, &facts, outcome);
    let right = |rng: &mut rand_pcg::Pcg64Mcg| below(rng, 10) < 8;
    let disposition = if right(rng) {
        outcome
    } else {
        Outcome::ALL[below(rng, Outcome::ALL.len() as u32) as usize]
    };
    let fields = WrapFields {
        terms: want.terms.filter(|_| right(rng)),
        next_action: match want.actions.first() {
            Some(a) if right(rng) => *a,
            _ => {
                documentation::NextAction::ALL
                    [below(rng, documentation::NextAction::ALL.len() as u32) as usize]
            }
        },
        next_date: want.next_date.filter(|_| right(rng)),
        flags: if right(rng) {
            want.flags
        } else {
            Default::default()
        },
    };
    WrapUp::new(
        disposition,
        "Synthetic session for report testing: terms read back, next steps agreed.",
        fields,
    )
}

/// A u64 from the session generator (two draws of [`crate::engine::runner::below`]'s source).
trait NextU64 {
    fn next_u64_compat(&mut self) -> u64;
}

impl NextU64 for rand_pcg::Pcg64Mcg {
    fn next_u64_compat(&mut self) -> u64 {
        rand::rand_core::Rng::next_u64(self)
    }
}
