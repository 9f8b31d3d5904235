//! The list of exercises (kind, title, date, detection), one page at a time,
//! rows keyed by exercise; the selected row is marked as the selection
//! changes.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::kinds::{Detection, ExerciseKind};
use crate::domain::validate::format_date;
use crate::i18n::{exercises as msg, paging as paging_msg};
use crate::route::{Route, Screen};
use crate::ui::paging::{keyed_rows, Pager, Paging};
use crate::ui::state::Ctx;

/// One exercise as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: Uuid,
    kind: ExerciseKind,
    title: String,
    date: String,
    detection: Option<Detection>,
}

/// Every exercise of the workbook, in workbook order.
pub fn all_rows(ctx: Ctx) -> Memo<Vec<Row>> {
    Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref().map_or_else(Vec::new, |w| {
                w.exercises
                    .iter()
                    .map(|e| Row {
                        id: e.id.uuid(),
                        kind: e.kind,
                        title: e.title.clone(),
                        date: e.date.map(format_date).unwrap_or_default(),
                        detection: e.detection,
                    })
                    .collect()
            })
        })
    })
}

#[component]
pub fn ExerciseList(
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
            <tr data-testid="exercise-row" aria-selected=move || is_sel().to_string()>
                <td>{move || r.kind.label().get(ctx.l())}</td>
                <td>
                    <a href=Route::Workbook(wb, Screen::Exercises(Some(id))).to_hash()
                        aria-current=move || if is_sel() { "true" } else { "false" }>{r.title.clone()}</a>
                </td>
                <td class="date">{r.date.clone()}</td>
                <td>{move || Detection::label_or_not_recorded(r.detection).get(ctx.l())}</td>
            </tr>
        }
    };
    view! {
        <Show
            when=move || rows.with(|r| !r.is_empty())
            fallback=move || view! { <p>{move || msg::LIST_EMPTY.get(ctx.l())}</p> }
        >
            <Pager paging=paging label=paging_msg::NAV_EXERCISES testid="exercise-pager"/>
            <table class="data-table" data-testid="exercise-list">
                <thead><tr>
                    <th scope="col">{move || msg::COL_KIND.get(ctx.l())}</th>
                    <th scope="col">{move || msg::COL_TITLE.get(ctx.l())}</th>
                    <th scope="col">{move || msg::COL_DATE.get(ctx.l())}</th>
                    <th scope="col">{move || msg::COL_DETECTION.get(ctx.l())}</th>
                </tr></thead>
                <tbody>{keyed_rows(page_rows, |r: &Row| r.id, row)}</tbody>
            </table>
        </Show>
    }
}
