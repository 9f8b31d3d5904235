//! Tier view: ranked technologies with dashed tier boundaries.

use leptos::prelude::*;

use super::{bar_view, chart_svg};
use crate::domain::charts::tiers::TierChart;
use crate::domain::charts::CHART_WIDTH;
use crate::domain::scoring::TierBasis;
use crate::domain::text::Lang;
use crate::i18n::charts as msg;

pub fn tiers_svg(c: &TierChart, l: Lang, id: &str) -> impl IntoView {
    let rows = c
        .rows
        .iter()
        .map(|r| {
            let value = format!(
                "{} · {}",
                r.score,
                msg::rank_tier(l, r.rank, r.tier.label().get(l))
            );
            view! {
                <g data-testid="tier-bar" data-tier=r.tier.code() data-rank=r.rank
                    data-value=r.score.clone() data-length=r.bar.length>
                    {bar_view(r.bar, r.name.clone(), value, r.level)}
                </g>
            }
        })
        .collect_view();
    let lines = c
        .boundaries
        .iter()
        .map(|b| {
            let label = format!("{} ▲ / ▼ {}", b.above.label().get(l), b.below.label().get(l));
            view! {
                <g data-testid="tier-boundary" data-above=b.above.code() data-below=b.below.code()
                    data-after=b.after data-y=b.y>
                    <line class="boundary" x1="0" y1=b.y x2=CHART_WIDTH y2=b.y></line>
                    <text class="boundary-label" x=CHART_WIDTH - 4 y=b.label_y text-anchor="end">{label}</text>
                </g>
            }
        })
        .collect_view();
    let more = c
        .more
        .iter()
        .map(|m| {
            view! {
                <text class="tier-more" data-testid="tier-more" data-tier=m.tier.code() data-count=m.count
                    x="4" y=m.y>{msg::tier_more(l, m.count, m.first_rank, m.last_rank, m.tier.label().get(l))}</text>
            }
        })
        .collect_view();
    chart_svg(
        id,
        "tiers-chart",
        CHART_WIDTH,
        c.height,
        msg::TIERS_TITLE.get(l).to_owned(),
        match c.basis {
            TierBasis::Criticality => msg::TIERS_DESC,
            TierBasis::CriticalityTimesThreat => msg::TIERS_DESC_THREAT,
        }
        .get(l)
        .to_owned(),
        view! { {rows} {more} {lines} },
    )
}

pub fn tiers_table(c: &TierChart, l: Lang) -> impl IntoView {
    view! {
        <table class="visually-hidden">
            <caption>{msg::TIERS_TITLE.get(l)}</caption>
            <thead><tr>
                <th scope="col">{msg::COL_RANK.get(l)}</th>
                <th scope="col">{msg::COL_TECH.get(l)}</th>
                <th scope="col">{msg::COL_RANKING_SCORE.get(l)}</th>
                <th scope="col">{msg::COL_TIER.get(l)}</th>
            </tr></thead>
            <tbody>
                {c.rows.iter().map(|r| view! {
                    <tr>
                        <td>{r.rank}</td>
                        <th scope="row">{r.name.clone()}</th>
                        <td>{r.score.clone()}</td>
                        <td>{r.tier.label().get(l)}</td>
                    </tr>
                }).collect_view()}
                {c.more.iter().map(|m| view! {
                    <tr><td colspan="4">{msg::tier_more(l, m.count, m.first_rank, m.last_rank, m.tier.label().get(l))}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
