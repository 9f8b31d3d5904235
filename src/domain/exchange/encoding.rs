//! Text encodings of incoming CSV files: detection and UTF-8 decoding.
//!
//! Excel in Japan saves "CSV" as Shift_JIS (CP932) unless told "CSV UTF-8".
//! Decoding Shift_JIS needs a large table; the browser already has one
//! (`TextDecoder('shift_jis')`, which is CP932), so the domain does not carry
//! it: [`detect_encoding`] says which decoder to use, [`decode`] does UTF-8
//! itself and calls the decoder the caller passes in for Shift_JIS.

use super::csv_out::BOM;

/// What a file's bytes are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// Valid UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 starting with the byte-order mark EF BB BF.
    Utf8Bom,
    /// Not UTF-8: taken as Shift_JIS (CP932), what Japanese Excel writes.
    ShiftJis,
}

const BOM_BYTES: &[u8] = b"\xEF\xBB\xBF";

/// Detects the encoding. UTF-8 is checked strictly (any invalid sequence
/// rules it out), which is reliable for Japanese text: Shift_JIS text of more
/// than a few characters is practically never valid UTF-8.
pub fn detect_encoding(bytes: &[u8]) -> Encoding {
    if bytes.starts_with(BOM_BYTES) {
        Encoding::Utf8Bom
    } else if std::str::from_utf8(bytes).is_ok() {
        Encoding::Utf8
    } else {
        Encoding::ShiftJis
    }
}

/// Decodes a file to text without its BOM. `shift_jis` decodes CP932 (the
/// browser's `TextDecoder`, or `encoding_rs` in tests); `None` from it, or
/// invalid UTF-8 after a BOM, gives `None`.
pub fn decode(bytes: &[u8], shift_jis: &dyn Fn(&[u8]) -> Option<String>) -> Option<String> {
    decode_as(bytes, detect_encoding(bytes), shift_jis)
}

/// Decodes as the given encoding, for when the user overrides detection
/// ("this file is Shift_JIS"). A BOM is dropped whatever the choice.
pub fn decode_as(
    bytes: &[u8],
    encoding: Encoding,
    shift_jis: &dyn Fn(&[u8]) -> Option<String>,
) -> Option<String> {
    let bytes = bytes.strip_prefix(BOM_BYTES).unwrap_or(bytes);
    match encoding {
        Encoding::Utf8 | Encoding::Utf8Bom => std::str::from_utf8(bytes).ok().map(str::to_owned),
        Encoding::ShiftJis => shift_jis(bytes).map(|s| s.trim_start_matches(BOM).to_owned()),
    }
}

/// A Shift_JIS decoder that declines: for callers with no decoder at hand
/// (such files are then reported as undecodable).
pub fn no_shift_jis(_: &[u8]) -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_bom_utf8_and_shift_jis() {
        assert_eq!(detect_encoding(b"\xEF\xBB\xBFa,b"), Encoding::Utf8Bom);
        assert_eq!(detect_encoding("名前,b".as_bytes()), Encoding::Utf8);
        assert_eq!(detect_encoding(b""), Encoding::Utf8);
        // 名前 in Shift_JIS.
        assert_eq!(detect_encoding(b"\x96\xBC\x91\x4F"), Encoding::ShiftJis);
        assert_eq!(
            decode(b"\xEF\xBB\xBFa", &no_shift_jis).as_deref(),
            Some("a")
        );
        assert_eq!(decode(b"\x96\xBC\x91\x4F", &no_shift_jis), None);
    }
}
