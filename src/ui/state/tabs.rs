//! Two tabs on one workbook: keeping the list in step with other tabs,
//! reloading or flagging a conflict, and the three ways out of a conflict.

use super::*;

impl Ctx {
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
        // Another tab encrypted it: from now on this tab writes it only
        // sealed (without the key, nothing), never in clear over it.
        self.note_if_sealed(id);
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
        let original = wb.id.uuid();
        let suffix = crate::i18n::workbooks::COPY_SUFFIX.get(self.lang.get_untracked());
        wb.id = WorkbookId::new(new_id());
        wb.name = format!("{}{}", wb.name, suffix);
        wb.touch(now());
        // The original's save would be refused (conflict): only the copy is written.
        self.cancel_pending_save();
        self.conflict.set(false);
        // The copy of an encrypted workbook is encrypted under the same key.
        self.seal_like(original, wb.id.uuid());
        Some(self.add_workbook(wb))
    }
}
