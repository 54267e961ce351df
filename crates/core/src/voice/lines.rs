//! The lines a scenario's other side says, each with its message id, its character, its
//! written text in a language and its spoken form: what a renderer synthesises and the checker
//! reads.

use crate::compile::{CKind, CompiledScenario};
use crate::content::l10n::Localiser;
use chrono::Duration;
use rust_decimal::Decimal;

use crate::content::negotiation::{Frequency, Reply, Terms};
use crate::engine::negotiation::Proposal;
use crate::records::call_text::CallText;

use super::spoken::{Problem, Speech, Spoken, spoken};
use super::voices::DEBTOR;

/// The suffix of a message that gives a line's words for the voice (`opening-spoken`).
pub const SPOKEN_SUFFIX: &str = "-spoken";

/// One line of the other side, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoiceLine {
    /// The node it is said at.
    pub node: u32,
    /// Which wording (0 = the node's own message, n = `<node>-v<n+1>`).
    pub variant: u8,
    /// The Fluent message id (`opening`, `opening-v2`): the name of its audio file.
    pub message: String,
    /// Who says it: [`DEBTOR`] or the node's `speaker` key.
    pub character: String,
    /// The line as shown (with sample terms where it speaks of a proposal: see
    /// `sample_negotiations`).
    pub written: String,
    /// Whether a `<message>-spoken` message gave the words.
    pub overridden: bool,
    /// The words to say.
    pub spoken: Spoken,
    /// The message is missing in this language (and English stood in, or nothing did).
    pub missing: bool,
}

impl VoiceLine {
    /// Problems with the words (none when the line can be said as written).
    pub fn problems(&self) -> &[Problem] {
        &self.spoken.problems
    }
}

/// Sample negotiations for lines that speak of terms, one per kind of terms: the scenario's
/// own fixed offers and best arrangement first, then terms made up from the balance and the
/// call's date; each accepted and then countered, so `$terms`, `$agreed`, `$settlement`,
/// `$by-date` and `$counter-…` all have values. A line is rendered with the first sample that
/// leaves no variable unfilled.
fn sample_negotiations(sc: &CompiledScenario) -> Vec<Vec<Proposal>> {
    let mut terms: Vec<Terms> = sc
        .nodes
        .iter()
        .flat_map(|n| match &n.kind {
            CKind::Say { choices, .. } => choices.iter().filter_map(|c| c.offer).collect(),
            _ => Vec::new(),
        })
        .collect();
    terms.extend(sc.deal.best_arrangement());
    let day = sc.deal.call_date + Duration::days(14);
    let balance = sc.deal.balance;
    terms.extend([
        Terms::Plan {
            amount: (balance / Decimal::from(10)).round_dp(2),
            every: Frequency::Monthly,
            count: 10,
            first: day,
        },
        Terms::Settlement {
            amount: (balance * Decimal::new(8, 1)).round_dp(2),
            by: day,
        },
        Terms::Extension { to: day },
        Terms::InFull { by: day },
    ]);
    let mut kinds = Vec::new();
    terms.retain(|t| {
        let new = !kinds.contains(&t.kind());
        kinds.push(t.kind());
        new
    });
    terms
        .into_iter()
        .map(|terms| {
            let assessment = sc.deal.assess(&terms);
            let at = |reply| Proposal {
                turn: 0,
                terms,
                assessment,
                reply,
                takes_counter: false,
            };
            vec![at(Reply::Accept), at(Reply::Counter(100))]
        })
        .collect()
}

/// Every line the other side says in a scenario, in node order then wording order, in `lang`
/// (`agent` fills `$agent`). Lines of the pre-call desk's own node are not said.
pub fn voice_lines(
    loc: &Localiser,
    lang: &str,
    sc: &CompiledScenario,
    agent: &str,
    speech: Speech,
) -> Vec<VoiceLine> {
    let text = CallText::new(loc, lang, sc, agent);
    // Made only for a scenario with a line that needs them (best_arrangement searches).
    let samples = std::cell::OnceCell::new();
    let mut out = Vec::new();
    for (i, node) in sc.nodes.iter().enumerate() {
        let variants = match node.kind {
            CKind::Say { variants, .. } if !node.desk => variants,
            CKind::End { variants, .. } => variants,
            _ => continue,
        };
        let character = node.speaker.clone().unwrap_or_else(|| DEBTOR.to_string());
        for v in 0..variants.max(1) {
            let message = if v == 0 {
                node.id.clone()
            } else {
                format!("{}-v{}", node.id, v + 1)
            };
            let plain = text.line(i as u32, v);
            let shown = if plain.text.contains('{') {
                samples
                    .get_or_init(|| sample_negotiations(sc))
                    .iter()
                    .map(|p| text.line_at(i as u32, v, p, 1))
                    .find(|t| !t.text.contains('{'))
                    .unwrap_or(plain)
            } else {
                plain
            };
            let spoken_id = format!("{message}{SPOKEN_SUFFIX}");
            let overridden = loc.has(lang, Some(&sc.id), &spoken_id, None);
            let words = if overridden {
                text.msg(&spoken_id, None).text
            } else {
                shown.text.clone()
            };
            out.push(VoiceLine {
                node: i as u32,
                variant: v,
                message,
                character: character.clone(),
                written: shown.text,
                overridden,
                spoken: spoken(&words, speech),
                missing: shown.missing || shown.fallback,
            });
        }
    }
    out
}
