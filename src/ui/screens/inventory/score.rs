//! The score panel of one technology: its criticality term by term (rating,
//! risk value, weight, contribution) with the profile chart, its rank and
//! tier with the rule that placed it, and its chokepoint flag.

use leptos::prelude::*;

use crate::domain::charts::profile::profile;
use crate::domain::ids::TechnologyId;
use crate::domain::kinds::Tier;
use crate::domain::scoring::TierBasis;
use crate::i18n::{common, inventory as msg};
use crate::ui::charts::profile::profile_svg;
use crate::ui::state::Ctx;
use crate::ui::widgets::fmt_score;

use super::{flag, tier_class};

#[component]
pub fn ScorePanel(tid: TechnologyId) -> impl IntoView {
    let ctx = Ctx::get();
    let tech = move || {
        ctx.analysis
            .with(|a| a.as_ref().and_then(|a| a.technology(tid).cloned()))
    };
    let tiers = move || {
        ctx.analysis
            .with(|a| a.as_ref().map(|a| a.tiers).unwrap_or_default())
    };
    let settings = move || {
        ctx.wb
            .with(|w| w.as_ref().map(|w| w.settings).unwrap_or_default())
    };

    move || {
        let l = ctx.l();
        let Some(ta) = tech() else {
            return ().into_any();
        };
        let c = ta.criticality;
        let terms = c
            .terms
            .iter()
            .map(|term| {
                let rating = term
                    .rating
                    .map(|r| r.to_string())
                    .unwrap_or_else(|| common::NOT_RATED.get(l).to_owned());
                let value = term.risk_value.map(|v| {
                    if term.axis.is_inverted() {
                        format!(
                            "6 − {} = {v}",
                            term.rating.map(|r| r.get()).unwrap_or_default()
                        )
                    } else {
                        v.to_string()
                    }
                });
                let contribution = term
                    .risk_value
                    .filter(|_| term.counts())
                    .map(|v| (u32::from(term.weight) * u32::from(v)).to_string());
                view! {
                    <tr data-axis=term.axis.code() class:not-counted=!term.counts()>
                        <th scope="row">{term.axis.label().get(l)}</th>
                        <td class="num">{rating}</td>
                        <td class="num">{value.unwrap_or_else(|| "—".into())}</td>
                        <td class="num">{term.weight}</td>
                        <td class="num">{contribution.unwrap_or_else(|| "—".into())}</td>
                    </tr>
                }
            })
            .collect_view();
        let total = if c.weight_total > 0 {
            format!(
                "{} ÷ {} = {}",
                c.weighted_sum,
                c.weight_total,
                fmt_score(c.score(), l)
            )
        } else {
            "—".to_owned()
        };
        let tier = ta.tier;
        let summary = tiers();
        let st = settings();
        let top_mid =
            (u16::from(st.top_share_percent) + u16::from(st.middle_share_percent)).min(100);
        let rank_text = match ta.rank {
            Some(r) => msg::rank_of(l, r, summary.ranked),
            None => msg::NOT_RANKED.get(l).to_owned(),
        };
        let explanation = match tier {
            Tier::QuasiImportant => msg::QUASI_RULE.get(l).to_owned(),
            _ => msg::tier_rule(
                l,
                summary.ranked,
                st.top_share_percent,
                top_mid,
                summary.top_target,
                summary.middle_target,
            ),
        };
        let incomplete = !c.complete && tier != Tier::QuasiImportant;
        let threat_text = format!(
            "{} ({})",
            ta.threat.level,
            if ta.threat.assessed {
                msg::THREAT_ASSESSED.get(l)
            } else {
                msg::THREAT_ASSUMED.get(l)
            }
        );
        let ranking_text = match (summary.basis, c.score()) {
            (_, None) => "—".to_owned(),
            (TierBasis::Criticality, Some(_)) => msg::RANKING_BY_CRITICALITY.get(l).to_owned(),
            (TierBasis::CriticalityTimesThreat, Some(score)) => format!(
                "{} × {} = {}",
                fmt_score(Some(score), l),
                ta.threat.level,
                fmt_score(ta.ranking_score.map(|f| f.value()), l)
            ),
        };
        let flagged = ta.chokepoints.flagged;
        view! {
            <h4 id="score-title">{msg::SEC_SCORE.get(l)}</h4>
            <p class="big-score" data-testid="tech-score">
                <span class="field-label">{msg::CRITICALITY.get(l)} " "</span>
                <strong>{fmt_score(c.score(), l)}</strong>
                {(!c.complete && c.score().is_some()).then(|| view! { <span class="provisional">" (" {msg::PROVISIONAL.get(l)} ")"</span> })}
            </p>
            <dl class="rank-tier">
                <div>
                    <dt>{msg::COL_TIER.get(l)}</dt>
                    <dd><span class=tier_class(tier) data-testid="tech-tier" data-tier=tier.code()>{tier.label().get(l)}</span></dd>
                </div>
                <div>
                    <dt>{msg::COL_RANK.get(l)}</dt>
                    <dd data-testid="tech-rank">{rank_text}</dd>
                </div>
                <div>
                    <dt>{msg::THREAT_LEVEL.get(l)}</dt>
                    <dd data-testid="tech-threat" data-assessed=ta.threat.assessed.to_string() class:assumed=!ta.threat.assessed>{threat_text}</dd>
                </div>
                <div>
                    <dt>{msg::RANKING_SCORE.get(l)}</dt>
                    <dd data-testid="tech-ranking-score">{ranking_text}</dd>
                </div>
                <div>
                    <dt>{msg::COL_CHOKEPOINT.get(l)}</dt>
                    <dd data-testid="tech-chokepoint" data-flagged=flagged.to_string()>
                        {flag(flagged, msg::TECH_FLAG_YES, msg::TECH_FLAG_NO, l)}
                    </dd>
                </div>
            </dl>
            {incomplete.then(|| view! {
                <p class="incomplete" role="status" data-testid="tech-incomplete">
                    {if c.weight_total == 0 { msg::NOTHING_RATED.get(l) } else { "" }}
                    " "
                    {msg::INCOMPLETE.get(l)}
                </p>
            })}
            <div class="score-pair">
                <div class="breakdown">
                    <table data-testid="criticality-breakdown">
                        <caption>{common::BREAKDOWN.get(l)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{msg::COL_AXIS.get(l)}</th>
                                <th scope="col" class="num">{msg::COL_RATING.get(l)}</th>
                                <th scope="col" class="num">{msg::COL_RISK_VALUE.get(l)}</th>
                                <th scope="col" class="num">{msg::COL_WEIGHT.get(l)}</th>
                                <th scope="col" class="num">{msg::COL_CONTRIBUTION.get(l)}</th>
                            </tr>
                        </thead>
                        <tbody>{terms}</tbody>
                        <tfoot>
                            <tr>
                                <th scope="row">{msg::CRITICALITY.get(l)}</th>
                                <td colspan="4" class="num total">{total}</td>
                            </tr>
                        </tfoot>
                    </table>
                </div>
                <div class="score-chart">{profile_svg(&profile(&c), l, "tech-profile")}</div>
            </div>
            <p class="hint">{msg::FORMULA.get(l)}</p>
            <p class="hint">{msg::INVERTED_NOTE.get(l)}</p>
            <p class="hint tier-rule">{explanation}</p>
        }
        .into_any()
    }
}
