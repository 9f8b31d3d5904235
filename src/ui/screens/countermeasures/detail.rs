//! The detail form of the selected countermeasure: title, description,
//! category, phase, status, owner, due date, library origin and notes, then
//! its links and its delete. Text fields are drafts (`use_draft`).

use leptos::prelude::*;

use crate::domain::catalog;
use crate::domain::error::{EntityKind, Field, ValidationError};
use crate::domain::ids::CountermeasureId;
use crate::domain::kinds::{CmCategory, CmPhase, CmStatus};
use crate::domain::model::Countermeasure;
use crate::domain::validate::{format_date, Subject};
use crate::i18n::countermeasures as msg;
use crate::route::{Route, Screen};
use crate::ui::state::Ctx;
use crate::ui::widgets::{use_draft, CodeSelect, Draft, TextArea, TextField};

use super::delete::DeleteCountermeasure;
use super::links::Links;
use super::view_state::CmView;

/// Reads a field of a countermeasure (tracked).
pub fn cm<T>(ctx: Ctx, id: CountermeasureId, f: impl FnOnce(&Countermeasure) -> T) -> Option<T> {
    ctx.wb
        .with(|w| w.as_ref().and_then(|w| w.countermeasure(id)).map(f))
}

/// Edits one countermeasure through the single edit path.
pub fn edit_cm(ctx: Ctx, id: CountermeasureId, f: impl FnOnce(&mut Countermeasure)) {
    ctx.update(|wb| {
        if let Some(m) = wb.countermeasure_mut(id) {
            f(m);
        }
    });
}

/// A draft of one text field of countermeasure `id`: seeded by `read`,
/// parsed by `parse`, stored by `store`.
fn cm_draft<T: 'static>(
    ctx: Ctx,
    id: CountermeasureId,
    read: fn(&Countermeasure) -> String,
    parse: fn(&Subject, &str) -> Result<T, ValidationError>,
    store: fn(&mut Countermeasure, T),
) -> Draft {
    let subject = Subject::new(EntityKind::Countermeasure, id);
    let initial = ctx
        .wb
        .with_untracked(|w| w.as_ref().and_then(|w| w.countermeasure(id)).map(read))
        .unwrap_or_default();
    use_draft(
        initial,
        move |raw| parse(&subject, raw),
        move |v| edit_cm(ctx, id, |m| store(m, v)),
    )
}

/// The detail of the selected countermeasure, or why there is none: not
/// found (a stale link), or nothing while its delete can be undone.
#[component]
pub fn Selected(id: CountermeasureId) -> impl IntoView {
    let ctx = Ctx::get();
    let view = expect_context::<CmView>();
    // Some(true): shown; Some(false): not found; None: just deleted.
    let state = Memo::new(move |_| {
        if cm(ctx, id, |_| ()).is_some() {
            Some(true)
        } else if view.last_deleted.with(Option::is_none) {
            Some(false)
        } else {
            None
        }
    });
    move || match state.get() {
        Some(true) => view! { <CountermeasureDetail id=id/> }.into_any(),
        Some(false) => view! { <p class="notice">{msg::NOT_FOUND.get(ctx.l())}</p> }.into_any(),
        None => ().into_any(),
    }
}

#[component]
fn CountermeasureDetail(id: CountermeasureId) -> impl IntoView {
    let ctx = Ctx::get();
    let wb_id = ctx
        .wb
        .with_untracked(|w| w.as_ref().map(|w| w.id.uuid()))
        .unwrap_or_default();
    let heading = NodeRef::<leptos::html::H3>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });

    let title = cm_draft(
        ctx,
        id,
        |m| m.title.clone(),
        |s, raw| s.name(Field::Title, raw),
        |m, v| m.title = v,
    );
    let owner = cm_draft(
        ctx,
        id,
        |m| m.owner.clone(),
        |s, raw| s.short_text(Field::Owner, raw),
        |m, v| m.owner = v,
    );
    let due = cm_draft(
        ctx,
        id,
        |m| m.due_date.map(format_date).unwrap_or_default(),
        |s, raw| s.date(Field::DueDate, raw),
        |m, v| m.due_date = v,
    );
    let description = cm_draft(
        ctx,
        id,
        |m| m.description.clone(),
        |s, raw| s.text(Field::Description, raw),
        |m, v| m.description = v,
    );
    let notes = cm_draft(
        ctx,
        id,
        |m| m.notes.clone(),
        |s, raw| s.text(Field::Notes, raw),
        |m, v| m.notes = v,
    );
    let category =
        Memo::new(move |_| cm(ctx, id, |m| m.category).unwrap_or(CmCategory::Organisational));
    let phase = Memo::new(move |_| cm(ctx, id, |m| m.phase).unwrap_or(CmPhase::Operation));
    let status = Memo::new(move |_| cm(ctx, id, |m| m.status).unwrap_or(CmStatus::NotStarted));
    let catalog_id = Memo::new(move |_| cm(ctx, id, |m| m.catalog_id.clone()).flatten());

    view! {
        <section class="panel cm-detail" data-testid="cm-detail" aria-labelledby="cm-detail-title">
            <div class="detail-head">
                <h3 id="cm-detail-title" tabindex="-1" node_ref=heading>
                    {move || msg::DETAIL.get(ctx.l())}
                    ": "
                    {move || cm(ctx, id, |m| m.title.clone()).unwrap_or_default()}
                </h3>
                <a href=Route::Workbook(wb_id, Screen::Countermeasures(None)).to_hash() data-testid="close-countermeasure">
                    {move || msg::CLOSE_DETAIL.get(ctx.l())}
                </a>
            </div>
            <div class="split">
                <div>
                    <TextField label=msg::F_TITLE value=title.value on_input=title.on_input error=title.error_text() testid="cm-title"/>
                    <TextArea
                        label=msg::F_DESCRIPTION
                        value=description.value
                        on_input=description.on_input
                        error=description.error_text()
                        testid="cm-description"
                        rows=4
                    />
                    <div class="form-grid">
                        <CodeSelect
                            label=msg::F_CATEGORY
                            value=category
                            on_change=Callback::new(move |v| edit_cm(ctx, id, |m| m.category = v))
                            testid="cm-category"
                        />
                        <CodeSelect
                            label=msg::F_PHASE
                            value=phase
                            on_change=Callback::new(move |v| edit_cm(ctx, id, |m| m.phase = v))
                            testid="cm-phase"
                        />
                        <CodeSelect
                            label=msg::F_STATUS
                            value=status
                            on_change=Callback::new(move |v| edit_cm(ctx, id, |m| m.status = v))
                            testid="cm-status"
                        />
                        <TextField label=msg::F_OWNER value=owner.value on_input=owner.on_input error=owner.error_text() testid="cm-owner"/>
                        <TextField
                            label=msg::F_DUE
                            value=due.value
                            on_input=due.on_input
                            error=due.error_text()
                            testid="cm-due"
                            input_type="date"
                        />
                    </div>
                    <div class="field readonly">
                        <span class="field-label">{move || msg::F_CATALOG.get(ctx.l())}</span>
                        // Title and source, never the internal id (issue #12 §3).
                        <span
                            data-testid="cm-catalog"
                            title=move || catalog_id.get().and_then(|cid| catalog::source_of(&cid)).map(|s| s.long_label(ctx.l()))
                        >
                            {move || match catalog_id.get() {
                                Some(cid) => catalog::entry_label(&cid, ctx.l())
                                    .unwrap_or_else(|| msg::F_UNKNOWN_CATALOG.get(ctx.l()).to_owned()),
                                None => msg::F_NO_CATALOG.get(ctx.l()).to_owned(),
                            }}
                        </span>
                    </div>
                    <TextArea label=msg::F_NOTES value=notes.value on_input=notes.on_input error=notes.error_text() testid="cm-notes"/>
                </div>
                <Links id=id/>
            </div>
            <DeleteCountermeasure id=id/>
        </section>
    }
}
