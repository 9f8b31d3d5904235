//! The workbook list: create, open, rename, duplicate, delete (with
//! confirmation and undo), and the first-start welcome with a sample.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::ids::WorkbookId;
use crate::domain::sample::sample_workbook;
use crate::i18n::{common, workbooks as msg};
use crate::route::{Route, Screen};
use crate::ui::state::{format_ms, new_id, now, Ctx, WorkbookMeta};

#[component]
pub fn WorkbooksScreen() -> impl IntoView {
    let ctx = Ctx::get();
    let new_name = RwSignal::new(String::new());
    let name_error = RwSignal::new(None::<&'static str>);
    // JSON of the last deleted workbook, for undo.
    let last_deleted = RwSignal::new(None::<String>);

    let create = move || {
        let name = new_name.get_untracked();
        let name = name.trim();
        if name.is_empty() {
            name_error.set(Some("required"));
            return;
        }
        name_error.set(None);
        let id = ctx.create_workbook(name);
        new_name.set(String::new());
        ctx.go(Route::Workbook(id, Screen::Overview));
    };
    let open_sample = move |_| {
        let wb = sample_workbook(ctx.lang.get_untracked(), now(), &mut new_id);
        let id = ctx.add_workbook(wb);
        ctx.go(Route::Workbook(id, Screen::Overview));
    };

    view! {
        <section class="workbooks">
            <Show when=move || ctx.index.with(|ix| ix.is_empty())>
                <section class="welcome" aria-labelledby="welcome-title">
                    <h2 id="welcome-title">{move || msg::WELCOME_TITLE.get(ctx.l())}</h2>
                    <ol class="steps">
                        <li>{move || msg::WELCOME_STEP1.get(ctx.l())}</li>
                        <li>{move || msg::WELCOME_STEP2.get(ctx.l())}</li>
                        <li>{move || msg::WELCOME_STEP3.get(ctx.l())}</li>
                    </ol>
                    <p class="privacy">{move || msg::WELCOME_PRIVACY.get(ctx.l())}</p>
                </section>
            </Show>
            <h2>{move || msg::TITLE.get(ctx.l())}</h2>
            <form class="create-row" on:submit=move |ev| { ev.prevent_default(); create(); }>
                <label class="field">
                    <span class="field-label">{move || msg::NEW_NAME.get(ctx.l())}</span>
                    <input
                        data-testid="new-workbook-name"
                        prop:value=move || new_name.get()
                        placeholder=move || msg::NEW_NAME_DEFAULT.get(ctx.l())
                        on:input=move |ev| new_name.set(event_target_value(&ev))
                        aria-invalid=move || name_error.get().is_some().to_string()
                    />
                    <span class="field-error" role="status">
                        {move || name_error.get().map(|_| msg::NAME_REQUIRED.get(ctx.l())).unwrap_or_default()}
                    </span>
                </label>
                <button type="submit" class="primary" data-testid="create-workbook">{move || msg::CREATE.get(ctx.l())}</button>
                <button type="button" data-testid="open-sample" on:click=open_sample>{move || msg::CREATE_SAMPLE.get(ctx.l())}</button>
            </form>
            <p class="toolbar exchange-entries">
                <a class="button-link" href=Route::Import.to_hash() data-testid="import-new">{move || crate::i18n::exchange::IMPORT_ENTRY.get(ctx.l())}</a>
                <a class="button-link" href=Route::Portfolio.to_hash() data-testid="open-rollup">{move || crate::i18n::exchange::ROLLUP_ENTRY.get(ctx.l())}</a>
                <a class="button-link" href=Route::Ballot.to_hash() data-testid="open-ballot">{move || crate::i18n::workshop::BALLOT_ENTRY.get(ctx.l())}</a>
            </p>
            <Show when=move || last_deleted.with(|d| d.is_some())>
                <p class="notice" role="status">
                    {move || msg::DELETED.get(ctx.l())}
                    " "
                    <button data-testid="undo-delete-workbook" on:click=move |_| {
                        if let Some(raw) = last_deleted.get_untracked() {
                            if ctx.restore_workbook_json(&raw).is_ok() {
                                last_deleted.set(None);
                            }
                        }
                    }>{move || common::UNDO.get(ctx.l())}</button>
                </p>
            </Show>
            <Show
                when=move || ctx.index.with(|ix| !ix.is_empty())
                fallback=move || view! { <p>{move || msg::LIST_EMPTY.get(ctx.l())}</p> }
            >
                <table class="data-table" data-testid="workbook-list">
                    <thead>
                        <tr>
                            <th scope="col">{move || msg::COL_NAME.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_UPDATED.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_CONTENTS.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_ACTIONS.get(ctx.l())}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || ctx.index.get()
                            key=|m| (m.id, m.name.clone(), m.updated_ms)
                            children=move |m| view! { <WorkbookRow meta=m last_deleted=last_deleted/> }
                        />
                    </tbody>
                </table>
            </Show>
            <crate::ui::seal::RestoreSealedBackup/>
        </section>
    }
}

#[component]
fn WorkbookRow(meta: WorkbookMeta, last_deleted: RwSignal<Option<String>>) -> impl IntoView {
    let ctx = Ctx::get();
    let id: Uuid = meta.id;
    let renaming = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let draft = RwSignal::new(meta.name.clone());
    let updated = format_ms(meta.updated_ms);
    let locked = meta.sealed && meta.name.is_empty();
    let name = meta.name.clone();
    let contents = move || match ctx.l() {
        _ if locked => "—".to_owned(),
        crate::domain::text::Lang::Ja => format!(
            "重要技術 {} 件・シナリオ {} 件",
            meta.technologies, meta.scenarios
        ),
        crate::domain::text::Lang::En => {
            format!(
                "{}, {}",
                crate::i18n::en_count(meta.technologies, "technology", "technologies"),
                crate::i18n::en_count(meta.scenarios, "scenario", "scenarios")
            )
        }
    };
    let rename = move || {
        let new_name = draft.get_untracked().trim().to_owned();
        if new_name.is_empty() {
            return;
        }
        ctx.open(id);
        ctx.update(|wb| wb.name = new_name);
        renaming.set(false);
    };
    let duplicate = move |_| {
        if let Ok(mut wb) = ctx.load_stored(id) {
            wb.id = WorkbookId::new(new_id());
            wb.name = format!("{}{}", wb.name, msg::COPY_SUFFIX.get(ctx.l()));
            wb.created_at = now();
            wb.touch(now());
            ctx.add_workbook(wb);
        }
    };
    view! {
        <tr data-testid="workbook-row">
            <td>
                <Show
                    when=move || renaming.get()
                    fallback={
                        let name = name.clone();
                        move || {
                            let name = name.clone();
                            let shown = move || if locked { crate::i18n::seal::LOCKED_NAME.get(ctx.l()).to_owned() } else { name.clone() };
                            view! { <a href=Route::Workbook(id, Screen::Overview).to_hash() data-testid="open-workbook">{shown}</a> }
                        }
                    }
                >
                    <form on:submit=move |ev| { ev.prevent_default(); rename(); }>
                        <label class="field">
                            <span class="field-label">{move || msg::RENAME_LABEL.get(ctx.l())}</span>
                            <input data-testid="rename-input" prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev))/>
                        </label>
                        <button type="submit">{move || common::SAVE.get(ctx.l())}</button>
                        <button type="button" on:click=move |_| renaming.set(false)>{move || common::CANCEL.get(ctx.l())}</button>
                    </form>
                </Show>
            </td>
            <td class="date">{updated.clone()}</td>
            <td>{contents}</td>
            <td class="actions">
                <button data-testid="rename-workbook" on:click=move |_| renaming.set(true)>{move || msg::RENAME.get(ctx.l())}</button>
                <button data-testid="duplicate-workbook" on:click=duplicate>{move || msg::DUPLICATE.get(ctx.l())}</button>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button class="danger" data-testid="delete-workbook" on:click=move |_| confirming.set(true)>
                            {move || common::DELETE.get(ctx.l())}
                        </button>
                    }
                >
                    <span role="alertdialog" aria-label=move || msg::CONFIRM_DELETE_TITLE.get(ctx.l()) class="confirm">
                        <strong>{move || msg::CONFIRM_DELETE_TITLE.get(ctx.l())}</strong>
                        " "
                        {move || msg::CONFIRM_DELETE_BODY.get(ctx.l())}
                        <button class="danger" data-testid="confirm-delete-workbook" on:click=move |_| {
                            if let Some(raw) = ctx.remove_workbook(id) {
                                last_deleted.set(Some(raw));
                            }
                            confirming.set(false);
                        }>{move || common::CONFIRM_DELETE.get(ctx.l())}</button>
                        <button on:click=move |_| confirming.set(false)>{move || common::CANCEL.get(ctx.l())}</button>
                    </span>
                </Show>
            </td>
        </tr>
    }
}
