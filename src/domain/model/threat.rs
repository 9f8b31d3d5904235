//! Threat actors (脅威プレイヤー) and actor × technology threat assessments (Step 2).

use crate::domain::ids::{ActorId, AssessmentId, TechnologyId};
use crate::domain::kinds::ActorKind;
use crate::domain::rating::Rating;

/// Who might target the organisation's technology, why and how.
#[derive(Clone, Debug, PartialEq)]
pub struct ThreatActor {
    pub id: ActorId,
    pub name: String,
    pub kind: ActorKind,
    /// Built-in catalogue entry this actor was created from, kept for grouping.
    pub catalog_id: Option<String>,
    /// Who it is, in the assessor's words.
    pub description: String,
    /// Why it would want the technology.
    pub motive: String,
    /// How it would try to get it.
    pub methods: String,
    /// Capability used when an assessment leaves capability unrated.
    pub default_capability: Option<Rating>,
    pub notes: String,
}

impl ThreatActor {
    pub fn new(id: ActorId, name: impl Into<String>, kind: ActorKind) -> Self {
        ThreatActor {
            id,
            name: name.into(),
            kind,
            catalog_id: None,
            description: String::new(),
            motive: String::new(),
            methods: String::new(),
            default_capability: None,
            notes: String::new(),
        }
    }
}

/// Evidence for the intent judgement (source 004 names both signals).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IntentEvidence {
    /// The field appears in a state's industrial-policy lists (e.g. "Made in
    /// China 2025", the foreign-investment encouragement catalogue).
    pub in_policy_lists: Option<bool>,
    /// The actor files patents in the field.
    pub patent_activity: Option<bool>,
    pub notes: String,
}

/// How strongly one actor threatens one technology.
#[derive(Clone, Debug, PartialEq)]
pub struct ThreatAssessment {
    pub id: AssessmentId,
    pub actor_id: ActorId,
    pub technology_id: TechnologyId,
    pub intent: Option<Rating>,
    pub capability: Option<Rating>,
    pub opportunity: Option<Rating>,
    pub intent_evidence: IntentEvidence,
    pub capability_evidence: String,
    pub opportunity_evidence: String,
}

impl ThreatAssessment {
    pub fn new(id: AssessmentId, actor_id: ActorId, technology_id: TechnologyId) -> Self {
        ThreatAssessment {
            id,
            actor_id,
            technology_id,
            intent: None,
            capability: None,
            opportunity: None,
            intent_evidence: IntentEvidence::default(),
            capability_evidence: String::new(),
            opportunity_evidence: String::new(),
        }
    }
}
