//! Choice ids ↔ indices: the one place where a node's answers are named. Everything on the
//! hot path (runner, scoring, searches) works on indices; records, journals, the command line
//! and walks name answers by id, through these two lookups.

use super::{CKind, CompiledScenario, NodeIdx};

impl CompiledScenario {
    /// The id of answer `choice` at `node`; `None` if the node is not a line or has no such
    /// answer.
    pub fn choice_id(&self, node: NodeIdx, choice: u16) -> Option<&str> {
        match &self.nodes.get(node as usize)?.kind {
            CKind::Say { choices, .. } => choices.get(choice as usize).map(|c| c.id.as_str()),
            _ => None,
        }
    }

    /// The index of the answer called `id` at `node`; `None` if there is none.
    pub fn choice_by_id(&self, node: NodeIdx, id: &str) -> Option<u16> {
        match &self.nodes.get(node as usize)?.kind {
            CKind::Say { choices, .. } => choices
                .iter()
                .position(|c| c.id == id)
                .and_then(|i| u16::try_from(i).ok()),
            _ => None,
        }
    }
}
