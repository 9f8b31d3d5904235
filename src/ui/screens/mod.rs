//! One module per screen. Each reads the open workbook and its analysis from
//! [`super::state::Ctx`] and edits through `Ctx::update`.

pub mod countermeasures;
pub mod exchange;
pub mod exercises;
pub mod inventory;
pub mod overview;
pub mod portfolio;
pub mod report;
pub mod scenarios;
pub mod settings;
pub mod threats;
pub mod workbooks;
