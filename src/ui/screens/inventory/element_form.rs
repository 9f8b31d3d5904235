//! The form of one chokepoint element (kind, name, its three ratings,
//! notes), opened under the element table; Escape or "close" closes it.

use leptos::prelude::*;

use crate::domain::error::{EntityKind, Field};
use crate::domain::ids::{ElementId, TechnologyId};
use crate::domain::kinds::ElementKind;
use crate::domain::model::ChokepointElement;
use crate::domain::rating::{Rating, RatingAxis};
use crate::domain::validate::Subject;
use crate::i18n::inventory as msg;
use crate::ui::state::Ctx;
use crate::ui::widgets::{use_draft, CodeSelect, RatingInput, TextArea, TextField};

use super::{edit_element, read_element};

#[component]
pub fn ElementForm(tid: TechnologyId, eid: ElementId, on_close: Callback<()>) -> impl IntoView {
    let ctx = Ctx::get();
    let Some(e) = untrack(|| read_element(ctx, tid, eid, ChokepointElement::clone)) else {
        return ().into_any();
    };
    let subject = Subject::new(EntityKind::Element, eid);
    let s = subject.clone();
    let name = use_draft(
        e.name,
        move |raw| s.name(Field::Name, raw),
        move |v| edit_element(ctx, tid, eid, |e| e.name = v),
    );
    let notes = use_draft(
        e.notes,
        move |raw| subject.text(Field::Notes, raw),
        move |v| edit_element(ctx, tid, eid, |e| e.notes = v),
    );
    let rating = move |axis: RatingAxis,
                       get: fn(&ChokepointElement) -> Option<Rating>,
                       set: fn(&mut ChokepointElement, Option<Rating>),
                       testid: &'static str| {
        view! {
            <RatingInput
                axis=axis
                value=Signal::derive(move || read_element(ctx, tid, eid, get).flatten())
                on_change=Callback::new(move |r| edit_element(ctx, tid, eid, |e| set(e, r)))
                testid=testid
            />
        }
    };
    view! {
        <div
            class="element-form"
            role="group"
            aria-labelledby="element-form-title"
            data-testid="element-form"
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    on_close.run(());
                }
            }
        >
            <h5 id="element-form-title">
                {move || msg::EDIT_ELEMENT.get(ctx.l())}
                " — "
                {move || read_element(ctx, tid, eid, |e| e.name.clone()).unwrap_or_default()}
            </h5>
            <div class="form-grid">
                <CodeSelect
                    label=msg::ELEMENT_KIND
                    value=Signal::derive(move || read_element(ctx, tid, eid, |e| e.kind).unwrap_or(ElementKind::Materials))
                    on_change=Callback::new(move |k| edit_element(ctx, tid, eid, |e| e.kind = k))
                    testid="element-kind"
                />
                <TextField label=Field::Name.label() value=name.value on_input=name.on_input error=name.error_text() testid="element-name"/>
            </div>
            <div class="element-ratings">
                {rating(RatingAxis::ElementDependency, |e| e.dependency, |e, r| e.dependency = r, "rate-element-dependency")}
                {rating(RatingAxis::ElementSubstitutability, |e| e.substitutability, |e, r| e.substitutability = r, "rate-element-substitutability")}
                {rating(RatingAxis::SupplyDisruption, |e| e.supply_disruption, |e, r| e.supply_disruption = r, "rate-element-supply-disruption")}
            </div>
            <TextArea
                label=Field::Notes.label()
                value=notes.value
                on_input=notes.on_input
                error=notes.error_text()
                testid="element-notes"
                rows=2
            />
            <button type="button" data-testid="close-element" on:click=move |_| on_close.run(())>
                {move || msg::CLOSE_EDIT.get(ctx.l())}
            </button>
        </div>
    }
    .into_any()
}
