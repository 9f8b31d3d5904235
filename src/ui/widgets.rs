//! Reusable, labelled form controls and small display pieces. Every control
//! has a visible label (wrapping `<label>` or `<fieldset>/<legend>`), so it is
//! reachable by keyboard and named for assistive technology.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::kinds::Coded;
use crate::domain::rating::{Rating, RatingAxis};
use crate::domain::text::Text;
use crate::i18n::common as msg;

use super::state::Ctx;

/// A document-unique id for wiring labels, descriptions and radio groups.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Focuses the first element matching `selector` once the browser has laid
/// out the current change (a record just added, a panel just opened), and
/// selects its text if asked, so typing replaces a placeholder name. Keyboard
/// users land on what they need next, never on `<body>`.
pub fn focus_soon(selector: &'static str, select_text: bool) {
    request_animation_frame(move || {
        let Ok(Some(el)) = document().query_selector(selector) else {
            return;
        };
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
            if select_text {
                if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
                    input.select();
                }
            }
        }
    });
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
    let ctx = Ctx::get();
    let err_id = unique_id("err");
    let err_id2 = err_id.clone();
    view! {
        <label class="field">
            <span class="field-label">{move || label.get(ctx.l())}</span>
            <input
                type=input_type.unwrap_or("text")
                data-testid=testid
                prop:value=move || value.get()
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=err_id.clone()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
            {hint.map(|h| view! { <span class="hint">{move || h.get(ctx.l())}</span> })}
            <span class="field-error" id=err_id2 role="status">{move || error.get().unwrap_or_default()}</span>
        </label>
    }
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
    let ctx = Ctx::get();
    view! {
        <label class="field">
            <span class="field-label">{move || label.get(ctx.l())}</span>
            <textarea
                rows=rows
                data-testid=testid
                prop:value=move || value.get()
                aria-invalid=move || error.get().is_some().to_string()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
            {hint.map(|h| view! { <span class="hint">{move || h.get(ctx.l())}</span> })}
            <span class="field-error" role="status">{move || error.get().unwrap_or_default()}</span>
        </label>
    }
}

/// A labelled select over a closed enumeration, showing bilingual labels and
/// storing the stable code.
#[component]
pub fn CodeSelect<T: Coded + Send + Sync>(
    label: Text,
    #[prop(into)] value: Signal<T>,
    on_change: Callback<T>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <label class="field">
            <span class="field-label">{move || label.get(ctx.l())}</span>
            <select
                data-testid=testid
                prop:value=move || value.get().code()
                on:change=move |ev| {
                    if let Ok(v) = T::from_code(&event_target_value(&ev)) {
                        on_change.run(v);
                    }
                }
            >
                {T::all()
                    .iter()
                    .map(|v| {
                        let v = *v;
                        view! {
                            <option value=v.code() selected=move || value.get() == v>
                                {move || v.label().get(ctx.l())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// Like [`CodeSelect`] but the value may be unset ("—").
#[component]
pub fn OptCodeSelect<T: Coded + Send + Sync>(
    label: Text,
    #[prop(into)] value: Signal<Option<T>>,
    on_change: Callback<Option<T>>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <label class="field">
            <span class="field-label">{move || label.get(ctx.l())}</span>
            <select
                data-testid=testid
                prop:value=move || value.get().map(|v| v.code()).unwrap_or("")
                on:change=move |ev| on_change.run(T::from_code(&event_target_value(&ev)).ok())
            >
                <option value="" selected=move || value.get().is_none()>
                    {move || msg::NONE.get(ctx.l())}
                </option>
                {T::all()
                    .iter()
                    .map(|v| {
                        let v = *v;
                        view! {
                            <option value=v.code() selected=move || value.get() == Some(v)>
                                {move || v.label().get(ctx.l())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// A 1–5 rating as a radio group with "not rated", with the axis's anchored
/// descriptions of 1, 3 and 5 visible beside it.
#[component]
pub fn RatingInput(
    axis: RatingAxis,
    #[prop(into)] value: Signal<Option<Rating>>,
    on_change: Callback<Option<Rating>>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    let name = unique_id("rating");
    let anchors = axis.anchors();
    let choice = move |r: Option<Rating>| {
        let name = name.clone();
        let text = move || match r {
            Some(r) => r.to_string(),
            None => msg::NOT_RATED.get(ctx.l()).to_owned(),
        };
        view! {
            <label class="rating-choice">
                <input
                    type="radio"
                    name=name
                    value=r.map(|r| r.get().to_string()).unwrap_or_default()
                    prop:checked=move || value.get() == r
                    on:change=move |_| on_change.run(r)
                />
                <span>{text}</span>
            </label>
        }
    };
    view! {
        <fieldset class="rating" data-testid=testid data-axis=axis.code()>
            <legend>
                {move || axis.label().get(ctx.l())}
                {axis.is_inverted().then(|| view! { <span class="inverted-note">" (6−x)"</span> })}
            </legend>
            <div class="rating-choices">
                {choice(None)}
                {Rating::all().map(|r| choice(Some(r))).collect_view()}
            </div>
            <dl class="anchors">
                <div><dt>"1"</dt><dd>{move || anchors[0].get(ctx.l())}</dd></div>
                <div><dt>"3"</dt><dd>{move || anchors[1].get(ctx.l())}</dd></div>
                <div><dt>"5"</dt><dd>{move || anchors[2].get(ctx.l())}</dd></div>
            </dl>
        </fieldset>
    }
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

/// Formats a score with one decimal, or the "not rated" label.
pub fn fmt_score(score: Option<f64>, lang: crate::domain::text::Lang) -> String {
    match score {
        Some(s) => format!("{s:.2}"),
        None => msg::NOT_RATED.get(lang).to_owned(),
    }
}
