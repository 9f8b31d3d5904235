//! The CSV/zip table importer (issue 5) on arbitrary bytes.
//!
//! PLACEHOLDER until `mamori::domain::exchange` lands. Built without the
//! `exchange` feature (the default) this target only checks that the bytes
//! reach it and does nothing else, so `cargo fuzz build` stays green. To point
//! it at the importer: adjust `import` below to the importer's real signature,
//! then run with `--features exchange` (fuzz/run.sh does that by itself as soon
//! as src/domain/exchange exists). Invariants to keep once it is real:
//!
//! * never panics, whatever the bytes (zip, CSV, BOM, CP932, truncated);
//! * bad rows are reported, not fatal: the valid part is still returned;
//! * every workbook it yields passes `mamori_fuzz::check_workbook`
//!   (valid, and `to_json` → `restore` gives it back unchanged).

#![no_main]

use libfuzzer_sys::fuzz_target;

#[cfg(feature = "exchange")]
fn import(data: &[u8]) {
    // TODO(issue 5): the importer's entry point. Expected shape: bytes of a
    // table zip or one CSV in, a preview (workbook + located problems) out.
    if let Ok(preview) = mamori::domain::exchange::import_tables(data) {
        mamori_fuzz::check_workbook(&preview.workbook);
    }
}

#[cfg(not(feature = "exchange"))]
fn import(data: &[u8]) {
    // Nothing to fuzz yet; keep the input observable so the target links.
    std::hint::black_box(data);
}

fuzz_target!(|data: &[u8]| {
    import(data);
});
