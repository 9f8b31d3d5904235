//! Data-safety policy: the pure decisions the browser shell applies to keep
//! workbooks from being lost (docs/reliability.md § Faults).
//!
//! - [`scan`]: classify every `mamori.*` local-storage key at start-up into
//!   intact workbooks and [`Finding`]s (unreadable, newer schema, unknown key),
//!   which the shell keeps untouched and never writes;
//! - [`Usage`]: how much of the local-storage budget Mamori's keys use;
//! - [`before_save`] / [`on_external_write`]: the revision-counter decisions
//!   for two tabs on one workbook;
//! - [`UndoStack`]: bounded undo/redo with coalescing of typing bursts;
//! - [`Trash`]: persisted deleted records and workbooks.
//!
//! Nothing here touches storage, the clock or the DOM: keys, values and times
//! are passed in.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::edit::{Removed, Unlink};
use super::ids::*;
use super::model::{Technology, Workbook};
use super::storage::dto::WorkbookDto;
use super::storage::{restore, RestoreError};
use super::text::Lang;

// ---- keys ------------------------------------------------------------------

/// Every key of this app starts with this (all versions).
pub const APP_PREFIX: &str = "mamori.";
/// Keys written by this version.
pub const PREFIX: &str = "mamori.v1.";

/// What a key of this version holds (names after [`PREFIX`]):
/// `index` (the workbook list cache), `wb.<id>` (a workbook, storage JSON),
/// `rev.<id>` (its revision counter, a decimal integer), `backup.<id>`
/// (Unix ms of its last backup download), `trash` ([`Trash`] JSON),
/// `lang` (`ja`/`en`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyKind {
    Index,
    Workbook(Uuid),
    Revision(Uuid),
    Backup(Uuid),
    Trash,
    Lang,
    /// A `mamori.` key this version does not know (another app version).
    Unknown,
}

/// Classifies a full local-storage key; `None` if it is not Mamori's.
pub fn key_kind(key: &str) -> Option<KeyKind> {
    if !key.starts_with(APP_PREFIX) {
        return None;
    }
    let Some(name) = key.strip_prefix(PREFIX) else {
        return Some(KeyKind::Unknown);
    };
    let id = |rest: &str| Uuid::parse_str(rest).ok();
    Some(match name {
        "index" => KeyKind::Index,
        "trash" => KeyKind::Trash,
        "lang" => KeyKind::Lang,
        _ => {
            if let Some(u) = name.strip_prefix("wb.").and_then(id) {
                KeyKind::Workbook(u)
            } else if let Some(u) = name.strip_prefix("rev.").and_then(id) {
                KeyKind::Revision(u)
            } else if let Some(u) = name.strip_prefix("backup.").and_then(id) {
                KeyKind::Backup(u)
            } else {
                KeyKind::Unknown
            }
        }
    })
}

pub fn workbook_key(id: Uuid) -> String {
    format!("{PREFIX}wb.{id}")
}
pub fn revision_key(id: Uuid) -> String {
    format!("{PREFIX}rev.{id}")
}
pub fn backup_key(id: Uuid) -> String {
    format!("{PREFIX}backup.{id}")
}

// ---- start-up scan ---------------------------------------------------------

/// Why a stored key cannot be used. The key is kept as it is and offered for
/// download; the shell refuses every write to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A workbook that does not restore (truncated, wrong types, random bytes…).
    Unreadable(RestoreError),
    /// A workbook written by a newer Mamori: read-only, never overwritten.
    NewerSchema { found: u64, supported: u32 },
    /// A workbook whose content names another id than its key.
    IdMismatch { found: Uuid },
    /// The workbook list is unreadable; it was rebuilt from the workbook keys.
    BadIndex,
    /// A small value (revision, language, trash, backup time) is unreadable.
    BadValue,
    /// A `mamori.` key this version does not know.
    UnknownKey,
}

impl Problem {
    /// A plain-words reason.
    pub fn message(&self, lang: Lang) -> String {
        let ja = lang == Lang::Ja;
        match self {
            Problem::Unreadable(e) => e.message(lang),
            Problem::NewerSchema { found, supported } => RestoreError::NewerSchema {
                found: *found,
                supported: *supported,
            }
            .message(lang),
            Problem::IdMismatch { found } => {
                if ja {
                    format!("保存場所の名前と中身のID（{found}）が一致しません。取り違えを防ぐため読み込みません。")
                } else {
                    format!("The key and the id inside ({found}) do not match; it is not loaded to avoid a mix-up.")
                }
            }
            Problem::BadIndex => {
                if ja {
                    "ワークブック一覧のデータが壊れています。一覧は各ワークブックから作り直しました（元のデータはそのまま残しています）。".into()
                } else {
                    "The workbook list data is damaged. The list was rebuilt from the workbooks themselves (the original data is kept as it is).".into()
                }
            }
            Problem::BadValue => {
                if ja {
                    "補助データが読み取れません。使わずにそのまま残しています。".into()
                } else {
                    "This auxiliary value cannot be read; it is not used and kept as it is.".into()
                }
            }
            Problem::UnknownKey => {
                if ja {
                    "この版のMamoriが知らないデータです（別の版で保存された可能性があります）。変更せずに残しています。".into()
                } else {
                    "This version of Mamori does not know this data (perhaps saved by another version). It is kept unchanged.".into()
                }
            }
        }
    }

    /// Written by a newer version (shown as read-only rather than damaged).
    pub fn is_newer(&self) -> bool {
        matches!(self, Problem::NewerSchema { .. })
    }
}

/// One key that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub key: String,
    pub problem: Problem,
    /// Length of the raw value in characters.
    pub chars: usize,
    /// The workbook name, when it could still be read from the raw JSON.
    pub name: Option<String>,
}

/// The user's consent to remove one damaged key — the only exception to
/// "a key the app could not read is never written or removed" besides the
/// wipe. It exists only when the user has downloaded the raw data first, or
/// has explicitly confirmed removing it without a copy; the storage adapter
/// removes a protected key only against this value.
#[derive(Debug, PartialEq, Eq)]
pub struct RemovalConsent {
    key: String,
}

impl RemovalConsent {
    /// `None` unless the raw data was downloaded or removal without a copy
    /// was confirmed.
    pub fn new(key: &str, downloaded: bool, confirmed_without_copy: bool) -> Option<Self> {
        (downloaded || confirmed_without_copy).then(|| RemovalConsent {
            key: key.to_owned(),
        })
    }

    pub fn key(&self) -> &str {
        &self.key
    }
}

/// What the start-up scan found.
#[derive(Debug, Default)]
pub struct ScanReport {
    /// Workbooks that restore, in the order of the stored list, then the rest.
    pub intact: Vec<Workbook>,
    pub findings: Vec<Finding>,
    /// The stored list was missing, damaged or disagreed with the keys.
    pub index_rebuilt: bool,
    /// Revision counters by workbook.
    pub revisions: Vec<(Uuid, u64)>,
    /// Last backup download (Unix ms) by workbook.
    pub backups: Vec<(Uuid, i64)>,
    pub trash: Trash,
}

impl ScanReport {
    pub fn is_protected(&self, key: &str) -> bool {
        self.findings.iter().any(|f| f.key == key)
    }
}

#[derive(Deserialize)]
struct IndexLine {
    id: Uuid,
}

/// Best-effort name of a raw workbook for the banner.
fn raw_name(raw: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(raw).ok()?;
    v.get("name")?
        .as_str()
        .map(|s| s.chars().take(200).collect())
}

/// Classifies every `(key, value)` of local storage (other apps' keys are
/// ignored). Pure: the shell lists the keys and applies the report.
pub fn scan(entries: &[(String, String)]) -> ScanReport {
    let mut report = ScanReport::default();
    let mut index_order: Option<Vec<Uuid>> = None;
    let mut listed_ids = Vec::new();
    let finding = |key: &str, raw: &str, problem: Problem, name: Option<String>| Finding {
        key: key.to_owned(),
        problem,
        chars: raw.chars().count(),
        name,
    };
    let mut findings = Vec::new();
    let mut intact = Vec::new();
    for (key, raw) in entries {
        let Some(kind) = key_kind(key) else { continue };
        match kind {
            KeyKind::Index => match serde_json::from_str::<Vec<IndexLine>>(raw) {
                Ok(lines) => index_order = Some(lines.into_iter().map(|l| l.id).collect()),
                Err(_) => findings.push(finding(key, raw, Problem::BadIndex, None)),
            },
            KeyKind::Workbook(id) => match restore(raw) {
                Ok(wb) if wb.id.uuid() == id => {
                    listed_ids.push(id);
                    intact.push(wb);
                }
                Ok(wb) => findings.push(finding(
                    key,
                    raw,
                    Problem::IdMismatch {
                        found: wb.id.uuid(),
                    },
                    Some(wb.name),
                )),
                Err(RestoreError::NewerSchema { found, supported }) => findings.push(finding(
                    key,
                    raw,
                    Problem::NewerSchema { found, supported },
                    raw_name(raw),
                )),
                Err(e) => findings.push(finding(key, raw, Problem::Unreadable(e), raw_name(raw))),
            },
            KeyKind::Revision(id) => match raw.trim().parse::<u64>() {
                Ok(n) => report.revisions.push((id, n)),
                Err(_) => findings.push(finding(key, raw, Problem::BadValue, None)),
            },
            KeyKind::Backup(id) => match raw.trim().parse::<i64>() {
                Ok(n) => report.backups.push((id, n)),
                Err(_) => findings.push(finding(key, raw, Problem::BadValue, None)),
            },
            KeyKind::Trash => match serde_json::from_str::<Trash>(raw) {
                Ok(t) => report.trash = t,
                Err(_) => findings.push(finding(key, raw, Problem::BadValue, None)),
            },
            KeyKind::Lang => {
                if raw != "ja" && raw != "en" {
                    findings.push(finding(key, raw, Problem::BadValue, None));
                }
            }
            KeyKind::Unknown => findings.push(finding(key, raw, Problem::UnknownKey, None)),
        }
    }
    let order = index_order.clone().unwrap_or_default();
    let pos = |id: Uuid| order.iter().position(|o| *o == id).unwrap_or(usize::MAX);
    intact.sort_by_key(|w: &Workbook| (pos(w.id.uuid()), w.id.uuid()));
    report.index_rebuilt = match &index_order {
        None => true,
        Some(o) => {
            let mut a = o.clone();
            let mut b = listed_ids.clone();
            a.sort();
            b.sort();
            a != b
        }
    };
    findings.sort_by(|a, b| a.key.cmp(&b.key));
    report.intact = intact;
    report.findings = findings;
    report
}

// ---- storage budget --------------------------------------------------------

/// The local-storage budget assumed per origin, in UTF-16 code units of keys
/// plus values: browsers allow about 5 Mi characters (Firefox counts exactly
/// this; Chromium allows 10 MiB of UTF-16 = 5 Mi characters).
pub const BUDGET_UNITS: u64 = 5 * 1024 * 1024;
/// Warn from this share of the budget.
pub const WARN_PERCENT: u64 = 80;

/// Space used by Mamori's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usage {
    /// UTF-16 code units of Mamori's keys and values.
    pub units: u64,
    pub budget: u64,
}

impl Usage {
    /// Adds up the `mamori.` entries of local storage.
    pub fn of(entries: &[(String, String)]) -> Usage {
        let units = entries
            .iter()
            .filter(|(k, _)| k.starts_with(APP_PREFIX))
            .map(|(k, v)| (k.encode_utf16().count() + v.encode_utf16().count()) as u64)
            .sum();
        Usage {
            units,
            budget: BUDGET_UNITS,
        }
    }
    /// Whole percent of the budget used (may exceed 100).
    pub fn percent(&self) -> u64 {
        (self.units * 100).checked_div(self.budget).unwrap_or(100)
    }
    /// Time to warn (at or above [`WARN_PERCENT`]).
    pub fn warn(&self) -> bool {
        self.percent() >= WARN_PERCENT
    }
    /// Approximate bytes (UTF-16 = 2 bytes per unit).
    pub fn bytes(&self) -> u64 {
        self.units * 2
    }
}

// ---- two tabs: revision counter --------------------------------------------

/// What to do before writing the open workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveDecision {
    /// Storage still holds the revision this tab loaded: write `next`.
    Save { next: u64 },
    /// Another tab wrote meanwhile: do not write; ask the user.
    Conflict,
}

/// `loaded`: the revision this tab last read or wrote; `stored`: the
/// revision in storage now (0 if the counter is missing).
pub fn before_save(loaded: u64, stored: u64) -> SaveDecision {
    if stored == loaded {
        SaveDecision::Save {
            next: loaded.saturating_add(1),
        }
    } else {
        SaveDecision::Conflict
    }
}

/// What to do when another tab wrote the open workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExternalWrite {
    /// Our own write, or nothing new.
    Ignore,
    /// No unsaved change here: load theirs and say so.
    Reload,
    /// Both changed: the user chooses.
    Conflict,
}

pub fn on_external_write(loaded: u64, stored: u64, local_unsaved: bool) -> ExternalWrite {
    if stored == loaded {
        ExternalWrite::Ignore
    } else if local_unsaved {
        ExternalWrite::Conflict
    } else {
        ExternalWrite::Reload
    }
}

// ---- undo ------------------------------------------------------------------

/// At most this many undo steps are kept (the oldest are dropped).
pub const UNDO_LIMIT: usize = 100;
/// …and at most this much snapshot weight (caller-measured, e.g. JSON
/// characters): 40 Mi ≈ 80 MB of UTF-16 in the worst case; a typical
/// workbook of 50–200 KB keeps the full 100 steps.
pub const UNDO_MAX_WEIGHT: usize = 40 * 1024 * 1024;
/// Edits of the same field closer together than this are one step.
pub const COALESCE_MS: f64 = 1500.0;

/// Snapshot undo/redo. `record` is called with the state *before* each edit;
/// consecutive edits with the same group key (the field being typed in)
/// within [`COALESCE_MS`] of each other form one step.
#[derive(Debug)]
pub struct UndoStack<T> {
    undo: VecDeque<(T, usize)>,
    redo: Vec<(T, usize)>,
    weight: usize,
    limit: usize,
    max_weight: usize,
    last: Option<(String, f64)>,
}

impl<T> Default for UndoStack<T> {
    fn default() -> Self {
        UndoStack::new(UNDO_LIMIT, UNDO_MAX_WEIGHT)
    }
}

impl<T> UndoStack<T> {
    pub fn new(limit: usize, max_weight: usize) -> Self {
        UndoStack {
            undo: VecDeque::new(),
            redo: Vec::new(),
            weight: 0,
            limit: limit.max(1),
            max_weight,
            last: None,
        }
    }

    /// Records the state before an edit. Returns whether a new step began.
    pub fn record(&mut self, before: T, weight: usize, group: Option<&str>, now_ms: f64) -> bool {
        let coalesce = match (&self.last, group) {
            (Some((g, t)), Some(cur)) => g == cur && now_ms - t < COALESCE_MS && now_ms >= *t,
            _ => false,
        };
        self.last = group.map(|g| (g.to_owned(), now_ms));
        self.redo.clear();
        if coalesce && !self.undo.is_empty() {
            return false;
        }
        self.undo.push_back((before, weight));
        self.weight += weight;
        while self.undo.len() > self.limit || (self.weight > self.max_weight && self.undo.len() > 1)
        {
            if let Some((_, w)) = self.undo.pop_front() {
                self.weight -= w;
            }
        }
        true
    }

    /// Steps back: returns the state to show, keeping `current` for redo.
    pub fn undo(&mut self, current: T, weight: usize) -> Option<T> {
        let (prev, w) = self.undo.pop_back()?;
        self.weight -= w;
        self.redo.push((current, weight));
        self.last = None;
        Some(prev)
    }

    pub fn redo(&mut self, current: T, weight: usize) -> Option<T> {
        let (next, _) = self.redo.pop()?;
        self.undo.push_back((current, weight));
        self.weight += weight;
        self.last = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
    pub fn len(&self) -> usize {
        self.undo.len()
    }
    pub fn is_empty(&self) -> bool {
        self.undo.is_empty()
    }
    /// Ends the current typing burst (e.g. on blur).
    pub fn break_group(&mut self) {
        self.last = None;
    }
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.weight = 0;
        self.last = None;
    }
}

// ---- trash -----------------------------------------------------------------

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
    Records { removed: RemovedDto },
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

impl From<&Unlink> for UnlinkDto {
    fn from(u: &Unlink) -> Self {
        match *u {
            Unlink::ScenarioActor { scenario, actor } => UnlinkDto::ScenarioActor {
                scenario: scenario.uuid(),
                actor: actor.uuid(),
            },
            Unlink::CountermeasureScenario {
                countermeasure,
                scenario,
                position,
            } => UnlinkDto::CountermeasureScenario {
                countermeasure: countermeasure.uuid(),
                scenario: scenario.uuid(),
                position,
            },
            Unlink::CountermeasureTechnology {
                countermeasure,
                technology,
                position,
            } => UnlinkDto::CountermeasureTechnology {
                countermeasure: countermeasure.uuid(),
                technology: technology.uuid(),
                position,
            },
            Unlink::ExerciseScenario {
                exercise,
                scenario,
                position,
            } => UnlinkDto::ExerciseScenario {
                exercise: exercise.uuid(),
                scenario: scenario.uuid(),
                position,
            },
            Unlink::ExerciseFollowUp {
                exercise,
                countermeasure,
                position,
            } => UnlinkDto::ExerciseFollowUp {
                exercise: exercise.uuid(),
                countermeasure: countermeasure.uuid(),
                position,
            },
        }
    }
}

impl From<&UnlinkDto> for Unlink {
    fn from(u: &UnlinkDto) -> Self {
        match *u {
            UnlinkDto::ScenarioActor { scenario, actor } => Unlink::ScenarioActor {
                scenario: ScenarioId::new(scenario),
                actor: ActorId::new(actor),
            },
            UnlinkDto::CountermeasureScenario {
                countermeasure,
                scenario,
                position,
            } => Unlink::CountermeasureScenario {
                countermeasure: CountermeasureId::new(countermeasure),
                scenario: ScenarioId::new(scenario),
                position,
            },
            UnlinkDto::CountermeasureTechnology {
                countermeasure,
                technology,
                position,
            } => Unlink::CountermeasureTechnology {
                countermeasure: CountermeasureId::new(countermeasure),
                technology: TechnologyId::new(technology),
                position,
            },
            UnlinkDto::ExerciseScenario {
                exercise,
                scenario,
                position,
            } => Unlink::ExerciseScenario {
                exercise: ExerciseId::new(exercise),
                scenario: ScenarioId::new(scenario),
                position,
            },
            UnlinkDto::ExerciseFollowUp {
                exercise,
                countermeasure,
                position,
            } => Unlink::ExerciseFollowUp {
                exercise: ExerciseId::new(exercise),
                countermeasure: CountermeasureId::new(countermeasure),
                position,
            },
        }
    }
}

impl RemovedDto {
    /// `wb` is the workbook the records came from (its header is reused for
    /// the carrier; its records are not).
    pub fn of(r: &Removed, wb: &Workbook) -> RemovedDto {
        let mut carrier = wb.clone();
        carrier.technologies = r.technologies.iter().map(|(_, t)| t.clone()).collect();
        for (tech, _, e) in &r.elements {
            let mut holder = Technology::new(*tech, "", super::kinds::TechCategory::Other);
            holder.elements.push(e.clone());
            carrier.technologies.push(holder);
        }
        carrier.actors = r.actors.iter().map(|(_, x)| x.clone()).collect();
        carrier.assessments = r.assessments.iter().map(|(_, x)| x.clone()).collect();
        carrier.scenarios = r.scenarios.iter().map(|(_, x)| x.clone()).collect();
        carrier.countermeasures = r.countermeasures.iter().map(|(_, x)| x.clone()).collect();
        carrier.exercises = r.exercises.iter().map(|(_, x)| x.clone()).collect();
        RemovedDto {
            carrier: super::storage::to_json(&carrier),
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::sample_workbook;
    use crate::domain::storage::to_json;

    #[test]
    fn removal_consent_needs_a_download_or_an_explicit_confirmation() {
        let key = "mamori.v1.wb.x";
        assert_eq!(RemovalConsent::new(key, false, false), None);
        for (downloaded, confirmed) in [(true, false), (false, true), (true, true)] {
            let c = RemovalConsent::new(key, downloaded, confirmed).expect("consent");
            assert_eq!(c.key(), key);
        }
    }
    use time::macros::datetime;

    fn sample() -> Workbook {
        let mut n = 0u128;
        sample_workbook(Lang::Ja, datetime!(2025-06-01 09:00 +09:00), &mut || {
            n += 1;
            Uuid::from_u128(n)
        })
    }

    fn entries(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn keys_are_classified() {
        let id = Uuid::from_u128(7);
        assert_eq!(key_kind(&workbook_key(id)), Some(KeyKind::Workbook(id)));
        assert_eq!(key_kind(&revision_key(id)), Some(KeyKind::Revision(id)));
        assert_eq!(key_kind(&backup_key(id)), Some(KeyKind::Backup(id)));
        assert_eq!(key_kind("mamori.v1.index"), Some(KeyKind::Index));
        assert_eq!(key_kind("mamori.v2.index"), Some(KeyKind::Unknown));
        assert_eq!(key_kind("mamori.v1.wb.not-a-uuid"), Some(KeyKind::Unknown));
        assert_eq!(key_kind("other.app"), None);
    }

    #[test]
    fn scan_keeps_intact_workbooks_and_reports_the_rest() {
        let wb = sample();
        let id = wb.id.uuid();
        let json = to_json(&wb);
        let truncated = &json[..json.len() / 2];
        let newer = json.replace("\"schema_version\": 1", "\"schema_version\": 99");
        let wrong_types = json.replacen(&format!("\"name\": {:?}", wb.name), "\"name\": 5", 1);
        let bad = |n: u128| workbook_key(Uuid::from_u128(1000 + n));
        let e = entries(&[
            (&workbook_key(id), &json),
            (&bad(1), truncated),
            (&bad(2), &newer),
            (&bad(3), &wrong_types),
            (&bad(4), "\u{1}\u{fffd}garbage"),
            ("mamori.v9.future", "x"),
            ("mamori.v1.index", "{not json"),
            ("mamori.v1.lang", "xx"),
            ("someone.else", "ignored"),
        ]);
        let r = scan(&e);
        assert_eq!(r.intact.len(), 1);
        assert_eq!(r.intact[0].id.uuid(), id);
        assert!(r.index_rebuilt);
        let kinds: Vec<_> = r
            .findings
            .iter()
            .map(|f| (f.key.as_str(), f.problem.clone()))
            .collect();
        assert_eq!(kinds.len(), 7, "{kinds:?}");
        assert!(r.is_protected(&bad(1)) && r.is_protected(&bad(4)));
        assert!(r.is_protected("mamori.v1.index") && r.is_protected("mamori.v9.future"));
        assert!(!r.is_protected(&workbook_key(id)));
        let newer_f = r
            .findings
            .iter()
            .find(|f| f.key == bad(2))
            .expect("the newer-schema key is reported");
        assert!(newer_f.problem.is_newer());
        assert_eq!(newer_f.name.as_deref(), Some(wb.name.as_str()));
        for f in &r.findings {
            assert!(!f.problem.message(Lang::Ja).is_empty());
            assert!(!f.problem.message(Lang::En).is_empty());
        }
    }

    #[test]
    fn scan_orders_by_index_and_detects_mismatch() {
        let a = sample();
        let mut b = sample();
        b.id = WorkbookId::new(Uuid::from_u128(999_999));
        let index = format!(r#"[{{"id":"{}"}},{{"id":"{}"}}]"#, b.id.uuid(), a.id.uuid());
        let r = scan(&entries(&[
            (&workbook_key(a.id.uuid()), &to_json(&a)),
            (&workbook_key(b.id.uuid()), &to_json(&b)),
            ("mamori.v1.index", &index),
        ]));
        assert!(!r.index_rebuilt);
        assert_eq!(r.intact[0].id, b.id);
        // A workbook under another id's key is not loaded.
        let r = scan(&entries(&[(
            &workbook_key(Uuid::from_u128(5)),
            &to_json(&a),
        )]));
        assert!(matches!(r.findings[0].problem, Problem::IdMismatch { .. }));
    }

    #[test]
    fn usage_counts_utf16_of_own_keys() {
        let u = Usage::of(&entries(&[("mamori.v1.x", "日本"), ("other", "zzzz")]));
        assert_eq!(u.units, 11 + 2);
        assert!(!u.warn());
        let big = "a".repeat((BUDGET_UNITS * 81 / 100) as usize);
        let u = Usage::of(&entries(&[("mamori.v1.x", &big)]));
        assert!(u.warn() && u.percent() == 81);
    }

    #[test]
    fn revisions_decide_save_reload_conflict() {
        assert_eq!(before_save(3, 3), SaveDecision::Save { next: 4 });
        assert_eq!(before_save(3, 4), SaveDecision::Conflict);
        assert_eq!(on_external_write(3, 3, true), ExternalWrite::Ignore);
        assert_eq!(on_external_write(3, 4, false), ExternalWrite::Reload);
        assert_eq!(on_external_write(3, 4, true), ExternalWrite::Conflict);
    }

    #[test]
    fn undo_coalesces_bursts_and_is_bounded() {
        let mut s = UndoStack::new(50, usize::MAX);
        // A typing burst in one field: one step.
        for (i, t) in [0.0, 200.0, 400.0].iter().enumerate() {
            s.record(i, 1, Some("name"), *t);
        }
        assert_eq!(s.len(), 1);
        // Another field, or a pause, starts a new step.
        s.record(3, 1, Some("notes"), 500.0);
        s.record(4, 1, Some("notes"), 500.0 + COALESCE_MS + 1.0);
        s.record(5, 1, None, 5000.0);
        assert_eq!(s.len(), 4);
        assert_eq!(s.undo(6, 1), Some(5));
        assert_eq!(s.undo(5, 1), Some(4));
        assert_eq!(s.redo(4, 1), Some(5));
        // A new edit clears redo.
        s.record(5, 1, None, 6000.0);
        assert!(!s.can_redo());
        // Bounded by count…
        let mut s = UndoStack::new(50, usize::MAX);
        for i in 0..120 {
            s.record(i, 1, None, i as f64);
        }
        assert_eq!(s.len(), 50);
        let mut got = vec![];
        while let Some(v) = s.undo(0, 1) {
            got.push(v);
        }
        assert_eq!(got.first(), Some(&119));
        assert_eq!(got.last(), Some(&70));
        // …and by weight (keeping at least the newest step).
        let mut s = UndoStack::new(100, 10);
        for i in 0..5 {
            s.record(i, 4, None, i as f64);
        }
        assert_eq!(s.len(), 2);
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
                item: TrashItem::Records { removed: dto },
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
