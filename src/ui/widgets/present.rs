//! The "present" view: one picture, large, with nothing else on the screen,
//! for a projector in a workshop. A modal `<dialog>`: the browser puts it in
//! the top layer over the whole page, makes the rest of the page inert (no
//! stray focus or clicks behind it) and closes it on Escape.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::domain::text::Text;
use crate::i18n::common as msg;
use crate::ui::state::Ctx;

/// Shows `children` full screen while `open` is true. Closing (the button,
/// Escape) sets `open` back to false.
#[component]
pub fn Present(open: RwSignal<bool>, title: Text, children: ChildrenFn) -> impl IntoView {
    let ctx = Ctx::get();
    let dialog = NodeRef::<Dialog>::new();
    // `showModal` once the element is in the document; `open` attributes set
    // by markup would make a non-modal dialog that leaves the page live.
    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    });
    let title_id = super::unique_id("present-title");
    view! {
        <Show when=move || open.get()>
            <dialog
                node_ref=dialog
                class="present"
                data-testid="present"
                aria-labelledby=title_id.clone()
                on:close=move |_| open.set(false)
            >
                <div class="present-head">
                    <h2 id=title_id.clone()>{move || title.get(ctx.l())}</h2>
                    <button type="button" data-testid="present-close" on:click=move |_| open.set(false)>
                        {move || msg::CLOSE.get(ctx.l())}
                    </button>
                </div>
                <div class="present-body">{children()}</div>
            </dialog>
        </Show>
    }
}
