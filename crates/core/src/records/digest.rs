//! A record's digest: the few facts the cohort table reads (who played what and when, the
//! overall score, whether it passed, each rule's status, the agreed arrangement's two flags,
//! the case link), small enough to keep for every verified record in the verification cache
//! ([`super::verify_cache`]), so that a report over records already verified parses none.
//!
//! A digest is only ever made from a record that was just read and verified, or read from a
//! cache file whose keyed MAC holds; it says nothing about a record's standing by itself.
//! Rule ids are interned in a [`RuleTable`] (a record has some 40 rule results, a cohort a few
//! hundred distinct rules), so a digest holds no string per rule.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::engine::scoring::RuleStatus;
use crate::records::record::SessionRecord;

/// The distinct (rubric, rule) ids of a cohort, each with its index.
#[derive(Debug, Clone, Default)]
pub struct RuleTable {
    pairs: Vec<(String, String)>,
    index: HashMap<String, HashMap<String, u32>>,
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

    pub(crate) fn encode(&self, out: &mut Vec<u8>) {
        put_u32(out, self.pairs.len() as u32);
        for (rubric, rule) in &self.pairs {
            put_str(out, rubric);
            put_str(out, rule);
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

/// What the cohort table needs of one record.
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
    pub case: Option<CaseRef>,
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
            case: rec.meta.case.as_ref().map(|l| CaseRef {
                step: l.step,
                previous: l.previous.clone(),
            }),
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
    }

    /// Reads a digest written by [`Digest::encode`]; every rule index must be below `rules`.
    pub(crate) fn decode(r: &mut Reader, rules: usize) -> Option<Digest> {
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
            case,
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
            case: Some(CaseRef {
                step: 1,
                previous: Some("rec-0".into()),
            }),
        };
        assert_eq!(table.len(), 2);
        let mut bytes = Vec::new();
        d.encode(&mut bytes);
        assert_eq!(Digest::decode(&mut Reader::new(&bytes), 2), Some(d.clone()));
        // A rule index outside the table, or any cut, is refused.
        assert_eq!(Digest::decode(&mut Reader::new(&bytes), 1), None);
        for cut in 0..bytes.len() {
            assert_eq!(Digest::decode(&mut Reader::new(&bytes[..cut]), 2), None);
        }
        let mut t = Vec::new();
        table.encode(&mut t);
        let back = RuleTable::decode(&mut Reader::new(&t)).unwrap();
        assert_eq!(back.get(1), Some(("fca", "R2")));
    }
}
