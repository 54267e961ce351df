//! The call graph for trainers: its edges ([`edges`], with critical-rule choices and negotiation
//! steps marked: a step's "propose" edge, fixed offers and counter-offers taken), as
//! Graphviz `dot` or Mermaid text ([`render`]), and laid out in layers ([`layout`]) for the
//! app's trainer view to draw.

mod export;
mod layout;

pub use export::render;
pub use layout::{Layout, Place, Route, layout};

use std::collections::HashSet;

use crate::compile::{CCheck, CChoice, CKind, CompiledScenario, TagIdx};
use crate::content::model::Severity;
use crate::content::negotiation::TermsKind;

/// Text formats of the call graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    Dot,
    Mermaid,
}

/// Behaviour tags that break a critical rule outright (`Never`, `Penalty`, `NeverAfter`).
pub fn critical_tags(sc: &CompiledScenario) -> HashSet<TagIdx> {
    sc.rules
        .iter()
        .filter(|r| r.severity == Severity::Critical)
        .filter_map(|r| match r.check {
            CCheck::Never(t) | CCheck::Penalty(t, _) | CCheck::NeverAfter(_, t) => Some(t),
            _ => None,
        })
        .collect()
}

/// One edge of the graph: from, to, label, and whether it carries a critical-rule tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub label: String,
    pub critical: bool,
    /// Part of a negotiation: a negotiation step's "propose terms" edge, a choice with a fixed
    /// offer, or a choice that takes the debtor's counter-offer.
    pub negotiation: bool,
}

/// The label of a negotiation step's edge: `propose plan/in-full`.
fn propose_label(kinds: &[TermsKind]) -> String {
    let kinds: Vec<&str> = kinds.iter().map(|k| k.key()).collect();
    format!("propose {}", kinds.join("/"))
}

/// The label of a choice: its id, then its fixed offer (compact form) or "takes counter".
fn choice_label(c: &CChoice) -> String {
    match (&c.offer, c.takes_counter) {
        (Some(t), _) => format!("{} · offer {t}", c.id),
        (None, true) => format!("{} · takes counter", c.id),
        (None, false) => c.id.clone(),
    }
}

/// Every edge of the graph, in node order.
pub fn edges(sc: &CompiledScenario) -> Vec<Edge> {
    let critical = critical_tags(sc);
    let mut out = Vec::new();
    for (i, n) in sc.nodes.iter().enumerate() {
        match &n.kind {
            CKind::Say {
                choices,
                timeout,
                propose,
                ..
            } => {
                for c in choices {
                    out.push(Edge {
                        from: i,
                        to: c.next as usize,
                        label: choice_label(c),
                        critical: c.tags.iter().any(|t| critical.contains(t)),
                        negotiation: c.offer.is_some() || c.takes_counter,
                    });
                }
                if let Some(p) = propose {
                    out.push(Edge {
                        from: i,
                        to: p.next as usize,
                        label: propose_label(&p.kinds),
                        critical: p.tags.iter().any(|t| critical.contains(t)),
                        negotiation: true,
                    });
                }
                if let Some(t) = timeout {
                    out.push(Edge {
                        from: i,
                        to: t.next as usize,
                        label: format!("timeout {}s", t.seconds),
                        critical: t.tags.iter().any(|t| critical.contains(t)),
                        negotiation: false,
                    });
                }
            }
            CKind::Branch { routes } => {
                for (r, (cond, next)) in routes.iter().enumerate() {
                    out.push(Edge {
                        from: i,
                        to: *next as usize,
                        label: if cond.is_some() {
                            format!("route {}", r + 1)
                        } else {
                            "otherwise".into()
                        },
                        critical: false,
                        negotiation: false,
                    });
                }
            }
            CKind::End { .. } => {}
        }
    }
    out
}
