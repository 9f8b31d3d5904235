//! Recovery codes: 160 random bits a person can print and type back.
//!
//! 32 characters of Crockford's base32 (digits and capitals without I, L, O,
//! U), shown in eight groups of four: `7QK2-…`. Typing is forgiving: case,
//! hyphens and spaces do not matter, and O/I/L are read as 0/1/1.

use super::error::SealError;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Random bytes in a code.
pub const CODE_BYTES: usize = 20;
/// Characters in a code (without hyphens).
pub const CODE_CHARS: usize = CODE_BYTES * 8 / 5;

/// A code as shown: eight groups of four characters joined by hyphens.
pub fn format_code(bytes: &[u8; CODE_BYTES]) -> String {
    let mut out = String::with_capacity(CODE_CHARS + 7);
    let mut acc: u64 = 0;
    let mut bits = 0;
    let mut n = 0;
    for &b in bytes {
        acc = (acc << 8) | u64::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            if n > 0 && n % 4 == 0 {
                out.push('-');
            }
            // Masked to five bits: a valid index.
            out.push(char::from(ALPHABET[((acc >> bits) & 31) as usize]));
            n += 1;
        }
        acc &= (1 << bits) - 1;
    }
    out
}

/// The canonical code (32 capitals and digits) of what a person typed.
pub fn normalize(typed: &str) -> Result<String, SealError> {
    let mut out = String::with_capacity(CODE_CHARS);
    for c in typed.chars() {
        let c = match c.to_ascii_uppercase() {
            '-' | ' ' | '\t' | '\n' | '\r' | '\u{3000}' | 'ー' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            c if c.is_ascii() && ALPHABET.contains(&(c as u8)) => c,
            _ => return Err(SealError::NotARecoveryCode),
        };
        out.push(c);
    }
    if out.len() == CODE_CHARS {
        Ok(out)
    } else {
        Err(SealError::NotARecoveryCode)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_grouped_and_read_back_forgivingly() {
        let code = format_code(&[0xA5; CODE_BYTES]);
        assert_eq!(code.len(), CODE_CHARS + 7);
        assert_eq!(code.split('-').count(), 8);
        let canonical = code.replace('-', "");
        assert_eq!(normalize(&code), Ok(canonical.clone()));
        assert_eq!(
            normalize(&code.to_lowercase().replace('-', " ")),
            Ok(canonical)
        );
        assert_eq!(normalize("O0IL").err(), Some(SealError::NotARecoveryCode));
        assert_eq!(
            normalize(&"oil1".repeat(8)),
            Ok("0111".repeat(8)),
            "O, I and L read as digits"
        );
        assert_eq!(normalize(&"U".repeat(32)), Err(SealError::NotARecoveryCode));
        assert_eq!(normalize("パスワード"), Err(SealError::NotARecoveryCode));
    }
}
