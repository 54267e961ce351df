//! Drill records in the data folder (`<data>/drills/<id>.json`): written atomically and
//! signed as records are ([`crate::records::store`]), read back each verified against the
//! library, with every unreadable or untrusted file named rather than hidden.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::compile::CompiledScenario;
use crate::drill::record::{DRILL_FORMAT, DrillRecord, verify_drill};
use crate::records::seal::CohortKey;
use crate::records::store::{self, RECORD_CAP};

/// Where finished drills live under the data folder.
pub fn drills_dir(data: &Path) -> PathBuf {
    data.join("drills")
}

/// Signs a drill with the data folder's cohort key (created with the first record if need
/// be) and writes it atomically, never over another file. Returns its path.
pub fn write_drill(data: &Path, rec: &DrillRecord) -> io::Result<PathBuf> {
    let dir = drills_dir(data);
    store::real_dir(&dir)?;
    let mut signed = rec.clone();
    signed.sign(&CohortKey::read_or_create(data)?);
    let json = serde_json::to_vec(&signed).map_err(io::Error::other)?;
    store::write_new_json(&dir, &signed.id, &json)
}

/// Parses a drill file's bytes (a format this build knows).
pub fn parse_drill(bytes: &[u8]) -> Result<DrillRecord, String> {
    let rec: DrillRecord =
        serde_json::from_slice(bytes).map_err(|e| format!("not a valid drill record: {e}"))?;
    match rec.format {
        1..=DRILL_FORMAT => Ok(rec),
        f => Err(format!(
            "drill format {f} is not one this build of callcoach reads (1 to {DRILL_FORMAT})"
        )),
    }
}

/// The drills of a data folder: those that verify, oldest first, and every file that does
/// not, with why (a file that cannot be read or parsed, a bad MAC, an edited transcript, a
/// scenario version no longer in the library).
#[derive(Debug, Default)]
pub struct Drills {
    /// Verified drill records, by start.
    pub trusted: Vec<DrillRecord>,
    /// Files skipped, with the reason.
    pub skipped: Vec<(PathBuf, String)>,
}

/// Reads and checks every drill of the data folder. An unlistable `drills/` is an error.
pub fn load_drills(
    data: &Path,
    scenarios: &BTreeMap<String, Arc<CompiledScenario>>,
) -> Result<Drills, String> {
    let files = store::json_files(&drills_dir(data), "drills")?;
    let mut out = Drills::default();
    if files.is_empty() {
        return Ok(out);
    }
    let key = CohortKey::read(data).ok().flatten();
    for path in files {
        let read = store::read_capped(&path, RECORD_CAP)
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(|bytes| parse_drill(&bytes));
        let rec = match read {
            Ok(rec) => rec,
            Err(why) => {
                out.skipped.push((path, why));
                continue;
            }
        };
        let v = verify_drill(&rec, scenarios.get(&rec.meta.scenario), key.as_ref());
        if v.is_trusted() {
            out.trusted.push(rec);
        } else {
            out.skipped.push((
                path,
                crate::cohort::report::note_of(
                    &v,
                    &rec.meta.scenario,
                    rec.meta.version,
                    rec.format,
                ),
            ));
        }
    }
    out.trusted.sort_by(|a, b| {
        a.meta
            .started_at
            .cmp(&b.meta.started_at)
            .then(a.id.cmp(&b.id))
    });
    Ok(out)
}
