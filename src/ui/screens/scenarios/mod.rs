//! Step 3 — leak scenarios: a ranked list (priority order from the domain)
//! scoped to the current round by default, creation from a catalogue
//! pattern or blank, the detail form with the four ratings and the result
//! breakdown, and the scenario's countermeasures (attach from the library,
//! link, create, detach). Delete with confirmation and undo.
//!
//! This file wires the parts: `scope` (scope choice and its technologies),
//! `list` (rows, filters, paged table), `add` (creation form), `detail`
//! (+ `result`, `countermeasures`), `delete` (confirmation, undo notice),
//! `view_state`.

mod add;
mod countermeasures;
mod delete;
mod detail;
mod list;
mod result;
mod scope;
mod view_state;

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::ids::ScenarioId;
use crate::i18n::scenarios as msg;
use crate::route::{Route, Screen};
use crate::ui::state::Ctx;

use add::AddScenario;
use delete::UndoNotice;
use detail::ScenarioDetail;
use list::{ranked_rows, ListFilters, ScenarioTable};
use scope::{scope_techs, ScopePicker};
pub use view_state::ScenariosView;

/// The screen, mounted once while Step 3 is shown; `selected` is the
/// scenario in the URL (`#/wb/<id>/scenarios/<scenario>`).
#[component]
pub fn ScenariosScreen(selected: Memo<Option<Uuid>>) -> impl IntoView {
    let ctx = Ctx::get();
    let removed = ScenariosView::get().removed;
    let adding = RwSignal::new(false);

    let techs = scope_techs();
    let rows = ranked_rows();
    let total = Memo::new(move |_| ctx.wb.with(|w| w.as_ref().map_or(0, |w| w.scenarios.len())));
    // The selected scenario, if it exists (a stale URL selects nothing).
    let scenario = Memo::new(move |_| {
        let id = selected.get().map(ScenarioId::new)?;
        ctx.wb
            .with(|w| w.as_ref().is_some_and(|w| w.scenario(id).is_some()))
            .then_some(id)
    });
    let go = move |id: Option<ScenarioId>| {
        if let Some(wb) = ctx.wb.with_untracked(|w| w.as_ref().map(|w| w.id.uuid())) {
            ctx.go(Route::Workbook(
                wb,
                Screen::Scenarios(id.map(ScenarioId::uuid)),
            ));
        }
    };
    let on_created = Callback::new(move |id| {
        adding.set(false);
        go(Some(id));
    });
    let open = Callback::new(move |id| go(Some(id)));

    view! {
        <section class="scenarios">
            // The add button shares the title's row: on a projected
            // 1366×768 screen every line above the list hides a scenario.
            <div class="screen-head">
                <h2>{move || msg::TITLE.get(ctx.l())}</h2>
                <button
                    class="primary"
                    data-testid="add-scenario"
                    aria-expanded=move || adding.get().to_string()
                    on:click=move |_| adding.update(|a| *a = !*a)
                >
                    {move || msg::ADD.get(ctx.l())}
                </button>
            </div>
            <p class="intro">{move || msg::INTRO.get(ctx.l())}</p>

            <ScopePicker techs=techs shown=Signal::derive(move || rows.with(Vec::len)) total=total/>

            <Show when=move || adding.get()>
                <AddScenario techs=techs on_created=on_created/>
            </Show>

            <ListFilters techs=techs/>
            <UndoNotice on_restored=open/>
            <ScenarioTable rows=rows selected=selected/>

            // Re-keyed on the selection only: another scenario is a new form.
            {move || scenario.get().map(|id| view! {
                <ScenarioDetail id=id on_deleted=Callback::new(move |()| go(None))/>
            })}
            {move || (selected.get().is_some() && scenario.get().is_none() && removed.with(Option::is_none)).then(|| view! {
                <p class="notice">{msg::NOT_FOUND.get(ctx.l())}</p>
            })}
        </section>
    }
}
