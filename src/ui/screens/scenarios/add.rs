//! The creation form: a technology in scope and a catalogue pattern (which
//! pre-fills title, narrative and classification) or a blank scenario. Each
//! pattern shows its source; METI's case groups filter the patterns.

use leptos::prelude::*;

use crate::domain::catalog::{self, EntryFilter};
use crate::domain::ids::{ScenarioId, TechnologyId};
use crate::domain::kinds::{CaseGroup, PatternGroup};
use crate::domain::model::LeakScenario;
use crate::i18n::{common, scenarios as msg};
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::{field, FilterSelect};

use super::scope::ScopeTech;

/// Creates the scenario and hands its id to `on_created` (which opens it).
#[component]
pub fn AddScenario(techs: Memo<Vec<ScopeTech>>, on_created: Callback<ScenarioId>) -> impl IntoView {
    let ctx = Ctx::get();
    let tech = RwSignal::new(String::new());
    let pattern = RwSignal::new(String::new());
    let case = RwSignal::new(None::<CaseGroup>);
    // Pre-select the first technology in scope.
    Effect::new(move |_| {
        let list = techs.get();
        let current = tech.get_untracked();
        if !list.iter().any(|(t, _, _)| t.to_string() == current) {
            tech.set(
                list.first()
                    .map(|(t, _, _)| t.to_string())
                    .unwrap_or_default(),
            );
        }
    });
    let create = move || {
        let Ok(tid) = tech.get_untracked().parse::<TechnologyId>() else {
            return;
        };
        let lang = ctx.lang.get_untracked();
        let sid = ScenarioId::new(new_id());
        let s = catalog::pattern(&pattern.get_untracked())
            .map(|p| LeakScenario::from_pattern(sid, tid, p, lang))
            .unwrap_or_else(|| LeakScenario::new(sid, tid, msg::DEFAULT_TITLE.get(lang)));
        ctx.update(|wb| wb.scenarios.push(s));
        on_created.run(sid);
    };
    // Rebuilt when the case filter changes; a pattern the filter hides is
    // unselected so the form never creates what it does not show.
    let pattern_options = move || {
        let filter = EntryFilter {
            step: None,
            case: case.get(),
        };
        if catalog::pattern(&pattern.get_untracked()).is_some_and(|p| !filter.keeps_pattern(p)) {
            pattern.set(String::new());
        }
        PatternGroup::ALL
            .iter()
            .filter(|g| catalog::patterns_in(**g).any(|p| filter.keeps_pattern(p)))
            .map(|g| {
                let g = *g;
                view! {
                    <optgroup label=move || g.label().get(ctx.l())>
                        {catalog::patterns_in(g)
                            .filter(|p| filter.keeps_pattern(p))
                            .map(|p| view! {
                                <option value=p.id selected=move || pattern.get() == p.id>
                                    {move || format!("{} — {}", p.title.get(ctx.l()), p.source.label(ctx.l()))}
                                </option>
                            })
                            .collect_view()}
                    </optgroup>
                }
            })
            .collect_view()
    };
    view! {
        <form
            class="panel add-scenario"
            data-testid="add-scenario-form"
            on:submit=move |ev| {
                ev.prevent_default();
                create();
            }
        >
            <h3>{move || msg::ADD_TITLE.get(ctx.l())}</h3>
            <Show
                when=move || techs.with(|t| !t.is_empty())
                fallback=move || view! { <p class="notice">{move || msg::NO_TECH_IN_SCOPE.get(ctx.l())}</p> }
            >
                <div class="form-grid">
                    {field(msg::ADD_TECH, None, Signal::default(), move |described_by| view! {
                        <select
                            data-testid="new-scenario-tech"
                            aria-describedby=described_by
                            on:change=move |ev| tech.set(event_target_value(&ev))
                        >
                            <For
                                each=move || techs.get()
                                key=|t| t.clone()
                                children=move |(tid, name, tier)| {
                                    let v = tid.to_string();
                                    let v2 = v.clone();
                                    view! {
                                        <option value=v selected=move || tech.get() == v2>
                                            {name} " (" {move || tier.label().get(ctx.l())} ")"
                                        </option>
                                    }
                                }
                            />
                        </select>
                    })}
                    <FilterSelect label=common::FILTER_CASE_GROUP value=case testid="new-scenario-case"/>
                    {field(msg::ADD_PATTERN, None, Signal::default(), move |described_by| view! {
                        <select
                            data-testid="new-scenario-pattern"
                            aria-describedby=described_by
                            on:change=move |ev| pattern.set(event_target_value(&ev))
                        >
                            <option value="" selected=move || pattern.get().is_empty()>{move || msg::BLANK.get(ctx.l())}</option>
                            {pattern_options}
                        </select>
                    })}
                </div>
                {move || {
                    catalog::pattern(&pattern.get()).map(|p| view! {
                        <p class="pattern-preview muted">
                            {move || p.narrative.get(ctx.l())}
                            <span class="source-cite" data-testid="pattern-source">{move || p.source.long_label(ctx.l())}</span>
                        </p>
                    })
                }}
                <div class="actions">
                    <button type="submit" class="primary" data-testid="create-scenario">{move || msg::CREATE.get(ctx.l())}</button>
                </div>
            </Show>
        </form>
    }
}
