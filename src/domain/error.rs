//! Typed validation errors that name the entity, its id, the field and the
//! offending value, with a message in either UI language.
//!
//! The domain never formats user-facing text anywhere else: forms, restore and
//! import all hand these errors to the UI, which calls [`ValidationError::message`].

use super::kinds::code_enum;
use super::text::Lang;

code_enum! {
    /// Kind of record an error or a delete refers to.
    EntityKind("entity_kind") {
        Workbook = "workbook", "ワークブック", "Workbook";
        Settings = "settings", "設定", "Settings";
        Round = "round", "ラウンド", "Round";
        Technology = "technology", "重要技術", "Technology";
        Element = "element", "チョークポイント要素", "Chokepoint element";
        Actor = "actor", "脅威プレイヤー", "Threat actor";
        Assessment = "assessment", "脅威評価", "Threat assessment";
        Scenario = "scenario", "漏洩シナリオ", "Leak scenario";
        Countermeasure = "countermeasure", "対策", "Countermeasure";
        Exercise = "exercise", "訓練", "Exercise";
        Person = "person", "人", "Person";
        Access = "access", "アクセス", "Access";
        /// A workshop rating session (issue #15).
        Workshop = "workshop", "ワークショップ", "Workshop session";
        /// A pseudonymous participant of a workshop session.
        Participant = "participant", "参加者", "Participant";
    }
}

code_enum! {
    /// A field of a record, as named in forms.
    Field("field") {
        Id = "id", "ID", "ID";
        Name = "name", "名称", "Name";
        Title = "title", "タイトル", "Title";
        Description = "description", "説明", "Description";
        Organisation = "organisation", "組織", "Organisation";
        Unit = "unit", "部署・研究室", "Unit";
        Assessor = "assessor", "評価者", "Assessor";
        CreatedAt = "created_at", "作成日時", "Created";
        UpdatedAt = "updated_at", "更新日時", "Updated";
        OwnerUnit = "owner_unit", "管理部署", "Owner unit";
        StorageLocations = "storage_locations", "保管場所", "Storage locations";
        Management = "management", "管理体制", "Management arrangements";
        AccessInternalCount = "access_internal_count", "アクセス権限者数（内部）", "People with access (internal)";
        AccessNotes = "access_notes", "アクセス権限の備考", "Access notes";
        KeyPersons = "key_persons", "属人化している担当者", "Key persons";
        Notes = "notes", "備考", "Notes";
        Elements = "elements", "チョークポイント要素", "Chokepoint elements";
        Motive = "motive", "動機", "Motive";
        Methods = "methods", "手口", "Methods";
        CatalogId = "catalog_id", "カタログID", "Catalogue id";
        PatternId = "pattern_id", "パターンID", "Pattern id";
        Evidence = "evidence", "根拠", "Evidence";
        ActorId = "actor_id", "脅威プレイヤー", "Threat actor";
        TechnologyId = "technology_id", "重要技術", "Technology";
        TechnologyIds = "technology_ids", "対象の重要技術", "Technologies";
        ScenarioIds = "scenario_ids", "漏洩シナリオ", "Leak scenarios";
        FollowUpIds = "follow_up_ids", "決定した対策", "Follow-up countermeasures";
        Narrative = "narrative", "シナリオの内容", "Narrative";
        Owner = "owner", "担当者", "Owner";
        DueDate = "due_date", "期限", "Due date";
        Date = "date", "実施日", "Date";
        Participants = "participants", "参加者", "Participants";
        Objectives = "objectives", "目的", "Objectives";
        StopPoint = "stop_point", "本来止めるべきだった箇所", "Where it should have been stopped";
        StoppedBy = "stopped_by", "止めるべきだった人", "Who should have stopped it";
        Weaknesses = "weaknesses", "判明した弱点", "Weaknesses found";
        ResponseNotes = "response_notes", "対応の内容", "What was done in response";
        InTheKnow = "in_the_know", "訓練と知っていた人", "Who knew it was a drill";
        Rating = "rating", "評価値", "Rating";
        Weights = "weights", "評価軸の重み", "Axis weights";
        TopShare = "top_share", "上位層の割合", "Top-tier share";
        MiddleShare = "middle_share", "中位層の割合", "Middle-tier share";
        ChokepointThreshold = "chokepoint_threshold", "チョークポイントのしきい値", "Chokepoint threshold";
        Rounds = "rounds", "ラウンド", "Rounds";
        RoundNumber = "round_number", "ラウンド番号", "Round number";
        StartedAt = "started_at", "開始日時", "Started";
        PersonId = "person_id", "人", "Person";
        ListItem = "list_item", "項番", "List item";
        Basis = "basis", "比較した根拠", "Basis compared";
        JudgedBy = "judged_by", "判定者", "Judged by";
        ExceptionGround = "exception_ground", "特例の根拠", "Ground of the exception";
        DeclarationPeriod = "declaration_period", "自己申告の有効期間", "Declaration period";
        DisclosurePeriod = "disclosure_period", "開示の有効期間", "Disclosure period";
    }
}

/// Errors print kinds and fields by code (tests and logs; people see
/// [`ValidationError::message`]).
macro_rules! display_by_code {
    ($($name:ident),+) => {$(
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    )+};
}

display_by_code!(EntityKind, Field);

/// Something wrong with a record or a typed-in value. `id` is the record's id
/// as text (empty for a record not yet saved).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    /// A required text is empty or only whitespace.
    #[error("{entity} {id}: {field} is required")]
    Required {
        entity: EntityKind,
        id: String,
        field: Field,
    },

    /// A text is longer than allowed (counted in characters).
    #[error("{entity} {id}: {field} has {len} characters, at most {max} allowed")]
    TooLong {
        entity: EntityKind,
        id: String,
        field: Field,
        len: usize,
        max: usize,
    },

    /// A number is outside its range.
    #[error("{entity} {id}: {field} is {value}, must be {min}–{max}")]
    OutOfRange {
        entity: EntityKind,
        id: String,
        field: Field,
        value: i64,
        min: i64,
        max: i64,
    },

    /// Typed text is not a whole number (counts) or is negative.
    #[error("{entity} {id}: {field} {value:?} is not a whole number of 0 or more")]
    NotACount {
        entity: EntityKind,
        id: String,
        field: Field,
        value: String,
    },

    /// Typed text is not a rating 1–5.
    #[error("{entity} {id}: {field} {value:?} is not a rating from 1 to 5")]
    NotARating {
        entity: EntityKind,
        id: String,
        field: Field,
        value: String,
    },

    /// Typed text is not a date `YYYY-MM-DD`.
    #[error("{entity} {id}: {field} {value:?} is not a date (YYYY-MM-DD)")]
    NotADate {
        entity: EntityKind,
        id: String,
        field: Field,
        value: String,
    },

    /// Two records of the same kind share an id.
    #[error("{entity} {id}: id used more than once")]
    DuplicateId { entity: EntityKind, id: String },

    /// A record refers to a record that does not exist.
    #[error("{entity} {id}: {field} refers to missing {target} {target_id}")]
    Dangling {
        entity: EntityKind,
        id: String,
        field: Field,
        target: EntityKind,
        target_id: String,
    },

    /// A list names the same record twice.
    #[error("{entity} {id}: {field} lists {value} twice")]
    DuplicateLink {
        entity: EntityKind,
        id: String,
        field: Field,
        value: String,
    },

    /// A list item (storage location, key person, participant) is blank, has
    /// surrounding spaces or spans several lines. Forms type lists one item
    /// per line, so a stored item is always one trimmed line; the CSV format
    /// relies on it to join lists with line breaks without escaping.
    #[error("{entity} {id}: {field} item {value:?} is not a single trimmed line")]
    BadListItem {
        entity: EntityKind,
        id: String,
        field: Field,
        value: String,
    },

    /// Two threat assessments for the same actor and technology.
    #[error("assessment {id}: actor {actor_id} × technology {technology_id} is already assessed")]
    DuplicateAssessment {
        id: String,
        actor_id: String,
        technology_id: String,
    },

    /// Every criticality weight is zero, so no score can be computed.
    #[error("settings: every criticality weight is zero")]
    NoWeights,

    /// Top and middle shares add up to more than 100 %.
    #[error("settings: top {top}% + middle {middle}% exceeds 100%")]
    SharesExceed { top: u8, middle: u8 },

    /// The workbook has no round.
    #[error("workbook has no round")]
    NoRound,

    /// Rounds are not numbered 1, 2, 3 … in order.
    #[error("round {id}: number {number}, expected {expected}")]
    RoundNumber {
        id: String,
        number: u32,
        expected: u32,
    },

    /// The workbook was updated before it was created.
    #[error("workbook: updated {updated} before created {created}")]
    UpdatedBeforeCreated { created: String, updated: String },
}

impl ValidationError {
    /// The record the error is about, for highlighting it.
    pub fn entity(&self) -> EntityKind {
        use ValidationError::*;
        match self {
            Required { entity, .. }
            | TooLong { entity, .. }
            | OutOfRange { entity, .. }
            | NotACount { entity, .. }
            | NotARating { entity, .. }
            | NotADate { entity, .. }
            | DuplicateId { entity, .. }
            | Dangling { entity, .. }
            | DuplicateLink { entity, .. }
            | BadListItem { entity, .. } => *entity,
            DuplicateAssessment { .. } => EntityKind::Assessment,
            NoWeights | SharesExceed { .. } => EntityKind::Settings,
            NoRound | UpdatedBeforeCreated { .. } => EntityKind::Workbook,
            RoundNumber { .. } => EntityKind::Round,
        }
    }

    /// The field to highlight in a form, if the error is about one field.
    pub fn field(&self) -> Option<Field> {
        use ValidationError::*;
        match self {
            Required { field, .. }
            | TooLong { field, .. }
            | OutOfRange { field, .. }
            | NotACount { field, .. }
            | NotARating { field, .. }
            | NotADate { field, .. }
            | Dangling { field, .. }
            | DuplicateLink { field, .. }
            | BadListItem { field, .. } => Some(*field),
            DuplicateId { .. } => Some(Field::Id),
            DuplicateAssessment { .. } => Some(Field::ActorId),
            NoWeights => Some(Field::Weights),
            SharesExceed { .. } => Some(Field::MiddleShare),
            NoRound | RoundNumber { .. } => Some(Field::Rounds),
            UpdatedBeforeCreated { .. } => Some(Field::UpdatedAt),
        }
    }

    /// The id of the record the error is about, as text ("" if none).
    pub fn id(&self) -> &str {
        use ValidationError::*;
        match self {
            Required { id, .. }
            | TooLong { id, .. }
            | OutOfRange { id, .. }
            | NotACount { id, .. }
            | NotARating { id, .. }
            | NotADate { id, .. }
            | DuplicateId { id, .. }
            | Dangling { id, .. }
            | DuplicateLink { id, .. }
            | BadListItem { id, .. }
            | DuplicateAssessment { id, .. }
            | RoundNumber { id, .. } => id,
            NoWeights | SharesExceed { .. } | NoRound | UpdatedBeforeCreated { .. } => "",
        }
    }

    /// A sentence for people, in the given language. Names the record kind,
    /// the field and the offending value; ids only where nothing else
    /// identifies the record.
    pub fn message(&self, lang: Lang) -> String {
        use Lang::{En, Ja};
        use ValidationError::*;
        // Every message about one field of one record names both the same
        // way; the variants that are not about a field do not use them.
        let entity = self.entity().label().get(lang);
        let field = self.field().map_or("", |f| f.label().get(lang));
        match (self, lang) {
            (Required { .. }, Ja) => format!("{entity}の「{field}」を入力してください。"),
            (Required { .. }, En) => format!("{entity}: {field} is required."),
            (TooLong { len, max, .. }, Ja) => {
                format!("{entity}の「{field}」が長すぎます（{len}文字、上限{max}文字）。")
            }
            (TooLong { len, max, .. }, En) => {
                format!("{entity}: {field} is too long ({len} characters, at most {max}).")
            }
            (OutOfRange { value, min, max, .. }, Ja) => {
                format!("{entity}の「{field}」の値 {value} は範囲外です（{min}〜{max}）。")
            }
            (OutOfRange { value, min, max, .. }, En) => {
                format!("{entity}: {field} is {value}; it must be between {min} and {max}.")
            }
            (NotACount { value, .. }, Ja) => format!(
                "{entity}の「{field}」に「{value}」とありますが、0以上の整数を入力してください。"
            ),
            (NotACount { value, .. }, En) => {
                format!("{entity}: {field} \"{value}\" is not a whole number of 0 or more.")
            }
            (NotARating { value, .. }, Ja) => format!(
                "{entity}の「{field}」に「{value}」とありますが、1〜5の整数か未評価にしてください。"
            ),
            (NotARating { value, .. }, En) => format!(
                "{entity}: {field} \"{value}\" is not a rating; use 1 to 5 or leave it not rated."
            ),
            (NotADate { value, .. }, Ja) => format!(
                "{entity}の「{field}」に「{value}」とありますが、日付はYYYY-MM-DD形式で入力してください。"
            ),
            (NotADate { value, .. }, En) => {
                format!("{entity}: {field} \"{value}\" is not a date; use YYYY-MM-DD.")
            }
            (DuplicateId { id, .. }, Ja) => format!("{entity}のID {id} が重複しています。"),
            (DuplicateId { id, .. }, En) => format!("{entity}: id {id} is used more than once."),
            (Dangling { id, target, target_id, .. }, Ja) => format!(
                "{entity}（ID {id}）の「{field}」が存在しない{}（ID {target_id}）を参照しています。",
                target.label().ja
            ),
            (Dangling { id, target, target_id, .. }, En) => format!(
                "{entity} (id {id}): {field} refers to a {} that does not exist (id {target_id}).",
                target.label().en.to_lowercase()
            ),
            (DuplicateLink { value, .. }, Ja) => {
                format!("{entity}の「{field}」に同じ項目（{value}）が二度含まれています。")
            }
            (DuplicateLink { value, .. }, En) => {
                format!("{entity}: {field} lists the same item ({value}) twice.")
            }
            (BadListItem { value, .. }, Ja) => {
                format!("{entity}の「{field}」の項目（{value:?}）は、空でない1行で入力してください。")
            }
            (BadListItem { value, .. }, En) => {
                format!("{entity}: each item of {field} must be one non-empty line ({value:?}).")
            }
            (DuplicateAssessment { .. }, Ja) => {
                "この脅威プレイヤーとこの重要技術の組み合わせは既に評価されています。".to_owned()
            }
            (DuplicateAssessment { .. }, En) => {
                "This threat actor has already been assessed against this technology.".to_owned()
            }
            (NoWeights, Ja) => {
                "評価軸の重みが全て0です。少なくとも1つの軸に重みを付けてください。".to_owned()
            }
            (NoWeights, En) => {
                "Every axis weight is zero; give at least one axis a weight.".to_owned()
            }
            (SharesExceed { top, middle }, Ja) => {
                format!("上位層（{top}%）と中位層（{middle}%）の合計が100%を超えています。")
            }
            (SharesExceed { top, middle }, En) => {
                format!("Top tier ({top}%) and middle tier ({middle}%) add up to more than 100%.")
            }
            (NoRound, Ja) => "ワークブックにラウンドがありません。".to_owned(),
            (NoRound, En) => "The workbook has no round.".to_owned(),
            (RoundNumber { number, expected, .. }, Ja) => {
                format!("ラウンド番号が{number}になっていますが、{expected}であるべきです。")
            }
            (RoundNumber { number, expected, .. }, En) => {
                format!("A round is numbered {number}; it should be {expected}.")
            }
            (UpdatedBeforeCreated { created, updated }, Ja) => {
                format!("更新日時（{updated}）が作成日時（{created}）より前です。")
            }
            (UpdatedBeforeCreated { created, updated }, En) => {
                format!("Updated time ({updated}) is before the created time ({created}).")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_exists_in_both_languages() {
        for e in EntityKind::ALL {
            assert!(!e.label().ja.is_empty() && !e.label().en.is_empty(), "{e}");
        }
        for f in Field::ALL {
            assert!(!f.label().ja.is_empty() && !f.label().en.is_empty(), "{f}");
        }
    }

    #[test]
    fn messages_name_the_field_and_the_value() {
        let e = ValidationError::NotACount {
            entity: EntityKind::Technology,
            id: String::new(),
            field: Field::AccessInternalCount,
            value: "-3".into(),
        };
        let ja = e.message(Lang::Ja);
        let en = e.message(Lang::En);
        assert!(ja.contains("アクセス権限者数") && ja.contains("-3"), "{ja}");
        assert!(
            en.contains("People with access") && en.contains("-3"),
            "{en}"
        );
        assert_eq!(e.field(), Some(Field::AccessInternalCount));
        assert_eq!(e.entity(), EntityKind::Technology);
    }
}
