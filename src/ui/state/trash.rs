//! Deletes of records with their trash entry, undoing them (which also takes
//! the entry out of the trash), restoring from the trash, emptying it.

use super::*;

impl Ctx {
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
                        removed: Box::new(RemovedDto::of(&r, w)),
                    },
                };
                self.trash.update(|t| t.push(entry));
            }
        });
        self.write_trash();
        Some(r)
    }

    /// Undoes a delete from a screen's notice: puts the records back
    /// through the edit path and takes their entry out of the trash. The
    /// error is the domain's reason, in the current language.
    pub fn put_back(&self, removed: Removed) -> Result<(), String> {
        let mut result = Ok(());
        self.update(|wb| result = wb.put_back(removed));
        let lang = self.lang.get_untracked();
        result.map_err(|e| {
            e.0.iter()
                .map(|v| v.message(lang))
                .collect::<Vec<_>>()
                .join(" ")
        })?;
        self.drop_restored_from_trash();
        Ok(())
    }

    /// Drops the trash entries of the open workbook whose records are in it
    /// again (`Trash::drop_restored`), writing the trash only if one went.
    pub(super) fn drop_restored_from_trash(&self) {
        let mut changed = false;
        self.wb.with_untracked(|w| {
            if let Some(w) = w {
                self.trash.update(|t| changed = t.drop_restored(w));
            }
        });
        if changed {
            self.write_trash();
        }
    }

    pub(super) fn write_trash(&self) {
        let sealed = self.sealed.get_untracked();
        let json = self
            .trash
            .with_untracked(|t| t.for_storage(&sealed).to_json());
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
            TrashItem::Workbook { json } if crate::domain::storage::seal::is_sealed(json) => {
                self.restore_sealed_raw(entry.workbook_id, json)?
            }
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
}
