//! Application state shared by context, and the only path by which an edit
//! reaches the workbook: [`Ctx::update`] applies the change, recomputes the
//! analysis once, and autosaves. Components never write storage themselves.
//!
//! The autosave of an edit is deferred by [`SAVE_DELAY`] so the edit is
//! painted first and a burst of edits (typing) is written once: serialising
//! and writing a workshop-sized workbook takes longer than a frame. Until it
//! is written the workbook counts as unsaved (`dirty`), so `beforeunload`,
//! the two-tab check and the retry treat it exactly like a failed save; the
//! pending save is written at once when the page is hidden or left, before
//! another workbook is opened, and before stored data of the open workbook is
//! read (docs/reliability.md).

use std::sync::Arc;

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::domain::edit::Removed;
use crate::domain::ids::{RoundId, WorkbookId};
use crate::domain::model::Workbook;
use crate::domain::safety::{
    self, backup_key, before_save, revision_key, workbook_key, ExternalWrite, Finding, RemovedDto,
    SaveDecision, Trash, TrashEntry, TrashItem, UndoStack, Usage,
};
use crate::domain::scoring::{analyze, Analysis};
use crate::domain::storage::packed::{json_len, PACK_ABOVE_UNITS};
use crate::domain::storage::{restore, to_stored};
use crate::domain::text::Lang;
use crate::route::Route;

use super::storage::{self, StorageError};

/// Storage key of the list of workbooks (a cache: rebuilt from the
/// workbook keys at every start).
const INDEX_KEY: &str = "index";
const TRASH_KEY: &str = "trash";

/// How long after an edit its autosave waits (it is not postponed again by
/// later edits, so no change stays unwritten longer than this).
pub const SAVE_DELAY: std::time::Duration = std::time::Duration::from_millis(300);

/// The autosave delay of a workbook large enough to be stored packed:
/// packing it takes a noticeable moment, so a burst of edits settles first
/// (the save is still flushed when the page is hidden or left).
pub const LARGE_SAVE_DELAY: std::time::Duration = std::time::Duration::from_millis(1500);

/// One line of the workbook list, kept so the list shows without parsing
/// every workbook.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WorkbookMeta {
    pub id: Uuid,
    pub name: String,
    /// Unix milliseconds of the last change.
    pub updated_ms: i64,
    #[serde(default)]
    pub technologies: usize,
    #[serde(default)]
    pub scenarios: usize,
}

impl WorkbookMeta {
    fn of(wb: &Workbook) -> Self {
        WorkbookMeta {
            id: wb.id.uuid(),
            name: wb.name.clone(),
            updated_ms: (wb.updated_at.unix_timestamp_nanos() / 1_000_000) as i64,
            technologies: wb.technologies.len(),
            scenarios: wb.scenarios.len(),
        }
    }
}

/// Whether the last change reached storage.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing changed since start.
    Idle,
    /// An edit waits for its autosave ([`SAVE_DELAY`], or [`LARGE_SAVE_DELAY`] for a packed one).
    Pending,
    Saved,
    /// The change is only in memory; the message says why.
    Failed(StorageError),
}

/// Shared state; `Copy` because it is a bundle of signal handles.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub index: RwSignal<Vec<WorkbookMeta>>,
    pub wb: RwSignal<Option<Workbook>>,
    pub analysis: RwSignal<Option<Arc<Analysis>>>,
    pub save: RwSignal<SaveState>,
    /// A workbook that could not be opened, with the reason.
    pub open_error: RwSignal<Option<String>>,
    /// Keys the start-up scan could not use (kept untouched).
    pub findings: RwSignal<Vec<Finding>>,
    /// The workbook list was rebuilt from the keys at start.
    pub index_rebuilt: RwSignal<bool>,
    /// The open workbook in memory differs from storage (save failed or
    /// refused): `beforeunload` warns, the periodic retry saves.
    pub dirty: RwSignal<bool>,
    /// Another tab saved the open workbook while this one had changes.
    pub conflict: RwSignal<bool>,
    /// The open workbook was reloaded because another tab saved it.
    pub synced_notice: RwSignal<bool>,
    /// Revisions this tab last read or wrote, by workbook.
    revs: StoredValue<std::collections::HashMap<Uuid, u64>>,
    undo: StoredValue<UndoStack<Workbook>>,
    /// (can undo, can redo), for the buttons.
    pub undo_state: RwSignal<(bool, bool)>,
    /// Characters of the open workbook's last JSON (undo weight).
    last_len: StoredValue<usize>,
    /// An autosave of the open workbook is scheduled and not yet written.
    save_pending: StoredValue<bool>,
    /// The workbook of the route the app started on, as the start-up scan
    /// restored it, with its revision and JSON length: opening it at start
    /// uses it instead of parsing the same JSON a second time. Taken (and
    /// dropped) by the first open.
    start_wb: StoredValue<Option<(Workbook, u64, usize)>>,
    pub trash: RwSignal<Trash>,
    pub usage: RwSignal<Usage>,
    /// `navigator.storage.persist()`: None = not asked / unsupported.
    pub persisted: RwSignal<Option<bool>>,
    /// Unix ms of the open workbook's last backup download.
    pub last_backup: RwSignal<Option<i64>>,
    /// Browser clock in ms, refreshed periodically (for "how long ago").
    pub clock: RwSignal<f64>,
    /// Bumped when the open workbook is replaced from outside the screen
    /// (undo, redo, reload from another tab), so the screen rebuilds its
    /// text drafts from the workbook.
    pub generation: RwSignal<u64>,
}

/// Current time from the browser clock (the domain never reads a clock).
pub fn now() -> OffsetDateTime {
    let ms = js_sys::Date::now();
    OffsetDateTime::from_unix_timestamp_nanos((ms as i128) * 1_000_000)
        .unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// Today's date in the browser's local time zone: due dates, "overdue" and
/// file names are the user's calendar day, not UTC (in Japan the UTC date
/// `YYYY-MM-DD HH:MM` in the browser's local time zone.
pub fn format_ms(ms: i64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// lags until 09:00). The one place the shell turns the clock into a date.
pub fn local_today() -> time::Date {
    let d = js_sys::Date::new_0();
    time::Month::try_from(d.get_month() as u8 + 1)
        .ok()
        .and_then(|m| {
            time::Date::from_calendar_date(d.get_full_year() as i32, m, d.get_date() as u8).ok()
        })
        .unwrap_or_else(|| now().date())
}

/// A fresh random id.
pub fn new_id() -> Uuid {
    Uuid::new_v4()
}

impl Ctx {
    /// Starts: scans every `mamori.` key, lists the intact workbooks,
    /// protects what could not be read, rebuilds the list if needed.
    pub fn new(lang: Lang, route: Route) -> Ctx {
        let entries = storage::entries();
        let mut report = safety::scan(&entries);
        storage::protect(report.findings.iter().map(|f| f.key.clone()));
        let index: Vec<WorkbookMeta> = report.intact.iter().map(WorkbookMeta::of).collect();
        let revs: std::collections::HashMap<Uuid, u64> = report.revisions.iter().copied().collect();
        let any_intact = !report.intact.is_empty();
        let start_wb = route.workbook().and_then(|id| {
            let at = report.intact.iter().position(|w| w.id.uuid() == id)?;
            let key = workbook_key(id);
            let len = json_len(&entries.iter().find(|(k, _)| *k == key)?.1);
            let rev = revs.get(&id).copied().unwrap_or(0);
            Some((report.intact.swap_remove(at), rev, len))
        });
        let ctx = Ctx {
            lang: RwSignal::new(lang),
            route: RwSignal::new(route),
            index: RwSignal::new(index),
            wb: RwSignal::new(None),
            analysis: RwSignal::new(None),
            save: RwSignal::new(SaveState::Idle),
            open_error: RwSignal::new(None),
            findings: RwSignal::new(report.findings.clone()),
            index_rebuilt: RwSignal::new(report.index_rebuilt),
            dirty: RwSignal::new(false),
            conflict: RwSignal::new(false),
            synced_notice: RwSignal::new(false),
            revs: StoredValue::new(revs),
            undo: StoredValue::new(UndoStack::default()),
            undo_state: RwSignal::new((false, false)),
            last_len: StoredValue::new(0),
            save_pending: StoredValue::new(false),
            start_wb: StoredValue::new(start_wb),
            trash: RwSignal::new(report.trash.clone()),
            usage: RwSignal::new(Usage::of(&entries)),
            persisted: RwSignal::new(None),
            last_backup: RwSignal::new(None),
            clock: RwSignal::new(js_sys::Date::now()),
            generation: RwSignal::new(0),
        };
        // Nothing is written on a start with nothing stored.
        if report.index_rebuilt && any_intact {
            let _ = ctx.write_index();
        }
        ctx
    }

    pub fn get() -> Ctx {
        expect_context::<Ctx>()
    }

    /// The current language (reactive).
    pub fn l(&self) -> Lang {
        self.lang.get()
    }

    /// Navigates by changing the hash; the hashchange listener updates `route`.
    pub fn go(&self, route: Route) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(&route.to_hash());
        }
        self.route.set(route);
    }

    fn stored_rev(id: Uuid) -> u64 {
        storage::read_full(&revision_key(id))
            .ok()
            .flatten()
            .and_then(|r| r.trim().parse().ok())
            .unwrap_or(0)
    }

    fn loaded_rev(&self, id: Uuid) -> Option<u64> {
        self.revs.with_value(|r| r.get(&id).copied())
    }

    fn set_rev(&self, id: Uuid, rev: u64) {
        self.revs.update_value(|r| {
            r.insert(id, rev);
        });
    }

    fn open_id(&self) -> Option<Uuid> {
        self.wb.with_untracked(|w| w.as_ref().map(|w| w.id.uuid()))
    }

    /// Opens a workbook from storage through the domain's single `restore()`.
    pub fn open(&self, id: Uuid) {
        if self.open_id() == Some(id) {
            return;
        }
        self.load_into_memory(id);
    }

    /// (Re)reads a workbook from storage and shows it, dropping memory.
    fn load_into_memory(&self, id: Uuid) {
        if self.open_id() == Some(id) {
            // Reloading the open workbook drops memory (take theirs).
            self.cancel_pending_save();
        } else {
            self.flush_pending_save();
        }
        let lang = self.lang.get_untracked();
        let rev = Self::stored_rev(id);
        let mut start = None;
        self.start_wb.update_value(|s| start = s.take());
        if let Some((wb, start_rev, len)) = start {
            // Unchanged since the scan read it (every save bumps the revision).
            if wb.id.uuid() == id && start_rev == rev {
                self.show_loaded(id, rev, wb, len);
                return;
            }
        }
        match storage::read_full(&workbook_key(id)) {
            Ok(Some(raw)) => match restore(&raw) {
                Ok(wb) => self.show_loaded(id, rev, wb, json_len(&raw)),
                Err(e) => {
                    self.wb.set(None);
                    self.analysis.set(None);
                    self.open_error.set(Some(e.message(lang)));
                }
            },
            Ok(None) => {
                self.wb.set(None);
                self.analysis.set(None);
                self.open_error
                    .set(Some(crate::i18n::common::NOT_FOUND.get(lang).to_owned()));
            }
            Err(e) => {
                self.open_error.set(Some(e.message(lang)));
            }
        }
    }

    /// Makes a workbook read from storage the open one.
    fn show_loaded(&self, id: Uuid, rev: u64, wb: Workbook, raw_len: usize) {
        self.set_rev(id, rev);
        self.last_len.set_value(raw_len);
        self.analysis.set(Some(Arc::new(analyze(&wb))));
        self.wb.set(Some(wb));
        self.open_error.set(None);
        self.dirty.set(false);
        self.conflict.set(false);
        self.undo.update_value(|u| u.clear());
        self.refresh_undo_state();
        self.last_backup.set(
            storage::read_full(&backup_key(id))
                .ok()
                .flatten()
                .and_then(|v| v.trim().parse().ok()),
        );
    }

    /// Applies an edit to the open workbook, recomputes the analysis, saves.
    /// The state before is kept for undo; typing in one field within a short
    /// pause is one undo step (grouped by the focused field).
    pub fn update(&self, edit: impl FnOnce(&mut Workbook)) {
        let Some(before) = self.wb.get_untracked() else {
            return;
        };
        let group = focused_field();
        let weight = self.last_len.get_value();
        self.undo.update_value(|u| {
            u.record(before, weight, group.as_deref(), js_sys::Date::now());
        });
        self.wb.update(|w| {
            if let Some(w) = w {
                edit(w);
                w.touch(now());
            }
        });
        self.after_change();
    }

    fn after_change(&self) {
        self.refresh_undo_state();
        self.synced_notice.set(false);
        self.wb.with_untracked(|w| {
            if let Some(w) = w {
                self.analysis.set(Some(Arc::new(analyze(w))));
            }
        });
        self.schedule_save();
    }

    /// Marks the open workbook unsaved and writes it [`SAVE_DELAY`] (or [`LARGE_SAVE_DELAY`]) from
    /// now, unless a save is already scheduled (that one writes this edit too).
    fn schedule_save(&self) {
        if self.wb.with_untracked(Option::is_none) {
            return;
        }
        self.dirty.set(true);
        // A failed save stays on screen until a save succeeds.
        if !matches!(self.save.get_untracked(), SaveState::Failed(_)) {
            self.save.set(SaveState::Pending);
        }
        if self.save_pending.get_value() {
            return;
        }
        self.save_pending.set_value(true);
        let ctx = *self;
        let delay = if self.last_len.get_value() > PACK_ABOVE_UNITS {
            LARGE_SAVE_DELAY
        } else {
            SAVE_DELAY
        };
        set_timeout(move || ctx.flush_pending_save(), delay);
    }

    /// Writes the scheduled autosave now, if there is one: when the page is
    /// hidden or left, before another workbook replaces the open one, and
    /// before the stored copy of the open workbook is read.
    pub fn flush_pending_save(&self) {
        if !self.save_pending.get_value() {
            return;
        }
        self.save_pending.set_value(false);
        self.wb.with_untracked(|w| {
            if let Some(w) = w {
                self.persist(w);
            }
        });
    }

    /// Forgets the scheduled autosave (the open workbook is being dropped:
    /// reloaded from storage, copied away in a conflict, or wiped).
    fn cancel_pending_save(&self) {
        self.save_pending.set_value(false);
        if self.save.get_untracked() == SaveState::Pending {
            self.save.set(SaveState::Idle);
        }
    }

    fn refresh_undo_state(&self) {
        let s = self.undo.with_value(|u| (u.can_undo(), u.can_redo()));
        self.undo_state.set(s);
    }

    /// Steps back one change (Ctrl+Z, the Undo button).
    pub fn undo(&self) {
        self.step(true);
    }

    /// Re-applies an undone change (Ctrl+Shift+Z / Ctrl+Y, the Redo button).
    pub fn redo(&self) {
        self.step(false);
    }

    fn step(&self, back: bool) {
        let Some(current) = self.wb.get_untracked() else {
            return;
        };
        let weight = self.last_len.get_value();
        let mut target = None;
        self.undo.update_value(|u| {
            target = if back {
                u.undo(current, weight)
            } else {
                u.redo(current, weight)
            };
        });
        if let Some(mut t) = target {
            t.touch(now());
            self.wb.set(Some(t));
            self.after_change();
            self.generation.update(|g| *g += 1);
        }
    }

    /// Deletes records through the domain (`delete_*`), keeps the removed
    /// bundle in the persisted trash, and returns it for the screen's undo.
    pub fn delete(&self, delete: impl FnOnce(&mut Workbook) -> Option<Removed>) -> Option<Removed> {
        let mut removed = None;
        self.update(|wb| removed = delete(wb));
        let r = removed?;
        self.wb.with_untracked(|w| {
            if let Some(w) = w {
                let impact = w.impact_of(&r);
                let entry = TrashEntry {
                    id: new_id(),
                    deleted_ms: js_sys::Date::now() as i64,
                    workbook_id: w.id.uuid(),
                    workbook_name: w.name.clone(),
                    label: impact
                        .deleted
                        .first()
                        .map(|d| d.label.clone())
                        .unwrap_or_default(),
                    count: impact.deleted.len().max(1),
                    item: TrashItem::Records {
                        removed: RemovedDto::of(&r, w),
                    },
                };
                self.trash.update(|t| t.push(entry));
            }
        });
        self.write_trash();
        Some(r)
    }

    fn write_trash(&self) {
        let json = self.trash.with_untracked(Trash::to_json);
        if let Err(e) = storage::write(TRASH_KEY, &json) {
            if e != StorageError::Protected {
                self.save.set(SaveState::Failed(e));
            }
        }
    }

    /// Restores a trash entry: records go back into their workbook (opened
    /// first), a workbook comes back (as a copy if its id is in use).
    pub fn restore_from_trash(&self, entry_id: Uuid) -> Result<Uuid, String> {
        let lang = self.lang.get_untracked();
        let entry = self
            .trash
            .with_untracked(|t| t.entries.iter().find(|e| e.id == entry_id).cloned())
            .ok_or_else(|| crate::i18n::common::NOT_FOUND.get(lang).to_owned())?;
        let wb_id = match &entry.item {
            TrashItem::Workbook { json } => {
                let mut wb = restore(json).map_err(|e| e.message(lang))?;
                if self
                    .index
                    .with_untracked(|ix| ix.iter().any(|m| m.id == wb.id.uuid()))
                {
                    wb.id = WorkbookId::new(new_id());
                }
                let id = wb.id.uuid();
                self.persist(&wb);
                id
            }
            TrashItem::Records { removed } => {
                let r = removed
                    .to_removed()
                    .ok_or_else(|| crate::i18n::safety::TRASH_DAMAGED.get(lang).to_owned())?;
                self.open(entry.workbook_id);
                if self.open_id() != Some(entry.workbook_id) {
                    return Err(crate::i18n::common::NOT_FOUND.get(lang).to_owned());
                }
                let mut result = Ok(());
                self.update(|wb| result = wb.put_back(r));
                // A restore from the list is saved at once, not deferred.
                self.flush_pending_save();
                result.map_err(|e| {
                    e.0.first()
                        .map(|v| v.message(lang))
                        .unwrap_or_else(|| e.to_string())
                })?;
                entry.workbook_id
            }
        };
        self.trash.update(|t| {
            t.take(entry_id);
        });
        self.write_trash();
        Ok(wb_id)
    }

    pub fn empty_trash(&self) {
        self.trash.set(Trash::default());
        self.write_trash();
    }

    /// Stores a new workbook and opens it.
    pub fn add_workbook(&self, wb: Workbook) -> Uuid {
        self.flush_pending_save();
        let id = wb.id.uuid();
        self.persist(&wb);
        self.analysis.set(Some(Arc::new(analyze(&wb))));
        self.wb.set(Some(wb));
        self.undo.update_value(|u| u.clear());
        self.refresh_undo_state();
        self.dirty.set(false);
        self.conflict.set(false);
        self.last_backup.set(None);
        id
    }

    /// A new empty workbook with the given name.
    pub fn create_workbook(&self, name: &str) -> Uuid {
        let wb = Workbook::new(
            WorkbookId::new(new_id()),
            name,
            RoundId::new(new_id()),
            now(),
        );
        self.add_workbook(wb)
    }

    /// Moves a workbook to the trash and removes it from storage and the
    /// list; returns its JSON so the caller can offer undo.
    pub fn remove_workbook(&self, id: Uuid) -> Option<String> {
        // The trash keeps the latest version.
        self.flush_pending_save();
        let raw = storage::read_full(&workbook_key(id)).ok().flatten()?;
        let name = self
            .index
            .with_untracked(|ix| ix.iter().find(|m| m.id == id).map(|m| m.name.clone()))
            .unwrap_or_default();
        self.trash.update(|t| {
            t.push(TrashEntry {
                id: new_id(),
                deleted_ms: js_sys::Date::now() as i64,
                workbook_id: id,
                workbook_name: name.clone(),
                label: name,
                count: 1,
                item: TrashItem::Workbook { json: raw.clone() },
            })
        });
        self.write_trash();
        if storage::remove_full(&workbook_key(id)).is_err() {
            return None;
        }
        let _ = storage::remove_full(&revision_key(id));
        self.revs.update_value(|r| {
            r.remove(&id);
        });
        self.index.update(|ix| ix.retain(|m| m.id != id));
        if let Err(e) = self.write_index() {
            self.save.set(SaveState::Failed(e));
        }
        if self.open_id() == Some(id) {
            self.wb.set(None);
            self.analysis.set(None);
        }
        Some(raw)
    }

    /// Restores a workbook from its JSON (undo of a delete, duplicate).
    pub fn restore_workbook_json(&self, raw: &str) -> Result<Uuid, String> {
        let lang = self.lang.get_untracked();
        let wb = restore(raw).map_err(|e| e.message(lang))?;
        let id = wb.id.uuid();
        self.persist(&wb);
        // The undo of a delete also takes it out of the trash.
        self.trash.update(|t| {
            t.entries
                .retain(|e| !matches!(&e.item, TrashItem::Workbook { json } if json == raw));
        });
        self.write_trash();
        Ok(id)
    }

    /// Reads a stored workbook without opening it.
    pub fn load_stored(&self, id: Uuid) -> Result<Workbook, String> {
        if self.open_id() == Some(id) {
            self.flush_pending_save();
        }
        let lang = self.lang.get_untracked();
        match storage::read_full(&workbook_key(id)) {
            Ok(Some(raw)) => restore(&raw).map_err(|e| e.message(lang)),
            Ok(None) => Err(crate::i18n::common::NOT_FOUND.get(lang).to_owned()),
            Err(e) => Err(e.message(lang)),
        }
    }

    /// Saves after checking the revision counter: a workbook another tab has
    /// saved since this tab read it is never overwritten silently.
    fn persist(&self, wb: &Workbook) {
        let id = wb.id.uuid();
        let stored = Self::stored_rev(id);
        let loaded = self.loaded_rev(id).unwrap_or(stored);
        let is_open = self.open_id() == Some(id);
        if is_open {
            // This write covers any scheduled autosave.
            self.save_pending.set_value(false);
        }
        match before_save(loaded, stored) {
            SaveDecision::Conflict => {
                if is_open {
                    self.conflict.set(true);
                    self.dirty.set(true);
                }
                self.save.set(SaveState::Failed(StorageError::Conflict));
            }
            SaveDecision::Save { next } => self.write_workbook(wb, next),
        }
    }

    fn write_workbook(&self, wb: &Workbook, next: u64) {
        let id = wb.id.uuid();
        let is_open = self.open_id() == Some(id);
        let json = to_stored(wb);
        let result = storage::write_full(&workbook_key(id), &json);
        match result {
            Ok(()) => {
                let _ = storage::write_full(&revision_key(id), &next.to_string());
                self.set_rev(id, next);
                if is_open {
                    self.last_len.set_value(json_len(&json));
                    self.dirty.set(false);
                }
                let meta = WorkbookMeta::of(wb);
                self.index
                    .update(|ix| match ix.iter_mut().find(|m| m.id == meta.id) {
                        Some(m) => *m = meta,
                        None => ix.push(meta),
                    });
                let index_result = self.write_index();
                self.save.set(match index_result {
                    Ok(()) => SaveState::Saved,
                    Err(e) => SaveState::Failed(e),
                });
            }
            Err(e) => {
                if is_open {
                    self.dirty.set(true);
                }
                self.save.set(SaveState::Failed(e));
            }
        }
        self.refresh_usage();
    }

    /// The periodic retry: saves the open workbook if its last save failed
    /// (not while a conflict waits for the user).
    pub fn retry_save(&self) {
        self.clock.set(js_sys::Date::now());
        if self.dirty.get_untracked() && !self.conflict.get_untracked() {
            self.wb.with_untracked(|w| {
                if let Some(w) = w {
                    self.persist(w);
                }
            });
        }
    }

    pub fn refresh_usage(&self) {
        // Counts lengths in the browser: copying every stored value into
        // wasm after each save cost as much as the save itself.
        self.usage.set(Usage {
            units: storage::usage_units(),
            budget: safety::BUDGET_UNITS,
        });
    }

    /// Another tab wrote `key` (a `storage` event): keep the list current and
    /// reload or flag a conflict for the open workbook.
    pub fn on_storage_event(&self, key: Option<String>) {
        let Some(key) = key else {
            // `localStorage.clear()` elsewhere: memory keeps the open
            // workbook; mark it unsaved so the retry writes it back.
            self.dirty.set(self.wb.with_untracked(|w| w.is_some()));
            return;
        };
        let (id, is_rev) = match safety::key_kind(&key) {
            Some(safety::KeyKind::Workbook(id)) => (id, false),
            Some(safety::KeyKind::Revision(id)) => (id, true),
            _ => return,
        };
        // Keep the list in step with other tabs.
        match self.load_stored(id) {
            Ok(wb) => {
                let meta = WorkbookMeta::of(&wb);
                self.index
                    .update(|ix| match ix.iter_mut().find(|m| m.id == meta.id) {
                        Some(m) => *m = meta,
                        None => ix.push(meta),
                    });
            }
            Err(_) if !is_rev && storage::read_full(&key).ok().flatten().is_none() => {
                self.index.update(|ix| ix.retain(|m| m.id != id));
            }
            Err(_) => {}
        }
        if self.open_id() != Some(id) || !is_rev {
            return;
        }
        let stored = Self::stored_rev(id);
        let loaded = self.loaded_rev(id).unwrap_or(stored);
        match safety::on_external_write(loaded, stored, self.dirty.get_untracked()) {
            ExternalWrite::Ignore => {}
            ExternalWrite::Reload => {
                self.load_into_memory(id);
                self.generation.update(|g| *g += 1);
                self.synced_notice.set(true);
                self.save.set(SaveState::Saved);
            }
            ExternalWrite::Conflict => self.conflict.set(true),
        }
    }

    /// Conflict: keep this tab's version (saved over the other tab's).
    pub fn keep_mine(&self) {
        if let Some(id) = self.open_id() {
            self.set_rev(id, Self::stored_rev(id));
            self.conflict.set(false);
            self.wb.with_untracked(|w| {
                if let Some(w) = w {
                    self.persist(w);
                }
            });
        }
    }

    /// Conflict: drop this tab's changes and load the stored version.
    pub fn take_theirs(&self) {
        if let Some(id) = self.open_id() {
            self.load_into_memory(id);
            self.generation.update(|g| *g += 1);
            self.save.set(SaveState::Saved);
        }
    }

    /// Conflict: save this tab's version as a new workbook; the original
    /// keeps the other tab's version. Returns the copy's id.
    pub fn save_mine_as_copy(&self) -> Option<Uuid> {
        let mut wb = self.wb.get_untracked()?;
        let suffix = crate::i18n::workbooks::COPY_SUFFIX.get(self.lang.get_untracked());
        wb.id = WorkbookId::new(new_id());
        wb.name = format!("{}{}", wb.name, suffix);
        wb.touch(now());
        // The original's save would be refused (conflict): only the copy is written.
        self.cancel_pending_save();
        self.conflict.set(false);
        Some(self.add_workbook(wb))
    }

    /// Downloads the open workbook's backup (storage JSON) and remembers when.
    pub fn download_backup(&self) -> Result<(), String> {
        let (name, json, id) = self
            .wb
            .with_untracked(|w| {
                w.as_ref().map(|w| {
                    (
                        w.name.clone(),
                        crate::domain::exchange::backup_json(w),
                        w.id.uuid(),
                    )
                })
            })
            .ok_or_else(|| {
                crate::i18n::common::NOT_FOUND
                    .get(self.lang.get_untracked())
                    .to_owned()
            })?;
        let file = crate::domain::exchange::file_name(&name, "backup", local_today(), "json");
        super::download::download_text(&file, "application/json", &json)?;
        let t = js_sys::Date::now() as i64;
        self.last_backup.set(Some(t));
        let _ = storage::write_full(&backup_key(id), &t.to_string());
        Ok(())
    }

    /// The wipe: removes every `mamori.` key and forgets everything in memory.
    /// Returns how many keys remain (0 on success).
    pub fn wipe(&self) -> usize {
        self.cancel_pending_save();
        self.start_wb.set_value(None);
        let left = storage::remove_all();
        self.wb.set(None);
        self.analysis.set(None);
        self.index.set(Vec::new());
        self.findings.set(Vec::new());
        self.trash.set(Trash::default());
        self.revs.update_value(|r| r.clear());
        self.undo.update_value(|u| u.clear());
        self.refresh_undo_state();
        self.dirty.set(false);
        self.conflict.set(false);
        self.save.set(SaveState::Idle);
        self.last_backup.set(None);
        self.refresh_usage();
        left
    }

    fn write_index(&self) -> Result<(), StorageError> {
        let json = self
            .index
            .with_untracked(|ix| serde_json::to_string(ix).unwrap_or_else(|_| "[]".into()));
        match storage::write(INDEX_KEY, &json) {
            // A damaged stored list is kept for download; the list in memory
            // is rebuilt from the keys at every start, so nothing is lost.
            Err(StorageError::Protected) => Ok(()),
            r => r,
        }
    }
}

/// The undo group of the focused field (its id), so typing in one field
/// coalesces; `None` for clicks on buttons, radios and selects.
fn focused_field() -> Option<String> {
    let el = document().active_element()?;
    let tag = el.tag_name().to_ascii_lowercase();
    let text_input = tag == "input"
        && matches!(
            el.get_attribute("type").unwrap_or_default().as_str(),
            "" | "text" | "search" | "number" | "email" | "url" | "tel" | "date"
        );
    if !text_input && tag != "textarea" {
        return None;
    }
    let id = el.id();
    Some(if id.is_empty() {
        el.get_attribute("data-testid").unwrap_or(tag)
    } else {
        id
    })
}
