//! Step 3 — leak scenarios: a ranked list (priority order from the domain)
//! scoped to the top tier by default, creation from a catalogue pattern or
//! blank, the detail form with the four ratings and the result breakdown, and
//! the scenario's countermeasures (attach from the library, link, create,
//! detach). Delete with confirmation and undo.

use std::cell::RefCell;

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::catalog::{self, COUNTERMEASURES};
use crate::domain::edit::Removed;
use crate::domain::error::{EntityKind, Field, ValidationError};
use crate::domain::ids::{ActorId, CountermeasureId, ScenarioId, TechnologyId};
use crate::domain::kinds::{
    CmCategory, Legality, PatternGroup, RiskLevel, RoundScope, ScenarioStatus, ThreatOrigin, Tier,
};
use crate::domain::model::{Countermeasure, LeakScenario, Workbook};
use crate::domain::rating::{Rating, RatingAxis};
use crate::domain::scoring::{coverage, ImpactSource, ThreatStatus};
use crate::domain::text::Lang;
use crate::domain::validate::{format_date, Subject};
use crate::i18n::{common, paging as paging_msg, scenarios as msg};
use crate::route::{Route, Screen};
use crate::ui::paging::{keyed_rows, position, Pager, Paging};
use crate::ui::state::{new_id, Ctx};
use crate::ui::widgets::{
    fmt_score, focus_soon, CodeSelect, FilterSelect, LevelBadge, OptCodeSelect, RatingInput,
    TextArea, TextField,
};

// ---- helpers shared with the countermeasures screen ---------------------------

/// An input handler that parses the raw text with the domain, shows the
/// domain's error, and writes the workbook only when the value is valid (an
/// invalid value never reaches storage, so the workbook always restores).
pub(crate) fn validated<T: 'static>(
    ctx: Ctx,
    error: RwSignal<Option<ValidationError>>,
    parse: impl Fn(&str) -> Result<T, ValidationError> + Send + Sync + 'static,
    apply: impl Fn(&mut Workbook, T) + Send + Sync + 'static,
) -> Callback<String> {
    Callback::new(move |raw: String| match parse(&raw) {
        Ok(v) => {
            error.set(None);
            ctx.update(|wb| apply(wb, v));
        }
        Err(e) => error.set(Some(e)),
    })
}

/// The domain error of a field in the current language.
pub(crate) fn error_text(
    ctx: Ctx,
    error: RwSignal<Option<ValidationError>>,
) -> Signal<Option<String>> {
    Signal::derive(move || error.get().map(|e| e.message(ctx.l())))
}

/// A rating as text, or "—".
pub(crate) fn opt_num(v: Option<u8>) -> String {
    v.map_or_else(|| "—".to_owned(), |v| v.to_string())
}

// ---- list state kept across route changes --------------------------------------

/// Which technologies the list and the creation form cover.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum ScopeChoice {
    /// Only the top tier (the default of Step 3).
    #[default]
    TopTier,
    /// The scope of the current round.
    Round,
    /// Every technology.
    All,
}

impl ScopeChoice {
    fn code(self) -> &'static str {
        match self {
            ScopeChoice::TopTier => "top",
            ScopeChoice::Round => "round",
            ScopeChoice::All => "all",
        }
    }

    fn covers(self, round_scope: RoundScope, tier: Tier) -> bool {
        match self {
            ScopeChoice::TopTier => coverage::in_scope(RoundScope::TopTier, tier),
            ScopeChoice::Round => coverage::in_scope(round_scope, tier),
            ScopeChoice::All => true,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct ListState {
    workbook: Option<Uuid>,
    scope: ScopeChoice,
    tech: Option<TechnologyId>,
    level: Option<RiskLevel>,
    status: Option<ScenarioStatus>,
    group: Option<PatternGroup>,
    /// The page of the list (from 0).
    page: usize,
}

thread_local! {
    /// Scope and filters survive selecting a scenario (which re-mounts the
    /// screen through the route) and are reset for another workbook.
    static LIST_STATE: RefCell<ListState> = RefCell::new(ListState::default());
}

/// One line of the ranked list.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    id: ScenarioId,
    priority: usize,
    title: String,
    tech: String,
    tier: Tier,
    actor: String,
    likelihood: Option<u8>,
    impact: Option<u8>,
    score: Option<u8>,
    level: Option<RiskLevel>,
    status: ScenarioStatus,
    cms: usize,
    cms_done: usize,
}

/// "12 — High" badge (number always printed next to the colour).
pub(crate) fn risk_badge(score: Option<u8>, level: Option<RiskLevel>, lang: Lang) -> impl IntoView {
    let (level, text) = match (score, level) {
        (Some(s), Some(l)) => (l.code(), format!("{s} {}", l.label().get(lang))),
        _ => ("none", msg::NOT_SCORED.get(lang).to_owned()),
    };
    view! { <LevelBadge text=text level=level/> }
}

#[component]
pub fn ScenariosScreen(selected: Option<Uuid>) -> impl IntoView {
    let ctx = Ctx::get();
    let wb_id = ctx
        .wb
        .with_untracked(|w| w.as_ref().map(|w| w.id.uuid()))
        .unwrap_or_default();

    let mut init = LIST_STATE.with(|s| *s.borrow());
    if init.workbook != Some(wb_id) {
        init = ListState {
            workbook: Some(wb_id),
            ..ListState::default()
        };
    }
    let scope = RwSignal::new(init.scope);
    let f_tech = RwSignal::new(init.tech);
    let f_level = RwSignal::new(init.level);
    let f_status = RwSignal::new(init.status);
    let f_group = RwSignal::new(init.group);

    let last_deleted = RwSignal::new(None::<Removed>);
    let undo_failed = RwSignal::new(false);
    let adding = RwSignal::new(false);

    // Technologies in the chosen scope, in the domain's display order.
    let scope_techs = Memo::new(move |_| {
        let choice = scope.get();
        ctx.wb.with(|w| {
            ctx.analysis.with(|a| {
                let (Some(wb), Some(a)) = (w, a) else {
                    return Vec::new();
                };
                let round_scope = wb.current_scope();
                a.ranking
                    .iter()
                    .filter_map(|tid| {
                        let ta = a.technology(*tid)?;
                        let t = wb.technology(*tid)?;
                        choice
                            .covers(round_scope, ta.tier)
                            .then(|| (t.id, t.name.clone(), ta.tier))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });

    let rows = Memo::new(move |_| {
        let choice = scope.get();
        let (ft, fl, fs, fg) = (f_tech.get(), f_level.get(), f_status.get(), f_group.get());
        ctx.wb.with(|w| {
            ctx.analysis.with(|a| {
                let (Some(wb), Some(a)) = (w, a) else {
                    return Vec::new();
                };
                let round_scope = wb.current_scope();
                let rows: Vec<Row> = a
                    .priority
                    .iter()
                    .filter_map(|sid| {
                        let s = wb.scenario(*sid)?;
                        let sa = a.scenario(*sid)?;
                        let tier = a
                            .technology(s.technology_id)
                            .map_or(Tier::Unrated, |t| t.tier);
                        if !choice.covers(round_scope, tier)
                            || ft.is_some_and(|t| t != s.technology_id)
                            || fl.is_some_and(|l| sa.level != Some(l))
                            || fs.is_some_and(|st| st != s.status)
                            || fg.is_some_and(|g| s.group != Some(g))
                        {
                            return None;
                        }
                        Some(Row {
                            id: s.id,
                            priority: sa.priority,
                            title: s.title.clone(),
                            tech: wb
                                .technology(s.technology_id)
                                .map(|t| t.name.clone())
                                .unwrap_or_default(),
                            tier,
                            actor: s
                                .actor_id
                                .and_then(|x| wb.actor(x))
                                .map(|x| x.name.clone())
                                .unwrap_or_default(),
                            likelihood: sa.likelihood.value,
                            impact: sa.impact,
                            score: sa.score,
                            level: sa.level,
                            status: s.status,
                            cms: sa.countermeasures,
                            cms_done: sa.countermeasures_done,
                        })
                    })
                    .collect();
                rows
            })
        })
    });
    let total = Memo::new(move |_| ctx.wb.with(|w| w.as_ref().map_or(0, |w| w.scenarios.len())));

    // One page of the ranked list; it opens on the selected scenario's page.
    let paging = Paging::opening(
        position(rows, selected, |r: &Row| r.id.uuid()),
        init.page,
        move || rows.with(Vec::len),
    );
    paging.reset_when(move || {
        (
            scope.get(),
            f_tech.get(),
            f_level.get(),
            f_status.get(),
            f_group.get(),
        )
    });
    let page_rows = paging.rows(rows);
    Effect::new(move |_| {
        let s = ListState {
            workbook: Some(wb_id),
            scope: scope.get(),
            tech: f_tech.get(),
            level: f_level.get(),
            status: f_status.get(),
            group: f_group.get(),
            page: paging.index(),
        };
        LIST_STATE.with(|st| *st.borrow_mut() = s);
    });

    let exists = Memo::new(move |_| {
        selected.is_some_and(|id| {
            ctx.wb.with(|w| {
                w.as_ref()
                    .is_some_and(|w| w.scenario(ScenarioId::new(id)).is_some())
            })
        })
    });

    let round_label = move || {
        let l = ctx.l();
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.current_round().map(|r| (r.number, r.scope)))
                .map(|(n, s)| {
                    format!(
                        "{} ({} {n}: {})",
                        msg::SCOPE_ROUND.get(l),
                        msg::ROUND.get(l),
                        s.label().get(l)
                    )
                })
                .unwrap_or_else(|| msg::SCOPE_ROUND.get(l).to_owned())
        })
    };
    let scope_radio = move |choice: ScopeChoice, text: Box<dyn Fn() -> String + Send + Sync>| {
        view! {
            <label class="scope-choice">
                <input
                    type="radio"
                    name="scenario-scope"
                    value=choice.code()
                    prop:checked=move || scope.get() == choice
                    on:change=move |_| {
                        scope.set(choice);
                        f_tech.set(None);
                    }
                />
                <span>{text}</span>
            </label>
        }
    };

    let undo = move |_| {
        if let Some(r) = last_deleted.get_untracked() {
            let mut ok = false;
            ctx.update(|wb| ok = wb.put_back(r).is_ok());
            undo_failed.set(!ok);
            if ok {
                last_deleted.set(None);
            }
        }
    };

    view! {
        <section class="scenarios">
            <h2>{move || msg::TITLE.get(ctx.l())}</h2>
            <p class="intro">{move || msg::INTRO.get(ctx.l())}</p>

            <fieldset class="scope" data-testid="scenario-scope">
                <legend>{move || msg::SCOPE.get(ctx.l())}</legend>
                <div class="scope-choices">
                    {scope_radio(ScopeChoice::TopTier, Box::new(move || msg::SCOPE_TOP.get(ctx.l()).to_owned()))}
                    {scope_radio(ScopeChoice::Round, Box::new(round_label))}
                    {scope_radio(ScopeChoice::All, Box::new(move || msg::SCOPE_ALL.get(ctx.l()).to_owned()))}
                </div>
                <p class="scope-summary" role="status" data-testid="scope-summary">
                    <strong>{move || match scope.get() {
                        ScopeChoice::TopTier => msg::SCOPE_TOP.get(ctx.l()).to_owned(),
                        ScopeChoice::Round => round_label(),
                        ScopeChoice::All => msg::SCOPE_ALL.get(ctx.l()).to_owned(),
                    }}</strong>
                    " — "
                    {move || msg::techs_in_scope(ctx.l(), scope_techs.with(Vec::len))}
                    " · "
                    {move || msg::showing(ctx.l(), rows.with(Vec::len), total.get())}
                </p>
            </fieldset>

            <div class="toolbar">
                <button
                    class="primary"
                    data-testid="add-scenario"
                    aria-expanded=move || adding.get().to_string()
                    on:click=move |_| adding.update(|a| *a = !*a)
                >
                    {move || msg::ADD.get(ctx.l())}
                </button>
            </div>
            <Show when=move || adding.get()>
                <AddScenario wb_id=wb_id techs=scope_techs/>
            </Show>

            <div class="toolbar filters" role="group" aria-label=move || msg::FILTERS.get(ctx.l())>
                <label class="field">
                    <span class="field-label">{move || msg::FILTER_TECH.get(ctx.l())}</span>
                    <select
                        data-testid="filter-tech"
                        on:change=move |ev| f_tech.set(event_target_value(&ev).parse::<TechnologyId>().ok())
                    >
                        <option value="" selected=move || f_tech.get().is_none()>{move || common::FILTER_ALL.get(ctx.l())}</option>
                        <For
                            each=move || scope_techs.get()
                            key=|t| t.clone()
                            children=move |(tid, name, _)| view! {
                                <option value=tid.to_string() selected=move || f_tech.get() == Some(tid)>{name}</option>
                            }
                        />
                    </select>
                </label>
                <FilterSelect label=msg::FILTER_LEVEL value=f_level testid="filter-level"/>
                <FilterSelect label=msg::FILTER_STATUS value=f_status testid="filter-status"/>
                <FilterSelect label=msg::FILTER_GROUP value=f_group testid="filter-group"/>
                <button
                    data-testid="clear-filters"
                    on:click=move |_| {
                        f_tech.set(None);
                        f_level.set(None);
                        f_status.set(None);
                        f_group.set(None);
                    }
                >
                    {move || msg::CLEAR_FILTERS.get(ctx.l())}
                </button>
            </div>

            <Show when=move || last_deleted.with(Option::is_some)>
                <p class="notice" role="status">
                    {move || msg::DELETED.get(ctx.l())}
                    " "
                    <button data-testid="undo-delete-scenario" on:click=undo>
                        {move || common::UNDO.get(ctx.l())}
                    </button>
                    {move || undo_failed.get().then(|| view! { <span class="error">" "{msg::UNDO_FAILED.get(ctx.l())}</span> })}
                </p>
            </Show>

            <h3>{move || msg::LIST_TITLE.get(ctx.l())}</h3>
            <Pager paging=paging label=paging_msg::NAV_SCENARIOS testid="scenario-pager"/>
            <div class="table-scroll">
                <table class="data-table scenario-list" data-testid="scenario-list">
                    <thead>
                        <tr>
                            <th scope="col" class="num">{move || msg::COL_PRIORITY.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_TITLE.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_TECH.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_ACTOR.get(ctx.l())}</th>
                            <th scope="col" class="num">{move || msg::COL_LIKELIHOOD.get(ctx.l())}</th>
                            <th scope="col" class="num">{move || msg::COL_IMPACT.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_RISK.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_STATUS.get(ctx.l())}</th>
                            <th scope="col" class="num">{move || msg::COL_CMS.get(ctx.l())}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <Show when=move || rows.with(Vec::is_empty)>
                            <tr><td colspan="9" class="empty">{move || msg::LIST_EMPTY.get(ctx.l())}</td></tr>
                        </Show>
                        {keyed_rows(page_rows, |r: &Row| r.id, move |r: Row| {
                            let l = ctx.l();
                            let href = Route::Workbook(wb_id, Screen::Scenarios(Some(r.id.uuid()))).to_hash();
                            let is_sel = selected == Some(r.id.uuid());
                            view! {
                                <tr data-testid="scenario-row" data-id=r.id.to_string() aria-selected=is_sel.to_string()>
                                    <td class="num">{r.priority}</td>
                                    <td>
                                        <a href=href data-testid="open-scenario" aria-current=if is_sel { "true" } else { "false" }>{r.title}</a>
                                    </td>
                                    <td>
                                        {r.tech}
                                        " "
                                        <span class=format!("muted tier tier-{}", r.tier.code())>"(" {r.tier.label().get(l)} ")"</span>
                                    </td>
                                    <td>{if r.actor.is_empty() { "—".to_owned() } else { r.actor }}</td>
                                    <td class="num">{opt_num(r.likelihood)}</td>
                                    <td class="num">{opt_num(r.impact)}</td>
                                    <td>{risk_badge(r.score, r.level, l)}</td>
                                    <td>{r.status.label().get(l)}</td>
                                    <td class="num">{format!("{}/{}", r.cms_done, r.cms)}</td>
                                </tr>
                            }
                        })}
                    </tbody>
                </table>
            </div>

            {move || {
                exists
                    .get()
                    .then(|| selected.map(|id| view! {
                        <ScenarioDetail id=ScenarioId::new(id) wb_id=wb_id last_deleted=last_deleted/>
                    }))
                    .flatten()
            }}
            {move || (selected.is_some() && !exists.get() && last_deleted.with(Option::is_none)).then(|| view! {
                <p class="notice">{msg::NOT_FOUND.get(ctx.l())}</p>
            })}
        </section>
    }
}

/// Creation form: technology (in scope) and a catalogue pattern or blank.
#[component]
fn AddScenario(wb_id: Uuid, techs: Memo<Vec<(TechnologyId, String, Tier)>>) -> impl IntoView {
    let ctx = Ctx::get();
    let tech = RwSignal::new(String::new());
    let pattern = RwSignal::new(String::new());
    // Pre-select the first technology in scope.
    Effect::new(move |_| {
        let list = techs.get();
        let current = tech.get_untracked();
        if !list.iter().any(|(t, _, _)| t.to_string() == current) {
            tech.set(
                list.first()
                    .map(|(t, _, _)| t.to_string())
                    .unwrap_or_default(),
            );
        }
    });
    let create = move || {
        let Ok(tid) = tech.get_untracked().parse::<TechnologyId>() else {
            return;
        };
        let lang = ctx.lang.get_untracked();
        let sid = ScenarioId::new(new_id());
        let pid = pattern.get_untracked();
        let s = catalog::pattern(&pid)
            .map(|p| LeakScenario::from_pattern(sid, tid, p, lang))
            .unwrap_or_else(|| LeakScenario::new(sid, tid, msg::DEFAULT_TITLE.get(lang)));
        ctx.update(|wb| wb.scenarios.push(s));
        ctx.go(Route::Workbook(wb_id, Screen::Scenarios(Some(sid.uuid()))));
    };
    view! {
        <form
            class="panel add-scenario"
            data-testid="add-scenario-form"
            on:submit=move |ev| {
                ev.prevent_default();
                create();
            }
        >
            <h3>{move || msg::ADD_TITLE.get(ctx.l())}</h3>
            <Show
                when=move || techs.with(|t| !t.is_empty())
                fallback=move || view! { <p class="notice">{move || msg::NO_TECH_IN_SCOPE.get(ctx.l())}</p> }
            >
                <div class="form-grid">
                    <label class="field">
                        <span class="field-label">{move || msg::ADD_TECH.get(ctx.l())}</span>
                        <select data-testid="new-scenario-tech" on:change=move |ev| tech.set(event_target_value(&ev))>
                            <For
                                each=move || techs.get()
                                key=|t| t.clone()
                                children=move |(tid, name, tier)| {
                                    let v = tid.to_string();
                                    let v2 = v.clone();
                                    view! {
                                        <option value=v selected=move || tech.get() == v2>
                                            {name} " (" {move || tier.label().get(ctx.l())} ")"
                                        </option>
                                    }
                                }
                            />
                        </select>
                    </label>
                    <label class="field">
                        <span class="field-label">{move || msg::ADD_PATTERN.get(ctx.l())}</span>
                        <select data-testid="new-scenario-pattern" on:change=move |ev| pattern.set(event_target_value(&ev))>
                            <option value="" selected=move || pattern.get().is_empty()>{move || msg::BLANK.get(ctx.l())}</option>
                            {PatternGroup::ALL
                                .iter()
                                .map(|g| {
                                    let g = *g;
                                    view! {
                                        <optgroup label=move || g.label().get(ctx.l())>
                                            {catalog::patterns_in(g)
                                                .map(|p| view! {
                                                    <option value=p.id selected=move || pattern.get() == p.id>
                                                        {move || p.title.get(ctx.l())}
                                                    </option>
                                                })
                                                .collect_view()}
                                        </optgroup>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                </div>
                {move || {
                    let pid = pattern.get();
                    catalog::pattern(&pid).map(|p| view! {
                        <p class="pattern-preview muted">{move || p.narrative.get(ctx.l())}</p>
                    })
                }}
                <div class="actions">
                    <button type="submit" class="primary" data-testid="create-scenario">{move || msg::CREATE.get(ctx.l())}</button>
                </div>
            </Show>
        </form>
    }
}

/// Reads a field of a scenario (tracked).
fn sc<T>(ctx: Ctx, id: ScenarioId, f: impl FnOnce(&LeakScenario) -> T) -> Option<T> {
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

#[component]
fn ScenarioDetail(
    id: ScenarioId,
    wb_id: Uuid,
    last_deleted: RwSignal<Option<Removed>>,
) -> impl IntoView {
    let ctx = Ctx::get();
    let subject = Subject::new(EntityKind::Scenario, id);
    let heading = NodeRef::<leptos::html::H3>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });

    // Title: a draft so an invalid (blank) title stays in the field with its
    // error while the workbook keeps the last valid one.
    let title = RwSignal::new(
        ctx.wb
            .with_untracked(|w| {
                w.as_ref()
                    .and_then(|w| w.scenario(id))
                    .map(|s| s.title.clone())
            })
            .unwrap_or_default(),
    );
    let title_err = RwSignal::new(None::<ValidationError>);
    let on_title = {
        let s = subject.clone();
        let inner = validated(
            ctx,
            title_err,
            move |raw| s.name(Field::Title, raw),
            move |wb, v| {
                if let Some(x) = wb.scenario_mut(id) {
                    x.title = v;
                }
            },
        );
        Callback::new(move |raw: String| {
            title.set(raw.clone());
            inner.run(raw);
        })
    };
    let narrative_err = RwSignal::new(None::<ValidationError>);
    let on_narrative = {
        let s = subject.clone();
        validated(
            ctx,
            narrative_err,
            move |raw| s.text(Field::Narrative, raw),
            move |wb, v| {
                if let Some(x) = wb.scenario_mut(id) {
                    x.narrative = v;
                }
            },
        )
    };
    let notes_err = RwSignal::new(None::<ValidationError>);
    let on_notes = {
        let s = subject.clone();
        validated(
            ctx,
            notes_err,
            move |raw| s.text(Field::Notes, raw),
            move |wb, v| {
                if let Some(x) = wb.scenario_mut(id) {
                    x.notes = v;
                }
            },
        )
    };
    let narrative = Memo::new(move |_| sc(ctx, id, |s| s.narrative.clone()).unwrap_or_default());
    let notes = Memo::new(move |_| sc(ctx, id, |s| s.notes.clone()).unwrap_or_default());
    let tech_id = Memo::new(move |_| sc(ctx, id, |s| s.technology_id));
    let actor_id = Memo::new(move |_| sc(ctx, id, |s| s.actor_id).flatten());
    let pattern_id = Memo::new(move |_| sc(ctx, id, |s| s.pattern_id.clone()).flatten());
    let group = Memo::new(move |_| sc(ctx, id, |s| s.group).flatten());
    let origin = Memo::new(move |_| sc(ctx, id, |s| s.origin).unwrap_or(ThreatOrigin::External));
    let legality = Memo::new(move |_| sc(ctx, id, |s| s.legality).unwrap_or(Legality::Illegal));
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
            />
        }
    };

    let confirming = RwSignal::new(false);
    let delete = move |_| {
        let removed = ctx.delete(|wb| wb.delete_scenario(id));
        confirming.set(false);
        if removed.is_some() {
            last_deleted.set(removed);
        }
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
                        value=title
                        on_input=on_title
                        error=error_text(ctx, title_err)
                        testid="scenario-title"
                    />
                    <label class="field">
                        <span class="field-label">{move || msg::F_TECH.get(ctx.l())}</span>
                        <select
                            data-testid="scenario-tech"
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
                    </label>
                    <label class="field">
                        <span class="field-label">{move || msg::F_ACTOR.get(ctx.l())}</span>
                        <select
                            data-testid="scenario-actor"
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
                    </label>
                    <TextArea
                        label=msg::F_NARRATIVE
                        value=narrative
                        on_input=on_narrative
                        error=error_text(ctx, narrative_err)
                        hint=msg::F_NARRATIVE_HINT
                        testid="scenario-narrative"
                        rows=5
                    />
                    <div class="field readonly">
                        <span class="field-label">{move || msg::F_PATTERN.get(ctx.l())}</span>
                        <span data-testid="scenario-pattern">
                            {move || match pattern_id.get() {
                                Some(pid) => match catalog::pattern(&pid) {
                                    Some(p) => format!("{} ({pid})", p.title.get(ctx.l())),
                                    None => pid,
                                },
                                None => msg::F_NO_PATTERN.get(ctx.l()).to_owned(),
                            }}
                        </span>
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
                        <CodeSelect
                            label=msg::F_ORIGIN
                            value=origin
                            on_change=Callback::new(move |v| edit_sc(ctx, id, |s| s.origin = v))
                            testid="scenario-origin"
                        />
                        <CodeSelect
                            label=msg::F_LEGALITY
                            value=legality
                            on_change=Callback::new(move |v| edit_sc(ctx, id, |s| s.legality = v))
                            testid="scenario-legality"
                        />
                    </div>
                    <TextArea
                        label=msg::F_NOTES
                        value=notes
                        on_input=on_notes
                        error=error_text(ctx, notes_err)
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
            <ScenarioCountermeasures id=id wb_id=wb_id/>
            <div class="actions delete-row">
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button class="danger" data-testid="delete-scenario" on:click=move |_| confirming.set(true)>
                            {move || msg::DELETE.get(ctx.l())}
                        </button>
                    }
                >
                    <div
                        role="alertdialog"
                        class="confirm"
                        aria-label=move || msg::CONFIRM_DELETE.get(ctx.l())
                        on:keydown=move |ev| if ev.key() == "Escape" { confirming.set(false) }
                    >
                        <strong>{move || msg::CONFIRM_DELETE.get(ctx.l())}</strong>
                        {move || {
                            let unlinked = ctx.wb.with(|w| {
                                w.as_ref()
                                    .and_then(|w| w.delete_scenario_impact(id))
                                    .map(|i| i.unlinked)
                                    .unwrap_or_default()
                            });
                            (!unlinked.is_empty()).then(|| view! {
                                <span>{msg::CONFIRM_UNLINKS.get(ctx.l())}</span>
                                <ul class="impact-list">
                                    {unlinked
                                        .into_iter()
                                        .map(|i| view! { <li>{format!("{}: {}", i.entity.label().get(ctx.l()), i.label)}</li> })
                                        .collect_view()}
                                </ul>
                            })
                        }}
                        <button class="danger" data-testid="confirm-delete-scenario" on:click=delete>
                            {move || common::CONFIRM_DELETE.get(ctx.l())}
                        </button>
                        <button on:click=move |_| confirming.set(false)>{move || common::CANCEL.get(ctx.l())}</button>
                    </div>
                </Show>
            </div>
        </section>
    }
}

/// The computed result of one scenario, all from the analysis.
#[component]
fn ScenarioResult(id: ScenarioId) -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="result breakdown" data-testid="scenario-result" aria-live="polite">
            <h4>{move || msg::RESULT.get(ctx.l())}</h4>
            {move || {
                let l = ctx.l();
                let total = ctx.analysis.with(|a| a.as_ref().map_or(0, |a| a.priority.len()));
                let Some(sa) = ctx.analysis.with(|a| a.as_ref().and_then(|a| a.scenario(id).cloned())) else {
                    return view! { <p>{msg::NOT_FOUND.get(l)}</p> }.into_any();
                };
                let lk = sa.likelihood;
                let impact_note = match sa.impact_source {
                    ImpactSource::Scenario => msg::IMPACT_FROM_SCENARIO.get(l),
                    ImpactSource::TechnologyLeakImpact => msg::IMPACT_FROM_TECH.get(l),
                    ImpactSource::Missing => msg::IMPACT_MISSING.get(l),
                };
                let has_actor = sc(ctx, id, |s| s.actor_id.is_some()).unwrap_or(false);
                let threat = match sa.threat {
                    None if !has_actor => view! { <span class="muted">{msg::THREAT_NO_ACTOR.get(l)}</span> }.into_any(),
                    None => view! { <span class="muted">{msg::THREAT_NOT_ASSESSED.get(l)}</span> }.into_any(),
                    Some(t) => {
                        let detail = match t.status {
                            ThreatStatus::Rated => format!(
                                "{} {} × {} {} × {} {}",
                                msg::INTENT.get(l),
                                opt_num(t.intent.map(Rating::get)),
                                msg::CAPABILITY.get(l),
                                opt_num(t.capability.map(Rating::get)),
                                msg::OPPORTUNITY.get(l),
                                opt_num(t.opportunity.map(Rating::get)),
                            ),
                            ThreatStatus::IntentNotRated => msg::THREAT_INTENT_NOT_RATED.get(l).to_owned(),
                            ThreatStatus::NoIntent => msg::THREAT_NO_INTENT.get(l).to_owned(),
                            ThreatStatus::Incomplete => msg::THREAT_INCOMPLETE.get(l).to_owned(),
                        };
                        // Colour band of the 1–5 geometric mean; the number is printed.
                        let band = t.scale().round().clamp(0.0, 5.0) as u8;
                        view! {
                            <span class=format!("badge level-{band}") data-testid="scenario-threat">{t.product}</span>
                            " "
                            <span class="muted small">"(∛ " {fmt_score(Some(t.scale()), l)} ")"</span>
                            " "
                            <span>{detail}</span>
                        }
                        .into_any()
                    }
                };
                view! {
                    <table>
                        <tbody>
                            <tr><th scope="row">{msg::FEASIBILITY.get(l)}</th><td>{opt_num(lk.feasibility.map(Rating::get))}</td></tr>
                            <tr><th scope="row">{msg::CONTROL_EFF.get(l)}</th><td>{opt_num(lk.control_effectiveness.map(Rating::get))}</td></tr>
                            <tr><th scope="row">{msg::CONTROL_WEAKNESS.get(l)}</th><td>{opt_num(lk.control_weakness)}</td></tr>
                            <tr><th scope="row">{msg::PRODUCT.get(l)}</th><td>{opt_num(lk.product)}</td></tr>
                            <tr>
                                <th scope="row">{msg::LIKELIHOOD.get(l)}<br/><span class="muted small">{msg::LIKELIHOOD_FORMULA.get(l)}</span></th>
                                <td data-testid="scenario-likelihood"><strong>{opt_num(lk.value)}</strong></td>
                            </tr>
                            <tr>
                                <th scope="row">{msg::IMPACT.get(l)}</th>
                                <td data-testid="scenario-impact"><strong>{opt_num(sa.impact)}</strong> " " <span class="muted small">"(" {impact_note} ")"</span></td>
                            </tr>
                            <tr><th scope="row">{msg::RISK_SCORE.get(l)}</th><td data-testid="scenario-score"><strong>{opt_num(sa.score)}</strong></td></tr>
                            <tr><th scope="row">{msg::RISK_LEVEL.get(l)}</th><td data-testid="scenario-level">{risk_badge(sa.score, sa.level, l)}</td></tr>
                            <tr><th scope="row">{msg::PRIORITY.get(l)}</th><td data-testid="scenario-priority">{format!("{} / {total}", sa.priority)}</td></tr>
                            <tr><th scope="row">{msg::THREAT.get(l)}</th><td>{threat}</td></tr>
                        </tbody>
                    </table>
                    {lk.value.is_none().then(|| view! { <p class="muted small">{msg::NEEDS_RATINGS.get(l)}</p> })}
                }
                .into_any()
            }}
        </section>
    }
}

/// The countermeasures of one scenario: list, attach, create, detach.
#[component]
fn ScenarioCountermeasures(id: ScenarioId, wb_id: Uuid) -> impl IntoView {
    let ctx = Ctx::get();
    let open = RwSignal::new(false);
    let lib_pick = RwSignal::new(String::new());
    let existing_pick = RwSignal::new(String::new());

    let linked = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref()
                .map(|w| {
                    w.countermeasures
                        .iter()
                        .filter(|m| m.scenario_ids.contains(&id))
                        .map(|m| (m.id, m.title.clone(), m.status, m.owner.clone(), m.due_date))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let unlinked = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref()
                .map(|w| {
                    w.countermeasures
                        .iter()
                        .filter(|m| !m.scenario_ids.contains(&id))
                        .map(|m| (m.id, m.title.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let pattern_key = Memo::new(move |_| sc(ctx, id, |s| (s.pattern_id.clone(), s.group)));

    let add_from_library = move |_| {
        let pick = lib_pick.get_untracked();
        let Some(t) = catalog::countermeasure(&pick) else {
            return;
        };
        let lang = ctx.lang.get_untracked();
        let cid = CountermeasureId::new(new_id());
        let mut m = Countermeasure::from_template(cid, t, lang);
        m.scenario_ids.push(id);
        ctx.update(|wb| wb.countermeasures.push(m));
        lib_pick.set(String::new());
        // The button just pressed is now disabled (nothing picked), which
        // would drop focus: go back to the choice, ready for another.
        focus_soon("[data-testid=cm-library-select]", false);
    };
    let link_existing = move |_| {
        let Ok(cid) = existing_pick.get_untracked().parse::<CountermeasureId>() else {
            return;
        };
        ctx.update(|wb| {
            if let Some(m) = wb.countermeasure_mut(cid) {
                if !m.scenario_ids.contains(&id) {
                    m.scenario_ids.push(id);
                }
            }
        });
        existing_pick.set(String::new());
    };
    let new_blank = move |_| {
        let lang = ctx.lang.get_untracked();
        let cid = CountermeasureId::new(new_id());
        let mut m =
            Countermeasure::new(cid, msg::NEW_CM_TITLE.get(lang), CmCategory::Organisational);
        m.scenario_ids.push(id);
        ctx.update(|wb| wb.countermeasures.push(m));
        ctx.go(Route::Workbook(
            wb_id,
            Screen::Countermeasures(Some(cid.uuid())),
        ));
    };
    let detach = move |cid: CountermeasureId| {
        ctx.update(|wb| {
            if let Some(m) = wb.countermeasure_mut(cid) {
                m.scenario_ids.retain(|s| *s != id);
            }
        });
    };

    let lib_option = move |t: &'static catalog::CountermeasureTemplate| {
        view! {
            <option value=t.id selected=move || lib_pick.get() == t.id>
                {move || format!("{} — {}", t.title.get(ctx.l()), t.category.label().get(ctx.l()))}
            </option>
        }
    };

    view! {
        <section class="scenario-cms" data-testid="scenario-countermeasures">
            <h4>{move || msg::CMS.get(ctx.l())}</h4>
            <Show
                when=move || linked.with(|l| !l.is_empty())
                fallback=move || view! { <p class="muted">{move || msg::CMS_EMPTY.get(ctx.l())}</p> }
            >
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || msg::CM_TITLE.get(ctx.l())}</th>
                            <th scope="col">{move || msg::CM_STATUS.get(ctx.l())}</th>
                            <th scope="col">{move || msg::CM_OWNER.get(ctx.l())}</th>
                            <th scope="col">{move || msg::CM_DUE.get(ctx.l())}</th>
                            <th scope="col"><span class="visually-hidden">{move || msg::DETACH.get(ctx.l())}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let l = ctx.l();
                            linked
                                .get()
                                .into_iter()
                                .map(|(cid, title, status, owner, due)| view! {
                                    <tr data-testid="scenario-cm-row">
                                        <td>
                                            <a href=Route::Workbook(wb_id, Screen::Countermeasures(Some(cid.uuid()))).to_hash()>{title}</a>
                                        </td>
                                        <td>{status.label().get(l)}</td>
                                        <td>{if owner.is_empty() { "—".to_owned() } else { owner }}</td>
                                        <td>{due.map_or_else(|| "—".to_owned(), format_date)}</td>
                                        <td>
                                            <button data-testid="detach-countermeasure" on:click=move |_| detach(cid)>
                                                {msg::DETACH.get(l)}
                                            </button>
                                        </td>
                                    </tr>
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </Show>
            <button
                data-testid="attach-countermeasure"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || msg::ATTACH.get(ctx.l())}
            </button>
            <Show when=move || open.get()>
                <div class="attach-panel">
                    <div class="attach-row">
                        <label class="field">
                            <span class="field-label">{move || msg::LIBRARY_PICK.get(ctx.l())}</span>
                            <select data-testid="cm-library-select" on:change=move |ev| lib_pick.set(event_target_value(&ev))>
                                <option value="" selected=move || lib_pick.get().is_empty()>{move || msg::CHOOSE.get(ctx.l())}</option>
                                {move || {
                                    let (pid, group) = pattern_key.get().unwrap_or_default();
                                    let suggested: Vec<&'static catalog::CountermeasureTemplate> = pid
                                        .as_deref()
                                        .and_then(catalog::pattern)
                                        .map(|p| catalog::suggested_for(p).collect())
                                        .unwrap_or_default();
                                    let for_group: Vec<_> = group
                                        .map(|g| {
                                            catalog::countermeasures_for(g)
                                                .filter(|t| !suggested.iter().any(|s| s.id == t.id))
                                                .collect()
                                        })
                                        .unwrap_or_default();
                                    let others: Vec<_> = COUNTERMEASURES
                                        .iter()
                                        .filter(|t| !suggested.iter().chain(&for_group).any(|s| s.id == t.id))
                                        .collect();
                                    view! {
                                        {(!suggested.is_empty()).then(|| view! {
                                            <optgroup label=move || msg::SUGGESTED.get(ctx.l())>
                                                {suggested.into_iter().map(lib_option).collect_view()}
                                            </optgroup>
                                        })}
                                        {(!for_group.is_empty()).then(|| view! {
                                            <optgroup label=move || msg::FOR_GROUP.get(ctx.l())>
                                                {for_group.into_iter().map(lib_option).collect_view()}
                                            </optgroup>
                                        })}
                                        <optgroup label=move || msg::OTHER_CMS.get(ctx.l())>
                                            {others.into_iter().map(lib_option).collect_view()}
                                        </optgroup>
                                    }
                                }}
                            </select>
                        </label>
                        <button
                            class="primary"
                            data-testid="attach-library"
                            disabled=move || lib_pick.with(String::is_empty)
                            on:click=add_from_library
                        >
                            {move || msg::ADD_FROM_LIBRARY.get(ctx.l())}
                        </button>
                    </div>
                    {move || {
                        catalog::countermeasure(&lib_pick.get()).map(|t| view! {
                            <p class="muted small">{move || t.description.get(ctx.l())}</p>
                        })
                    }}
                    <div class="attach-row">
                        <Show
                            when=move || unlinked.with(|u| !u.is_empty())
                            fallback=move || view! { <p class="muted">{move || msg::NO_EXISTING.get(ctx.l())}</p> }
                        >
                            <label class="field">
                                <span class="field-label">{move || msg::EXISTING_PICK.get(ctx.l())}</span>
                                <select data-testid="cm-existing-select" on:change=move |ev| existing_pick.set(event_target_value(&ev))>
                                    <option value="" selected=move || existing_pick.get().is_empty()>{move || msg::CHOOSE.get(ctx.l())}</option>
                                    <For
                                        each=move || unlinked.get()
                                        key=|c| c.clone()
                                        children=move |(cid, title)| {
                                            let v = cid.to_string();
                                            let v2 = v.clone();
                                            view! { <option value=v selected=move || existing_pick.get() == v2>{title}</option> }
                                        }
                                    />
                                </select>
                            </label>
                            <button
                                data-testid="attach-existing"
                                disabled=move || existing_pick.with(String::is_empty)
                                on:click=link_existing
                            >
                                {move || msg::LINK.get(ctx.l())}
                            </button>
                        </Show>
                    </div>
                    <div class="attach-row">
                        <button data-testid="new-countermeasure-blank" on:click=new_blank>
                            {move || msg::NEW_BLANK.get(ctx.l())}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}
