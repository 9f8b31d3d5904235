//! Typed identifiers: one UUID newtype per entity, so a `ScenarioId` can never
//! be passed where a `TechnologyId` is expected.
//!
//! The domain never generates ids itself (no randomness here): callers pass new
//! UUIDs in, the browser shell from `crypto.getRandomValues`, tests from a
//! counter. Ids serialise as plain UUID strings.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! typed_id {
    ($( $(#[$meta:meta])* $name:ident; )+) => {
        $(
            $(#[$meta])*
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
            #[serde(transparent)]
            pub struct $name(pub Uuid);

            impl $name {
                pub fn new(uuid: Uuid) -> Self {
                    $name(uuid)
                }

                pub fn uuid(self) -> Uuid {
                    self.0
                }
            }

            impl From<Uuid> for $name {
                fn from(uuid: Uuid) -> Self {
                    $name(uuid)
                }
            }

            impl std::fmt::Display for $name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    // Hyphenated lower case: the same text as in storage and CSV.
                    write!(f, "{}", self.0.hyphenated())
                }
            }

            impl std::str::FromStr for $name {
                type Err = uuid::Error;
                fn from_str(s: &str) -> Result<Self, Self::Err> {
                    Uuid::parse_str(s).map($name)
                }
            }
        )+
    };
}

typed_id! {
    /// Identifies a workbook (one assessment) among several side by side.
    WorkbookId;
    /// Identifies a critical technology (重要技術).
    TechnologyId;
    /// Identifies a chokepoint element of a technology.
    ElementId;
    /// Identifies a threat actor (脅威プレイヤー).
    ActorId;
    /// Identifies one actor × technology threat assessment.
    AssessmentId;
    /// Identifies a leak scenario (漏洩シナリオ).
    ScenarioId;
    /// Identifies a countermeasure (対策).
    CountermeasureId;
    /// Identifies an exercise (訓練).
    ExerciseId;
    /// Identifies a round of the assessment cycle.
    RoundId;
    /// Identifies a workshop rating session (not a round: rounds are the
    /// assessment cycle).
    SessionId;
    /// Identifies a pseudonymous participant of a rating session.
    ParticipantId;
    /// Identifies a person with access to technologies (name or pseudonym).
    PersonId;
    /// Identifies one person × technology access link.
    AccessId;
}

/// A stable UUID (version 8, "custom") from text parts, for records made
/// from older data that had no id of their own (a schema-2 key-person name,
/// a format-4 `key_persons` cell): two 64-bit FNV-1a hashes with different
/// offsets. Not cryptographic; the same parts give the same id every time.
pub fn derived_uuid(parts: &[&str]) -> Uuid {
    fn fnv(offset: u64, parts: &[&str]) -> u64 {
        let mut h = offset;
        for p in parts {
            for b in p.bytes().chain([0u8]) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0000_0100_0000_01b3);
            }
        }
        h
    }
    let hi = fnv(0xcbf2_9ce4_8422_2325, parts);
    let lo = fnv(0x8422_2325_cbf2_9ce4, parts);
    let mut n = (u128::from(hi) << 64) | u128::from(lo);
    // Version 8 and the RFC 4122 variant, so it reads as a proper UUID.
    n = (n & !(0xf_u128 << 76)) | (0x8_u128 << 76);
    n = (n & !(0x3_u128 << 62)) | (0x2_u128 << 62);
    Uuid::from_u128(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_display_and_parse_as_hyphenated_uuids() {
        let id = TechnologyId::new(Uuid::from_u128(0x1234));
        let text = id.to_string();
        assert_eq!(text, "00000000-0000-0000-0000-000000001234");
        assert_eq!(text.parse::<TechnologyId>().ok(), Some(id));
        assert_eq!(
            serde_json::to_string(&id).unwrap_or_default(),
            format!("\"{text}\"")
        );
    }
}
