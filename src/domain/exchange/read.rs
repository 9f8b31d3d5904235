//! Reading CSV text into raw tables: header mapped by name (any column
//! order), rows as strings with their line numbers, and every problem of the
//! file's shape reported. Cell values are interpreted later, in `import`.
//!
//! Accepts what spreadsheets write back: with or without BOM, CRLF or LF,
//! line breaks inside quoted cells, trailing empty columns, header names in
//! any case with surrounding spaces. Never fails: a file that cannot be read
//! at all gives no table and a problem saying why.
//!
//! A file cut short (half downloaded, a full USB stick) is never read as if
//! whole: an unterminated quoted cell at the end, a last record without a
//! line break, or a row with fewer cells than the header is reported as
//! [`ProblemKind::Truncated`] at its line and that row is left out.

use std::collections::HashMap;

use super::csv_out::BOM;
use super::problem::{ImportProblem, ProblemKind, Severity};
use super::schema::Table;

/// One input file as text (already decoded; see `encoding`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextFile {
    /// The name shown in problems and used to recognise the table.
    pub name: String,
    pub text: String,
}

impl TextFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        TextFile {
            name: name.into(),
            text: text.into(),
        }
    }
}

/// One data row: its line (1-based, where the record starts) and cells.
#[derive(Clone, Debug)]
pub struct RawRow {
    pub line: u64,
    pub cells: Vec<String>,
}

/// A table read from one file, not yet interpreted.
#[derive(Clone, Debug)]
pub struct RawTable {
    pub file: String,
    pub table: Table,
    /// The cell separator the header line showed (`,` `;` or tab).
    pub delimiter: u8,
    /// Column name → position in `cells` (only the format's known columns).
    pub index: HashMap<&'static str, usize>,
    pub rows: Vec<RawRow>,
}

impl RawTable {
    /// The cell of a known column, "" when the column or cell is missing.
    pub fn cell<'a>(&self, row: &'a RawRow, column: &str) -> &'a str {
        self.index
            .get(column)
            .and_then(|&i| row.cells.get(i))
            .map_or("", String::as_str)
    }

    /// 1-based position of a column in the file, for problem locations.
    pub fn column_position(&self, column: &str) -> Option<usize> {
        self.index.get(column).map(|i| i + 1)
    }
}

/// Reads one file. `None` when there is no usable table; problems say why.
pub fn read_table(file: &TextFile, problems: &mut Vec<ImportProblem>) -> Option<RawTable> {
    let mut reader = TableReader::start(file, problems)?;
    while !reader.read_rows(usize::MAX, problems) {}
    Some(reader.finish())
}

/// A table being read a slice of rows at a time (see [`read_table`], which
/// is this in one go), so the shell can keep the page responsive.
pub struct TableReader {
    file: String,
    table: Table,
    delimiter: u8,
    index: HashMap<&'static str, usize>,
    header_len: usize,
    /// Cells a whole row has: up to the last named header column (trailing
    /// empty header columns, as spreadsheets save them, do not count).
    width: usize,
    /// How the text ends, to tell a cut file from a whole one.
    ending: Ending,
    /// The line of the last record read, and whether it became a row (or
    /// was already reported short).
    last: Option<(u64, bool)>,
    /// The last record was already reported as cut short.
    last_reported: bool,
    /// Byte offsets of every `\n`, for line numbers.
    newlines: Vec<usize>,
    records: csv::StringRecordsIntoIter<std::io::Cursor<Vec<u8>>>,
    rows: Vec<RawRow>,
    finished: bool,
}

impl TableReader {
    /// Reads the header; `None` when there is no usable table.
    pub fn start(file: &TextFile, problems: &mut Vec<ImportProblem>) -> Option<TableReader> {
        let text = file.text.strip_prefix(BOM).unwrap_or(&file.text).to_owned();
        if text.trim().is_empty() {
            problems.push(ImportProblem::file(
                &file.name,
                Severity::Skipped,
                ProblemKind::EmptyFile,
            ));
            return None;
        }
        let delimiter = detect_delimiter(&text);
        let rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(std::io::Cursor::new(text.into_bytes()));
        let mut records = rdr.into_records();
        let header: Vec<String> = match records.next() {
            Some(Ok(h)) => h
                .iter()
                .map(|c| c.trim_matches(|ch: char| ch.is_whitespace() || ch == BOM))
                .map(str::to_ascii_lowercase)
                .collect(),
            Some(Err(e)) => {
                problems.push(malformed(&file.name, &e));
                return None;
            }
            None => {
                problems.push(ImportProblem::file(
                    &file.name,
                    Severity::Skipped,
                    ProblemKind::EmptyFile,
                ));
                return None;
            }
        };
        let Some(table) = Table::from_file_name(&file.name).or_else(|| guess_table(&header)) else {
            problems.push(ImportProblem::file(
                &file.name,
                Severity::Skipped,
                ProblemKind::UnknownTable,
            ));
            return None;
        };

        let mut index = HashMap::new();
        let mut header_ok = true;
        for (i, name) in header.iter().enumerate() {
            if name.is_empty() {
                // Trailing empty columns, as spreadsheets save them.
                continue;
            }
            let at = |kind| ImportProblem {
                file: file.name.clone(),
                line: Some(1),
                column: Some(name.clone()),
                column_index: Some(i + 1),
                severity: Severity::Warning,
                kind,
            };
            match table.column(name) {
                Some(col) => {
                    if index.insert(col.name, i).is_some() {
                        // Keep the first one: put it back.
                        index.insert(col.name, index_of(&header, col.name));
                        problems.push(at(ProblemKind::DuplicateColumn {
                            column: name.clone(),
                        }));
                    }
                }
                None => problems.push(at(ProblemKind::UnknownColumn {
                    column: name.clone(),
                })),
            }
        }
        for col in table.columns() {
            if index.contains_key(col.name) || col.derived {
                continue;
            }
            // workbook_id may be left out of hand-made files: rows then belong
            // to the set being imported.
            let (severity, kind) = if col.required && col.name != "workbook_id" {
                header_ok = false;
                (
                    Severity::Skipped,
                    ProblemKind::MissingColumn {
                        column: col.name.to_owned(),
                    },
                )
            } else {
                (
                    Severity::Warning,
                    ProblemKind::MissingOptionalColumn {
                        column: col.name.to_owned(),
                    },
                )
            };
            problems.push(ImportProblem {
                line: Some(1),
                column: Some(col.name.to_owned()),
                ..ImportProblem::file(&file.name, severity, kind)
            });
        }
        if !header_ok {
            problems.push(ImportProblem::file(
                &file.name,
                Severity::Skipped,
                ProblemKind::UnknownTable,
            ));
            return None;
        }

        // csv's own line counter is off by one after CRLF (it counts the LF as
        // the start of the next record), so lines are counted here from bytes.
        let newlines: Vec<usize> = records
            .reader()
            .get_ref()
            .get_ref()
            .iter()
            .enumerate()
            .filter(|&(_, &b)| b == b'\n')
            .map(|(i, _)| i)
            .collect();
        let width = header
            .iter()
            .rposition(|h| !h.is_empty())
            .map_or(0, |i| i + 1);
        let ending = Ending::of(records.reader().get_ref().get_ref(), delimiter);
        Some(TableReader {
            file: file.name.clone(),
            table,
            delimiter,
            index,
            header_len: header.len(),
            width,
            ending,
            last: None,
            last_reported: false,
            newlines,
            records,
            rows: Vec::new(),
            finished: false,
        })
    }

    /// Bytes of the file read so far.
    pub fn bytes_read(&self) -> u64 {
        self.records.reader().position().byte()
    }

    /// The table being read.
    pub fn table(&self) -> Table {
        self.table
    }

    /// Reads up to `max` more records; `true` once the file is read.
    pub fn read_rows(&mut self, max: usize, problems: &mut Vec<ImportProblem>) -> bool {
        let mut n = 0;
        while !self.finished && n < max {
            n += 1;
            match self.records.next() {
                None => {
                    self.finished = true;
                    self.check_last_record(problems);
                }
                Some(Ok(r)) => {
                    let line = r.position().map_or(0, |p| self.line_at(p.byte()));
                    if r.iter().all(|c| c.trim().is_empty()) {
                        // Blank lines and rows of empty cells: nothing to import.
                        self.last = None;
                        continue;
                    }
                    self.last = Some((line, false));
                    if r.len() < self.width {
                        // Fewer cells than the header: cut short, never read
                        // as a row whose missing cells are empty.
                        self.last = Some((line, true));
                        problems.push(truncated(&self.file, line));
                        self.last_reported = true;
                        continue;
                    }
                    let extra = r
                        .iter()
                        .skip(self.header_len)
                        .filter(|c| !c.is_empty())
                        .count();
                    if extra > 0 {
                        problems.push(ImportProblem {
                            line: Some(line),
                            ..ImportProblem::file(
                                &self.file,
                                Severity::Warning,
                                ProblemKind::ExtraCells { count: extra },
                            )
                        });
                    }
                    self.rows.push(RawRow {
                        line,
                        cells: r.iter().map(str::to_owned).collect(),
                    });
                    self.last = Some((line, true));
                    self.last_reported = false;
                }
                Some(Err(e)) => {
                    // A broken quote swallows the rest of the file: stop here
                    // and keep the rows read so far. At the very end of the
                    // file it is a cut, said as such.
                    if self.ending.open_quote {
                        let line = e.position().map_or(0, |p| self.line_at(p.byte()));
                        problems.push(truncated(&self.file, line));
                    } else {
                        problems.push(malformed(&self.file, &e));
                    }
                    self.finished = true;
                }
            }
        }
        self.finished
    }

    /// At the end of the file: a last record that ends without a line break
    /// (while the header has one) or inside a quoted cell was cut; it is
    /// taken back out of the rows and reported.
    fn check_last_record(&mut self, problems: &mut Vec<ImportProblem>) {
        if !self.ending.is_cut() || self.last_reported {
            return;
        }
        let Some((line, is_row)) = self.last else {
            return;
        };
        if is_row && self.rows.last().is_some_and(|r| r.line == line) {
            self.rows.pop();
        }
        problems.push(truncated(&self.file, line));
        self.last_reported = true;
    }

    /// The 1-based line where the record starting at `byte` begins.
    fn line_at(&self, byte: u64) -> u64 {
        let text = self.records.reader().get_ref().get_ref();
        let start = usize::try_from(byte).unwrap_or(usize::MAX);
        let first = text
            .iter()
            .skip(start)
            .position(|&b| b != b'\n' && b != b'\r')
            .map_or(text.len(), |p| start + p);
        1 + self.newlines.partition_point(|&n| n < first) as u64
    }

    /// The table read (all of it once `read_rows` returned `true`).
    pub fn finish(self) -> RawTable {
        RawTable {
            file: self.file,
            table: self.table,
            delimiter: self.delimiter,
            index: self.index,
            rows: self.rows,
        }
    }
}

/// How a file's text ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Ending {
    /// The text ends with a line break (every writer we know ends its last
    /// record with one: Excel, LibreOffice, pandas, this app).
    newline: bool,
    /// The text ends inside a quoted cell (RFC 4180 quote state).
    open_quote: bool,
}

impl Ending {
    fn of(text: &[u8], delimiter: u8) -> Ending {
        // Quote state: a cell that starts with `"` is quoted until a `"`
        // not followed by another `"`; quotes inside unquoted cells are
        // literal.
        let mut quoted = false;
        let mut cell_start = true;
        let mut bytes = text.iter().peekable();
        while let Some(&b) = bytes.next() {
            if quoted {
                if b == b'"' {
                    if bytes.peek() == Some(&&b'"') {
                        bytes.next();
                    } else {
                        quoted = false;
                    }
                }
                continue;
            }
            match b {
                b'"' if cell_start => quoted = true,
                b'\n' | b'\r' => {
                    cell_start = true;
                    continue;
                }
                b if b == delimiter => {
                    cell_start = true;
                    continue;
                }
                _ => {}
            }
            cell_start = false;
        }
        Ending {
            newline: text.ends_with(b"\n") || text.ends_with(b"\r"),
            open_quote: quoted,
        }
    }

    /// Whether the last record was cut: no final line break, or an open
    /// quote.
    fn is_cut(self) -> bool {
        !self.newline || self.open_quote
    }
}

/// The separator of a file, from its header line: European-locale Excel
/// saves "CSV" with `;`, some tools write tabs. The one of `,` `;` tab that
/// occurs most in the first line wins; a tie (or none) is a comma.
pub fn detect_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let count = |c: char| header.chars().filter(|&x| x == c).count();
    let (comma, semicolon, tab) = (count(','), count(';'), count('\t'));
    if semicolon > comma && semicolon >= tab {
        b';'
    } else if tab > comma && tab > semicolon {
        b'\t'
    } else {
        b','
    }
}

fn truncated(file: &str, line: u64) -> ImportProblem {
    ImportProblem {
        line: Some(line),
        ..ImportProblem::file(file, Severity::Skipped, ProblemKind::Truncated)
    }
}

fn index_of(header: &[String], name: &str) -> usize {
    header.iter().position(|h| h == name).unwrap_or(0)
}

fn malformed(file: &str, e: &csv::Error) -> ImportProblem {
    ImportProblem {
        // Approximate (csv's counter, see above); the message names the record too.
        line: e.position().map(csv::Position::line),
        ..ImportProblem::file(
            file,
            Severity::Skipped,
            ProblemKind::Malformed {
                reason: e.to_string(),
            },
        )
    }
}

/// The table whose columns a header fits best, for files renamed by hand:
/// every required column present, most known columns, fewest unknown.
fn guess_table(header: &[String]) -> Option<Table> {
    Table::ALL
        .into_iter()
        .filter(|t| {
            t.columns()
                .iter()
                .filter(|c| c.required && c.name != "workbook_id")
                .all(|c| header.iter().any(|h| h == c.name))
        })
        .max_by_key(|t| {
            let known = header.iter().filter(|h| t.column(h).is_some()).count();
            let unknown = header.len() - known;
            (
                known as i64 - unknown as i64,
                std::cmp::Reverse(t.columns().len()),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str, text: &str) -> (Option<RawTable>, Vec<ImportProblem>) {
        let mut p = Vec::new();
        let t = read_table(&TextFile::new(name, text), &mut p);
        (t, p)
    }

    #[test]
    fn empty_files_are_reported() {
        for text in ["", "\u{feff}", "\n\r\n  "] {
            let (t, p) = read("technologies.csv", text);
            assert!(t.is_none());
            assert_eq!(p[0].kind, ProblemKind::EmptyFile);
        }
    }

    #[test]
    fn any_column_order_case_and_trailing_empty_columns() {
        let (t, p) = read(
            "x.csv",
            "\u{feff} Name ,technology_id,category,,\r\nA,00000000-0000-0000-0000-000000000001,other,,\r\n",
        );
        let t = t.expect("read");
        assert_eq!(t.table, Table::Technologies);
        assert_eq!(t.cell(&t.rows[0], "name"), "A");
        assert_eq!(t.rows[0].line, 2);
        // Only missing optional columns are reported, as warnings.
        assert!(p.iter().all(|p| p.severity == Severity::Warning), "{p:?}");
        assert!(p
            .iter()
            .all(|p| matches!(p.kind, ProblemKind::MissingOptionalColumn { .. })));
    }

    #[test]
    fn unknown_columns_warn_and_missing_required_ones_skip_the_file() {
        let (t, p) = read(
            "actors.csv",
            "workbook_id,actor_id,name,kind,colour\nw,a,n,other,red\n",
        );
        assert!(t.is_some());
        assert!(p.iter().any(|p| p.kind
            == ProblemKind::UnknownColumn {
                column: "colour".into()
            }
            && p.column_index == Some(5)));
        let (t, p) = read("actors.csv", "workbook_id,name\nw,n\n");
        assert!(t.is_none());
        assert!(p.iter().any(|p| p.kind
            == ProblemKind::MissingColumn {
                column: "actor_id".into()
            }));
    }

    /// Issue 13: European-locale Excel saves with semicolons.
    #[test]
    fn semicolon_and_tab_files_are_read_by_their_header() {
        assert_eq!(detect_delimiter("a,b,c\n1;2,3"), b',');
        assert_eq!(detect_delimiter("a;b;c\n"), b';');
        assert_eq!(detect_delimiter("a\tb\tc\n"), b'\t');
        assert_eq!(detect_delimiter("name\n"), b',');
        // A comma inside a header name does not outvote the semicolons.
        assert_eq!(detect_delimiter("a;b;c,d\n"), b';');
        for (sep, text) in [
            (b';', "workbook_id;round_id;number;scope;started_at;notes\nw;\"a;b\";1;top_tier;x;n\n"),
            (b'\t', "workbook_id\tround_id\tnumber\tscope\tstarted_at\tnotes\nw\t\"a;b\"\t1\ttop_tier\tx\tn\n"),
        ] {
            let (t, p) = read("rounds.csv", text);
            let t = t.expect("read");
            assert_eq!(t.delimiter, sep);
            assert_eq!(t.rows.len(), 1, "{p:?}");
            assert_eq!(t.cell(&t.rows[0], "round_id"), "a;b");
            assert!(p.is_empty(), "{p:?}");
        }
    }

    /// Issue 13: a file cut short is said to be, and its last row is not
    /// imported as if whole.
    #[test]
    fn cut_files_report_the_cut_and_drop_the_incomplete_row() {
        let head = "workbook_id,round_id,number,scope,started_at,notes\n";
        let cases = [
            // Unterminated quoted cell at the end.
            (
                format!("{head}w,a,1,top_tier,x,n\nw,b,2,top_tier,y,\"b c"),
                1,
                3,
            ),
            // Last record without a line break while the others have one.
            (
                format!("{head}w,a,1,top_tier,x,n\nw,b,2,top_tier,y,n"),
                1,
                3,
            ),
            // A row with fewer cells than the header.
            (format!("{head}w,a,1\nw,b,2,top_tier,y,n\n"), 1, 2),
        ];
        for (text, rows, line) in cases {
            let (t, p) = read("rounds.csv", &text);
            let t = t.expect("read");
            assert_eq!(t.rows.len(), rows, "{text:?}");
            let cut: Vec<_> = p
                .iter()
                .filter(|p| p.kind == ProblemKind::Truncated)
                .collect();
            assert_eq!(cut.len(), 1, "{text:?}: {p:?}");
            assert_eq!(cut[0].line, Some(line), "{text:?}");
            assert_eq!(cut[0].severity, Severity::Skipped);
            assert!(cut[0]
                .message(crate::domain::text::Lang::Ja)
                .contains("途中で切れて"));
            assert!(cut[0]
                .message(crate::domain::text::Lang::En)
                .contains("cut short"));
        }
        // Whole files, with quoted line breaks and trailing empty header
        // columns, report nothing.
        let (t, p) = read(
            "rounds.csv",
            &format!("{head}w,\"a\nb\",1,top_tier,x,n\r\n"),
        );
        assert_eq!(t.map(|t| t.rows.len()), Some(1));
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn quoted_line_breaks_keep_line_numbers_of_record_starts() {
        let (t, _) = read(
            "rounds.csv",
            "workbook_id,round_id,number,scope,started_at\nw,\"a\nb\",1,top_tier,x\nw,c,2,top_tier,y\n",
        );
        let t = t.expect("read");
        assert_eq!(t.rows[0].cells[1], "a\nb");
        assert_eq!(t.rows[1].line, 4);
    }
}
