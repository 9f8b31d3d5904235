//! Creating a session (title, facilitator, the agreement rule fixed from
//! then on) and the list of sessions.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::ids::SessionId;
use crate::domain::workshop::{AgreementRule, RatingSession};
use crate::i18n::workshop as msg;
use crate::route::{Route, Screen};
use crate::ui::state::{new_id, now, Ctx};

#[component]
pub fn NewSession() -> impl IntoView {
    let ctx = Ctx::get();
    let title = RwSignal::new(String::new());
    let facilitator = RwSignal::new(String::new());
    let spread = RwSignal::new(AgreementRule::default().spread);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(wb) = ctx.wb.with_untracked(|w| w.as_ref().map(|w| w.id.uuid())) else {
            return;
        };
        let id = new_id();
        let mut t = title.get_untracked().trim().to_owned();
        if t.is_empty() {
            t = msg::DEFAULT_TITLE.get(ctx.lang.get_untracked()).to_owned();
        }
        let s = RatingSession::new(
            SessionId::new(id),
            t,
            facilitator.get_untracked(),
            AgreementRule {
                spread: spread.get_untracked(),
            },
            now(),
        );
        ctx.update(move |w| w.workshops.push(s));
        title.set(String::new());
        ctx.go(Route::Workbook(wb, Screen::Workshop(Some(id))));
    };
    view! {
        <form class="ws-new panel" on:submit=create aria-labelledby="ws-new-title">
            <h3 id="ws-new-title">{move || msg::NEW_SESSION.get(ctx.l())}</h3>
            <label class="field">
                <span class="field-label">{move || msg::S_TITLE.get(ctx.l())}</span>
                <input type="text" data-testid="ws-title" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/>
            </label>
            <label class="field">
                <span class="field-label">{move || msg::S_FACILITATOR.get(ctx.l())}</span>
                <input type="text" data-testid="ws-facilitator" prop:value=move || facilitator.get() on:input=move |ev| facilitator.set(event_target_value(&ev))/>
            </label>
            <label class="field">
                <span class="field-label">{move || msg::S_RULE.get(ctx.l())}</span>
                <select data-testid="ws-rule" on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                        spread.set(v.min(AgreementRule::MAX_SPREAD));
                    }
                }>
                    {(0..=AgreementRule::MAX_SPREAD).map(|s| view! {
                        <option value=s.to_string() selected=move || spread.get() == s>{move || msg::rule_text(s, ctx.l())}</option>
                    }).collect_view()}
                </select>
            </label>
            <button type="submit" class="primary" data-testid="ws-create">{move || msg::CREATE.get(ctx.l())}</button>
        </form>
    }
}

#[component]
pub fn SessionList(selected: Memo<Option<Uuid>>) -> impl IntoView {
    let ctx = Ctx::get();
    let rows = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref().map_or_else(Vec::new, |w| {
                w.workshops
                    .iter()
                    .rev()
                    .map(|s| {
                        (
                            s.id.uuid(),
                            s.title.clone(),
                            crate::domain::validate::format_date(s.created_at.date()),
                            s.current().number,
                            s.is_revealed(),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let href = move |id: Uuid| {
        ctx.route
            .get()
            .workbook()
            .map(|wb| Route::Workbook(wb, Screen::Workshop(Some(id))).to_hash())
            .unwrap_or_default()
    };
    view! {
        <nav class="ws-list panel" aria-labelledby="ws-list-title">
            <h3 id="ws-list-title">{move || msg::SESSIONS.get(ctx.l())}</h3>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="muted">{move || msg::NO_SESSIONS.get(ctx.l())}</p>
            </Show>
            <ul class="plain">
                <For
                    each=move || rows.get()
                    key=|r| r.clone()
                    children=move |(id, title, date, pass, revealed)| view! {
                        <li>
                            <a
                                href=move || href(id)
                                data-testid="ws-session-link"
                                aria-current=move || if selected.get() == Some(id) { "page" } else { "false" }
                            >{title}</a>
                            " "<span class="muted">{date}" · "{move || msg::pass_state(pass, revealed, ctx.l())}</span>
                        </li>
                    }
                />
            </ul>
        </nav>
    }
}
