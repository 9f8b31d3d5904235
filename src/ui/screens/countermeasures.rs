//! The countermeasures screen.

use leptos::prelude::*;
use uuid::Uuid;

use crate::i18n::countermeasures as msg;
use crate::ui::state::Ctx;

#[component]
pub fn CountermeasuresScreen(selected: Option<Uuid>) -> impl IntoView {
    let ctx = Ctx::get();
    let _ = selected;
    view! { <h2>{move || msg::TITLE.get(ctx.l())}</h2> }
}
