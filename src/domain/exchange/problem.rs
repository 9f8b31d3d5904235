//! Located import problems, with a message in either UI language.
//!
//! Import never fails outright: every problem found is reported at once, with
//! the file, the line and the column where it is, and a [`Severity`] that
//! says what the importer did about it — kept going with a default
//! (`Warning`) or left the row or file out (`Skipped`). The UI lists them and
//! lets the user import the valid part or cancel.

use crate::domain::error::{EntityKind, ValidationError};
use crate::domain::text::Lang;

/// What the importer did about a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Read anyway (a default was used, or the cell was ignored).
    Warning,
    /// The row (or the whole file, when `line` is `None`) was left out.
    Skipped,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file has no header (0 bytes, or only a BOM or blank lines).
    EmptyFile,
    /// The file is not a table of the format (unknown name and header).
    UnknownTable,
    /// A table of the set is missing; defaults are used (e.g. no
    /// `workbook.csv`: a new workbook named "Imported").
    MissingTable { table: &'static str },
    /// The CSV itself is broken (e.g. a quote never closed); `reason` is
    /// the parser's message.
    Malformed { reason: String },
    /// The text is not valid UTF-8 (after Shift_JIS detection, if offered).
    Undecodable,
    /// A zip file that cannot be read, and why.
    BadZip(super::zip::ZipError),
    /// The file ends in the middle of a record — a half-downloaded file, a
    /// full USB stick, a truncating mail gateway: an unterminated quoted
    /// cell, a last record without a line break while the others have one,
    /// a row with fewer cells than the header, or a character cut in two.
    /// The incomplete row is not imported as if whole.
    Truncated,
    /// A table has fewer rows than `workbook.csv` says the set was written
    /// with (the file was cut at a line end, or rows were deleted).
    FewerRows {
        table: &'static str,
        expected: usize,
        found: usize,
    },
    /// A column the table needs is missing; the file was skipped.
    MissingColumn { column: String },
    /// An optional column is missing; its values default.
    MissingOptionalColumn { column: String },
    /// A column the format does not know; ignored.
    UnknownColumn { column: String },
    /// A column name appears twice; the later one is ignored.
    DuplicateColumn { column: String },
    /// The file was written by a newer format version than this build reads.
    NewerFormat { found: u32, supported: u32 },
    /// A cell that should be a UUID is not.
    BadId { value: String },
    /// A cell that should be a code of `kind` is none of its codes.
    UnknownCode { kind: &'static str, value: String },
    /// A rating outside 1–5 or not a number.
    BadRating { value: String },
    /// A whole number (count, setting, round number) that does not parse.
    BadNumber { value: String },
    /// Not `true` / `false`.
    BadBool { value: String },
    /// Not `YYYY-MM-DD`.
    BadDate { value: String },
    /// Not an RFC 3339 timestamp.
    BadDateTime { value: String },
    /// The same id (or actor × technology pair, or link) twice; the later row
    /// is skipped.
    DuplicateId { id: String },
    /// A reference to a record that is not in the set (or was skipped).
    Dangling { target: EntityKind, id: String },
    /// The row belongs to another workbook than the set's `workbook.csv`.
    OtherWorkbook { found: String, expected: String },
    /// The row has more cells than the header (extra cells are ignored if
    /// empty, as Excel writes trailing separators; otherwise reported).
    ExtraCells { count: usize },
    /// A backup (JSON) file that cannot be restored.
    Backup(crate::domain::storage::RestoreError),
    /// Roll-up: the same lab (workbook id) came in two files or folders
    /// (its full and its redacted export, the same zip twice…); the copy
    /// saved last (`updated_at`) in `kept` is used, this file's is left
    /// out. One notice per extra copy, instead of an error for every row.
    LoadedTwice { lab: String, kept: String },
    /// A value the workbook rules refuse (empty name, too long, bad settings…).
    Invalid(ValidationError),
}

/// One problem at one place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportProblem {
    /// File name as given (inside a zip: `archive.zip/technologies.csv`).
    pub file: String,
    /// 1-based line of the record start in the file, `None` for the whole file.
    pub line: Option<u64>,
    /// Column name, when the problem is one cell or header.
    pub column: Option<String>,
    /// 1-based column position in the file, when known.
    pub column_index: Option<usize>,
    pub severity: Severity,
    pub kind: ProblemKind,
}

impl ImportProblem {
    /// A whole file left out (it could not be read at all, or held no
    /// usable table): what "N files could not be read" counts.
    pub fn is_unread_file(&self) -> bool {
        self.severity == Severity::Skipped && self.line.is_none()
    }

    pub(crate) fn file(file: &str, severity: Severity, kind: ProblemKind) -> Self {
        ImportProblem {
            file: file.to_owned(),
            line: None,
            column: None,
            column_index: None,
            severity,
            kind,
        }
    }

    /// "technologies.csv, line 4, column 7 (leak_impact)" in the given language.
    pub fn location(&self, lang: Lang) -> String {
        let ja = lang == Lang::Ja;
        let mut s = self.file.clone();
        if let Some(l) = self.line {
            s.push_str(&if ja {
                format!(" {l}行目")
            } else {
                format!(", line {l}")
            });
        }
        match (&self.column, self.column_index) {
            (Some(c), Some(i)) => s.push_str(&if ja {
                format!(" {i}列目（{c}）")
            } else {
                format!(", column {i} ({c})")
            }),
            (Some(c), None) => s.push_str(&format!(" ({c})")),
            _ => {}
        }
        s
    }

    /// What is wrong and what was done, in the given language (without the
    /// location: see [`ImportProblem::location`]).
    pub fn message(&self, lang: Lang) -> String {
        let ja = lang == Lang::Ja;
        let what = self.kind.message(lang);
        let done = match (self.severity, self.line.is_some()) {
            (Severity::Warning, _) => "",
            (Severity::Skipped, true) => {
                if ja {
                    "この行は読み込みません。"
                } else {
                    "This row is left out."
                }
            }
            (Severity::Skipped, false) => {
                if ja {
                    "このファイルは読み込みません。"
                } else {
                    "This file is left out."
                }
            }
        };
        if done.is_empty() {
            what
        } else if ja {
            format!("{what}{done}")
        } else {
            format!("{what} {done}")
        }
    }
}

/// How many files were left out whole (each file once, however many
/// reasons it had): the number the roll-up puts at the top of its screen.
pub fn unread_files(problems: &[ImportProblem]) -> usize {
    let mut files: Vec<&str> = problems
        .iter()
        .filter(|p| p.is_unread_file())
        .map(|p| p.file.as_str())
        .collect();
    files.sort_unstable();
    files.dedup();
    files.len()
}

/// How many problems of one kind the import screen lists; the rest are
/// counted ("…and 4,812 more like this"). A CSV of 50,000 rows with one bad
/// column, or a zip of thousands of empty files, would otherwise make a
/// table of 50,000 rows (issue 19).
pub const LISTED_PER_KIND: usize = 100;

/// Problems of one kind not listed: how many, and the first of them as an
/// example.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotListed {
    pub count: usize,
    pub example: ImportProblem,
}

/// The problems to list — the first `per_kind` of each kind, in their order
/// — and, per kind that had more, how many were left out. Kinds are
/// variants (`BadRating` of any value is one kind).
pub fn listed_per_kind(
    problems: &[ImportProblem],
    per_kind: usize,
) -> (Vec<ImportProblem>, Vec<NotListed>) {
    let mut seen: Vec<(std::mem::Discriminant<ProblemKind>, usize)> = Vec::new();
    let mut listed = Vec::new();
    let mut not_listed: Vec<(std::mem::Discriminant<ProblemKind>, NotListed)> = Vec::new();
    for p in problems {
        let kind = std::mem::discriminant(&p.kind);
        let at = match seen.iter().position(|(k, _)| *k == kind) {
            Some(at) => at,
            None => {
                seen.push((kind, 0));
                seen.len() - 1
            }
        };
        seen[at].1 += 1;
        if seen[at].1 <= per_kind {
            listed.push(p.clone());
        } else {
            match not_listed.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, nl)) => nl.count += 1,
                None => not_listed.push((
                    kind,
                    NotListed {
                        count: 1,
                        example: p.clone(),
                    },
                )),
            }
        }
    }
    (listed, not_listed.into_iter().map(|(_, n)| n).collect())
}

impl ProblemKind {
    pub fn message(&self, lang: Lang) -> String {
        use ProblemKind::*;
        let ja = lang == Lang::Ja;
        let pick = |j: String, e: String| if ja { j } else { e };
        match self {
            EmptyFile => pick("ファイルが空です。".into(), "The file is empty.".into()),
            UnknownTable => pick(
                "Mamoriの表として認識できないファイルです。".into(),
                "This file is not a Mamori table.".into(),
            ),
            MissingTable { table } => pick(
                format!("表「{table}」がないため、既定値を使います。"),
                format!("The table \"{table}\" is missing; defaults are used."),
            ),
            Malformed { reason } => pick(
                format!("CSVとして読み取れません（{reason}）。"),
                format!("The CSV cannot be read ({reason})."),
            ),
            Undecodable => pick(
                "文字コードを判別できません（UTF-8またはShift_JISで保存してください）。".into(),
                "The text encoding is not recognised (save as UTF-8 or Shift_JIS).".into(),
            ),
            BadZip(e) => pick(
                format!("ZIPファイルを読み取れません（{}）。", e.message(Lang::Ja)),
                format!("The zip file cannot be read ({}).", e.message(Lang::En)),
            ),
            Truncated => pick(
                "このファイルは途中で切れているようです（ダウンロードやコピーが完了していない可能性があります）。元のファイルをもう一度書き出すか、コピーし直してください。".into(),
                "This file looks cut short (the download or copy may not have finished). Export or copy the original again.".into(),
            ),
            FewerRows { table, expected, found } => pick(
                format!("表「{table}」は{found}行しかありませんが、workbook.csvでは{expected}行として書き出されています。ファイルが途中で切れているか、行が削除されています。"),
                format!("The table \"{table}\" has {found} rows, but workbook.csv says it was written with {expected}: the file was cut short or rows were deleted."),
            ),
            MissingColumn { column } => pick(
                format!("必須の列「{column}」がありません。"),
                format!("The required column \"{column}\" is missing."),
            ),
            MissingOptionalColumn { column } => pick(
                format!("列「{column}」がないため、空として読み込みます。"),
                format!("The column \"{column}\" is missing; it is read as empty."),
            ),
            UnknownColumn { column } => pick(
                format!("不明な列「{column}」は無視します。"),
                format!("The unknown column \"{column}\" is ignored."),
            ),
            DuplicateColumn { column } => pick(
                format!("列「{column}」が二度あります。後の列は無視します。"),
                format!("The column \"{column}\" appears twice; the later one is ignored."),
            ),
            NewerFormat { found, supported } => pick(
                format!("新しい版の形式（{found}、この版は{supported}まで対応）です。新しい列は無視されます。"),
                format!("Written in a newer format ({found}; this version reads up to {supported}); newer columns are ignored."),
            ),
            BadId { value } => pick(
                format!("「{value}」はID（UUID）ではありません。"),
                format!("\"{value}\" is not an id (UUID)."),
            ),
            UnknownCode { kind, value } => {
                let what = crate::domain::kinds::kind_label(kind);
                pick(
                    format!("「{value}」は{}として読み取れません。", what.ja),
                    format!("\"{value}\" is not a valid {}.", what.en),
                )
            }
            BadRating { value } => pick(
                format!("評価値「{value}」は1〜5の整数ではありません。"),
                format!("The rating \"{value}\" is not a whole number from 1 to 5."),
            ),
            BadNumber { value } => pick(
                format!("「{value}」は0以上の整数ではありません。"),
                format!("\"{value}\" is not a whole number of 0 or more."),
            ),
            BadBool { value } => pick(
                format!("「{value}」はtrue/falseではありません。"),
                format!("\"{value}\" is not true or false."),
            ),
            BadDate { value } => pick(
                format!("「{value}」は日付（YYYY-MM-DD）ではありません。"),
                format!("\"{value}\" is not a date (YYYY-MM-DD)."),
            ),
            BadDateTime { value } => pick(
                format!("「{value}」は日時（例: 2025-06-01T09:00:00+09:00）ではありません。"),
                format!("\"{value}\" is not a timestamp (e.g. 2025-06-01T09:00:00+09:00)."),
            ),
            DuplicateId { id } => pick(
                format!("ID {id} が重複しています。"),
                format!("The id {id} occurs more than once."),
            ),
            Dangling { target, id } => pick(
                format!("参照先の{}（{id}）がありません。", target.label().ja),
                format!(
                    "The referenced {} ({id}) is missing.",
                    target.label().en.to_lowercase()
                ),
            ),
            OtherWorkbook { found, expected } => pick(
                format!("別のワークブック（{found}）の行です（このセットは{expected}）。"),
                format!("The row belongs to another workbook ({found}; this set is {expected})."),
            ),
            ExtraCells { count } => pick(
                format!("見出しより{count}個多いセルがあり、無視します。"),
                format!("The row has {count} more cells than the header; they are ignored."),
            ),
            Backup(e) => e.message(lang),
            LoadedTwice { lab, kept } => pick(
                format!("研究室「{lab}」は2回読み込まれました。新しい方のファイル（{kept}）を使います。"),
                format!("The lab \"{lab}\" was loaded twice; the newer file ({kept}) is used."),
            ),
            Invalid(e) => e.message(lang),
        }
    }
}

#[cfg(test)]
mod listing_tests {
    use super::*;

    fn bad_rating(line: u64) -> ImportProblem {
        ImportProblem {
            line: Some(line),
            ..ImportProblem::file(
                "technologies.csv",
                Severity::Skipped,
                ProblemKind::BadRating {
                    value: line.to_string(),
                },
            )
        }
    }

    /// Issue 19: a file of 5,000 bad rows lists 100 of them and counts the
    /// rest, kind by kind, in order.
    #[test]
    fn problems_are_listed_up_to_a_cap_per_kind_and_the_rest_counted() {
        let mut problems: Vec<ImportProblem> = (2..5_002).map(bad_rating).collect();
        problems.insert(
            3,
            ImportProblem::file("x.csv", Severity::Skipped, ProblemKind::EmptyFile),
        );
        let (listed, more) = listed_per_kind(&problems, LISTED_PER_KIND);
        assert_eq!(listed.len(), LISTED_PER_KIND + 1);
        assert_eq!(listed[3].kind, ProblemKind::EmptyFile, "order kept");
        assert_eq!(more.len(), 1);
        assert_eq!(more[0].count, 5_000 - LISTED_PER_KIND);
        assert_eq!(more[0].example.line, Some(2 + LISTED_PER_KIND as u64));
        // Under the cap nothing is cut.
        let (all, none) = listed_per_kind(&problems[..50], LISTED_PER_KIND);
        assert_eq!(all.len(), 50);
        assert!(none.is_empty());
    }
}
