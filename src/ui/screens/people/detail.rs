//! The form of the selected person: name or pseudonym, role, residency,
//! the specified-category declaration and its date, the pledge, the last
//! research-integrity disclosure, notes, what the rules say about them, the
//! technologies they can access, and the delete button. Text fields are
//! drafts (`use_draft`).

use leptos::prelude::*;

use crate::domain::error::{EntityKind, Field, ValidationError};
use crate::domain::ids::PersonId;
use crate::domain::kinds::{PersonRole, SpecifiedCategory};
use crate::domain::model::Person;
use crate::domain::regulatory::{declaration_status, disclosure_due, DeclarationStatus};
use crate::domain::text::Text;
use crate::domain::validate::{format_date, Subject};
use crate::i18n::people as msg;
use crate::ui::state::{local_today, Ctx};
use crate::ui::widgets::{field, use_draft, CodeSelect, OptCodeSelect, TextArea, TextField};

use super::access::Access;
use super::delete::DeletePerson;

/// Reads one person (reactively).
pub fn p_get<T>(ctx: Ctx, id: PersonId, f: impl FnOnce(&Person) -> T) -> Option<T> {
    ctx.wb
        .with(|w| w.as_ref().and_then(|w| w.person(id)).map(f))
}

/// Edits one person through the single edit path.
pub fn p_edit(ctx: Ctx, id: PersonId, f: impl FnOnce(&mut Person)) {
    ctx.update(|w| {
        if let Some(p) = w.person_mut(id) {
            f(p);
        }
    });
}

type Apply = fn(&Subject, &str, &mut Person) -> Result<(), ValidationError>;

/// A text field of a person: `get` seeds the draft, `apply` parses what is
/// typed into a copy of the person, which replaces it when valid.
#[component]
fn PText(
    id: PersonId,
    label: Text,
    get: fn(&Person) -> String,
    apply: Apply,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] hint: Option<Text>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    let subject = Subject::new(EntityKind::Person, id);
    let initial = ctx
        .wb
        .with_untracked(|w| w.as_ref().and_then(|w| w.person(id)).map(get))
        .unwrap_or_default();
    let d = use_draft(
        initial,
        move |raw| {
            let mut scratch = ctx
                .wb
                .with_untracked(|w| w.as_ref().and_then(|w| w.person(id)).cloned());
            if let Some(p) = scratch.as_mut() {
                apply(&subject, raw, p)?;
            }
            Ok(scratch)
        },
        move |scratch| {
            if let Some(scratch) = scratch {
                p_edit(ctx, id, move |p| *p = scratch);
            }
        },
    );
    let (value, on_input, error) = (d.value, d.on_input, d.error_text());
    let input_type = input_type.unwrap_or("text");
    match (multiline, hint) {
        (true, _) => view! { <TextArea label=label value=value on_input=on_input error=error testid=testid/> }.into_any(),
        (false, Some(hint)) => view! {
            <TextField label=label value=value on_input=on_input error=error testid=testid input_type=input_type hint=hint/>
        }
        .into_any(),
        (false, None) => view! {
            <TextField label=label value=value on_input=on_input error=error testid=testid input_type=input_type/>
        }
        .into_any(),
    }
}

/// The detail of the selected person, or "not found" (a stale link).
#[component]
pub fn Selected(id: PersonId) -> impl IntoView {
    let ctx = Ctx::get();
    let exists = Memo::new(move |_| p_get(ctx, id, |_| ()).is_some());
    move || {
        if exists.get() {
            view! { <PersonDetail id=id/> }.into_any()
        } else {
            view! { <p class="notice">{move || msg::NOT_FOUND.get(ctx.l())}</p> }.into_any()
        }
    }
}

#[component]
fn PersonDetail(id: PersonId) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="panel ex-form" aria-labelledby="person-detail-title" data-testid="person-detail">
            <h3 id="person-detail-title">{move || msg::DETAIL.get(ctx.l())}</h3>
            <div class="form-grid">
                <PText id=id label=msg::NAME testid="person-name" hint=msg::NAME_HINT
                    get=|p| p.name.clone()
                    apply=|s, raw, p| { p.name = s.name(Field::Name, raw)?; Ok(()) }/>
                <CodeSelect
                    label=msg::ROLE
                    value=Signal::derive(move || p_get(ctx, id, |p| p.role).unwrap_or(PersonRole::Other))
                    on_change=Callback::new(move |r| p_edit(ctx, id, |p| p.role = r))
                    testid="person-role"
                />
                <OptCodeSelect
                    label=msg::RESIDENCY
                    value=Signal::derive(move || p_get(ctx, id, |p| p.residency).flatten())
                    on_change=Callback::new(move |r| p_edit(ctx, id, |p| p.residency = r))
                    testid="person-residency"
                    empty=msg::NOT_RECORDED
                />
                <CodeSelect
                    label=msg::DECLARATION
                    value=Signal::derive(move || p_get(ctx, id, |p| p.declaration).unwrap_or(SpecifiedCategory::NotSubmitted))
                    on_change=Callback::new(move |c| p_edit(ctx, id, |p| p.declaration = c))
                    testid="person-declaration"
                />
                <PText id=id label=msg::DECLARED_ON testid="person-declared-on" input_type="date"
                    get=|p| p.declared_on.map(format_date).unwrap_or_default()
                    apply=|s, raw, p| { p.declared_on = s.date(Field::Date, raw)?; Ok(()) }/>
                <Pledge id=id/>
                <PText id=id label=msg::PLEDGE_ON testid="person-pledge-on" input_type="date"
                    get=|p| p.pledge_on.map(format_date).unwrap_or_default()
                    apply=|s, raw, p| { p.pledge_on = s.date(Field::Date, raw)?; Ok(()) }/>
                <PText id=id label=msg::DISCLOSED_ON testid="person-disclosed-on" input_type="date"
                    get=|p| p.disclosed_on.map(format_date).unwrap_or_default()
                    apply=|s, raw, p| { p.disclosed_on = s.date(Field::Date, raw)?; Ok(()) }/>
            </div>
            <Status id=id/>
            <Access id=id/>
            <PText id=id label=msg::NOTES testid="person-notes" multiline=true
                get=|p| p.notes.clone()
                apply=|s, raw, p| { p.notes = s.text(Field::Notes, raw)?; Ok(()) }/>
            <DeletePerson id=id/>
        </section>
    }
}

/// The pledge: signed or not (a checkbox).
#[component]
fn Pledge(id: PersonId) -> impl IntoView {
    let ctx = Ctx::get();
    field(msg::PLEDGE, None, Signal::default(), move |described_by| {
        view! {
            <span class="checkbox-line">
                <input
                    type="checkbox"
                    id=format!("pledge-{id}")
                    data-testid="person-pledge"
                    aria-describedby=described_by
                    prop:checked=move || p_get(ctx, id, |p| p.pledge_signed).unwrap_or(false)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        p_edit(ctx, id, |p| p.pledge_signed = on);
                    }
                />
                <label for=format!("pledge-{id}")>{move || msg::PLEDGE_SIGNED.get(ctx.l())}</label>
            </span>
        }
    })
}

/// What the rules say about this person: the declaration's status and
/// whether a research-integrity disclosure is due.
#[component]
fn Status(id: PersonId) -> impl IntoView {
    let ctx = Ctx::get();
    let today = local_today();
    let status = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref().and_then(|w| {
                let p = w.person(id)?;
                let decl = declaration_status(p, &w.settings, today);
                let due = ctx
                    .analysis
                    .with(|a| a.as_ref().is_some_and(|a| disclosure_due(w, a, p, today)));
                Some((decl, due))
            })
        })
    });
    view! {
        <p class="person-status" data-testid="person-status">
            <span>{move || msg::DECLARATION_STATUS.get(ctx.l())}{move || crate::i18n::common::COLON.get(ctx.l())}</span>
            {move || {
                let (text, class) = match status.get().map(|s| s.0) {
                    Some(DeclarationStatus::Current) => (msg::STATUS_CURRENT, "badge ok"),
                    Some(DeclarationStatus::Due) => (msg::STATUS_DUE, "badge warn"),
                    _ => (msg::STATUS_NOT_SUBMITTED, "badge warn"),
                };
                view! { <span class=class data-testid="declaration-status">{text.get(ctx.l())}</span> }
            }}
            {move || status.get().is_some_and(|s| s.1).then(|| view! {
                " "<span class="badge warn" data-testid="disclosure-due">{move || msg::DISCLOSURE_DUE.get(ctx.l())}</span>
            })}
        </p>
    }
}
