//! A round of the assessment cycle (ラウンド): which tiers it covers.

use time::OffsetDateTime;

use crate::domain::ids::RoundId;
use crate::domain::kinds::RoundScope;

/// One round. Rounds are numbered 1, 2, 3 … in order; the last is current.
#[derive(Clone, Debug, PartialEq)]
pub struct Round {
    pub id: RoundId,
    pub number: u32,
    pub scope: RoundScope,
    pub started_at: OffsetDateTime,
    pub notes: String,
}
