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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::CPropose;

    /// A shipped scenario with only a negotiation step on its first `Say` node (to the last
    /// node) and a fixed offer on that node's first choice.
    fn negotiating() -> (CompiledScenario, usize, usize) {
        let root = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
        let lib = crate::content::loader::Library::load(root);
        let mut diagnostics = Vec::new();
        let mut sc =
            crate::compile::compile(&lib, &lib.scenarios[0], &mut diagnostics).expect("compiles");
        // Only the planted step and offer: clear whatever the shipped content negotiates.
        for n in &mut sc.nodes {
            if let CKind::Say {
                choices, propose, ..
            } = &mut n.kind
            {
                *propose = None;
                for c in choices {
                    c.offer = None;
                    c.takes_counter = false;
                }
            }
        }
        let at = sc
            .nodes
            .iter()
            .position(|n| matches!(n.kind, CKind::Say { .. }))
            .expect("a line");
        let last = sc.nodes.len() - 1;
        if let CKind::Say {
            choices, propose, ..
        } = &mut sc.nodes[at].kind
        {
            *propose = Some(CPropose {
                kinds: vec![TermsKind::Plan, TermsKind::InFull],
                tags: Vec::new(),
                next: last as u32,
            });
            choices[0].offer = Some("full:2026-11-24".parse().unwrap());
        }
        (sc, at, last)
    }

    #[test]
    fn a_negotiation_step_and_a_fixed_offer_are_labelled_edges() {
        let (sc, at, last) = negotiating();
        let all = edges(&sc);
        let propose: Vec<&Edge> = all
            .iter()
            .filter(|e| e.from == at && e.label.starts_with("propose"))
            .collect();
        assert_eq!(propose.len(), 1);
        assert_eq!(propose[0].to, last);
        assert_eq!(propose[0].label, "propose plan/in-full");
        assert!(propose[0].negotiation);
        let offer = all
            .iter()
            .find(|e| e.from == at && e.label.contains("offer full:2026-11-24"))
            .expect("the offer is on its choice's edge");
        assert!(offer.negotiation);
        assert_eq!(
            all.iter().filter(|e| e.negotiation).count(),
            2,
            "nothing else is a negotiation edge"
        );
        let dot = render(&sc, GraphFormat::Dot);
        assert!(
            dot.contains(&format!(
                "n{at} -> n{last} [label=\"propose plan/in-full\", color=blue, fontcolor=blue, style=dashed]"
            )),
            "{dot}"
        );
        let mermaid = render(&sc, GraphFormat::Mermaid);
        assert!(
            mermaid.contains(&format!("n{at} -.->|propose plan/in-full| n{last}")),
            "{mermaid}"
        );
    }
}
