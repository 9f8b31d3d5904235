//! The per-workbook storage format: versioned JSON, one way out
//! ([`to_json`]) and one way in ([`restore`]).
//!
//! Every load — local storage, a backup file, an import, a paste — goes through
//! `restore`, which parses, checks the format marker, refuses data from a newer
//! version, migrates older data, fills defaults, converts the DTOs and
//! validates. Nothing here touches storage itself: the shell reads and writes
//! the strings. See docs/storage-format.md.

pub mod dto;
pub mod migrate;
pub mod packed;
pub mod seal;
pub mod sealed;
pub mod workshop_dto;

use serde_json::Value;

use super::error::ValidationError;
use super::model::Workbook;
use super::text::Lang;
use dto::WorkbookDto;

/// Marker in every workbook file, so other JSON is recognised as such.
pub const FORMAT: &str = "mamori.workbook";

/// The schema version this build writes and the newest it reads.
pub const SCHEMA_VERSION: u32 = 4;

/// Why a stored workbook could not be loaded. Nothing is ever overwritten on
/// error: the shell keeps the original text.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RestoreError {
    /// Not JSON, or JSON of the wrong shape; `line`/`column` are 1-based
    /// (0 when the position is unknown, after a migration).
    #[error("invalid JSON at line {line}, column {column}: {message}")]
    Json {
        line: usize,
        column: usize,
        message: String,
    },

    /// JSON, but not a Mamori workbook (`format` missing or different).
    #[error("not a Mamori workbook (format {found:?})")]
    NotAWorkbook { found: Option<String> },

    /// `schema_version` missing or not a positive integer.
    #[error("schema_version missing or invalid: {found:?}")]
    BadVersion { found: Option<String> },

    /// Written by a newer Mamori: must not be read (and so never overwritten).
    #[error("schema version {found} is newer than supported version {supported}")]
    NewerSchema { found: u64, supported: u32 },

    /// Older than the oldest version this build can migrate.
    #[error("schema version {found} is older than the oldest supported {oldest}")]
    TooOld { found: u64, oldest: u32 },

    /// A migration step failed.
    #[error(transparent)]
    Migration(#[from] migrate::MigrationError),

    /// A value the schema does not allow (dates and times).
    #[error("{path}: {value:?} is not {expected}")]
    BadValue {
        path: String,
        value: String,
        expected: &'static str,
    },

    /// An encrypted workbook: it opens only with its passphrase
    /// (`sealed::open_sealed`); `restore` alone never reads it. The error
    /// inside says whether its envelope is intact (`None`) or why not.
    #[error("encrypted workbook")]
    Sealed(Option<seal::SealError>),

    /// A packed (large) workbook whose packing is damaged.
    #[error("packed workbook: {0}")]
    Packed(#[from] packed::UnpackError),

    /// Well-formed but inconsistent (e.g. a dangling reference).
    #[error("the workbook has {} problem(s), first: {}", .0.len(), .0.first().map(ToString::to_string).unwrap_or_default())]
    Invalid(Vec<ValidationError>),
}

impl RestoreError {
    fn json(e: &serde_json::Error) -> Self {
        RestoreError::Json {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        }
    }

    /// A sentence for people in the given language.
    pub fn message(&self, lang: Lang) -> String {
        let ja = lang == Lang::Ja;
        match self {
            RestoreError::Json {
                line,
                column,
                message,
            } => {
                if *line == 0 {
                    if ja {
                        format!("ファイルの内容が正しくありません（{message}）。")
                    } else {
                        format!("The file content is invalid ({message}).")
                    }
                } else if ja {
                    format!("ファイルの{line}行目{column}文字目が正しくありません（{message}）。")
                } else {
                    format!("The file is invalid at line {line}, column {column} ({message}).")
                }
            }
            RestoreError::Sealed(None) => {
                if ja {
                    "このワークブックは暗号化されています。パスフレーズで開いてください。".into()
                } else {
                    "This workbook is encrypted. Open it with its passphrase.".into()
                }
            }
            RestoreError::Sealed(Some(e)) => e.message(lang),
            RestoreError::Packed(e) => {
                if ja {
                    format!("大きなワークブックの圧縮データが壊れています（{e}）。")
                } else {
                    format!("The compressed data of this large workbook is damaged ({e}).")
                }
            }
            RestoreError::NotAWorkbook { .. } => {
                if ja {
                    "Mamoriのワークブックのファイルではありません。".into()
                } else {
                    "This is not a Mamori workbook file.".into()
                }
            }
            RestoreError::BadVersion { found } => {
                let found = found.as_deref().unwrap_or("—");
                if ja {
                    format!("スキーマのバージョン（{found}）が読み取れません。")
                } else {
                    format!("The schema version ({found}) cannot be read.")
                }
            }
            RestoreError::NewerSchema { found, supported } => {
                if ja {
                    format!(
                        "このデータは新しい版のMamoriで保存されています（スキーマ{found}、この版は{supported}まで対応）。\
                         データを守るため読み込みも上書きもしません。新しい版のMamoriで開いてください。"
                    )
                } else {
                    format!(
                        "This data was saved by a newer Mamori (schema {found}; this version reads up to {supported}). \
                         To protect it, it is neither loaded nor overwritten. Open it with the newer Mamori."
                    )
                }
            }
            RestoreError::TooOld { found, oldest } => {
                if ja {
                    format!("スキーマ{found}は古すぎて読み込めません（対応は{oldest}以降）。")
                } else {
                    format!("Schema {found} is too old to load (oldest supported: {oldest}).")
                }
            }
            RestoreError::Migration(e) => {
                if ja {
                    format!(
                        "スキーマ{}からの移行に失敗しました（{}）。",
                        e.from, e.reason
                    )
                } else {
                    format!("Migrating from schema {} failed ({}).", e.from, e.reason)
                }
            }
            RestoreError::BadValue {
                path,
                value,
                expected,
            } => {
                if ja {
                    format!(
                        "{path} の値「{value}」が正しくありません（期待される形式: {expected}）。"
                    )
                } else {
                    format!("{path}: \"{value}\" is not {expected}.")
                }
            }
            RestoreError::Invalid(errors) => {
                let first = errors.first().map(|e| e.message(lang)).unwrap_or_default();
                if ja {
                    format!(
                        "ワークブックに{}件の不整合があります。最初の問題: {first}",
                        errors.len()
                    )
                } else {
                    format!(
                        "The workbook has {} inconsistencies. First: {first}",
                        errors.len()
                    )
                }
            }
        }
    }
}

/// Serialises a workbook in the current schema: pretty-printed, stable field
/// order, collections in insertion order.
pub fn to_json(wb: &Workbook) -> String {
    let dto = WorkbookDto::from(wb);
    // DTOs hold only strings, numbers, booleans, nulls and string-keyed
    // objects, for which serde_json cannot fail. Not user data: if this ever
    // broke, crashing is safer than handing the shell an empty string to save
    // over the user's workbook.
    serde_json::to_string_pretty(&dto).expect("workbook DTOs always serialise")
}

/// Serialises a workbook for local storage: the readable [`to_json`] while
/// its compact JSON is small, packed compact JSON when large (see
/// [`packed`]).
pub fn to_stored(wb: &Workbook) -> String {
    let compact = to_compact_json(wb);
    // Small workbooks are serialised twice (compact to measure, then pretty):
    // a millisecond below the threshold, and one pass for the large ones.
    if packed::is_large(&compact) {
        packed::pack(&compact)
    } else {
        to_json(wb)
    }
}

/// The compact storage JSON (what a packed or sealed value holds).
pub fn to_compact_json(wb: &Workbook) -> String {
    // As in `to_json`: these DTOs cannot fail to serialise.
    serde_json::to_string(&WorkbookDto::from(wb)).expect("workbook DTOs always serialise")
}

/// The one way to load a stored workbook (see the module doc); takes
/// pretty, compact and packed JSON alike.
pub fn restore(stored: &str) -> Result<Workbook, RestoreError> {
    if seal::is_sealed(stored) {
        return Err(RestoreError::Sealed(sealed::check_sealed(stored).err()));
    }
    let json = packed::unpack(stored)?;
    restore_json(&json)
}

/// The two fields read before anything else; every other field is skipped
/// without building a tree, so current data is parsed into DTOs once.
#[derive(serde::Deserialize)]
struct Header {
    format: Option<String>,
    schema_version: Option<u64>,
}

fn restore_json(json: &str) -> Result<Workbook, RestoreError> {
    if let Ok(Header {
        format: Some(format),
        schema_version: Some(version),
    }) = serde_json::from_str::<Header>(json)
    {
        if format == FORMAT && version == u64::from(SCHEMA_VERSION) {
            // The common case. Shape errors keep their line and column.
            let dto: WorkbookDto =
                serde_json::from_str(json).map_err(|e| RestoreError::json(&e))?;
            return from_dto(dto);
        }
    }
    // Anything else takes the careful path, which says what is wrong.
    let value: Value = serde_json::from_str(json).map_err(|e| RestoreError::json(&e))?;
    let Value::Object(map) = &value else {
        return Err(RestoreError::NotAWorkbook { found: None });
    };
    match map.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(RestoreError::NotAWorkbook {
                found: Some(
                    other
                        .as_str()
                        .map_or_else(|| other.to_string(), str::to_owned),
                ),
            })
        }
        None => return Err(RestoreError::NotAWorkbook { found: None }),
    }
    let version = match map.get("schema_version") {
        Some(v) => v
            .as_u64()
            .filter(|&n| n >= 1)
            .ok_or_else(|| RestoreError::BadVersion {
                found: Some(v.to_string()),
            })?,
        None => return Err(RestoreError::BadVersion { found: None }),
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(RestoreError::NewerSchema {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version < u64::from(migrate::OLDEST_SUPPORTED) {
        return Err(RestoreError::TooOld {
            found: version,
            oldest: migrate::OLDEST_SUPPORTED,
        });
    }
    let dto: WorkbookDto = if version == u64::from(SCHEMA_VERSION) {
        // Current data: parse the text again so shape errors keep their line and column.
        serde_json::from_str(json).map_err(|e| RestoreError::json(&e))?
    } else {
        // `version` ≤ SCHEMA_VERSION here, so it fits in u32.
        let from = u32::try_from(version).unwrap_or(SCHEMA_VERSION);
        let migrated = migrate::migrate(value, from, SCHEMA_VERSION, migrate::MIGRATIONS)?;
        serde_json::from_value(migrated).map_err(|e| RestoreError::json(&e))?
    };
    from_dto(dto)
}

fn from_dto(dto: WorkbookDto) -> Result<Workbook, RestoreError> {
    let mut wb = dto.into_domain().map_err(|b| RestoreError::BadValue {
        path: b.path,
        value: b.value,
        expected: b.expected,
    })?;
    empty_ids_are_none(&mut wb);
    let errors = wb.validate();
    if errors.is_empty() {
        Ok(wb)
    } else {
        Err(RestoreError::Invalid(errors))
    }
}

/// A catalogue or pattern id stored as `""` means "none": a CSV cell cannot
/// tell the two apart, so the workbook holds only `None` (found by the
/// `csv_import` fuzz target: `Some("")` exported and re-imported as `None`).
fn empty_ids_are_none(wb: &mut Workbook) {
    let clear = |id: &mut Option<String>| {
        if id.as_deref() == Some("") {
            *id = None;
        }
    };
    wb.actors.iter_mut().for_each(|a| clear(&mut a.catalog_id));
    wb.scenarios
        .iter_mut()
        .for_each(|s| clear(&mut s.pattern_id));
    wb.countermeasures
        .iter_mut()
        .for_each(|m| clear(&mut m.catalog_id));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression (fuzzing): an empty catalogue id restores as none, so the
    /// table set carries the workbook exactly.
    #[test]
    fn empty_catalogue_ids_restore_as_none() {
        let mut wb = crate::domain::sample::sample_with_counted_ids(
            crate::domain::text::Lang::Ja,
            time::macros::datetime!(2025-06-01 09:00 +09:00),
        );
        wb.countermeasures[0].catalog_id = Some(String::new());
        wb.scenarios[0].pattern_id = Some(String::new());
        wb.actors[0].catalog_id = Some(String::new());
        let back = restore(&to_json(&wb)).expect("restores");
        assert_eq!(back.countermeasures[0].catalog_id, None);
        assert_eq!(back.scenarios[0].pattern_id, None);
        assert_eq!(back.actors[0].catalog_id, None);
    }

    fn check_err(json: &str, expected: impl Fn(&RestoreError) -> bool) {
        match restore(json) {
            Ok(_) => panic!("should fail: {json}"),
            Err(e) => {
                assert!(expected(&e), "unexpected error {e:?} for {json}");
                assert!(!e.message(Lang::Ja).is_empty() && !e.message(Lang::En).is_empty());
            }
        }
    }

    // Schema 2 on purpose: an older minimal file loads through the chain.
    const MINIMAL: &str = r#"{
        "format": "mamori.workbook",
        "schema_version": VERSION,
        "id": "00000000-0000-0000-0000-000000000001",
        "name": "最小",
        "created_at": "2025-06-01T09:00:00+09:00"
    }"#;

    /// `MINIMAL` in the current schema (the constant, so a version bump
    /// needs no edit here).
    fn minimal() -> String {
        MINIMAL.replace("VERSION", &SCHEMA_VERSION.to_string())
    }

    fn version_field() -> String {
        format!("\"schema_version\": {SCHEMA_VERSION}")
    }

    #[test]
    fn minimal_file_loads_with_defaults() {
        let wb = restore(&minimal()).expect("minimal workbook loads");
        assert_eq!(wb.name, "最小");
        assert_eq!(wb.updated_at, wb.created_at);
        assert_eq!(wb.rounds.len(), 1);
        assert_eq!(wb.settings, crate::domain::model::Settings::default());
        // Defaults are stable: restoring again gives the same workbook.
        assert_eq!(restore(&minimal()).ok(), Some(wb));
    }

    #[test]
    fn bad_json_reports_line_and_column() {
        check_err(
            "{\n  \"format\": \"mamori.workbook\",\n  oops\n}",
            |e| matches!(e, RestoreError::Json { line: 3, column, .. } if *column > 0),
        );
    }

    #[test]
    fn wrong_shape_reports_its_position() {
        let json = minimal().replace("\"name\": \"最小\"", "\"name\": 5");
        check_err(&json, |e| matches!(e, RestoreError::Json { line: 5, .. }));
    }

    #[test]
    fn other_json_is_not_a_workbook() {
        check_err("[1, 2]", |e| {
            matches!(e, RestoreError::NotAWorkbook { found: None })
        });
        check_err(
            r#"{"format": "other"}"#,
            |e| matches!(e, RestoreError::NotAWorkbook { found: Some(f) } if f == "other"),
        );
    }

    #[test]
    fn newer_data_is_refused_by_name() {
        let json = minimal().replace(
            &version_field(),
            &format!("\"schema_version\": {}", SCHEMA_VERSION + 1),
        );
        check_err(&json, |e| {
            *e == RestoreError::NewerSchema {
                found: u64::from(SCHEMA_VERSION) + 1,
                supported: SCHEMA_VERSION,
            }
        });
        let msg = restore(&json)
            .err()
            .map(|e| e.message(Lang::Ja))
            .unwrap_or_default();
        assert!(msg.contains("上書き"), "{msg}");
    }

    #[test]
    fn missing_or_odd_versions_are_errors() {
        let no_version = minimal().replace(&format!("{},", version_field()), "");
        check_err(&no_version, |e| {
            matches!(e, RestoreError::BadVersion { found: None })
        });
        let zero = minimal().replace(&version_field(), "\"schema_version\": 0");
        check_err(&zero, |e| matches!(e, RestoreError::BadVersion { .. }));
        let text = minimal().replace(&version_field(), "\"schema_version\": \"1\"");
        check_err(&text, |e| matches!(e, RestoreError::BadVersion { .. }));
    }

    #[test]
    fn bad_dates_name_their_path() {
        let json = minimal().replace("2025-06-01T09:00:00+09:00", "yesterday");
        check_err(
            &json,
            |e| matches!(e, RestoreError::BadValue { path, .. } if path == "created_at"),
        );
    }

    #[test]
    fn dangling_references_are_refused() {
        let json = minimal().replace(
            "\"name\": \"最小\",",
            r#""name": "x", "scenarios": [{"id": "00000000-0000-0000-0000-000000000009",
               "technology_id": "00000000-0000-0000-0000-000000000008", "title": "s",
               "origin": "external", "legality": "illegal"}],"#,
        );
        check_err(
            &json,
            |e| matches!(e, RestoreError::Invalid(v) if matches!(v.first(), Some(ValidationError::Dangling { .. }))),
        );
    }
}
