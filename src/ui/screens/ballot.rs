//! A participant's side of rating on their own laptop: open the session
//! file from the facilitator, choose one's pseudonym, rate, export the
//! ballot file. Held in this component only: nothing is stored, so the
//! ratings never sit in this laptop's workbooks.

use leptos::prelude::*;

use crate::domain::ids::ParticipantId;
use crate::domain::rating::Rating;
use crate::domain::workshop::{ballot_file, parse_session_file, Ballot, BallotEntry, SessionFile};
use crate::i18n::workshop as msg;
use crate::route::Route;
use crate::ui::download::{download_text, read_file, JSON_MIME};
use crate::ui::import_files::picked_files;
use crate::ui::state::Ctx;
use crate::ui::widgets::unique_id;

#[component]
pub fn BallotScreen() -> impl IntoView {
    let ctx = Ctx::get();
    let loaded = RwSignal::new(None::<SessionFile>);
    let error = RwSignal::new(None::<String>);
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(file) = picked_files(&ev).into_iter().next() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let l = ctx.lang.get_untracked();
            match read_file(&file).await {
                Err(e) => {
                    error.try_set(Some(e));
                }
                Ok(bytes) => match parse_session_file(&String::from_utf8_lossy(&bytes)) {
                    Ok(f) => {
                        error.try_set(None);
                        loaded.try_set(Some(f));
                    }
                    Err(e) => {
                        error.try_set(Some(e.message(l)));
                    }
                },
            }
        });
    };
    view! {
        <section class="ballot-screen" data-testid="ballot-screen">
            <h2>{move || msg::B_TITLE.get(ctx.l())}</h2>
            <p class="muted">{move || msg::B_INTRO.get(ctx.l())}</p>
            <label class="field">
                <span class="field-label">{move || msg::B_OPEN.get(ctx.l())}</span>
                <input type="file" accept=".json,application/json" data-testid="ballot-open" on:change=on_pick/>
            </label>
            <p class="error" role="alert">{move || error.get().unwrap_or_default()}</p>
            {move || loaded.get().map(|f| view! { <BallotForm file=f/> })}
            <p><a href=Route::Workbooks.to_hash()>{move || msg::B_BACK.get(ctx.l())}</a></p>
        </section>
    }
}

#[component]
fn BallotForm(file: SessionFile) -> impl IntoView {
    let ctx = Ctx::get();
    let who = RwSignal::new(None::<ParticipantId>);
    let status = RwSignal::new(None::<String>);
    let values: Vec<(RwSignal<Option<Rating>>, RwSignal<String>)> = file
        .items
        .iter()
        .map(|_| (RwSignal::new(None), RwSignal::new(String::new())))
        .collect();
    let who_id = unique_id("ballot-who");
    let f = file.clone();
    let vals = values.clone();
    let export = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(p) = who.get_untracked() else {
            status.set(Some(msg::CHOOSE.get(ctx.l()).to_owned()));
            return;
        };
        let ballot = Ballot {
            session_id: f.session_id,
            session_title: f.title.clone(),
            pass: f.pass,
            participant: p,
            ratings: f
                .items
                .iter()
                .zip(&vals)
                .map(|(i, (v, r))| BallotEntry {
                    record_id: i.record_id,
                    axis: i.axis.clone(),
                    value: v.get_untracked().map(Rating::get),
                    reason: r.get_untracked(),
                })
                .collect(),
        };
        let pseudonym = f
            .participants
            .iter()
            .find(|(i, _)| *i == p)
            .map(|(_, n)| n.clone())
            .unwrap_or_default();
        let name = format!(
            "mamori-ballot-{}-pass{}-{pseudonym}.json",
            &f.session_id.to_string()[..8],
            f.pass
        );
        status.set(Some(
            match download_text(&name, JSON_MIME, &ballot_file(&ballot)) {
                Ok(()) => msg::B_EXPORTED.get(ctx.l()).to_owned(),
                Err(e) => e,
            },
        ));
    };
    let rows = file
        .items
        .iter()
        .zip(values)
        .map(|(item, (value, reason))| {
            let group = unique_id("ballot-rate");
            let radio = move |r: Option<Rating>| {
                let group = group.clone();
                let text =
                    r.map_or_else(|| msg::ABSTAIN.get(ctx.l()).to_owned(), |r| r.to_string());
                view! {
                    <label class="rating-choice">
                        <input type="radio" name=group on:change=move |_| value.set(r)/>
                        <span>{text}</span>
                    </label>
                }
            };
            view! {
                <fieldset class="ws-rate" data-testid="ballot-rate">
                    <legend>{item.label.clone()}</legend>
                    <div class="rating-choices">
                        {Rating::all().map(|r| radio(Some(r))).collect_view()}
                        {radio(None)}
                    </div>
                    <label class="field ws-reason">
                        <span class="field-label">{move || msg::REASON.get(ctx.l())}</span>
                        <input type="text" on:input=move |ev| reason.set(event_target_value(&ev))/>
                    </label>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <form class="ws-entry-form" on:submit=export data-testid="ballot-form">
            <h3>{file.title.clone()}" · "{move || msg::pass_state(file.pass, false, ctx.l())}</h3>
            <label class="field" for=who_id.clone()>
                <span class="field-label">{move || msg::B_WHO.get(ctx.l())}</span>
            </label>
            <select id=who_id data-testid="ballot-who" on:change=move |ev| {
                who.set(uuid::Uuid::parse_str(&event_target_value(&ev)).ok().map(ParticipantId::new));
            }>
                <option value="">{move || msg::CHOOSE.get(ctx.l())}</option>
                {file.participants.iter().map(|(pid, name)| view! { <option value=pid.to_string()>{name.clone()}</option> }).collect_view()}
            </select>
            {rows}
            <button type="submit" class="primary" data-testid="ballot-export">{move || msg::B_EXPORT.get(ctx.l())}</button>
            <p role="status" data-testid="ballot-status">{move || status.get().unwrap_or_default()}</p>
        </form>
    }
}
