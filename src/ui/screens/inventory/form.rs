//! The detail of one technology: every field of it as a form (text drafts
//! committed when valid, selects, the four criticality ratings), beside its
//! score panel, above its chokepoint elements and its delete button.

use leptos::prelude::*;

use crate::domain::error::{EntityKind, Field, ValidationError};
use crate::domain::ids::TechnologyId;
use crate::domain::kinds::TechCategory;
use crate::domain::model::Technology;
use crate::domain::rating::{Rating, RatingAxis};
use crate::domain::validate::Subject;
use crate::i18n::{common, inventory as msg};
use crate::ui::state::Ctx;
use crate::ui::widgets::{
    field, focus_soon, use_draft, CodeSelect, Draft, RatingInput, TextArea, TextField,
};

use super::delete::DeleteTechnology;
use super::elements::Elements;
use super::regulatory::Regulatory;
use super::score::ScorePanel;
use super::{edit, href, read, InventoryView};

/// The detail, or a notice when the technology does not exist (a stale
/// link, or deleted in another tab).
#[component]
pub fn TechDetail(tid: TechnologyId) -> impl IntoView {
    let ctx = Ctx::get();
    let exists = Memo::new(move |_| read(ctx, tid, |_| ()).is_some());
    view! {
        <Show
            when=move || exists.get()
            fallback=move || view! {
                <p class="notice" role="alert">
                    {move || msg::TECH_NOT_FOUND.get(ctx.l())}
                    " "
                    <a href=move || href(ctx, None)>{move || msg::BACK_TO_LIST.get(ctx.l())}</a>
                </p>
            }
        >
            <TechForm tid=tid/>
        </Show>
    }
}

/// A draft of one text field of technology `tid`: `parse` is one of
/// `Subject`'s parsers, `set` stores the parsed value.
pub(super) fn tech_draft<T: 'static>(
    tid: TechnologyId,
    initial: String,
    field: Field,
    parse: fn(&Subject, Field, &str) -> Result<T, ValidationError>,
    set: fn(&mut Technology, T),
) -> Draft {
    let ctx = Ctx::get();
    let subject = Subject::new(EntityKind::Technology, tid);
    use_draft(
        initial,
        move |raw| parse(&subject, field, raw),
        move |v| edit(ctx, tid, |t| set(t, v)),
    )
}

#[component]
fn TechForm(tid: TechnologyId) -> impl IntoView {
    let ctx = Ctx::get();
    let Some(t) = ctx
        .wb
        .with_untracked(|w| w.as_ref().and_then(|w| w.technology(tid)).cloned())
    else {
        return ().into_any();
    };

    let name = tech_draft(tid, t.name, Field::Name, Subject::name, |t, v| t.name = v);
    let description = tech_draft(
        tid,
        t.description,
        Field::Description,
        Subject::text,
        |t, v| t.description = v,
    );
    let owner = tech_draft(
        tid,
        t.owner_unit,
        Field::OwnerUnit,
        Subject::short_text,
        |t, v| t.owner_unit = v,
    );
    let storage = tech_draft(
        tid,
        t.storage_locations.join("\n"),
        Field::StorageLocations,
        Subject::lines,
        |t, v| t.storage_locations = v,
    );
    let management = tech_draft(
        tid,
        t.management,
        Field::Management,
        Subject::text,
        |t, v| t.management = v,
    );
    let internal = tech_draft(
        tid,
        t.access
            .internal_count
            .map(|n| n.to_string())
            .unwrap_or_default(),
        Field::AccessInternalCount,
        Subject::count,
        |t, v| t.access.internal_count = v,
    );
    let access_notes = tech_draft(
        tid,
        t.access.notes,
        Field::AccessNotes,
        Subject::text,
        |t, v| t.access.notes = v,
    );
    let notes = tech_draft(tid, t.notes, Field::Notes, Subject::text, |t, v| {
        t.notes = v
    });

    // Focus: the name of a just-added technology, else the detail heading.
    let view_state = InventoryView::get();
    if view_state.focus_name.get_untracked() == Some(tid.uuid()) {
        view_state.focus_name.set(None);
        focus_soon("[data-testid=tech-name]", true);
    } else {
        focus_soon("#tech-detail-title", false);
    }

    let heading = move || read(ctx, tid, |t| t.name.clone()).unwrap_or_default();
    let rating = move |axis: RatingAxis,
                       get: fn(&Technology) -> Option<Rating>,
                       set: fn(&mut Technology, Option<Rating>),
                       testid: &'static str| {
        view! {
            <RatingInput
                axis=axis
                value=Signal::derive(move || read(ctx, tid, get).flatten())
                on_change=Callback::new(move |r| edit(ctx, tid, |t| set(t, r)))
                testid=testid
                record=tid.uuid()
            />
        }
    };

    view! {
        <section class="tech-detail panel" aria-labelledby="tech-detail-title" data-testid="tech-detail">
            <div class="detail-head">
                <h3 id="tech-detail-title" tabindex="-1">
                    <span class="muted detail-kicker">{move || msg::DETAIL_LABEL.get(ctx.l())}</span>
                    <span class="detail-name">{heading}</span>
                </h3>
                <a class="button-link" href=move || href(ctx, None)>
                    {move || msg::BACK_TO_LIST.get(ctx.l())}
                </a>
            </div>
            <div class="detail-grid">
                <div class="detail-form">
                    <h4>{move || msg::SEC_BASIC.get(ctx.l())}</h4>
                    <TextField label=Field::Name.label() value=name.value on_input=name.on_input error=name.error_text() testid="tech-name"/>
                    <TextArea
                        label=Field::Description.label()
                        value=description.value
                        on_input=description.on_input
                        error=description.error_text()
                        testid="tech-description"
                    />
                    <div class="form-grid">
                        <CodeSelect
                            label=msg::CATEGORY
                            value=Signal::derive(move || read(ctx, tid, |t| t.category).unwrap_or(TechCategory::Other))
                            on_change=Callback::new(move |c| edit(ctx, tid, |t| t.category = c))
                            testid="tech-category"
                        />
                        <TextField label=Field::OwnerUnit.label() value=owner.value on_input=owner.on_input error=owner.error_text() testid="tech-owner"/>
                    </div>

                    <h4>{move || msg::SEC_MANAGEMENT.get(ctx.l())}</h4>
                    <TextArea
                        label=Field::StorageLocations.label()
                        value=storage.value
                        on_input=storage.on_input
                        error=storage.error_text()
                        hint=msg::HINT_STORAGE
                        testid="tech-storage"
                    />
                    <TextArea
                        label=Field::Management.label()
                        value=management.value
                        on_input=management.on_input
                        error=management.error_text()
                        hint=msg::HINT_MANAGEMENT
                        testid="tech-management"
                    />
                    <div class="form-grid">
                        <TextField
                            label=Field::AccessInternalCount.label()
                            value=internal.value
                            on_input=internal.on_input
                            error=internal.error_text()
                            hint=msg::HINT_COUNT
                            testid="tech-access-internal"
                            input_type="text"
                        />
                        <ExternalParties tid=tid/>
                    </div>
                    <TextArea
                        label=Field::AccessNotes.label()
                        value=access_notes.value
                        on_input=access_notes.on_input
                        error=access_notes.error_text()
                        testid="tech-access-notes"
                        rows=2
                    />

                    <h4>{move || msg::SEC_RATINGS.get(ctx.l())}</h4>
                    {rating(RatingAxis::MarketImportance, |t| t.market_importance, |t, r| t.market_importance = r, "rate-market-importance")}
                    {rating(RatingAxis::NationalStrategy, |t| t.national_strategy, |t, r| t.national_strategy = r, "rate-national-strategy")}
                    {rating(RatingAxis::TechSubstitutability, |t| t.substitutability, |t, r| t.substitutability = r, "rate-substitutability")}
                    {rating(RatingAxis::LeakImpact, |t| t.leak_impact, |t, r| t.leak_impact = r, "rate-leak-impact")}

                    <TextArea label=Field::Notes.label() value=notes.value on_input=notes.on_input error=notes.error_text() testid="tech-notes"/>
                </div>
                <aside class="score-panel" aria-labelledby="score-title">
                    <ScorePanel tid=tid/>
                </aside>
            </div>
            <Regulatory tid=tid/>
            <Elements tid=tid/>
            <DeleteTechnology tid=tid/>
        </section>
    }
    .into_any()
}

/// Whether external parties have access: unknown, yes or no.
#[component]
fn ExternalParties(tid: TechnologyId) -> impl IntoView {
    let ctx = Ctx::get();
    let external = move || match read(ctx, tid, |t| t.access.external_parties).flatten() {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    field(
        msg::EXTERNAL_PARTIES,
        None,
        Signal::default(),
        move |described_by| {
            view! {
                <select
                    data-testid="tech-access-external"
                    aria-describedby=described_by
                    prop:value=external
                    on:change=move |ev| {
                        let v = match event_target_value(&ev).as_str() {
                            "yes" => Some(true),
                            "no" => Some(false),
                            _ => None,
                        };
                        edit(ctx, tid, |t| t.access.external_parties = v);
                    }
                >
                    <option value="" selected=move || external().is_empty()>{move || common::UNKNOWN.get(ctx.l())}</option>
                    <option value="yes" selected=move || external() == "yes">{move || common::YES.get(ctx.l())}</option>
                    <option value="no" selected=move || external() == "no">{move || common::NO.get(ctx.l())}</option>
                </select>
            }
        },
    )
}
