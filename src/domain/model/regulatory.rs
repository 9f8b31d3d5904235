//! Regulatory judgements kept with a technology: its export-control
//! classification (該非判定) and its trade-secret checklist (営業秘密の三要件).
//! Facts and dates: DOMAIN.md "Regulatory questions". The workbook records
//! judgements and shows gaps; the rules that read them are in
//! `domain::regulatory`.

use time::Date;

use crate::domain::kinds::{ExportControl, ExportException};

/// One export-control classification (該非判定) of a technology.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Classification {
    /// 該当 / 非該当 / 不明・疑義 / 未判定.
    pub result: ExportControl,
    /// The list item (項番), free text such as 「外為令別表 2(3)」.
    pub list_item: String,
    /// The basis compared (specifications, the list text, a parameter sheet …).
    pub basis: String,
    pub judged_on: Option<Date>,
    /// Who judged: a person or a unit.
    pub judged_by: String,
    /// Whether the catch-all (キャッチオール) end-use / end-user check applies
    /// to the current partners; `None` = not checked.
    pub catch_all: Option<bool>,
    /// An exception from the licence requirement, where one is claimed.
    pub exception: Option<ExportException>,
    /// Why the exception applies (required in practice when one is claimed).
    pub exception_ground: String,
}

impl Default for Classification {
    fn default() -> Self {
        Classification::of(ExportControl::NotJudged)
    }
}

impl Classification {
    /// A classification holding only its result (what schema 2 stored).
    pub fn of(result: ExportControl) -> Self {
        Classification {
            result,
            list_item: String::new(),
            basis: String::new(),
            judged_on: None,
            judged_by: String::new(),
            catch_all: None,
            exception: None,
            exception_ground: String::new(),
        }
    }
}

/// The trade-secret checklist of a technology: the three requirements of
/// 不正競争防止法2条6項. `None` = not yet checked (a gap, never a pass).
/// Whether everyone with access signed a pledge or NDA is *derived* from the
/// people records, not stored here.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TradeSecretChecklist {
    /// 秘密管理性: marked as secret (a ㊙ or 厳秘 mark).
    pub marked: Option<bool>,
    /// 秘密管理性: access restricted to the people who need it.
    pub access_restricted: Option<bool>,
    /// 秘密管理性: listed in the register of secret information.
    pub in_register: Option<bool>,
    pub secrecy_note: String,
    /// 有用性: useful for business (negative results count).
    pub useful: Option<bool>,
    pub usefulness_note: String,
    /// 非公知性: not published.
    pub not_published: Option<bool>,
    /// 非公知性: disclosed to outsiders only under NDA.
    pub nda_only: Option<bool>,
    pub non_public_note: String,
}
