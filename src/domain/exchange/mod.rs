//! Exchange: everything that turns a workbook into files people take away,
//! and files people bring back into workbooks. Pure: bytes and text in and
//! out; the shell does the downloads, file pickers and Shift_JIS decoding.
//!
//! One job per module:
//! - [`schema`]: the tables and columns of the CSV data contract;
//! - [`cell`]: one cell both ways, including formula neutralisation;
//! - [`csv_out`]: CSV text with BOM and CRLF options;
//! - [`tables`]: workbook → table set; [`read`] + [`import`]: back again,
//!   with located problems instead of failures; [`declared`]: the format a
//!   file set declares, so columns newer than it are not missed;
//! - [`register`]: the localised risk register for Excel;
//! - [`redact`]: the redacted copy for sharing outside the lab;
//! - [`encoding`]: UTF-8 / Shift_JIS detection; [`zip`]: zip both ways;
//! - [`merge`]: preview and merge of an import into a workbook;
//! - [`portfolio`]: the read-only roll-up of many labs.
//!
//! The calls the shell makes (download buttons, file pickers):
//! - export: [`tables_zip`], [`export_table`] (one CSV), [`register::risk_register`],
//!   [`redact::redact`] then `tables_zip`, [`backup_json`], named by [`file_name`];
//! - import: [`import_files`], or [`ImportJob`] in slices (bytes of picked files, the browser's Shift_JIS
//!   decoder, `now`, an id source) → [`TableImport`]; then
//!   [`merge::preview`] and, on confirmation, [`merge::merge`] or the
//!   imported workbook as a new one;
//! - roll-up: [`import_many_files`] (labs given twice loaded once:
//!   [`twice`]; labs without `workbook.csv` named by the shell:
//!   [`default_name`]) → [`portfolio::portfolio`] with today's date, and
//!   [`portfolio::combined_tables`] to export the combined set.
//!
//! The backup is the storage JSON itself ([`backup_json`], [`import_files`]
//! restores it): one format, one `restore`, no second way in.
//! Format: `docs/csv-format.md`.

pub mod cell;
pub mod conflict_view;
pub mod csv_out;
pub mod declared;
pub mod default_name;
pub mod encoding;
pub mod export_job;
pub mod import;
pub mod job;
pub mod merge;
pub mod portfolio;
pub mod problem;
pub mod read;
pub mod redact;
pub mod register;
pub mod rollup_job;
pub mod schema;
pub mod sliced;
pub mod tables;
pub mod twice;
mod workshop_tables;
pub mod zip;

use time::{Date, OffsetDateTime};
use uuid::Uuid;

pub use csv_out::CsvOptions;
pub use encoding::{decode, decode_as, detect_encoding, Encoding};
pub use import::{import_many, import_tables, TableImport};
pub use job::{ImportJob, ImportProgress, ImportStage};
pub use problem::{ImportProblem, ProblemKind, Severity};
pub use read::TextFile;
pub use rollup_job::{LoadedLab, Rollup, RollupJob};
pub use schema::Table;
pub use sliced::SlicedJob;
pub use tables::{export_table, export_tables, TableFile};
pub use zip::BinaryFile;

use crate::domain::model::Workbook;
use crate::domain::storage;
use crate::domain::validate::format_date;

/// Version of the CSV data contract, written in `workbook.csv`. Raised when
/// columns are added; old files stay readable.
pub const FORMAT_VERSION: u32 = 6;

/// A file name that says what it is: `{workbook}_{what}_{YYYY-MM-DD}.{ext}`.
/// The workbook name keeps letters and digits of any script (Japanese
/// names stay readable), other characters become `-`, at most 40 characters,
/// so the name is valid on Windows, macOS and Linux.
pub fn file_name(workbook_name: &str, what: &str, date: Date, ext: &str) -> String {
    let mut slug = String::new();
    for c in workbook_name.chars() {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.chars().count() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "mamori" } else { slug };
    format!("{slug}_{what}_{}.{ext}", format_date(date))
}

/// All tables of a workbook in one zip (`technologies.csv`, …), each file
/// stamped `now`. Name it with `file_name(&wb.name, "tables", today, "zip")`.
pub fn tables_zip(wb: &Workbook, options: CsvOptions, now: OffsetDateTime) -> Vec<u8> {
    let files: Vec<BinaryFile> = export_tables(wb, options)
        .into_iter()
        .map(|f| BinaryFile::new(f.file_name(), f.text.into_bytes()))
        .collect();
    zip::write_zip(&files, now)
}

/// The backup: the whole workbook as the versioned storage JSON, which
/// restores exactly. Name it with `file_name(&wb.name, "backup", today, "json")`.
pub fn backup_json(wb: &Workbook) -> String {
    storage::to_json(wb)
}

/// Turns picked files (CSVs, table zips, zips of zips, backups) into text
/// files: zips expanded, encodings detected, Shift_JIS decoded by the
/// caller's `shift_jis` (the browser's `TextDecoder`). Files that cannot be
/// read are reported.
pub fn read_files(
    files: Vec<BinaryFile>,
    shift_jis: &dyn Fn(&[u8]) -> Option<String>,
) -> (Vec<TextFile>, Vec<ImportProblem>) {
    read_files_as(files, None, shift_jis)
}

/// [`read_files`] with the encoding the user chose (`None`: detected per
/// file), for "these files are Shift_JIS" when detection guesses wrong.
pub fn read_files_as(
    files: Vec<BinaryFile>,
    encoding: Option<Encoding>,
    shift_jis: &dyn Fn(&[u8]) -> Option<String>,
) -> (Vec<TextFile>, Vec<ImportProblem>) {
    let (files, zip_errors) = zip::expand(files);
    let mut problems: Vec<ImportProblem> = zip_errors
        .into_iter()
        .map(|(name, e)| ImportProblem::file(&name, Severity::Skipped, ProblemKind::BadZip(e)))
        .collect();
    let mut texts = Vec::new();
    for f in files {
        let text = match encoding {
            Some(e) => decode_as(&f.bytes, e, shift_jis),
            None => decode(&f.bytes, shift_jis),
        };
        match text {
            Some(text) => texts.push(TextFile::new(f.name, text)),
            None => problems.push(ImportProblem::file(
                &f.name,
                Severity::Skipped,
                ProblemKind::Undecodable,
            )),
        }
    }
    (texts, problems)
}

/// The one import entry point for the UI: picked files in, one workbook and
/// every problem out. A backup JSON among the files is restored (through
/// `storage::restore`) and wins over CSVs; otherwise the CSV tables are
/// imported (see [`import::import_tables`]). Show the result with
/// [`merge::preview`] before anything is replaced. This is [`ImportJob`]
/// run in one go; the shell steps the job instead to show progress.
pub fn import_files(
    files: Vec<BinaryFile>,
    shift_jis: &dyn Fn(&[u8]) -> Option<String>,
    now: OffsetDateTime,
    next_id: &mut dyn FnMut() -> Uuid,
) -> TableImport {
    ImportJob::new(files, shift_jis, now, next_id).finish()
}

/// The roll-up entry point: picked files of many labs in, one lab per
/// `workbook_id` (a lab given twice is loaded once, the newer copy) with
/// where it came from and its problems, and every problem out. Backups are
/// restored too. This is [`RollupJob`] run in one go; the shell steps the
/// job instead.
pub fn import_many_files(
    files: Vec<BinaryFile>,
    shift_jis: &dyn Fn(&[u8]) -> Option<String>,
    now: OffsetDateTime,
    next_id: &mut dyn FnMut() -> Uuid,
) -> Rollup {
    RollupJob::new(files, shift_jis, now, next_id).finish()
}

pub(super) fn is_backup(f: &TextFile) -> bool {
    f.name.to_ascii_lowercase().ends_with(".json") || f.text.trim_start().starts_with('{')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_keep_japanese_and_drop_unsafe_characters() {
        let d = time::macros::date!(2025 - 06 - 01);
        assert_eq!(
            file_name("半導体材料研究室 評価（サンプル）", "tables", d, "zip"),
            "半導体材料研究室-評価-サンプル_tables_2025-06-01.zip"
        );
        assert_eq!(
            file_name("a/b:c*?", "technologies", d, "csv"),
            "a-b-c_technologies_2025-06-01.csv"
        );
        assert_eq!(
            file_name("", "backup", d, "json"),
            "mamori_backup_2025-06-01.json"
        );
    }

    #[test]
    fn a_chosen_encoding_decodes_every_file_as_it() {
        let files = || {
            vec![
                BinaryFile::new("a.csv", b"id\n".to_vec()),
                BinaryFile::new("b.csv", vec![0x8b, 0x5a]),
            ]
        };
        let sjis = |_: &[u8]| Some("技術".to_owned());
        let (texts, problems) = read_files_as(files(), Some(Encoding::Utf8), &sjis);
        assert_eq!(texts.len(), 1);
        assert_eq!(
            (texts[0].name.as_str(), texts[0].text.as_str()),
            ("a.csv", "id\n")
        );
        assert_eq!(problems.len(), 1);
        assert!(matches!(problems[0].kind, ProblemKind::Undecodable));
        let (texts, problems) = read_files_as(files(), Some(Encoding::ShiftJis), &sjis);
        let got: Vec<&str> = texts.iter().map(|t| t.text.as_str()).collect();
        assert_eq!((got, problems.len()), (vec!["技術", "技術"], 0));
    }
}
