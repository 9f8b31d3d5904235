//! The page is written in windows-1252, one byte per character, so the
//! compressed wasm can sit in the inline script at about one byte per byte.
//!
//! Why: in a UTF-8 page only ASCII costs one byte, so binary data costs at
//! least 8 bits of file per 7 bits of data (the 7-bit text this replaced,
//! +14 %). In a windows-1252 page every byte value is one character — the
//! WHATWG decoder maps all 256 bytes to distinct characters, the five bytes
//! Microsoft left undefined included — so the wasm costs one byte per byte,
//! except the few bytes a JS string literal inside an HTML `<script>` cannot
//! hold verbatim ([`UNSAFE`]), written as two ASCII characters: about 2.7 %
//! instead of 14 %, some 100 KB less for our ~900 KB of compressed wasm.
//!
//! Everything else in the page must then be ASCII: [`ascii_html`],
//! [`ascii_js`] and [`ascii_css`] escape the rest (the app's own text lives in
//! the wasm, which is UTF-8 inside and unaffected).
//!
//! [`encode`] returns the text as the browser will see it after decoding
//! (what the CSP hash covers); [`to_windows_1252`] turns the finished page
//! into the bytes of the file. The page's decoder is [`decoder_js`]; the
//! tests run that exact code in Node against [`encode`].

use std::fmt::Write as _;

use anyhow::{bail, Result};

/// Bytes that may not appear verbatim: NUL (the HTML parser turns it into
/// U+FFFD), LF and CR (a string literal cannot hold them; the parser also
/// rewrites CR), `"` and `\` (end or escape the literal), `<` (so that no
/// `</script` or `<!--` can ever form inside the script), and [`ESCAPE`]
/// itself. Each is written as `~` and the digit of its position here.
pub const UNSAFE: [u8; 7] = [0, b'\n', b'\r', b'"', b'\\', b'<', ESCAPE];

/// The escape character: ASCII, printable, nothing special to HTML or JS.
const ESCAPE: u8 = b'~';

/// `bytes` as the characters a windows-1252 page shows for them, with the
/// [`UNSAFE`] ones escaped: fit to sit between `"` in an inline script.
pub fn encode(bytes: &[u8]) -> String {
    let chars = windows_1252_chars();
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        match UNSAFE.iter().position(|&u| u == b) {
            Some(which) => {
                out.push(char::from(ESCAPE));
                out.push(char::from(b'0' + which as u8));
            }
            None => out.push(chars[usize::from(b)]),
        }
    }
    out
}

/// The characters the WHATWG windows-1252 decoder gives for bytes 0–255.
fn windows_1252_chars() -> Vec<char> {
    let all: Vec<u8> = (0..=255).collect();
    encoding_rs::WINDOWS_1252.decode(&all).0.chars().collect()
}

/// The finished page as the bytes of the file: every character must be ASCII
/// or one of windows-1252's 128 upper characters (the wasm literal), which
/// the escapes above ensure; anything else is a build bug and fails loudly.
pub fn to_windows_1252(page: &str) -> Result<Vec<u8>> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(page);
    if unmappable {
        let bad = page
            .chars()
            .find(|c| {
                let mut buf = [0u8; 4];
                encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buf)).2
            })
            .map_or_else(String::new, |c| format!("U+{:04X}", u32::from(c)));
        bail!("the page has a character windows-1252 cannot hold ({bad}); escape it");
    }
    Ok(bytes.into_owned())
}

/// HTML text and attribute values: non-ASCII as numeric character references
/// (also inside `<title>`). Not for the contents of `<script>` or `<style>`,
/// where references are not decoded: use [`ascii_js`] and [`ascii_css`].
pub fn ascii_html(html: &str) -> String {
    escape_non_ascii(html, |c, out| {
        let _ = write!(out, "&#x{:X};", u32::from(c));
    })
}

/// JS source: non-ASCII as `\uXXXX` (UTF-16 units), valid in string,
/// template and regular-expression literals and in identifiers, and inert in
/// comments.
pub fn ascii_js(js: &str) -> String {
    escape_non_ascii(js, |c, out| {
        let mut units = [0u16; 2];
        for unit in c.encode_utf16(&mut units) {
            let _ = write!(out, "\\u{unit:04X}");
        }
    })
}

/// CSS: non-ASCII as `\XXXX ` — the space ends the escape and is consumed
/// with it, so whitespace that followed the character is kept; valid in
/// strings and identifiers, inert in comments.
pub fn ascii_css(css: &str) -> String {
    escape_non_ascii(css, |c, out| {
        let _ = write!(out, "\\{:X} ", u32::from(c));
    })
}

fn escape_non_ascii(text: &str, escape: impl Fn(char, &mut String)) -> String {
    if text.is_ascii() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            escape(c, &mut out);
        }
    }
    out
}

/// The page's decoder: `mamoriLatinBytes(text, byteLength)` → Uint8Array.
/// Mirrors [`encode`]; keep the two in step (the tests run both). Characters
/// below U+0100 are their own byte; the 27 others windows-1252 puts at
/// 0x80–0x9F (€, ‚, …) come from a table generated here from encoding_rs,
/// so it cannot disagree with [`encode`] — and the page does not rely on
/// `TextDecoder('windows-1252')`, which Node, for one, gets wrong.
pub fn decoder_js() -> String {
    let upper: String = windows_1252_chars()[0x80..0xA0]
        .iter()
        .map(|&c| format!("\\u{:04X}", u32::from(c)))
        .collect();
    format!(
        "\
function mamoriLatinBytes(text, byteLength) {{
  const UNSAFE = [0, 10, 13, 34, 92, 60, 126];
  const UPPER = '{upper}';
  // Byte of each of those characters by code point (a table lookup: a
  // search in UPPER for a tenth of 1.3 M characters took tens of ms).
  const BYTE = new Int16Array(0x2200).fill(-1);
  for (let k = 0; k < UPPER.length; k++) BYTE[UPPER.charCodeAt(k)] = 0x80 + k;
  const out = new Uint8Array(byteLength);
  let o = 0;
  for (let i = 0; i < text.length && o < byteLength; i++) {{
    const c = text.charCodeAt(i);
    if (c === 126) {{ out[o++] = UNSAFE[text.charCodeAt(++i) - 48]; continue; }}
    if (c < 0x100) {{ out[o++] = c; continue; }}
    const b = c < 0x2200 ? BYTE[c] : -1;
    if (b < 0) throw new Error('embedded wasm is damaged at character ' + i);
    out[o++] = b;
  }}
  if (o !== byteLength) throw new Error('embedded wasm is damaged: ' + o + ' of ' + byteLength + ' bytes');
  return out;
}}
"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    /// A deterministic byte soup with every value.
    fn sample(len: usize, seed: u64) -> Vec<u8> {
        let mut x = seed;
        (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect()
    }

    /// What a browser reads out of the file: the windows-1252 bytes decoded.
    fn as_browser_reads(bytes: &[u8]) -> String {
        encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned()
    }

    #[test]
    fn every_byte_value_is_one_character_and_survives_the_file() {
        let all: Vec<u8> = (0..=255).collect();
        let text = encode(&all);
        let file = to_windows_1252(&text).expect("encodable");
        assert_eq!(
            file.len(),
            256 + UNSAFE.len(),
            "one byte each, two per escape"
        );
        assert_eq!(as_browser_reads(&file), text);
    }

    #[test]
    fn output_is_safe_inside_a_script_string_literal() {
        let text = encode(&sample(100_000, 42));
        let file = to_windows_1252(&text).expect("encodable");
        for (i, b) in file.iter().enumerate() {
            assert!(
                !UNSAFE[..6].contains(b),
                "unsafe byte {b} at {i} (escape char aside)"
            );
            if *b == ESCAPE {
                assert!((b'0'..b'7').contains(&file[i + 1]), "escape at {i}");
            }
        }
        assert!(!text.contains("</") && !text.contains('\u{2028}') && !text.contains('\u{2029}'));
    }

    #[test]
    fn costs_about_one_byte_per_byte() {
        let bytes = sample(100_000, 7);
        let file = to_windows_1252(&encode(&bytes)).expect("encodable");
        let ratio = file.len() as f64 / bytes.len() as f64;
        assert!((1.02..1.035).contains(&ratio), "ratio {ratio}");
    }

    #[test]
    fn non_ascii_page_text_is_escaped_and_anything_left_is_refused() {
        assert_eq!(
            ascii_html("<title>守り</title>"),
            "<title>&#x5B88;&#x308A;</title>"
        );
        assert_eq!(ascii_js("'守😀'"), "'\\u5B88\\uD83D\\uDE00'");
        assert_eq!(
            ascii_css("a::after{content:'… x'}"),
            "a::after{content:'\\2026  x'}"
        );
        assert_eq!(ascii_js("plain"), "plain");
        assert!(to_windows_1252("守").is_err());
        assert_eq!(
            to_windows_1252("é€").expect("in windows-1252"),
            vec![0xE9, 0x80]
        );
    }

    /// The page's own decoder, run by Node on what the browser would read.
    #[test]
    fn page_decoder_agrees_with_the_encoder() {
        let mut bytes = sample(5_000, 3);
        bytes.extend(0..=255u8);
        let text = as_browser_reads(&to_windows_1252(&encode(&bytes)).expect("encodable"));
        let expected: Vec<String> = bytes.iter().map(u8::to_string).collect();
        let program = format!(
            "{}\nconst got = mamoriLatinBytes(process.argv[1], {len});\n\
             process.stdout.write(Array.from(got).join(','));",
            decoder_js(),
            len = bytes.len()
        );
        let out = Command::new("node")
            .args(["-e", &program, &text])
            .output()
            .expect("node is installed (the E2E tests need it too)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(String::from_utf8_lossy(&out.stdout), expected.join(","));
    }
}
