//! The leak scenarios an exercise tests: the linked ones, each with Unlink,
//! and a picker (grouped by technology) to link one more.

use leptos::prelude::*;

use crate::domain::ids::{ExerciseId, ScenarioId};
use crate::i18n::exercises as msg;
use crate::route::{Route, Screen};
use crate::ui::state::Ctx;
use crate::ui::widgets::{scenario_groups, LinkPicker, Linked, LinkedList};

use super::detail::ex_edit;

#[component]
pub fn TestedScenarios(id: ExerciseId) -> impl IntoView {
    let ctx = Ctx::get();
    let linked = Memo::new(move |_| {
        ctx.wb.with(|w| {
            let Some((w, e)) = w.as_ref().and_then(|w| w.exercise(id).map(|e| (w, e))) else {
                return Vec::new();
            };
            e.scenario_ids
                .iter()
                .filter_map(|s| w.scenario(*s))
                .map(|s| Linked {
                    value: s.id.to_string(),
                    label: s.title.clone(),
                    note: w.technology(s.technology_id).map(|t| t.name.clone()),
                    href: Some(
                        Route::Workbook(w.id.uuid(), Screen::Scenarios(Some(s.id.uuid())))
                            .to_hash(),
                    ),
                })
                .collect()
        })
    });
    let choices = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.exercise(id).map(|e| scenario_groups(w, &e.scenario_ids)))
                .unwrap_or_default()
        })
    });
    let none = Memo::new(move |_| {
        ctx.wb
            .with(|w| w.as_ref().is_none_or(|w| w.scenarios.is_empty()))
    });
    let link = Callback::new(move |raw: String| {
        if let Ok(sid) = raw.parse::<ScenarioId>() {
            ex_edit(ctx, id, |e| {
                if !e.scenario_ids.contains(&sid) {
                    e.scenario_ids.push(sid);
                }
            });
        }
    });
    let unlink = Callback::new(move |raw: String| {
        if let Ok(sid) = raw.parse::<ScenarioId>() {
            ex_edit(ctx, id, |e| e.scenario_ids.retain(|s| *s != sid));
        }
    });
    view! {
        <fieldset class="ex-scenarios" data-testid="exercise-scenarios">
            <legend>{move || msg::SCENARIOS.get(ctx.l())}</legend>
            <Show
                when=move || !none.get()
                fallback=move || view! { <p class="muted">{move || msg::NO_SCENARIOS.get(ctx.l())}</p> }
            >
                <LinkedList
                    items=linked
                    on_unlink=unlink
                    unlink=msg::UNLINK
                    empty=msg::NO_LINKED_SCENARIOS
                    item_testid="exercise-scenario"
                    unlink_testid="exercise-unlink-scenario"
                    refocus="exercise-link-scenario-select"
                />
                <LinkPicker
                    label=msg::LINK_SCENARIO
                    button=msg::LINK
                    groups=choices
                    on_pick=link
                    select_testid="exercise-link-scenario-select"
                    button_testid="exercise-link-scenario-button"
                />
            </Show>
        </fieldset>
    }
}
