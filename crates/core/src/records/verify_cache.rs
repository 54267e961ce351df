//! The verification cache: which record files were verified already, so a report does not
//! check every record's MAC and replay every call again on each run.
//!
//! An entry is an HMAC-SHA256, under a key derived from the cohort key
//! ([`CohortKey::derive`]), of everything the verdict depends on: the cache format, the
//! callcoach version and record format, the scenario the record was replayed on (id, version,
//! content hash, which covers its rubrics, tags and calendars) and **the record file's exact
//! bytes**. So:
//! - a file whose bytes changed (one byte) has another entry: it is verified again, and an
//!   edited record is caught as ever;
//! - a cache written under another cohort key, another version or for another scenario content
//!   has no entry that matches; its header says so and it is ignored (and replaced);
//! - nobody without the cohort key can write an entry that matches anything, so a cache file
//!   planted in a shared data folder can make no record look verified (the entries are keyed
//!   MACs, not plain hashes; the header's id is one too, so the file tells nothing of the key).
//!
//! Only [`Verification::Verified`](crate::records::verify::Verification::Verified) verdicts are
//! kept. What follows from the whole cohort (duplicate ids, case chains) is never cached.
//!
//! The cache lives in `<data>/cache/verified.bin`; deleting the folder is always safe (the
//! next report verifies everything and writes it again). The file is read only if it is a
//! regular file, not through a link, of at most [`MAX_ENTRIES`] entries; one that is short,
//! corrupt or from another key or version is ignored and rebuilt. It is written to a new
//! temporary file and renamed over the old one, and a `cache` that is a link or not a folder is
//! neither read nor written. Writing it is best effort: a full disk or a read-only data folder
//! costs the next report its speed, never its result.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

use crate::compile::CompiledScenario;
use crate::records::record::RECORD_FORMAT;
use crate::records::seal::CohortKey;
use crate::records::store;

/// The cache folder under the data folder.
pub const CACHE_DIR: &str = "cache";

/// The cache file in [`CACHE_DIR`].
pub const CACHE_FILE: &str = "verified.bin";

/// The most entries the cache holds (32 bytes each: 32 MiB); a larger cohort keeps this many
/// and verifies the rest on every run.
pub const MAX_ENTRIES: usize = 1 << 20;

/// Bumped whenever what an entry means changes.
const CACHE_FORMAT: u32 = 1;

const MAGIC: &[u8; 24] = b"callcoach verify cache\n\0";
const ENTRY: usize = 32;
const HEADER: usize = MAGIC.len() + 32 + 8;
const TRAILER: usize = 32;

/// One cached verdict: a keyed MAC of a record file's bytes and what its verdict depends on.
pub type Entry = [u8; ENTRY];

/// The cache of a data folder, as read at the start of a load.
pub struct VerifyCache {
    file: Option<PathBuf>,
    key: Option<[u8; 32]>,
    id: [u8; 32],
    known: HashSet<Entry>,
}

/// The cache folder of a data folder.
pub fn cache_dir(data: &Path) -> PathBuf {
    data.join(CACHE_DIR)
}

impl VerifyCache {
    /// A cache that holds nothing and writes nothing (no data folder, or no key).
    pub fn none() -> VerifyCache {
        VerifyCache {
            file: None,
            key: None,
            id: [0; 32],
            known: HashSet::new(),
        }
    }

    /// The data folder's cache for records signed with `key` (none without a key). A missing,
    /// unreadable, corrupt or foreign cache file is an empty cache; a `cache` that is a link or
    /// not a folder is a cache that is neither read nor written.
    pub fn open(data: &Path, key: Option<&CohortKey>) -> VerifyCache {
        VerifyCache::open_as(data, key, env!("CARGO_PKG_VERSION"))
    }

    /// [`VerifyCache::open`] as the callcoach `version` given would open it (tests: a cache
    /// written by another version is never trusted by this one).
    pub fn open_as(data: &Path, key: Option<&CohortKey>, version: &str) -> VerifyCache {
        let Some(key) = key else {
            return VerifyCache::none();
        };
        let purpose = format!(
            "verify cache {CACHE_FORMAT}; callcoach {version}; record format {RECORD_FORMAT}"
        );
        let derived = key.derive(purpose.as_bytes());
        let id = keyed(&derived, &[b"cache id"]);
        let dir = cache_dir(data);
        let usable = match fs::symlink_metadata(&dir) {
            Ok(m) => m.is_dir(),
            Err(e) => e.kind() == io::ErrorKind::NotFound,
        };
        let file = dir.join(CACHE_FILE);
        let known = if usable {
            read_entries(&file, &id).unwrap_or_default()
        } else {
            HashSet::new()
        };
        VerifyCache {
            file: usable.then_some(file),
            key: Some(derived),
            id,
            known,
        }
    }

    /// The entry of a record file's bytes verified on `sc` (`None` without a key).
    pub fn entry(&self, bytes: &[u8], sc: &CompiledScenario) -> Option<Entry> {
        let key = self.key.as_ref()?;
        Some(keyed(
            key,
            &[
                sc.id.as_bytes(),
                &sc.version.to_le_bytes(),
                sc.content_hash.as_bytes(),
                bytes,
            ],
        ))
    }

    /// Whether the cache holds this entry: the same bytes were verified on the same scenario
    /// under the same key and version.
    pub fn contains(&self, entry: &Entry) -> bool {
        self.known.contains(entry)
    }

    /// How many entries were read.
    pub fn len(&self) -> usize {
        self.known.len()
    }

    /// Whether no entry was read.
    pub fn is_empty(&self) -> bool {
        self.known.is_empty()
    }

    /// Writes the entries of this load's verified records (at most [`MAX_ENTRIES`]) in place of
    /// the cache, unless they are what it holds already. Returns whether it wrote; an error
    /// (full disk, read-only folder, a link where the folder should be) leaves the old cache or
    /// none, and never a partial file under the cache's name.
    pub fn save(&self, verified: &[Entry]) -> io::Result<bool> {
        let Some(file) = &self.file else {
            return Ok(false);
        };
        if self.key.is_none() {
            return Ok(false);
        }
        let verified = &verified[..verified.len().min(MAX_ENTRIES)];
        let unchanged =
            verified.len() == self.known.len() && verified.iter().all(|e| self.known.contains(e));
        if unchanged {
            return Ok(false);
        }
        let dir = file.parent().unwrap_or(Path::new("."));
        store::real_dir(dir)?;
        let mut bytes = Vec::with_capacity(HEADER + verified.len() * ENTRY + TRAILER);
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&self.id);
        bytes.extend_from_slice(&(verified.len() as u64).to_le_bytes());
        for e in verified {
            bytes.extend_from_slice(e);
        }
        let sum = Sha256::digest(&bytes);
        bytes.extend_from_slice(&sum);
        let (tmp, mut f) = loop {
            let tmp = dir.join(format!(".{CACHE_FILE}.{}.tmp", store::unique_suffix()));
            match store::create_new_file(&tmp) {
                Ok(f) => break (tmp, f),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        };
        // No fsync: a file torn by a crash fails its checksum and is rebuilt.
        let written = f.write_all(&bytes).and_then(|()| f.flush()).and_then(|()| {
            drop(f);
            fs::rename(&tmp, file)
        });
        if written.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        written.map(|()| true)
    }
}

/// HMAC-SHA256 of the parts, each prefixed by its length so no two lists of parts collide.
fn keyed(key: &[u8; 32], parts: &[&[u8]]) -> Entry {
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("HMAC takes a key of any length");
    for part in parts {
        mac.update(&(part.len() as u64).to_le_bytes());
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

/// The entries of a cache file of this key and version, or `None` when it is missing,
/// unreadable, not a regular file, of another key or version, or corrupt.
fn read_entries(file: &Path, id: &[u8; 32]) -> Option<HashSet<Entry>> {
    let cap = (HEADER + MAX_ENTRIES * ENTRY + TRAILER) as u64;
    let bytes = store::read_capped(file, cap).ok()?;
    if bytes.len() < HEADER + TRAILER || &bytes[..MAGIC.len()] != MAGIC {
        return None;
    }
    if &bytes[MAGIC.len()..MAGIC.len() + 32] != id {
        return None;
    }
    let count = u64::from_le_bytes(bytes[HEADER - 8..HEADER].try_into().ok()?);
    let body = bytes.len() - HEADER - TRAILER;
    if count > MAX_ENTRIES as u64 || body != count as usize * ENTRY {
        return None;
    }
    let (content, sum) = bytes.split_at(bytes.len() - TRAILER);
    if Sha256::digest(content).as_slice() != sum {
        return None;
    }
    Some(
        content[HEADER..]
            .chunks_exact(ENTRY)
            .map(|c| c.try_into().expect("32 bytes"))
            .collect(),
    )
}
