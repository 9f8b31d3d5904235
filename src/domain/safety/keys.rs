//! The local-storage keys Mamori writes, and how a key found at start-up is
//! classified (this version's keys by what they hold, older or unknown ones
//! as foreign).

use uuid::Uuid;

/// Every key of this app starts with this (all versions).
pub const APP_PREFIX: &str = "mamori.";
/// Keys written by this version.
pub const PREFIX: &str = "mamori.v1.";

/// What a key of this version holds (names after [`PREFIX`]):
/// `index` (the workbook list cache), `wb.<id>` (a workbook, storage JSON),
/// `rev.<id>` (its revision counter, a decimal integer), `backup.<id>`
/// (Unix ms of its last backup download), `trash` ([`Trash`] JSON),
/// `lang` (`ja`/`en`), `lock_after` (seconds of inactivity before an
/// unlocked encrypted workbook locks, a decimal integer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyKind {
    Index,
    Workbook(Uuid),
    Revision(Uuid),
    Backup(Uuid),
    Trash,
    Lang,
    LockAfter,
    /// A `mamori.` key this version does not know (another app version).
    Unknown,
}

/// Classifies a full local-storage key; `None` if it is not Mamori's.
pub fn key_kind(key: &str) -> Option<KeyKind> {
    if !key.starts_with(APP_PREFIX) {
        return None;
    }
    let Some(name) = key.strip_prefix(PREFIX) else {
        return Some(KeyKind::Unknown);
    };
    let id = |rest: &str| Uuid::parse_str(rest).ok();
    Some(match name {
        "index" => KeyKind::Index,
        "trash" => KeyKind::Trash,
        "lang" => KeyKind::Lang,
        "lock_after" => KeyKind::LockAfter,
        _ => {
            if let Some(u) = name.strip_prefix("wb.").and_then(id) {
                KeyKind::Workbook(u)
            } else if let Some(u) = name.strip_prefix("rev.").and_then(id) {
                KeyKind::Revision(u)
            } else if let Some(u) = name.strip_prefix("backup.").and_then(id) {
                KeyKind::Backup(u)
            } else {
                KeyKind::Unknown
            }
        }
    })
}

pub fn workbook_key(id: Uuid) -> String {
    format!("{PREFIX}wb.{id}")
}
pub fn revision_key(id: Uuid) -> String {
    format!("{PREFIX}rev.{id}")
}
pub fn backup_key(id: Uuid) -> String {
    format!("{PREFIX}backup.{id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_classified() {
        let id = Uuid::from_u128(7);
        assert_eq!(key_kind(&workbook_key(id)), Some(KeyKind::Workbook(id)));
        assert_eq!(key_kind(&revision_key(id)), Some(KeyKind::Revision(id)));
        assert_eq!(key_kind(&backup_key(id)), Some(KeyKind::Backup(id)));
        assert_eq!(key_kind("mamori.v1.index"), Some(KeyKind::Index));
        assert_eq!(key_kind("mamori.v1.lock_after"), Some(KeyKind::LockAfter));
        assert_eq!(key_kind("mamori.v2.index"), Some(KeyKind::Unknown));
        assert_eq!(key_kind("mamori.v1.wb.not-a-uuid"), Some(KeyKind::Unknown));
        assert_eq!(key_kind("other.app"), None);
    }
}
