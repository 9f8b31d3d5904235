//! The trash: deleted workbooks and records, kept as JSON until emptied so a
//! delete can be undone after a reload. Records travel in a carrier workbook
//! in the storage format, with their positions and links beside them.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::edit::{Removed, Unlink};
use crate::domain::ids::*;
use crate::domain::model::{Technology, Workbook};
use crate::domain::storage::dto::WorkbookDto;

/// At most this many trash entries are kept; the oldest go first.
pub const TRASH_LIMIT: usize = 50;

/// Deleted records and workbooks, newest first, until emptied.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Trash {
    pub entries: Vec<TrashEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrashEntry {
    pub id: Uuid,
    /// Unix ms of the delete.
    pub deleted_ms: i64,
    pub workbook_id: Uuid,
    pub workbook_name: String,
    /// Name of the (first) deleted record, or of the workbook.
    pub label: String,
    /// How many records went (1 for a workbook).
    pub count: usize,
    pub item: TrashItem,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TrashItem {
    /// A whole workbook: its storage JSON.
    Workbook { json: String },
    /// Records deleted from a workbook: a [`Removed`] bundle.
    /// Boxed: the bundle is much larger than the other variant.
    Records { removed: Box<RemovedDto> },
}

/// A [`Removed`] bundle as JSON: the records travel in a carrier workbook in
/// the storage format (one format for records), positions and links beside.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RemovedDto {
    /// Storage JSON of a workbook holding the removed technologies, then one
    /// holder technology per removed element, and the other records.
    pub carrier: String,
    pub technologies: Vec<usize>,
    /// Element: its technology and position.
    pub elements: Vec<(Uuid, usize)>,
    pub actors: Vec<usize>,
    pub assessments: Vec<usize>,
    pub scenarios: Vec<usize>,
    pub countermeasures: Vec<usize>,
    pub exercises: Vec<usize>,
    pub unlinks: Vec<UnlinkDto>,
    /// Schema 3: people and access links (absent from older trash entries).
    #[serde(default)]
    pub people: Vec<usize>,
    #[serde(default)]
    pub access: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum UnlinkDto {
    ScenarioActor {
        scenario: Uuid,
        actor: Uuid,
    },
    CountermeasureScenario {
        countermeasure: Uuid,
        scenario: Uuid,
        position: usize,
    },
    CountermeasureTechnology {
        countermeasure: Uuid,
        technology: Uuid,
        position: usize,
    },
    ExerciseScenario {
        exercise: Uuid,
        scenario: Uuid,
        position: usize,
    },
    ExerciseFollowUp {
        exercise: Uuid,
        countermeasure: Uuid,
        position: usize,
    },
}

/// Writes both conversions between [`Unlink`] and [`UnlinkDto`], whose
/// variants and fields have the same names: each id travels as its UUID, a
/// position as it is.
macro_rules! unlink_dto {
    ($( $variant:ident { $($field:ident: $id:ident),+ $(; $position:ident)? } )+) => {
        impl From<&Unlink> for UnlinkDto {
            fn from(u: &Unlink) -> Self {
                match *u {
                    $(Unlink::$variant { $($field,)+ $($position)? } => UnlinkDto::$variant {
                        $($field: $field.uuid(),)+
                        $($position)?
                    },)+
                }
            }
        }

        impl From<&UnlinkDto> for Unlink {
            fn from(u: &UnlinkDto) -> Self {
                match *u {
                    $(UnlinkDto::$variant { $($field,)+ $($position)? } => Unlink::$variant {
                        $($field: $id::new($field),)+
                        $($position)?
                    },)+
                }
            }
        }
    };
}

unlink_dto! {
    ScenarioActor { scenario: ScenarioId, actor: ActorId }
    CountermeasureScenario { countermeasure: CountermeasureId, scenario: ScenarioId; position }
    CountermeasureTechnology { countermeasure: CountermeasureId, technology: TechnologyId; position }
    ExerciseScenario { exercise: ExerciseId, scenario: ScenarioId; position }
    ExerciseFollowUp { exercise: ExerciseId, countermeasure: CountermeasureId; position }
}

impl RemovedDto {
    /// `wb` is the workbook the records came from (its header is reused for
    /// the carrier; its records are not).
    pub fn of(r: &Removed, wb: &Workbook) -> RemovedDto {
        let mut carrier = wb.clone();
        carrier.technologies = r.technologies.iter().map(|(_, t)| t.clone()).collect();
        for (tech, _, e) in &r.elements {
            let mut holder = Technology::new(*tech, "", crate::domain::kinds::TechCategory::Other);
            holder.elements.push(e.clone());
            carrier.technologies.push(holder);
        }
        carrier.actors = r.actors.iter().map(|(_, x)| x.clone()).collect();
        carrier.assessments = r.assessments.iter().map(|(_, x)| x.clone()).collect();
        carrier.scenarios = r.scenarios.iter().map(|(_, x)| x.clone()).collect();
        carrier.countermeasures = r.countermeasures.iter().map(|(_, x)| x.clone()).collect();
        carrier.exercises = r.exercises.iter().map(|(_, x)| x.clone()).collect();
        carrier.people = r.people.iter().map(|(_, x)| x.clone()).collect();
        carrier.access = r.access.iter().map(|(_, x)| *x).collect();
        RemovedDto {
            people: r.people.iter().map(|(p, _)| *p).collect(),
            access: r.access.iter().map(|(p, _)| *p).collect(),
            carrier: crate::domain::storage::to_json(&carrier),
            technologies: r.technologies.iter().map(|(p, _)| *p).collect(),
            elements: r.elements.iter().map(|(t, p, _)| (t.uuid(), *p)).collect(),
            actors: r.actors.iter().map(|(p, _)| *p).collect(),
            assessments: r.assessments.iter().map(|(p, _)| *p).collect(),
            scenarios: r.scenarios.iter().map(|(p, _)| *p).collect(),
            countermeasures: r.countermeasures.iter().map(|(p, _)| *p).collect(),
            exercises: r.exercises.iter().map(|(p, _)| *p).collect(),
            unlinks: r.unlinks.iter().map(UnlinkDto::from).collect(),
        }
    }

    /// Back to a bundle for [`Workbook::put_back`]; `None` if damaged.
    pub fn to_removed(&self) -> Option<Removed> {
        let dto: WorkbookDto = serde_json::from_str(&self.carrier).ok()?;
        let c = dto.into_domain().ok()?;
        let n = self.technologies.len();
        if c.technologies.len() != n + self.elements.len() {
            return None;
        }
        fn zip<T: Clone>(pos: &[usize], items: &[T]) -> Option<Vec<(usize, T)>> {
            (pos.len() == items.len())
                .then(|| pos.iter().copied().zip(items.iter().cloned()).collect())
        }
        let mut elements = Vec::new();
        for ((tech, p), holder) in self.elements.iter().zip(&c.technologies[n..]) {
            elements.push((
                TechnologyId::new(*tech),
                *p,
                holder.elements.first()?.clone(),
            ));
        }
        Some(Removed {
            technologies: zip(&self.technologies, &c.technologies[..n])?,
            elements,
            actors: zip(&self.actors, &c.actors)?,
            assessments: zip(&self.assessments, &c.assessments)?,
            scenarios: zip(&self.scenarios, &c.scenarios)?,
            countermeasures: zip(&self.countermeasures, &c.countermeasures)?,
            exercises: zip(&self.exercises, &c.exercises)?,
            people: zip(&self.people, &c.people)?,
            access: zip(&self.access, &c.access)?,
            unlinks: self.unlinks.iter().map(Unlink::from).collect(),
        })
    }
}

impl Trash {
    /// Adds an entry at the front, dropping the oldest beyond [`TRASH_LIMIT`].
    pub fn push(&mut self, entry: TrashEntry) {
        self.entries.insert(0, entry);
        self.entries.truncate(TRASH_LIMIT);
    }
    /// Takes an entry out (to restore it).
    pub fn take(&mut self, id: Uuid) -> Option<TrashEntry> {
        let i = self.entries.iter().position(|e| e.id == id)?;
        Some(self.entries.remove(i))
    }
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{\"entries\":[]}".into())
    }

    /// What may be written to storage when the workbooks `sealed` are
    /// encrypted: their deleted records stay in memory only (the session's
    /// trash and undo), a deleted sealed workbook keeps its sealed text, and
    /// no name of a sealed workbook or record is written in clear.
    pub fn for_storage(&self, sealed: &std::collections::HashSet<Uuid>) -> Trash {
        let entries = self
            .entries
            .iter()
            .filter_map(|e| {
                let is_sealed_text = matches!(&e.item, TrashItem::Workbook { json }
                    if crate::domain::storage::seal::is_sealed(json));
                if !sealed.contains(&e.workbook_id) && !is_sealed_text {
                    return Some(e.clone());
                }
                is_sealed_text.then(|| TrashEntry {
                    workbook_name: String::new(),
                    label: String::new(),
                    ..e.clone()
                })
            })
            .collect();
        Trash { entries }
    }

    /// Drops the record entries of `wb` whose records are in it again (the
    /// delete was undone, in the screen or with the undo button): restoring
    /// them would clash with the records that are back. Returns whether any
    /// entry went, so the caller writes the trash only then.
    pub fn drop_restored(&mut self, wb: &Workbook) -> bool {
        let before = self.entries.len();
        let id = wb.id.uuid();
        self.entries.retain(|e| match &e.item {
            TrashItem::Records { removed } if e.workbook_id == id => {
                !removed.to_removed().is_some_and(|r| r.is_back_in(wb))
            }
            _ => true,
        });
        self.entries.len() != before
    }
}

impl Removed {
    /// Whether any record of this bundle is in `wb` again (by id).
    pub fn is_back_in(&self, wb: &Workbook) -> bool {
        self.technologies
            .iter()
            .any(|(_, t)| wb.technology(t.id).is_some())
            || self.elements.iter().any(|(tid, _, e)| {
                wb.technology(*tid)
                    .is_some_and(|t| t.elements.iter().any(|x| x.id == e.id))
            })
            || self.actors.iter().any(|(_, a)| wb.actor(a.id).is_some())
            || self
                .assessments
                .iter()
                .any(|(_, a)| wb.assessment(a.id).is_some())
            || self
                .scenarios
                .iter()
                .any(|(_, s)| wb.scenario(s.id).is_some())
            || self
                .countermeasures
                .iter()
                .any(|(_, c)| wb.countermeasure(c.id).is_some())
            || self
                .exercises
                .iter()
                .any(|(_, x)| wb.exercise(x.id).is_some())
    }
}

#[cfg(test)]
mod sealed_tests {
    use super::*;

    fn entry(workbook_id: u128, item: TrashItem) -> TrashEntry {
        TrashEntry {
            id: Uuid::from_u128(workbook_id + 100),
            deleted_ms: 1,
            workbook_id: Uuid::from_u128(workbook_id),
            workbook_name: "GaN lab".into(),
            label: "GaN wafer recipe".into(),
            count: 1,
            item,
        }
    }

    #[test]
    fn nothing_of_a_sealed_workbook_is_written_in_clear() {
        let plain_json = TrashItem::Workbook {
            json: "{\"name\":\"GaN lab\"}".into(),
        };
        let sealed_json = TrashItem::Workbook {
            json: "mamori.sealed:3:abc".into(),
        };
        let trash = Trash {
            entries: vec![
                entry(1, plain_json.clone()),
                entry(2, plain_json.clone()),
                entry(3, sealed_json),
            ],
        };
        let sealed = [Uuid::from_u128(2)].into_iter().collect();
        let stored = trash.for_storage(&sealed);
        assert_eq!(stored.entries.len(), 2);
        assert_eq!(
            stored.entries[0], trash.entries[0],
            "plain workbooks as before"
        );
        assert_eq!(stored.entries[1].workbook_id, Uuid::from_u128(3));
        let json = stored.entries[1..]
            .iter()
            .map(|e| format!("{e:?}"))
            .collect::<String>();
        assert!(!json.contains("GaN"), "{json}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::safety::fixtures::sample;
    use crate::domain::storage::to_json;

    /// Regression (issue 17): delete a technology, undo, open the workbook
    /// list: the trash still listed it and its restore failed with "id …
    /// is used more than once".
    #[test]
    fn an_undone_delete_leaves_the_trash() {
        let wb = sample();
        let mut w = wb.clone();
        let tid = wb.technologies[0].id;
        let removed = w
            .delete_technology(tid)
            .expect("the sample's first technology deletes");
        let entry = |removed: &Removed, w: &Workbook| TrashEntry {
            id: Uuid::from_u128(7),
            deleted_ms: 0,
            workbook_id: w.id.uuid(),
            workbook_name: w.name.clone(),
            label: String::new(),
            count: 1,
            item: TrashItem::Records {
                removed: Box::new(RemovedDto::of(removed, w)),
            },
        };
        let mut trash = Trash::default();
        trash.push(entry(&removed, &w));
        // Still deleted: the entry stays.
        assert!(!trash.drop_restored(&w));
        assert_eq!(trash.entries.len(), 1);
        // Another workbook with the same records does not touch it.
        let mut other = wb.clone();
        other.id = WorkbookId::new(Uuid::from_u128(99));
        assert!(!trash.drop_restored(&other));
        // Undone: the entry goes.
        w.put_back(removed).expect("the bundle puts back");
        assert!(trash.drop_restored(&w));
        assert!(trash.entries.is_empty());
    }

    #[test]
    fn removed_bundles_round_trip_through_the_trash() {
        let wb = sample();
        for (kind, i) in [(0, 0), (1, 0), (2, 0), (3, 0), (4, 0)] {
            let mut w = wb.clone();
            let removed = match kind {
                0 => w.delete_technology(wb.technologies[i].id),
                1 => w.delete_actor(wb.actors[i].id),
                2 => w.delete_scenario(wb.scenarios[i].id),
                3 => w.delete_countermeasure(wb.countermeasures[i].id),
                _ => {
                    let t = wb
                        .technologies
                        .iter()
                        .find(|t| !t.elements.is_empty())
                        .expect("the sample has a technology with elements");
                    w.delete_element(t.elements[0].id)
                }
            }
            .expect("deleted");
            let dto = RemovedDto::of(&removed, &w);
            let mut trash = Trash::default();
            let entry_id = Uuid::from_u128(42);
            trash.push(TrashEntry {
                id: entry_id,
                deleted_ms: 1,
                workbook_id: wb.id.uuid(),
                workbook_name: wb.name.clone(),
                label: "x".into(),
                count: 1,
                item: TrashItem::Records {
                    removed: Box::new(dto),
                },
            });
            let mut back: Trash =
                serde_json::from_str(&trash.to_json()).expect("trash JSON reads back");
            let TrashItem::Records { removed: dto } =
                back.take(entry_id).expect("the entry is in the trash").item
            else {
                panic!()
            };
            let again = dto.to_removed().expect("restores");
            assert_eq!(again, removed, "kind {kind}");
            w.put_back(again)
                .expect("put back into the workbook it came from");
            assert_eq!(to_json(&w), to_json(&wb), "kind {kind}");
        }
    }

    #[test]
    fn trash_is_bounded() {
        let mut t = Trash::default();
        for i in 0..(TRASH_LIMIT as u128 + 5) {
            t.push(TrashEntry {
                id: Uuid::from_u128(i),
                deleted_ms: i as i64,
                workbook_id: Uuid::nil(),
                workbook_name: String::new(),
                label: String::new(),
                count: 1,
                item: TrashItem::Workbook {
                    json: String::new(),
                },
            });
        }
        assert_eq!(t.entries.len(), TRASH_LIMIT);
        assert_eq!(t.entries[0].id, Uuid::from_u128(TRASH_LIMIT as u128 + 4));
    }
}
