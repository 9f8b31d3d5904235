//! Selects over a closed enumeration (`Coded`): bilingual labels shown, the
//! stable code stored. One option list, three uses: a value, an optional
//! value ("—" allowed), and a list filter ("All" or one value).

use leptos::prelude::*;

use crate::domain::kinds::Coded;
use crate::domain::text::Text;
use crate::i18n::common as msg;
use crate::ui::state::Ctx;

use super::field;

/// The `<option>`s of every value of `T`, marked selected when `is(v)`.
fn options<T: Coded + Send + Sync>(
    is: impl Fn(T) -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ctx = Ctx::get();
    T::all()
        .iter()
        .map(|v| {
            let v = *v;
            view! {
                <option value=v.code() selected=move || is(v)>
                    {move || v.label().get(ctx.l())}
                </option>
            }
        })
        .collect_view()
}

/// A `<select>` over `T` with an optional first, empty choice (`empty`:
/// its label), reporting the chosen value (`None` for the empty choice).
fn select<T: Coded + Send + Sync>(
    label: Text,
    value: Signal<Option<T>>,
    empty: Option<Text>,
    on_change: impl Fn(Option<T>) + 'static,
    testid: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    field(label, None, Signal::default(), move |described_by| {
        view! {
            <select
                data-testid=testid
                aria-describedby=described_by
                prop:value=move || value.get().map(|v| v.code()).unwrap_or("")
                on:change=move |ev| on_change(T::from_code(&event_target_value(&ev)).ok())
            >
                {empty.map(|e| view! {
                    <option value="" selected=move || value.get().is_none()>{move || e.get(ctx.l())}</option>
                })}
                {options(move |v| value.get() == Some(v))}
            </select>
        }
    })
}

/// A labelled select over a closed enumeration.
#[component]
pub fn CodeSelect<T: Coded + Send + Sync>(
    label: Text,
    #[prop(into)] value: Signal<T>,
    on_change: Callback<T>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    let value = Signal::derive(move || Some(value.get()));
    select(
        label,
        value,
        None,
        move |v| {
            if let Some(v) = v {
                on_change.run(v);
            }
        },
        testid,
    )
}

/// Like [`CodeSelect`] but the value may be unset: the first choice is
/// `empty` (default "None").
#[component]
pub fn OptCodeSelect<T: Coded + Send + Sync>(
    label: Text,
    #[prop(into)] value: Signal<Option<T>>,
    on_change: Callback<Option<T>>,
    #[prop(optional)] testid: &'static str,
    #[prop(optional)] empty: Option<Text>,
) -> impl IntoView {
    select(
        label,
        value,
        Some(empty.unwrap_or(msg::NONE)),
        move |v| on_change.run(v),
        testid,
    )
}

/// A list filter over a closed enumeration: "All" or one value.
#[component]
pub fn FilterSelect<T: Coded + Send + Sync>(
    label: Text,
    value: RwSignal<Option<T>>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    select(
        label,
        value.into(),
        Some(msg::FILTER_ALL),
        move |v| value.set(v),
        testid,
    )
}
