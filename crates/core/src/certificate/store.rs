//! Issued certificates in the data folder (`<data>/certificates/<short code>.json`), so a code
//! typed from a printed page finds its certificate, and reading a certificate back from a
//! file: a certificate's own JSON or the Open Badges credential that carries it.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Certificate, badge, normalise_code};

/// The largest certificate or badge file read (a certificate of hundreds of steps is far less).
pub const MAX_FILE: u64 = 4 * 1024 * 1024;

/// The folder of issued certificates.
pub fn dir(data: &Path) -> PathBuf {
    data.join("certificates")
}

/// Writes `text` to `path` whole or not at all: a new temporary file beside it, synced,
/// renamed over.
pub fn write_atomic(path: &Path, text: &[u8]) -> std::io::Result<()> {
    let parent = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = parent.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(text)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// Keeps an issued certificate in the data folder; returns where.
pub fn keep(data: &Path, cert: &Certificate) -> Result<PathBuf, String> {
    let path = dir(data).join(format!("{}.json", normalise_code(&cert.short_code())));
    let text = serde_json::to_vec_pretty(cert).expect("a certificate serialises");
    write_atomic(&path, &text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// The certificate a printed code names, from the data folder.
pub fn find_by_code(data: &Path, code: &str) -> Result<Certificate, String> {
    let code = normalise_code(code);
    if code.len() != 16 || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(format!(
            "\"{code}\" is not a certificate code (16 letters and digits, as XXXX-XXXX-XXXX-XXXX)"
        ));
    }
    let path = dir(data).join(format!("{code}.json"));
    if !path.exists() {
        return Err(format!(
            "no certificate with code {code} was issued from this data folder ({} has none)",
            dir(data).display()
        ));
    }
    let cert = read(&path)?;
    if normalise_code(&cert.short_code()) != code {
        return Err(format!(
            "{}: holds a certificate whose code is not {code}",
            path.display()
        ));
    }
    Ok(cert)
}

/// A certificate from a file: its own JSON, or an Open Badges credential carrying it
/// ([`badge::EXTENSION`]). Errors name the file, and the line and column of bad JSON.
pub fn read(path: &Path) -> Result<Certificate, String> {
    read_any(path).map(|(c, _)| c)
}

/// [`read`], with the badge the certificate came in (when it came in one).
pub fn read_any(path: &Path) -> Result<(Certificate, Option<serde_json::Value>), String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if !meta.is_file() {
        return Err(format!("{}: not a regular file", path.display()));
    }
    if meta.len() > MAX_FILE {
        return Err(format!(
            "{}: {} bytes, more than a certificate can be ({MAX_FILE})",
            path.display(),
            meta.len()
        ));
    }
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}:{e}", path.display()))
}

/// [`read_any`] on text; an error starts with `line:col: `.
pub fn parse(text: &str) -> Result<(Certificate, Option<serde_json::Value>), String> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| format!("{}:{}: not JSON: {e}", e.line(), e.column()))?;
    let (inner, badge) = match value.get(badge::EXTENSION) {
        Some(inner) => (inner.clone(), Some(value)),
        None => (value, None),
    };
    let cert = serde_json::from_value(inner)
        .map_err(|e| format!("1:1: not a callcoach certificate nor a badge carrying one: {e}"))?;
    Ok((cert, badge))
}
