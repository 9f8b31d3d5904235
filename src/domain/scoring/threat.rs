//! Threat level of one actor against one technology (脅威評価).
//!
//! ```text
//! threat = intent × capability × opportunity          (1–125)
//! scale  = ∛threat  (geometric mean, 1.0–5.0)
//! ```
//! Multiplicative on purpose: no intent, no threat. Intent 1 ("no need for this
//! technology") or unrated intent gives *no threat* (0). An unrated capability
//! falls back to the actor's default capability, and the breakdown says so.
//! Missing capability (after the fallback) or opportunity leaves the level
//! *incomplete* (0 for ordering, shown as "to be assessed").

use crate::domain::model::{ThreatActor, ThreatAssessment};
use crate::domain::rating::Rating;

/// Where the capability used in the product came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapabilitySource {
    /// Rated in the assessment itself.
    Assessed,
    /// Not rated in the assessment: the actor's default capability.
    ActorDefault,
    /// Neither rated nor defaulted.
    Missing,
}

/// What the threat level amounts to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThreatStatus {
    /// Intent not rated yet: treated as no threat until judged.
    IntentNotRated,
    /// Intent rated 1: the actor does not need this technology.
    NoIntent,
    /// Intent ≥ 2 but capability or opportunity missing.
    Incomplete,
    /// All three factors known.
    Rated,
}

/// The threat breakdown of one assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThreatLevel {
    pub intent: Option<Rating>,
    /// Capability used (assessed or the actor's default).
    pub capability: Option<Rating>,
    pub capability_source: CapabilitySource,
    pub opportunity: Option<Rating>,
    pub status: ThreatStatus,
    /// intent × capability × opportunity when `Rated`, else 0.
    pub product: u8,
}

impl ThreatLevel {
    /// The geometric mean ∛product on 1–5 (0 when there is no rated threat),
    /// so the level reads on the same scale as its inputs.
    pub fn scale(&self) -> f64 {
        if self.product == 0 {
            0.0
        } else {
            f64::from(self.product).cbrt()
        }
    }

    /// The level as a whole number 1–5 for display bands (the scale rounded
    /// to the nearest integer; no tie can occur since ∛n is never k + ½ for an
    /// integer n), or 0 when there is no rated threat.
    pub fn band(&self) -> u8 {
        if self.product == 0 {
            0
        } else {
            (self.scale().round() as u8).clamp(1, 5)
        }
    }

    /// Whether the judgement is finished (a definite threat or a definite none).
    pub fn decided(&self) -> bool {
        matches!(self.status, ThreatStatus::NoIntent | ThreatStatus::Rated)
    }

    /// The threat level 1–5 that priorities use, once decided: the band of a
    /// rated threat, and 1 — the bottom of the scale — for "no intent".
    /// `None` while intent, capability or opportunity is still open.
    pub fn level(&self) -> Option<u8> {
        match self.status {
            ThreatStatus::Rated => Some(self.band().max(1)),
            ThreatStatus::NoIntent => Some(1),
            ThreatStatus::IntentNotRated | ThreatStatus::Incomplete => None,
        }
    }
}

/// Computes the threat level; `actor` supplies the default capability.
pub fn threat_level(a: &ThreatAssessment, actor: Option<&ThreatActor>) -> ThreatLevel {
    let (capability, capability_source) =
        match (a.capability, actor.and_then(|x| x.default_capability)) {
            (Some(c), _) => (Some(c), CapabilitySource::Assessed),
            (None, Some(c)) => (Some(c), CapabilitySource::ActorDefault),
            (None, None) => (None, CapabilitySource::Missing),
        };
    let status = match (a.intent.map(Rating::get), capability, a.opportunity) {
        (None, _, _) => ThreatStatus::IntentNotRated,
        (Some(1), _, _) => ThreatStatus::NoIntent,
        (Some(_), Some(_), Some(_)) => ThreatStatus::Rated,
        _ => ThreatStatus::Incomplete,
    };
    let product = match (status, a.intent, capability, a.opportunity) {
        (ThreatStatus::Rated, Some(i), Some(c), Some(o)) => i.get() * c.get() * o.get(),
        _ => 0,
    };
    ThreatLevel {
        intent: a.intent,
        capability,
        capability_source,
        opportunity: a.opportunity,
        status,
        product,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{ActorId, AssessmentId, TechnologyId};
    use crate::domain::kinds::ActorKind;
    use uuid::Uuid;

    fn r(v: u8) -> Option<Rating> {
        Rating::new(v).ok()
    }

    fn check(
        icp: [Option<Rating>; 3],
        default_cap: Option<Rating>,
        expected: (ThreatStatus, CapabilitySource, u8),
    ) {
        let mut a = ThreatAssessment::new(
            AssessmentId::new(Uuid::nil()),
            ActorId::new(Uuid::nil()),
            TechnologyId::new(Uuid::nil()),
        );
        [a.intent, a.capability, a.opportunity] = icp;
        let mut actor = ThreatActor::new(ActorId::new(Uuid::nil()), "x", ActorKind::Other);
        actor.default_capability = default_cap;
        let t = threat_level(&a, Some(&actor));
        assert_eq!(
            (t.status, t.capability_source, t.product),
            expected,
            "{icp:?} default {default_cap:?}"
        );
    }

    #[test]
    fn threat_is_the_product_of_intent_capability_opportunity() {
        use CapabilitySource::*;
        use ThreatStatus::*;
        check([r(4), r(5), r(3)], None, (Rated, Assessed, 60));
        check([r(5), r(5), r(5)], None, (Rated, Assessed, 125));
        check([r(2), r(1), r(1)], None, (Rated, Assessed, 2));
        // No intent, no threat, whatever the other factors say.
        check([r(1), r(5), r(5)], None, (NoIntent, Assessed, 0));
        check([None, r(5), r(5)], None, (IntentNotRated, Assessed, 0));
        // Capability falls back to the actor's default, and says so.
        check([r(4), None, r(3)], r(5), (Rated, ActorDefault, 60));
        check([r(4), None, r(3)], None, (Incomplete, Missing, 0));
        check([r(4), r(2), None], None, (Incomplete, Assessed, 0));
    }

    #[test]
    fn scale_is_the_geometric_mean() {
        let a = ThreatLevel {
            intent: r(4),
            capability: r(5),
            opportunity: r(3),
            capability_source: CapabilitySource::Assessed,
            status: ThreatStatus::Rated,
            product: 64,
        };
        assert!((a.scale() - 4.0).abs() < 1e-9);
    }

    #[test]
    fn the_level_is_the_band_once_decided_and_1_for_no_intent() {
        let level = |icp: [Option<Rating>; 3]| {
            let mut a = ThreatAssessment::new(
                AssessmentId::new(Uuid::nil()),
                ActorId::new(Uuid::nil()),
                TechnologyId::new(Uuid::nil()),
            );
            [a.intent, a.capability, a.opportunity] = icp;
            threat_level(&a, None).level()
        };
        assert_eq!(level([r(4), r(5), r(3)]), Some(4)); // 60 → ∛ 3.91
        assert_eq!(level([r(2), r(1), r(1)]), Some(1)); // 2 → ∛ 1.26
        assert_eq!(level([r(5), r(5), r(5)]), Some(5));
        assert_eq!(level([r(1), r(5), r(5)]), Some(1)); // no intent
        assert_eq!(level([None, r(5), r(5)]), None);
        assert_eq!(level([r(4), r(5), None]), None);
    }

    #[test]
    fn band_rounds_the_scale() {
        let band = |product: u8| {
            ThreatLevel {
                intent: None,
                capability: None,
                opportunity: None,
                capability_source: CapabilitySource::Missing,
                status: ThreatStatus::Rated,
                product,
            }
            .band()
        };
        for (product, expected) in [
            (0, 0),
            (1, 1),
            (2, 1),
            (8, 2),
            (27, 3),
            (32, 3),
            (60, 4),
            (64, 4),
            (75, 4),
            (91, 4),
            (92, 5),
            (125, 5),
        ] {
            assert_eq!(band(product), expected, "product {product}");
        }
    }
}
