//! The ranked list: the rows in the domain's priority order within the
//! scope and filters, the filter toolbar, and the paged table whose rows
//! follow the selection.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::catalog::{self, EntryFilter, Source};
use crate::domain::ids::{ScenarioId, TechnologyId};
use crate::domain::kinds::{RiskLevel, ScenarioStatus, Tier};
use crate::i18n::{common, paging as paging_msg, scenarios as msg};
use crate::route::{Route, Screen};
use crate::ui::paging::{keyed_rows, Pager, Paging};
use crate::ui::state::Ctx;
use crate::ui::widgets::{field, FilterSelect};

use super::result::{opt_num, risk_badge};
use super::scope::ScopeTech;
use super::view_state::ScenariosView;

/// One line of the ranked list.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: ScenarioId,
    priority: usize,
    title: String,
    tech: String,
    tier: Tier,
    actor: String,
    likelihood: Option<u8>,
    impact: Option<u8>,
    score: Option<u8>,
    level: Option<RiskLevel>,
    status: ScenarioStatus,
    cms: usize,
    cms_done: usize,
    /// Source of the pattern it was made from.
    source: Option<Source>,
}

/// The scenarios in priority order that pass the scope and filters.
pub fn ranked_rows() -> Memo<Vec<Row>> {
    let ctx = Ctx::get();
    let view_state = ScenariosView::get();
    Memo::new(move |_| {
        let (choice, ft, fl, fs, fg, fc) = view_state.filters();
        let by_case = EntryFilter {
            step: None,
            case: fc,
        };
        ctx.wb.with(|w| {
            ctx.analysis.with(|a| {
                let (Some(wb), Some(a)) = (w, a) else {
                    return Vec::new();
                };
                let round_scope = wb.current_scope();
                a.priority
                    .iter()
                    .filter_map(|sid| {
                        let s = wb.scenario(*sid)?;
                        let sa = a.scenario(*sid)?;
                        let tier = a
                            .technology(s.technology_id)
                            .map_or(Tier::Unrated, |t| t.tier);
                        if !choice.covers(round_scope, tier)
                            || ft.is_some_and(|t| t != s.technology_id)
                            || fl.is_some_and(|l| sa.level != Some(l))
                            || fs.is_some_and(|st| st != s.status)
                            || fg.is_some_and(|g| s.group != Some(g))
                            || !by_case.keeps_scenario_record(s.pattern_id.as_deref())
                        {
                            return None;
                        }
                        Some(Row {
                            id: s.id,
                            priority: sa.priority,
                            title: s.title.clone(),
                            tech: wb
                                .technology(s.technology_id)
                                .map(|t| t.name.clone())
                                .unwrap_or_default(),
                            tier,
                            actor: s
                                .actor_id
                                .and_then(|x| wb.actor(x))
                                .map(|x| x.name.clone())
                                .unwrap_or_default(),
                            likelihood: sa.likelihood.value,
                            impact: sa.impact,
                            score: sa.score,
                            level: sa.level,
                            status: s.status,
                            cms: sa.countermeasures,
                            cms_done: sa.countermeasures_done,
                            source: catalog::source_of_record(s.pattern_id.as_deref()),
                        })
                    })
                    .collect()
            })
        })
    })
}

/// Technology (within the scope), risk level, status, pattern group and
/// METI case group.
#[component]
pub fn ListFilters(techs: Memo<Vec<ScopeTech>>) -> impl IntoView {
    let ctx = Ctx::get();
    let view_state = ScenariosView::get();
    let f_tech = view_state.tech;
    view! {
        <div class="toolbar filters" role="group" aria-label=move || msg::FILTERS.get(ctx.l())>
            {field(msg::FILTER_TECH, None, Signal::default(), move |described_by| view! {
                <select
                    data-testid="filter-tech"
                    aria-describedby=described_by
                    on:change=move |ev| f_tech.set(event_target_value(&ev).parse::<TechnologyId>().ok())
                >
                    <option value="" selected=move || f_tech.get().is_none()>{move || common::FILTER_ALL.get(ctx.l())}</option>
                    <For
                        each=move || techs.get()
                        key=|t| t.clone()
                        children=move |(tid, name, _)| view! {
                            <option value=tid.to_string() selected=move || f_tech.get() == Some(tid)>{name}</option>
                        }
                    />
                </select>
            })}
            <FilterSelect label=msg::FILTER_LEVEL value=view_state.level testid="filter-level"/>
            <FilterSelect label=msg::FILTER_STATUS value=view_state.status testid="filter-status"/>
            <FilterSelect label=msg::FILTER_GROUP value=view_state.group testid="filter-group"/>
            <FilterSelect label=common::FILTER_CASE_GROUP value=view_state.case testid="filter-case"/>
            <button data-testid="clear-filters" on:click=move |_| view_state.clear_filters()>
                {move || msg::CLEAR_FILTERS.get(ctx.l())}
            </button>
        </div>
    }
}

/// The paged table of `rows`; the row of `selected` is marked and its page
/// shown when the selection changes.
#[component]
pub fn ScenarioTable(rows: Memo<Vec<Row>>, selected: Memo<Option<Uuid>>) -> impl IntoView {
    let ctx = Ctx::get();
    let view_state = ScenariosView::get();
    let wb_id = ctx
        .wb
        .with_untracked(|w| w.as_ref().map(|w| w.id.uuid()))
        .unwrap_or_default();

    let paging = Paging::new(view_state.page, move || rows.with(Vec::len));
    paging.reset_when(move || view_state.filters());
    paging.follow(rows, selected, |r: &Row| r.id.uuid());
    let page_rows = paging.rows(rows);

    let row = move |r: Row| {
        let l = ctx.l();
        let uuid = r.id.uuid();
        let href = Route::Workbook(wb_id, Screen::Scenarios(Some(uuid))).to_hash();
        let is_sel = move || selected.get() == Some(uuid);
        view! {
            <tr
                data-testid="scenario-row"
                data-id=r.id.to_string()
                aria-selected=move || is_sel().to_string()
                class:selected=is_sel
            >
                <td class="num">{r.priority}</td>
                <td>
                    <a href=href data-testid="open-scenario" aria-current=move || if is_sel() { "true" } else { "false" }>{r.title}</a>
                    {r.source.map(|s| view! {
                        <span class="source-cite muted" data-testid="scenario-source" title=s.long_label(l)>{s.label(l)}</span>
                    })}
                </td>
                <td>
                    {r.tech}
                    " "
                    <span class=format!("muted tier tier-{}", r.tier.code())>"(" {r.tier.label().get(l)} ")"</span>
                </td>
                <td>{if r.actor.is_empty() { "—".to_owned() } else { r.actor }}</td>
                <td class="num">{opt_num(r.likelihood)}</td>
                <td class="num">{opt_num(r.impact)}</td>
                <td>{risk_badge(r.score, r.level, l)}</td>
                <td>{r.status.label().get(l)}</td>
                <td class="num">{format!("{}/{}", r.cms_done, r.cms)}</td>
            </tr>
        }
    };

    view! {
        <h3 class="list-title">{move || msg::LIST_TITLE.get(ctx.l())}</h3>
        <Pager paging=paging label=paging_msg::NAV_SCENARIOS testid="scenario-pager"/>
        <div class="table-scroll">
            <table class="data-table scenario-list" data-testid="scenario-list">
                <thead>
                    <tr>
                        <th scope="col" class="num">{move || msg::COL_PRIORITY.get(ctx.l())}</th>
                        <th scope="col">{move || msg::COL_TITLE.get(ctx.l())}</th>
                        <th scope="col">{move || msg::COL_TECH.get(ctx.l())}</th>
                        <th scope="col">{move || msg::COL_ACTOR.get(ctx.l())}</th>
                        <th scope="col" class="num">{move || msg::COL_LIKELIHOOD.get(ctx.l())}</th>
                        <th scope="col" class="num">{move || msg::COL_IMPACT.get(ctx.l())}</th>
                        <th scope="col">{move || msg::COL_RISK.get(ctx.l())}</th>
                        <th scope="col">{move || msg::COL_STATUS.get(ctx.l())}</th>
                        <th scope="col" class="num">{move || msg::COL_CMS.get(ctx.l())}</th>
                    </tr>
                </thead>
                <tbody>
                    <Show when=move || rows.with(Vec::is_empty)>
                        <tr><td colspan="9" class="empty">{move || msg::LIST_EMPTY.get(ctx.l())}</td></tr>
                    </Show>
                    {keyed_rows(page_rows, |r: &Row| r.id, row)}
                </tbody>
            </table>
        </div>
    }
}
