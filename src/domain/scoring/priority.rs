//! Priority order of leak scenarios: "deal with the most dangerous first".
//!
//! Keys, in order:
//! 1. risk score (likelihood × impact) high → low; unscored scenarios last;
//! 2. the unrounded likelihood behind it, i.e. (sum of the four likelihood
//!    criteria) × impact, high → low — so of two scenarios in the same cell
//!    the one that only just rounded down comes second;
//! 3. title, then id — only so the order is deterministic.
//!
//! Threat and trend relevance are inside the score (see `risk.rs`), not
//! tie-breakers.

use std::cmp::{Ordering, Reverse};

use crate::domain::ids::ScenarioId;

/// The keys of one scenario.
#[derive(Clone, Copy, Debug)]
pub struct PriorityKey<'a> {
    pub score: Option<u8>,
    /// Likelihood sum (4–20) × impact (1–5), when scored.
    pub points: Option<u8>,
    pub title: &'a str,
    pub id: ScenarioId,
}

/// Compares two scenarios: `Less` means "deal with first".
pub fn compare(a: &PriorityKey<'_>, b: &PriorityKey<'_>) -> Ordering {
    // `Reverse(Some(x))` sorts high first and, since `None < Some`, `Reverse`
    // would put `None` first; map to (is_none, Reverse(value)) instead.
    let high_first = |v: Option<u8>| (v.is_none(), Reverse(v));
    high_first(a.score)
        .cmp(&high_first(b.score))
        .then_with(|| high_first(a.points).cmp(&high_first(b.points)))
        .then_with(|| a.title.cmp(b.title))
        .then_with(|| a.id.cmp(&b.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn key(
        n: u128,
        score: Option<u8>,
        points: Option<u8>,
        title: &'static str,
    ) -> PriorityKey<'static> {
        PriorityKey {
            score,
            points,
            title,
            id: ScenarioId::new(Uuid::from_u128(n)),
        }
    }

    #[test]
    fn risk_then_unrounded_points_then_title_then_id() {
        let mut keys = [
            key(1, Some(12), Some(52), "a"),
            key(2, Some(20), Some(80), "b"),
            key(3, None, None, "c"),
            key(4, Some(12), Some(60), "d"),
            key(5, Some(12), Some(52), "a"),
            key(6, Some(12), Some(52), "0"),
        ];
        keys.sort_by(compare);
        let got: Vec<u128> = keys.iter().map(|k| k.id.uuid().as_u128()).collect();
        assert_eq!(got, [2, 4, 6, 1, 5, 3]);
    }
}
