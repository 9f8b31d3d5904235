//! Leak scenarios (漏洩シナリオ, Step 3).

use crate::domain::ids::{ActorId, ScenarioId, TechnologyId};
use crate::domain::kinds::{Legality, PatternGroup, ScenarioStatus, ThreatOrigin};
use crate::domain::rating::Rating;

/// How a technology could leak, and how bad that would be.
#[derive(Clone, Debug, PartialEq)]
pub struct LeakScenario {
    pub id: ScenarioId,
    pub technology_id: TechnologyId,
    pub actor_id: Option<ActorId>,
    pub title: String,
    pub narrative: String,
    /// Built-in scenario pattern this was created from, kept for grouping.
    pub pattern_id: Option<String>,
    /// Police pattern group; set from the pattern, or by hand for own scenarios.
    pub group: Option<PatternGroup>,
    /// External or internal; `None` until the user chooses (a coverage gap).
    pub origin: Option<ThreatOrigin>,
    /// Legal, grey or illegal; `None` until the user chooses (a coverage gap).
    pub legality: Option<Legality>,
    pub feasibility: Option<Rating>,
    pub impact: Option<Rating>,
    /// High = good controls (inverted in scores).
    pub control_effectiveness: Option<Rating>,
    pub trend_relevance: Option<Rating>,
    pub status: ScenarioStatus,
    pub notes: String,
}

impl LeakScenario {
    pub fn new(id: ScenarioId, technology_id: TechnologyId, title: impl Into<String>) -> Self {
        LeakScenario {
            id,
            technology_id,
            actor_id: None,
            title: title.into(),
            narrative: String::new(),
            pattern_id: None,
            group: None,
            origin: None,
            legality: None,
            feasibility: None,
            impact: None,
            control_effectiveness: None,
            trend_relevance: None,
            status: ScenarioStatus::Draft,
            notes: String::new(),
        }
    }

    /// Whether origin and legality have both been chosen. Step 3 asks for
    /// external and internal, legal and illegal routes alike, so a scenario
    /// missing either is a gap in the round's coverage.
    pub fn is_classified(&self) -> bool {
        self.origin.is_some() && self.legality.is_some()
    }
}
