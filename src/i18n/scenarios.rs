//! Messages of the scenarios screen.

messages! {
    TITLE = "ステップ3 漏洩シナリオの抽出・評価", "Step 3 — Leak scenarios";
}
