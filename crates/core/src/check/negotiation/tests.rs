//! Unit tests of the negotiation checks' helpers, on the bad-input corpus's scenario with a
//! negotiation (`tests/bad_inputs/deal-base.ron`) and variants of it.

use std::path::Path;

use super::*;
use crate::compile;
use crate::content::loader::{Library, RawFile};
use crate::synth::{self, Spec};

/// The scenario every negotiation case of the bad-input corpus starts from.
pub(in crate::check) const DEAL_BASE: &str =
    include_str!("../../../tests/bad_inputs/deal-base.ron");

/// The generated library with `ron` as its scenario, and that scenario compiled.
pub(in crate::check) fn compiled(ron: &str) -> (Library, CompiledScenario) {
    let mut files = synth::files(&Spec::new(8));
    files.retain(|f| f.path != Path::new("scenarios/synth.ron"));
    files.push(RawFile {
        path: "scenarios/synth.ron".into(),
        bytes: ron.as_bytes().to_vec(),
    });
    let lib = Library::from_files(Path::new("lib"), files);
    let mut d = Vec::new();
    let sc = compile::compile(&lib, &lib.scenarios[0], &mut d).expect("compiles");
    assert!(d.iter().all(|x| !x.is_error()), "{d:#?}");
    (lib, sc)
}

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

/// The base scenario with its reactions replaced.
fn with_reactions(reactions: &str) -> String {
    let start = DEAL_BASE.find("negotiation: (reactions: [").unwrap();
    let end = start + DEAL_BASE[start..].find("]),").unwrap() + 3;
    format!(
        "{}negotiation: (reactions: [{reactions}]),{}",
        &DEAL_BASE[..start],
        &DEAL_BASE[end..]
    )
}

#[test]
fn money_is_grouped_with_the_currency_sign_or_code() {
    assert_eq!(money(dec("1680"), "USD"), "$1,680.00");
    assert_eq!(money(dec("25.5"), "GBP"), "£25.50");
    assert_eq!(money(dec("4820"), "PLN"), "PLN 4,820.00");
    assert_eq!(money(dec("-70"), "EUR"), "-€70.00");
}

#[test]
fn terms_read_as_words() {
    let first = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    let plan = |count| Terms::Plan {
        amount: dec("150"),
        every: Frequency::Monthly,
        count,
        first,
    };
    assert_eq!(
        describe_terms(&plan(9), "USD"),
        "9 monthly instalments of $150.00 from 2026-11-24"
    );
    assert_eq!(
        describe_terms(&plan(1), "USD"),
        "1 monthly instalment of $150.00 from 2026-11-24"
    );
    let settle = Terms::Settlement {
        amount: dec("1000"),
        by: first,
    };
    assert_eq!(
        describe_terms(&settle, "GBP"),
        "a settlement of £1,000.00 by 2026-11-24"
    );
}

#[test]
fn negotiation_keywords_are_found_inside_logic_only() {
    let nested = Condition::Not(Box::new(Condition::All(vec![
        Condition::Tag("listens".into()),
        Condition::InMandate,
    ])));
    assert_eq!(negotiation_keyword(&nested), Some("InMandate"));
    assert_eq!(negotiation_keyword(&Condition::Tag("x".into())), None);
    assert_eq!(negotiation_keyword(&Condition::Chance(50)), None);
}

#[test]
fn state_and_tags_are_unknown_but_the_proposal_decides() {
    let affordable = DealView {
        latest: Some((crate::content::negotiation::TermsKind::Plan, 900, true)),
        ..DealView::default()
    };
    let too_much = DealView {
        latest: Some((crate::content::negotiation::TermsKind::Plan, 2000, false)),
        ..DealView::default()
    };
    assert_eq!(maybe(&Cond::Tag(0), affordable), None);
    assert_eq!(maybe(&Cond::AtLeast(0, 50), affordable), None);
    let both = Cond::All(vec![Cond::Tag(0), Cond::Affordable(100)]);
    assert_eq!(maybe(&both, too_much), Some(false));
    assert_eq!(maybe(&both, affordable), None);
    let either = Cond::Any(vec![Cond::Tag(0), Cond::InMandate]);
    assert_eq!(maybe(&either, affordable), Some(true));
    assert_eq!(
        maybe(&Cond::Not(Box::new(Cond::InMandate)), too_much),
        Some(true)
    );
}

#[test]
fn the_best_terms_are_acceptable_unless_every_accepting_reaction_excludes_them() {
    let (_, sc) = compiled(DEAL_BASE);
    let best = sc.deal.best.expect("a best arrangement");
    assert!(reactions_can_accept(&sc, &best));
    let (_, sc) = compiled(&with_reactions(
        "(if: Proposed(Settlement), reply: Accept), (reply: Refuse)",
    ));
    assert!(!reactions_can_accept(&sc, &best));
    // A tag condition could hold in some call.
    let (_, sc) = compiled(&with_reactions(
        "(if: Tag(\"listens\"), reply: Accept), (reply: Refuse)",
    ));
    assert!(reactions_can_accept(&sc, &best));
    // An unconditional refusal first hides the acceptance after it.
    let (_, sc) = compiled(&with_reactions("(reply: Refuse), (reply: Accept)"));
    assert!(!reactions_can_accept(&sc, &best));
}

#[test]
fn never_clears_names_capacity_months_minimum_and_balance() {
    let (_, sc) = compiled(DEAL_BASE);
    let mut deal = sc.deal.clone();
    deal.balance = dec("2400");
    let why = never_clears(&deal, "USD").unwrap();
    assert_eq!(
        why,
        "$150.00 a month for at most 24 months clears $2,400.00 of $2,400.00 \
         (minimum instalment $25.00)"
    );
    if let Some(m) = deal.mandate.as_mut() {
        m.min_instalment = dec("200");
        m.max_months = 12;
    }
    let why = never_clears(&deal, "USD").unwrap();
    assert!(
        why.starts_with("$150.00 a month for at most 12 months clears $1,800.00 of $2,400.00"),
        "{why}"
    );
    assert!(
        why.contains("below the minimum instalment of $200.00"),
        "{why}"
    );
    deal.mandate = None;
    assert_eq!(never_clears(&deal, "USD"), None);
}

#[test]
fn steps_are_found_in_file_order_at_their_fields() {
    let (lib, _) = compiled(DEAL_BASE);
    let loaded = &lib.scenarios[0];
    assert!(negotiates(&loaded.value));
    let loc = Locator::new(&loaded.source);
    let found = steps(&loaded.value, &loc);
    let kinds: Vec<String> = found.iter().map(describe).collect();
    assert_eq!(
        kinds,
        [
            "node \"n2-0\" is a negotiation step (`propose`)",
            "choice \"press\" of node \"n2-0\" makes a fixed offer",
            "node \"react\" tests the negotiation (`Reply`)",
        ]
    );
    let text = &loaded.source.text;
    assert!(text[found[0].span.start..].starts_with("propose:"));
    assert!(text[found[1].span.start..].starts_with("offer: Plan"));
    assert!(text[found[2].span.start..].starts_with("Reply(Accepted)"));
}

#[test]
fn carried_tags_include_negotiation_steps_and_reaction_events() {
    let base = with_reactions(
        "(if: Affordable(100), reply: Accept, events: [\"hardship\"]), (reply: Refuse)",
    );
    let no_choice_tag = base.replace(
        "(id: \"book\", tags: [\"listens\"]",
        "(id: \"book\", tags: [\"empathy\"]",
    );
    let (_, sc) = compiled(&no_choice_tag);
    let carried = carried_tags(&sc);
    let tag = |t: &str| sc.tag_index(t).unwrap();
    assert!(carried.contains(&tag("offers-plan")));
    assert!(carried.contains(&tag("hardship")));
    assert!(!carried.contains(&tag("third-party")));
}

#[test]
fn arrangement_rules_are_those_of_the_dimension_or_its_checks() {
    assert!(scores_arrangement(
        Dimension::Compliance,
        &CCheck::Sustainable
    ));
    assert!(scores_arrangement(
        Dimension::Arrangement,
        &CCheck::Never(0)
    ));
    assert!(!scores_arrangement(
        Dimension::Compliance,
        &CCheck::Never(0)
    ));
    let (_, sc) = compiled(DEAL_BASE);
    assert!(arrangement_rubrics(&sc).is_empty());
}
