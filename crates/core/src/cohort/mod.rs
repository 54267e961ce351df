//! Many sessions at once: cohort reports, the coordinator dashboard's figures, a trainee's
//! standing per scenario (the library cards) and xAPI statements.

pub mod arrangements;
pub mod cards;
pub mod cases;
pub mod cmi5;
pub mod dashboard;
pub mod items;
pub mod report;
pub mod safe;
pub mod synthesise;
pub mod table;
pub mod xapi;
pub mod xapi_record;
