//! Records pre-filled from built-in catalogue entries, in the chosen language.
//!
//! The record keeps the entry's id (`pattern_id` / `catalog_id`) so exports
//! can be grouped by it; every text is then the user's to edit. Ratings that
//! depend on the organisation (feasibility, impact …) are left not rated: a
//! catalogue cannot know them.

use super::catalog::{self, ActorTemplate, CountermeasureTemplate, ScenarioPattern};
use super::ids::{ActorId, CountermeasureId, ScenarioId, TechnologyId};
use super::model::{Countermeasure, LeakScenario, ThreatActor};
use super::text::Lang;

impl LeakScenario {
    /// A scenario for `technology` written from a pattern: title, narrative,
    /// group, origin and legality come from the pattern.
    pub fn from_pattern(
        id: ScenarioId,
        technology: TechnologyId,
        p: &ScenarioPattern,
        lang: Lang,
    ) -> Self {
        let mut s = LeakScenario::new(id, technology, p.title.get(lang));
        s.narrative = p.narrative.get(lang).to_owned();
        s.pattern_id = Some(p.id.to_owned());
        s.group = Some(p.group);
        s.origin = Some(p.origin);
        s.legality = Some(p.legality);
        s
    }

    /// As [`LeakScenario::from_pattern`], by pattern id; `None` if unknown.
    pub fn from_pattern_id(
        id: ScenarioId,
        technology: TechnologyId,
        pattern_id: &str,
        lang: Lang,
    ) -> Option<Self> {
        catalog::pattern(pattern_id).map(|p| Self::from_pattern(id, technology, p, lang))
    }
}

impl Countermeasure {
    /// A countermeasure written from a template: title, description, category
    /// and phase come from the template; status starts at "not started".
    pub fn from_template(id: CountermeasureId, t: &CountermeasureTemplate, lang: Lang) -> Self {
        let mut m = Countermeasure::new(id, t.title.get(lang), t.category);
        m.description = t.description.get(lang).to_owned();
        m.phase = t.phase;
        m.catalog_id = Some(t.id.to_owned());
        m
    }

    /// As [`Countermeasure::from_template`], by template id; `None` if unknown.
    pub fn from_template_id(id: CountermeasureId, template_id: &str, lang: Lang) -> Option<Self> {
        catalog::countermeasure(template_id).map(|t| Self::from_template(id, t, lang))
    }
}

impl ThreatActor {
    /// A threat actor written from a template: name, kind, motive, methods and
    /// default capability come from the template.
    pub fn from_template(id: ActorId, t: &ActorTemplate, lang: Lang) -> Self {
        let mut a = ThreatActor::new(id, t.name.get(lang), t.kind);
        a.motive = t.motive.get(lang).to_owned();
        a.methods = t.methods.get(lang).to_owned();
        a.default_capability = Some(t.default_capability);
        a.catalog_id = Some(t.id.to_owned());
        a
    }

    /// As [`ThreatActor::from_template`], by template id; `None` if unknown.
    pub fn from_template_id(id: ActorId, template_id: &str, lang: Lang) -> Option<Self> {
        catalog::actor(template_id).map(|t| Self::from_template(id, t, lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::{ACTORS, COUNTERMEASURES, PATTERNS};
    use crate::domain::ids::{RoundId, WorkbookId};
    use crate::domain::kinds::TechCategory;
    use crate::domain::model::{Technology, Workbook};
    use time::OffsetDateTime;
    use uuid::Uuid;

    /// Every catalogue entry, in both languages, gives a record that passes
    /// validation and keeps its catalogue id.
    #[test]
    fn every_catalogue_entry_prefills_a_valid_record() {
        for lang in Lang::ALL {
            let mut n = 10u128;
            let mut next = || {
                n += 1;
                Uuid::from_u128(n)
            };
            let mut wb = Workbook::new(
                WorkbookId::new(next()),
                "w",
                RoundId::new(next()),
                OffsetDateTime::UNIX_EPOCH,
            );
            let tech = TechnologyId::new(next());
            wb.technologies
                .push(Technology::new(tech, "t", TechCategory::Other));
            for p in PATTERNS {
                let s = LeakScenario::from_pattern(ScenarioId::new(next()), tech, p, lang);
                assert_eq!(s.pattern_id.as_deref(), Some(p.id));
                assert_eq!(s.title, p.title.get(lang));
                wb.scenarios.push(s);
            }
            for t in COUNTERMEASURES {
                let m = Countermeasure::from_template(CountermeasureId::new(next()), t, lang);
                assert_eq!(m.catalog_id.as_deref(), Some(t.id));
                assert_eq!((m.category, m.phase), (t.category, t.phase));
                wb.countermeasures.push(m);
            }
            for t in ACTORS {
                let a = ThreatActor::from_template(ActorId::new(next()), t, lang);
                assert_eq!(a.catalog_id.as_deref(), Some(t.id));
                assert_eq!(a.default_capability, Some(t.default_capability));
                wb.actors.push(a);
            }
            assert_eq!(wb.validate(), vec![], "{lang:?}");
        }
    }

    #[test]
    fn unknown_ids_give_none() {
        let id = ScenarioId::new(Uuid::nil());
        let tech = TechnologyId::new(Uuid::nil());
        assert!(LeakScenario::from_pattern_id(id, tech, "pat_nope", Lang::En).is_none());
        assert!(LeakScenario::from_pattern_id(id, tech, "pat_police_cyber", Lang::En).is_some());
        assert!(Countermeasure::from_template_id(
            CountermeasureId::new(Uuid::nil()),
            "x",
            Lang::Ja
        )
        .is_none());
        assert!(ThreatActor::from_template_id(ActorId::new(Uuid::nil()), "x", Lang::Ja).is_none());
    }
}
