//! The one field shell — a visible label, an optional hint and the domain's
//! error with an id the control points at (`aria-describedby`) — and the two
//! text inputs built on it. Every labelled control in a form goes through
//! [`field`], so label markup and error wiring exist once.

use leptos::prelude::*;

use crate::domain::text::Text;

use super::unique_id;
use crate::ui::state::Ctx;

/// Wraps `control` in a `<label class="field">` with `label`, `hint` and the
/// live `error`. `control` receives the id of the error line for its
/// `aria-describedby`.
pub fn field<V: IntoView + 'static>(
    label: Text,
    hint: Option<Text>,
    error: Signal<Option<String>>,
    control: impl FnOnce(String) -> V,
) -> impl IntoView {
    let ctx = Ctx::get();
    let err_id = unique_id("err");
    let control = control(err_id.clone());
    view! {
        <label class="field">
            <span class="field-label">{move || label.get(ctx.l())}</span>
            {control}
            {hint.map(|h| view! { <span class="hint">{move || h.get(ctx.l())}</span> })}
            <span class="field-error" id=err_id role="status">{move || error.get().unwrap_or_default()}</span>
        </label>
    }
}

/// A labelled one-line text input. `error` shows the domain's message next to
/// the field as the user types.
#[component]
pub fn TextField(
    label: Text,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional)] hint: Option<Text>,
    #[prop(optional)] testid: &'static str,
    #[prop(optional)] input_type: Option<&'static str>,
) -> impl IntoView {
    field(label, hint, error, move |described_by| {
        view! {
            <input
                type=input_type.unwrap_or("text")
                data-testid=testid
                prop:value=move || value.get()
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=described_by
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        }
    })
}

/// A labelled multi-line text input.
#[component]
pub fn TextArea(
    label: Text,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional)] hint: Option<Text>,
    #[prop(optional)] testid: &'static str,
    #[prop(default = 3)] rows: u32,
) -> impl IntoView {
    field(label, hint, error, move |described_by| {
        view! {
            <textarea
                rows=rows
                data-testid=testid
                prop:value=move || value.get()
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=described_by
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        }
    })
}
