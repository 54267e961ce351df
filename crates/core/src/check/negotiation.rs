//! `E4xx` checks on a scenario's negotiation: the parts that need one another (steps, offers
//! and conditions need reactions; reactions need finances and a mandate), the reactions
//! themselves, fixed offers the runner would refuse, mandates that cannot work, a balance the
//! mandate can never clear, a deal no reaction can strike, finances nothing reveals, and
//! arrangement rubrics on scenarios that cannot score one. Budget labels (`E309`) are checked
//! with the rest of the text in [`super::text`].

use std::collections::HashSet;
use std::ops::Range;

use rust_decimal::Decimal;

use crate::compile::{CCheck, CDeal, CKind, CompiledScenario, Cond, Locator, TagIdx};
use crate::content::codes;
use crate::content::diagnostic::{Diagnostic, SourceText};
use crate::content::l10n::format_number;
use crate::content::loader::Loaded;
use crate::content::model::{Condition, Dimension, Node, Scenario};
use crate::content::negotiation::{Finances, Frequency, Reply, Terms};
use crate::engine::negotiation::DealView;
use crate::engine::runner::{RunError, TagSet, View, eval_maybe, validate_terms};
use crate::engine::search::SearchResult;

/// Something a node writes that only a negotiation can give meaning to.
#[derive(Debug, Clone, PartialEq)]
enum StepKind {
    /// A negotiation step (`propose`), with its kinds of terms.
    Propose { empty: bool },
    /// A choice's fixed `offer`.
    Offer { choice: String, terms: Terms },
    /// A choice that agrees the debtor's counter-offer.
    TakesCounter { choice: String },
    /// A negotiation condition (`Reply`, `Proposed`, …) on a choice or route.
    Condition { keyword: &'static str },
}

/// One negotiation thing written in a node, and where.
#[derive(Debug, Clone)]
struct Step {
    node: String,
    kind: StepKind,
    span: Range<usize>,
}

/// Every `E4xx` check that needs only the compiled scenario and its file.
pub(super) fn check(
    compiled: &CompiledScenario,
    loaded: &Loaded<Scenario>,
    d: &mut Vec<Diagnostic>,
) {
    let sc = &loaded.value;
    let src = &loaded.source;
    let untouched = sc.finances.is_none() && sc.mandate.is_none() && sc.negotiation.is_none();
    if untouched && !negotiates(sc) && arrangement_rubrics(compiled).is_empty() {
        return; // Nothing to check: skip indexing the file (large scenarios pay for it).
    }
    let loc = Locator::new(src);
    let steps = steps(sc, &loc);
    check_presence(sc, src, &loc, &steps, d);
    check_reactions(sc, src, &loc, &steps, d);
    check_steps(compiled, src, &steps, d);
    let mandate_ok = check_mandate(sc, src, &loc, d);
    let finances_ok = check_finances(compiled, src, &loc, d);
    let reactions_ok = sc
        .negotiation
        .as_ref()
        .is_none_or(|n| !n.reactions.is_empty());
    if mandate_ok && finances_ok && reactions_ok {
        check_deal(compiled, src, &loc, &steps, d);
    }
    check_rubrics(compiled, src, &loc, d);
}

/// The negotiation things of every node, in file order, with their spans.
fn steps(sc: &Scenario, loc: &Locator) -> Vec<Step> {
    let mut out = Vec::new();
    for (index, (id, node)) in sc.nodes.0.iter().enumerate() {
        let range = loc.node_extent(sc, index);
        let mut push = |kind, span| {
            out.push(Step {
                node: id.clone(),
                kind,
                span,
            })
        };
        let mut conditions: Vec<&Condition> = Vec::new();
        match node {
            Node::Say(say) => {
                if let Some(p) = &say.propose {
                    let span = loc.field_in("propose", &range);
                    push(
                        StepKind::Propose {
                            empty: p.kinds.is_empty(),
                        },
                        span,
                    );
                }
                let mut cursor = range.start;
                for choice in &say.choices {
                    let id_span = loc
                        .find(&choice.id, cursor, range.end)
                        .unwrap_or(cursor..cursor);
                    cursor = id_span.end;
                    let choice_range = id_span.start..range.end;
                    if let Some(terms) = choice.offer {
                        let span = loc.field_in("offer", &choice_range);
                        let choice = choice.id.clone();
                        push(StepKind::Offer { choice, terms }, span);
                    }
                    if choice.takes_counter {
                        let span = loc.field_in("takes_counter", &choice_range);
                        push(
                            StepKind::TakesCounter {
                                choice: choice.id.clone(),
                            },
                            span,
                        );
                    }
                    conditions.extend(choice.condition.iter());
                }
            }
            Node::Branch(b) => {
                conditions.extend(b.routes.iter().filter_map(|r| r.condition.as_ref()))
            }
            Node::Desk(desk) => {
                conditions.extend(desk.choices.iter().filter_map(|c| c.condition.as_ref()))
            }
            Node::End(_) => {}
        }
        if let Some(keyword) = conditions.into_iter().find_map(negotiation_keyword) {
            push(
                StepKind::Condition { keyword },
                loc.text_in(keyword, &range),
            );
        }
    }
    out
}

/// Whether any node writes a negotiation step, an offer, `takes_counter` or a negotiation
/// condition (what [`steps`] finds, without indexing the file).
fn negotiates(sc: &Scenario) -> bool {
    sc.nodes.0.iter().any(|(_, node)| match node {
        Node::Say(say) => {
            say.propose.is_some()
                || say.choices.iter().any(|c| {
                    c.offer.is_some()
                        || c.takes_counter
                        || c.condition
                            .as_ref()
                            .is_some_and(|c| negotiation_keyword(c).is_some())
                })
        }
        Node::Branch(b) => b
            .routes
            .iter()
            .filter_map(|r| r.condition.as_ref())
            .any(|c| negotiation_keyword(c).is_some()),
        Node::Desk(desk) => desk.choices.iter().any(|c| {
            c.offer.is_some()
                || c.condition
                    .as_ref()
                    .is_some_and(|c| negotiation_keyword(c).is_some())
        }),
        Node::End(_) => false,
    })
}

/// The keyword of the first negotiation condition inside a condition, if any.
fn negotiation_keyword(c: &Condition) -> Option<&'static str> {
    match c {
        Condition::Reply(_) => Some("Reply"),
        Condition::Proposed(_) => Some("Proposed"),
        Condition::Affordable(_) => Some("Affordable"),
        Condition::InMandate => Some("InMandate"),
        Condition::Agreed => Some("Agreed"),
        Condition::Not(c) => negotiation_keyword(c),
        Condition::All(cs) | Condition::Any(cs) => cs.iter().find_map(negotiation_keyword),
        Condition::Tag(_)
        | Condition::Below(..)
        | Condition::AtLeast(..)
        | Condition::Chance(_) => None,
    }
}

/// What a step is, for messages.
fn describe(step: &Step) -> String {
    match &step.kind {
        StepKind::Propose { .. } => {
            format!("node \"{}\" is a negotiation step (`propose`)", step.node)
        }
        StepKind::Offer { choice, .. } => {
            format!(
                "choice \"{choice}\" of node \"{}\" makes a fixed offer",
                step.node
            )
        }
        StepKind::TakesCounter { choice } => format!(
            "choice \"{choice}\" of node \"{}\" takes the debtor's counter-offer",
            step.node
        ),
        StepKind::Condition { keyword } => {
            format!("node \"{}\" tests the negotiation (`{keyword}`)", step.node)
        }
    }
}

/// The parts a negotiation needs: reactions for steps (E401), finances (E402) and a mandate
/// (E403) for a negotiation, a negotiation for finances (W416).
fn check_presence(
    sc: &Scenario,
    src: &SourceText,
    loc: &Locator,
    steps: &[Step],
    d: &mut Vec<Diagnostic>,
) {
    if sc.negotiation.is_none() {
        for step in steps {
            let message = format!("{}, but the scenario has no `negotiation`", describe(step));
            d.push(codes::at("E401", src, step.span.clone(), message).help(
                "add `negotiation: (reactions: [...])` saying how the debtor reacts to terms, \
                 or remove the negotiation step, offer or condition",
            ));
        }
        if sc.finances.is_some() {
            let message = "the scenario has finances but no negotiation: nothing in the call \
                           can use them"
                .to_string();
            d.push(codes::at("W416", src, loc.field("finances"), message).help(
                "add a negotiation step (`propose`) and `negotiation: (reactions: [...])`, \
                 or remove `finances`",
            ));
        }
    }
    let anchor = if sc.negotiation.is_some() {
        Some((loc.field("negotiation"), "the negotiation".to_string()))
    } else {
        steps
            .iter()
            .find(|s| !matches!(s.kind, StepKind::Condition { .. }))
            .map(|s| (s.span.clone(), describe(s)))
    };
    let Some((span, what)) = anchor else { return };
    if sc.finances.is_none() {
        let message = format!(
            "a negotiation with no finances: {what} has no debtor's budget to assess terms against"
        );
        d.push(codes::at("E402", src, span.clone(), message).help(
            "add `finances: Consumer(income: {...}, outgoings: {...}, ...)` or \
             `finances: Business(payment_runs: [...], ...)`",
        ));
    }
    if sc.mandate.is_none() {
        let message = format!(
            "a negotiation with no mandate: {what} has no limits for the collector's terms"
        );
        d.push(codes::at("E403", src, span, message).help(
            "add `mandate: (min_instalment: \"25.00\", max_months: 24, first_payment_within_days: 14)`",
        ));
    }
}

/// The spans of each reaction's `reply`, in order.
fn reply_spans(loc: &Locator, src: &SourceText, count: usize) -> Vec<Range<usize>> {
    let mut cursor = loc.field("negotiation").start;
    let end = src.text.len();
    (0..count)
        .map(|_| {
            let span = loc.text_in("reply", &(cursor..end));
            cursor = span.end.max(cursor);
            span
        })
        .collect()
}

/// The reactions: none, or a last one with a condition (E404), reactions after an
/// unconditional one (W405), `Counter(0)` (E406), `takes_counter` with no counter-offer (W407).
fn check_reactions(
    sc: &Scenario,
    src: &SourceText,
    loc: &Locator,
    steps: &[Step],
    d: &mut Vec<Diagnostic>,
) {
    let Some(n) = &sc.negotiation else { return };
    let negotiation = loc.field("negotiation");
    if n.reactions.is_empty() {
        let span = loc.field_in("reactions", &(negotiation.start..src.text.len()));
        d.push(
            codes::at(
                "E404",
                src,
                span,
                "the negotiation has no reactions".to_string(),
            )
            .help("add reactions, the last one without `if`, e.g. `(reply: Refuse)`"),
        );
    }
    let spans = reply_spans(loc, src, n.reactions.len());
    let mut unconditional: Option<usize> = None;
    for (i, (r, span)) in n.reactions.iter().zip(&spans).enumerate() {
        let number = i + 1;
        if let Some(first) = unconditional {
            let message = format!(
                "reaction {number} is never used: reaction {} before it has no condition",
                first + 1
            );
            d.push(
                codes::at("W405", src, span.clone(), message)
                    .help("move the reaction without `if` last"),
            );
        }
        if r.condition.is_none() && unconditional.is_none() {
            unconditional = Some(i);
        }
        if r.condition.is_some() && number == n.reactions.len() {
            let message = format!("the last reaction (reaction {number}) has a condition");
            d.push(codes::at("E404", src, span.clone(), message).help(
                "end the reactions with one without `if` (e.g. `(reply: Refuse)`), so the debtor \
                 always answers",
            ));
        }
        if r.reply == Reply::Counter(0) {
            let counter = loc.text_in("Counter", &(span.start..src.text.len()));
            let message = format!("reaction {number} counter-offers 0% of what the debtor can pay");
            d.push(codes::at("E406", src, counter, message).help(
                "a counter-offer is a plan at this percent of the debtor's capacity: use 1 or more \
                 (e.g. `Counter(80)`), or reply `Refuse`",
            ));
        }
    }
    let counters = n
        .reactions
        .iter()
        .any(|r| matches!(r.reply, Reply::Counter(_)));
    if !counters {
        for step in steps {
            if let StepKind::TakesCounter { choice } = &step.kind {
                let message = format!(
                    "choice \"{choice}\" of node \"{}\" takes the debtor's counter-offer, but no \
                     reaction replies `Counter`",
                    step.node
                );
                d.push(codes::at("W407", src, step.span.clone(), message).help(
                    "add a reaction replying `Counter(<percent>)`, or remove `takes_counter`",
                ));
            }
        }
    }
}

/// Fixed offers the runner would refuse (E408) and negotiation steps with no kinds (E409).
fn check_steps(
    compiled: &CompiledScenario,
    src: &SourceText,
    steps: &[Step],
    d: &mut Vec<Diagnostic>,
) {
    for step in steps {
        match &step.kind {
            StepKind::Offer { choice, terms } => {
                if let Err(RunError::InvalidTerms(why)) = validate_terms(terms, compiled) {
                    let message = format!(
                        "choice \"{choice}\" of node \"{}\" offers terms the call refuses: {why}",
                        step.node
                    );
                    d.push(codes::at("E408", src, step.span.clone(), message).help(
                        "fix the offer's amount, count or date (a settlement is less than the \
                         balance; for the whole balance offer `InFull`)",
                    ));
                }
            }
            StepKind::Propose { empty: true } => {
                let message = format!(
                    "the negotiation step at node \"{}\" offers no kinds of terms",
                    step.node
                );
                d.push(codes::at("E409", src, step.span.clone(), message).help(
                    "list the kinds the trainee may propose: `kinds: [Plan, Settlement, Extension, InFull]`",
                ));
            }
            _ => {}
        }
    }
}

/// Mandate values that cannot work (E410); whether the mandate (if any) has none.
fn check_mandate(sc: &Scenario, src: &SourceText, loc: &Locator, d: &mut Vec<Diagnostic>) -> bool {
    let Some(m) = &sc.mandate else { return true };
    let before = d.len();
    let range = loc.field("mandate").start..src.text.len();
    let mut bad = |field: &str, message: String, help: &str| {
        d.push(codes::at("E410", src, loc.field_in(field, &range), message).help(help.to_string()));
    };
    if m.min_instalment <= Decimal::ZERO {
        bad(
            "min_instalment",
            format!("the mandate's minimum instalment is {}", m.min_instalment),
            "the smallest instalment the creditor accepts is a positive amount, e.g. \"25.00\"",
        );
    }
    if m.max_months == 0 {
        bad(
            "max_months",
            "the mandate allows plans of at most 0 months".into(),
            "give the longest plan the creditor accepts, in months (e.g. 24)",
        );
    }
    if m.max_discount_percent < Decimal::ZERO || m.max_discount_percent >= Decimal::ONE_HUNDRED {
        bad(
            "max_discount_percent",
            format!(
                "the mandate's settlement discount is {}%, outside 0..100",
                m.max_discount_percent
            ),
            "a discount is a percent of the balance from 0 (none, the usual) to below 100",
        );
    }
    if m.first_payment_within_days == 0 {
        bad(
            "first_payment_within_days",
            "the mandate wants the first payment within 0 days, so no date can meet it".into(),
            "give the days within which the first payment must fall (e.g. 14; today counts as 0 days away)",
        );
    }
    d.len() == before
}

/// Money for checker messages: `$1,680.00`, `£25.00`, `PLN 4,820.00`.
fn money(amount: Decimal, currency: &str) -> String {
    let number = format_number(amount, 2, ".", ",");
    let sign = if amount < Decimal::ZERO { "-" } else { "" };
    let number = number.trim_start_matches('-');
    match currency {
        "USD" => format!("{sign}${number}"),
        "GBP" => format!("{sign}£{number}"),
        "EUR" => format!("{sign}€{number}"),
        other => format!("{sign}{other} {number}"),
    }
}

/// Terms for checker messages: `9 monthly instalments of $150.00 from 2026-11-24`.
fn describe_terms(terms: &Terms, currency: &str) -> String {
    match *terms {
        Terms::Plan {
            amount,
            every,
            count,
            first,
        } => {
            let every = match every {
                Frequency::Weekly => "weekly",
                Frequency::Fortnightly => "fortnightly",
                Frequency::Monthly => "monthly",
            };
            let s = if count == 1 { "" } else { "s" };
            format!(
                "{count} {every} instalment{s} of {} from {first}",
                money(amount, currency)
            )
        }
        Terms::Settlement { amount, by } => {
            format!("a settlement of {} by {by}", money(amount, currency))
        }
        Terms::Extension { to } => format!("the whole balance by {to} (an extension)"),
        Terms::InFull { by } => format!("the whole balance by {by}"),
    }
}

/// Why no arrangement fits: what the capacity clears within the mandate's term.
fn never_clears(deal: &CDeal, currency: &str) -> Option<String> {
    let capacity = deal.capacity()?;
    let m = deal.mandate.as_ref()?;
    // A business pays only on its payment runs; a consumer up to the capacity each month.
    let cleared = match deal.finances {
        Some(Finances::Business(_)) => deal.available_by(deal.horizon()),
        _ => capacity.max(Decimal::ZERO) * Decimal::from(m.max_months),
    };
    let mut why = format!(
        "{} a month for at most {} months clears {} of {}",
        money(capacity, currency),
        m.max_months,
        money(cleared.min(deal.balance), currency),
        money(deal.balance, currency)
    );
    if capacity < m.min_instalment {
        why.push_str(&format!(
            ", and {} a month is below the minimum instalment of {}",
            money(capacity, currency),
            money(m.min_instalment, currency)
        ));
    } else {
        why.push_str(&format!(
            " (minimum instalment {})",
            money(m.min_instalment, currency)
        ));
    }
    Some(why)
}

/// A balance the mandate can never clear (E411), and a deal no reaction strikes (E412).
fn check_deal(
    compiled: &CompiledScenario,
    src: &SourceText,
    loc: &Locator,
    steps: &[Step],
    d: &mut Vec<Diagnostic>,
) {
    let deal = &compiled.deal;
    let currency = &compiled.source.account.currency;
    // Only a negotiation step asks the trainee to build a deal; fixed offers alone may all be
    // mistakes by design (a plan offered to a represented debtor).
    let proposes = steps
        .iter()
        .any(|s| matches!(s.kind, StepKind::Propose { .. }));
    if !proposes || deal.finances.is_none() || deal.mandate.is_none() {
        return;
    }
    let Some(best) = deal.best else {
        let Some(why) = never_clears(deal, currency) else {
            return;
        };
        let message = format!(
            "a balance the mandate can never clear: no sustainable arrangement fits the mandate; {why}"
        );
        d.push(codes::at("E411", src, loc.field("mandate"), message).help(
            "allow more months or a smaller instalment in the mandate (or a settlement discount), \
             or give the debtor more to pay with",
        ));
        return;
    };
    if compiled.source.negotiation.is_none() || reactions_can_accept(compiled, &best) {
        return;
    }
    let span = loc.field_in(
        "reactions",
        &(loc.field("negotiation").start..src.text.len()),
    );
    let message = format!(
        "an unwinnable deal: no reaction accepts the best sustainable arrangement, {}",
        describe_terms(&best, currency)
    );
    d.push(codes::at("E412", src, span, message).help(
        "add a reaction that accepts sustainable terms within the mandate before the refusals, \
         e.g. `(if: All([Affordable(100), InMandate]), reply: Accept)`",
    ));
}

/// Whether some reaction can accept these terms as the first proposal of a call, with state
/// and tag conditions taken as possibly true.
fn reactions_can_accept(compiled: &CompiledScenario, terms: &Terms) -> bool {
    let deal = &compiled.deal;
    let view = DealView::default().proposing(terms, &deal.assess(terms));
    for r in &deal.reactions {
        let holds = r.condition.as_ref().map_or(Some(true), |c| maybe(c, view));
        if holds != Some(false) && r.reply == Reply::Accept {
            return true;
        }
        if holds == Some(true) {
            return false;
        }
    }
    false
}

/// A condition about a proposal: `Some` when decided by the proposal alone, `None` when state,
/// tags or dice could go either way.
fn maybe(c: &Cond, deal: DealView) -> Option<bool> {
    let three = |cs: &[Cond], stop: bool| {
        let mut unknown = false;
        for c in cs {
            match maybe(c, deal) {
                Some(b) if b == stop => return Some(stop),
                None => unknown = true,
                Some(_) => {}
            }
        }
        if unknown { None } else { Some(!stop) }
    };
    match c {
        Cond::Tag(_) | Cond::Below(..) | Cond::AtLeast(..) => None,
        Cond::Not(c) => maybe(c, deal).map(|b| !b),
        Cond::All(cs) => three(cs, false),
        Cond::Any(cs) => three(cs, true),
        leaf => {
            let seen = TagSet::default();
            eval_maybe(
                leaf,
                &View {
                    vars: &[],
                    seen: &seen,
                    deal,
                },
            )
        }
    }
}

/// Every tag a call of this scenario can carry: choices, timeouts, negotiation steps, node
/// events, reaction events and the events of agreeing.
fn carried_tags(compiled: &CompiledScenario) -> HashSet<TagIdx> {
    let mut out: HashSet<TagIdx> = HashSet::new();
    for n in &compiled.nodes {
        out.extend(&n.events);
        if let CKind::Say {
            choices,
            timeout,
            propose,
            ..
        } = &n.kind
        {
            for c in choices {
                out.extend(&c.tags);
            }
            out.extend(timeout.iter().flat_map(|t| &t.tags));
            out.extend(propose.iter().flat_map(|p| &p.tags));
        }
    }
    for r in &compiled.deal.reactions {
        out.extend(&r.events);
    }
    out.extend(&compiled.deal.agreed_events);
    out
}

/// Business finances with no payment run to come (E414); finances nothing reveals (W415).
/// Whether the finances (if any) can pay at all (no E414).
fn check_finances(
    compiled: &CompiledScenario,
    src: &SourceText,
    loc: &Locator,
    d: &mut Vec<Diagnostic>,
) -> bool {
    let Some(finances) = &compiled.source.finances else {
        return true;
    };
    let range = loc.field("finances").start..src.text.len();
    let can_pay = match finances {
        Finances::Business(b) => b.payment_runs.iter().any(|r| *r >= compiled.deal.call_date),
        Finances::Consumer(_) => true,
    };
    if !can_pay {
        let message = format!(
            "the business has no payment run on or after the call ({}), so it can never pay",
            compiled.deal.call_date
        );
        d.push(
            codes::at("E414", src, loc.field_in("payment_runs", &range), message).help(
                "list the dates the debtor's accounts payable pays on, from the call date onwards",
            ),
        );
    }
    let carried = carried_tags(compiled);
    // Discovering the finances matters where the trainee builds terms (a negotiation step).
    if !has_negotiation_step(compiled) || compiled.deal.reveal.iter().any(|t| carried.contains(t)) {
        return can_pay;
    }
    let tags = finances.revealed_by();
    let span = match tags.first() {
        Some(first) => loc.within(first, &range),
        None => loc.field("finances"),
    };
    let listed = if tags.is_empty() {
        "no tag".to_string()
    } else {
        tags.iter()
            .map(|t| format!("\"{t}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let message = format!(
        "the finances can never be discovered: they are revealed by {listed}, which no choice, \
         timeout, negotiation step or node of the scenario carries"
    );
    d.push(codes::at("W415", src, span, message).help(
        "tag the question that uncovers the budget (e.g. a choice with `tags: [\"affordability-check\"]`), \
         or list its tag in `revealed_by`",
    ));
    can_pay
}

/// Whether a rule scores the arrangement.
fn scores_arrangement(dimension: Dimension, check: &CCheck) -> bool {
    dimension == Dimension::Arrangement
        || matches!(
            check,
            CCheck::Sustainable | CCheck::WithinMandate | CCheck::Recovery
        )
}

/// The scenario's rubrics that score the arrangement, by id, in order.
fn arrangement_rubrics(compiled: &CompiledScenario) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for rule in compiled
        .rules
        .iter()
        .filter(|r| scores_arrangement(r.dimension, &r.check))
    {
        if !out.contains(&rule.rubric.as_str()) {
            out.push(&rule.rubric);
        }
    }
    out
}

/// The span of a rubric id in the scenario's `rubrics` list.
fn rubric_span(loc: &Locator, src: &SourceText, id: &str) -> Range<usize> {
    let field = loc.field("rubrics");
    loc.find(id, field.start, src.text.len()).unwrap_or(field)
}

/// An arrangement rubric on a scenario without finances (E417).
fn check_rubrics(
    compiled: &CompiledScenario,
    src: &SourceText,
    loc: &Locator,
    d: &mut Vec<Diagnostic>,
) {
    if compiled.deal.finances.is_some() {
        return;
    }
    for id in arrangement_rubrics(compiled) {
        let message = format!(
            "rubric \"{id}\" scores the arrangement, but scenario \"{}\" has no finances to \
             judge terms against",
            compiled.id
        );
        d.push(
            codes::at("E417", src, rubric_span(loc, src, id), message).help(
                "add `finances`, `mandate` and `negotiation` to the scenario, or use a rubric \
             without Sustainable, WithinMandate and Recovery checks",
            ),
        );
    }
}

/// Whether some node of the scenario is a negotiation step (`propose`).
fn has_negotiation_step(compiled: &CompiledScenario) -> bool {
    compiled.nodes.iter().any(|n| {
        matches!(
            &n.kind,
            crate::compile::CKind::Say {
                propose: Some(_),
                ..
            }
        )
    })
}

/// W413: the scenario scores the arrangement but its best path never agrees terms (run on the
/// balance search's result; nothing when the search was cut short).
pub(super) fn check_best_path(
    compiled: &CompiledScenario,
    loaded: &Loaded<Scenario>,
    result: &SearchResult,
    d: &mut Vec<Diagnostic>,
) {
    let rubrics = arrangement_rubrics(compiled);
    let Some(best) = &result.best else { return };
    if rubrics.is_empty()
        || result.truncated
        || compiled.deal.finances.is_none()
        || !has_negotiation_step(compiled)
    {
        return;
    }
    let agreed = best
        .scorecard
        .arrangement
        .as_ref()
        .is_some_and(|a| a.agreed.is_some());
    if agreed {
        return;
    }
    let src = &loaded.source;
    let loc = Locator::new(src);
    let message = format!(
        "the best path of scenario \"{}\" never agrees terms, so rubric \"{}\" never scores a \
         deal on it",
        compiled.id, rubrics[0]
    );
    d.push(
        codes::at("W413", src, rubric_span(&loc, src, rubrics[0]), message).help(
            "make the negotiation step reachable on a good path and let a reaction accept the best \
         sustainable arrangement (`callcoach walk` shows the arrangements reached)",
        ),
    );
}

#[cfg(test)]
pub(super) mod tests;
