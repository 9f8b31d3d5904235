//! The list of people (name, role, residency, declaration, how many
//! technologies they can access), one page at a time, rows keyed by person.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::kinds::{PersonRole, Residency, SpecifiedCategory};
use crate::i18n::{paging as paging_msg, people as msg};
use crate::route::{Route, Screen};
use crate::ui::paging::{keyed_rows, Pager, Paging};
use crate::ui::state::Ctx;

/// One person as the list shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: Uuid,
    name: String,
    role: PersonRole,
    residency: Option<Residency>,
    declaration: SpecifiedCategory,
    access: usize,
}

/// Every person of the workbook, in workbook order.
pub fn all_rows(ctx: Ctx) -> Memo<Vec<Row>> {
    Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref().map_or_else(Vec::new, |w| {
                w.people
                    .iter()
                    .map(|p| Row {
                        id: p.id.uuid(),
                        name: p.name.clone(),
                        role: p.role,
                        residency: p.residency,
                        declaration: p.declaration,
                        access: w.access_of(p.id).count(),
                    })
                    .collect()
            })
        })
    })
}

#[component]
pub fn PeopleList(
    rows: Memo<Vec<Row>>,
    paging: Paging,
    selected: Memo<Option<Uuid>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let wb = ctx
        .wb
        .with_untracked(|w| w.as_ref().map(|w| w.id.uuid()))
        .unwrap_or_default();
    let page_rows = paging.rows(rows);
    let row = move |r: Row| {
        let id = r.id;
        let is_sel = move || selected.get() == Some(id);
        view! {
            <tr data-testid="person-row" aria-selected=move || is_sel().to_string()>
                <td>
                    <a href=Route::Workbook(wb, Screen::People(Some(id))).to_hash()
                        aria-current=move || if is_sel() { "true" } else { "false" }>{r.name.clone()}</a>
                </td>
                <td>{move || r.role.label().get(ctx.l())}</td>
                <td>{move || r.residency.map_or(msg::NOT_RECORDED, Residency::label).get(ctx.l())}</td>
                <td>{move || r.declaration.short_label().get(ctx.l())}</td>
                <td class="num">{r.access}</td>
            </tr>
        }
    };
    view! {
        <Show
            when=move || rows.with(|r| !r.is_empty())
            fallback=move || view! { <p>{move || msg::LIST_EMPTY.get(ctx.l())}</p> }
        >
            <Pager paging=paging label=paging_msg::NAV_PEOPLE testid="person-pager"/>
            <table class="data-table" data-testid="person-list">
                <thead><tr>
                    <th scope="col">{move || msg::COL_NAME.get(ctx.l())}</th>
                    <th scope="col">{move || msg::COL_ROLE.get(ctx.l())}</th>
                    <th scope="col">{move || msg::COL_RESIDENCY.get(ctx.l())}</th>
                    <th scope="col">{move || msg::COL_DECLARATION.get(ctx.l())}</th>
                    <th scope="col">{move || msg::COL_ACCESS.get(ctx.l())}</th>
                </tr></thead>
                <tbody>{keyed_rows(page_rows, |r: &Row| r.id, row)}</tbody>
            </table>
        </Show>
    }
}
