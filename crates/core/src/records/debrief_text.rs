//! The debrief as lines of text, the way the terminal shows it: scores and verdict, the
//! arrangement, the wrap-up's fields, every rule (with coaching where it was not met), and the
//! trainee's path beside the best one. A text that fell back to English carries
//! [`FALLBACK_MARKER`](crate::content::l10n::FALLBACK_MARKER).

use crate::content::l10n::{Text, n, s};
use crate::engine::scoring::RuleStatus;
use crate::records::call_text::CallText;
use crate::records::debrief::{self, Debrief, DebriefRule};

/// A UI message with its fallback marker.
fn ui(text: &CallText, id: &str, args: &[(&str, fluent_bundle::FluentValue<'static>)]) -> String {
    text.loc.text(text.lang, id, args).marked()
}

/// Every line of the debrief, in order (an empty string is a blank line).
pub fn lines(text: &CallText, d: &Debrief) -> Vec<String> {
    let mut out = Vec::new();
    out.push(format!("== {} ==", ui(text, "debrief-title", &[])));
    for dim in &d.scores.dimensions {
        out.push(format!(
            "  {}",
            ui(text, "debrief-score", &debrief::score_args(text, dim))
        ));
    }
    if d.scores.critical_breach {
        out.push(format!("  {}", ui(text, "debrief-critical", &[])));
    }
    let verdict = if d.scores.passed {
        "debrief-passed"
    } else {
        "debrief-failed"
    };
    out.push(format!("  => {}", ui(text, verdict, &[])));
    out.push(String::new());
    if let Some(a) = &d.arrangement {
        out.push(format!(
            "  {}: {}",
            ui(text, "arrangement-yours", &[]),
            a.yours
        ));
        for why in &a.yours_why {
            out.push(format!("      {why}"));
        }
        out.push(format!(
            "  {}: {}",
            ui(text, "arrangement-best", &[]),
            a.best
        ));
        for why in &a.best_why {
            out.push(format!("      {why}"));
        }
        out.push(String::new());
    }
    if !d.wrap.is_empty() {
        out.push(format!("  {}:", ui(text, "wrap-title", &[])));
        for w in &d.wrap {
            let mark = if w.ok { "✓" } else { "✗" };
            if w.ok || w.expected.is_empty() {
                out.push(format!("    {mark} {}", w.field));
            } else {
                out.push(format!(
                    "    {mark} {} — {}",
                    w.field,
                    ui(
                        text,
                        "wrap-expected",
                        &[("expected", s(w.expected.clone()))]
                    )
                ));
            }
        }
        out.push(String::new());
    }
    for r in &d.rules {
        rule_lines(text, r, &mut out);
    }
    out.push(String::new());
    out.push(format!("  {}:", ui(text, "debrief-your-path", &[])));
    for (i, p) in d.your_path.iter().enumerate() {
        out.push(format!("    {}. {}", i + 1, p.marked()));
    }
    if let Some(best) = &d.best_score {
        out.push(format!(
            "  {} ({}):",
            ui(text, "debrief-best-path", &[]),
            best.overall
        ));
        for (i, p) in d.best_path.iter().enumerate() {
            out.push(format!("    {}. {}", i + 1, p.marked()));
        }
    }
    out
}

/// One rule of the debrief: its result and, where it was not met, the coaching, what the
/// trainee said and what would have been better.
fn rule_lines(text: &CallText, r: &DebriefRule, out: &mut Vec<String>) {
    let status = r.result.status.key();
    let marker = match r.result.status {
        RuleStatus::Broken => "✗",
        RuleStatus::Partial | RuleStatus::Missed => "~",
        RuleStatus::Met => "✓",
        RuleStatus::NotApplicable => "–",
    };
    let severity = ui(text, &format!("severity-{}", r.result.severity.key()), &[]);
    let when = match r.result.turn {
        Some(0) => format!(", {}", ui(text, "debrief-rule-call-time", &[])),
        Some(t) => format!(", {}", ui(text, "debrief-rule-turn", &[("turn", n(t))])),
        None => String::new(),
    };
    out.push(format!(
        "  {marker} {} {} [{}] {}/{} ({}{when}) — {}",
        r.result.rule,
        r.title.marked(),
        ui(text, &format!("status-{status}"), &[]),
        r.result.earned,
        r.result.max,
        severity,
        r.citation.marked()
    ));
    if matches!(
        r.result.status,
        RuleStatus::Broken | RuleStatus::Partial | RuleStatus::Missed
    ) {
        out.push(format!("      {}", r.coaching.marked()));
        let quoted = |t: &Text| t.marked();
        if let Some(said) = &r.said {
            out.push(format!(
                "      {}: \"{}\"",
                ui(text, "call-you-say", &[]),
                quoted(said)
            ));
            if let Some(why) = &r.said_why {
                out.push(format!("        {}", why.marked()));
            }
        }
        if let Some(better) = &r.better {
            out.push(format!(
                "      {} \"{}\"",
                ui(text, "debrief-better", &[]),
                quoted(better)
            ));
            if let Some(why) = &r.better_why {
                out.push(format!("        {}", why.marked()));
            }
        }
    }
}
