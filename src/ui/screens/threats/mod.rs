//! Step 2 — threat assessment: threat actors (list and form, blank or from
//! the catalogue) and the actor × technology matrix whose cells open the
//! intent / capability / opportunity editor with its evidence and breakdown.
//!
//! Every number (threat level, band, scale, capability fallback, ranking,
//! tiers, scope) comes from the domain's analysis; these modules only lay it
//! out and route edits through `Ctx::update`. This file wires the parts:
//! `actors` (toolbar, table), `actor_form`, `matrix`, `assessment` (+
//! `breakdown`), `delete` (actor delete, undo notice), `view_state`.

mod actor_form;
mod actors;
mod assessment;
mod breakdown;
mod delete;
mod level;
mod matrix;
mod view_state;

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::ids::ActorId;
use crate::i18n::threats as msg;
use crate::route::{Route, Screen};
use crate::ui::state::Ctx;
use crate::ui::widgets::focus_soon;

use actor_form::ActorForm;
use actors::{ActorTable, ActorToolbar};
use assessment::AssessmentEditor;
use delete::UndoNotice;
use level::cell_dom_id;
use matrix::Matrix;
pub use view_state::ThreatsView;

/// The screen, mounted once while the threats screen is shown; `selected`
/// is the actor in the URL (`#/wb/<id>/threats/<actor>`).
#[component]
pub fn ThreatsScreen(selected: Memo<Option<Uuid>>) -> impl IntoView {
    let ctx = Ctx::get();
    let open_cell = ThreatsView::get().open_cell;
    // The selected actor, if it exists (a stale URL selects nothing).
    let actor = Memo::new(move |_| {
        let id = selected.get().map(ActorId::new)?;
        ctx.wb
            .with(|w| w.as_ref().is_some_and(|w| w.actor(id).is_some()))
            .then_some(id)
    });
    let go = move |id: Option<ActorId>| {
        if let Some(wb) = ctx.wb.with_untracked(|w| w.as_ref().map(|w| w.id.uuid())) {
            ctx.go(Route::Workbook(wb, Screen::Threats(id.map(ActorId::uuid))));
        }
    };
    let go_actor = Callback::new(move |id| go(Some(id)));
    // Whether the editor should take focus when it appears (a click on a
    // cell), not when it is rebuilt after a navigation.
    let focus_editor = StoredValue::new(false);

    view! {
        <section class="threats">
            <h2>{move || msg::TITLE.get(ctx.l())}</h2>
            <div class="threats-intro">
                <p>{move || msg::INTRO_WHO.get(ctx.l())}</p>
                <p>{move || msg::INTRO_ICO.get(ctx.l())}</p>
                <p><strong>{move || msg::INTRO_NO_INTENT.get(ctx.l())}</strong></p>
            </div>

            <section class="actors" aria-labelledby="actors-title">
                <h3 id="actors-title">{move || msg::ACTORS_TITLE.get(ctx.l())}</h3>
                <ActorToolbar go_actor=go_actor/>
                <div class="split">
                    <div class="actor-list">
                        <ActorTable selected=actor go_actor=go_actor/>
                    </div>
                    <div class="actor-detail">
                        // Re-keyed on the selection only: another actor is a new form.
                        {move || match actor.get() {
                            Some(id) => view! {
                                <ActorForm id=id on_deleted=Callback::new(move |()| go(None))/>
                            }
                            .into_any(),
                            None => view! {
                                <p class="panel muted select-hint">{move || msg::SELECT_ACTOR.get(ctx.l())}</p>
                            }
                            .into_any(),
                        }}
                    </div>
                </div>
            </section>

            <section class="matrix-section" aria-labelledby="matrix-title">
                <h3 id="matrix-title">{move || msg::MATRIX_TITLE.get(ctx.l())}</h3>
                <p class="hint">{move || msg::MATRIX_HELP.get(ctx.l())}</p>
                <Matrix focus_editor=focus_editor/>
                {move || {
                    open_cell
                        .get()
                        .map(|(actor, tech)| {
                            let take_focus = focus_editor.get_value();
                            focus_editor.set_value(false);
                            let on_close = Callback::new(move |()| {
                                open_cell.set(None);
                                focus_soon(format!("#{}", cell_dom_id(actor, tech)), false);
                            });
                            view! { <AssessmentEditor actor=actor tech=tech take_focus=take_focus on_close=on_close/> }
                        })
                }}
            </section>

            <UndoNotice go_actor=go_actor/>
        </section>
    }
}
