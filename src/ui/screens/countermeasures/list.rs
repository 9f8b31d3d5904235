//! The plan's table: one row per countermeasure across all scenarios, its
//! filters (status, phase, category, owner, overdue) and sortable columns,
//! one page at a time; the selected row is marked as the selection changes.

use std::cmp::Ordering;
use std::collections::HashMap;

use leptos::prelude::*;
use time::Date;
use uuid::Uuid;

use crate::domain::catalog;
use crate::domain::ids::{CountermeasureId, ScenarioId};
use crate::domain::kinds::{CmCategory, CmPhase, CmStatus};
use crate::domain::text::Text;
use crate::domain::validate::format_date;
use crate::i18n::{common, countermeasures as msg};
use crate::route::{Route, Screen};
use crate::ui::paging::keyed_rows;
use crate::ui::state::Ctx;
use crate::ui::widgets::FilterSelect;

use super::view_state::{CmView, SortCol};

/// One countermeasure as the table shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: CountermeasureId,
    title: String,
    category: CmCategory,
    phase: CmPhase,
    status: CmStatus,
    owner: String,
    due: Option<Date>,
    scenarios: Vec<String>,
    technologies: usize,
    pub overdue: bool,
    /// The library entry it was made from (for the step / case filters).
    catalog_id: Option<String>,
}

fn compare(col: SortCol, a: &Row, b: &Row) -> Ordering {
    // Missing owners and dates sort last in ascending order.
    let last_if_empty = |x: &str, y: &str| (x.is_empty(), x).cmp(&(y.is_empty(), y));
    match col {
        SortCol::None => Ordering::Equal,
        SortCol::Title => a.title.cmp(&b.title),
        SortCol::Category => a.category.cmp(&b.category),
        SortCol::Phase => a.phase.cmp(&b.phase),
        SortCol::Status => a.status.cmp(&b.status),
        SortCol::Owner => last_if_empty(&a.owner, &b.owner),
        SortCol::Due => (a.due.is_none(), a.due).cmp(&(b.due.is_none(), b.due)),
        SortCol::Scenarios => a.scenarios.len().cmp(&b.scenarios.len()),
    }
}

/// Every countermeasure of the workbook, in workbook order.
pub fn all_rows(ctx: Ctx, today: Date) -> Memo<Vec<Row>> {
    Memo::new(move |_| {
        ctx.wb.with(|w| {
            let Some(wb) = w else {
                return Vec::new();
            };
            // One look-up table instead of a search of every scenario per link.
            let titles: HashMap<ScenarioId, &str> = wb
                .scenarios
                .iter()
                .map(|s| (s.id, s.title.as_str()))
                .collect();
            wb.countermeasures
                .iter()
                .map(|m| Row {
                    id: m.id,
                    title: m.title.clone(),
                    category: m.category,
                    phase: m.phase,
                    status: m.status,
                    owner: m.owner.clone(),
                    due: m.due_date,
                    scenarios: m
                        .scenario_ids
                        .iter()
                        .filter_map(|s| titles.get(s).map(|t| (*t).to_owned()))
                        .collect(),
                    technologies: m.technology_ids.len(),
                    overdue: m.is_overdue(today),
                    catalog_id: m.catalog_id.clone(),
                })
                .collect()
        })
    })
}

/// The rows the filters keep, in the chosen order.
pub fn shown_rows(view: CmView, all: Memo<Vec<Row>>) -> Memo<Vec<Row>> {
    Memo::new(move |_| {
        let (col, desc, fs, fp, fc, fe, fo, od) = view.filters();
        let mut rows: Vec<Row> = all.with(|r| {
            r.iter()
                .filter(|r| {
                    fs.is_none_or(|s| r.status == s)
                        && fp.is_none_or(|p| r.phase == p)
                        && fc.is_none_or(|c| r.category == c)
                        && fe.keeps_countermeasure_record(r.catalog_id.as_deref())
                        && fo.as_ref().is_none_or(|o| &r.owner == o)
                        && (!od || r.overdue)
                })
                .cloned()
                .collect()
        });
        rows.sort_by(|a, b| {
            let o = compare(col, a, b);
            if desc {
                o.reverse()
            } else {
                o
            }
        });
        rows
    })
}

/// The filter bar: status, phase, category, owner, overdue only, clear.
#[component]
pub fn Filters(all: Memo<Vec<Row>>) -> impl IntoView {
    let ctx = Ctx::get();
    let view = expect_context::<CmView>();
    let f_owner = view.owner;
    let owners = Memo::new(move |_| {
        let mut o: Vec<String> = all.with(|r| {
            r.iter()
                .map(|r| r.owner.clone())
                .filter(|o| !o.is_empty())
                .collect()
        });
        o.sort();
        o.dedup();
        o
    });
    view! {
        <div class="toolbar filters" role="group" aria-label=move || msg::FILTERS.get(ctx.l())>
            <FilterSelect label=msg::FILTER_STATUS value=view.status testid="filter-cm-status"/>
            <FilterSelect label=msg::FILTER_PHASE value=view.phase testid="filter-cm-phase"/>
            <FilterSelect label=msg::FILTER_CATEGORY value=view.category testid="filter-cm-category"/>
            <FilterSelect label=common::FILTER_CYBER_STEP value=view.step testid="filter-cm-step"/>
            <FilterSelect label=common::FILTER_CASE_GROUP value=view.case testid="filter-cm-case"/>
            <label class="field">
                <span class="field-label">{move || msg::FILTER_OWNER.get(ctx.l())}</span>
                <select
                    data-testid="filter-cm-owner"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        f_owner.set(match v.as_str() {
                            "" => None,
                            "n" => Some(String::new()),
                            o => Some(o.trim_start_matches('a').to_owned()),
                        });
                    }
                >
                    <option value="" selected=move || f_owner.with(Option::is_none)>{move || common::FILTER_ALL.get(ctx.l())}</option>
                    <option value="n" selected=move || f_owner.with(|o| o.as_deref() == Some(""))>{move || msg::NO_OWNER.get(ctx.l())}</option>
                    <For
                        each=move || owners.get()
                        key=|o| o.clone()
                        children=move |o| {
                            let v = format!("a{o}");
                            let o2 = o.clone();
                            view! { <option value=v selected=move || f_owner.with(|f| f.as_deref() == Some(o2.as_str()))>{o}</option> }
                        }
                    />
                </select>
            </label>
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="filter-overdue"
                    prop:checked=move || view.overdue_only.get()
                    on:change=move |ev| view.overdue_only.set(event_target_checked(&ev))
                />
                <span>{move || msg::OVERDUE_ONLY.get(ctx.l())}</span>
            </label>
            <button data-testid="clear-cm-filters" on:click=move |_| view.clear_filters()>
                {move || msg::CLEAR_FILTERS.get(ctx.l())}
            </button>
        </div>
    }
}

/// A sortable column heading: a click sorts by it, a second click reverses.
fn header(col: SortCol, label: Text) -> impl IntoView {
    let ctx = Ctx::get();
    let CmView {
        sort, descending, ..
    } = expect_context::<CmView>();
    view! {
        <th
            scope="col"
            aria-sort=move || {
                if sort.get() != col {
                    "none"
                } else if descending.get() {
                    "descending"
                } else {
                    "ascending"
                }
            }
        >
            <button
                class="sort"
                data-testid=format!("sort-{}", format!("{col:?}").to_lowercase())
                on:click=move |_| {
                    if sort.get_untracked() == col {
                        descending.update(|d| *d = !*d);
                    } else {
                        sort.set(col);
                        descending.set(false);
                    }
                }
            >
                {move || label.get(ctx.l())}
                <span class="sort-mark" aria-hidden="true">
                    {move || {
                        if sort.get() != col {
                            "\u{a0}↕"
                        } else if descending.get() {
                            "\u{a0}▼"
                        } else {
                            "\u{a0}▲"
                        }
                    }}
                </span>
            </button>
        </th>
    }
}

/// The table of one page of `rows` (`page_rows`), keyed by countermeasure.
#[component]
pub fn CmTable(
    rows: Memo<Vec<Row>>,
    page_rows: Memo<Vec<Row>>,
    selected: Memo<Option<Uuid>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let wb_id = ctx
        .wb
        .with_untracked(|w| w.as_ref().map(|w| w.id.uuid()))
        .unwrap_or_default();
    let row = move |r: Row| {
        let l = ctx.l();
        let uuid = r.id.uuid();
        let href = Route::Workbook(wb_id, Screen::Countermeasures(Some(uuid))).to_hash();
        let n = r.scenarios.len();
        let org_wide = n == 0 && r.technologies == 0;
        view! {
            <tr
                data-testid="cm-row"
                data-id=r.id.to_string()
                aria-selected=move || (selected.get() == Some(uuid)).to_string()
                class:overdue=r.overdue
            >
                <td>
                    <a href=href data-testid="open-countermeasure">{r.title}</a>
                    {catalog::source_of_record(r.catalog_id.as_deref()).map(|s| view! {
                        <span class="source-cite muted" data-testid="cm-source" title=s.long_label(l)>{s.label(l)}</span>
                    })}
                </td>
                <td>{r.category.label().get(l)}</td>
                <td>{r.phase.label().get(l)}</td>
                <td>{r.status.label().get(l)}</td>
                <td>{if r.owner.is_empty() { "—".to_owned() } else { r.owner }}</td>
                <td class="due">
                    {r.due.map_or_else(|| "—".to_owned(), format_date)}
                    {r.overdue.then(|| view! {
                        " "
                        <span class="badge overdue-badge" data-testid="overdue">{"⚠ "}{msg::OVERDUE.get(l)}</span>
                    })}
                </td>
                <td>
                    <span class="count">{n}</span>
                    {org_wide.then(|| view! { " " <span class="muted">{msg::ORG_WIDE.get(l)}</span> })}
                    {(n > 0).then(|| view! {
                        <ul class="linked-titles">
                            {r.scenarios.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
                        </ul>
                    })}
                </td>
            </tr>
        }
    };
    view! {
        <div class="table-scroll">
            <table class="data-table cm-table" data-testid="cm-table">
                <thead>
                    <tr>
                        {header(SortCol::Title, msg::COL_TITLE)}
                        {header(SortCol::Category, msg::COL_CATEGORY)}
                        {header(SortCol::Phase, msg::COL_PHASE)}
                        {header(SortCol::Status, msg::COL_STATUS)}
                        {header(SortCol::Owner, msg::COL_OWNER)}
                        {header(SortCol::Due, msg::COL_DUE)}
                        {header(SortCol::Scenarios, msg::COL_SCENARIOS)}
                    </tr>
                </thead>
                <tbody>
                    <Show when=move || rows.with(Vec::is_empty)>
                        <tr><td colspan="7" class="empty">{move || msg::LIST_EMPTY.get(ctx.l())}</td></tr>
                    </Show>
                    {keyed_rows(page_rows, |r: &Row| r.id, row)}
                </tbody>
            </table>
        </div>
    }
}
