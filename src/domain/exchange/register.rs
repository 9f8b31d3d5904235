//! The risk register: one human-readable CSV for Excel, in the UI language.
//!
//! One row per leak scenario in priority order (deal with the first row
//! first), then one row per technology without any scenario (in ranking
//! order), so nothing in the inventory is silently missing. Headers and
//! enumeration labels are localised; numbers stay numbers (empty when not
//! rated). Not for re-import: the table set is the data contract.

use std::collections::HashMap;

use super::cell::text_out;
use super::csv_out::{write_csv, CsvOptions};
use crate::domain::ids::{ScenarioId, TechnologyId};
use crate::domain::model::{Countermeasure, Workbook};
use crate::domain::scoring::{analyze, ThreatStatus};
use crate::domain::text::{Lang, Text};

const HEADERS: [Text; 18] = [
    Text::new("優先順位", "Priority"),
    Text::new("重要技術", "Technology"),
    Text::new("階層", "Tier"),
    Text::new("重要度スコア", "Criticality"),
    Text::new("漏洩シナリオ", "Leak scenario"),
    Text::new("脅威プレイヤー", "Threat actor"),
    Text::new("脅威レベル（1〜5）", "Threat level (1–5)"),
    Text::new("脅威レベルの根拠", "Threat level from"),
    Text::new(
        "脅威度（意図×能力×機会）",
        "Threat (intent × capability × opportunity)",
    ),
    Text::new(
        "経済安全保障トレンドとの関連性",
        "Relevance to economic-security trends",
    ),
    Text::new("発生可能性", "Likelihood"),
    Text::new("影響度", "Impact"),
    Text::new("リスクスコア", "Risk score"),
    Text::new("リスクレベル", "Risk level"),
    Text::new("シナリオの状態", "Scenario status"),
    Text::new("対策", "Countermeasures"),
    Text::new("対策の状態", "Countermeasure status"),
    Text::new("完了した対策", "Countermeasures done"),
];

/// The columns a scenario fills between the technology and its
/// countermeasures (scenario … scenario status).
const SCENARIO_COLUMNS: usize = 11;

/// "1 of 2" / 「2件中1件」. Never `1/2`: Excel and LibreOffice read that
/// as a date (2 January), which the LibreOffice interop check caught.
fn done_of_total(done: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{total}件中{done}件"),
        Lang::En => format!("{done} of {total}"),
    }
}

/// The localised header row.
pub fn register_header(lang: Lang) -> Vec<&'static str> {
    HEADERS.iter().map(|h| h.get(lang)).collect()
}

/// The register as CSV text. Name it with
/// `file_name(&wb.name, "risk-register", today, "csv")`.
pub fn risk_register(wb: &Workbook, lang: Lang, options: CsvOptions) -> String {
    let a = analyze(wb);
    let t = |s: &str| text_out(s).into_owned();
    let mut by_scenario: HashMap<ScenarioId, Vec<&Countermeasure>> = HashMap::new();
    let mut by_tech: HashMap<TechnologyId, Vec<&Countermeasure>> = HashMap::new();
    for m in &wb.countermeasures {
        for s in &m.scenario_ids {
            by_scenario.entry(*s).or_default().push(m);
        }
        for x in &m.technology_ids {
            by_tech.entry(*x).or_default().push(m);
        }
    }
    let cms = |list: Option<&Vec<&Countermeasure>>| -> [String; 3] {
        let list = list.map(Vec::as_slice).unwrap_or_default();
        let titles: Vec<&str> = list.iter().map(|m| m.title.as_str()).collect();
        let statuses: Vec<&str> = list.iter().map(|m| m.status.label().get(lang)).collect();
        let done = list
            .iter()
            .filter(|m| m.status == crate::domain::kinds::CmStatus::Done)
            .count();
        [
            t(&titles.join("\n")),
            t(&statuses.join("\n")),
            if list.is_empty() {
                String::new()
            } else {
                done_of_total(done, list.len(), lang)
            },
        ]
    };
    let tech_cells = |id: TechnologyId| -> [String; 3] {
        let name = wb
            .technology(id)
            .map(|x| x.name.as_str())
            .unwrap_or_default();
        let ta = a.technology(id);
        [
            t(name),
            ta.map(|ta| ta.tier.label().get(lang).to_owned())
                .unwrap_or_default(),
            ta.and_then(|ta| ta.criticality.score())
                .map(|v| format!("{v:.2}"))
                .unwrap_or_default(),
        ]
    };
    let mut rows: Vec<Vec<String>> = Vec::new();
    for id in &a.priority {
        let (Some(s), Some(sa)) = (wb.scenario(*id), a.scenario(*id)) else {
            continue;
        };
        let actor = s
            .actor_id
            .and_then(|x| wb.actor(x))
            .map(|x| x.name.as_str())
            .unwrap_or_default();
        let threat = sa
            .threat
            .filter(|l| matches!(l.status, ThreatStatus::Rated | ThreatStatus::NoIntent))
            .map(|l| l.product.to_string())
            .unwrap_or_default();
        let mut row = vec![sa.priority.to_string()];
        row.extend(tech_cells(s.technology_id));
        row.extend([
            t(&s.title),
            t(actor),
            sa.likelihood.threat.level.to_string(),
            sa.likelihood.threat.source.label().get(lang).to_owned(),
            threat,
            s.trend_relevance
                .map(|v| v.get().to_string())
                .unwrap_or_default(),
            sa.likelihood
                .value
                .map(|v| v.to_string())
                .unwrap_or_default(),
            sa.impact.map(|v| v.to_string()).unwrap_or_default(),
            sa.score.map(|v| v.to_string()).unwrap_or_default(),
            sa.level
                .map(|l| l.label().get(lang).to_owned())
                .unwrap_or_default(),
            s.status.label().get(lang).to_owned(),
        ]);
        row.extend(cms(by_scenario.get(id)));
        rows.push(row);
    }
    for id in &a.ranking {
        if a.technology(*id).is_some_and(|ta| ta.scenarios > 0) {
            continue;
        }
        // Priority, then the scenario's eleven columns stay empty: the row
        // keeps the header's width (one short made the rows run together).
        let mut row = vec![String::new()];
        row.extend(tech_cells(*id));
        row.extend(std::iter::repeat_n(String::new(), SCENARIO_COLUMNS));
        row.extend(cms(by_tech.get(id)));
        rows.push(row);
    }
    write_csv(options, &register_header(lang), rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression (issue 13): a technology without a scenario got a row one
    /// cell short, and the csv writer then ran the rows together.
    #[test]
    fn every_register_row_has_the_header_width() {
        let wb = crate::domain::sample::sample_with_counted_ids(
            Lang::Ja,
            time::macros::datetime!(2025-06-01 09:00 +09:00),
        );
        assert!(
            analyze(&wb).technologies.iter().any(|t| t.scenarios == 0),
            "the sample has technologies without a scenario"
        );
        for lang in Lang::ALL {
            let text = risk_register(&wb, lang, CsvOptions::default());
            let mut reader = csv::ReaderBuilder::new()
                .flexible(true)
                .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
            let width = reader.headers().map(|h| h.len()).unwrap_or(0);
            assert_eq!(width, HEADERS.len());
            let mut rows = 0;
            for record in reader.records() {
                let record = record.expect("a well-formed row");
                assert_eq!(record.len(), width, "row {rows}: {record:?}");
                rows += 1;
            }
            assert_eq!(
                rows,
                wb.scenarios.len()
                    + analyze(&wb)
                        .technologies
                        .iter()
                        .filter(|t| t.scenarios == 0)
                        .count()
            );
        }
    }

    #[test]
    fn done_of_total_is_never_a_date_looking_fraction() {
        assert_eq!(done_of_total(1, 2, Lang::En), "1 of 2");
        assert_eq!(done_of_total(1, 2, Lang::Ja), "2件中1件");
        for lang in Lang::ALL {
            assert!(!done_of_total(3, 4, lang).contains('/'));
        }
    }
}
