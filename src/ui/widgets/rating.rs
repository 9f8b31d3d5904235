//! A 1–5 rating: a radio group of 1–5 with the axis's anchored descriptions
//! of 1, 3 and 5 beside it, and "not rated" as its own explicit action.
//!
//! Why not a sixth radio for "not rated": a native radio group wraps, so
//! ArrowRight on 5 moved to "not rated" and silently cleared the rating.
//! Here the arrow keys move among 1–5 and stop at the ends; clearing is a
//! button.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::domain::rating::{Rating, RatingAxis};
use crate::i18n::common as msg;
use crate::ui::state::Ctx;

use super::unique_id;

/// Whether an arrow key pressed on the radio of `value` would wrap around
/// the group (past 5 or before 1): such a key press is swallowed.
/// (Checked end to end by `tests/e2e/ui_state.test.mjs`.)
fn would_wrap(key: &str, value: u8) -> bool {
    match key {
        "ArrowRight" | "ArrowDown" => value >= 5,
        "ArrowLeft" | "ArrowUp" => value <= 1,
        _ => false,
    }
}

#[component]
pub fn RatingInput(
    axis: RatingAxis,
    #[prop(into)] value: Signal<Option<Rating>>,
    on_change: Callback<Option<Rating>>,
    #[prop(optional)] testid: &'static str,
    /// The record rated, for the "agreed in workshop" note under the
    /// rating (`domain::workshop::agreed_note`); none on records a
    /// workshop does not rate.
    #[prop(optional, into)]
    record: MaybeProp<uuid::Uuid>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let agreed = Memo::new(move |_| {
        let record = record.get()?;
        let l = ctx.l();
        ctx.wb.with(|w| {
            crate::domain::workshop::agreed_note(
                w.as_ref()?,
                crate::domain::workshop::ItemKey { record, axis },
            )
            .map(|n| n.text(l))
        })
    });
    let name = unique_id("rating");
    let anchors = axis.anchors();
    // The anchors are Mamori's wording of the axis source 004 names.
    let source = crate::domain::catalog::anchors::axis_source(axis);
    let choice = move |r: Rating| {
        let name = name.clone();
        view! {
            <label class="rating-choice">
                <input
                    type="radio"
                    name=name
                    value=r.get().to_string()
                    prop:checked=move || value.get() == Some(r)
                    on:change=move |_| on_change.run(Some(r))
                    on:keydown=move |ev: KeyboardEvent| {
                        if would_wrap(&ev.key(), r.get()) {
                            ev.prevent_default();
                        }
                    }
                />
                <span>{r.to_string()}</span>
            </label>
        }
    };
    view! {
        <fieldset class="rating" data-testid=testid data-axis=axis.code()>
            <legend>
                {move || axis.label().get(ctx.l())}
                {axis.is_inverted().then(|| view! {
                    <span class="inverted-note">{move || msg::INVERTED_NOTE.get(ctx.l())}</span>
                })}
            </legend>
            <div class="rating-choices">
                {Rating::all().map(choice).collect_view()}
                <span class="rating-unset" data-testid="rating-unset" aria-live="polite">
                    {move || value.get().is_none().then(|| msg::NOT_RATED.get(ctx.l()))}
                </span>
                <button
                    type="button"
                    class="rating-clear"
                    data-testid="rating-clear"
                    disabled=move || value.get().is_none()
                    on:click=move |_| on_change.run(None)
                >
                    {move || msg::CLEAR_RATING.get(ctx.l())}
                </button>
            </div>
            <dl class="anchors">
                <div><dt>"1"</dt><dd>{move || anchors[0].get(ctx.l())}</dd></div>
                <div><dt>"3"</dt><dd>{move || anchors[1].get(ctx.l())}</dd></div>
                <div><dt>"5"</dt><dd>{move || anchors[2].get(ctx.l())}</dd></div>
            </dl>
            <p class="source-cite muted anchors-source" title=move || source.long_label(ctx.l())>{move || source.label(ctx.l())}</p>
            {move || agreed.get().map(|t| view! { <p class="agreed-note" data-testid="agreed-note">{t}</p> })}
        </fieldset>
    }
}
