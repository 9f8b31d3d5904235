//! Messages of the settings screen.

messages! {
    TITLE = "設定", "Settings";
}
