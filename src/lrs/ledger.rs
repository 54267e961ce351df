//! The ledger of one LRS: the ids of the statements it confirmed, one a line, in
//! `<data>/xapi-sent/<host>-<hash>.log`, so that a later run to the same LRS sends nothing
//! twice and a run to another LRS sends everything.
//!
//! **Which LRS.** The file is named by the endpoint without credentials, normalised (scheme
//! and host in lower case, no default port, no trailing `/`), and the user name, if any: one
//! endpoint can front several stores, one per credential (Learning Locker's stores work so).
//! The password never enters it, so changing a password keeps the ledger. The name is the
//! host's slug (readable in a listing) and 12 hex digits of the SHA-256 of that identity.
//!
//! **The single ledger of earlier versions** (`<data>/xapi-sent.log`, shared by every LRS)
//! does not say which LRS confirmed its ids, so it is not read: after a failed send to one
//! LRS it made a second one skip statements it never had. [`retire_legacy_ledger`] moves it
//! once into the ledger folder as `legacy-unattributed.log`, where no LRS reads it. The first
//! run to each LRS then sends everything again; an LRS that holds a statement already
//! answers 204 (or leaves its id out of a 200) and stores nothing twice, and the summary
//! counts those.
//!
//! **Nothing outside the data folder.** The folder and the files are opened without following
//! links.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use callcoach_core::records::store;
use sha2::{Digest, Sha256};

use super::Lrs;

/// The folder of the ledgers, one file per LRS, under the data folder.
pub const LEDGER_DIR: &str = "xapi-sent";
/// The one ledger of callcoach before ledgers per LRS (read by none since).
pub const LEGACY_LEDGER: &str = "xapi-sent.log";
/// What the legacy ledger is renamed to in [`LEDGER_DIR`].
const RETIRED: &str = "legacy-unattributed";

/// The largest ledger read (a statement id is 37 bytes: over a million statements).
const LEDGER_CAP: u64 = 64 << 20;

/// The ledger of `lrs` in the data folder `data`.
pub fn ledger_for(data: &Path, lrs: &Lrs) -> PathBuf {
    data.join(LEDGER_DIR).join(ledger_name(lrs))
}

/// `<slug of host and port>-<12 hex digits of the identity's SHA-256>.log`.
fn ledger_name(lrs: &Lrs) -> String {
    let identity = identity(&lrs.endpoint, lrs.user.as_deref());
    let digest = Sha256::digest(identity.as_bytes());
    let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{hex}.log", host_slug(&normalise(&lrs.endpoint)))
}

/// The endpoint as the ledger knows it, and the user on a line of its own.
fn identity(endpoint: &str, user: Option<&str>) -> String {
    match user {
        Some(u) => format!("{}\n{u}", normalise(endpoint)),
        None => normalise(endpoint),
    }
}

/// `HTTP://LRS.Example:443/xAPI/` and `http://lrs.example/xAPI` alike: scheme and host in
/// lower case, the scheme's default port dropped, no trailing `/`. The path keeps its case
/// (paths are case-sensitive).
fn normalise(endpoint: &str) -> String {
    let endpoint = endpoint.trim().trim_end_matches('/');
    let Some((scheme, rest)) = endpoint.split_once("://") else {
        return endpoint.to_string();
    };
    let scheme = scheme.to_ascii_lowercase();
    let split = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(split);
    let mut authority = authority.to_ascii_lowercase();
    let default = match scheme.as_str() {
        "http" => Some(":80"),
        "https" => Some(":443"),
        _ => None,
    };
    if let Some(port) = default.filter(|p| authority.ends_with(*p)) {
        authority.truncate(authority.len() - port.len());
    }
    format!("{scheme}://{authority}{tail}")
}

/// The host and port of a normalised endpoint as letters, digits and dashes (at most 48).
fn host_slug(normalised: &str) -> String {
    let rest = normalised.split_once("://").map_or(normalised, |(_, r)| r);
    let host = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    let mut slug = String::new();
    for c in host.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_matches('-').chars().take(48).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "lrs".to_string()
    } else {
        slug.to_string()
    }
}

/// Makes sure the ledger's folder is a real folder (created if missing, one level only: the
/// data folder must exist), never a link to somewhere else.
fn ready_folder(folder: &Path) -> Result<(), String> {
    match std::fs::symlink_metadata(folder) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(m) if m.file_type().is_symlink() => Err(format!(
            "{}: the ledger folder is a symbolic link, which is not followed",
            folder.display()
        )),
        Ok(_) => Err(format!(
            "{}: the ledger folder is not a folder",
            folder.display()
        )),
        Err(e) if e.kind() == io::ErrorKind::NotFound => std::fs::create_dir(folder)
            .map_err(|e| format!("{}: cannot create the ledger folder: {e}", folder.display())),
        Err(e) => Err(format!(
            "{}: cannot open the ledger folder: {e}",
            folder.display()
        )),
    }
}

/// The ids a ledger lists (none when it does not exist yet); its folder is made ready.
pub(super) fn read(ledger: &Path) -> Result<std::collections::HashSet<String>, String> {
    if let Some(folder) = ledger.parent().filter(|p| !p.as_os_str().is_empty()) {
        ready_folder(folder)?;
    }
    Ok(store::read_log(ledger, LEDGER_CAP)
        .map_err(|e| format!("{}: cannot read the ledger: {e}", ledger.display()))?
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect())
}

/// Appends confirmed ids and syncs them; a new ledger starts with a line naming its LRS.
pub(super) fn append<'a>(
    ledger: &Path,
    endpoint: &str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<(), String> {
    let fail = |e: io::Error| format!("{}: cannot write the ledger: {e}", ledger.display());
    let mut file = store::open_log_for_append(ledger).map_err(fail)?;
    let mut lines = String::new();
    if file.metadata().map_err(fail)?.len() == 0 {
        lines.push_str(&format!(
            "# ids of the xAPI statements {endpoint} confirmed (callcoach)\n"
        ));
    }
    for id in ids {
        lines.push_str(id);
        lines.push('\n');
    }
    file.write_all(lines.as_bytes())
        .and_then(|_| file.sync_data())
        .map_err(fail)
}

/// Moves the single ledger of earlier versions (if it is a regular file) into the ledger
/// folder, where no LRS reads it; the note to show when it did. A link there is left alone
/// and never read.
pub fn retire_legacy_ledger(data: &Path) -> Result<Option<String>, String> {
    let old = data.join(LEGACY_LEDGER);
    match std::fs::symlink_metadata(&old) {
        Ok(m) if m.is_file() => {}
        Ok(_) => return Ok(None),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("{}: {e}", old.display())),
    }
    let folder = data.join(LEDGER_DIR);
    ready_folder(&folder)?;
    let new = (1..)
        .map(|n| match n {
            1 => folder.join(format!("{RETIRED}.log")),
            n => folder.join(format!("{RETIRED}-{n}.log")),
        })
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .expect("a free name");
    std::fs::rename(&old, &new).map_err(|e| {
        format!(
            "{}: cannot move the old ledger to {}: {e}",
            old.display(),
            new.display()
        )
    })?;
    Ok(Some(format!(
        "the ledger of an earlier callcoach, {} (one for every LRS, so it cannot say which LRS \
         holds what), is moved to {} and no longer read: each LRS now has its own ledger in {}. \
         This first run sends every statement again; an LRS that holds one already stores it \
         only once.",
        old.display(),
        new.display(),
        folder.display()
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lrs(url: &str, user: Option<&str>, password: Option<&str>) -> Lrs {
        Lrs::new(url, user.map(String::from), password.map(String::from))
    }

    #[test]
    fn one_lrs_written_several_ways_has_one_ledger() {
        let data = Path::new("/data");
        let a = ledger_for(data, &lrs("http://127.0.0.1:8100/xAPI", None, None));
        for same in [
            "HTTP://127.0.0.1:8100/xAPI/",
            "http://127.0.0.1:8100/xAPI",
            " http://127.0.0.1:8100/xAPI// ",
        ] {
            assert_eq!(ledger_for(data, &lrs(same, None, None)), a, "{same}");
        }
        let name = a.file_name().unwrap().to_str().unwrap().to_string();
        assert!(name.starts_with("127-0-0-1-8100-"), "{name}");
        assert_eq!(name.len(), "127-0-0-1-8100-".len() + 12 + ".log".len());
        assert_eq!(a.parent().unwrap(), data.join("xapi-sent"));
        assert_eq!(
            ledger_for(data, &lrs("https://LRS.example:443/xapi", None, None)),
            ledger_for(data, &lrs("https://lrs.example/xapi", None, None))
        );
    }

    #[test]
    fn another_port_path_or_user_is_another_ledger_but_a_new_password_is_not() {
        let data = Path::new("/d");
        let base = ledger_for(
            data,
            &lrs("https://lrs.example/xapi", Some("coord"), Some("pw-one")),
        );
        for other in [
            lrs(
                "https://lrs.example:8443/xapi",
                Some("coord"),
                Some("pw-one"),
            ),
            lrs("https://lrs.example/other", Some("coord"), Some("pw-one")),
            lrs("https://lrs.example/XAPI", Some("coord"), Some("pw-one")),
            lrs("http://lrs.example/xapi", Some("coord"), Some("pw-one")),
            lrs("https://lrs.example/xapi", Some("site-2"), Some("pw-one")),
            lrs("https://lrs.example/xapi", None, None),
        ] {
            assert_ne!(ledger_for(data, &other), base, "{other:?}");
        }
        // The same user written in the URL, or with a new password: the same LRS.
        assert_eq!(
            ledger_for(
                data,
                &lrs("https://coord:pw-two@lrs.example/xapi", None, None)
            ),
            base
        );
        let name = base.to_str().unwrap();
        assert!(!name.contains("coord") && !name.contains("pw-"), "{name}");
    }

    #[test]
    fn host_slugs_are_short_ascii_and_never_empty() {
        assert_eq!(host_slug("https://lrs.example.org"), "lrs-example-org");
        assert_eq!(host_slug("http://[::1]:8080/x"), "1-8080");
        assert_eq!(host_slug("no scheme"), "no-scheme");
        assert_eq!(host_slug("http:///path"), "lrs");
        assert_eq!(host_slug(&format!("http://{}", "a.".repeat(60))).len(), 47);
    }

    #[test]
    fn the_legacy_ledger_is_moved_once_and_never_overwrites() {
        let data = tempfile::tempdir().unwrap();
        assert_eq!(retire_legacy_ledger(data.path()).unwrap(), None);
        std::fs::write(data.path().join(LEGACY_LEDGER), "id-1\n").unwrap();
        let note = retire_legacy_ledger(data.path()).unwrap().expect("a note");
        assert!(note.contains("legacy-unattributed.log"), "{note}");
        assert!(!data.path().join(LEGACY_LEDGER).exists());
        std::fs::write(data.path().join(LEGACY_LEDGER), "id-2\n").unwrap();
        retire_legacy_ledger(data.path()).unwrap().expect("a note");
        let folder = data.path().join(LEDGER_DIR);
        let read = |n: &str| std::fs::read_to_string(folder.join(n)).unwrap();
        assert_eq!(read("legacy-unattributed.log"), "id-1\n");
        assert_eq!(read("legacy-unattributed-2.log"), "id-2\n");
        assert_eq!(retire_legacy_ledger(data.path()).unwrap(), None);
    }

    #[test]
    fn a_linked_ledger_folder_is_refused() {
        let data = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), data.path().join(LEDGER_DIR)).unwrap();
        let ledger = ledger_for(data.path(), &lrs("http://h/x", None, None));
        let err = read(&ledger).unwrap_err();
        assert!(err.ends_with("the ledger folder is a symbolic link, which is not followed"));
        std::fs::write(data.path().join(LEGACY_LEDGER), "id\n").unwrap();
        assert!(retire_legacy_ledger(data.path()).is_err());
        assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_new_ledger_names_its_lrs_on_a_comment_line_read_as_no_id() {
        let data = tempfile::tempdir().unwrap();
        let ledger = data.path().join(LEDGER_DIR).join("x.log");
        assert!(read(&ledger).unwrap().is_empty());
        append(&ledger, "http://h/x", ["a", "b"].into_iter()).unwrap();
        append(&ledger, "http://h/x", ["c"].into_iter()).unwrap();
        let text = std::fs::read_to_string(&ledger).unwrap();
        assert_eq!(
            text,
            "# ids of the xAPI statements http://h/x confirmed (callcoach)\na\nb\nc\n"
        );
        let ids = read(&ledger).unwrap();
        assert_eq!(ids.len(), 3);
        assert!(ids.contains("a") && ids.contains("c"));
    }

    #[test]
    fn a_linked_ledger_file_is_neither_read_nor_written() {
        let data = tempfile::tempdir().unwrap();
        let victim = data.path().join("victim.txt");
        std::fs::write(&victim, "precious").unwrap();
        std::fs::create_dir(data.path().join(LEDGER_DIR)).unwrap();
        let ledger = ledger_for(data.path(), &lrs("http://h/x", None, None));
        std::os::unix::fs::symlink(&victim, &ledger).unwrap();
        let err = read(&ledger).unwrap_err();
        assert!(
            err.ends_with("cannot read the ledger: it is a symbolic link, which is not followed"),
            "{err}"
        );
        assert!(append(&ledger, "http://h/x", ["a"].into_iter()).is_err());
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    }
}
