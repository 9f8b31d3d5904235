//! The appendix: the scoring formulas, the workbook's settings (weights,
//! tier shares, chokepoint threshold), the rating scales' anchors with their
//! source, and the source documents the catalogue citations refer to.

use leptos::prelude::*;

use crate::domain::catalog::{anchors::axis_source, SourceRef};
use crate::domain::rating::RatingAxis;
use crate::domain::report::Report;
use crate::domain::text::{Lang, Text};
use crate::i18n::report as msg;

use super::table::{grouped_table, label_row, section};

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

pub(super) fn appendix(r: &Report, lang: Lang) -> impl IntoView {
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
    let setting = |label: Text, value: String| label_row(lang, label, value, None);
    let scales = SCALE_GROUPS
        .iter()
        .map(|(group, axes)| {
            let rows = axes.iter().map(|axis| {
                let [one, three, five] = axis.anchors();
                view! {
                    <tr>
                        <th scope="row">
                            {axis.label().get(lang)}
                            {axis.is_inverted().then(|| view! { <span class="sub">{msg::INVERTED.get(lang)}</span> })}
                            <span class="sub source-cite">{axis_source(*axis).label(lang)}</span>
                        </th>
                        <td>{one.get(lang)}</td>
                        <td>{three.get(lang)}</td>
                        <td>{five.get(lang)}</td>
                    </tr>
                }
            });
            view! {
                <tbody>
                    <tr class="group"><th scope="rowgroup" colspan="4">{group.get(lang)}</th></tr>
                    {rows.collect_view()}
                </tbody>
            }
        })
        .collect_view();
    let scale_cols = [
        (msg::COL_AXIS, ""),
        (Text::new("1", "1"), ""),
        (Text::new("3", "3"), ""),
        (Text::new("5", "5"), ""),
    ];
    let body = view! {
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
        {grouped_table(lang, "report-scales", Some("report-scales"), &scale_cols, scales)}
        <h3>{msg::SOURCES.get(lang)}</h3>
        <p>{msg::SOURCES_NOTE.get(lang)}</p>
        <ul class="report-sources" data-testid="report-sources">
            {SourceRef::ALL.iter().map(|s| view! { <li>{s.id()}" "{s.title().get(lang)}</li> }).collect_view()}
        </ul>
    };
    section(
        lang,
        "appendix",
        msg::APPENDIX,
        "report-break report-appendix",
        Some("report-appendix"),
        body,
    )
}
