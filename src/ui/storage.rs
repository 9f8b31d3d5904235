//! Local-storage adapter: the only code that touches `window.localStorage`.
//!
//! Keys are namespaced (`mamori.v1.…`) because every `file://` page in
//! Chromium shares one storage origin. Storage may be missing (disabled by
//! policy), full, or hold data we cannot read: every access returns a
//! `Result` and never panics. gloo-storage's own accessors panic when storage
//! is unavailable, so availability is checked first.
//!
//! Keys the start-up scan could not read are *protected*: every write or
//! remove of them is refused here, so no code path can overwrite data the app
//! did not understand. Only the deliberate wipe ([`remove_all`]) and the
//! user's removal of one damaged key with a [`RemovalConsent`] (after a
//! download or an explicit confirmation, [`remove_damaged`]) remove them.

use std::cell::RefCell;
use std::collections::HashSet;

use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::JsCast;

use crate::domain::text::Lang;

use crate::domain::safety::RemovalConsent;
pub use crate::domain::safety::PREFIX;

thread_local! {
    static PROTECTED: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

/// Why a storage access failed, in words the UI can show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No local storage in this browser context.
    Unavailable,
    /// The browser refused the write (usually: quota exceeded).
    WriteRefused(String),
    /// The key holds data this version could not read; it is never written.
    Protected,
    /// Another tab saved this workbook meanwhile; nothing was written.
    Conflict,
    /// An encrypted workbook could not be sealed (no random numbers, or it
    /// is locked); nothing was written.
    Sealing(String),
}

impl StorageError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (StorageError::Unavailable, _) => crate::i18n::common::STORAGE_UNAVAILABLE
                .get(lang)
                .to_owned(),
            (StorageError::WriteRefused(why), Lang::Ja) => {
                format!("ブラウザが保存を拒否しました（容量不足の可能性）: {why}")
            }
            (StorageError::WriteRefused(why), Lang::En) => {
                format!("The browser refused to save (storage may be full): {why}")
            }
            (StorageError::Protected, _) => crate::i18n::safety::PROTECTED.get(lang).to_owned(),
            (StorageError::Conflict, _) => crate::i18n::safety::CONFLICT_SHORT.get(lang).to_owned(),
            (StorageError::Sealing(why), Lang::Ja) => {
                format!("暗号化できないため保存していません: {why}")
            }
            (StorageError::Sealing(why), Lang::En) => {
                format!("Not saved: it could not be encrypted ({why})")
            }
        }
    }
}

fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

fn key(name: &str) -> String {
    format!("{PREFIX}{name}")
}

/// Marks full keys as never to be written or removed.
pub fn protect(keys: impl IntoIterator<Item = String>) {
    PROTECTED.with(|p| p.borrow_mut().extend(keys));
}

pub fn is_protected(full_key: &str) -> bool {
    PROTECTED.with(|p| p.borrow().contains(full_key))
}

/// Reads a raw string value; `Ok(None)` if absent.
pub fn read(name: &str) -> Result<Option<String>, StorageError> {
    read_full(&key(name))
}

/// Reads by full key.
pub fn read_full(full_key: &str) -> Result<Option<String>, StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .get_item(full_key)
        .map_err(|e| StorageError::WriteRefused(format!("{e:?}")))
}

/// Writes a raw string value.
pub fn write(name: &str, value: &str) -> Result<(), StorageError> {
    write_full(&key(name), value)
}

/// Writes by full key (refused for protected keys).
pub fn write_full(full_key: &str, value: &str) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    if is_protected(full_key) {
        return Err(StorageError::Protected);
    }
    LocalStorage::raw()
        .set_item(full_key, value)
        .map_err(|e| StorageError::WriteRefused(js_error_name(&e)))
}

/// Removes a value by full key (refused for protected keys).
pub fn remove_full(full_key: &str) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    if is_protected(full_key) {
        return Err(StorageError::Protected);
    }
    LocalStorage::raw()
        .remove_item(full_key)
        .map_err(|e| StorageError::WriteRefused(js_error_name(&e)))
}

/// Removes one protected (damaged) key with the user's consent, and stops
/// protecting it. Refuses keys that are not protected: this is no general
/// remove.
pub fn remove_damaged(consent: RemovalConsent) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    let key = consent.key();
    if !is_protected(key) {
        return Err(StorageError::Protected);
    }
    LocalStorage::raw()
        .remove_item(key)
        .map_err(|e| StorageError::WriteRefused(js_error_name(&e)))?;
    PROTECTED.with(|p| p.borrow_mut().remove(key));
    Ok(())
}

/// Every key and value of local storage (all apps; the domain filters).
pub fn entries() -> Vec<(String, String)> {
    if !available() {
        return Vec::new();
    }
    let s = LocalStorage::raw();
    let n = s.length().unwrap_or(0);
    let mut out = Vec::with_capacity(n as usize);
    for i in 0..n {
        if let Ok(Some(k)) = s.key(i) {
            if let Ok(Some(v)) = s.get_item(&k) {
                out.push((k, v));
            }
        }
    }
    out
}

/// UTF-16 code units of Mamori's keys and values (as
/// `domain::safety::Usage::of` counts them), read as JavaScript string
/// lengths so no value is copied into wasm.
pub fn usage_units() -> u64 {
    if !available() {
        return 0;
    }
    let s = LocalStorage::raw();
    let n = s.length().unwrap_or(0);
    let mut units = 0u64;
    for i in 0..n {
        let Ok(Some(k)) = s.key(i) else { continue };
        if !k.starts_with(crate::domain::safety::APP_PREFIX) {
            continue;
        }
        // Our keys never collide with `Storage` members, so the named
        // property is the stored value.
        let len = js_sys::Reflect::get(&s, &wasm_bindgen::JsValue::from_str(&k))
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::JsString>().ok())
            .map_or(0, |v| v.length());
        units += k.encode_utf16().count() as u64 + u64::from(len);
    }
    units
}

/// The wipe: removes every `mamori.` key (protected ones too — this is the
/// user's deliberate choice). Returns how many keys remain (0 on success).
pub fn remove_all() -> usize {
    if !available() {
        return 0;
    }
    let s = LocalStorage::raw();
    let ours = |s: &web_sys::Storage| -> Vec<String> {
        let n = s.length().unwrap_or(0);
        (0..n)
            .filter_map(|i| s.key(i).ok().flatten())
            .filter(|k| k.starts_with(crate::domain::safety::APP_PREFIX))
            .collect()
    };
    for k in ours(&s) {
        let _ = s.remove_item(&k);
    }
    PROTECTED.with(|p| p.borrow_mut().clear());
    ours(&s).len()
}

fn js_error_name(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}
