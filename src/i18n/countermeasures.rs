//! Messages of the countermeasures screen.

messages! {
    TITLE = "対策の実行計画", "Countermeasure action plan";
}
