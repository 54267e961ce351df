//! Evaluating conditions: over the state variables, the tags seen and the negotiation, in a
//! call (dice rolled) and in a search (three-valued, dice undecided).

use crate::compile::Cond;
use crate::engine::negotiation::DealView;
use crate::engine::runner::TagSet;

/// What a condition can read: the state variables, the tags seen and the negotiation.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    pub vars: &'a [i32],
    pub seen: &'a TagSet,
    pub deal: DealView,
}

/// A condition about the negotiation (`None` for any other kind).
fn deal_cond(cond: &Cond, deal: &DealView) -> Option<bool> {
    let latest = deal.latest;
    Some(match cond {
        Cond::Reply(k) => deal.reply == Some(*k),
        Cond::Proposed(k) => latest.is_some_and(|(kind, _, _)| kind == *k),
        Cond::Affordable(p) => {
            latest.is_some_and(|(_, ask, _)| u64::from(ask) <= u64::from(*p) * 10)
        }
        Cond::InMandate => latest.is_some_and(|(_, _, within)| within),
        Cond::Agreed => deal.agreed,
        _ => return None,
    })
}

/// Evaluates a condition; `chance` decides `Chance(p)` (a roll in a call, a fork in a search).
pub fn eval(cond: &Cond, view: &View, chance: &mut dyn FnMut(u8) -> bool) -> bool {
    match cond {
        Cond::Tag(t) => view.seen.contains(*t),
        Cond::Not(c) => !eval(c, view, chance),
        Cond::All(cs) => cs.iter().all(|c| eval(c, view, chance)),
        Cond::Any(cs) => cs.iter().any(|c| eval(c, view, chance)),
        Cond::Below(v, n) => view.vars[*v as usize] < *n,
        Cond::AtLeast(v, n) => view.vars[*v as usize] >= *n,
        Cond::Chance(p) => chance(*p),
        other => deal_cond(other, &view.deal).unwrap_or(false),
    }
}

/// Three-valued evaluation for searches: `Some(b)` when the condition is decided whatever
/// the dice say, `None` when it depends on a `Chance` roll.
pub fn eval_maybe(cond: &Cond, view: &View) -> Option<bool> {
    match cond {
        Cond::Tag(t) => Some(view.seen.contains(*t)),
        Cond::Not(c) => eval_maybe(c, view).map(|b| !b),
        Cond::All(cs) => {
            let mut unknown = false;
            for c in cs {
                match eval_maybe(c, view) {
                    Some(false) => return Some(false),
                    None => unknown = true,
                    Some(true) => {}
                }
            }
            if unknown { None } else { Some(true) }
        }
        Cond::Any(cs) => {
            let mut unknown = false;
            for c in cs {
                match eval_maybe(c, view) {
                    Some(true) => return Some(true),
                    None => unknown = true,
                    Some(false) => {}
                }
            }
            if unknown { None } else { Some(false) }
        }
        Cond::Below(v, n) => Some(view.vars[*v as usize] < *n),
        Cond::AtLeast(v, n) => Some(view.vars[*v as usize] >= *n),
        Cond::Chance(0) => Some(false),
        Cond::Chance(p) if *p >= 100 => Some(true),
        Cond::Chance(_) => None,
        other => deal_cond(other, &view.deal),
    }
}
