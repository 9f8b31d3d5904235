//! The charts section of the printed report: the overview's pictures, drawn
//! by the shared chart functions of `src/ui/charts/` from the chart structs
//! the report carries (`domain::report::ReportCharts`), static (no buttons).
//! Each keeps its legend and its text alternative (a visually hidden table),
//! and prints every number next to its colour, so the paper survives
//! greyscale. Each chart is one unbreakable block on paper.

use leptos::prelude::*;

use crate::domain::report::ReportCharts;
use crate::domain::text::Lang;
use crate::i18n::{charts as chart_msg, report as msg};
use crate::ui::charts::chokepoints::{kinds_svg, kinds_table};
use crate::ui::charts::heat_map::{heat_legend, heat_map_svg, heat_table};
use crate::ui::charts::rounds::{rounds_svg, rounds_table};
use crate::ui::charts::tiers::{tiers_svg, tiers_table};

/// Heat map, tiers, element kinds and round progress, each under its heading.
pub fn report_charts(c: &ReportCharts, lang: Lang) -> impl IntoView {
    let heat = &c.heat_map;
    view! {
        <div class="report-charts" data-testid="report-charts">
            <section class="report-chart" aria-labelledby="report-heat-title">
                <h3 id="report-heat-title">{chart_msg::HEAT_TITLE.get(lang)}</h3>
                <p class="muted">{msg::HEAT_DESC.get(lang)}</p>
                <div class="heat-wrap">
                    {heat_map_svg(heat, lang, "report-heatmap", None)}
                    <div class="heat-side">
                        {heat_legend(lang)}
                        {(heat.unscored > 0).then(|| view! {
                            <p class="muted">{chart_msg::UNSCORED.get(lang)}": "{heat.unscored}</p>
                        })}
                    </div>
                </div>
                {heat_table(heat, lang)}
            </section>
            <section class="report-chart" aria-labelledby="report-tiers-title" data-testid="report-tiers">
                <h3 id="report-tiers-title">{chart_msg::TIERS_TITLE.get(lang)}</h3>
                {if c.tiers.rows.is_empty() {
                    view! { <p>{chart_msg::TIERS_EMPTY.get(lang)}</p> }.into_any()
                } else {
                    view! {
                        {tiers_svg(&c.tiers, lang, "report-tiers")}
                        {tiers_table(&c.tiers, lang)}
                        <p class="muted">{chart_msg::tiers_outside(lang, c.tiers.quasi_important, c.tiers.unrated)}</p>
                    }
                    .into_any()
                }}
            </section>
            <section class="report-chart" aria-labelledby="report-kinds-title" data-testid="report-kinds">
                <h3 id="report-kinds-title">{chart_msg::KINDS_TITLE.get(lang)}</h3>
                {if c.kinds.total_elements == 0 {
                    view! { <p>{chart_msg::KINDS_EMPTY.get(lang)}</p> }.into_any()
                } else {
                    view! {
                        {kinds_svg(&c.kinds, lang, "report-kinds")}
                        {kinds_table(&c.kinds, lang)}
                    }
                    .into_any()
                }}
            </section>
            <section class="report-chart" aria-labelledby="report-rounds-title" data-testid="report-rounds">
                <h3 id="report-rounds-title">{chart_msg::ROUNDS_TITLE.get(lang)}</h3>
                {rounds_svg(&c.rounds, lang, "report-rounds")}
                {rounds_table(&c.rounds, lang)}
                <p class="muted">{chart_msg::ROUNDS_LIMIT.get(lang)}</p>
            </section>
        </div>
    }
}
