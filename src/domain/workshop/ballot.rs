//! The two small files of rating on one's own laptop: the session file the
//! facilitator hands out (who may rate, what to rate) and the ballot file a
//! participant brings back. Both are versioned, self-describing JSON with a
//! checksum over their content, so a damaged or hand-edited file is refused
//! rather than misread. Parsing checks everything before anything changes;
//! importing the same ballot twice changes nothing.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::error::{BallotError, WorkshopError};
use super::session::{ItemKey, RatingSession};
use super::target::{axis_from_code, item_label, TargetKind};
use crate::domain::exchange::zip::crc32;
use crate::domain::ids::{ParticipantId, SessionId};
use crate::domain::model::Workbook;
use crate::domain::rating::Rating;
use crate::domain::text::Lang;

pub const SESSION_FORMAT: &str = "mamori.rating-session";
pub const BALLOT_FORMAT: &str = "mamori.ballot";
/// The version of both files this build writes and the newest it reads.
pub const FILE_VERSION: u64 = 1;
/// Larger input is refused unread (a ballot is a few KB).
const MAX_BYTES: usize = 1 << 20;
/// More items than any session needs; bounds the work on hostile input.
const MAX_ENTRIES: usize = 2_000;

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    format: String,
    version: u64,
    /// CRC-32 (hex) of `body` as this module serialises it.
    checksum: String,
    body: T,
}

/// What a participant needs to rate: the session, its current pass, the
/// pseudonyms to choose from and the items with their labels.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionFile {
    pub session_id: SessionId,
    pub title: String,
    pub pass: u32,
    pub participants: Vec<(ParticipantId, String)>,
    pub items: Vec<SessionFileItem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionFileItem {
    pub record_id: Uuid,
    pub axis: String,
    pub label: String,
}

/// One participant's ratings of one pass, as carried in a ballot file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ballot {
    pub session_id: SessionId,
    /// Shown when the ballot is refused for belonging to another session.
    pub session_title: String,
    pub pass: u32,
    pub participant: ParticipantId,
    pub ratings: Vec<BallotEntry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotEntry {
    pub record_id: Uuid,
    pub axis: String,
    /// 1–5, or null for an abstention.
    pub value: Option<u8>,
    #[serde(default)]
    pub reason: String,
}

fn checksum<T: Serialize>(body: &T) -> String {
    // Plain data of strings, numbers and lists: serialising cannot fail.
    let text = serde_json::to_string(body).unwrap_or_default();
    format!("{:08x}", crc32(text.as_bytes()))
}

fn write<T: Serialize>(format: &str, body: T) -> String {
    let env = Envelope {
        format: format.to_owned(),
        version: FILE_VERSION,
        checksum: checksum(&body),
        body,
    };
    serde_json::to_string_pretty(&env).unwrap_or_default()
}

fn read<T: Serialize + for<'de> Deserialize<'de>>(
    text: &str,
    format: &str,
) -> Result<T, BallotError> {
    let bad = |why: String| BallotError::NotThisFile(why);
    if text.len() > MAX_BYTES {
        return Err(bad("too large".into()));
    }
    let text = text.trim_start_matches('\u{feff}');
    // Format and version first, so a newer file is named as such rather
    // than failing on a shape this build does not know.
    let head: serde_json::Value = serde_json::from_str(text).map_err(|e| bad(e.to_string()))?;
    if head.get("format").and_then(|f| f.as_str()) != Some(format) {
        return Err(bad(format!("format is not {format}")));
    }
    match head.get("version").and_then(serde_json::Value::as_u64) {
        Some(v) if v > FILE_VERSION => return Err(BallotError::NewerVersion(v)),
        Some(v) if v >= 1 => {}
        _ => return Err(bad("version missing".into())),
    }
    let env: Envelope<T> = serde_json::from_value(head).map_err(|e| bad(e.to_string()))?;
    if checksum(&env.body) != env.checksum.to_ascii_lowercase() {
        return Err(BallotError::Checksum);
    }
    Ok(env.body)
}

/// The session file of the current pass, item labels in `lang`.
pub fn session_file(session: &RatingSession, wb: &Workbook, lang: Lang) -> String {
    write(SESSION_FORMAT, session_file_body(session, wb, lang))
}

fn session_file_body(session: &RatingSession, wb: &Workbook, lang: Lang) -> SessionFile {
    SessionFile {
        session_id: session.id,
        title: session.title.clone(),
        pass: session.current().number,
        participants: session
            .participants
            .iter()
            .map(|p| (p.id, p.pseudonym.clone()))
            .collect(),
        items: session
            .open_items()
            .map(|i| SessionFileItem {
                record_id: i.key.record,
                axis: i.key.axis.code().to_owned(),
                label: item_label(wb, i.key, lang),
            })
            .collect(),
    }
}

/// Reads a session file; every item must name a workshop axis.
pub fn parse_session_file(text: &str) -> Result<SessionFile, BallotError> {
    let f: SessionFile = read(text, SESSION_FORMAT)?;
    if f.items.len() > MAX_ENTRIES || f.participants.len() > MAX_ENTRIES {
        return Err(BallotError::NotThisFile("too many entries".into()));
    }
    for i in &f.items {
        key_of(i.record_id, &i.axis)?;
    }
    Ok(f)
}

pub fn ballot_file(ballot: &Ballot) -> String {
    write(BALLOT_FORMAT, ballot.clone())
}

fn key_of(record: Uuid, axis: &str) -> Result<ItemKey, BallotError> {
    let axis = axis_from_code(axis)
        .filter(|a| TargetKind::of(*a).is_some())
        .ok_or_else(|| BallotError::NotThisFile(format!("unknown axis {axis:?}")))?;
    Ok(ItemKey { record, axis })
}

/// A parsed ballot's ratings, checked: known axes, values 1–5 or null, no
/// item twice.
pub type BallotValues = Vec<(ItemKey, Option<Rating>, String)>;

/// Reads and checks a ballot file without touching any session.
pub fn parse_ballot(text: &str) -> Result<(Ballot, BallotValues), BallotError> {
    let b: Ballot = read(text, BALLOT_FORMAT)?;
    if b.ratings.len() > MAX_ENTRIES {
        return Err(BallotError::NotThisFile("too many entries".into()));
    }
    let mut values: BallotValues = Vec::with_capacity(b.ratings.len());
    for e in &b.ratings {
        let key = key_of(e.record_id, &e.axis)?;
        if values.iter().any(|(k, _, _)| *k == key) {
            return Err(BallotError::NotThisFile("an item is rated twice".into()));
        }
        let value = match e.value {
            None => None,
            Some(v) => {
                Some(Rating::new(v).map_err(|err| BallotError::NotThisFile(err.to_string()))?)
            }
        };
        values.push((key, value, e.reason.clone()));
    }
    Ok((b, values))
}

/// What importing a ballot did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BallotImport {
    Recorded,
    /// The participant had rated differently in this pass; the ballot wins.
    Replaced,
    /// The same ratings were already recorded: nothing changed.
    Unchanged,
}

/// Records a parsed ballot in `session`. Refuses, changing nothing, a
/// ballot of another session, of an earlier pass, or after the reveal.
pub fn import_ballot(
    session: &mut RatingSession,
    ballot: &Ballot,
    values: &BallotValues,
) -> Result<BallotImport, BallotError> {
    if ballot.session_id != session.id {
        return Err(BallotError::OtherSession {
            found: ballot.session_id.to_string(),
            title: ballot.session_title.clone(),
        });
    }
    let current = session.current().number;
    if session.is_revealed() || ballot.pass < current {
        return Err(BallotError::AfterReveal);
    }
    if ballot.pass != current {
        return Err(BallotError::OtherPass {
            ballot: ballot.pass,
            current,
        });
    }
    if session.participant(ballot.participant).is_none() {
        return Err(WorkshopError::UnknownParticipant.into());
    }
    let mine = |s: &RatingSession| -> Vec<_> {
        s.current()
            .votes
            .iter()
            .filter(|v| v.participant == ballot.participant)
            .cloned()
            .collect()
    };
    let before = mine(session);
    // Submitting on a copy: an unchanged ballot must not even reorder the
    // pass's votes.
    let mut next = session.clone();
    next.submit(ballot.participant, values)?;
    let after = mine(&next);
    if !before.is_empty() && before == after {
        return Ok(BallotImport::Unchanged);
    }
    *session = next;
    Ok(if before.is_empty() {
        BallotImport::Recorded
    } else {
        BallotImport::Replaced
    })
}
