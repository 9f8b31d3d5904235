//! A technology's regulatory panel: its export-control classification
//! (該非判定), the people who can access it (from the people records), the
//! licence flag with the people and reasons that raise it, and the
//! trade-secret checklist (`secret.rs`). The rules are the domain's
//! (`domain::regulatory`); the flag is a prompt to check, never legal advice.

use leptos::prelude::*;

use crate::domain::error::Field;
use crate::domain::ids::TechnologyId;
use crate::domain::kinds::ExportControl;
use crate::domain::regulatory::{licence_flag, FLAG_WORDING, NOT_LEGAL_ADVICE};
use crate::domain::validate::{format_date, Subject};
use crate::i18n::{common, regulatory as msg};
use crate::route::{Route, Screen};
use crate::ui::state::Ctx;
use crate::ui::widgets::{field, CodeSelect, OptCodeSelect, TextArea, TextField};

use super::form::tech_draft;
use super::secret::TradeSecret;
use super::{edit, read};

#[component]
pub fn Regulatory(tid: TechnologyId) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="reg-panel" aria-labelledby="reg-title" data-testid="tech-regulatory">
            <h4 id="reg-title">{move || msg::SECTION.get(ctx.l())}</h4>
            <LicenceFlag tid=tid/>
            <Classification tid=tid/>
            <PeopleWithAccess tid=tid/>
            <TradeSecret tid=tid/>
        </section>
    }
}

/// The flag, when raised: the wording, then who raises it and why.
#[component]
fn LicenceFlag(tid: TechnologyId) -> impl IntoView {
    let ctx = Ctx::get();
    let flag = Memo::new(move |_| {
        ctx.wb.with(|w| {
            let w = w.as_ref()?;
            let f = licence_flag(w, w.technology(tid)?)?;
            Some(
                f.people
                    .iter()
                    .filter_map(|(pid, reasons)| {
                        Some((w.person(*pid)?.name.clone(), reasons.clone()))
                    })
                    .collect::<Vec<_>>(),
            )
        })
    });
    move || {
        flag.get().map(|people| {
            view! {
                <div class="reg-flag" role="note" data-testid="licence-flag">
                    <p class="flag"><strong>"⚠ "{move || FLAG_WORDING.get(ctx.l())}</strong></p>
                    <ul>
                        {people.into_iter().map(|(name, reasons)| view! {
                            <li data-testid="licence-flag-person">
                                {name}{move || crate::i18n::common::COLON.get(ctx.l())}
                                {move || reasons.iter().map(|r| r.label().get(ctx.l())).collect::<Vec<_>>().join(", ")}
                            </li>
                        }).collect_view()}
                    </ul>
                    <p class="muted">{move || NOT_LEGAL_ADVICE.get(ctx.l())}</p>
                </div>
            }
        })
    }
}

/// The classification record: result, list item, basis, date, who judged,
/// the catch-all check and an exception with its ground.
#[component]
fn Classification(tid: TechnologyId) -> impl IntoView {
    let ctx = Ctx::get();
    let Some(c) = ctx.wb.with_untracked(|w| {
        w.as_ref()
            .and_then(|w| w.technology(tid))
            .map(|t| t.classification.clone())
    }) else {
        return ().into_any();
    };
    let item = tech_draft(
        tid,
        c.list_item,
        Field::ListItem,
        Subject::short_text,
        |t, v| t.classification.list_item = v,
    );
    let basis = tech_draft(tid, c.basis, Field::Basis, Subject::text, |t, v| {
        t.classification.basis = v
    });
    let judged_on = tech_draft(
        tid,
        c.judged_on.map(format_date).unwrap_or_default(),
        Field::Date,
        Subject::date,
        |t, v| t.classification.judged_on = v,
    );
    let judged_by = tech_draft(
        tid,
        c.judged_by,
        Field::JudgedBy,
        Subject::short_text,
        |t, v| t.classification.judged_by = v,
    );
    let ground = tech_draft(
        tid,
        c.exception_ground,
        Field::ExceptionGround,
        Subject::text,
        |t, v| t.classification.exception_ground = v,
    );
    view! {
        <fieldset class="reg-classification" data-testid="tech-classification">
            <legend>{move || msg::CLASSIFICATION.get(ctx.l())}</legend>
            <div class="form-grid">
                <CodeSelect
                    label=msg::RESULT
                    value=Signal::derive(move || read(ctx, tid, |t| t.classification.result).unwrap_or(ExportControl::NotJudged))
                    on_change=Callback::new(move |c| edit(ctx, tid, |t| t.classification.result = c))
                    testid="tech-export-control"
                />
                <TextField label=msg::LIST_ITEM value=item.value on_input=item.on_input error=item.error_text() testid="tech-list-item"/>
                <TextField label=msg::JUDGED_ON value=judged_on.value on_input=judged_on.on_input error=judged_on.error_text() testid="tech-judged-on" input_type="date"/>
                <TextField label=msg::JUDGED_BY value=judged_by.value on_input=judged_by.on_input error=judged_by.error_text() testid="tech-judged-by"/>
                <TriState
                    label=msg::CATCH_ALL
                    value=Signal::derive(move || read(ctx, tid, |t| t.classification.catch_all).flatten())
                    on_change=Callback::new(move |v| edit(ctx, tid, |t| t.classification.catch_all = v))
                    testid="tech-catch-all"
                />
                <OptCodeSelect
                    label=msg::EXCEPTION
                    value=Signal::derive(move || read(ctx, tid, |t| t.classification.exception).flatten())
                    on_change=Callback::new(move |e| edit(ctx, tid, |t| t.classification.exception = e))
                    testid="tech-exception"
                    empty=msg::NO_EXCEPTION
                />
            </div>
            <TextArea label=msg::BASIS value=basis.value on_input=basis.on_input error=basis.error_text() testid="tech-basis" rows=2/>
            <TextArea label=msg::EXCEPTION_GROUND value=ground.value on_input=ground.on_input error=ground.error_text() testid="tech-exception-ground" rows=2/>
        </fieldset>
    }
    .into_any()
}

/// Who can access the technology, from the people records (edited on the
/// people screen): each name links to the person; key persons are marked.
#[component]
fn PeopleWithAccess(tid: TechnologyId) -> impl IntoView {
    let ctx = Ctx::get();
    let people = Memo::new(move |_| {
        ctx.wb.with(|w| {
            let Some(w) = w.as_ref() else {
                return Vec::new();
            };
            w.access_to(tid)
                .filter_map(|a| {
                    let p = w.person(a.person_id)?;
                    let href =
                        Route::Workbook(w.id.uuid(), Screen::People(Some(p.id.uuid()))).to_hash();
                    Some((href, p.name.clone(), a.key_person))
                })
                .collect::<Vec<_>>()
        })
    });
    let people_href = move || {
        ctx.route
            .get()
            .workbook()
            .map(|wb| Route::Workbook(wb, Screen::People(None)).to_hash())
            .unwrap_or_default()
    };
    view! {
        <div class="reg-people" data-testid="tech-people">
            <h5>{move || msg::PEOPLE.get(ctx.l())}</h5>
            <Show
                when=move || people.with(|p| !p.is_empty())
                fallback=move || view! { <p class="muted"><a href=people_href>{move || msg::NO_PEOPLE.get(ctx.l())}</a></p> }
            >
                <ul class="linked-list">
                    {move || people.get().into_iter().map(|(href, name, key)| view! {
                        <li data-testid="tech-person">
                            <a href=href>{name}</a>
                            {key.then(|| view! { " "<span class="badge">{move || msg::KEY_PERSON.get(ctx.l())}</span> })}
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}

/// A yes / no / not recorded choice.
#[component]
pub fn TriState(
    label: crate::domain::text::Text,
    #[prop(into)] value: Signal<Option<bool>>,
    on_change: Callback<Option<bool>>,
    testid: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    let code = move || match value.get() {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    field(label, None, Signal::default(), move |described_by| {
        view! {
            <select
                data-testid=testid
                aria-describedby=described_by
                prop:value=code
                on:change=move |ev| {
                    let v = match event_target_value(&ev).as_str() {
                        "yes" => Some(true),
                        "no" => Some(false),
                        _ => None,
                    };
                    on_change.run(v);
                }
            >
                <option value="" selected=move || code().is_empty()>{move || common::UNKNOWN.get(ctx.l())}</option>
                <option value="yes" selected=move || code() == "yes">{move || common::YES.get(ctx.l())}</option>
                <option value="no" selected=move || code() == "no">{move || common::NO.get(ctx.l())}</option>
            </select>
        }
    })
}
