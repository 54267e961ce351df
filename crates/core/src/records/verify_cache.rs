//! The verification cache: which record files were verified already, so a report does not
//! check every record's MAC and replay every call again on each run.
//!
//! An entry is found by a keyed BLAKE3 hash (a MAC), under a key derived from the cohort key
//! ([`CohortKey::derive`]) for this cache format, callcoach version and record format, of **the
//! record file's exact bytes**; it names the scenario the record was replayed on (id, version,
//! content hash, which covers its rubrics, tags and calendars), which must be the library's
//! scenario of that id now, and holds the record's [`Digest`] (what the cohort table and the
//! dashboard read, so a warm report or dashboard parses no record). The whole file is sealed by
//! a MAC under the same derived key (keyed BLAKE3 as well). So:
//! - a file whose bytes changed (one byte) has another entry: it is verified again, and an
//!   edited record is caught as ever;
//! - a cache written under another cohort key, another version or for another scenario content
//!   has no entry that matches; its header says so and it is ignored (and replaced);
//! - nobody without the cohort key can write an entry that matches anything or change a
//!   digest, so a cache file planted or edited in a shared data folder can make no record look
//!   verified nor change a figure (the entries are keyed MACs, not plain hashes, the file's
//!   seal is one, and the header's id is one too, so the file tells nothing of the key).
//!
//! Only [`Verification::Verified`](crate::records::verify::Verification::Verified) verdicts are
//! kept. What follows from the whole cohort (duplicate ids, case chains) is never cached.
//!
//! The cache lives in `<data>/cache/verified.bin`; deleting the folder is always safe (the
//! next report verifies everything and writes it again). The file is read only if it is a
//! regular file, not through a link, of at most [`MAX_ENTRIES`] entries; one that is short,
//! corrupt or from another key or version is ignored and rebuilt ([`VerifyCache::problem`]
//! says why, for a warning). It is written to a new
//! temporary file and renamed over the old one, and a `cache` that is a link or not a folder is
//! neither read nor written. Writing it is best effort: a full disk or a read-only data folder
//! costs the next report its speed, never its result.

use std::collections::HashMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::compile::CompiledScenario;
use crate::records::digest::{Digest, Reader, RuleTable, put_str, put_u32};
use crate::records::record::RECORD_FORMAT;
use crate::records::seal::CohortKey;
use crate::records::store;

/// The cache folder under the data folder.
pub const CACHE_DIR: &str = "cache";

/// The cache file in [`CACHE_DIR`].
pub const CACHE_FILE: &str = "verified.bin";

/// The most entries the cache holds; a larger cohort keeps this many and verifies the rest on
/// every run.
pub const MAX_ENTRIES: usize = 1 << 20;

/// The largest cache file read (a digest is some 400 bytes; 1 KiB an entry is generous).
const MAX_FILE: u64 = (MAX_ENTRIES as u64) << 10;

/// Bumped whenever what an entry means or how the file is laid out changes (2: entries found
/// by the file's bytes alone, naming their scenario, with a digest; the file sealed by a MAC;
/// 3: the digest also holds each turn's node and pick and the turns rules were broken at, for
/// the dashboard, and the table interns node and choice ids).
pub const CACHE_FORMAT: u32 = 3;

const MAGIC: &[u8; 24] = b"callcoach verify cache\n\0";
const TAG: usize = 32;

/// How a cached verdict is found: a keyed MAC of a record file's exact bytes.
pub type Entry = [u8; TAG];

/// What the cache holds for one record file's bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct Cached {
    /// The scenario the record verified on: its id, version and content hash.
    pub scenario: String,
    pub version: u32,
    pub content_hash: String,
    /// What the cohort table reads of the record (`None`: only the verdict was kept).
    pub digest: Option<Digest>,
}

impl Cached {
    /// What to keep for a record verified on `sc`.
    pub fn on(sc: &CompiledScenario, digest: Option<Digest>) -> Cached {
        Cached {
            scenario: sc.id.clone(),
            version: sc.version,
            content_hash: sc.content_hash.clone(),
            digest,
        }
    }

    /// Whether the verdict holds on this scenario (the same id, version and content).
    pub fn holds_on(&self, sc: &CompiledScenario) -> bool {
        self.scenario == sc.id && self.version == sc.version && self.content_hash == sc.content_hash
    }
}

/// The cache of a data folder, as read at the start of a load.
pub struct VerifyCache {
    file: Option<PathBuf>,
    key: Option<[u8; 32]>,
    /// The key of [`VerifyCache::entry_of`] (derived from `key`).
    file_key: Option<[u8; 32]>,
    id: [u8; 32],
    known: HashMap<Entry, Cached>,
    rules: RuleTable,
    problem: Option<String>,
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
            file_key: None,
            id: [0; 32],
            known: HashMap::new(),
            rules: RuleTable::default(),
            problem: None,
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
        let mut cache = VerifyCache {
            file: usable.then_some(file.clone()),
            key: Some(derived),
            file_key: Some(keyed(&derived, &[b"record file key"])),
            id,
            known: HashMap::new(),
            rules: RuleTable::default(),
            problem: None,
        };
        if usable {
            match read_file(&file, &id, &derived) {
                Ok(Some((rules, known))) => {
                    cache.rules = rules;
                    cache.known = known;
                }
                Ok(None) => {}
                Err(why) => {
                    cache.problem = Some(format!(
                        "{}: {why}; it is ignored and written again (deleting the {CACHE_DIR} \
                         folder is always safe)",
                        file.display()
                    ))
                }
            }
        }
        cache
    }

    /// Why an existing cache file was ignored (corrupt, another key or version, unreadable),
    /// for a warning; `None` when it was read or there was none.
    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }

    /// The entry of a record file's bytes (`None` without a key).
    pub fn entry_of(&self, bytes: &[u8]) -> Option<Entry> {
        // One keyed hash of the bytes as they are (no prefix: BLAKE3 hashes whole 1 KiB chunks
        // side by side only from the start of its input), under a key of its own.
        let key = self.file_key.as_ref()?;
        Some(blake3::keyed_hash(key, bytes).into())
    }

    /// The entry of a record file's bytes verified on `sc` (`None` without a key): the same as
    /// [`VerifyCache::entry_of`]; the scenario is checked by [`VerifyCache::holds`].
    pub fn entry(&self, bytes: &[u8], _sc: &CompiledScenario) -> Option<Entry> {
        self.entry_of(bytes)
    }

    /// What the cache holds for an entry, whatever the scenario.
    pub fn get(&self, entry: &Entry) -> Option<&Cached> {
        self.known.get(entry)
    }

    /// Whether the cache holds this entry verified on this very scenario content: the same
    /// bytes were verified on it under the same key and version.
    pub fn holds(&self, entry: &Entry, sc: &CompiledScenario) -> bool {
        self.known.get(entry).is_some_and(|c| c.holds_on(sc))
    }

    /// Whether the cache holds this entry (on any scenario; [`VerifyCache::holds`] checks the
    /// scenario too).
    pub fn contains(&self, entry: &Entry) -> bool {
        self.known.contains_key(entry)
    }

    /// The rule ids the cached digests name (the table a load goes on adding to).
    pub fn rules(&self) -> &RuleTable {
        &self.rules
    }

    /// How many entries were read.
    pub fn len(&self) -> usize {
        self.known.len()
    }

    /// Whether no entry was read.
    pub fn is_empty(&self) -> bool {
        self.known.is_empty()
    }

    /// Whether saving these entries would change nothing: the same entries, each with what the
    /// cache holds for it already.
    pub fn unchanged(&self, verified: &[(Entry, Cached)]) -> bool {
        let verified = distinct(verified);
        verified.len() == self.known.len()
            && verified.iter().all(|(e, c)| self.known.get(e) == Some(c))
    }

    /// Writes these entries of a load's verified records (at most [`MAX_ENTRIES`]), their
    /// digests' rules interned in `rules` (a table that extends the cache's own), in place of
    /// the cache, unless they are what it holds already. Returns whether it wrote; an error
    /// (full disk, read-only folder, a link where the folder should be) leaves the old cache or
    /// none, and never a partial file under the cache's name.
    pub fn save_with(&self, rules: &RuleTable, verified: &[(Entry, Cached)]) -> io::Result<bool> {
        let (Some(file), Some(key)) = (&self.file, &self.key) else {
            return Ok(false);
        };
        if self.unchanged(verified) {
            return Ok(false);
        }
        let verified = distinct(verified);
        let dir = file.parent().unwrap_or(Path::new("."));
        store::real_dir(dir)?;
        let mut bytes = Vec::with_capacity(64 + verified.len() * 400);
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&self.id);
        rules.encode(&mut bytes);
        bytes.extend_from_slice(&(verified.len() as u64).to_le_bytes());
        for (e, c) in &verified {
            bytes.extend_from_slice(e);
            put_str(&mut bytes, &c.scenario);
            put_u32(&mut bytes, c.version);
            put_str(&mut bytes, &c.content_hash);
            match &c.digest {
                None => bytes.push(0),
                Some(d) => {
                    bytes.push(1);
                    d.encode(&mut bytes);
                }
            }
        }
        let seal = keyed(key, &[b"cache file", &bytes]);
        bytes.extend_from_slice(&seal);
        let (tmp, mut f) = loop {
            let tmp = dir.join(format!(".{CACHE_FILE}.{}.tmp", store::unique_suffix()));
            match store::create_new_file(&tmp) {
                Ok(f) => break (tmp, f),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        };
        // No fsync: a file torn by a crash fails its seal and is rebuilt.
        let written = f.write_all(&bytes).and_then(|()| f.flush()).and_then(|()| {
            drop(f);
            fs::rename(&tmp, file)
        });
        if written.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        written.map(|()| true)
    }

    /// [`VerifyCache::save_with`] for entries verified on `sc` without digests (tests, tools).
    pub fn save(&self, verified: &[Entry], sc: &CompiledScenario) -> io::Result<bool> {
        let all: Vec<(Entry, Cached)> = verified
            .iter()
            .map(|e| (*e, Cached::on(sc, None)))
            .collect();
        self.save_with(&self.rules, &all)
    }
}

/// The entries once each (two copies of a file have one entry), the first of each kept, at
/// most [`MAX_ENTRIES`].
fn distinct(verified: &[(Entry, Cached)]) -> Vec<&(Entry, Cached)> {
    let mut seen = std::collections::HashSet::with_capacity(verified.len());
    verified
        .iter()
        .filter(|(e, _)| seen.insert(*e))
        .take(MAX_ENTRIES)
        .collect()
}

/// The keyed BLAKE3 hash (a MAC under `key`) of the parts, each prefixed by its length so no
/// two lists of parts collide.
fn keyed(key: &[u8; 32], parts: &[&[u8]]) -> Entry {
    let mut mac = blake3::Hasher::new_keyed(key);
    for part in parts {
        mac.update(&(part.len() as u64).to_le_bytes());
        mac.update(part);
    }
    mac.finalize().into()
}

type Contents = (RuleTable, HashMap<Entry, Cached>);

/// The rules and entries of a cache file of this key and version: `Ok(None)` when there is no
/// file, an error saying why when it is unreadable, not a regular file, of another key or
/// version, or corrupt.
fn read_file(file: &Path, id: &[u8; 32], key: &[u8; 32]) -> Result<Option<Contents>, String> {
    let bytes = match store::read_capped(file, MAX_FILE) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read the verification cache: {e}")),
    };
    let corrupt = || "the verification cache is corrupt".to_string();
    if bytes.len() < MAGIC.len() + 32 + TAG || &bytes[..MAGIC.len()] != MAGIC {
        return Err(corrupt());
    }
    if &bytes[MAGIC.len()..MAGIC.len() + 32] != id {
        return Err(
            "the verification cache was written by another version of callcoach or under \
             another cohort key"
                .into(),
        );
    }
    let (content, seal) = bytes.split_at(bytes.len() - TAG);
    if keyed(key, &[b"cache file", content]).as_slice() != seal {
        return Err(corrupt());
    }
    let mut r = Reader::new(&content[MAGIC.len() + 32..]);
    let parsed = (|| {
        let rules = RuleTable::decode(&mut r)?;
        let count = r.u64()?;
        if count > MAX_ENTRIES as u64 {
            return None;
        }
        let mut known = HashMap::with_capacity(count as usize);
        for _ in 0..count {
            let entry: Entry = r.bytes(TAG)?.try_into().ok()?;
            let cached = Cached {
                scenario: r.str()?.to_string(),
                version: r.u32()?,
                content_hash: r.str()?.to_string(),
                digest: match r.u8()? {
                    0 => None,
                    1 => Some(Digest::decode(&mut r, &rules)?),
                    _ => return None,
                },
            };
            known.insert(entry, cached);
        }
        (r.left() == 0).then_some((rules, known))
    })();
    parsed.map(Some).ok_or_else(corrupt)
}
