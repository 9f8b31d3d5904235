//! Messages of the threats screen.

messages! {
    TITLE = "ステップ2 脅威評価", "Step 2 — Threat assessment";
}
