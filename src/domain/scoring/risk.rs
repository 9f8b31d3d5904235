//! Scenario likelihood, impact and the 5×5 risk matrix (漏洩シナリオの評価).
//!
//! Source 004 judges a scenario on four criteria of equal standing —
//! feasibility, impact, effectiveness of current preventive controls and
//! relevance to economic-security trends — and says the threat assessment
//! sets the priorities. It gives no formula; this one is Mamori's convention:
//!
//! ```text
//! control weakness = 6 − control effectiveness
//! threat level     = the named actor's level against this technology (1–5);
//!                    no actor named, or not assessed yet: 3 (assumed, shown)
//! likelihood       = (feasibility + control weakness + threat + trend) / 4,
//!                    rounded to a whole number, halves up              (1–5)
//! impact           = scenario impact, else the technology's "impact if leaked"
//! risk score       = likelihood × impact                               (1–25)
//! risk level       = RISK_MATRIX[likelihood][impact]
//! ```
//! Why a mean: the three ratings and the threat level are all "how likely
//! is this route to be tried and to succeed", none a mere tie-breaker, and a
//! sum over four is what a workshop can add up on a whiteboard. Every input
//! raises the score or leaves it, never lowers it (monotone), and each one
//! moves it somewhere (property tests below). Feasibility, control
//! effectiveness and trend must be rated: an unrated one is neither credited
//! nor assumed, the scenario is simply not scored yet.

use crate::domain::kinds::RiskLevel;
use crate::domain::rating::{Rating, RatingAxis};
use crate::domain::text::Text;

/// The threat level a scenario uses when no actor is named or the named
/// actor's threat to the technology is not assessed yet: the middle of the
/// scale, neither credited as low nor feared as high.
pub const ASSUMED_THREAT_LEVEL: u8 = 3;

/// Where a scenario's threat level came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThreatSource {
    /// The named actor's assessment of this technology (no intent = level 1).
    Assessed,
    /// No actor named: [`ASSUMED_THREAT_LEVEL`].
    AssumedNoActor,
    /// An actor is named but its threat to this technology is not decided
    /// yet: [`ASSUMED_THREAT_LEVEL`].
    AssumedNotAssessed,
}

impl ThreatSource {
    /// Stable code for exports.
    pub fn code(self) -> &'static str {
        match self {
            ThreatSource::Assessed => "assessed",
            ThreatSource::AssumedNoActor => "assumed_no_actor",
            ThreatSource::AssumedNotAssessed => "assumed_not_assessed",
        }
    }

    /// What the source is, in words (the level is shown next to it).
    pub fn label(self) -> Text {
        match self {
            ThreatSource::Assessed => Text::new("脅威評価による", "from the threat assessment"),
            ThreatSource::AssumedNoActor => Text::new(
                "脅威プレイヤー未設定のため3と仮定",
                "no actor named: 3 assumed",
            ),
            ThreatSource::AssumedNotAssessed => Text::new(
                "この組み合わせは未評価のため3と仮定",
                "not assessed for this technology: 3 assumed",
            ),
        }
    }
}

/// The threat level a scenario's likelihood uses, and where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScenarioThreat {
    /// 1–5.
    pub level: u8,
    pub source: ThreatSource,
}

impl ScenarioThreat {
    /// `named`: whether the scenario names an actor; `assessed`: that actor's
    /// decided level against the scenario's technology, if any.
    pub fn of(named: bool, assessed: Option<u8>) -> ScenarioThreat {
        match (named, assessed) {
            (true, Some(level)) => ScenarioThreat {
                level: level.clamp(1, 5),
                source: ThreatSource::Assessed,
            },
            (true, None) => ScenarioThreat {
                level: ASSUMED_THREAT_LEVEL,
                source: ThreatSource::AssumedNotAssessed,
            },
            (false, _) => ScenarioThreat {
                level: ASSUMED_THREAT_LEVEL,
                source: ThreatSource::AssumedNoActor,
            },
        }
    }
}

/// The likelihood breakdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Likelihood {
    pub feasibility: Option<Rating>,
    pub control_effectiveness: Option<Rating>,
    /// 6 − control effectiveness.
    pub control_weakness: Option<u8>,
    pub threat: ScenarioThreat,
    pub trend_relevance: Option<Rating>,
    /// feasibility + control weakness + threat + trend (4–20), when all are known.
    pub sum: Option<u8>,
    /// sum / 4 rounded, halves up (1–5).
    pub value: Option<u8>,
}

pub fn likelihood(
    feasibility: Option<Rating>,
    control_effectiveness: Option<Rating>,
    threat: ScenarioThreat,
    trend_relevance: Option<Rating>,
) -> Likelihood {
    let control_weakness =
        control_effectiveness.map(|c| c.risk_value(RatingAxis::ControlEffectiveness));
    let sum = match (feasibility, control_weakness, trend_relevance) {
        (Some(f), Some(w), Some(t)) => Some(f.get() + w + threat.level.clamp(1, 5) + t.get()),
        _ => None,
    };
    Likelihood {
        feasibility,
        control_effectiveness,
        control_weakness,
        threat,
        trend_relevance,
        sum,
        // (sum + 2) / 4 is sum / 4 rounded with halves up, in integers.
        value: sum.map(|s| (s + 2) / 4),
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

    fn threat(level: u8) -> ScenarioThreat {
        ScenarioThreat::of(true, Some(level))
    }

    fn value(f: u8, c: u8, t: u8, trend: u8) -> Option<u8> {
        likelihood(r(f), r(c), threat(t), r(trend)).value
    }

    #[test]
    fn likelihood_is_the_rounded_mean_of_the_four() {
        // 4 + (6 − 2) + 4 + 4 = 16 → 4
        assert_eq!(value(4, 2, 4, 4), Some(4));
        // 3 + 3 + 2 + 3 = 11 → 2.75 → 3
        assert_eq!(value(3, 3, 2, 3), Some(3));
        // 3 + 3 + 5 + 3 = 14 → 3.5 → 4 (halves up)
        assert_eq!(value(3, 3, 5, 3), Some(4));
        assert_eq!(value(1, 5, 1, 1), Some(1));
        assert_eq!(value(5, 1, 5, 5), Some(5));
        // 1 + 1 + 1 + 3 = 6 → 1.5 → 2
        assert_eq!(value(1, 5, 1, 3), Some(2));
    }

    #[test]
    fn an_unrated_criterion_leaves_the_scenario_unscored() {
        let t = threat(4);
        assert_eq!(likelihood(None, r(2), t, r(3)).value, None);
        assert_eq!(likelihood(r(4), None, t, r(3)).value, None);
        assert_eq!(likelihood(r(4), r(2), t, None).value, None);
        assert_eq!(likelihood(r(4), r(2), t, None).control_weakness, Some(4));
    }

    #[test]
    fn a_missing_threat_uses_the_assumed_middle_level_and_says_why() {
        assert_eq!(
            ScenarioThreat::of(false, None),
            ScenarioThreat {
                level: ASSUMED_THREAT_LEVEL,
                source: ThreatSource::AssumedNoActor
            }
        );
        assert_eq!(
            ScenarioThreat::of(true, None).source,
            ThreatSource::AssumedNotAssessed
        );
        assert_eq!(ScenarioThreat::of(true, Some(5)).level, 5);
        assert_eq!(ASSUMED_THREAT_LEVEL, 3);
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
