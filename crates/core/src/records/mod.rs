//! One trainee's session: the journal of the call in progress, the session record written
//! when it ends, replaying and verifying records, the localised transcript and the debrief.

pub mod record;
pub mod session;
