//! "Delete, but ask first": a danger button that turns into an
//! `alertdialog` asking the question, showing what the delete touches (the
//! children), with Delete and Cancel; Escape cancels. One dialog for every
//! screen's delete.

use leptos::prelude::*;

use crate::domain::edit::ImpactItem;
use crate::domain::text::Text;
use crate::i18n::common as msg;
use crate::ui::state::Ctx;

/// `label` on the button (`testid`), `question` in the dialog, `children`
/// below it; the dialog's Delete (`confirm_testid`) runs `on_confirm`.
/// `class` is the wrapper's (default `actions delete-row`).
#[component]
pub fn ConfirmDelete(
    label: Text,
    question: Text,
    testid: &'static str,
    confirm_testid: &'static str,
    on_confirm: Callback<()>,
    #[prop(optional)] class: Option<&'static str>,
    #[prop(optional)] children: Option<ChildrenFn>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let confirming = RwSignal::new(false);
    let confirm = move |_| {
        confirming.set(false);
        on_confirm.run(());
    };
    view! {
        <div class=class.unwrap_or("actions delete-row")>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button class="danger" data-testid=testid on:click=move |_| confirming.set(true)>
                        {move || label.get(ctx.l())}
                    </button>
                }
            >
                <div
                    role="alertdialog"
                    class="confirm"
                    aria-label=move || question.get(ctx.l())
                    on:keydown=move |ev| if ev.key() == "Escape" { confirming.set(false) }
                >
                    <strong>{move || question.get(ctx.l())}</strong>
                    {children.clone().map(|c| c())}
                    <button class="danger" data-testid=confirm_testid on:click=confirm>
                        {move || msg::CONFIRM_DELETE.get(ctx.l())}
                    </button>
                    <button on:click=move |_| confirming.set(false)>{move || msg::CANCEL.get(ctx.l())}</button>
                </div>
            </Show>
        </div>
    }
}

/// What a delete unlinks, for the dialog: `intro`, then one line per record
/// ("Kind: name"); nothing when the list is empty.
pub fn impact_list(intro: Text, items: Vec<ImpactItem>) -> impl IntoView {
    let l = Ctx::get().l();
    (!items.is_empty()).then(|| {
        view! {
            <span>{intro.get(l)}</span>
            <ul class="impact-list">
                {items
                    .into_iter()
                    .map(|i| view! { <li>{format!("{}: {}", i.entity.label().get(l), i.label)}</li> })
                    .collect_view()}
            </ul>
        }
    })
}
