//! `restore` on mutated valid workbooks: a frozen fixture edited by tree
//! operations (see `mamori_fuzz::json_mutation`), so inputs reach the version
//! check, migrations, DTO conversion and `validate` rather than stopping at the
//! JSON parser. Same invariants as the `restore` target, and truncation-aware:
//! the same text cut at a position taken from the input's last bytes never
//! restores to a different workbook (`mamori_fuzz::check_cut_restore`).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = mamori_fuzz::json_mutation::mutated_workbook(data);
    if mamori_fuzz::check_restore(&text).is_some() {
        let tail = &data[data.len().saturating_sub(4)..];
        mamori_fuzz::check_cut_restore(&text, mamori_fuzz::cut_position(tail, text.len()));
    }
});
