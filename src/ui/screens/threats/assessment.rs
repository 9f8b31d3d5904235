//! The assessment editor of one actor × technology: intent (with its
//! policy-list and patent evidence), capability (falling back to the actor's
//! default), opportunity, the evidence notes, the resulting level and
//! "remove assessment". The first edit creates the assessment.

use leptos::prelude::*;

use crate::domain::error::{EntityKind, Field};
use crate::domain::ids::{ActorId, AssessmentId, TechnologyId};
use crate::domain::model::ThreatAssessment;
use crate::domain::rating::RatingAxis;
use crate::domain::text::Text;
use crate::domain::validate::Subject;
use crate::i18n::{common, threats as msg};
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::{unique_id, use_draft, Draft, RatingInput, TextArea};

use super::breakdown::Breakdown;
use super::view_state::ThreatsView;

/// Applies an edit to the assessment of `actor` × `tech`, creating it on the
/// first edit.
fn edit_assessment(
    ctx: Ctx,
    actor: ActorId,
    tech: TechnologyId,
    f: impl FnOnce(&mut ThreatAssessment),
) {
    ctx.update(|wb| {
        if let Some(a) = wb
            .assessments
            .iter_mut()
            .find(|a| a.actor_id == actor && a.technology_id == tech)
        {
            f(a);
        } else {
            let mut a = ThreatAssessment::new(AssessmentId::new(new_id()), actor, tech);
            f(&mut a);
            wb.assessments.push(a);
        }
    });
}

/// Yes / no / unknown as a labelled radio group.
#[component]
fn TriState(
    label: Text,
    #[prop(into)] value: Signal<Option<bool>>,
    on_change: Callback<Option<bool>>,
    testid: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    let name = unique_id("tri");
    let choice = move |v: Option<bool>, code: &'static str, text: Text| {
        let name = name.clone();
        view! {
            <label class="rating-choice">
                <input
                    type="radio"
                    name=name
                    value=code
                    prop:checked=move || value.get() == v
                    on:change=move |_| on_change.run(v)
                />
                <span>{move || text.get(ctx.l())}</span>
            </label>
        }
    };
    view! {
        <fieldset class="rating tristate" data-testid=testid>
            <legend>{move || label.get(ctx.l())}</legend>
            <div class="rating-choices">
                {choice(Some(true), "yes", common::YES)}
                {choice(Some(false), "no", common::NO)}
                {choice(None, "unknown", common::UNKNOWN)}
            </div>
        </fieldset>
    }
}

/// A rating or a yes/no of the assessment, read live.
fn read_live<T: Send + Sync + 'static>(
    asmt: Memo<Option<ThreatAssessment>>,
    f: fn(&ThreatAssessment) -> Option<T>,
) -> Signal<Option<T>> {
    Signal::derive(move || asmt.with(|a| a.as_ref().and_then(f)))
}

/// Sets a rating or a yes/no of the assessment.
fn write_with<T: Send + Sync + 'static>(
    ctx: Ctx,
    actor: ActorId,
    tech: TechnologyId,
    f: fn(&mut ThreatAssessment, Option<T>),
) -> Callback<Option<T>> {
    Callback::new(move |v| edit_assessment(ctx, actor, tech, move |a| f(a, v)))
}

/// An evidence field with its draft.
fn evidence_text(label: Text, d: Draft, testid: &'static str) -> impl IntoView {
    view! { <TextArea label=label value=d.value on_input=d.on_input error=d.error_text() testid=testid/> }
}

/// The editor of `actor` × `tech` (re-mounted when another cell opens).
/// `take_focus`: the user opened it, so its heading takes focus.
#[component]
pub fn AssessmentEditor(
    actor: ActorId,
    tech: TechnologyId,
    take_focus: bool,
    on_close: Callback<()>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let view_state = ThreatsView::get();
    let asmt = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.assessment_for(actor, tech).cloned())
        })
    });
    // The assessment rated, for the "agreed in workshop" notes.
    let asmt_id = Signal::derive(move || asmt.with(|a| a.as_ref().map(|a| a.id.uuid())));
    let level = Memo::new(move |_| {
        let id = asmt.with(|a| a.as_ref().map(|a| a.id))?;
        ctx.analysis
            .with(|an| an.as_ref().and_then(|an| an.assessment(id).copied()))
    });
    let actor_name = move || {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.actor(actor))
                .map(|a| a.name.clone())
                .unwrap_or_default()
        })
    };
    let tech_name = move || {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.technology(tech))
                .map(|t| t.name.clone())
                .unwrap_or_default()
        })
    };
    let default_cap = move || {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.actor(actor))
                .and_then(|a| a.default_capability)
        })
    };
    // Evidence drafts, seeded from the assessment as the editor opens.
    let seed = asmt.get_untracked();
    let subject = Subject::new(
        EntityKind::Assessment,
        seed.as_ref().map(|a| a.id.to_string()).unwrap_or_default(),
    );
    let evidence = |get: fn(&ThreatAssessment) -> String,
                    set: fn(&mut ThreatAssessment, String)| {
        let s = subject.clone();
        use_draft(
            seed.as_ref().map(get).unwrap_or_default(),
            move |raw| s.text(Field::Evidence, raw),
            move |v| edit_assessment(ctx, actor, tech, move |a| set(a, v)),
        )
    };
    let intent_notes = evidence(
        |a| a.intent_evidence.notes.clone(),
        |a, v| a.intent_evidence.notes = v,
    );
    let capability_evidence = evidence(
        |a| a.capability_evidence.clone(),
        |a, v| a.capability_evidence = v,
    );
    let opportunity_evidence = evidence(
        |a| a.opportunity_evidence.clone(),
        |a, v| a.opportunity_evidence = v,
    );

    let heading = NodeRef::<leptos::html::H4>::new();
    if take_focus {
        Effect::new(move |_| {
            if let Some(h) = heading.get() {
                let _ = h.focus();
            }
        });
    }

    let remove = move |_| {
        let Some(id) = asmt.with_untracked(|a| a.as_ref().map(|a| a.id)) else {
            return;
        };
        let label = format!("{} × {}", actor_name(), tech_name());
        if let Some(r) = ctx.delete(|wb| wb.delete_assessment(id)) {
            view_state.removed(r, label);
        }
    };

    let capability_note = move || {
        let l = ctx.l();
        if asmt.with(|a| a.as_ref().and_then(|a| a.capability).is_some()) {
            return None;
        }
        let text = match default_cap() {
            Some(c) => format!("{}{c}", msg::CAP_USES_DEFAULT.get(l)),
            None => msg::CAP_NO_DEFAULT.get(l).to_owned(),
        };
        Some(view! { <p class="hint cap-fallback" data-testid="capability-fallback">{text}</p> })
    };

    view! {
        <section
            class="panel assessment-editor"
            data-testid="assessment-editor"
            aria-labelledby="assessment-editor-title"
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    on_close.run(());
                }
            }
        >
            <div class="editor-head">
                <h4 id="assessment-editor-title" tabindex="-1" node_ref=heading>
                    {move || msg::EDITOR_TITLE.get(ctx.l())}": "
                    <span class="pair">{actor_name}" × "{tech_name}</span>
                </h4>
                <button type="button" data-testid="close-editor" on:click=move |_| on_close.run(())>
                    {move || msg::CLOSE_EDITOR.get(ctx.l())}
                </button>
            </div>
            <Show when=move || asmt.with(Option::is_none)>
                <p class="notice" data-testid="not-assessed">{move || msg::NOT_YET.get(ctx.l())}</p>
            </Show>
            <div class="editor-body">
                <div class="ico-grid">
                    <div class="factor">
                        <h5>{move || msg::INTENT_BLOCK.get(ctx.l())}</h5>
                        <RatingInput
                            axis=RatingAxis::Intent
                            value=read_live(asmt, |a| a.intent)
                            on_change=write_with(ctx, actor, tech, |a, r| a.intent = r)
                            testid="assess-intent"
                            record=asmt_id
                        />
                        <TriState
                            label=msg::IN_POLICY_LISTS
                            value=read_live(asmt, |a| a.intent_evidence.in_policy_lists)
                            on_change=write_with(ctx, actor, tech, |a, v| a.intent_evidence.in_policy_lists = v)
                            testid="policy-lists"
                        />
                        <TriState
                            label=msg::PATENT_ACTIVITY
                            value=read_live(asmt, |a| a.intent_evidence.patent_activity)
                            on_change=write_with(ctx, actor, tech, |a, v| a.intent_evidence.patent_activity = v)
                            testid="patent-activity"
                        />
                        {evidence_text(msg::INTENT_NOTES, intent_notes, "intent-evidence")}
                    </div>
                    <div class="factor">
                        <h5>{move || msg::CAPABILITY_BLOCK.get(ctx.l())}</h5>
                        <RatingInput
                            axis=RatingAxis::Capability
                            value=read_live(asmt, |a| a.capability)
                            on_change=write_with(ctx, actor, tech, |a, r| a.capability = r)
                            testid="assess-capability"
                            record=asmt_id
                        />
                        {capability_note}
                        {evidence_text(msg::CAPABILITY_EVIDENCE, capability_evidence, "capability-evidence")}
                    </div>
                    <div class="factor">
                        <h5>{move || msg::OPPORTUNITY_BLOCK.get(ctx.l())}</h5>
                        <RatingInput
                            axis=RatingAxis::Opportunity
                            value=read_live(asmt, |a| a.opportunity)
                            on_change=write_with(ctx, actor, tech, |a, r| a.opportunity = r)
                            testid="assess-opportunity"
                            record=asmt_id
                        />
                        {evidence_text(msg::OPPORTUNITY_EVIDENCE, opportunity_evidence, "opportunity-evidence")}
                    </div>
                </div>
                <Breakdown level=level/>
            </div>
            <div class="actions">
                <button
                    type="button"
                    class="danger"
                    data-testid="remove-assessment"
                    disabled=move || asmt.with(Option::is_none)
                    on:click=remove
                >
                    {move || msg::REMOVE_ASSESSMENT.get(ctx.l())}
                </button>
            </div>
        </section>
    }
}
