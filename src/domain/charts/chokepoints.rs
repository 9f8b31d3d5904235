//! Chokepoint charts. For one technology: its elements with their scores
//! against the threshold. Across technologies: per element kind, how many
//! elements and how many chokepoints there are — where supply risk
//! concentrates.

use super::profile::level_code;
use super::{bar_chart_height, bar_row, scale, score_text, BarLayout, FOOTER, PLOT_LEFT};
use crate::domain::ids::ElementId;
use crate::domain::kinds::ElementKind;
use crate::domain::model::{Technology, Workbook};
use crate::domain::scoring::{Analysis, TechChokepoints};

/// One element bar.
#[derive(Clone, Debug, PartialEq)]
pub struct ElementBar {
    pub id: ElementId,
    pub name: String,
    pub kind: ElementKind,
    /// Mean risk value over rated axes, two decimals; `None` if none is rated.
    pub score: Option<String>,
    pub rated: u8,
    pub chokepoint: bool,
    /// Level colour code of the rounded score (`none` when unrated).
    pub level: &'static str,
    pub bar: BarLayout,
}

/// The elements of one technology.
#[derive(Clone, Debug, PartialEq)]
pub struct ElementChart {
    pub bars: Vec<ElementBar>,
    pub threshold: u8,
    /// x of the threshold line.
    pub threshold_x: u32,
    pub height: u32,
}

pub fn element_chart(t: &Technology, scores: &TechChokepoints, threshold: u8) -> ElementChart {
    let bars = t
        .elements
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let s = scores.elements.iter().find(|s| s.id == e.id);
            let score = s.and_then(|s| s.score());
            ElementBar {
                id: e.id,
                name: e.name.clone(),
                kind: e.kind,
                score: score.map(score_text),
                rated: s.map_or(0, |s| s.rated),
                chokepoint: s.is_some_and(|s| s.chokepoint),
                level: level_code(score.map(|v| v.round() as u8)),
                bar: bar_row(i, score.unwrap_or(0.0), 5.0),
            }
        })
        .collect::<Vec<_>>();
    ElementChart {
        height: bar_chart_height(bars.len()) + FOOTER,
        bars,
        threshold,
        threshold_x: PLOT_LEFT + scale(f64::from(threshold), 5.0),
    }
}

/// One element kind across the workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KindRow {
    pub kind: ElementKind,
    pub elements: usize,
    pub chokepoints: usize,
    /// Technologies with at least one chokepoint of this kind.
    pub technologies: usize,
    /// Bar for all elements of the kind (outline).
    pub bar: BarLayout,
    /// Length of the filled part: the chokepoints.
    pub chokepoint_length: u32,
}

/// Every element kind, in the catalogue order, scaled to the largest count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindSummary {
    pub rows: Vec<KindRow>,
    pub max: usize,
    pub total_elements: usize,
    pub total_chokepoints: usize,
    pub height: u32,
}

pub fn kind_summary(wb: &Workbook, a: &Analysis) -> KindSummary {
    let kinds = ElementKind::ALL;
    let mut elements = vec![0usize; kinds.len()];
    let mut chokepoints = vec![0usize; kinds.len()];
    let mut technologies = vec![0usize; kinds.len()];
    for t in &wb.technologies {
        let Some(ta) = a.technology(t.id) else {
            continue;
        };
        let mut seen = vec![false; kinds.len()];
        for e in &t.elements {
            let Some(k) = kinds.iter().position(|k| *k == e.kind) else {
                continue;
            };
            elements[k] += 1;
            if ta
                .chokepoints
                .elements
                .iter()
                .any(|s| s.id == e.id && s.chokepoint)
            {
                chokepoints[k] += 1;
                seen[k] = true;
            }
        }
        for (k, s) in seen.iter().enumerate() {
            technologies[k] += usize::from(*s);
        }
    }
    let max = elements.iter().copied().max().unwrap_or(0);
    let rows = kinds
        .iter()
        .enumerate()
        .map(|(i, kind)| KindRow {
            kind: *kind,
            elements: elements[i],
            chokepoints: chokepoints[i],
            technologies: technologies[i],
            bar: bar_row(i, elements[i] as f64, max as f64),
            chokepoint_length: scale(chokepoints[i] as f64, max as f64),
        })
        .collect::<Vec<_>>();
    KindSummary {
        height: bar_chart_height(rows.len()),
        total_elements: elements.iter().sum(),
        total_chokepoints: chokepoints.iter().sum(),
        rows,
        max,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::charts::test_sample::sample;

    #[test]
    fn gan_elements_against_threshold_4() {
        let (wb, a) = sample();
        let t = &wb.technologies[0];
        let ta = a.technology(t.id).expect("GaN");
        let c = element_chart(t, &ta.chokepoints, wb.settings.chokepoint_threshold);
        let got: Vec<(&str, Option<&str>, bool, &str, u32)> = c
            .bars
            .iter()
            .map(|b| {
                (
                    b.kind.code(),
                    b.score.as_deref(),
                    b.chokepoint,
                    b.level,
                    b.bar.length,
                )
            })
            .collect();
        // 13/3, 10/3, 14/3 (docs/scoring.md §3).
        assert_eq!(
            got,
            [
                ("equipment", Some("4.33"), true, "4", 347),
                ("materials", Some("3.33"), false, "3", 267),
                ("people", Some("4.67"), true, "5", 373),
            ]
        );
        assert_eq!((c.threshold, c.threshold_x, c.height), (4, 328, 170));
    }

    #[test]
    fn kinds_across_the_sample() {
        let (wb, a) = sample();
        let s = kind_summary(&wb, &a);
        let got: Vec<(&str, usize, usize, usize, u32, u32)> = s
            .rows
            .iter()
            .map(|r| {
                (
                    r.kind.code(),
                    r.elements,
                    r.chokepoints,
                    r.technologies,
                    r.bar.length,
                    r.chokepoint_length,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("materials", 1, 0, 0, 400, 0),
                ("process", 0, 0, 0, 0, 0),
                ("equipment", 1, 1, 1, 400, 400),
                ("people", 1, 1, 1, 400, 400),
                ("know_how", 0, 0, 0, 0, 0),
                ("infrastructure", 0, 0, 0, 0, 0),
            ]
        );
        assert_eq!((s.max, s.total_elements, s.total_chokepoints), (1, 3, 2));
        assert_eq!(s.height, 284);
    }
}
