//! A 7-bits-per-character text encoding for the wasm embedded in the page's
//! inline script, in place of base64.
//!
//! Why: base64 spends 8 bits of the file on 6 bits of data (+33 %); this
//! spends 8 on 7 (+14 %), which is about 140 KB less for our ~770 KB of
//! compressed wasm. The page is UTF-8, so every ASCII character costs one
//! byte and can carry 7 bits, except the few a JS string literal inside an
//! HTML `<script>` cannot hold verbatim ([`UNSAFE`]). An unsafe 7-bit group is
//! written together with the group after it as one character in
//! U+0100..U+03FF (two bytes of UTF-8, 14 bits of data), so those cost no
//! more than the rest. The same idea is known as "base-122".
//!
//! The decoder is [`DECODER_JS`], run in the page; `tests` runs that exact
//! code in Node against this encoder.

/// ASCII values that may not appear verbatim: NUL (the HTML parser turns it
/// into U+FFFD), LF and CR (a string literal cannot hold them; the parser
/// also rewrites CR), `"` and `\` (end or escape the literal), and `<` (so
/// that no `</script` or `<!--` can ever be formed inside the script).
pub const UNSAFE: [u8; 6] = [0, b'\n', b'\r', b'"', b'\\', b'<'];

/// First code point of the two-byte escapes: above Latin-1's C1 controls, so
/// every escape is a plain printable letter to every tool that reads the file.
const ESCAPE_BASE: u32 = 0x100;

/// Encodes `bytes` as a string that can sit between `"` in an inline script.
/// The decoder needs `bytes.len()` to drop the padding bits of the last group.
pub fn encode(bytes: &[u8]) -> String {
    let groups = seven_bit_groups(bytes);
    let mut out = String::with_capacity(groups.len() + groups.len() / 16);
    let mut i = 0;
    while i < groups.len() {
        let group = groups[i];
        match UNSAFE.iter().position(|&u| u == group) {
            None => {
                out.push(char::from(group));
                i += 1;
            }
            Some(which) => {
                // The next group rides along; at the very end there is none,
                // and the decoder drops the padding it reads instead.
                let next = groups.get(i + 1).copied().unwrap_or(0);
                let code = ESCAPE_BASE + ((which as u32) << 7) + u32::from(next);
                // which < 6 and next < 128, so code < 0x400: always a valid char.
                out.push(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
                i += 2;
            }
        }
    }
    out
}

/// The input's bits, most significant first, cut into 7-bit groups (the last
/// one padded with zeros).
fn seven_bit_groups(bytes: &[u8]) -> Vec<u8> {
    let mut groups = Vec::with_capacity(bytes.len() * 8 / 7 + 1);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 7 {
            bits -= 7;
            groups.push(((acc >> bits) & 0x7f) as u8);
        }
        acc &= (1 << bits) - 1;
    }
    if bits > 0 {
        groups.push(((acc << (7 - bits)) & 0x7f) as u8);
    }
    groups
}

/// The page's decoder: `mamoriSevenBitBytes(text, byteLength)` → Uint8Array.
/// Mirrors [`encode`]; keep the two in step (the tests run both).
pub const DECODER_JS: &str = "\
function mamoriSevenBitBytes(text, byteLength) {
  const UNSAFE = [0, 10, 13, 34, 92, 60];
  const out = new Uint8Array(byteLength);
  let acc = 0, bits = 0, o = 0;
  const put = (group) => {
    acc = ((acc << 7) | group) & 0x7fff;
    bits += 7;
    if (bits >= 8) { bits -= 8; if (o < byteLength) out[o++] = (acc >> bits) & 0xff; }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) { put(c); continue; }
    const v = c - 256;
    put(UNSAFE[v >> 7]);
    put(v & 127);
  }
  if (o !== byteLength) throw new Error('embedded wasm is damaged: ' + o + ' of ' + byteLength + ' bytes');
  return out;
}
";

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    /// A deterministic byte soup with every value and plenty of unsafe groups.
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

    /// Native mirror of DECODER_JS, for the exhaustive checks.
    fn decode(text: &str, byte_len: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(byte_len);
        let (mut acc, mut bits) = (0u32, 0);
        let mut put = |g: u32, out: &mut Vec<u8>| {
            acc = ((acc << 7) | g) & 0x7fff;
            bits += 7;
            if bits >= 8 {
                bits -= 8;
                if out.len() < byte_len {
                    out.push(((acc >> bits) & 0xff) as u8);
                }
            }
        };
        for c in text.chars() {
            let c = c as u32;
            if c < 128 {
                put(c, &mut out);
            } else {
                let v = c - ESCAPE_BASE;
                put(u32::from(UNSAFE[(v >> 7) as usize]), &mut out);
                put(v & 127, &mut out);
            }
        }
        out
    }

    #[test]
    fn round_trips_every_length_and_edge() {
        for len in 0..64 {
            for seed in 1..8 {
                let bytes = sample(len, seed);
                assert_eq!(decode(&encode(&bytes), len), bytes, "len {len} seed {seed}");
            }
        }
        // Runs of unsafe groups, at the very end too.
        for bytes in [
            vec![0u8; 33],
            vec![0xffu8; 33],
            b"<<<<\"\"\"\\\\\\\n\r".to_vec(),
        ] {
            assert_eq!(decode(&encode(&bytes), bytes.len()), bytes);
        }
    }

    #[test]
    fn output_is_safe_inside_a_script_string_literal() {
        let text = encode(&sample(100_000, 42));
        for c in text.chars().map(u32::from) {
            if c < 128 {
                assert!(!UNSAFE.contains(&(c as u8)), "unsafe ASCII {c}");
            } else {
                assert!((ESCAPE_BASE..0x400).contains(&c), "unexpected U+{c:04X}");
            }
        }
        assert!(!text.contains("</"));
    }

    #[test]
    fn costs_about_eight_bits_per_seven() {
        let bytes = sample(100_000, 7);
        let utf8_len = encode(&bytes).len();
        let ratio = utf8_len as f64 / bytes.len() as f64;
        assert!((1.14..1.16).contains(&ratio), "ratio {ratio}");
    }

    /// The page's own decoder, run by Node on the encoder's output.
    #[test]
    fn page_decoder_agrees_with_the_encoder() {
        let bytes = sample(5_000, 3);
        let text = encode(&bytes);
        let expected: Vec<String> = bytes.iter().map(u8::to_string).collect();
        let program = format!(
            "{DECODER_JS}\nconst got = mamoriSevenBitBytes(process.argv[1], {len});\n\
             process.stdout.write(Array.from(got).join(','));",
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
