//! Drills (docs/programme.md, "Drills"): for each rule a trainee broke in a call, a short
//! exercise that starts at the very decision where it happened, with the state the call had
//! then (the source record's seed and earlier picks replayed), and ends as soon as the rule
//! is decided. Drills are recorded apart from calls (`<data>/drills/`), signed with the
//! cohort key, replayed when read, and never counted as full calls; they come back on a
//! spaced schedule until passed twice in a row.
//!
//! [`origin`]: where a drill starts and how it is decided; [`record`]: the drill's record,
//! its signature and its check; [`store`]: writing and reading them; [`schedule`]: which
//! drills a trainee has and which are due; [`trainee`]: one trainee's drills from a data
//! folder.

pub mod origin;
pub mod record;
pub mod schedule;
pub mod store;
pub mod trainee;

pub use origin::{DrillOrigin, DrillRun, decision};
pub use record::{DRILL_FORMAT, DrillRecord, verify_drill};
pub use schedule::{Drill, SITTING, Schedule, drills_of, due};
pub use trainee::{TraineeDrills, trainee_drills};
