//! `restore` on mutated valid workbooks: a frozen fixture edited by tree
//! operations (see `mamori_fuzz::json_mutation`), so inputs reach the version
//! check, migrations, DTO conversion and `validate` rather than stopping at the
//! JSON parser. Same invariants as the `restore` target.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = mamori_fuzz::json_mutation::mutated_workbook(data);
    let _ = mamori_fuzz::check_restore(&text);
});
