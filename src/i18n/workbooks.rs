//! Messages of the workbooks screen.

messages! {
    TITLE = "ワークブック", "Workbooks";
}
