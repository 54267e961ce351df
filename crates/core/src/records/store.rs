//! Where records live and how they reach the disk: the data folder, the atomic writer that
//! never overwrites, reading one record and listing them all.
//!
//! A record is written to a temporary file, flushed to disk, then linked to its final name
//! (which fails rather than overwrite an existing record) and the directory is synced, so a
//! crash or power cut loses no finished record and leaves no half-written one.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::records::record::SessionRecord;

/// Environment variable that points a whole cohort at a shared data folder.
pub const DATA_DIR_ENV: &str = "CALLCOACH_DATA_DIR";

/// The data folder: `--data-dir`, else `$CALLCOACH_DATA_DIR`, else the platform data directory.
pub fn data_dir(explicit: Option<&Path>) -> PathBuf {
    if let Some(p) = explicit {
        return p.to_path_buf();
    }
    if let Some(p) = std::env::var_os(DATA_DIR_ENV).filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    directories::ProjectDirs::from("org", "callcoach", "callcoach")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".callcoach-data"))
}

/// Where finished records live under the data folder.
pub fn records_dir(data: &Path) -> PathBuf {
    data.join("records")
}

/// Syncs a directory so that names just created in it survive a power cut (best effort).
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    // Directory fsync makes the new name durable; not supported everywhere, so best effort.
    match File::open(dir) {
        Ok(f) => f.sync_all().or(Ok(())),
        Err(_) => Ok(()),
    }
}

/// Writes a record atomically and never over an existing one. Returns its path. A record of
/// the sealed format is signed with the data folder's key first (created with the first
/// record; see [`crate::records::seal`]); older formats are written as they are.
pub fn write_record(data: &Path, record: &SessionRecord) -> io::Result<PathBuf> {
    let dir = records_dir(data);
    fs::create_dir_all(&dir)?;
    let sealed;
    let record = if record.format >= crate::records::record::SEALED_FORMAT {
        let mut r = record.clone();
        crate::records::seal::CohortKey::read_or_create(data)?.sign(&mut r);
        sealed = r;
        &sealed
    } else {
        record
    };
    let json = serde_json::to_vec_pretty(record).map_err(io::Error::other)?;
    let tmp = dir.join(format!(".{}.{}.tmp", record.id, std::process::id()));
    {
        let mut f = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        f.write_all(&json)?;
        f.write_all(b"\n")?;
        f.sync_all()?;
    }
    let mut target = dir.join(format!("{}.json", record.id));
    let mut n = 1;
    loop {
        match fs::hard_link(&tmp, &target) {
            Ok(()) => break,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                // Same id (same millisecond, trainee, scenario and seed): keep both.
                n += 1;
                target = dir.join(format!("{}-{n}.json", record.id));
            }
            Err(e) => {
                let _ = fs::remove_file(&tmp);
                return Err(e);
            }
        }
    }
    fs::remove_file(&tmp)?;
    sync_dir(&dir)?;
    Ok(target)
}

/// Reads one record file.
pub fn read_record(path: &Path) -> Result<SessionRecord, String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    serde_json::from_slice(&bytes).map_err(|e| {
        format!(
            "not a valid session record: {e} (line {}, column {})",
            e.line(),
            e.column()
        )
    })
}

/// Every record file under the data folder (sorted), for reports.
pub fn record_files(data: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(records_dir(data))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}
