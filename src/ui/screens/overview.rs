//! The overview screen.

use leptos::prelude::*;

use crate::i18n::overview as msg;
use crate::ui::state::Ctx;

#[component]
pub fn OverviewScreen() -> impl IntoView {
    let ctx = Ctx::get();
    view! { <h2>{move || msg::TITLE.get(ctx.l())}</h2> }
}
