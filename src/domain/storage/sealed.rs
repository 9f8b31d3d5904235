//! A workbook sealed for local storage or an encrypted backup: the storage
//! JSON (compact, deflated) inside a [`seal`] envelope, as text.
//!
//! `to_sealed` / `open_sealed` are the sealed counterparts of `to_stored` /
//! `restore`; what comes out of the envelope goes through the same
//! `restore()` steps (format, version, migrations, validation).

use super::seal::{self, Entropy, Malformed, SealError, SealKey, Secret};
use super::{packed, restore_json, RestoreError};
use crate::domain::model::Workbook;
use crate::domain::text::Lang;

/// The first byte of an opened envelope: what follows is the workbook's
/// compact storage JSON, raw-deflated.
const DEFLATED_JSON: u8 = 1;

/// Opening a sealed workbook failed: the envelope (wrong passphrase,
/// damaged, newer) or the workbook inside it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    Seal(#[from] SealError),
    #[error(transparent)]
    Restore(#[from] RestoreError),
}

impl From<Malformed> for OpenError {
    fn from(m: Malformed) -> Self {
        OpenError::Seal(SealError::Malformed(m))
    }
}

impl OpenError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            OpenError::Seal(e) => e.message(lang),
            OpenError::Restore(e) => e.message(lang),
        }
    }

    /// Only a wrong passphrase: anything else is damage (report and keep).
    pub fn is_wrong_secret(&self) -> bool {
        matches!(
            self,
            OpenError::Seal(SealError::WrongPassphrase | SealError::NotARecoveryCode)
        )
    }
}

/// The sealed text of a workbook under an unlocked key.
pub fn to_sealed(
    wb: &Workbook,
    key: &SealKey,
    entropy: &mut dyn Entropy,
) -> Result<String, SealError> {
    to_sealed_with_len(wb, key, entropy).map(|(text, _)| text)
}

/// [`to_sealed`], and the length of the JSON inside: what the workbook
/// weighs in memory (the undo history budgets by it, as
/// `packed::json_len` for a packed value).
pub fn to_sealed_with_len(
    wb: &Workbook,
    key: &SealKey,
    entropy: &mut dyn Entropy,
) -> Result<(String, usize), SealError> {
    let compact = super::to_compact_json(wb);
    let mut payload = Vec::with_capacity(compact.len() / 4 + 16);
    payload.push(DEFLATED_JSON);
    payload.extend(miniz_oxide::deflate::compress_to_vec(
        compact.as_bytes(),
        packed::LEVEL,
    ));
    let bytes = key.seal(&payload, entropy)?;
    Ok((seal::to_text(&bytes), compact.len()))
}

fn workbook_of(plaintext: &[u8]) -> Result<Workbook, OpenError> {
    let (&kind, deflated) = plaintext.split_first().ok_or(Malformed::Contents)?;
    if kind != DEFLATED_JSON {
        return Err(SealError::Malformed(Malformed::Contents).into());
    }
    let json =
        miniz_oxide::inflate::decompress_to_vec_with_limit(deflated, packed::MAX_UNPACKED_BYTES)
            .map_err(|_| Malformed::Contents)?;
    let json = String::from_utf8(json).map_err(|_| Malformed::Contents)?;
    // A sealed value never holds a packed one, but restore_json takes JSON.
    Ok(restore_json(&json)?)
}

/// Opens a sealed value with a passphrase or recovery code: the workbook
/// and the key for its next save.
pub fn open_sealed(stored: &str, secret: Secret<'_>) -> Result<(Workbook, SealKey), OpenError> {
    let bytes = seal::from_text(stored)?;
    let (plain, key) = seal::open(&bytes, secret)?;
    Ok((workbook_of(&plain)?, key))
}

/// Opens a sealed value with a key unlocked earlier in this session (the
/// value another tab saved); the key returned carries its slots.
pub fn open_sealed_with_key(stored: &str, key: &SealKey) -> Result<(Workbook, SealKey), OpenError> {
    let bytes = seal::from_text(stored)?;
    let (plain, key) = seal::open_with_key(&bytes, key)?;
    Ok((workbook_of(&plain)?, key))
}

/// Checks what can be checked without the passphrase (the text form, the
/// layout, the parameter limits): the start-up scan's test of a sealed key.
pub fn check_sealed(stored: &str) -> Result<(), SealError> {
    let bytes = seal::from_text(stored)?;
    seal::Envelope::parse(&bytes).map(|_| ())
}

/// Changes the passphrase of a sealed value: the same data key and body.
pub fn rewrap_sealed(
    stored: &str,
    old: Secret<'_>,
    new_passphrase: &str,
    params: seal::KdfParams,
    entropy: &mut dyn Entropy,
) -> Result<String, SealError> {
    let bytes = seal::from_text(stored)?;
    seal::rewrap(&bytes, old, new_passphrase, params, entropy).map(|b| seal::to_text(&b))
}

/// Whether a stored value is sealed (a cheap prefix test).
pub fn is_sealed(stored: &str) -> bool {
    seal::is_sealed(stored)
}
