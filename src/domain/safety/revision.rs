//! Two tabs on one workbook: the revision-counter decisions before a save and
//! when another tab has written.

/// What to do before writing the open workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveDecision {
    /// Storage still holds the revision this tab loaded: write `next`.
    Save { next: u64 },
    /// Another tab wrote meanwhile: do not write; ask the user.
    Conflict,
}

/// `loaded`: the revision this tab last read or wrote; `stored`: the
/// revision in storage now (0 if the counter is missing).
pub fn before_save(loaded: u64, stored: u64) -> SaveDecision {
    if stored == loaded {
        SaveDecision::Save {
            next: loaded.saturating_add(1),
        }
    } else {
        SaveDecision::Conflict
    }
}

/// What to do when another tab wrote the open workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExternalWrite {
    /// Our own write, or nothing new.
    Ignore,
    /// No unsaved change here: load theirs and say so.
    Reload,
    /// Both changed: the user chooses.
    Conflict,
}

pub fn on_external_write(loaded: u64, stored: u64, local_unsaved: bool) -> ExternalWrite {
    if stored == loaded {
        ExternalWrite::Ignore
    } else if local_unsaved {
        ExternalWrite::Conflict
    } else {
        ExternalWrite::Reload
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisions_decide_save_reload_conflict() {
        assert_eq!(before_save(3, 3), SaveDecision::Save { next: 4 });
        assert_eq!(before_save(3, 4), SaveDecision::Conflict);
        assert_eq!(on_external_write(3, 3, true), ExternalWrite::Ignore);
        assert_eq!(on_external_write(3, 4, false), ExternalWrite::Reload);
        assert_eq!(on_external_write(3, 4, true), ExternalWrite::Conflict);
    }
}
