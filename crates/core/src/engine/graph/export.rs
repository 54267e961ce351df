//! The call graph as text: Graphviz `dot` or Mermaid.

use super::{GraphFormat, edges};
use crate::compile::{CKind, CompiledScenario};

/// Renders the graph. Critical-rule choices are drawn red, negotiation edges (a step's
/// "propose" edge, fixed offers, counter-offers taken) dashed; endings show their outcome and score.
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
                    // The pre-call desk: the account, before anyone speaks.
                    CKind::Say { .. } if n.desk => ("folder", format!("{}\\n(desk)", n.id)),
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
                let colour = match (e.critical, e.negotiation) {
                    (true, true) => ", color=red, fontcolor=red, style=dashed",
                    (true, false) => ", color=red, fontcolor=red",
                    (false, true) => ", color=blue, fontcolor=blue, style=dashed",
                    (false, false) => "",
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
                    CKind::Say { .. } if n.desk => format!("n{i}[/\"{} (desk)\"/]", n.id),
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
                let arrow = if e.negotiation { "-.->" } else { "-->" };
                out.push_str(&format!("  n{} {arrow}|{}| n{}\n", e.from, e.label, e.to));
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
