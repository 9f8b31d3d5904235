//! Regulatory rules (DOMAIN.md "Regulatory questions"): which technologies
//! may need a licence because of who can access them (みなし輸出・特定類型),
//! which people's declarations and disclosures are due, and which
//! trade-secret requirements have gaps.
//!
//! These are prompts to check, never legal advice: every flag says "check
//! with the export-control office" (`FLAG_WORDING`), and the docs say so
//! (docs/regulatory.md). The functions are pure; callers pass `today`.

mod licence;
mod people;
mod secret;
mod summary;

pub use licence::{licence_flag, licence_flags, FlagReason, LicenceFlag};
pub use people::{declaration_status, disclosure_due, DeclarationStatus};
pub use secret::{trade_secret_gaps, SecretGap, SecretRequirement};
pub use summary::{regulatory_summary, RegulatorySummary};

use crate::domain::text::Text;

/// The wording of the licence flag: a prompt to check with the office.
pub const FLAG_WORDING: Text = Text::new(
    "この技術の提供には許可が必要な場合があります — 輸出管理担当部署に確認してください",
    "A licence may be needed for providing this technology — check with the export-control office",
);

/// Said wherever the workbook flags something regulatory.
pub const NOT_LEGAL_ADVICE: Text = Text::new(
    "記録された判断から確認すべき点を示すもので、法的助言ではありません。",
    "This points out what to check from the judgements recorded; it is not legal advice.",
);

/// Whether `on` is more than `period_days` before `today` (or missing).
fn older_than(on: Option<time::Date>, today: time::Date, period_days: u16) -> bool {
    match on {
        None => true,
        Some(d) => (today - d).whole_days() > i64::from(period_days),
    }
}
