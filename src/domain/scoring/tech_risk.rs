//! What ranks technologies into tiers: criticality alone before Step 2, and
//! criticality × the threat against the technology once any threat has been
//! assessed (source 004: Step 3 starts from the technologies 「特にリスクが高い
//! 上位20%程度」, and the threat assessment is there to set priorities).
//!
//! ```text
//! threat level of a technology = the highest level among its decided assessments (1–5)
//!                                 none decided yet: 3, assumed (never counted as low)
//! ranking score = criticality                    no threat assessed anywhere in the workbook
//!               = criticality × threat level     otherwise                         (1–25)
//! ```
//! Mamori's convention, not the source's: 004 names the inputs, not a formula.
//! The product keeps "valuable AND threatened" on a whiteboard; the assumed 3
//! keeps an unassessed technology from sliding down the ranking merely because
//! nobody has looked at its threats yet.

use super::criticality::Fraction;
use super::risk::ASSUMED_THREAT_LEVEL;

/// The basis tiers are ranked on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TierBasis {
    /// No threat assessment is decided anywhere in the workbook yet.
    #[default]
    Criticality,
    /// At least one is: criticality × threat level.
    CriticalityTimesThreat,
}

impl TierBasis {
    /// Stable code for exports.
    pub fn code(self) -> &'static str {
        match self {
            TierBasis::Criticality => "criticality",
            TierBasis::CriticalityTimesThreat => "criticality_x_threat",
        }
    }
}

/// The threat against one technology, as the ranking uses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TechThreat {
    /// Highest decided level, or [`ASSUMED_THREAT_LEVEL`] when none is decided.
    pub level: u8,
    /// Whether at least one assessment of it is decided.
    pub assessed: bool,
}

impl TechThreat {
    /// From the decided levels (1–5) of the technology's assessments.
    pub fn from_levels(levels: impl IntoIterator<Item = u8>) -> TechThreat {
        match levels.into_iter().max() {
            Some(level) => TechThreat {
                level: level.clamp(1, 5),
                assessed: true,
            },
            None => TechThreat {
                level: ASSUMED_THREAT_LEVEL,
                assessed: false,
            },
        }
    }
}

impl TechThreat {
    /// Stable code for exports, shared with the scenarios' threat source.
    pub fn basis_code(self) -> &'static str {
        if self.assessed {
            "assessed"
        } else {
            "assumed_not_assessed"
        }
    }
}

/// The score a technology is ranked by, exact.
pub fn ranking_score(criticality: Fraction, threat: TechThreat, basis: TierBasis) -> Fraction {
    match basis {
        TierBasis::Criticality => criticality,
        TierBasis::CriticalityTimesThreat => Fraction {
            num: criticality.num * u32::from(threat.level),
            den: criticality.den,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_decided_level_counts_and_none_is_assumed_middle() {
        assert_eq!(
            TechThreat::from_levels([3, 4, 1]),
            TechThreat {
                level: 4,
                assessed: true
            }
        );
        assert_eq!(
            TechThreat::from_levels([]),
            TechThreat {
                level: 3,
                assessed: false
            }
        );
        assert_eq!(TechThreat::from_levels([1]).level, 1);
    }

    #[test]
    fn threat_multiplies_criticality_only_after_step_2() {
        let c = Fraction { num: 19, den: 4 }; // 4.75
        let t = TechThreat::from_levels([4]);
        assert_eq!(ranking_score(c, t, TierBasis::Criticality), c);
        assert_eq!(
            ranking_score(c, t, TierBasis::CriticalityTimesThreat),
            Fraction { num: 76, den: 4 } // 19.0
        );
        // An unassessed technology is never ranked as low threat: 3, not 1.
        let unassessed = TechThreat::from_levels([]);
        let low = TechThreat::from_levels([1]);
        assert!(
            ranking_score(c, unassessed, TierBasis::CriticalityTimesThreat)
                > ranking_score(c, low, TierBasis::CriticalityTimesThreat)
        );
    }
}
