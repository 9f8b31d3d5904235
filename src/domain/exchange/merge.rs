//! Preview and merge of an imported workbook into an existing one.
//!
//! Records are matched by id (threat assessments also by their actor ×
//! technology pair, which must stay unique). A matched record whose content
//! differs is a *conflict*; the preview lists both versions and the user
//! chooses per conflict, or one policy for all. Records only in one side are
//! kept (nothing is deleted by a merge). Chokepoint elements travel with
//! their technology.
//!
//! "Newer": records carry no timestamp of their own, so [`MergePolicy::KeepNewer`]
//! compares the two *workbooks'* `updated_at` — the side saved more recently
//! wins every conflict; on a tie, mine is kept. Say so next to the choice.
//!
//! Invariant: the merged workbook validates whenever both inputs do (every
//! id a kept record refers to exists on one side, hence in the result;
//! element ids and assessment pairs are de-duplicated; rounds are renumbered
//! in order of their start).

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use crate::domain::error::EntityKind;
use crate::domain::model::*;

/// Counts for one kind of record.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EntityCounts {
    /// Only in the import.
    pub new: usize,
    /// In both, with different content (each one is a conflict).
    pub changed: usize,
    /// In both, identical.
    pub unchanged: usize,
    /// Only in the existing workbook (kept by a merge).
    pub only_existing: usize,
}

/// A whole record on one side of a conflict, for showing both versions.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    /// The workbook's own fields (name, organisation, unit, assessor, settings).
    Workbook(Box<Workbook>),
    Round(Round),
    Technology(Box<Technology>),
    Actor(ThreatActor),
    Assessment(ThreatAssessment),
    Scenario(LeakScenario),
    Countermeasure(Countermeasure),
    Exercise(Exercise),
    Person(Person),
    Access(AccessLink),
}

/// Which conflict: the kind and the existing record's id.
pub type ConflictKey = (EntityKind, String);

/// The same record, different content.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub key: ConflictKey,
    pub mine: Record,
    pub theirs: Record,
}

/// What importing would do, before anything is replaced.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    /// Per kind, in display order: rounds, technologies, elements, actors,
    /// assessments, scenarios, countermeasures, exercises.
    pub counts: Vec<(EntityKind, EntityCounts)>,
    pub conflicts: Vec<Conflict>,
    /// Whether the incoming workbook was saved later than the existing one
    /// (`None` without an existing workbook).
    pub incoming_is_newer: Option<bool>,
}

/// One side of a conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    KeepMine,
    TakeTheirs,
}

/// The rule for conflicts the user did not decide one by one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergePolicy {
    KeepMine,
    TakeTheirs,
    /// The side whose workbook `updated_at` is later (see the module doc).
    KeepNewer,
}

/// The user's choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeChoices {
    pub policy: MergePolicy,
    pub per_conflict: HashMap<ConflictKey, Resolution>,
}

impl MergeChoices {
    pub fn all(policy: MergePolicy) -> Self {
        MergeChoices {
            policy,
            per_conflict: HashMap::new(),
        }
    }
}

fn header_eq(a: &Workbook, b: &Workbook) -> bool {
    a.name == b.name
        && a.organisation == b.organisation
        && a.unit == b.unit
        && a.assessor == b.assessor
        && a.settings == b.settings
}

fn header_only(w: &Workbook) -> Workbook {
    Workbook {
        rounds: Vec::new(),
        technologies: Vec::new(),
        actors: Vec::new(),
        assessments: Vec::new(),
        scenarios: Vec::new(),
        countermeasures: Vec::new(),
        exercises: Vec::new(),
        people: Vec::new(),
        access: Vec::new(),
        workshops: Vec::new(),
        ..w.clone()
    }
}

fn compare<T: PartialEq, K: Eq + Hash>(
    mine: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> K,
    mut conflict: impl FnMut(&T, &T),
) -> EntityCounts {
    let index: HashMap<K, &T> = mine.iter().map(|m| (key(m), m)).collect();
    let mut c = EntityCounts::default();
    let mut matched = HashSet::new();
    for t in theirs {
        let k = key(t);
        match index.get(&k) {
            None => c.new += 1,
            Some(m) if *m == t => c.unchanged += 1,
            Some(m) => {
                c.changed += 1;
                conflict(m, t);
            }
        }
        matched.insert(k);
    }
    c.only_existing = mine.iter().filter(|m| !matched.contains(&key(m))).count();
    c
}

/// Assessments match by id, else by their actor × technology pair.
fn assessment_match<'a>(
    mine: &'a [ThreatAssessment],
    t: &ThreatAssessment,
) -> Option<&'a ThreatAssessment> {
    mine.iter().find(|m| m.id == t.id).or_else(|| {
        mine.iter()
            .find(|m| m.actor_id == t.actor_id && m.technology_id == t.technology_id)
    })
}

impl Record {
    /// The record as `(field, value)` pairs in a stable order, for showing
    /// both versions of a conflict side by side. Field names are the storage
    /// format's (nested ones joined with `.`), values as stored: codes for
    /// enumerations, empty for "not rated", lists one item per line.
    pub fn fields(&self) -> Vec<(String, String)> {
        use crate::domain::ids::{RoundId, WorkbookId};
        use crate::domain::storage::dto::WorkbookDto;
        let mut w = match self {
            Record::Workbook(w) => header_only(w),
            _ => {
                let mut w = Workbook::new(
                    WorkbookId::new(uuid::Uuid::nil()),
                    "",
                    RoundId::new(uuid::Uuid::nil()),
                    time::OffsetDateTime::UNIX_EPOCH,
                );
                w.rounds.clear();
                w
            }
        };
        let list = match self {
            Record::Workbook(_) => None,
            Record::Round(r) => {
                w.rounds.push(r.clone());
                Some("rounds")
            }
            Record::Technology(t) => {
                w.technologies.push((**t).clone());
                Some("technologies")
            }
            Record::Actor(a) => {
                w.actors.push(a.clone());
                Some("actors")
            }
            Record::Assessment(a) => {
                w.assessments.push(a.clone());
                Some("assessments")
            }
            Record::Scenario(x) => {
                w.scenarios.push(x.clone());
                Some("scenarios")
            }
            Record::Countermeasure(m) => {
                w.countermeasures.push(m.clone());
                Some("countermeasures")
            }
            Record::Exercise(e) => {
                w.exercises.push(e.clone());
                Some("exercises")
            }
            Record::Person(p) => {
                w.people.push(p.clone());
                Some("people")
            }
            Record::Access(a) => {
                w.access.push(*a);
                Some("access")
            }
        };
        let Ok(value) = serde_json::to_value(WorkbookDto::from(&w)) else {
            return Vec::new();
        };
        let value = match list {
            Some(l) => value.get(l).and_then(|v| v.get(0)).cloned(),
            None => {
                let mut v = value;
                if let Some(o) = v.as_object_mut() {
                    o.retain(|_, x| !x.is_array());
                    o.remove("format");
                    o.remove("schema_version");
                    o.remove("created_at");
                    o.remove("updated_at");
                }
                Some(v)
            }
        };
        let mut out = Vec::new();
        if let Some(v) = value {
            flatten("", &v, &mut out);
        }
        out
    }
}

fn flatten(prefix: &str, v: &serde_json::Value, out: &mut Vec<(String, String)>) {
    use serde_json::Value;
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, x, out);
            }
        }
        Value::Array(items) if items.iter().all(|i| !i.is_object()) => {
            let text: Vec<String> = items.iter().map(scalar).collect();
            out.push((prefix.to_owned(), text.join("\n")));
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                flatten(&format!("{prefix}.{}", i + 1), x, out);
            }
        }
        other => out.push((prefix.to_owned(), scalar(other))),
    }
}

fn scalar(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Counts and conflicts of importing `incoming` into `existing` (all new
/// without an existing workbook).
pub fn preview(existing: Option<&Workbook>, incoming: &Workbook) -> ImportPreview {
    let empty;
    let mine = match existing {
        Some(w) => w,
        None => {
            empty = Workbook {
                rounds: Vec::new(),
                ..header_only(incoming)
            };
            &empty
        }
    };
    let mut conflicts = Vec::new();
    if existing.is_some() && !header_eq(mine, incoming) {
        conflicts.push(Conflict {
            key: (EntityKind::Workbook, mine.id.to_string()),
            mine: Record::Workbook(Box::new(header_only(mine))),
            theirs: Record::Workbook(Box::new(header_only(incoming))),
        });
    }
    let mut counts = Vec::new();
    macro_rules! kind {
        ($kind:expr, $field:ident, $variant:expr) => {{
            let c = compare(
                &mine.$field,
                &incoming.$field,
                |x| x.id,
                |m, t| {
                    conflicts.push(Conflict {
                        key: ($kind, m.id.to_string()),
                        mine: $variant(m.clone()),
                        theirs: $variant(t.clone()),
                    })
                },
            );
            counts.push(($kind, c));
        }};
    }
    kind!(EntityKind::Round, rounds, Record::Round);
    kind!(EntityKind::Technology, technologies, |t: Technology| {
        Record::Technology(Box::new(t))
    });
    let elements = |w: &Workbook| -> Vec<ChokepointElement> {
        w.technologies
            .iter()
            .flat_map(|t| t.elements.iter().cloned())
            .collect()
    };
    let c = compare(&elements(mine), &elements(incoming), |e| e.id, |_, _| {});
    counts.push((EntityKind::Element, c));
    kind!(EntityKind::Actor, actors, Record::Actor);
    // Assessments: by id or pair.
    let mut c = EntityCounts::default();
    let mut matched = HashSet::new();
    for t in &incoming.assessments {
        match assessment_match(&mine.assessments, t) {
            None => c.new += 1,
            Some(m) => {
                matched.insert(m.id);
                if m == t {
                    c.unchanged += 1;
                } else {
                    c.changed += 1;
                    conflicts.push(Conflict {
                        key: (EntityKind::Assessment, m.id.to_string()),
                        mine: Record::Assessment(m.clone()),
                        theirs: Record::Assessment(t.clone()),
                    });
                }
            }
        }
    }
    c.only_existing = mine
        .assessments
        .iter()
        .filter(|m| !matched.contains(&m.id))
        .count();
    counts.push((EntityKind::Assessment, c));
    kind!(EntityKind::Scenario, scenarios, Record::Scenario);
    kind!(
        EntityKind::Countermeasure,
        countermeasures,
        Record::Countermeasure
    );
    kind!(EntityKind::Exercise, exercises, Record::Exercise);
    kind!(EntityKind::Person, people, Record::Person);
    kind!(EntityKind::Access, access, Record::Access);
    ImportPreview {
        counts,
        conflicts,
        incoming_is_newer: existing.map(|e| incoming.updated_at > e.updated_at),
    }
}

/// Merges `incoming` into `existing` as chosen (see the module doc).
pub fn merge(existing: &Workbook, incoming: &Workbook, choices: &MergeChoices) -> Workbook {
    let newer_theirs = incoming.updated_at > existing.updated_at;
    let take = |kind: EntityKind, id: String| -> bool {
        match choices.per_conflict.get(&(kind, id)) {
            Some(Resolution::TakeTheirs) => true,
            Some(Resolution::KeepMine) => false,
            None => match choices.policy {
                MergePolicy::KeepMine => false,
                MergePolicy::TakeTheirs => true,
                MergePolicy::KeepNewer => newer_theirs,
            },
        }
    };
    let mut w = existing.clone();
    if !header_eq(existing, incoming) && take(EntityKind::Workbook, existing.id.to_string()) {
        w.name = incoming.name.clone();
        w.organisation = incoming.organisation.clone();
        w.unit = incoming.unit.clone();
        w.assessor = incoming.assessor.clone();
        w.settings = incoming.settings;
    }
    w.updated_at = existing.updated_at.max(incoming.updated_at);

    fn by_id<T: Clone + PartialEq, K: Eq + Hash + ToString + Copy>(
        mine: &mut Vec<T>,
        theirs: &[T],
        key: impl Fn(&T) -> K,
        take: impl Fn(String) -> bool,
    ) {
        let index: HashMap<K, usize> = mine.iter().enumerate().map(|(i, m)| (key(m), i)).collect();
        for t in theirs {
            match index.get(&key(t)) {
                None => mine.push(t.clone()),
                Some(&i) => {
                    if mine[i] != *t && take(key(t).to_string()) {
                        mine[i] = t.clone();
                    }
                }
            }
        }
    }
    by_id(
        &mut w.rounds,
        &incoming.rounds,
        |r| r.id,
        |id| take(EntityKind::Round, id),
    );
    by_id(
        &mut w.technologies,
        &incoming.technologies,
        |t| t.id,
        |id| take(EntityKind::Technology, id),
    );
    by_id(
        &mut w.actors,
        &incoming.actors,
        |a| a.id,
        |id| take(EntityKind::Actor, id),
    );
    for t in &incoming.assessments {
        match assessment_match(&w.assessments, t).map(|m| m.id) {
            None => w.assessments.push(t.clone()),
            Some(mid) => {
                if let Some(i) = w.assessments.iter().position(|m| m.id == mid) {
                    if w.assessments[i] != *t && take(EntityKind::Assessment, mid.to_string()) {
                        // Keep mine's id: it is the key the user chose on.
                        w.assessments[i] = ThreatAssessment {
                            id: mid,
                            ..t.clone()
                        };
                    }
                }
            }
        }
    }
    by_id(
        &mut w.scenarios,
        &incoming.scenarios,
        |s| s.id,
        |id| take(EntityKind::Scenario, id),
    );
    by_id(
        &mut w.countermeasures,
        &incoming.countermeasures,
        |m| m.id,
        |id| take(EntityKind::Countermeasure, id),
    );
    by_id(
        &mut w.exercises,
        &incoming.exercises,
        |e| e.id,
        |id| take(EntityKind::Exercise, id),
    );
    by_id(
        &mut w.people,
        &incoming.people,
        |p| p.id,
        |id| take(EntityKind::Person, id),
    );
    by_id(
        &mut w.access,
        &incoming.access,
        |a| a.id,
        |id| take(EntityKind::Access, id),
    );
    // One access link per person and technology: keep the first.
    let mut access_pairs = HashSet::new();
    w.access
        .retain(|a| access_pairs.insert((a.person_id, a.technology_id)));
    // Workshop sessions are history, not merged field by field: a session
    // not here is added whole, one already here is kept as it is.
    for s in &incoming.workshops {
        if !w.workshops.iter().any(|m| m.id == s.id) {
            w.workshops.push(s.clone());
        }
    }

    // An element moved between technologies could now appear twice: keep
    // the first (in workbook order).
    let mut seen = HashSet::new();
    for t in &mut w.technologies {
        t.elements.retain(|e| seen.insert(e.id));
    }
    // Assessment pairs can collide when an assessment's pair changed on one
    // side: keep the first.
    let mut pairs = HashSet::new();
    w.assessments
        .retain(|a| pairs.insert((a.actor_id, a.technology_id)));
    // Rounds in order of their start, numbered 1, 2, 3…
    w.rounds.sort_by_key(|r| (r.started_at, r.number));
    for (i, r) in w.rounds.iter_mut().enumerate() {
        r.number = u32::try_from(i).unwrap_or(u32::MAX).saturating_add(1);
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::sample_with_counted_ids;
    use crate::domain::text::Lang;
    use time::{Duration, OffsetDateTime};

    fn sample(lang: Lang) -> Workbook {
        sample_with_counted_ids(lang, OffsetDateTime::UNIX_EPOCH)
    }

    #[test]
    fn conflict_records_show_their_fields_side_by_side() {
        let mine = sample(Lang::Ja);
        let theirs = sample(Lang::En);
        let p = preview(Some(&mine), &theirs);
        let c = p
            .conflicts
            .iter()
            .find(|c| c.key.0 == EntityKind::Technology)
            .expect("a technology conflict");
        let (a, b) = (c.mine.fields(), c.theirs.fields());
        let keys = |f: &[(String, String)]| f.iter().map(|x| x.0.clone()).collect::<Vec<_>>();
        assert_eq!(keys(&a), keys(&b));
        let name = |f: &[(String, String)]| f.iter().find(|x| x.0 == "name").map(|x| x.1.clone());
        assert_eq!(name(&a), Some(mine.technologies[0].name.clone()));
        assert_eq!(name(&b), Some(theirs.technologies[0].name.clone()));
        assert!(a
            .iter()
            .any(|x| x.0 == "id" && x.1 == mine.technologies[0].id.to_string()));
        let header = Record::Workbook(Box::new(mine.clone())).fields();
        assert!(header.iter().any(|x| x.0 == "name" && x.1 == mine.name));
        assert!(!header.iter().any(|x| x.0.starts_with("technologies")));
    }

    #[test]
    fn into_nothing_everything_is_new() {
        let wb = sample(Lang::Ja);
        let p = preview(None, &wb);
        assert!(p.conflicts.is_empty());
        let tech = p
            .counts
            .iter()
            .find(|(k, _)| *k == EntityKind::Technology)
            .map(|c| c.1);
        assert_eq!(tech.map(|c| c.new), Some(wb.technologies.len()));
    }

    #[test]
    fn same_ids_other_language_are_conflicts_resolved_as_chosen() {
        let mine = sample(Lang::Ja);
        let mut theirs = sample(Lang::En);
        theirs.updated_at = mine.updated_at + Duration::days(1);
        let p = preview(Some(&mine), &theirs);
        assert!(p.conflicts.iter().any(|c| c.key.0 == EntityKind::Workbook));
        assert_eq!(p.incoming_is_newer, Some(true));
        let kept = merge(&mine, &theirs, &MergeChoices::all(MergePolicy::KeepMine));
        assert_eq!(kept.technologies, mine.technologies);
        let newer = merge(&mine, &theirs, &MergeChoices::all(MergePolicy::KeepNewer));
        assert_eq!(newer.technologies, theirs.technologies);
        // One conflict decided the other way.
        let first = p
            .conflicts
            .iter()
            .find(|c| c.key.0 == EntityKind::Technology)
            .map(|c| c.key.clone())
            .expect("a technology conflict");
        let mut choices = MergeChoices::all(MergePolicy::TakeTheirs);
        choices
            .per_conflict
            .insert(first.clone(), Resolution::KeepMine);
        let m = merge(&mine, &theirs, &choices);
        assert_eq!(m.technologies[0], mine.technologies[0]);
        assert_eq!(m.technologies[1], theirs.technologies[1]);
        for w in [kept, newer, m] {
            assert!(w.validate().is_empty(), "{:?}", w.validate());
        }
    }
}
