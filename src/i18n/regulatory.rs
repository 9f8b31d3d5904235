//! Messages of a technology's regulatory panel: the export-control
//! classification (該非判定), who can access it, and the trade-secret
//! checklist (営業秘密の三要件). Flags are prompts to check, never legal advice.

messages! {
    SECTION = "規制上の確認（輸出管理・営業秘密）", "Regulatory checks (export control, trade secrets)";
    CLASSIFICATION = "該非判定", "Export-control classification";
    RESULT = "判定結果", "Result";
    LIST_ITEM = "項番（例：外為令別表 2(3)）", "List item (e.g. 外為令別表 2(3))";
    BASIS = "比較した根拠", "Basis compared";
    JUDGED_ON = "判定日", "Date judged";
    JUDGED_BY = "判定者（人または部署）", "Judged by (person or unit)";
    CATCH_ALL = "キャッチオール（用途・需要者）確認の対象か", "Catch-all (end use / end user) check applies to current partners";
    EXCEPTION = "許可不要の特例", "Licence exception claimed";
    NO_EXCEPTION = "なし", "None";
    EXCEPTION_GROUND = "特例の根拠", "Ground of the exception";
    PEOPLE = "アクセスできる人", "People with access";
    NO_PEOPLE = "アクセスできる人はまだ記録されていません。「人・アクセス」画面で追加して紐づけます。", "No one with access recorded yet. Add and link people on the People screen.";
    KEY_PERSON = "属人化", "key person";
    FLAG_TITLE = "確認してください", "Please check";
    TRADE_SECRET = "営業秘密の三要件", "Trade-secret requirements";
    MARKED = "秘密であることを表示している（㊙・厳秘など）", "Marked as secret (㊙, 厳秘 or similar)";
    ACCESS_RESTRICTED = "アクセスを制限している", "Access is restricted";
    IN_REGISTER = "秘密情報の管理台帳に記載している", "Listed in the secret-information register";
    PLEDGES = "アクセスできる全員から誓約書・秘密保持契約（人の記録から）", "Pledges or NDAs from everyone with access (from the people records)";
    PLEDGES_ALL = "全員あり", "All signed";
    SECRECY_NOTE = "秘密管理性の備考", "Note on secrecy management";
    USEFUL = "事業活動に有用である（失敗データも含む）", "Useful for business (negative results count)";
    USEFULNESS_NOTE = "有用性の備考", "Note on usefulness";
    NOT_PUBLISHED = "公表していない", "Not published";
    NDA_ONLY = "外部へは秘密保持契約の下でのみ開示している", "Disclosed outside only under NDA";
    NON_PUBLIC_NOTE = "非公知性の備考", "Note on non-public status";
    GAPS = "要件の不足", "Gaps";
    NO_GAPS = "記録上、三要件に不足はありません。", "No gap in the three requirements on record.";
    SUGGESTED = "不足を埋める対策（ライブラリ）", "Countermeasures that close the gaps (library)";
    ADD_CM = "対策に追加", "Add as countermeasure";
    ADDED_CM = "対策に追加しました。", "Added to the countermeasures.";
    REQ_OK = "充足", "met";
    REQ_GAP = "不足あり", "gap";
}
