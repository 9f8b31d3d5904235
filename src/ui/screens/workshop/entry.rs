//! Entry on the one laptop. Each participant in turn picks their pseudonym,
//! rates and records; the form is then rebuilt empty, so what they entered
//! is nowhere in the page — not in an input, an attribute or a hidden
//! element — until the reveal. The screen shows only who has recorded and
//! how many. The facilitator uses the same form to type in paper cards.

use leptos::prelude::*;

use crate::domain::ids::{ParticipantId, SessionId};
use crate::domain::rating::Rating;
use crate::domain::workshop::{item_label, ItemKey, RatingSession};
use crate::i18n::workshop as msg;
use crate::ui::state::{now, Ctx};
use crate::ui::widgets::unique_id;

use super::edit_session;

#[component]
pub fn Entry(id: SessionId, session: Memo<Option<RatingSession>>) -> impl IntoView {
    let ctx = Ctx::get();
    // Bumped after every recording: the form is rebuilt from nothing.
    let round = RwSignal::new(0u32);
    let status = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let counts = Memo::new(move |_| {
        session.with(|s| {
            s.as_ref().map_or((0, 0, Vec::new()), |s| {
                let rated = s.rated();
                let chips = s
                    .participants
                    .iter()
                    .map(|p| (p.pseudonym.clone(), rated.contains(&p.id)))
                    .collect::<Vec<_>>();
                (rated.len(), s.participants.len(), chips)
            })
        })
    });
    let can_rate = Memo::new(move |_| {
        session.with(|s| {
            s.as_ref()
                .is_some_and(|s| !s.participants.is_empty() && s.open_items().next().is_some())
        })
    });
    let reveal = move |_| {
        let r = edit_session(ctx, id, |s| s.reveal(now()));
        error.set(r.err().map(|e| e.message(ctx.l())));
        status.set(None);
    };
    view! {
        <section class="ws-entry" aria-labelledby="ws-entry-title" data-testid="ws-entry">
            <h4 id="ws-entry-title">{move || msg::ENTRY.get(ctx.l())}</h4>
            <p class="notice" role="note">{move || msg::BLANK_PROJECTOR.get(ctx.l())}</p>
            <p class="ws-count" data-testid="ws-count" aria-live="polite">
                {move || counts.with(|(n, of, _)| msg::rated_count(*n, *of, ctx.l()))}
            </p>
            <ul class="plain ws-chips" data-testid="ws-rated">
                {move || counts.with(|(_, _, chips)| chips.iter().map(|(p, done)| {
                    let done = *done;
                    view! {
                        <li class:done=done>{p.clone()}{done.then_some(" ✓")}</li>
                    }
                }).collect_view())}
            </ul>
            <p class="ws-recorded" role="status" data-testid="ws-recorded">{move || status.get().unwrap_or_default()}</p>
            <Show when=move || can_rate.get()>
                // Keyed on the round: a new key makes new elements. (A plain
                // closure would patch the old ones in place, and a radio's
                // checked state would survive into the next person's form.)
                <For
                    each=move || [round.get()]
                    key=|r| *r
                    children=move |_| view! { <EntryForm id=id session=session status=status round=round/> }
                />
            </Show>
            <p class="hint">{move || msg::PAPER_HINT.get(ctx.l())}</p>
            <div class="actions">
                <button type="button" class="primary" data-testid="ws-reveal"
                    disabled=move || counts.with(|(n, _, _)| *n == 0)
                    on:click=reveal>{move || msg::REVEAL.get(ctx.l())}</button>
                <span class="hint">{move || msg::REVEAL_HINT.get(ctx.l())}</span>
            </div>
            <p class="field-error" role="status">{move || error.get().unwrap_or_default()}</p>
        </section>
    }
}

/// One participant's ratings. Values live in this component's own signals
/// and the browser's radio state only; recording rebuilds it empty.
#[component]
fn EntryForm(
    id: SessionId,
    session: Memo<Option<RatingSession>>,
    status: RwSignal<Option<String>>,
    round: RwSignal<u32>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let who = RwSignal::new(None::<ParticipantId>);
    let error = RwSignal::new(None::<String>);
    // Read once: participants and items are fixed while anyone rates.
    let (people, items) = session.with_untracked(|s| {
        ctx.wb.with_untracked(|w| match (s, w) {
            (Some(s), Some(w)) => (
                s.participants
                    .iter()
                    .map(|p| (p.id, p.pseudonym.clone()))
                    .collect::<Vec<_>>(),
                s.open_items()
                    .map(|i| (i.key, item_label(w, i.key, ctx.lang.get_untracked())))
                    .collect::<Vec<_>>(),
            ),
            _ => (Vec::new(), Vec::new()),
        })
    });
    let values: Vec<(ItemKey, RwSignal<Option<Rating>>, RwSignal<String>)> = items
        .iter()
        .map(|(k, _)| (*k, RwSignal::new(None), RwSignal::new(String::new())))
        .collect();
    let values_for_submit = values.clone();
    let names = people.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(p) = who.get_untracked() else {
            error.set(Some(msg::CHOOSE.get(ctx.l()).to_owned()));
            return;
        };
        let given: Vec<_> = values_for_submit
            .iter()
            .map(|(k, v, r)| (*k, v.get_untracked(), r.get_untracked()))
            .collect();
        match edit_session(ctx, id, |s| s.submit(p, &given)) {
            Ok(()) => {
                let name = names
                    .iter()
                    .find(|(i, _)| *i == p)
                    .map(|(_, n)| n.clone())
                    .unwrap_or_default();
                status.set(Some(format!("{name}: {}", msg::RECORDED.get(ctx.l()))));
                round.update(|r| *r += 1);
            }
            Err(e) => error.set(Some(e.message(ctx.l()))),
        }
    };
    let who_id = unique_id("ws-who");
    let rows = items
        .into_iter()
        .zip(values)
        .map(|((_, label), (_, value, reason))| {
            let group = unique_id("ws-rate");
            let radio = move |r: Option<Rating>| {
                let group = group.clone();
                let text = r.map_or_else(|| msg::ABSTAIN.get(ctx.l()).to_owned(), |r| r.to_string());
                view! {
                    <label class="rating-choice">
                        <input type="radio" name=group on:change=move |_| value.set(r)/>
                        <span>{text}</span>
                    </label>
                }
            };
            view! {
                <fieldset class="ws-rate" data-testid="ws-rate">
                    <legend>{label}</legend>
                    <div class="rating-choices">
                        {Rating::all().map(|r| radio(Some(r))).collect_view()}
                        {radio(None)}
                    </div>
                    <label class="field ws-reason">
                        <span class="field-label">{move || msg::REASON.get(ctx.l())}</span>
                        <input type="text" data-testid="ws-reason" on:input=move |ev| reason.set(event_target_value(&ev))/>
                    </label>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <form class="ws-entry-form" on:submit=submit data-testid="ws-entry-form">
            <label class="field" for=who_id.clone()>
                <span class="field-label">{move || msg::RATE_AS.get(ctx.l())}</span>
            </label>
            <select id=who_id data-testid="ws-who" on:change=move |ev| {
                who.set(uuid::Uuid::parse_str(&event_target_value(&ev)).ok().map(ParticipantId::new));
            }>
                <option value="">{move || msg::CHOOSE.get(ctx.l())}</option>
                {people.iter().map(|(pid, name)| view! { <option value=pid.to_string()>{name.clone()}</option> }).collect_view()}
            </select>
            {rows}
            <button type="submit" class="primary" data-testid="ws-submit">{move || msg::SUBMIT.get(ctx.l())}</button>
            <p class="field-error" role="status">{move || error.get().unwrap_or_default()}</p>
        </form>
    }
}
