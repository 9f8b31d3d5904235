//! Encryption at rest on screen: the button and panel that encrypt the open
//! workbook, the unlock screen, lock now, and the encryption part of the
//! settings (change passphrase, idle lock). Everything it decides comes from
//! the domain (`storage::seal`: passphrase rules, messages) and `Ctx`.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::storage::seal::{check_new_passphrase, Secret};
use crate::i18n::{common, seal as msg};

use super::state::{Ctx, LOCK_AFTER_CHOICES};
use super::widgets::unique_id;

/// Runs slow work (Argon2id, about half a second) after the browser has
/// painted the "busy" line.
fn after_paint(f: impl FnOnce() + 'static) {
    set_timeout(f, Duration::from_millis(40));
}

/// A labelled password field.
#[component]
fn Secret(
    label: crate::domain::text::Text,
    testid: &'static str,
    value: RwSignal<String>,
    #[prop(optional)] hint: Option<crate::domain::text::Text>,
    #[prop(default = "current-password")] autocomplete: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    let id = unique_id(testid);
    let hint_id = format!("{id}-hint");
    let described = hint.map(|_| hint_id.clone());
    view! {
        <div class="field">
            <label class="field-label" for=id.clone()>{move || label.get(ctx.l())}</label>
            <input
                id=id
                type="password"
                data-testid=testid
                autocomplete=autocomplete
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            {hint.map(|h| view! { <p class="hint" id=hint_id>{move || h.get(ctx.l())}</p> })}
        </div>
    }
}

/// In the workbook navigation: "Encrypt…" for a plain workbook, or the
/// encrypted badge and "Lock now".
#[component]
pub fn SealControls() -> impl IntoView {
    let ctx = Ctx::get();
    let open = RwSignal::new(false);
    let lock_refused = RwSignal::new(false);
    view! {
        <Show when=move || ctx.wb.with(Option::is_some)>
            <Show
                when=move || ctx.open_is_sealed()
                fallback=move || view! {
                    <Show when=move || ctx.crypto_ok>
                        <button type="button" class="seal-open" data-testid="encrypt-open"
                            aria-expanded=move || open.get().to_string()
                            on:click=move |_| open.update(|o| *o = !*o)>
                            {move || msg::ENCRYPT_OPEN.get(ctx.l())}
                        </button>
                    </Show>
                }
            >
                <span class="seal-badge" data-testid="encrypted-badge">{move || msg::ENCRYPTED_BADGE.get(ctx.l())}</span>
                <button type="button" data-testid="lock-now" on:click=move |_| lock_refused.set(!ctx.lock_now())>
                    {move || msg::LOCK_NOW.get(ctx.l())}
                </button>
                <Show when=move || lock_refused.get()>
                    <span class="error" role="alert">{move || common::SAVING_FAILED.get(ctx.l())}</span>
                </Show>
            </Show>
        </Show>
        <Show when=move || open.get()>
            <EncryptPanel open=open/>
        </Show>
    }
}

/// Setting a passphrase for the open workbook, with the plain warning.
#[component]
fn EncryptPanel(open: RwSignal<bool>) -> impl IntoView {
    let ctx = Ctx::get();
    let pass = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let want_code = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let code = RwSignal::new(None::<String>);
    let done = RwSignal::new(false);
    let problem = move || {
        let (p, c) = (pass.get(), confirm.get());
        if p.is_empty() && c.is_empty() {
            return None;
        }
        check_new_passphrase(&p, &c)
            .err()
            .map(|e| e.message(ctx.l()))
    };
    let submit = move || {
        if check_new_passphrase(&pass.get_untracked(), &confirm.get_untracked()).is_err()
            || busy.get_untracked()
        {
            return;
        }
        busy.set(true);
        error.set(None);
        after_paint(move || {
            let result = ctx.encrypt_open(&pass.get_untracked(), want_code.get_untracked());
            busy.set(false);
            match result {
                Ok(c) => {
                    pass.set(String::new());
                    confirm.set(String::new());
                    done.set(true);
                    code.set(c);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let code_id = unique_id("want-recovery");
    view! {
        <section class="panel seal-panel" data-testid="encrypt-panel" aria-labelledby="encrypt-title">
            <h2 id="encrypt-title">{move || msg::ENCRYPT_TITLE.get(ctx.l())}</h2>
            <Show
                when=move || done.get()
                fallback=move || {
                    let code_id = code_id.clone();
                    view! {
                        <p>{move || msg::ENCRYPT_INTRO.get(ctx.l())}</p>
                        <p class="error seal-warning" data-testid="encrypt-warning"><strong>{move || msg::ENCRYPT_WARNING.get(ctx.l())}</strong></p>
                        <form on:submit=move |ev| { ev.prevent_default(); submit(); }>
                            <Secret label=msg::PASSPHRASE testid="passphrase" value=pass hint=msg::PASSPHRASE_HINT autocomplete="new-password"/>
                            <Secret label=msg::PASSPHRASE_CONFIRM testid="passphrase-confirm" value=confirm autocomplete="new-password"/>
                            <label class="check" for=code_id.clone()>
                                <input type="checkbox" id=code_id.clone() data-testid="want-recovery"
                                    prop:checked=move || want_code.get()
                                    on:change=move |ev| want_code.set(event_target_checked(&ev))/>
                                <span>{move || msg::WANT_RECOVERY.get(ctx.l())}</span>
                            </label>
                            {move || problem().map(|p| view! { <p class="error" role="status" data-testid="passphrase-problem">{p}</p> })}
                            <div class="actions">
                                <button type="submit" class="danger" data-testid="encrypt-confirm"
                                    disabled=move || busy.get() || check_new_passphrase(&pass.get(), &confirm.get()).is_err()>
                                    {move || msg::ENCRYPT_CONFIRM.get(ctx.l())}
                                </button>
                                <button type="button" on:click=move |_| open.set(false)>{move || common::CANCEL.get(ctx.l())}</button>
                            </div>
                        </form>
                        <Show when=move || busy.get()>
                            <p role="status">{move || msg::ENCRYPTING.get(ctx.l())}</p>
                        </Show>
                        {move || error.get().map(|e| view! { <p class="error" role="alert" data-testid="encrypt-error">{e}</p> })}
                    }
                }
            >
                <p role="status" data-testid="encrypt-done">{move || msg::ENCRYPTED_DONE.get(ctx.l())}</p>
                {move || code.get().map(|c| view! {
                    <div class="recovery-code">
                        <h3>{move || msg::RECOVERY_TITLE.get(ctx.l())}</h3>
                        <p>{move || msg::RECOVERY_BODY.get(ctx.l())}</p>
                        <p><code data-testid="recovery-code">{c}</code></p>
                    </div>
                })}
                <div class="actions">
                    <Show when=move || code.with(Option::is_some)>
                        <button type="button" on:click=move |_| { let _ = window().print(); }>{move || msg::PRINT.get(ctx.l())}</button>
                    </Show>
                    <button type="button" data-testid="encrypt-close" on:click=move |_| { code.set(None); open.set(false); }>
                        {move || msg::RECOVERY_DONE.get(ctx.l())}
                    </button>
                </div>
            </Show>
        </section>
    }
}

/// Shown instead of the screen while the route's workbook is locked. A
/// wrong passphrase is refused with a message; nothing is written.
#[component]
pub fn UnlockScreen() -> impl IntoView {
    let ctx = Ctx::get();
    let pass = RwSignal::new(String::new());
    let use_code = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let submit = move || {
        if busy.get_untracked() || pass.get_untracked().is_empty() {
            return;
        }
        busy.set(true);
        error.set(None);
        after_paint(move || {
            let typed = pass.get_untracked();
            let secret = if use_code.get_untracked() {
                Secret::RecoveryCode(&typed)
            } else {
                Secret::Passphrase(&typed)
            };
            let result = ctx.unlock(secret);
            busy.set(false);
            if let Err(e) = result {
                error.set(Some(e));
            } else {
                pass.set(String::new());
            }
        });
    };
    let code_id = unique_id("unlock-use-code");
    view! {
        <section class="panel seal-panel" data-testid="unlock-screen" aria-labelledby="unlock-title">
            <h2 id="unlock-title">{move || msg::UNLOCK_TITLE.get(ctx.l())}</h2>
            <p>{move || msg::UNLOCK_INTRO.get(ctx.l())}</p>
            <form on:submit=move |ev| { ev.prevent_default(); submit(); }>
                <Show
                    when=move || use_code.get()
                    fallback=move || view! { <Secret label=msg::PASSPHRASE testid="unlock-passphrase" value=pass/> }
                >
                    <Secret label=msg::RECOVERY_CODE testid="unlock-passphrase" value=pass autocomplete="off"/>
                </Show>
                <label class="check" for=code_id.clone()>
                    <input type="checkbox" id=code_id.clone() data-testid="unlock-use-code"
                        prop:checked=move || use_code.get()
                        on:change=move |ev| use_code.set(event_target_checked(&ev))/>
                    <span>{move || msg::UNLOCK_USE_CODE.get(ctx.l())}</span>
                </label>
                <button type="submit" data-testid="unlock-confirm" disabled=move || busy.get()>
                    {move || msg::UNLOCK_CONFIRM.get(ctx.l())}
                </button>
            </form>
            <Show when=move || busy.get()>
                <p role="status">{move || msg::UNLOCKING.get(ctx.l())}</p>
            </Show>
            {move || error.get().map(|e| view! { <p class="error" role="alert" data-testid="unlock-error">{e}</p> })}
        </section>
    }
}

/// The encryption part of the settings screen.
#[component]
pub fn EncryptionSettings() -> impl IntoView {
    let ctx = Ctx::get();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let result = RwSignal::new(None::<Result<(), String>>);
    let submit = move || {
        if busy.get_untracked()
            || check_new_passphrase(&new.get_untracked(), &confirm.get_untracked()).is_err()
        {
            return;
        }
        busy.set(true);
        result.set(None);
        after_paint(move || {
            let r = ctx.change_passphrase(&current.get_untracked(), &new.get_untracked());
            busy.set(false);
            if r.is_ok() {
                current.set(String::new());
                new.set(String::new());
                confirm.set(String::new());
            }
            result.set(Some(r));
        });
    };
    let select_id = unique_id("lock-after");
    let problem = move || {
        let (p, c) = (new.get(), confirm.get());
        if p.is_empty() && c.is_empty() {
            return None;
        }
        check_new_passphrase(&p, &c)
            .err()
            .map(|e| e.message(ctx.l()))
    };
    view! {
        <section class="panel" aria-labelledby="seal-settings-title" data-testid="encryption-settings">
            <h3 id="seal-settings-title">{move || msg::SETTINGS_TITLE.get(ctx.l())}</h3>
            <Show
                when=move || ctx.open_is_sealed()
                fallback=move || view! { <p>{move || msg::SETTINGS_PLAIN.get(ctx.l())}</p> }
            >
                <p>{move || msg::SETTINGS_SEALED.get(ctx.l())}</p>
                <h4>{move || msg::CHANGE_TITLE.get(ctx.l())}</h4>
                <p class="hint">{move || msg::CHANGE_HINT.get(ctx.l())}</p>
                <form on:submit=move |ev| { ev.prevent_default(); submit(); }>
                    <Secret label=msg::CURRENT_PASSPHRASE testid="passphrase-current" value=current/>
                    <Secret label=msg::NEW_PASSPHRASE testid="passphrase-new" value=new hint=msg::PASSPHRASE_HINT autocomplete="new-password"/>
                    <Secret label=msg::NEW_PASSPHRASE_CONFIRM testid="passphrase-new-confirm" value=confirm autocomplete="new-password"/>
                    {move || problem().map(|p| view! { <p class="error" role="status">{p}</p> })}
                    <button type="submit" data-testid="change-passphrase-confirm"
                        disabled=move || busy.get() || check_new_passphrase(&new.get(), &confirm.get()).is_err()>
                        {move || msg::CHANGE_CONFIRM.get(ctx.l())}
                    </button>
                </form>
                <Show when=move || busy.get()>
                    <p role="status">{move || msg::UNLOCKING.get(ctx.l())}</p>
                </Show>
                {move || result.get().map(|r| match r {
                    Ok(()) => view! { <p class="notice" role="status" data-testid="passphrase-changed">{move || msg::CHANGED.get(ctx.l())}</p> }.into_any(),
                    Err(e) => view! { <p class="error" role="alert" data-testid="change-passphrase-error">{e}</p> }.into_any(),
                })}
                <div class="field">
                    <label class="field-label" for=select_id.clone()>{move || msg::LOCK_AFTER.get(ctx.l())}</label>
                    <select id=select_id.clone() data-testid="lock-after"
                        on:change=move |ev| {
                            if let Ok(s) = event_target_value(&ev).parse::<u32>() {
                                ctx.set_lock_after(s);
                            }
                        }
                        prop:value=move || ctx.lock_after.get().to_string()
                    >
                        {LOCK_AFTER_CHOICES.iter().map(|s| {
                            let s = *s;
                            let label = match s {
                                60 => msg::MINUTES_1,
                                300 => msg::MINUTES_5,
                                900 => msg::MINUTES_15,
                                1800 => msg::MINUTES_30,
                                _ => msg::MINUTES_60,
                            };
                            view! { <option value=s.to_string() selected=move || ctx.lock_after.get() == s>{move || label.get(ctx.l())}</option> }
                        }).collect_view()}
                    </select>
                    <p class="hint">{move || msg::LOCK_AFTER_HINT.get(ctx.l())}</p>
                </div>
            </Show>
        </section>
    }
}

/// On the workbook list: restore an encrypted backup file, asking for its
/// passphrase (`restore()` alone refuses sealed text).
#[component]
pub fn RestoreSealedBackup() -> impl IntoView {
    let ctx = Ctx::get();
    let text = RwSignal::new(None::<String>);
    let pass = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let file_id = unique_id("restore-sealed-file");
    let pick = move |ev: leptos::ev::Event| {
        error.set(None);
        text.set(None);
        let Some(file) = crate::ui::import_files::picked_files(&ev)
            .into_iter()
            .next()
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            match crate::ui::download::read_file(&file).await {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(t) if crate::domain::storage::seal::is_sealed(t.trim()) => text.set(Some(t)),
                    _ => error.set(Some(msg::RESTORE_NOT_SEALED.get(ctx.l()).to_owned())),
                },
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let submit = move || {
        let Some(t) = text.get_untracked() else {
            return;
        };
        if busy.get_untracked() || pass.get_untracked().is_empty() {
            return;
        }
        busy.set(true);
        error.set(None);
        after_paint(move || {
            let typed = pass.get_untracked();
            let r = ctx.restore_sealed_backup(&t, Secret::Passphrase(&typed));
            busy.set(false);
            match r {
                Ok(id) => {
                    pass.set(String::new());
                    ctx.go(crate::route::Route::Workbook(
                        id,
                        crate::route::Screen::Overview,
                    ));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    view! {
        <Show when=move || ctx.crypto_ok>
            <section class="panel" aria-labelledby="restore-sealed-title" data-testid="restore-sealed">
                <h3 id="restore-sealed-title">{move || msg::RESTORE_TITLE.get(ctx.l())}</h3>
                <p class="hint">{move || msg::BACKUP_ENCRYPTED_HINT.get(ctx.l())}</p>
                <form on:submit=move |ev| { ev.prevent_default(); submit(); }>
                    <div class="field">
                        <label class="field-label" for=file_id.clone()>{move || msg::RESTORE_FILE.get(ctx.l())}</label>
                        <input id=file_id.clone() type="file" accept=".txt,text/plain" data-testid="restore-sealed-file" on:change=pick/>
                    </div>
                    <Secret label=msg::PASSPHRASE testid="restore-sealed-passphrase" value=pass/>
                    <button type="submit" data-testid="restore-sealed-confirm" disabled=move || busy.get() || text.with(Option::is_none)>
                        {move || msg::RESTORE_CONFIRM.get(ctx.l())}
                    </button>
                </form>
                <Show when=move || busy.get()>
                    <p role="status">{move || msg::UNLOCKING.get(ctx.l())}</p>
                </Show>
                {move || error.get().map(|e| view! { <p class="error" role="alert" data-testid="restore-sealed-error">{e}</p> })}
            </section>
        </Show>
    }
}

/// The export screen's warning: exported files are not encrypted.
#[component]
pub fn ExportWarning() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <Show when=move || ctx.open_is_sealed()>
            <p class="error" role="note" data-testid="export-plain-warning">{move || msg::EXPORT_WARNING.get(ctx.l())}</p>
            <p class="hint">{move || msg::BACKUP_ENCRYPTED_HINT.get(ctx.l())}</p>
        </Show>
    }
}
