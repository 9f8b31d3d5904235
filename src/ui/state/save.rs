//! Autosave: scheduling, the revision check before every write, the write
//! itself, the retry after a failure, and the storage usage shown to the user.

use super::*;

impl Ctx {
    /// Marks the open workbook unsaved and writes it [`SAVE_DELAY`] (or [`LARGE_SAVE_DELAY`]) from
    /// now, unless a save is already scheduled (that one writes this edit too).
    pub(super) fn schedule_save(&self) {
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
    pub(super) fn cancel_pending_save(&self) {
        self.save_pending.set_value(false);
        if self.save.get_untracked() == SaveState::Pending {
            self.save.set(SaveState::Idle);
        }
    }

    /// Saves after checking the revision counter: a workbook another tab has
    /// saved since this tab read it is never overwritten silently.
    pub(super) fn persist(&self, wb: &Workbook) {
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

    pub(super) fn write_workbook(&self, wb: &Workbook, next: u64) {
        let id = wb.id.uuid();
        let is_open = self.open_id() == Some(id);
        // An encrypted workbook is sealed under its unlocked key; without
        // one nothing is written (never in clear).
        let (json, weight) = match self.stored_text(wb) {
            Ok(stored) => stored,
            Err(e) => {
                if is_open {
                    self.dirty.set(true);
                }
                self.save.set(SaveState::Failed(e));
                return;
            }
        };
        let result = storage::write_full(&workbook_key(id), &json);
        match result {
            Ok(()) => {
                let _ = storage::write_full(&revision_key(id), &next.to_string());
                self.set_rev(id, next);
                if is_open {
                    self.last_len.set_value(weight);
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

    pub(super) fn write_index(&self) -> Result<(), StorageError> {
        // Encrypted workbooks are listed by id only: no name or count.
        let sealed = self.sealed.get_untracked();
        let json = self.index.with_untracked(|ix| {
            let stored: Vec<WorkbookMeta> = ix
                .iter()
                .map(|m| {
                    if sealed.contains(&m.id) {
                        WorkbookMeta::locked(m.id)
                    } else {
                        m.clone()
                    }
                })
                .collect();
            serde_json::to_string(&stored).unwrap_or_else(|_| "[]".into())
        });
        match storage::write(INDEX_KEY, &json) {
            // A damaged stored list is kept for download; the list in memory
            // is rebuilt from the keys at every start, so nothing is lost.
            Err(StorageError::Protected) => Ok(()),
            r => r,
        }
    }
}
