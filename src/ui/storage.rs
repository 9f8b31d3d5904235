//! Local-storage adapter: the only code that touches `window.localStorage`.
//!
//! Keys are namespaced (`mamori.v1.…`) because every `file://` page in
//! Chromium shares one storage origin. Storage may be missing (disabled by
//! policy), full, or hold data we cannot read: every access returns a
//! `Result` and never panics.

use gloo_storage::{LocalStorage, Storage as _};

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
    let raw = LocalStorage::raw();
    raw.get_item(&key(name))
        .map_err(|e| StorageError::WriteRefused(format!("{e:?}")))
}

/// Writes a raw string value.
pub fn write(name: &str, value: &str) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .set_item(&key(name), value)
        .map_err(|e| StorageError::WriteRefused(format!("{e:?}")))
}
