//! xAPI statements: one per scenario attempt in each verified record. Actor an account named
//! by the candidate id (never a name), verb passed/failed/completed (ADL ids), object the
//! scenario, result with score, success, completion, ISO 8601 duration and per-competency
//! subscores under our extension IRIs, and a registration UUID derived from the seal, so
//! the same records always give the same statements. docs/assessment.md lists the IRIs.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::clock::{iso_duration, rfc3339};
use super::journal::{Line, Record};
use crate::i18n::Catalog;
use crate::scenario::library::{Library, ui_sources};
use crate::scenario::load::parse_scenario;

pub const DEFAULT_BASE: &str = "https://tradesim.example/xapi";
const ADL_VERBS: &str = "http://adlnet.gov/expapi/verbs";

/// Where the IRIs live; the paths under `base` are fixed (see docs/assessment.md).
#[derive(Debug, Clone)]
pub struct Iris {
    pub base: String,
    /// The actor account's homePage: the system the candidate ids belong to.
    pub home_page: String,
}

impl Iris {
    pub fn new(base: &str, home_page: Option<&str>) -> Iris {
        let base = base.trim_end_matches('/').to_string();
        Iris {
            home_page: home_page
                .map(str::to_string)
                .unwrap_or_else(|| base.clone()),
            base,
        }
    }
    pub fn scenario(&self, id: &str) -> String {
        format!("{}/scenarios/{id}", self.base)
    }
    pub fn assessment(&self, id: &str) -> String {
        format!("{}/assessments/{id}", self.base)
    }
    pub fn competency(&self, name: &str) -> String {
        format!("{}/extensions/competency/{name}", self.base)
    }
    pub fn extension(&self, name: &str) -> String {
        format!("{}/extensions/{name}", self.base)
    }
}

/// A name-based (v5) UUID in tradesim's namespace: reproducible from the record.
fn derived_uuid(kind: &str, record_sig: &str, part: usize) -> String {
    let ns = Uuid::new_v5(&Uuid::NAMESPACE_URL, b"https://tradesim.example/xapi/uuid");
    Uuid::new_v5(&ns, format!("{kind}/{record_sig}/{part}").as_bytes())
        .hyphenated()
        .to_string()
}

/// A scenario's title in each locale it has text for: an xAPI language map.
fn titles(library: &Library, id: &str) -> Map<String, Value> {
    let mut out = Map::new();
    if let Some(files) = library.get(id)
        && let Ok(model) = parse_scenario(&files.ron)
    {
        for lang in files.locales.keys() {
            if let Ok(cat) = Catalog::new(&lang.as_str().into(), &[&ui_sources(), &files.locales])
                && cat.has(&model.title)
            {
                out.insert(lang.clone(), Value::String(cat.text(&model.title)));
            }
        }
    }
    if out.is_empty() {
        out.insert("en-US".into(), Value::String(id.to_string()));
    }
    out
}

/// When each part ended: the action that finished it, else the submit.
fn part_end_times(rec: &Record, parts: usize, finished: &[bool]) -> Vec<u64> {
    let submit_at = rec.submit().map(|s| s.at).unwrap_or(rec.header.at);
    let mut last = vec![None; parts];
    for l in &rec.lines {
        if let Line::Action(a) = l
            && a.part < parts
        {
            last[a.part] = Some(a.at);
        }
    }
    (0..parts)
        .map(|p| {
            if finished[p] {
                last[p].unwrap_or(submit_at)
            } else {
                submit_at
            }
        })
        .collect()
}

/// Builds statements; scenario titles are looked up once per scenario, not per statement.
pub struct Statements<'a> {
    library: &'a Library,
    iris: Iris,
    titles: BTreeMap<String, Map<String, Value>>,
}

impl<'a> Statements<'a> {
    pub fn new(library: &'a Library, iris: Iris) -> Statements<'a> {
        Statements {
            library,
            iris,
            titles: BTreeMap::new(),
        }
    }

    /// The statements of one verified, sealed record (none if it has no result or seal).
    pub fn of(&mut self, rec: &Record) -> Vec<Value> {
        let lib = self.library;
        for p in rec.header.parts.iter() {
            self.titles
                .entry(p.scenario.clone())
                .or_insert_with(|| titles(lib, &p.scenario));
        }
        statements(rec, &self.titles, &self.iris)
    }
}

fn statements(
    rec: &Record,
    titles: &BTreeMap<String, Map<String, Value>>,
    iris: &Iris,
) -> Vec<Value> {
    let (Some(res), Some(Line::Seal(seal))) = (rec.result(), rec.lines.last()) else {
        return Vec::new();
    };
    let h = &rec.header;
    let finished: Vec<bool> = res.parts.iter().map(|p| p.finished).collect();
    let ends = part_end_times(rec, res.parts.len(), &finished);
    res.parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let verb = match (p.finished, p.scored, p.pass) {
                (true, false, _) => "completed",
                (true, true, true) => "passed",
                _ => "failed",
            };
            let mut result_ext = Map::new();
            for (c, v) in &p.competencies {
                result_ext.insert(iris.competency(c), json!(v));
            }
            let mut result = json!({
                "score": {"scaled": f64::from(p.total) / 100.0, "raw": p.total, "min": 0, "max": 100},
                "completion": p.finished,
                "duration": iso_duration(p.time_ms),
                "extensions": result_ext,
            });
            // a warm-up is not judged: success is left out rather than made up
            if p.scored {
                result["success"] = json!(p.finished && p.pass);
            }
            let name = titles.get(&p.scenario).cloned().unwrap_or_default();
            json!({
                "id": derived_uuid("statement", &seal.record_sig, i),
                "actor": {
                    "objectType": "Agent",
                    "account": {"homePage": iris.home_page, "name": h.candidate},
                },
                "verb": {"id": format!("{ADL_VERBS}/{verb}"), "display": {"en-US": verb}},
                "object": {
                    "objectType": "Activity",
                    "id": iris.scenario(&p.scenario),
                    "definition": {"name": name, "type": "http://adlnet.gov/expapi/activities/simulation"},
                },
                "result": result,
                "context": {
                    "registration": derived_uuid("registration", &seal.record_sig, i),
                    "platform": format!("tradesim {}", h.tool_version),
                    "language": h.locale,
                    "contextActivities": {
                        "parent": [{
                            "objectType": "Activity",
                            "id": iris.assessment(&h.assessment.id),
                            "definition": {"type": "http://adlnet.gov/expapi/activities/assessment"},
                        }],
                    },
                    "extensions": {
                        iris.extension("part"): i + 1,
                        iris.extension("scored"): p.scored,
                        iris.extension("content-hash"): h.parts[i].hash,
                        iris.extension("seed"): h.parts[i].seed.to_string(),
                        iris.extension("assessment-total"): res.total,
                        iris.extension("assessment-pass"): res.pass,
                    },
                },
                "timestamp": rfc3339(ends[i]),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_valid_v5_and_reproducible() {
        let a = derived_uuid("registration", "ab12", 0);
        assert_eq!(a, derived_uuid("registration", "ab12", 0));
        assert_ne!(a, derived_uuid("registration", "ab12", 1));
        let u = Uuid::parse_str(&a).unwrap();
        assert_eq!(u.get_version_num(), 5);
        assert_eq!(u.get_variant(), uuid::Variant::RFC4122);
    }
}
