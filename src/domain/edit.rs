//! Deletes that keep the workbook consistent, say beforehand what they will
//! do, and can be undone.
//!
//! What happens to dependants (documented in docs/scoring.md § Deletes):
//!
//! | deleted        | cascades (deleted too)                          | unlinks (record kept, link removed)                  |
//! |----------------|-------------------------------------------------|------------------------------------------------------|
//! | technology     | its elements, assessments, scenarios (and what scenario deletion unlinks) and access links | countermeasures' technology links |
//! | person         | its access links                                | —                                                    |
//! | threat actor   | its assessments                                 | scenarios' actor (set to none)                       |
//! | scenario       | —                                               | countermeasures' and exercises' scenario links       |
//! | countermeasure | —                                               | exercises' follow-up links                           |
//! | assessment, exercise, element | —                                | —                                                    |
//!
//! Countermeasures are never deleted by a cascade: a measure may serve other
//! scenarios, and one left without links becomes organisation-wide rather than
//! lost. Scenarios and assessments cannot exist without their technology.
//!
//! Each delete is planned first (`plan_*`, read-only, also used for the impact
//! preview) and the plan is then applied; the plan is the [`Removed`] bundle
//! that [`Workbook::put_back`] re-inserts for undo or the trash.

use std::collections::HashSet;

use super::error::{EntityKind, ValidationError};
use super::ids::*;
use super::model::*;

/// A link removed from a kept record, with its position in the list so undo
/// restores the original order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unlink {
    ScenarioActor {
        scenario: ScenarioId,
        actor: ActorId,
    },
    CountermeasureScenario {
        countermeasure: CountermeasureId,
        scenario: ScenarioId,
        position: usize,
    },
    CountermeasureTechnology {
        countermeasure: CountermeasureId,
        technology: TechnologyId,
        position: usize,
    },
    ExerciseScenario {
        exercise: ExerciseId,
        scenario: ScenarioId,
        position: usize,
    },
    ExerciseFollowUp {
        exercise: ExerciseId,
        countermeasure: CountermeasureId,
        position: usize,
    },
}

/// Everything one delete took out, with original positions: enough to put it
/// all back exactly. Vectors are in ascending position order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Removed {
    pub technologies: Vec<(usize, Technology)>,
    /// Elements deleted on their own (with their technology and position).
    pub elements: Vec<(TechnologyId, usize, ChokepointElement)>,
    pub actors: Vec<(usize, ThreatActor)>,
    pub assessments: Vec<(usize, ThreatAssessment)>,
    pub scenarios: Vec<(usize, LeakScenario)>,
    pub countermeasures: Vec<(usize, Countermeasure)>,
    pub exercises: Vec<(usize, Exercise)>,
    pub people: Vec<(usize, Person)>,
    pub access: Vec<(usize, AccessLink)>,
    pub unlinks: Vec<Unlink>,
}

/// One record named in an impact preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImpactItem {
    pub entity: EntityKind,
    pub id: String,
    /// Name or title, for the confirmation dialog.
    pub label: String,
}

/// What a delete will do, for the confirmation dialog.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeleteImpact {
    /// The record itself, then every record deleted with it.
    pub deleted: Vec<ImpactItem>,
    /// Records kept but losing a link to a deleted record (each listed once).
    pub unlinked: Vec<ImpactItem>,
}

impl DeleteImpact {
    /// Nothing but the record itself is affected.
    pub fn is_simple(&self) -> bool {
        self.deleted.len() <= 1 && self.unlinked.is_empty()
    }
}

/// Why a removed bundle cannot be put back (something it refers to is gone
/// or an id is taken); the workbook is left unchanged.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("cannot put back: {0:?}")]
pub struct PutBackError(pub Vec<ValidationError>);

impl Workbook {
    // ---- plans (read-only) --------------------------------------------------

    pub fn plan_delete_technology(&self, id: TechnologyId) -> Option<Removed> {
        let pos = self.technologies.iter().position(|t| t.id == id)?;
        let mut r = Removed::default();
        r.technologies.push((pos, self.technologies[pos].clone()));
        r.assessments = collect(&self.assessments, |a| a.technology_id == id);
        r.access = collect(&self.access, |a| a.technology_id == id);
        let scenarios: HashSet<ScenarioId> = self
            .scenarios
            .iter()
            .filter(|s| s.technology_id == id)
            .map(|s| s.id)
            .collect();
        r.scenarios = collect(&self.scenarios, |s| scenarios.contains(&s.id));
        self.plan_scenario_unlinks(&scenarios, Some(id), &mut r);
        Some(r)
    }

    pub fn plan_delete_person(&self, id: PersonId) -> Option<Removed> {
        let pos = self.people.iter().position(|p| p.id == id)?;
        Some(Removed {
            people: vec![(pos, self.people[pos].clone())],
            access: collect(&self.access, |a| a.person_id == id),
            ..Removed::default()
        })
    }

    /// Removing one access link (unlinking a person from a technology).
    pub fn plan_delete_access(&self, id: AccessId) -> Option<Removed> {
        let pos = self.access.iter().position(|a| a.id == id)?;
        Some(Removed {
            access: vec![(pos, self.access[pos])],
            ..Removed::default()
        })
    }

    pub fn plan_delete_actor(&self, id: ActorId) -> Option<Removed> {
        let pos = self.actors.iter().position(|a| a.id == id)?;
        let mut r = Removed::default();
        r.actors.push((pos, self.actors[pos].clone()));
        r.assessments = collect(&self.assessments, |a| a.actor_id == id);
        r.unlinks = self
            .scenarios
            .iter()
            .filter(|s| s.actor_id == Some(id))
            .map(|s| Unlink::ScenarioActor {
                scenario: s.id,
                actor: id,
            })
            .collect();
        Some(r)
    }

    pub fn plan_delete_scenario(&self, id: ScenarioId) -> Option<Removed> {
        let pos = self.scenarios.iter().position(|s| s.id == id)?;
        let mut r = Removed::default();
        r.scenarios.push((pos, self.scenarios[pos].clone()));
        self.plan_scenario_unlinks(&HashSet::from([id]), None, &mut r);
        Some(r)
    }

    pub fn plan_delete_countermeasure(&self, id: CountermeasureId) -> Option<Removed> {
        let pos = self.countermeasures.iter().position(|m| m.id == id)?;
        let mut r = Removed::default();
        r.countermeasures
            .push((pos, self.countermeasures[pos].clone()));
        for e in &self.exercises {
            for (position, &c) in e.follow_up_ids.iter().enumerate() {
                if c == id {
                    r.unlinks.push(Unlink::ExerciseFollowUp {
                        exercise: e.id,
                        countermeasure: c,
                        position,
                    });
                }
            }
        }
        Some(r)
    }

    pub fn plan_delete_assessment(&self, id: AssessmentId) -> Option<Removed> {
        let pos = self.assessments.iter().position(|a| a.id == id)?;
        Some(Removed {
            assessments: vec![(pos, self.assessments[pos].clone())],
            ..Removed::default()
        })
    }

    pub fn plan_delete_exercise(&self, id: ExerciseId) -> Option<Removed> {
        let pos = self.exercises.iter().position(|e| e.id == id)?;
        Some(Removed {
            exercises: vec![(pos, self.exercises[pos].clone())],
            ..Removed::default()
        })
    }

    pub fn plan_delete_element(&self, id: ElementId) -> Option<Removed> {
        self.technologies.iter().find_map(|t| {
            let pos = t.elements.iter().position(|e| e.id == id)?;
            Some(Removed {
                elements: vec![(t.id, pos, t.elements[pos].clone())],
                ..Removed::default()
            })
        })
    }

    /// Unlinks of the given scenarios (and, for a technology delete, of the
    /// technology) from countermeasures and exercises.
    fn plan_scenario_unlinks(
        &self,
        scenarios: &HashSet<ScenarioId>,
        tech: Option<TechnologyId>,
        r: &mut Removed,
    ) {
        for m in &self.countermeasures {
            for (position, s) in m.scenario_ids.iter().enumerate() {
                if scenarios.contains(s) {
                    r.unlinks.push(Unlink::CountermeasureScenario {
                        countermeasure: m.id,
                        scenario: *s,
                        position,
                    });
                }
            }
            for (position, &t) in m.technology_ids.iter().enumerate() {
                if Some(t) == tech {
                    r.unlinks.push(Unlink::CountermeasureTechnology {
                        countermeasure: m.id,
                        technology: t,
                        position,
                    });
                }
            }
        }
        for e in &self.exercises {
            for (position, s) in e.scenario_ids.iter().enumerate() {
                if scenarios.contains(s) {
                    r.unlinks.push(Unlink::ExerciseScenario {
                        exercise: e.id,
                        scenario: *s,
                        position,
                    });
                }
            }
        }
    }

    // ---- impact previews --------------------------------------------------------

    pub fn delete_technology_impact(&self, id: TechnologyId) -> Option<DeleteImpact> {
        self.plan_delete_technology(id).map(|r| self.impact_of(&r))
    }

    pub fn delete_person_impact(&self, id: PersonId) -> Option<DeleteImpact> {
        self.plan_delete_person(id).map(|r| self.impact_of(&r))
    }

    pub fn delete_actor_impact(&self, id: ActorId) -> Option<DeleteImpact> {
        self.plan_delete_actor(id).map(|r| self.impact_of(&r))
    }

    pub fn delete_scenario_impact(&self, id: ScenarioId) -> Option<DeleteImpact> {
        self.plan_delete_scenario(id).map(|r| self.impact_of(&r))
    }

    pub fn delete_countermeasure_impact(&self, id: CountermeasureId) -> Option<DeleteImpact> {
        self.plan_delete_countermeasure(id)
            .map(|r| self.impact_of(&r))
    }

    /// Describes a plan in terms of named records.
    pub fn impact_of(&self, r: &Removed) -> DeleteImpact {
        let item = |entity, id: &dyn ToString, label: &str| ImpactItem {
            entity,
            id: id.to_string(),
            label: label.to_owned(),
        };
        let mut deleted = Vec::new();
        deleted.extend(
            r.technologies
                .iter()
                .map(|(_, t)| item(EntityKind::Technology, &t.id, &t.name)),
        );
        deleted.extend(
            r.actors
                .iter()
                .map(|(_, a)| item(EntityKind::Actor, &a.id, &a.name)),
        );
        deleted.extend(
            r.scenarios
                .iter()
                .map(|(_, s)| item(EntityKind::Scenario, &s.id, &s.title)),
        );
        deleted.extend(
            r.countermeasures
                .iter()
                .map(|(_, m)| item(EntityKind::Countermeasure, &m.id, &m.title)),
        );
        deleted.extend(
            r.exercises
                .iter()
                .map(|(_, e)| item(EntityKind::Exercise, &e.id, &e.title)),
        );
        deleted.extend(
            r.people
                .iter()
                .map(|(_, p)| item(EntityKind::Person, &p.id, &p.name)),
        );
        for (_, a) in &r.access {
            let person = self.person(a.person_id).map_or("", |x| x.name.as_str());
            let tech = self
                .technology(a.technology_id)
                .map_or("", |x| x.name.as_str());
            deleted.push(item(
                EntityKind::Access,
                &a.id,
                &format!("{person} → {tech}"),
            ));
        }
        deleted.extend(
            r.elements
                .iter()
                .map(|(_, _, e)| item(EntityKind::Element, &e.id, &e.name)),
        );
        // Elements of a deleted technology go with it: list them for the dialog.
        for (_, t) in &r.technologies {
            deleted.extend(
                t.elements
                    .iter()
                    .map(|e| item(EntityKind::Element, &e.id, &e.name)),
            );
        }
        for (_, a) in &r.assessments {
            let actor = self.actor(a.actor_id).map_or("", |x| x.name.as_str());
            let tech = self
                .technology(a.technology_id)
                .map_or("", |x| x.name.as_str());
            deleted.push(item(
                EntityKind::Assessment,
                &a.id,
                &format!("{actor} × {tech}"),
            ));
        }
        let mut seen = HashSet::new();
        let mut unlinked = Vec::new();
        for u in &r.unlinks {
            let (entity, id, label) = match u {
                Unlink::ScenarioActor { scenario, .. } => (
                    EntityKind::Scenario,
                    scenario.to_string(),
                    self.scenario(*scenario).map(|s| s.title.clone()),
                ),
                Unlink::CountermeasureScenario { countermeasure, .. }
                | Unlink::CountermeasureTechnology { countermeasure, .. } => (
                    EntityKind::Countermeasure,
                    countermeasure.to_string(),
                    self.countermeasure(*countermeasure)
                        .map(|m| m.title.clone()),
                ),
                Unlink::ExerciseScenario { exercise, .. }
                | Unlink::ExerciseFollowUp { exercise, .. } => (
                    EntityKind::Exercise,
                    exercise.to_string(),
                    self.exercise(*exercise).map(|e| e.title.clone()),
                ),
            };
            if seen.insert((entity, id.clone())) {
                unlinked.push(ImpactItem {
                    entity,
                    id,
                    label: label.unwrap_or_default(),
                });
            }
        }
        DeleteImpact { deleted, unlinked }
    }

    // ---- deletes -----------------------------------------------------------

    /// Deletes a technology and what depends on it (see the module doc).
    pub fn delete_technology(&mut self, id: TechnologyId) -> Option<Removed> {
        self.plan_delete_technology(id)
            .map(|r| self.apply_removal(r))
    }

    pub fn delete_person(&mut self, id: PersonId) -> Option<Removed> {
        self.plan_delete_person(id).map(|r| self.apply_removal(r))
    }

    pub fn delete_access(&mut self, id: AccessId) -> Option<Removed> {
        self.plan_delete_access(id).map(|r| self.apply_removal(r))
    }

    pub fn delete_actor(&mut self, id: ActorId) -> Option<Removed> {
        self.plan_delete_actor(id).map(|r| self.apply_removal(r))
    }

    pub fn delete_scenario(&mut self, id: ScenarioId) -> Option<Removed> {
        self.plan_delete_scenario(id).map(|r| self.apply_removal(r))
    }

    pub fn delete_countermeasure(&mut self, id: CountermeasureId) -> Option<Removed> {
        self.plan_delete_countermeasure(id)
            .map(|r| self.apply_removal(r))
    }

    pub fn delete_assessment(&mut self, id: AssessmentId) -> Option<Removed> {
        self.plan_delete_assessment(id)
            .map(|r| self.apply_removal(r))
    }

    pub fn delete_exercise(&mut self, id: ExerciseId) -> Option<Removed> {
        self.plan_delete_exercise(id).map(|r| self.apply_removal(r))
    }

    pub fn delete_element(&mut self, id: ElementId) -> Option<Removed> {
        self.plan_delete_element(id).map(|r| self.apply_removal(r))
    }

    /// Applies a plan made on this very workbook state. Linear: one pass per
    /// collection with hash sets, no repeated `Vec::remove`.
    fn apply_removal(&mut self, r: Removed) -> Removed {
        let techs: HashSet<_> = r.technologies.iter().map(|(_, t)| t.id).collect();
        let actors: HashSet<_> = r.actors.iter().map(|(_, a)| a.id).collect();
        let assessments: HashSet<_> = r.assessments.iter().map(|(_, a)| a.id).collect();
        let scenarios: HashSet<_> = r.scenarios.iter().map(|(_, s)| s.id).collect();
        let cms: HashSet<_> = r.countermeasures.iter().map(|(_, m)| m.id).collect();
        let exercises: HashSet<_> = r.exercises.iter().map(|(_, e)| e.id).collect();
        let elements: HashSet<_> = r.elements.iter().map(|(_, _, e)| e.id).collect();
        let people: HashSet<_> = r.people.iter().map(|(_, p)| p.id).collect();
        let access: HashSet<_> = r.access.iter().map(|(_, a)| a.id).collect();
        self.people.retain(|p| !people.contains(&p.id));
        self.access.retain(|a| !access.contains(&a.id));

        self.technologies.retain(|t| !techs.contains(&t.id));
        if !elements.is_empty() {
            for t in &mut self.technologies {
                t.elements.retain(|e| !elements.contains(&e.id));
            }
        }
        self.actors.retain(|a| !actors.contains(&a.id));
        self.assessments.retain(|a| !assessments.contains(&a.id));
        self.scenarios.retain(|s| !scenarios.contains(&s.id));
        self.countermeasures.retain(|m| !cms.contains(&m.id));
        self.exercises.retain(|e| !exercises.contains(&e.id));

        // Unlinks: the planned links are exactly the ones to the removed ids.
        for s in &mut self.scenarios {
            if s.actor_id.is_some_and(|a| actors.contains(&a)) {
                s.actor_id = None;
            }
        }
        for m in &mut self.countermeasures {
            m.scenario_ids.retain(|s| !scenarios.contains(s));
            m.technology_ids.retain(|t| !techs.contains(t));
        }
        for e in &mut self.exercises {
            e.scenario_ids.retain(|s| !scenarios.contains(s));
            e.follow_up_ids.retain(|c| !cms.contains(c));
        }
        r
    }

    /// Puts a removed bundle back (undo, restore from trash). Records return
    /// to their original positions (clamped if the lists have since shrunk),
    /// links are restored where the kept record still exists. Refused, with
    /// the workbook unchanged, if the result would not be consistent — e.g. the
    /// actor of a returning assessment has since been deleted.
    pub fn put_back(&mut self, r: Removed) -> Result<(), PutBackError> {
        let mut wb = self.clone();
        fn reinsert<T>(v: &mut Vec<T>, items: Vec<(usize, T)>) {
            for (pos, item) in items {
                let at = pos.min(v.len());
                v.insert(at, item);
            }
        }
        reinsert(&mut wb.technologies, r.technologies);
        for (tech, pos, e) in r.elements {
            if let Some(t) = wb.technology_mut(tech) {
                let at = pos.min(t.elements.len());
                t.elements.insert(at, e);
            } else {
                return Err(PutBackError(vec![ValidationError::Dangling {
                    entity: EntityKind::Element,
                    id: e.id.to_string(),
                    field: super::error::Field::TechnologyId,
                    target: EntityKind::Technology,
                    target_id: tech.to_string(),
                }]));
            }
        }
        reinsert(&mut wb.actors, r.actors);
        reinsert(&mut wb.assessments, r.assessments);
        reinsert(&mut wb.scenarios, r.scenarios);
        reinsert(&mut wb.countermeasures, r.countermeasures);
        reinsert(&mut wb.exercises, r.exercises);
        reinsert(&mut wb.people, r.people);
        reinsert(&mut wb.access, r.access);
        fn relink<T: PartialEq>(v: &mut Vec<T>, item: T, pos: usize) {
            if !v.contains(&item) {
                let at = pos.min(v.len());
                v.insert(at, item);
            }
        }
        for u in r.unlinks {
            match u {
                Unlink::ScenarioActor { scenario, actor } => {
                    if let Some(s) = wb.scenario_mut(scenario) {
                        if s.actor_id.is_none() {
                            s.actor_id = Some(actor);
                        }
                    }
                }
                Unlink::CountermeasureScenario {
                    countermeasure,
                    scenario,
                    position,
                } => {
                    if let Some(m) = wb.countermeasure_mut(countermeasure) {
                        relink(&mut m.scenario_ids, scenario, position);
                    }
                }
                Unlink::CountermeasureTechnology {
                    countermeasure,
                    technology,
                    position,
                } => {
                    if let Some(m) = wb.countermeasure_mut(countermeasure) {
                        relink(&mut m.technology_ids, technology, position);
                    }
                }
                Unlink::ExerciseScenario {
                    exercise,
                    scenario,
                    position,
                } => {
                    if let Some(e) = wb.exercise_mut(exercise) {
                        relink(&mut e.scenario_ids, scenario, position);
                    }
                }
                Unlink::ExerciseFollowUp {
                    exercise,
                    countermeasure,
                    position,
                } => {
                    if let Some(e) = wb.exercise_mut(exercise) {
                        relink(&mut e.follow_up_ids, countermeasure, position);
                    }
                }
            }
        }
        let errors = wb.validate_references();
        if errors.is_empty() {
            *self = wb;
            Ok(())
        } else {
            Err(PutBackError(errors))
        }
    }
}

/// The items of `v` matching `keep`, with their positions, ascending.
fn collect<T: Clone>(v: &[T], keep: impl Fn(&T) -> bool) -> Vec<(usize, T)> {
    v.iter()
        .enumerate()
        .filter(|(_, x)| keep(x))
        .map(|(i, x)| (i, x.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::sample_with_counted_ids;
    use crate::domain::text::Lang;
    use time::OffsetDateTime;
    use uuid::Uuid;

    fn sample() -> Workbook {
        sample_with_counted_ids(Lang::En, OffsetDateTime::UNIX_EPOCH)
    }

    fn labels(items: &[ImpactItem], entity: EntityKind) -> Vec<&str> {
        items
            .iter()
            .filter(|i| i.entity == entity)
            .map(|i| i.label.as_str())
            .collect()
    }

    #[test]
    fn deleting_a_technology_cascades_to_scenarios_and_keeps_countermeasures() {
        let mut wb = sample();
        let gan = wb.technologies[0].id;
        let impact = wb.delete_technology_impact(gan).expect("exists");
        assert_eq!(
            labels(&impact.deleted, EntityKind::Technology),
            ["GaN crystal-growth recipe"]
        );
        assert_eq!(labels(&impact.deleted, EntityKind::Element).len(), 3);
        assert_eq!(labels(&impact.deleted, EntityKind::Scenario).len(), 3);
        assert_eq!(labels(&impact.deleted, EntityKind::Assessment).len(), 3);
        // Countermeasures c1–c4 lose links; the exercise loses its scenario.
        assert_eq!(
            labels(&impact.unlinked, EntityKind::Countermeasure).len(),
            4
        );
        assert_eq!(
            labels(&impact.unlinked, EntityKind::Exercise),
            ["Tabletop: a postdoc leaves with the recipe"]
        );

        let cms = wb.countermeasures.len();
        let removed = wb.delete_technology(gan).expect("exists");
        assert_eq!(
            wb.countermeasures.len(),
            cms,
            "countermeasures are never cascaded"
        );
        assert!(wb.countermeasures[0].scenario_ids.is_empty());
        assert!(wb.exercises[0].scenario_ids.is_empty());
        assert_eq!(wb.validate(), vec![]);
        wb.put_back(removed).expect("undo");
        assert_eq!(wb, sample());
    }

    #[test]
    fn deleting_an_actor_unlinks_scenarios_and_drops_assessments() {
        let mut wb = sample();
        let apt = wb.actors[2].id;
        let impact = wb.delete_actor_impact(apt).expect("exists");
        assert_eq!(labels(&impact.deleted, EntityKind::Assessment).len(), 2);
        assert_eq!(labels(&impact.unlinked, EntityKind::Scenario).len(), 2);
        wb.delete_actor(apt);
        assert!(wb.scenarios.iter().all(|s| s.actor_id != Some(apt)));
        assert_eq!(wb.scenarios.len(), 5, "scenarios stay, without an actor");
        assert_eq!(wb.validate(), vec![]);
    }

    #[test]
    fn deleting_a_countermeasure_unlinks_exercise_follow_ups() {
        let mut wb = sample();
        let c1 = wb.countermeasures[0].id;
        let impact = wb.delete_countermeasure_impact(c1).expect("exists");
        assert!(!impact.is_simple());
        wb.delete_countermeasure(c1);
        assert_eq!(wb.exercises[0].follow_up_ids.len(), 1);
        assert_eq!(wb.validate(), vec![]);
    }

    #[test]
    fn put_back_is_refused_when_a_dependency_has_gone() {
        let mut wb = sample();
        let s1 = wb.scenarios[0].id;
        let removed = wb.delete_scenario(s1).expect("exists");
        let tech = wb
            .scenarios
            .first()
            .map(|s| s.technology_id)
            .expect("other scenarios");
        wb.delete_technology(tech);
        let before = wb.clone();
        assert!(wb.put_back(removed).is_err());
        assert_eq!(wb, before, "a refused put-back changes nothing");
    }

    #[test]
    fn deleting_a_person_or_a_technology_takes_its_access_links_and_undo_restores_them() {
        let mut wb = sample();
        let before = wb.clone();
        let person = wb.people[0].id;
        let n = wb.access_of(person).count();
        assert!(n > 0);
        let impact = wb.delete_person_impact(person).expect("exists");
        assert_eq!(impact.deleted.len(), 1 + n);
        let r = wb.delete_person(person).expect("deleted");
        assert!(wb.person(person).is_none() && wb.access_of(person).next().is_none());
        assert!(wb.validate().is_empty());
        wb.put_back(r).expect("restores");
        assert_eq!(wb, before);
        let tech = wb.technologies[0].id;
        let r = wb.delete_technology(tech).expect("deleted");
        assert!(wb.access_to(tech).next().is_none());
        assert!(wb.validate().is_empty());
        wb.put_back(r).expect("restores");
        assert_eq!(wb, before);
    }

    #[test]
    fn unknown_ids_delete_nothing() {
        let mut wb = sample();
        assert!(wb
            .delete_technology(TechnologyId::new(Uuid::max()))
            .is_none());
        assert!(wb
            .delete_scenario_impact(ScenarioId::new(Uuid::max()))
            .is_none());
        assert_eq!(wb, sample());
    }
}
