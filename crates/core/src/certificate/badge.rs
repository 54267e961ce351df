//! A certificate as an Open Badges 3.0 `OpenBadgeCredential` (a W3C Verifiable Credential 2.0
//! document), for programmes that keep badges. Which fields are filled, and what the
//! credential does not prove (it carries no VC `proof`): docs/certificates.md.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Certificate;
use crate::content::l10n::{Localiser, n, s};

/// The W3C Verifiable Credentials 2.0 context.
pub const VC_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
/// The Open Badges 3.0 context.
pub const OB_CONTEXT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
/// The credential's property carrying the callcoach certificate itself (outside the OB
/// vocabulary: a JSON-LD processor drops it; `certificate verify` reads it).
pub const EXTENSION: &str = "callcoachCertificate";
/// The data folder's issuer profile, optional.
pub const ISSUER_FILE: &str = "badge-issuer.json";

/// The issuer's profile (`<data>/badge-issuer.json`: `{"id": "https://…", "name": "…"}`, an
/// optional `url` and `email`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issuer {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

impl Default for Issuer {
    fn default() -> Issuer {
        Issuer {
            id: "urn:callcoach:issuer:local".into(),
            name: "callcoach training programme".into(),
            url: None,
            email: None,
        }
    }
}

impl Issuer {
    /// The data folder's issuer, the default when it has no file; a file that does not parse
    /// is an error naming it, its line and column.
    pub fn of(data: &Path) -> Result<Issuer, String> {
        let path = data.join(ISSUER_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text).map_err(|e| {
                format!(
                    "{}:{}:{}: not an issuer profile ({{\"id\": …, \"name\": …}}): {e}",
                    path.display(),
                    e.line(),
                    e.column()
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Issuer::default()),
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    }
}

/// The credential's id: a UUID v5 of the certificate's code, so the same certificate always
/// has the same id.
fn credential_id(cert: &Certificate) -> String {
    let ns = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, b"urn:callcoach:certificate");
    format!("urn:uuid:{}", uuid::Uuid::new_v5(&ns, cert.code.as_bytes()))
}

/// The `OpenBadgeCredential` of a certificate, its text in the certificate's language.
pub fn credential(cert: &Certificate, issuer: &Issuer, loc: &Localiser) -> serde_json::Value {
    let lang = cert.language.as_str();
    let titles: Vec<String> = cert
        .steps
        .iter()
        .map(|st| loc.scenario_title(lang, &st.scenario))
        .collect();
    let evidence: Vec<serde_json::Value> = cert
        .steps
        .iter()
        .zip(&titles)
        .map(|(st, title)| {
            let mode = loc.t(
                lang,
                &format!("cert-mode-{}", super::pdf::mode_key(st.mode)),
            );
            serde_json::json!({
                "id": format!("urn:callcoach:record:{}", st.record),
                "type": ["Evidence"],
                "name": title,
                "narrative": loc.ta(lang, "cert-evidence", &[
                    ("score", n(st.overall)),
                    ("mode", s(mode)),
                    ("date", s(loc.date(lang, st.started_at.date_naive()))),
                ]),
            })
        })
        .collect();
    let mut profile = serde_json::json!({
        "id": issuer.id,
        "type": ["Profile"],
        "name": issuer.name,
    });
    if let Some(url) = &issuer.url {
        profile["url"] = url.clone().into();
    }
    if let Some(email) = &issuer.email {
        profile["email"] = email.clone().into();
    }
    serde_json::json!({
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": credential_id(cert),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": profile,
        "validFrom": cert.issued_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "name": cert.track_title,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{
                "type": "IdentityObject",
                "hashed": false,
                "identityHash": cert.trainee,
                "identityType": "name",
            }],
            "achievement": {
                "id": format!("urn:callcoach:track:{}", cert.track),
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": cert.track_title,
                "description": loc.ta(lang, "cert-badge-description", &[("track", s(cert.track_title.clone()))]),
                "criteria": {
                    "narrative": loc.ta(lang, "cert-badge-criteria", &[("scenarios", s(titles.join(", ")))]),
                },
                "inLanguage": lang,
            },
        },
        "evidence": evidence,
        EXTENSION: cert,
    })
}

/// Whether a badge's own fields say what the certificate it carries says: the credential made
/// again from that certificate (with the badge's issuer) must be the badge, so an edited
/// score in an evidence narrative or a renamed track is caught.
pub fn matches(badge: &serde_json::Value, cert: &Certificate, loc: &Localiser) -> bool {
    let issuer: Option<Issuer> = badge
        .get("issuer")
        .and_then(|i| serde_json::from_value(i.clone()).ok());
    issuer.is_some_and(|issuer| credential(cert, &issuer, loc) == *badge)
}
