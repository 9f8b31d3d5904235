//! The threats screen.

use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::threats as msg;
use crate::ui::state::Ctx;

#[component]
pub fn ThreatsScreen(selected: Option<Uuid>) -> impl IntoView {
    let ctx = Ctx::get();
    let _ = selected;
    view! { <h2>{move || msg::TITLE.get(ctx.l())}</h2> }
}
