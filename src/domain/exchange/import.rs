//! Import of table sets: raw tables (see `read`) in, workbooks out, every
//! problem reported with its place.
//!
//! Rules, in order:
//! - Tables are read in dependency order (technologies before elements,
//!   scenarios before the countermeasure links…). A row is *skipped* if any
//!   of its cells is invalid (bad id, unknown code, rating outside 1–5, bad
//!   date, empty name…), if its id was already read (first one wins), or if
//!   it refers to a record that is not there — including one skipped
//!   earlier. So the result always validates: no dangling reference.
//! - Rows are grouped by `workbook_id`. [`import_tables`] takes one workbook:
//!   the one in `workbook.csv` (else the most frequent id); rows of other
//!   workbooks are skipped with a problem. [`import_many`] returns one
//!   workbook per id, for the roll-up. Rows with an empty `workbook_id` (or
//!   files without the column) belong to the single workbook being imported.
//! - Missing pieces default: no `workbook.csv` gives a workbook named
//!   "Imported" created `now`, marked with a [`DefaultName`] the shell
//!   turns into a name in the UI language; no round gives one top-tier
//!   round; bad settings give the default settings. Each default is reported.
//! - Derived columns are ignored; scores are recomputed.

use std::collections::{BTreeMap, HashMap, HashSet};

use time::OffsetDateTime;
use uuid::Uuid;

use super::cell;
use super::declared::drop_columns_newer_than_their_file;
use super::default_name::DefaultName;
use super::problem::{ImportProblem, ProblemKind, Severity};
use super::read::{read_table, RawRow, RawTable, TextFile};
use super::schema::Table;
use super::tables::row_counts_in;
use super::FORMAT_VERSION;

#[path = "import_people.rs"]
mod people;
use crate::domain::error::{EntityKind, Field, ValidationError};
use crate::domain::ids::*;
use crate::domain::kinds::*;
use crate::domain::model::*;
use crate::domain::rating::Rating;
use crate::domain::validate::{check_settings, Subject};

pub use super::default_name::IMPORTED_NAME;

// The workshop tables' build phase; a child module so it shares `Row`.
#[path = "import_workshop.rs"]
mod workshop;

/// What an import produced.
#[derive(Clone, Debug, PartialEq)]
pub struct TableImport {
    /// `None` when no file held a usable table.
    pub workbook: Option<Workbook>,
    pub problems: Vec<ImportProblem>,
    /// Data rows read and accepted, over all tables.
    pub rows_imported: usize,
    /// Files read with another separator than a comma (`;` or tab), for the
    /// preview to say so.
    pub separators: Vec<(String, char)>,
    /// Set when the files had no `workbook.csv` row: the workbook carries
    /// the placeholder name until [`TableImport::name_default`] names it.
    pub default_name: Option<DefaultName>,
}

impl TableImport {
    /// Names a workbook imported without `workbook.csv` in the UI language
    /// (「取り込んだワークブック（folder）」); no change otherwise.
    pub fn name_default(&mut self, lang: crate::domain::text::Lang) {
        if let (Some(wb), Some(d)) = (self.workbook.as_mut(), &self.default_name) {
            d.apply(wb, lang);
        }
    }

    /// Merging into `existing`: a set without `workbook.csv` says nothing
    /// about the workbook's name and settings, so it takes `existing`'s
    /// (otherwise "keep newer" replaced them with the defaults the import
    /// filled in). No change for a set with `workbook.csv`.
    pub fn keep_head_of(&mut self, existing: &Workbook) {
        if self.default_name.is_none() {
            return;
        }
        if let Some(wb) = self.workbook.as_mut() {
            wb.name.clone_from(&existing.name);
            wb.organisation.clone_from(&existing.organisation);
            wb.unit.clone_from(&existing.unit);
            wb.assessor.clone_from(&existing.assessor);
            wb.settings = existing.settings;
        }
    }

    /// The rows left out, with the reason: what the preview lists under
    /// "not imported".
    pub fn skipped_rows(&self) -> impl Iterator<Item = &ImportProblem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Skipped && p.line.is_some())
    }

    /// Whether everything was read without any problem worth a look.
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Imports one workbook from table files (see the module doc). `now` and
/// `next_id` are used only for records the files lack (a workbook without
/// `workbook.csv`, a workbook without rounds).
pub fn import_tables(
    files: &[TextFile],
    now: OffsetDateTime,
    next_id: &mut dyn FnMut() -> Uuid,
) -> TableImport {
    let mut problems = Vec::new();
    let tables: Vec<RawTable> = files
        .iter()
        .filter_map(|f| read_table(f, &mut problems))
        .collect();
    drop_columns_newer_than_their_file(&tables, &mut problems);
    if tables.is_empty() {
        return TableImport {
            workbook: None,
            problems,
            rows_imported: 0,
            separators: Vec::new(),
            default_name: None,
        };
    }
    let mut build = TableBuild::new(&tables);
    while !build.is_done() {
        build.step(&tables, &mut problems, now, next_id);
    }
    build.finish(&tables, problems)
}

/// The files of `tables` not read with a comma, and their separator.
pub fn separators(tables: &[RawTable]) -> Vec<(String, char)> {
    tables
        .iter()
        .filter(|t| t.delimiter != b',')
        .map(|t| (t.file.clone(), char::from(t.delimiter)))
        .collect()
}

/// The steps of building one workbook from its tables, in order: each
/// reads the tables of one kind of record (see [`BuildPhase::tables`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuildPhase {
    Head,
    Rounds,
    Technologies,
    Actors,
    Assessments,
    Scenarios,
    Countermeasures,
    Exercises,
    People,
    /// Format 5: workshop rating sessions (`import_workshop.rs`).
    Workshops,
    Validate,
}

impl BuildPhase {
    pub const ALL: [BuildPhase; 11] = [
        BuildPhase::Head,
        BuildPhase::Rounds,
        BuildPhase::Technologies,
        BuildPhase::Actors,
        BuildPhase::Assessments,
        BuildPhase::Scenarios,
        BuildPhase::Countermeasures,
        BuildPhase::Exercises,
        BuildPhase::People,
        BuildPhase::Workshops,
        BuildPhase::Validate,
    ];

    /// The tables this phase reads (for progress: their rows are its work).
    pub fn tables(self) -> &'static [Table] {
        match self {
            BuildPhase::Head => &[Table::Workbook],
            BuildPhase::Rounds => &[Table::Rounds],
            BuildPhase::Technologies => &[Table::Technologies, Table::Elements],
            BuildPhase::Actors => &[Table::Actors],
            BuildPhase::Assessments => &[Table::ThreatAssessments],
            BuildPhase::Scenarios => &[Table::Scenarios],
            BuildPhase::Countermeasures => &[
                Table::Countermeasures,
                Table::CountermeasureScenarios,
                Table::CountermeasureTechnologies,
            ],
            BuildPhase::Exercises => &[
                Table::Exercises,
                Table::ExerciseScenarios,
                Table::ExerciseFollowUps,
                Table::ExerciseWeaknesses,
            ],
            BuildPhase::People => &[Table::People, Table::Access],
            BuildPhase::Workshops => &[
                Table::Workshops,
                Table::WorkshopParticipants,
                Table::WorkshopItems,
                Table::WorkshopPasses,
                Table::WorkshopRatings,
            ],
            BuildPhase::Validate => &[],
        }
    }
}

/// A single import ([`import_tables`]) after the tables are read, one
/// [`BuildPhase`] per step, so the shell can yield between them.
pub struct TableBuild {
    main: Option<String>,
    next: usize,
    workbook: Option<Workbook>,
    accepted: usize,
    /// The head phase found no `workbook.csv` row.
    defaulted: bool,
}

impl TableBuild {
    pub fn new(tables: &[RawTable]) -> Self {
        TableBuild {
            main: main_workbook_id(tables),
            next: 0,
            workbook: None,
            accepted: 0,
            defaulted: false,
        }
    }

    /// The phase the next step runs; `None` when done.
    pub fn next_phase(&self) -> Option<BuildPhase> {
        BuildPhase::ALL.get(self.next).copied()
    }

    pub fn is_done(&self) -> bool {
        self.next_phase().is_none()
    }

    /// Runs the next phase over `tables` (the same ones each time).
    pub fn step(
        &mut self,
        tables: &[RawTable],
        problems: &mut Vec<ImportProblem>,
        now: OffsetDateTime,
        next_id: &mut dyn FnMut() -> Uuid,
    ) {
        let Some(phase) = self.next_phase() else {
            return;
        };
        self.next += 1;
        let mut b = Builder::new(tables, self.main.as_deref(), true, problems);
        match (phase, self.workbook.as_mut()) {
            (BuildPhase::Head, _) => {
                self.workbook = Some(b.workbook_head(now, next_id));
                self.defaulted = b.defaulted;
            }
            (_, Some(wb)) => b.build_phase(phase, wb, next_id),
            // The head phase always makes a workbook.
            (_, None) => {}
        }
        self.accepted += b.accepted;
    }

    /// The import of `tables`, with `problems` (those of reading, then of
    /// the phases).
    pub fn finish(self, tables: &[RawTable], problems: Vec<ImportProblem>) -> TableImport {
        TableImport {
            workbook: self.workbook,
            problems,
            rows_imported: self.accepted,
            separators: separators(tables),
            default_name: self
                .defaulted
                .then(|| DefaultName::from_file(tables.first().map_or("", |t| &t.file))),
        }
    }
}

/// Imports every workbook found in the files, one per `workbook_id` (for the
/// roll-up of many labs' exports). Rows without a workbook id are reported
/// and left out, since they cannot be attributed to a lab.
pub fn import_many(
    files: &[TextFile],
    now: OffsetDateTime,
    next_id: &mut dyn FnMut() -> Uuid,
) -> (Vec<Workbook>, Vec<ImportProblem>) {
    let mut problems = Vec::new();
    let tables: Vec<RawTable> = files
        .iter()
        .filter_map(|f| read_table(f, &mut problems))
        .collect();
    drop_columns_newer_than_their_file(&tables, &mut problems);
    let ids = lab_ids(&tables, &mut problems);
    let out = ids
        .iter()
        .map(|id| build_lab(&tables, id, now, next_id, &mut problems).0)
        .collect();
    (out, problems)
}

/// The workbook ids of a roll-up's tables in order of first appearance (so
/// the labs keep the order given); rows without one are reported.
pub fn lab_ids(tables: &[RawTable], problems: &mut Vec<ImportProblem>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let mut seen = HashSet::new();
    for t in tables {
        for r in &t.rows {
            let id = t.cell(r, "workbook_id").trim();
            if id.is_empty() {
                problems.push(ImportProblem {
                    line: Some(r.line),
                    column: Some("workbook_id".into()),
                    column_index: t.column_position("workbook_id"),
                    ..ImportProblem::file(
                        &t.file,
                        Severity::Skipped,
                        ProblemKind::BadId {
                            value: String::new(),
                        },
                    )
                });
            } else if seen.insert(id.to_owned()) {
                ids.push(id.to_owned());
            }
        }
    }
    ids
}

/// One lab's workbook out of a roll-up's tables, and whether it was named
/// by default (no `workbook.csv` row of its id).
pub fn build_lab(
    tables: &[RawTable],
    id: &str,
    now: OffsetDateTime,
    next_id: &mut dyn FnMut() -> Uuid,
    problems: &mut Vec<ImportProblem>,
) -> (Workbook, bool) {
    let mut b = Builder::new(tables, Some(id), false, problems);
    let wb = b.build(now, next_id);
    (wb, b.defaulted)
}

/// The workbook a single import takes: the first row of `workbook.csv`,
/// else the most frequent id (ties: the first seen).
fn main_workbook_id(tables: &[RawTable]) -> Option<String> {
    for t in tables.iter().filter(|t| t.table == Table::Workbook) {
        if let Some(r) = t.rows.first() {
            let id = t.cell(r, "workbook_id").trim();
            if !id.is_empty() {
                return Some(id.to_owned());
            }
        }
    }
    let mut counts: Vec<(String, usize)> = Vec::new();
    for t in tables {
        for r in &t.rows {
            let id = t.cell(r, "workbook_id").trim();
            if id.is_empty() {
                continue;
            }
            match counts.iter_mut().find(|(k, _)| k == id) {
                Some((_, n)) => *n += 1,
                None => counts.push((id.to_owned(), 1)),
            }
        }
    }
    let max = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == max).map(|(k, _)| k)
}

/// Builds one workbook from the rows of one workbook id.
struct Builder<'a> {
    tables: &'a [RawTable],
    /// The workbook id whose rows are taken; `None` = all rows.
    only: Option<&'a str>,
    /// Single import: rows of other workbooks are reported. Roll-up: they
    /// belong to another lab and are read in its own pass.
    report_others: bool,
    /// Rows without an id belong to this set only in a single import.
    take_blank: bool,
    problems: &'a mut Vec<ImportProblem>,
    accepted: usize,
    /// No `workbook.csv` row: the workbook got the placeholder name.
    defaulted: bool,
}

/// The cell reader of one row: each bad cell adds a problem and marks the
/// row bad, so every problem of the row is reported before it is skipped.
struct Row<'r> {
    t: &'r RawTable,
    r: &'r RawRow,
    problems: Vec<ImportProblem>,
}

impl<'r> Row<'r> {
    fn raw(&self, col: &str) -> &'r str {
        self.t.cell(self.r, col)
    }

    fn problem(&mut self, col: &str, kind: ProblemKind) {
        self.problems.push(ImportProblem {
            file: self.t.file.clone(),
            line: Some(self.r.line),
            column: Some(col.to_owned()),
            column_index: self.t.column_position(col),
            severity: Severity::Skipped,
            kind,
        });
    }

    fn ok(&self) -> bool {
        self.problems.is_empty()
    }

    /// A required id.
    fn id<T: From<Uuid>>(&mut self, col: &str) -> Option<T> {
        let v = self.raw(col).trim();
        match Uuid::parse_str(v) {
            Ok(u) => Some(T::from(u)),
            Err(_) => {
                self.problem(
                    col,
                    ProblemKind::BadId {
                        value: v.to_owned(),
                    },
                );
                None
            }
        }
    }

    /// An optional id: empty = none.
    fn opt_id<T: From<Uuid>>(&mut self, col: &str) -> Option<T> {
        if self.raw(col).trim().is_empty() {
            None
        } else {
            self.id(col)
        }
    }

    fn text(&self, col: &str) -> String {
        cell::text_in(self.raw(col)).to_owned()
    }

    fn opt_text(&self, col: &str) -> Option<String> {
        Some(self.text(col)).filter(|s| !s.is_empty())
    }

    fn list(&self, col: &str) -> Vec<String> {
        cell::list_in(self.raw(col))
    }

    /// A code; empty gives `default` (or a problem when there is none).
    fn code<T: Coded>(&mut self, col: &str, default: Option<T>) -> Option<T> {
        let v = self.raw(col).trim();
        if v.is_empty() {
            if default.is_none() {
                self.problem(
                    col,
                    ProblemKind::UnknownCode {
                        kind: kind_name::<T>(),
                        value: String::new(),
                    },
                );
            }
            return default;
        }
        match T::from_code(v) {
            Ok(c) => Some(c),
            Err(e) => {
                self.problem(
                    col,
                    ProblemKind::UnknownCode {
                        kind: e.kind,
                        value: v.to_owned(),
                    },
                );
                default
            }
        }
    }

    /// An optional code: empty = none.
    fn opt_code<T: Coded>(&mut self, col: &str) -> Option<T> {
        if self.raw(col).trim().is_empty() {
            None
        } else {
            self.code(col, None)
        }
    }

    fn rating(&mut self, col: &str) -> Option<Rating> {
        let v = self.raw(col).trim();
        if v.is_empty() {
            return None;
        }
        // Excel may write back "3.0"; accept integral decimals.
        let n = v
            .parse::<u8>()
            .ok()
            .or_else(|| v.strip_suffix(".0").and_then(|x| x.parse().ok()));
        match n.and_then(|n| Rating::new(n).ok()) {
            Some(r) => Some(r),
            None => {
                self.problem(
                    col,
                    ProblemKind::BadRating {
                        value: v.to_owned(),
                    },
                );
                None
            }
        }
    }

    fn count(&mut self, col: &str) -> Option<u32> {
        let v = self.raw(col).trim();
        if v.is_empty() {
            return None;
        }
        match v.parse::<u32>() {
            Ok(n) => Some(n),
            Err(_) => {
                self.problem(
                    col,
                    ProblemKind::BadNumber {
                        value: v.to_owned(),
                    },
                );
                None
            }
        }
    }

    fn boolean(&mut self, col: &str) -> Option<bool> {
        let v = self.raw(col);
        match cell::bool_in(v) {
            Some(b) => b,
            None => {
                self.problem(
                    col,
                    ProblemKind::BadBool {
                        value: v.to_owned(),
                    },
                );
                None
            }
        }
    }

    fn date(&mut self, col: &str) -> Option<time::Date> {
        let v = self.raw(col);
        match cell::date_in(v) {
            Some(d) => d,
            None => {
                self.problem(
                    col,
                    ProblemKind::BadDate {
                        value: v.to_owned(),
                    },
                );
                None
            }
        }
    }

    fn datetime(&mut self, col: &str) -> Option<OffsetDateTime> {
        let v = self.raw(col);
        if v.trim().is_empty() {
            return None;
        }
        let d = cell::datetime_in(v);
        if d.is_none() {
            self.problem(
                col,
                ProblemKind::BadDateTime {
                    value: v.to_owned(),
                },
            );
        }
        d
    }

    /// Runs a field rule of the workbook (name required, length…).
    fn check<T>(&mut self, col: &str, r: Result<T, ValidationError>) {
        if let Err(e) = r {
            self.problem(col, ProblemKind::Invalid(e));
        }
    }

    /// A reference that must resolve to an accepted record.
    fn must_exist<T: Eq + std::hash::Hash + ToString>(
        &mut self,
        col: &str,
        target: EntityKind,
        id: Option<&T>,
        known: &HashSet<T>,
    ) {
        if let Some(id) = id {
            if !known.contains(id) {
                self.problem(
                    col,
                    ProblemKind::Dangling {
                        target,
                        id: id.to_string(),
                    },
                );
            }
        }
    }

    /// Marks the row a duplicate of an earlier one.
    fn duplicate(&mut self, col: &str, id: String) {
        self.problem(col, ProblemKind::DuplicateId { id });
    }
}

fn kind_name<T: Coded>() -> &'static str {
    // Every `Coded` type reports its kind in its UnknownCode error.
    T::from_code("\u{0}").err().map_or("code", |e| e.kind)
}

impl<'a> Builder<'a> {
    fn new(
        tables: &'a [RawTable],
        only: Option<&'a str>,
        single: bool,
        problems: &'a mut Vec<ImportProblem>,
    ) -> Self {
        Builder {
            tables,
            only,
            report_others: single,
            take_blank: single,
            problems,
            accepted: 0,
            defaulted: false,
        }
    }

    /// Calls `f` for each row of `table` belonging to this workbook, and
    /// keeps the row's problems; `f` returns whether it accepted the row.
    fn each<F>(&mut self, table: Table, mut f: F)
    where
        F: FnMut(&mut Row<'a>) -> bool,
    {
        let tables = self.tables;
        for t in tables.iter().filter(|t| t.table == table) {
            for r in &t.rows {
                let wid = t.cell(r, "workbook_id").trim();
                if !self.belongs(t, r) {
                    if self.report_others && !wid.is_empty() {
                        self.problems.push(ImportProblem {
                            line: Some(r.line),
                            column: Some("workbook_id".into()),
                            column_index: t.column_position("workbook_id"),
                            ..ImportProblem::file(
                                &t.file,
                                Severity::Skipped,
                                ProblemKind::OtherWorkbook {
                                    found: wid.to_owned(),
                                    expected: self.only.unwrap_or_default().to_owned(),
                                },
                            )
                        });
                    }
                    continue;
                }
                let mut row = Row {
                    t,
                    r,
                    problems: Vec::new(),
                };
                if f(&mut row) {
                    self.accepted += 1;
                }
                self.problems.append(&mut row.problems);
            }
        }
    }

    /// Whether a row is this workbook's (by its `workbook_id` cell).
    fn belongs(&self, t: &RawTable, r: &RawRow) -> bool {
        let wid = t.cell(r, "workbook_id").trim();
        match self.only {
            None => true,
            Some(_) if wid.is_empty() => self.take_blank,
            Some(only) => wid == only,
        }
    }

    /// Each table has at least the rows `workbook.csv` says the set was
    /// written with (its `table_rows` cell, format 2). Fewer means a file
    /// was cut at a line end — which no other rule can see — or rows were
    /// deleted by hand: said, never silent.
    fn check_row_counts(&mut self) {
        let tables = self.tables;
        let declared = tables
            .iter()
            .filter(|t| t.table == Table::Workbook)
            .find_map(|t| {
                let r = t.rows.iter().find(|r| self.belongs(t, r))?;
                Some(row_counts_in(t.cell(r, "table_rows")))
            });
        for (table, expected) in declared.unwrap_or_default() {
            let found: usize = tables
                .iter()
                .filter(|t| t.table == table)
                .map(|t| t.rows.iter().filter(|r| self.belongs(t, r)).count())
                .sum();
            if found < expected {
                let file = tables
                    .iter()
                    .find(|t| t.table == table)
                    .map_or_else(|| format!("{}.csv", table.name()), |t| t.file.clone());
                self.warn(
                    &file,
                    ProblemKind::FewerRows {
                        table: table.name(),
                        expected,
                        found,
                    },
                );
            }
        }
    }

    fn warn(&mut self, file: &str, kind: ProblemKind) {
        self.problems
            .push(ImportProblem::file(file, Severity::Warning, kind));
    }

    fn build(&mut self, now: OffsetDateTime, next_id: &mut dyn FnMut() -> Uuid) -> Workbook {
        let mut wb = self.workbook_head(now, next_id);
        // Every phase after the head, in order.
        for phase in BuildPhase::ALL.into_iter().skip(1) {
            self.build_phase(phase, &mut wb, next_id);
        }
        wb
    }

    /// One phase of [`Builder::build`] after the head.
    fn build_phase(
        &mut self,
        phase: BuildPhase,
        wb: &mut Workbook,
        next_id: &mut dyn FnMut() -> Uuid,
    ) {
        match phase {
            BuildPhase::Head => {}
            BuildPhase::Rounds => self.rounds(wb, next_id),
            BuildPhase::Technologies => self.technologies(wb),
            BuildPhase::Actors => self.actors(wb),
            BuildPhase::Assessments => self.assessments(wb),
            BuildPhase::Scenarios => self.scenarios(wb),
            BuildPhase::Countermeasures => self.countermeasures(wb),
            BuildPhase::Exercises => self.exercises(wb),
            BuildPhase::People => self.people(wb),
            BuildPhase::Workshops => self.workshops(wb),
            BuildPhase::Validate => {
                self.check_row_counts();
                // Every rule was applied row by row above, so this finds
                // nothing; if a rule were ever missed, the user hears of it
                // here rather than through a workbook that fails later.
                for e in wb.validate() {
                    self.warn("", ProblemKind::Invalid(e));
                }
            }
        }
    }

    fn workbook_head(
        &mut self,
        now: OffsetDateTime,
        next_id: &mut dyn FnMut() -> Uuid,
    ) -> Workbook {
        let fallback_id = self
            .only
            .and_then(|s| Uuid::parse_str(s).ok())
            .map(WorkbookId::new);
        let mut head: Option<Workbook> = None;
        let mut seen_row = false;
        self.each(Table::Workbook, |row| {
            if seen_row {
                // One workbook per set: further rows of the same id repeat it.
                let id = row.raw("workbook_id").to_owned();
                row.duplicate("workbook_id", id);
                return false;
            }
            seen_row = true;
            let id: Option<WorkbookId> = row.id("workbook_id");
            let version = row.count("format_version");
            let s = Subject::new(EntityKind::Workbook, row.raw("workbook_id"));
            let name = row.text("name");
            row.check("name", s.name(Field::Name, &name));
            for (c, f) in [
                ("organisation", Field::Organisation),
                ("unit", Field::Unit),
                ("assessor", Field::Assessor),
            ] {
                let v = row.text(c);
                row.check(c, s.short_text(f, &v));
            }
            let created = row.datetime("created_at");
            if created.is_none() && row.raw("created_at").trim().is_empty() {
                row.problem(
                    "created_at",
                    ProblemKind::BadDateTime {
                        value: String::new(),
                    },
                );
            }
            let updated = row.datetime("updated_at");
            let mut settings = Settings::default();
            let ints = [
                "weight_market_importance",
                "weight_national_strategy",
                "weight_substitutability",
                "weight_leak_impact",
                "top_share_percent",
                "middle_share_percent",
                "chokepoint_threshold",
            ]
            .map(|c| (c, row.raw(c).trim().to_owned()));
            let mut setting_problems = Vec::new();
            let mut vals = [0u8; 7];
            let defaults = {
                let d = Settings::default();
                [
                    d.weights.market_importance,
                    d.weights.national_strategy,
                    d.weights.substitutability,
                    d.weights.leak_impact,
                    d.top_share_percent,
                    d.middle_share_percent,
                    d.chokepoint_threshold,
                ]
            };
            for (i, (c, v)) in ints.iter().enumerate() {
                vals[i] = if v.is_empty() {
                    defaults[i]
                } else {
                    match v.parse::<u8>() {
                        Ok(n) => n,
                        Err(_) => {
                            setting_problems.push((*c, v.clone()));
                            defaults[i]
                        }
                    }
                };
            }
            settings.weights = CriticalityWeights {
                market_importance: vals[0],
                national_strategy: vals[1],
                substitutability: vals[2],
                leak_impact: vals[3],
            };
            settings.top_share_percent = vals[4];
            settings.middle_share_percent = vals[5];
            settings.chokepoint_threshold = vals[6];
            for (c, slot) in [
                (
                    "declaration_period_days",
                    &mut settings.declaration_period_days,
                ),
                (
                    "disclosure_period_days",
                    &mut settings.disclosure_period_days,
                ),
            ] {
                let v = row.raw(c).trim();
                if !v.is_empty() {
                    match v.parse::<u16>() {
                        Ok(n) => *slot = n,
                        Err(_) => setting_problems.push((c, v.to_owned())),
                    }
                }
            }
            let settings_errors = check_settings(&settings);
            if !row.ok() {
                return false;
            }
            // Settings problems do not lose the workbook: defaults instead.
            for (c, v) in setting_problems {
                let mut p = ImportProblem {
                    file: row.t.file.clone(),
                    line: Some(row.r.line),
                    column: Some(c.to_owned()),
                    column_index: row.t.column_position(c),
                    severity: Severity::Warning,
                    kind: ProblemKind::BadNumber { value: v },
                };
                p.severity = Severity::Warning;
                row.problems.push(p);
            }
            if !settings_errors.is_empty() {
                for e in settings_errors {
                    row.problems.push(ImportProblem {
                        file: row.t.file.clone(),
                        line: Some(row.r.line),
                        column: None,
                        column_index: None,
                        severity: Severity::Warning,
                        kind: ProblemKind::Invalid(e),
                    });
                }
                settings = Settings::default();
            }
            if let Some(v) = version {
                if v > FORMAT_VERSION {
                    row.problems.push(ImportProblem {
                        file: row.t.file.clone(),
                        line: Some(row.r.line),
                        column: Some("format_version".into()),
                        column_index: row.t.column_position("format_version"),
                        severity: Severity::Warning,
                        kind: ProblemKind::NewerFormat {
                            found: v,
                            supported: FORMAT_VERSION,
                        },
                    });
                }
            }
            let (Some(id), Some(created)) = (id, created) else {
                return false;
            };
            let mut updated = updated.unwrap_or(created);
            if updated < created {
                updated = created;
            }
            let mut wb = Workbook::new(id, name, RoundId::new(Uuid::nil()), created);
            wb.rounds.clear();
            wb.organisation = row.text("organisation");
            wb.unit = row.text("unit");
            wb.assessor = row.text("assessor");
            wb.updated_at = updated;
            wb.settings = settings;
            head = Some(wb);
            true
        });
        match head {
            Some(wb) => wb,
            None => {
                match self.tables.iter().find(|t| t.table == Table::Workbook) {
                    None => self.warn(
                        "workbook.csv",
                        ProblemKind::MissingTable { table: "workbook" },
                    ),
                    // A workbook.csv without its row (cut after the header):
                    // the set's name and settings are lost, so it is said.
                    Some(t) if !t.rows.iter().any(|r| self.belongs(t, r)) => {
                        let file = t.file.clone();
                        self.warn(
                            &file,
                            ProblemKind::FewerRows {
                                table: "workbook",
                                expected: 1,
                                found: 0,
                            },
                        );
                    }
                    Some(_) => {}
                }
                let id = fallback_id.unwrap_or_else(|| WorkbookId::new(next_id()));
                self.defaulted = true;
                let mut wb = Workbook::new(id, IMPORTED_NAME, RoundId::new(Uuid::nil()), now);
                wb.rounds.clear();
                wb
            }
        }
    }

    fn rounds(&mut self, wb: &mut Workbook, next_id: &mut dyn FnMut() -> Uuid) {
        let mut rounds: Vec<Round> = Vec::new();
        let mut ids = HashSet::new();
        self.each(Table::Rounds, |row| {
            let id: Option<RoundId> = row.id("round_id");
            let number = row.count("number");
            let scope = row.code("scope", None);
            let started = row.datetime("started_at");
            if started.is_none() && row.raw("started_at").trim().is_empty() {
                row.problem(
                    "started_at",
                    ProblemKind::BadDateTime {
                        value: String::new(),
                    },
                );
            }
            let notes = row.text("notes");
            row.check(
                "notes",
                Subject::new(EntityKind::Round, "").text(Field::Notes, &notes),
            );
            if let Some(id) = id {
                if ids.contains(&id) {
                    row.duplicate("round_id", id.to_string());
                }
            }
            let (Some(id), Some(number), Some(scope), Some(started_at), true) =
                (id, number, scope, started, row.ok())
            else {
                return false;
            };
            ids.insert(id);
            rounds.push(Round {
                id,
                number,
                scope,
                started_at,
                notes,
            });
            true
        });
        // Rounds are numbered 1, 2, 3… by their order: sort by the number
        // given, then renumber, reporting any gap.
        rounds.sort_by_key(|r| r.number);
        for (i, r) in rounds.iter_mut().enumerate() {
            let expected = u32::try_from(i).unwrap_or(u32::MAX).saturating_add(1);
            if r.number != expected {
                let e = ValidationError::RoundNumber {
                    id: r.id.to_string(),
                    number: r.number,
                    expected,
                };
                self.warn("rounds.csv", ProblemKind::Invalid(e));
                r.number = expected;
            }
        }
        if rounds.is_empty() {
            self.warn("rounds.csv", ProblemKind::Invalid(ValidationError::NoRound));
            rounds.push(Round {
                id: RoundId::new(next_id()),
                number: 1,
                scope: RoundScope::TopTier,
                started_at: wb.created_at,
                notes: String::new(),
            });
        }
        wb.rounds = rounds;
    }

    fn technologies(&mut self, wb: &mut Workbook) {
        let mut ids = HashSet::new();
        let mut techs = Vec::new();
        self.each(Table::Technologies, |row| {
            let id: Option<TechnologyId> = row.id("technology_id");
            let mut t = Technology::new(
                id.unwrap_or(TechnologyId::new(Uuid::nil())),
                row.text("name"),
                row.code("category", None).unwrap_or(TechCategory::Other),
            );
            t.description = row.text("description");
            t.owner_unit = row.text("owner_unit");
            t.storage_locations = row.list("storage_locations");
            t.management = row.text("management");
            t.access = Access {
                internal_count: row.count("access_internal_count"),
                external_parties: row.boolean("access_external_parties"),
                notes: row.text("access_notes"),
            };
            // `key_persons` is read in the people phase (older sets only).
            t.classification = Classification {
                result: row
                    .code("export_control", Some(ExportControl::NotJudged))
                    .unwrap_or(ExportControl::NotJudged),
                list_item: row.text("export_list_item"),
                basis: row.text("export_basis"),
                judged_on: row.date("export_judged_on"),
                judged_by: row.text("export_judged_by"),
                catch_all: row.boolean("export_catch_all"),
                exception: row.opt_code("export_exception"),
                exception_ground: row.text("export_exception_ground"),
            };
            t.trade_secret = TradeSecretChecklist {
                marked: row.boolean("secret_marked"),
                access_restricted: row.boolean("secret_access_restricted"),
                in_register: row.boolean("secret_in_register"),
                secrecy_note: row.text("secret_note"),
                useful: row.boolean("secret_useful"),
                usefulness_note: row.text("secret_usefulness_note"),
                not_published: row.boolean("secret_not_published"),
                nda_only: row.boolean("secret_nda_only"),
                non_public_note: row.text("secret_non_public_note"),
            };
            t.market_importance = row.rating("market_importance");
            t.national_strategy = row.rating("national_strategy");
            t.substitutability = row.rating("substitutability");
            t.leak_impact = row.rating("leak_impact");
            t.notes = row.text("notes");
            for e in crate::domain::validate::check_technology(&t) {
                let col = e.field().map_or("name", field_column);
                row.problem(col, ProblemKind::Invalid(e));
            }
            if let Some(id) = id {
                if ids.contains(&id) {
                    row.duplicate("technology_id", id.to_string());
                }
            }
            if id.is_none() || !row.ok() {
                return false;
            }
            ids.insert(t.id);
            techs.push(t);
            true
        });
        wb.technologies = techs;

        let mut element_ids = HashSet::new();
        let index: HashMap<TechnologyId, usize> = wb
            .technologies
            .iter()
            .enumerate()
            .map(|(i, t)| (t.id, i))
            .collect();
        let mut elements: Vec<(usize, ChokepointElement)> = Vec::new();
        self.each(Table::Elements, |row| {
            let id: Option<ElementId> = row.id("element_id");
            let tech: Option<TechnologyId> = row.id("technology_id");
            let kind = row.code("kind", None);
            let name = row.text("name");
            let s = Subject::new(EntityKind::Element, row.raw("element_id"));
            row.check("name", s.name(Field::Name, &name));
            let mut e = ChokepointElement::new(
                id.unwrap_or(ElementId::new(Uuid::nil())),
                kind.unwrap_or(ElementKind::Materials),
                name,
            );
            e.dependency = row.rating("dependency");
            e.substitutability = row.rating("substitutability");
            e.supply_disruption = row.rating("supply_disruption");
            e.notes = row.text("notes");
            row.check("notes", s.text(Field::Notes, &e.notes));
            let at = tech.and_then(|t| index.get(&t).copied());
            if let (Some(t), None) = (tech, at) {
                row.problem(
                    "technology_id",
                    ProblemKind::Dangling {
                        target: EntityKind::Technology,
                        id: t.to_string(),
                    },
                );
            }
            if let Some(id) = id {
                if element_ids.contains(&id) {
                    row.duplicate("element_id", id.to_string());
                }
            }
            let (Some(_), Some(at), true) = (id, at, row.ok()) else {
                return false;
            };
            element_ids.insert(e.id);
            elements.push((at, e));
            true
        });
        for (at, e) in elements {
            if let Some(t) = wb.technologies.get_mut(at) {
                t.elements.push(e);
            }
        }
    }

    fn actors(&mut self, wb: &mut Workbook) {
        let mut ids = HashSet::new();
        let mut out = Vec::new();
        self.each(Table::Actors, |row| {
            let id: Option<ActorId> = row.id("actor_id");
            let kind = row.code("kind", None);
            let s = Subject::new(EntityKind::Actor, row.raw("actor_id"));
            let mut a = ThreatActor::new(
                id.unwrap_or(ActorId::new(Uuid::nil())),
                row.text("name"),
                kind.unwrap_or(ActorKind::Other),
            );
            a.catalog_id = row.opt_text("catalog_id");
            a.description = row.text("description");
            a.motive = row.text("motive");
            a.methods = row.text("methods");
            a.default_capability = row.rating("default_capability");
            a.notes = row.text("notes");
            row.check("name", s.name(Field::Name, &a.name));
            row.check(
                "catalog_id",
                s.short_text(
                    Field::CatalogId,
                    a.catalog_id.as_deref().unwrap_or_default(),
                ),
            );
            for (c, f, v) in [
                ("description", Field::Description, &a.description),
                ("motive", Field::Motive, &a.motive),
                ("methods", Field::Methods, &a.methods),
                ("notes", Field::Notes, &a.notes),
            ] {
                row.check(c, s.text(f, v));
            }
            dup(row, &ids, id, "actor_id");
            if id.is_none() || !row.ok() {
                return false;
            }
            ids.insert(a.id);
            out.push(a);
            true
        });
        wb.actors = out;
    }

    fn assessments(&mut self, wb: &mut Workbook) {
        let techs: HashSet<TechnologyId> = wb.technologies.iter().map(|t| t.id).collect();
        let actors: HashSet<ActorId> = wb.actors.iter().map(|a| a.id).collect();
        let mut ids = HashSet::new();
        let mut pairs = HashSet::new();
        let mut out = Vec::new();
        self.each(Table::ThreatAssessments, |row| {
            let id: Option<AssessmentId> = row.id("assessment_id");
            let actor: Option<ActorId> = row.id("actor_id");
            let tech: Option<TechnologyId> = row.id("technology_id");
            row.must_exist("actor_id", EntityKind::Actor, actor.as_ref(), &actors);
            row.must_exist(
                "technology_id",
                EntityKind::Technology,
                tech.as_ref(),
                &techs,
            );
            let s = Subject::new(EntityKind::Assessment, row.raw("assessment_id"));
            let (Some(aid), Some(tid)) = (actor, tech) else {
                return false;
            };
            let mut a =
                ThreatAssessment::new(id.unwrap_or(AssessmentId::new(Uuid::nil())), aid, tid);
            a.intent = row.rating("intent");
            a.capability = row.rating("capability");
            a.opportunity = row.rating("opportunity");
            a.intent_evidence.in_policy_lists = row.boolean("in_policy_lists");
            a.intent_evidence.patent_activity = row.boolean("patent_activity");
            a.intent_evidence.notes = row.text("intent_evidence");
            a.capability_evidence = row.text("capability_evidence");
            a.opportunity_evidence = row.text("opportunity_evidence");
            for (c, v) in [
                ("intent_evidence", &a.intent_evidence.notes),
                ("capability_evidence", &a.capability_evidence),
                ("opportunity_evidence", &a.opportunity_evidence),
            ] {
                row.check(c, s.text(Field::Evidence, v));
            }
            dup(row, &ids, id, "assessment_id");
            if pairs.contains(&(aid, tid)) {
                row.duplicate("actor_id", format!("{aid} × {tid}"));
            }
            if id.is_none() || !row.ok() {
                return false;
            }
            ids.insert(a.id);
            pairs.insert((aid, tid));
            out.push(a);
            true
        });
        wb.assessments = out;
    }

    fn scenarios(&mut self, wb: &mut Workbook) {
        let techs: HashSet<TechnologyId> = wb.technologies.iter().map(|t| t.id).collect();
        let actors: HashSet<ActorId> = wb.actors.iter().map(|a| a.id).collect();
        let mut ids = HashSet::new();
        let mut out = Vec::new();
        self.each(Table::Scenarios, |row| {
            let id: Option<ScenarioId> = row.id("scenario_id");
            let tech: Option<TechnologyId> = row.id("technology_id");
            let actor: Option<ActorId> = row.opt_id("actor_id");
            row.must_exist(
                "technology_id",
                EntityKind::Technology,
                tech.as_ref(),
                &techs,
            );
            row.must_exist("actor_id", EntityKind::Actor, actor.as_ref(), &actors);
            let s = Subject::new(EntityKind::Scenario, row.raw("scenario_id"));
            let mut sc = LeakScenario::new(
                id.unwrap_or(ScenarioId::new(Uuid::nil())),
                tech.unwrap_or(TechnologyId::new(Uuid::nil())),
                row.text("title"),
            );
            sc.actor_id = actor;
            sc.narrative = row.text("narrative");
            sc.pattern_id = row.opt_text("pattern_id");
            sc.group = row.opt_code("pattern_group");
            // Empty = not chosen (format 4; older exports always wrote a code).
            sc.origin = row.opt_code("origin");
            sc.legality = row.opt_code("legality");
            sc.feasibility = row.rating("feasibility");
            sc.impact = row.rating("impact");
            sc.control_effectiveness = row.rating("control_effectiveness");
            sc.trend_relevance = row.rating("trend_relevance");
            sc.status = row
                .code("status", Some(sc.status))
                .unwrap_or(ScenarioStatus::Draft);
            sc.notes = row.text("notes");
            row.check("title", s.name(Field::Title, &sc.title));
            row.check("narrative", s.text(Field::Narrative, &sc.narrative));
            row.check(
                "pattern_id",
                s.short_text(
                    Field::PatternId,
                    sc.pattern_id.as_deref().unwrap_or_default(),
                ),
            );
            row.check("notes", s.text(Field::Notes, &sc.notes));
            dup(row, &ids, id, "scenario_id");
            if id.is_none() || tech.is_none() || !row.ok() {
                return false;
            }
            ids.insert(sc.id);
            out.push(sc);
            true
        });
        wb.scenarios = out;
    }

    fn countermeasures(&mut self, wb: &mut Workbook) {
        let mut ids = HashSet::new();
        let mut out = Vec::new();
        self.each(Table::Countermeasures, |row| {
            let id: Option<CountermeasureId> = row.id("countermeasure_id");
            let category = row.code("category", None);
            let s = Subject::new(EntityKind::Countermeasure, row.raw("countermeasure_id"));
            let mut m = Countermeasure::new(
                id.unwrap_or(CountermeasureId::new(Uuid::nil())),
                row.text("title"),
                category.unwrap_or(CmCategory::Organisational),
            );
            m.catalog_id = row.opt_text("catalog_id");
            m.description = row.text("description");
            m.phase = row
                .code("phase", Some(m.phase))
                .unwrap_or(CmPhase::Operation);
            m.status = row
                .code("status", Some(m.status))
                .unwrap_or(CmStatus::NotStarted);
            m.owner = row.text("owner");
            m.due_date = row.date("due_date");
            m.notes = row.text("notes");
            row.check("title", s.name(Field::Title, &m.title));
            row.check("description", s.text(Field::Description, &m.description));
            row.check(
                "catalog_id",
                s.short_text(
                    Field::CatalogId,
                    m.catalog_id.as_deref().unwrap_or_default(),
                ),
            );
            row.check("owner", s.short_text(Field::Owner, &m.owner));
            row.check("notes", s.text(Field::Notes, &m.notes));
            dup(row, &ids, id, "countermeasure_id");
            if id.is_none() || !row.ok() {
                return false;
            }
            ids.insert(m.id);
            out.push(m);
            true
        });
        wb.countermeasures = out;
        let scenarios: HashSet<ScenarioId> = wb.scenarios.iter().map(|s| s.id).collect();
        let techs: HashSet<TechnologyId> = wb.technologies.iter().map(|t| t.id).collect();
        let index = index_of(wb.countermeasures.iter().map(|m| m.id));
        let links = self.links::<CountermeasureId, ScenarioId>(
            Table::CountermeasureScenarios,
            ("countermeasure_id", EntityKind::Countermeasure, &index),
            ("scenario_id", EntityKind::Scenario, &scenarios),
        );
        for (m, s) in links {
            if let Some(x) = index.get(&m).and_then(|&i| wb.countermeasures.get_mut(i)) {
                x.scenario_ids.push(s);
            }
        }
        let links = self.links::<CountermeasureId, TechnologyId>(
            Table::CountermeasureTechnologies,
            ("countermeasure_id", EntityKind::Countermeasure, &index),
            ("technology_id", EntityKind::Technology, &techs),
        );
        for (m, t) in links {
            if let Some(x) = index.get(&m).and_then(|&i| wb.countermeasures.get_mut(i)) {
                x.technology_ids.push(t);
            }
        }
    }

    fn exercises(&mut self, wb: &mut Workbook) {
        let mut ids = HashSet::new();
        let mut out = Vec::new();
        self.each(Table::Exercises, |row| {
            let id: Option<ExerciseId> = row.id("exercise_id");
            let kind = row.code("kind", None);
            let s = Subject::new(EntityKind::Exercise, row.raw("exercise_id"));
            let mut e = Exercise::new(
                id.unwrap_or(ExerciseId::new(Uuid::nil())),
                kind.unwrap_or(ExerciseKind::Tabletop),
                row.text("title"),
            );
            e.date = row.date("date");
            e.participants = row.list("participants");
            e.objectives = row.text("objectives");
            e.stop_point = row.text("stop_point");
            e.stopped_by = row.text("stopped_by");
            e.detection = row.opt_code("detection");
            e.notes = row.text("notes");
            e.response = row.opt_code("response");
            e.response_notes = row.text("response_notes");
            e.in_the_know = row.list("in_the_know");
            row.check("title", s.name(Field::Title, &e.title));
            for p in &e.participants {
                let r = s.short_text(Field::Participants, p);
                row.check("participants", r);
            }
            for p in &e.in_the_know {
                let r = s.short_text(Field::InTheKnow, p);
                row.check("in_the_know", r);
            }
            for (c, f, v) in [
                ("objectives", Field::Objectives, &e.objectives),
                ("stop_point", Field::StopPoint, &e.stop_point),
                ("stopped_by", Field::StoppedBy, &e.stopped_by),
                ("response_notes", Field::ResponseNotes, &e.response_notes),
                ("notes", Field::Notes, &e.notes),
            ] {
                row.check(c, s.text(f, v));
            }
            dup(row, &ids, id, "exercise_id");
            if id.is_none() || !row.ok() {
                return false;
            }
            ids.insert(e.id);
            out.push(e);
            true
        });
        wb.exercises = out;
        let scenarios: HashSet<ScenarioId> = wb.scenarios.iter().map(|s| s.id).collect();
        let cms: HashSet<CountermeasureId> = wb.countermeasures.iter().map(|m| m.id).collect();
        let index = index_of(wb.exercises.iter().map(|e| e.id));
        for (e, s) in self.links::<ExerciseId, ScenarioId>(
            Table::ExerciseScenarios,
            ("exercise_id", EntityKind::Exercise, &index),
            ("scenario_id", EntityKind::Scenario, &scenarios),
        ) {
            if let Some(x) = index.get(&e).and_then(|&i| wb.exercises.get_mut(i)) {
                x.scenario_ids.push(s);
            }
        }
        for (e, m) in self.links::<ExerciseId, CountermeasureId>(
            Table::ExerciseFollowUps,
            ("exercise_id", EntityKind::Exercise, &index),
            ("countermeasure_id", EntityKind::Countermeasure, &cms),
        ) {
            if let Some(x) = index.get(&e).and_then(|&i| wb.exercises.get_mut(i)) {
                x.follow_up_ids.push(m);
            }
        }
        let exercise_ids: HashSet<ExerciseId> = index.keys().copied().collect();
        let mut weaknesses = Vec::new();
        self.each(Table::ExerciseWeaknesses, |row| {
            let ex: Option<ExerciseId> = row.id("exercise_id");
            let kind = row.code("kind", None);
            let description = row.text("description");
            let s = Subject::new(EntityKind::Exercise, row.raw("exercise_id"));
            row.check("description", s.text(Field::Weaknesses, &description));
            row.must_exist(
                "exercise_id",
                EntityKind::Exercise,
                ex.as_ref(),
                &exercise_ids,
            );
            let (Some(ex), Some(kind), true) = (ex, kind, row.ok()) else {
                return false;
            };
            weaknesses.push((ex, Weakness { kind, description }));
            true
        });
        for (e, w) in weaknesses {
            if let Some(x) = index.get(&e).and_then(|&i| wb.exercises.get_mut(i)) {
                x.weaknesses.push(w);
            }
        }
    }

    /// Reads a link table: both ends must exist, each pair once.
    fn links<A, B>(
        &mut self,
        table: Table,
        from: (&str, EntityKind, &HashMap<A, usize>),
        to: (&str, EntityKind, &HashSet<B>),
    ) -> Vec<(A, B)>
    where
        A: From<Uuid> + Copy + Eq + std::hash::Hash + ToString,
        B: From<Uuid> + Copy + Eq + std::hash::Hash + ToString,
    {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        let from_known: HashSet<A> = from.2.keys().copied().collect();
        self.each(table, |row| {
            let a: Option<A> = row.id(from.0);
            let b: Option<B> = row.id(to.0);
            row.must_exist(from.0, from.1, a.as_ref(), &from_known);
            row.must_exist(to.0, to.1, b.as_ref(), to.2);
            let (Some(a), Some(b)) = (a, b) else {
                return false;
            };
            if seen.contains(&(a, b)) {
                row.duplicate(to.0, b.to_string());
            }
            if !row.ok() {
                return false;
            }
            seen.insert((a, b));
            out.push((a, b));
            true
        });
        out
    }
}

fn dup<T: Eq + std::hash::Hash + ToString + Copy>(
    row: &mut Row<'_>,
    ids: &HashSet<T>,
    id: Option<T>,
    col: &str,
) {
    if let Some(id) = id {
        if ids.contains(&id) {
            row.duplicate(col, id.to_string());
        }
    }
}

fn index_of<T: Eq + std::hash::Hash>(ids: impl Iterator<Item = T>) -> HashMap<T, usize> {
    ids.enumerate().map(|(i, id)| (id, i)).collect()
}

/// The CSV column of a technology field, for locating validation errors.
fn field_column(f: Field) -> &'static str {
    match f {
        Field::Name => "name",
        Field::Description => "description",
        Field::OwnerUnit => "owner_unit",
        Field::StorageLocations => "storage_locations",
        Field::Management => "management",
        Field::AccessNotes => "access_notes",
        Field::KeyPersons => "key_persons",
        Field::ListItem => "export_list_item",
        Field::Basis => "export_basis",
        Field::JudgedBy => "export_judged_by",
        Field::ExceptionGround => "export_exception_ground",
        Field::Notes => "notes",
        _ => "name",
    }
}

/// Problems grouped by file, files in name order (for a compact preview).
pub fn problems_by_file(problems: &[ImportProblem]) -> BTreeMap<&str, Vec<&ImportProblem>> {
    let mut m: BTreeMap<&str, Vec<&ImportProblem>> = BTreeMap::new();
    for p in problems {
        m.entry(p.file.as_str()).or_default().push(p);
    }
    m
}
