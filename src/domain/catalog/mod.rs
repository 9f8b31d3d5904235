//! Built-in, versioned, bilingual catalogues (see submodules).

pub mod anchors;
