//! Mamori (守り): an offline workbook for technology-leakage risk assessment.
//!
//! `domain` is pure Rust and compiles everywhere; `ui` (Leptos) and the storage
//! adapter exist only in the wasm32 build.

pub mod domain;
pub mod i18n;
pub mod route;

#[cfg(target_arch = "wasm32")]
pub mod ui;
