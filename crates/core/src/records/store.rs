//! Where records live and how they reach the disk: the data folder, the atomic writer that
//! never overwrites, reading one record and listing them all.
//!
//! A record is written to a temporary file, flushed to disk, then linked to its final name
//! (which fails rather than overwrite an existing record) and the directory is synced, so a
//! crash or power cut loses no finished record and leaves no half-written one.
//!
//! **Files are never opened through a symbolic link.** Every file this module or the journal
//! creates is created new (`O_CREAT | O_EXCL`, plus `O_NOFOLLOW`) under a name nobody else
//! uses, and every file read is opened with `O_NOFOLLOW | O_NONBLOCK` and must be a regular
//! file within a size cap: a link planted in a shared data folder can neither redirect a write
//! nor make a read block (a FIFO) or run away (`/dev/zero`). The data folder itself may be a
//! link (whoever chose `--data-dir` chose it), but the `records/` and `journal/` folders inside
//! it must be real folders: a link there is an error naming it, for writing and reading alike.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::records::record::SessionRecord;

/// Environment variable that points a whole cohort at a shared data folder.
pub const DATA_DIR_ENV: &str = "CALLCOACH_DATA_DIR";

/// The largest record file read (a record of a long call is a few hundred KiB).
pub const RECORD_CAP: u64 = 16 << 20;

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

/// For the verbs that only read (reports, the dashboard): the data folder must exist and be a
/// folder, so a mistyped `--data-dir` is an error rather than an empty cohort.
pub fn existing_data_dir(data: &Path) -> Result<(), String> {
    match fs::metadata(data) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(format!(
            "{}: the data folder is not a folder (check --data-dir or ${DATA_DIR_ENV})",
            data.display()
        )),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(format!(
            "{}: no such data folder (check --data-dir or ${DATA_DIR_ENV})",
            data.display()
        )),
        Err(e) => Err(format!(
            "{}: cannot open the data folder: {e}",
            data.display()
        )),
    }
}

/// Syncs a directory so that names just created in it survive a power cut (best effort).
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    // Directory fsync makes the new name durable; not supported everywhere, so best effort.
    match File::open(dir) {
        Ok(f) => f.sync_all().or(Ok(())),
        Err(_) => Ok(()),
    }
}

/// A folder inside the data folder (created if missing) that must be a real folder, not a
/// symbolic link: a link planted there would send records or journals elsewhere.
pub(crate) fn real_dir(dir: &Path) -> io::Result<()> {
    if fs::symlink_metadata(dir).is_err() {
        fs::create_dir_all(dir)?;
    }
    let m = fs::symlink_metadata(dir)?;
    if m.file_type().is_symlink() {
        return Err(io::Error::other(
            "it is a symbolic link; records and journals are only written to a real folder \
             inside the data folder (replace the link with a folder)",
        ));
    }
    if !m.is_dir() {
        return Err(io::Error::other(
            "it is a file, not a folder (move the file away so the folder can be made)",
        ));
    }
    Ok(())
}

/// Creates a file that did not exist, never through a symbolic link at `path`.
pub(crate) fn create_new_file(path: &Path) -> io::Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(path)
}

/// Opens an existing regular file (for reading, or for appending), never through a symbolic
/// link and never blocking on a FIFO or a device; a file larger than `cap` bytes is refused.
pub(crate) fn open_regular(path: &Path, cap: u64, append: bool) -> io::Result<File> {
    open_regular_sized(path, cap, append).map(|(file, _)| file)
}

/// [`open_regular`], with the file's size as its handle said when it was checked.
fn open_regular_sized(path: &Path, cap: u64, append: bool) -> io::Result<(File, u64)> {
    let file = OpenOptions::new()
        .read(true)
        .append(append)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)
        .map_err(not_followed)?;
    let m = file.metadata()?;
    if !m.is_file() {
        return Err(io::Error::other("it is not a regular file"));
    }
    if m.len() > cap {
        return Err(io::Error::other(format!(
            "it is {} bytes, more than the {cap} this file may have",
            m.len()
        )));
    }
    Ok((file, m.len()))
}

/// Reads a whole regular file of at most `cap` bytes (see [`open_regular`]).
pub(crate) fn read_capped(path: &Path, cap: u64) -> io::Result<Vec<u8>> {
    let (file, size) = open_regular_sized(path, cap, false)?;
    // Sized for the whole file (and the read that finds its end) so it is read in one go.
    let mut bytes = Vec::with_capacity(size.min(cap) as usize + 1);
    file.take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(io::Error::other(format!(
            "it grew past the {cap} bytes this file may have"
        )));
    }
    Ok(bytes)
}

/// [`read_capped`] into `buf` (cleared first), so that a reader of many files reuses one
/// buffer rather than allocating (and faulting in) a new one for each.
pub(crate) fn read_capped_into(path: &Path, cap: u64, buf: &mut Vec<u8>) -> io::Result<()> {
    buf.clear();
    let (file, size) = open_regular_sized(path, cap, false)?;
    buf.reserve(size.min(cap) as usize + 1);
    file.take(cap + 1).read_to_end(buf)?;
    if buf.len() as u64 > cap {
        return Err(io::Error::other(format!(
            "it grew past the {cap} bytes this file may have"
        )));
    }
    Ok(())
}

/// Opens a log to append lines to (the LRS ledger), creating it if missing; never through a
/// symbolic link, never a FIFO or a device.
pub fn open_log_for_append(path: &Path) -> io::Result<File> {
    let file = OpenOptions::new()
        .create(true)
        .append(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)
        .map_err(not_followed)?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::other("it is not a regular file"));
    }
    Ok(file)
}

/// Reads a log of at most `cap` bytes written by [`open_log_for_append`] (`None` when there is
/// none yet); a link, a FIFO, a device or a larger file is an error.
pub fn read_log(path: &Path, cap: u64) -> io::Result<Option<String>> {
    match read_capped(path, cap) {
        Ok(bytes) => String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| io::Error::other("it is not UTF-8 text")),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

fn not_followed(e: io::Error) -> io::Error {
    if e.raw_os_error() == Some(libc::ELOOP) {
        io::Error::other("it is a symbolic link, which is not followed")
    } else {
        e
    }
}

/// A name no other writer in this process or another one uses at the same time.
pub(crate) fn unique_suffix() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    format!(
        "{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// Writes a record atomically and never over an existing one. Returns its path. On any error
/// nothing is left behind: the temporary file is removed on every path. A record of the sealed
/// format is signed with the data folder's key first (created with the first record; see
/// [`crate::records::seal`]); older formats are written as they are.
pub fn write_record(data: &Path, record: &SessionRecord) -> io::Result<PathBuf> {
    let dir = records_dir(data);
    real_dir(&dir)?;
    let sealed;
    let record = if record.format >= crate::records::record::SEALED_FORMAT {
        let mut r = record.clone();
        crate::records::seal::CohortKey::read_or_create(data)?.sign(&mut r);
        sealed = r;
        &sealed
    } else {
        record
    };
    // Compact: a third of a pretty record's bytes is indentation, which every report would
    // read and parse again (records written pretty by older builds read as ever).
    let json = serde_json::to_vec(record).map_err(io::Error::other)?;
    write_new_json(&dir, &record.id, &json)
}

/// Writes `json` as `<dir>/<id>.json` (or `<id>-2.json`… if taken) atomically, never over an
/// existing file: a temporary file, flushed, linked to its name, the folder synced. On any
/// error nothing is left behind. `dir` must already be checked as a real folder.
pub(crate) fn write_new_json(dir: &Path, id: &str, json: &[u8]) -> io::Result<PathBuf> {
    let (tmp, mut f) = loop {
        let tmp = dir.join(format!(".{id}.{}.tmp", unique_suffix()));
        match create_new_file(&tmp) {
            Ok(f) => break (tmp, f),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    };
    let written = (|| {
        f.write_all(json)?;
        f.write_all(b"\n")?;
        f.sync_all()?;
        drop(f);
        link_new(&tmp, dir, id)
    })();
    // The temporary name goes on every path; the record (if linked) keeps its own name, and
    // a temporary name that cannot be removed does not make a written record a failure.
    let _ = fs::remove_file(&tmp);
    let target = written?;
    sync_dir(dir)?;
    Ok(target)
}

/// Links the written temporary file to `<id>.json`, or `<id>-2.json`… if that name is taken.
fn link_new(tmp: &Path, dir: &Path, id: &str) -> io::Result<PathBuf> {
    let mut target = dir.join(format!("{id}.json"));
    let mut n = 1;
    loop {
        match fs::hard_link(tmp, &target) {
            Ok(()) => return Ok(target),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                // Same id (same millisecond, trainee, scenario and seed): keep both.
                n += 1;
                target = dir.join(format!("{id}-{n}.json"));
            }
            Err(e) => return Err(e),
        }
    }
}

/// Reads one record file (a regular file of at most [`RECORD_CAP`] bytes, not a link) of a
/// format this build knows (1 to [`RECORD_FORMAT`](crate::records::record::RECORD_FORMAT)):
/// a record from a newer build is an error, never read as if it were of the current format.
pub fn read_record(path: &Path) -> Result<SessionRecord, String> {
    parse_record(&read_record_bytes(path)?)
}

/// The bytes of a record file, read as [`read_record`] reads them (a regular file of at most
/// [`RECORD_CAP`] bytes, not a link), with its message when they cannot be read.
pub fn read_record_bytes(path: &Path) -> Result<Vec<u8>, String> {
    read_capped(path, RECORD_CAP).map_err(|e| format!("cannot read: {e}"))
}

/// [`read_record_bytes`] into a buffer the caller keeps for the next file.
pub fn read_record_bytes_into(path: &Path, buf: &mut Vec<u8>) -> Result<(), String> {
    read_capped_into(path, RECORD_CAP, buf).map_err(|e| format!("cannot read: {e}"))
}

/// Parses a record's bytes, wherever they came from (a file, an LRS statement), with the
/// format checks of [`read_record`].
pub fn parse_record(bytes: &[u8]) -> Result<SessionRecord, String> {
    if bytes.len() as u64 > RECORD_CAP {
        return Err(format!(
            "not a valid session record: {} bytes, over the {} byte limit",
            bytes.len(),
            RECORD_CAP
        ));
    }
    // serde_json's message ends with the line and column already.
    let record: SessionRecord =
        serde_json::from_slice(bytes).map_err(|e| format!("not a valid session record: {e}"))?;
    let known = crate::records::record::RECORD_FORMAT;
    match record.format {
        0 => Err(format!(
            "not a valid session record: format 0 does not exist (formats are 1 to {known})"
        )),
        f if f > known => Err(format!(
            "record format {f} is newer than this build of callcoach reads (formats 1 to \
             {known}): read it with the version that wrote it"
        )),
        _ => Ok(record),
    }
}

/// Every record file under the data folder (sorted), for reports. No `records/` folder yet is
/// no records; a `records/` that cannot be listed (unreadable, not a folder, a symbolic link)
/// is an error naming it. Every `*.json` name is listed, whatever it is, so that a link or a
/// FIFO among them is reported by [`read_record`] rather than skipped.
pub fn record_files(data: &Path) -> Result<Vec<PathBuf>, String> {
    json_files(&records_dir(data), "records")
}

/// Every `*.json` name in a folder of the data folder (sorted), as [`record_files`] lists
/// records: a missing folder is none, a link or a non-folder an error naming it and `what`.
pub(crate) fn json_files(dir: &Path, what: &str) -> Result<Vec<PathBuf>, String> {
    let cannot =
        |e: &dyn std::fmt::Display| format!("{}: cannot list the {what}: {e}", dir.display());
    match fs::symlink_metadata(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(cannot(&e)),
        Ok(m) if m.file_type().is_symlink() => {
            return Err(cannot(&format!(
                "it is a symbolic link; {what} are only read from a real folder inside the \
                 data folder (replace the link with the folder itself)"
            )));
        }
        Ok(m) if !m.is_dir() => return Err(cannot(&"it is not a folder")),
        Ok(_) => {}
    }
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| cannot(&e))? {
        let path = entry.map_err(|e| cannot(&e))?.path();
        if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
    // The same order as sorting the paths (one folder, names without a separator), without
    // comparing them component by component: a large cohort's listing is sorted twice.
    out.sort_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
    Ok(out)
}
