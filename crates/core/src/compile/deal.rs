//! The scenario's negotiation context: the finances' reveal tags and the debtor's reactions
//! resolved, and the best sustainable arrangement worked out once (see `engine::negotiation`).

use super::{CDeal, CReaction, Resolver, TagIdx, suggest};
use crate::content::model::TagKind;

impl Resolver<'_> {
    /// Resolves `finances`, `mandate` and `negotiation`: unknown reveal tags (E104), reaction
    /// tags that are not events (E105), unknown variables in reactions (E107).
    pub(super) fn deal(&mut self) -> CDeal {
        let scenario = self.scenario;
        let finances_range = self.locator.field("finances").start..self.source.text.len();
        let mut reveal: Vec<TagIdx> = Vec::new();
        for tag in scenario.finances.iter().flat_map(|f| f.revealed_by()) {
            match self.tags_by_id.get(tag.as_str()) {
                Some((index, _)) => reveal.push(*index),
                None => {
                    let diagnostic = self
                        .error(
                            "E104",
                            self.locator.within(tag, &finances_range),
                            format!("unknown tag \"{tag}\" in `revealed_by`"),
                        )
                        .help(suggest(
                            tag,
                            self.tag_names.iter().map(String::as_str),
                            "add it to scenarios/tags.ron, or fix the spelling",
                        ));
                    self.report(diagnostic);
                }
            }
        }
        let negotiation_range = self.locator.field("negotiation").start..self.source.text.len();
        let mut reactions = Vec::new();
        let mut cursor = negotiation_range.start;
        for reaction in scenario.negotiation.iter().flat_map(|n| &n.reactions) {
            let range = cursor..negotiation_range.end;
            let reply_at = self.locator.text_in("reply", &range);
            cursor = reply_at.end.max(cursor);
            reactions.push(CReaction {
                condition: reaction
                    .condition
                    .as_ref()
                    .map(|c| self.condition(c, &range)),
                reply: reaction.reply,
                events: self.tags(&reaction.events, TagKind::Event, &range),
                effects: self.effects(&reaction.effects, &range),
            });
        }
        let agreed_events = match &scenario.negotiation {
            Some(n) => self.tags(&n.agreed_events, TagKind::Event, &negotiation_range),
            None => Vec::new(),
        };
        let mut deal = CDeal {
            agreed_events,
            balance: scenario.account.amount,
            call_date: super::limits::local_time(
                scenario.call_at,
                scenario.debtor.utc_offset_minutes,
            )
            .date(),
            finances: scenario.finances.clone(),
            mandate: scenario.mandate.clone(),
            reveal,
            reactions,
            best: None,
            best_recovered: None,
            latest_atoms: Vec::new(),
            search_terms: Vec::new(),
        };
        deal.best = deal.best_arrangement();
        deal.best_recovered = deal.best.map(|t| deal.recovered(&t));
        deal.search_terms = deal.search_candidates();
        deal
    }
}
