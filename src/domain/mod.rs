//! The pure domain of Mamori: model, rules, scoring, catalogues, exchange
//! formats. No browser crate, no I/O, no clock, no randomness: callers pass the
//! current time and new ids in. Everything here runs under a native `cargo test`.

pub mod catalog;
pub mod charts;
pub mod edit;
pub mod error;
pub mod exchange;
pub mod from_catalog;
pub mod ids;
pub mod inventory_rows;
pub mod kinds;
pub mod model;
pub mod paging;
pub mod rating;
pub mod regulatory;
pub mod report;
pub mod safety;
pub mod sample;
pub mod scoring;
pub mod storage;
// Benchmark data only; never in the wasm bundle (see the module doc).
#[cfg(not(target_arch = "wasm32"))]
pub mod synth;
pub mod text;
pub mod validate;
pub mod workshop;
