//! The outcome of a revealed item: the value (prefilled with a whole
//! median), how it was reached, a one-line rationale and any dissent.
//! Applying it is one edit through `Ctx::update` — undo takes back the
//! outcome and the record's rating together — and the outcome keeps the
//! value it replaced.

use leptos::prelude::*;

use crate::domain::ids::SessionId;
use crate::domain::kinds::Coded;
use crate::domain::rating::Rating;
use crate::domain::workshop::{apply_outcome, ItemKey, Outcome, OutcomeMethod, RatingSession};
use crate::i18n::workshop as msg;
use crate::ui::state::{now, Ctx};

#[component]
pub fn OutcomeCell(
    id: SessionId,
    session: Memo<Option<RatingSession>>,
    key: ItemKey,
    median: Option<Rating>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let decided = Memo::new(move |_| {
        session.with(|s| {
            s.as_ref()
                .and_then(|s| s.item(key))
                .and_then(|i| i.outcome.clone())
        })
    });
    view! {
        {move || match decided.get() {
            Some(o) => decided_view(ctx, o).into_any(),
            None => view! { <OutcomeForm id=id key=key median=median/> }.into_any(),
        }}
    }
}

fn decided_view(ctx: Ctx, o: Outcome) -> impl IntoView {
    let previous = o
        .previous
        .map_or_else(|| msg::NOT_RATED.get(ctx.l()).to_owned(), |r| r.to_string());
    view! {
        <div class="ws-outcome" data-testid="ws-outcome" data-value=o.value.get()>
            <strong>{o.value.get()}</strong>" ("{move || o.method.label().get(ctx.l())}") "
            <span class="muted">{move || msg::PREVIOUS.get(ctx.l())}": "{previous.clone()}</span>
            {(!o.rationale.is_empty()).then(|| view! { <div>{o.rationale.clone()}</div> })}
            {(!o.dissent.is_empty()).then(|| view! { <div class="muted">{move || msg::O_DISSENT.get(ctx.l())}": "{o.dissent.clone()}</div> })}
        </div>
    }
}

#[component]
fn OutcomeForm(id: SessionId, key: ItemKey, median: Option<Rating>) -> impl IntoView {
    let ctx = Ctx::get();
    let value = RwSignal::new(median);
    let method = RwSignal::new(if median.is_some() {
        OutcomeMethod::Median
    } else {
        OutcomeMethod::Agreed
    });
    let rationale = RwSignal::new(String::new());
    let dissent = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(v) = value.get_untracked() else {
            error.set(Some(msg::O_VALUE.get(ctx.l()).to_owned()));
            return;
        };
        let (m, r, d, at) = (
            method.get_untracked(),
            rationale.get_untracked(),
            dissent.get_untracked(),
            now(),
        );
        // Checked on a copy first, so a refusal records no undo step.
        let check = ctx.wb.with_untracked(|w| {
            w.as_ref().map(|w| {
                let mut copy = w.clone();
                apply_outcome(&mut copy, id, key, v, m, &r, &d, at)
            })
        });
        match check {
            Some(Ok(())) => ctx.update(move |w| {
                let _ = apply_outcome(w, id, key, v, m, &r, &d, at);
            }),
            Some(Err(e)) => error.set(Some(e.message(ctx.l()))),
            None => {}
        }
    };
    view! {
        <form class="ws-outcome-form" on:submit=apply data-testid="ws-outcome-form">
            <label class="field">
                <span class="field-label">{move || msg::O_VALUE.get(ctx.l())}</span>
                <select data-testid="ws-o-value" on:change=move |ev| value.set(event_target_value(&ev).parse::<u8>().ok().and_then(|v| Rating::new(v).ok()))>
                    <option value="" selected=median.is_none()>"–"</option>
                    {Rating::all().map(|r| view! { <option value=r.get().to_string() selected=median == Some(r)>{r.get()}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span class="field-label">{move || msg::O_METHOD.get(ctx.l())}</span>
                <select data-testid="ws-o-method" on:change=move |ev| {
                    if let Ok(m) = OutcomeMethod::from_code(&event_target_value(&ev)) {
                        method.set(m);
                    }
                }>
                    {OutcomeMethod::ALL.iter().map(|m| {
                        let m = *m;
                        view! { <option value=m.code() selected=move || method.get() == m>{move || Coded::label(m).get(ctx.l())}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span class="field-label">{move || msg::O_RATIONALE.get(ctx.l())}</span>
                <input type="text" data-testid="ws-o-rationale" on:input=move |ev| rationale.set(event_target_value(&ev))/>
            </label>
            <label class="field">
                <span class="field-label">{move || msg::O_DISSENT.get(ctx.l())}</span>
                <input type="text" data-testid="ws-o-dissent" on:input=move |ev| dissent.set(event_target_value(&ev))/>
            </label>
            <button type="submit" class="primary" data-testid="ws-apply">{move || msg::APPLY.get(ctx.l())}</button>
            <p class="field-error" role="status">{move || error.get().unwrap_or_default()}</p>
        </form>
    }
}
