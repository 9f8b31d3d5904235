//! Structure-aware inputs for `restore`: a valid workbook JSON (one of the
//! frozen fixtures) edited by a short list of tree operations that the fuzzer
//! chooses byte by byte.
//!
//! Byte-level mutation of JSON text is mostly rejected by the JSON parser; these
//! operations keep the text well-formed and usually keep the shape, so inputs
//! get past parsing into the version check, migrations, DTO conversion (dates,
//! codes, ratings) and `validate` (duplicate ids, dangling links, lengths,
//! settings). Strings are drawn from the document itself, so ids get swapped
//! between records, which is how dangling and duplicate references arise.

use std::sync::OnceLock;

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use serde_json::{Map, Number, Value};

/// The base documents: the frozen v1 `defaults` fixture, the smallest valid
/// file, and the v1 samples cut down to one record of each kind (every
/// reference kept, long texts shortened). The full samples (20 kB) would make
/// every execution ten times slower for no new shape.
const BASES: &[&str] = &[
    include_str!("../../tests/fixtures/storage/v1/defaults.json"),
    include_str!("../seeds/restore/minimal.json"),
    include_str!("../seeds/restore/small_en.json"),
    include_str!("../seeds/restore/small_ja.json"),
];

/// Strings that sit on the edges of what the schema allows.
const EDGE_STRINGS: &[&str] = &[
    "",
    " ",
    " padded ",
    "\t",
    "line\nbreak",
    "\r\n",
    "\u{0}",
    "\u{202E}rtl",
    "<script>alert(1)</script>",
    "=1+1",
    "😀👨‍👩‍👧",
    "日本語",
    "mamori.workbook",
    "2025-06-01",
    "2024-02-29",
    "2025-02-29",
    "0000-01-01",
    "9999-12-31",
    "-0001-01-01",
    "+10000-01-01",
    "2025-6-1",
    "2025-06-01T09:00:00+09:00",
    "2025-06-01T09:00:00Z",
    "2025-06-01t09:00:00z",
    "2025-06-01T09:00:00-00:00",
    "2025-06-01T09:00:00+23:59",
    "2025-06-01T09:00:00-23:59",
    "0000-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00",
    "2016-12-31T23:59:60Z",
    "2025-06-30T23:59:60+09:00",
    "2025-06-01T09:00:00.123456789123+09:00",
    "2025-06-01T09:00:00.1Z",
    "2025-06-01 09:00:00Z",
    "00000000-0000-0000-0000-000000000000",
    "00000000-0000-0000-0000-000000000001",
    "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
    "{00000000-0000-0000-0000-000000000002}",
    "urn:uuid:00000000-0000-0000-0000-000000000003",
    "00000000000000000000000000000004",
    "not-a-uuid",
];

const EDGE_NUMBERS: &[i128] = &[
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    9,
    10,
    11,
    100,
    101,
    255,
    256,
    65_535,
    4_294_967_295,
    4_294_967_296,
    18_446_744_073_709_551_615,
    -1,
    -9_223_372_036_854_775_808,
];

struct Base {
    doc: Value,
    strings: Vec<String>,
    keys: Vec<String>,
}

fn bases() -> &'static [Base] {
    static BASES_PARSED: OnceLock<Vec<Base>> = OnceLock::new();
    BASES_PARSED.get_or_init(|| {
        BASES
            .iter()
            .map(|text| {
                let doc: Value = serde_json::from_str(text).expect("fuzz base documents are JSON");
                let mut strings = Vec::new();
                let mut keys = Vec::new();
                collect(&doc, &mut strings, &mut keys);
                strings.sort();
                strings.dedup();
                keys.sort();
                keys.dedup();
                Base { doc, strings, keys }
            })
            .collect()
    })
}

fn collect(v: &Value, strings: &mut Vec<String>, keys: &mut Vec<String>) {
    match v {
        Value::String(s) => strings.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|c| collect(c, strings, keys)),
        Value::Object(m) => {
            for (k, c) in m {
                keys.push(k.clone());
                collect(c, strings, keys);
            }
        }
        _ => {}
    }
}

fn count_nodes(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(count_nodes).sum(),
        Value::Object(m) => m.values().map(count_nodes).sum(),
        _ => 0,
    }
}

/// The `k`-th node in depth-first pre-order (0 is the root).
fn nth_mut<'a>(v: &'a mut Value, k: &mut usize) -> Option<&'a mut Value> {
    if *k == 0 {
        return Some(v);
    }
    *k -= 1;
    match v {
        Value::Array(a) => {
            for c in a.iter_mut() {
                if let Some(x) = nth_mut(c, k) {
                    return Some(x);
                }
            }
            None
        }
        Value::Object(m) => {
            for c in m.values_mut() {
                if let Some(x) = nth_mut(c, k) {
                    return Some(x);
                }
            }
            None
        }
        _ => None,
    }
}

fn pick_string(base: &Base, u: &mut Unstructured) -> Result<String> {
    Ok(match u.int_in_range(0..=3u8)? {
        0 => (*u.choose(EDGE_STRINGS)?).to_owned(),
        1 => u.arbitrary::<String>()?,
        _ => u.choose(&base.strings)?.clone(),
    })
}

fn number(n: i128) -> Value {
    if let Ok(i) = i64::try_from(n) {
        Value::from(i)
    } else if let Ok(p) = u64::try_from(n) {
        Value::from(p)
    } else {
        Value::Null
    }
}

fn gen_value(base: &Base, u: &mut Unstructured, depth: u8) -> Result<Value> {
    let max = if depth == 0 { 4 } else { 6 };
    Ok(match u.int_in_range(0..=max)? {
        0 => Value::Null,
        1 => Value::Bool(u.arbitrary()?),
        2 => number(*u.choose(EDGE_NUMBERS)?),
        3 => match u.int_in_range(0..=2u8)? {
            0 => Number::from_f64(u.arbitrary::<f64>()?).map_or(Value::Null, Value::Number),
            1 => Value::from(1.5),
            _ => Value::from(u.arbitrary::<i64>()?),
        },
        4 => Value::String(pick_string(base, u)?),
        5 => {
            let n = u.int_in_range(0..=3usize)?;
            let mut a = Vec::with_capacity(n);
            for _ in 0..n {
                a.push(gen_value(base, u, depth - 1)?);
            }
            Value::Array(a)
        }
        _ => {
            let n = u.int_in_range(0..=3usize)?;
            let mut m = Map::new();
            for _ in 0..n {
                let k = u.choose(&base.keys)?.clone();
                m.insert(k, gen_value(base, u, depth - 1)?);
            }
            Value::Object(m)
        }
    })
}

fn mutate_string(s: &mut String, base: &Base, u: &mut Unstructured) -> Result<()> {
    match u.int_in_range(0..=6u8)? {
        0 => {
            // Truncate at a char boundary.
            let cut: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
            if !cut.is_empty() {
                s.truncate(*u.choose(&cut)?);
            }
        }
        1 => s.push(u.arbitrary::<char>()?),
        2 => {
            // Replace one char (e.g. a digit of a uuid or a date).
            let chars: Vec<char> = s.chars().collect();
            if !chars.is_empty() {
                let i = u.choose_index(chars.len())?;
                let c: char = u.arbitrary()?;
                *s = chars
                    .iter()
                    .enumerate()
                    .map(|(j, &x)| if j == i { c } else { x })
                    .collect();
            }
        }
        3 => *s = format!(" {s} "),
        4 => {
            // Around the length limits (200 and 20 000 characters).
            let n = *u.choose(&[199usize, 200, 201, 20_000, 20_001])?;
            let unit = if s.is_empty() {
                "あ".to_owned()
            } else {
                s.clone()
            };
            *s = unit.chars().cycle().take(n).collect();
        }
        5 => s.push_str(&pick_string(base, u)?),
        _ => *s = s.to_uppercase(),
    }
    Ok(())
}

/// One tree operation on `doc`.
fn apply(doc: &mut Value, base: &Base, u: &mut Unstructured) -> Result<()> {
    match u.int_in_range(0..=9u8)? {
        // Replace a node by a generated value.
        0 => {
            let v = gen_value(base, u, 2)?;
            *select(doc, u)? = v;
        }
        // Replace a node by a string of the document (ids, dates, codes).
        1 => {
            let s = u.choose(&base.strings)?.clone();
            *select(doc, u)? = Value::String(s);
        }
        // Remove a key or an element.
        2 => match select(doc, u)? {
            Value::Object(m) if !m.is_empty() => {
                let k = m.keys().nth(u.choose_index(m.len())?).cloned();
                if let Some(k) = k {
                    m.remove(&k);
                }
            }
            Value::Array(a) if !a.is_empty() => {
                a.remove(u.choose_index(a.len())?);
            }
            _ => {}
        },
        // Duplicate an element of an array (duplicate ids, repeated links).
        3 => {
            if let Value::Array(a) = select(doc, u)? {
                if !a.is_empty() {
                    let e = a[u.choose_index(a.len())?].clone();
                    let at = u.int_in_range(0..=a.len())?;
                    a.insert(at, e);
                }
            }
        }
        // Copy one subtree over another.
        4 => {
            let from = select(doc, u)?.clone();
            *select(doc, u)? = from;
        }
        // Edit a string in place.
        5 => {
            if let Value::String(s) = select(doc, u)? {
                mutate_string(s, base, u)?;
            }
        }
        // An edge number anywhere a number is.
        6 => {
            let n = number(*u.choose(EDGE_NUMBERS)?);
            if let v @ Value::Number(_) = select(doc, u)? {
                *v = n;
            }
        }
        // Add a (possibly unknown) key.
        7 => {
            let k = if u.arbitrary()? {
                u.choose(&base.keys)?.clone()
            } else {
                u.arbitrary::<String>()?
            };
            let v = gen_value(base, u, 1)?;
            if let Value::Object(m) = select(doc, u)? {
                m.insert(k, v);
            }
        }
        // Rename a key.
        8 => {
            let new = u.choose(&base.keys)?.clone();
            if let Value::Object(m) = select(doc, u)? {
                let k = m.keys().nth(u.choose_index(m.len().max(1))?).cloned();
                if let Some(k) = k {
                    if let Some(v) = m.remove(&k) {
                        m.insert(new, v);
                    }
                }
            }
        }
        // The header: format and schema version.
        _ => {
            let v = gen_value(base, u, 0)?;
            if let Value::Object(m) = doc {
                let key = if u.arbitrary()? {
                    "schema_version"
                } else {
                    "format"
                };
                m.insert(key.to_owned(), v);
            }
        }
    }
    Ok(())
}

fn select<'a>(doc: &'a mut Value, u: &mut Unstructured) -> Result<&'a mut Value> {
    let n = count_nodes(doc);
    let k = u.choose_index(n)?;
    Ok(nth_or_root(doc, k))
}

fn nth_or_root(doc: &mut Value, k: usize) -> &mut Value {
    let mut probe = k;
    if nth_mut(doc, &mut probe).is_none() {
        return doc;
    }
    let mut k = k;
    nth_mut(doc, &mut k).unwrap_or_else(|| unreachable!("found on the first walk"))
}

/// Builds a workbook JSON text from fuzzer bytes: a base document, then up to
/// 16 operations, written compact or pretty.
pub fn mutated_workbook(data: &[u8]) -> String {
    let mut u = Unstructured::new(data);
    let all = bases();
    let base = &all[u.choose_index(all.len()).unwrap_or(0)];
    let mut doc = base.doc.clone();
    let ops = u.int_in_range(0..=16u8).unwrap_or(0);
    for _ in 0..ops {
        if u.is_empty() || apply(&mut doc, base, &mut u).is_err() {
            break;
        }
    }
    if u.arbitrary().unwrap_or(false) {
        serde_json::to_string_pretty(&doc)
    } else {
        serde_json::to_string(&doc)
    }
    .unwrap_or_default()
}
