//! Why a workshop action or a ballot file was refused, in both languages.
//! Every refusal leaves the session as it was.

use crate::domain::text::Lang;

/// A session rule that an action would break.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WorkshopError {
    #[error("the pass is revealed: its ratings can no longer change")]
    AlreadyRevealed,
    #[error("the current pass is not revealed yet")]
    NotRevealed,
    #[error("nobody has rated yet")]
    NothingToReveal,
    #[error("every item already has an outcome")]
    AllDecided,
    #[error("this item already has an outcome")]
    ItemDecided,
    #[error("unknown participant")]
    UnknownParticipant,
    #[error("the item is not in this session")]
    UnknownItem,
    #[error("the item is already in this session")]
    DuplicateItem,
    #[error("a pseudonym is required")]
    EmptyPseudonym,
    #[error("pseudonym {0:?} is taken")]
    DuplicatePseudonym(String),
    #[error("participants and items are fixed once someone has rated")]
    RatingStarted,
    #[error("this rating cannot be rated in a workshop")]
    UnsupportedAxis,
    #[error("the rated record no longer exists")]
    RecordMissing,
    #[error("no such session")]
    NoSession,
}

impl WorkshopError {
    /// A sentence for people in the given language.
    pub fn message(&self, lang: Lang) -> String {
        use WorkshopError::*;
        let (ja, en): (String, String) = match self {
            AlreadyRevealed => (
                "公開済みのパスの評価は変更できません。再評価するには新しいパスを始めてください。".into(),
                "This pass is revealed: its ratings can no longer change. Start a new pass to re-vote.".into(),
            ),
            NotRevealed => (
                "まだ評価を公開していません。結論は公開の後に記録します。".into(),
                "The ratings are not revealed yet. Outcomes are recorded after the reveal.".into(),
            ),
            NothingToReveal => (
                "まだ誰も評価していません。".into(),
                "Nobody has rated yet.".into(),
            ),
            AllDecided => (
                "すべての項目に結論があります。".into(),
                "Every item already has an outcome.".into(),
            ),
            ItemDecided => (
                "この項目にはすでに結論があります。".into(),
                "This item already has an outcome.".into(),
            ),
            UnknownParticipant => (
                "このセッションの参加者ではありません。".into(),
                "Not a participant of this session.".into(),
            ),
            UnknownItem => (
                "この項目はセッションにありません。".into(),
                "This item is not in the session.".into(),
            ),
            DuplicateItem => (
                "この項目はすでにセッションにあります。".into(),
                "This item is already in the session.".into(),
            ),
            EmptyPseudonym => (
                "仮名を入力してください。".into(),
                "Enter a pseudonym.".into(),
            ),
            DuplicatePseudonym(p) => (
                format!("仮名「{p}」はすでに使われています。"),
                format!("The pseudonym \"{p}\" is already taken."),
            ),
            RatingStarted => (
                "評価が始まった後は参加者と項目を変更できません。".into(),
                "Participants and items are fixed once someone has rated.".into(),
            ),
            UnsupportedAxis => (
                "この評価軸はワークショップで評価できません。".into(),
                "This axis cannot be rated in a workshop.".into(),
            ),
            RecordMissing => (
                "評価対象の記録が削除されています。".into(),
                "The rated record has been deleted.".into(),
            ),
            NoSession => (
                "セッションが見つかりません。".into(),
                "The session was not found.".into(),
            ),
        };
        match lang {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }
}

/// Why a session or ballot file was refused. Nothing is changed on refusal.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BallotError {
    #[error("not a Mamori file of this kind: {0}")]
    NotThisFile(String),
    #[error("file version {0} is newer than this Mamori reads")]
    NewerVersion(u64),
    #[error("the checksum does not match: the file was changed or damaged")]
    Checksum,
    #[error("the ballot belongs to another session ({found})")]
    OtherSession { found: String, title: String },
    #[error("the ratings were already revealed")]
    AfterReveal,
    #[error("the ballot is for pass {ballot}, the session is in pass {current}")]
    OtherPass { ballot: u32, current: u32 },
    #[error(transparent)]
    Rule(#[from] WorkshopError),
}

impl BallotError {
    pub fn message(&self, lang: Lang) -> String {
        use BallotError::*;
        let ja = lang == Lang::Ja;
        match self {
            NotThisFile(why) => {
                if ja {
                    format!("評価票（またはセッション）ファイルとして読めません（{why}）。")
                } else {
                    format!("This is not a readable ballot or session file ({why}).")
                }
            }
            NewerVersion(v) => {
                if ja {
                    format!("新しい版のMamoriで作られたファイルです（版{v}）。新しい版で開いてください。")
                } else {
                    format!("The file was made by a newer Mamori (version {v}). Open it with the newer Mamori.")
                }
            }
            Checksum => {
                if ja {
                    "チェックサムが一致しません。ファイルが変更されたか壊れています。何も取り込んでいません。".into()
                } else {
                    "The checksum does not match: the file was changed or damaged. Nothing was imported.".into()
                }
            }
            OtherSession { title, .. } => {
                if ja {
                    format!("別のセッション（「{title}」）の評価票です。このセッションには取り込めません。")
                } else {
                    format!("This ballot belongs to another session (\"{title}\"). It cannot be imported here.")
                }
            }
            AfterReveal => {
                if ja {
                    "評価はすでに公開されています。公開後の評価票は受け付けません。".into()
                } else {
                    "The ratings were already revealed: ballots are no longer accepted.".into()
                }
            }
            OtherPass { ballot, current } => {
                if ja {
                    format!("第{ballot}パスの評価票です。現在は第{current}パスです。")
                } else {
                    format!("This ballot is for pass {ballot}; the session is in pass {current}.")
                }
            }
            Rule(e) => e.message(lang),
        }
    }
}
