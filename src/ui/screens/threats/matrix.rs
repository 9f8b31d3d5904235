//! The actor × technology threat matrix: which technologies are columns
//! (top tier, the current round's scope, all), ten columns a page, and one
//! button per cell that opens the assessment editor.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::ids::{ActorId, TechnologyId};
use crate::domain::kinds::Tier;
use crate::domain::model::{Technology, ThreatActor};
use crate::domain::paging::{Page, MATRIX_COLUMNS};
use crate::domain::scoring::{Analysis, ThreatStatus};
use crate::domain::text::Lang;
use crate::i18n::{paging as paging_msg, threats as msg};
use crate::ui::paging::{Pager, Paging};
use crate::ui::state::Ctx;

use super::level::{cell_dom_id, level_view};
use super::view_state::{Columns, ThreatsView};

/// The matrix with its column choice, legend and pager. `focus_editor` is
/// set when a cell is opened by the user, so the editor takes focus then
/// (and not when it is merely rebuilt).
#[component]
pub fn Matrix(focus_editor: StoredValue<bool>) -> impl IntoView {
    let ctx = Ctx::get();
    let ThreatsView {
        columns,
        matrix_page,
        open_cell,
        ..
    } = ThreatsView::get();
    let scope_label = move || {
        ctx.wb.with(|w| {
            w.as_ref()
                .map(|w| w.current_scope().label().get(ctx.l()))
                .unwrap_or_default()
        })
    };
    // The technologies the chosen columns cover, in ranking order; the
    // matrix shows one page of them at a time.
    let column_ids = Memo::new(move |_| {
        let mode = columns.get();
        ctx.analysis.with(|an| {
            an.as_ref()
                .map(|an| {
                    an.ranking
                        .iter()
                        .filter(|id| {
                            an.technology(**id).is_some_and(|ta| match mode {
                                Columns::Top => ta.tier == Tier::Top,
                                Columns::Round => ta.coverage.in_scope,
                                Columns::All => true,
                            })
                        })
                        .copied()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let paging = Paging::with_size(MATRIX_COLUMNS, matrix_page, move || {
        column_ids.with(Vec::len)
    });
    paging.reset_when(move || columns.get());
    // Coming back to the screen with a cell open shows the page holding it.
    let open_tech = Memo::new(move |_| open_cell.get().map(|(_, tech)| tech));
    paging.follow(column_ids, open_tech, |t: &TechnologyId| *t);

    let table = move || {
        let l = ctx.l();
        let range = paging.page.with(Page::range);
        let Some(an) = ctx.analysis.get() else {
            return ().into_any();
        };
        column_ids.with(|ids| {
            ctx.wb.with(|w| {
                let Some(w) = w else {
                    return ().into_any();
                };
                if w.actors.is_empty() {
                    return view! { <p class="notice">{msg::NO_ACTORS_MATRIX.get(l)}</p> }.into_any();
                }
                let page = ids.get(range).unwrap_or_default();
                if page.is_empty() {
                    let showing = format!("{}{} / {}", msg::SHOWING.get(l), ids.len(), w.technologies.len());
                    return view! {
                        <p class="muted">{showing}</p>
                        <p class="notice" data-testid="matrix-empty">{msg::NO_TECHNOLOGIES.get(l)}</p>
                    }
                    .into_any();
                }
                let by_id: HashMap<TechnologyId, &Technology> =
                    w.technologies.iter().map(|t| (t.id, t)).collect();
                let techs: Vec<(&Technology, Tier, Option<usize>)> = page
                    .iter()
                    .filter_map(|id| {
                        let ta = an.technology(*id)?;
                        by_id.get(id).map(|t| (*t, ta.tier, ta.rank))
                    })
                    .collect();
                matrix_table(&an, &w.actors, &techs, l, open_cell, focus_editor).into_any()
            })
        })
    };
    view! {
        <div class="toolbar">
            <label class="field">
                <span class="field-label">{move || msg::COLUMNS.get(ctx.l())}</span>
                <select
                    data-testid="matrix-columns"
                    prop:value=move || columns.get().code()
                    on:change=move |ev| columns.set(Columns::from_code(&event_target_value(&ev)))
                >
                    <option value="top" selected=move || columns.get() == Columns::Top>
                        {move || msg::COLUMNS_TOP.get(ctx.l())}
                    </option>
                    <option value="round" selected=move || columns.get() == Columns::Round>
                        {move || msg::COLUMNS_ROUND.get(ctx.l())}" ("{scope_label}")"
                    </option>
                    <option value="all" selected=move || columns.get() == Columns::All>
                        {move || msg::COLUMNS_ALL.get(ctx.l())}
                    </option>
                </select>
            </label>
            <Legend/>
        </div>
        // How many technologies the columns cover, then the pager over them
        // (outside the table, which is rebuilt on every change: the pager's
        // buttons keep focus).
        {move || {
            let l = ctx.l();
            let n = column_ids.with(Vec::len);
            ctx.wb.with(|w| {
                w.as_ref()
                    .filter(|w| !w.actors.is_empty() && n > 0)
                    .map(|w| {
                        let showing = format!("{}{n} / {}", msg::SHOWING.get(l), w.technologies.len());
                        view! { <p class="muted" data-testid="matrix-showing">{showing}</p> }
                    })
            })
        }}
        <Pager paging=paging label=paging_msg::NAV_MATRIX testid="matrix-pager"/>
        {table}
    }
}

/// What the colours and symbols of the cells mean.
#[component]
fn Legend() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <ul class="legend" aria-label=move || msg::LEGEND.get(ctx.l())>
            <li><span class="badge level-unassessed">"—"</span>{move || msg::LG_UNASSESSED.get(ctx.l())}</li>
            <li><span class="badge level-incomplete">"?"</span>{move || msg::LG_INCOMPLETE.get(ctx.l())}</li>
            <li><span class="badge level-1">"1"</span>{move || msg::LG_NONE.get(ctx.l())}</li>
            <li>
                <span class="badge level-1">"1"</span>
                <span class="badge level-2">"2"</span>
                <span class="badge level-3">"3"</span>
                <span class="badge level-4">"4"</span>
                <span class="badge level-5">"5"</span>
                {move || msg::LG_LEVELS.get(ctx.l())}
            </li>
        </ul>
    }
}

/// One page of the matrix: a row per actor, a column per technology.
fn matrix_table(
    an: &Analysis,
    actors: &[ThreatActor],
    techs: &[(&Technology, Tier, Option<usize>)],
    l: Lang,
    open_cell: RwSignal<Option<(ActorId, TechnologyId)>>,
    focus_editor: StoredValue<bool>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let head = techs
        .iter()
        .map(|(t, tier, rank)| {
            let rank = rank.map(|r| format!(" · {} {r}", msg::RANK.get(l)));
            view! {
                <th scope="col" data-testid="matrix-tech">
                    <span class="tech-name">{t.name.clone()}</span>
                    <span class=format!("tier-label tier-{}", tier.code())>
                        {tier.label().get(l)}{rank}
                    </span>
                </th>
            }
        })
        .collect_view();
    let rows = actors
        .iter()
        .map(|a| {
            let cells = techs
                .iter()
                .map(|(t, _, _)| threat_cell(an, a, t, l, open_cell, focus_editor))
                .collect_view();
            view! {
                <tr data-testid="matrix-row">
                    <th scope="row">
                        <span class="actor-name">{a.name.clone()}</span>
                        <span class="actor-kind">{a.kind.label().get(l)}</span>
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="matrix-scroll" role="region" tabindex="0" aria-label=move || msg::MATRIX_SCROLL.get(ctx.l())>
            <table class="threat-matrix" data-testid="threat-matrix">
                <thead>
                    <tr>
                        <th scope="col" class="corner">{msg::ACTOR_HEADER.get(l)}</th>
                        {head}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The button of one actor × technology: level, I×C×O product and, for
/// screen readers, who × what and the status.
fn threat_cell(
    an: &Analysis,
    a: &ThreatActor,
    t: &Technology,
    l: Lang,
    open_cell: RwSignal<Option<(ActorId, TechnologyId)>>,
    focus_editor: StoredValue<bool>,
) -> impl IntoView {
    let (aid, tid) = (a.id, t.id);
    let level = an.threat(aid, tid);
    let (text, class, status) = level_view(level);
    let band = text.clone();
    let product = level
        .filter(|x| x.status == ThreatStatus::Rated)
        .map(|x| x.product);
    let label = format!("{} × {}: {} {}", a.name, t.name, msg::RESULT.get(l), text);
    view! {
        <td>
            <button
                type="button"
                class=format!("cell level-{class}")
                id=cell_dom_id(aid, tid)
                data-testid="threat-cell"
                data-actor=aid.to_string()
                data-tech=tid.to_string()
                data-band=band
                data-product=product.map(|p| p.to_string()).unwrap_or_default()
                aria-pressed=move || (open_cell.get() == Some((aid, tid))).to_string()
                title=status.get(l)
                on:click=move |_| {
                    focus_editor.set_value(true);
                    open_cell.set(Some((aid, tid)));
                }
            >
                // The name read out starts with who × what; the visible
                // number stays part of it (WCAG 2.5.3).
                <span class="visually-hidden">{format!("{label} ({}) ", status.get(l))}</span>
                <span class="cell-level">{text}</span>
                {product.map(|p| view! { <span class="cell-product">{p}</span> })}
            </button>
        </td>
    }
}
