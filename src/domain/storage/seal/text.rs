//! The envelope as text for local storage and files:
//! `mamori.sealed:<byte length>:<bytes, 15 bits per character>`.
//!
//! The characters are those of a packed workbook (`storage/packed.rs`):
//! U+0800 + a 15-bit group, never a surrogate, a control or a character JSON
//! escapes. Why not base64: base64 costs 1.33 UTF-16 units per byte, these
//! 0.53, and browsers budget local storage in UTF-16 units — a sealed
//! workbook of 1,000 technologies (about 4.5 MB deflated) fits in 2.4 Mi
//! units this way and would need 6 Mi (over the 5 Mi budget) as base64.

use super::error::{Malformed, SealError};
use crate::domain::storage::packed::{push_units, units_to_bytes};

/// What every sealed value starts with.
pub const SEALED_PREFIX: &str = "mamori.sealed:";

/// The longest envelope believed (bytes): anything longer is not ours.
pub const MAX_ENVELOPE_BYTES: usize = 256 << 20;

/// Whether a stored value is sealed (without checking it).
pub fn is_sealed(stored: &str) -> bool {
    stored.starts_with(SEALED_PREFIX)
}

/// The text form of envelope bytes.
pub fn to_text(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(SEALED_PREFIX.len() + 12 + bytes.len() * 8 / 15 * 3 + 3);
    out.push_str(SEALED_PREFIX);
    out.push_str(&bytes.len().to_string());
    out.push(':');
    push_units(bytes, &mut out);
    out
}

/// The envelope bytes of a text form, exactly as long as it declares.
pub fn from_text(text: &str) -> Result<Vec<u8>, SealError> {
    let rest = text.strip_prefix(SEALED_PREFIX).ok_or(Malformed::Text)?;
    let (len, units) = rest.split_once(':').ok_or(Malformed::Text)?;
    if len.is_empty() || len.len() > 10 || !len.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Malformed::Text.into());
    }
    let declared: usize = len.parse().map_err(|_| Malformed::Text)?;
    if declared > MAX_ENVELOPE_BYTES {
        return Err(Malformed::Text.into());
    }
    // Each character carries 15 bits; the last may be padding.
    let expected_chars = (declared * 8).div_ceil(15);
    if units.chars().count() != expected_chars {
        return Err(Malformed::Text.into());
    }
    let mut bytes = units_to_bytes(units).map_err(|_| Malformed::Text)?;
    if bytes.len() < declared {
        return Err(Malformed::Text.into());
    }
    bytes.truncate(declared);
    Ok(bytes)
}
