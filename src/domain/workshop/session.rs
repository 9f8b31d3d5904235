//! The records of a rating session: who rates, what is rated, every rating
//! of every pass, and the outcome per item. Plain data; the rules that keep
//! it consistent are in `rules.rs`.

use time::OffsetDateTime;
use uuid::Uuid;

use crate::domain::ids::{ParticipantId, SessionId};
use crate::domain::rating::{Rating, RatingAxis};

/// One rating session: a facilitator's picked items rated by pseudonymous
/// participants in one or more passes.
#[derive(Clone, Debug, PartialEq)]
pub struct RatingSession {
    pub id: SessionId,
    pub title: String,
    pub facilitator: String,
    pub created_at: OffsetDateTime,
    /// Fixed when the session is created (Diamond et al. 2014: define
    /// consensus before the ratings are seen); there is no setter.
    pub rule: AgreementRule,
    pub participants: Vec<Participant>,
    pub items: Vec<SessionItem>,
    /// Numbered from 1; the last is the current pass. Never empty.
    pub passes: Vec<Pass>,
}

/// A participant under a pseudonym; the name is optional and dropped from
/// redacted exports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participant {
    pub id: ParticipantId,
    pub pseudonym: String,
    pub name: String,
}

/// Which rating of which record: a technology axis, a threat assessment's
/// intent/capability/opportunity, or a scenario criterion. The axis says
/// which kind of record `record` is (`target::TargetKind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemKey {
    pub record: Uuid,
    pub axis: RatingAxis,
}

/// An item under discussion and, once decided, its outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionItem {
    pub key: ItemKey,
    pub outcome: Option<Outcome>,
}

/// One pass of private ratings. Before `revealed_at` its values are shown
/// nowhere; after it, they never change (a re-vote is a new pass).
#[derive(Clone, Debug, PartialEq)]
pub struct Pass {
    pub number: u32,
    pub revealed_at: Option<OffsetDateTime>,
    pub votes: Vec<Vote>,
}

/// One participant's rating of one item in one pass; `value: None` is an
/// abstention, which no statistic counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vote {
    pub participant: ParticipantId,
    pub item: ItemKey,
    pub value: Option<Rating>,
    pub reason: String,
}

crate::domain::kinds::code_enum! {
    /// How the outcome's value was reached: recorded so the report can say it.
    OutcomeMethod("outcome_method") {
        /// The room agreed on the value.
        Agreed = "agreed", "合意", "Agreed";
        /// The median of the pass was taken.
        Median = "median", "中央値", "Median";
        /// The facilitator decided.
        Facilitator = "facilitator", "ファシリテーター判断", "Facilitator's decision";
    }
}

/// The decision on an item, with what it replaced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub value: Rating,
    pub method: OutcomeMethod,
    /// One line: why this value.
    pub rationale: String,
    /// Who disagreed and why, if anyone did.
    pub dissent: String,
    /// The record's value before the outcome was applied.
    pub previous: Option<Rating>,
    /// The pass whose ratings the outcome was made on.
    pub pass: u32,
    pub decided_at: OffsetDateTime,
}

/// The agreement rule: every rating within `spread` of the median
/// (default ±1). Spread 0 asks for unanimity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgreementRule {
    pub spread: u8,
}

impl AgreementRule {
    pub const MAX_SPREAD: u8 = 3;
}

impl Default for AgreementRule {
    fn default() -> Self {
        AgreementRule { spread: 1 }
    }
}

impl RatingSession {
    /// A new session in its first, open pass, with no one and nothing in it.
    pub fn new(
        id: SessionId,
        title: impl Into<String>,
        facilitator: impl Into<String>,
        rule: AgreementRule,
        now: OffsetDateTime,
    ) -> Self {
        RatingSession {
            id,
            title: title.into(),
            facilitator: facilitator.into(),
            created_at: now,
            rule,
            participants: Vec::new(),
            items: Vec::new(),
            passes: vec![Pass {
                number: 1,
                revealed_at: None,
                votes: Vec::new(),
            }],
        }
    }

    pub fn participant(&self, id: ParticipantId) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    pub fn item(&self, key: ItemKey) -> Option<&SessionItem> {
        self.items.iter().find(|i| i.key == key)
    }

    pub fn pass(&self, number: u32) -> Option<&Pass> {
        self.passes.iter().find(|p| p.number == number)
    }
}
