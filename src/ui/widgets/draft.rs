//! "Draft text, parsed and validated as you type, committed when valid":
//! the one pattern behind every free-text field of every form.
//!
//! The draft keeps what the user typed (never clobbered by the workbook, so
//! an invalid value can be corrected in place); the domain's `Subject`
//! parser decides validity; only a valid value reaches `Ctx::update`, so the
//! stored workbook always restores. The draft is seeded from the workbook
//! when the form mounts; undo, redo and reloads from another tab rebuild the
//! screen (`ctx.generation`), which re-seeds it.

use leptos::prelude::*;

use crate::domain::error::ValidationError;
use crate::ui::state::Ctx;

/// A text draft: what the user typed, the domain's error for it, and the
/// input handler that commits valid values. `Copy`: signal handles only.
#[derive(Clone, Copy)]
pub struct Draft {
    pub value: RwSignal<String>,
    pub error: RwSignal<Option<ValidationError>>,
    pub on_input: Callback<String>,
}

impl Draft {
    /// The error in the current language, for a field's error line.
    pub fn error_text(&self) -> Signal<Option<String>> {
        let (error, ctx) = (self.error, Ctx::get());
        Signal::derive(move || error.get().map(|e| e.message(ctx.l())))
    }
}

/// A draft seeded with `initial`; each input is parsed by `parse` and, when
/// valid, handed to `apply` (usually an edit through `Ctx::update`).
pub fn use_draft<T: 'static>(
    initial: String,
    parse: impl Fn(&str) -> Result<T, ValidationError> + Send + Sync + 'static,
    apply: impl Fn(T) + Send + Sync + 'static,
) -> Draft {
    let value = RwSignal::new(initial);
    let error = RwSignal::new(None::<ValidationError>);
    let on_input = Callback::new(move |raw: String| {
        value.set(raw.clone());
        match parse(&raw) {
            Ok(v) => {
                error.set(None);
                apply(v);
            }
            Err(e) => error.set(Some(e)),
        }
    });
    Draft {
        value,
        error,
        on_input,
    }
}
