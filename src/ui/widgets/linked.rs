//! The records linked to the one being edited, each with its own Unlink
//! button: the other half of [`super::LinkPicker`]. Together they replace a
//! checkbox per record of the workbook (thousands at scale) with the few
//! links there are plus one select to add another.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::ids::{ScenarioId, TechnologyId};
use crate::domain::model::Workbook;
use crate::domain::text::Text;
use crate::ui::paging::keyed_rows;
use crate::ui::state::Ctx;

use super::{focus_soon, PickGroup, PickOption};

/// One linked record: its id (handed back to `on_unlink`), its name, an
/// optional note shown after it (its technology, its status) and where it
/// opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Linked {
    pub value: String,
    pub label: String,
    pub note: Option<String>,
    pub href: Option<String>,
}

/// The linked records as a list keyed by id (an edit of one title redraws
/// one item), or `empty` when there are none. After an unlink, focus goes to
/// the control with testid `refocus` (the picker's select), since the button
/// that had it is gone.
#[component]
pub fn LinkedList(
    items: Memo<Vec<Linked>>,
    on_unlink: Callback<String>,
    unlink: Text,
    empty: Text,
    item_testid: &'static str,
    unlink_testid: &'static str,
    refocus: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    let render = move |item: Linked| {
        let Linked {
            value,
            label,
            note,
            href,
        } = item;
        let (name, data_id) = (label.clone(), value.clone());
        view! {
            <li data-testid=item_testid data-id=data_id>
                {match href {
                    Some(h) => view! { <a href=h>{label}</a> }.into_any(),
                    None => view! { <span>{label}</span> }.into_any(),
                }}
                {note.map(|n| view! { <span class="muted">" — "{n}</span> })}
                " "
                <button
                    type="button"
                    data-testid=unlink_testid
                    aria-label=move || format!("{}: {}", unlink.get(ctx.l()), name)
                    on:click=move |_| {
                        on_unlink.run(value.clone());
                        focus_soon(format!("[data-testid={refocus}]"), false);
                    }
                >
                    {move || unlink.get(ctx.l())}
                </button>
            </li>
        }
    };
    view! {
        <Show
            when=move || items.with(|i| !i.is_empty())
            fallback=move || view! { <p class="muted">{move || empty.get(ctx.l())}</p> }
        >
            <ul class="linked-list">{keyed_rows(items, |i: &Linked| i.value.clone(), render)}</ul>
        </Show>
    }
}

/// The scenarios not in `linked`, grouped under their technology (in
/// workbook order), for a [`super::LinkPicker`].
pub fn scenario_groups(wb: &Workbook, linked: &[ScenarioId]) -> Vec<PickGroup> {
    let at: HashMap<TechnologyId, usize> = wb
        .technologies
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id, i))
        .collect();
    let mut groups: Vec<PickGroup> = wb
        .technologies
        .iter()
        .map(|t| PickGroup {
            label: Some(t.name.clone()),
            options: Vec::new(),
        })
        .collect();
    for s in wb.scenarios.iter().filter(|s| !linked.contains(&s.id)) {
        if let Some(&i) = at.get(&s.technology_id) {
            groups[i].options.push(PickOption {
                value: s.id.to_string(),
                label: s.title.clone(),
            });
        }
    }
    groups
}
