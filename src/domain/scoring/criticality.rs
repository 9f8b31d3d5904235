//! Technology criticality (重要度): the weighted mean of the risk values of the
//! four evaluation axes.
//!
//! ```text
//! criticality = Σ wᵢ·vᵢ / Σ wᵢ      over rated axes with weight wᵢ > 0
//! vᵢ = rating, except substitutability: vᵢ = 6 − rating
//! ```
//! Not-rated axes are left out of both sums, never counted as 0 or 1. The
//! score is *complete* when every weighted axis is rated; only a complete
//! score places a technology in a tier.

use crate::domain::model::{CriticalityWeights, Technology};
use crate::domain::rating::{Rating, RatingAxis};

/// One axis of the breakdown, as the UI shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CriticalityTerm {
    pub axis: RatingAxis,
    pub rating: Option<Rating>,
    /// The rating as it raises risk (inverted for substitutability).
    pub risk_value: Option<u8>,
    pub weight: u8,
}

impl CriticalityTerm {
    /// Whether this term enters the score (rated and weighted).
    pub fn counts(&self) -> bool {
        self.risk_value.is_some() && self.weight > 0
    }
}

/// The criticality of one technology, term by term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Criticality {
    pub terms: [CriticalityTerm; 4],
    /// Σ wᵢ·vᵢ over the terms that count.
    pub weighted_sum: u32,
    /// Σ wᵢ over the terms that count.
    pub weight_total: u32,
    /// Every axis with a weight is rated.
    pub complete: bool,
}

impl Criticality {
    /// The score on 1–5 (provisional while incomplete); `None` if nothing counts.
    pub fn score(&self) -> Option<f64> {
        (self.weight_total > 0).then(|| f64::from(self.weighted_sum) / f64::from(self.weight_total))
    }

    /// The score as an exact fraction, for ranking without float ties; only
    /// for a complete evaluation.
    pub fn exact(&self) -> Option<Fraction> {
        (self.complete && self.weight_total > 0).then_some(Fraction {
            num: self.weighted_sum,
            den: self.weight_total,
        })
    }
}

/// A non-negative fraction with a positive denominator, compared exactly.
#[derive(Clone, Copy, Debug)]
pub struct Fraction {
    pub num: u32,
    pub den: u32,
}

impl Fraction {
    /// The value as a decimal, for display and export only (never to rank).
    pub fn value(self) -> f64 {
        if self.den == 0 {
            0.0
        } else {
            f64::from(self.num) / f64::from(self.den)
        }
    }
}

impl PartialEq for Fraction {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == std::cmp::Ordering::Equal
    }
}
impl Eq for Fraction {}
impl PartialOrd for Fraction {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Fraction {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        // Cross-multiplication in u64 cannot overflow for u32 operands.
        (u64::from(self.num) * u64::from(other.den))
            .cmp(&(u64::from(other.num) * u64::from(self.den)))
    }
}

/// Computes the criticality of a technology under the given weights.
pub fn criticality(t: &Technology, weights: &CriticalityWeights) -> Criticality {
    let w = [
        weights.market_importance,
        weights.national_strategy,
        weights.substitutability,
        weights.leak_impact,
    ];
    let ratings = t.ratings();
    let terms: [CriticalityTerm; 4] = std::array::from_fn(|i| {
        let (axis, rating) = ratings[i];
        CriticalityTerm {
            axis,
            rating,
            risk_value: rating.map(|r| r.risk_value(axis)),
            weight: w[i],
        }
    });
    let mut weighted_sum = 0;
    let mut weight_total = 0;
    let mut complete = true;
    for term in &terms {
        match term.risk_value {
            Some(v) if term.weight > 0 => {
                weighted_sum += u32::from(term.weight) * u32::from(v);
                weight_total += u32::from(term.weight);
            }
            None if term.weight > 0 => complete = false,
            _ => {}
        }
    }
    Criticality {
        terms,
        weighted_sum,
        weight_total,
        complete: complete && weight_total > 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::TechnologyId;
    use crate::domain::kinds::TechCategory;

    fn r(v: u8) -> Option<Rating> {
        Rating::new(v).ok()
    }

    /// (market, national, substitutability, impact), weights → (sum, total, complete).
    fn check(ratings: [Option<Rating>; 4], w: [u8; 4], expected: (u32, u32, bool)) {
        let mut t = Technology::new(
            TechnologyId::new(uuid::Uuid::nil()),
            "t",
            TechCategory::Other,
        );
        [
            t.market_importance,
            t.national_strategy,
            t.substitutability,
            t.leak_impact,
        ] = ratings;
        let weights = CriticalityWeights {
            market_importance: w[0],
            national_strategy: w[1],
            substitutability: w[2],
            leak_impact: w[3],
        };
        let c = criticality(&t, &weights);
        assert_eq!(
            (c.weighted_sum, c.weight_total, c.complete),
            expected,
            "{ratings:?} {w:?}"
        );
    }

    #[test]
    fn weighted_mean_with_substitutability_inverted() {
        // 5 + 4 + (6−2) + 5 = 18 over 4 → 4.5
        check([r(5), r(4), r(2), r(5)], [1, 1, 1, 1], (18, 4, true));
        // Weights 2:1:1:2 → 10 + 4 + 4 + 10 = 28 over 6
        check([r(5), r(4), r(2), r(5)], [2, 1, 1, 2], (28, 6, true));
        // High substitutability lowers criticality: 6 − 5 = 1.
        check([r(1), r(1), r(5), r(1)], [1, 1, 1, 1], (4, 4, true));
    }

    #[test]
    fn not_rated_never_counts_and_makes_the_score_incomplete() {
        check([r(5), None, r(3), None], [1, 1, 1, 1], (8, 2, false));
        check([None, None, None, None], [1, 1, 1, 1], (0, 0, false));
    }

    #[test]
    fn a_zero_weight_axis_need_not_be_rated() {
        check([r(4), None, r(2), r(4)], [1, 0, 1, 1], (12, 3, true));
        check([r(4), r(4), r(4), r(4)], [0, 0, 0, 0], (0, 0, false));
    }

    #[test]
    fn fractions_compare_exactly() {
        let a = Fraction { num: 28, den: 6 };
        let b = Fraction { num: 14, den: 3 };
        assert_eq!(a, b);
        assert!(Fraction { num: 9, den: 2 } < a);
    }
}
