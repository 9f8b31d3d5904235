//! The report's cover page: workbook, organisation, assessor, dates, round,
//! the confidentiality (and redaction) note, and the contents.

use leptos::prelude::*;

use crate::domain::report::Report;
use crate::domain::text::{Lang, Text};
use crate::i18n::report as msg;

use super::table::{date, or_dash};

pub(super) fn cover(r: &Report, lang: Lang) -> impl IntoView {
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
