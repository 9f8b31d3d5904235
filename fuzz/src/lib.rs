//! Shared oracle of Mamori's fuzz targets: what must hold for *any* input that
//! goes through a parser of user data.
//!
//! The targets only build inputs (raw bytes, mutated workbooks, CSV tables);
//! the checks live here so every target asserts the same invariants:
//!
//! * `restore` never panics, whatever the text;
//! * an error has a non-empty message in both UI languages;
//! * a restored workbook is valid (`validate()` is empty), can be analysed,
//!   and survives `to_json` → `restore` unchanged, with `to_json` a fixed
//!   point (saving it again gives byte-identical text);
//! * truncation never passes silently (issue 13): a backup or a table file
//!   cut anywhere restores / imports unchanged or with an error or problem.

use mamori::domain::exchange::{self, zip::BinaryFile, CsvOptions};
use mamori::domain::model::Workbook;
use mamori::domain::scoring::analyze;
use mamori::domain::storage::{restore, to_json};
use mamori::domain::text::Lang;

pub mod json_mutation;

/// Runs `restore` on `text` and asserts the invariants of the module doc.
/// Returns the workbook when it loaded, for targets that check more.
pub fn check_restore(text: &str) -> Option<Workbook> {
    match restore(text) {
        Ok(wb) => {
            check_workbook(&wb);
            Some(wb)
        }
        Err(e) => {
            assert!(!e.message(Lang::En).is_empty(), "empty message for {e:?}");
            assert!(!e.message(Lang::Ja).is_empty(), "empty message for {e:?}");
            None
        }
    }
}

/// Invariants of a workbook that `restore` accepted.
pub fn check_workbook(wb: &Workbook) {
    let errors = wb.validate();
    assert!(
        errors.is_empty(),
        "restore accepted an invalid workbook: {errors:?}"
    );
    // Whatever loads must be usable by the screens: scoring must not panic.
    let _ = analyze(wb);
    let saved = to_json(wb);
    match restore(&saved) {
        Ok(again) => {
            assert_eq!(&again, wb, "to_json → restore changed the workbook");
            assert_eq!(to_json(&again), saved, "to_json is not a fixed point");
        }
        Err(e) => panic!("a restored workbook does not restore after saving: {e}\n{saved}"),
    }
}

/// A position in `0..len` from fuzzer bytes (little-endian).
pub fn cut_position(bytes: &[u8], len: usize) -> usize {
    let mut n = 0usize;
    for &b in bytes.iter().take(8) {
        n = (n << 8) | usize::from(b);
    }
    if len == 0 {
        0
    } else {
        n % len
    }
}

/// A backup cut at `at` bytes (on a character boundary at or before it)
/// either fails to restore or restores to the same workbook as the whole
/// text: never a silently different workbook.
pub fn check_cut_restore(text: &str, at: usize) {
    let Ok(full) = restore(text) else {
        return;
    };
    let mut cut = at.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    if let Some(wb) = check_restore(&text[..cut]) {
        assert_eq!(
            wb,
            full,
            "a backup cut at {cut} of {} bytes restored a different workbook",
            text.len()
        );
    }
}

/// One file of `wb`'s exported table set (`which`) cut at byte `at`: the
/// import equals `wb` or reports at least one problem.
pub fn check_cut_tables(wb: &Workbook, which: usize, at: &[u8], crlf: bool) {
    let mut files: Vec<BinaryFile> = exchange::export_tables(wb, CsvOptions { bom: true, crlf })
        .into_iter()
        .map(|f| BinaryFile::new(f.file_name(), f.text.into_bytes()))
        .collect();
    let i = which % files.len();
    let len = files[i].bytes.len();
    let cut = cut_position(at, len);
    files[i].bytes.truncate(cut);
    let mut n = 0xFFFF_0000u128;
    let r = exchange::import_files(
        files,
        &|_| None,
        time::OffsetDateTime::UNIX_EPOCH,
        &mut || {
            n += 1;
            uuid::Uuid::from_u128(n)
        },
    );
    if r.problems.is_empty() {
        assert_eq!(
            r.workbook.as_ref(),
            Some(wb),
            "{} cut at {cut} of {len} bytes imported silently changed",
            i
        );
    }
}
