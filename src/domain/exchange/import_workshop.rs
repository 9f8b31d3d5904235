//! The build phase of the workshop tables (format 5): sessions, then their
//! participants, items (with outcomes), passes and ratings. A row naming a
//! session, participant or item that was not accepted is skipped with a
//! problem, like any dangling reference; what remains is a consistent
//! session (the same checks as `storage::workshop_dto`). Files of formats
//! 1–4 have none of these tables: the workbook gets no sessions.

use std::collections::{HashMap, HashSet};

use uuid::Uuid;

use super::{Builder, Row};
use crate::domain::error::{EntityKind, Field, ValidationError};
use crate::domain::exchange::problem::ProblemKind;
use crate::domain::exchange::schema::Table;
use crate::domain::ids::{ParticipantId, SessionId};
use crate::domain::model::Workbook;
use crate::domain::workshop::{
    axis_from_code, AgreementRule, ItemKey, Outcome, OutcomeMethod, Participant, Pass,
    RatingSession, SessionItem, TargetKind, Vote,
};

/// The item key of a row (`record_id` + `axis`), or a problem.
fn key(row: &mut Row<'_>) -> Option<ItemKey> {
    let record: Option<Uuid> = row.id("record_id");
    let raw = row.raw("axis").trim();
    let axis = axis_from_code(raw).filter(|a| TargetKind::of(*a).is_some());
    if axis.is_none() {
        row.problem(
            "axis",
            ProblemKind::UnknownCode {
                kind: "rating_axis",
                value: raw.to_owned(),
            },
        );
    }
    Some(ItemKey {
        record: record?,
        axis: axis?,
    })
}

/// A session the row belongs to, which must have been accepted.
fn session_of(row: &mut Row<'_>, index: &HashMap<SessionId, usize>) -> Option<usize> {
    let id: SessionId = row.id("session_id")?;
    match index.get(&id) {
        Some(&i) => Some(i),
        None => {
            row.problem(
                "session_id",
                ProblemKind::Dangling {
                    target: EntityKind::Workshop,
                    id: id.to_string(),
                },
            );
            None
        }
    }
}

impl Builder<'_> {
    pub(super) fn workshops(&mut self, wb: &mut Workbook) {
        let mut sessions: Vec<RatingSession> = Vec::new();
        let mut seen = HashSet::new();
        self.each(Table::Workshops, |row| {
            let id: Option<SessionId> = row.id("session_id");
            let title = row.text("title");
            let created = row.datetime("created_at");
            if created.is_none() && row.ok() {
                row.problem(
                    "created_at",
                    ProblemKind::BadDateTime {
                        value: String::new(),
                    },
                );
            }
            let spread = row.count("rule_spread");
            if spread.is_some_and(|s| s > u32::from(AgreementRule::MAX_SPREAD)) {
                let v = row.raw("rule_spread").to_owned();
                row.problem("rule_spread", ProblemKind::BadNumber { value: v });
            }
            if title.trim().is_empty() {
                let id = row.raw("session_id").to_owned();
                row.problem(
                    "title",
                    ProblemKind::Invalid(ValidationError::Required {
                        entity: EntityKind::Workshop,
                        id,
                        field: Field::Title,
                    }),
                );
            }
            if let Some(id) = id {
                if seen.contains(&id) {
                    row.duplicate("session_id", id.to_string());
                }
            }
            let (Some(id), Some(created), true) = (id, created, row.ok()) else {
                return false;
            };
            seen.insert(id);
            let mut s = RatingSession::new(
                id,
                title,
                row.text("facilitator"),
                AgreementRule {
                    spread: spread.map_or(AgreementRule::default().spread, |s| s as u8),
                },
                created,
            );
            s.passes.clear();
            sessions.push(s);
            true
        });
        let index: HashMap<SessionId, usize> = sessions
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id, i))
            .collect();

        self.each(Table::WorkshopParticipants, |row| {
            let si = session_of(row, &index);
            let id: Option<ParticipantId> = row.id("participant_id");
            let pseudonym = row.text("pseudonym");
            if pseudonym.trim().is_empty() {
                let id = row.raw("participant_id").to_owned();
                row.problem(
                    "pseudonym",
                    ProblemKind::Invalid(ValidationError::Required {
                        entity: EntityKind::Participant,
                        id,
                        field: Field::Name,
                    }),
                );
            }
            let (Some(si), Some(id), true) = (si, id, row.ok()) else {
                return false;
            };
            let s = &mut sessions[si];
            if s.participant(id).is_some() {
                row.duplicate("participant_id", id.to_string());
                return false;
            }
            s.participants.push(Participant {
                id,
                pseudonym,
                name: row.text("name"),
            });
            true
        });

        self.each(Table::WorkshopItems, |row| {
            let si = session_of(row, &index);
            let k = key(row);
            let value = row.rating("outcome_value");
            let method: Option<OutcomeMethod> = row.opt_code("outcome_method");
            let previous = row.rating("outcome_previous");
            let pass = row.count("outcome_pass");
            let decided = row.datetime("outcome_decided_at");
            let (Some(si), Some(k), true) = (si, k, row.ok()) else {
                return false;
            };
            let outcome = match (value, method, pass, decided) {
                (Some(value), Some(method), Some(pass), Some(decided_at)) => Some(Outcome {
                    value,
                    method,
                    rationale: row.text("outcome_rationale"),
                    dissent: row.text("outcome_dissent"),
                    previous,
                    pass,
                    decided_at,
                }),
                _ => None,
            };
            let s = &mut sessions[si];
            if s.item(k).is_some() {
                row.duplicate("record_id", k.record.to_string());
                return false;
            }
            s.items.push(SessionItem { key: k, outcome });
            true
        });

        self.each(Table::WorkshopPasses, |row| {
            let si = session_of(row, &index);
            let number = row.count("pass");
            let revealed_at = row.datetime("revealed_at");
            let (Some(si), Some(number), true) = (si, number, row.ok()) else {
                return false;
            };
            let s = &mut sessions[si];
            // Passes are numbered 1, 2, … and only the last may be open.
            let expected = s.passes.len() as u32 + 1;
            let earlier_open = s.passes.last().is_some_and(|p| p.revealed_at.is_none());
            if number != expected || earlier_open {
                let v = row.raw("pass").to_owned();
                row.problem("pass", ProblemKind::BadNumber { value: v });
                return false;
            }
            s.passes.push(Pass {
                number,
                revealed_at,
                votes: Vec::new(),
            });
            true
        });

        self.each(Table::WorkshopRatings, |row| {
            let si = session_of(row, &index);
            let number = row.count("pass");
            let participant: Option<ParticipantId> = row.id("participant_id");
            let k = key(row);
            let value = row.rating("value");
            let (Some(si), Some(number), Some(participant), Some(k), true) =
                (si, number, participant, k, row.ok())
            else {
                return false;
            };
            let s = &mut sessions[si];
            if s.participant(participant).is_none() {
                row.problem(
                    "participant_id",
                    ProblemKind::Dangling {
                        target: EntityKind::Participant,
                        id: participant.to_string(),
                    },
                );
                return false;
            }
            if s.item(k).is_none() {
                row.problem(
                    "record_id",
                    ProblemKind::Dangling {
                        target: EntityKind::Workshop,
                        id: k.record.to_string(),
                    },
                );
                return false;
            }
            let reason = row.text("reason");
            let Some(p) = s.passes.iter_mut().find(|p| p.number == number) else {
                let v = row.raw("pass").to_owned();
                row.problem("pass", ProblemKind::BadNumber { value: v });
                return false;
            };
            p.votes.push(Vote {
                participant,
                item: k,
                value,
                reason,
            });
            true
        });

        for s in &mut sessions {
            if s.passes.is_empty() {
                s.passes.push(Pass {
                    number: 1,
                    revealed_at: None,
                    votes: Vec::new(),
                });
            }
        }
        wb.workshops = sessions;
    }
}
