//! The zip reader on arbitrary bytes: `zip::Expander`, which the import and
//! the roll-up step through one entry at a time, with small limits (2 MiB,
//! 500 entries) so that bombs reach them within `-max_len` bytes.
//!
//! The first byte says how the rest is picked: 1–4 copies of it (bits 0–1;
//! copies share one budget) named `.zip` or not (bit 2; an unnamed file is
//! still read as a zip when it starts like one). Invariants:
//! * never panics, whatever the bytes;
//! * after every step the bytes and entries charged stay within the limits,
//!   and each step reads one picked file or one entry (so the number of
//!   steps is bounded by the files and the entry limit);
//! * everything that came out of a zip (its bytes and its full name) fits the
//!   byte budget, and the heap never grows by more than twice the budget
//!   while expanding (a counting allocator measures it: libFuzzer's
//!   `-malloc_limit_mb` only works under a sanitizer): memory is bounded
//!   whatever the archive declares;
//! * stepping gives what running to the end gives;
//! * every refusal has a message in both languages;
//! * `read_zip` on the bytes never panics and stays within the default
//!   budget.

#![no_main]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use libfuzzer_sys::fuzz_target;
use mamori::domain::exchange::zip::{self, BinaryFile, Expander, Limits};
use mamori::domain::text::Lang;

/// The system allocator, counting live bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(live, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

const LIMITS: Limits = Limits {
    bytes: 2 * 1024 * 1024,
    entries: 500,
};

fuzz_target!(|data: &[u8]| {
    let Some((&how, bytes)) = data.split_first() else {
        return;
    };
    let copies = usize::from(how & 3) + 1;
    let ext = if how & 4 == 0 { "zip" } else { "bin" };
    let picked: Vec<BinaryFile> = (0..copies)
        .map(|i| BinaryFile::new(format!("p{i}.{ext}"), bytes.to_vec()))
        .collect();

    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let mut ex = Expander::with_limits(picked.clone(), LIMITS);
    let mut steps = 0usize;
    while !ex.is_done() {
        ex.step();
        steps += 1;
        let (used, entries) = ex.used();
        assert!(used <= LIMITS.bytes, "{used} bytes charged");
        assert!(entries <= LIMITS.entries, "{entries} entries charged");
        assert!(
            steps <= copies + LIMITS.entries,
            "{steps} steps for {copies} files"
        );
        let (done, total) = ex.progress();
        assert!(done <= total);
    }
    let (files, errors) = ex.finish();
    // The budget, plus a vector's growth while inflating into it, plus the
    // inflater's state and small change.
    let grew = PEAK.load(Relaxed) - base;
    assert!(
        grew <= 2 * LIMITS.bytes + (1 << 20),
        "the heap grew by {grew} bytes"
    );
    let from_zips: usize = files
        .iter()
        .filter(|f| f.name.contains('/'))
        .map(|f| f.bytes.len() + f.name.len())
        .sum();
    assert!(from_zips <= LIMITS.bytes, "{from_zips} bytes came out");
    for (name, e) in &errors {
        assert!(name.starts_with('p'), "error named {name}");
        assert!(!e.message(Lang::Ja).is_empty() && !e.message(Lang::En).is_empty());
    }
    let once = Expander::with_limits(picked, LIMITS).finish();
    assert_eq!(once, (files, errors), "stepping changed the result");

    if let Ok(entries) = zip::read_zip(bytes) {
        let out: usize = entries.iter().map(|f| f.bytes.len()).sum();
        assert!(out <= zip::MAX_TOTAL);
    }
});
