//! Whole workbooks: create, add, remove to the trash, restore, read without
//! opening, back up, and the wipe of everything.

use super::*;

impl Ctx {
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
        if crate::domain::storage::seal::is_sealed(raw) {
            let id = self
                .trash
                .with_untracked(|t| {
                    t.entries.iter().find_map(|e| match &e.item {
                        TrashItem::Workbook { json } if json == raw => Some(e.workbook_id),
                        _ => None,
                    })
                })
                .ok_or_else(|| crate::i18n::common::NOT_FOUND.get(lang).to_owned())?;
            self.restore_sealed_raw(id, raw)?;
            self.trash.update(|t| {
                t.entries
                    .retain(|e| !matches!(&e.item, TrashItem::Workbook { json } if json == raw));
            });
            self.write_trash();
            return Ok(id);
        }
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

    /// Downloads the open workbook's backup (storage JSON) and remembers when.
    /// Returns the file's name.
    pub fn download_backup(&self) -> Result<String, String> {
        if let Some(done) = self.download_sealed_backup() {
            return done;
        }
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
        crate::ui::download::download_text(&file, crate::ui::download::JSON_MIME, &json)?;
        self.note_backup(id);
        Ok(file)
    }

    /// Remembers that a copy of workbook `id` the app can restore from (the
    /// backup JSON, or the zip of all tables) was just downloaded: the backup
    /// reminder reads it, now and after a reload.
    pub fn note_backup(&self, id: Uuid) {
        let t = js_sys::Date::now() as i64;
        if self
            .wb
            .with_untracked(|w| w.as_ref().is_some_and(|w| w.id.uuid() == id))
        {
            self.last_backup.set(Some(t));
        }
        let _ = storage::write_full(&backup_key(id), &t.to_string());
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
}
