//! Writing CSV text: RFC 4180 quoting, the BOM and the line ending.
//!
//! Defaults are for spreadsheets: a UTF-8 byte-order mark, so Japanese Excel
//! reads UTF-8 rather than guessing Shift_JIS, and CRLF record ends. Both can
//! be turned off for tools that prefer plain UTF-8 with LF. Line breaks
//! *inside* a quoted cell are written as they are in the data (LF); RFC 4180
//! allows that and Excel, LibreOffice, pandas and DuckDB read it.

/// The UTF-8 byte-order mark as text.
pub const BOM: char = '\u{feff}';

/// How CSV files are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvOptions {
    /// Start the file with a UTF-8 byte-order mark.
    pub bom: bool,
    /// End records with CRLF (else LF).
    pub crlf: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            bom: true,
            crlf: true,
        }
    }
}

/// Writes a header and rows as CSV text. Cells are quoted only when needed
/// (a comma, a double quote or a line break inside).
pub fn write_csv<R, C>(options: CsvOptions, header: &[&str], rows: R) -> String
where
    R: IntoIterator<Item = Vec<C>>,
    C: AsRef<str>,
{
    let mut w = CsvWriter::new(options, header);
    for row in rows {
        w.row(&row);
    }
    w.finish()
}

/// [`write_csv`] a row at a time, for exports done in slices: the bytes
/// written so far can be read ([`CsvWriter::bytes`]) between rows.
pub struct CsvWriter {
    inner: csv::Writer<Vec<u8>>,
}

impl CsvWriter {
    /// A file with its BOM (if asked) and header written.
    pub fn new(options: CsvOptions, header: &[&str]) -> Self {
        let mut prefix = Vec::new();
        if options.bom {
            let mut buf = [0u8; 3];
            prefix.extend_from_slice(BOM.encode_utf8(&mut buf).as_bytes());
        }
        let mut inner = csv::WriterBuilder::new()
            .terminator(if options.crlf {
                csv::Terminator::CRLF
            } else {
                csv::Terminator::Any(b'\n')
            })
            .quote_style(csv::QuoteStyle::Necessary)
            // A record of another width must still end its line: a
            // non-flexible writer refuses it after writing its cells and
            // ran it into the next row (the register's bug, issue 13).
            // Widths are checked by the invariant test over every CSV.
            .flexible(true)
            .from_writer(prefix);
        // Writing to a Vec cannot fail with I/O errors and the writer is
        // flexible, so errors are ignored rather than unwrapped; every
        // record having the header's width is a tested invariant
        // (`tests/properties.rs`, every CSV the app writes).
        let _ = inner.write_record(header);
        CsvWriter { inner }
    }

    pub fn row<C: AsRef<str>>(&mut self, cells: &[C]) {
        let _ = self
            .inner
            .write_record(cells.iter().map(|c| c.as_ref().as_bytes()));
    }

    /// Everything written so far (the csv writer buffers; this flushes it).
    pub fn bytes(&mut self) -> &[u8] {
        let _ = self.inner.flush();
        self.inner.get_ref()
    }

    /// The finished file as text.
    pub fn finish(self) -> String {
        let bytes = self.inner.into_inner().unwrap_or_default();
        // Every cell was a `&str` and the BOM is UTF-8, so this is UTF-8.
        String::from_utf8(bytes).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_what_needs_it_and_ends_lines_as_asked() {
        let rows = vec![vec!["a", "b,c", "say \"hi\"", "two\nlines", ""]];
        let crlf = write_csv(
            CsvOptions::default(),
            &["x", "y", "z", "w", "v"],
            rows.clone(),
        );
        assert_eq!(
            crlf,
            "\u{feff}x,y,z,w,v\r\na,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"
        );
        let lf = write_csv(
            CsvOptions {
                bom: false,
                crlf: false,
            },
            &["x", "y", "z", "w", "v"],
            rows,
        );
        assert_eq!(
            lf,
            "x,y,z,w,v\na,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\n"
        );
    }
}
