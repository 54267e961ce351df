//! Reading files that someone else may have planted: only regular files, never more than a
//! cap, never blocking on a FIFO.
//!
//! The library loader reads every `.ron` and `.ftl` file through [`read_capped`]; the data
//! folder's readers (records, journals) can use the same functions.
//!
//! What the functions guarantee:
//! - The path's type is checked *before* it is opened (`metadata`, or `symlink_metadata` for
//!   the no-follow variant): a FIFO, socket, device or folder is refused with
//!   [`ReadError::NotRegular`] and never opened (opening a FIFO for reading blocks until a
//!   writer comes).
//! - It is opened with `O_NONBLOCK` (so a FIFO swapped in after the check still does not
//!   block) and `O_CLOEXEC`, and, for [`read_capped_no_follow`], `O_NOFOLLOW`; the opened
//!   handle is checked again (`fstat`): a regular file, no larger than the cap.
//! - At most `cap + 1` bytes are ever read (`take`), so `/dev/zero` behind a link or a file
//!   that grows while it is read ends in [`ReadError::TooLarge`], not in an allocation of
//!   everything.

use std::fs::{File, Metadata, OpenOptions};
use std::io::Read;
use std::path::Path;

/// The largest `.ron` or `.ftl` file the library loader reads: 4 MiB (the largest shipped
/// file is well under 100 KiB). Listed in docs/scenario-format.md.
pub const MAX_CONTENT_FILE: u64 = 4 * 1024 * 1024;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// Not a regular file: `kind` says what it is ("a FIFO", "a socket", "a device", "a folder").
    NotRegular { kind: &'static str },
    /// Larger than `cap` bytes (by its size, or by what could be read from it).
    TooLarge { cap: u64 },
    /// A symbolic link where [`read_capped_no_follow`] wants the file itself.
    Symlink,
    /// The file could not be opened or read (missing, no permission, an I/O error).
    Io(std::io::Error),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::NotRegular { kind } => write!(f, "not a regular file ({kind})"),
            ReadError::TooLarge { cap } => {
                write!(f, "larger than the limit of {}", human_size(*cap))
            }
            ReadError::Symlink => write!(f, "a symbolic link, not the file itself"),
            ReadError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ReadError {}

impl From<std::io::Error> for ReadError {
    fn from(e: std::io::Error) -> Self {
        ReadError::Io(e)
    }
}

/// A size in words: "4 MiB", "512 KiB", "100 bytes".
pub fn human_size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= 1024 && bytes.is_multiple_of(1024) {
        format!("{} KiB", bytes / 1024)
    } else {
        format!("{bytes} bytes")
    }
}

/// What a non-regular file is, in words ("a FIFO", "a socket", "a device", "a folder").
pub fn kind_of(meta: &Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_file() {
        return "a regular file";
    }
    if t.is_dir() {
        return "a folder";
    }
    if t.is_symlink() {
        return "a symbolic link";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "a device";
        }
    }
    "not a file"
}

/// Reads the regular file at `path` (a symbolic link is followed to its target), at most
/// `cap` bytes. See the module doc for what is checked before and after opening.
pub fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular {
            kind: kind_of(&meta),
        });
    }
    read_opened(open(path, false)?, cap)
}

/// As [`read_capped`], but a symbolic link at `path` itself is refused
/// ([`ReadError::Symlink`]), before opening (`symlink_metadata`) and when opening
/// (`O_NOFOLLOW`). For files in a folder others can write (records, journals).
pub fn read_capped_no_follow(path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    let meta = std::fs::symlink_metadata(path)?;
    if meta.file_type().is_symlink() {
        return Err(ReadError::Symlink);
    }
    if !meta.is_file() {
        return Err(ReadError::NotRegular {
            kind: kind_of(&meta),
        });
    }
    let file = match open(path, true) {
        Ok(f) => f,
        // ELOOP: the path became a link between the check and the open.
        #[cfg(unix)]
        Err(e) if e.raw_os_error() == Some(libc::ELOOP) => return Err(ReadError::Symlink),
        Err(e) => return Err(e.into()),
    };
    read_opened(file, cap)
}

/// Opens for reading without blocking on a FIFO and, with `no_follow`, without following a
/// final symbolic link.
fn open(path: &Path, no_follow: bool) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let mut flags = libc::O_NONBLOCK | libc::O_CLOEXEC;
        if no_follow {
            flags |= libc::O_NOFOLLOW;
        }
        options.custom_flags(flags);
    }
    #[cfg(not(unix))]
    let _ = no_follow;
    options.open(path)
}

/// The opened handle must be a regular file no larger than `cap`; reads at most `cap + 1`
/// bytes to tell.
fn read_opened(file: File, cap: u64) -> Result<Vec<u8>, ReadError> {
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular {
            kind: kind_of(&meta),
        });
    }
    if meta.len() > cap {
        return Err(ReadError::TooLarge { cap });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(cap.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(ReadError::TooLarge { cap });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_small_file_and_refuses_a_large_one() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.ron");
        std::fs::write(&p, b"12345").unwrap();
        assert_eq!(read_capped(&p, 5).unwrap(), b"12345");
        assert!(matches!(
            read_capped(&p, 4),
            Err(ReadError::TooLarge { cap: 4 })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn dev_zero_is_not_read() {
        // A character device: refused before it is opened.
        let e = read_capped(Path::new("/dev/zero"), 10).unwrap_err();
        assert_eq!(e.to_string(), "not a regular file (a device)");
    }

    #[cfg(unix)]
    #[test]
    fn a_link_is_followed_or_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.ron");
        std::fs::write(&p, b"x").unwrap();
        let l = dir.path().join("l.ron");
        std::os::unix::fs::symlink(&p, &l).unwrap();
        assert_eq!(read_capped(&l, 10).unwrap(), b"x");
        assert!(matches!(
            read_capped_no_follow(&l, 10),
            Err(ReadError::Symlink)
        ));
        assert_eq!(read_capped_no_follow(&p, 10).unwrap(), b"x");
    }

    #[test]
    fn sizes_in_words() {
        assert_eq!(human_size(4 * 1024 * 1024), "4 MiB");
        assert_eq!(human_size(2048), "2 KiB");
        assert_eq!(human_size(100), "100 bytes");
    }
}
