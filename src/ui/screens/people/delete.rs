//! Deleting a person (their access links go with them), then a notice with
//! Undo (`Ctx::put_back`, which also takes it out of the trash) that
//! reopens them.

use leptos::prelude::*;

use crate::domain::ids::PersonId;
use crate::i18n::{common, people as msg};
use crate::route::{Route, Screen};
use crate::ui::state::Ctx;
use crate::ui::widgets::{focus_soon, ConfirmDelete};

use super::view_state::PeopleView;

fn wb_id(ctx: Ctx) -> uuid::Uuid {
    ctx.wb
        .with_untracked(|w| w.as_ref().map(|w| w.id.uuid()))
        .unwrap_or_default()
}

/// The delete button of one person and its confirmation.
#[component]
pub fn DeletePerson(id: PersonId) -> impl IntoView {
    let ctx = Ctx::get();
    let view = expect_context::<PeopleView>();
    let delete = Callback::new(move |()| {
        let removed = ctx.delete(|w| w.delete_person(id));
        if removed.is_some() {
            view.undo_error.set(None);
            view.last_deleted.set(removed);
            ctx.go(Route::Workbook(wb_id(ctx), Screen::People(None)));
            focus_soon("[data-testid=undo-delete-person]", false);
        }
    });
    view! {
        <ConfirmDelete
            label=msg::DELETE
            question=msg::CONFIRM_TITLE
            testid="delete-person"
            confirm_testid="confirm-delete-person"
            on_confirm=delete
            class="actions ex-delete"
        >
            " "{move || msg::CONFIRM_BODY.get(ctx.l())}
        </ConfirmDelete>
    }
}

/// "Person deleted. Undo", while the deleted person is still gone.
#[component]
pub fn UndoNotice() -> impl IntoView {
    let ctx = Ctx::get();
    let view = expect_context::<PeopleView>();
    let pending = Memo::new(move |_| {
        view.last_deleted.with(|r| {
            r.as_ref().is_some_and(|r| {
                ctx.wb.with(|w| {
                    w.as_ref()
                        .is_some_and(|w| r.people.iter().any(|(_, p)| w.person(p.id).is_none()))
                })
            })
        })
    });
    let undo = move |_| {
        let Some(r) = view.last_deleted.get_untracked() else {
            return;
        };
        let back_to = r.people.first().map(|(_, p)| p.id.uuid());
        match ctx.put_back(r) {
            Ok(()) => {
                view.last_deleted.set(None);
                view.undo_error.set(None);
                if let Some(id) = back_to {
                    ctx.go(Route::Workbook(wb_id(ctx), Screen::People(Some(id))));
                }
            }
            Err(e) => view
                .undo_error
                .set(Some(format!("{} {e}", msg::UNDO_FAILED.get(ctx.l())))),
        }
    };
    view! {
        <Show when=move || pending.get()>
            <p class="notice" role="status">
                {move || msg::DELETED.get(ctx.l())}" "
                <button data-testid="undo-delete-person" on:click=undo>{move || common::UNDO.get(ctx.l())}</button>
            </p>
        </Show>
        {move || view.undo_error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
    }
}
