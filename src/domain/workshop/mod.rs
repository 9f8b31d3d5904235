//! Workshop mode: rating sessions of structured expert judgement
//! (docs/workshop.md). Participants rate privately, the facilitator reveals
//! every rating at once, the room discusses the spread and records an
//! outcome; every individual rating is kept so the agreed value can be
//! explained later.
//!
//! One job per file: the records (`session.rs`), the state machine that
//! guards them (`rules.rs`), the statistics and the agreement rule
//! (`stats.rs`), the rated records of the workbook (`target.rs`: read, apply
//! an outcome, "agreed in workshop" notes), the session and ballot files
//! (`ballot.rs`) and the errors in both languages (`error.rs`).
//! Pure like the rest of the domain: callers pass `now` and new ids.

mod ballot;
mod error;
mod rules;
mod session;
mod stats;
mod target;

pub use ballot::{
    ballot_file, import_ballot, parse_ballot, parse_session_file, session_file, Ballot,
    BallotEntry, BallotImport, BallotValues, SessionFile, SessionFileItem, BALLOT_FORMAT,
    FILE_VERSION, SESSION_FORMAT,
};
pub use error::{BallotError, WorkshopError};
pub use session::{
    AgreementRule, ItemKey, Outcome, OutcomeMethod, Participant, Pass, RatingSession, SessionItem,
    Vote,
};
pub use stats::{item_stats, stats_of, ItemStats};
pub use target::{
    agreed_note, apply_outcome, axis_from_code, current_value, item_label, AgreedNote, TargetKind,
    WORKSHOP_AXES,
};

#[cfg(test)]
mod tests;
