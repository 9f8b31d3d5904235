//! What a countermeasure addresses: the leak scenarios and technologies it
//! is linked to, each with Unlink, and a picker to link one more. Linked to
//! nothing, it counts as organisation-wide.

use leptos::prelude::*;

use crate::domain::ids::{CountermeasureId, ScenarioId, TechnologyId};
use crate::i18n::countermeasures as msg;
use crate::route::{Route, Screen};
use crate::ui::state::Ctx;
use crate::ui::widgets::{scenario_groups, LinkPicker, Linked, LinkedList, PickGroup, PickOption};

use super::detail::edit_cm;

#[component]
pub fn Links(id: CountermeasureId) -> impl IntoView {
    let ctx = Ctx::get();
    // (linked scenarios, linked technologies), in the order they were linked.
    let linked = Memo::new(move |_| {
        ctx.wb.with(|w| {
            let Some((w, m)) = w
                .as_ref()
                .and_then(|w| w.countermeasure(id).map(|m| (w, m)))
            else {
                return (Vec::new(), Vec::new());
            };
            let open = |screen: Screen| Some(Route::Workbook(w.id.uuid(), screen).to_hash());
            let scenarios = m
                .scenario_ids
                .iter()
                .filter_map(|s| w.scenario(*s))
                .map(|s| Linked {
                    value: s.id.to_string(),
                    label: s.title.clone(),
                    note: w.technology(s.technology_id).map(|t| t.name.clone()),
                    href: open(Screen::Scenarios(Some(s.id.uuid()))),
                })
                .collect::<Vec<_>>();
            let techs = m
                .technology_ids
                .iter()
                .filter_map(|t| w.technology(*t))
                .map(|t| Linked {
                    value: t.id.to_string(),
                    label: t.name.clone(),
                    note: None,
                    href: open(Screen::Inventory(Some(t.id.uuid()))),
                })
                .collect::<Vec<_>>();
            (scenarios, techs)
        })
    });
    let linked_scenarios = Memo::new(move |_| linked.with(|l| l.0.clone()));
    let linked_techs = Memo::new(move |_| linked.with(|l| l.1.clone()));
    // What can still be linked (what is linked is left out).
    let scenario_choices = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| {
                    w.countermeasure(id)
                        .map(|m| scenario_groups(w, &m.scenario_ids))
                })
                .unwrap_or_default()
        })
    });
    let tech_choices = Memo::new(move |_| {
        ctx.wb.with(|w| {
            let Some((w, m)) = w
                .as_ref()
                .and_then(|w| w.countermeasure(id).map(|m| (w, m)))
            else {
                return Vec::new();
            };
            PickGroup::plain(
                w.technologies
                    .iter()
                    .filter(|t| !m.technology_ids.contains(&t.id))
                    .map(|t| PickOption {
                        value: t.id.to_string(),
                        label: t.name.clone(),
                    })
                    .collect(),
            )
        })
    });
    let no_scenarios = Memo::new(move |_| {
        ctx.wb
            .with(|w| w.as_ref().is_none_or(|w| w.scenarios.is_empty()))
    });
    let no_techs = Memo::new(move |_| {
        ctx.wb
            .with(|w| w.as_ref().is_none_or(|w| w.technologies.is_empty()))
    });

    let link_scenario = Callback::new(move |raw: String| {
        if let Ok(sid) = raw.parse::<ScenarioId>() {
            edit_cm(ctx, id, |m| {
                if !m.scenario_ids.contains(&sid) {
                    m.scenario_ids.push(sid);
                }
            });
        }
    });
    let unlink_scenario = Callback::new(move |raw: String| {
        if let Ok(sid) = raw.parse::<ScenarioId>() {
            edit_cm(ctx, id, |m| m.scenario_ids.retain(|s| *s != sid));
        }
    });
    let link_tech = Callback::new(move |raw: String| {
        if let Ok(tid) = raw.parse::<TechnologyId>() {
            edit_cm(ctx, id, |m| {
                if !m.technology_ids.contains(&tid) {
                    m.technology_ids.push(tid);
                }
            });
        }
    });
    let unlink_tech = Callback::new(move |raw: String| {
        if let Ok(tid) = raw.parse::<TechnologyId>() {
            edit_cm(ctx, id, |m| m.technology_ids.retain(|t| *t != tid));
        }
    });

    view! {
        <div>
            <fieldset class="links" data-testid="cm-scenarios">
                <legend>{move || msg::F_SCENARIOS.get(ctx.l())}</legend>
                <Show
                    when=move || !no_scenarios.get()
                    fallback=move || view! { <p class="muted">{move || msg::F_NO_SCENARIOS.get(ctx.l())}</p> }
                >
                    <LinkedList
                        items=linked_scenarios
                        on_unlink=unlink_scenario
                        unlink=msg::UNLINK
                        empty=msg::F_NO_LINKED_SCENARIOS
                        item_testid="cm-linked-scenario"
                        unlink_testid="cm-unlink-scenario"
                        refocus="cm-link-scenario-select"
                    />
                    <LinkPicker
                        label=msg::LINK_SCENARIO
                        button=msg::LINK
                        groups=scenario_choices
                        on_pick=link_scenario
                        select_testid="cm-link-scenario-select"
                        button_testid="cm-link-scenario-button"
                    />
                </Show>
            </fieldset>
            <fieldset class="links" data-testid="cm-technologies">
                <legend>{move || msg::F_TECHS.get(ctx.l())}</legend>
                <Show
                    when=move || !no_techs.get()
                    fallback=move || view! { <p class="muted">{move || msg::F_NO_TECHS.get(ctx.l())}</p> }
                >
                    <LinkedList
                        items=linked_techs
                        on_unlink=unlink_tech
                        unlink=msg::UNLINK
                        empty=msg::F_NO_LINKED_TECHS
                        item_testid="cm-linked-tech"
                        unlink_testid="cm-unlink-tech"
                        refocus="cm-link-tech-select"
                    />
                    <LinkPicker
                        label=msg::LINK_TECH
                        button=msg::LINK
                        groups=tech_choices
                        on_pick=link_tech
                        select_testid="cm-link-tech-select"
                        button_testid="cm-link-tech-button"
                    />
                </Show>
            </fieldset>
            <p class="hint">{move || msg::F_LINKS_HINT.get(ctx.l())}</p>
        </div>
    }
}
