//! Reading statements back from a Learning Record Store: `GET <endpoint>/statements`, page by
//! page through `more`, for a coordinator whose cohort lives in an LRS
//! (`callcoach_core::cohort::xapi_record` finds the records in them).
//!
//! Everything is fetched and sorted out here, not filtered by the LRS: Ralph's file backend
//! answers `verb=` and `activity=` queries with `[]`. The bounds are those of sending (the
//! same [`Lrs`]): a connect timeout, a timeout per request, tries within the deadline of a
//! batch per page, no redirects (they could carry the credentials elsewhere), a `more` link to
//! another host refused for the same reason, scrubbed errors; and a cap on the bytes read in
//! all ([`FETCH_CAP`]).

use callcoach_core::cohort::xapi_record::{self, Carried};
use serde_json::Value;

use super::{Lrs, http, secs};

/// The most bytes read from the LRS in one fetch (all pages together).
pub const FETCH_CAP: u64 = 1 << 30;

/// Statements asked for per page (an LRS may give fewer).
const PAGE: usize = 500;

/// The scheme, host and port of a URL (`http://127.0.0.1:8100`).
fn origin(url: &str) -> &str {
    let scheme_end = url.find("://").map_or(0, |i| i + 3);
    let rest = &url[scheme_end..];
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    &url[..scheme_end + end]
}

/// The URL of a `more` link: a path on the endpoint's origin, or a full URL of that origin.
fn next_url(lrs: &Lrs, more: &str) -> Result<String, String> {
    let home = origin(&lrs.endpoint);
    if more.contains("://") {
        if origin(more) == home {
            return Ok(more.to_string());
        }
        return Err(format!(
            "LRS {}: its `more` link leads to another host ({}); not followed, as it would \
             carry the credentials there",
            lrs.endpoint,
            origin(more)
        ));
    }
    Ok(format!("{home}/{}", more.trim_start_matches('/')))
}

/// Every statement the LRS gives for `GET <endpoint>/statements`, following `more`.
pub fn statements(lrs: &Lrs) -> Result<Vec<Value>, String> {
    statements_capped(lrs, FETCH_CAP)
}

/// [`statements`] with another cap on the bytes read.
pub fn statements_capped(lrs: &Lrs, cap: u64) -> Result<Vec<Value>, String> {
    let agent = http::agent(lrs.connect_timeout);
    let mut url = format!("{}/statements?limit={PAGE}", lrs.endpoint);
    let mut out = Vec::new();
    let mut read: u64 = 0;
    let mut pages = 0usize;
    loop {
        pages += 1;
        let body = page(lrs, &agent, &url, cap - read)?;
        read += body.len() as u64;
        let shown = lrs.scrub(&url);
        let json: Value = serde_json::from_str(&body).map_err(|e| {
            format!("LRS {shown}: the answer is not a statement result (JSON: {e})")
        })?;
        let Some(list) = json["statements"].as_array() else {
            return Err(format!(
                "LRS {shown}: the answer has no `statements` list (is this an xAPI endpoint?)"
            ));
        };
        let empty = list.is_empty();
        out.extend(list.iter().cloned());
        match json["more"].as_str() {
            // An LRS may offer a last empty page; an empty page ends it either way.
            Some(more) if !more.is_empty() && !empty => {
                let next = next_url(lrs, more)?;
                if next == url {
                    return Err(format!(
                        "LRS {shown}: its `more` link names the page just read; stopped after \
                         {pages} page(s)"
                    ));
                }
                url = next;
            }
            _ => return Ok(out),
        }
    }
}

/// The records the LRS's statements carry ([`xapi_record::extract`]).
pub fn records(lrs: &Lrs) -> Result<Vec<Carried>, String> {
    Ok(xapi_record::extract(&statements(lrs)?))
}

/// The dashboard's record source for an LRS endpoint: each load fetches every record again.
#[cfg(feature = "app")]
pub fn record_source(endpoint: &str) -> callcoach_app::screens::dashboard::source::RecordSource {
    let lrs = Lrs::from_env(endpoint);
    callcoach_app::screens::dashboard::source::RecordSource::new(lrs.endpoint.clone(), move || {
        records(&lrs)
    })
}

/// One page's body, with the tries and deadline of a batch; at most `left` bytes.
fn page(lrs: &Lrs, agent: &ureq::Agent, url: &str, left: u64) -> Result<String, String> {
    let shown = lrs.scrub(url);
    let mut retries = 0;
    http::bounded(lrs, &mut retries, |timeout| {
        let req = http::prepare(lrs, agent.get(url), timeout).header("Accept", "application/json");
        match req.call() {
            Ok(mut resp) if resp.status().is_success() => {
                match resp.body_mut().with_config().limit(left).read_to_string() {
                    Ok(text) => Ok(text),
                    Err(ureq::Error::BodyExceedsLimit(_)) => Err((
                        false,
                        format!(
                            "the statements pass the {} MiB read in one fetch; report on the \
                             data folders instead, or raise the cap",
                            FETCH_CAP >> 20
                        ),
                    )),
                    Err(e) => Err((true, lrs.describe(&e, timeout))),
                }
            }
            Ok(resp) if matches!(resp.status().as_u16(), 401 | 403) => Err((
                false,
                format!(
                    "the LRS refused the credentials ({}): set CALLCOACH_LRS_USER and \
                     CALLCOACH_LRS_PASSWORD to an account that may read statements",
                    resp.status()
                ),
            )),
            Ok(resp) if resp.status().is_redirection() => Err((
                false,
                format!(
                    "the LRS answered {} (a redirect, not followed: give the address it names)",
                    resp.status()
                ),
            )),
            Ok(resp) if resp.status().is_client_error() => Err((
                false,
                format!("the LRS refused the query: {}", resp.status()),
            )),
            Ok(resp) => Err((true, format!("the LRS answered {}", resp.status()))),
            Err(e) => Err((true, lrs.describe(&e, timeout))),
        }
    })
    .map_err(|f| {
        let gave_up = if f.out_of_time {
            format!(
                "; gave up at the {} s deadline for a page",
                secs(lrs.deadline)
            )
        } else {
            String::new()
        };
        format!(
            "LRS {shown}: {} (after {} attempt(s){gave_up})",
            f.why, f.attempts
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn more_links_stay_on_the_endpoint_s_host() {
        let lrs = Lrs::new("http://127.0.0.1:8100/xAPI", None, None);
        assert_eq!(
            next_url(&lrs, "/xAPI/statements?limit=500&search_after=x").unwrap(),
            "http://127.0.0.1:8100/xAPI/statements?limit=500&search_after=x"
        );
        assert_eq!(
            next_url(&lrs, "http://127.0.0.1:8100/xAPI/statements?p=2").unwrap(),
            "http://127.0.0.1:8100/xAPI/statements?p=2"
        );
        let err = next_url(&lrs, "http://evil.example/steal").unwrap_err();
        assert!(err.contains("another host (http://evil.example)"), "{err}");
        assert_eq!(origin("https://h:1/a?b"), "https://h:1");
    }

    #[test]
    fn an_lrs_that_never_answers_fails_the_fetch_in_bounded_time() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!("http://{}/xapi", listener.local_addr().expect("address"));
        let mut lrs = Lrs::new(&url, Some("coord".into()), Some("hunter22".into()));
        lrs.request_timeout = Duration::from_millis(300);
        lrs.deadline = Duration::from_millis(700);
        lrs.backoff = Duration::from_millis(50);
        let started = Instant::now();
        let err = statements(&lrs).expect_err("a silent LRS is an error");
        assert!(started.elapsed() < Duration::from_secs(3));
        assert!(
            err.starts_with(&format!("LRS {url}/statements?limit=")),
            "{err}"
        );
        assert!(err.contains("no answer within the "), "{err}");
        assert!(!err.contains("hunter22"), "{err}");
    }
}
