//! Paging of long lists: which rows one page shows, how many pages there
//! are, and which page holds a given row.
//!
//! Why: a browser lays out every row it is given; 4,000 countermeasure rows
//! took seconds to open. Lists show one page of [`PAGE_SIZE`] rows instead.
//! Pages are numbered from 0 here; people see them from 1 (`i18n::paging`).

use std::ops::Range;

/// Rows per page on every paged list (one constant, so every screen pages
/// alike).
pub const PAGE_SIZE: usize = 50;

/// Technology columns per page of the threat matrix (actors × technologies).
/// Its own size because a column is not a row: each is 7.5–12rem wide, so
/// ten fill a 1366-pixel projector screen, and every column adds a cell per
/// actor (30 actors × 31 top-tier technologies took a third of a second).
pub const MATRIX_COLUMNS: usize = 10;

/// One page of a list of `total` rows, clamped to the pages that exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// The page shown, from 0; always less than `count`.
    pub index: usize,
    /// How many pages the list has: at least 1 (an empty list has one empty
    /// page).
    pub count: usize,
    /// Rows in the whole list.
    pub total: usize,
    /// Rows per page (at least 1).
    pub size: usize,
}

impl Page {
    /// The page `requested` of `total` rows in pages of `size` rows. A page
    /// past the end is the last page; a size of 0 counts as 1.
    pub fn new(total: usize, size: usize, requested: usize) -> Page {
        let size = size.max(1);
        let count = page_count(total, size);
        Page {
            index: requested.min(count - 1),
            count,
            total,
            size,
        }
    }

    /// The page of `total` rows that holds row `row` (or the last page if
    /// there is no such row).
    pub fn holding(total: usize, size: usize, row: usize) -> Page {
        Page::new(total, size, page_of(row, size))
    }

    /// Indices of the rows this page shows (empty only for an empty list).
    pub fn range(&self) -> Range<usize> {
        let start = (self.index * self.size).min(self.total);
        let end = (start + self.size).min(self.total);
        start..end
    }

    pub fn is_first(&self) -> bool {
        self.index == 0
    }

    pub fn is_last(&self) -> bool {
        self.index + 1 >= self.count
    }

    /// Whether a pager is worth showing: only when the list does not fit on
    /// one page (small workbooks look as they did before paging).
    pub fn needs_pager(&self) -> bool {
        self.count > 1
    }

    /// The page before this one (this one if it is the first).
    pub fn previous(&self) -> usize {
        self.index.saturating_sub(1)
    }

    /// The page after this one (this one if it is the last).
    pub fn next(&self) -> usize {
        if self.is_last() {
            self.index
        } else {
            self.index + 1
        }
    }

    /// The last page's index.
    pub fn last(&self) -> usize {
        self.count - 1
    }
}

/// Pages needed for `total` rows in pages of `size` (a size of 0 counts as
/// 1); at least 1.
pub fn page_count(total: usize, size: usize) -> usize {
    total.div_ceil(size.max(1)).max(1)
}

/// The page (from 0) that holds row `row` (from 0), in pages of `size`.
pub fn page_of(row: usize, size: usize) -> usize {
    row / size.max(1)
}

/// The page a list opens on: the page holding the selected record if the
/// list shows it (`position`, its row index), else the page the user was on.
pub fn opening_page(position: Option<usize>, stored: usize, size: usize) -> usize {
    position.map_or(stored, |row| page_of(row, size))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn four_thousand_rows_make_eighty_pages_of_fifty() {
        let p = Page::new(4000, PAGE_SIZE, 0);
        assert_eq!((p.index, p.count, p.range()), (0, 80, 0..50));
        assert!(p.is_first() && !p.is_last() && p.needs_pager());
        let p = Page::new(4000, PAGE_SIZE, 79);
        assert_eq!(p.range(), 3950..4000);
        assert!(p.is_last());
    }

    #[test]
    fn the_last_page_may_be_short() {
        let p = Page::new(120, 50, 2);
        assert_eq!(p.range(), 100..120);
        assert_eq!(p.count, 3);
    }

    #[test]
    fn a_page_past_the_end_is_the_last_page() {
        assert_eq!(Page::new(120, 50, 99).index, 2);
        // After deletes shrink the list, the page follows.
        assert_eq!(Page::new(60, 50, 2).index, 1);
    }

    #[test]
    fn an_empty_list_has_one_empty_page_and_no_pager() {
        let p = Page::new(0, 50, 3);
        assert_eq!((p.index, p.count, p.range()), (0, 1, 0..0));
        assert!(p.is_first() && p.is_last() && !p.needs_pager());
    }

    #[test]
    fn a_list_that_fits_needs_no_pager() {
        assert!(!Page::new(50, 50, 0).needs_pager());
        assert!(Page::new(51, 50, 0).needs_pager());
    }

    #[test]
    fn a_size_of_zero_counts_as_one() {
        let p = Page::new(3, 0, 1);
        assert_eq!((p.count, p.range()), (3, 1..2));
        assert_eq!(page_of(2, 0), 2);
    }

    #[test]
    fn previous_and_next_stop_at_the_ends() {
        let p = Page::new(120, 50, 0);
        assert_eq!((p.previous(), p.next(), p.last()), (0, 1, 2));
        let p = Page::new(120, 50, 2);
        assert_eq!((p.previous(), p.next()), (1, 2));
    }

    #[test]
    fn the_page_holding_a_row() {
        assert_eq!(page_of(0, 50), 0);
        assert_eq!(page_of(49, 50), 0);
        assert_eq!(page_of(50, 50), 1);
        assert_eq!(Page::holding(4000, 50, 120).range(), 100..150);
        // A row that does not exist: the last page.
        assert_eq!(Page::holding(120, 50, 500).index, 2);
    }

    #[test]
    fn a_list_opens_on_the_selected_record_else_where_it_was() {
        assert_eq!(opening_page(Some(120), 0, 50), 2);
        assert_eq!(opening_page(Some(0), 4, 50), 0);
        // Nothing selected, or the selection filtered out: the stored page.
        assert_eq!(opening_page(None, 4, 50), 4);
    }

    proptest! {
        #[test]
        fn the_range_stays_within_the_list(total in 0usize..10_000, size in 0usize..200, requested in 0usize..1_000) {
            let p = Page::new(total, size, requested);
            let r = p.range();
            prop_assert!(r.start <= r.end && r.end <= total);
            prop_assert!(p.index < p.count);
            prop_assert!(r.len() <= size.max(1));
            // Only an empty list shows an empty page.
            prop_assert_eq!(r.is_empty(), total == 0);
        }

        #[test]
        fn requests_are_clamped(total in 0usize..10_000, size in 1usize..200, requested in 0usize..1_000) {
            let p = Page::new(total, size, requested);
            prop_assert_eq!(p.index, requested.min(p.count - 1));
            prop_assert_eq!(Page::new(total, size, p.index), p);
        }

        #[test]
        fn every_row_is_on_exactly_one_page(total in 0usize..2_000, size in 0usize..120) {
            let count = page_count(total, size);
            let mut seen = vec![0u32; total];
            for i in 0..count {
                for row in Page::new(total, size, i).range() {
                    seen[row] += 1;
                    prop_assert_eq!(page_of(row, size), i);
                }
            }
            prop_assert!(seen.iter().all(|n| *n == 1));
            // Every page but an empty list's is non-empty: no blank pages.
            if total > 0 {
                prop_assert!((0..count).all(|i| !Page::new(total, size, i).range().is_empty()));
            }
        }

        #[test]
        fn the_page_holding_a_row_shows_it(total in 1usize..10_000, size in 1usize..200, pick in any::<prop::sample::Index>()) {
            let row = pick.index(total);
            let p = Page::holding(total, size, row);
            prop_assert!(p.range().contains(&row));
        }

        #[test]
        fn previous_and_next_stay_on_existing_pages(total in 0usize..10_000, size in 1usize..200, requested in 0usize..1_000) {
            let p = Page::new(total, size, requested);
            prop_assert!(p.next() < p.count && p.previous() < p.count);
            prop_assert!(p.next() >= p.index && p.previous() <= p.index);
            prop_assert_eq!(p.next() == p.index, p.is_last());
            prop_assert_eq!(p.previous() == p.index, p.is_first());
        }
    }
}
