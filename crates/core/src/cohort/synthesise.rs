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
    synthesise_with(
        scenarios,
        data,
        count,
        seed,
        trainees,
        &SynthOptions::default(),
    )
}

/// A wrong answer planted for item analysis: strong synthetic trainees prefer it
/// (`synth-records --plant-miskey <scenario>:<node>:<choice>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlantedMiskey {
    pub scenario: String,
    pub node: String,
    pub choice: String,
}

impl std::str::FromStr for PlantedMiskey {
    type Err = String;

    fn from_str(text: &str) -> Result<PlantedMiskey, String> {
        let parts: Vec<&str> = text.split(':').collect();
        match parts[..] {
            [scenario, node, choice] if parts.iter().all(|p| !p.is_empty()) => Ok(PlantedMiskey {
                scenario: scenario.into(),
                node: node.into(),
                choice: choice.into(),
            }),
            _ => Err(format!(
                "\"{text}\" is not <scenario>:<node>:<choice> (three ids separated by colons)"
            )),
        }
    }
}

impl PlantedMiskey {
    /// The node and choice indices it names in `sc`, or why it names none.
    fn locate(&self, sc: &CompiledScenario) -> Result<(crate::compile::NodeIdx, u16), String> {
        let node = sc
            .nodes
            .iter()
            .position(|n| n.id == self.node)
            .ok_or_else(|| format!("scenario {} has no node \"{}\"", sc.id, self.node))?;
        let choice = sc
            .choice_by_id(node as crate::compile::NodeIdx, &self.choice)
            .ok_or_else(|| {
                format!(
                    "node {} of scenario {} has no choice \"{}\"",
                    self.node, sc.id, self.choice
                )
            })?;
        Ok((node as crate::compile::NodeIdx, choice))
    }
}

/// How synthetic trainees play (the default: every answer at random, as before).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SynthOptions {
    /// Each trainee gets a skill between 0.05 and 0.95 (from the seed and the trainee's
    /// number) and gives, with that probability, the best answer the search finds from where
    /// the call stands ([`crate::engine::search::Continuations`]), otherwise a random one.
    pub skilled: bool,
    /// At this node strong trainees prefer this choice: with the trainee's skill as the
    /// probability they pick it, otherwise any answer at random. Implies `skilled`.
    pub miskey: Option<PlantedMiskey>,
    /// Only this scenario (all compiled scenarios when `None`).
    pub scenario: Option<String>,
}

/// A synthetic trainee's skill, 0.05–0.95, from the seed and the trainee's number (not from
/// the session generator, so the default random play draws exactly what it always drew).
pub fn trainee_skill(seed: u64, trainee: usize) -> f64 {
    let bits = crate::engine::runner::mix_seed(seed ^ 0x5EED_5C11, trainee as u64);
    0.05 + 0.9 * (bits % 1001) as f64 / 1000.0
}

/// [`synthesise`] with trainees who play as `options` says.
pub fn synthesise_with(
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
    data: &Path,
    count: usize,
    seed: u64,
    trainees: usize,
    options: &SynthOptions,
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
    let list: Vec<&Arc<CompiledScenario>> = scenarios
        .values()
        .filter(|sc| options.scenario.as_ref().is_none_or(|id| *id == sc.id))
        .collect();
    if list.is_empty() {
        return Err(match &options.scenario {
            Some(id) => format!("no compiled scenario \"{id}\""),
            None => "no scenario compiled: nothing to play".into(),
        });
    }
    let plant = match &options.miskey {
        Some(m) => {
            let sc = scenarios.get(&m.scenario).ok_or_else(|| {
                format!("--plant-miskey: no compiled scenario \"{}\"", m.scenario)
            })?;
            let (node, choice) = m.locate(sc).map_err(|e| format!("--plant-miskey: {e}"))?;
            Some((m.scenario.as_str(), node, choice))
        }
        None => None,
    };
    let skilled = options.skilled || plant.is_some();
    let mut searches: BTreeMap<&str, crate::engine::search::Continuations> = BTreeMap::new();
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
        if skilled {
            let search = searches
                .entry(sc.id.as_str())
                .or_insert_with(|| crate::engine::search::Continuations::new(sc));
            let planted = plant
                .filter(|(id, _, _)| *id == sc.id)
                .map(|(_, node, choice)| (node, choice));
            let skill = trainee_skill(seed, t);
            play_skilled(&mut call, &mut rng, search, skill, planted)?;
        } else {
            play_randomly(&mut call, &mut rng)?;
        }
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

/// Plays a call as a trainee of this skill: at each prompt, with probability `skill`, the
/// planted choice at its node or else the search's best answer; otherwise a random answer
/// (as [`play_randomly`] picks one).
fn play_skilled(
    call: &mut crate::engine::runner::Call,
    rng: &mut rand_pcg::Pcg64Mcg,
    search: &mut crate::engine::search::Continuations,
    skill: f64,
    planted: Option<(crate::compile::NodeIdx, u16)>,
) -> Result<(), String> {
    use crate::engine::runner::{Pick, below, validate_terms};
    let sc = Arc::clone(call.scenario());
    let candidates = sc.deal.candidates();
    while let Some(p) = call.prompt() {
        let ms = 2_000 + below(rng, 20_000);
        let strong = (below(rng, 1_000) as f64) < skill * 1_000.0;
        let node = p.node;
        let choices = p.choices.to_vec();
        let terms: Vec<_> = candidates
            .iter()
            .filter(|t| p.proposable.contains(&t.kind()))
            .filter(|t| validate_terms(t, &sc).is_ok())
            .copied()
            .collect();
        let wanted = if !strong {
            None
        } else if let Some((_, choice)) = planted.filter(|(n, _)| *n == node) {
            Some(Pick::Choice(choice))
        } else {
            let turn = call.turns().len();
            search
                .best(call, crate::engine::search::DEFAULT_BUDGET)
                .best
                .and_then(|b| b.picks.get(turn).map(|&(_, pick)| pick))
        };
        let position = |c: u16| choices.iter().position(|&x| x == c);
        // A choice the prompt does not offer (never expected) falls back to a random answer.
        let wanted = wanted.filter(|w| !matches!(w, Pick::Choice(c) if position(*c).is_none()));
        match wanted {
            Some(Pick::Choice(c)) => call.pick(position(c).unwrap_or_default(), ms),
            Some(Pick::Timeout) => call.time_out(ms),
            Some(Pick::Propose(t)) => call.propose(t, ms),
            _ => {
                let k = below(rng, (choices.len() + terms.len()) as u32) as usize;
                if k < choices.len() {
                    call.pick(k, ms)
                } else {
                    call.propose(terms[k - choices.len()], ms)
                }
            }
        }
        .map_err(|e| e.to_string())?;
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
