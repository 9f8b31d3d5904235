//! The overview screen: workbook information, the current round and its
//! progress through the three steps, the top-tier technologies, the
//! highest-priority scenarios, countermeasure status and the risk heat map.
//! Every number comes from the domain's `Analysis`; this file only lays it out.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::error::{EntityKind, Field, ValidationError};
use crate::domain::kinds::{RiskLevel, Tier};
use crate::domain::model::Workbook;
use crate::domain::scoring::risk::risk_level;
use crate::domain::text::Text;
use crate::domain::validate::Subject;
use crate::i18n::{common, overview as msg};
use crate::route::{Route, Screen};
use crate::ui::state::{local_today, Ctx};
use crate::ui::widgets::{fmt_score, LevelBadge, TextField};

fn wb_id(ctx: Ctx) -> Uuid {
    ctx.wb
        .with_untracked(|w| w.as_ref().map(|w| w.id.uuid()))
        .unwrap_or_default()
}

#[component]
pub fn OverviewScreen() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="overview">
            <h2>{move || msg::TITLE.get(ctx.l())}</h2>
            <div class="ov-top">
                <InfoPanel/>
                <ProgressPanel/>
            </div>
            <div class="ov-grid">
                <TopTierPanel/>
                <CountermeasurePanel/>
            </div>
            <PriorityPanel/>
            <HeatMapPanel/>
        </section>
    }
}

#[component]
fn InfoField(
    label: Text,
    field: Field,
    required: bool,
    get: fn(&Workbook) -> String,
    set: fn(&mut Workbook, String),
    testid: &'static str,
) -> impl IntoView {
    let ctx = Ctx::get();
    let draft = RwSignal::new(
        ctx.wb
            .with_untracked(|w| w.as_ref().map(get).unwrap_or_default()),
    );
    let error = RwSignal::new(None::<ValidationError>);
    let on_input = Callback::new(move |raw: String| {
        draft.set(raw.clone());
        let s = Subject::new(EntityKind::Workbook, wb_id(ctx));
        let parsed = if required {
            s.name(field, &raw)
        } else {
            s.short_text(field, &raw)
        };
        match parsed {
            Ok(v) => {
                error.set(None);
                ctx.update(move |wb| set(wb, v));
            }
            Err(e) => error.set(Some(e)),
        }
    });
    let err = Signal::derive(move || error.with(|e| e.as_ref().map(|e| e.message(ctx.l()))));
    view! { <TextField label=label value=draft on_input=on_input error=err testid=testid/> }
}

#[component]
fn InfoPanel() -> impl IntoView {
    let ctx = Ctx::get();
    let round = move || {
        ctx.wb.with(|w| {
            w.as_ref()
                .and_then(|w| w.current_round().map(|r| (r.number, r.scope)))
        })
    };
    let settings_href = move || Route::Workbook(wb_id(ctx), Screen::Settings).to_hash();
    view! {
        <section class="panel ov-info" aria-labelledby="ov-info-title">
            <h3 id="ov-info-title">{move || msg::INFO_TITLE.get(ctx.l())}</h3>
            <InfoField label=msg::WB_NAME field=Field::Name required=true
                get=|w| w.name.clone() set=|w, v| w.name = v testid="wb-info-name"/>
            <InfoField label=msg::ORGANISATION field=Field::Organisation required=false
                get=|w| w.organisation.clone() set=|w, v| w.organisation = v testid="wb-info-organisation"/>
            <InfoField label=msg::UNIT field=Field::Unit required=false
                get=|w| w.unit.clone() set=|w, v| w.unit = v testid="wb-info-unit"/>
            <InfoField label=msg::ASSESSOR field=Field::Assessor required=false
                get=|w| w.assessor.clone() set=|w, v| w.assessor = v testid="wb-info-assessor"/>
            <dl class="ov-round" data-testid="current-round">
                <div>
                    <dt>{move || msg::ROUND.get(ctx.l())}</dt>
                    <dd>{move || round().map(|(n, _)| n.to_string()).unwrap_or_else(|| "—".into())}</dd>
                </div>
                <div>
                    <dt>{move || msg::SCOPE.get(ctx.l())}</dt>
                    <dd>{move || round().map(|(_, s)| s.label().get(ctx.l()).to_owned()).unwrap_or_else(|| "—".into())}</dd>
                </div>
            </dl>
            <a href=settings_href>{move || msg::MANAGE_ROUNDS.get(ctx.l())}</a>
        </section>
    }
}

#[component]
fn ProgressPanel() -> impl IntoView {
    let ctx = Ctx::get();
    let cov = Memo::new(move |_| ctx.analysis.with(|a| a.as_ref().map(|a| a.coverage)));
    let row = move |label: Text,
                    pick: fn(&crate::domain::scoring::Coverage) -> usize,
                    key: &'static str| {
        view! {
            <tr data-cov=key>
                <th scope="row">{move || label.get(ctx.l())}</th>
                <td class="bar">
                    {move || cov.get().filter(|c| c.in_scope > 0).map(|c| view! {
                        <progress max=c.in_scope value=pick(&c) aria-label=move || label.get(ctx.l())></progress>
                    })}
                </td>
                <td class="num" data-testid=format!("coverage-{key}")>
                    {move || match cov.get() {
                        Some(c) if c.in_scope > 0 => {
                            let n = pick(&c);
                            let pct = c.share(n).map(|s| s * 100.0).unwrap_or(0.0);
                            format!("{n} / {} ({pct:.0}%)", c.in_scope)
                        }
                        _ => "—".to_owned(),
                    }}
                </td>
            </tr>
        }
    };
    view! {
        <section class="panel ov-progress" aria-labelledby="ov-progress-title" data-testid="coverage">
            <h3 id="ov-progress-title">{move || msg::PROGRESS_TITLE.get(ctx.l())}</h3>
            <p>
                {move || msg::IN_SCOPE.get(ctx.l())}": "
                <strong data-testid="coverage-in-scope">{move || cov.get().map(|c| c.in_scope).unwrap_or(0)}</strong>
                " — "
                {move || cov.get().map(|c| c.scope.label().get(ctx.l()).to_owned()).unwrap_or_default()}
            </p>
            <Show when=move || cov.get().is_some_and(|c| c.in_scope == 0)>
                <p class="notice">{move || msg::NOTHING_IN_SCOPE.get(ctx.l())}</p>
            </Show>
            <table class="data-table ov-cov-table">
                <tbody>
                    {row(msg::COV_RATED, |c| c.rated, "rated")}
                    {row(msg::COV_THREAT, |c| c.threat_assessed, "threat")}
                    {row(msg::COV_SCENARIOS, |c| c.with_scenarios, "scenarios")}
                    {row(msg::COV_COUNTERMEASURES, |c| c.with_countermeasures, "countermeasures")}
                    {row(msg::COV_DONE, |c| c.done, "done")}
                </tbody>
            </table>
            <Show when=move || cov.get().is_some_and(|c| c.unrated_outside > 0)>
                <p class="muted">
                    {move || msg::UNRATED_OUTSIDE.get(ctx.l())}": "
                    {move || cov.get().map(|c| c.unrated_outside).unwrap_or(0)}
                </p>
            </Show>
        </section>
    }
}

#[component]
fn TopTierPanel() -> impl IntoView {
    let ctx = Ctx::get();
    let rows = move || {
        let wb_uuid = wb_id(ctx);
        ctx.analysis.with(|a| {
            ctx.wb.with(|w| {
                let (Some(a), Some(w)) = (a.as_ref(), w.as_ref()) else {
                    return Vec::new();
                };
                a.ranking
                    .iter()
                    .filter_map(|id| {
                        let t = a.technology(*id)?;
                        (t.tier == Tier::Top).then(|| {
                            let name = w
                                .technology(*id)
                                .map(|t| t.name.clone())
                                .unwrap_or_default();
                            (id.uuid(), name, t.criticality.score(), t.rank, wb_uuid)
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <section class="panel" aria-labelledby="ov-top-title">
            <h3 id="ov-top-title">{move || msg::TOP_TITLE.get(ctx.l())}</h3>
            {move || {
                let rows = rows();
                if rows.is_empty() {
                    return view! { <p>{move || msg::TOP_EMPTY.get(ctx.l())}</p> }.into_any();
                }
                view! {
                    <table class="data-table" data-testid="top-tier">
                        <thead><tr>
                            <th scope="col" class="num">{move || common::RANK.get(ctx.l())}</th>
                            <th scope="col">{move || msg::COL_TECH.get(ctx.l())}</th>
                            <th scope="col" class="num">{move || msg::COL_SCORE.get(ctx.l())}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(id, name, score, rank, wb)| view! {
                                <tr data-testid="top-tier-row">
                                    <td class="num">{rank.map(|r| r.to_string()).unwrap_or_default()}</td>
                                    <td><a href=Route::Workbook(wb, Screen::Inventory(Some(id))).to_hash()>{name}</a></td>
                                    <td class="num">{move || fmt_score(score, ctx.l())}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn CountermeasurePanel() -> impl IntoView {
    let ctx = Ctx::get();
    let today = local_today();
    let counts = Memo::new(move |_| {
        ctx.wb.with(|w| {
            w.as_ref().map_or((0, 0, 0), |w| {
                let open = w.countermeasures.iter().filter(|m| m.is_open()).count();
                let overdue = w
                    .countermeasures
                    .iter()
                    .filter(|m| m.is_overdue(today))
                    .count();
                (w.countermeasures.len(), open, overdue)
            })
        })
    });
    let href = move || Route::Workbook(wb_id(ctx), Screen::Countermeasures(None)).to_hash();
    view! {
        <section class="panel" aria-labelledby="ov-cm-title">
            <h3 id="ov-cm-title">{move || msg::CM_TITLE.get(ctx.l())}</h3>
            <dl class="ov-counts">
                <div>
                    <dt>{move || msg::CM_OPEN.get(ctx.l())}</dt>
                    <dd data-testid="cm-open">{move || counts.get().1}</dd>
                </div>
                <div class={move || if counts.get().2 > 0 { "overdue" } else { "" }}>
                    <dt>{move || msg::CM_OVERDUE.get(ctx.l())}</dt>
                    <dd data-testid="cm-overdue">{move || counts.get().2}</dd>
                </div>
                <div>
                    <dt>{move || msg::CM_TOTAL.get(ctx.l())}</dt>
                    <dd>{move || counts.get().0}</dd>
                </div>
            </dl>
            <a href=href>{move || common::NAV_COUNTERMEASURES.get(ctx.l())}</a>
        </section>
    }
}

/// One scenario line for the priority list and the heat-map cell list.
#[derive(Clone, Debug, PartialEq)]
struct ScenarioLine {
    id: Uuid,
    priority: usize,
    title: String,
    technology: String,
    score: Option<u8>,
    level: Option<RiskLevel>,
}

/// Scenario lines in priority order, those matching `keep` (likelihood, impact).
fn scenario_lines(
    ctx: Ctx,
    keep: impl Fn(Option<u8>, Option<u8>) -> bool,
    limit: usize,
) -> Vec<ScenarioLine> {
    ctx.analysis.with(|a| {
        ctx.wb.with(|w| {
            let (Some(a), Some(w)) = (a.as_ref(), w.as_ref()) else {
                return Vec::new();
            };
            a.priority
                .iter()
                .filter_map(|id| {
                    let sa = a.scenario(*id)?;
                    if !keep(sa.likelihood.value, sa.impact) {
                        return None;
                    }
                    let s = w.scenario(*id)?;
                    Some(ScenarioLine {
                        id: id.uuid(),
                        priority: sa.priority,
                        title: s.title.clone(),
                        technology: w
                            .technology(s.technology_id)
                            .map(|t| t.name.clone())
                            .unwrap_or_default(),
                        score: sa.score,
                        level: sa.level,
                    })
                })
                .take(limit)
                .collect()
        })
    })
}

#[component]
fn ScenarioTable(lines: Vec<ScenarioLine>, testid: &'static str) -> impl IntoView {
    let ctx = Ctx::get();
    let wb = wb_id(ctx);
    view! {
        <table class="data-table" data-testid=testid>
            <thead><tr>
                <th scope="col" class="num">{move || msg::COL_PRIORITY.get(ctx.l())}</th>
                <th scope="col">{move || msg::COL_SCENARIO.get(ctx.l())}</th>
                <th scope="col">{move || msg::COL_TECH.get(ctx.l())}</th>
                <th scope="col" class="num">{move || common::SCORE.get(ctx.l())}</th>
                <th scope="col">{move || msg::COL_RISK.get(ctx.l())}</th>
            </tr></thead>
            <tbody>
                {lines.into_iter().map(|s| {
                    let level = s.level;
                    view! {
                        <tr data-testid="scenario-line">
                            <td class="num">{s.priority}</td>
                            <td><a href=Route::Workbook(wb, Screen::Scenarios(Some(s.id))).to_hash()>{s.title}</a></td>
                            <td>{s.technology}</td>
                            <td class="num">{move || s.score.map(|v| v.to_string()).unwrap_or_else(|| common::NOT_RATED.get(ctx.l()).to_owned())}</td>
                            <td>
                                <LevelBadge
                                    text=Signal::derive(move || level.map(|l| l.label().get(ctx.l()).to_owned()).unwrap_or_else(|| common::NOT_RATED.get(ctx.l()).to_owned()))
                                    level=Signal::derive(move || level.map(|l| l.code()).unwrap_or("none"))
                                />
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn PriorityPanel() -> impl IntoView {
    let ctx = Ctx::get();
    let lines = Memo::new(move |_| scenario_lines(ctx, |_, _| true, 10));
    view! {
        <section class="panel ov-priority" aria-labelledby="ov-priority-title">
            <h3 id="ov-priority-title">{move || msg::PRIORITY_TITLE.get(ctx.l())}</h3>
            {move || {
                let lines = lines.get();
                if lines.is_empty() {
                    view! { <p>{move || msg::PRIORITY_EMPTY.get(ctx.l())}</p> }.into_any()
                } else {
                    view! { <ScenarioTable lines=lines testid="priority-scenarios"/> }.into_any()
                }
            }}
        </section>
    }
}

const CELL: u32 = 64;
const LEFT: u32 = 76;
const TOP: u32 = 8;

#[component]
fn HeatMapPanel() -> impl IntoView {
    let ctx = Ctx::get();
    let heat = Memo::new(move |_| {
        ctx.analysis
            .with(|a| a.as_ref().map(|a| a.heat_map).unwrap_or_default())
    });
    let unscored = Memo::new(move |_| {
        ctx.analysis.with(|a| {
            a.as_ref().map_or(0, |a| {
                a.scenarios.iter().filter(|s| s.score.is_none()).count()
            })
        })
    });
    let selected = RwSignal::new(None::<(u8, u8)>);
    let cell_lines = Memo::new(move |_| {
        selected.get().map(|(l, i)| {
            scenario_lines(
                ctx,
                move |sl, si| sl == Some(l) && si == Some(i),
                usize::MAX,
            )
        })
    });
    let count = move |l: u8, i: u8| heat.with(|h| h[usize::from(l) - 1][usize::from(i) - 1]);
    let cell_label = move |l: u8, i: u8| {
        let lang = ctx.l();
        format!(
            "{} {l} × {} {i}: {} — {} {}",
            msg::LIKELIHOOD.get(lang),
            msg::IMPACT.get(lang),
            risk_level(l, i).label().get(lang),
            count(l, i),
            msg::SCENARIOS_COUNT.get(lang)
        )
    };
    let width = LEFT + 5 * CELL + 8;
    let height = TOP + 5 * CELL + 56;
    let cells = move || {
        (1..=5u8)
            .rev()
            .enumerate()
            .flat_map(|(row, l)| {
                (1..=5u8).map(move |i| {
                    let x = LEFT + u32::from(i - 1) * CELL;
                    let y = TOP + row as u32 * CELL;
                    let n = count(l, i);
                    let level = risk_level(l, i).code();
                    let active = n > 0;
                    let choose = move || selected.set(Some((l, i)));
                    view! {
                        <g
                            class=if active { "cell active" } else { "cell" }
                            data-testid="heat-cell"
                            data-likelihood=l
                            data-impact=i
                            data-count=n
                            role=active.then_some("button")
                            tabindex=active.then_some("0")
                            aria-label=move || cell_label(l, i)
                            aria-pressed=move || active.then(|| (selected.get() == Some((l, i))).to_string())
                            on:click=move |_| { if active { choose() } }
                            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                                let k = ev.key();
                                if active && (k == "Enter" || k == " ") {
                                    ev.prevent_default();
                                    choose();
                                }
                            }
                        >
                            <rect x=x y=y width=CELL height=CELL class=format!("hm-{level}")
                                class:chosen=move || selected.get() == Some((l, i))></rect>
                            <text x=x + CELL / 2 y=y + CELL / 2 class=if active { "count" } else { "count zero" }
                                text-anchor="middle" dominant-baseline="central">{n}</text>
                        </g>
                    }
                })
            })
            .collect_view()
    };
    let ticks = move || {
        (1..=5u8)
            .map(|v| {
                let ty = TOP + u32::from(5 - v) * CELL + CELL / 2;
                let tx = LEFT + u32::from(v - 1) * CELL + CELL / 2;
                view! {
                    <text x=LEFT - 10 y=ty class="tick" text-anchor="end" dominant-baseline="central">{v}</text>
                    <text x=tx y=TOP + 5 * CELL + 18 class="tick" text-anchor="middle">{v}</text>
                }
            })
            .collect_view()
    };
    view! {
        <section class="panel ov-heat" aria-labelledby="ov-heat-title">
            <h3 id="ov-heat-title">{move || msg::HEAT_TITLE.get(ctx.l())}</h3>
            <p class="muted" id="ov-heat-desc">{move || msg::HEAT_DESC.get(ctx.l())}</p>
            <div class="heat-wrap">
                <svg
                    class="heat-map"
                    data-testid="heat-map"
                    viewBox=format!("0 0 {width} {height}")
                    width=width
                    height=height
                    role="group"
                    aria-labelledby="ov-heat-title"
                    aria-describedby="ov-heat-desc"
                >
                    <title>{move || msg::HEAT_TITLE.get(ctx.l())}</title>
                    <desc>{move || msg::HEAT_DESC.get(ctx.l())}</desc>
                    {move || {
                        heat.track();
                        cells()
                    }}
                    {ticks}
                    <text class="axis" x=LEFT + 5 * CELL / 2 y=TOP + 5 * CELL + 44 text-anchor="middle">
                        {move || format!("{} →", msg::IMPACT.get(ctx.l()))}
                    </text>
                    <text class="axis" transform=format!("rotate(-90) translate({} {})", -(i64::from(TOP + 5 * CELL / 2)), 22)
                        text-anchor="middle">
                        {move || format!("{} →", msg::LIKELIHOOD.get(ctx.l()))}
                    </text>
                </svg>
                <div class="heat-side">
                    <h4>{move || msg::LEGEND.get(ctx.l())}</h4>
                    <ul class="legend" data-testid="heat-legend">
                        {RiskLevel::ALL.iter().rev().map(|lv| {
                            let lv = *lv;
                            view! { <li><span class=format!("badge level-{}", lv.code())>{move || lv.label().get(ctx.l())}</span></li> }
                        }).collect_view()}
                    </ul>
                    <Show when=move || { unscored.get() > 0 }>
                        <p class="muted">{move || msg::UNSCORED.get(ctx.l())}": "{move || unscored.get()}</p>
                    </Show>
                </div>
            </div>
            <table class="visually-hidden">
                <caption>{move || msg::TABLE_CAPTION.get(ctx.l())}</caption>
                <thead><tr>
                    <th scope="col">{move || format!("{} \\ {}", msg::LIKELIHOOD.get(ctx.l()), msg::IMPACT.get(ctx.l()))}</th>
                    {(1..=5u8).map(|i| view! { <th scope="col">{i}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {(1..=5u8).rev().map(|l| view! {
                        <tr>
                            <th scope="row">{l}</th>
                            {(1..=5u8).map(|i| view! {
                                <td>{move || format!("{} ({})", count(l, i), risk_level(l, i).label().get(ctx.l()))}</td>
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <section class="heat-cell-list" aria-live="polite" data-testid="heat-cell-list">
                <h4>
                    {move || msg::CELL_SCENARIOS.get(ctx.l())}
                    {move || selected.get().map(|(l, i)| format!(" — {}", cell_label(l, i)))}
                </h4>
                {move || match cell_lines.get() {
                    None => view! { <p class="muted">{move || msg::CELL_NONE.get(ctx.l())}</p> }.into_any(),
                    Some(lines) => view! { <ScenarioTable lines=lines testid="heat-cell-scenarios"/> }.into_any(),
                }}
            </section>
        </section>
    }
}
