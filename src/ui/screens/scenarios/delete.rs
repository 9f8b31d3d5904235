//! Deleting a scenario: the confirmation listing the countermeasures and
//! exercises it is unlinked from, and the notice that undoes the delete
//! through `Ctx::put_back`.

use leptos::prelude::*;

use crate::domain::ids::ScenarioId;
use crate::i18n::{common, scenarios as msg};
use crate::ui::state::Ctx;
use crate::ui::widgets::focus_soon;

use super::view_state::ScenariosView;

/// "Delete", then a confirmation with the records it unlinks. After the
/// delete, `on_deleted` leaves the scenario's URL (a reload there would find
/// nothing) while the undo notice stays.
#[component]
pub fn DeleteScenario(id: ScenarioId, on_deleted: Callback<()>) -> impl IntoView {
    let ctx = Ctx::get();
    let view_state = ScenariosView::get();
    let confirming = RwSignal::new(false);
    let delete = move |_| {
        let removed = ctx.delete(|wb| wb.delete_scenario(id));
        confirming.set(false);
        if let Some(r) = removed {
            view_state.undo_error.set(None);
            view_state.removed.set(Some(r));
            // The detail (and the focused button) goes: land on "Undo".
            focus_soon("[data-testid=undo-delete-scenario]", false);
            // Last: it unmounts this component.
            on_deleted.run(());
        }
    };
    let unlinks = move || {
        let l = ctx.l();
        let unlinked = ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.delete_scenario_impact(id))
                .map(|i| i.unlinked)
                .unwrap_or_default()
        });
        (!unlinked.is_empty()).then(|| {
            view! {
                <span>{msg::CONFIRM_UNLINKS.get(l)}</span>
                <ul class="impact-list">
                    {unlinked
                        .into_iter()
                        .map(|i| view! { <li>{format!("{}: {}", i.entity.label().get(l), i.label)}</li> })
                        .collect_view()}
                </ul>
            }
        })
    };
    view! {
        <div class="actions delete-row">
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button class="danger" data-testid="delete-scenario" on:click=move |_| confirming.set(true)>
                        {move || msg::DELETE.get(ctx.l())}
                    </button>
                }
            >
                <div
                    role="alertdialog"
                    class="confirm"
                    aria-label=move || msg::CONFIRM_DELETE.get(ctx.l())
                    on:keydown=move |ev| if ev.key() == "Escape" { confirming.set(false) }
                >
                    <strong>{move || msg::CONFIRM_DELETE.get(ctx.l())}</strong>
                    {unlinks}
                    <button class="danger" data-testid="confirm-delete-scenario" on:click=delete>
                        {move || common::CONFIRM_DELETE.get(ctx.l())}
                    </button>
                    <button on:click=move |_| confirming.set(false)>{move || common::CANCEL.get(ctx.l())}</button>
                </div>
            </Show>
        </div>
    }
}

/// "Scenario deleted. Undo": puts it back (and takes it out of the trash),
/// then opens it again through `on_restored`.
#[component]
pub fn UndoNotice(on_restored: Callback<ScenarioId>) -> impl IntoView {
    let ctx = Ctx::get();
    let ScenariosView {
        removed,
        undo_error,
        ..
    } = ScenariosView::get();
    let undo = move |_| {
        let Some(r) = removed.get_untracked() else {
            return;
        };
        let restored = r.scenarios.first().map(|(_, s)| s.id);
        match ctx.put_back(r) {
            Ok(()) => {
                removed.set(None);
                undo_error.set(None);
                if let Some(id) = restored {
                    on_restored.run(id);
                }
            }
            Err(e) => undo_error.set(Some(e)),
        }
    };
    view! {
        <Show when=move || removed.with(Option::is_some)>
            <p class="notice" role="status">
                {move || msg::DELETED.get(ctx.l())}
                " "
                <button data-testid="undo-delete-scenario" on:click=undo>
                    {move || common::UNDO.get(ctx.l())}
                </button>
                {move || undo_error.get().map(|e| view! {
                    <span class="error">" "{msg::UNDO_FAILED.get(ctx.l())}" "{e}</span>
                })}
            </p>
        </Show>
    }
}
