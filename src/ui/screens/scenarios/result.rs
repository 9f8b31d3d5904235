//! The computed result of one scenario, all from the analysis: likelihood
//! terms (the actor's threat level first, its assessment second), impact and
//! where it came from, risk score and level, priority; and the two small formatters the list shares.

use leptos::prelude::*;

use crate::domain::ids::ScenarioId;
use crate::domain::kinds::RiskLevel;
use crate::domain::rating::Rating;
use crate::domain::scoring::{ImpactSource, ThreatSource, ThreatStatus};
use crate::domain::text::Lang;
use crate::i18n::scenarios as msg;
use crate::ui::state::Ctx;
use crate::ui::widgets::LevelBadge;

/// A rating as text, or "—".
pub fn opt_num(v: Option<u8>) -> String {
    v.map_or_else(|| "—".to_owned(), |v| v.to_string())
}

/// "12 — High" badge (number always printed next to the colour).
pub fn risk_badge(score: Option<u8>, level: Option<RiskLevel>, lang: Lang) -> impl IntoView {
    let (level, text) = match (score, level) {
        (Some(s), Some(l)) => (l.code(), format!("{s} {}", l.label().get(lang))),
        _ => ("none", msg::NOT_SCORED.get(lang).to_owned()),
    };
    view! { <LevelBadge text=text level=level/> }
}

/// The computed result of one scenario, all from the analysis.
#[component]
pub fn ScenarioResult(id: ScenarioId) -> impl IntoView {
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
                let used = lk.threat;
                // The assessment behind the level, second: its product and terms.
                let detail = sa.threat.filter(|_| used.source == ThreatSource::Assessed).map(|t| match t.status {
                    ThreatStatus::Rated => format!(
                        "{} {} × {} {} × {} {} = {}",
                        msg::INTENT.get(l),
                        opt_num(t.intent.map(Rating::get)),
                        msg::CAPABILITY.get(l),
                        opt_num(t.capability.map(Rating::get)),
                        msg::OPPORTUNITY.get(l),
                        opt_num(t.opportunity.map(Rating::get)),
                        t.product,
                    ),
                    ThreatStatus::NoIntent => msg::THREAT_NO_INTENT.get(l).to_owned(),
                    ThreatStatus::IntentNotRated => msg::THREAT_INTENT_NOT_RATED.get(l).to_owned(),
                    ThreatStatus::Incomplete => msg::THREAT_INCOMPLETE.get(l).to_owned(),
                });
                let source_class = if used.source == ThreatSource::Assessed { "small" } else { "small assumed" };
                let sum_terms = match (lk.feasibility, lk.control_weakness, lk.trend_relevance, lk.sum) {
                    (Some(f), Some(w), Some(t), Some(sum)) => format!("{} + {w} + {} + {} = {sum}", f.get(), used.level, t.get()),
                    _ => "—".to_owned(),
                };
                view! {
                    <table>
                        <tbody>
                            <tr><th scope="row">{msg::FEASIBILITY.get(l)}</th><td>{opt_num(lk.feasibility.map(Rating::get))}</td></tr>
                            <tr>
                                <th scope="row">{msg::CONTROL_WEAKNESS.get(l)}</th>
                                <td>{opt_num(lk.control_weakness)} " " <span class="muted small">"(" {msg::CONTROL_EFF.get(l)} " " {opt_num(lk.control_effectiveness.map(Rating::get))} ")"</span></td>
                            </tr>
                            <tr>
                                <th scope="row">{msg::THREAT_USED.get(l)}</th>
                                <td>
                                    <span class=format!("badge level-{}", used.level) data-testid="scenario-threat">{used.level}</span>
                                    " "
                                    <span class=source_class data-testid="scenario-threat-source">{used.source.label().get(l).to_owned()}</span>
                                    {detail.map(|d| view! { <br/><span class="muted small">{msg::THREAT.get(l)} ": " {d}</span> })}
                                </td>
                            </tr>
                            <tr><th scope="row">{msg::TREND.get(l)}</th><td data-testid="scenario-trend">{opt_num(lk.trend_relevance.map(Rating::get))}</td></tr>
                            <tr><th scope="row">{msg::LIKELIHOOD_SUM.get(l)}</th><td data-testid="scenario-likelihood-sum">{sum_terms}</td></tr>
                            <tr>
                                <th scope="row">{msg::LIKELIHOOD.get(l)}<br/><span class="muted small">{msg::LIKELIHOOD_RULE.get(l)}</span></th>
                                <td data-testid="scenario-likelihood"><strong>{opt_num(lk.value)}</strong></td>
                            </tr>
                            <tr>
                                <th scope="row">{msg::IMPACT.get(l)}</th>
                                <td data-testid="scenario-impact"><strong>{opt_num(sa.impact)}</strong> " " <span class="muted small">"(" {impact_note} ")"</span></td>
                            </tr>
                            <tr><th scope="row">{msg::RISK_SCORE.get(l)}</th><td data-testid="scenario-score"><strong>{opt_num(sa.score)}</strong></td></tr>
                            <tr><th scope="row">{msg::RISK_LEVEL.get(l)}</th><td data-testid="scenario-level">{risk_badge(sa.score, sa.level, l)}</td></tr>
                            <tr>
                                <th scope="row">{msg::PRIORITY.get(l)}</th>
                                <td data-testid="scenario-priority">
                                    {format!("{} / {total}", sa.priority)}
                                    {sa.points.map(|p| view! { " " <span class="muted small">"(" {msg::POINTS.get(l)} " " {p} ")"</span> })}
                                </td>
                            </tr>
                        </tbody>
                    </table>
                    {lk.value.is_none().then(|| view! { <p class="muted small">{msg::NEEDS_RATINGS.get(l)}</p> })}
                }
                .into_any()
            }}
        </section>
    }
}
