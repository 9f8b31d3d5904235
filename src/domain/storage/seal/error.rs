//! Why sealing or opening a workbook failed, with a sentence for people in
//! either language. A wrong passphrase, damaged data and data from a newer
//! Mamori are distinct: the shell refuses the first, reports the second like
//! any damaged key, and keeps all three untouched.

use crate::domain::text::{Lang, Text};

/// What exactly is wrong with a value that is not a readable envelope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Malformed {
    /// Not `mamori.sealed:<length>:<units>`, or the length disagrees.
    Text,
    /// Shorter than its own header says.
    TooShort,
    /// The first bytes are not the envelope's magic.
    Magic,
    /// No key slot, or more than [`super::format::MAX_SLOTS`].
    SlotCount,
    /// A key slot of an unknown kind or key-derivation function.
    SlotKind,
    /// Argon2 parameters outside the accepted range (refused before running,
    /// so a hostile header cannot make us allocate or spin).
    Params,
    /// The header does not match its authentication tag.
    Header,
    /// The sealed contents do not match their authentication tag.
    Body,
    /// The opened contents are not what a workbook envelope holds.
    Contents,
}

impl Malformed {
    fn text(self) -> Text {
        match self {
            Malformed::Text => Text::new("文字列の形式が違います", "the text form is wrong"),
            Malformed::TooShort => Text::new("途中で切れています", "it is cut short"),
            Malformed::Magic => Text::new(
                "暗号化データの印がありません",
                "the envelope marker is missing",
            ),
            Malformed::SlotCount => Text::new(
                "鍵スロットの数が不正です",
                "the number of key slots is wrong",
            ),
            Malformed::SlotKind => Text::new(
                "鍵スロットの種類が不明です",
                "a key slot is of an unknown kind",
            ),
            Malformed::Params => Text::new(
                "鍵導出のパラメータが許容範囲外です",
                "the key-derivation parameters are out of range",
            ),
            Malformed::Header => Text::new(
                "ヘッダーが改変または破損しています",
                "the header was altered or damaged",
            ),
            Malformed::Body => Text::new(
                "暗号化された本文が改変または破損しています",
                "the encrypted contents were altered or damaged",
            ),
            Malformed::Contents => Text::new(
                "復号した内容が読めません",
                "the decrypted contents cannot be read",
            ),
        }
    }

    /// The reason in words (used inside [`SealError::message`]).
    pub fn reason(self, lang: Lang) -> &'static str {
        self.text().get(lang)
    }
}

/// Sealing or opening failed. Nothing is ever written because of one of these.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    /// No key slot opened with this passphrase (or recovery code). Also what
    /// an altered salt or parameter looks like: the derived key differs.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The recovery code is not 32 characters of the code alphabet.
    #[error("not a recovery code")]
    NotARecoveryCode,
    /// The value is not a readable envelope.
    #[error("malformed envelope: {0:?}")]
    Malformed(Malformed),
    /// An envelope of a newer format than this build reads.
    #[error("envelope version {0} is not supported")]
    UnsupportedVersion(u8),
    /// The browser gave no random numbers (`crypto.getRandomValues`).
    #[error("no random numbers available")]
    NoRandomness,
}

impl From<Malformed> for SealError {
    fn from(m: Malformed) -> Self {
        SealError::Malformed(m)
    }
}

impl SealError {
    /// A sentence for people in the given language.
    pub fn message(&self, lang: Lang) -> String {
        let ja = lang == Lang::Ja;
        match self {
            SealError::WrongPassphrase => if ja {
                "パスフレーズが違います。ワークブックは開かれず、保存データも変更されていません。"
            } else {
                "Wrong passphrase. The workbook was not opened and nothing stored was changed."
            }
            .into(),
            SealError::NotARecoveryCode => if ja {
                "回復コードは英数字32文字です（ハイフンと空白は無視します）。"
            } else {
                "A recovery code is 32 letters and digits (hyphens and spaces are ignored)."
            }
            .into(),
            SealError::Malformed(m) => {
                if ja {
                    format!("暗号化されたデータが壊れています（{}）。", m.reason(lang))
                } else {
                    format!("The encrypted data is damaged ({}).", m.reason(lang))
                }
            }
            SealError::UnsupportedVersion(v) => {
                if ja {
                    format!(
                        "この暗号化データ（形式{v}）は新しい版のMamoriで作られています。データを守るため読み込みも上書きもしません。"
                    )
                } else {
                    format!(
                        "This encrypted data (format {v}) was made by a newer Mamori. To protect it, it is neither loaded nor overwritten."
                    )
                }
            }
            SealError::NoRandomness => if ja {
                "このブラウザーでは乱数（crypto.getRandomValues）が使えないため暗号化できません。"
            } else {
                "This browser offers no random numbers (crypto.getRandomValues), so nothing can be encrypted."
            }
            .into(),
        }
    }
}

/// Why a new passphrase is refused (checked as the user types).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseProblem {
    /// Shorter than [`MIN_PASSPHRASE_CHARS`].
    TooShort,
    /// The confirmation differs.
    Mismatch,
}

/// The shortest passphrase accepted (characters). Argon2id slows guessing
/// down; it cannot make a short passphrase strong.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

impl PassphraseProblem {
    pub fn message(self, lang: Lang) -> String {
        match (self, lang) {
            (PassphraseProblem::TooShort, Lang::Ja) => {
                format!("パスフレーズは{MIN_PASSPHRASE_CHARS}文字以上にしてください（単語を4つ以上並べるのがおすすめです）。")
            }
            (PassphraseProblem::TooShort, Lang::En) => format!(
                "Use at least {MIN_PASSPHRASE_CHARS} characters (four or more words work well)."
            ),
            (PassphraseProblem::Mismatch, Lang::Ja) => "確認のパスフレーズが一致しません。".into(),
            (PassphraseProblem::Mismatch, Lang::En) => "The two passphrases differ.".into(),
        }
    }
}

/// Checks a new passphrase and its confirmation.
pub fn check_new_passphrase(passphrase: &str, confirm: &str) -> Result<(), PassphraseProblem> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooShort);
    }
    if passphrase != confirm {
        return Err(PassphraseProblem::Mismatch);
    }
    Ok(())
}
