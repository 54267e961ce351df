//! `callcoach certificate issue` / `verify`: a certificate of a completed track (PDF, Open
//! Badges credential, and a copy kept in the data folder), and its check against the records.
//! What a certificate says and how it is checked is `callcoach_core::certificate`.

use std::io::Write;
use std::path::Path;

use callcoach_core::certificate::{self, TrackSpec, badge, from_programme, pdf, store as issued};
use callcoach_core::cohort::report::{self, LoadedRecord};
use callcoach_core::cohort::safe::terminal;
use callcoach_core::content::l10n::Localiser;
use callcoach_core::programme::file;
use callcoach_core::programme::model::Track;
use callcoach_core::programme::progress::Evidence;
use callcoach_core::records::seal::CohortKey;
use callcoach_core::records::store;

use super::library::compile_library_with;
use super::out::Out;
use super::{CertificateIssueArgs, CertificateVerifyArgs};

/// The data folder's key, or a message saying why there is none.
fn key(data: &Path) -> Result<CohortKey, String> {
    CohortKey::read(data)?.ok_or_else(|| {
        format!(
            "{} has no cohort key: no record was ever written there, so nothing can be \
             certified or verified",
            data.display()
        )
    })
}

/// Where a certificate's track comes from: the scenarios given on the command line (each
/// passed once), or else the programme file's track, judged by its steps' own rules.
enum Source<'p> {
    Given(TrackSpec),
    Programme(&'p Track),
}

impl Source<'_> {
    /// The spec the certificate is issued over, its title in `lang` unless --title says.
    fn spec(
        &self,
        args: &CertificateIssueArgs,
        lang: &str,
        records: &[&LoadedRecord],
    ) -> TrackSpec {
        match self {
            Source::Given(spec) => spec.clone(),
            Source::Programme(track) => TrackSpec {
                id: track.id.clone(),
                title: args
                    .title
                    .clone()
                    .unwrap_or_else(|| track.title_in(lang).to_string()),
                scenarios: records
                    .iter()
                    .map(|r| r.record.meta.scenario.clone())
                    .collect(),
            },
        }
    }
}

/// `certificate issue`; returns the exit status (1 when the track is not completed).
pub fn issue(library: Option<&Path>, data_dir: Option<&Path>, args: &CertificateIssueArgs) -> i32 {
    match try_issue(library, data_dir, args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", terminal(&e));
            1
        }
    }
}

fn try_issue(
    library: Option<&Path>,
    data_dir: Option<&Path>,
    args: &CertificateIssueArgs,
) -> Result<i32, String> {
    let data = store::data_dir(data_dir);
    store::existing_data_dir(&data)?;
    let Some((lib, compiled)) = compile_library_with(library) else {
        return Ok(2);
    };
    let cases: Vec<_> = lib.cases.iter().map(|c| c.value.clone()).collect();
    let cohort = report::load_cohort(&data, &compiled, &cases);
    let key = key(&data)?;
    let programme;
    let (source, records) = if args.scenarios.is_empty() {
        programme = file::load(&data).map_err(|e| e.to_string())?.programme;
        let evidence = Evidence::of(&cohort, &compiled, &cases, false);
        let (track, records) = from_programme::completing(
            &programme,
            &args.track,
            &cohort,
            &evidence,
            &args.trainee,
            chrono::Utc::now(),
        )?;
        (Source::Programme(track), records)
    } else {
        let spec = TrackSpec {
            id: args.track.clone(),
            title: args.title.clone().unwrap_or_else(|| args.track.clone()),
            scenarios: args.scenarios.clone(),
        };
        let records = certificate::completing_records(&cohort, &args.trainee, &spec)?;
        (Source::Given(spec), records)
    };
    // The trainee's language: as asked, else that of their latest call on the track.
    let language = args.lang.clone().unwrap_or_else(|| {
        let latest = records
            .iter()
            .max_by_key(|r| r.record.meta.started_at)
            .map(|r| r.record.meta.locale.as_str())
            .unwrap_or("en");
        if latest.starts_with("pl") { "pl" } else { "en" }.to_string()
    });
    let track = source.spec(args, &language, &records);
    let cert = certificate::issue(
        &track,
        &args.trainee,
        &language,
        &records,
        &key,
        chrono::Utc::now(),
    );
    let loc = Localiser::new(&lib);
    let issuer = badge::Issuer::of(&data)?;
    let pdf_bytes = pdf::render(&cert, &loc)?;
    let credential = badge::credential(&cert, &issuer, &loc);
    let kept = issued::keep(&data, &cert)?;
    std::fs::create_dir_all(&args.out).map_err(|e| format!("{}: {e}", args.out.display()))?;
    let pdf_path = args.out.join("cert.pdf");
    let json_path = args.out.join("cert.json");
    issued::write_atomic(&pdf_path, &pdf_bytes)
        .map_err(|e| format!("{}: {e}", pdf_path.display()))?;
    let json = serde_json::to_vec_pretty(&credential).expect("a credential serialises");
    issued::write_atomic(&json_path, &json).map_err(|e| format!("{}: {e}", json_path.display()))?;
    let mut out = Out::stdout("the certificate");
    let _ = writeln!(out, "code: {}", cert.short_code());
    let _ = writeln!(out, "pdf: {}", terminal(&pdf_path.display().to_string()));
    let _ = writeln!(out, "badge: {}", terminal(&json_path.display().to_string()));
    let _ = writeln!(out, "kept: {}", terminal(&kept.display().to_string()));
    Ok(out.finish(0))
}

/// `certificate verify`; returns 0 for a valid certificate, 1 naming every problem otherwise.
pub fn verify(
    library: Option<&Path>,
    data_dir: Option<&Path>,
    args: &CertificateVerifyArgs,
) -> i32 {
    match try_verify(library, data_dir, args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", terminal(&e));
            1
        }
    }
}

fn try_verify(
    library: Option<&Path>,
    data_dir: Option<&Path>,
    args: &CertificateVerifyArgs,
) -> Result<i32, String> {
    let data = store::data_dir(data_dir);
    store::existing_data_dir(&data)?;
    let (cert, badge_json) = match (&args.file, &args.code) {
        (Some(file), None) => issued::read_any(file)?,
        (None, Some(code)) => (issued::find_by_code(&data, code)?, None),
        _ => return Err("give a certificate file or --code, one of them".into()),
    };
    let Some((lib, compiled)) = compile_library_with(library) else {
        return Ok(2);
    };
    let cases: Vec<_> = lib.cases.iter().map(|c| c.value.clone()).collect();
    let cohort = report::load_cohort(&data, &compiled, &cases);
    let key = key(&data)?;
    let mut problems = certificate::verify(&cert, &key, &cohort);
    if let Some(b) = &badge_json
        && !badge::matches(b, &cert, &Localiser::new(&lib))
    {
        problems.push(
            "the badge's own fields (name, achievement, evidence, dates) do not say what the \
             certificate it carries says: the badge was edited"
                .into(),
        );
    }
    if problems.is_empty() {
        let mut out = Out::stdout("the verification");
        let _ = writeln!(
            out,
            "valid: {} completed {} ({} scenario(s)), code {}",
            terminal(&cert.trainee),
            terminal(&cert.track),
            cert.steps.len(),
            cert.short_code()
        );
        return Ok(out.finish(0));
    }
    eprintln!("invalid certificate ({} problem(s)):", problems.len());
    for p in &problems {
        eprintln!("  {}", terminal(p));
    }
    Ok(1)
}
