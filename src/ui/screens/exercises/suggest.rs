//! What an exercise's findings suggest for the control effectiveness of the
//! scenarios it tested (`domain::model::control_suggestions`), each with a
//! button to accept it. Nothing changes until the user accepts.

use leptos::prelude::*;

use crate::domain::ids::ExerciseId;
use crate::domain::model::control_suggestions;
use crate::domain::rating::Rating;
use crate::i18n::{common, exercises as msg};
use crate::ui::state::Ctx;

#[component]
pub fn Suggestions(id: ExerciseId) -> impl IntoView {
    let ctx = Ctx::get();
    let rows = Memo::new(move |_| {
        ctx.wb.with(|w| {
            let Some((w, e)) = w.as_ref().and_then(|w| w.exercise(id).map(|e| (w, e))) else {
                return Vec::new();
            };
            control_suggestions(w, e)
                .into_iter()
                .filter_map(|s| {
                    let title = w.scenario(s.scenario_id)?.title.clone();
                    Some((s.scenario_id, title, s.current, s.suggested))
                })
                .collect::<Vec<_>>()
        })
    });
    let show = |r: Option<Rating>| r.map_or_else(|| "–".to_owned(), |r| r.get().to_string());
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())>
            <section class="panel" data-testid="exercise-suggestions" aria-labelledby="ex-suggest-title">
                <h4 id="ex-suggest-title">{move || msg::SUGGEST_TITLE.get(ctx.l())}</h4>
                <p class="hint">{move || msg::SUGGEST_HINT.get(ctx.l())}</p>
                <ul class="plain">
                    <For
                        each=move || rows.get()
                        key=|r| r.clone()
                        children=move |(sid, title, current, suggested)| {
                            // Several scenarios may each have a button: its
                            // name says which one it sets.
                            let named = title.clone();
                            let accept_label = move || format!("{} ({named})", msg::SUGGEST_ACCEPT.get(ctx.l()));
                            view! {
                            <li data-testid="exercise-suggestion">
                                {title}{move || common::COLON.get(ctx.l())}
                                {move || msg::SUGGEST_CURRENT.get(ctx.l())}" "{show(current)}" → "
                                {move || msg::SUGGEST_NEW.get(ctx.l())}" "<strong>{suggested.get()}</strong>" "
                                <button type="button" data-testid="exercise-suggestion-accept" aria-label=accept_label on:click=move |_| {
                                    ctx.update(|w| {
                                        if let Some(s) = w.scenario_mut(sid) {
                                            s.control_effectiveness = Some(suggested);
                                        }
                                    });
                                }>{move || msg::SUGGEST_ACCEPT.get(ctx.l())}</button>
                            </li>
                            }
                        }
                    />
                </ul>
            </section>
        </Show>
    }
}
