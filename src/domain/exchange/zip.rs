//! A small zip reader and writer for table sets and roll-ups.
//!
//! Why not the `zip` crate: its current releases pull in random-number,
//! time and zeroize crates (and, on wasm, a JS random source) that this
//! offline, pure domain does not need. What we need is small: write a few
//! CSVs, and read back zips written by us, Windows Explorer, macOS Finder,
//! `zip` and LibreOffice — stored or deflated, no encryption, no ZIP64.
//! Inflating uses `miniz_oxide` (pure Rust, the engine behind `flate2`).
//!
//! **Writing** uses method 0 (stored): the files are a few kilobytes each,
//! the output is byte-for-byte deterministic, and no compressor goes into
//! the wasm bundle. Names are flagged UTF-8 (general-purpose bit 11).
//!
//! **Reading** trusts the central directory (as every unzip tool does),
//! checks each entry's CRC-32, caps the inflated size (zip bombs), and skips
//! folders and macOS metadata (`__MACOSX/`, `._*`). Nested `.zip` entries are
//! expanded too (a zip of labs' zips), up to [`MAX_DEPTH`] levels.

use time::OffsetDateTime;

/// A file in or out of a zip: its path and bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BinaryFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl BinaryFile {
    pub fn new(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        BinaryFile {
            name: name.into(),
            bytes: bytes.into(),
        }
    }
}

/// Why a zip (or one entry of it) could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ZipError {
    #[error("no end-of-central-directory record: not a zip file")]
    NotAZip,
    #[error("truncated or inconsistent zip structure")]
    Truncated,
    #[error("{0}: encrypted entries are not supported")]
    Encrypted(String),
    #[error("{0}: ZIP64 entries are not supported")]
    Zip64(String),
    #[error("{name}: compression method {method} is not supported")]
    Method { name: String, method: u16 },
    #[error("{0}: the compressed data is corrupt")]
    Corrupt(String),
    #[error("{0}: CRC check failed")]
    Crc(String),
    #[error("the archive expands beyond {MAX_TOTAL} bytes")]
    TooLarge,
}

impl ZipError {
    /// The reason in the UI's language (the `Display` text is English, for
    /// logs and tests).
    pub fn message(&self, lang: crate::domain::text::Lang) -> String {
        use crate::domain::text::Lang::{En, Ja};
        let mib = MAX_TOTAL / (1024 * 1024);
        match (self, lang) {
            (ZipError::NotAZip, Ja) => "ZIP形式ではありません".into(),
            (ZipError::NotAZip, En) => "not a zip file".into(),
            (ZipError::Truncated, Ja) => "ZIPの構造が途中で切れているか壊れています".into(),
            (ZipError::Truncated, En) => "the zip structure is cut short or inconsistent".into(),
            (ZipError::Encrypted(n), Ja) => {
                format!("{n}: 暗号化されたエントリには対応していません")
            }
            (ZipError::Encrypted(n), En) => format!("{n}: encrypted entries are not supported"),
            (ZipError::Zip64(n), Ja) => format!("{n}: ZIP64形式のエントリには対応していません"),
            (ZipError::Zip64(n), En) => format!("{n}: ZIP64 entries are not supported"),
            (ZipError::Method { name, method }, Ja) => {
                format!("{name}: 圧縮方式{method}には対応していません")
            }
            (ZipError::Method { name, method }, En) => {
                format!("{name}: compression method {method} is not supported")
            }
            (ZipError::Corrupt(n), Ja) => format!("{n}: 圧縮データが壊れています"),
            (ZipError::Corrupt(n), En) => format!("{n}: the compressed data is corrupt"),
            (ZipError::Crc(n), Ja) => format!("{n}: チェックサム（CRC）が一致しません"),
            (ZipError::Crc(n), En) => format!("{n}: CRC check failed"),
            (ZipError::TooLarge, Ja) => format!("展開すると{mib} MiBを超えます"),
            (ZipError::TooLarge, En) => format!("it expands beyond {mib} MiB"),
        }
    }
}

/// Largest total of inflated bytes one read accepts (and one entry).
pub const MAX_TOTAL: usize = 256 * 1024 * 1024;
/// How deep zips inside zips are expanded.
pub const MAX_DEPTH: usize = 3;

/// Whether bytes start like a zip (local header or empty archive).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

// ---- CRC-32 (IEEE, as zip uses) --------------------------------------------

const fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}

static CRC_TABLE: [u32; 256] = crc_table();

pub fn crc32(bytes: &[u8]) -> u32 {
    let mut c = Crc32::default();
    c.update(bytes);
    c.value()
}

/// A CRC-32 computed piece by piece (an export in slices checksums each
/// slice of a file as it is written).
#[derive(Clone, Copy, Debug)]
pub struct Crc32(u32);

impl Default for Crc32 {
    fn default() -> Self {
        Crc32(0xFFFF_FFFF)
    }
}

impl Crc32 {
    pub fn update(&mut self, bytes: &[u8]) {
        let mut c = self.0;
        for &b in bytes {
            c = CRC_TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8);
        }
        self.0 = c;
    }

    pub fn value(self) -> u32 {
        self.0 ^ 0xFFFF_FFFF
    }
}

// ---- writing ---------------------------------------------------------------

/// MS-DOS time and date of `t` (local wall time as given; 1980 at the
/// earliest, as the format cannot say earlier).
fn dos_time(t: OffsetDateTime) -> (u16, u16) {
    let year = t.year().clamp(1980, 2107);
    let date =
        ((year - 1980) as u16) << 9 | u16::from(u8::from(t.month())) << 5 | u16::from(t.day());
    let time = u16::from(t.hour()) << 11 | u16::from(t.minute()) << 5 | u16::from(t.second() / 2);
    (time, date)
}

/// Writes the files into one zip, stored (see the module doc), each stamped
/// `modified`. Deterministic: the same input gives the same bytes.
pub fn write_zip(files: &[BinaryFile], modified: OffsetDateTime) -> Vec<u8> {
    let checked: Vec<(&BinaryFile, u32)> = files.iter().map(|f| (f, crc32(&f.bytes))).collect();
    write_zip_checked(&checked, modified)
}

/// [`write_zip`] for files whose CRC-32 is already known (computed while
/// they were written): only copies bytes.
pub fn write_zip_checked(files: &[(&BinaryFile, u32)], modified: OffsetDateTime) -> Vec<u8> {
    let (time, date) = dos_time(modified);
    let total: usize = files
        .iter()
        .map(|(f, _)| f.bytes.len() + 2 * f.name.len() + 100)
        .sum();
    let mut out = Vec::with_capacity(total);
    let mut central = Vec::new();
    let mut count = 0u16;
    for &(f, crc) in files {
        let name = f.name.as_bytes();
        // Sizes above 4 GiB would need ZIP64; CSVs never get there, and
        // saturating keeps a bad size from wrapping silently.
        let size = u32::try_from(f.bytes.len()).unwrap_or(u32::MAX);
        let name_len = u16::try_from(name.len()).unwrap_or(u16::MAX);
        let offset = u32::try_from(out.len()).unwrap_or(u32::MAX);
        let name = &name[..usize::from(name_len)];
        // Local file header.
        out.extend_from_slice(b"PK\x03\x04");
        push16(&mut out, 10); // version needed: 1.0 (stored)
        push16(&mut out, 0x0800); // flags: UTF-8 names
        push16(&mut out, 0); // method: stored
        push16(&mut out, time);
        push16(&mut out, date);
        push32(&mut out, crc);
        push32(&mut out, size);
        push32(&mut out, size);
        push16(&mut out, name_len);
        push16(&mut out, 0); // extra length
        out.extend_from_slice(name);
        out.extend_from_slice(&f.bytes);
        // Central directory entry.
        central.extend_from_slice(b"PK\x01\x02");
        push16(&mut central, 0x031E); // made by: Unix, spec 3.0
        push16(&mut central, 10);
        push16(&mut central, 0x0800);
        push16(&mut central, 0);
        push16(&mut central, time);
        push16(&mut central, date);
        push32(&mut central, crc);
        push32(&mut central, size);
        push32(&mut central, size);
        push16(&mut central, name_len);
        push16(&mut central, 0); // extra
        push16(&mut central, 0); // comment
        push16(&mut central, 0); // disk
        push16(&mut central, 0); // internal attributes
        push32(&mut central, 0o100644 << 16); // external: regular file rw-r--r--
        push32(&mut central, offset);
        central.extend_from_slice(name);
        count = count.saturating_add(1);
    }
    let cd_offset = u32::try_from(out.len()).unwrap_or(u32::MAX);
    let cd_size = u32::try_from(central.len()).unwrap_or(u32::MAX);
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06");
    push16(&mut out, 0);
    push16(&mut out, 0);
    push16(&mut out, count);
    push16(&mut out, count);
    push32(&mut out, cd_size);
    push32(&mut out, cd_offset);
    push16(&mut out, 0); // comment length
    out
}

fn push16(v: &mut Vec<u8>, x: u16) {
    v.extend_from_slice(&x.to_le_bytes());
}
fn push32(v: &mut Vec<u8>, x: u32) {
    v.extend_from_slice(&x.to_le_bytes());
}

// ---- reading ---------------------------------------------------------------

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([s[0], s[1]]))
}
fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// Reads every file entry of one zip (not expanding nested zips).
pub fn read_zip(bytes: &[u8]) -> Result<Vec<BinaryFile>, ZipError> {
    // The end record is in the last 22 + 65535 (comment) bytes.
    let min = bytes.len().saturating_sub(22 + 0xFFFF);
    let eocd = (min..=bytes.len().saturating_sub(22))
        .rev()
        .find(|&i| bytes.get(i..i + 4) == Some(b"PK\x05\x06"))
        .ok_or(ZipError::NotAZip)?;
    let count = u16_at(bytes, eocd + 10).ok_or(ZipError::Truncated)?;
    let cd_offset = u32_at(bytes, eocd + 16).ok_or(ZipError::Truncated)? as usize;
    if count == 0xFFFF || cd_offset == 0xFFFF_FFFF {
        return Err(ZipError::Zip64(String::new()));
    }
    let mut at = cd_offset;
    let mut files = Vec::new();
    let mut total = 0usize;
    for _ in 0..count {
        if u32_at(bytes, at) != Some(0x0201_4b50) {
            return Err(ZipError::Truncated);
        }
        let field = |o: usize| u16_at(bytes, at.saturating_add(o)).ok_or(ZipError::Truncated);
        let flags = field(8)?;
        let method = field(10)?;
        let word = |o: usize| u32_at(bytes, at.saturating_add(o)).ok_or(ZipError::Truncated);
        let crc = word(16)?;
        let csize = word(20)?;
        let usize_ = word(24)?;
        let n = usize::from(field(28)?);
        let e = usize::from(field(30)?);
        let c = usize::from(field(32)?);
        let local = word(42)? as usize;
        let raw_name = bytes
            .get(at.saturating_add(46)..at.saturating_add(46 + n))
            .ok_or(ZipError::Truncated)?;
        // Without the UTF-8 flag names are CP437 (or CP932 from Japanese
        // Windows); table names are ASCII either way, others are only shown.
        let name = String::from_utf8_lossy(raw_name).into_owned();
        at = at.saturating_add(46 + n + e + c);

        if name.ends_with('/') || is_metadata(&name) {
            continue;
        }
        if flags & 1 != 0 {
            return Err(ZipError::Encrypted(name));
        }
        if csize == 0xFFFF_FFFF || usize_ == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
            return Err(ZipError::Zip64(name));
        }
        if u32_at(bytes, local) != Some(0x0403_4b50) {
            return Err(ZipError::Truncated);
        }
        let ln = usize::from(u16_at(bytes, local.saturating_add(26)).ok_or(ZipError::Truncated)?);
        let le = usize::from(u16_at(bytes, local.saturating_add(28)).ok_or(ZipError::Truncated)?);
        // Checked: on wasm32 a hostile offset could otherwise overflow.
        let start = local.checked_add(30 + ln + le).ok_or(ZipError::Truncated)?;
        let end = start
            .checked_add(csize as usize)
            .ok_or(ZipError::Truncated)?;
        let data = bytes.get(start..end).ok_or(ZipError::Truncated)?;
        let out = match method {
            0 => data.to_vec(),
            8 => {
                let limit = (usize_ as usize).min(MAX_TOTAL - total);
                let v = miniz_oxide::inflate::decompress_to_vec_with_limit(data, limit)
                    .map_err(|_| ZipError::Corrupt(name.clone()))?;
                if v.len() != usize_ as usize {
                    return Err(ZipError::Corrupt(name));
                }
                v
            }
            m => return Err(ZipError::Method { name, method: m }),
        };
        total = total.saturating_add(out.len());
        if total > MAX_TOTAL {
            return Err(ZipError::TooLarge);
        }
        if crc32(&out) != crc {
            return Err(ZipError::Crc(name));
        }
        files.push(BinaryFile { name, bytes: out });
    }
    Ok(files)
}

fn is_metadata(name: &str) -> bool {
    let base = name.rsplit('/').next().unwrap_or(name);
    name.starts_with("__MACOSX/") || base.starts_with("._") || base == ".DS_Store"
}

/// Expands zips (and zips in zips, up to [`MAX_DEPTH`]) into their files;
/// other files pass through. Inner names are prefixed with the zip's name
/// (`labs.zip/lab-a.zip/technologies.csv`), so problems say where a file was.
/// Unreadable zips are reported by name and left out.
pub fn expand(files: Vec<BinaryFile>) -> (Vec<BinaryFile>, Vec<(String, ZipError)>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut queue: Vec<(BinaryFile, usize)> = files.into_iter().rev().map(|f| (f, 0)).collect();
    while let Some((f, depth)) = queue.pop() {
        let named_zip = f.name.to_ascii_lowercase().ends_with(".zip");
        if (named_zip || is_zip(&f.bytes)) && depth < MAX_DEPTH {
            match read_zip(&f.bytes) {
                Ok(inner) => {
                    for g in inner.into_iter().rev() {
                        queue.push((
                            BinaryFile {
                                name: format!("{}/{}", f.name, g.name),
                                bytes: g.bytes,
                            },
                            depth + 1,
                        ));
                    }
                }
                Err(e) => errors.push((f.name, e)),
            }
        } else {
            out.push(f);
        }
    }
    (out, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> OffsetDateTime {
        time::macros::datetime!(2025-06-01 09:00 +09:00)
    }

    #[test]
    fn crc_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn written_zips_read_back_and_are_deterministic() {
        let files = vec![
            BinaryFile::new("technologies.csv", "a,b\r\n1,2\r\n"),
            BinaryFile::new("日本語.csv", "名前\r\n"),
            BinaryFile::new("empty.csv", ""),
        ];
        let z = write_zip(&files, t0());
        assert_eq!(z, write_zip(&files, t0()));
        assert!(is_zip(&z));
        assert_eq!(read_zip(&z), Ok(files));
    }

    #[test]
    fn deflated_entries_from_other_tools_are_inflated() {
        // Rewrite a stored entry as deflated, as Explorer or Finder would.
        let body = "workbook_id,name\r\n".repeat(50);
        let deflated = miniz_oxide::deflate::compress_to_vec(body.as_bytes(), 6);
        let mut z = write_zip(&[BinaryFile::new("a.csv", "")], t0());
        // Splice: rebuild by hand with method 8.
        z.clear();
        let crc = crc32(body.as_bytes());
        let name = b"a.csv";
        z.extend_from_slice(b"PK\x03\x04");
        for v in [20u16, 0, 8, 0, 0] {
            push16(&mut z, v);
        }
        push32(&mut z, crc);
        push32(&mut z, deflated.len() as u32);
        push32(&mut z, body.len() as u32);
        push16(&mut z, name.len() as u16);
        push16(&mut z, 0);
        z.extend_from_slice(name);
        z.extend_from_slice(&deflated);
        let cd = z.len() as u32;
        z.extend_from_slice(b"PK\x01\x02");
        for v in [20u16, 20, 0, 8, 0, 0] {
            push16(&mut z, v);
        }
        push32(&mut z, crc);
        push32(&mut z, deflated.len() as u32);
        push32(&mut z, body.len() as u32);
        for v in [name.len() as u16, 0, 0, 0, 0] {
            push16(&mut z, v);
        }
        push32(&mut z, 0);
        push32(&mut z, 0);
        z.extend_from_slice(name);
        let cd_size = z.len() as u32 - cd;
        z.extend_from_slice(b"PK\x05\x06");
        for v in [0u16, 0, 1, 1] {
            push16(&mut z, v);
        }
        push32(&mut z, cd_size);
        push32(&mut z, cd);
        push16(&mut z, 0);
        let files = read_zip(&z).expect("reads");
        assert_eq!(files[0].bytes, body.as_bytes());
        // A flipped byte in the data is caught.
        let mut bad = z.clone();
        bad[40] ^= 0xFF;
        assert!(read_zip(&bad).is_err());
    }

    #[test]
    fn zips_of_zips_expand_with_their_path_and_junk_is_reported() {
        let lab = write_zip(&[BinaryFile::new("technologies.csv", "x")], t0());
        let outer = write_zip(
            &[
                BinaryFile::new("lab-a.zip", lab.clone()),
                BinaryFile::new("__MACOSX/._lab-a.zip", "junk"),
            ],
            t0(),
        );
        let (files, errors) = expand(vec![
            BinaryFile::new("labs.zip", outer),
            BinaryFile::new("broken.zip", "PK\x03\x04nonsense"),
        ]);
        assert_eq!(
            files,
            vec![BinaryFile::new("labs.zip/lab-a.zip/technologies.csv", "x")]
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].0, "broken.zip");
    }

    #[test]
    fn garbage_never_panics() {
        for bytes in [
            &b""[..],
            b"PK\x05\x06",
            b"PK\x05\x06\0\0\0\0\xff\xff\xff\xff\0\0\0\0\0\0\0\0\0\0",
        ] {
            let _ = read_zip(bytes);
        }
    }
}
