//! How a threat level reads on screen (text, colour class, status in words)
//! and the cell ids the editor hands focus back to — shared by the actor
//! table, the matrix and the assessment editor.

use crate::domain::charts::threat_matrix::{threat_cell, CellStatus};
use crate::domain::ids::{ActorId, TechnologyId};
use crate::domain::rating::Rating;
use crate::domain::scoring::ThreatLevel;
use crate::domain::text::{Lang, Text};
use crate::i18n::{common, threats as msg};

/// The DOM id of one matrix cell (focus returns there when the editor closes).
pub fn cell_dom_id(actor: ActorId, tech: TechnologyId) -> String {
    format!("cell-{actor}-{tech}")
}

/// What a matrix cell or a badge shows for a (possibly missing) assessment:
/// the text, the colour class suffix and the status in words. The rule is
/// the domain's (`charts::threat_matrix`); this only names the status.
pub fn level_view(level: Option<&ThreatLevel>) -> (String, &'static str, Text) {
    let cell = threat_cell(level);
    let status = match cell.status {
        CellStatus::NotAssessed => msg::ST_NOT_ASSESSED,
        CellStatus::Rated => msg::ST_RATED,
        CellStatus::NoIntent => msg::ST_NO_INTENT,
        CellStatus::IntentNotRated => msg::ST_INTENT_NOT_RATED,
        CellStatus::Incomplete => msg::ST_INCOMPLETE,
    };
    (cell.shown.to_owned(), cell.class, status)
}

/// A rating, or "not rated".
pub fn rating_text(r: Option<Rating>, l: Lang) -> String {
    r.map_or_else(|| common::NOT_RATED.get(l).to_owned(), |r| r.to_string())
}
