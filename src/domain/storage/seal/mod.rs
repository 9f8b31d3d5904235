//! Encryption at rest: a workbook sealed under a passphrase (issue 16,
//! docs/security.md).
//!
//! A random 256-bit *data key* encrypts the contents with
//! XChaCha20-Poly1305. Each *key slot* holds the data key wrapped (the same
//! AEAD) under a key Argon2id derives from a passphrase or a recovery code,
//! with its own salt and parameters. A wrong passphrase is detected by the
//! unwrap failing — no passphrase hash is stored. The header (slots and
//! nonces) is authenticated by a tag under the data key, the body by its own
//! tag; changing the passphrase writes new slots and a new header tag and
//! keeps the body bytes.
//!
//! Pure: no I/O, no clock, and no randomness of its own — the caller passes
//! an [`Entropy`] (the browser's `crypto.getRandomValues`; a seeded one in
//! tests). Layout in `format.rs`, text form in `text.rs`.

pub mod error;
pub mod format;
pub mod kdf;
pub mod recovery;
pub mod text;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{Key, XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

pub use error::{check_new_passphrase, Malformed, PassphraseProblem, SealError};
pub use format::{Envelope, SlotKind};
pub use kdf::KdfParams;
pub use text::{from_text, is_sealed, to_text, SEALED_PREFIX};

use format::{Slot, NONCE_LEN, SALT_LEN, TAG_LEN};
use kdf::KEY_LEN;

/// A source of random bytes (the shell's `crypto.getRandomValues`).
pub trait Entropy {
    /// Fills `buf` with random bytes, or says there are none.
    fn fill(&mut self, buf: &mut [u8]) -> Result<(), SealError>;
}

/// What the user types to open a sealed workbook.
#[derive(Clone, Copy, Debug)]
pub enum Secret<'a> {
    Passphrase(&'a str),
    /// As typed: case, hyphens and spaces do not matter.
    RecoveryCode(&'a str),
}

/// An unlocked data key with the slots it is wrapped in: enough to seal new
/// contents without running Argon2 again. Held by the shell only while the
/// workbook is unlocked; the key bytes are wiped when it is dropped.
#[derive(Clone)]
pub struct SealKey {
    data_key: Zeroizing<[u8; KEY_LEN]>,
    slots: Vec<Slot>,
}

impl std::fmt::Debug for SealKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SealKey")
            .field("slots", &self.slots.len())
            .finish_non_exhaustive()
    }
}

fn random<const N: usize>(entropy: &mut dyn Entropy) -> Result<[u8; N], SealError> {
    let mut out = [0u8; N];
    entropy.fill(&mut out)?;
    Ok(out)
}

fn cipher(key: &[u8; KEY_LEN]) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(Key::from_slice(key))
}

fn secret_bytes(secret: Secret<'_>) -> Result<(SlotKind, Zeroizing<Vec<u8>>), SealError> {
    Ok(match secret {
        Secret::Passphrase(p) => (SlotKind::Passphrase, Zeroizing::new(p.as_bytes().to_vec())),
        Secret::RecoveryCode(c) => (
            SlotKind::RecoveryCode,
            Zeroizing::new(recovery::normalize(c)?.into_bytes()),
        ),
    })
}

impl SealKey {
    /// A new random data key wrapped under a passphrase.
    pub fn new(
        passphrase: &str,
        params: KdfParams,
        entropy: &mut dyn Entropy,
    ) -> Result<SealKey, SealError> {
        let data_key = Zeroizing::new(random::<KEY_LEN>(entropy)?);
        let slot = wrap(
            &data_key,
            SlotKind::Passphrase,
            passphrase.as_bytes(),
            params,
            entropy,
        )?;
        Ok(SealKey {
            data_key,
            slots: vec![slot],
        })
    }

    /// Seals contents: a fresh body nonce, the same data key and slots.
    pub fn seal(&self, plaintext: &[u8], entropy: &mut dyn Entropy) -> Result<Vec<u8>, SealError> {
        let body_nonce = random::<NONCE_LEN>(entropy)?;
        let body = cipher(&self.data_key)
            .encrypt(
                XNonce::from_slice(&body_nonce),
                Payload {
                    msg: plaintext,
                    aad: &format::body_aad(&body_nonce),
                },
            )
            .map_err(|_| Malformed::Body)?;
        self.envelope(body_nonce, body, entropy)
    }

    /// The envelope bytes for a body sealed under this key: new header
    /// nonce, this key's slots, the header tag.
    fn envelope(
        &self,
        body_nonce: [u8; NONCE_LEN],
        body: Vec<u8>,
        entropy: &mut dyn Entropy,
    ) -> Result<Vec<u8>, SealError> {
        let header_nonce = random::<NONCE_LEN>(entropy)?;
        let header = format::header_bytes(&self.slots, &body_nonce, &header_nonce);
        let tag = cipher(&self.data_key)
            .encrypt(
                XNonce::from_slice(&header_nonce),
                Payload {
                    msg: &[],
                    aad: &header,
                },
            )
            .map_err(|_| Malformed::Header)?;
        let mut header_tag = [0u8; TAG_LEN];
        if tag.len() != TAG_LEN {
            return Err(Malformed::Header.into());
        }
        header_tag.copy_from_slice(&tag);
        Ok(Envelope {
            slots: self.slots.clone(),
            body_nonce,
            header_nonce,
            header_tag,
            body,
        }
        .to_bytes())
    }

    /// The same data key with the passphrase slot replaced (the recovery
    /// slot, if any, is kept).
    pub fn with_passphrase(
        &self,
        passphrase: &str,
        params: KdfParams,
        entropy: &mut dyn Entropy,
    ) -> Result<SealKey, SealError> {
        let slot = wrap(
            &self.data_key,
            SlotKind::Passphrase,
            passphrase.as_bytes(),
            params,
            entropy,
        )?;
        Ok(self.replacing(slot))
    }

    /// The same data key with a new recovery-code slot (replacing any
    /// earlier one), and the code to show the user once.
    pub fn with_recovery_code(
        &self,
        params: KdfParams,
        entropy: &mut dyn Entropy,
    ) -> Result<(SealKey, String), SealError> {
        let bytes = Zeroizing::new(random::<{ recovery::CODE_BYTES }>(entropy)?);
        let shown = recovery::format_code(&bytes);
        let canonical = Zeroizing::new(recovery::normalize(&shown)?);
        let slot = wrap(
            &self.data_key,
            SlotKind::RecoveryCode,
            canonical.as_bytes(),
            params,
            entropy,
        )?;
        Ok((self.replacing(slot), shown))
    }

    fn replacing(&self, slot: Slot) -> SealKey {
        let mut slots: Vec<Slot> = self
            .slots
            .iter()
            .filter(|s| s.kind != slot.kind)
            .cloned()
            .collect();
        slots.push(slot);
        slots.sort_by_key(|s| s.kind as u8);
        SealKey {
            data_key: self.data_key.clone(),
            slots,
        }
    }

    /// Whether a recovery code can also open what this key seals.
    pub fn has_recovery_code(&self) -> bool {
        self.slots.iter().any(|s| s.kind == SlotKind::RecoveryCode)
    }

    /// Whether two keys hold the same data key (tests: a re-wrap keeps it).
    pub fn same_data_key(&self, other: &SealKey) -> bool {
        self.data_key == other.data_key
    }
}

fn wrap(
    data_key: &[u8; KEY_LEN],
    kind: SlotKind,
    secret: &[u8],
    params: KdfParams,
    entropy: &mut dyn Entropy,
) -> Result<Slot, SealError> {
    let salt = random::<SALT_LEN>(entropy)?;
    let nonce = random::<NONCE_LEN>(entropy)?;
    let mut slot = Slot {
        kind,
        params: params.checked()?,
        salt,
        nonce,
        wrapped: [0; format::WRAPPED_LEN],
    };
    let kek = kdf::derive(secret, &salt, params)?;
    let wrapped = cipher(&kek)
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: data_key,
                aad: &slot.aad(),
            },
        )
        .map_err(|_| Malformed::Header)?;
    if wrapped.len() != slot.wrapped.len() {
        return Err(Malformed::Header.into());
    }
    slot.wrapped.copy_from_slice(&wrapped);
    Ok(slot)
}

/// Unwraps the data key with a secret and checks the header tag.
pub fn unlock(envelope: &Envelope, secret: Secret<'_>) -> Result<SealKey, SealError> {
    let (kind, bytes) = secret_bytes(secret)?;
    let mut data_key = None;
    for slot in envelope.slots.iter().filter(|s| s.kind == kind) {
        let kek = kdf::derive(&bytes, &slot.salt, slot.params)?;
        if let Ok(key) = cipher(&kek).decrypt(
            XNonce::from_slice(&slot.nonce),
            Payload {
                msg: &slot.wrapped,
                aad: &slot.aad(),
            },
        ) {
            let key = Zeroizing::new(key);
            let mut k = Zeroizing::new([0u8; KEY_LEN]);
            if key.len() != KEY_LEN {
                return Err(Malformed::Header.into());
            }
            k.copy_from_slice(&key);
            data_key = Some(k);
            break;
        }
    }
    let data_key = data_key.ok_or(SealError::WrongPassphrase)?;
    cipher(&data_key)
        .decrypt(
            XNonce::from_slice(&envelope.header_nonce),
            Payload {
                msg: &envelope.header_tag,
                aad: &envelope.header(),
            },
        )
        .map_err(|_| Malformed::Header)?;
    Ok(SealKey {
        data_key,
        slots: envelope.slots.clone(),
    })
}

/// Decrypts an envelope's body with an unlocked key.
pub fn open_body(envelope: &Envelope, key: &SealKey) -> Result<Zeroizing<Vec<u8>>, SealError> {
    cipher(&key.data_key)
        .decrypt(
            XNonce::from_slice(&envelope.body_nonce),
            Payload {
                msg: &envelope.body,
                aad: &format::body_aad(&envelope.body_nonce),
            },
        )
        .map(Zeroizing::new)
        .map_err(|_| Malformed::Body.into())
}

/// Opens envelope bytes with a key already unlocked (the next save of a
/// workbook another tab sealed meanwhile): the header must verify under the
/// key's data key. The returned key carries the envelope's slots, so a
/// passphrase another tab changed is kept by the next save.
pub fn open_with_key(
    bytes: &[u8],
    key: &SealKey,
) -> Result<(Zeroizing<Vec<u8>>, SealKey), SealError> {
    let envelope = Envelope::parse(bytes)?;
    cipher(&key.data_key)
        .decrypt(
            XNonce::from_slice(&envelope.header_nonce),
            Payload {
                msg: &envelope.header_tag,
                aad: &envelope.header(),
            },
        )
        .map_err(|_| Malformed::Header)?;
    let key = SealKey {
        data_key: key.data_key.clone(),
        slots: envelope.slots.clone(),
    };
    let plaintext = open_body(&envelope, &key)?;
    Ok((plaintext, key))
}

/// Seals contents under a new random data key and a passphrase.
pub fn seal(
    plaintext: &[u8],
    passphrase: &str,
    params: KdfParams,
    entropy: &mut dyn Entropy,
) -> Result<Vec<u8>, SealError> {
    SealKey::new(passphrase, params, entropy)?.seal(plaintext, entropy)
}

/// Opens envelope bytes: the contents, and the key to seal the next save.
pub fn open(bytes: &[u8], secret: Secret<'_>) -> Result<(Zeroizing<Vec<u8>>, SealKey), SealError> {
    let envelope = Envelope::parse(bytes)?;
    let key = unlock(&envelope, secret)?;
    let plaintext = open_body(&envelope, &key)?;
    Ok((plaintext, key))
}

/// Changes the passphrase of envelope bytes: new passphrase slot and header
/// tag, the same data key, body nonce and body bytes.
pub fn rewrap(
    bytes: &[u8],
    old: Secret<'_>,
    new_passphrase: &str,
    params: KdfParams,
    entropy: &mut dyn Entropy,
) -> Result<Vec<u8>, SealError> {
    let envelope = Envelope::parse(bytes)?;
    let key = unlock(&envelope, old)?;
    // The body must be intact before it is carried over.
    open_body(&envelope, &key)?;
    key.with_passphrase(new_passphrase, params, entropy)?
        .envelope(envelope.body_nonce, envelope.body, entropy)
}

#[cfg(test)]
mod tests;
