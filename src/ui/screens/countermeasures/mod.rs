//! The countermeasure action plan: one table across all scenarios (sortable,
//! filterable, overdue items marked) and the detail form of the selected
//! countermeasure, with links to scenarios and technologies. Add blank or
//! from the library; delete with confirmation and undo.
//!
//! This file only wires the parts: `list.rs` (rows, filters, table),
//! `add.rs`, `detail.rs`, `links.rs`, `delete.rs`, and `view_state.rs` (what
//! survives leaving the screen).

mod add;
mod delete;
mod detail;
mod links;
mod list;
mod view_state;

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::ids::CountermeasureId;
use crate::i18n::countermeasures as msg;
use crate::i18n::paging as paging_msg;
use crate::ui::paging::{Pager, Paging};
use crate::ui::state::{local_today, Ctx};

pub use view_state::CmView;

/// The plan; stays mounted while `selected` changes (only the detail is
/// rebuilt), so sort, filters, page and focus stay where they were.
#[component]
pub fn CountermeasuresScreen(selected: Memo<Option<Uuid>>) -> impl IntoView {
    let ctx = Ctx::get();
    let view = expect_context::<CmView>();
    let all = list::all_rows(ctx, local_today());
    let rows = list::shown_rows(view, all);

    // One page of the list; it turns to the selected countermeasure's page.
    let paging = Paging::new(view.page, move || rows.with(Vec::len));
    paging.reset_when(move || view.filters());
    paging.follow(rows, selected, |r: &list::Row| r.id.uuid());
    let page_rows = paging.rows(rows);

    view! {
        <section class="countermeasures">
            <h2>{move || msg::TITLE.get(ctx.l())}</h2>
            <p class="intro">{move || msg::INTRO.get(ctx.l())}</p>
            <add::AddBar/>
            <list::Filters all=all/>
            <p class="muted" role="status" data-testid="cm-summary">
                {move || {
                    let total = all.with(Vec::len);
                    let overdue = all.with(|r| r.iter().filter(|r| r.overdue).count());
                    msg::showing(ctx.l(), rows.with(Vec::len), total, overdue)
                }}
            </p>
            <delete::UndoNotice/>
            <Pager paging=paging label=paging_msg::NAV_COUNTERMEASURES testid="cm-pager"/>
            <list::CmTable rows=rows page_rows=page_rows selected=selected/>
            {move || selected.get().map(|id| view! { <detail::Selected id=CountermeasureId::new(id)/> })}
        </section>
    }
}
