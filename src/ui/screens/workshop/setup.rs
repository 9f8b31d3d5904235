//! Who rates and what is rated. Both are fixed once anyone has rated, so
//! every pass asks the same question of the same people.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::ids::{ParticipantId, SessionId};
use crate::domain::model::Workbook;
use crate::domain::workshop::{item_label, ItemKey, RatingSession, TargetKind};
use crate::i18n::workshop as msg;
use crate::ui::state::{new_id, Ctx};

use super::edit_session;

/// The records of a kind a workshop can rate, with their labels.
fn records(wb: &Workbook, kind: TargetKind) -> Vec<(Uuid, String)> {
    match kind {
        TargetKind::Technology => wb
            .technologies
            .iter()
            .map(|t| (t.id.uuid(), t.name.clone()))
            .collect(),
        TargetKind::Threat => wb
            .assessments
            .iter()
            .map(|a| {
                let actor = wb.actor(a.actor_id).map_or("?", |x| x.name.as_str());
                let tech = wb
                    .technology(a.technology_id)
                    .map_or("?", |x| x.name.as_str());
                (a.id.uuid(), format!("{actor} × {tech}"))
            })
            .collect(),
        TargetKind::Scenario => wb
            .scenarios
            .iter()
            .map(|s| (s.id.uuid(), s.title.clone()))
            .collect(),
    }
}

#[component]
pub fn Setup(id: SessionId, session: Memo<Option<RatingSession>>) -> impl IntoView {
    let ctx = Ctx::get();
    let started =
        Memo::new(move |_| session.with(|s| s.as_ref().is_some_and(RatingSession::rating_started)));
    let error = RwSignal::new(None::<String>);
    let report = move |r: Result<(), crate::domain::workshop::WorkshopError>| {
        error.set(r.err().map(|e| e.message(ctx.l())));
    };

    // Participants.
    let pseudonym = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let add_participant = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (p, n) = (pseudonym.get_untracked(), name.get_untracked());
        let pid = ParticipantId::new(new_id());
        let r = edit_session(ctx, id, |s| s.add_participant(pid, &p, &n));
        if r.is_ok() {
            pseudonym.set(String::new());
            name.set(String::new());
        }
        report(r);
    };
    let participants = Memo::new(move |_| {
        session.with(|s| {
            s.as_ref().map_or_else(Vec::new, |s| {
                s.participants
                    .iter()
                    .map(|p| (p.id, p.pseudonym.clone(), p.name.clone()))
                    .collect::<Vec<_>>()
            })
        })
    });

    // Items.
    let kind = RwSignal::new(TargetKind::Technology);
    let record = RwSignal::new(None::<Uuid>);
    let choices = Memo::new(move |_| {
        let k = kind.get();
        ctx.wb
            .with(|w| w.as_ref().map_or_else(Vec::new, |w| records(w, k)))
    });
    let add_items = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let k = kind.get_untracked();
        let Some(rec) = record
            .get_untracked()
            .or_else(|| choices.with_untracked(|c| c.first().map(|c| c.0)))
        else {
            return;
        };
        let r = edit_session(ctx, id, |s| {
            // Axes already in the session are skipped, the others added.
            for axis in k.axes() {
                let key = ItemKey { record: rec, axis };
                if s.item(key).is_none() {
                    s.add_item(key)?;
                }
            }
            Ok(())
        });
        report(r);
    };
    let items = Memo::new(move |_| {
        let l = ctx.l();
        session.with(|s| {
            ctx.wb.with(|w| match (s, w) {
                (Some(s), Some(w)) => s
                    .items
                    .iter()
                    .map(|i| (i.key, item_label(w, i.key, l)))
                    .collect::<Vec<_>>(),
                _ => Vec::new(),
            })
        })
    });
    let kind_option = move |k: TargetKind, code: &'static str, label: crate::domain::text::Text| {
        view! { <option value=code selected=move || kind.get() == k>{move || label.get(ctx.l())}</option> }
    };

    view! {
        <div class="ws-setup">
            <section class="ws-participants" aria-labelledby="ws-participants-title">
                <h4 id="ws-participants-title">{move || msg::PARTICIPANTS.get(ctx.l())}</h4>
                <Show when=move || participants.with(Vec::is_empty)>
                    <p class="muted">{move || msg::NO_PARTICIPANTS.get(ctx.l())}</p>
                </Show>
                <ul class="plain ws-chips" data-testid="ws-participants">
                    <For
                        each=move || participants.get()
                        key=|p| p.clone()
                        children=move |(pid, pseudo, real)| {
                            let label = format!("{} {pseudo}", msg::REMOVE.get(ctx.l()));
                            view! {
                                <li>
                                    <strong>{pseudo.clone()}</strong>
                                    {(!real.is_empty()).then(|| view! { " "<span class="muted">{format!("({real})")}</span> })}
                                    <Show when=move || !started.get()>
                                        " "<button type="button" class="link" aria-label=label.clone() on:click=move |_| report(edit_session(ctx, id, |s| s.remove_participant(pid)))>
                                            {move || msg::REMOVE.get(ctx.l())}
                                        </button>
                                    </Show>
                                </li>
                            }
                        }
                    />
                </ul>
                <Show when=move || !started.get()>
                    <form class="ws-inline" on:submit=add_participant>
                        <label class="field">
                            <span class="field-label">{move || msg::PSEUDONYM.get(ctx.l())}</span>
                            <input type="text" data-testid="ws-pseudonym" prop:value=move || pseudonym.get() on:input=move |ev| pseudonym.set(event_target_value(&ev))/>
                        </label>
                        <label class="field">
                            <span class="field-label">{move || msg::NAME_OPTIONAL.get(ctx.l())}</span>
                            <input type="text" data-testid="ws-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                        </label>
                        <button type="submit" data-testid="ws-add-participant">{move || msg::ADD_PARTICIPANT.get(ctx.l())}</button>
                    </form>
                </Show>
            </section>
            <section class="ws-items" aria-labelledby="ws-items-title">
                <h4 id="ws-items-title">{move || msg::ITEMS.get(ctx.l())}</h4>
                <Show when=move || items.with(Vec::is_empty)>
                    <p class="muted">{move || msg::NO_ITEMS.get(ctx.l())}</p>
                </Show>
                <ul class="plain" data-testid="ws-items">
                    <For
                        each=move || items.get()
                        key=|i| i.clone()
                        children=move |(key, label)| {
                            let aria = format!("{} {label}", msg::REMOVE.get(ctx.l()));
                            view! {
                                <li data-testid="ws-item">
                                    {label.clone()}
                                    <Show when=move || !started.get()>
                                        " "<button type="button" class="link" aria-label=aria.clone() on:click=move |_| report(edit_session(ctx, id, |s| s.remove_item(key)))>
                                            {move || msg::REMOVE.get(ctx.l())}
                                        </button>
                                    </Show>
                                </li>
                            }
                        }
                    />
                </ul>
                <Show when=move || !started.get()>
                    <form class="ws-inline" on:submit=add_items>
                        <label class="field">
                            <span class="field-label">{move || msg::PICK_KIND.get(ctx.l())}</span>
                            <select data-testid="ws-kind" on:change=move |ev| {
                                let k = match event_target_value(&ev).as_str() {
                                    "threat" => TargetKind::Threat,
                                    "scenario" => TargetKind::Scenario,
                                    _ => TargetKind::Technology,
                                };
                                kind.set(k);
                                record.set(None);
                            }>
                                {kind_option(TargetKind::Technology, "technology", msg::KIND_TECH)}
                                {kind_option(TargetKind::Threat, "threat", msg::KIND_THREAT)}
                                {kind_option(TargetKind::Scenario, "scenario", msg::KIND_SCENARIO)}
                            </select>
                        </label>
                        <label class="field">
                            <span class="field-label">{move || msg::PICK_RECORD.get(ctx.l())}</span>
                            <select data-testid="ws-record" on:change=move |ev| record.set(Uuid::parse_str(&event_target_value(&ev)).ok())>
                                <For
                                    each=move || choices.get()
                                    key=|c| c.clone()
                                    children=move |(rid, label)| view! {
                                        <option value=rid.to_string() selected=move || record.get() == Some(rid)>{label}</option>
                                    }
                                />
                            </select>
                        </label>
                        <button type="submit" data-testid="ws-add-items" disabled=move || choices.with(Vec::is_empty)>
                            {move || msg::ADD_ITEMS.get(ctx.l())}
                        </button>
                    </form>
                    <Show when=move || choices.with(Vec::is_empty)>
                        <p class="muted">{move || msg::NOTHING_TO_PICK.get(ctx.l())}</p>
                    </Show>
                </Show>
            </section>
            <Show when=move || started.get()>
                <p class="muted ws-fixed">{move || msg::FIXED_NOTE.get(ctx.l())}</p>
            </Show>
            <p class="field-error" role="status" data-testid="ws-setup-error">{move || error.get().unwrap_or_default()}</p>
        </div>
    }
}
