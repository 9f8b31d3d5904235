//! The workbook: one assessment of one organisation unit, holding every record.

use time::OffsetDateTime;

use super::{
    AccessLink, Countermeasure, Exercise, LeakScenario, Person, Round, Settings, Technology,
    ThreatActor, ThreatAssessment,
};
use crate::domain::ids::{
    AccessId, ActorId, AssessmentId, CountermeasureId, ElementId, ExerciseId, PersonId, RoundId,
    ScenarioId, TechnologyId, WorkbookId,
};
use crate::domain::kinds::RoundScope;
use crate::domain::model::ChokepointElement;
use crate::domain::workshop::RatingSession;

/// A whole assessment. Collections keep insertion order (the order people
/// entered things in); lookups by id are linear here and indexed in
/// `scoring::analyze`, which is what runs on every change.
#[derive(Clone, Debug, PartialEq)]
pub struct Workbook {
    pub id: WorkbookId,
    pub name: String,
    pub organisation: String,
    /// Department or laboratory (部署・研究室).
    pub unit: String,
    pub assessor: String,
    pub created_at: OffsetDateTime,
    pub updated_at: OffsetDateTime,
    pub settings: Settings,
    /// Rounds in order, numbered from 1; never empty, the last is current.
    pub rounds: Vec<Round>,
    pub technologies: Vec<Technology>,
    pub actors: Vec<ThreatActor>,
    pub assessments: Vec<ThreatAssessment>,
    pub scenarios: Vec<LeakScenario>,
    pub countermeasures: Vec<Countermeasure>,
    pub exercises: Vec<Exercise>,
    /// People with access to technologies (schema 3).
    pub people: Vec<Person>,
    /// Who can access which technology (person × technology, at most one each).
    pub access: Vec<AccessLink>,
    /// Workshop rating sessions, oldest first (schema 3; none before).
    pub workshops: Vec<RatingSession>,
}

impl Workbook {
    /// An empty workbook in its first round, which covers the top tier
    /// (source 004: start from the most important technologies).
    pub fn new(
        id: WorkbookId,
        name: impl Into<String>,
        round_id: RoundId,
        now: OffsetDateTime,
    ) -> Self {
        Workbook {
            id,
            name: name.into(),
            organisation: String::new(),
            unit: String::new(),
            assessor: String::new(),
            created_at: now,
            updated_at: now,
            settings: Settings::default(),
            rounds: vec![Round {
                id: round_id,
                number: 1,
                scope: RoundScope::TopTier,
                started_at: now,
                notes: String::new(),
            }],
            technologies: Vec::new(),
            actors: Vec::new(),
            assessments: Vec::new(),
            scenarios: Vec::new(),
            countermeasures: Vec::new(),
            exercises: Vec::new(),
            people: Vec::new(),
            access: Vec::new(),
            workshops: Vec::new(),
        }
    }

    /// The round in progress: the last one. `None` only for an invalid workbook.
    pub fn current_round(&self) -> Option<&Round> {
        self.rounds.last()
    }

    /// The scope of the current round; the top tier if (invalidly) there is none.
    pub fn current_scope(&self) -> RoundScope {
        self.current_round()
            .map_or(RoundScope::TopTier, |r| r.scope)
    }

    /// Starts the next round with a (usually wider) scope.
    pub fn start_round(&mut self, id: RoundId, scope: RoundScope, now: OffsetDateTime) -> &Round {
        let number = self.rounds.last().map_or(1, |r| r.number.saturating_add(1));
        self.rounds.push(Round {
            id,
            number,
            scope,
            started_at: now,
            notes: String::new(),
        });
        // Just pushed, so `last` is that round; index arithmetic avoids a panic path.
        &self.rounds[self.rounds.len() - 1]
    }

    /// Records that the workbook changed; the shell calls this after each edit
    /// because the domain has no clock.
    pub fn touch(&mut self, now: OffsetDateTime) {
        self.updated_at = now;
    }

    pub fn technology(&self, id: TechnologyId) -> Option<&Technology> {
        self.technologies.iter().find(|t| t.id == id)
    }

    pub fn technology_mut(&mut self, id: TechnologyId) -> Option<&mut Technology> {
        self.technologies.iter_mut().find(|t| t.id == id)
    }

    /// The element and the technology it belongs to.
    pub fn element(&self, id: ElementId) -> Option<(&Technology, &ChokepointElement)> {
        self.technologies
            .iter()
            .find_map(|t| t.elements.iter().find(|e| e.id == id).map(|e| (t, e)))
    }

    pub fn actor(&self, id: ActorId) -> Option<&ThreatActor> {
        self.actors.iter().find(|a| a.id == id)
    }

    pub fn actor_mut(&mut self, id: ActorId) -> Option<&mut ThreatActor> {
        self.actors.iter_mut().find(|a| a.id == id)
    }

    pub fn assessment(&self, id: AssessmentId) -> Option<&ThreatAssessment> {
        self.assessments.iter().find(|a| a.id == id)
    }

    pub fn assessment_mut(&mut self, id: AssessmentId) -> Option<&mut ThreatAssessment> {
        self.assessments.iter_mut().find(|a| a.id == id)
    }

    /// The assessment of one actor against one technology, if made.
    pub fn assessment_for(
        &self,
        actor: ActorId,
        technology: TechnologyId,
    ) -> Option<&ThreatAssessment> {
        self.assessments
            .iter()
            .find(|a| a.actor_id == actor && a.technology_id == technology)
    }

    pub fn scenario(&self, id: ScenarioId) -> Option<&LeakScenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    pub fn scenario_mut(&mut self, id: ScenarioId) -> Option<&mut LeakScenario> {
        self.scenarios.iter_mut().find(|s| s.id == id)
    }

    pub fn countermeasure(&self, id: CountermeasureId) -> Option<&Countermeasure> {
        self.countermeasures.iter().find(|c| c.id == id)
    }

    pub fn countermeasure_mut(&mut self, id: CountermeasureId) -> Option<&mut Countermeasure> {
        self.countermeasures.iter_mut().find(|c| c.id == id)
    }

    pub fn exercise(&self, id: ExerciseId) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    pub fn exercise_mut(&mut self, id: ExerciseId) -> Option<&mut Exercise> {
        self.exercises.iter_mut().find(|e| e.id == id)
    }

    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    pub fn person_mut(&mut self, id: PersonId) -> Option<&mut Person> {
        self.people.iter_mut().find(|p| p.id == id)
    }

    pub fn access_link(&self, id: AccessId) -> Option<&AccessLink> {
        self.access.iter().find(|a| a.id == id)
    }

    /// The access links of one technology, in entry order.
    pub fn access_to(&self, technology: TechnologyId) -> impl Iterator<Item = &AccessLink> {
        self.access
            .iter()
            .filter(move |a| a.technology_id == technology)
    }

    /// The access links of one person, in entry order.
    pub fn access_of(&self, person: PersonId) -> impl Iterator<Item = &AccessLink> {
        self.access.iter().filter(move |a| a.person_id == person)
    }

    /// Names of the technology's key persons (属人化), in link order.
    pub fn key_person_names(&self, technology: TechnologyId) -> Vec<String> {
        self.access_to(technology)
            .filter(|a| a.key_person)
            .filter_map(|a| self.person(a.person_id).map(|p| p.name.clone()))
            .collect()
    }
}
