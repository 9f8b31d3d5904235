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
//!   point (saving it again gives byte-identical text).

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
