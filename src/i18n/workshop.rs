//! Messages of workshop mode: rating sessions, entry, reveal, outcomes,
//! session and ballot files, the present view.

use crate::domain::text::Lang;

messages! {
    NAV = "ワークショップ", "Workshop";
    TITLE = "ワークショップ（評価セッション）", "Workshop rating sessions";
    INTRO = "参加者が先に各自で評価し、全員の評価を同時に公開してから、ばらつきについて議論して合意します。個々の評価は残り、決定した値の根拠を後から説明できます。合意の基準はセッションを作るときに決めます。", "Participants rate privately first; all ratings are revealed together; the room discusses the spread and agrees. Every individual rating is kept, so the agreed value can be explained later. The agreement rule is fixed when the session is created.";
    NEW_SESSION = "新しいセッション", "New session";
    S_TITLE = "セッション名", "Session title";
    S_FACILITATOR = "ファシリテーター", "Facilitator";
    S_RULE = "合意の基準（セッション作成後は変更不可）", "Agreement rule (fixed once created)";
    CREATE = "セッションを作成", "Create session";
    DEFAULT_TITLE = "評価セッション", "Rating session";
    SESSIONS = "セッション一覧", "Sessions";
    NO_SESSIONS = "まだセッションはありません。", "No session yet.";
    SELECT_HINT = "セッションを選ぶか、新しく作成してください。", "Choose a session or create a new one.";
    NOT_FOUND = "このセッションは見つかりません。", "This session was not found.";
    STATE_OPEN = "評価受付中", "Rating open";
    STATE_REVEALED = "公開済み", "Revealed";
    PASS = "パス", "Pass";
    RULE = "合意の基準", "Agreement rule";
    PARTICIPANTS = "参加者（仮名）", "Participants (pseudonyms)";
    PSEUDONYM = "仮名", "Pseudonym";
    NAME_OPTIONAL = "氏名（任意・匿名化した出力には含まれません）", "Name (optional; left out of redacted exports)";
    ADD_PARTICIPANT = "参加者を追加", "Add participant";
    REMOVE = "外す", "Remove";
    NO_PARTICIPANTS = "まだ参加者がいません。", "No participant yet.";
    ITEMS = "評価する項目", "Items to rate";
    NO_ITEMS = "まだ項目がありません。", "No item yet.";
    PICK_KIND = "対象の種類", "Kind of record";
    KIND_TECH = "重要技術（4つの評価軸）", "Technology (four axes)";
    KIND_THREAT = "脅威（主体×技術：意図・能力・機会）", "Threat (actor × technology: intent, capability, opportunity)";
    KIND_SCENARIO = "漏洩シナリオ（4つの基準）", "Leak scenario (four criteria)";
    PICK_RECORD = "対象の記録", "Record";
    ADD_ITEMS = "評価軸をすべて追加", "Add all its axes";
    NOTHING_TO_PICK = "この種類の記録はまだありません。", "No record of this kind yet.";
    FIXED_NOTE = "評価が始まったため、参加者と項目は固定されています。", "Rating has started: participants and items are fixed.";
    ENTRY = "評価の入力（この端末）", "Entry on this laptop";
    BLANK_PROJECTOR = "入力中はプロジェクターの映像を消してください（ミュート）。画面には「記録しました ✓」と人数だけが表示され、値は公開まで表示されません。", "Blank the projector while people enter ratings. The screen shows only \"recorded ✓\" and how many have rated; no value is shown until the reveal.";
    RATE_AS = "評価する参加者", "Participant rating now";
    CHOOSE = "選んでください", "Choose";
    ABSTAIN = "棄権", "Abstain";
    VALUE_FOR = "評価値", "Rating";
    REASON = "理由（任意）", "Reason (optional)";
    SUBMIT = "評価を記録", "Record my ratings";
    RECORDED = "記録しました ✓", "Recorded ✓";
    PAPER_HINT = "紙のカードで評価した場合は、ファシリテーターが参加者ごとに同じ欄で入力してから公開します。", "With paper cards, the facilitator types in each participant's card here, then reveals.";
    REVEAL = "全員の評価を公開", "Reveal all ratings";
    REVEAL_HINT = "公開するとこのパスの評価は変更できません。", "Once revealed, this pass's ratings never change.";
    FILES = "各自の端末で評価する", "Rating on own laptops";
    FILES_HINT = "セッションファイルを配り、各参加者が同じMamoriのファイルで評価して評価票ファイルを書き出します。評価票を取り込むと記録されます（同じ評価票を2回取り込んでも変わりません）。", "Hand out the session file; each participant rates in the same Mamori file and exports a ballot file. Import the ballots here (importing the same ballot twice changes nothing).";
    EXPORT_SESSION = "セッションファイルを書き出す", "Export session file";
    IMPORT_BALLOTS = "評価票ファイルを取り込む", "Import ballot files";
    BALLOT_RECORDED = "記録しました", "recorded";
    BALLOT_REPLACED = "以前の評価を置き換えました", "replaced the earlier ratings";
    BALLOT_UNCHANGED = "取り込み済み（変更なし）", "already imported (nothing changed)";
    RESULTS = "公開された評価", "Revealed ratings";
    COL_ITEM = "項目", "Item";
    COL_RATINGS = "各参加者の評価", "Ratings";
    COL_N = "n", "n";
    COL_MEDIAN = "中央値", "Median";
    COL_RANGE = "範囲", "Range";
    COL_ABSTAIN = "棄権", "Abstained";
    COL_RULE = "基準", "Rule";
    RULE_MET = "満たす", "met";
    RULE_NOT_MET = "満たさない：議論してください", "not met: discuss";
    OUTCOME = "結論", "Outcome";
    O_VALUE = "決定する値", "Value";
    O_METHOD = "決め方", "Decided by";
    O_RATIONALE = "根拠（1行）", "Rationale (one line)";
    O_DISSENT = "反対意見（あれば）", "Dissent (if any)";
    APPLY = "結論を記録して反映", "Record and apply";
    APPLIED = "反映済み", "Applied";
    PREVIOUS = "以前の値", "Previous value";
    NEW_PASS = "再評価（新しいパス）", "Re-vote (new pass)";
    NEW_PASS_HINT = "結論のない項目だけをもう一度評価します。これまでの評価は残ります。", "Rates the items without an outcome again; earlier ratings are kept.";
    EARLIER = "以前のパス", "Earlier passes";
    PRESENT = "大きく表示", "Present";
    PRESENT_CLOSE = "表示を閉じる", "Close";
    DELETED_RECORD = "（削除された記録）", "(deleted record)";
    NOT_RATED = "未評価", "not rated";
    BALLOT_ENTRY = "ワークショップの評価票を作成", "Rate a workshop session";
    B_TITLE = "ワークショップの評価票", "Workshop ballot";
    B_INTRO = "ファシリテーターから受け取ったセッションファイルを開き、自分の仮名を選んで評価し、評価票ファイルを書き出してファシリテーターに渡してください。この画面の内容は保存されません。", "Open the session file from the facilitator, choose your pseudonym, rate, and export the ballot file for the facilitator. Nothing on this screen is stored.";
    B_OPEN = "セッションファイルを開く", "Open session file";
    B_WHO = "あなたの仮名", "Your pseudonym";
    B_EXPORT = "評価票を書き出す", "Export ballot";
    B_EXPORTED = "評価票を書き出しました。ファイルをファシリテーターに渡してください。", "Ballot exported. Give the file to the facilitator.";
    B_BACK = "ワークブック一覧へ", "Back to workbooks";
}

/// "2 of 3 have rated".
pub fn rated_count(n: usize, of: usize, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{of}人中{n}人が評価済み"),
        Lang::En => format!("{n} of {of} have rated"),
    }
}

/// "every rating within ±1 of the median".
pub fn rule_text(spread: u8, lang: Lang) -> String {
    match (spread, lang) {
        (0, Lang::Ja) => "全員が同じ値".to_owned(),
        (0, Lang::En) => "every rating the same".to_owned(),
        (s, Lang::Ja) => format!("全員の評価が中央値の±{s}以内"),
        (s, Lang::En) => format!("every rating within ±{s} of the median"),
    }
}

/// "Pass 2 · Revealed".
pub fn pass_state(pass: u32, revealed: bool, lang: Lang) -> String {
    let state = if revealed { STATE_REVEALED } else { STATE_OPEN };
    match lang {
        Lang::Ja => format!("第{pass}パス・{}", state.get(lang)),
        Lang::En => format!("Pass {pass} · {}", state.get(lang)),
    }
}
