//! Data-transfer objects of workshop rating sessions (schema 4). Like
//! `dto.rs`, these structs are the stored format. Conversion back checks
//! what the types cannot: every vote names a participant and an item of its
//! session, passes are numbered 1, 2, … and only the last may be open.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::dto::{format_datetime, parse_datetime, BadValue};
use crate::domain::ids::{ParticipantId, SessionId};
use crate::domain::rating::Rating;
use crate::domain::workshop::{
    axis_from_code, AgreementRule, ItemKey, Outcome, OutcomeMethod, Participant, Pass,
    RatingSession, SessionItem, TargetKind, Vote,
};

#[derive(Serialize, Deserialize)]
pub struct SessionDto {
    pub id: SessionId,
    pub title: String,
    #[serde(default)]
    pub facilitator: String,
    pub created_at: String,
    /// Every rating within this distance of the median (default 1).
    #[serde(default = "default_spread")]
    pub rule_spread: u8,
    #[serde(default)]
    pub participants: Vec<ParticipantDto>,
    #[serde(default)]
    pub items: Vec<ItemDto>,
    #[serde(default)]
    pub passes: Vec<PassDto>,
}

fn default_spread() -> u8 {
    AgreementRule::default().spread
}

#[derive(Serialize, Deserialize)]
pub struct ParticipantDto {
    pub id: ParticipantId,
    pub pseudonym: String,
    #[serde(default)]
    pub name: String,
}

#[derive(Serialize, Deserialize)]
pub struct ItemDto {
    pub record_id: Uuid,
    /// A rating axis code (`RatingAxis::code`).
    pub axis: String,
    #[serde(default)]
    pub outcome: Option<OutcomeDto>,
}

#[derive(Serialize, Deserialize)]
pub struct OutcomeDto {
    pub value: Rating,
    pub method: OutcomeMethod,
    #[serde(default)]
    pub rationale: String,
    #[serde(default)]
    pub dissent: String,
    #[serde(default)]
    pub previous: Option<Rating>,
    pub pass: u32,
    pub decided_at: String,
}

#[derive(Serialize, Deserialize)]
pub struct PassDto {
    pub number: u32,
    #[serde(default)]
    pub revealed_at: Option<String>,
    #[serde(default)]
    pub votes: Vec<VoteDto>,
}

#[derive(Serialize, Deserialize)]
pub struct VoteDto {
    pub participant_id: ParticipantId,
    pub record_id: Uuid,
    pub axis: String,
    /// 1–5, or null for an abstention.
    pub value: Option<Rating>,
    #[serde(default)]
    pub reason: String,
}

impl From<&RatingSession> for SessionDto {
    fn from(s: &RatingSession) -> Self {
        SessionDto {
            id: s.id,
            title: s.title.clone(),
            facilitator: s.facilitator.clone(),
            created_at: format_datetime(s.created_at),
            rule_spread: s.rule.spread,
            participants: s
                .participants
                .iter()
                .map(|p| ParticipantDto {
                    id: p.id,
                    pseudonym: p.pseudonym.clone(),
                    name: p.name.clone(),
                })
                .collect(),
            items: s
                .items
                .iter()
                .map(|i| ItemDto {
                    record_id: i.key.record,
                    axis: i.key.axis.code().to_owned(),
                    outcome: i.outcome.as_ref().map(|o| OutcomeDto {
                        value: o.value,
                        method: o.method,
                        rationale: o.rationale.clone(),
                        dissent: o.dissent.clone(),
                        previous: o.previous,
                        pass: o.pass,
                        decided_at: format_datetime(o.decided_at),
                    }),
                })
                .collect(),
            passes: s
                .passes
                .iter()
                .map(|p| PassDto {
                    number: p.number,
                    revealed_at: p.revealed_at.map(format_datetime),
                    votes: p
                        .votes
                        .iter()
                        .map(|v| VoteDto {
                            participant_id: v.participant,
                            record_id: v.item.record,
                            axis: v.item.axis.code().to_owned(),
                            value: v.value,
                            reason: v.reason.clone(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

fn key(path: String, record: Uuid, axis: &str) -> Result<ItemKey, BadValue> {
    axis_from_code(axis)
        .filter(|a| TargetKind::of(*a).is_some())
        .map(|axis| ItemKey { record, axis })
        .ok_or(BadValue {
            path,
            value: axis.to_owned(),
            expected: "a rating axis a workshop rates (e.g. intent)",
        })
}

impl SessionDto {
    /// Converts to the domain; `path` locates the session (`workshops[0]`).
    pub fn into_domain(self, path: &str) -> Result<RatingSession, BadValue> {
        let bad = |field: String, value: String, expected: &'static str| BadValue {
            path: format!("{path}.{field}"),
            value,
            expected,
        };
        if self.rule_spread > AgreementRule::MAX_SPREAD {
            return Err(bad(
                "rule_spread".into(),
                self.rule_spread.to_string(),
                "a spread from 0 to 3",
            ));
        }
        let created_at = parse_datetime(format!("{path}.created_at"), &self.created_at)?;
        let participants: Vec<Participant> = self
            .participants
            .into_iter()
            .map(|p| Participant {
                id: p.id,
                pseudonym: p.pseudonym,
                name: p.name,
            })
            .collect();
        let mut items = Vec::with_capacity(self.items.len());
        for (i, it) in self.items.into_iter().enumerate() {
            let k = key(format!("{path}.items[{i}].axis"), it.record_id, &it.axis)?;
            let outcome = match it.outcome {
                None => None,
                Some(o) => Some(Outcome {
                    value: o.value,
                    method: o.method,
                    rationale: o.rationale,
                    dissent: o.dissent,
                    previous: o.previous,
                    pass: o.pass,
                    decided_at: parse_datetime(
                        format!("{path}.items[{i}].outcome.decided_at"),
                        &o.decided_at,
                    )?,
                }),
            };
            items.push(SessionItem { key: k, outcome });
        }
        let mut passes: Vec<Pass> = Vec::with_capacity(self.passes.len().max(1));
        let pass_count = self.passes.len();
        for (n, p) in self.passes.into_iter().enumerate() {
            let ppath = format!("passes[{n}]");
            if p.number as usize != n + 1 {
                return Err(bad(
                    format!("{ppath}.number"),
                    p.number.to_string(),
                    "passes numbered 1, 2, … in order",
                ));
            }
            let revealed_at = match &p.revealed_at {
                Some(t) => Some(parse_datetime(format!("{path}.{ppath}.revealed_at"), t)?),
                None if n + 1 < pass_count => {
                    return Err(bad(
                        format!("{ppath}.revealed_at"),
                        "null".into(),
                        "a reveal time (only the last pass may be open)",
                    ))
                }
                None => None,
            };
            let mut votes = Vec::with_capacity(p.votes.len());
            for (j, v) in p.votes.into_iter().enumerate() {
                let vpath = format!("{ppath}.votes[{j}]");
                let k = key(format!("{path}.{vpath}.axis"), v.record_id, &v.axis)?;
                if !items.iter().any(|i: &SessionItem| i.key == k) {
                    return Err(bad(
                        format!("{vpath}.record_id"),
                        v.record_id.to_string(),
                        "an item of this session",
                    ));
                }
                if !participants.iter().any(|x| x.id == v.participant_id) {
                    return Err(bad(
                        format!("{vpath}.participant_id"),
                        v.participant_id.to_string(),
                        "a participant of this session",
                    ));
                }
                votes.push(Vote {
                    participant: v.participant_id,
                    item: k,
                    value: v.value,
                    reason: v.reason,
                });
            }
            passes.push(Pass {
                number: p.number,
                revealed_at,
                votes,
            });
        }
        if passes.is_empty() {
            passes.push(Pass {
                number: 1,
                revealed_at: None,
                votes: Vec::new(),
            });
        }
        Ok(RatingSession {
            id: self.id,
            title: self.title,
            facilitator: self.facilitator,
            created_at,
            rule: AgreementRule {
                spread: self.rule_spread,
            },
            participants,
            items,
            passes,
        })
    }
}
