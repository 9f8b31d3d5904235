//! The Leptos user interface (wasm32 only): a thin shell over the domain.
//! Components hold view state and call the domain; they hold no business
//! rules. All edits go through [`state::Ctx::update`], which autosaves.

pub mod charts;
mod download;
mod frame;
mod import_files;
mod paging;
mod safety;
mod screens;
mod seal;
mod sliced;
mod state;
mod storage;
mod widgets;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::domain::text::Lang;
use crate::route::Route;

/// Entry point called by the wasm-bindgen glue once the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    phase_mark("instantiated");
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(frame::App);
    phase_mark("mounted");
    mark_ready();
}

/// A `performance.mark("mamori:<phase>")`, read by the benchmark
/// (`tests/bench/browser.mjs`): the start-up's phases (with the page
/// script's `decoded` and `compiled` marks) and an edit's steps
/// (`state::Ctx::update`), so each has its own figure.
pub(crate) fn phase_mark(phase: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(&format!("mamori:{phase}"));
    }
}

/// Sets `data-app-ready="true"` on `<html>` so tests and scripts can wait for
/// the mounted app.
fn mark_ready() {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-app-ready", "true");
    }
}

/// The language to start in: the remembered choice, else the browser's
/// preference if it is English, else Japanese (the product's first language).
fn initial_lang() -> Lang {
    if let Ok(Some(code)) = storage::read("lang") {
        if let Some(lang) = Lang::from_tag(&code) {
            return lang;
        }
    }
    let browser = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    match Lang::from_tag(&browser) {
        Some(Lang::En) => Lang::En,
        _ => Lang::Ja,
    }
}

fn current_hash_route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}
