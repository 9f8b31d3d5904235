//! Workshop mode (docs/workshop.md): rating sessions where participants rate
//! privately, the facilitator reveals every rating at once and the room
//! records an outcome per item. The rules are the domain's
//! (`domain::workshop`); this shell only wires them.
//!
//! One job per file: `create.rs` (new session, list), `setup.rs`
//! (participants and items), `entry.rs` (one-laptop entry: never a value in
//! the page before the reveal), `files.rs` (session file out, ballots in),
//! `results.rs` (the reveal table), `outcome.rs` (recording and applying an
//! outcome), `present.rs` (the item under discussion, large).

mod create;
mod entry;
mod files;
mod outcome;
mod present;
mod results;
mod setup;

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::ids::SessionId;
use crate::domain::workshop::{RatingSession, WorkshopError};
use crate::i18n::workshop as msg;
use crate::ui::state::Ctx;

/// The session list and the selected session.
#[component]
pub fn WorkshopScreen(selected: Memo<Option<Uuid>>) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="workshop">
            <h2>{move || msg::TITLE.get(ctx.l())}</h2>
            <p class="muted">{move || msg::INTRO.get(ctx.l())}</p>
            <div class="ws-top">
                <create::NewSession/>
                <create::SessionList selected=selected/>
            </div>
            {move || match selected.get() {
                Some(id) => view! { <SessionPanel id=SessionId::new(id)/> }.into_any(),
                None => view! { <p class="muted">{move || msg::SELECT_HINT.get(ctx.l())}</p> }.into_any(),
            }}
        </section>
    }
}

/// A copy of the session, tracked. The panel reads votes only through the
/// domain's `item_stats`, which yields nothing before the reveal.
pub(crate) fn session_memo(ctx: Ctx, id: SessionId) -> Memo<Option<RatingSession>> {
    Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.workshops.iter().find(|s| s.id == id).cloned())
        })
    })
}

/// Runs a session rule on a copy first; only if it succeeds is the same
/// change made through `Ctx::update` (one undo step, autosave). A refused
/// action changes nothing and records no undo step.
pub(crate) fn edit_session<R>(
    ctx: Ctx,
    id: SessionId,
    rule: impl Fn(&mut RatingSession) -> Result<R, WorkshopError>,
) -> Result<R, WorkshopError> {
    let copy = ctx.wb.with_untracked(|w| {
        w.as_ref()
            .and_then(|w| w.workshops.iter().find(|s| s.id == id).cloned())
    });
    let mut copy = copy.ok_or(WorkshopError::NoSession)?;
    let out = rule(&mut copy)?;
    ctx.update(move |w| {
        if let Some(s) = w.workshops.iter_mut().find(|s| s.id == id) {
            *s = copy;
        }
    });
    Ok(out)
}

#[component]
fn SessionPanel(id: SessionId) -> impl IntoView {
    let ctx = Ctx::get();
    let session = session_memo(ctx, id);
    let exists = Memo::new(move |_| session.with(Option::is_some));
    let revealed =
        Memo::new(move |_| session.with(|s| s.as_ref().is_some_and(RatingSession::is_revealed)));
    let presenting = RwSignal::new(None::<crate::domain::workshop::ItemKey>);
    let head = move || {
        session.with(|s| {
            s.as_ref().map(|s| {
                let l = ctx.l();
                let mut head = format!(
                    "{} · {}",
                    msg::pass_state(s.current().number, s.is_revealed(), l),
                    msg::rule_text(s.rule.spread, l),
                );
                if !s.facilitator.is_empty() {
                    head.push_str(&format!(
                        " · {}: {}",
                        msg::S_FACILITATOR.get(l),
                        s.facilitator
                    ));
                }
                head
            })
        })
    };
    view! {
        <Show
            when=move || exists.get()
            fallback=move || view! { <p class="notice">{move || msg::NOT_FOUND.get(ctx.l())}</p> }
        >
            <section class="ws-session panel" aria-labelledby="ws-session-title" data-testid="ws-session">
                <h3 id="ws-session-title">{move || session.with(|s| s.as_ref().map(|s| s.title.clone()))}</h3>
                <p class="ws-state" data-testid="ws-state" data-revealed=move || revealed.get().to_string()>{head}</p>
                <setup::Setup id=id session=session/>
                <Show
                    when=move || revealed.get()
                    fallback=move || view! { <entry::Entry id=id session=session/> }
                >
                    <results::Results id=id session=session presenting=presenting/>
                </Show>
                // Also after the reveal, so a late ballot is refused with its
                // reason rather than silently ignored.
                <files::Files id=id session=session revealed=revealed/>
                <results::EarlierPasses session=session/>
            </section>
            <present::Present session=session presenting=presenting/>
        </Show>
    }
}
