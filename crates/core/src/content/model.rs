//! The content model as trainers write it: scenarios, the tag vocabulary and rubrics, in RON.
//!
//! These types mirror the files one to one (see `docs/scenario-format.md`). They hold names,
//! not indices; [`crate::compile`] turns a checked scenario into the indexed form the runner uses.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize};

use crate::content::history::Entry;
use crate::content::negotiation::{
    Finances, Mandate, Negotiation, Propose, ReplyKind, Terms, TermsKind,
};

/// A tag id such as `identifies-self` or `debtor-hardship`.
pub type TagId = String;
/// A state variable name such as `mood`.
pub type VarName = String;

/// One scenario file: `scenarios/<id>.ron`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Unique id; also the file stem and the Fluent file name.
    pub id: String,
    /// Bumped whenever scoring-relevant content changes; session records pin it.
    pub version: u32,
    /// Ids of the rubrics that score this call.
    pub rubrics: Vec<String>,
    pub difficulty: Difficulty,
    pub jurisdiction: Jurisdiction,
    /// Persona key for the library (e.g. `hardship`, `third-party`); its label is `persona-<key>` in `ui.ftl`.
    pub persona: String,
    /// Free library tags (search, filters).
    #[serde(default)]
    pub tags: Vec<String>,
    pub debtor: Debtor,
    /// The creditor the collector calls for (shown to the trainee, `$creditor` in text).
    pub creditor: String,
    pub account: Account,
    /// When the simulated call happens (UTC, RFC 3339). Calling-hours rules read it in the debtor's local time.
    pub call_at: DateTime<Utc>,
    /// Named integer state variables and their start values, clamped to 0..=100.
    #[serde(default)]
    pub state: BTreeMap<VarName, i32>,
    /// The score (0..=100) of each outcome this scenario can end in.
    pub outcomes: BTreeMap<Outcome, u8>,
    /// Resolution passes when the outcome scores at least this (default 50).
    #[serde(default = "default_resolution_pass_mark")]
    pub resolution_pass_mark: u8,
    /// The debtor's situation, hidden until discovered in the call (see `negotiation.rs`).
    #[serde(default)]
    pub finances: Option<Finances>,
    /// What the collector may agree without a supervisor (shown on the account card).
    #[serde(default)]
    pub mandate: Option<Mandate>,
    /// How the debtor reacts to proposed terms.
    #[serde(default)]
    pub negotiation: Option<Negotiation>,
    /// The account's file before the call: contacts, letters, promises, payments (see
    /// `history.rs`). Shown on the pre-call desk; its tags are on file when the call starts.
    #[serde(default)]
    pub history: Vec<Entry>,
    /// Who voices each character when the call is heard (`debtor`, or a node's `speaker`
    /// key), over the defaults of `voice/voices.ron` (see `docs/voice.md`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub voices: BTreeMap<String, crate::voice::VoiceSpec>,
    /// The first node.
    pub start: String,
    /// The call graph, in the order written.
    pub nodes: NodeMap,
}

fn default_resolution_pass_mark() -> u8 {
    50
}

/// How hard a scenario is, for the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

/// Whose rules the call is played under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Jurisdiction {
    /// United States: FDCPA / Regulation F.
    Us,
    /// United Kingdom: FCA CONC 7.
    Uk,
    /// Poland.
    Pl,
    /// European Union (cross-border business).
    Eu,
}

impl Jurisdiction {
    /// Lower-case key used in Fluent message ids and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Jurisdiction::Us => "us",
            Jurisdiction::Uk => "uk",
            Jurisdiction::Pl => "pl",
            Jurisdiction::Eu => "eu",
        }
    }
}

impl Difficulty {
    /// Lower-case key used in Fluent message ids.
    pub fn key(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }
}

/// Who the trainee is calling.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Debtor {
    /// Display name (`$debtor`).
    pub name: String,
    /// Consumer or business; a business debtor names its organisation (`$organisation`).
    pub kind: DebtorKind,
    /// Offset of the debtor's local time from UTC, in minutes (e.g. `-300` for New York in winter).
    pub utc_offset_minutes: i32,
}

/// Consumer or business debtor.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub enum DebtorKind {
    Consumer,
    Business { organisation: String },
}

/// The debt being collected.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    /// Amount owed, a decimal string such as `"4820.00"` (never a float).
    pub amount: Decimal,
    /// ISO 4217 currency code, e.g. `PLN`.
    pub currency: String,
    /// The due date (`YYYY-MM-DD`). Days past due derive from it and the call time.
    pub due: NaiveDate,
}

/// The possible ends of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Outcome {
    PromiseToPay,
    PaymentPlan,
    PaidInFull,
    DisputeLogged,
    CallbackScheduled,
    Escalated,
    CeaseContact,
    WrongParty,
    HungUp,
    /// Collection paused while the debtor takes advice or gathers evidence (not a dispute).
    OnHold,
    /// The collector decided not to call (the account says not to, now or at all).
    NotCalled,
    /// The collector wrote instead of calling.
    LetterSent,
}

impl Outcome {
    /// Every outcome, in a stable order (for wrap-up pickers and reports).
    pub const ALL: [Outcome; 12] = [
        Outcome::PromiseToPay,
        Outcome::PaymentPlan,
        Outcome::PaidInFull,
        Outcome::DisputeLogged,
        Outcome::CallbackScheduled,
        Outcome::Escalated,
        Outcome::CeaseContact,
        Outcome::WrongParty,
        Outcome::HungUp,
        Outcome::OnHold,
        Outcome::NotCalled,
        Outcome::LetterSent,
    ];

    /// Kebab-case key used in Fluent ids (`outcome-promise-to-pay`) and exports.
    pub fn key(self) -> &'static str {
        match self {
            Outcome::PromiseToPay => "promise-to-pay",
            Outcome::PaymentPlan => "payment-plan",
            Outcome::PaidInFull => "paid-in-full",
            Outcome::DisputeLogged => "dispute-logged",
            Outcome::CallbackScheduled => "callback-scheduled",
            Outcome::Escalated => "escalated",
            Outcome::CeaseContact => "cease-contact",
            Outcome::WrongParty => "wrong-party",
            Outcome::HungUp => "hung-up",
            Outcome::OnHold => "on-hold",
            Outcome::NotCalled => "not-called",
            Outcome::LetterSent => "letter-sent",
        }
    }

    /// Parses a key (`payment-plan`) or the RON name (`PaymentPlan`).
    pub fn parse(text: &str) -> Option<Outcome> {
        Outcome::ALL
            .into_iter()
            .find(|o| o.key() == text || format!("{o:?}") == text)
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The nodes of a scenario in the order written, keyed by node id.
///
/// Written in RON as a map (`{ "opening": Say(...), ... }`); unlike a plain map it keeps the
/// order and keeps duplicate ids so that the checker can report them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct NodeMap(pub Vec<(String, Node)>);

impl<'de> Deserialize<'de> for NodeMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = NodeMap;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of node ids to nodes, like { \"opening\": Say(...) }")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<NodeMap, A::Error> {
                let mut nodes = Vec::new();
                while let Some(entry) = map.next_entry::<String, Node>()? {
                    nodes.push(entry);
                }
                Ok(NodeMap(nodes))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// One node of the call graph.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub enum Node {
    /// The debtor says a line (Fluent message named after the node); the trainee picks a choice.
    Say(SayNode),
    /// No line: routes on conditions; the first matching route wins, the last must be unconditional.
    Branch(BranchNode),
    /// The debtor's last line and the call's outcome.
    End(EndNode),
    /// The pre-call desk: the account is open and the trainee decides what to do before
    /// dialling. Its message is the desk's question, its choices the decisions; a choice that
    /// leads to an `End` does not place the call, any other does (it counts as the behaviour
    /// `places-call`). At most one, and only as the start node.
    Desk(DeskNode),
}

impl Node {
    /// Who speaks at this node, when it is not the debtor.
    pub fn speaker(&self) -> Option<&str> {
        match self {
            Node::Say(n) => n.speaker.as_deref(),
            Node::End(n) => n.speaker.as_deref(),
            Node::Branch(_) | Node::Desk(_) => None,
        }
    }

    /// Event tags the debtor shows on entering this node.
    pub fn events(&self) -> &[TagId] {
        match self {
            Node::Say(n) => &n.events,
            Node::Branch(n) => &n.events,
            Node::End(n) => &n.events,
            Node::Desk(_) => &[],
        }
    }
}

/// A debtor line and the trainee's options.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SayNode {
    /// How many wordings of the line exist: messages `<node>`, `<node>-v2`, … `<node>-vN` (default 1).
    #[serde(default = "one")]
    pub variants: u8,
    /// Who says the line when it is not the debtor (a receptionist, a spouse): a key whose
    /// label is the message `speaker-<key>` in the scenario's text.
    #[serde(default)]
    pub speaker: Option<String>,
    /// Event tags: what the debtor just did.
    #[serde(default)]
    pub events: Vec<TagId>,
    /// Effects applied on entering the node (e.g. the debtor calms down by themself).
    #[serde(default)]
    pub effects: BTreeMap<VarName, i32>,
    /// What the trainee can say.
    pub choices: Vec<Choice>,
    /// An answer time limit; running out of time is scored as silence.
    #[serde(default)]
    pub timeout: Option<Timeout>,
    /// A negotiation step: the trainee may propose terms instead of picking a choice.
    #[serde(default)]
    pub propose: Option<Propose>,
}

fn one() -> u8 {
    1
}

/// What happens when the trainee lets the answer timer run out.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Timeout {
    /// Seconds the trainee has to answer.
    pub seconds: u32,
    /// Behaviour tags silence counts as (e.g. `dead-air`).
    #[serde(default)]
    pub tags: Vec<TagId>,
    #[serde(default)]
    pub effects: BTreeMap<VarName, i32>,
    pub next: String,
}

/// One thing the trainee can say.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Unique within its node; its text is the Fluent attribute `.<id>` of the node's message.
    pub id: String,
    /// Behaviour tags: what the trainee did by saying this.
    #[serde(default)]
    pub tags: Vec<TagId>,
    /// Changes to state variables, e.g. `{"mood": -15}`.
    #[serde(default)]
    pub effects: BTreeMap<VarName, i32>,
    /// Shown only when this holds.
    #[serde(default, rename = "if")]
    pub condition: Option<Condition>,
    /// A callback this choice arranges, in the debtor's local time (`YYYY-MM-DDTHH:MM:SS`);
    /// calling-hours rules check it like the call itself.
    #[serde(default)]
    pub callback: Option<NaiveDateTime>,
    /// Fixed terms this choice proposes (the debtor reacts as to terms from the form).
    #[serde(default)]
    pub offer: Option<Terms>,
    /// This choice agrees to the debtor's last counter-offer.
    #[serde(default)]
    pub takes_counter: bool,
    pub next: String,
}

/// The pre-call desk's decisions (see [`Node::Desk`]).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DeskNode {
    /// What the trainee can decide: call now, do not call (and why), write, call back later.
    pub choices: Vec<Choice>,
}

/// Routing without a debtor line.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BranchNode {
    #[serde(default)]
    pub events: Vec<TagId>,
    pub routes: Vec<Route>,
}

/// One route of a branch.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    /// Taken when this holds; `None` always matches (the last route must have none).
    #[serde(default, rename = "if")]
    pub condition: Option<Condition>,
    pub next: String,
}

/// The end of a call.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EndNode {
    pub outcome: Outcome,
    #[serde(default = "one")]
    pub variants: u8,
    /// Who says the last line when it is not the debtor (see [`SayNode::speaker`]).
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub events: Vec<TagId>,
}

/// A condition over the call so far.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub enum Condition {
    /// The tag (behaviour or event) has occurred earlier in this call.
    Tag(TagId),
    Not(Box<Condition>),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    /// The variable is below the number.
    Below(VarName, i32),
    /// The variable is at least the number.
    AtLeast(VarName, i32),
    /// True with this percent probability (0..=100), rolled from the session's seeded RNG.
    Chance(u8),
    /// The debtor's reply to the latest proposal was of this kind.
    Reply(ReplyKind),
    /// The latest proposal is of this kind.
    Proposed(TermsKind),
    /// The latest proposal asks at most this percent of what the debtor can sustainably pay
    /// (100: affordable; 150: up to half as much again, an over-promise).
    Affordable(u32),
    /// The latest proposal is within the collector's mandate.
    InMandate,
    /// Terms have been agreed in this call.
    Agreed,
}

/// The tag vocabulary: `scenarios/tags.ron`.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct TagVocabulary(pub Vec<TagDef>);

/// One tag of the vocabulary. Its description is `tag-<id>` in `tags.ftl`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TagDef {
    pub id: TagId,
    pub kind: TagKind,
    /// The wrap-up flag this tag means happened (e.g. `debtor-hardship` means `Hardship`).
    #[serde(default)]
    pub flag: Option<WrapFlag>,
}

/// A flag on the account that the wrap-up must set when the call showed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum WrapFlag {
    Dispute,
    Hardship,
    Vulnerability,
    ThirdParty,
    Cease,
}

impl WrapFlag {
    /// Every flag, in wrap-up order.
    pub const ALL: [WrapFlag; 5] = [
        WrapFlag::Dispute,
        WrapFlag::Hardship,
        WrapFlag::Vulnerability,
        WrapFlag::ThirdParty,
        WrapFlag::Cease,
    ];

    /// Kebab-case key for Fluent ids (`flag-<key>`) and the command line.
    pub fn key(self) -> &'static str {
        match self {
            WrapFlag::Dispute => "dispute",
            WrapFlag::Hardship => "hardship",
            WrapFlag::Vulnerability => "vulnerability",
            WrapFlag::ThirdParty => "third-party",
            WrapFlag::Cease => "cease",
        }
    }

    /// Parses a key.
    pub fn parse(text: &str) -> Option<WrapFlag> {
        WrapFlag::ALL.into_iter().find(|f| f.key() == text)
    }
}

/// Who a tag describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum TagKind {
    /// Something the trainee did (on choices).
    Behaviour,
    /// Something the debtor did or that happened (on nodes).
    Event,
}

/// A rubric pack: `scenarios/rubrics/<id>.ron`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    pub id: String,
    pub dimension: Dimension,
    /// The dimension passes at or above this score (0..=100).
    pub pass_mark: u8,
    pub rules: Vec<Rule>,
}

/// What a score measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum Dimension {
    Compliance,
    Empathy,
    /// From the outcome's score.
    Resolution,
    /// From the wrap-up: the disposition code and fields must match what happened.
    Documentation,
    /// The terms agreed: affordable, within the mandate, what they recover, confirmed.
    Arrangement,
}

impl Dimension {
    pub const ALL: [Dimension; 5] = [
        Dimension::Compliance,
        Dimension::Empathy,
        Dimension::Resolution,
        Dimension::Documentation,
        Dimension::Arrangement,
    ];

    /// Lower-case key for Fluent ids and exports.
    pub fn key(self) -> &'static str {
        match self {
            Dimension::Compliance => "compliance",
            Dimension::Empathy => "empathy",
            Dimension::Resolution => "resolution",
            Dimension::Documentation => "documentation",
            Dimension::Arrangement => "arrangement",
        }
    }
}

/// One scored rule. Its title is the Fluent message named by `id` (e.g. `US-01`) in
/// `rubrics/<rubric>.ftl`, its coaching text the attribute `.coaching`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    /// What kind of source the rule rests on.
    pub kind: RuleKind,
    /// The legal or industry citation, e.g. `15 USC 1692e(11); 12 CFR 1006.18(e)`.
    pub citation: String,
    /// The most this rule earns.
    pub weight: u32,
    pub severity: Severity,
    pub check: Check,
    /// The rule does not apply when any of these event tags occurred in the call
    /// (e.g. a Mini-Miranda rule does not apply once a third party has answered).
    #[serde(default)]
    pub unless: Vec<TagId>,
}

/// The authority behind a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum RuleKind {
    /// Statute or binding regulation.
    Law,
    /// Regulator guidance.
    Guidance,
    /// Industry code or good practice.
    Industry,
}

/// How bad breaking a rule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
pub enum Severity {
    Minor,
    Major,
    /// Breaking it fails the call whatever the scores.
    Critical,
}

impl Severity {
    /// Lower-case key for Fluent ids (`severity-<key>`) and exports.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Minor => "minor",
            Severity::Major => "major",
            Severity::Critical => "critical",
        }
    }
}

/// What a rule checks in the transcript. Turns are counted from 1 (the trainee's first answer).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub enum Check {
    /// The behaviour must not occur.
    Never(TagId),
    /// The behaviour must occur within the first N trainee turns.
    Within(TagId, u32),
    /// If the second behaviour occurs, the first must have occurred in an earlier turn.
    Before(TagId, TagId),
    /// Once the event happens, the behaviour must follow within N trainee turns.
    After(TagId, TagId, u32),
    /// Once the event happens, the behaviour must not occur.
    NeverAfter(TagId, TagId),
    /// Each occurrence earns the points, up to the rule's weight.
    Reward(TagId, u32),
    /// Each occurrence costs the points, from the rule's weight down to zero.
    Penalty(TagId, u32),
    /// The call, and any callback arranged in it, must fall within these local hours
    /// (`"08:00"`, `"21:00"`: from inclusive, to exclusive).
    CallWindow(String, String),
    /// The agreed terms must be sustainable against the debtor's finances.
    Sustainable,
    /// Every proposal must be within the collector's mandate.
    WithinMandate,
    /// Earns the rule's weight in proportion to what the agreed terms recover against the
    /// best sustainable arrangement within the mandate.
    Recovery,
    /// Once the account's history holds this event (a notice received: a cease letter, an
    /// attorney's notice), placing the call breaks the rule. Not applicable without it.
    NoContactAfter(TagId),
    /// Placing the call breaks the rule when it would make more than N calls placed within D
    /// consecutive days (the call's own day the last of them; history's outbound calls count).
    CallFrequency(u32, u32),
    /// Placing the call breaks the rule when a telephone conversation with the debtor is on
    /// file within the N days before (its day the first of the N).
    AfterConversation(u32),
    /// The check inside applies only when the history holds no earlier communication with the
    /// debtor (this call is the first): `FirstContact(After("right-party-confirmed",
    /// "mini-miranda", 1))`. Not applicable otherwise.
    FirstContact(Box<Check>),
    /// The check inside applies only when the history holds an earlier communication.
    LaterContact(Box<Check>),
    /// The call, and any callback arranged in it, must fall on one of these weekdays
    /// (`"Mon"` … `"Sun"`) and not on a public holiday of the named calendar.
    CallDays(Vec<chrono::Weekday>, Option<String>),
    /// Once `opened` is on file (in the history or during the call), `forbids` must not occur
    /// until `closed` is on file after it, or until `days` days have passed since it.
    Until {
        opened: TagId,
        closed: TagId,
        forbids: TagId,
        #[serde(default)]
        days: Option<u32>,
    },
}

impl Check {
    /// The check itself, without its `FirstContact` / `LaterContact` wrappers.
    pub fn inner(&self) -> &Check {
        match self {
            Check::FirstContact(c) | Check::LaterContact(c) => c.inner(),
            c => c,
        }
    }

    /// Every tag the check names, in order.
    pub fn tags(&self) -> Vec<&TagId> {
        match self {
            Check::Never(t) | Check::Within(t, _) | Check::Reward(t, _) | Check::Penalty(t, _) => {
                vec![t]
            }
            Check::Before(a, b) | Check::After(a, b, _) | Check::NeverAfter(a, b) => vec![a, b],
            Check::NoContactAfter(t) => vec![t],
            Check::FirstContact(inner) | Check::LaterContact(inner) => inner.tags(),
            Check::Until {
                opened,
                closed,
                forbids,
                ..
            } => vec![opened, closed, forbids],
            Check::CallWindow(..)
            | Check::CallDays(..)
            | Check::CallFrequency(..)
            | Check::AfterConversation(..)
            | Check::Sustainable
            | Check::WithinMandate
            | Check::Recovery => vec![],
        }
    }
}

/// Parses `"HH:MM"` into minutes after midnight.
pub fn parse_clock(text: &str) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_parses_hours_and_minutes() {
        assert_eq!(parse_clock("08:00"), Some(480));
        assert_eq!(parse_clock("21:30"), Some(1290));
        assert_eq!(parse_clock("24:00"), Some(1440));
        assert_eq!(parse_clock("25:00"), None);
        assert_eq!(parse_clock("8"), None);
    }

    #[test]
    fn outcome_keys_round_trip() {
        for o in Outcome::ALL {
            assert_eq!(Outcome::parse(o.key()), Some(o));
            assert_eq!(Outcome::parse(&format!("{o:?}")), Some(o));
        }
        assert_eq!(Outcome::parse("nope"), None);
    }
}
