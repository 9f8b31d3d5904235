//! Scenario likelihood, impact and the 5×5 risk matrix (漏洩シナリオの評価).
//!
//! ```text
//! control weakness = 6 − control effectiveness
//! likelihood       = ⌈ feasibility × control weakness / 5 ⌉      (1–5)
//! impact           = scenario impact, else the technology's "impact if leaked"
//! risk score       = likelihood × impact                          (1–25)
//! risk level       = RISK_MATRIX[likelihood][impact]
//! ```
//! Likelihood never exceeds feasibility (weakness ≤ 5) and rounds *up*, so
//! controls lower a risk only when they clearly do. Likelihood needs both
//! ratings: an unrated control is not credited and not assumed absent, the
//! scenario is simply not scored yet.

use crate::domain::kinds::RiskLevel;
use crate::domain::rating::{Rating, RatingAxis};

/// The likelihood breakdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Likelihood {
    pub feasibility: Option<Rating>,
    pub control_effectiveness: Option<Rating>,
    /// 6 − control effectiveness.
    pub control_weakness: Option<u8>,
    /// feasibility × control weakness (1–25), before scaling.
    pub product: Option<u8>,
    /// ⌈product / 5⌉ (1–5).
    pub value: Option<u8>,
}

pub fn likelihood(
    feasibility: Option<Rating>,
    control_effectiveness: Option<Rating>,
) -> Likelihood {
    let control_weakness =
        control_effectiveness.map(|c| c.risk_value(RatingAxis::ControlEffectiveness));
    let product = feasibility.zip(control_weakness).map(|(f, w)| f.get() * w);
    Likelihood {
        feasibility,
        control_effectiveness,
        control_weakness,
        product,
        value: product.map(|p| p.div_ceil(5)),
    }
}

/// Where the impact used for the risk came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImpactSource {
    /// The scenario's own impact rating.
    Scenario,
    /// Not rated on the scenario: the technology's "impact if leaked".
    TechnologyLeakImpact,
    /// Neither is rated.
    Missing,
}

pub fn impact(
    scenario: Option<Rating>,
    technology_leak_impact: Option<Rating>,
) -> (Option<u8>, ImpactSource) {
    match (scenario, technology_leak_impact) {
        (Some(i), _) => (Some(i.get()), ImpactSource::Scenario),
        (None, Some(i)) => (Some(i.get()), ImpactSource::TechnologyLeakImpact),
        (None, None) => (None, ImpactSource::Missing),
    }
}

use RiskLevel::{High as H, Low as L, Medium as M, VeryHigh as VH, VeryLow as VL};

/// The risk matrix, rows = likelihood 1…5, columns = impact 1…5. It equals the
/// bands of likelihood × impact: 1–2 very low, 3–4 low, 5–9 medium, 10–16
/// high, 20–25 very high (a test keeps the two in step).
pub const RISK_MATRIX: [[RiskLevel; 5]; 5] = [
    [VL, VL, L, L, M],
    [VL, L, M, M, H],
    [L, M, M, H, H],
    [L, M, H, H, VH],
    [M, H, H, VH, VH],
];

/// The named level of a likelihood and impact, each 1–5 (clamped, so a caller
/// bug cannot panic).
pub fn risk_level(likelihood: u8, impact: u8) -> RiskLevel {
    let row = usize::from(likelihood.clamp(1, 5) - 1);
    let col = usize::from(impact.clamp(1, 5) - 1);
    RISK_MATRIX[row][col]
}

/// The band rule the matrix is drawn from.
pub fn level_of_score(score: u8) -> RiskLevel {
    match score {
        0..=2 => RiskLevel::VeryLow,
        3..=4 => RiskLevel::Low,
        5..=9 => RiskLevel::Medium,
        10..=16 => RiskLevel::High,
        _ => RiskLevel::VeryHigh,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(v: u8) -> Option<Rating> {
        Rating::new(v).ok()
    }

    fn check(f: Option<u8>, c: Option<u8>, expected: Option<u8>) {
        let l = likelihood(
            f.and_then(|v| Rating::new(v).ok()),
            c.and_then(|v| Rating::new(v).ok()),
        );
        assert_eq!(l.value, expected, "feasibility {f:?} controls {c:?}");
    }

    #[test]
    fn likelihood_is_feasibility_tempered_by_controls() {
        check(Some(5), Some(1), Some(5)); // no controls: as feasible as it is
        check(Some(5), Some(5), Some(1)); // excellent controls
        check(Some(4), Some(2), Some(4)); // 4 × 4 = 16 → ⌈3.2⌉
        check(Some(3), Some(3), Some(2)); // 9 → ⌈1.8⌉
        check(Some(5), Some(3), Some(3)); // 15 → 3
        check(Some(1), Some(1), Some(1));
        check(Some(4), None, None);
        check(None, Some(2), None);
    }

    #[test]
    fn likelihood_never_exceeds_feasibility() {
        for f in 1..=5 {
            for c in 1..=5 {
                let l = likelihood(r(f), r(c));
                assert!(l.value.is_some_and(|v| (1..=f).contains(&v)), "{f} {c}");
            }
        }
    }

    #[test]
    fn impact_falls_back_to_the_technology() {
        assert_eq!(impact(r(2), r(5)), (Some(2), ImpactSource::Scenario));
        assert_eq!(
            impact(None, r(5)),
            (Some(5), ImpactSource::TechnologyLeakImpact)
        );
        assert_eq!(impact(None, None), (None, ImpactSource::Missing));
    }

    #[test]
    fn matrix_equals_the_score_bands_and_is_symmetric() {
        for l in 1..=5u8 {
            for i in 1..=5u8 {
                assert_eq!(risk_level(l, i), level_of_score(l * i), "{l}×{i}");
                assert_eq!(risk_level(l, i), risk_level(i, l));
            }
        }
        assert_eq!(risk_level(1, 1), RiskLevel::VeryLow);
        assert_eq!(risk_level(5, 5), RiskLevel::VeryHigh);
        assert_eq!(risk_level(3, 3), RiskLevel::Medium);
    }
}
