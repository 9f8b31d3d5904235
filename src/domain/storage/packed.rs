//! The local-storage form of a large workbook: compact JSON, deflated, and
//! written 15 bits per UTF-16 code unit.
//!
//! Why: browsers give local storage about 5 Mi UTF-16 code units per origin,
//! and text with Japanese in it costs one unit per character. A workbook of a
//! thousand technologies and twenty thousand countermeasures is about 15 Mi
//! units of compact JSON — three times the budget — but deflates to a quarter
//! of its bytes, and fifteen bits per unit is the densest string a browser
//! stores as it is (every unit stays below the surrogate range, so no browser
//! can "repair" it).
//!
//! Small workbooks stay plain readable JSON (as in a backup), in the
//! browser's developer tools and in a raw-data download; only workbooks
//! whose compact JSON passes [`PACK_ABOVE_UNITS`] are packed. [`super::restore`] reads both forms, so
//! every loader (local storage, the trash, a raw-data download imported back)
//! takes either.

use std::borrow::Cow;

/// What a packed value starts with, followed by the byte length of the JSON,
/// a colon and the packed deflate stream.
pub const PACKED_PREFIX: &str = "mamori.packed.1:";

/// Compact JSON longer than this (in UTF-16 code units, about 20 % of the
/// local-storage budget) is packed; shorter stays plain JSON.
pub const PACK_ABOVE_UNITS: usize = 1 << 20;

/// Larger JSON is not believed: a packed value claiming more is damaged or
/// hostile (a decompression bomb), and is refused before inflating.
pub const MAX_UNPACKED_BYTES: usize = 256 << 20;

/// Deflate level, paid on every autosave of a large workbook. Measured on the
/// synthetic L (18 MB of compact JSON, native): level 1 → 60 % of the storage
/// budget in 226 ms, level 2 → 46 % in 313 ms, level 6 → 41 % in 556 ms.
/// Level 2 leaves L more than half the budget free at a modest cost.
pub(crate) const LEVEL: u8 = 2;

/// Packed units are `OFFSET + 15-bit value`: U+0800–U+87FF, printable,
/// never a surrogate, never a character JSON has to escape.
const OFFSET: u32 = 0x0800;

/// Why a packed value cannot be read. The shell keeps the raw text.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UnpackError {
    #[error("the packed header is damaged")]
    Header,
    #[error("the packed data claims {0} bytes, more than the {MAX_UNPACKED_BYTES} accepted")]
    TooLarge(usize),
    #[error("a packed character U+{0:04X} is out of range")]
    BadUnit(u32),
    #[error("the packed data is cut short or damaged ({0})")]
    Inflate(String),
    #[error("the unpacked data is {found} bytes, the header says {declared}")]
    Length { declared: usize, found: usize },
    #[error("the unpacked data is not UTF-8 text")]
    NotText,
}

/// Whether compact JSON is large enough to be stored packed.
pub fn is_large(json: &str) -> bool {
    json.len() > PACK_ABOVE_UNITS && utf16_len(json) > PACK_ABOVE_UNITS
}

/// The packed form of some JSON, whatever its size.
pub fn pack(json: &str) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), LEVEL);
    let mut out =
        String::with_capacity(PACKED_PREFIX.len() + 12 + (deflated.len() * 8).div_ceil(15) * 3);
    out.push_str(PACKED_PREFIX);
    out.push_str(&json.len().to_string());
    out.push(':');
    push_units(&deflated, &mut out);
    out
}

/// The JSON inside a stored value: the value itself unless it is packed.
pub fn unpack(stored: &str) -> Result<Cow<'_, str>, UnpackError> {
    let Some(rest) = stored.strip_prefix(PACKED_PREFIX) else {
        return Ok(Cow::Borrowed(stored));
    };
    let (len, units) = rest.split_once(':').ok_or(UnpackError::Header)?;
    if len.is_empty() || !len.bytes().all(|b| b.is_ascii_digit()) {
        return Err(UnpackError::Header);
    }
    let declared: usize = len.parse().map_err(|_| UnpackError::Header)?;
    if declared > MAX_UNPACKED_BYTES {
        return Err(UnpackError::TooLarge(declared));
    }
    let deflated = units_to_bytes(units)?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, declared)
        .map_err(|e| UnpackError::Inflate(format!("{:?}", e.status)))?;
    if bytes.len() != declared {
        return Err(UnpackError::Length {
            declared,
            found: bytes.len(),
        });
    }
    String::from_utf8(bytes)
        .map(Cow::Owned)
        .map_err(|_| UnpackError::NotText)
}

/// Whether a stored value is in the packed form (for the shell's messages).
pub fn is_packed(stored: &str) -> bool {
    stored.starts_with(PACKED_PREFIX)
}

/// The length of the JSON a stored value holds, without unpacking it: what
/// the workbook weighs in memory terms (the undo history budgets by it; a
/// packed value's own length is a tenth of that). A damaged header counts
/// as the value's own length.
pub fn json_len(stored: &str) -> usize {
    stored
        .strip_prefix(PACKED_PREFIX)
        .and_then(|rest| rest.split_once(':'))
        .and_then(|(len, _)| len.parse().ok())
        .unwrap_or(stored.len())
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Appends the bytes as 15-bit units, most significant bit first; the last
/// unit is padded with zero bits (the header's byte count says where the
/// data ends).
pub(crate) fn push_units(bytes: &[u8], out: &mut String) {
    let mut acc: u32 = 0;
    let mut bits: u32 = 0;
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        if bits >= 15 {
            bits -= 15;
            push_unit((acc >> bits) & 0x7FFF, out);
            acc &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        push_unit((acc << (15 - bits)) & 0x7FFF, out);
    }
}

fn push_unit(value: u32, out: &mut String) {
    // OFFSET + 0x7FFF = U+87FF: always a valid scalar value, below the
    // surrogates; not user data.
    out.push(char::from_u32(OFFSET + value).expect("U+0800..=U+87FF are characters"));
}

/// The bytes of a unit string; trailing padding bits are dropped (the
/// deflate stream ends itself, and the inflater ignores what follows).
pub(crate) fn units_to_bytes(units: &str) -> Result<Vec<u8>, UnpackError> {
    let mut out = Vec::with_capacity(units.len() / 3 * 15 / 8 + 1);
    let mut acc: u32 = 0;
    let mut bits: u32 = 0;
    for c in units.chars() {
        let code = u32::from(c);
        let value = code
            .checked_sub(OFFSET)
            .filter(|v| *v <= 0x7FFF)
            .ok_or(UnpackError::BadUnit(code))?;
        acc = (acc << 15) | value;
        bits += 15;
        while bits >= 8 {
            bits -= 8;
            // Masked to eight bits: the cast cannot truncate anything kept.
            out.push(((acc >> bits) & 0xFF) as u8);
        }
        acc &= (1 << bits) - 1;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn small_json_is_not_packed_and_unpacks_as_itself() {
        let json = r#"{"format":"mamori.workbook"}"#.to_owned();
        assert!(!is_large(&json));
        assert_eq!(unpack(&json).expect("plain"), json.as_str());
        assert!(!is_packed(&json));
    }

    #[test]
    fn large_json_is_packed_smaller_and_unpacks_exactly() {
        let row = r#"{"id":"0b6c2a44-1e2f-4c55-9d7a-3f1e2d4c5b6a","title":"海外拠点への設計図の持ち出し","status":"planned"},"#;
        let json = format!(
            "[{}{{}}]",
            row.repeat(PACK_ABOVE_UNITS / utf16_len(row) + 10)
        );
        assert!(is_large(&json));
        let packed = pack(&json);
        assert!(is_packed(&packed));
        assert!(
            utf16_len(&packed) * 10 < utf16_len(&json),
            "{} vs {}",
            utf16_len(&packed),
            utf16_len(&json)
        );
        assert!(packed
            .chars()
            .skip(PACKED_PREFIX.len())
            .all(|c| c != '"' && c != '\\' && !c.is_control()));
        assert_eq!(unpack(&packed).expect("packed"), json.as_str());
        assert_eq!(json_len(&packed), json.len());
        assert_eq!(json_len(&json), json.len());
        assert_eq!(json_len("mamori.packed.1:x:"), "mamori.packed.1:x:".len());
    }

    #[test]
    fn damaged_packed_values_are_refused_with_a_reason() {
        let row = "マモリ,mamori;".repeat(PACK_ABOVE_UNITS / 8);
        let packed = pack(&row);
        assert!(is_packed(&packed));
        let cut: String = packed.chars().take(packed.chars().count() / 2).collect();
        assert!(matches!(unpack(&cut), Err(UnpackError::Inflate(_))));
        let (head, tail) = packed.split_at(PACKED_PREFIX.len());
        let bad_len = format!("{head}{}", tail.replacen(':', "0:", 1));
        assert!(matches!(
            unpack(&bad_len),
            Err(UnpackError::Length { .. } | UnpackError::Inflate(_))
        ));
        assert_eq!(unpack("mamori.packed.1:"), Err(UnpackError::Header));
        assert_eq!(unpack("mamori.packed.1:x:abc"), Err(UnpackError::Header));
        assert_eq!(
            unpack("mamori.packed.1:999999999999:ࠀ"),
            Err(UnpackError::TooLarge(999_999_999_999))
        );
        assert_eq!(
            unpack("mamori.packed.1:3:abc"),
            Err(UnpackError::BadUnit(u32::from('a')))
        );
    }

    proptest! {
        #[test]
        fn units_round_trip_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let mut s = String::new();
            push_units(&bytes, &mut s);
            let back = units_to_bytes(&s).expect("own units");
            prop_assert!(back.len() >= bytes.len() && back.len() - bytes.len() < 2);
            prop_assert_eq!(&back[..bytes.len()], &bytes[..]);
            prop_assert_eq!(s.chars().count(), (bytes.len() * 8).div_ceil(15));
        }

        #[test]
        fn unpack_never_panics(text in "mamori\\.packed\\.1:[0-9]{0,4}:?\\PC{0,40}") {
            let _ = unpack(&text);
        }
    }
}
