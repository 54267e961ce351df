//! Certificates of a completed track (docs/certificates.md): what a certificate says
//! ([`Certificate`]), its verification code (a keyed MAC under a key derived from the cohort
//! key), issuing it from the trainee's trusted records, and verifying it against the records
//! in the data folder, so an edited score, date or trainee, or a record that is gone, is
//! caught. The printable page is [`pdf`], the Open Badges 3.0 credential [`badge`], the
//! folder of issued certificates [`store`]; a track read from the programme file and judged
//! by its steps' own rules, [`from_programme`].

pub mod badge;
pub mod from_programme;
pub mod pdf;
pub mod store;

use chrono::{DateTime, Utc};
use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::cohort::report::{Cohort, LoadedRecord};
use crate::records::record::Mode;
use crate::records::seal::{self, CohortKey};

/// The certificate format written by this build.
pub const CERTIFICATE_FORMAT: u32 = 1;

/// What the derived key is for: the code of a certificate is never a record's MAC.
const PURPOSE: &[u8] = b"certificate code v1";
/// Put before the canonical certificate.
const DOMAIN: &[u8] = b"callcoach certificate v1\n";

/// One scenario of the track, passed, with the record that shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub scenario: String,
    /// The scenario version played and the hash of its scoring content (the scenario's, its
    /// rubrics' and the tag vocabulary's text): the rule packs' version.
    pub version: u32,
    pub content_hash: String,
    /// The rubrics (rule packs) the call was scored on.
    pub rubrics: Vec<String>,
    /// The record's id.
    pub record: String,
    pub mode: Mode,
    pub started_at: DateTime<Utc>,
    /// The record's overall score, 0–100.
    pub overall: u8,
    pub passed: bool,
}

/// A certificate of a completed track. `code` is the MAC over every other field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    pub format: u32,
    /// The trainee's name as their records give it.
    pub trainee: String,
    pub track: String,
    pub track_title: String,
    /// The language the certificate is printed in (`en`, `pl`).
    pub language: String,
    pub issued_at: DateTime<Utc>,
    pub steps: Vec<Step>,
    /// The verification code: HMAC-SHA256 (hex) over the canonical certificate without it.
    #[serde(default)]
    pub code: String,
}

/// The track a certificate is over: its id, title and scenarios in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrackSpec {
    pub id: String,
    pub title: String,
    pub scenarios: Vec<String>,
}

fn key_of(key: &CohortKey) -> Hmac<Sha256> {
    <Hmac<Sha256> as KeyInit>::new_from_slice(&key.derive(PURPOSE))
        .expect("HMAC takes a key of any length")
}

/// The bytes the code covers: the certificate without `code`, canonical JSON.
fn canonical(cert: &Certificate) -> Vec<u8> {
    let mut value = serde_json::to_value(cert).expect("a certificate serialises");
    if let serde_json::Value::Object(map) = &mut value {
        map.remove("code");
    }
    seal::canonical_json(&value)
}

impl Certificate {
    /// The code this key gives the certificate (lower-case hex), whatever `code` holds.
    pub fn compute_code(&self, key: &CohortKey) -> String {
        let mut mac = key_of(key);
        mac.update(DOMAIN);
        mac.update(&canonical(self));
        mac.finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// Whether `code` is this key's code of the certificate (constant-time comparison).
    pub fn code_checks(&self, key: &CohortKey) -> bool {
        let Some(bytes) = unhex(&self.code) else {
            return false;
        };
        let mut mac = key_of(key);
        mac.update(DOMAIN);
        mac.update(&canonical(self));
        mac.verify_slice(&bytes).is_ok()
    }

    /// The code as printed: the first 80 bits in base32, four groups of four
    /// (`ABCD-EFGH-IJKL-MNOP`); `certificate verify --code` finds the certificate by it.
    pub fn short_code(&self) -> String {
        short_code(&self.code)
    }
}

/// The printed form of a hex code (empty for a code that is not hex).
pub fn short_code(code: &str) -> String {
    let Some(bytes) = unhex(code) else {
        return String::new();
    };
    let b32 = base32(&bytes[..10.min(bytes.len())]);
    b32.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// A short code as typed, normalised: upper case, without dashes or spaces.
pub fn normalise_code(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '-' | ' '))
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// RFC 4648 base32, no padding.
fn base32(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let mut out = String::new();
    let (mut buf, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buf = (buf << 8) | b as u32;
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buf >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buf << (5 - bits)) & 31) as usize] as char);
    }
    out
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

/// For each scenario of the track, the trainee's trusted record that completes it: their
/// latest verified call of it that passed. Refused, naming every scenario not completed, when
/// any is missing.
pub fn completing_records<'a>(
    cohort: &'a Cohort,
    trainee: &str,
    track: &TrackSpec,
) -> Result<Vec<&'a LoadedRecord>, String> {
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for scenario in &track.scenarios {
        let best = cohort
            .records
            .iter()
            .filter(|r| r.verification.is_trusted())
            .filter(|r| r.record.meta.trainee == trainee && r.record.meta.scenario == *scenario)
            .filter(|r| r.record.passed)
            .max_by(|a, b| {
                a.record
                    .meta
                    .started_at
                    .cmp(&b.record.meta.started_at)
                    .then_with(|| a.record.id.cmp(&b.record.id))
            });
        match best {
            Some(r) => found.push(r),
            None => missing.push(scenario.as_str()),
        }
    }
    if missing.is_empty() {
        Ok(found)
    } else {
        Err(format!(
            "{trainee} has not completed track {}: no verified, passed call of {}",
            track.id,
            missing.join(", ")
        ))
    }
}

/// A step from the record that shows it.
pub fn step_of(r: &LoadedRecord) -> Step {
    let rec = &r.record;
    let mut rubrics: Vec<String> = rec.scores.rules.iter().map(|x| x.rubric.clone()).collect();
    rubrics.sort();
    rubrics.dedup();
    Step {
        scenario: rec.meta.scenario.clone(),
        version: rec.meta.version,
        content_hash: rec.meta.content_hash.clone(),
        rubrics,
        record: rec.id.clone(),
        mode: rec.meta.mode,
        started_at: rec.meta.started_at,
        overall: rec.scores.overall,
        passed: rec.passed,
    }
}

/// Issues the certificate of a track over these records (one per step, in the track's
/// order; see [`completing_records`]), signed with the cohort key.
pub fn issue(
    track: &TrackSpec,
    trainee: &str,
    language: &str,
    records: &[&LoadedRecord],
    key: &CohortKey,
    issued_at: DateTime<Utc>,
) -> Certificate {
    let mut cert = Certificate {
        format: CERTIFICATE_FORMAT,
        trainee: trainee.to_string(),
        track: track.id.clone(),
        track_title: track.title.clone(),
        language: language.to_string(),
        issued_at,
        steps: records.iter().map(|r| step_of(r)).collect(),
        code: String::new(),
    };
    cert.code = cert.compute_code(key);
    cert
}

/// Checks a certificate against the cohort: its code under this cohort's key, then every
/// step's record (present, verified by MAC and replay, the trainee's, and the scenario,
/// version, content hash, rubrics, mode, date, score and pass it states). Every problem
/// found, in order; empty when the certificate is valid.
pub fn verify(cert: &Certificate, key: &CohortKey, cohort: &Cohort) -> Vec<String> {
    let mut problems = Vec::new();
    if cert.format != CERTIFICATE_FORMAT {
        problems.push(format!(
            "certificate format {} is not one this build reads ({CERTIFICATE_FORMAT})",
            cert.format
        ));
    }
    if !cert.code_checks(key) {
        problems.push(
            "the verification code does not match the certificate's content under this \
             cohort's key: a field was edited after issue, or it was issued by another cohort"
                .to_string(),
        );
    }
    if cert.steps.is_empty() {
        problems.push("the certificate lists no scenario".to_string());
    }
    for step in &cert.steps {
        let Some(r) = cohort.records.iter().find(|r| r.record.id == step.record) else {
            problems.push(format!(
                "{}: record {} is not in the data folder",
                step.scenario, step.record
            ));
            continue;
        };
        if !r.verification.is_trusted() {
            problems.push(format!(
                "{}: record {} does not verify ({})",
                step.scenario,
                step.record,
                crate::cohort::report::note(r)
            ));
            continue;
        }
        let actual = step_of(r);
        let mut differs = |what: &str, stated: String, recorded: String| {
            if stated != recorded {
                problems.push(format!(
                    "{}: the certificate says {what} {stated}, record {} says {recorded}",
                    step.scenario, step.record
                ));
            }
        };
        differs(
            "trainee",
            cert.trainee.clone(),
            r.record.meta.trainee.clone(),
        );
        differs("scenario", step.scenario.clone(), actual.scenario);
        differs(
            "version",
            step.version.to_string(),
            actual.version.to_string(),
        );
        differs(
            "content hash",
            step.content_hash.clone(),
            actual.content_hash,
        );
        differs("rubrics", step.rubrics.join(","), actual.rubrics.join(","));
        differs(
            "mode",
            format!("{:?}", step.mode),
            format!("{:?}", actual.mode),
        );
        differs(
            "date",
            step.started_at.to_rfc3339(),
            actual.started_at.to_rfc3339(),
        );
        differs(
            "score",
            step.overall.to_string(),
            actual.overall.to_string(),
        );
        differs("passed", step.passed.to_string(), actual.passed.to_string());
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_follows_rfc_4648() {
        assert_eq!(base32(b""), "");
        assert_eq!(base32(b"f"), "MY");
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
    }

    #[test]
    fn the_short_code_is_four_groups_and_normalises_back() {
        let code = "00".repeat(32);
        assert_eq!(short_code(&code), "AAAA-AAAA-AAAA-AAAA");
        assert_eq!(normalise_code("aaaa-aaaa aaaa-AAAA"), "AAAAAAAAAAAAAAAA");
        assert_eq!(short_code("not hex"), "");
    }

    fn cert() -> Certificate {
        Certificate {
            format: CERTIFICATE_FORMAT,
            trainee: "Łucja Żak".into(),
            track: "us-1".into(),
            track_title: "US consumer calls, level 1".into(),
            language: "pl".into(),
            issued_at: "2026-12-01T10:00:00Z".parse().unwrap(),
            steps: vec![Step {
                scenario: "us-stop-calling".into(),
                version: 2,
                content_hash: "ab".into(),
                rubrics: vec!["compliance-us".into()],
                record: "r1".into(),
                mode: Mode::Exam,
                started_at: "2026-11-30T10:00:00Z".parse().unwrap(),
                overall: 87,
                passed: true,
            }],
            code: String::new(),
        }
    }

    #[test]
    fn the_code_covers_every_field_and_only_this_cohorts_key_makes_it() {
        let key = CohortKey::from_bytes([7; 32]);
        let mut c = cert();
        c.code = c.compute_code(&key);
        assert!(c.code_checks(&key));
        assert!(!c.code_checks(&CohortKey::from_bytes([8; 32])));
        let mut edited = c.clone();
        edited.steps[0].overall = 97;
        assert!(!edited.code_checks(&key));
        let mut renamed = c.clone();
        renamed.trainee = "Lucja Zak".into();
        assert!(!renamed.code_checks(&key));
        let mut garbled = c.clone();
        garbled.code = "zz".into();
        assert!(!garbled.code_checks(&key));
    }
}
