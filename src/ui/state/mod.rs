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

mod clock;
mod save;
mod seal;
mod tabs;
mod trash;
mod workbooks;

pub use clock::{format_ms, local_today, new_id, now};
pub use seal::{crypto_self_check, LOCK_AFTER_CHOICES};

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
    /// Stored encrypted: the stored list holds no name or count of it.
    #[serde(default)]
    pub sealed: bool,
}

impl WorkbookMeta {
    fn of(wb: &Workbook) -> Self {
        WorkbookMeta {
            id: wb.id.uuid(),
            name: wb.name.clone(),
            updated_ms: (wb.updated_at.unix_timestamp_nanos() / 1_000_000) as i64,
            technologies: wb.technologies.len(),
            scenarios: wb.scenarios.len(),
            sealed: false,
        }
    }

    /// A workbook stored encrypted and not unlocked: only its id is known.
    fn locked(id: Uuid) -> Self {
        WorkbookMeta {
            id,
            name: String::new(),
            updated_ms: 0,
            technologies: 0,
            scenarios: 0,
            sealed: true,
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
    /// Workbooks stored encrypted (found by the scan or encrypted since).
    pub sealed: RwSignal<std::collections::HashSet<Uuid>>,
    /// Keys of the encrypted workbooks unlocked in this page; dropped only
    /// by a reload (locking reloads the page to clear memory).
    keys: StoredValue<std::collections::HashMap<Uuid, crate::domain::storage::seal::SealKey>>,
    /// The route's workbook is encrypted and waits for its passphrase.
    pub locked: RwSignal<Option<Uuid>>,
    /// Seconds without input before an unlocked workbook locks.
    pub lock_after: RwSignal<u32>,
    /// Browser ms of the last key press, click or pointer move.
    last_activity: StoredValue<f64>,
    /// The Argon2id test vector and `crypto.getRandomValues` work here.
    pub crypto_ok: bool,
}

impl Ctx {
    /// Starts: scans every `mamori.` key, lists the intact workbooks,
    /// protects what could not be read, rebuilds the list if needed.
    pub fn new(lang: Lang, route: Route) -> Ctx {
        let entries = storage::entries();
        let mut report = safety::scan(&entries);
        storage::protect(report.findings.iter().map(|f| f.key.clone()));
        let mut index: Vec<WorkbookMeta> = report.intact.iter().map(WorkbookMeta::of).collect();
        index.extend(report.sealed.iter().map(|id| WorkbookMeta::locked(*id)));
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
            sealed: RwSignal::new(report.sealed.iter().copied().collect()),
            keys: StoredValue::new(Default::default()),
            locked: RwSignal::new(None),
            lock_after: RwSignal::new(report.lock_after.unwrap_or(seal::DEFAULT_LOCK_AFTER)),
            last_activity: StoredValue::new(js_sys::Date::now()),
            crypto_ok: crypto_self_check(),
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
        self.locked.set(None);
        match storage::read_full(&workbook_key(id)) {
            Ok(Some(raw)) if crate::domain::storage::seal::is_sealed(&raw) => {
                self.load_sealed(id, rev, &raw)
            }
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
        crate::ui::phase_mark("edit");
        let group = focused_field();
        let weight = self.last_len.get_value();
        let open = self.wb.with_untracked(|w| {
            let Some(w) = w else { return false };
            self.undo.update_value(|u| {
                u.record_with(|| w.clone(), weight, group.as_deref(), js_sys::Date::now());
            });
            true
        });
        if !open {
            return;
        }
        crate::ui::phase_mark("edit-recorded");
        self.wb.update(|w| {
            if let Some(w) = w {
                edit(w);
                w.touch(now());
            }
        });
        self.after_change();
    }

    fn after_change(&self) {
        crate::ui::phase_mark("edit-applied");
        self.refresh_undo_state();
        self.synced_notice.set(false);
        self.wb.with_untracked(|w| {
            if let Some(w) = w {
                let analysis = analyze(w);
                crate::ui::phase_mark("edit-analysed");
                self.analysis.set(Some(Arc::new(analysis)));
            }
        });
        self.schedule_save();
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
            // Undoing a delete brings its records back: their trash entry
            // would clash with them.
            self.drop_restored_from_trash();
            self.generation.update(|g| *g += 1);
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
