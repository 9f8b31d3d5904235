//! The session state machine. A pass is open (ratings may be recorded, and
//! replaced by the same participant), then revealed (its ratings are frozen
//! forever); after a reveal, items get outcomes or go to a new pass (a
//! re-vote) that keeps the earlier ones. Each method checks everything
//! before changing anything, so a refused action leaves the session as it
//! was.

use time::OffsetDateTime;

use super::error::WorkshopError;
use super::session::{ItemKey, Outcome, Participant, Pass, RatingSession, SessionItem, Vote};
use super::target::TargetKind;
use crate::domain::ids::ParticipantId;
use crate::domain::rating::Rating;

impl RatingSession {
    /// The current pass (the last one).
    pub fn current(&self) -> &Pass {
        // `passes` is never empty: `new` makes the first and nothing removes any.
        &self.passes[self.passes.len() - 1]
    }

    fn current_mut(&mut self) -> &mut Pass {
        let last = self.passes.len() - 1;
        &mut self.passes[last]
    }

    pub fn is_revealed(&self) -> bool {
        self.current().revealed_at.is_some()
    }

    /// Whether anyone has rated in any pass (participants and items are
    /// fixed from then on, so every pass rates the same question).
    pub fn rating_started(&self) -> bool {
        self.passes.iter().any(|p| !p.votes.is_empty())
    }

    pub fn add_participant(
        &mut self,
        id: ParticipantId,
        pseudonym: &str,
        name: &str,
    ) -> Result<(), WorkshopError> {
        let pseudonym = pseudonym.trim();
        if pseudonym.is_empty() {
            return Err(WorkshopError::EmptyPseudonym);
        }
        if self.rating_started() {
            return Err(WorkshopError::RatingStarted);
        }
        if self.participants.iter().any(|p| p.pseudonym == pseudonym) {
            return Err(WorkshopError::DuplicatePseudonym(pseudonym.to_owned()));
        }
        self.participants.push(Participant {
            id,
            pseudonym: pseudonym.to_owned(),
            name: name.trim().to_owned(),
        });
        Ok(())
    }

    pub fn remove_participant(&mut self, id: ParticipantId) -> Result<(), WorkshopError> {
        if self.rating_started() {
            return Err(WorkshopError::RatingStarted);
        }
        self.participants.retain(|p| p.id != id);
        Ok(())
    }

    pub fn add_item(&mut self, key: ItemKey) -> Result<(), WorkshopError> {
        if TargetKind::of(key.axis).is_none() {
            return Err(WorkshopError::UnsupportedAxis);
        }
        if self.rating_started() {
            return Err(WorkshopError::RatingStarted);
        }
        if self.item(key).is_some() {
            return Err(WorkshopError::DuplicateItem);
        }
        self.items.push(SessionItem { key, outcome: None });
        Ok(())
    }

    pub fn remove_item(&mut self, key: ItemKey) -> Result<(), WorkshopError> {
        if self.rating_started() {
            return Err(WorkshopError::RatingStarted);
        }
        self.items.retain(|i| i.key != key);
        Ok(())
    }

    /// Items the current pass asks about: those without an outcome.
    pub fn open_items(&self) -> impl Iterator<Item = &SessionItem> {
        self.items.iter().filter(|i| i.outcome.is_none())
    }

    /// Records one participant's ratings for the current pass, replacing
    /// any they gave earlier in this pass. Open items not in `values` are
    /// abstentions. Refused after the reveal.
    pub fn submit(
        &mut self,
        participant: ParticipantId,
        values: &[(ItemKey, Option<Rating>, String)],
    ) -> Result<(), WorkshopError> {
        if self.is_revealed() {
            return Err(WorkshopError::AlreadyRevealed);
        }
        if self.participant(participant).is_none() {
            return Err(WorkshopError::UnknownParticipant);
        }
        for (key, _, _) in values {
            match self.item(*key) {
                None => return Err(WorkshopError::UnknownItem),
                Some(i) if i.outcome.is_some() => return Err(WorkshopError::ItemDecided),
                Some(_) => {}
            }
        }
        let votes: Vec<Vote> = self
            .open_items()
            .map(|i| {
                let given = values.iter().find(|(k, _, _)| *k == i.key);
                Vote {
                    participant,
                    item: i.key,
                    value: given.and_then(|(_, v, _)| *v),
                    reason: given
                        .map(|(_, _, r)| r.trim().to_owned())
                        .unwrap_or_default(),
                }
            })
            .collect();
        let pass = self.current_mut();
        pass.votes.retain(|v| v.participant != participant);
        pass.votes.extend(votes);
        Ok(())
    }

    /// The participants who have rated in the current pass (what the
    /// screen may show before the reveal: who, never what).
    pub fn rated(&self) -> Vec<ParticipantId> {
        let mut out: Vec<ParticipantId> = Vec::new();
        for v in &self.current().votes {
            if !out.contains(&v.participant) {
                out.push(v.participant);
            }
        }
        out
    }

    /// Reveals the current pass: from now on its ratings never change.
    pub fn reveal(&mut self, now: OffsetDateTime) -> Result<(), WorkshopError> {
        if self.is_revealed() {
            return Err(WorkshopError::AlreadyRevealed);
        }
        if self.current().votes.is_empty() {
            return Err(WorkshopError::NothingToReveal);
        }
        self.current_mut().revealed_at = Some(now);
        Ok(())
    }

    /// Starts a re-vote on the items still without an outcome; the earlier
    /// passes stay as they were.
    pub fn new_pass(&mut self) -> Result<u32, WorkshopError> {
        if !self.is_revealed() {
            return Err(WorkshopError::NotRevealed);
        }
        if self.open_items().next().is_none() {
            return Err(WorkshopError::AllDecided);
        }
        let number = self.current().number.saturating_add(1);
        self.passes.push(Pass {
            number,
            revealed_at: None,
            votes: Vec::new(),
        });
        Ok(number)
    }

    /// Records the outcome of an item. Only after the reveal, once per item.
    /// The workbook's value is changed by `target::apply_outcome`, which
    /// calls this first.
    pub fn set_outcome(&mut self, key: ItemKey, outcome: Outcome) -> Result<(), WorkshopError> {
        if !self.is_revealed() {
            return Err(WorkshopError::NotRevealed);
        }
        let pass = self.current().number;
        let item = self
            .items
            .iter_mut()
            .find(|i| i.key == key)
            .ok_or(WorkshopError::UnknownItem)?;
        if item.outcome.is_some() {
            return Err(WorkshopError::ItemDecided);
        }
        item.outcome = Some(Outcome { pass, ..outcome });
        Ok(())
    }
}
