//! The Leptos user interface (wasm32 only): a thin shell over the domain.
//! Components hold view state and call the domain; they hold no business rules.

mod storage;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::domain::text::Lang;
use crate::i18n::{self, t};

/// Entry point called by the wasm-bindgen glue once the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
    mark_ready();
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

#[component]
fn App() -> impl IntoView {
    let lang = RwSignal::new(initial_lang());
    provide_context(lang);
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", l.code());
        }
        document().set_title(&format!(
            "{} — {}",
            t(l, i18n::APP_NAME),
            t(l, i18n::APP_TAGLINE)
        ));
        let _ = storage::write("lang", l.code());
    });

    let notes = RwSignal::new(storage::read("notes").ok().flatten().unwrap_or_default());

    view! {
        <header class="app-header">
            <h1 data-testid="app-title">
                {move || format!("{} — {}", t(lang.get(), i18n::APP_NAME), t(lang.get(), i18n::APP_TAGLINE))}
            </h1>
            <span class="spacer"></span>
            <label>
                <span>{move || t(lang.get(), i18n::LANGUAGE)}</span>
                <select
                    data-testid="lang-select"
                    on:change=move |ev| {
                        if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                            lang.set(l);
                        }
                    }
                    prop:value=move || lang.get().code()
                >
                    <option value="ja">{move || t(lang.get(), i18n::LANG_JA)}</option>
                    <option value="en">{move || t(lang.get(), i18n::LANG_EN)}</option>
                </select>
            </label>
        </header>
        <main>
            <p>{move || t(lang.get(), i18n::PRIVACY_SHORT)}</p>
            <div class="field">
                <label for="notes">{move || t(lang.get(), i18n::NOTES)}</label>
                <textarea
                    id="notes"
                    data-testid="notes"
                    prop:value=move || notes.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        let _ = storage::write("notes", &v);
                        notes.set(v);
                    }
                ></textarea>
                <span class="hint">{move || t(lang.get(), i18n::NOTES_HINT)}</span>
            </div>
        </main>
    }
}
