//! The overview screen: workbook information, the current round and its
//! progress through the three steps, the top-tier technologies, the
//! highest-priority scenarios, countermeasure status and the charts (risk
//! heat map, tiers, round progress, chokepoint kinds; drawn by `ui::charts`).
//! Every number comes from the domain's `Analysis`; this file only lays it out.

use leptos::prelude::*;
use uuid::Uuid;

use crate::domain::charts::chokepoints::kind_summary;
use crate::domain::charts::heat_map::heat_map;
use crate::domain::charts::rounds::round_progress;
use crate::domain::charts::tiers::tier_chart;
use crate::domain::error::{EntityKind, Field};
use crate::domain::kinds::{RiskLevel, Tier};
use crate::domain::model::Workbook;
use crate::domain::scoring::coverage::unclassified_in_scope;
use crate::domain::scoring::{round_done, Coverage, RoundDone};
use crate::domain::text::Text;
use crate::domain::validate::Subject;
use crate::i18n::{charts, common, overview as msg};
use crate::route::{Route, Screen};
use crate::ui::charts::chokepoints::{kinds_svg, kinds_table};
use crate::ui::charts::heat_map::{cell_label, heat_legend, heat_map_svg, heat_table};
use crate::ui::charts::rounds::{rounds_svg, rounds_table};
use crate::ui::charts::tiers::{tiers_svg, tiers_table};
use crate::ui::state::{local_today, Ctx};
use crate::ui::widgets::{fmt_score, use_draft, LevelBadge, Present, TextField};

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
            // The heat map first: on a projected 1366×768 screen it is the
            // picture the room discusses, so it fits without scrolling.
            <HeatMapPanel/>
            <div class="ov-top">
                <InfoPanel/>
                <ProgressPanel/>
            </div>
            <div class="ov-grid">
                <TopTierPanel/>
                <CountermeasurePanel/>
            </div>
            <PriorityPanel/>
            // Charts get a row of their own where two would scale their text
            // below 14 px (40-charts.css).
            <div class="ov-charts">
                <TierPanel/>
                <RoundsPanel/>
            </div>
            <KindsPanel/>
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
    let initial = ctx
        .wb
        .with_untracked(|w| w.as_ref().map(get).unwrap_or_default());
    let draft = use_draft(
        initial,
        move |raw| {
            let s = Subject::new(EntityKind::Workbook, wb_id(ctx));
            if required {
                s.name(field, raw)
            } else {
                s.short_text(field, raw)
            }
        },
        move |v| ctx.update(move |wb| set(wb, v)),
    );
    view! { <TextField label=label value=draft.value on_input=draft.on_input error=draft.error_text() testid=testid/> }
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
    let today = local_today();
    let cov = Memo::new(move |_| {
        ctx.analysis.with(|a| {
            ctx.wb.with(|w| match (w.as_ref(), a.as_ref()) {
                (Some(w), Some(a)) => Some((a.coverage, round_done(w, a, today))),
                _ => None,
            })
        })
    });
    let row = move |label: Text, pick: fn(&Coverage, &RoundDone) -> usize, key: &'static str| {
        view! {
            <tr data-cov=key>
                <th scope="row">{move || label.get(ctx.l())}</th>
                <td class="bar">
                    {move || cov.get().filter(|(c, _)| c.in_scope > 0).map(|(c, d)| view! {
                        <progress max=c.in_scope value=pick(&c, &d) aria-label=move || label.get(ctx.l())></progress>
                    })}
                </td>
                <td class="num" data-testid=format!("coverage-{key}")>
                    {move || match cov.get() {
                        Some((c, d)) if c.in_scope > 0 => {
                            let n = pick(&c, &d);
                            let pct = c.share(n).map(|s| s * 100.0).unwrap_or(0.0);
                            format!("{n} / {} ({pct:.0}%)", c.in_scope)
                        }
                        _ => "—".to_owned(),
                    }}
                </td>
            </tr>
        }
    };
    let c = move || cov.get().map(|(c, _)| c);
    view! {
        <section class="panel ov-progress" aria-labelledby="ov-progress-title" data-testid="coverage">
            <h3 id="ov-progress-title">{move || msg::PROGRESS_TITLE.get(ctx.l())}</h3>
            <p>
                {move || msg::IN_SCOPE.get(ctx.l())}": "
                <strong data-testid="coverage-in-scope">{move || c().map(|c| c.in_scope).unwrap_or(0)}</strong>
                " — "
                {move || c().map(|c| c.scope.label().get(ctx.l()).to_owned()).unwrap_or_default()}
            </p>
            <Show when=move || c().is_some_and(|c| c.in_scope == 0)>
                <p class="notice">{move || msg::NOTHING_IN_SCOPE.get(ctx.l())}</p>
            </Show>
            <table class="data-table ov-cov-table">
                <tbody>
                    {row(msg::COV_RATED, |c, _| c.rated, "rated")}
                    {row(msg::COV_THREAT, |c, _| c.threat_assessed, "threat")}
                    {row(msg::COV_SCENARIOS, |c, _| c.with_scenarios, "scenarios")}
                    {row(msg::COV_COUNTERMEASURES, |c, _| c.with_countermeasures, "countermeasures")}
                    {row(msg::COV_EXERCISED, |c, _| c.exercised, "exercised")}
                    {row(msg::COV_DONE, |_, d| d.done, "done")}
                </tbody>
            </table>
            <DoneGaps cov=cov/>
            <UnclassifiedGap/>
            <Show when=move || c().is_some_and(|c| c.unrated_outside > 0)>
                <p class="muted">
                    {move || msg::UNRATED_OUTSIDE.get(ctx.l())}": "
                    {move || c().map(|c| c.unrated_outside).unwrap_or(0)}
                </p>
            </Show>
        </section>
    }
}

/// What keeps the round's technologies from done besides the steps above:
/// draft scenarios, open countermeasures without owner or due date, overdue
/// ones (only the non-zero ones are listed).
#[component]
fn DoneGaps(cov: Memo<Option<(Coverage, RoundDone)>>) -> impl IntoView {
    let ctx = Ctx::get();
    let gaps = move || {
        cov.get().map_or_else(Vec::new, |(_, d)| {
            [
                (msg::GAP_DRAFT, d.draft_scenarios, "draft"),
                (msg::GAP_UNPLANNED, d.unplanned_countermeasures, "unplanned"),
                (msg::GAP_OVERDUE, d.overdue_countermeasures, "overdue"),
            ]
            .into_iter()
            .filter(|(_, n, _)| *n > 0)
            .collect::<Vec<_>>()
        })
    };
    view! {
        <Show when=move || !gaps().is_empty()>
            <div class="muted" data-testid="coverage-done-gaps">
                <p>{move || msg::DONE_GAPS.get(ctx.l())}{move || common::COLON.get(ctx.l())}</p>
                <ul>
                    {move || gaps().into_iter().map(|(label, n, key)| view! {
                        <li data-gap=key>{label.get(ctx.l())}": "<strong>{n}</strong></li>
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

/// The scenarios in scope whose origin or legality is not chosen yet, each
/// linked to its detail (a gap in the round's coverage).
#[component]
fn UnclassifiedGap() -> impl IntoView {
    let ctx = Ctx::get();
    let wb_uuid = wb_id(ctx);
    let gap = Memo::new(move |_| {
        ctx.analysis.with(|a| {
            ctx.wb.with(|w| {
                let (Some(a), Some(w)) = (a.as_ref(), w.as_ref()) else {
                    return Vec::new();
                };
                unclassified_in_scope(w, a)
                    .into_iter()
                    .filter_map(|id| w.scenario(id).map(|s| (id.uuid(), s.title.clone())))
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <Show when=move || gap.with(|g| !g.is_empty())>
            <div class="notice" data-testid="coverage-unclassified">
                <p>
                    {move || msg::UNCLASSIFIED.get(ctx.l())}
                    {move || common::COLON.get(ctx.l())}
                    <strong data-testid="coverage-unclassified-count">{move || gap.with(Vec::len)}</strong>
                </p>
                <ul>
                    <For
                        each=move || gap.get()
                        key=|g| g.clone()
                        children=move |(id, title)| view! {
                            <li><a href=Route::Workbook(wb_uuid, Screen::Scenarios(Some(id))).to_hash()>{title}</a></li>
                        }
                    />
                </ul>
            </div>
        </Show>
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

#[component]
fn HeatMapPanel() -> impl IntoView {
    let ctx = Ctx::get();
    let map = Memo::new(move |_| ctx.analysis.with(|a| a.as_ref().map(|a| heat_map(a))));
    let selected = RwSignal::new(None::<(u8, u8)>);
    let present = RwSignal::new(false);
    let cell_lines = Memo::new(move |_| {
        selected.get().map(|(l, i)| {
            scenario_lines(
                ctx,
                move |sl, si| sl == Some(l) && si == Some(i),
                usize::MAX,
            )
        })
    });
    let chosen_label = move || {
        let (lk, im) = selected.get()?;
        let l = ctx.l();
        map.with(|m| {
            let c = m.as_ref()?.cell(lk, im)?;
            Some(format!(
                " — {}",
                cell_label(l, lk, im, c.level, c.count, c.open)
            ))
        })
    };
    view! {
        <section class="panel ov-heat" aria-labelledby="ov-heat-title">
            <div class="heat-head">
                <h3 id="ov-heat-title">{move || charts::HEAT_TITLE.get(ctx.l())}</h3>
                <button type="button" data-testid="present-heat-map" on:click=move |_| present.set(true)>
                    {move || charts::PRESENT.get(ctx.l())}
                </button>
            </div>
            {move || {
                let l = ctx.l();
                map.with(|m| m.as_ref().map(|m| view! {
                    <div class="heat-wrap">
                        {heat_map_svg(m, l, "ov-heatmap", Some(selected))}
                        <div class="heat-side">
                            <p class="muted heat-desc">{format!("{} {}", charts::HEAT_DESC.get(l), charts::HEAT_CHOOSE.get(l))}</p>
                            {heat_legend(l)}
                            {(m.unscored > 0).then(|| view! {
                                <p class="muted">{charts::UNSCORED.get(l)}": "{m.unscored}</p>
                            })}
                        </div>
                    </div>
                    {heat_table(m, l)}
                }))
            }}
            <section class="heat-cell-list" aria-live="polite" data-testid="heat-cell-list">
                <h4>
                    {move || msg::CELL_SCENARIOS.get(ctx.l())}
                    {chosen_label}
                </h4>
                {move || match cell_lines.get() {
                    None => view! { <p class="muted">{move || msg::CELL_NONE.get(ctx.l())}</p> }.into_any(),
                    Some(lines) => view! { <ScenarioTable lines=lines testid="heat-cell-scenarios"/> }.into_any(),
                }}
            </section>
            <Present open=present title=charts::HEAT_TITLE>
                {move || {
                    let l = ctx.l();
                    map.with(|m| m.as_ref().map(|m| view! {
                        <div class="present-heat">
                            {heat_map_svg(m, l, "present-heatmap", None)}
                            <div class="present-side">{heat_legend(l)}</div>
                        </div>
                    }))
                }}
            </Present>
        </section>
    }
}

/// Technologies ranked by criticality with the tier boundaries.
#[component]
fn TierPanel() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="panel ov-chart" aria-labelledby="ov-tiers-heading" data-testid="tiers-panel">
            <h3 id="ov-tiers-heading">{move || charts::TIERS_TITLE.get(ctx.l())}</h3>
            {move || {
                let l = ctx.l();
                let chart = ctx.analysis.with(|a| {
                    ctx.wb.with(|w| match (w.as_ref(), a.as_ref()) {
                        (Some(w), Some(a)) => Some(tier_chart(w, a)),
                        _ => None,
                    })
                })?;
                Some(if chart.rows.is_empty() {
                    view! { <p>{charts::TIERS_EMPTY.get(l)}</p> }.into_any()
                } else {
                    view! {
                        {tiers_svg(&chart, l, "ov-tiers")}
                        {tiers_table(&chart, l)}
                        <p class="muted" data-testid="tiers-outside">{charts::tiers_outside(l, chart.quasi_important, chart.unrated)}</p>
                    }
                    .into_any()
                })
            }}
        </section>
    }
}

/// Coverage per step for every round.
#[component]
fn RoundsPanel() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="panel ov-chart" aria-labelledby="ov-rounds-heading" data-testid="rounds-panel">
            <h3 id="ov-rounds-heading">{move || charts::ROUNDS_TITLE.get(ctx.l())}</h3>
            {move || {
                let l = ctx.l();
                let p = ctx.analysis.with(|a| {
                    ctx.wb.with(|w| match (w.as_ref(), a.as_ref()) {
                        (Some(w), Some(a)) => Some(round_progress(w, a, local_today())),
                        _ => None,
                    })
                })?;
                Some(view! {
                    {rounds_svg(&p, l, "ov-rounds")}
                    {rounds_table(&p, l)}
                    <p class="muted">{charts::ROUNDS_LIMIT.get(l)}</p>
                })
            }}
        </section>
    }
}

/// Element kinds across technologies: where chokepoints concentrate.
#[component]
fn KindsPanel() -> impl IntoView {
    let ctx = Ctx::get();
    view! {
        <section class="panel ov-chart" aria-labelledby="ov-kinds-heading" data-testid="kinds-panel">
            <h3 id="ov-kinds-heading">{move || charts::KINDS_TITLE.get(ctx.l())}</h3>
            {move || {
                let l = ctx.l();
                let s = ctx.analysis.with(|a| {
                    ctx.wb.with(|w| match (w.as_ref(), a.as_ref()) {
                        (Some(w), Some(a)) => Some(kind_summary(w, a)),
                        _ => None,
                    })
                })?;
                Some(if s.total_elements == 0 {
                    view! { <p>{charts::KINDS_EMPTY.get(l)}</p> }.into_any()
                } else {
                    view! {
                        {kinds_svg(&s, l, "ov-kinds")}
                        {kinds_table(&s, l)}
                    }
                    .into_any()
                })
            }}
        </section>
    }
}
