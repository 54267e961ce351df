//! A record's digest: the few facts the cohort table and the coordinator dashboard read (who
//! played what and when, the overall score, whether it passed, each rule's status and the turns
//! rules were broken at, the agreed arrangement's two flags, the case link, and each turn's node
//! and pick), small enough to keep for every verified record in the verification cache
//! ([`super::verify_cache`]), so that a report or a dashboard over records already verified
//! parses none.
//!
//! A digest is only ever made from a record that was just read and verified, or read from a
//! cache file whose keyed MAC holds; it says nothing about a record's standing by itself.
//! Rule ids, node ids and choice ids are interned in a [`RuleTable`] (a record has some 40 rule
//! results and 10 turns, a cohort a few hundred distinct ids), so a digest holds no string per
//! rule or turn.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::engine::scoring::RuleStatus;
use crate::records::record::SessionRecord;

/// The ids a cohort's digests name, each with its index: the distinct (rubric, rule) pairs,
/// and apart from them the distinct node and choice ids ("names").
#[derive(Debug, Clone, Default)]
pub struct RuleTable {
    pairs: Vec<(String, String)>,
    index: HashMap<String, HashMap<String, u32>>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
}

impl RuleTable {
    /// The index of a (rubric, rule) pair, added if new.
    pub fn intern(&mut self, rubric: &str, rule: &str) -> u32 {
        if let Some(&i) = self.index.get(rubric).and_then(|m| m.get(rule)) {
            return i;
        }
        let i = self.pairs.len() as u32;
        self.pairs.push((rubric.to_string(), rule.to_string()));
        self.index
            .entry(rubric.to_string())
            .or_default()
            .insert(rule.to_string(), i);
        i
    }

    /// The (rubric, rule) ids of an index.
    pub fn get(&self, i: u32) -> Option<(&str, &str)> {
        self.pairs
            .get(i as usize)
            .map(|(a, b)| (a.as_str(), b.as_str()))
    }

    /// How many pairs the table holds.
    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    /// Whether the table holds no pair.
    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    /// The index of a node or choice id, added if new.
    pub fn intern_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_string());
        self.name_index.insert(name.to_string(), i);
        i
    }

    /// The node or choice id of an index.
    pub fn name(&self, i: u32) -> Option<&str> {
        self.names.get(i as usize).map(String::as_str)
    }

    /// The index of a node or choice id, if the table holds it.
    pub fn name_index(&self, name: &str) -> Option<u32> {
        self.name_index.get(name).copied()
    }

    /// How many node and choice ids the table holds.
    pub fn names_len(&self) -> usize {
        self.names.len()
    }

    pub(crate) fn encode(&self, out: &mut Vec<u8>) {
        put_u32(out, self.pairs.len() as u32);
        for (rubric, rule) in &self.pairs {
            put_str(out, rubric);
            put_str(out, rule);
        }
        put_u32(out, self.names.len() as u32);
        for name in &self.names {
            put_str(out, name);
        }
    }

    pub(crate) fn decode(r: &mut Reader) -> Option<RuleTable> {
        let n = r.u32()?;
        let mut table = RuleTable::default();
        for _ in 0..n {
            let (rubric, rule) = (r.str()?, r.str()?);
            // A table listing a pair twice is not one this build wrote.
            if table.intern(rubric, rule) as usize != table.len() - 1 {
                return None;
            }
        }
        let n = r.u32()?;
        for _ in 0..n {
            let name = r.str()?;
            if table.intern_name(name) as usize != table.names_len() - 1 {
                return None;
            }
        }
        Some(table)
    }
}

/// The case link of a digest: enough to know the record belongs to a case and which record
/// came before it (the chain itself is checked on the full records).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRef {
    /// The call's position in its case (0: the first call).
    pub step: u32,
    /// The record id of the previous call.
    pub previous: Option<String>,
}

/// What was answered at one turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// A choice, by the index of its id in the [`RuleTable`]'s names.
    Choice(u32),
    /// Terms proposed at a negotiation step.
    Proposed,
    /// The answer timer ran out.
    Timeout,
}

/// One turn of a call: the node (the index of its id in the [`RuleTable`]'s names) and the
/// pick.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TurnDigest {
    pub node: u32,
    pub pick: Pick,
}

/// What the cohort table and the dashboard need of one record.
#[derive(Debug, Clone, PartialEq)]
pub struct Digest {
    pub id: String,
    pub format: u32,
    pub trainee: String,
    pub scenario: String,
    pub version: u32,
    pub started_at: DateTime<Utc>,
    pub passed: bool,
    pub overall: u8,
    pub synthetic: bool,
    /// The agreed terms' (sustainable, within the mandate), if the call agreed any.
    pub agreed: Option<(bool, bool)>,
    /// Each rule result: its (rubric, rule) index in the [`RuleTable`] and its status.
    pub rules: Vec<(u32, RuleStatus)>,
    /// The rules broken at a turn: (1-based turn, rule index), in the scorecard's order.
    pub broken_at: Vec<(u32, u32)>,
    pub case: Option<CaseRef>,
    /// Each turn's node and pick, in order.
    pub turns: Vec<TurnDigest>,
}

impl Digest {
    /// The digest of a record, its rule ids interned in `table`.
    pub fn of(rec: &SessionRecord, table: &mut RuleTable) -> Digest {
        Digest {
            id: rec.id.clone(),
            format: rec.format,
            trainee: rec.meta.trainee.clone(),
            scenario: rec.meta.scenario.clone(),
            version: rec.meta.version,
            started_at: rec.meta.started_at,
            passed: rec.passed,
            overall: rec.scores.overall,
            synthetic: rec.synthetic,
            agreed: crate::cohort::arrangements::agreed(rec)
                .map(|(_, a)| (a.sustainable, a.within_mandate())),
            rules: rec
                .scores
                .rules
                .iter()
                .map(|r| (table.intern(&r.rubric, &r.rule), r.status))
                .collect(),
            broken_at: rec
                .scores
                .rules
                .iter()
                .filter(|r| r.status == RuleStatus::Broken)
                .filter_map(|r| {
                    let turn = r.turn.filter(|t| *t >= 1)?;
                    Some((turn, table.intern(&r.rubric, &r.rule)))
                })
                .collect(),
            case: rec.meta.case.as_ref().map(|l| CaseRef {
                step: l.step,
                previous: l.previous.clone(),
            }),
            turns: rec
                .turns
                .iter()
                .map(|t| TurnDigest {
                    node: table.intern_name(&t.node),
                    pick: match (&t.terms, &t.pick) {
                        (Some(_), _) => Pick::Proposed,
                        (None, Some(id)) => Pick::Choice(table.intern_name(id)),
                        (None, None) => Pick::Timeout,
                    },
                })
                .collect(),
        }
    }

    pub(crate) fn encode(&self, out: &mut Vec<u8>) {
        put_str(out, &self.id);
        put_u32(out, self.format);
        put_str(out, &self.trainee);
        put_str(out, &self.scenario);
        put_u32(out, self.version);
        out.extend_from_slice(&self.started_at.timestamp().to_le_bytes());
        put_u32(out, self.started_at.timestamp_subsec_nanos());
        let agreed = match self.agreed {
            None => 0,
            Some((s, w)) => 1 | (s as u8) << 1 | (w as u8) << 2,
        };
        out.extend_from_slice(&[
            self.passed as u8,
            self.overall,
            self.synthetic as u8,
            agreed,
        ]);
        put_u32(out, self.rules.len() as u32);
        for &(i, status) in &self.rules {
            put_u32(out, i);
            out.push(status_code(status));
        }
        match &self.case {
            None => out.push(0),
            Some(c) => {
                out.push(1);
                put_u32(out, c.step);
                match &c.previous {
                    None => out.push(0),
                    Some(p) => {
                        out.push(1);
                        put_str(out, p);
                    }
                }
            }
        }
        put_u32(out, self.broken_at.len() as u32);
        for &(turn, rule) in &self.broken_at {
            put_u32(out, turn);
            put_u32(out, rule);
        }
        put_u32(out, self.turns.len() as u32);
        for t in &self.turns {
            put_u32(out, t.node);
            put_u32(
                out,
                match t.pick {
                    Pick::Timeout => 0,
                    Pick::Proposed => 1,
                    Pick::Choice(c) => c + 2,
                },
            );
        }
    }

    /// Reads a digest written by [`Digest::encode`]; every rule and name index must be in
    /// `table`.
    pub(crate) fn decode(r: &mut Reader, table: &RuleTable) -> Option<Digest> {
        let (rules, names) = (table.len(), table.names_len());
        let id = r.str()?.to_string();
        let format = r.u32()?;
        let trainee = r.str()?.to_string();
        let scenario = r.str()?.to_string();
        let version = r.u32()?;
        let secs = i64::from_le_bytes(r.bytes(8)?.try_into().ok()?);
        let nanos = r.u32()?;
        let started_at = DateTime::from_timestamp(secs, nanos)?;
        let [passed, overall, synthetic, agreed] = r.bytes(4)?.try_into().ok()?;
        let agreed = (agreed & 1 == 1).then_some((agreed & 2 != 0, agreed & 4 != 0));
        let n = r.u32()? as usize;
        // Five bytes a rule: a count larger than what is left is not a digest.
        if n > r.left() / 5 {
            return None;
        }
        let mut list = Vec::with_capacity(n);
        for _ in 0..n {
            let i = r.u32()?;
            let status = status_of(r.u8()?)?;
            if i as usize >= rules {
                return None;
            }
            list.push((i, status));
        }
        let case = match r.u8()? {
            0 => None,
            1 => Some(CaseRef {
                step: r.u32()?,
                previous: match r.u8()? {
                    0 => None,
                    1 => Some(r.str()?.to_string()),
                    _ => return None,
                },
            }),
            _ => return None,
        };
        // Eight bytes a breach or a turn: a count larger than what is left is not a digest.
        let n = r.u32()? as usize;
        if n > r.left() / 8 {
            return None;
        }
        let mut broken_at = Vec::with_capacity(n);
        for _ in 0..n {
            let (turn, rule) = (r.u32()?, r.u32()?);
            if rule as usize >= rules {
                return None;
            }
            broken_at.push((turn, rule));
        }
        let n = r.u32()? as usize;
        if n > r.left() / 8 {
            return None;
        }
        let mut turns = Vec::with_capacity(n);
        for _ in 0..n {
            let node = r.u32()?;
            let pick = match r.u32()? {
                0 => Pick::Timeout,
                1 => Pick::Proposed,
                c => Pick::Choice(c - 2),
            };
            if node as usize >= names || matches!(pick, Pick::Choice(c) if c as usize >= names) {
                return None;
            }
            turns.push(TurnDigest { node, pick });
        }
        Some(Digest {
            id,
            format,
            trainee,
            scenario,
            version,
            started_at,
            passed: passed != 0,
            overall,
            synthetic: synthetic != 0,
            agreed,
            rules: list,
            broken_at,
            case,
            turns,
        })
    }
}

fn status_code(s: RuleStatus) -> u8 {
    match s {
        RuleStatus::Met => 0,
        RuleStatus::Partial => 1,
        RuleStatus::Missed => 2,
        RuleStatus::Broken => 3,
        RuleStatus::NotApplicable => 4,
    }
}

fn status_of(code: u8) -> Option<RuleStatus> {
    Some(match code {
        0 => RuleStatus::Met,
        1 => RuleStatus::Partial,
        2 => RuleStatus::Missed,
        3 => RuleStatus::Broken,
        4 => RuleStatus::NotApplicable,
        _ => return None,
    })
}

pub(crate) fn put_u32(out: &mut Vec<u8>, n: u32) {
    out.extend_from_slice(&n.to_le_bytes());
}

pub(crate) fn put_str(out: &mut Vec<u8>, s: &str) {
    put_u32(out, s.len() as u32);
    out.extend_from_slice(s.as_bytes());
}

/// Reads the little-endian fields [`put_u32`] and [`put_str`] write; every read is checked
/// against what is left (`None` past the end or on a string that is not UTF-8).
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes }
    }

    pub(crate) fn left(&self) -> usize {
        self.bytes.len()
    }

    pub(crate) fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.bytes.len() {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }

    pub(crate) fn u8(&mut self) -> Option<u8> {
        Some(self.bytes(1)?[0])
    }

    pub(crate) fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.bytes(4)?.try_into().ok()?))
    }

    pub(crate) fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.bytes(8)?.try_into().ok()?))
    }

    pub(crate) fn str(&mut self) -> Option<&'a str> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.bytes(n)?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_reads_back_as_written_and_a_cut_one_does_not_read() {
        let mut table = RuleTable::default();
        let d = Digest {
            id: "rec-1".into(),
            format: 4,
            trainee: "Zoë".into(),
            scenario: "uk-debt".into(),
            version: 3,
            started_at: DateTime::from_timestamp(1_790_000_000, 123_456_789).unwrap(),
            passed: true,
            overall: 87,
            synthetic: false,
            agreed: Some((false, true)),
            rules: vec![
                (table.intern("fca", "R1"), RuleStatus::Broken),
                (table.intern("fca", "R2"), RuleStatus::NotApplicable),
                (table.intern("fca", "R1"), RuleStatus::Met),
            ],
            broken_at: vec![(2, 0)],
            case: Some(CaseRef {
                step: 1,
                previous: Some("rec-0".into()),
            }),
            turns: vec![
                TurnDigest {
                    node: table.intern_name("open"),
                    pick: Pick::Choice(table.intern_name("greet")),
                },
                TurnDigest {
                    node: table.intern_name("offer"),
                    pick: Pick::Proposed,
                },
                TurnDigest {
                    node: table.intern_name("open"),
                    pick: Pick::Timeout,
                },
            ],
        };
        assert_eq!(table.len(), 2);
        assert_eq!(table.names_len(), 3);
        let mut bytes = Vec::new();
        d.encode(&mut bytes);
        assert_eq!(
            Digest::decode(&mut Reader::new(&bytes), &table),
            Some(d.clone())
        );
        // A rule or name index outside the table, or any cut, is refused.
        let mut fewer_rules = RuleTable::default();
        fewer_rules.intern("fca", "R1");
        for n in ["open", "greet", "offer"] {
            fewer_rules.intern_name(n);
        }
        assert_eq!(Digest::decode(&mut Reader::new(&bytes), &fewer_rules), None);
        let mut fewer_names = RuleTable::default();
        fewer_names.intern("fca", "R1");
        fewer_names.intern("fca", "R2");
        fewer_names.intern_name("open");
        assert_eq!(Digest::decode(&mut Reader::new(&bytes), &fewer_names), None);
        for cut in 0..bytes.len() {
            assert_eq!(
                Digest::decode(&mut Reader::new(&bytes[..cut]), &table),
                None
            );
        }
        let mut t = Vec::new();
        table.encode(&mut t);
        let back = RuleTable::decode(&mut Reader::new(&t)).unwrap();
        assert_eq!(back.get(1), Some(("fca", "R2")));
        assert_eq!(back.name(2), Some("offer"));
        assert_eq!(back.name_index("greet"), Some(1));
    }
}
