//! Encryption at rest in the shell: encrypting the open workbook, unlocking
//! and locking, changing the passphrase, the idle lock, and the browser's
//! random numbers. The envelope, its checks and every decision about what
//! may be written are in the domain (`storage::seal`, `storage::sealed`,
//! `safety::Trash::for_storage`); this file applies them.
//!
//! Invariants: a workbook in `sealed` is only ever written sealed (without
//! its key nothing is written); a failed unlock reads and never writes;
//! locking writes the pending save, then reloads the page so no key or
//! contents stay in memory.

use crate::domain::storage::seal::{self, kdf, Entropy, SealError, SealKey, Secret};
use crate::domain::storage::sealed::{
    open_sealed, open_sealed_with_key, rewrap_sealed, to_sealed_with_len, OpenError,
};
use crate::domain::storage::to_compact_json;

use super::*;

/// Idle time before an unlocked workbook locks (seconds): 15 minutes.
pub const DEFAULT_LOCK_AFTER: u32 = 15 * 60;

/// The idle times offered (seconds); the stored value may be any positive
/// number of seconds (tests use a few).
pub const LOCK_AFTER_CHOICES: [u32; 5] = [60, 5 * 60, 15 * 60, 30 * 60, 60 * 60];

const LOCK_AFTER_KEY: &str = "lock_after";

/// `crypto.getRandomValues`, through getrandom.
pub struct BrowserEntropy;

impl Entropy for BrowserEntropy {
    fn fill(&mut self, buf: &mut [u8]) -> Result<(), SealError> {
        getrandom::fill(buf).map_err(|_| SealError::NoRandomness)
    }
}

/// The start-up check: the RFC 9106 Argon2id vector computed by this wasm
/// build, and random numbers that differ. Encryption is offered only if it
/// passes (embedded browsers may lack `crypto`).
pub fn crypto_self_check() -> bool {
    let (mut a, mut b) = ([0u8; 16], [0u8; 16]);
    let random = BrowserEntropy.fill(&mut a).is_ok() && BrowserEntropy.fill(&mut b).is_ok();
    let ok = random && a != b && kdf::self_test();
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-crypto", if ok { "ok" } else { "unavailable" });
    }
    ok
}

impl Ctx {
    /// Whether the open workbook is stored encrypted (reactive).
    pub fn open_is_sealed(&self) -> bool {
        let Some(id) = self.wb.with(|w| w.as_ref().map(|w| w.id.uuid())) else {
            return false;
        };
        self.sealed.with(|s| s.contains(&id))
    }

    /// The text to store for a workbook: sealed under its key if it is
    /// encrypted, else the plain storage form.
    /// Also returns the length of the JSON it holds (the undo weight).
    pub(super) fn stored_text(&self, wb: &Workbook) -> Result<(String, usize), StorageError> {
        let id = wb.id.uuid();
        if !self.sealed.with_untracked(|s| s.contains(&id)) {
            let json = to_stored(wb);
            let len = json_len(&json);
            return Ok((json, len));
        }
        let lang = self.lang.get_untracked();
        let key = self
            .keys
            .with_value(|k| k.get(&id).cloned())
            .ok_or_else(|| {
                StorageError::Sealing(crate::i18n::seal::UNLOCK_TITLE.get(lang).into())
            })?;
        to_sealed_with_len(wb, &key, &mut BrowserEntropy)
            .map_err(|e| StorageError::Sealing(e.message(lang)))
    }

    /// Opening a stored encrypted workbook: with the key of this page if it
    /// was unlocked before (another tab saved it), else the unlock screen.
    pub(super) fn load_sealed(&self, id: Uuid, rev: u64, raw: &str) {
        self.sealed.update(|s| {
            s.insert(id);
        });
        if let Some(key) = self.keys.with_value(|k| k.get(&id).cloned()) {
            if let Ok((wb, key)) = open_sealed_with_key(raw, &key) {
                self.keys.update_value(|k| {
                    k.insert(id, key);
                });
                let len = to_compact_json(&wb).len();
                self.show_loaded(id, rev, wb, len);
                return;
            }
        }
        self.wb.set(None);
        self.analysis.set(None);
        self.open_error.set(None);
        self.locked.set(Some(id));
    }

    /// Unlocks the workbook waiting in `locked`. A wrong passphrase only
    /// reads: nothing is written, and the message says so.
    pub fn unlock(&self, secret: Secret<'_>) -> Result<(), String> {
        let lang = self.lang.get_untracked();
        let id = self
            .locked
            .get_untracked()
            .ok_or_else(|| crate::i18n::common::NOT_FOUND.get(lang).to_owned())?;
        let key_name = workbook_key(id);
        let raw = match storage::read_full(&key_name) {
            Ok(Some(raw)) => raw,
            Ok(None) => return Err(crate::i18n::common::NOT_FOUND.get(lang).to_owned()),
            Err(e) => return Err(e.message(lang)),
        };
        match open_sealed(&raw, secret) {
            Ok((wb, key)) => {
                self.keys.update_value(|k| {
                    k.insert(id, key);
                });
                self.locked.set(None);
                let len = to_compact_json(&wb).len();
                self.show_loaded(id, Self::stored_rev(id), wb, len);
                let meta =
                    WorkbookMeta::of(self.wb.get_untracked().as_ref().ok_or_else(String::new)?);
                self.index
                    .update(|ix| match ix.iter_mut().find(|m| m.id == id) {
                        Some(m) => {
                            *m = WorkbookMeta {
                                sealed: true,
                                ..meta
                            }
                        }
                        None => ix.push(WorkbookMeta {
                            sealed: true,
                            ..meta
                        }),
                    });
                self.touch_activity();
                Ok(())
            }
            Err(e @ OpenError::Seal(SealError::WrongPassphrase | SealError::NotARecoveryCode)) => {
                Err(e.message(lang))
            }
            Err(e) => {
                // Damaged: kept untouched like any key the app cannot read.
                storage::protect([key_name]);
                Err(e.message(lang))
            }
        }
    }

    /// Encrypts the open workbook under a new passphrase (and a recovery
    /// code if asked). Returns the code to show once. If the sealed value
    /// cannot be written (storage full, another tab) the stored value stays
    /// as it was and the workbook stays unencrypted.
    pub fn encrypt_open(&self, passphrase: &str, recovery: bool) -> Result<Option<String>, String> {
        let lang = self.lang.get_untracked();
        let wb = self
            .wb
            .get_untracked()
            .ok_or_else(|| crate::i18n::common::NOT_FOUND.get(lang).to_owned())?;
        let id = wb.id.uuid();
        // A pending edit is written first; if storage refuses even that,
        // encrypting is not started (the save warning already shows).
        self.flush_pending_save();
        if self.dirty.get_untracked() {
            return Err(crate::i18n::common::SAVING_FAILED.get(lang).to_owned());
        }
        let prior = self.save.get_untracked();
        let key = SealKey::new(passphrase, kdf::DEFAULT, &mut BrowserEntropy)
            .map_err(|e| e.message(lang))?;
        let (key, code) = if recovery {
            let (key, code) = key
                .with_recovery_code(kdf::DEFAULT, &mut BrowserEntropy)
                .map_err(|e| e.message(lang))?;
            (key, Some(code))
        } else {
            (key, None)
        };
        self.keys.update_value(|k| {
            k.insert(id, key);
        });
        self.sealed.update(|s| {
            s.insert(id);
        });
        self.persist(&wb);
        if let SaveState::Failed(e) = self.save.get_untracked() {
            self.keys.update_value(|k| {
                k.remove(&id);
            });
            self.sealed.update(|s| {
                s.remove(&id);
            });
            // Nothing was written. Refused by storage: it still holds what
            // memory holds, unencrypted — no unsaved change to warn of. A
            // two-tab conflict stays on screen for the user to resolve.
            if e != StorageError::Conflict {
                self.dirty.set(false);
                self.save.set(prior);
            }
            return Err(e.message(lang));
        }
        self.index.update(|ix| {
            if let Some(m) = ix.iter_mut().find(|m| m.id == id) {
                m.sealed = true;
            }
        });
        let _ = self.write_index();
        // Entries of its deleted records written before leave storage now.
        self.write_trash();
        self.touch_activity();
        Ok(code)
    }

    /// Changes the passphrase of the open encrypted workbook: the stored
    /// value is re-wrapped (same data key and body) after the current
    /// passphrase opened it.
    pub fn change_passphrase(&self, current: &str, new: &str) -> Result<(), String> {
        let lang = self.lang.get_untracked();
        let id = self
            .open_id()
            .ok_or_else(|| crate::i18n::common::NOT_FOUND.get(lang).to_owned())?;
        self.flush_pending_save();
        if self.dirty.get_untracked() {
            return Err(crate::i18n::common::SAVING_FAILED.get(lang).to_owned());
        }
        let key_name = workbook_key(id);
        let raw = storage::read_full(&key_name)
            .map_err(|e| e.message(lang))?
            .ok_or_else(|| crate::i18n::common::NOT_FOUND.get(lang).to_owned())?;
        let text = rewrap_sealed(
            &raw,
            Secret::Passphrase(current),
            new,
            kdf::DEFAULT,
            &mut BrowserEntropy,
        )
        .map_err(|e| e.message(lang))?;
        let stored = Self::stored_rev(id);
        let loaded = self.loaded_rev(id).unwrap_or(stored);
        let SaveDecision::Save { next } = before_save(loaded, stored) else {
            return Err(StorageError::Conflict.message(lang));
        };
        storage::write_full(&key_name, &text).map_err(|e| e.message(lang))?;
        let _ = storage::write_full(&revision_key(id), &next.to_string());
        self.set_rev(id, next);
        if let Some(key) = self.keys.with_value(|k| k.get(&id).cloned()) {
            if let Ok((_, key)) = open_sealed_with_key(&text, &key) {
                self.keys.update_value(|k| {
                    k.insert(id, key);
                });
            }
        }
        Ok(())
    }

    /// Locks now: writes the pending save, then reloads the page (which
    /// drops every key and all contents from memory); the reloaded page
    /// shows the unlock screen. Refused (false) while a save has failed:
    /// locking would lose the unsaved change.
    pub fn lock_now(&self) -> bool {
        self.flush_pending_save();
        if self.dirty.get_untracked() {
            return false;
        }
        self.keys.update_value(|k| k.clear());
        self.wb.set(None);
        self.analysis.set(None);
        self.undo.update_value(|u| u.clear());
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
        true
    }

    /// Remembers input (the idle lock counts from the last one).
    pub fn touch_activity(&self) {
        self.last_activity.set_value(js_sys::Date::now());
    }

    /// The idle check (every second): locks if a workbook is unlocked and
    /// nothing was typed or clicked for `lock_after` seconds.
    pub fn check_idle(&self) {
        if self.keys.with_value(|k| k.is_empty()) {
            return;
        }
        let idle_ms = js_sys::Date::now() - self.last_activity.get_value();
        if idle_ms >= f64::from(self.lock_after.get_untracked()) * 1000.0 {
            self.lock_now();
        }
    }

    /// Sets and remembers the idle time (seconds).
    pub fn set_lock_after(&self, seconds: u32) {
        let seconds = seconds.max(1);
        self.lock_after.set(seconds);
        let _ = storage::write(LOCK_AFTER_KEY, &seconds.to_string());
    }

    /// The backup of an encrypted workbook is encrypted too: the same
    /// envelope under the same passphrase, in a file whose name names
    /// nothing. `None` for a plain workbook.
    pub(super) fn download_sealed_backup(&self) -> Option<Result<String, String>> {
        let lang = self.lang.get_untracked();
        let wb = self.wb.get_untracked()?;
        let id = wb.id.uuid();
        if !self.sealed.with_untracked(|s| s.contains(&id)) {
            return None;
        }
        Some((|| {
            let (text, _) = self.stored_text(&wb).map_err(|e| e.message(lang))?;
            let file = crate::domain::exchange::file_name(
                "mamori",
                "encrypted-backup",
                local_today(),
                "txt",
            );
            crate::ui::download::download_text(&file, "text/plain;charset=utf-8", &text)?;
            self.note_backup(id);
            Ok(file)
        })())
    }

    /// Restores an encrypted backup file after its passphrase opened it: a
    /// new workbook (a copy if its id is in use), encrypted under the same
    /// key and passphrase. Nothing is written if the passphrase is wrong.
    pub fn restore_sealed_backup(&self, text: &str, secret: Secret<'_>) -> Result<Uuid, String> {
        let lang = self.lang.get_untracked();
        let (mut wb, key) = open_sealed(text.trim(), secret).map_err(|e| e.message(lang))?;
        if self
            .index
            .with_untracked(|ix| ix.iter().any(|m| m.id == wb.id.uuid()))
        {
            wb.id = crate::domain::ids::WorkbookId::new(new_id());
        }
        let id = wb.id.uuid();
        self.keys.update_value(|k| {
            k.insert(id, key);
        });
        self.sealed.update(|s| {
            s.insert(id);
        });
        self.add_workbook(wb);
        if let SaveState::Failed(e) = self.save.get_untracked() {
            return Err(e.message(lang));
        }
        self.index.update(|ix| {
            if let Some(m) = ix.iter_mut().find(|m| m.id == id) {
                m.sealed = true;
            }
        });
        let _ = self.write_index();
        self.touch_activity();
        Ok(id)
    }

    /// Marks `id` sealed if its stored value is (another tab encrypted it).
    pub(super) fn note_if_sealed(&self, id: Uuid) {
        if let Ok(Some(raw)) = storage::read_full(&workbook_key(id)) {
            if seal::is_sealed(&raw) && !self.sealed.with_untracked(|s| s.contains(&id)) {
                self.sealed.update(|s| {
                    s.insert(id);
                });
            }
        }
    }

    /// A copy `to` of workbook `from` is encrypted like it (same key).
    pub(super) fn seal_like(&self, from: Uuid, to: Uuid) {
        if let Some(key) = self.keys.with_value(|k| k.get(&from).cloned()) {
            self.keys.update_value(|k| {
                k.insert(to, key);
            });
            self.sealed.update(|s| {
                s.insert(to);
            });
        }
    }

    /// Puts a deleted encrypted workbook back as it was stored (sealed text
    /// under its own id): it cannot be read to give it a new id.
    pub(super) fn restore_sealed_raw(&self, id: Uuid, raw: &str) -> Result<Uuid, String> {
        let lang = self.lang.get_untracked();
        if seal::from_text(raw).is_err() {
            return Err(crate::i18n::safety::TRASH_DAMAGED.get(lang).to_owned());
        }
        let key_name = workbook_key(id);
        if storage::read_full(&key_name).ok().flatten().is_some() {
            return Err(crate::i18n::common::NOT_FOUND.get(lang).to_owned());
        }
        storage::write_full(&key_name, raw).map_err(|e| e.message(lang))?;
        let next = Self::stored_rev(id) + 1;
        let _ = storage::write_full(&revision_key(id), &next.to_string());
        self.set_rev(id, next);
        self.sealed.update(|s| {
            s.insert(id);
        });
        self.index.update(|ix| {
            if !ix.iter().any(|m| m.id == id) {
                ix.push(WorkbookMeta::locked(id));
            }
        });
        let _ = self.write_index();
        Ok(id)
    }
}
