//! The executive summary: the counts, the top-tier technologies, the
//! highest-priority scenarios and the overdue countermeasures.

use leptos::prelude::*;

use crate::domain::kinds::RiskLevel;
use crate::domain::report::{Report, ScenarioLine};
use crate::domain::text::{Lang, Text};
use crate::i18n::{common, report as msg};
use crate::ui::widgets::fmt_score;

use super::scenarios::cm_table;
use super::table::{label_row, level_badge, or_none, section, table};

pub(super) fn summary(r: &Report, lang: Lang) -> impl IntoView {
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
        label_row(lang, label, value, Some(testid))
    };
    let top_tier = or_none(
        s.top_tier.is_empty(),
        lang,
        msg::TOP_TIER_NONE,
        None,
        || {
            let cols = [
                (common::RANK, "num nowrap"),
                (msg::COL_TECH, ""),
                (msg::COL_CRITICALITY, "num"),
            ];
            let rows = s.top_tier.iter().map(|t| {
                view! {
                    <tr>
                        <td class="num">{t.rank.map(|r| r.to_string()).unwrap_or_default()}</td>
                        <td>{t.name.clone()}</td>
                        <td class="num">{fmt_score(t.score, lang)}</td>
                    </tr>
                }
            });
            table(lang, "", None, &cols, rows.collect_view())
        },
    );
    let top_scenarios = or_none(
        s.top_scenarios.is_empty(),
        lang,
        msg::SCENARIOS_NONE,
        None,
        || scenario_lines(&s.top_scenarios, lang),
    );
    let overdue = or_none(
        s.overdue.is_empty(),
        lang,
        msg::OVERDUE_NONE,
        Some("report-overdue-none"),
        || cm_table(&s.overdue, lang, "report-overdue"),
    );
    let body = view! {
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
                {count(msg::N_COVERAGE, format!("{} / {}", s.done.done, s.done.in_scope), "report-n-coverage")}
            </tbody>
        </table>
        <h3>{msg::TOP_TIER.get(lang)}</h3>
        {top_tier}
        <h3>{msg::TOP_SCENARIOS.get(lang)}</h3>
        {top_scenarios}
        <h3>{msg::OVERDUE.get(lang)}</h3>
        {overdue}
    };
    section(
        lang,
        "summary",
        msg::SUMMARY,
        "report-summary",
        Some("report-summary"),
        body,
    )
}

fn scenario_lines(lines: &[ScenarioLine], lang: Lang) -> impl IntoView {
    let cols = [
        (msg::COL_PRIORITY, "num nowrap"),
        (msg::COL_SCENARIO, ""),
        (msg::COL_TECH, ""),
        (msg::COL_RISK, ""),
    ];
    let rows = lines.iter().map(|s| {
        view! {
            <tr>
                <td class="num">{s.priority}</td>
                <td>{s.title.clone()}</td>
                <td>{s.technology.clone()}</td>
                <td>{level_badge(s.level, s.score, lang)}</td>
            </tr>
        }
    });
    table(lang, "", None, &cols, rows.collect_view())
}
