//! The format version a file set declares (`workbook.csv` `format_version`),
//! and the warnings it makes moot: a file written before a column existed
//! cannot have it, so its absence is no news (a format-3 `exercises.csv`
//! without `response`). Only optional-column warnings are dropped; a missing
//! required column still skips its file. A file whose version is unknown (no
//! `workbook.csv`, or an unreadable version) is taken as the current format
//! and warns as before.
//!
//! Not for reading or building: it only filters the problems of tables
//! already read, once every table (and so `workbook.csv`) is in.

use std::collections::HashMap;

use super::problem::{ImportProblem, ProblemKind};
use super::read::RawTable;
use super::schema::Table;
use super::FORMAT_VERSION;

/// `workbook_id` → the `format_version` its `workbook.csv` row declares.
fn declared(tables: &[RawTable]) -> HashMap<&str, u32> {
    let mut out = HashMap::new();
    for t in tables.iter().filter(|t| t.table == Table::Workbook) {
        for r in &t.rows {
            if let Ok(v) = t.cell(r, "format_version").trim().parse::<u32>() {
                out.entry(t.cell(r, "workbook_id").trim()).or_insert(v);
            }
        }
    }
    out
}

/// The format a file was written in: the oldest version declared by the
/// workbooks its rows belong to; for a file without such rows (header only,
/// blank ids), the oldest declared in the set; `None` if nothing declares one.
fn file_version(t: &RawTable, declared: &HashMap<&str, u32>) -> Option<u32> {
    t.rows
        .iter()
        .filter_map(|r| declared.get(t.cell(r, "workbook_id").trim()).copied())
        .min()
        .or_else(|| declared.values().copied().min())
}

/// Drops the missing-optional-column warnings of columns added after the
/// format their file declares. Returns the files that lost a warning, once
/// per warning dropped (for callers that count problems per file).
pub fn drop_columns_newer_than_their_file(
    tables: &[RawTable],
    problems: &mut Vec<ImportProblem>,
) -> Vec<String> {
    let declared = declared(tables);
    let mut dropped = Vec::new();
    problems.retain(|p| {
        let ProblemKind::MissingOptionalColumn { column } = &p.kind else {
            return true;
        };
        let Some(t) = tables.iter().find(|t| t.file == p.file) else {
            return true;
        };
        let version = file_version(t, &declared).unwrap_or(FORMAT_VERSION);
        let newer = t.table.column(column).is_some_and(|c| c.since > version);
        if newer {
            dropped.push(p.file.clone());
        }
        !newer
    });
    dropped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::exchange::read::{read_table, TextFile};

    const WB: &str = "00000000-0000-0000-0000-000000000001";

    fn workbook(version: &str) -> TextFile {
        TextFile::new(
            "workbook.csv",
            format!("workbook_id,format_version,name,created_at\n{WB},{version},W,2025-01-01T00:00:00Z\n"),
        )
    }

    /// An `exercises.csv` of format 3: no response columns.
    fn exercises_v3() -> TextFile {
        TextFile::new(
            "exercises.csv",
            format!(
                "workbook_id,exercise_id,kind,title,date,participants,objectives,stop_point,stopped_by,detection,notes\n\
                 {WB},00000000-0000-0000-0000-000000000002,tabletop,T,,,,,,,\n"
            ),
        )
    }

    /// The missing columns of `exercises.csv` warned about after the filter.
    fn check(files: &[TextFile], expected: &[&str]) {
        let mut problems = Vec::new();
        let tables: Vec<RawTable> = files
            .iter()
            .filter_map(|f| read_table(f, &mut problems))
            .collect();
        drop_columns_newer_than_their_file(&tables, &mut problems);
        let got: Vec<&str> = problems
            .iter()
            .filter(|p| p.file == "exercises.csv")
            .filter_map(|p| match &p.kind {
                ProblemKind::MissingOptionalColumn { column } => Some(column.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn a_format_3_file_without_the_format_4_columns_does_not_warn() {
        check(&[workbook("3"), exercises_v3()], &[]);
    }

    #[test]
    fn a_format_4_file_without_them_warns() {
        check(
            &[workbook("4"), exercises_v3()],
            &["response", "response_notes", "in_the_know"],
        );
    }

    #[test]
    fn an_unknown_version_warns_as_the_current_format() {
        check(
            &[exercises_v3()],
            &["response", "response_notes", "in_the_know"],
        );
        check(
            &[workbook("x"), exercises_v3()],
            &["response", "response_notes", "in_the_know"],
        );
    }

    #[test]
    fn older_columns_missing_from_an_old_file_still_warn() {
        let no_notes = TextFile::new(
            "exercises.csv",
            format!("workbook_id,exercise_id,kind,title\n{WB},00000000-0000-0000-0000-000000000002,tabletop,T\n"),
        );
        check(
            &[workbook("3"), no_notes],
            &[
                "date",
                "participants",
                "objectives",
                "stop_point",
                "stopped_by",
                "detection",
                "notes",
            ],
        );
    }
}
