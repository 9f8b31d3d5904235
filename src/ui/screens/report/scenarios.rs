//! The leak scenarios with their countermeasures, and the countermeasure
//! table (also used by the summary for the overdue ones).

use leptos::prelude::*;

use crate::domain::report::{CmLine, Report};
use crate::domain::text::Lang;
use crate::i18n::{common, report as msg};

use super::table::{date, free_text, level_badge, or_dash, or_none, rating, section, table};

pub(super) fn scenarios(r: &Report, lang: Lang) -> impl IntoView {
    let body = or_none(
        r.scenarios.is_empty(),
        lang,
        msg::SCENARIOS_NONE,
        None,
        || {
            let cols = [
                (msg::COL_PRIORITY, "num nowrap"),
                (msg::COL_SCENARIO, ""),
                (msg::COL_LI, "num"),
                (msg::COL_TREND, "num"),
                (msg::COL_RISK, ""),
                (msg::COL_COUNTERMEASURES, ""),
            ];
            let rows = r.scenarios.iter().map(|s| {
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
                                    {m.source.map(|src| format!(" ・ {}", src.label(lang)))}
                                </span>
                                {free_text(&m.description)}
                            </li>
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            };
            view! {
                <tr>
                    <td class="num">{s.priority}</td>
                    <td>
                        <strong>{s.title.clone()}</strong>
                        <span class="sub">{context}" ・ "{s.status.label().get(lang)}</span>
                        <span class="sub" data-testid="report-scenario-threat">
                            {format!("{} {}: {}", msg::COL_TECH_THREAT.get(lang), s.threat.level, s.threat.source.label().get(lang))}
                        </span>
                        {s.source.map(|src| view! { <span class="sub source-cite" data-testid="report-scenario-source">{src.label(lang)}</span> })}
                        {free_text(&s.narrative)}
                    </td>
                    <td class="num nowrap">{format!("{} × {}", rating(s.likelihood), rating(s.impact))}</td>
                    <td class="num" data-testid="report-trend">{rating(s.trend)}</td>
                    <td>{level_badge(s.level, s.score, lang)}</td>
                    <td>{cms}</td>
                </tr>
            }
        });
            table(
                lang,
                "report-scenarios",
                Some("report-scenarios"),
                &cols,
                rows.collect_view(),
            )
        },
    );
    let others = (!r.other_countermeasures.is_empty()).then(|| {
        view! {
            <h3>{msg::OTHER_CMS.get(lang)}</h3>
            {cm_table(&r.other_countermeasures, lang, "report-other-cms")}
        }
    });
    section(
        lang,
        "scenarios",
        msg::SCENARIOS,
        "report-break",
        None,
        view! { {body} {others} },
    )
}

/// A table of countermeasures (overdue ones, or those linked to no scenario).
pub(super) fn cm_table(lines: &[CmLine], lang: Lang, testid: &'static str) -> impl IntoView {
    let cols = [
        (msg::COL_CM, ""),
        (msg::COL_CM_CATEGORY, ""),
        (common::STATUS, ""),
        (msg::COL_OWNER, ""),
        (msg::COL_DUE, ""),
    ];
    let rows = lines.iter().map(|m| {
        view! {
            <tr>
                <td>
                    {m.title.clone()}
                    {m.source.map(|src| view! { <span class="sub source-cite">{src.label(lang)}</span> })}
                    {free_text(&m.description)}
                </td>
                <td class="nowrap">{m.category.label().get(lang)}</td>
                <td class="nowrap">{m.status.label().get(lang)}</td>
                <td>{or_dash(&m.owner)}</td>
                <td class="nowrap" class:overdue=m.overdue>{date(m.due)}</td>
            </tr>
        }
    });
    table(
        lang,
        "report-cm-table",
        Some(testid),
        &cols,
        rows.collect_view(),
    )
}
