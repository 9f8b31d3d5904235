//! Bounded undo/redo of whole-workbook snapshots, with typing bursts in one
//! field coalesced into one step.

use std::collections::VecDeque;

/// At most this many undo steps are kept (the oldest are dropped).
pub const UNDO_LIMIT: usize = 100;
/// …and at most this much snapshot weight (caller-measured, e.g. JSON
/// characters): 40 Mi ≈ 80 MB of UTF-16 in the worst case; a typical
/// workbook of 50–200 KB keeps the full 100 steps.
pub const UNDO_MAX_WEIGHT: usize = 40 * 1024 * 1024;
/// Edits of the same field closer together than this are one step.
pub const COALESCE_MS: f64 = 1500.0;

/// Snapshot undo/redo. `record` is called with the state *before* each edit;
/// consecutive edits with the same group key (the field being typed in)
/// within [`COALESCE_MS`] of each other form one step.
#[derive(Debug)]
pub struct UndoStack<T> {
    undo: VecDeque<(T, usize)>,
    redo: Vec<(T, usize)>,
    weight: usize,
    limit: usize,
    max_weight: usize,
    last: Option<(String, f64)>,
}

impl<T> Default for UndoStack<T> {
    fn default() -> Self {
        UndoStack::new(UNDO_LIMIT, UNDO_MAX_WEIGHT)
    }
}

impl<T> UndoStack<T> {
    pub fn new(limit: usize, max_weight: usize) -> Self {
        UndoStack {
            undo: VecDeque::new(),
            redo: Vec::new(),
            weight: 0,
            limit: limit.max(1),
            max_weight,
            last: None,
        }
    }

    /// Records the state before an edit. Returns whether a new step began.
    pub fn record(&mut self, before: T, weight: usize, group: Option<&str>, now_ms: f64) -> bool {
        self.record_with(|| before, weight, group, now_ms)
    }

    /// [`record`](Self::record), taking the state only when a new step
    /// begins: a keystroke that joins the current typing burst costs no copy
    /// of the workbook (issue #18: at 30,000 records that copy is most of an
    /// edit's time).
    pub fn record_with(
        &mut self,
        before: impl FnOnce() -> T,
        weight: usize,
        group: Option<&str>,
        now_ms: f64,
    ) -> bool {
        let coalesce = match (&self.last, group) {
            (Some((g, t)), Some(cur)) => g == cur && now_ms - t < COALESCE_MS && now_ms >= *t,
            _ => false,
        };
        self.last = group.map(|g| (g.to_owned(), now_ms));
        self.redo.clear();
        if coalesce && !self.undo.is_empty() {
            return false;
        }
        self.undo.push_back((before(), weight));
        self.weight += weight;
        while self.undo.len() > self.limit || (self.weight > self.max_weight && self.undo.len() > 1)
        {
            if let Some((_, w)) = self.undo.pop_front() {
                self.weight -= w;
            }
        }
        true
    }

    /// Steps back: returns the state to show, keeping `current` for redo.
    pub fn undo(&mut self, current: T, weight: usize) -> Option<T> {
        let (prev, w) = self.undo.pop_back()?;
        self.weight -= w;
        self.redo.push((current, weight));
        self.last = None;
        Some(prev)
    }

    pub fn redo(&mut self, current: T, weight: usize) -> Option<T> {
        let (next, _) = self.redo.pop()?;
        self.undo.push_back((current, weight));
        self.weight += weight;
        self.last = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
    pub fn len(&self) -> usize {
        self.undo.len()
    }
    pub fn is_empty(&self) -> bool {
        self.undo.is_empty()
    }
    /// Ends the current typing burst (e.g. on blur).
    pub fn break_group(&mut self) {
        self.last = None;
    }
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.weight = 0;
        self.last = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_coalesces_bursts_and_is_bounded() {
        let mut s = UndoStack::new(50, usize::MAX);
        // A typing burst in one field: one step.
        for (i, t) in [0.0, 200.0, 400.0].iter().enumerate() {
            s.record(i, 1, Some("name"), *t);
        }
        assert_eq!(s.len(), 1);
        // Another field, or a pause, starts a new step.
        s.record(3, 1, Some("notes"), 500.0);
        s.record(4, 1, Some("notes"), 500.0 + COALESCE_MS + 1.0);
        s.record(5, 1, None, 5000.0);
        assert_eq!(s.len(), 4);
        assert_eq!(s.undo(6, 1), Some(5));
        assert_eq!(s.undo(5, 1), Some(4));
        assert_eq!(s.redo(4, 1), Some(5));
        // A new edit clears redo.
        s.record(5, 1, None, 6000.0);
        assert!(!s.can_redo());
        // Bounded by count…
        let mut s = UndoStack::new(50, usize::MAX);
        for i in 0..120 {
            s.record(i, 1, None, i as f64);
        }
        assert_eq!(s.len(), 50);
        let mut got = vec![];
        while let Some(v) = s.undo(0, 1) {
            got.push(v);
        }
        assert_eq!(got.first(), Some(&119));
        assert_eq!(got.last(), Some(&70));
        // …and by weight (keeping at least the newest step).
        let mut s = UndoStack::new(100, 10);
        for i in 0..5 {
            s.record(i, 4, None, i as f64);
        }
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn a_coalesced_edit_takes_no_snapshot() {
        let mut u: UndoStack<u32> = UndoStack::new(10, 1000);
        let mut taken = 0;
        for (i, t) in [0.0, 100.0, 200.0].into_iter().enumerate() {
            let began = u.record_with(
                || {
                    taken += 1;
                    i as u32
                },
                1,
                Some("title"),
                t,
            );
            assert_eq!(began, i == 0);
        }
        assert_eq!(taken, 1, "only the first keystroke of the burst copies");
        assert!(u.record_with(
            || {
                taken += 1;
                9
            },
            1,
            Some("notes"),
            300.0
        ));
        assert_eq!((taken, u.len()), (2, 2));
    }
}
