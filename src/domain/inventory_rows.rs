//! The rows of the inventory's technology table: which technologies a filter
//! keeps and in which order a sort shows them. Pure, so the list's rules are
//! tested natively; the screen only holds the filter and sort signals.

use std::cmp::Ordering;

use super::ids::TechnologyId;
use super::kinds::{TechCategory, Tier};
use super::model::Workbook;
use super::scoring::Analysis;
use super::text::Lang;

/// The column the table is sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    /// The analysis' display order (tier, criticality, name).
    #[default]
    Rank,
    Name,
    Category,
    Owner,
    Score,
    Tier,
    Chokepoint,
    Elements,
    Scenarios,
}

impl SortKey {
    /// Stable code (the sort buttons' test ids).
    pub fn code(self) -> &'static str {
        match self {
            SortKey::Rank => "rank",
            SortKey::Name => "name",
            SortKey::Category => "category",
            SortKey::Owner => "owner",
            SortKey::Score => "score",
            SortKey::Tier => "tier",
            SortKey::Chokepoint => "chokepoint",
            SortKey::Elements => "elements",
            SortKey::Scenarios => "scenarios",
        }
    }

    /// Direction on first click: highest first for numbers and flags.
    pub fn default_descending(self) -> bool {
        matches!(
            self,
            SortKey::Score | SortKey::Chokepoint | SortKey::Elements | SortKey::Scenarios
        )
    }
}

/// What the list is narrowed to; `None` / empty means "all".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RowFilter {
    pub category: Option<TechCategory>,
    pub tier: Option<Tier>,
    /// Compared with the trimmed owner unit.
    pub owner: Option<String>,
    /// Case-insensitive substring of the name or description.
    pub search: String,
}

impl RowFilter {
    /// Whether anything narrows the list.
    pub fn is_active(&self) -> bool {
        self.category.is_some()
            || self.tier.is_some()
            || self.owner.is_some()
            || !self.search.trim().is_empty()
    }
}

/// One line of the table, computed from the workbook and the analysis.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: TechnologyId,
    pub name: String,
    pub category: TechCategory,
    pub owner: String,
    pub score: Option<f64>,
    pub complete: bool,
    pub rank: Option<usize>,
    pub tier: Tier,
    pub flagged: bool,
    pub elements: usize,
    pub scenarios: usize,
    /// Position in the analysis' display order (tie-break of every sort).
    pub order: usize,
}

/// The technologies `filter` keeps, sorted by `key` (`descending` reverses
/// it); ties keep the analysis' display order. Categories sort by their
/// label in `lang`, as shown.
pub fn inventory_rows(
    wb: &Workbook,
    analysis: &Analysis,
    filter: &RowFilter,
    (key, descending): (SortKey, bool),
    lang: Lang,
) -> Vec<Row> {
    let needle = filter.search.trim().to_lowercase();
    let mut rows: Vec<Row> = analysis
        .ranking
        .iter()
        .enumerate()
        .filter_map(|(order, id)| {
            let t = wb.technology(*id)?;
            let ta = analysis.technology(*id)?;
            let kept = filter.category.is_none_or(|c| c == t.category)
                && filter.tier.is_none_or(|x| x == ta.tier)
                && filter
                    .owner
                    .as_ref()
                    .is_none_or(|o| o == t.owner_unit.trim())
                && (needle.is_empty()
                    || t.name.to_lowercase().contains(&needle)
                    || t.description.to_lowercase().contains(&needle));
            kept.then(|| Row {
                id: *id,
                name: t.name.clone(),
                category: t.category,
                owner: t.owner_unit.clone(),
                score: ta.criticality.score(),
                complete: ta.criticality.complete,
                rank: ta.rank,
                tier: ta.tier,
                flagged: ta.chokepoints.flagged,
                elements: t.elements.len(),
                scenarios: ta.scenarios,
                order,
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        let primary = match key {
            SortKey::Rank => Ordering::Equal,
            SortKey::Name => a.name.cmp(&b.name),
            SortKey::Category => a
                .category
                .label()
                .get(lang)
                .cmp(b.category.label().get(lang)),
            SortKey::Owner => a.owner.cmp(&b.owner),
            SortKey::Score => a.score.partial_cmp(&b.score).unwrap_or(Ordering::Equal),
            SortKey::Tier => a.tier.cmp(&b.tier),
            SortKey::Chokepoint => a.flagged.cmp(&b.flagged),
            SortKey::Elements => a.elements.cmp(&b.elements),
            SortKey::Scenarios => a.scenarios.cmp(&b.scenarios),
        };
        let primary = if descending {
            primary.reverse()
        } else {
            primary
        };
        // Rank has no column of its own: descending reverses the display order.
        let order = if key == SortKey::Rank && descending {
            b.order.cmp(&a.order)
        } else {
            a.order.cmp(&b.order)
        };
        primary.then(order)
    });
    rows
}

/// The distinct, non-empty owner units (trimmed), sorted: the owner filter's
/// choices.
pub fn owner_units(wb: &Workbook) -> Vec<String> {
    let mut o: Vec<String> = wb
        .technologies
        .iter()
        .map(|t| t.owner_unit.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    o.sort();
    o.dedup();
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::charts::test_sample::sample;

    fn ids(rows: &[Row]) -> Vec<TechnologyId> {
        rows.iter().map(|r| r.id).collect()
    }

    #[test]
    fn unfiltered_rank_order_is_the_analysis_ranking() {
        let (wb, a) = sample();
        let rows = inventory_rows(
            &wb,
            &a,
            &RowFilter::default(),
            (SortKey::Rank, false),
            Lang::En,
        );
        assert_eq!(ids(&rows), a.ranking);
        let reversed = inventory_rows(
            &wb,
            &a,
            &RowFilter::default(),
            (SortKey::Rank, true),
            Lang::En,
        );
        let mut expected = a.ranking.clone();
        expected.reverse();
        assert_eq!(ids(&reversed), expected);
    }

    #[test]
    fn filters_narrow_and_report_activity() {
        let (wb, a) = sample();
        let all = RowFilter::default();
        assert!(!all.is_active());
        let first = &wb.technologies[0];
        let by_category = RowFilter {
            category: Some(first.category),
            ..RowFilter::default()
        };
        assert!(by_category.is_active());
        let rows = inventory_rows(&wb, &a, &by_category, (SortKey::Rank, false), Lang::En);
        let expected = wb
            .technologies
            .iter()
            .filter(|t| t.category == first.category)
            .count();
        assert_eq!(rows.len(), expected);
        assert!(rows.iter().all(|r| r.category == first.category));

        // Search ignores case and surrounding spaces; it matches the name.
        let needle = format!("  {}  ", first.name.to_uppercase());
        let search = RowFilter {
            search: needle,
            ..RowFilter::default()
        };
        let rows = inventory_rows(&wb, &a, &search, (SortKey::Rank, false), Lang::En);
        assert!(rows.iter().any(|r| r.id == first.id));

        let nobody = RowFilter {
            owner: Some("no such unit".into()),
            ..RowFilter::default()
        };
        assert!(inventory_rows(&wb, &a, &nobody, (SortKey::Rank, false), Lang::En).is_empty());

        for owner in owner_units(&wb) {
            let f = RowFilter {
                owner: Some(owner.clone()),
                ..RowFilter::default()
            };
            let rows = inventory_rows(&wb, &a, &f, (SortKey::Rank, false), Lang::En);
            assert!(!rows.is_empty());
            assert!(rows.iter().all(|r| r.owner.trim() == owner));
        }
    }

    #[test]
    fn sorts_by_column_with_rank_as_tie_break() {
        let (wb, a) = sample();
        let all = RowFilter::default();
        let by_name = inventory_rows(&wb, &a, &all, (SortKey::Name, false), Lang::En);
        assert!(by_name.windows(2).all(|w| w[0].name <= w[1].name));
        let by_elements = inventory_rows(&wb, &a, &all, (SortKey::Elements, true), Lang::En);
        assert!(by_elements.windows(2).all(|w| {
            w[0].elements > w[1].elements
                || (w[0].elements == w[1].elements && w[0].order < w[1].order)
        }));
        let by_score = inventory_rows(&wb, &a, &all, (SortKey::Score, true), Lang::En);
        assert!(by_score.windows(2).all(|w| w[0].score >= w[1].score));
        assert_eq!(by_score.len(), wb.technologies.len());
    }
}
