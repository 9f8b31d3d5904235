//! The exercises screen: tabletop exercises and black-box drills that test
//! leak scenarios, what they found, and the countermeasures decided. A
//! weakness turns into a pre-filled countermeasure in one step (the domain's
//! `Weakness::to_countermeasure`).
//!
//! This file only wires the parts: `list.rs`, `detail.rs` (the form) with
//! `scenarios.rs`, `weaknesses.rs`, `follow_ups.rs`, `delete.rs`, and
//! `view_state.rs` (what survives leaving the screen).

mod delete;
mod detail;
mod follow_ups;
mod list;
mod scenarios;
mod suggest;
mod view_state;
mod weaknesses;

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::ids::ExerciseId;
use crate::domain::model::Exercise;
use crate::i18n::exercises as msg;
use crate::route::{Route, Screen};
use crate::ui::paging::Paging;
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::{focus_soon, CodeSelect};

pub use view_state::ExView;

/// The list and the selected exercise's form; stays mounted while
/// `selected` changes (only the form is rebuilt).
#[component]
pub fn ExercisesScreen(selected: Memo<Option<Uuid>>) -> impl IntoView {
    let ctx = Ctx::get();
    let view = expect_context::<ExView>();
    let rows = list::all_rows(ctx);
    let paging = Paging::new(view.page, move || rows.with(Vec::len));
    paging.follow(rows, selected, |r: &list::Row| r.id);

    let add = move |_| {
        let Some(wb) = ctx.wb.with_untracked(|w| w.as_ref().map(|w| w.id.uuid())) else {
            return;
        };
        let id = new_id();
        let kind = view.new_kind.get_untracked();
        let title = msg::NEW_TITLE.get(ctx.lang.get_untracked());
        ctx.update(|w| {
            w.exercises
                .push(Exercise::new(ExerciseId::new(id), kind, title))
        });
        ctx.go(Route::Workbook(wb, Screen::Exercises(Some(id))));
        // Start in the new exercise's title (selected, so typing replaces
        // the placeholder).
        focus_soon("[data-testid=exercise-title]", true);
    };
    view! {
        <section class="exercises">
            <h2>{move || msg::TITLE.get(ctx.l())}</h2>
            <p class="muted">{move || msg::INTRO.get(ctx.l())}</p>
            <div class="toolbar">
                <CodeSelect label=msg::NEW_KIND value=view.new_kind on_change=Callback::new(move |k| view.new_kind.set(k)) testid="new-exercise-kind"/>
                <button class="primary" data-testid="add-exercise" on:click=add>{move || msg::ADD.get(ctx.l())}</button>
            </div>
            <delete::UndoNotice/>
            <div class="split">
                <div class="ex-list">
                    <list::ExerciseList rows=rows paging=paging selected=selected/>
                </div>
                <div class="ex-detail">
                    {move || match selected.get() {
                        Some(id) => view! { <detail::Selected id=ExerciseId::new(id)/> }.into_any(),
                        None => view! { <p class="muted">{move || msg::SELECT_HINT.get(ctx.l())}</p> }.into_any(),
                    }}
                </div>
            </div>
        </section>
    }
}
