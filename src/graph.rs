//! The call graph as Graphviz `dot` or Mermaid text, for trainers.

use std::collections::HashSet;

use crate::compile::{CCheck, CKind, CompiledScenario, TagIdx};
use crate::model::Severity;

/// Output formats of `callcoach graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
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
pub struct Edge {
    pub from: usize,
    pub to: usize,
    pub label: String,
    pub critical: bool,
}

/// Every edge of the graph, in node order.
pub fn edges(sc: &CompiledScenario) -> Vec<Edge> {
    let critical = critical_tags(sc);
    let mut out = Vec::new();
    for (i, n) in sc.nodes.iter().enumerate() {
        match &n.kind {
            CKind::Say {
                choices, timeout, ..
            } => {
                for c in choices {
                    out.push(Edge {
                        from: i,
                        to: c.next as usize,
                        label: c.id.clone(),
                        critical: c.tags.iter().any(|t| critical.contains(t)),
                    });
                }
                if let Some(t) = timeout {
                    out.push(Edge {
                        from: i,
                        to: t.next as usize,
                        label: format!("timeout {}s", t.seconds),
                        critical: t.tags.iter().any(|t| critical.contains(t)),
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
                    });
                }
            }
            CKind::End { .. } => {}
        }
    }
    out
}

/// Renders the graph. Critical-rule choices are drawn red; endings show their outcome and score.
pub fn render(sc: &CompiledScenario, format: GraphFormat) -> String {
    let mut out = String::new();
    match format {
        GraphFormat::Dot => {
            out.push_str(&format!(
                "digraph \"{}\" {{\n  rankdir=TB;\n  node [fontname=\"Helvetica\"];\n",
                sc.id
            ));
            for (i, n) in sc.nodes.iter().enumerate() {
                let (shape, label) = match &n.kind {
                    CKind::Say { .. } => ("box", n.id.clone()),
                    CKind::Branch { .. } => ("diamond", n.id.clone()),
                    CKind::End { outcome, .. } => (
                        "doubleoctagon",
                        format!(
                            "{}\\n{} ({})",
                            n.id,
                            outcome.key(),
                            sc.outcome_score(*outcome)
                        ),
                    ),
                };
                let start = if i == sc.start as usize {
                    ", style=bold"
                } else {
                    ""
                };
                out.push_str(&format!(
                    "  n{i} [shape={shape}, label=\"{label}\"{start}];\n"
                ));
            }
            for e in edges(sc) {
                let colour = if e.critical {
                    ", color=red, fontcolor=red"
                } else {
                    ""
                };
                out.push_str(&format!(
                    "  n{} -> n{} [label=\"{}\"{colour}];\n",
                    e.from, e.to, e.label
                ));
            }
            out.push_str("}\n");
        }
        GraphFormat::Mermaid => {
            out.push_str("flowchart TD\n");
            for (i, n) in sc.nodes.iter().enumerate() {
                let text = match &n.kind {
                    CKind::Say { .. } => format!("n{i}[\"{}\"]", n.id),
                    CKind::Branch { .. } => format!("n{i}{{\"{}\"}}", n.id),
                    CKind::End { outcome, .. } => format!(
                        "n{i}([\"{}<br/>{} ({})\"])",
                        n.id,
                        outcome.key(),
                        sc.outcome_score(*outcome)
                    ),
                };
                out.push_str(&format!("  {text}\n"));
            }
            let mut critical_links = Vec::new();
            for (k, e) in edges(sc).into_iter().enumerate() {
                out.push_str(&format!("  n{} -->|{}| n{}\n", e.from, e.label, e.to));
                if e.critical {
                    critical_links.push(k.to_string());
                }
            }
            if !critical_links.is_empty() {
                out.push_str(&format!(
                    "  linkStyle {} stroke:red,color:red\n",
                    critical_links.join(",")
                ));
            }
        }
    }
    out
}
