//! Reusable, labelled form controls and small display pieces, shared by
//! every screen (no screen imports another). Every control has a visible
//! label (wrapping `<label>` or `<fieldset>/<legend>`), so it is reachable by
//! keyboard and named for assistive technology.
//!
//! - `confirm.rs` a delete that asks first;
//! - `field.rs` the one field shell (label, hint, error) and the text inputs;
//! - `draft.rs` "draft text, parsed as you type, committed when valid";
//! - `select.rs` selects over code enumerations (value and filter);
//! - `rating.rs` the 1–5 rating radio group with its anchors;
//! - `link_picker.rs` "choose a record, then link it";
//! - `linked.rs` the records linked so far, each with an Unlink button;
//! - `present.rs` one picture full screen for the projector.

mod confirm;
mod draft;
mod field;
mod link_picker;
mod linked;
mod present;
mod rating;
mod select;

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::common as msg;

pub use confirm::{impact_list, ConfirmDelete};
#[allow(unused_imports)] // the type of `use_draft`, named by screens that pass drafts around
pub use draft::{use_draft, Draft};
pub use field::{field, TextArea, TextField};
pub use link_picker::{LinkPicker, PickGroup, PickOption};
pub use linked::{scenario_groups, Linked, LinkedList};
pub use present::Present;
pub use rating::RatingInput;
pub use select::{CodeSelect, FilterSelect, OptCodeSelect};

/// A document-unique id for wiring labels, descriptions and radio groups.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Focuses the first element matching `selector` once the browser has laid
/// out the current change (a record just added, a panel just opened),
/// scrolls it into view, and selects its text if asked, so typing replaces
/// a placeholder name. Keyboard users land on what they need next, never on
/// `<body>`.
pub fn focus_soon(selector: impl Into<String>, select_text: bool) {
    let selector = selector.into();
    request_animation_frame(move || {
        let Ok(Some(el)) = document().query_selector(&selector) else {
            return;
        };
        el.scroll_into_view();
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
            if select_text {
                if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                    input.select();
                } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                    area.select();
                }
            }
        }
    });
}

/// A number with its colour band; the number is always printed so the colour
/// is never the only carrier of meaning.
#[component]
pub fn LevelBadge(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] level: Signal<&'static str>,
) -> impl IntoView {
    view! { <span class=move || format!("badge level-{}", level.get())>{move || text.get()}</span> }
}

/// Formats a score with two decimals, or the "not rated" label.
pub fn fmt_score(score: Option<f64>, lang: crate::domain::text::Lang) -> String {
    match score {
        Some(s) => format!("{s:.2}"),
        None => msg::NOT_RATED.get(lang).to_owned(),
    }
}
