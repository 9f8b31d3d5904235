//! The people phase of the import (format 5): `people.csv`, then
//! `access.csv`; for older sets without `people.csv`, each technology's
//! `key_persons` cell instead (one person per distinct name, linked as key
//! person, ids derived from the names so importing twice gives the same ids).

use std::collections::{HashMap, HashSet};

use super::{Builder, Field, Subject, Table};
use crate::domain::error::EntityKind;
use crate::domain::ids::{derived_uuid, AccessId, PersonId, TechnologyId};
use crate::domain::kinds::{PersonRole, SpecifiedCategory};
use crate::domain::model::{AccessLink, Person, Workbook};
use uuid::Uuid;

impl Builder<'_> {
    pub(super) fn people(&mut self, wb: &mut Workbook) {
        if self.tables.iter().any(|t| t.table == Table::People) {
            self.people_table(wb);
            self.access_table(wb);
        } else {
            self.key_persons_cells(wb);
        }
    }

    fn people_table(&mut self, wb: &mut Workbook) {
        let mut ids = HashSet::new();
        let mut people = Vec::new();
        self.each(Table::People, |row| {
            let id: Option<PersonId> = row.id("person_id");
            let s = Subject::new(EntityKind::Person, row.raw("person_id"));
            let name = row.text("name");
            row.check("name", s.name(Field::Name, &name));
            let mut p = Person::new(id.unwrap_or(PersonId::new(Uuid::nil())), name.trim());
            p.role = row
                .code("role", Some(PersonRole::Other))
                .unwrap_or(PersonRole::Other);
            p.residency = row.opt_code("residency");
            p.declaration = row
                .code("declaration", Some(SpecifiedCategory::NotSubmitted))
                .unwrap_or(SpecifiedCategory::NotSubmitted);
            p.declared_on = row.date("declared_on");
            p.pledge_signed = row.boolean("pledge_signed").unwrap_or(false);
            p.pledge_on = row.date("pledge_on");
            p.disclosed_on = row.date("disclosed_on");
            p.notes = row.text("notes");
            row.check("notes", s.text(Field::Notes, &p.notes));
            if let Some(id) = id {
                if ids.contains(&id) {
                    row.duplicate("person_id", id.to_string());
                }
            }
            if id.is_none() || !row.ok() {
                return false;
            }
            ids.insert(p.id);
            people.push(p);
            true
        });
        wb.people = people;
    }

    fn access_table(&mut self, wb: &mut Workbook) {
        let people: HashSet<PersonId> = wb.people.iter().map(|p| p.id).collect();
        let techs: HashSet<TechnologyId> = wb.technologies.iter().map(|t| t.id).collect();
        let mut ids = HashSet::new();
        let mut pairs = HashSet::new();
        let mut links = Vec::new();
        self.each(Table::Access, |row| {
            let id: Option<AccessId> = row.id("access_id");
            let p: Option<PersonId> = row.id("person_id");
            let t: Option<TechnologyId> = row.id("technology_id");
            row.must_exist("person_id", EntityKind::Person, p.as_ref(), &people);
            row.must_exist("technology_id", EntityKind::Technology, t.as_ref(), &techs);
            let key_person = row.boolean("key_person").unwrap_or(false);
            if let Some(id) = id {
                if ids.contains(&id) {
                    row.duplicate("access_id", id.to_string());
                }
            }
            let (Some(id), Some(p), Some(t)) = (id, p, t) else {
                return false;
            };
            if pairs.contains(&(p, t)) {
                row.duplicate("technology_id", t.to_string());
            }
            if !row.ok() {
                return false;
            }
            ids.insert(id);
            pairs.insert((p, t));
            links.push(AccessLink {
                id,
                person_id: p,
                technology_id: t,
                key_person,
            });
            true
        });
        wb.access = links;
    }

    /// Sets from format 4 and before: key persons were names in a cell.
    fn key_persons_cells(&mut self, wb: &mut Workbook) {
        let known: HashSet<TechnologyId> = wb.technologies.iter().map(|t| t.id).collect();
        let wid = wb.id.to_string();
        let mut by_name: HashMap<String, PersonId> = HashMap::new();
        let tables = self.tables;
        for t in tables.iter().filter(|t| t.table == Table::Technologies) {
            for r in t.rows.iter().filter(|r| self.belongs(t, r)) {
                let Ok(tech) = t.cell(r, "technology_id").trim().parse::<TechnologyId>() else {
                    continue;
                };
                if !known.contains(&tech) {
                    continue;
                }
                for name in super::cell::list_in(t.cell(r, "key_persons")) {
                    let pid = *by_name.entry(name.clone()).or_insert_with(|| {
                        let id = PersonId::new(derived_uuid(&["person", &wid, &name]));
                        wb.people.push(Person::new(id, name.clone()));
                        id
                    });
                    if wb
                        .access
                        .iter()
                        .any(|a| a.person_id == pid && a.technology_id == tech)
                    {
                        continue;
                    }
                    let tid = tech.to_string();
                    wb.access.push(AccessLink {
                        id: AccessId::new(derived_uuid(&["access", &tid, &pid.to_string()])),
                        person_id: pid,
                        technology_id: tech,
                        key_person: true,
                    });
                }
            }
        }
    }
}
