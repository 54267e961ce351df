//! The lines a scenario's other side says, each with its message id, its character, its
//! written text in a language and its spoken form: what a renderer synthesises and the checker
//! reads.

use crate::compile::{CKind, CompiledScenario};
use crate::content::l10n::Localiser;
use crate::content::negotiation::Reply;
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
    /// The line as shown (with sample terms where it speaks of a proposal).
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

/// Sample negotiation for lines that speak of terms: the first fixed offer of the scenario,
/// else its best arrangement, as accepted and then countered, so `$terms`, `$agreed` and
/// `$counter-…` all have values.
fn sample_proposals(sc: &CompiledScenario) -> Vec<Proposal> {
    let offered = sc.nodes.iter().find_map(|n| match &n.kind {
        CKind::Say { choices, .. } => choices.iter().find_map(|c| c.offer),
        _ => None,
    });
    let Some(terms) = offered.or_else(|| sc.deal.best_arrangement()) else {
        return Vec::new();
    };
    let assessment = sc.deal.assess(&terms);
    let at = |reply| Proposal {
        turn: 0,
        terms,
        assessment: assessment.clone(),
        reply,
        takes_counter: false,
    };
    vec![at(Reply::Accept), at(Reply::Counter(100))]
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
    let samples = sample_proposals(sc);
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
            let shown = text.line_at(i as u32, v, &samples, 1);
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
