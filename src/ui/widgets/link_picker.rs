//! "Choose a record, then link it": a labelled select with a "Choose…"
//! first option, optional option groups, and a button that hands the chosen
//! value to `on_pick`. One widget for every link between records
//! (countermeasure ↔ scenarios / technologies, exercise ↔ scenarios /
//! follow-ups, a library countermeasure onto a scenario).
//!
//! Values are strings (a record id or a catalogue id) because that is what
//! an `<option>` carries; the caller parses them back.

use leptos::prelude::*;

use crate::domain::text::Text;
use crate::i18n::common as msg;
use crate::ui::state::Ctx;

use super::{field, focus_soon};

/// One choice: the value handed to `on_pick` and the text shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PickOption {
    pub value: String,
    pub label: String,
}

/// Choices under an optional group heading (`<optgroup>`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PickGroup {
    pub label: Option<String>,
    pub options: Vec<PickOption>,
}

impl PickGroup {
    /// Choices without a heading.
    pub fn plain(options: Vec<PickOption>) -> Vec<PickGroup> {
        vec![PickGroup {
            label: None,
            options,
        }]
    }
}

/// A select of `groups` and a `button` that calls `on_pick` with the chosen
/// value, then resets the choice and returns focus to the select (the
/// button, now disabled, would otherwise drop it). When there is nothing to
/// choose, `empty` is shown instead (if given). `detail` may describe the
/// current choice below the row. `leave_focus`: the pick opens a record
/// that takes focus itself, so focus is not handed back to the select.
#[component]
pub fn LinkPicker(
    label: Text,
    button: Text,
    #[prop(into)] groups: Signal<Vec<PickGroup>>,
    on_pick: Callback<String>,
    select_testid: &'static str,
    button_testid: &'static str,
    #[prop(optional)] empty: Option<Text>,
    #[prop(optional)] detail: Option<Callback<String, Option<String>>>,
    #[prop(optional)] primary: bool,
    #[prop(optional)] leave_focus: bool,
) -> impl IntoView {
    let ctx = Ctx::get();
    let pick = RwSignal::new(String::new());
    let any = Memo::new(move |_| groups.with(|g| g.iter().any(|g| !g.options.is_empty())));
    // A choice that is no longer offered (linked meanwhile) is dropped.
    Effect::new(move |_| {
        let gone = groups.with(|g| {
            let p = pick.get_untracked();
            !p.is_empty() && !g.iter().flat_map(|g| &g.options).any(|o| o.value == p)
        });
        if gone {
            pick.set(String::new());
        }
    });
    let choose = move |_| {
        let value = pick.get_untracked();
        if value.is_empty() {
            return;
        }
        pick.set(String::new());
        on_pick.run(value);
        if !leave_focus {
            focus_soon(format!("[data-testid={select_testid}]"), false);
        }
    };
    let option = move |o: PickOption| {
        let v = o.value.clone();
        view! { <option value=o.value selected=move || pick.with(|p| *p == v)>{o.label}</option> }
    };
    let fallback = move || empty.map(|e| view! { <p class="muted">{move || e.get(ctx.l())}</p> });
    view! {
        <Show when=move || any.get() fallback=fallback>
            <div class="attach-row">
                {field(label, None, Signal::default(), move |described_by| view! {
                    <select
                        data-testid=select_testid
                        aria-describedby=described_by
                        on:change=move |ev| pick.set(event_target_value(&ev))
                    >
                        <option value="" selected=move || pick.with(String::is_empty)>{move || msg::CHOOSE.get(ctx.l())}</option>
                        {move || groups.get().into_iter().filter(|g| !g.options.is_empty()).map(|g| match g.label {
                            Some(heading) => view! {
                                <optgroup label=heading>{g.options.into_iter().map(option).collect_view()}</optgroup>
                            }.into_any(),
                            None => g.options.into_iter().map(option).collect_view().into_any(),
                        }).collect_view()}
                    </select>
                })}
                <button
                    type="button"
                    class:primary=primary
                    data-testid=button_testid
                    disabled=move || pick.with(String::is_empty)
                    on:click=choose
                >
                    {move || button.get(ctx.l())}
                </button>
            </div>
            {detail.map(|d| view! {
                {move || d.run(pick.get()).map(|text| view! { <p class="muted small">{text}</p> })}
            })}
        </Show>
    }
}
