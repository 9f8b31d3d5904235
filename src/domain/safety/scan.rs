//! The start-up scan: every `mamori.*` key sorted into intact workbooks and
//! [`Finding`]s (unreadable, newer schema, id mismatch, unknown key) that the
//! shell keeps untouched, and the consent needed before one is removed.

use serde::Deserialize;
use uuid::Uuid;

use super::keys::*;
use super::trash::Trash;
use crate::domain::model::Workbook;
use crate::domain::storage::{restore, RestoreError};
use crate::domain::text::Lang;

/// Why a stored key cannot be used. The key is kept as it is and offered for
/// download; the shell refuses every write to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A workbook that does not restore (truncated, wrong types, random bytes…).
    Unreadable(RestoreError),
    /// A workbook written by a newer Mamori: read-only, never overwritten.
    NewerSchema { found: u64, supported: u32 },
    /// A workbook whose content names another id than its key.
    IdMismatch { found: Uuid },
    /// The workbook list is unreadable; it was rebuilt from the workbook keys.
    BadIndex,
    /// A small value (revision, language, trash, backup time) is unreadable.
    BadValue,
    /// A `mamori.` key this version does not know.
    UnknownKey,
}

impl Problem {
    /// A plain-words reason.
    pub fn message(&self, lang: Lang) -> String {
        let ja = lang == Lang::Ja;
        match self {
            Problem::Unreadable(e) => e.message(lang),
            Problem::NewerSchema { found, supported } => RestoreError::NewerSchema {
                found: *found,
                supported: *supported,
            }
            .message(lang),
            Problem::IdMismatch { found } => {
                if ja {
                    format!("保存場所の名前と中身のID（{found}）が一致しません。取り違えを防ぐため読み込みません。")
                } else {
                    format!("The key and the id inside ({found}) do not match; it is not loaded to avoid a mix-up.")
                }
            }
            Problem::BadIndex => {
                if ja {
                    "ワークブック一覧のデータが壊れています。一覧は各ワークブックから作り直しました（元のデータはそのまま残しています）。".into()
                } else {
                    "The workbook list data is damaged. The list was rebuilt from the workbooks themselves (the original data is kept as it is).".into()
                }
            }
            Problem::BadValue => {
                if ja {
                    "補助データが読み取れません。使わずにそのまま残しています。".into()
                } else {
                    "This auxiliary value cannot be read; it is not used and kept as it is.".into()
                }
            }
            Problem::UnknownKey => {
                if ja {
                    "この版のMamoriが知らないデータです（別の版で保存された可能性があります）。変更せずに残しています。".into()
                } else {
                    "This version of Mamori does not know this data (perhaps saved by another version). It is kept unchanged.".into()
                }
            }
        }
    }

    /// Written by a newer version (shown as read-only rather than damaged).
    pub fn is_newer(&self) -> bool {
        matches!(self, Problem::NewerSchema { .. })
    }
}

/// One key that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub key: String,
    pub problem: Problem,
    /// Length of the raw value in characters.
    pub chars: usize,
    /// The workbook name, when it could still be read from the raw JSON.
    pub name: Option<String>,
}

/// The user's consent to remove one damaged key — the only exception to
/// "a key the app could not read is never written or removed" besides the
/// wipe. It exists only when the user has downloaded the raw data first, or
/// has explicitly confirmed removing it without a copy; the storage adapter
/// removes a protected key only against this value.
#[derive(Debug, PartialEq, Eq)]
pub struct RemovalConsent {
    key: String,
}

impl RemovalConsent {
    /// `None` unless the raw data was downloaded or removal without a copy
    /// was confirmed.
    pub fn new(key: &str, downloaded: bool, confirmed_without_copy: bool) -> Option<Self> {
        (downloaded || confirmed_without_copy).then(|| RemovalConsent {
            key: key.to_owned(),
        })
    }

    pub fn key(&self) -> &str {
        &self.key
    }
}

/// What the start-up scan found.
#[derive(Debug, Default)]
pub struct ScanReport {
    /// Workbooks that restore, in the order of the stored list, then the rest.
    pub intact: Vec<Workbook>,
    pub findings: Vec<Finding>,
    /// The stored list was missing, damaged or disagreed with the keys.
    pub index_rebuilt: bool,
    /// Revision counters by workbook.
    pub revisions: Vec<(Uuid, u64)>,
    /// Last backup download (Unix ms) by workbook.
    pub backups: Vec<(Uuid, i64)>,
    pub trash: Trash,
    /// Encrypted workbooks whose envelope is intact (they open with a
    /// passphrase; a damaged one is a finding like any unreadable key).
    pub sealed: Vec<Uuid>,
    /// Seconds of inactivity before an unlocked workbook locks, if set.
    pub lock_after: Option<u32>,
}

impl ScanReport {
    pub fn is_protected(&self, key: &str) -> bool {
        self.findings.iter().any(|f| f.key == key)
    }
}

#[derive(Deserialize)]
struct IndexLine {
    id: Uuid,
}

/// Best-effort name of a raw workbook for the banner.
fn raw_name(raw: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(raw).ok()?;
    v.get("name")?
        .as_str()
        .map(|s| s.chars().take(200).collect())
}

/// Classifies every `(key, value)` of local storage (other apps' keys are
/// ignored). Pure: the shell lists the keys and applies the report.
pub fn scan(entries: &[(String, String)]) -> ScanReport {
    let mut report = ScanReport::default();
    let mut index_order: Option<Vec<Uuid>> = None;
    let mut listed_ids = Vec::new();
    let finding = |key: &str, raw: &str, problem: Problem, name: Option<String>| Finding {
        key: key.to_owned(),
        problem,
        chars: raw.chars().count(),
        name,
    };
    let mut findings = Vec::new();
    let mut intact = Vec::new();
    for (key, raw) in entries {
        let Some(kind) = key_kind(key) else { continue };
        match kind {
            KeyKind::Index => match serde_json::from_str::<Vec<IndexLine>>(raw) {
                Ok(lines) => index_order = Some(lines.into_iter().map(|l| l.id).collect()),
                Err(_) => findings.push(finding(key, raw, Problem::BadIndex, None)),
            },
            KeyKind::Workbook(id) => match restore(raw) {
                Ok(wb) if wb.id.uuid() == id => {
                    listed_ids.push(id);
                    intact.push(wb);
                }
                Ok(wb) => findings.push(finding(
                    key,
                    raw,
                    Problem::IdMismatch {
                        found: wb.id.uuid(),
                    },
                    Some(wb.name),
                )),
                Err(RestoreError::Sealed(None)) => report.sealed.push(id),
                Err(RestoreError::NewerSchema { found, supported }) => findings.push(finding(
                    key,
                    raw,
                    Problem::NewerSchema { found, supported },
                    raw_name(raw),
                )),
                Err(e) => findings.push(finding(key, raw, Problem::Unreadable(e), raw_name(raw))),
            },
            KeyKind::Revision(id) => match raw.trim().parse::<u64>() {
                Ok(n) => report.revisions.push((id, n)),
                Err(_) => findings.push(finding(key, raw, Problem::BadValue, None)),
            },
            KeyKind::Backup(id) => match raw.trim().parse::<i64>() {
                Ok(n) => report.backups.push((id, n)),
                Err(_) => findings.push(finding(key, raw, Problem::BadValue, None)),
            },
            KeyKind::Trash => match serde_json::from_str::<Trash>(raw) {
                Ok(t) => report.trash = t,
                Err(_) => findings.push(finding(key, raw, Problem::BadValue, None)),
            },
            KeyKind::LockAfter => match raw.trim().parse::<u32>() {
                Ok(n) if n > 0 => report.lock_after = Some(n),
                _ => findings.push(finding(key, raw, Problem::BadValue, None)),
            },
            KeyKind::Lang => {
                if raw != "ja" && raw != "en" {
                    findings.push(finding(key, raw, Problem::BadValue, None));
                }
            }
            KeyKind::Unknown => findings.push(finding(key, raw, Problem::UnknownKey, None)),
        }
    }
    listed_ids.extend(report.sealed.iter().copied());
    let order = index_order.clone().unwrap_or_default();
    let pos = |id: Uuid| order.iter().position(|o| *o == id).unwrap_or(usize::MAX);
    intact.sort_by_key(|w: &Workbook| (pos(w.id.uuid()), w.id.uuid()));
    report.index_rebuilt = match &index_order {
        None => true,
        Some(o) => {
            let mut a = o.clone();
            let mut b = listed_ids.clone();
            a.sort();
            b.sort();
            a != b
        }
    };
    findings.sort_by(|a, b| a.key.cmp(&b.key));
    report.intact = intact;
    report.findings = findings;
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::WorkbookId;
    use crate::domain::safety::fixtures::{entries, sample};
    use crate::domain::storage::{to_json, SCHEMA_VERSION};

    #[test]
    fn removal_consent_needs_a_download_or_an_explicit_confirmation() {
        let key = "mamori.v1.wb.x";
        assert_eq!(RemovalConsent::new(key, false, false), None);
        for (downloaded, confirmed) in [(true, false), (false, true), (true, true)] {
            let c = RemovalConsent::new(key, downloaded, confirmed).expect("consent");
            assert_eq!(c.key(), key);
        }
    }

    #[test]
    fn scan_keeps_intact_workbooks_and_reports_the_rest() {
        let wb = sample();
        let id = wb.id.uuid();
        let json = to_json(&wb);
        let truncated = &json[..json.len() / 2];
        let newer = json.replace(
            &format!("\"schema_version\": {SCHEMA_VERSION}"),
            "\"schema_version\": 99",
        );
        let wrong_types = json.replacen(&format!("\"name\": {:?}", wb.name), "\"name\": 5", 1);
        let bad = |n: u128| workbook_key(Uuid::from_u128(1000 + n));
        let e = entries(&[
            (&workbook_key(id), &json),
            (&bad(1), truncated),
            (&bad(2), &newer),
            (&bad(3), &wrong_types),
            (&bad(4), "\u{1}\u{fffd}garbage"),
            ("mamori.v9.future", "x"),
            ("mamori.v1.index", "{not json"),
            ("mamori.v1.lang", "xx"),
            ("someone.else", "ignored"),
        ]);
        let r = scan(&e);
        assert_eq!(r.intact.len(), 1);
        assert_eq!(r.intact[0].id.uuid(), id);
        assert!(r.index_rebuilt);
        let kinds: Vec<_> = r
            .findings
            .iter()
            .map(|f| (f.key.as_str(), f.problem.clone()))
            .collect();
        assert_eq!(kinds.len(), 7, "{kinds:?}");
        assert!(r.is_protected(&bad(1)) && r.is_protected(&bad(4)));
        assert!(r.is_protected("mamori.v1.index") && r.is_protected("mamori.v9.future"));
        assert!(!r.is_protected(&workbook_key(id)));
        let newer_f = r
            .findings
            .iter()
            .find(|f| f.key == bad(2))
            .expect("the newer-schema key is reported");
        assert!(newer_f.problem.is_newer());
        assert_eq!(newer_f.name.as_deref(), Some(wb.name.as_str()));
        for f in &r.findings {
            assert!(!f.problem.message(Lang::Ja).is_empty());
            assert!(!f.problem.message(Lang::En).is_empty());
        }
    }

    #[test]
    fn sealed_workbooks_are_listed_and_damaged_ones_reported() {
        use crate::domain::storage::seal::{kdf, Entropy, SealError, SealKey};
        use crate::domain::storage::sealed::to_sealed;
        struct Fixed(u8);
        impl Entropy for Fixed {
            fn fill(&mut self, buf: &mut [u8]) -> Result<(), SealError> {
                for b in buf {
                    self.0 = self.0.wrapping_mul(13).wrapping_add(5);
                    *b = self.0;
                }
                Ok(())
            }
        }
        let wb = sample();
        let id = wb.id.uuid();
        let mut rng = Fixed(3);
        let key = SealKey::new("fixture passphrase", kdf::MIN, &mut rng).expect("key");
        let sealed = to_sealed(&wb, &key, &mut rng).expect("seal");
        let cut: String = sealed.chars().take(sealed.chars().count() / 2).collect();
        let other = workbook_key(Uuid::from_u128(77));
        let r = scan(&entries(&[
            (&workbook_key(id), &sealed),
            (&other, &cut),
            ("mamori.v1.lock_after", "900"),
        ]));
        assert!(r.intact.is_empty());
        assert_eq!(r.sealed, vec![id]);
        assert_eq!(r.lock_after, Some(900));
        assert_eq!(r.findings.len(), 1);
        assert_eq!(r.findings[0].key, other);
        assert!(matches!(
            r.findings[0].problem,
            Problem::Unreadable(RestoreError::Sealed(Some(_)))
        ));
        assert!(r.is_protected(&other) && !r.is_protected(&workbook_key(id)));
        let bad = scan(&entries(&[("mamori.v1.lock_after", "soon")]));
        assert!(bad.is_protected("mamori.v1.lock_after"));
    }

    #[test]
    fn scan_orders_by_index_and_detects_mismatch() {
        let a = sample();
        let mut b = sample();
        b.id = WorkbookId::new(Uuid::from_u128(999_999));
        let index = format!(r#"[{{"id":"{}"}},{{"id":"{}"}}]"#, b.id.uuid(), a.id.uuid());
        let r = scan(&entries(&[
            (&workbook_key(a.id.uuid()), &to_json(&a)),
            (&workbook_key(b.id.uuid()), &to_json(&b)),
            ("mamori.v1.index", &index),
        ]));
        assert!(!r.index_rebuilt);
        assert_eq!(r.intact[0].id, b.id);
        // A workbook under another id's key is not loaded.
        let r = scan(&entries(&[(
            &workbook_key(Uuid::from_u128(5)),
            &to_json(&a),
        )]));
        assert!(matches!(r.findings[0].problem, Problem::IdMismatch { .. }));
    }
}
