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
    } else if utf8_prefix(bytes).is_some() {
        Encoding::Utf8
    } else {
        Encoding::ShiftJis
    }
}

/// The text of `bytes` as UTF-8, also when the file was cut inside its last
/// character (a half-downloaded file): then the whole characters before the
/// cut. `None` when the bytes are not UTF-8 elsewhere. The cut itself is
/// reported by the table reader (the last record has no line break).
fn utf8_prefix(bytes: &[u8]) -> Option<&str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text),
        // `error_len() == None`: the input ended inside a character.
        Err(e) if e.error_len().is_none() => std::str::from_utf8(&bytes[..e.valid_up_to()]).ok(),
        Err(_) => None,
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
        Encoding::Utf8 | Encoding::Utf8Bom => utf8_prefix(bytes).map(str::to_owned),
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

    /// Regression (issue 13): a file cut inside a UTF-8 character was
    /// refused as "encoding not recognised" (and guessed as Shift_JIS).
    #[test]
    fn a_cut_inside_the_last_character_is_still_utf8() {
        let full = "id,name\n1,結晶".as_bytes();
        for cut in full.len() - 2..full.len() {
            let bytes = &full[..cut];
            assert_eq!(detect_encoding(bytes), Encoding::Utf8, "cut at {cut}");
            assert_eq!(
                decode(bytes, &no_shift_jis).as_deref(),
                Some("id,name\n1,結")
            );
        }
        // Invalid bytes before the end are still not UTF-8.
        assert_eq!(detect_encoding(b"a\xFFb"), Encoding::ShiftJis);
    }
}
