//! The settings screen.

use leptos::prelude::*;

use crate::i18n::settings as msg;
use crate::ui::state::Ctx;

#[component]
pub fn SettingsScreen() -> impl IntoView {
    let ctx = Ctx::get();
    view! { <h2>{move || msg::TITLE.get(ctx.l())}</h2> }
}
