//! Every field of one threat actor, saved as typed (text through drafts the
//! domain validates), with the delete at its foot.

use leptos::prelude::*;

use crate::domain::catalog;
use crate::domain::error::{EntityKind, Field};
use crate::domain::ids::ActorId;
use crate::domain::kinds::ActorKind;
use crate::domain::model::ThreatActor;
use crate::domain::rating::{Rating, RatingAxis};
use crate::domain::text::Text;
use crate::domain::validate::Subject;
use crate::i18n::{common, threats as msg};
use crate::ui::state::Ctx;
use crate::ui::widgets::{use_draft, CodeSelect, Draft, RatingInput, TextArea, TextField};

use super::delete::DeleteActor;

/// Applies `f` to the actor `id`, if it is still there.
fn edit_actor(ctx: Ctx, id: ActorId, f: impl FnOnce(&mut ThreatActor)) {
    ctx.update(|wb| {
        if let Some(a) = wb.actor_mut(id) {
            f(a);
        }
    });
}

/// A multi-line field of the actor with its draft.
fn actor_text(label: Text, d: Draft, testid: &'static str) -> impl IntoView {
    view! { <TextArea label=label value=d.value on_input=d.on_input error=d.error_text() testid=testid/> }
}

/// The form of the actor `id` (re-mounted when another actor is selected).
#[component]
pub fn ActorForm(id: ActorId, on_deleted: Callback<()>) -> impl IntoView {
    let ctx = Ctx::get();
    let subject = Subject::new(EntityKind::Actor, id);
    let actor = move || {
        ctx.wb
            .with_untracked(|w| w.as_ref().and_then(|w| w.actor(id)).cloned())
    };
    let initial = actor().unwrap_or_else(|| ThreatActor::new(id, String::new(), ActorKind::Other));

    let s = subject.clone();
    let name = use_draft(
        initial.name.clone(),
        move |raw| s.name(Field::Name, raw),
        move |v| edit_actor(ctx, id, move |a| a.name = v),
    );
    // One draft per free-text field: the domain's free-text rule, then a write.
    let text = |field: Field, seed: &String, set: fn(&mut ThreatActor, String)| {
        let s = subject.clone();
        use_draft(
            seed.clone(),
            move |raw| s.text(field, raw),
            move |v| edit_actor(ctx, id, move |a| set(a, v)),
        )
    };
    let description = text(Field::Description, &initial.description, |a, v| {
        a.description = v
    });
    let motive = text(Field::Motive, &initial.motive, |a, v| a.motive = v);
    let methods = text(Field::Methods, &initial.methods, |a, v| a.methods = v);
    let notes = text(Field::Notes, &initial.notes, |a, v| a.notes = v);

    let catalog_id = initial.catalog_id.clone();
    let kind = Signal::derive(move || {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.actor(id))
                .map_or(ActorKind::Other, |a| a.kind)
        })
    });
    let default_capability = Signal::derive(move || {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.actor(id))
                .and_then(|a| a.default_capability)
        })
    });

    view! {
        <section class="panel actor-form" data-testid="actor-form" aria-labelledby="actor-form-title">
            <h4 id="actor-form-title">{move || msg::ACTOR_FORM.get(ctx.l())}</h4>
            {catalog_id.filter(|cid| catalog::actor(cid).is_some()).map(|cid| view! {
                <p class="hint" data-testid="actor-catalog">
                    {move || msg::FROM_CATALOG.get(ctx.l())}
                    {move || catalog::entry_label(&cid, ctx.l()).unwrap_or_default()}
                </p>
            })}
            <div class="form-grid">
                <TextField
                    label=common::NAME
                    value=name.value
                    on_input=name.on_input
                    error=name.error_text()
                    testid="actor-name"
                />
                <CodeSelect
                    label=msg::KIND
                    value=kind
                    on_change=Callback::new(move |k: ActorKind| edit_actor(ctx, id, |a| a.kind = k))
                    testid="actor-kind"
                />
            </div>
            {actor_text(msg::DESCRIPTION, description, "actor-description")}
            {actor_text(msg::MOTIVE, motive, "actor-motive")}
            {actor_text(msg::METHODS, methods, "actor-methods")}
            <div class="default-capability">
                <p class="hint">{move || msg::DEFAULT_CAPABILITY_HINT.get(ctx.l())}</p>
                <RatingInput
                    axis=RatingAxis::Capability
                    value=default_capability
                    on_change=Callback::new(move |r: Option<Rating>| {
                        edit_actor(ctx, id, |a| a.default_capability = r)
                    })
                    testid="actor-default-capability"
                />
            </div>
            {actor_text(msg::NOTES, notes, "actor-notes")}
            <div class="actions">
                <DeleteActor id=id on_deleted=on_deleted/>
            </div>
        </section>
    }
}
