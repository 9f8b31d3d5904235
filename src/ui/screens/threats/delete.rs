//! Deleting: an actor after a confirmation that previews what goes with it
//! (the domain's impact), and the notice that undoes the last delete of
//! this screen (actor or assessment) through `Ctx::put_back`.

use leptos::prelude::*;

use crate::domain::edit::ImpactItem;
use crate::domain::ids::ActorId;
use crate::i18n::{common, threats as msg};
use crate::ui::state::Ctx;

use super::view_state::ThreatsView;

/// "Delete actor", then a confirmation listing the assessments deleted with
/// it and the records unlinked from it.
#[component]
pub fn DeleteActor(id: ActorId, on_deleted: Callback<()>) -> impl IntoView {
    let ctx = Ctx::get();
    let view_state = ThreatsView::get();
    let confirming = RwSignal::new(false);
    let cancel_ref = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if confirming.get() {
            if let Some(b) = cancel_ref.get() {
                let _ = b.focus();
            }
        }
    });
    let do_delete = move |_| {
        let name = ctx.wb.with_untracked(|w| {
            w.as_ref()
                .and_then(|w| w.actor(id))
                .map(|a| a.name.clone())
                .unwrap_or_default()
        });
        let out = ctx.delete(|wb| wb.delete_actor(id));
        confirming.set(false);
        if let Some(r) = out {
            view_state.removed(r, name);
        }
        on_deleted.run(());
    };
    let impact = move || {
        let l = ctx.l();
        ctx.wb
            .with(|w| w.as_ref().and_then(|w| w.delete_actor_impact(id)))
            .map(|imp| {
                let item = |i: &ImpactItem| {
                    view! { <li>{i.entity.label().get(l)}" — "{i.label.clone()}</li> }
                };
                let deleted = imp.deleted.iter().map(item).collect_view();
                let unlinked = (!imp.unlinked.is_empty()).then(|| {
                    let items = imp.unlinked.iter().map(item).collect_view();
                    view! {
                        <p>{msg::WILL_UNLINK.get(l)}</p>
                        <ul>{items}</ul>
                    }
                });
                view! {
                    <p>{msg::WILL_DELETE.get(l)}</p>
                    <ul data-testid="delete-impact">{deleted}</ul>
                    {unlinked}
                }
            })
    };
    view! {
        <Show
            when=move || confirming.get()
            fallback=move || view! {
                <button type="button" class="danger" data-testid="delete-actor" on:click=move |_| confirming.set(true)>
                    {move || msg::DELETE_ACTOR.get(ctx.l())}
                </button>
            }
        >
            <div
                class="confirm confirm-block"
                role="alertdialog"
                aria-labelledby="confirm-actor-title"
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        confirming.set(false);
                    }
                }
            >
                <strong id="confirm-actor-title">{move || msg::CONFIRM_DELETE_ACTOR.get(ctx.l())}</strong>
                <div class="impact">{impact}</div>
                <div class="actions">
                    <button type="button" class="danger" data-testid="confirm-delete-actor" on:click=do_delete>
                        {move || common::CONFIRM_DELETE.get(ctx.l())}
                    </button>
                    <button type="button" node_ref=cancel_ref on:click=move |_| confirming.set(false)>
                        {move || common::CANCEL.get(ctx.l())}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// The notice after a delete: what went, "Undo" and "Close". Undo puts the
/// records back (and takes them out of the trash); an actor put back is
/// selected again.
#[component]
pub fn UndoNotice(go_actor: Callback<ActorId>) -> impl IntoView {
    let ctx = Ctx::get();
    let ThreatsView {
        removed,
        undo_error,
        ..
    } = ThreatsView::get();
    let undo = move |_| {
        let Some((r, _)) = removed.get_untracked() else {
            return;
        };
        let actor = r.actors.first().map(|(_, a)| a.id);
        match ctx.put_back(r) {
            Ok(()) => {
                removed.set(None);
                undo_error.set(None);
                if let Some(id) = actor {
                    go_actor.run(id);
                }
            }
            Err(e) => undo_error.set(Some(e)),
        }
    };
    view! {
        <Show when=move || removed.with(Option::is_some)>
            <div class="toast notice" role="status" data-testid="undo-toast">
                <span>
                    {move || msg::DELETED.get(ctx.l())}
                    {move || removed.with(|r| r.as_ref().map(|(_, l)| l.clone()).unwrap_or_default())}
                </span>
                <button type="button" class="primary" data-testid="undo-delete" on:click=undo>
                    {move || common::UNDO.get(ctx.l())}
                </button>
                <button type="button" data-testid="dismiss-undo" on:click=move |_| {
                    removed.set(None);
                    undo_error.set(None);
                }>
                    {move || common::CLOSE.get(ctx.l())}
                </button>
                {move || undo_error.get().map(|text| view! {
                    <span class="error" role="alert">{move || msg::UNDO_FAILED.get(ctx.l())}{text}</span>
                })}
            </div>
        </Show>
    }
}
