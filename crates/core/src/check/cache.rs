//! The checker's persistent analysis cache: what the expensive per-scenario analyses (the
//! searches behind E111–E116, W120, the balance, the negotiation checks) found, kept on disk
//! by a hash of everything they read, so that an unchanged scenario is not searched again
//! by the next `callcoach check` and an edit re-analyses only the scenarios it touches.
//!
//! - Where: `$CALLCOACH_CACHE_DIR`, else the platform cache folder (`~/.cache/callcoach` on
//!   Linux), file [`FILE_NAME`]. Safe to delete at any time: a missing cache is an empty one.
//! - Key: SHA-256 of the crate version, [`FORMAT`], the search budget, the scenario's path,
//!   its RON, the RON of the rubrics it uses, of the tag vocabulary and of every holiday
//!   calendar (what compiling reads). The analyses read nothing else (not the Fluent files,
//!   whose checks are cheap and run every time), so a hit gives exactly what they would find.
//!   Another build's version or format never matches (and its file is discarded whole).
//! - Trust: a file that cannot be read or parsed, or names a code the checker does not know,
//!   is ignored with a warning (the check runs as if it were empty and rewrites it); never a
//!   panic. It is read as a regular file only (not through a link), capped at [`MAX_BYTES`],
//!   and written to a temporary file renamed over it, best effort.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::content::codes;
use crate::content::diagnostic::{Diagnostic, Level};
use crate::content::loader::{Library, Loaded};
use crate::content::model::Scenario;

use super::Balance;

/// The cache file's name inside the cache folder.
pub const FILE_NAME: &str = "check-analyses.json";
/// The environment variable that overrides the cache folder (tests, CI).
pub const CACHE_DIR_ENV: &str = "CALLCOACH_CACHE_DIR";
/// The layout of the entries; bump on any change to what is stored or what the key covers.
pub const FORMAT: u32 = 1;
/// The largest cache file read.
pub const MAX_BYTES: u64 = 64 << 20;
/// At most this many entries are kept (those used by the latest check first).
const MAX_ENTRIES: usize = 4096;

/// The cache folder: `$CALLCOACH_CACHE_DIR`, else the platform cache folder.
pub fn default_dir() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(CACHE_DIR_ENV).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("org", "callcoach", "callcoach")
        .map(|d| d.cache_dir().to_path_buf())
}

/// What the analyses of one scenario found, as cached.
pub(super) type Analysis = (Vec<Diagnostic>, Option<Balance>);

/// The key of a scenario's analyses: a hash of everything they read (see the module doc).
pub(super) fn key(lib: &Library, loaded: &Loaded<Scenario>, budget: usize) -> String {
    let mut h = Sha256::new();
    let mut part = |bytes: &[u8]| {
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    part(env!("CARGO_PKG_VERSION").as_bytes());
    part(&FORMAT.to_le_bytes());
    part(&(budget as u64).to_le_bytes());
    part(loaded.source.path.to_string_lossy().as_bytes());
    part(loaded.source.text.as_bytes());
    for id in &loaded.value.rubrics {
        match lib.rubric(id) {
            Some(r) => part(r.source.text.as_bytes()),
            None => part(b"(missing rubric)"),
        }
    }
    if let Some(tags) = &lib.tags {
        part(tags.source.text.as_bytes());
    }
    for calendar in &lib.calendars {
        part(calendar.source.path.to_string_lossy().as_bytes());
        part(calendar.source.text.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// A diagnostic as stored (its code as text, its span kept).
#[derive(Serialize, Deserialize)]
struct StoredDiagnostic {
    code: String,
    file: PathBuf,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    message: String,
    help: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct StoredEntry {
    diagnostics: Vec<StoredDiagnostic>,
    balance: Option<Balance>,
}

#[derive(Serialize, Deserialize)]
struct StoredFile {
    version: String,
    format: u32,
    entries: HashMap<String, StoredEntry>,
}

/// The cache as read at the start of a check, and what the check adds to it.
pub(super) struct DiskCache {
    path: PathBuf,
    entries: HashMap<String, Analysis>,
    /// Why the file on disk was not used, if it was there and unusable.
    pub warning: Option<String>,
}

impl DiskCache {
    /// Reads the cache in `dir` (missing: empty; unusable: empty with a warning).
    pub(super) fn open(dir: &Path) -> DiskCache {
        let path = dir.join(FILE_NAME);
        let mut cache = DiskCache {
            path,
            entries: HashMap::new(),
            warning: None,
        };
        match read(&cache.path) {
            Ok(None) => {}
            Ok(Some(entries)) => cache.entries = entries,
            Err(why) => {
                cache.warning = Some(format!(
                    "the check cache {} is unusable ({why}); it is ignored and rebuilt",
                    cache.path.display()
                ))
            }
        }
        cache
    }

    /// The cached analyses under `key`, if any.
    pub(super) fn get(&self, key: &str) -> Option<&Analysis> {
        self.entries.get(key)
    }

    /// Writes the entries used by this check (`used`, which win) and as many earlier ones as
    /// fit. Best effort: a cache that cannot be written is only slower next time.
    pub(super) fn save(self, used: Vec<(String, Analysis)>) -> Result<(), String> {
        let mut entries: HashMap<String, StoredEntry> = HashMap::new();
        let fresh: std::collections::HashSet<&String> = used.iter().map(|(k, _)| k).collect();
        let mut earlier: Vec<(&String, &Analysis)> = self
            .entries
            .iter()
            .filter(|(k, _)| !fresh.contains(k))
            .collect();
        earlier.sort_by(|a, b| a.0.cmp(b.0));
        let keep = MAX_ENTRIES.saturating_sub(used.len());
        for (k, a) in used
            .iter()
            .map(|(k, a)| (k, a))
            .chain(earlier.into_iter().take(keep))
        {
            entries.insert(k.clone(), store(a));
        }
        let file = StoredFile {
            version: env!("CARGO_PKG_VERSION").to_string(),
            format: FORMAT,
            entries,
        };
        let bytes = serde_json::to_vec(&file).map_err(|e| e.to_string())?;
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let tmp = dir.join(format!(
            ".{FILE_NAME}.{}.{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
        ));
        let written = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .and_then(|mut f| f.write_all(&bytes))
            .and_then(|()| std::fs::rename(&tmp, &self.path));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            return Err(format!("{}: {e}", self.path.display()));
        }
        Ok(())
    }
}

/// The entries of the cache file at `path`: `None` when there is none (or it is another
/// build's), an error saying why when it cannot be used.
fn read(path: &Path) -> Result<Option<HashMap<String, Analysis>>, String> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    if !meta.file_type().is_file() {
        return Err("not a regular file".into());
    }
    if meta.len() > MAX_BYTES {
        return Err(format!("larger than {} MiB", MAX_BYTES >> 20));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_BYTES).read_to_end(&mut bytes))
        .map_err(|e| e.to_string())?;
    let file: StoredFile = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
    if file.version != env!("CARGO_PKG_VERSION") || file.format != FORMAT {
        return Ok(None);
    }
    let mut out = HashMap::with_capacity(file.entries.len());
    for (k, entry) in file.entries {
        let mut diagnostics = Vec::with_capacity(entry.diagnostics.len());
        for d in entry.diagnostics {
            diagnostics.push(load(d)?);
        }
        out.insert(k, (diagnostics, entry.balance));
    }
    Ok(Some(out))
}

fn store((diagnostics, balance): &Analysis) -> StoredEntry {
    StoredEntry {
        diagnostics: diagnostics
            .iter()
            .map(|d| StoredDiagnostic {
                code: d.code.to_string(),
                file: d.file.clone(),
                line: d.line,
                column: d.column,
                start: d.span.start,
                end: d.span.end,
                message: d.message.clone(),
                help: d.help.clone(),
            })
            .collect(),
        balance: *balance,
    }
}

/// A stored diagnostic back, at the level the code table gives its code (an unknown code
/// makes the file unusable).
fn load(d: StoredDiagnostic) -> Result<Diagnostic, String> {
    let entry = codes::find(&d.code).ok_or_else(|| format!("unknown code {:?}", d.code))?;
    if d.start > d.end {
        return Err(format!(
            "a span {}..{} that ends before it starts",
            d.start, d.end
        ));
    }
    let level: Level = entry.level;
    Ok(Diagnostic {
        level,
        code: entry.code,
        file: d.file,
        line: d.line,
        column: d.column,
        span: d.start..d.end,
        message: d.message,
        help: d.help,
    })
}
