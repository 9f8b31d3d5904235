//! Step 1 — Inventory: the screen itself, wiring only (the list, the detail
//! of the selected technology, the undo notice of a delete), and the small
//! read/edit helpers its parts share.
//!
//! All numbers come from `ctx.analysis`; all validation from
//! `validate::Subject`; deletes from `edit`; the list's filter and sort from
//! `domain::inventory_rows`. The screen stays mounted while the selection
//! changes; only the detail is rebuilt. Filters, sort, page and the last
//! undoable delete live in [`InventoryView`].
//!
//! - `list.rs` the table with filters, sort and paging;
//! - `form.rs` the detail form of one technology;
//! - `score.rs` its criticality breakdown, rank and tier;
//! - `elements.rs` / `element_form.rs` its chokepoint elements;
//! - `regulatory.rs` / `secret.rs` its classification, people with access,
//!   licence flag and trade-secret checklist;
//! - `delete.rs` delete with an impact preview, and its undo.

mod delete;
mod element_form;
mod elements;
mod form;
mod list;
mod regulatory;
mod score;
mod secret;
mod view_state;

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::ids::{ElementId, TechnologyId};
use crate::domain::kinds::Tier;
use crate::domain::model::{ChokepointElement, Technology};
use crate::domain::text::{Lang, Text};
use crate::i18n::inventory as msg;
use crate::route::{Route, Screen};
use crate::ui::state::Ctx;

pub use view_state::InventoryView;

#[component]
pub fn InventoryScreen(selected: Memo<Option<Uuid>>) -> impl IntoView {
    let ctx = Ctx::get();
    let total = Memo::new(move |_| {
        ctx.wb
            .with(|w| w.as_ref().map_or(0, |w| w.technologies.len()))
    });
    // Re-keyed on the selection only: the list above keeps its state.
    let detail = move || match selected.get() {
        Some(id) => view! { <form::TechDetail tid=TechnologyId::new(id)/> }.into_any(),
        None => view! {
            <Show when=move || { total.get() > 0 }>
                <p class="muted select-hint">{move || msg::SELECT_HINT.get(ctx.l())}</p>
            </Show>
        }
        .into_any(),
    };
    view! {
        <section class="inventory" aria-labelledby="inventory-title">
            <h2 id="inventory-title">{move || msg::TITLE.get(ctx.l())}</h2>
            <p class="intro">{move || msg::INTRO.get(ctx.l())}</p>
            <delete::UndoNotice/>
            <list::TechList selected=selected total=total/>
            {detail}
        </section>
    }
}

// ---------------------------------------------------------------------------
// Helpers over the open workbook, shared by the parts of the screen.

fn wb_id(ctx: Ctx) -> Option<Uuid> {
    ctx.wb
        .with_untracked(|w| w.as_ref().map(|w| w.id.uuid()))
        .or_else(|| ctx.route.get_untracked().workbook())
}

/// The link to the list (`None`) or to one technology.
fn href(ctx: Ctx, tech: Option<Uuid>) -> String {
    wb_id(ctx)
        .map(|wb| Route::Workbook(wb, Screen::Inventory(tech)).to_hash())
        .unwrap_or_default()
}

fn go_to(ctx: Ctx, tech: Option<Uuid>) {
    if let Some(wb) = wb_id(ctx) {
        ctx.go(Route::Workbook(wb, Screen::Inventory(tech)));
    }
}

/// Reads something of a technology (reactive).
fn read<T>(ctx: Ctx, id: TechnologyId, f: impl FnOnce(&Technology) -> T) -> Option<T> {
    ctx.wb
        .with(|w| w.as_ref().and_then(|w| w.technology(id)).map(f))
}

/// Edits a technology through the only edit path.
fn edit(ctx: Ctx, id: TechnologyId, f: impl FnOnce(&mut Technology)) {
    ctx.update(|wb| {
        if let Some(t) = wb.technology_mut(id) {
            f(t);
        }
    });
}

/// Reads something of one chokepoint element (reactive).
fn read_element<T>(
    ctx: Ctx,
    tid: TechnologyId,
    eid: ElementId,
    f: impl FnOnce(&ChokepointElement) -> T,
) -> Option<T> {
    read(ctx, tid, |t| t.elements.iter().find(|e| e.id == eid).map(f)).flatten()
}

fn edit_element(
    ctx: Ctx,
    tid: TechnologyId,
    eid: ElementId,
    f: impl FnOnce(&mut ChokepointElement),
) {
    edit(ctx, tid, |t| {
        if let Some(e) = t.elements.iter_mut().find(|e| e.id == eid) {
            f(e);
        }
    });
}

fn tier_class(tier: Tier) -> String {
    format!("tier-badge tier-{}", tier.code())
}

/// A chokepoint flag: the warning sign and `yes`, or a muted `no`.
fn flag(flagged: bool, yes: Text, no: Text, l: Lang) -> AnyView {
    if flagged {
        view! { <span class="flag">"⚠ " {yes.get(l)}</span> }.into_any()
    } else {
        view! { <span class="muted">{no.get(l)}</span> }.into_any()
    }
}
