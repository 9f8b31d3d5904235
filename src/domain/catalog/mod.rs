//! Built-in, versioned, bilingual catalogues.
//!
//! The catalogues are the knowledge the workbook ships with, distilled from the
//! source documents in `shared/sources/` (cited as ids `"000"`..`"004"`):
//!
//! - [`anchors`]: what 1, 3 and 5 mean on every [`RatingAxis`](super::rating::RatingAxis);
//! - [`patterns`]: leak-scenario patterns (the police's three and the METI cases,
//!   plus the process cases of source 004);
//! - [`countermeasures`]: the countermeasure library, each with category, phase
//!   and the pattern groups it addresses;
//! - [`actors`]: typical threat-actor templates, at least one per
//!   [`ActorKind`](super::kinds::ActorKind).
//!
//! Creating a record from a catalogue entry pre-fills it and the record keeps
//! the entry's id. **Ids are a data contract** (they appear in storage and CSV
//! exports): they never change and are never reused. Texts may be improved;
//! any change to the catalogues bumps [`CATALOG_VERSION`]. See
//! `docs/catalogues.md`.

pub mod actors;
pub mod anchors;
pub mod countermeasures;
pub mod patterns;

pub use actors::{ActorTemplate, ACTORS};
pub use countermeasures::{CountermeasureTemplate, COUNTERMEASURES};
pub use patterns::{ScenarioPattern, PATTERNS};

use super::kinds::{ActorKind, PatternGroup};
use super::text::Text;

/// Version of the built-in catalogues. Bumped on any change to an entry
/// (added entry, improved text, changed default); ids never change.
pub const CATALOG_VERSION: u32 = 1;

/// One of the source documents the catalogues are distilled from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceRef {
    /// 000: explainer of the government's 2024 measures against AI-technology leakage.
    GovAiMeasures,
    /// 001: the police's outreach material on technology leakage.
    PoliceOutreach,
    /// 002: the Technology Security Study Group's 2018 proposals.
    TechSecurityProposals,
    /// 003: explainer of METI's Technology Leakage Countermeasure Guidance, 1st ed.
    MetiGuidance,
    /// 004: article on the overall process of technology-leakage countermeasures.
    ProcessOverview,
}

impl SourceRef {
    /// Every source, in id order.
    pub const ALL: [SourceRef; 5] = [
        SourceRef::GovAiMeasures,
        SourceRef::PoliceOutreach,
        SourceRef::TechSecurityProposals,
        SourceRef::MetiGuidance,
        SourceRef::ProcessOverview,
    ];

    /// The source id, `"000"`..`"004"` (the file-name prefix in `shared/sources/`).
    pub fn id(self) -> &'static str {
        match self {
            SourceRef::GovAiMeasures => "000",
            SourceRef::PoliceOutreach => "001",
            SourceRef::TechSecurityProposals => "002",
            SourceRef::MetiGuidance => "003",
            SourceRef::ProcessOverview => "004",
        }
    }

    /// Parses a source id.
    pub fn from_id(id: &str) -> Option<SourceRef> {
        SourceRef::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Title of the source document, with its publisher and date where known.
    pub fn title(self) -> Text {
        match self {
            SourceRef::GovAiMeasures => Text::new(
                "解説記事：AI関連技術の流出防止に向けた政府の新たな対策（2024年6月発表、Reinforz Insight）",
                "Explainer: the government's new measures against AI-technology leakage (announced June 2024; Reinforz Insight)",
            ),
            SourceRef::PoliceOutreach => Text::new(
                "警察「技術流出の防止」アウトリーチ資料（情勢・事例・対策）",
                "Police outreach on preventing technology leakage (situation, cases, countermeasures)",
            ),
            SourceRef::TechSecurityProposals => Text::new(
                "技術安全保障研究会「諸外国並みの技術安全保障体制の構築を～技術保護とサイバーセキュリティが急務～」（2018年10月）",
                "Technology Security Study Group: 'Build a technology-security regime on a par with other countries — technology protection and cybersecurity are urgent' (October 2018)",
            ),
            SourceRef::MetiGuidance => Text::new(
                "経産省「技術流出対策ガイダンス第1版」（2025年5月）の解説（FinalCode ブログ、2025年6月）",
                "Explainer of METI's Technology Leakage Countermeasure Guidance, 1st ed. (May 2025) (FinalCode blog, June 2025)",
            ),
            SourceRef::ProcessOverview => Text::new(
                "稲村悠「経済安全保障における技術流出対策とは －対策の全体像－（第2回）」",
                "Yu Inamura: 'Technology-leakage countermeasures in economic security — the overall picture (part 2)'",
            ),
        }
    }
}

/// The scenario pattern with this id.
pub fn pattern(id: &str) -> Option<&'static ScenarioPattern> {
    PATTERNS.iter().find(|p| p.id == id)
}

/// The countermeasure template with this id.
pub fn countermeasure(id: &str) -> Option<&'static CountermeasureTemplate> {
    COUNTERMEASURES.iter().find(|c| c.id == id)
}

/// The threat-actor template with this id.
pub fn actor(id: &str) -> Option<&'static ActorTemplate> {
    ACTORS.iter().find(|a| a.id == id)
}

/// Scenario patterns in a pattern group, in catalogue order.
pub fn patterns_in(group: PatternGroup) -> impl Iterator<Item = &'static ScenarioPattern> {
    PATTERNS.iter().filter(move |p| p.group == group)
}

/// Countermeasures that address a pattern group, in catalogue order.
pub fn countermeasures_for(
    group: PatternGroup,
) -> impl Iterator<Item = &'static CountermeasureTemplate> {
    COUNTERMEASURES
        .iter()
        .filter(move |c| c.groups.contains(&group))
}

/// The countermeasures a pattern suggests, resolved, in the pattern's order.
pub fn suggested_for(
    pattern: &'static ScenarioPattern,
) -> impl Iterator<Item = &'static CountermeasureTemplate> {
    pattern
        .suggested_countermeasures
        .iter()
        .filter_map(|id| countermeasure(id))
}

/// Actor templates of a kind, in catalogue order.
pub fn actors_of(kind: ActorKind) -> impl Iterator<Item = &'static ActorTemplate> {
    ACTORS.iter().filter(move |a| a.kind == kind)
}

/// The title (or name) of any catalogue entry by id, whichever catalogue it is
/// in; for grouping exports and reports by catalogue id.
pub fn entry_title(id: &str) -> Option<Text> {
    pattern(id)
        .map(|p| p.title)
        .or_else(|| countermeasure(id).map(|c| c.title))
        .or_else(|| actor(id).map(|a| a.name))
}

/// Helpers shared by the catalogue tests.
#[cfg(test)]
pub(crate) mod checks {
    use super::Text;
    use std::collections::HashSet;

    /// A catalogue id: starts with `prefix`, then lowercase ASCII letters,
    /// digits and single underscores, not ending in `_`.
    pub fn assert_id(id: &str, prefix: &str) {
        assert!(id.starts_with(prefix), "{id} lacks prefix {prefix}");
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
            "{id} is not snake_case ASCII"
        );
        assert!(
            !id.contains("__") && !id.ends_with('_') && id.len() > prefix.len(),
            "{id} is malformed"
        );
    }

    /// Ids are pairwise distinct.
    pub fn assert_unique<'a>(ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for id in ids {
            assert!(seen.insert(id), "duplicate id {id}");
        }
    }

    fn has_japanese(s: &str) -> bool {
        s.chars().any(|c| {
            matches!(c,
                '\u{3040}'..='\u{309F}' // hiragana
                | '\u{30A0}'..='\u{30FF}' // katakana
                | '\u{4E00}'..='\u{9FFF}' // CJK ideographs
            )
        })
    }

    /// Both languages present, Japanese really Japanese, English free of it,
    /// no stray whitespace.
    pub fn assert_bilingual(t: Text, what: &str) {
        assert!(!t.ja.trim().is_empty(), "{what}: empty Japanese");
        assert!(!t.en.trim().is_empty(), "{what}: empty English");
        assert!(has_japanese(t.ja), "{what}: Japanese text has no Japanese");
        assert!(
            !has_japanese(t.en),
            "{what}: English text contains Japanese"
        );
        assert_eq!(t.ja.trim(), t.ja, "{what}: Japanese has stray whitespace");
        assert_eq!(t.en.trim(), t.en, "{what}: English has stray whitespace");
    }
}

#[cfg(test)]
mod tests {
    use super::checks::*;
    use super::*;

    #[test]
    fn sources_have_ids_000_to_004_and_bilingual_titles() {
        let ids: Vec<_> = SourceRef::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(ids, ["000", "001", "002", "003", "004"]);
        for s in SourceRef::ALL {
            assert_eq!(SourceRef::from_id(s.id()), Some(s));
            assert_bilingual(s.title(), s.id());
        }
        assert_eq!(SourceRef::from_id("005"), None);
    }

    #[test]
    fn ids_are_unique_across_all_catalogues() {
        assert_unique(
            PATTERNS
                .iter()
                .map(|p| p.id)
                .chain(COUNTERMEASURES.iter().map(|c| c.id))
                .chain(ACTORS.iter().map(|a| a.id)),
        );
    }

    #[test]
    fn lookups_find_entries_and_reject_unknown_ids() {
        for p in PATTERNS {
            assert_eq!(pattern(p.id).map(|x| x.id), Some(p.id));
            assert_eq!(entry_title(p.id), Some(p.title));
        }
        for c in COUNTERMEASURES {
            assert_eq!(countermeasure(c.id).map(|x| x.id), Some(c.id));
            assert_eq!(entry_title(c.id), Some(c.title));
        }
        for a in ACTORS {
            assert_eq!(actor(a.id).map(|x| x.id), Some(a.id));
            assert_eq!(entry_title(a.id), Some(a.name));
        }
        assert!(pattern("pat_no_such").is_none());
        assert!(countermeasure("").is_none());
        assert!(actor("act_no_such").is_none());
        assert!(entry_title("nothing").is_none());
    }

    #[test]
    fn filters_cover_every_group_and_kind() {
        for &g in PatternGroup::ALL {
            assert!(patterns_in(g).count() > 0, "no pattern in {g:?}");
            assert!(
                countermeasures_for(g).count() > 0,
                "no countermeasure for {g:?}"
            );
        }
        for &k in ActorKind::ALL {
            assert!(actors_of(k).count() > 0, "no actor template of {k:?}");
        }
    }

    #[test]
    fn suggested_countermeasures_resolve_completely() {
        for p in PATTERNS {
            assert_eq!(suggested_for(p).count(), p.suggested_countermeasures.len());
        }
    }

    /// The generated tables of `docs/catalogues.md` (English columns).
    fn markdown_tables() -> String {
        use std::fmt::Write as _;
        let mut s = String::new();
        let codes =
            |gs: &[PatternGroup]| gs.iter().map(|g| g.code()).collect::<Vec<_>>().join(", ");
        let _ = writeln!(s, "### Sources\n\n| id | title |\n|---|---|");
        for src in SourceRef::ALL {
            let _ = writeln!(s, "| {} | {} |", src.id(), src.title().en);
        }
        let _ = writeln!(
            s,
            "\n### Scenario patterns ({})\n\n| id | group | origin | legality | typical actor | title | source |\n|---|---|---|---|---|---|---|",
            PATTERNS.len()
        );
        for p in PATTERNS {
            let _ = writeln!(
                s,
                "| `{}` | {} | {} | {} | {} | {} | {} |",
                p.id,
                p.group.code(),
                p.origin.code(),
                p.legality.code(),
                p.typical_actor.code(),
                p.title.en,
                p.source.id()
            );
        }
        let _ = writeln!(
            s,
            "\n### Countermeasures ({})\n\n| id | category | phase | groups | title | source |\n|---|---|---|---|---|---|",
            COUNTERMEASURES.len()
        );
        for c in COUNTERMEASURES {
            let _ = writeln!(
                s,
                "| `{}` | {} | {} | {} | {} | {} |",
                c.id,
                c.category.code(),
                c.phase.code(),
                codes(c.groups),
                c.title.en,
                c.source.id()
            );
        }
        let _ = writeln!(
            s,
            "\n### Threat actors ({})\n\n| id | kind | default capability | name |\n|---|---|---|---|",
            ACTORS.len()
        );
        for a in ACTORS {
            let _ = writeln!(
                s,
                "| `{}` | {} | {} | {} |",
                a.id,
                a.kind.code(),
                a.default_capability,
                a.name.en
            );
        }
        let _ = writeln!(
            s,
            "\n### Rating anchors\n\n| axis | 1 | 3 | 5 |\n|---|---|---|---|"
        );
        for axis in super::super::rating::RatingAxis::ALL {
            let [one, three, five] = anchors::axis_anchors(axis);
            let _ = writeln!(
                s,
                "| `{}` | {} | {} | {} |",
                axis.code(),
                one.en,
                three.en,
                five.en
            );
        }
        s
    }

    /// `docs/catalogues.md` lists every entry exactly as the catalogues hold
    /// them. To regenerate: `cargo test print_catalogue_tables -- --ignored --nocapture`.
    #[test]
    fn docs_list_every_entry() {
        let doc = include_str!("../../../docs/catalogues.md");
        assert!(
            doc.contains(&markdown_tables()),
            "docs/catalogues.md is out of date with the catalogues"
        );
        assert!(doc.contains(&format!("CATALOG_VERSION = {CATALOG_VERSION}")));
    }

    #[test]
    #[ignore = "prints the tables for docs/catalogues.md"]
    fn print_catalogue_tables() {
        println!("{}", markdown_tables());
    }

    #[test]
    fn police_cyber_pattern_suggests_cyber_countermeasures() {
        let p = pattern("pat_police_cyber").expect("police cyber pattern exists");
        assert!(suggested_for(p).all(|c| c.groups.contains(&PatternGroup::Cyber)));
    }
}
