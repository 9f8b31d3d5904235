//! Messages of the exercises screen.

messages! {
    TITLE = "訓練の記録", "Exercises";
}
