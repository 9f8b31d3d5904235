//! The detail form of the selected exercise: kind, title, date, detection,
//! tested scenarios, participants, objectives, where and by whom it should
//! have been stopped, the response and who knew it was a drill, the
//! suggested control effectiveness, weaknesses, follow-ups and notes. Text fields are
//! drafts (`use_draft`).

use leptos::prelude::*;

use crate::domain::error::{EntityKind, Field, ValidationError};
use crate::domain::ids::ExerciseId;
use crate::domain::kinds::{Detection, ExerciseKind};
use crate::domain::model::Exercise;
use crate::domain::text::Text;
use crate::domain::validate::{format_date, Subject};
use crate::i18n::exercises as msg;
use crate::ui::state::Ctx;
use crate::ui::widgets::{use_draft, CodeSelect, OptCodeSelect, TextArea, TextField};

use super::delete::DeleteExercise;
use super::follow_ups::FollowUps;
use super::scenarios::TestedScenarios;
use super::suggest::Suggestions;
use super::weaknesses::Weaknesses;

/// Reads one exercise (reactively).
pub fn ex_get<T>(ctx: Ctx, id: ExerciseId, f: impl FnOnce(&Exercise) -> T) -> Option<T> {
    ctx.wb
        .with(|w| w.as_ref().and_then(|w| w.exercise(id)).map(f))
}

/// Edits one exercise through the single edit path.
pub fn ex_edit(ctx: Ctx, id: ExerciseId, f: impl FnOnce(&mut Exercise)) {
    ctx.update(|w| {
        if let Some(e) = w.exercise_mut(id) {
            f(e);
        }
    });
}

/// Parses raw text into a field of a scratch copy of the exercise.
type Apply = fn(&Subject, &str, &mut Exercise) -> Result<(), ValidationError>;

/// A text field of an exercise: `get` seeds the draft, `apply` parses what
/// is typed into a copy of the exercise, which replaces it when valid.
#[component]
fn ExText(
    id: ExerciseId,
    label: Text,
    get: fn(&Exercise) -> String,
    apply: Apply,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] input_type: Option<&'static str>,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    let subject = Subject::new(EntityKind::Exercise, id);
    let initial = ctx
        .wb
        .with_untracked(|w| w.as_ref().and_then(|w| w.exercise(id)).map(get))
        .unwrap_or_default();
    let d = use_draft(
        initial,
        move |raw| {
            let mut scratch = ctx
                .wb
                .with_untracked(|w| w.as_ref().and_then(|w| w.exercise(id)).cloned());
            if let Some(e) = scratch.as_mut() {
                apply(&subject, raw, e)?;
            }
            Ok(scratch)
        },
        move |scratch| {
            if let Some(scratch) = scratch {
                ex_edit(ctx, id, move |e| *e = scratch);
            }
        },
    );
    let (value, on_input, error) = (d.value, d.on_input, d.error_text());
    if multiline {
        view! { <TextArea label=label value=value on_input=on_input error=error testid=testid/> }
            .into_any()
    } else {
        view! {
            <TextField label=label value=value on_input=on_input error=error testid=testid input_type=input_type.unwrap_or("text")/>
        }
        .into_any()
    }
}

/// The detail of the selected exercise, or "not found" (a stale link).
#[component]
pub fn Selected(id: ExerciseId) -> impl IntoView {
    let ctx = Ctx::get();
    let exists = Memo::new(move |_| ex_get(ctx, id, |_| ()).is_some());
    move || {
        if exists.get() {
            view! { <ExerciseDetail id=id/> }.into_any()
        } else {
            view! { <p class="notice">{move || msg::NOT_FOUND.get(ctx.l())}</p> }.into_any()
        }
    }
}

#[component]
fn ExerciseDetail(id: ExerciseId) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="panel ex-form" aria-labelledby="ex-detail-title" data-testid="exercise-detail">
            <h3 id="ex-detail-title">{move || msg::DETAIL.get(ctx.l())}</h3>
            <div class="form-grid">
                <CodeSelect
                    label=msg::KIND
                    value=Signal::derive(move || ex_get(ctx, id, |e| e.kind).unwrap_or(ExerciseKind::Tabletop))
                    on_change=Callback::new(move |k| ex_edit(ctx, id, |e| e.kind = k))
                    testid="exercise-kind"
                />
                <ExText id=id label=msg::TITLE_FIELD testid="exercise-title"
                    get=|e| e.title.clone()
                    apply=|s, raw, e| { e.title = s.name(Field::Title, raw)?; Ok(()) }/>
                <ExText id=id label=msg::DATE testid="exercise-date" input_type="date"
                    get=|e| e.date.map(format_date).unwrap_or_default()
                    apply=|s, raw, e| { e.date = s.date(Field::Date, raw)?; Ok(()) }/>
                <OptCodeSelect
                    label=msg::DETECTION
                    value=Signal::derive(move || ex_get(ctx, id, |e| e.detection).flatten())
                    on_change=Callback::new(move |d| ex_edit(ctx, id, |e| e.detection = d))
                    testid="exercise-detection"
                    empty=Detection::NOT_RECORDED
                />
                <OptCodeSelect
                    label=msg::RESPONSE
                    value=Signal::derive(move || ex_get(ctx, id, |e| e.response).flatten())
                    on_change=Callback::new(move |r| ex_edit(ctx, id, |e| e.response = r))
                    testid="exercise-response"
                    empty=Detection::NOT_RECORDED
                />
            </div>
            <TestedScenarios id=id/>
            <div class="form-grid">
                <ExText id=id label=msg::PARTICIPANTS testid="exercise-participants" multiline=true
                    get=|e| e.participants.join("\n")
                    apply=|s, raw, e| { e.participants = s.lines(Field::Participants, raw)?; Ok(()) }/>
                <ExText id=id label=msg::OBJECTIVES testid="exercise-objectives" multiline=true
                    get=|e| e.objectives.clone()
                    apply=|s, raw, e| { e.objectives = s.text(Field::Objectives, raw)?; Ok(()) }/>
                <ExText id=id label=msg::STOP_POINT testid="exercise-stop-point" multiline=true
                    get=|e| e.stop_point.clone()
                    apply=|s, raw, e| { e.stop_point = s.text(Field::StopPoint, raw)?; Ok(()) }/>
                <ExText id=id label=msg::STOPPED_BY testid="exercise-stopped-by"
                    get=|e| e.stopped_by.clone()
                    apply=|s, raw, e| { e.stopped_by = s.short_text(Field::StoppedBy, raw)?; Ok(()) }/>
            </div>
            <div class="form-grid">
                <ExText id=id label=msg::RESPONSE_NOTES testid="exercise-response-notes" multiline=true
                    get=|e| e.response_notes.clone()
                    apply=|s, raw, e| { e.response_notes = s.text(Field::ResponseNotes, raw)?; Ok(()) }/>
                <ExText id=id label=msg::IN_THE_KNOW testid="exercise-in-the-know" multiline=true
                    get=|e| e.in_the_know.join("\n")
                    apply=|s, raw, e| { e.in_the_know = s.lines(Field::InTheKnow, raw)?; Ok(()) }/>
            </div>
            <Suggestions id=id/>
            <Weaknesses id=id/>
            <FollowUps id=id/>
            <ExText id=id label=msg::NOTES testid="exercise-notes" multiline=true
                get=|e| e.notes.clone()
                apply=|s, raw, e| { e.notes = s.text(Field::Notes, raw)?; Ok(()) }/>
            <DeleteExercise id=id/>
        </section>
    }
}
