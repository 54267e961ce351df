//! The cohort's seal on its records: a keyed MAC (HMAC-SHA256) over every field of a record
//! but the MAC itself, under a key that lives in the data folder (`<data>/cohort.key`, 32
//! random bytes, created on the first record written, mode 0600 on Unix, never printed).
//!
//! Replay ([`super::verify`]) proves that a record's picks give its scores; the MAC proves that
//! no field was edited after the record was written (trainee, mode, dates, locale, seed,
//! version, case link, synthetic mark, turns, wrap-up, scores, id), and that the record was
//! not copied from another cohort: only a holder of this cohort's key can write a record that
//! checks. What it cannot prove is in `docs/records.md`.
//!
//! The MAC is over a canonical form of the record as parsed ([`canonical`]): its JSON value
//! with object keys sorted and no whitespace, after a domain tag. Whitespace, key order and
//! unknown fields in the file therefore do not matter; every field the program reads does.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::records::record::SessionRecord;

/// The key's file name under the data folder.
pub const KEY_FILE: &str = "cohort.key";

/// The key's length in bytes.
pub const KEY_LEN: usize = 32;

/// Put before the canonical record, so a MAC of a record is never a MAC of anything else.
const DOMAIN: &[u8] = b"callcoach record mac v1\n";

/// A cohort's key. Its `Debug` form never shows the bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct CohortKey([u8; KEY_LEN]);

impl fmt::Debug for CohortKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CohortKey(…)")
    }
}

/// Where a data folder keeps its key.
pub fn key_path(data: &Path) -> PathBuf {
    data.join(KEY_FILE)
}

impl CohortKey {
    /// A key from its bytes (tests, and a programme that keeps its key elsewhere).
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> CohortKey {
        CohortKey(bytes)
    }

    /// The data folder's key, or `None` when it has none yet. A key file that is not a
    /// regular file of exactly 32 bytes is an error naming the file (its content never shown).
    pub fn read(data: &Path) -> Result<Option<CohortKey>, String> {
        let path = key_path(data);
        let meta = match fs::metadata(&path) {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(format!(
                    "{}: cannot read the cohort key: {e}",
                    path.display()
                ));
            }
        };
        if !meta.is_file() {
            return Err(format!(
                "{}: the cohort key is not a regular file; restore it from a backup",
                path.display()
            ));
        }
        let mut bytes = Vec::with_capacity(KEY_LEN + 1);
        File::open(&path)
            .and_then(|f| f.take(KEY_LEN as u64 + 1).read_to_end(&mut bytes))
            .map_err(|e| format!("{}: cannot read the cohort key: {e}", path.display()))?;
        let key: [u8; KEY_LEN] = bytes.as_slice().try_into().map_err(|_| {
            format!(
                "{}: not a cohort key (it must be exactly {KEY_LEN} bytes); restore it from a \
                 backup, or records it signed cannot be checked",
                path.display()
            )
        })?;
        Ok(Some(CohortKey(key)))
    }

    /// The data folder's key, created when it has none: 32 bytes from the operating system's
    /// random source, written to a new file (mode 0600) and linked to `cohort.key`, which is
    /// never replaced (two writers racing agree on the first key linked). Refused when the
    /// folder already holds signed records: their key was lost, and a new one would make every
    /// one of them fail to check.
    pub fn read_or_create(data: &Path) -> io::Result<CohortKey> {
        if let Some(k) = CohortKey::read(data).map_err(io::Error::other)? {
            return Ok(k);
        }
        let signed = crate::records::store::record_files(data)
            .map_err(io::Error::other)?
            .iter()
            .filter_map(|p| crate::records::store::read_record(p).ok())
            .filter(|r| r.mac.is_some())
            .count();
        if signed > 0 {
            return Err(io::Error::other(format!(
                "{}: missing, but the folder holds {signed} signed record(s); restore the key \
                 from a backup (a new key would make them fail to check)",
                key_path(data).display()
            )));
        }
        fs::create_dir_all(data)?;
        let mut bytes = [0u8; KEY_LEN];
        getrandom::fill(&mut bytes).map_err(|e| io::Error::other(e.to_string()))?;
        let tmp = data.join(format!(".{KEY_FILE}.{}.tmp", std::process::id()));
        {
            let mut opts = OpenOptions::new();
            opts.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                opts.mode(0o600);
            }
            let mut f = opts.open(&tmp)?;
            let written = f.write_all(&bytes).and_then(|()| f.sync_all());
            if let Err(e) = written {
                let _ = fs::remove_file(&tmp);
                return Err(e);
            }
        }
        let linked = fs::hard_link(&tmp, key_path(data));
        let _ = fs::remove_file(&tmp);
        match linked {
            Ok(()) => {
                crate::records::store::sync_dir(data)?;
                Ok(CohortKey(bytes))
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => CohortKey::read(data)
                .map_err(io::Error::other)?
                .ok_or_else(|| io::Error::other("the cohort key vanished while being created")),
            Err(e) => Err(e),
        }
    }

    fn tag(&self, record: &SessionRecord) -> Hmac<Sha256> {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0)
            .expect("HMAC takes a key of any length");
        mac.update(DOMAIN);
        mac.update(&canonical(record));
        mac
    }

    /// A key for another purpose derived from this one (HMAC-SHA256 of `purpose` under it):
    /// what it keys can only be made by a holder of the cohort key, and it tells nothing of it.
    pub fn derive(&self, purpose: &[u8]) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0)
            .expect("HMAC takes a key of any length");
        mac.update(b"callcoach derived key\n");
        mac.update(purpose);
        mac.finalize().into_bytes().into()
    }

    /// The MAC of any JSON value under a key derived from this one for `purpose`, after
    /// `domain` (lower-case hex): what else the cohort key signs besides records (drills),
    /// never mistaken for a record's MAC.
    pub fn mac_value(&self, purpose: &[u8], domain: &[u8], value: &serde_json::Value) -> String {
        hex(&self
            .value_tag(purpose, domain, value)
            .finalize()
            .into_bytes())
    }

    /// Whether `mac` (hex) is [`CohortKey::mac_value`] of the value (constant-time).
    pub fn checks_value(
        &self,
        purpose: &[u8],
        domain: &[u8],
        value: &serde_json::Value,
        mac: &str,
    ) -> bool {
        let Some(bytes) = unhex(mac) else {
            return false;
        };
        self.value_tag(purpose, domain, value)
            .verify_slice(&bytes)
            .is_ok()
    }

    fn value_tag(&self, purpose: &[u8], domain: &[u8], value: &serde_json::Value) -> Hmac<Sha256> {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.derive(purpose))
            .expect("HMAC takes a key of any length");
        mac.update(domain);
        mac.update(&canonical_json(value));
        mac
    }

    /// The MAC of a record under this key (lower-case hex), whatever its `mac` field holds.
    pub fn mac(&self, record: &SessionRecord) -> String {
        hex(&self.tag(record).finalize().into_bytes())
    }

    /// Sets the record's `mac`.
    pub fn sign(&self, record: &mut SessionRecord) {
        record.mac = Some(self.mac(record));
    }

    /// Whether the record's `mac` is this key's MAC of it (compared in constant time).
    pub fn checks(&self, record: &SessionRecord) -> bool {
        let Some(bytes) = record.mac.as_deref().and_then(unhex) else {
            return false;
        };
        self.tag(record).verify_slice(&bytes).is_ok()
    }
}

/// The bytes a record's MAC covers: the record without its `mac`, as a JSON value with object
/// keys sorted, no whitespace.
pub fn canonical(record: &SessionRecord) -> Vec<u8> {
    let mut value = serde_json::to_value(record).expect("a record serialises");
    if let serde_json::Value::Object(map) = &mut value {
        map.remove("mac");
    }
    let mut out = Vec::with_capacity(4096);
    write_canonical(&value, &mut out);
    out
}

/// Any JSON value in the canonical form a record's MAC covers (object keys sorted, no
/// whitespace): what else the cohort key signs (certificates) is signed the same way.
pub fn canonical_json(value: &serde_json::Value) -> Vec<u8> {
    let mut out = Vec::with_capacity(1024);
    write_canonical(value, &mut out);
    out
}

fn write_canonical(v: &serde_json::Value, out: &mut Vec<u8>) {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push(b'{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                out.extend_from_slice(serde_json::to_string(k).expect("a key").as_bytes());
                out.push(b':');
                write_canonical(&map[k], out);
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_canonical(item, out);
            }
            out.push(b']');
        }
        other => out.extend_from_slice(other.to_string().as_bytes()),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if text.len() != 2 * KEY_LEN || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

/// What `callcoach seal` did to each unsigned record.
#[derive(Debug, Default)]
pub struct Sealing {
    /// Records signed in place (their original kept beside them as `<name>.bak`).
    pub sealed: Vec<PathBuf>,
    /// Unsigned records left as they are, and why.
    pub refused: Vec<(PathBuf, String)>,
    /// Records that were signed already.
    pub already: usize,
}

/// Signs the unsigned records (formats 1 to 3) of a data folder that replay on their scenario
/// version, so a programme that upgrades keeps its history. Each keeps its format (its format
/// decides how its wrap-up is scored) and gains the MAC; the original file is kept as
/// `<name>.v<format>.bak` (not a record name, so never read as one) and the signed one
/// replaces it atomically. Refused, and left as they are: records that do not replay or whose
/// version is unavailable, a second record with an id already present, and any unsigned record
/// that started after the cohort's first record of format 4 (a build that writes format 4
/// writes nothing unsigned, so such a record was made by hand).
pub fn seal_cohort(
    data: &Path,
    scenarios: &std::collections::BTreeMap<
        String,
        std::sync::Arc<crate::compile::CompiledScenario>,
    >,
) -> Result<Sealing, String> {
    use crate::records::record::SEALED_FORMAT;
    use crate::records::store;
    use crate::records::verify::{Verification, verify};
    let key = CohortKey::read_or_create(data)
        .map_err(|e| format!("{}: {e}", key_path(data).display()))?;
    let mut records: Vec<(PathBuf, SessionRecord)> = Vec::new();
    let mut out = Sealing::default();
    for path in store::record_files(data)? {
        match store::read_record(&path) {
            Ok(r) => records.push((path, r)),
            Err(e) => out.refused.push((path, e)),
        }
    }
    let first_signed = records
        .iter()
        .filter(|(_, r)| r.format >= SEALED_FORMAT && key.checks(r))
        .map(|(_, r)| r.meta.started_at)
        .min();
    let mut ids: std::collections::BTreeSet<String> = records
        .iter()
        .filter(|(_, r)| r.mac.is_some() && key.checks(r))
        .map(|(_, r)| r.id.clone())
        .collect();
    for (path, rec) in records {
        if rec.mac.is_some() {
            out.already += 1;
            continue;
        }
        if rec.format >= SEALED_FORMAT {
            out.refused
                .push((path, "format 4 without its MAC: it was removed".into()));
            continue;
        }
        if let Some(t) = first_signed.filter(|t| rec.meta.started_at >= *t) {
            out.refused.push((
                path,
                format!(
                    "started after the cohort's first signed record ({}): written by hand",
                    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
                ),
            ));
            continue;
        }
        match verify(&rec, scenarios.get(&rec.meta.scenario)) {
            Verification::Verified => {}
            Verification::Tampered(why) => {
                out.refused.push((path, format!("tampered: {why}")));
                continue;
            }
            _ => {
                out.refused.push((
                    path,
                    format!(
                        "scenario {} v{} is not in the library, so it cannot be replayed",
                        rec.meta.scenario, rec.meta.version
                    ),
                ));
                continue;
            }
        }
        if !ids.insert(rec.id.clone()) {
            out.refused
                .push((path, format!("a second record with the id {}", rec.id)));
            continue;
        }
        let mut signed = rec.clone();
        key.sign(&mut signed);
        match rewrite(&path, &signed, rec.format) {
            Ok(()) => out.sealed.push(path),
            Err(e) => out
                .refused
                .push((path, format!("cannot be rewritten: {e}"))),
        }
    }
    Ok(out)
}

/// Keeps the original under a `.bak` name (a hard link), then replaces the record atomically.
fn rewrite(path: &Path, record: &SessionRecord, format: u32) -> io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let dir = path.parent().unwrap_or(Path::new("."));
    let backup = dir.join(format!("{name}.v{format}.bak"));
    fs::hard_link(path, &backup)?;
    let tmp = dir.join(format!(".{name}.{}.seal.tmp", std::process::id()));
    let mut json = serde_json::to_vec_pretty(record).map_err(io::Error::other)?;
    json.push(b'\n');
    {
        let mut f = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        if let Err(e) = f.write_all(&json).and_then(|()| f.sync_all()) {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
    }
    if let Err(e) = fs::rename(&tmp, path) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    crate::records::store::sync_dir(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_refuses_the_wrong_length() {
        let bytes: Vec<u8> = (0..32).collect();
        assert_eq!(unhex(&hex(&bytes)), Some(bytes));
        assert_eq!(unhex("00ff"), None);
        assert_eq!(unhex(&"zz".repeat(32)), None);
    }

    #[test]
    fn a_key_never_shows_in_debug() {
        assert_eq!(
            format!("{:?}", CohortKey::from_bytes([7; 32])),
            "CohortKey(…)"
        );
    }
}
