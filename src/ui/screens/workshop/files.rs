//! Rating on own laptops: the session file out (who may rate, what to
//! rate), ballot files in. A ballot is parsed and checked completely before
//! the session changes; a refused one is named with the domain's reason.

use leptos::prelude::*;

use crate::domain::ids::SessionId;
use crate::domain::workshop::{
    import_ballot, parse_ballot, session_file, BallotImport, RatingSession,
};
use crate::i18n::workshop as msg;
use crate::ui::download::{download_text, read_file, JSON_MIME};
use crate::ui::import_files::picked_files;
use crate::ui::state::Ctx;

/// Imports one ballot text; the message to show for it.
fn import_one(ctx: Ctx, id: SessionId, text: &str) -> Result<BallotImport, String> {
    let l = ctx.lang.get_untracked();
    let (ballot, values) = parse_ballot(text).map_err(|e| e.message(l))?;
    let copy = ctx.wb.with_untracked(|w| {
        w.as_ref()
            .and_then(|w| w.workshops.iter().find(|s| s.id == id).cloned())
    });
    let mut copy =
        copy.ok_or_else(|| crate::domain::workshop::WorkshopError::NoSession.message(l))?;
    let outcome = import_ballot(&mut copy, &ballot, &values).map_err(|e| e.message(l))?;
    if outcome != BallotImport::Unchanged {
        ctx.update(move |w| {
            if let Some(s) = w.workshops.iter_mut().find(|s| s.id == id) {
                *s = copy;
            }
        });
    }
    Ok(outcome)
}

#[component]
pub fn Files(
    id: SessionId,
    session: Memo<Option<RatingSession>>,
    revealed: Memo<bool>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let results = RwSignal::new(Vec::<(String, bool, String)>::new());
    let export = move |_| {
        let text = session.with_untracked(|s| {
            ctx.wb.with_untracked(|w| match (s, w) {
                (Some(s), Some(w)) => Some((session_file(s, w, ctx.l()), s.current().number)),
                _ => None,
            })
        });
        if let Some((text, pass)) = text {
            let name = format!("mamori-session-{}-pass{pass}.json", &id.to_string()[..8]);
            if let Err(e) = download_text(&name, JSON_MIME, &text) {
                results.set(vec![(name, false, e)]);
            }
        }
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let files = picked_files(&ev);
        leptos::task::spawn_local(async move {
            let mut out = Vec::new();
            for f in files {
                let name = f.name();
                let line = match read_file(&f).await {
                    Err(e) => (name, false, e),
                    Ok(bytes) => {
                        let text = String::from_utf8_lossy(&bytes);
                        let l = ctx.lang.get_untracked();
                        match import_one(ctx, id, &text) {
                            Ok(BallotImport::Recorded) => {
                                (name, true, msg::BALLOT_RECORDED.get(l).to_owned())
                            }
                            Ok(BallotImport::Replaced) => {
                                (name, true, msg::BALLOT_REPLACED.get(l).to_owned())
                            }
                            Ok(BallotImport::Unchanged) => {
                                (name, true, msg::BALLOT_UNCHANGED.get(l).to_owned())
                            }
                            Err(e) => (name, false, e),
                        }
                    }
                };
                out.push(line);
            }
            results.try_set(out);
        });
    };
    view! {
        <section class="ws-files" aria-labelledby="ws-files-title">
            <h4 id="ws-files-title">{move || msg::FILES.get(ctx.l())}</h4>
            <p class="hint">{move || msg::FILES_HINT.get(ctx.l())}</p>
            <div class="actions">
                <button type="button" data-testid="ws-export-session" disabled=move || revealed.get() on:click=export>{move || msg::EXPORT_SESSION.get(ctx.l())}</button>
                <label class="field">
                    <span class="field-label">{move || msg::IMPORT_BALLOTS.get(ctx.l())}</span>
                    <input type="file" multiple accept=".json,application/json" data-testid="ws-import-ballots" on:change=on_pick/>
                </label>
            </div>
            <ul class="plain" data-testid="ws-ballot-results" aria-live="polite">
                {move || results.get().into_iter().map(|(name, ok, text)| view! {
                    <li class:error=!ok data-ok=ok.to_string()>{name}": "{text}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}
