//! Priority order of leak scenarios: "deal with the most dangerous first".
//!
//! Keys, in order:
//! 1. risk score (likelihood × impact) high → low; unscored scenarios last;
//! 2. trend relevance high → low; unrated last;
//! 3. threat level (intent × capability × opportunity) of the scenario's
//!    actor × technology, high → low; no actor or no assessment counts as 0;
//! 4. title, then id — only so the order is deterministic.

use std::cmp::{Ordering, Reverse};

use crate::domain::ids::ScenarioId;
use crate::domain::rating::Rating;

/// The keys of one scenario.
#[derive(Clone, Copy, Debug)]
pub struct PriorityKey<'a> {
    pub score: Option<u8>,
    pub trend_relevance: Option<Rating>,
    pub threat: u8,
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
        .then_with(|| {
            high_first(a.trend_relevance.map(Rating::get))
                .cmp(&high_first(b.trend_relevance.map(Rating::get)))
        })
        .then_with(|| b.threat.cmp(&a.threat))
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
        trend: Option<u8>,
        threat: u8,
        title: &'static str,
    ) -> PriorityKey<'static> {
        PriorityKey {
            score,
            trend_relevance: trend.and_then(|t| Rating::new(t).ok()),
            threat,
            title,
            id: ScenarioId::new(Uuid::from_u128(n)),
        }
    }

    fn check(mut keys: Vec<PriorityKey<'static>>, expected: &[u128]) {
        keys.sort_by(compare);
        let got: Vec<u128> = keys.iter().map(|k| k.id.uuid().as_u128()).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn risk_then_trend_then_threat_then_title_then_id() {
        check(
            vec![
                key(1, Some(12), Some(3), 60, "a"),
                key(2, Some(20), None, 0, "b"),
                key(3, None, Some(5), 125, "c"),
                key(4, Some(12), Some(5), 10, "d"),
                key(5, Some(12), Some(3), 80, "e"),
                key(6, Some(12), Some(3), 60, "a"),
                key(7, Some(12), None, 125, "f"),
            ],
            &[2, 4, 5, 1, 6, 7, 3],
        );
    }
}
