//! Messages of the people screen (アクセス権限者) and of the regulatory flag
//! list. Flags are prompts to check, never legal advice.

messages! {
    NAV = "人・アクセス", "People";
    TITLE = "アクセスできる人と規制上の確認", "People with access and regulatory checks";
    INTRO = "重要技術にアクセスできる人を記録します（氏名の代わりに仮名で十分です）。居住性、特定類型の自己申告、誓約書、研究インテグリティの開示を記録すると、確認すべき点が一覧に出ます。", "Record who can access critical technologies (a pseudonym is enough instead of a name). With residency, the specified-category declaration, the pledge and the research-integrity disclosure recorded, what needs checking appears in the list.";
    ADD = "人を追加", "Add person";
    NEW_NAME = "新しい人", "New person";
    LIST_EMPTY = "まだ誰も記録されていません。", "Nobody recorded yet.";
    COL_NAME = "氏名または仮名", "Name or pseudonym";
    COL_ROLE = "立場", "Role";
    COL_RESIDENCY = "居住性", "Residency";
    COL_DECLARATION = "特定類型の自己申告", "Specified-category declaration";
    COL_ACCESS = "アクセスできる技術", "Technologies";
    SELECT_HINT = "一覧から人を選ぶと、ここで内容とアクセスを編集できます。", "Choose a person in the list to edit their record and access here.";
    DETAIL = "人の記録", "Person";
    NAME = "氏名または仮名", "Name or pseudonym";
    NAME_HINT = "仮名（例：P-07）で十分です。", "A pseudonym (e.g. P-07) is enough.";
    ROLE = "立場", "Role";
    RESIDENCY = "居住性（外為法）", "Residency (Foreign Exchange Act)";
    NOT_RECORDED = "未記録", "Not recorded";
    DECLARATION = "特定類型の自己申告", "Specified-category declaration";
    DECLARED_ON = "自己申告日", "Date declared";
    PLEDGE = "誓約書・秘密保持契約", "Pledge or NDA";
    PLEDGE_SIGNED = "署名済み", "Signed";
    PLEDGE_ON = "誓約日", "Date of pledge";
    DISCLOSED_ON = "研究インテグリティの最終開示日（兼業・外部資金など）", "Last research-integrity disclosure (positions, side jobs, outside funding)";
    NOTES = "メモ", "Notes";
    ACCESS = "アクセスできる重要技術", "Critical technologies this person can access";
    NO_ACCESS = "まだどの技術にも紐づいていません。", "Not linked to any technology yet.";
    NO_TECHNOLOGIES = "重要技術がまだありません（ステップ1で登録）。", "No critical technology yet (add them in Step 1).";
    LINK_TECH = "アクセスできる技術を紐づける", "Link a technology this person can access";
    LINK = "紐づける", "Link";
    UNLINK = "紐づけを外す", "Unlink";
    KEY_PERSON = "属人化（この人のノウハウに依存）", "Key person (the know-how depends on them)";
    DECLARATION_STATUS = "自己申告の状態", "Declaration status";
    STATUS_CURRENT = "有効期間内", "Current";
    STATUS_DUE = "更新が必要", "Due for renewal";
    STATUS_NOT_SUBMITTED = "未提出", "Not submitted";
    DISCLOSURE_DUE = "研究インテグリティの開示の更新が必要（上位層の技術にアクセス）", "Research-integrity disclosure due (access to a top-tier technology)";
    DELETE = "この人を削除", "Delete this person";
    CONFIRM_TITLE = "この人を削除しますか？", "Delete this person?";
    CONFIRM_BODY = "この人のアクセスの紐づけも削除されます。削除後も「元に戻す」で復元できます。", "Their access links are deleted too. You can undo right after deleting.";
    DELETED = "人を削除しました。", "Person deleted.";
    UNDO_FAILED = "元に戻せませんでした：", "Could not undo:";
    NOT_FOUND = "この人は見つかりません（削除された可能性があります）。", "This person was not found (they may have been deleted).";
    FLAGS_TITLE = "確認が必要な点", "What needs checking";
    FLAGS_NONE = "いまの記録からは、確認が必要な点は見つかりません。", "Nothing to check from the records so far.";
    FLAGGED_TECHS = "許可が必要な場合がある技術", "Technologies that may need a licence";
    FLAG_BECAUSE = "理由", "Because of";
    DECLARATIONS_DUE = "自己申告が未提出・更新が必要な人（アクセスあり）", "People with access whose declaration is missing or due";
    DISCLOSURES_DUE = "研究インテグリティの開示の更新が必要な人", "People whose research-integrity disclosure is due";
}
