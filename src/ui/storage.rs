//! Local-storage adapter: the only code that touches `window.localStorage`.
//!
//! Keys are namespaced (`mamori.v1.…`) because every `file://` page in
//! Chromium shares one storage origin. Storage may be missing (disabled by
//! policy), full, or hold data we cannot read: every access returns a
//! `Result` and never panics. gloo-storage's own accessors panic when storage
//! is unavailable, so availability is checked first.

use gloo_storage::{LocalStorage, Storage as _};

use crate::domain::text::Lang;

/// Prefix of every key this app writes.
pub const PREFIX: &str = "mamori.v1.";

/// Why a storage access failed, in words the UI can show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No local storage in this browser context.
    Unavailable,
    /// The browser refused the write (usually: quota exceeded).
    WriteRefused(String),
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

/// Reads a raw string value; `Ok(None)` if absent.
pub fn read(name: &str) -> Result<Option<String>, StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .get_item(&key(name))
        .map_err(|e| StorageError::WriteRefused(format!("{e:?}")))
}

/// Writes a raw string value.
pub fn write(name: &str, value: &str) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .set_item(&key(name), value)
        .map_err(|e| StorageError::WriteRefused(js_error_name(&e)))
}

/// Removes a value.
pub fn remove(name: &str) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .remove_item(&key(name))
        .map_err(|e| StorageError::WriteRefused(js_error_name(&e)))
}

fn js_error_name(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}
