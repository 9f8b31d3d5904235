//! The regulatory status: counts, then one row per technology
//! (classification, people with access, the licence flag and who raises
//! it, trade-secret gaps), then who is due a declaration or a disclosure.
//! Prompts to check, never legal advice; the redacted report shows people
//! coded (`P001`…).

use leptos::prelude::*;

use crate::domain::regulatory::FLAG_WORDING;
use crate::domain::report::Report;
use crate::domain::text::Lang;
use crate::i18n::{common, report as msg};

use super::table::{date, label_row, or_dash, section, table};

pub(super) fn regulatory(r: &Report, lang: Lang) -> impl IntoView {
    let g = &r.regulatory;
    let counts = view! {
        <table class="report-kv" data-testid="report-reg-counts">
            <tbody>
                {label_row(lang, msg::REG_FLAGGED, g.summary.flagged_technologies.to_string(), Some("report-reg-flagged"))}
                {label_row(lang, msg::REG_DECL_DUE, g.summary.declarations_due.to_string(), Some("report-reg-declarations"))}
                {label_row(lang, msg::REG_DISC_DUE, g.summary.disclosures_due.to_string(), Some("report-reg-disclosures"))}
            </tbody>
        </table>
    };
    let cols = [
        (msg::COL_TECH, ""),
        (msg::COL_CLASSIFICATION, ""),
        (msg::COL_PEOPLE, "num"),
        (msg::COL_FLAG, ""),
        (msg::COL_SECRET_GAPS, ""),
    ];
    let rows = g
        .technologies
        .iter()
        .map(|t| {
            let classification = view! {
                <span class="nowrap">{t.result.label().get(lang)}</span>
                {(!t.list_item.trim().is_empty()).then(|| view! { <span class="sub">{t.list_item.clone()}</span> })}
                {t.judged_on.map(|d| view! { <span class="sub">{date(Some(d))}</span> })}
                {(t.catch_all == Some(true)).then(|| view! { <span class="sub">{msg::CATCH_ALL_APPLIES.get(lang)}</span> })}
                {t.exception.map(|e| view! { <span class="sub">{e.label().get(lang)}</span> })}
            };
            let flag = if t.flagged_by.is_empty() {
                view! { "—" }.into_any()
            } else {
                view! {
                    <strong class="flag">"⚠ "{FLAG_WORDING.get(lang)}</strong>
                    <ul class="plain">
                        {t.flagged_by.iter().map(|(name, reasons)| view! {
                            <li>{name.clone()}{common::COLON.get(lang)}{reasons.iter().map(|r| r.label().get(lang)).collect::<Vec<_>>().join(", ")}</li>
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            };
            let gaps = if t.secret_checked {
                or_dash(
                    &t.secret_gaps
                        .iter()
                        .map(|g| g.label().get(lang))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
            } else {
                msg::SECRET_NOT_CHECKED.get(lang).to_owned()
            };
            view! {
                <tr data-testid="report-reg-row">
                    <td><strong>{t.name.clone()}</strong></td>
                    <td>{classification}</td>
                    <td class="num">{t.people}</td>
                    <td>{flag}</td>
                    <td>{gaps}</td>
                </tr>
            }
        })
        .collect_view();
    let names = |title: crate::domain::text::Text, list: &[String], testid: &'static str| {
        (!list.is_empty()).then(|| {
            view! {
                <p data-testid=testid><strong>{title.get(lang)}</strong>{common::COLON.get(lang)}{list.join(", ")}</p>
            }
        })
    };
    let body = view! {
        <p class="hint">{msg::REG_NOTE.get(lang)}</p>
        {counts}
        {table(lang, "report-regulatory", Some("report-regulatory"), &cols, rows)}
        {names(msg::REG_DECL_DUE, &g.declarations_due, "report-reg-declarations-list")}
        {names(msg::REG_DISC_DUE, &g.disclosures_due, "report-reg-disclosures-list")}
    };
    section(
        lang,
        "regulatory",
        msg::REGULATORY,
        "",
        Some("report-regulatory-section"),
        body,
    )
}
