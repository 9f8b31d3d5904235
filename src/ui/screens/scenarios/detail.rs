//! The detail of one scenario: its form (title, technology, actor,
//! narrative, classification, notes), the four ratings with the result
//! beside them, its countermeasures and its delete.

use leptos::prelude::*;

use crate::domain::catalog;
use crate::domain::error::{EntityKind, Field, ValidationError};
use crate::domain::ids::{ActorId, ScenarioId, TechnologyId};
use crate::domain::kinds::ScenarioStatus;
use crate::domain::model::LeakScenario;
use crate::domain::rating::{Rating, RatingAxis};
use crate::domain::validate::Subject;
use crate::i18n::{common, scenarios as msg};
use crate::route::{Route, Screen};
use crate::ui::state::Ctx;
use crate::ui::widgets::{
    field, use_draft, CodeSelect, Draft, OptCodeSelect, RatingInput, TextArea, TextField,
};

use super::countermeasures::ScenarioCountermeasures;
use super::delete::DeleteScenario;
use super::result::ScenarioResult;

/// Reads a field of a scenario (tracked).
pub fn sc<T>(ctx: Ctx, id: ScenarioId, f: impl FnOnce(&LeakScenario) -> T) -> Option<T> {
    ctx.wb
        .with(|w| w.as_ref().and_then(|w| w.scenario(id)).map(f))
}

/// Edits a scenario through `Ctx::update`.
fn edit_sc(ctx: Ctx, id: ScenarioId, f: impl FnOnce(&mut LeakScenario)) {
    ctx.update(|wb| {
        if let Some(s) = wb.scenario_mut(id) {
            f(s);
        }
    });
}

/// The draft of one text field of the scenario, seeded from the workbook,
/// checked by `parse` (`Subject::name` or `Subject::text`) and written by
/// `set` when valid.
fn text_draft(
    ctx: Ctx,
    id: ScenarioId,
    field: Field,
    get: fn(&LeakScenario) -> &String,
    parse: fn(&Subject, Field, &str) -> Result<String, ValidationError>,
    set: fn(&mut LeakScenario, String),
) -> Draft {
    let subject = Subject::new(EntityKind::Scenario, id);
    let initial = ctx
        .wb
        .with_untracked(|w| {
            w.as_ref()
                .and_then(|w| w.scenario(id))
                .map(|s| get(s).clone())
        })
        .unwrap_or_default();
    use_draft(
        initial,
        move |raw| parse(&subject, field, raw),
        move |v| edit_sc(ctx, id, |s| set(s, v)),
    )
}

#[component]
pub fn ScenarioDetail(id: ScenarioId, on_deleted: Callback<()>) -> impl IntoView {
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

    let title = text_draft(
        ctx,
        id,
        Field::Title,
        |s| &s.title,
        Subject::name,
        |s, v| s.title = v,
    );
    let narrative = text_draft(
        ctx,
        id,
        Field::Narrative,
        |s| &s.narrative,
        Subject::text,
        |s, v| s.narrative = v,
    );
    let notes = text_draft(
        ctx,
        id,
        Field::Notes,
        |s| &s.notes,
        Subject::text,
        |s, v| s.notes = v,
    );

    let tech_id = Memo::new(move |_| sc(ctx, id, |s| s.technology_id));
    let actor_id = Memo::new(move |_| sc(ctx, id, |s| s.actor_id).flatten());
    let pattern_id = Memo::new(move |_| sc(ctx, id, |s| s.pattern_id.clone()).flatten());
    let group = Memo::new(move |_| sc(ctx, id, |s| s.group).flatten());
    let origin = Memo::new(move |_| sc(ctx, id, |s| s.origin).flatten());
    let legality = Memo::new(move |_| sc(ctx, id, |s| s.legality).flatten());
    let status = Memo::new(move |_| sc(ctx, id, |s| s.status).unwrap_or(ScenarioStatus::Draft));
    let techs = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref()
                .map(|w| {
                    w.technologies
                        .iter()
                        .map(|t| (t.id, t.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let actors = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref()
                .map(|w| {
                    w.actors
                        .iter()
                        .map(|a| (a.id, a.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let rating = move |axis: RatingAxis,
                       get: fn(&LeakScenario) -> Option<Rating>,
                       set: fn(&mut LeakScenario, Option<Rating>)| {
        let value = Memo::new(move |_| sc(ctx, id, get).flatten());
        view! {
            <RatingInput
                axis=axis
                value=value
                on_change=Callback::new(move |r| edit_sc(ctx, id, |s| set(s, r)))
                testid="scenario-rating"
                record=id.uuid()
            />
        }
    };
    // The pattern's title and source, never its internal id (issue #12 §3).
    let pattern_text = move || match pattern_id.get() {
        Some(pid) => catalog::entry_label(&pid, ctx.l())
            .unwrap_or_else(|| msg::F_UNKNOWN_PATTERN.get(ctx.l()).to_owned()),
        None => msg::F_NO_PATTERN.get(ctx.l()).to_owned(),
    };
    let pattern_source = move || {
        pattern_id
            .get()
            .and_then(|pid| catalog::source_of(&pid))
            .map(|s| s.long_label(ctx.l()))
    };

    view! {
        <section class="panel scenario-detail" data-testid="scenario-detail" aria-labelledby="scenario-detail-title">
            <div class="detail-head">
                <h3 id="scenario-detail-title" tabindex="-1" node_ref=heading>
                    {move || msg::DETAIL.get(ctx.l())}
                    ": "
                    {move || sc(ctx, id, |s| s.title.clone()).unwrap_or_default()}
                </h3>
                <a href=Route::Workbook(wb_id, Screen::Scenarios(None)).to_hash() data-testid="close-scenario">
                    {move || msg::CLOSE_DETAIL.get(ctx.l())}
                </a>
            </div>
            <div class="split">
                <div class="scenario-form">
                    <TextField
                        label=msg::F_TITLE
                        value=title.value
                        on_input=title.on_input
                        error=title.error_text()
                        testid="scenario-title"
                    />
                    {field(msg::F_TECH, None, Signal::default(), move |described_by| view! {
                        <select
                            data-testid="scenario-tech"
                            aria-describedby=described_by
                            on:change=move |ev| {
                                if let Ok(t) = event_target_value(&ev).parse::<TechnologyId>() {
                                    edit_sc(ctx, id, |s| s.technology_id = t);
                                }
                            }
                        >
                            <For
                                each=move || techs.get()
                                key=|t| t.clone()
                                children=move |(tid, name)| view! {
                                    <option value=tid.to_string() selected=move || tech_id.get() == Some(tid)>{name}</option>
                                }
                            />
                        </select>
                    })}
                    {field(msg::F_ACTOR, None, Signal::default(), move |described_by| view! {
                        <select
                            data-testid="scenario-actor"
                            aria-describedby=described_by
                            on:change=move |ev| {
                                let a = event_target_value(&ev).parse::<ActorId>().ok();
                                edit_sc(ctx, id, |s| s.actor_id = a);
                            }
                        >
                            <option value="" selected=move || actor_id.get().is_none()>{move || common::NONE.get(ctx.l())}</option>
                            <For
                                each=move || actors.get()
                                key=|a| a.clone()
                                children=move |(aid, name)| view! {
                                    <option value=aid.to_string() selected=move || actor_id.get() == Some(aid)>{name}</option>
                                }
                            />
                        </select>
                    })}
                    <TextArea
                        label=msg::F_NARRATIVE
                        value=narrative.value
                        on_input=narrative.on_input
                        error=narrative.error_text()
                        hint=msg::F_NARRATIVE_HINT
                        testid="scenario-narrative"
                        rows=5
                    />
                    <div class="field readonly">
                        <span class="field-label">{move || msg::F_PATTERN.get(ctx.l())}</span>
                        <span data-testid="scenario-pattern" title=pattern_source>{pattern_text}</span>
                    </div>
                    <div class="form-grid">
                        <OptCodeSelect
                            label=msg::F_GROUP
                            value=group
                            on_change=Callback::new(move |g| edit_sc(ctx, id, |s| s.group = g))
                            testid="scenario-group"
                        />
                        <CodeSelect
                            label=msg::F_STATUS
                            value=status
                            on_change=Callback::new(move |v| edit_sc(ctx, id, |s| s.status = v))
                            testid="scenario-status"
                        />
                        <OptCodeSelect
                            label=msg::F_ORIGIN
                            value=origin
                            on_change=Callback::new(move |v| edit_sc(ctx, id, |s| s.origin = v))
                            testid="scenario-origin"
                            empty=msg::NOT_CHOSEN
                        />
                        <OptCodeSelect
                            label=msg::F_LEGALITY
                            value=legality
                            on_change=Callback::new(move |v| edit_sc(ctx, id, |s| s.legality = v))
                            testid="scenario-legality"
                            empty=msg::NOT_CHOSEN
                        />
                    </div>
                    <TextArea
                        label=msg::F_NOTES
                        value=notes.value
                        on_input=notes.on_input
                        error=notes.error_text()
                        testid="scenario-notes"
                    />
                </div>
                <div class="scenario-ratings">
                    <h4>{move || msg::RATINGS.get(ctx.l())}</h4>
                    {rating(RatingAxis::Feasibility, |s| s.feasibility, |s, r| s.feasibility = r)}
                    {rating(RatingAxis::ScenarioImpact, |s| s.impact, |s, r| s.impact = r)}
                    {rating(RatingAxis::ControlEffectiveness, |s| s.control_effectiveness, |s, r| s.control_effectiveness = r)}
                    {rating(RatingAxis::TrendRelevance, |s| s.trend_relevance, |s, r| s.trend_relevance = r)}
                    <ScenarioResult id=id/>
                </div>
            </div>
            <ScenarioCountermeasures id=id/>
            <DeleteScenario id=id on_deleted=on_deleted/>
        </section>
    }
}
