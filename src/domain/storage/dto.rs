//! Data-transfer objects of the workbook JSON, schema version 1.
//!
//! These structs *are* the storage format: field names and shapes here are a
//! data contract (see docs/storage-format.md). They are deliberately separate
//! from the domain types so the model can evolve while the format changes only
//! through a new schema version and a migration. Value types that already
//! serialise as stable codes (ids, ratings, the `code_enum` kinds) are reused.
//!
//! Optional and list fields default when missing (`#[serde(default)]`), so a
//! hand-trimmed file still loads; ids, names and references are required.

use serde::{Deserialize, Serialize};
use time::format_description::well_known::Rfc3339;
use time::{Date, OffsetDateTime, UtcOffset};

use crate::domain::ids::*;
use crate::domain::kinds::*;
use crate::domain::model::*;
use crate::domain::rating::Rating;
use crate::domain::validate::{format_date, parse_date};

/// A value in the file that the schema does not allow; `path` is where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadValue {
    pub path: String,
    pub value: String,
    pub expected: &'static str,
}

fn default_format() -> String {
    super::FORMAT.to_owned()
}

#[derive(Serialize, Deserialize)]
pub struct WorkbookDto {
    #[serde(default = "default_format")]
    pub format: String,
    pub schema_version: u32,
    pub id: WorkbookId,
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub assessor: String,
    pub created_at: String,
    /// Defaults to `created_at` when missing.
    #[serde(default)]
    pub updated_at: Option<String>,
    #[serde(default)]
    pub settings: SettingsDto,
    /// Defaults to one top-tier round started at `created_at` when missing.
    #[serde(default)]
    pub rounds: Vec<RoundDto>,
    #[serde(default)]
    pub technologies: Vec<TechnologyDto>,
    #[serde(default)]
    pub actors: Vec<ActorDto>,
    #[serde(default)]
    pub assessments: Vec<AssessmentDto>,
    #[serde(default)]
    pub scenarios: Vec<ScenarioDto>,
    #[serde(default)]
    pub countermeasures: Vec<CountermeasureDto>,
    #[serde(default)]
    pub exercises: Vec<ExerciseDto>,
}

#[derive(Serialize, Deserialize)]
#[serde(default)]
pub struct SettingsDto {
    pub weights: WeightsDto,
    pub top_share_percent: u8,
    pub middle_share_percent: u8,
    pub chokepoint_threshold: u8,
}

impl Default for SettingsDto {
    fn default() -> Self {
        SettingsDto::from(&Settings::default())
    }
}

#[derive(Serialize, Deserialize)]
#[serde(default)]
pub struct WeightsDto {
    pub market_importance: u8,
    pub national_strategy: u8,
    pub substitutability: u8,
    pub leak_impact: u8,
}

impl Default for WeightsDto {
    fn default() -> Self {
        SettingsDto::from(&Settings::default()).weights
    }
}

#[derive(Serialize, Deserialize)]
pub struct RoundDto {
    pub id: RoundId,
    pub number: u32,
    pub scope: RoundScope,
    pub started_at: String,
    #[serde(default)]
    pub notes: String,
}

#[derive(Serialize, Deserialize)]
pub struct TechnologyDto {
    pub id: TechnologyId,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub category: TechCategory,
    #[serde(default)]
    pub owner_unit: String,
    #[serde(default)]
    pub storage_locations: Vec<String>,
    #[serde(default)]
    pub management: String,
    #[serde(default)]
    pub access: AccessDto,
    #[serde(default)]
    pub key_persons: Vec<String>,
    #[serde(default = "not_judged")]
    pub export_control: ExportControl,
    #[serde(default)]
    pub market_importance: Option<Rating>,
    #[serde(default)]
    pub national_strategy: Option<Rating>,
    #[serde(default)]
    pub substitutability: Option<Rating>,
    #[serde(default)]
    pub leak_impact: Option<Rating>,
    #[serde(default)]
    pub elements: Vec<ElementDto>,
    #[serde(default)]
    pub notes: String,
}

fn not_judged() -> ExportControl {
    ExportControl::NotJudged
}

#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
pub struct AccessDto {
    pub internal_count: Option<u32>,
    pub external_parties: Option<bool>,
    pub notes: String,
}

#[derive(Serialize, Deserialize)]
pub struct ElementDto {
    pub id: ElementId,
    pub kind: ElementKind,
    pub name: String,
    #[serde(default)]
    pub dependency: Option<Rating>,
    #[serde(default)]
    pub substitutability: Option<Rating>,
    #[serde(default)]
    pub supply_disruption: Option<Rating>,
    #[serde(default)]
    pub notes: String,
}

#[derive(Serialize, Deserialize)]
pub struct ActorDto {
    pub id: ActorId,
    pub name: String,
    pub kind: ActorKind,
    #[serde(default)]
    pub catalog_id: Option<String>,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub motive: String,
    #[serde(default)]
    pub methods: String,
    #[serde(default)]
    pub default_capability: Option<Rating>,
    #[serde(default)]
    pub notes: String,
}

#[derive(Serialize, Deserialize)]
pub struct AssessmentDto {
    pub id: AssessmentId,
    pub actor_id: ActorId,
    pub technology_id: TechnologyId,
    #[serde(default)]
    pub intent: Option<Rating>,
    #[serde(default)]
    pub capability: Option<Rating>,
    #[serde(default)]
    pub opportunity: Option<Rating>,
    #[serde(default)]
    pub intent_evidence: IntentEvidenceDto,
    #[serde(default)]
    pub capability_evidence: String,
    #[serde(default)]
    pub opportunity_evidence: String,
}

#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
pub struct IntentEvidenceDto {
    pub in_policy_lists: Option<bool>,
    pub patent_activity: Option<bool>,
    pub notes: String,
}

#[derive(Serialize, Deserialize)]
pub struct ScenarioDto {
    pub id: ScenarioId,
    pub technology_id: TechnologyId,
    #[serde(default)]
    pub actor_id: Option<ActorId>,
    pub title: String,
    #[serde(default)]
    pub narrative: String,
    #[serde(default)]
    pub pattern_id: Option<String>,
    #[serde(default)]
    pub group: Option<PatternGroup>,
    pub origin: ThreatOrigin,
    pub legality: Legality,
    #[serde(default)]
    pub feasibility: Option<Rating>,
    #[serde(default)]
    pub impact: Option<Rating>,
    #[serde(default)]
    pub control_effectiveness: Option<Rating>,
    #[serde(default)]
    pub trend_relevance: Option<Rating>,
    #[serde(default = "draft")]
    pub status: ScenarioStatus,
    #[serde(default)]
    pub notes: String,
}

fn draft() -> ScenarioStatus {
    ScenarioStatus::Draft
}

#[derive(Serialize, Deserialize)]
pub struct CountermeasureDto {
    pub id: CountermeasureId,
    #[serde(default)]
    pub scenario_ids: Vec<ScenarioId>,
    #[serde(default)]
    pub technology_ids: Vec<TechnologyId>,
    #[serde(default)]
    pub catalog_id: Option<String>,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub category: CmCategory,
    pub phase: CmPhase,
    #[serde(default = "not_started")]
    pub status: CmStatus,
    #[serde(default)]
    pub owner: String,
    /// `YYYY-MM-DD` or null.
    #[serde(default)]
    pub due_date: Option<String>,
    #[serde(default)]
    pub notes: String,
}

fn not_started() -> CmStatus {
    CmStatus::NotStarted
}

#[derive(Serialize, Deserialize)]
pub struct ExerciseDto {
    pub id: ExerciseId,
    pub kind: ExerciseKind,
    pub title: String,
    /// `YYYY-MM-DD` or null.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub scenario_ids: Vec<ScenarioId>,
    #[serde(default)]
    pub participants: Vec<String>,
    #[serde(default)]
    pub objectives: String,
    #[serde(default)]
    pub stop_point: String,
    #[serde(default)]
    pub stopped_by: String,
    #[serde(default)]
    pub detection: Option<Detection>,
    #[serde(default)]
    pub weaknesses: Vec<WeaknessDto>,
    #[serde(default)]
    pub follow_up_ids: Vec<CountermeasureId>,
    #[serde(default)]
    pub notes: String,
}

#[derive(Serialize, Deserialize)]
pub struct WeaknessDto {
    pub kind: WeaknessKind,
    #[serde(default)]
    pub description: String,
}

// ---- domain → DTO (infallible) ----------------------------------------------

/// RFC 3339 with the original offset. Only offsets with seconds or years
/// beyond 0–9999 cannot be written; those fall back to UTC, then to the
/// debug text (which `restore` will reject rather than misread).
pub fn format_datetime(t: OffsetDateTime) -> String {
    t.format(&Rfc3339)
        .or_else(|_| t.to_offset(UtcOffset::UTC).format(&Rfc3339))
        .unwrap_or_else(|_| t.to_string())
}

fn parse_datetime(path: String, text: &str) -> Result<OffsetDateTime, BadValue> {
    OffsetDateTime::parse(text, &Rfc3339).map_err(|_| BadValue {
        path,
        value: text.to_owned(),
        expected: "an RFC 3339 date and time, e.g. 2025-06-01T09:00:00+09:00",
    })
}

fn parse_day(path: String, text: Option<&str>) -> Result<Option<Date>, BadValue> {
    match text {
        None => Ok(None),
        Some(t) => parse_date(t).map(Some).ok_or_else(|| BadValue {
            path,
            value: t.to_owned(),
            expected: "a date YYYY-MM-DD",
        }),
    }
}

impl From<&Settings> for SettingsDto {
    fn from(s: &Settings) -> Self {
        SettingsDto {
            weights: WeightsDto {
                market_importance: s.weights.market_importance,
                national_strategy: s.weights.national_strategy,
                substitutability: s.weights.substitutability,
                leak_impact: s.weights.leak_impact,
            },
            top_share_percent: s.top_share_percent,
            middle_share_percent: s.middle_share_percent,
            chokepoint_threshold: s.chokepoint_threshold,
        }
    }
}

impl From<&Workbook> for WorkbookDto {
    fn from(w: &Workbook) -> Self {
        WorkbookDto {
            format: super::FORMAT.to_owned(),
            schema_version: super::SCHEMA_VERSION,
            id: w.id,
            name: w.name.clone(),
            organisation: w.organisation.clone(),
            unit: w.unit.clone(),
            assessor: w.assessor.clone(),
            created_at: format_datetime(w.created_at),
            updated_at: Some(format_datetime(w.updated_at)),
            settings: SettingsDto::from(&w.settings),
            rounds: w
                .rounds
                .iter()
                .map(|r| RoundDto {
                    id: r.id,
                    number: r.number,
                    scope: r.scope,
                    started_at: format_datetime(r.started_at),
                    notes: r.notes.clone(),
                })
                .collect(),
            technologies: w.technologies.iter().map(tech_to_dto).collect(),
            actors: w
                .actors
                .iter()
                .map(|a| ActorDto {
                    id: a.id,
                    name: a.name.clone(),
                    kind: a.kind,
                    catalog_id: a.catalog_id.clone(),
                    description: a.description.clone(),
                    motive: a.motive.clone(),
                    methods: a.methods.clone(),
                    default_capability: a.default_capability,
                    notes: a.notes.clone(),
                })
                .collect(),
            assessments: w
                .assessments
                .iter()
                .map(|a| AssessmentDto {
                    id: a.id,
                    actor_id: a.actor_id,
                    technology_id: a.technology_id,
                    intent: a.intent,
                    capability: a.capability,
                    opportunity: a.opportunity,
                    intent_evidence: IntentEvidenceDto {
                        in_policy_lists: a.intent_evidence.in_policy_lists,
                        patent_activity: a.intent_evidence.patent_activity,
                        notes: a.intent_evidence.notes.clone(),
                    },
                    capability_evidence: a.capability_evidence.clone(),
                    opportunity_evidence: a.opportunity_evidence.clone(),
                })
                .collect(),
            scenarios: w
                .scenarios
                .iter()
                .map(|s| ScenarioDto {
                    id: s.id,
                    technology_id: s.technology_id,
                    actor_id: s.actor_id,
                    title: s.title.clone(),
                    narrative: s.narrative.clone(),
                    pattern_id: s.pattern_id.clone(),
                    group: s.group,
                    origin: s.origin,
                    legality: s.legality,
                    feasibility: s.feasibility,
                    impact: s.impact,
                    control_effectiveness: s.control_effectiveness,
                    trend_relevance: s.trend_relevance,
                    status: s.status,
                    notes: s.notes.clone(),
                })
                .collect(),
            countermeasures: w
                .countermeasures
                .iter()
                .map(|m| CountermeasureDto {
                    id: m.id,
                    scenario_ids: m.scenario_ids.clone(),
                    technology_ids: m.technology_ids.clone(),
                    catalog_id: m.catalog_id.clone(),
                    title: m.title.clone(),
                    description: m.description.clone(),
                    category: m.category,
                    phase: m.phase,
                    status: m.status,
                    owner: m.owner.clone(),
                    due_date: m.due_date.map(format_date),
                    notes: m.notes.clone(),
                })
                .collect(),
            exercises: w
                .exercises
                .iter()
                .map(|e| ExerciseDto {
                    id: e.id,
                    kind: e.kind,
                    title: e.title.clone(),
                    date: e.date.map(format_date),
                    scenario_ids: e.scenario_ids.clone(),
                    participants: e.participants.clone(),
                    objectives: e.objectives.clone(),
                    stop_point: e.stop_point.clone(),
                    stopped_by: e.stopped_by.clone(),
                    detection: e.detection,
                    weaknesses: e
                        .weaknesses
                        .iter()
                        .map(|w| WeaknessDto {
                            kind: w.kind,
                            description: w.description.clone(),
                        })
                        .collect(),
                    follow_up_ids: e.follow_up_ids.clone(),
                    notes: e.notes.clone(),
                })
                .collect(),
        }
    }
}

fn tech_to_dto(t: &Technology) -> TechnologyDto {
    TechnologyDto {
        id: t.id,
        name: t.name.clone(),
        description: t.description.clone(),
        category: t.category,
        owner_unit: t.owner_unit.clone(),
        storage_locations: t.storage_locations.clone(),
        management: t.management.clone(),
        access: AccessDto {
            internal_count: t.access.internal_count,
            external_parties: t.access.external_parties,
            notes: t.access.notes.clone(),
        },
        key_persons: t.key_persons.clone(),
        export_control: t.export_control,
        market_importance: t.market_importance,
        national_strategy: t.national_strategy,
        substitutability: t.substitutability,
        leak_impact: t.leak_impact,
        elements: t
            .elements
            .iter()
            .map(|e| ElementDto {
                id: e.id,
                kind: e.kind,
                name: e.name.clone(),
                dependency: e.dependency,
                substitutability: e.substitutability,
                supply_disruption: e.supply_disruption,
                notes: e.notes.clone(),
            })
            .collect(),
        notes: t.notes.clone(),
    }
}

// ---- DTO → domain (fails only on dates and times) ---------------------------

impl WorkbookDto {
    /// Converts to the domain model, filling defaults. Reference checks are
    /// left to `Workbook::validate`, which `restore` runs next.
    pub fn into_domain(self) -> Result<Workbook, BadValue> {
        let created_at = parse_datetime("created_at".into(), &self.created_at)?;
        let updated_at = match &self.updated_at {
            Some(t) => parse_datetime("updated_at".into(), t)?,
            None => created_at,
        };
        let s = self.settings;
        let settings = Settings {
            weights: CriticalityWeights {
                market_importance: s.weights.market_importance,
                national_strategy: s.weights.national_strategy,
                substitutability: s.weights.substitutability,
                leak_impact: s.weights.leak_impact,
            },
            top_share_percent: s.top_share_percent,
            middle_share_percent: s.middle_share_percent,
            chokepoint_threshold: s.chokepoint_threshold,
        };
        let mut rounds = Vec::with_capacity(self.rounds.len().max(1));
        for (i, r) in self.rounds.into_iter().enumerate() {
            rounds.push(Round {
                id: r.id,
                number: r.number,
                scope: r.scope,
                started_at: parse_datetime(format!("rounds[{i}].started_at"), &r.started_at)?,
                notes: r.notes,
            });
        }
        if rounds.is_empty() {
            // A file without rounds is in its first round; derive a stable id
            // from the workbook id so restoring twice gives the same result.
            rounds.push(Round {
                id: RoundId::new(self.id.uuid()),
                number: 1,
                scope: RoundScope::TopTier,
                started_at: created_at,
                notes: String::new(),
            });
        }
        let mut countermeasures = Vec::with_capacity(self.countermeasures.len());
        for (i, m) in self.countermeasures.into_iter().enumerate() {
            countermeasures.push(Countermeasure {
                id: m.id,
                scenario_ids: m.scenario_ids,
                technology_ids: m.technology_ids,
                catalog_id: m.catalog_id,
                title: m.title,
                description: m.description,
                category: m.category,
                phase: m.phase,
                status: m.status,
                owner: m.owner,
                due_date: parse_day(
                    format!("countermeasures[{i}].due_date"),
                    m.due_date.as_deref(),
                )?,
                notes: m.notes,
            });
        }
        let mut exercises = Vec::with_capacity(self.exercises.len());
        for (i, e) in self.exercises.into_iter().enumerate() {
            exercises.push(Exercise {
                id: e.id,
                kind: e.kind,
                title: e.title,
                date: parse_day(format!("exercises[{i}].date"), e.date.as_deref())?,
                scenario_ids: e.scenario_ids,
                participants: e.participants,
                objectives: e.objectives,
                stop_point: e.stop_point,
                stopped_by: e.stopped_by,
                detection: e.detection,
                weaknesses: e
                    .weaknesses
                    .into_iter()
                    .map(|w| Weakness {
                        kind: w.kind,
                        description: w.description,
                    })
                    .collect(),
                follow_up_ids: e.follow_up_ids,
                notes: e.notes,
            });
        }
        Ok(Workbook {
            id: self.id,
            name: self.name,
            organisation: self.organisation,
            unit: self.unit,
            assessor: self.assessor,
            created_at,
            updated_at,
            settings,
            rounds,
            technologies: self.technologies.into_iter().map(tech_from_dto).collect(),
            actors: self
                .actors
                .into_iter()
                .map(|a| ThreatActor {
                    id: a.id,
                    name: a.name,
                    kind: a.kind,
                    catalog_id: a.catalog_id,
                    description: a.description,
                    motive: a.motive,
                    methods: a.methods,
                    default_capability: a.default_capability,
                    notes: a.notes,
                })
                .collect(),
            assessments: self
                .assessments
                .into_iter()
                .map(|a| ThreatAssessment {
                    id: a.id,
                    actor_id: a.actor_id,
                    technology_id: a.technology_id,
                    intent: a.intent,
                    capability: a.capability,
                    opportunity: a.opportunity,
                    intent_evidence: IntentEvidence {
                        in_policy_lists: a.intent_evidence.in_policy_lists,
                        patent_activity: a.intent_evidence.patent_activity,
                        notes: a.intent_evidence.notes,
                    },
                    capability_evidence: a.capability_evidence,
                    opportunity_evidence: a.opportunity_evidence,
                })
                .collect(),
            scenarios: self
                .scenarios
                .into_iter()
                .map(|s| LeakScenario {
                    id: s.id,
                    technology_id: s.technology_id,
                    actor_id: s.actor_id,
                    title: s.title,
                    narrative: s.narrative,
                    pattern_id: s.pattern_id,
                    group: s.group,
                    origin: s.origin,
                    legality: s.legality,
                    feasibility: s.feasibility,
                    impact: s.impact,
                    control_effectiveness: s.control_effectiveness,
                    trend_relevance: s.trend_relevance,
                    status: s.status,
                    notes: s.notes,
                })
                .collect(),
            countermeasures,
            exercises,
        })
    }
}

fn tech_from_dto(t: TechnologyDto) -> Technology {
    Technology {
        id: t.id,
        name: t.name,
        description: t.description,
        category: t.category,
        owner_unit: t.owner_unit,
        storage_locations: t.storage_locations,
        management: t.management,
        access: Access {
            internal_count: t.access.internal_count,
            external_parties: t.access.external_parties,
            notes: t.access.notes,
        },
        key_persons: t.key_persons,
        export_control: t.export_control,
        market_importance: t.market_importance,
        national_strategy: t.national_strategy,
        substitutability: t.substitutability,
        leak_impact: t.leak_impact,
        elements: t
            .elements
            .into_iter()
            .map(|e| ChokepointElement {
                id: e.id,
                kind: e.kind,
                name: e.name,
                dependency: e.dependency,
                substitutability: e.substitutability,
                supply_disruption: e.supply_disruption,
                notes: e.notes,
            })
            .collect(),
        notes: t.notes,
    }
}
