//! The migration chain: pure steps that lift a stored workbook from one
//! schema version to the next, on untyped JSON.
//!
//! Policy (docs/storage-format.md): every change to the stored shape bumps
//! [`SCHEMA_VERSION`](super::SCHEMA_VERSION) and appends exactly one step here;
//! steps are never edited or removed once released, and a frozen fixture of the
//! old version is kept under `tests/fixtures/storage/`. Steps work on
//! `serde_json::Value` because the old shape has no Rust type any more.

use serde_json::Value;

/// A step that failed: which version it started from and why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("migration from schema version {from} failed: {reason}")]
pub struct MigrationError {
    pub from: u32,
    pub reason: String,
}

/// One step: version `from` → `from + 1`.
#[derive(Clone, Copy, Debug)]
pub struct Migration {
    pub from: u32,
    pub up: fn(Value) -> Result<Value, MigrationError>,
}

/// The oldest schema version that can still be read.
pub const OLDEST_SUPPORTED: u32 = 1;

/// Every step, in order.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        from: 1,
        up: v1_to_v2,
    },
    Migration {
        from: 2,
        up: v2_to_v3,
    },
    Migration {
        from: 3,
        up: v3_to_v4,
    },
];

/// Schema 1 → 2 (issue #12): a scenario's `origin` and `legality` may be
/// null ("not chosen yet"), and exercises gain optional fields that default
/// when missing. Schema 1 required both codes, so every value a schema-1
/// file holds stays the *chosen* value: "external" stays external, "illegal"
/// stays illegal. A code missing from a (hand-trimmed) schema-1 scenario
/// would not have loaded at all; it is given schema 1's old default for a
/// new scenario ("external", "illegal") rather than silently becoming a gap,
/// so nothing that loaded before changes meaning. Everything else is kept
/// as it is.
fn v1_to_v2(mut v: Value) -> Result<Value, MigrationError> {
    let fail = |reason: &str| MigrationError {
        from: 1,
        reason: reason.to_owned(),
    };
    let map = v.as_object_mut().ok_or_else(|| fail("not a JSON object"))?;
    match map.get_mut("scenarios") {
        None | Some(Value::Null) => {}
        Some(Value::Array(scenarios)) => {
            for s in scenarios.iter_mut() {
                let s = s
                    .as_object_mut()
                    .ok_or_else(|| fail("a scenario is not a JSON object"))?;
                for (key, old_default) in [("origin", "external"), ("legality", "illegal")] {
                    match s.get(key) {
                        None | Some(Value::Null) => {
                            s.insert(key.into(), Value::from(old_default));
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        Some(_) => return Err(fail("scenarios is not a list")),
    }
    Ok(v)
}

/// Schema 2 → 3 (issue #14): a technology's `export_control` becomes the
/// `result` of its `classification` (the other fields of which start empty),
/// and its `key_persons` names become people with an access link marked as
/// key person. The same name in several technologies is one person (names
/// were the only identity schema 2 had); link order keeps each list's order.
/// Ids are derived from the workbook id and the name (and the technology id
/// for links), so migrating the same file twice gives the same workbook.
fn v2_to_v3(mut v: Value) -> Result<Value, MigrationError> {
    let fail = |reason: &str| MigrationError {
        from: 2,
        reason: reason.to_owned(),
    };
    let map = v.as_object_mut().ok_or_else(|| fail("not a JSON object"))?;
    let wb_id = map
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let mut people: Vec<Value> = Vec::new();
    let mut person_ids: Vec<(String, String)> = Vec::new();
    let mut access: Vec<Value> = Vec::new();
    match map.get_mut("technologies") {
        None | Some(Value::Null) => {}
        Some(Value::Array(techs)) => {
            for t in techs.iter_mut() {
                let t = t
                    .as_object_mut()
                    .ok_or_else(|| fail("a technology is not a JSON object"))?;
                let result = t
                    .remove("export_control")
                    .unwrap_or_else(|| Value::from("not_judged"));
                t.insert(
                    "classification".into(),
                    serde_json::json!({ "result": result }),
                );
                let tech_id = t
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned();
                let names = match t.remove("key_persons") {
                    None | Some(Value::Null) => Vec::new(),
                    Some(Value::Array(n)) => n,
                    Some(_) => return Err(fail("key_persons is not a list")),
                };
                for name in names {
                    let name = name
                        .as_str()
                        .ok_or_else(|| fail("a key person is not text"))?
                        .to_owned();
                    let pid = match person_ids.iter().find(|(n, _)| *n == name) {
                        Some((_, id)) => id.clone(),
                        None => {
                            let id = derived_uuid(&["person", &wb_id, &name]);
                            people.push(serde_json::json!({ "id": id, "name": name }));
                            person_ids.push((name, id.clone()));
                            id
                        }
                    };
                    // The same name twice in one list is one link.
                    let dup = access.iter().any(|a| {
                        a["person_id"] == pid.as_str() && a["technology_id"] == tech_id.as_str()
                    });
                    if !dup {
                        access.push(serde_json::json!({
                            "id": derived_uuid(&["access", &tech_id, &pid]),
                            "person_id": pid,
                            "technology_id": tech_id,
                            "key_person": true,
                        }));
                    }
                }
            }
        }
        Some(_) => return Err(fail("technologies is not a list")),
    }
    map.insert("people".into(), Value::Array(people));
    map.insert("access".into(), Value::Array(access));
    Ok(v)
}

fn derived_uuid(parts: &[&str]) -> String {
    crate::domain::ids::derived_uuid(parts)
        .hyphenated()
        .to_string()
}

/// Schema 3 → 4 (issue #15): workbooks gain workshop rating sessions
/// (`workshops`), none before. An older file cannot hold any, so the step
/// writes the empty list explicitly and refuses a `workshops` key of
/// another shape rather than guessing what it meant.
fn v3_to_v4(mut v: Value) -> Result<Value, MigrationError> {
    let fail = |reason: &str| MigrationError {
        from: 3,
        reason: reason.to_owned(),
    };
    let map = v.as_object_mut().ok_or_else(|| fail("not a JSON object"))?;
    match map.get("workshops") {
        None | Some(Value::Null) => {
            map.insert("workshops".into(), Value::Array(Vec::new()));
        }
        Some(Value::Array(_)) => {}
        Some(_) => return Err(fail("workshops is not a list")),
    }
    Ok(v)
}

/// Applies the steps of `chain` from version `from` up to `to`, updating
/// `schema_version` after each step. Pure: the input is consumed, nothing else
/// is touched.
pub fn migrate(
    mut value: Value,
    from: u32,
    to: u32,
    chain: &[Migration],
) -> Result<Value, MigrationError> {
    let mut version = from;
    while version < to {
        let step = chain
            .iter()
            .find(|m| m.from == version)
            .ok_or_else(|| MigrationError {
                from: version,
                reason: format!("no migration step from version {version}"),
            })?;
        value = (step.up)(value)?;
        version += 1;
        if let Value::Object(map) = &mut value {
            map.insert("schema_version".into(), Value::from(version));
        }
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::storage::SCHEMA_VERSION;

    /// The chain must step 1 → 2 → … → SCHEMA_VERSION without gaps or repeats.
    fn assert_contiguous(chain: &[Migration], oldest: u32, current: u32) {
        for (i, m) in chain.iter().enumerate() {
            assert_eq!(
                m.from,
                oldest + i as u32,
                "step {i} starts at the wrong version"
            );
        }
        assert_eq!(
            oldest + chain.len() as u32,
            current,
            "chain does not reach the current version"
        );
    }

    #[test]
    fn released_chain_is_contiguous_and_reaches_the_current_version() {
        assert_contiguous(MIGRATIONS, OLDEST_SUPPORTED, SCHEMA_VERSION);
    }

    fn rename_title(mut v: Value) -> Result<Value, MigrationError> {
        let map = v.as_object_mut().ok_or_else(|| MigrationError {
            from: 1,
            reason: "not an object".into(),
        })?;
        if let Some(t) = map.remove("title") {
            map.insert("name".into(), t);
        }
        Ok(v)
    }

    fn add_settings(mut v: Value) -> Result<Value, MigrationError> {
        if let Some(map) = v.as_object_mut() {
            map.entry("settings")
                .or_insert_with(|| serde_json::json!({}));
        }
        Ok(v)
    }

    #[test]
    fn runner_applies_steps_in_order_and_stamps_the_version() {
        let chain = [
            Migration {
                from: 1,
                up: rename_title,
            },
            Migration {
                from: 2,
                up: add_settings,
            },
        ];
        assert_contiguous(&chain, 1, 3);
        let v = serde_json::json!({ "schema_version": 1, "title": "x" });
        let out = migrate(v, 1, 3, &chain).expect("chain runs");
        assert_eq!(
            out,
            serde_json::json!({ "schema_version": 3, "name": "x", "settings": {} })
        );
        // Starting in the middle runs only the remaining steps.
        let v = serde_json::json!({ "schema_version": 2, "title": "kept" });
        let out = migrate(v, 2, 3, &chain).expect("chain runs");
        assert_eq!(out["title"], "kept");
    }

    #[test]
    fn v1_to_v2_keeps_every_chosen_code() {
        let v = serde_json::json!({
            "schema_version": 1,
            "scenarios": [
                { "origin": "internal", "legality": "legal", "title": "a" },
                { "origin": "external", "legality": "illegal" },
                { "title": "hand-trimmed" }
            ]
        });
        let out = migrate(v, 1, 2, MIGRATIONS).expect("step runs");
        assert_eq!(out["schema_version"], 2);
        let s = &out["scenarios"];
        assert_eq!(
            (&s[0]["origin"], &s[0]["legality"]),
            (&"internal".into(), &"legal".into())
        );
        assert_eq!(s[0]["title"], "a");
        assert_eq!(
            (&s[1]["origin"], &s[1]["legality"]),
            (&"external".into(), &"illegal".into())
        );
        // Schema 1 had no "not chosen": a missing code keeps its old meaning.
        assert_eq!(
            (&s[2]["origin"], &s[2]["legality"]),
            (&"external".into(), &"illegal".into())
        );
        // No scenarios at all is fine; a scenario list of the wrong shape is not.
        assert!(migrate(serde_json::json!({}), 1, 2, MIGRATIONS).is_ok());
        let bad = serde_json::json!({ "scenarios": {} });
        assert_eq!(
            migrate(bad, 1, 2, MIGRATIONS).err().map(|e| e.from),
            Some(1)
        );
    }

    #[test]
    fn v2_to_v3_moves_the_export_status_and_key_persons_without_loss() {
        let v = serde_json::json!({
            "schema_version": 2,
            "id": "00000000-0000-0000-0000-000000000001",
            "technologies": [
                { "id": "t1", "export_control": "to_check", "key_persons": ["Sato", "Kato"] },
                { "id": "t2", "export_control": "listed", "key_persons": ["Kato", "Kato"] },
                { "id": "t3" }
            ]
        });
        let out = migrate(v.clone(), 2, 3, MIGRATIONS).expect("step runs");
        assert_eq!(out["schema_version"], 3);
        let t = &out["technologies"];
        assert_eq!(t[0]["classification"]["result"], "to_check");
        assert_eq!(t[1]["classification"]["result"], "listed");
        assert_eq!(t[2]["classification"]["result"], "not_judged");
        assert!(t[0].get("export_control").is_none() && t[0].get("key_persons").is_none());
        let people = out["people"].as_array().expect("people");
        let names: Vec<_> = people.iter().map(|p| p["name"].as_str()).collect();
        assert_eq!(names, [Some("Sato"), Some("Kato")], "one person per name");
        let access = out["access"].as_array().expect("access");
        let pairs: Vec<_> = access
            .iter()
            .map(|a| (a["technology_id"].as_str(), a["key_person"].as_bool()))
            .collect();
        assert_eq!(
            pairs,
            [
                (Some("t1"), Some(true)),
                (Some("t1"), Some(true)),
                (Some("t2"), Some(true))
            ]
        );
        assert_eq!(
            access[1]["person_id"], access[2]["person_id"],
            "Kato links twice"
        );
        // Deterministic: the same file migrates to the same ids.
        assert_eq!(migrate(v, 2, 3, MIGRATIONS).expect("runs"), out);
        assert!(uuid::Uuid::parse_str(people[0]["id"].as_str().unwrap_or("")).is_ok());
        let bad = serde_json::json!({ "technologies": [{ "key_persons": "x" }] });
        assert_eq!(
            migrate(bad, 2, 3, MIGRATIONS).err().map(|e| e.from),
            Some(2)
        );
    }

    #[test]
    fn v3_to_v4_adds_no_workshops_and_keeps_the_rest() {
        let v = serde_json::json!({ "schema_version": 3, "name": "x", "scenarios": [] });
        let out = migrate(v, 3, 4, MIGRATIONS).expect("step runs");
        assert_eq!(
            out,
            serde_json::json!({ "schema_version": 4, "name": "x", "scenarios": [], "workshops": [] })
        );
        let bad = serde_json::json!({ "workshops": "none" });
        assert_eq!(
            migrate(bad, 3, 4, MIGRATIONS).err().map(|e| e.from),
            Some(3)
        );
    }

    #[test]
    fn a_gap_in_the_chain_is_an_error() {
        let chain = [Migration {
            from: 2,
            up: add_settings,
        }];
        let err = migrate(serde_json::json!({}), 1, 3, &chain).err();
        assert_eq!(err.map(|e| e.from), Some(1));
    }
}
