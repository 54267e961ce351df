//! The one way callcoach makes an HTTP request to an LRS or an LMS: [`agent`] (the connect
//! timeout, no redirects, every status an answer), [`prepare`] (a try's timeout, the xAPI
//! version, the `Authorization` header) and [`bounded`] (tries again within the bounds of an
//! [`Lrs`]: its attempts, backoff and deadline). Sending statements, reading them back and
//! the cmi5 launch's requests all go through here.

use std::time::{Duration, Instant};

use callcoach_core::cohort::xapi::XAPI_VERSION;

use super::Lrs;

/// An agent that connects within `connect`, follows no redirect (one could carry the
/// credentials or a token to another host: the caller says so instead) and hands every
/// status back as an answer.
pub fn agent(connect: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_connect(Some(connect))
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into()
}

/// A request to `lrs` with a try's `timeout`, the xAPI version header and the LRS's
/// `Authorization`, if any.
pub fn prepare<B>(
    lrs: &Lrs,
    req: ureq::RequestBuilder<B>,
    timeout: Duration,
) -> ureq::RequestBuilder<B> {
    let mut req = req
        .config()
        .timeout_per_call(Some(timeout))
        .build()
        .header("X-Experience-API-Version", XAPI_VERSION);
    if let Some(auth) = &lrs.authorization {
        req = req.header("Authorization", auth);
    }
    req
}

/// Why a [`bounded`] request failed.
#[derive(Debug)]
pub struct Failure {
    /// The last try's failure in words (scrubbed by the caller).
    pub why: String,
    /// Whether that failure was one worth trying again (a busy or silent LRS).
    pub retryable: bool,
    /// How many tries were made.
    pub attempts: u32,
    /// Whether the deadline, not the number of attempts or a final answer, stopped it.
    pub out_of_time: bool,
}

/// Runs `once` (given the try's timeout, never past the deadline) until it succeeds or fails
/// for good (`Err((false, why))`), or until `lrs.attempts` tries or `lrs.deadline` are used
/// up, sleeping `lrs.backoff`, doubled each time, between tries. `retries` counts the tries
/// that were tried again.
pub fn bounded<T>(
    lrs: &Lrs,
    retries: &mut u32,
    mut once: impl FnMut(Duration) -> Result<T, (bool, String)>,
) -> Result<T, Failure> {
    let started = Instant::now();
    let mut wait = lrs.backoff;
    let mut attempts = 0;
    loop {
        attempts += 1;
        let timeout = lrs
            .request_timeout
            .min(lrs.deadline.saturating_sub(started.elapsed()))
            .max(Duration::from_millis(1));
        let failed = match once(timeout) {
            Ok(t) => return Ok(t),
            Err(failed) => failed,
        };
        let in_time = started.elapsed() + wait < lrs.deadline;
        match failed {
            (true, _) if attempts < lrs.attempts && in_time => {
                *retries += 1;
                std::thread::sleep(wait);
                wait *= 2;
            }
            (retryable, why) => {
                return Err(Failure {
                    why,
                    retryable,
                    attempts,
                    out_of_time: retryable && !in_time,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lrs(attempts: u32, deadline_ms: u64) -> Lrs {
        let mut lrs = Lrs::new("http://127.0.0.1:9/xapi", None, None);
        lrs.attempts = attempts;
        lrs.backoff = Duration::from_millis(10);
        lrs.request_timeout = Duration::from_millis(50);
        lrs.deadline = Duration::from_millis(deadline_ms);
        lrs
    }

    #[test]
    fn a_busy_answer_is_tried_again_up_to_the_attempts_and_a_final_one_is_not() {
        let mut retries = 0;
        let mut tries = 0;
        let f = bounded(&lrs(3, 10_000), &mut retries, |_| -> Result<(), _> {
            tries += 1;
            Err((true, "busy".to_string()))
        })
        .unwrap_err();
        assert_eq!((tries, retries, f.attempts), (3, 2, 3));
        assert!(f.retryable && !f.out_of_time);
        assert_eq!(f.why, "busy");

        let mut retries = 0;
        let f = bounded(&lrs(5, 10_000), &mut retries, |_| -> Result<(), _> {
            Err((false, "refused".to_string()))
        })
        .unwrap_err();
        assert_eq!((retries, f.attempts), (0, 1));
        assert!(!f.retryable && !f.out_of_time);

        // A success after a failure counts the retry and gives the value.
        let mut retries = 0;
        let mut first = true;
        let got = bounded(&lrs(5, 10_000), &mut retries, |_| {
            if std::mem::take(&mut first) {
                Err((true, "busy".to_string()))
            } else {
                Ok(7)
            }
        });
        assert_eq!((got.unwrap(), retries), (7, 1));
    }

    #[test]
    fn no_try_outlasts_the_deadline_and_running_out_of_it_is_said() {
        let mut retries = 0;
        let mut timeouts = Vec::new();
        let started = Instant::now();
        let f = bounded(&lrs(100, 200), &mut retries, |timeout| -> Result<(), _> {
            timeouts.push(timeout);
            std::thread::sleep(timeout);
            Err((true, "slow".to_string()))
        })
        .unwrap_err();
        assert!(f.out_of_time && f.retryable, "{f:?}");
        assert!(f.attempts < 100);
        assert!(timeouts.iter().all(|t| *t <= Duration::from_millis(50)));
        assert!(started.elapsed() < Duration::from_millis(1_000));
    }
}
