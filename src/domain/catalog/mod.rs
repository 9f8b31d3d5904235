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
pub mod source;

pub use actors::{ActorTemplate, ACTORS};
pub use countermeasures::{CountermeasureTemplate, COUNTERMEASURES};
pub use patterns::{ScenarioPattern, PATTERNS};
pub use source::{Source, SourceKind, SourceRef};

use super::kinds::{ActorKind, CaseGroup, CyberStep, PatternGroup};
use super::text::{Lang, Text};

/// Version of the built-in catalogues. Bumped on any change to an entry
/// (added entry, improved text, changed default); ids never change.
pub const CATALOG_VERSION: u32 = 3;

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

/// The source of any catalogue entry by id (pattern, countermeasure or actor
/// template): how a record created from the catalogue shows where it comes
/// from, derived from its stored catalogue id, never stored itself.
pub fn source_of(id: &str) -> Option<Source> {
    pattern(id)
        .map(|p| p.source)
        .or_else(|| countermeasure(id).map(|c| c.source))
        .or_else(|| actor(id).map(|a| a.source))
}

/// The source of a record's catalogue entry, if it came from one:
/// `source_of` over an optional stored id (empty or unknown ids give none).
pub fn source_of_record(catalog_id: Option<&str>) -> Option<Source> {
    catalog_id.and_then(source_of)
}

/// A list filter by the police's cyber step (001 §4) and METI's case group
/// (003 §2): `None` keeps everything. Used by the catalogue pickers and by
/// the lists of records made from the catalogue (a record is kept when the
/// entry it was made from matches; records made from scratch only when no
/// filter is set).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EntryFilter {
    pub step: Option<CyberStep>,
    pub case: Option<CaseGroup>,
}

impl EntryFilter {
    /// No filter set.
    pub fn is_any(self) -> bool {
        self.step.is_none() && self.case.is_none()
    }

    /// Keeps a countermeasure template.
    pub fn keeps_countermeasure(self, t: &CountermeasureTemplate) -> bool {
        self.step.is_none_or(|s| t.cyber_step == Some(s))
            && self.case.is_none_or(|c| t.case_group == Some(c))
    }

    /// Keeps a pattern. Patterns have no cyber step: a step filter keeps
    /// none of them.
    pub fn keeps_pattern(self, p: &ScenarioPattern) -> bool {
        self.step.is_none() && self.case.is_none_or(|c| p.case_group == Some(c))
    }

    /// Keeps a countermeasure record by its catalogue id.
    pub fn keeps_countermeasure_record(self, catalog_id: Option<&str>) -> bool {
        self.is_any()
            || catalog_id
                .and_then(countermeasure)
                .is_some_and(|t| self.keeps_countermeasure(t))
    }

    /// Keeps a scenario record by its pattern id.
    pub fn keeps_scenario_record(self, pattern_id: Option<&str>) -> bool {
        self.is_any()
            || pattern_id
                .and_then(pattern)
                .is_some_and(|p| self.keeps_pattern(p))
    }
}

/// How a record names the catalogue entry it was made from: the entry's
/// title and its source, e.g. `研究協力を装った技術取得（出典：004 §4）` /
/// `Research collaboration used as cover (Source: 004 §4)`. Never the
/// internal id: an id no entry has gives `None` (the UI says so in words).
pub fn entry_label(id: &str, lang: Lang) -> Option<String> {
    let (title, source) = (entry_title(id)?, source_of(id)?);
    Some(match lang {
        Lang::Ja => format!("{}（{}）", title.ja, source.label(lang)),
        Lang::En => format!("{} ({})", title.en, source.label(lang)),
    })
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
        assert_eq!(
            ids,
            ["000", "001", "002", "003", "004", "R01", "R02", "R03", "R04"]
        );
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
        let opt = |c: Option<&'static str>| c.unwrap_or("");
        let _ = writeln!(
            s,
            "\n### Scenario patterns ({})\n\n| id | group | case group | origin | legality | typical actor | title | source |\n|---|---|---|---|---|---|---|---|",
            PATTERNS.len()
        );
        for p in PATTERNS {
            let _ = writeln!(
                s,
                "| `{}` | {} | {} | {} | {} | {} | {} | {} |",
                p.id,
                p.group.code(),
                opt(p.case_group.map(CaseGroup::code)),
                p.origin.code(),
                p.legality.code(),
                p.typical_actor.code(),
                p.title.en,
                p.source.cite()
            );
        }
        let _ = writeln!(
            s,
            "\n### Countermeasures ({})\n\n| id | category | phase | groups | cyber step | case group | title | source |\n|---|---|---|---|---|---|---|---|",
            COUNTERMEASURES.len()
        );
        for c in COUNTERMEASURES {
            let _ = writeln!(
                s,
                "| `{}` | {} | {} | {} | {} | {} | {} | {} |",
                c.id,
                c.category.code(),
                c.phase.code(),
                codes(c.groups),
                opt(c.cyber_step.map(CyberStep::code)),
                opt(c.case_group.map(CaseGroup::code)),
                c.title.en,
                c.source.cite()
            );
        }
        let _ = writeln!(
            s,
            "\n### Threat actors ({})\n\n| id | kind | default capability | name | source |\n|---|---|---|---|---|",
            ACTORS.len()
        );
        for a in ACTORS {
            let _ = writeln!(
                s,
                "| `{}` | {} | {} | {} | {} |",
                a.id,
                a.kind.code(),
                a.default_capability,
                a.name.en,
                a.source.cite()
            );
        }
        let _ = writeln!(
            s,
            "\n### Rating anchors\n\n| axis | 1 | 3 | 5 | source |\n|---|---|---|---|---|"
        );
        for axis in super::super::rating::RatingAxis::ALL {
            let [one, three, five] = anchors::axis_anchors(axis);
            let _ = writeln!(
                s,
                "| `{}` | {} | {} | {} | {} |",
                axis.code(),
                one.en,
                three.en,
                five.en,
                anchors::axis_source(axis).cite()
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
    fn every_entry_cites_a_located_source_and_records_find_it_by_id() {
        let located = |src: Source, what: &str| {
            assert!(src.locator.starts_with('§'), "{what}: {:?}", src.locator);
            assert!(
                src.locator.chars().all(|c| c == '§' || c.is_ascii()),
                "{what}"
            );
            assert_ne!(
                src.doc,
                SourceRef::TechSecurityProposals,
                "{what}: 002 is cited by no entry"
            );
        };
        for p in PATTERNS {
            located(p.source, p.id);
            assert_eq!(source_of(p.id), Some(p.source));
        }
        for c in COUNTERMEASURES {
            located(c.source, c.id);
            assert_eq!(source_of(c.id), Some(c.source));
        }
        for a in ACTORS {
            located(a.source, a.id);
            assert_eq!(source_of_record(Some(a.id)), Some(a.source));
        }
        for axis in super::super::rating::RatingAxis::ALL {
            assert_eq!(anchors::axis_source(axis).kind, SourceKind::DerivedFrom);
        }
        assert_eq!(source_of_record(None), None);
        assert_eq!(source_of_record(Some("")), None);
        assert_eq!(source_of_record(Some("pat_no_such")), None);
    }

    /// Regressions of the source audit (issue #12 §3).
    #[test]
    fn the_audited_entries_say_what_their_sources_say() {
        let p = |id| pattern(id).expect(id);
        // Generative-AI input is a person's mistake, not a cyber attack.
        assert_ne!(p("pat_genai_input").group, PatternGroup::Cyber);
        // 003: 「転職先で不正に活用」: illegal, and any new employer.
        let local = p("pat_meti_local_staff_new_employer");
        assert_eq!(local.legality, super::super::kinds::Legality::Illegal);
        assert!(!local.narrative.ja.contains("競合"));
        // 001 lists 合弁・買収・共同研究: no 出資.
        assert!(!p("pat_police_cover_activity").narrative.ja.contains("出資"));
        // 001 never mentions 外為法 or みなし輸出.
        for c in COUNTERMEASURES
            .iter()
            .filter(|c| c.source.doc == SourceRef::PoliceOutreach)
        {
            for word in ["外為法", "みなし輸出", "出資"] {
                assert!(!c.description.ja.contains(word), "{}: {word}", c.id);
            }
        }
        // 003 says 継続的に, not 毎年.
        let edu = countermeasure("cm_ppl_continuous_education").expect("education");
        assert!(!edu.description.ja.contains("毎年"));
        assert!(edu.description.ja.contains("継続的"));
        // A cyber-espionage group is no cyber criminal.
        let group = actor("act_cyber_espionage_group").expect("group");
        assert_ne!(group.kind, ActorKind::CyberCriminal);
    }

    /// Regression (issue #12 §3): a scenario showed
    /// "(pat_proc_research_collaboration_cover)" after its pattern.
    #[test]
    fn entry_labels_show_title_and_source_never_the_id() {
        let id = "pat_proc_research_collaboration_cover";
        assert_eq!(
            entry_label(id, Lang::Ja).as_deref(),
            Some("研究協力を装った技術取得（出典：004 §4）")
        );
        assert_eq!(
            entry_label(id, Lang::En).as_deref(),
            Some("Research collaboration used as cover (Source: 004 §4)")
        );
        assert_eq!(
            entry_label("cm_ppl_send_check", Lang::En).as_deref(),
            Some("Prevent mis-sending and wrong disclosure (Derived from 003 §2.3.2)")
        );
        for id in PATTERNS
            .iter()
            .map(|p| p.id)
            .chain(COUNTERMEASURES.iter().map(|c| c.id))
            .chain(ACTORS.iter().map(|a| a.id))
        {
            for lang in [Lang::Ja, Lang::En] {
                let label = entry_label(id, lang).expect("every entry has a label");
                assert!(!label.contains(id), "{label}");
            }
        }
        assert_eq!(entry_label("pat_from_a_newer_catalogue", Lang::Ja), None);
    }

    #[test]
    fn entry_filters_keep_what_they_name() {
        let any = EntryFilter::default();
        assert!(any.is_any());
        assert!(any.keeps_countermeasure_record(None));
        assert!(any.keeps_scenario_record(Some("pat_no_such")));
        let detect = EntryFilter {
            step: Some(CyberStep::Detect),
            case: None,
        };
        let kept: Vec<_> = COUNTERMEASURES
            .iter()
            .filter(|t| detect.keeps_countermeasure(t))
            .map(|t| t.id)
            .collect();
        assert_eq!(
            kept,
            [
                "cm_cyber_log_review",
                "cm_cyber_traffic_monitoring",
                "cm_cyber_access_control_review"
            ]
        );
        assert!(!detect.keeps_countermeasure_record(None));
        assert!(!detect.keeps_countermeasure_record(Some("cm_cyber_strong_auth")));
        assert!(detect.keeps_countermeasure_record(Some("cm_cyber_log_review")));
        assert!(!PATTERNS.iter().any(|p| detect.keeps_pattern(p)));
        let overseas = EntryFilter {
            step: None,
            case: Some(CaseGroup::Overseas),
        };
        assert!(overseas.keeps_scenario_record(Some("pat_meti_jv_executive")));
        assert!(!overseas.keeps_scenario_record(Some("pat_meti_mis_sent")));
        assert!(!overseas.keeps_scenario_record(None));
        assert_eq!(
            PATTERNS
                .iter()
                .filter(|p| overseas.keeps_pattern(p))
                .count(),
            PATTERNS
                .iter()
                .filter(|p| p.case_group == Some(CaseGroup::Overseas))
                .count()
        );
    }

    #[test]
    fn steps_and_case_groups_are_data_that_filters_use() {
        for step in CyberStep::ALL {
            let n = COUNTERMEASURES
                .iter()
                .filter(|c| c.cyber_step == Some(*step))
                .count();
            assert!(n >= 2, "{step:?}");
        }
        for case in CaseGroup::ALL {
            let patterns = PATTERNS
                .iter()
                .filter(|p| p.case_group == Some(*case))
                .count();
            let measures = COUNTERMEASURES
                .iter()
                .filter(|c| c.case_group == Some(*case))
                .count();
            assert!(patterns >= 3 && measures >= 3, "{case:?}");
        }
        // The cyber steps are the police's (001), the case groups METI's (003).
        for c in COUNTERMEASURES {
            if c.cyber_step.is_some() {
                assert_eq!(c.source.doc, SourceRef::PoliceOutreach, "{}", c.id);
            }
            if c.case_group.is_some() {
                assert_eq!(c.source.doc, SourceRef::MetiGuidance, "{}", c.id);
            }
        }
        for p in PATTERNS {
            assert_eq!(
                p.case_group.is_some(),
                p.source.doc == SourceRef::MetiGuidance,
                "{}",
                p.id
            );
        }
    }

    #[test]
    fn police_cyber_pattern_suggests_cyber_countermeasures() {
        let p = pattern("pat_police_cyber").expect("police cyber pattern exists");
        assert!(suggested_for(p).all(|c| c.groups.contains(&PatternGroup::Cyber)));
    }
}
