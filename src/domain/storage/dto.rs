//! Data-transfer objects of the workbook JSON, schema version 4 (people and
//! access since 3; workshop sessions since 4, in `workshop_dto.rs`).
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
    /// Schema 3.
    #[serde(default)]
    pub people: Vec<PersonDto>,
    /// Schema 3.
    #[serde(default)]
    pub access: Vec<AccessLinkDto>,
    /// Schema 3: workshop rating sessions.
    #[serde(default)]
    pub workshops: Vec<super::workshop_dto::SessionDto>,
}

#[derive(Serialize, Deserialize)]
#[serde(default)]
pub struct SettingsDto {
    pub weights: WeightsDto,
    pub top_share_percent: u8,
    pub middle_share_percent: u8,
    pub chokepoint_threshold: u8,
    /// Schema 3.
    pub declaration_period_days: u16,
    /// Schema 3.
    pub disclosure_period_days: u16,
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
    /// Schema 3: replaces schema 2's `export_control` (now its `result`).
    #[serde(default)]
    pub classification: ClassificationDto,
    /// Schema 3.
    #[serde(default)]
    pub trade_secret: TradeSecretDto,
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

/// Schema 3: a technology's export-control classification (該非判定).
#[derive(Serialize, Deserialize)]
pub struct ClassificationDto {
    #[serde(default = "not_judged")]
    pub result: ExportControl,
    #[serde(default)]
    pub list_item: String,
    #[serde(default)]
    pub basis: String,
    /// `YYYY-MM-DD` or null.
    #[serde(default)]
    pub judged_on: Option<String>,
    #[serde(default)]
    pub judged_by: String,
    #[serde(default)]
    pub catch_all: Option<bool>,
    #[serde(default)]
    pub exception: Option<ExportException>,
    #[serde(default)]
    pub exception_ground: String,
}

impl Default for ClassificationDto {
    fn default() -> Self {
        ClassificationDto::from(&Classification::default())
    }
}

/// Schema 3: the trade-secret checklist; null = not checked.
#[derive(Serialize, Deserialize, Default)]
#[serde(default)]
pub struct TradeSecretDto {
    pub marked: Option<bool>,
    pub access_restricted: Option<bool>,
    pub in_register: Option<bool>,
    pub secrecy_note: String,
    pub useful: Option<bool>,
    pub usefulness_note: String,
    pub not_published: Option<bool>,
    pub nda_only: Option<bool>,
    pub non_public_note: String,
}

/// Schema 3: a person with access (a name or a pseudonym).
#[derive(Serialize, Deserialize)]
pub struct PersonDto {
    pub id: PersonId,
    pub name: String,
    #[serde(default = "other_role")]
    pub role: PersonRole,
    #[serde(default)]
    pub residency: Option<Residency>,
    #[serde(default = "not_submitted")]
    pub declaration: SpecifiedCategory,
    /// `YYYY-MM-DD` or null.
    #[serde(default)]
    pub declared_on: Option<String>,
    #[serde(default)]
    pub pledge_signed: bool,
    /// `YYYY-MM-DD` or null.
    #[serde(default)]
    pub pledge_on: Option<String>,
    /// `YYYY-MM-DD` or null.
    #[serde(default)]
    pub disclosed_on: Option<String>,
    #[serde(default)]
    pub notes: String,
}

fn other_role() -> PersonRole {
    PersonRole::Other
}

fn not_submitted() -> SpecifiedCategory {
    SpecifiedCategory::NotSubmitted
}

/// Schema 3: one person × technology access link.
#[derive(Serialize, Deserialize)]
pub struct AccessLinkDto {
    pub id: AccessId,
    pub person_id: PersonId,
    pub technology_id: TechnologyId,
    #[serde(default)]
    pub key_person: bool,
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
    /// Schema 2: null or missing = not chosen yet (schema 1 required it).
    #[serde(default)]
    pub origin: Option<ThreatOrigin>,
    /// Schema 2: null or missing = not chosen yet (schema 1 required it).
    #[serde(default)]
    pub legality: Option<Legality>,
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
    /// Schema 2.
    #[serde(default)]
    pub response: Option<ResponseOutcome>,
    /// Schema 2.
    #[serde(default)]
    pub response_notes: String,
    /// Schema 2.
    #[serde(default)]
    pub in_the_know: Vec<String>,
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

// ---- conversions: domain → DTO cannot fail; DTO → domain fails only on a ---
// ---- date or a time that does not parse -------------------------------------

/// RFC 3339 with the original offset. Only offsets with seconds or years
/// beyond 0–9999 cannot be written; those fall back to UTC, then to the
/// debug text (which `restore` will reject rather than misread).
pub fn format_datetime(t: OffsetDateTime) -> String {
    t.format(&Rfc3339)
        .or_else(|_| t.to_offset(UtcOffset::UTC).format(&Rfc3339))
        .unwrap_or_else(|_| t.to_string())
}

pub(super) fn parse_datetime(path: String, text: &str) -> Result<OffsetDateTime, BadValue> {
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

/// Writes the conversions between a domain type and its DTO, whose fields
/// have the same names. Fields are listed by how they cross over: `copy`
/// (`Copy` values), `clone` (cloned on the way out, moved on the way in),
/// `nested` (a DTO of its own, through `From`), `list` (a `Vec` of those),
/// `time` (an `OffsetDateTime` stored as RFC 3339 text) and `day` (an
/// `Option<Date>` stored as `YYYY-MM-DD` text or null).
///
/// A type without `time` or `day` fields converts back with `From`; one with
/// them gets `into_domain(path)`, which names `path.field` when the text
/// does not parse. Every field must be listed: a field added to either side
/// and not here fails to compile, which keeps the format and the model in
/// step.
macro_rules! mirror {
    ($domain:ident <=> $dto:ident {
        copy: $($copy:ident),* ;
        $(clone: $($clone:ident),* ;)?
        $(nested: $($nested:ident),* ;)?
        $(list: $($list:ident),* ;)?
    }) => {
        mirror!(@to_dto $domain => $dto { $($copy),* } { $($($clone),*)? }
            { $($($nested),*)? } { $($($list),*)? } { } { });

        impl From<$dto> for $domain {
            fn from(d: $dto) -> Self {
                $domain {
                    $($copy: d.$copy,)*
                    $($($clone: d.$clone,)*)?
                    $($($nested: d.$nested.into(),)*)?
                    $($($list: d.$list.into_iter().map(Into::into).collect(),)*)?
                }
            }
        }
    };
    ($domain:ident <=> $dto:ident at path {
        copy: $($copy:ident),* ;
        clone: $($clone:ident),* ;
        $(list: $($list:ident),* ;)?
        $(time: $($time:ident),* ;)?
        $(day: $($day:ident),* ;)?
    }) => {
        mirror!(@to_dto $domain => $dto { $($copy),* } { $($clone),* }
            { } { $($($list),*)? } { $($($time),*)? } { $($($day),*)? });

        impl $dto {
            /// Converts to the domain type; `path` locates this record in
            /// the file (e.g. `exercises[2]`) for a date that does not parse.
            pub fn into_domain(self, path: &str) -> Result<$domain, BadValue> {
                Ok($domain {
                    $($copy: self.$copy,)*
                    $($clone: self.$clone,)*
                    $($($list: self.$list.into_iter().map(Into::into).collect(),)*)?
                    $($($time: parse_datetime(
                        format!("{path}.{}", stringify!($time)),
                        &self.$time,
                    )?,)*)?
                    $($($day: parse_day(
                        format!("{path}.{}", stringify!($day)),
                        self.$day.as_deref(),
                    )?,)*)?
                })
            }
        }
    };
    (@to_dto $domain:ident => $dto:ident { $($copy:ident),* } { $($clone:ident),* }
        { $($nested:ident),* } { $($list:ident),* } { $($time:ident),* } { $($day:ident),* }) => {
        impl From<&$domain> for $dto {
            fn from(d: &$domain) -> Self {
                $dto {
                    $($copy: d.$copy,)*
                    $($clone: d.$clone.clone(),)*
                    $($nested: (&d.$nested).into(),)*
                    $($list: d.$list.iter().map(Into::into).collect(),)*
                    $($time: format_datetime(d.$time),)*
                    $($day: d.$day.map(format_date),)*
                }
            }
        }
    };
}

mirror!(CriticalityWeights <=> WeightsDto {
    copy: market_importance, national_strategy, substitutability, leak_impact;
});

mirror!(Settings <=> SettingsDto {
    copy: top_share_percent, middle_share_percent, chokepoint_threshold,
        declaration_period_days, disclosure_period_days;
    nested: weights;
});

mirror!(Round <=> RoundDto at path {
    copy: id, number, scope;
    clone: notes;
    time: started_at;
});

mirror!(Access <=> AccessDto {
    copy: internal_count, external_parties;
    clone: notes;
});

mirror!(ChokepointElement <=> ElementDto {
    copy: id, kind, dependency, substitutability, supply_disruption;
    clone: name, notes;
});

mirror!(Classification <=> ClassificationDto at path {
    copy: result, catch_all, exception;
    clone: list_item, basis, judged_by, exception_ground;
    day: judged_on;
});

mirror!(TradeSecretChecklist <=> TradeSecretDto {
    copy: marked, access_restricted, in_register, useful, not_published, nda_only;
    clone: secrecy_note, usefulness_note, non_public_note;
});

mirror!(Person <=> PersonDto at path {
    copy: id, role, residency, declaration, pledge_signed;
    clone: name, notes;
    day: declared_on, pledge_on, disclosed_on;
});

mirror!(AccessLink <=> AccessLinkDto {
    copy: id, person_id, technology_id, key_person;
});

// Written out rather than mirrored: the classification holds a date, so
// the technology converts back with a path like the dated records.
impl From<&Technology> for TechnologyDto {
    fn from(t: &Technology) -> Self {
        TechnologyDto {
            id: t.id,
            name: t.name.clone(),
            description: t.description.clone(),
            category: t.category,
            owner_unit: t.owner_unit.clone(),
            storage_locations: t.storage_locations.clone(),
            management: t.management.clone(),
            access: (&t.access).into(),
            classification: (&t.classification).into(),
            trade_secret: (&t.trade_secret).into(),
            market_importance: t.market_importance,
            national_strategy: t.national_strategy,
            substitutability: t.substitutability,
            leak_impact: t.leak_impact,
            elements: t.elements.iter().map(Into::into).collect(),
            notes: t.notes.clone(),
        }
    }
}

impl TechnologyDto {
    /// Converts to the domain type; `path` locates it for a bad date.
    pub fn into_domain(self, path: &str) -> Result<Technology, BadValue> {
        Ok(Technology {
            id: self.id,
            name: self.name,
            description: self.description,
            category: self.category,
            owner_unit: self.owner_unit,
            storage_locations: self.storage_locations,
            management: self.management,
            access: self.access.into(),
            classification: self
                .classification
                .into_domain(&format!("{path}.classification"))?,
            trade_secret: self.trade_secret.into(),
            market_importance: self.market_importance,
            national_strategy: self.national_strategy,
            substitutability: self.substitutability,
            leak_impact: self.leak_impact,
            elements: self.elements.into_iter().map(Into::into).collect(),
            notes: self.notes,
        })
    }
}

mirror!(ThreatActor <=> ActorDto {
    copy: id, kind, default_capability;
    clone: name, catalog_id, description, motive, methods, notes;
});

mirror!(IntentEvidence <=> IntentEvidenceDto {
    copy: in_policy_lists, patent_activity;
    clone: notes;
});

mirror!(ThreatAssessment <=> AssessmentDto {
    copy: id, actor_id, technology_id, intent, capability, opportunity;
    clone: capability_evidence, opportunity_evidence;
    nested: intent_evidence;
});

mirror!(LeakScenario <=> ScenarioDto {
    copy: id, technology_id, actor_id, group, origin, legality, feasibility, impact,
        control_effectiveness, trend_relevance, status;
    clone: title, narrative, pattern_id, notes;
});

mirror!(Countermeasure <=> CountermeasureDto at path {
    copy: id, category, phase, status;
    clone: scenario_ids, technology_ids, catalog_id, title, description, owner, notes;
    day: due_date;
});

mirror!(Weakness <=> WeaknessDto {
    copy: kind;
    clone: description;
});

mirror!(Exercise <=> ExerciseDto at path {
    copy: id, kind, detection, response;
    clone: title, scenario_ids, participants, objectives, stop_point, stopped_by,
        response_notes, in_the_know, follow_up_ids, notes;
    list: weaknesses;
    day: date;
});

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
            rounds: w.rounds.iter().map(Into::into).collect(),
            technologies: w.technologies.iter().map(Into::into).collect(),
            actors: w.actors.iter().map(Into::into).collect(),
            assessments: w.assessments.iter().map(Into::into).collect(),
            scenarios: w.scenarios.iter().map(Into::into).collect(),
            countermeasures: w.countermeasures.iter().map(Into::into).collect(),
            exercises: w.exercises.iter().map(Into::into).collect(),
            people: w.people.iter().map(Into::into).collect(),
            access: w.access.iter().map(Into::into).collect(),
            workshops: w.workshops.iter().map(Into::into).collect(),
        }
    }
}

impl WorkbookDto {
    /// Converts to the domain model, filling defaults. Reference checks are
    /// left to `Workbook::validate`, which `restore` runs next.
    pub fn into_domain(self) -> Result<Workbook, BadValue> {
        let created_at = parse_datetime("created_at".into(), &self.created_at)?;
        let updated_at = match &self.updated_at {
            Some(t) => parse_datetime("updated_at".into(), t)?,
            None => created_at,
        };
        let mut rounds = Vec::with_capacity(self.rounds.len().max(1));
        for (i, r) in self.rounds.into_iter().enumerate() {
            rounds.push(r.into_domain(&format!("rounds[{i}]"))?);
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
            countermeasures.push(m.into_domain(&format!("countermeasures[{i}]"))?);
        }
        let mut technologies = Vec::with_capacity(self.technologies.len());
        for (i, t) in self.technologies.into_iter().enumerate() {
            technologies.push(t.into_domain(&format!("technologies[{i}]"))?);
        }
        let mut people = Vec::with_capacity(self.people.len());
        for (i, p) in self.people.into_iter().enumerate() {
            people.push(p.into_domain(&format!("people[{i}]"))?);
        }
        let mut exercises = Vec::with_capacity(self.exercises.len());
        for (i, e) in self.exercises.into_iter().enumerate() {
            exercises.push(e.into_domain(&format!("exercises[{i}]"))?);
        }
        let mut workshops = Vec::with_capacity(self.workshops.len());
        for (i, s) in self.workshops.into_iter().enumerate() {
            workshops.push(s.into_domain(&format!("workshops[{i}]"))?);
        }
        Ok(Workbook {
            id: self.id,
            name: self.name,
            organisation: self.organisation,
            unit: self.unit,
            assessor: self.assessor,
            created_at,
            updated_at,
            settings: self.settings.into(),
            rounds,
            technologies,
            actors: self.actors.into_iter().map(Into::into).collect(),
            assessments: self.assessments.into_iter().map(Into::into).collect(),
            scenarios: self.scenarios.into_iter().map(Into::into).collect(),
            countermeasures,
            exercises,
            people,
            access: self.access.into_iter().map(Into::into).collect(),
            workshops,
        })
    }
}
