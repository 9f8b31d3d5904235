//! Messages of the settings screen.

messages! {
    TITLE = "設定", "Settings";
    LANG_TITLE = "表示言語", "Display language";
    LANG_LABEL = "画面の表示言語（ヘッダーの切り替えと同じ）", "Language of the screens (same as the switch in the header)";
    SCORING_TITLE = "評価の設定", "Scoring settings";
    SCORING_INTRO = "変更内容は下のプレビューにすぐ反映されます。「適用」を押すまでワークブックは変わりません。", "The preview below follows your edits immediately. The workbook changes only when you press “Apply”.";
    WEIGHTS = "評価軸の重み（0〜10、0はその軸を使わない）", "Axis weights (0–10; 0 leaves the axis out)";
    TOP_SHARE = "上位層の割合（%）", "Top-tier share (%)";
    MIDDLE_SHARE = "中位層の割合（%）", "Middle-tier share (%)";
    SHARES_HINT = "評価済みの重要技術のうち、スコアの高い順にこの割合を上位層・中位層とします（同点は同じ階層）。残りは下位層です。", "Of the rated technologies, this share (highest scores first) forms the top and middle tiers (ties stay together); the rest is the lower tier.";
    THRESHOLD = "チョークポイントのしきい値（1〜5）", "Chokepoint threshold (1–5)";
    THRESHOLD_HINT = "要素のチョークポイントスコアがこの値以上なら、チョークポイントとして示します。", "An element whose chokepoint score reaches this value is flagged as a chokepoint.";
    PREVIEW_TITLE = "階層のプレビュー", "Tier preview";
    COL_TIER = "階層", "Tier";
    COL_NOW = "現在", "Now";
    COL_EDITED = "変更後", "With your edits";
    COL_CHANGE = "増減", "Change";
    CHANGED_TECHS = "階層が変わる重要技術", "Technologies changing tier";
    NO_CHANGE = "現在の設定と同じです。", "Same as the current settings.";
    INVALID = "入力に誤りがあるため、プレビューできません。", "Fix the highlighted entries to see the preview.";
    APPLY = "適用", "Apply";
    DISCARD = "変更を取り消す", "Discard edits";
    DEFAULTS = "既定値に戻す", "Restore defaults";
    APPLIED = "設定を適用しました。", "Settings applied.";
    ROUNDS_TITLE = "ラウンドの管理", "Rounds";
    ROUNDS_INTRO = "評価は段階的に広げていきます。最初のラウンドは上位層の重要技術から始め、次のラウンドで中位・下位層、最後に準重要情報（人事情報など）まで対象を広げます。最後のラウンドが現在のラウンドです。", "The assessment widens step by step: round 1 covers the top-tier technologies, later rounds add the middle and lower tiers, and finally quasi-important information (e.g. HR data). The last round is the current one.";
    COL_NUMBER = "ラウンド", "Round";
    COL_SCOPE = "対象範囲", "Scope";
    COL_STARTED = "開始日", "Started";
    COL_NOTES = "メモ", "Notes";
    CURRENT = "（現在）", "(current)";
    NEXT_TITLE = "次のラウンドを開始", "Start the next round";
    NEXT_SCOPE = "次のラウンドの対象範囲", "Scope of the next round";
    NEXT_HINT = "次に広い対象範囲をあらかじめ選んでいます。開始すると、概要の進捗はこの範囲で数え直されます。これまでの記録はそのまま残ります。", "The next wider scope is pre-selected. Starting the round recounts the progress on the overview for this scope; everything recorded so far is kept.";
    NEXT_NOTES = "メモ（任意）", "Notes (optional)";
    START = "次のラウンドを開始", "Start next round";
    STARTED = "ラウンドを開始しました：", "Round started:";
    REVIEW_TITLE = "規制上の確認の有効期間", "Review periods of regulatory records";
    REVIEW_INTRO = "特定類型の自己申告と研究インテグリティの開示は、この日数を過ぎると更新が必要として一覧に出ます（既定は365日）。", "Specified-category declarations and research-integrity disclosures older than this many days are listed as due (default 365 days).";
    DECLARATION_PERIOD = "特定類型の自己申告の有効期間（日）", "Declaration period (days)";
    DISCLOSURE_PERIOD = "研究インテグリティ開示の有効期間（日）", "Disclosure period (days)";
}
