//! Ratings on a 1–5 scale, and the axes they are given on.
//!
//! "Not rated" is `Option::<Rating>::None` everywhere: it is never a number and
//! never enters a score. A [`Rating`] can only be built from 1..=5, so any
//! `Rating` in hand is valid.

use serde::{Deserialize, Serialize};

use super::text::Text;

/// An integer rating from 1 (lowest) to 5 (highest).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Rating(u8);

/// A value outside 1..=5 was offered as a rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("rating {0} is outside 1–5")]
pub struct RatingOutOfRange(pub i64);

impl Rating {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    pub fn new(value: u8) -> Result<Rating, RatingOutOfRange> {
        if (Self::MIN..=Self::MAX).contains(&value) {
            Ok(Rating(value))
        } else {
            Err(RatingOutOfRange(i64::from(value)))
        }
    }

    /// A rating known at compile time (catalogue data); out of range fails the build.
    pub const fn of(value: u8) -> Rating {
        assert!(
            value >= Self::MIN && value <= Self::MAX,
            "rating outside 1-5"
        );
        Rating(value)
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// The value as it raises risk: `6 − x` for axes where high is good.
    pub fn risk_value(self, axis: RatingAxis) -> u8 {
        if axis.is_inverted() {
            6 - self.0
        } else {
            self.0
        }
    }

    /// All valid ratings, lowest first (for pickers).
    pub fn all() -> impl Iterator<Item = Rating> {
        (Self::MIN..=Self::MAX).map(Rating)
    }
}

impl TryFrom<u8> for Rating {
    type Error = RatingOutOfRange;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Rating::new(value)
    }
}

impl From<Rating> for u8 {
    fn from(r: Rating) -> u8 {
        r.0
    }
}

impl std::fmt::Display for Rating {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Every axis something is rated on in the assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RatingAxis {
    // Step 1: technology evaluation.
    MarketImportance,
    NationalStrategy,
    TechSubstitutability,
    LeakImpact,
    // Step 1: chokepoint elements.
    ElementDependency,
    ElementSubstitutability,
    SupplyDisruption,
    // Step 2: threat assessment.
    Intent,
    Capability,
    Opportunity,
    // Step 3: leak scenarios.
    Feasibility,
    ScenarioImpact,
    ControlEffectiveness,
    TrendRelevance,
}

impl RatingAxis {
    pub const ALL: [RatingAxis; 14] = [
        RatingAxis::MarketImportance,
        RatingAxis::NationalStrategy,
        RatingAxis::TechSubstitutability,
        RatingAxis::LeakImpact,
        RatingAxis::ElementDependency,
        RatingAxis::ElementSubstitutability,
        RatingAxis::SupplyDisruption,
        RatingAxis::Intent,
        RatingAxis::Capability,
        RatingAxis::Opportunity,
        RatingAxis::Feasibility,
        RatingAxis::ScenarioImpact,
        RatingAxis::ControlEffectiveness,
        RatingAxis::TrendRelevance,
    ];

    /// Axes where a high rating is good (lowers risk): they are inverted
    /// (`6 − x`) before they raise a score.
    pub fn is_inverted(self) -> bool {
        matches!(
            self,
            RatingAxis::TechSubstitutability
                | RatingAxis::ElementSubstitutability
                | RatingAxis::ControlEffectiveness
        )
    }

    /// Stable code, used as the CSV column stem and in documentation.
    pub fn code(self) -> &'static str {
        match self {
            RatingAxis::MarketImportance => "market_importance",
            RatingAxis::NationalStrategy => "national_strategy",
            RatingAxis::TechSubstitutability => "substitutability",
            RatingAxis::LeakImpact => "leak_impact",
            RatingAxis::ElementDependency => "dependency",
            RatingAxis::ElementSubstitutability => "element_substitutability",
            RatingAxis::SupplyDisruption => "supply_disruption",
            RatingAxis::Intent => "intent",
            RatingAxis::Capability => "capability",
            RatingAxis::Opportunity => "opportunity",
            RatingAxis::Feasibility => "feasibility",
            RatingAxis::ScenarioImpact => "impact",
            RatingAxis::ControlEffectiveness => "control_effectiveness",
            RatingAxis::TrendRelevance => "trend_relevance",
        }
    }

    pub fn label(self) -> Text {
        match self {
            RatingAxis::MarketImportance => {
                Text::new("市場・業界における重要性", "Importance in market/industry")
            }
            RatingAxis::NationalStrategy => {
                Text::new("国家戦略上の位置づけ", "Position in national strategy")
            }
            RatingAxis::TechSubstitutability => Text::new("代替可能性", "Substitutability"),
            RatingAxis::LeakImpact => Text::new("流出時の影響度", "Impact if leaked"),
            RatingAxis::ElementDependency => Text::new("依存度", "Dependency"),
            RatingAxis::ElementSubstitutability => Text::new("代替可能性", "Substitutability"),
            RatingAxis::SupplyDisruption => Text::new("供給途絶リスク", "Supply-disruption risk"),
            RatingAxis::Intent => Text::new("意図", "Intent"),
            RatingAxis::Capability => Text::new("能力", "Capability"),
            RatingAxis::Opportunity => Text::new("機会", "Opportunity"),
            RatingAxis::Feasibility => Text::new("実現可能性", "Feasibility"),
            RatingAxis::ScenarioImpact => Text::new("影響度", "Impact"),
            RatingAxis::ControlEffectiveness => {
                Text::new("予防体制の有効性", "Effectiveness of current controls")
            }
            RatingAxis::TrendRelevance => Text::new(
                "経済安全保障トレンドとの関連性",
                "Relevance to economic-security trends",
            ),
        }
    }

    /// Anchored descriptions of what 1, 3 and 5 mean on this axis.
    pub fn anchors(self) -> [Text; 3] {
        super::catalog::anchors::axis_anchors(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_one_to_five_are_ratings() {
        assert!(Rating::new(0).is_err());
        assert!(Rating::new(6).is_err());
        assert_eq!(
            Rating::all().map(Rating::get).collect::<Vec<_>>(),
            [1, 2, 3, 4, 5]
        );
        assert!(serde_json::from_str::<Rating>("7").is_err());
        assert_eq!(
            serde_json::from_str::<Rating>("3").ok(),
            Rating::new(3).ok()
        );
    }

    #[test]
    fn good_when_high_axes_are_inverted() {
        let five = Rating::new(5).expect("5 is a rating");
        assert_eq!(five.risk_value(RatingAxis::TechSubstitutability), 1);
        assert_eq!(five.risk_value(RatingAxis::ControlEffectiveness), 1);
        assert_eq!(five.risk_value(RatingAxis::ElementSubstitutability), 1);
        assert_eq!(five.risk_value(RatingAxis::Feasibility), 5);
    }

    #[test]
    fn every_axis_has_a_label_and_three_anchors_in_both_languages() {
        for axis in RatingAxis::ALL {
            let l = axis.label();
            assert!(!l.ja.is_empty() && !l.en.is_empty(), "{axis:?}");
            for a in axis.anchors() {
                assert!(!a.ja.is_empty() && !a.en.is_empty(), "{axis:?} anchor");
            }
        }
    }
}
