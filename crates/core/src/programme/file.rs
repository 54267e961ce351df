//! `<data>/programme.ron` on disk: read safely, parsed with a `file:line:col` error, and
//! saved so that it is never torn and no coordinator's edit is lost.
//!
//! **Reading** goes through the data folder's capped reader (a regular file, never through a
//! symbolic link, never a FIFO, at most [`PROGRAMME_CAP`] bytes). A missing file is an empty
//! programme.
//!
//! **Saving** ([`save`]) is a three-way merge ([`super::merge`]): `base` is the programme
//! this editor loaded, `theirs` what is on disk now, `ours` the edited one. Under an
//! exclusive lock on `<data>/programme.lock` (held only for the save), the file is read
//! again, merged, written to a new temporary file (created without following links),
//! fsynced, renamed over `programme.ron`, and the folder is synced. Just before the rename
//! the file's SHA-256 is compared with the one merged against (compare-and-swap): a hand edit
//! that landed in between (a text editor takes no lock) makes the save merge again, so it
//! is kept too.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::content::diagnostic::SourceText;
use crate::programme::merge::{self, Conflict};
use crate::programme::model::{PROGRAMME_FORMAT, Programme};
use crate::records::store;

/// The programme file's name in the data folder.
pub const PROGRAMME_FILE: &str = "programme.ron";

/// The lock file beside it, held while a save reads, merges and renames.
pub const LOCK_FILE: &str = "programme.lock";

/// The largest programme file read.
pub const PROGRAMME_CAP: u64 = 4 << 20;

/// How many times a save merges again when the file changed under it.
const RETRIES: usize = 8;

/// Where the programme of a data folder lives.
pub fn programme_path(data: &Path) -> PathBuf {
    data.join(PROGRAMME_FILE)
}

/// Why a programme file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeError {
    /// The file.
    pub path: PathBuf,
    /// 1-based line and column; 0 when the error is about the whole file.
    pub line: usize,
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: String,
}

impl std::fmt::Display for ProgrammeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}:{}: ", self.path.display(), self.line, self.column)?;
        } else {
            write!(f, "{}: ", self.path.display())?;
        }
        write!(f, "{}", self.message)?;
        if !self.help.is_empty() {
            write!(f, "\n  help: {}", self.help)?;
        }
        Ok(())
    }
}

/// A programme as loaded: what a later [`save`] merges against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// The programme (empty when there was no file).
    pub programme: Programme,
    /// Whether the file existed.
    pub existed: bool,
}

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    /// The programme now on disk (merged): the next edit's base.
    pub programme: Programme,
    /// Items both sides changed differently, and how each was settled.
    pub conflicts: Vec<Conflict>,
}

/// Reads the data folder's programme (an empty one when there is no file).
pub fn load(data: &Path) -> Result<Loaded, ProgrammeError> {
    let path = programme_path(data);
    match read_text(&path)? {
        None => Ok(Loaded {
            programme: Programme::default(),
            existed: false,
        }),
        Some(text) => Ok(Loaded {
            programme: parse(&path, &text)?,
            existed: true,
        }),
    }
}

/// The file's text, `None` when it does not exist.
fn read_text(path: &Path) -> Result<Option<String>, ProgrammeError> {
    let whole = |message: String, help: &str| ProgrammeError {
        path: path.to_path_buf(),
        line: 0,
        column: 0,
        message,
        help: help.into(),
    };
    let bytes = match store::read_capped(path, PROGRAMME_CAP) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(whole(
                format!("cannot read the programme: {e}"),
                "the programme must be a regular file (not a link) of at most 4 MiB",
            ));
        }
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map(Some).map_err(|e| {
        whole(
            format!(
                "the programme is not UTF-8 text (byte {})",
                e.utf8_error().valid_up_to()
            ),
            "save the file as UTF-8",
        )
    })
}

/// Parses a programme's text; a syntax or shape error names `path:line:col` and what to do.
pub fn parse(path: &Path, text: &str) -> Result<Programme, ProgrammeError> {
    let source = SourceText::new(path, text);
    let programme: Programme = crate::content::loader::ron_options()
        .from_str(text)
        .map_err(|e| {
            let pos = e.span.start;
            let offset = source.offset_of(pos.line.max(1), pos.col.max(1));
            // The parser stops before the whitespace that precedes the bad value.
            let rest = &text[offset.min(text.len())..];
            let offset = offset + (rest.len() - rest.trim_start().len());
            let (line, column) = source.line_col(offset);
            let at_end = offset >= text.len() && !text.trim().is_empty();
            ProgrammeError {
                path: path.to_path_buf(),
                line,
                column,
                message: format!(
                    "malformed programme: {}{}",
                    e.code,
                    if at_end {
                        " at the end of the file"
                    } else {
                        ""
                    }
                ),
                help: help_for(&e.code, at_end),
            }
        })?;
    if programme.format > PROGRAMME_FORMAT {
        return Err(ProgrammeError {
            path: path.to_path_buf(),
            line: 0,
            column: 0,
            message: format!(
                "programme format {} is newer than this build of callcoach reads (1 to \
                 {PROGRAMME_FORMAT})",
                programme.format
            ),
            help: "edit it with the version of callcoach that wrote it".into(),
        });
    }
    Ok(programme)
}

fn help_for(code: &ron::Error, at_end: bool) -> String {
    use ron::Error as E;
    if at_end {
        return "the file ends too early: a bracket or parenthesis is not closed".into();
    }
    match code {
        E::NoSuchStructField { .. } | E::MissingStructField { .. } => {
            "check the field against docs/programme.md".into()
        }
        E::NoSuchEnumVariant { .. } => "use one of the names listed in the message".into(),
        E::ExpectedString | E::ExpectedStringEnd => {
            "text values need double quotes: \"like this\"".into()
        }
        E::Message(m) if m.contains("premature end") || m.contains("input contains invalid") => {
            "dates are \"YYYY-MM-DD\", times \"YYYY-MM-DDTHH:MM:SSZ\"".into()
        }
        _ => "fix the file at that position (docs/programme.md shows the format), or restore \
              it from a backup"
            .into(),
    }
}

/// The programme as RON text, as [`save`] writes it.
pub fn to_text(programme: &Programme) -> String {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(6)
        .struct_names(true)
        .indentor("  ".to_string());
    let mut text =
        ron::ser::to_string_pretty(programme, config).expect("a programme always serialises");
    text.push('\n');
    text
}

fn hash(text: Option<&str>) -> Option<[u8; 32]> {
    text.map(|t| Sha256::digest(t.as_bytes()).into())
}

/// Saves `ours` (edited from `base`, the programme this editor loaded) into the data folder,
/// merged with what is on disk now; see the module doc. The folder is created if missing.
pub fn save(data: &Path, base: &Programme, ours: &Programme) -> Result<Saved, String> {
    let path = programme_path(data);
    let shown = path.display().to_string();
    fs::create_dir_all(data).map_err(|e| format!("{}: cannot create: {e}", data.display()))?;
    let _lock = lock(data).map_err(|e| format!("{shown}: cannot lock for saving: {e}"))?;
    for _ in 0..RETRIES {
        let text = read_text(&path).map_err(|e| e.to_string())?;
        let theirs = match &text {
            Some(t) => parse(&path, t).map_err(|e| {
                format!(
                    "{e}\n  (not saved: the programme on disk has a mistake; fix it first so \
                     no one's changes are lost)"
                )
            })?,
            None => Programme::default(),
        };
        let (merged, conflicts) = merge::merge(base, &theirs, ours);
        let new_text = to_text(&merged);
        match write_if_unchanged(data, &path, hash(text.as_deref()), &new_text) {
            Ok(true) => {
                return Ok(Saved {
                    programme: merged,
                    conflicts,
                });
            }
            Ok(false) => continue,
            Err(e) => return Err(format!("{shown}: cannot save: {e}")),
        }
    }
    Err(format!(
        "{shown}: the file kept changing while saving; nothing was written, try again"
    ))
}

/// Holds `<data>/programme.lock` exclusively until dropped (created without following a link).
fn lock(data: &Path) -> io::Result<File> {
    let path = data.join(LOCK_FILE);
    let file = match store::create_new_file(&path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            store::open_regular(&path, 0, true)
                .map_err(|e| io::Error::other(format!("{}: {e}", path.display())))?
        }
        Err(e) => return Err(e),
    };
    file.lock()?;
    Ok(file)
}

/// Writes `text` to a temporary file and renames it over `path` if the file's hash is still
/// `expected` (`None`: no file); `Ok(false)` when it changed.
fn write_if_unchanged(
    data: &Path,
    path: &Path,
    expected: Option<[u8; 32]>,
    text: &str,
) -> io::Result<bool> {
    let (tmp, mut f) = loop {
        let tmp = data.join(format!(".programme.{}.tmp", store::unique_suffix()));
        match store::create_new_file(&tmp) {
            Ok(f) => break (tmp, f),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    };
    let done = (|| {
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        drop(f);
        let now = match read_text(path) {
            Ok(t) => hash(t.as_deref()),
            Err(e) => return Err(io::Error::other(e.message)),
        };
        if now != expected {
            return Ok(false);
        }
        fs::rename(&tmp, path)?;
        Ok(true)
    })();
    if !matches!(done, Ok(true)) {
        let _ = fs::remove_file(&tmp);
    }
    if done? {
        store::sync_dir(data)?;
        return Ok(true);
    }
    Ok(false)
}
