//! The `trainer-…` script verbs: select a scenario and a node, set a playtest value, start a
//! playtest or a walk, choose which files' diagnostics show, check the miskeys item analysis
//! flags (`trainer-expect-miskeys SCENARIO NODE:CHOICE…`, `-` for none).

use std::sync::Arc;

use bevy::prelude::*;

use super::ScriptVerb;
use crate::active_call::CallAction;
use crate::content::Content;
use crate::redraw::Redraw;
use crate::screens::trainer::{TrainerUi, TrainerWork};
use callcoach_core::compile::CompiledScenario;

/// The `trainer-…` script verbs.
pub(super) fn verbs(
    mut verbs: MessageReader<ScriptVerb>,
    content: Res<Content>,
    mut ui: ResMut<TrainerUi>,
    mut work: ResMut<TrainerWork>,
    mut actions: MessageWriter<CallAction>,
    mut exit: MessageWriter<AppExit>,
    mut redraw: ResMut<Redraw>,
) {
    for v in verbs.read() {
        if !v.verb.starts_with("trainer-") {
            continue;
        }
        redraw.request();
        if let Err(e) = apply_verb(v, &content, &mut ui, &mut work, &mut actions) {
            eprintln!("script line {}: {e}", v.line);
            exit.write(AppExit::error());
        }
    }
}

fn apply_verb(
    v: &ScriptVerb,
    content: &Content,
    ui: &mut TrainerUi,
    work: &mut TrainerWork,
    actions: &mut MessageWriter<CallAction>,
) -> Result<(), String> {
    let args: Vec<&str> = v.rest.split_whitespace().collect();
    let number = |s: &str, what: &str| -> Result<u64, String> {
        s.parse::<u64>()
            .map_err(|_| format!("{}: bad {what} {s:?}", v.verb))
    };
    let selected = |ui: &TrainerUi| -> Result<Arc<CompiledScenario>, String> {
        ui.compiled(content).cloned().ok_or_else(|| {
            format!(
                "{}: no playable scenario selected (trainer-select first)",
                v.verb
            )
        })
    };
    match (v.verb.as_str(), args.as_slice()) {
        ("trainer-select", [id]) => {
            if !content.cards.iter().any(|c| c.id == *id) {
                return Err(format!("trainer-select: no scenario {id:?}"));
            }
            ui.select(id, content);
        }
        ("trainer-node", [id]) => {
            let sc = selected(ui)?;
            if sc.node_index(id).is_none() {
                return Err(format!("trainer-node: {} has no node {id:?}", sc.id));
            }
            ui.select_node(id);
        }
        ("trainer-var", [name, value]) => {
            let sc = selected(ui)?;
            let Some(i) = sc.var_names.iter().position(|n| n == name) else {
                return Err(format!("trainer-var: {} has no variable {name:?}", sc.id));
            };
            let value = number(value, "value")?;
            if value > 100 {
                return Err(format!("trainer-var: {value} is not within 0–100"));
            }
            if ui.vars.len() != sc.var_names.len() {
                ui.vars = sc.var_start.clone();
            }
            ui.vars[i] = value as i32;
        }
        ("trainer-playtest", [] | [_]) => {
            let seed = args.first().map(|s| number(s, "seed")).transpose()?;
            let sc = selected(ui)?;
            if ui.node.is_none() {
                return Err("trainer-playtest: no node selected (trainer-node first)".into());
            }
            if ui.vars.len() != sc.var_names.len() {
                ui.vars = sc.var_start.clone();
            }
            if let Some(s) = seed {
                ui.fixed_seed = true;
                ui.seed = s;
            }
            actions.write(ui.playtest(seed).expect("scenario and node are set"));
        }
        ("trainer-walk", [runs, seed]) => {
            let runs = number(runs, "number of runs")?;
            let seed = number(seed, "seed")?;
            if !(1..=1_000_000).contains(&runs) {
                return Err(format!("trainer-walk: {runs} runs (1 to 1,000,000)"));
            }
            let sc = selected(ui)?;
            ui.walk_runs = runs;
            ui.walk_seed = seed;
            if !work.start_walk(&sc, runs, seed) {
                return Err("trainer-walk: a walk is already running (wait-idle first)".into());
            }
        }
        ("trainer-expect-miskeys", [scenario, rest @ ..]) => {
            // The miskeys item analysis flags in a scenario: `-` for none, else `node:choice`…
            let done = work.items().ok_or(
                "trainer-expect-miskeys: the records are still being read (wait-idle first)",
            )?;
            let mut found: Vec<String> = done
                .analysis
                .miskeys()
                .into_iter()
                .filter(|(sc, _, _)| sc == scenario)
                .map(|(_, node, choice)| format!("{node}:{choice}"))
                .collect();
            found.sort();
            let mut wanted: Vec<String> = rest
                .iter()
                .filter(|w| **w != "-")
                .map(|w| w.to_string())
                .collect();
            wanted.sort();
            if found != wanted {
                return Err(format!(
                    "trainer-expect-miskeys: {scenario} flags {found:?}, expected {wanted:?}"
                ));
            }
        }
        ("trainer-files", ["all"]) => ui.all_files = true,
        ("trainer-files", ["scenario"]) => ui.all_files = false,
        (verb, _) => {
            return Err(format!(
                "unknown or malformed trainer command {verb:?} {:?}",
                v.rest
            ));
        }
    }
    Ok(())
}
