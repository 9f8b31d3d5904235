//! `restore` on arbitrary bytes: what a corrupted local-storage value or a
//! random file picked as a backup looks like. Invalid UTF-8 is decoded lossily
//! (the shell only ever hands `restore` a `&str`). Must never panic; see
//! `mamori_fuzz::check_restore` for the invariants on success.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = mamori_fuzz::check_restore(&text);
});
