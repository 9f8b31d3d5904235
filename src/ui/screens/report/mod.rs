//! The Report view (報告書): the workbook laid out for A4 printing — cover,
//! executive summary, charts, tables, appendix. Everything it prints comes
//! from the domain's `build_report`; this module only lays it out. Print
//! rules (page size, breaks, page numbers, hidden app chrome) are in
//! `style/40-report.css`.

mod charts;

use leptos::prelude::*;
use time::Date;

use crate::domain::kinds::RiskLevel;
use crate::domain::rating::RatingAxis;
use crate::domain::report::{build_report, CmLine, Report, ScenarioLine};
use crate::domain::scoring::ThreatStatus;
use crate::domain::text::{Lang, Text};
use crate::i18n::{common, report as msg, threats as th};
use crate::ui::state::{local_today, Ctx};
use crate::ui::widgets::fmt_score;

#[component]
pub fn ReportScreen() -> impl IntoView {
    let ctx = Ctx::get();
    let redacted = RwSignal::new(false);
    let today = local_today();
    let report = Memo::new(move |_| {
        let redacted = redacted.get();
        ctx.wb.with(|w| {
            ctx.analysis.with(|a| {
                w.as_ref()
                    .zip(a.as_ref())
                    .map(|(w, a)| build_report(w, a, today, redacted))
            })
        })
    });
    let print = move |_| {
        // Printing can fail only if the browser forbids it; nothing to tell.
        let _ = window().print();
    };
    view! {
        <section class="report" data-testid="report-screen">
            <div class="report-toolbar" role="group" aria-labelledby="report-title">
                <h2 id="report-title">{move || msg::TITLE.get(ctx.l())}</h2>
                <p class="hint">{move || msg::PRINT_HINT.get(ctx.l())}</p>
                <div class="check">
                    <label>
                        <input
                            type="checkbox"
                            data-testid="report-redact"
                            aria-describedby="report-redact-hint"
                            prop:checked=move || redacted.get()
                            on:change=move |ev| redacted.set(event_target_checked(&ev))
                        />
                        <span>{move || msg::REDACT.get(ctx.l())}</span>
                    </label>
                    <p class="hint" id="report-redact-hint">{move || msg::REDACT_HINT.get(ctx.l())}</p>
                </div>
                <button type="button" class="primary" data-testid="report-print" on:click=print>
                    {move || msg::PRINT.get(ctx.l())}
                </button>
            </div>
            {move || {
                let lang = ctx.l();
                report.get().map(|r| document_view(r, lang))
            }}
        </section>
    }
}

/// The printable document, in one language.
fn document_view(r: Report, lang: Lang) -> impl IntoView {
    view! {
        <article class="report-doc" data-testid="report-doc" data-redacted=r.redacted.to_string()>
            {cover(&r, lang)}
            {summary(&r, lang)}
            <section class="report-section" aria-labelledby="report-charts-title">
                <h2 id="report-charts-title">{msg::CHARTS.get(lang)}</h2>
                {charts::report_charts(&r.charts, lang)}
            </section>
            {technologies(&r, lang)}
            {threats(&r, lang)}
            {scenarios(&r, lang)}
            {exercises(&r, lang)}
            {appendix(&r, lang)}
        </article>
    }
}

fn date(d: Option<Date>) -> String {
    d.map_or_else(|| "—".to_owned(), |d| d.to_string())
}

fn or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "—".to_owned()
    } else {
        s.to_owned()
    }
}

/// Free text under a cell's main line; nothing at all when empty (redacted).
fn free_text(s: &str) -> Option<impl IntoView> {
    (!s.trim().is_empty()).then(|| view! { <p class="free-text">{s.to_owned()}</p> })
}

fn level_badge(level: Option<RiskLevel>, score: Option<u8>, lang: Lang) -> impl IntoView {
    let (class, text) = match (level, score) {
        (Some(l), Some(s)) => (l.code(), format!("{s} {}", l.label().get(lang))),
        _ => ("none", common::NOT_RATED.get(lang).to_owned()),
    };
    view! { <span class=format!("badge level-{class}")>{text}</span> }
}

fn cover(r: &Report, lang: Lang) -> impl IntoView {
    let c = &r.cover;
    let round = c.round.map_or_else(
        || "—".to_owned(),
        |(n, scope)| format!("{n} — {}", scope.label().get(lang)),
    );
    let row = |label: Text, value: String| {
        view! { <div><dt>{label.get(lang)}</dt><dd>{value}</dd></div> }
    };
    let contents = [
        msg::SUMMARY,
        msg::CHARTS,
        msg::TECHNOLOGIES,
        msg::THREATS,
        msg::SCENARIOS,
        msg::EXERCISES,
        msg::APPENDIX,
    ];
    view! {
        <section class="report-cover" aria-labelledby="report-cover-title" data-testid="report-cover">
            <p class="report-kind">{msg::REPORT_KIND.get(lang)}</p>
            <h2 id="report-cover-title" class="report-wb-name">{c.workbook.clone()}</h2>
            <p class="report-confidential">{msg::CONFIDENTIAL.get(lang)}</p>
            {r.redacted.then(|| view! { <p class="report-redacted" data-testid="report-redacted-note">{msg::REDACTED_NOTE.get(lang)}</p> })}
            <dl class="report-meta">
                {row(msg::ORGANISATION, or_dash(&c.organisation))}
                {row(msg::UNIT, or_dash(&c.unit))}
                {row(msg::ASSESSOR, or_dash(&c.assessor))}
                {row(msg::DATE, c.date.to_string())}
                {row(msg::ROUND, round)}
                {row(msg::ROUND_STARTED, date(c.round_started))}
                {row(msg::LAST_UPDATED, c.last_updated.to_string())}
            </dl>
            <h3>{msg::CONTENTS.get(lang)}</h3>
            <ul class="report-contents">
                {contents.iter().map(|t| view! { <li>{t.get(lang)}</li> }).collect_view()}
            </ul>
        </section>
    }
}

fn summary(r: &Report, lang: Lang) -> impl IntoView {
    let s = &r.summary;
    let t = &s.tiers;
    let by_level = RiskLevel::ALL
        .iter()
        .zip(s.by_level)
        .rev()
        .map(|(l, n)| format!("{} {n}", l.label().get(lang)))
        .collect::<Vec<_>>()
        .join(" ・ ");
    let count = |label: Text, value: String, testid: &'static str| {
        view! { <tr><th scope="row">{label.get(lang)}</th><td class="num" data-testid=testid>{value}</td></tr> }
    };
    let top_tier = if s.top_tier.is_empty() {
        view! { <p>{msg::TOP_TIER_NONE.get(lang)}</p> }.into_any()
    } else {
        view! {
            <table class="data-table report-table">
                <thead><tr>
                    <th scope="col" class="num nowrap">{common::RANK.get(lang)}</th>
                    <th scope="col">{msg::COL_TECH.get(lang)}</th>
                    <th scope="col" class="num">{msg::COL_CRITICALITY.get(lang)}</th>
                </tr></thead>
                <tbody>
                    {s.top_tier.iter().map(|t| view! {
                        <tr>
                            <td class="num">{t.rank.map(|r| r.to_string()).unwrap_or_default()}</td>
                            <td>{t.name.clone()}</td>
                            <td class="num">{fmt_score(t.score, lang)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    let top_scenarios = if s.top_scenarios.is_empty() {
        view! { <p>{msg::SCENARIOS_NONE.get(lang)}</p> }.into_any()
    } else {
        scenario_lines(&s.top_scenarios, lang).into_any()
    };
    let overdue = if s.overdue.is_empty() {
        view! { <p data-testid="report-overdue-none">{msg::OVERDUE_NONE.get(lang)}</p> }.into_any()
    } else {
        cm_table(&s.overdue, lang, "report-overdue").into_any()
    };
    view! {
        <section class="report-section report-summary" aria-labelledby="report-summary-title" data-testid="report-summary">
            <h2 id="report-summary-title">{msg::SUMMARY.get(lang)}</h2>
            <h3>{msg::COUNTS.get(lang)}</h3>
            <table class="data-table report-table report-counts">
                <tbody>
                    {count(msg::N_TECHNOLOGIES, s.technologies.to_string(), "report-n-technologies")}
                    {count(msg::N_TIERS, format!("{} / {} / {} / {} / {}", t.top, t.middle, t.lower, t.quasi_important, t.unrated), "report-n-tiers")}
                    {count(msg::N_ACTORS, s.actors.to_string(), "report-n-actors")}
                    {count(msg::N_ASSESSMENTS, s.assessments.to_string(), "report-n-assessments")}
                    {count(msg::N_SCENARIOS, format!("{} ({})", s.scenarios, s.scored_scenarios), "report-n-scenarios")}
                    {count(msg::N_BY_LEVEL, by_level, "report-n-levels")}
                    {count(msg::N_COUNTERMEASURES, format!("{} ({} / {})", s.countermeasures, s.open_countermeasures, s.overdue_countermeasures), "report-n-countermeasures")}
                    {count(msg::N_EXERCISES, s.exercises.to_string(), "report-n-exercises")}
                    {count(msg::N_COVERAGE, format!("{} / {}", s.coverage.done, s.coverage.in_scope), "report-n-coverage")}
                </tbody>
            </table>
            <h3>{msg::TOP_TIER.get(lang)}</h3>
            {top_tier}
            <h3>{msg::TOP_SCENARIOS.get(lang)}</h3>
            {top_scenarios}
            <h3>{msg::OVERDUE.get(lang)}</h3>
            {overdue}
        </section>
    }
}

fn scenario_lines(lines: &[ScenarioLine], lang: Lang) -> impl IntoView {
    view! {
        <table class="data-table report-table">
            <thead><tr>
                <th scope="col" class="num nowrap">{msg::COL_PRIORITY.get(lang)}</th>
                <th scope="col">{msg::COL_SCENARIO.get(lang)}</th>
                <th scope="col">{msg::COL_TECH.get(lang)}</th>
                <th scope="col">{msg::COL_RISK.get(lang)}</th>
            </tr></thead>
            <tbody>
                {lines.iter().map(|s| view! {
                    <tr>
                        <td class="num">{s.priority}</td>
                        <td>{s.title.clone()}</td>
                        <td>{s.technology.clone()}</td>
                        <td>{level_badge(s.level, s.score, lang)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// A table of countermeasures (overdue ones, or those linked to no scenario).
fn cm_table(lines: &[CmLine], lang: Lang, testid: &'static str) -> impl IntoView {
    view! {
        <table class="data-table report-table report-cm-table" data-testid=testid>
            <thead><tr>
                <th scope="col">{msg::COL_CM.get(lang)}</th>
                <th scope="col">{msg::COL_CM_CATEGORY.get(lang)}</th>
                <th scope="col">{common::STATUS.get(lang)}</th>
                <th scope="col">{msg::COL_OWNER.get(lang)}</th>
                <th scope="col">{msg::COL_DUE.get(lang)}</th>
            </tr></thead>
            <tbody>
                {lines.iter().map(|m| view! {
                    <tr>
                        <td>{m.title.clone()}{free_text(&m.description)}</td>
                        <td class="nowrap">{m.category.label().get(lang)}</td>
                        <td class="nowrap">{m.status.label().get(lang)}</td>
                        <td>{or_dash(&m.owner)}</td>
                        <td class="nowrap" class:overdue=m.overdue>{date(m.due)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

fn technologies(r: &Report, lang: Lang) -> impl IntoView {
    let ratings = |rs: [Option<u8>; 4]| {
        rs.iter()
            .map(|r| r.map_or_else(|| "–".to_owned(), |v| v.to_string()))
            .collect::<Vec<_>>()
            .join(" / ")
    };
    let body = if r.technologies.is_empty() {
        view! { <p>{msg::TECH_NONE.get(lang)}</p> }.into_any()
    } else {
        view! {
            <table class="data-table report-table report-tech" data-testid="report-technologies">
                <thead><tr>
                    <th scope="col" class="num nowrap">{common::RANK.get(lang)}</th>
                    <th scope="col">{msg::COL_TECH.get(lang)}</th>
                    <th scope="col">{common::TIER.get(lang)}</th>
                    <th scope="col" class="num">{msg::COL_CRITICALITY.get(lang)}</th>
                    <th scope="col">{msg::COL_RATINGS.get(lang)}</th>
                    <th scope="col" class="num">{msg::COL_CHOKEPOINTS.get(lang)}</th>
                    <th scope="col" class="num">{msg::COL_MAX_THREAT.get(lang)}</th>
                    <th scope="col" class="num">{msg::COL_SCENARIOS_CMS.get(lang)}</th>
                </tr></thead>
                <tbody>
                    {r.technologies.iter().map(|t| view! {
                        <tr>
                            <td class="num">{t.rank.map(|r| r.to_string()).unwrap_or_default()}</td>
                            <td>
                                <strong>{t.name.clone()}</strong>
                                <span class="sub">{t.category.label().get(lang)}</span>
                                {free_text(&t.description)}
                            </td>
                            <td>{t.tier.label().get(lang)}</td>
                            <td class="num">
                                {fmt_score(t.criticality, lang)}
                                {(!t.complete && t.criticality.is_some()).then(|| view! { <span class="sub">{msg::PROVISIONAL.get(lang)}</span> })}
                            </td>
                            <td class="nowrap">{ratings(t.ratings)}</td>
                            <td class="num">{format!("{} / {}", t.chokepoints, t.elements)}</td>
                            <td class="num">{t.max_threat}</td>
                            <td class="num">{format!("{} / {}", t.scenarios, t.countermeasures)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section class="report-section" aria-labelledby="report-tech-title">
            <h2 id="report-tech-title">{msg::TECHNOLOGIES.get(lang)}</h2>
            {body}
        </section>
    }
}

fn threats(r: &Report, lang: Lang) -> impl IntoView {
    let opt = |v: Option<u8>| v.map_or_else(|| "–".to_owned(), |v| v.to_string());
    let body = if r.threats.is_empty() {
        view! { <p>{msg::THREATS_NONE.get(lang)}</p> }.into_any()
    } else {
        view! {
            <table class="data-table report-table" data-testid="report-threats">
                <thead><tr>
                    <th scope="col">{msg::COL_ACTOR.get(lang)}</th>
                    <th scope="col">{msg::COL_TECH.get(lang)}</th>
                    <th scope="col" class="num">{msg::COL_ICO.get(lang)}</th>
                    <th scope="col">{msg::COL_THREAT.get(lang)}</th>
                </tr></thead>
                <tbody>
                    {r.threats.iter().map(|t| {
                        let threat = match t.status {
                            ThreatStatus::Rated => view! {
                                <span class=format!("badge level-{}", t.band)>{t.product}</span>
                            }.into_any(),
                            ThreatStatus::NoIntent => th::ST_NO_INTENT.get(lang).into_any(),
                            ThreatStatus::IntentNotRated => th::ST_INTENT_NOT_RATED.get(lang).into_any(),
                            ThreatStatus::Incomplete => th::ST_INCOMPLETE.get(lang).into_any(),
                        };
                        view! {
                            <tr>
                                <td><strong>{t.actor.clone()}</strong><span class="sub">{t.actor_kind.label().get(lang)}</span></td>
                                <td>{t.technology.clone()}</td>
                                <td class="num nowrap">{format!("{} / {} / {}", opt(t.intent), opt(t.capability), opt(t.opportunity))}</td>
                                <td>{threat}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section class="report-section" aria-labelledby="report-threats-title">
            <h2 id="report-threats-title">{msg::THREATS.get(lang)}</h2>
            {body}
        </section>
    }
}

fn scenarios(r: &Report, lang: Lang) -> impl IntoView {
    let opt = |v: Option<u8>| v.map_or_else(|| "–".to_owned(), |v| v.to_string());
    let body = if r.scenarios.is_empty() {
        view! { <p>{msg::SCENARIOS_NONE.get(lang)}</p> }.into_any()
    } else {
        view! {
            <table class="data-table report-table report-scenarios" data-testid="report-scenarios">
                <thead><tr>
                    <th scope="col" class="num nowrap">{msg::COL_PRIORITY.get(lang)}</th>
                    <th scope="col">{msg::COL_SCENARIO.get(lang)}</th>
                    <th scope="col" class="num">{msg::COL_LI.get(lang)}</th>
                    <th scope="col">{msg::COL_RISK.get(lang)}</th>
                    <th scope="col">{msg::COL_COUNTERMEASURES.get(lang)}</th>
                </tr></thead>
                <tbody>
                    {r.scenarios.iter().map(|s| {
                        let context = match &s.actor {
                            Some(a) => format!("{} ・ {a}", s.technology),
                            None => s.technology.clone(),
                        };
                        let cms = if s.countermeasures.is_empty() {
                            view! { <span class="sub">{msg::NO_COUNTERMEASURE.get(lang)}</span> }.into_any()
                        } else {
                            view! {
                                <ul class="report-cms">
                                    {s.countermeasures.iter().map(|m| view! {
                                        <li class:overdue=m.overdue>
                                            {m.title.clone()}
                                            <span class="sub">
                                                {m.status.label().get(lang)}
                                                {m.due.map(|d| format!(" ・ {} {d}", msg::DUE.get(lang)))}
                                            </span>
                                            {free_text(&m.description)}
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        };
                        view! {
                            <tr>
                                <td class="num">{s.priority}</td>
                                <td>
                                    <strong>{s.title.clone()}</strong>
                                    <span class="sub">{context}" ・ "{s.status.label().get(lang)}</span>
                                    {free_text(&s.narrative)}
                                </td>
                                <td class="num nowrap">{format!("{} × {}", opt(s.likelihood), opt(s.impact))}</td>
                                <td>{level_badge(s.level, s.score, lang)}</td>
                                <td>{cms}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    let others = (!r.other_countermeasures.is_empty()).then(|| {
        view! {
            <h3>{msg::OTHER_CMS.get(lang)}</h3>
            {cm_table(&r.other_countermeasures, lang, "report-other-cms")}
        }
    });
    view! {
        <section class="report-section report-break" aria-labelledby="report-scenarios-title">
            <h2 id="report-scenarios-title">{msg::SCENARIOS.get(lang)}</h2>
            {body}
            {others}
        </section>
    }
}

fn exercises(r: &Report, lang: Lang) -> impl IntoView {
    let list = |items: &[String]| {
        if items.is_empty() {
            view! { "—" }.into_any()
        } else {
            view! { <ul class="plain">{items.iter().map(|i| view! { <li>{i.clone()}</li> }).collect_view()}</ul> }
                .into_any()
        }
    };
    let body = if r.exercises.is_empty() {
        view! { <p>{msg::EXERCISES_NONE.get(lang)}</p> }.into_any()
    } else {
        view! {
            <table class="data-table report-table report-exercises" data-testid="report-exercises">
                <thead><tr>
                    <th scope="col">{msg::COL_EXERCISE.get(lang)}</th>
                    <th scope="col">{msg::COL_DATE.get(lang)}</th>
                    <th scope="col">{msg::COL_SCENARIO.get(lang)}</th>
                    <th scope="col">{msg::COL_DETECTION.get(lang)}</th>
                    <th scope="col">{msg::COL_WEAKNESSES.get(lang)}</th>
                    <th scope="col">{msg::COL_FOLLOW_UPS.get(lang)}</th>
                </tr></thead>
                <tbody>
                    {r.exercises.iter().map(|e| view! {
                        <tr>
                            <td>
                                <strong>{e.title.clone()}</strong>
                                <span class="sub">{e.kind.label().get(lang)}</span>
                                {free_text(&e.objectives)}
                            </td>
                            <td class="nowrap">{date(e.date)}</td>
                            <td>{list(&e.scenarios)}</td>
                            <td class="nowrap">{e.detection.map_or(msg::NOT_RUN, |d| d.label()).get(lang)}</td>
                            <td>
                                {if e.weaknesses.is_empty() { Some("—") } else { None }}
                                <ul class="plain">
                                    {e.weaknesses.iter().map(|(kind, text)| view! {
                                        <li><span class="sub">{kind.label().get(lang)}</span>{free_text(text)}</li>
                                    }).collect_view()}
                                </ul>
                            </td>
                            <td>{list(&e.follow_ups)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section class="report-section" aria-labelledby="report-exercises-title">
            <h2 id="report-exercises-title">{msg::EXERCISES.get(lang)}</h2>
            {body}
        </section>
    }
}

/// Rating axes by the step they are rated in (some labels, such as
/// substitutability, recur on several steps).
const SCALE_GROUPS: [(Text, &[RatingAxis]); 4] = [
    (
        msg::SCALE_TECH,
        &[
            RatingAxis::MarketImportance,
            RatingAxis::NationalStrategy,
            RatingAxis::TechSubstitutability,
            RatingAxis::LeakImpact,
        ],
    ),
    (
        msg::SCALE_ELEMENT,
        &[
            RatingAxis::ElementDependency,
            RatingAxis::ElementSubstitutability,
            RatingAxis::SupplyDisruption,
        ],
    ),
    (
        msg::SCALE_THREAT,
        &[
            RatingAxis::Intent,
            RatingAxis::Capability,
            RatingAxis::Opportunity,
        ],
    ),
    (
        msg::SCALE_SCENARIO,
        &[
            RatingAxis::Feasibility,
            RatingAxis::ScenarioImpact,
            RatingAxis::ControlEffectiveness,
            RatingAxis::TrendRelevance,
        ],
    ),
];

fn appendix(r: &Report, lang: Lang) -> impl IntoView {
    let w = r.settings.weights;
    let formulas = [
        msg::F_CONVENTION,
        msg::F_CRITICALITY,
        msg::F_TIERS,
        msg::F_CHOKEPOINT,
        msg::F_THREAT,
        msg::F_RISK,
        msg::F_LEVELS,
        msg::F_PRIORITY,
    ];
    let setting = |label: Text, value: String| {
        view! { <tr><th scope="row">{label.get(lang)}</th><td class="num">{value}</td></tr> }
    };
    view! {
        <section class="report-section report-break report-appendix" aria-labelledby="report-appendix-title" data-testid="report-appendix">
            <h2 id="report-appendix-title">{msg::APPENDIX.get(lang)}</h2>
            <h3>{msg::FORMULAS.get(lang)}</h3>
            <ul class="report-formulas">
                {formulas.iter().map(|f| view! { <li>{f.get(lang)}</li> }).collect_view()}
            </ul>
            <h3>{msg::SETTINGS.get(lang)}</h3>
            <table class="data-table report-table report-counts">
                <tbody>
                    {setting(msg::S_WEIGHTS, format!("{} : {} : {} : {}", w.market_importance, w.national_strategy, w.substitutability, w.leak_impact))}
                    {setting(msg::S_SHARES, format!("{} % / {} %", r.settings.top_share_percent, r.settings.middle_share_percent))}
                    {setting(msg::S_THRESHOLD, r.settings.chokepoint_threshold.to_string())}
                </tbody>
            </table>
            <h3>{msg::SCALES.get(lang)}</h3>
            <table class="data-table report-table report-scales" data-testid="report-scales">
                <thead><tr>
                    <th scope="col">{msg::COL_AXIS.get(lang)}</th>
                    <th scope="col">"1"</th>
                    <th scope="col">"3"</th>
                    <th scope="col">"5"</th>
                </tr></thead>
                {SCALE_GROUPS.iter().map(|(group, axes)| view! {
                    <tbody>
                        <tr class="group"><th scope="rowgroup" colspan="4">{group.get(lang)}</th></tr>
                        {axes.iter().map(|axis| {
                            let [one, three, five] = axis.anchors();
                            view! {
                                <tr>
                                    <th scope="row">
                                        {axis.label().get(lang)}
                                        {axis.is_inverted().then(|| view! { <span class="sub">{msg::INVERTED.get(lang)}</span> })}
                                    </th>
                                    <td>{one.get(lang)}</td>
                                    <td>{three.get(lang)}</td>
                                    <td>{five.get(lang)}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                }).collect_view()}
            </table>
        </section>
    }
}
