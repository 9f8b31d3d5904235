//! The spread of a revealed item: n, median, min–max, abstentions, and
//! whether the agreement rule is met. Computed, never stored (DOMAIN.md:
//! "spread is computed, not stored"); only a revealed pass has any.

use super::session::{AgreementRule, ItemKey, RatingSession};
use crate::domain::rating::Rating;

/// Statistics of one item in one revealed pass.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ItemStats {
    /// Ratings given (abstentions not counted).
    pub n: usize,
    pub abstentions: usize,
    /// Twice the median, so a median between two ratings (3.5) stays exact.
    pub median2: Option<u8>,
    pub min: Option<Rating>,
    pub max: Option<Rating>,
    /// Every rating within the rule's spread of the median. False with no
    /// ratings: nothing was agreed.
    pub meets_rule: bool,
}

impl ItemStats {
    /// The median as people read it: "4" or "3.5"; "—" with no ratings.
    pub fn median_text(&self) -> String {
        match self.median2 {
            None => "—".to_owned(),
            Some(m) if m % 2 == 0 => (m / 2).to_string(),
            Some(m) => format!("{}.5", m / 2),
        }
    }

    /// The median as a rating when it is whole (for "take the median").
    pub fn median_rating(&self) -> Option<Rating> {
        self.median2
            .filter(|m| m % 2 == 0)
            .and_then(|m| Rating::new(m / 2).ok())
    }

    /// "3–5", or the single value, or "—".
    pub fn range_text(&self) -> String {
        match (self.min, self.max) {
            (Some(a), Some(b)) if a == b => a.to_string(),
            (Some(a), Some(b)) => format!("{a}–{b}"),
            _ => "—".to_owned(),
        }
    }
}

/// Statistics of a list of ratings (`None` = abstained). The order of the
/// list changes nothing.
pub fn stats_of(values: &[Option<Rating>], rule: AgreementRule) -> ItemStats {
    let mut given: Vec<u8> = values.iter().flatten().map(|r| r.get()).collect();
    given.sort_unstable();
    let n = given.len();
    let median2 = match n {
        0 => None,
        _ if n % 2 == 1 => Some(given[n / 2] * 2),
        _ => Some(given[n / 2 - 1] + given[n / 2]),
    };
    let meets_rule = median2.is_some_and(|m| {
        given
            .iter()
            .all(|&v| (i16::from(v) * 2 - i16::from(m)).abs() <= i16::from(rule.spread) * 2)
    });
    ItemStats {
        n,
        abstentions: values.len() - n,
        median2,
        min: given.first().and_then(|&v| Rating::new(v).ok()),
        max: given.last().and_then(|&v| Rating::new(v).ok()),
        meets_rule,
    }
}

/// The statistics of `key` in pass `pass`, or `None` while that pass is not
/// revealed — nothing computed from hidden ratings can reach a screen.
pub fn item_stats(session: &RatingSession, pass: u32, key: ItemKey) -> Option<ItemStats> {
    let p = session.pass(pass)?;
    p.revealed_at?;
    let values: Vec<Option<Rating>> = p
        .votes
        .iter()
        .filter(|v| v.item == key)
        .map(|v| v.value)
        .collect();
    Some(stats_of(&values, session.rule))
}
