//! Deleting a countermeasure: a confirmation naming the records that lose
//! their link to it, then a notice with Undo (`Ctx::put_back`, which also
//! takes it out of the trash).

use leptos::prelude::*;

use crate::domain::ids::CountermeasureId;
use crate::i18n::{common, countermeasures as msg};
use crate::ui::state::Ctx;
use crate::ui::widgets::{focus_soon, impact_list, ConfirmDelete};

use super::view_state::CmView;

/// The delete button of one countermeasure and its confirmation, naming
/// the records that lose their link.
#[component]
pub fn DeleteCountermeasure(id: CountermeasureId) -> impl IntoView {
    let ctx = Ctx::get();
    let view = expect_context::<CmView>();
    let delete = Callback::new(move |()| {
        let removed = ctx.delete(|wb| wb.delete_countermeasure(id));
        if removed.is_some() {
            view.undo_error.set(None);
            view.last_deleted.set(removed);
            // The detail holding the focused button is gone: Undo is next.
            focus_soon("[data-testid=undo-delete-countermeasure]", false);
        }
    });
    // A closure, so the list follows the workbook and the language.
    let impact = move || {
        let unlinked = ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.delete_countermeasure_impact(id))
                .map(|i| i.unlinked)
                .unwrap_or_default()
        });
        impact_list(msg::CONFIRM_UNLINKS, unlinked)
    };
    view! {
        <ConfirmDelete
            label=msg::DELETE
            question=msg::CONFIRM_DELETE
            testid="delete-countermeasure"
            confirm_testid="confirm-delete-countermeasure"
            on_confirm=delete
        >
            {impact}
        </ConfirmDelete>
    }
}

/// "Countermeasure deleted. Undo", while the deleted record is still gone
/// (the header's undo may have brought it back meanwhile).
#[component]
pub fn UndoNotice() -> impl IntoView {
    let ctx = Ctx::get();
    let view = expect_context::<CmView>();
    let pending = Memo::new(move |_| {
        view.last_deleted.with(|r| {
            r.as_ref().is_some_and(|r| {
                ctx.wb.with(|w| {
                    w.as_ref().is_some_and(|w| {
                        r.countermeasures
                            .iter()
                            .any(|(_, m)| w.countermeasure(m.id).is_none())
                    })
                })
            })
        })
    });
    let undo = move |_| {
        let Some(r) = view.last_deleted.get_untracked() else {
            return;
        };
        match ctx.put_back(r) {
            Ok(()) => {
                view.last_deleted.set(None);
                view.undo_error.set(None);
            }
            Err(e) => view.undo_error.set(Some(e)),
        }
    };
    view! {
        <Show when=move || pending.get()>
            <p class="notice" role="status">
                {move || msg::DELETED.get(ctx.l())}
                " "
                <button data-testid="undo-delete-countermeasure" on:click=undo>
                    {move || common::UNDO.get(ctx.l())}
                </button>
                {move || view.undo_error.get().map(|e| view! {
                    <span class="error">" "{msg::UNDO_FAILED.get(ctx.l())}" "{e}</span>
                })}
            </p>
        </Show>
    }
}
