//! Messages of the inventory screen.

messages! {
    TITLE = "ステップ1 重要技術の棚卸・評価", "Step 1 — Inventory and evaluation";
}
