//! The technology table: add, filters (category, tier, owner, search),
//! sortable columns, the tier summary and paging. Which rows and in which
//! order is `domain::inventory_rows`; this file holds markup and signals.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::ids::TechnologyId;
use crate::domain::inventory_rows::{inventory_rows, owner_units, Row, SortKey};
use crate::domain::kinds::TechCategory;
use crate::domain::model::Technology;
use crate::domain::scoring::TierBasis;
use crate::domain::text::Text;
use crate::i18n::{common, inventory as msg, paging as paging_msg};
use crate::ui::paging::{keyed_rows, Pager, Paging};
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::{field, fmt_score, FilterSelect, TextField};

use super::{flag, go_to, href, tier_class, InventoryView};

#[component]
pub fn TechList(selected: Memo<Option<Uuid>>, total: Memo<usize>) -> impl IntoView {
    let ctx = Ctx::get();
    let view = InventoryView::get();

    let add_technology = move |_| {
        let id = new_id();
        let name = msg::NEW_TECH_NAME.get(ctx.lang.get_untracked()).to_owned();
        ctx.update(|wb| {
            wb.technologies.push(Technology::new(
                TechnologyId::new(id),
                name,
                TechCategory::ResearchData,
            ))
        });
        view.focus_name.set(Some(id));
        go_to(ctx, Some(id));
    };

    let rows = Memo::new(move |_| {
        let filter = view.filter();
        let sort = view.sort.get();
        let analysis = ctx.analysis.get();
        let lang = ctx.lang.get_untracked();
        ctx.wb.with(|w| match (w.as_ref(), analysis.as_ref()) {
            (Some(w), Some(a)) => inventory_rows(w, a, &filter, sort, lang),
            _ => Vec::new(),
        })
    });

    let paging = Paging::new(view.page, move || rows.with(Vec::len));
    paging.follow(rows, selected, |r: &Row| r.id.uuid());
    paging.reset_when(move || (view.filter(), view.sort.get()));
    let page_rows = paging.rows(rows);

    let summary = move || {
        let l = ctx.l();
        ctx.analysis.with(|a| {
            a.as_ref()
                .map(|a| {
                    let s = a.tiers;
                    msg::tier_counts(l, s.top, s.middle, s.lower, s.quasi_important, s.unrated)
                })
                .unwrap_or_default()
        })
    };

    let row = move |r: Row| {
        let l = ctx.l();
        let id = r.id.uuid();
        // Read per row, so a new selection only touches two rows.
        let is_sel = Memo::new(move |_| selected.get() == Some(id));
        view! {
            <tr data-testid="tech-row" data-id=id.to_string() class:selected=is_sel>
                <td class="num">{r.rank.map(|x| x.to_string()).unwrap_or_else(|| "—".into())}</td>
                <th scope="row" class="tech-name-cell">
                    <a href=href(ctx, Some(id)) data-testid="open-tech" aria-current=move || is_sel.get().to_string()>{r.name.clone()}</a>
                </th>
                <td>{r.category.label().get(l)}</td>
                <td>{r.owner.clone()}</td>
                <td class="num">
                    {fmt_score(r.score, l)}
                    {(!r.complete && r.score.is_some()).then(|| view! { <span class="provisional">" (" {msg::PROVISIONAL.get(l)} ")"</span> })}
                </td>
                <td><span class=tier_class(r.tier)>{r.tier.label().get(l)}</span></td>
                <td>{flag(r.flagged, msg::CHOKEPOINT_YES, msg::CHOKEPOINT_NO, l)}</td>
                <td class="num">{r.elements}</td>
                <td class="num">{r.scenarios}</td>
            </tr>
        }
    };

    view! {
        <section class="inventory-list" aria-labelledby="inventory-list-title">
            <h3 id="inventory-list-title">{move || msg::LIST_HEADING.get(ctx.l())}</h3>
            <div class="toolbar inventory-toolbar">
                <button type="button" class="primary" data-testid="add-technology" on:click=add_technology>
                    "+ " {move || msg::ADD_TECHNOLOGY.get(ctx.l())}
                </button>
                <FilterSelect label=msg::FILTER_CATEGORY value=view.category testid="filter-category"/>
                <FilterSelect label=msg::FILTER_TIER value=view.tier testid="filter-tier"/>
                <OwnerFilter/>
                <TextField
                    label=msg::SEARCH_LABEL
                    value=view.search
                    on_input=Callback::new(move |v| view.search.set(v))
                    testid="tech-search"
                    input_type="search"
                />
                <Show when=move || view.filter().is_active()>
                    <button type="button" data-testid="clear-filters" on:click=move |_| view.clear_filters()>
                        {move || msg::CLEAR_FILTERS.get(ctx.l())}
                    </button>
                </Show>
            </div>
            <p class="list-summary muted" role="status">
                {move || msg::shown(ctx.l(), rows.with(Vec::len), total.get())}
                " — "
                {summary}
            </p>
            <p class="muted small" data-testid="tier-basis" data-basis=move || ctx.analysis.with(|a| a.as_ref().map(|a| a.tiers.basis.code()).unwrap_or_default())>
                {move || {
                    let l = ctx.l();
                    ctx.analysis.with(|a| a.as_ref().map(|a| {
                        let t = a.tiers;
                        msg::tier_basis(l, t.basis == TierBasis::CriticalityTimesThreat, t.threat_unassessed)
                    }).unwrap_or_default())
                }}
            </p>
            <Show
                when=move || { total.get() > 0 }
                fallback=move || view! { <p class="notice">{move || msg::LIST_EMPTY.get(ctx.l())}</p> }
            >
                <Pager paging=paging label=paging_msg::NAV_TECHNOLOGIES testid="tech-pager"/>
                <div class="table-wrap">
                    <table class="data-table tech-table" data-testid="tech-table">
                        <caption class="visually-hidden">{move || msg::SORT_HINT.get(ctx.l())}</caption>
                        <thead>
                            <tr>
                                <SortHeader key=SortKey::Rank label=msg::COL_RANK num=true/>
                                <SortHeader key=SortKey::Name label=msg::COL_NAME/>
                                <SortHeader key=SortKey::Category label=msg::COL_CATEGORY/>
                                <SortHeader key=SortKey::Owner label=msg::COL_OWNER/>
                                <SortHeader key=SortKey::Score label=msg::COL_SCORE num=true/>
                                <SortHeader key=SortKey::Tier label=msg::COL_TIER/>
                                <SortHeader key=SortKey::Chokepoint label=msg::COL_CHOKEPOINT/>
                                <SortHeader key=SortKey::Elements label=msg::COL_ELEMENTS num=true/>
                                <SortHeader key=SortKey::Scenarios label=msg::COL_SCENARIOS num=true/>
                            </tr>
                        </thead>
                        <tbody>{keyed_rows(page_rows, |r: &Row| r.id, row)}</tbody>
                    </table>
                </div>
                <Show when=move || rows.with(Vec::is_empty)>
                    <p class="notice">{move || msg::NO_MATCH.get(ctx.l())}</p>
                </Show>
            </Show>
        </section>
    }
}

/// A column header that sorts by `key`; a second click reverses it.
#[component]
fn SortHeader(key: SortKey, label: Text, #[prop(optional)] num: bool) -> impl IntoView {
    let ctx = Ctx::get();
    let sort = InventoryView::get().sort;
    let toggle = move |_| {
        sort.update(|(k, d)| {
            if *k == key {
                *d = !*d;
            } else {
                *k = key;
                *d = key.default_descending();
            }
        })
    };
    view! {
        <th
            scope="col"
            class=if num { "num" } else { "" }
            aria-sort=move || {
                let (k, d) = sort.get();
                if k != key { "none" } else if d { "descending" } else { "ascending" }
            }
        >
            <button
                type="button"
                class="sort"
                data-testid=format!("sort-{}", key.code())
                title=move || msg::sorted_by(ctx.l(), label.get(ctx.l()))
                on:click=toggle
            >
                {move || label.get(ctx.l())}
                <span class="sort-arrow" aria-hidden="true">
                    {move || {
                        let (k, d) = sort.get();
                        if k != key { "↕" } else if d { "▼" } else { "▲" }
                    }}
                </span>
            </button>
        </th>
    }
}

/// "All" or one of the owner units in use.
#[component]
fn OwnerFilter() -> impl IntoView {
    let ctx = Ctx::get();
    let owner = InventoryView::get().owner;
    let owners = Memo::new(move |_| {
        ctx.wb
            .with(|w| w.as_ref().map(owner_units).unwrap_or_default())
    });
    field(
        msg::FILTER_OWNER,
        None,
        Signal::default(),
        move |described_by| {
            view! {
                <select
                    data-testid="filter-owner"
                    aria-describedby=described_by
                    prop:value=move || owner.get().unwrap_or_default()
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        owner.set((!v.is_empty()).then_some(v));
                    }
                >
                    <option value="" selected=move || owner.with(Option::is_none)>{move || common::FILTER_ALL.get(ctx.l())}</option>
                    {move || owners.get().into_iter().map(|o| {
                        let o2 = o.clone();
                        view! { <option value=o.clone() selected=move || owner.with(|x| x.as_deref() == Some(o2.as_str()))>{o.clone()}</option> }
                    }).collect_view()}
                </select>
            }
        },
    )
}
