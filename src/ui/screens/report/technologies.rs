//! The listings by technology: the critical technologies with their ratings
//! and counts, and every threat assessment (actor × technology).

use leptos::prelude::*;

use crate::domain::report::Report;
use crate::domain::scoring::ThreatStatus;
use crate::domain::text::Lang;
use crate::i18n::{common, report as msg, threats as th};
use crate::ui::widgets::fmt_score;

use super::table::{free_text, or_none, rating, section, table};

pub(super) fn technologies(r: &Report, lang: Lang) -> impl IntoView {
    let ratings = |rs: [Option<u8>; 4]| rs.map(rating).join(" / ");
    let body = or_none(
        r.technologies.is_empty(),
        lang,
        msg::TECH_NONE,
        None,
        || {
            let cols = [
                (common::RANK, "num nowrap"),
                (msg::COL_TECH, ""),
                (common::TIER, ""),
                (msg::COL_CRITICALITY, "num"),
                (msg::COL_RATINGS, ""),
                (msg::COL_CHOKEPOINTS, "num"),
                (msg::COL_TECH_THREAT, ""),
                (msg::COL_SCENARIOS_CMS, "num"),
            ];
            let rows = r.technologies.iter().map(|t| view! {
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
                <td class="nowrap">
                    {t.threat.level}
                    {(!t.threat.assessed).then(|| view! { <span class="sub assumed">{msg::ASSUMED.get(lang)}</span> })}
                </td>
                <td class="num">{format!("{} / {}", t.scenarios, t.countermeasures)}</td>
            </tr>
        });
            table(
                lang,
                "report-tech",
                Some("report-technologies"),
                &cols,
                rows.collect_view(),
            )
        },
    );
    let step1 = super::inventory::step1(r, lang);
    section(
        lang,
        "tech",
        msg::TECHNOLOGIES,
        "",
        None,
        view! { {body} {step1} },
    )
}

pub(super) fn threats(r: &Report, lang: Lang) -> impl IntoView {
    let body = or_none(r.threats.is_empty(), lang, msg::THREATS_NONE, None, || {
        let cols = [
            (msg::COL_ACTOR, ""),
            (msg::COL_TECH, ""),
            (msg::COL_ICO, "num"),
            (msg::COL_THREAT, ""),
        ];
        let rows = r.threats.iter().map(|t| {
            // The level first (what the matrix and the scenarios use), the
            // product second.
            let threat = match (t.status, t.level) {
                (ThreatStatus::Rated, Some(level)) => view! {
                    <span class=format!("badge level-{level}")>{level}</span>
                    <span class="sub">{format!("{} × {} × {} = {}", rating(t.intent), rating(t.capability), rating(t.opportunity), t.product)}</span>
                }
                .into_any(),
                (ThreatStatus::NoIntent, _) => view! {
                    <span class="badge level-1">"1"</span>
                    <span class="sub">{th::ST_NO_INTENT.get(lang)}</span>
                }
                .into_any(),
                (ThreatStatus::Rated, None) => "—".into_any(),
                (ThreatStatus::IntentNotRated, _) => th::ST_INTENT_NOT_RATED.get(lang).into_any(),
                (ThreatStatus::Incomplete, _) => th::ST_INCOMPLETE.get(lang).into_any(),
            };
            let ico = format!(
                "{} / {} / {}",
                rating(t.intent),
                rating(t.capability),
                rating(t.opportunity)
            );
            view! {
                <tr>
                    <td>
                        <strong>{t.actor.clone()}</strong>
                        <span class="sub">
                            {t.actor_kind.label().get(lang)}
                            {t.actor_source.map(|src| format!(" ・ {}", src.label(lang)))}
                        </span>
                    </td>
                    <td>{t.technology.clone()}</td>
                    <td class="num nowrap">{ico}</td>
                    <td>{threat}</td>
                </tr>
            }
        });
        table(lang, "", Some("report-threats"), &cols, rows.collect_view())
    });
    section(lang, "threats", msg::THREATS, "", None, body)
}
