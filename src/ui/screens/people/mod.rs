//! The people screen (アクセス権限者): who can access which critical
//! technology, their specified-category declarations, pledges and
//! research-integrity disclosures, and the list of what the office should
//! check (`domain::regulatory`). A pseudonym is enough everywhere.
//!
//! This file only wires the parts: `flags.rs` (what needs checking),
//! `list.rs`, `detail.rs` (the form) with `access.rs`, `delete.rs`, and
//! `view_state.rs` (what survives leaving the screen).

mod access;
mod delete;
mod detail;
mod flags;
mod list;
mod view_state;

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::ids::PersonId;
use crate::domain::model::Person;
use crate::i18n::people as msg;
use crate::route::{Route, Screen};
use crate::ui::paging::Paging;
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::focus_soon;

pub use view_state::PeopleView;

/// The flags, the list and the selected person's form; stays mounted while
/// `selected` changes (only the form is rebuilt).
#[component]
pub fn PeopleScreen(selected: Memo<Option<Uuid>>) -> impl IntoView {
    let ctx = Ctx::get();
    let view = expect_context::<PeopleView>();
    let rows = list::all_rows(ctx);
    let paging = Paging::new(view.page, move || rows.with(Vec::len));
    paging.follow(rows, selected, |r: &list::Row| r.id);

    let add = move |_| {
        let Some(wb) = ctx.wb.with_untracked(|w| w.as_ref().map(|w| w.id.uuid())) else {
            return;
        };
        let id = new_id();
        let name = msg::NEW_NAME.get(ctx.lang.get_untracked());
        ctx.update(|w| w.people.push(Person::new(PersonId::new(id), name)));
        ctx.go(Route::Workbook(wb, Screen::People(Some(id))));
        // Start in the new person's name (selected, so typing replaces it).
        focus_soon("[data-testid=person-name]", true);
    };
    view! {
        <section class="people" aria-labelledby="people-title">
            <h2 id="people-title">{move || msg::TITLE.get(ctx.l())}</h2>
            <p class="intro">{move || msg::INTRO.get(ctx.l())}</p>
            <flags::Flags/>
            <div class="toolbar">
                <button class="primary" data-testid="add-person" on:click=add>{move || msg::ADD.get(ctx.l())}</button>
            </div>
            <delete::UndoNotice/>
            <div class="split">
                <div class="ex-list">
                    <list::PeopleList rows=rows paging=paging selected=selected/>
                </div>
                <div class="ex-detail">
                    {move || match selected.get() {
                        Some(id) => view! { <detail::Selected id=PersonId::new(id)/> }.into_any(),
                        None => view! { <p class="muted">{move || msg::SELECT_HINT.get(ctx.l())}</p> }.into_any(),
                    }}
                </div>
            </div>
        </section>
    }
}
