//! Chokepoint scores of a technology's elements (チョークポイント評価).
//!
//! ```text
//! element score = mean of the rated risk values of
//!                 dependency, 6 − substitutability, supply-disruption risk
//! chokepoint    = all three rated and score ≥ threshold (default 4)
//! technology chokepoint flag = any of its elements is a chokepoint
//! ```
//! The threshold test is done exactly as `sum ≥ 3 × threshold`.

use crate::domain::ids::ElementId;
use crate::domain::model::{ChokepointElement, Technology};
use crate::domain::rating::{Rating, RatingAxis};

/// One axis of an element's breakdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ElementTerm {
    pub axis: RatingAxis,
    pub rating: Option<Rating>,
    pub risk_value: Option<u8>,
}

/// The chokepoint score of one element, term by term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ElementScore {
    pub id: ElementId,
    pub terms: [ElementTerm; 3],
    /// Sum of the rated risk values.
    pub sum: u8,
    /// Number of rated axes (0–3).
    pub rated: u8,
    pub chokepoint: bool,
}

impl ElementScore {
    /// Mean risk value on 1–5 over rated axes; `None` if none is rated.
    pub fn score(&self) -> Option<f64> {
        (self.rated > 0).then(|| f64::from(self.sum) / f64::from(self.rated))
    }

    pub fn complete(&self) -> bool {
        self.rated == 3
    }
}

/// Scores one element against the chokepoint threshold.
pub fn element_score(e: &ChokepointElement, threshold: u8) -> ElementScore {
    let ratings = e.ratings();
    let terms: [ElementTerm; 3] = std::array::from_fn(|i| {
        let (axis, rating) = ratings[i];
        ElementTerm {
            axis,
            rating,
            risk_value: rating.map(|r| r.risk_value(axis)),
        }
    });
    let sum = terms.iter().filter_map(|t| t.risk_value).sum::<u8>();
    let rated = terms.iter().filter(|t| t.risk_value.is_some()).count() as u8;
    ElementScore {
        id: e.id,
        terms,
        sum,
        rated,
        chokepoint: rated == 3 && u16::from(sum) >= 3 * u16::from(threshold),
    }
}

/// The chokepoint view of a technology: every element and the flag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TechChokepoints {
    pub elements: Vec<ElementScore>,
    /// At least one element is a chokepoint.
    pub flagged: bool,
}

impl TechChokepoints {
    /// The highest element score, for sorting and display.
    pub fn max_score(&self) -> Option<f64> {
        self.elements
            .iter()
            .filter_map(ElementScore::score)
            .reduce(f64::max)
    }
}

pub fn tech_chokepoints(t: &Technology, threshold: u8) -> TechChokepoints {
    let elements: Vec<_> = t
        .elements
        .iter()
        .map(|e| element_score(e, threshold))
        .collect();
    let flagged = elements.iter().any(|e| e.chokepoint);
    TechChokepoints { elements, flagged }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::kinds::ElementKind;

    fn check(ratings: [Option<u8>; 3], threshold: u8, expected: (u8, u8, bool)) {
        let mut e = ChokepointElement::new(
            ElementId::new(uuid::Uuid::nil()),
            ElementKind::Equipment,
            "e",
        );
        let rt = |v: Option<u8>| v.and_then(|v| Rating::new(v).ok());
        e.dependency = rt(ratings[0]);
        e.substitutability = rt(ratings[1]);
        e.supply_disruption = rt(ratings[2]);
        let s = element_score(&e, threshold);
        assert_eq!(
            (s.sum, s.rated, s.chokepoint),
            expected,
            "{ratings:?} ≥ {threshold}"
        );
    }

    #[test]
    fn element_scores_and_threshold() {
        // 5 + (6−2) + 3 = 12 = 3 × 4 → chokepoint at threshold 4.
        check([Some(5), Some(2), Some(3)], 4, (12, 3, true));
        check([Some(5), Some(2), Some(2)], 4, (11, 3, false));
        check([Some(5), Some(2), Some(2)], 3, (11, 3, true));
        // Incomplete: never a chokepoint, even if the rated part is extreme.
        check([Some(5), Some(1), None], 4, (10, 2, false));
        check([None, None, None], 1, (0, 0, false));
    }
}
