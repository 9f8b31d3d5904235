//! The envelope's bytes: writing and parsing, no cryptography.
//!
//! ```text
//! header:
//!   magic        8  "mamoriSL"
//!   version      1  1
//!   slot count   1  1..=4
//!   slots        102 each:
//!     kind       1  1 = passphrase, 2 = recovery code
//!     kdf        1  1 = Argon2id version 0x13
//!     m_kib      4  little-endian
//!     t          4  little-endian
//!     p          4  little-endian
//!     salt       16
//!     nonce      24 XChaCha20 nonce of the wrapped key
//!     wrapped    48 the data key (32) + Poly1305 tag (16)
//!   body nonce   24
//!   header nonce 24
//! header tag     16 Poly1305 tag over the header (AAD), under the data key
//! body           ≥16 XChaCha20-Poly1305 ciphertext + tag, under the data key
//! ```
//!
//! Parsing checks every length, the slot kinds and the Argon2 limits, and
//! never panics; it allocates only the copy of the body.

use super::error::{Malformed, SealError};
use super::kdf::{KdfParams, KEY_LEN};

pub const MAGIC: &[u8; 8] = b"mamoriSL";
pub const VERSION: u8 = 1;
pub const MAX_SLOTS: usize = 4;
pub const SALT_LEN: usize = 16;
pub const NONCE_LEN: usize = 24;
pub const TAG_LEN: usize = 16;
pub const WRAPPED_LEN: usize = KEY_LEN + TAG_LEN;
/// kind, kdf, m, t, p, salt: what a slot's wrap authenticates.
pub const SLOT_PARAMS_LEN: usize = 1 + 1 + 4 + 4 + 4 + SALT_LEN;
pub const SLOT_LEN: usize = SLOT_PARAMS_LEN + NONCE_LEN + WRAPPED_LEN;
const KDF_ARGON2ID_13: u8 = 1;

/// Who a key slot opens for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotKind {
    Passphrase = 1,
    RecoveryCode = 2,
}

/// One wrapped copy of the data key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    pub kind: SlotKind,
    pub params: KdfParams,
    pub salt: [u8; SALT_LEN],
    pub nonce: [u8; NONCE_LEN],
    pub wrapped: [u8; WRAPPED_LEN],
}

impl Slot {
    /// The bytes a wrap authenticates: magic, version and the slot's kind,
    /// KDF and salt (so no parameter can be swapped unnoticed).
    pub fn aad(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(MAGIC.len() + 1 + SLOT_PARAMS_LEN);
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&self.params_bytes());
        out
    }

    fn params_bytes(&self) -> [u8; SLOT_PARAMS_LEN] {
        let mut b = [0u8; SLOT_PARAMS_LEN];
        b[0] = self.kind as u8;
        b[1] = KDF_ARGON2ID_13;
        b[2..6].copy_from_slice(&self.params.m_kib.to_le_bytes());
        b[6..10].copy_from_slice(&self.params.t.to_le_bytes());
        b[10..14].copy_from_slice(&self.params.p.to_le_bytes());
        b[14..].copy_from_slice(&self.salt);
        b
    }
}

/// A parsed envelope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    pub slots: Vec<Slot>,
    pub body_nonce: [u8; NONCE_LEN],
    pub header_nonce: [u8; NONCE_LEN],
    pub header_tag: [u8; TAG_LEN],
    pub body: Vec<u8>,
}

/// What the body's encryption authenticates: magic, version, body nonce.
/// Not the slots, so a change of passphrase (new slots) keeps the body
/// bytes; the header tag covers the slots instead.
pub fn body_aad(body_nonce: &[u8; NONCE_LEN]) -> Vec<u8> {
    let mut out = Vec::with_capacity(MAGIC.len() + 1 + NONCE_LEN);
    out.extend_from_slice(MAGIC);
    out.push(VERSION);
    out.extend_from_slice(body_nonce);
    out
}

/// The header bytes (everything the header tag covers).
pub fn header_bytes(
    slots: &[Slot],
    body_nonce: &[u8; NONCE_LEN],
    header_nonce: &[u8; NONCE_LEN],
) -> Vec<u8> {
    let mut out = Vec::with_capacity(header_len(slots.len()));
    out.extend_from_slice(MAGIC);
    out.push(VERSION);
    // At most MAX_SLOTS slots are ever made.
    out.push(u8::try_from(slots.len()).unwrap_or(u8::MAX));
    for s in slots {
        out.extend_from_slice(&s.params_bytes());
        out.extend_from_slice(&s.nonce);
        out.extend_from_slice(&s.wrapped);
    }
    out.extend_from_slice(body_nonce);
    out.extend_from_slice(header_nonce);
    out
}

pub fn header_len(slots: usize) -> usize {
    MAGIC.len() + 2 + slots * SLOT_LEN + 2 * NONCE_LEN
}

impl Envelope {
    /// The envelope's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = header_bytes(&self.slots, &self.body_nonce, &self.header_nonce);
        out.extend_from_slice(&self.header_tag);
        out.extend_from_slice(&self.body);
        out
    }

    /// The header bytes of this envelope.
    pub fn header(&self) -> Vec<u8> {
        header_bytes(&self.slots, &self.body_nonce, &self.header_nonce)
    }

    /// Parses and checks the layout and the parameter limits.
    pub fn parse(bytes: &[u8]) -> Result<Envelope, SealError> {
        let mut r = Reader(bytes);
        if r.take(MAGIC.len())? != MAGIC {
            return Err(Malformed::Magic.into());
        }
        let version = r.byte()?;
        if version != VERSION {
            return Err(SealError::UnsupportedVersion(version));
        }
        let count = usize::from(r.byte()?);
        if count == 0 || count > MAX_SLOTS {
            return Err(Malformed::SlotCount.into());
        }
        let mut slots = Vec::with_capacity(count);
        for _ in 0..count {
            let kind = match r.byte()? {
                1 => SlotKind::Passphrase,
                2 => SlotKind::RecoveryCode,
                _ => return Err(Malformed::SlotKind.into()),
            };
            if r.byte()? != KDF_ARGON2ID_13 {
                return Err(Malformed::SlotKind.into());
            }
            let params = KdfParams {
                m_kib: r.u32()?,
                t: r.u32()?,
                p: r.u32()?,
            }
            .checked()?;
            slots.push(Slot {
                kind,
                params,
                salt: r.array()?,
                nonce: r.array()?,
                wrapped: r.array()?,
            });
        }
        let body_nonce = r.array()?;
        let header_nonce = r.array()?;
        let header_tag = r.array()?;
        if r.0.len() < TAG_LEN {
            return Err(Malformed::TooShort.into());
        }
        Ok(Envelope {
            slots,
            body_nonce,
            header_nonce,
            header_tag,
            body: r.0.to_vec(),
        })
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Malformed> {
        if self.0.len() < n {
            return Err(Malformed::TooShort);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn byte(&mut self) -> Result<u8, Malformed> {
        Ok(self.array::<1>()?[0])
    }

    fn u32(&mut self) -> Result<u32, Malformed> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], Malformed> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }
}
