//! cmi5 ("Quartz"): callcoach as an assignable unit (AU) an LMS launches. Everything here is
//! pure: the launch URL's parameters, the `LMS.LaunchData` state document, the scenario it
//! asks for, the cmi5-defined statements of a launch session, and the course structure
//! (`cmi5.xml`). Fetching the token and sending the statements is the binary's job
//! (`src/lrs/cmi5.rs`); see `cmi5/README.md`.
//!
//! - **Session.** `initialized` is sent before the call, then, in `Normal` mode and when the
//!   call was finished, `passed` or `failed` and `completed`, then `terminated` (spec 9.3,
//!   10.2.2). `Browse` and `Review` send only `initialized` and `terminated`.
//! - **Registration.** At most one `passed` and one `completed` per registration, and no
//!   `failed` after a `passed` (spec 9.3): [`Prior`] says what earlier sessions sent.
//! - **Verdict.** With a `masteryScore`, `passed` iff the scaled score reaches it and no
//!   critical rule was broken (a broken critical rule fails the call whatever the score: that
//!   `failed` then carries no `score`, which would contradict the mastery score, spec 9.3.5,
//!   9.5.1; the score is in the result's extensions). Without one, the call's own verdict
//!   (every dimension at its pass mark, no critical breach).
//! - **moveOn** is the LMS's rule (spec 10.2.5: the AU MAY use it); callcoach sends what the
//!   spec obliges an AU to send and reports whether the session met the rule ([`move_on_met`]).
//!
//! One file per part: [`launch`] (the launch URL), [`launch_data`] (`LMS.LaunchData`, the
//! launch mode, moveOn, the assignment), [`statements`] (the cmi5-defined statements and the
//! verdict), [`allowed`] (the call's per-turn statements as "cmi5 allowed" statements),
//! [`course`] (`cmi5.xml`).

pub mod allowed;
pub mod course;
pub mod launch;
pub mod launch_data;
pub mod statements;

pub use course::{CourseAu, CourseBlock, CourseOptions, au_id, course_structure};
pub use launch::{Launch, encode, parse_launch_url};
pub use launch_data::{
    Assignment, LaunchData, LaunchMode, MoveOn, assignment, move_on_met, parse_launch_data,
};
pub use statements::{Prior, Session, Verdict, duration, statement_time, verdict};

use uuid::Uuid;

/// The category activity of every cmi5-defined statement (spec 9.6.2.1).
pub const CATEGORY_CMI5: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
/// The category activity of cmi5-defined statements with `success` or `completion` (9.6.2.2).
pub const CATEGORY_MOVEON: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
/// The session id context extension (spec 9.6.3.1).
pub const EXT_SESSION_ID: &str = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
/// The mastery score context extension (spec 9.6.3.2).
pub const EXT_MASTERY_SCORE: &str = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
/// The state id of the LMS's launch data (spec 10.1).
pub const LAUNCH_DATA_STATE_ID: &str = "LMS.LaunchData";
/// The namespace of the course structure XML (spec 13).
pub const COURSE_STRUCTURE_XMLNS: &str =
    "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

/// Namespace for cmi5 statement ids (UUID v5 of the session id and the verb).
const NAMESPACE: Uuid = Uuid::from_u128(0x0c3a_5e1d_7f42_4b8e_a6c1_92d4_e0f3_5b71);

#[cfg(test)]
mod tests;
