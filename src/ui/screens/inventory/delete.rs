//! Delete of a technology with an impact preview (what goes with it, what
//! gets unlinked), and the notice that undoes the last delete.

use leptos::prelude::*;

use crate::domain::edit::ImpactItem;
use crate::domain::ids::TechnologyId;
use crate::i18n::{common, inventory as msg};
use crate::ui::state::Ctx;
use crate::ui::widgets::focus_soon;

use super::view_state::Undo;
use super::{go_to, InventoryView};

/// "… deleted. Undo / Close", while the last delete can be put back. Undo
/// puts the records back, takes them out of the trash and opens the
/// technology again.
#[component]
pub fn UndoNotice() -> impl IntoView {
    let ctx = Ctx::get();
    let undo = InventoryView::get().undo;
    let error = RwSignal::new(None::<String>);
    let put_back = move |_| {
        let Some(u) = undo.get_untracked() else {
            return;
        };
        let restored = u.removed.technologies.first().map(|(_, t)| t.id.uuid());
        match ctx.put_back(u.removed) {
            Ok(()) => {
                undo.set(None);
                error.set(None);
                if restored.is_some() {
                    go_to(ctx, restored);
                }
            }
            Err(e) => {
                let l = ctx.lang.get_untracked();
                error.set(Some(format!("{}{e}", msg::UNDO_FAILED.get(l))));
            }
        }
    };
    let dismiss = move |_| {
        undo.set(None);
        error.set(None);
    };
    view! {
        <Show when=move || undo.with(Option::is_some)>
            <p class="notice undo-notice" role="status" data-testid="undo-notice">
                {move || undo.with(|u| u.as_ref().map(|u| format!("{}{}", u.message.get(ctx.l()), u.label)).unwrap_or_default())}
                " "
                <button type="button" data-testid="undo-delete" on:click=put_back>{move || common::UNDO.get(ctx.l())}</button>
                " "
                <button type="button" on:click=dismiss>{move || common::CLOSE.get(ctx.l())}</button>
                <span class="error">{move || error.get().unwrap_or_default()}</span>
            </p>
        </Show>
    }
}

/// The delete button; it opens a confirmation listing everything the
/// delete takes with it, and the deleted technology can be undone.
#[component]
pub fn DeleteTechnology(tid: TechnologyId) -> impl IntoView {
    let ctx = Ctx::get();
    let undo = InventoryView::get().undo;
    let confirming = RwSignal::new(false);
    let open = move |_| {
        confirming.set(true);
        focus_soon("[data-testid=confirm-delete-technology]", false);
    };
    let close = move || {
        confirming.set(false);
        focus_soon("[data-testid=delete-technology]", false);
    };
    let confirm = move |_| {
        let label = ctx
            .wb
            .with_untracked(|w| {
                w.as_ref()
                    .and_then(|w| w.technology(tid))
                    .map(|t| t.name.clone())
            })
            .unwrap_or_default();
        let removed = ctx.delete(|wb| wb.delete_technology(tid));
        if let Some(removed) = removed {
            undo.set(Some(Undo {
                message: msg::TECH_DELETED,
                label,
                removed,
            }));
        }
        go_to(ctx, None);
    };
    view! {
        <section class="delete-tech" aria-labelledby="delete-title">
            <h4 id="delete-title" class="visually-hidden">{move || msg::SEC_DELETE.get(ctx.l())}</h4>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="danger" data-testid="delete-technology" on:click=open>
                        {move || msg::DELETE_TECH.get(ctx.l())}
                    </button>
                }
            >
                <div
                    class="confirm confirm-block"
                    role="alertdialog"
                    aria-labelledby="confirm-delete-title"
                    data-testid="delete-impact"
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            close();
                        }
                    }
                >
                    <strong id="confirm-delete-title">{move || msg::CONFIRM_TITLE.get(ctx.l())}</strong>
                    {move || {
                        let l = ctx.l();
                        let impact = ctx.wb.with_untracked(|w| w.as_ref().and_then(|w| w.delete_technology_impact(tid))).unwrap_or_default();
                        let item = move |i: &ImpactItem| view! {
                            <li><span class="muted">{i.entity.label().get(l)}{common::COLON.get(l)}</span>{i.label.clone()}</li>
                        };
                        let others: Vec<_> = impact.deleted.iter().skip(1).map(item).collect();
                        let unlinked: Vec<_> = impact.unlinked.iter().map(item).collect();
                        let simple = impact.is_simple();
                        view! {
                            <ul class="impact-list">{impact.deleted.first().map(item)}</ul>
                            {(!others.is_empty()).then(|| view! {
                                <p class="field-label">{msg::WILL_DELETE.get(l)}</p>
                                <ul class="impact-list">{others}</ul>
                            })}
                            {(!unlinked.is_empty()).then(|| view! {
                                <p class="field-label">{msg::WILL_UNLINK.get(l)}</p>
                                <ul class="impact-list">{unlinked}</ul>
                            })}
                            {simple.then(|| view! { <p>{msg::ONLY_ITSELF.get(l)}</p> })}
                            <p class="hint">{msg::UNDO_HINT.get(l)}</p>
                        }
                    }}
                    <div class="actions">
                        <button type="button" class="danger" data-testid="confirm-delete-technology" on:click=confirm>
                            {move || common::CONFIRM_DELETE.get(ctx.l())}
                        </button>
                        <button type="button" data-testid="cancel-delete-technology" on:click=move |_| close()>
                            {move || common::CANCEL.get(ctx.l())}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
