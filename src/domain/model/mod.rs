//! The assessment model: plain data records with no behaviour beyond small,
//! obvious helpers. Rules live elsewhere: scores in `scoring`, checks in
//! `validate`, deletes in `edit`, serialisation in `storage`.
//!
//! Records refer to each other by typed id, never by reference or index, so the
//! workbook stays a simple tree of `Vec`s in insertion order that the storage
//! format mirrors one to one. Chokepoint elements are nested in their
//! technology because they never exist without it.

mod countermeasure;
mod exercise;
mod person;
mod regulatory;
mod round;
mod scenario;
mod settings;
mod technology;
mod threat;
mod workbook;

pub use countermeasure::Countermeasure;
pub use exercise::{
    control_suggestions, countermeasure_category, ControlSuggestion, Exercise, Weakness,
};
pub use person::{AccessLink, Person};
pub use regulatory::{Classification, TradeSecretChecklist};
pub use round::Round;
pub use scenario::LeakScenario;
pub use settings::{CriticalityWeights, Settings};
pub use technology::{Access, ChokepointElement, Technology};
pub use threat::{IntentEvidence, ThreatActor, ThreatAssessment};
pub use workbook::Workbook;
