//! Messages of the overview screen.

messages! {
    TITLE = "概要", "Overview";
}
