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
//! checks each entry's CRC-32, and skips folders and macOS metadata
//! (`__MACOSX/`, `._*`). Nested `.zip` entries are expanded too (a zip of
//! labs' zips), up to [`MAX_DEPTH`] levels, by an [`Expander`] that reads one
//! entry per step.
//!
//! **Zip bombs.** One [`Limits`] budget covers a whole expansion: every
//! picked file and every nesting level together ([`MAX_TOTAL`] bytes out,
//! [`MAX_ENTRIES`] directory records). A nested zip gets no fresh budget, an
//! entry's declared size is charged before it is copied or inflated (and the
//! inflater is held to it), a directory whose declared sizes pass what is
//! left is refused before anything is inflated, and entries that share or
//! overlap their data (one stream listed many times) are refused outright.
//! So memory stays within the budget plus the picked bytes, whatever the
//! archive claims.

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
    /// The budget of bytes of one expansion (the limit) is spent.
    #[error("the zips expand beyond {0} bytes in all")]
    TooLarge(usize),
    /// More directory records than one expansion reads (the limit).
    #[error("the zips hold more than {0} entries in all")]
    TooManyEntries(usize),
    /// This entry's data is (partly) another entry's: a bomb's trick.
    #[error("{0}: entries share or overlap their data")]
    OverlappingEntries(String),
}

impl ZipError {
    /// The reason in the UI's language (the `Display` text is English, for
    /// logs and tests).
    pub fn message(&self, lang: crate::domain::text::Lang) -> String {
        use crate::domain::text::Lang::{En, Ja};
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
            (ZipError::TooLarge(limit), Ja) => format!(
                "展開後の合計が1回の取り込みの上限（{}、ZIP内のZIPも含む）を超えます",
                size_text(*limit, Ja)
            ),
            (ZipError::TooLarge(limit), En) => format!(
                "the contents add up to more than {}, the limit for one import (zips inside zips included)",
                size_text(*limit, En)
            ),
            (ZipError::TooManyEntries(limit), Ja) => format!(
                "ファイル数が1回の取り込みの上限（{limit}個、ZIP内のZIPも含む）を超えます"
            ),
            (ZipError::TooManyEntries(limit), En) => format!(
                "it holds more than {limit} files, the limit for one import (zips inside zips included)"
            ),
            (ZipError::OverlappingEntries(n), Ja) => format!(
                "{n}: 複数のエントリが同じデータを指しています（壊れたZIPか、ZIP爆弾の可能性があります）"
            ),
            (ZipError::OverlappingEntries(n), En) => format!(
                "{n}: several entries point at the same data (a damaged zip or a zip bomb)"
            ),
        }
    }

    /// Whether a limit of the whole expansion was passed (the picked file
    /// is refused as a whole, not just the zip it happened in).
    pub fn is_limit(&self) -> bool {
        matches!(self, ZipError::TooLarge(_) | ZipError::TooManyEntries(_))
    }
}

/// A byte count for people: whole MiB or KiB when exact, else bytes.
fn size_text(bytes: usize, lang: crate::domain::text::Lang) -> String {
    const MIB: usize = 1024 * 1024;
    match (bytes, lang) {
        (b, _) if b >= MIB && b % MIB == 0 => format!("{} MiB", b / MIB),
        (b, _) if b >= 1024 && b % 1024 == 0 => format!("{} KiB", b / 1024),
        (b, crate::domain::text::Lang::Ja) => format!("{b}バイト"),
        (b, crate::domain::text::Lang::En) => format!("{b} bytes"),
    }
}

/// Most bytes one expansion produces, all picked files and nesting levels
/// together (an entry's data and its full name; a nested zip counts as an
/// entry of its parent and again through its own entries). A lab's table
/// zip is a few hundred kilobytes, a roll-up of a hundred labs tens of
/// megabytes; 256 MiB is far above both and well below what a wasm tab
/// holds (4 GiB, with copies of the files made after expanding).
pub const MAX_TOTAL: usize = 256 * 1024 * 1024;
/// Most central-directory records one expansion reads, all zips together.
/// A lab's table zip has about 15 (twice that from Finder, with `._`
/// files); 10 000 covers a roll-up of a few hundred labs, and bounds the
/// entries (and names) a tiny archive can make the reader allocate.
pub const MAX_ENTRIES: usize = 10_000;

/// What one expansion may spend: see [`MAX_TOTAL`] and [`MAX_ENTRIES`].
/// Tests and the fuzz target use smaller ones to reach them quickly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub bytes: usize,
    pub entries: usize,
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        bytes: MAX_TOTAL,
        entries: MAX_ENTRIES,
    };
}

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

/// What one expansion has spent of its [`Limits`]. The checks come before
/// the work: an entry's declared size is charged before it is copied or
/// inflated (and the inflater is held to it), so `bytes` never passes the
/// limit and memory stays bounded whatever the archive claims.
#[derive(Clone, Copy, Debug)]
struct Budget {
    limits: Limits,
    bytes: usize,
    entries: usize,
}

impl Budget {
    fn new(limits: Limits) -> Self {
        Budget {
            limits,
            bytes: 0,
            entries: 0,
        }
    }

    fn bytes_left(&self) -> usize {
        self.limits.bytes - self.bytes
    }

    fn charge_bytes(&mut self, n: usize) -> Result<(), ZipError> {
        if n > self.bytes_left() {
            return Err(ZipError::TooLarge(self.limits.bytes));
        }
        self.bytes += n;
        Ok(())
    }

    fn charge_entries(&mut self, n: usize) -> Result<(), ZipError> {
        if n > self.limits.entries - self.entries {
            return Err(ZipError::TooManyEntries(self.limits.entries));
        }
        self.entries += n;
        Ok(())
    }
}

/// A file entry of a zip's central directory, checked against the archive's
/// bounds but not read yet.
#[derive(Clone, Debug)]
struct Entry {
    name: String,
    method: u16,
    crc: u32,
    /// Where its data starts, and its compressed and declared sizes.
    data: usize,
    csize: usize,
    size: usize,
}

impl Entry {
    /// Bytes reading it produces: what the budget is charged.
    fn output_len(&self) -> usize {
        if self.method == 0 {
            self.csize
        } else {
            self.size
        }
    }
}

/// Reads a zip's central directory: its file entries, in order. Charges the
/// budget for every record (folders and metadata too: they cost reading),
/// and refuses before anything is inflated an archive whose entries share
/// or overlap their data (one compressed stream listed many times is a
/// classic bomb) or whose declared sizes already pass the bytes left.
fn directory(bytes: &[u8], budget: &mut Budget) -> Result<Vec<Entry>, ZipError> {
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
    budget.charge_entries(usize::from(count))?;
    let mut at = cd_offset;
    let mut entries = Vec::new();
    // Each read entry's span from its local header to the end of its data.
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
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
        let size = word(24)?;
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
        if csize == 0xFFFF_FFFF || size == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
            return Err(ZipError::Zip64(name));
        }
        if method != 0 && method != 8 {
            return Err(ZipError::Method { name, method });
        }
        if u32_at(bytes, local) != Some(0x0403_4b50) {
            return Err(ZipError::Truncated);
        }
        let ln = usize::from(u16_at(bytes, local.saturating_add(26)).ok_or(ZipError::Truncated)?);
        let le = usize::from(u16_at(bytes, local.saturating_add(28)).ok_or(ZipError::Truncated)?);
        // Checked: on wasm32 a hostile offset could otherwise overflow.
        let data = local.checked_add(30 + ln + le).ok_or(ZipError::Truncated)?;
        let end = data
            .checked_add(csize as usize)
            .ok_or(ZipError::Truncated)?;
        if end > bytes.len() {
            return Err(ZipError::Truncated);
        }
        spans.push((local, end, entries.len()));
        entries.push(Entry {
            name,
            method,
            crc,
            data,
            csize: csize as usize,
            size: size as usize,
        });
    }
    // Real archives store each entry once, one after another; a span that
    // starts before the previous one ends is shared data.
    spans.sort_unstable();
    for w in spans.windows(2) {
        if w[1].0 < w[0].1 {
            let later = w[0].2.max(w[1].2);
            return Err(ZipError::OverlappingEntries(entries[later].name.clone()));
        }
    }
    let declared = entries
        .iter()
        .fold(0usize, |sum, e| sum.saturating_add(e.output_len()));
    if declared > budget.bytes_left() {
        return Err(ZipError::TooLarge(budget.limits.bytes));
    }
    Ok(entries)
}

/// Copies or inflates one entry, charging the budget first, and checks its
/// size and CRC-32.
fn read_entry(bytes: &[u8], entry: &Entry, budget: &mut Budget) -> Result<Vec<u8>, ZipError> {
    let data = bytes
        .get(entry.data..entry.data.saturating_add(entry.csize))
        .ok_or(ZipError::Truncated)?;
    budget.charge_bytes(entry.output_len())?;
    let out = if entry.method == 0 {
        data.to_vec()
    } else {
        // Held to the declared size: a stream inflating further is corrupt,
        // and never allocates more than was charged.
        let v = miniz_oxide::inflate::decompress_to_vec_with_limit(data, entry.size)
            .map_err(|_| ZipError::Corrupt(entry.name.clone()))?;
        if v.len() != entry.size {
            return Err(ZipError::Corrupt(entry.name.clone()));
        }
        v
    };
    if crc32(&out) != entry.crc {
        return Err(ZipError::Crc(entry.name.clone()));
    }
    Ok(out)
}

/// Reads every file entry of one zip (not expanding nested zips), within the
/// default [`Limits`].
pub fn read_zip(bytes: &[u8]) -> Result<Vec<BinaryFile>, ZipError> {
    let mut budget = Budget::new(Limits::DEFAULT);
    directory(bytes, &mut budget)?
        .into_iter()
        .map(|e| {
            let out = read_entry(bytes, &e, &mut budget)?;
            Ok(BinaryFile {
                name: e.name,
                bytes: out,
            })
        })
        .collect()
}

fn is_metadata(name: &str) -> bool {
    let base = name.rsplit('/').next().unwrap_or(name);
    name.starts_with("__MACOSX/") || base.starts_with("._") || base == ".DS_Store"
}

/// A zip being read by an [`Expander`].
struct Archive {
    /// Its path, the prefix of its entries' names.
    name: String,
    bytes: Vec<u8>,
    /// Entries not read yet, in order.
    entries: std::collections::VecDeque<Entry>,
    /// Nesting level of the zip itself (0: a picked file).
    depth: usize,
    /// What it gave so far: kept back until the whole zip is read, so an
    /// archive that fails part-way is left out as a whole.
    files: Vec<BinaryFile>,
}

/// Expanding zips (and zips in zips, up to [`MAX_DEPTH`]) as a job done in
/// slices: [`Expander::step`] reads ONE entry, so a large archive never
/// blocks the browser for more than one file's inflation. One [`Limits`]
/// budget covers everything it expands (all picked files, every nesting
/// level). [`expand`] is this run to its end.
///
/// Inner names are prefixed with the zip's name
/// (`labs.zip/lab-a.zip/technologies.csv`), so problems say where a file was.
/// A zip that cannot be read is reported by name and left out (with
/// whatever it held); a picked file that passes the budget is reported by its
/// name and left out whole, and every zip after it finds the budget spent.
pub struct Expander {
    budget: Budget,
    /// Picked files not looked at yet.
    queue: std::collections::VecDeque<BinaryFile>,
    /// Zips being read, the picked one first.
    stack: Vec<Archive>,
    out: Vec<BinaryFile>,
    /// For each file of `out`, the position of the picked file it came
    /// from (the roll-up groups a lab's files by the archive picked).
    origins: Vec<usize>,
    /// Position of the picked file being read, and of the next one.
    picked: usize,
    taken: usize,
    errors: Vec<(String, ZipError)>,
    current: String,
    /// Bytes of the picked files, and of those done (the picked zip being
    /// read counts its entries' compressed sizes as they are read).
    total: u64,
    done: u64,
    done_in_top: u64,
}

impl Expander {
    /// Expands `files` within the default [`Limits`].
    pub fn new(files: Vec<BinaryFile>) -> Self {
        Self::with_limits(files, Limits::DEFAULT)
    }

    pub fn with_limits(files: Vec<BinaryFile>, limits: Limits) -> Self {
        Expander {
            budget: Budget::new(limits),
            total: files.iter().map(|f| f.bytes.len() as u64).sum(),
            queue: files.into(),
            stack: Vec::new(),
            out: Vec::new(),
            origins: Vec::new(),
            picked: 0,
            taken: 0,
            errors: Vec::new(),
            current: String::new(),
            done: 0,
            done_in_top: 0,
        }
    }

    pub fn is_done(&self) -> bool {
        self.stack.is_empty() && self.queue.is_empty()
    }

    /// Bytes of the picked files done, and in all.
    pub fn progress(&self) -> (u64, u64) {
        ((self.done + self.done_in_top).min(self.total), self.total)
    }

    /// Entries and picked files known and not read yet (a lower bound of
    /// the steps left: zips found later add theirs).
    pub fn steps_left(&self) -> usize {
        self.queue.len() + self.stack.iter().map(|a| a.entries.len()).sum::<usize>()
    }

    /// The file or entry of the last step.
    pub fn current(&self) -> &str {
        &self.current
    }

    /// Bytes and entries charged so far (never more than the limits).
    pub fn used(&self) -> (usize, usize) {
        (self.budget.bytes, self.budget.entries)
    }

    /// Reads one entry of the innermost open zip, or takes the next picked
    /// file (opening it when it is a zip: its directory is read, not its
    /// entries).
    pub fn step(&mut self) {
        if let Some(top) = self.stack.last_mut() {
            if let Some(entry) = top.entries.pop_front() {
                let name = format!("{}/{}", top.name, entry.name);
                let depth = top.depth + 1;
                if top.depth == 0 {
                    self.done_in_top += entry.csize as u64;
                }
                let read = read_entry(&top.bytes, &entry, &mut self.budget).and_then(|bytes| {
                    // Names count too: nested prefixes repeat.
                    self.budget.charge_bytes(name.len())?;
                    Ok(bytes)
                });
                self.current.clone_from(&name);
                match read {
                    Ok(bytes) => self.take(BinaryFile { name, bytes }, depth),
                    Err(e) => self.refuse_top(e),
                }
            }
        } else if let Some(f) = self.queue.pop_front() {
            self.current.clone_from(&f.name);
            self.picked = self.taken;
            self.taken += 1;
            self.take(f, 0);
        }
        self.close_finished();
    }

    /// The files and the zips that could not be read (runs any steps left).
    pub fn finish(self) -> (Vec<BinaryFile>, Vec<(String, ZipError)>) {
        let (files, _, errors) = self.finish_with_origins();
        (files, errors)
    }

    /// [`Expander::finish`], with the position of the picked file each file
    /// came from (parallel to the files).
    pub fn finish_with_origins(mut self) -> (Vec<BinaryFile>, Vec<usize>, Vec<(String, ZipError)>) {
        while !self.is_done() {
            self.step();
        }
        (self.out, self.origins, self.errors)
    }

    /// A file read at `depth`: opened when it is a zip, else kept.
    fn take(&mut self, f: BinaryFile, depth: usize) {
        let named_zip = f.name.to_ascii_lowercase().ends_with(".zip");
        if (named_zip || is_zip(&f.bytes)) && depth < MAX_DEPTH {
            match directory(&f.bytes, &mut self.budget) {
                Ok(entries) => self.stack.push(Archive {
                    name: f.name,
                    bytes: f.bytes,
                    entries: entries.into(),
                    depth,
                    files: Vec::new(),
                }),
                Err(e) if e.is_limit() || depth == 0 => {
                    if depth == 0 {
                        self.done += f.bytes.len() as u64;
                    }
                    self.refuse(f.name, e);
                }
                Err(e) => self.errors.push((f.name, e)),
            }
        } else {
            if depth == 0 {
                self.done += f.bytes.len() as u64;
            }
            match self.stack.last_mut() {
                Some(parent) => parent.files.push(f),
                None => {
                    self.out.push(f);
                    self.origins.push(self.picked);
                }
            }
        }
    }

    /// The innermost open zip failed: left out with what it gave.
    fn refuse_top(&mut self, e: ZipError) {
        if let Some(top) = self.stack.pop() {
            if top.depth == 0 {
                self.finish_top(top.bytes.len());
            }
            self.refuse(top.name, e);
        }
    }

    /// Reports `name`'s error. A limit passed refuses the picked file it
    /// is in as a whole, named as picked: the budget is for the import.
    fn refuse(&mut self, name: String, e: ZipError) {
        if e.is_limit() {
            if let Some(picked) = self.stack.first() {
                let picked = picked.name.clone();
                self.finish_top(self.stack[0].bytes.len());
                self.stack.clear();
                self.errors.push((picked, e));
                return;
            }
        }
        self.errors.push((name, e));
    }

    fn finish_top(&mut self, len: usize) {
        self.done += len as u64;
        self.done_in_top = 0;
    }

    /// Zips with no entries left hand their files to the zip they are in
    /// (or to the output), so a step always ends with work left or done.
    fn close_finished(&mut self) {
        while self.stack.last().is_some_and(|a| a.entries.is_empty()) {
            let Some(done) = self.stack.pop() else { break };
            if done.depth == 0 {
                self.finish_top(done.bytes.len());
            }
            match self.stack.last_mut() {
                Some(parent) => parent.files.extend(done.files),
                None => {
                    self.origins
                        .extend(std::iter::repeat_n(self.picked, done.files.len()));
                    self.out.extend(done.files);
                }
            }
        }
    }
}

/// Expands zips (and zips in zips, up to [`MAX_DEPTH`]) into their files,
/// within the default [`Limits`]; other files pass through. This is
/// [`Expander`] run to its end (see there).
pub fn expand(files: Vec<BinaryFile>) -> (Vec<BinaryFile>, Vec<(String, ZipError)>) {
    Expander::new(files).finish()
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

    // ---- zip bombs -------------------------------------------------------

    /// A local header and its data, as other tools write them.
    fn local(name: &str, method: u16, crc: u32, size: usize, data: &[u8]) -> Vec<u8> {
        let mut z = b"PK\x03\x04".to_vec();
        for v in [20u16, 0x0800, method, 0, 0] {
            push16(&mut z, v);
        }
        push32(&mut z, crc);
        push32(&mut z, data.len() as u32);
        push32(&mut z, size as u32);
        push16(&mut z, name.len() as u16);
        push16(&mut z, 0);
        z.extend_from_slice(name.as_bytes());
        z.extend_from_slice(data);
        z
    }

    /// A zip of the local area `body` and directory records
    /// `(name, method, crc, compressed, size, local offset)`.
    fn assemble(body: &[u8], records: &[(&str, u16, u32, usize, usize, usize)]) -> Vec<u8> {
        let mut z = body.to_vec();
        let cd = z.len() as u32;
        for &(name, method, crc, csize, size, offset) in records {
            z.extend_from_slice(b"PK\x01\x02");
            for v in [20u16, 20, 0x0800, method, 0, 0] {
                push16(&mut z, v);
            }
            push32(&mut z, crc);
            push32(&mut z, csize as u32);
            push32(&mut z, size as u32);
            for v in [name.len() as u16, 0, 0, 0, 0] {
                push16(&mut z, v);
            }
            push32(&mut z, 0);
            push32(&mut z, offset as u32);
            z.extend_from_slice(name.as_bytes());
        }
        let cd_size = z.len() as u32 - cd;
        z.extend_from_slice(b"PK\x05\x06");
        let n = records.len() as u16;
        for v in [0u16, 0, n, n] {
            push16(&mut z, v);
        }
        push32(&mut z, cd_size);
        push32(&mut z, cd);
        push16(&mut z, 0);
        z
    }

    /// A zip of one deflated entry of `size` zero bytes (about a
    /// thousandth of that on disk).
    fn zeros_zip(name: &str, size: usize) -> Vec<u8> {
        let zeros = vec![0u8; size];
        let deflated = miniz_oxide::deflate::compress_to_vec(&zeros, 6);
        let crc = crc32(&zeros);
        let body = local(name, 8, crc, size, &deflated);
        assemble(&body, &[(name, 8, crc, deflated.len(), size, 0)])
    }

    /// Steps an expansion to its end, checking after every step that the
    /// bytes charged (and so inflated or copied) never pass the limit and
    /// that a step reads at most one entry.
    fn expand_within(
        files: Vec<BinaryFile>,
        limits: Limits,
    ) -> (Vec<BinaryFile>, Vec<(String, ZipError)>) {
        let mut ex = Expander::with_limits(files, limits);
        let mut largest_step = 0;
        while !ex.is_done() {
            let before = ex.used().0;
            ex.step();
            let (bytes, entries) = ex.used();
            assert!(bytes <= limits.bytes, "{bytes} bytes charged");
            assert!(entries <= limits.entries, "{entries} entries charged");
            largest_step = largest_step.max(bytes.saturating_sub(before));
        }
        let (files, errors) = ex.finish();
        let out: usize = files.iter().map(|f| f.bytes.len()).sum();
        assert!(out <= limits.bytes, "{out} bytes out");
        assert!(largest_step <= limits.bytes);
        (files, errors)
    }

    /// Eight zips of 600 KiB each inside one zip: each alone fits a 1 MiB
    /// budget, together they do not. The budget is shared, so the second
    /// is refused (by the picked file's name) before it is inflated.
    #[test]
    fn nested_bombs_share_one_budget() {
        let limits = Limits {
            bytes: 1024 * 1024,
            entries: 100,
        };
        let inner = zeros_zip("zeros.csv", 600 * 1024);
        let bombs: Vec<BinaryFile> = (0..8)
            .map(|i| BinaryFile::new(format!("bomb{i}.zip"), inner.clone()))
            .collect();
        let outer = write_zip(&bombs, t0());
        let (files, errors) = expand_within(
            vec![
                BinaryFile::new("outer.zip", outer),
                BinaryFile::new("notes.csv", "a,b\n"),
            ],
            limits,
        );
        assert_eq!(
            errors,
            vec![("outer.zip".to_string(), ZipError::TooLarge(limits.bytes))]
        );
        // A file picked beside the bomb still comes through.
        assert_eq!(files, vec![BinaryFile::new("notes.csv", "a,b\n")]);
        assert!(ZipError::TooLarge(limits.bytes)
            .message(crate::domain::text::Lang::En)
            .contains("1 MiB"));
    }

    /// The same bomb one level deeper, and a second picked bomb: the
    /// budget spans every level and every picked file.
    #[test]
    fn the_budget_spans_levels_and_picked_files() {
        let limits = Limits {
            bytes: 1024 * 1024,
            entries: 100,
        };
        let inner = zeros_zip("zeros.csv", 400 * 1024);
        let middle = write_zip(&[BinaryFile::new("b.zip", inner.clone())], t0());
        let outer = write_zip(&[BinaryFile::new("m.zip", middle)], t0());
        let picked = |n: &str| BinaryFile::new(n, outer.clone());
        let (files, errors) = expand_within(
            vec![picked("1.zip"), picked("2.zip"), picked("3.zip")],
            limits,
        );
        assert_eq!(files.len(), 2, "two of 400 KiB fit in 1 MiB");
        assert_eq!(files[1].name, "2.zip/m.zip/b.zip/zeros.csv");
        assert_eq!(
            errors,
            vec![("3.zip".to_string(), ZipError::TooLarge(limits.bytes))]
        );
    }

    /// One deflated stream listed sixteen times in the directory (the
    /// overlapping-entry bomb), with the real limits: refused before
    /// anything is inflated, alone or as the entries of an outer zip.
    #[test]
    fn entries_sharing_their_data_are_refused_before_inflating() {
        let zeros = vec![0u8; 600 * 1024];
        let deflated = miniz_oxide::deflate::compress_to_vec(&zeros, 6);
        let crc = crc32(&zeros);
        let body = local("z.csv", 8, crc, zeros.len(), &deflated);
        let names: Vec<String> = (0..16).map(|i| format!("z{i}.csv")).collect();
        let records: Vec<_> = names
            .iter()
            .map(|n| (n.as_str(), 8, crc, deflated.len(), zeros.len(), 0))
            .collect();
        let bomb = assemble(&body, &records);
        let mut ex = Expander::new(vec![BinaryFile::new("bomb.zip", bomb.clone())]);
        ex.step();
        assert!(ex.is_done());
        assert_eq!(ex.used().0, 0, "nothing inflated");
        let (files, errors) = ex.finish();
        assert!(files.is_empty());
        assert_eq!(
            errors,
            vec![(
                "bomb.zip".to_string(),
                ZipError::OverlappingEntries("z1.csv".into())
            )]
        );
        // An entry whose local header lies inside another's data.
        let b = local("b.csv", 0, crc32(b"x"), 1, b"x");
        let a = local("a.csv", 0, crc32(&b), b.len(), &b);
        let inside = 30 + "a.csv".len();
        let z = assemble(
            &a,
            &[
                ("a.csv", 0, crc32(&b), b.len(), b.len(), 0),
                ("b.csv", 0, crc32(b"x"), 1, 1, inside),
            ],
        );
        assert_eq!(
            read_zip(&z),
            Err(ZipError::OverlappingEntries("b.csv".into()))
        );
        // One zip listed many times inside another.
        let lab = write_zip(&[BinaryFile::new("t.csv", "x")], t0());
        let body = local("lab.zip", 0, crc32(&lab), lab.len(), &lab);
        let records: Vec<_> = names
            .iter()
            .map(|n| (n.as_str(), 0, crc32(&lab), lab.len(), lab.len(), 0))
            .collect();
        let (files, errors) = expand(vec![BinaryFile::new("o.zip", assemble(&body, &records))]);
        assert!(files.is_empty());
        assert!(matches!(errors[0].1, ZipError::OverlappingEntries(_)));
    }

    /// Declared sizes past the budget are refused from the directory, with
    /// the real limit, before a byte is inflated (the data is not even
    /// deflate).
    #[test]
    fn declared_sizes_past_the_budget_are_refused_before_inflating() {
        let big = 150 * 1024 * 1024;
        let mut body = local("a.csv", 8, 0, big, b"junk");
        let second = body.len();
        body.extend(local("b.csv", 8, 0, big, b"junk"));
        let z = assemble(
            &body,
            &[("a.csv", 8, 0, 4, big, 0), ("b.csv", 8, 0, 4, big, second)],
        );
        let mut ex = Expander::new(vec![BinaryFile::new("big.zip", z)]);
        ex.step();
        assert_eq!(ex.used().0, 0);
        assert_eq!(
            ex.finish().1,
            vec![("big.zip".to_string(), ZipError::TooLarge(MAX_TOTAL))]
        );
        for lang in [crate::domain::text::Lang::Ja, crate::domain::text::Lang::En] {
            assert!(ZipError::TooLarge(MAX_TOTAL)
                .message(lang)
                .contains("256 MiB"));
        }
    }

    /// More entries than the cap, in one zip or spread over nested ones.
    #[test]
    fn too_many_entries_are_refused() {
        let empty = |n: usize| -> Vec<BinaryFile> {
            (0..n)
                .map(|i| BinaryFile::new(format!("{i}.csv"), ""))
                .collect()
        };
        let one = write_zip(&empty(MAX_ENTRIES + 1), t0());
        assert_eq!(
            expand(vec![BinaryFile::new("many.zip", one)]).1,
            vec![(
                "many.zip".to_string(),
                ZipError::TooManyEntries(MAX_ENTRIES)
            )]
        );
        let part = write_zip(&empty(MAX_ENTRIES / 3), t0());
        let parts: Vec<BinaryFile> = (0..4)
            .map(|i| BinaryFile::new(format!("{i}.zip"), part.clone()))
            .collect();
        let (files, errors) = expand(vec![BinaryFile::new("parts.zip", write_zip(&parts, t0()))]);
        assert!(files.is_empty());
        assert_eq!(
            errors,
            vec![(
                "parts.zip".to_string(),
                ZipError::TooManyEntries(MAX_ENTRIES)
            )]
        );
        for lang in [crate::domain::text::Lang::Ja, crate::domain::text::Lang::En] {
            assert!(ZipError::TooManyEntries(MAX_ENTRIES)
                .message(lang)
                .contains("10000"));
        }
    }

    /// A step reads one entry: a zip of a zip of five files takes one step
    /// per picked file and entry, and gives what `expand` gives.
    #[test]
    fn expanding_takes_one_step_per_entry() {
        let five: Vec<BinaryFile> = (0..5)
            .map(|i| BinaryFile::new(format!("{i}.csv"), format!("row {i}")))
            .collect();
        let inner = write_zip(&five, t0());
        let outer = write_zip(&[BinaryFile::new("in.zip", inner)], t0());
        let picked = vec![
            BinaryFile::new("out.zip", outer),
            BinaryFile::new("x.csv", "x"),
        ];
        let mut ex = Expander::new(picked.clone());
        let mut steps = 0;
        let mut last = 0;
        while !ex.is_done() {
            ex.step();
            steps += 1;
            let (done, total) = ex.progress();
            assert!(done >= last && done <= total);
            last = done;
        }
        assert_eq!(ex.progress().0, ex.progress().1);
        // out.zip, in.zip, five files, x.csv.
        assert_eq!(steps, 8);
        assert_eq!(ex.finish(), expand(picked));
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
