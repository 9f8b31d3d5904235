//! Messages of encryption at rest: encrypting a workbook, unlocking,
//! locking, changing the passphrase (docs/security.md).

messages! {
    ENCRYPT_OPEN = "暗号化する…", "Encrypt…";
    ENCRYPTED_BADGE = "🔒 暗号化済み", "🔒 Encrypted";
    LOCK_NOW = "今すぐロック", "Lock now";
    ENCRYPT_TITLE = "このワークブックを暗号化", "Encrypt this workbook";
    ENCRYPT_INTRO = "重要技術の一覧や担当者、保管場所は、攻撃者にとって地図になります。暗号化すると、このブラウザーに保存されるワークブック（ゴミ箱の内容も含む）はパスフレーズなしでは読めなくなります。開くたびにパスフレーズを入力します。", "The inventory of critical technologies, who holds the know-how and where it is kept is a map for an attacker. Once encrypted, the workbook stored in this browser (and its trash entries) cannot be read without the passphrase. You type it each time you open the workbook.";
    ENCRYPT_WARNING = "パスフレーズを忘れると（回復コードも無い場合）、このワークブックは二度と開けません。誰にも復元できません（Mamoriの開発者にも）。", "If you forget the passphrase (and have no recovery code), this workbook is gone for good. Nobody can recover it — not even Mamori's developers.";
    PASSPHRASE = "パスフレーズ", "Passphrase";
    PASSPHRASE_HINT = "10文字以上。単語を4つ以上並べた長い文が覚えやすく安全です。", "At least 10 characters. A long phrase of four or more words is easy to remember and strong.";
    PASSPHRASE_CONFIRM = "パスフレーズ（確認）", "Passphrase (again)";
    WANT_RECOVERY = "回復コードも作る（印刷して安全な場所に保管します）", "Also make a recovery code (print it and keep it somewhere safe)";
    ENCRYPT_CONFIRM = "理解したうえで暗号化する", "I understand — encrypt";
    ENCRYPTING = "暗号化しています…", "Encrypting…";
    ENCRYPTED_DONE = "暗号化しました。このワークブックは保存時に毎回暗号化されます。", "Encrypted. This workbook is encrypted every time it is saved.";
    RECOVERY_TITLE = "回復コード（この画面でしか表示しません）", "Recovery code (shown only now)";
    RECOVERY_BODY = "印刷するか書き写して、パソコンとは別の安全な場所に保管してください。パスフレーズを忘れたとき、このコードで開けます。", "Print it or write it down and keep it somewhere safe, away from this computer. If you forget the passphrase, this code opens the workbook.";
    RECOVERY_DONE = "保管しました", "I have kept it safe";
    PRINT = "印刷", "Print";
    UNLOCK_TITLE = "暗号化されたワークブック", "Encrypted workbook";
    UNLOCK_INTRO = "このワークブックは暗号化されています。パスフレーズを入力して開いてください。", "This workbook is encrypted. Enter its passphrase to open it.";
    UNLOCK_USE_CODE = "パスフレーズの代わりに回復コードを使う", "Use the recovery code instead of the passphrase";
    RECOVERY_CODE = "回復コード", "Recovery code";
    UNLOCK_CONFIRM = "開く", "Open";
    UNLOCKING = "確認しています…", "Checking…";
    LOCKED_NAME = "🔒 暗号化されたワークブック", "🔒 Encrypted workbook";
    SETTINGS_TITLE = "暗号化", "Encryption";
    BAR_LABEL = "このワークブックの暗号化", "Encryption of this workbook";
    SETTINGS_PLAIN = "このワークブックは暗号化されていません。", "This workbook is not encrypted.";
    SETTINGS_SEALED = "このワークブックは暗号化されています。", "This workbook is encrypted.";
    CHANGE_TITLE = "パスフレーズを変更", "Change the passphrase";
    CHANGE_HINT = "データの鍵はそのままで、新しいパスフレーズで包み直します。以前にダウンロードした暗号化バックアップは、古いパスフレーズのまま開けます。", "The data key stays; it is wrapped again under the new passphrase. Encrypted backups downloaded earlier still open with the old passphrase.";
    CURRENT_PASSPHRASE = "現在のパスフレーズ", "Current passphrase";
    NEW_PASSPHRASE = "新しいパスフレーズ", "New passphrase";
    NEW_PASSPHRASE_CONFIRM = "新しいパスフレーズ（確認）", "New passphrase (again)";
    CHANGE_CONFIRM = "パスフレーズを変更", "Change passphrase";
    CHANGED = "パスフレーズを変更しました。", "Passphrase changed.";
    LOCK_AFTER = "操作がないときに自動でロックするまでの時間", "Lock automatically after this long without use";
    LOCK_AFTER_HINT = "ロックするとページを読み込み直し、鍵と内容をメモリから消します。", "Locking reloads the page, which clears the key and the contents from memory.";
    MINUTES_1 = "1分", "1 minute";
    MINUTES_5 = "5分", "5 minutes";
    MINUTES_15 = "15分", "15 minutes";
    MINUTES_30 = "30分", "30 minutes";
    MINUTES_60 = "60分", "60 minutes";
    UNAVAILABLE = "このブラウザーでは暗号化の自己診断（Argon2idのテストベクターと乱数）に失敗したため、暗号化は使えません。", "Encryption is not available: this browser failed the self-check (the Argon2id test vector and random numbers).";
    EXPORT_WARNING = "このワークブックは暗号化されていますが、書き出すファイル（CSV・ZIP・レポート）は暗号化されません。保存先と共有先に注意してください。", "This workbook is encrypted, but the files you export (CSV, zip, report) are not. Mind where you save and share them.";
    BACKUP_ENCRYPTED_HINT = "暗号化されたワークブックのバックアップは、同じパスフレーズで暗号化されたファイルになります（ファイル名にワークブック名は入りません）。", "The backup of an encrypted workbook is a file encrypted under the same passphrase (its name does not name the workbook).";
    RESTORE_TITLE = "暗号化されたバックアップから復元", "Restore an encrypted backup";
    RESTORE_FILE = "バックアップファイル（mamori_encrypted-backup_….txt）", "Backup file (mamori_encrypted-backup_….txt)";
    RESTORE_CONFIRM = "復元する", "Restore";
    RESTORE_NOT_SEALED = "暗号化されたバックアップではありません。通常のバックアップ（JSON）は「ファイルから取り込む」で読み込めます。", "This is not an encrypted backup. A plain backup (JSON) is read by “Import from files”.";
}
