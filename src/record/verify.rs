//! Verify a record: the seal under the organiser's public key, membership of the session
//! (roster, file name, assigned seed, one record per candidate, the session's hashes), the
//! witness, each scenario's content hash against the scenario files, and a replay of every
//! action through the engine that must give the recorded result. One verdict per file.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::assessment::PartVariant;
use super::grade::{ExamResult, grade, replay};
use super::journal::{Line, Problem, Record, parse, read_bytes};
use super::manifest::Manifest;
use super::proctor_log::{LOG_FILE, Log, Order};
use super::seal::PublicKey;
use super::witness::{compare, witness_path};
use crate::scenario::compile::{Scenario, compile};
use crate::scenario::library::Library;

/// Records in a results folder are `<candidate>.record.jsonl`.
pub const RECORD_SUFFIX: &str = ".record.jsonl";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Ok,
    /// The seal or a line does not verify under this key, or the witness saw otherwise.
    Tampered(String),
    /// Signed by another key than the organiser's.
    OtherKey(String),
    /// A genuine record that does not belong here: another session, not in the roster,
    /// another candidate's file, a seed not assigned, a second record.
    Rejected(String),
    /// A scenario's file differs from the one the candidate played, or is gone.
    ScenarioChanged(String),
    /// The actions do not replay to the recorded result.
    ReplayMismatch(String),
    /// Not sealed: the exam is in progress, or was abandoned.
    Unfinished(String),
    /// Not a record, or not readable.
    Unreadable(String),
}

impl Verdict {
    pub fn is_ok(&self) -> bool {
        *self == Verdict::Ok
    }
    pub fn label(&self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Tampered(_) => "tampered",
            Verdict::OtherKey(_) => "signed by another key",
            Verdict::Rejected(_) => "not this session's",
            Verdict::ScenarioChanged(_) => "scenario changed",
            Verdict::ReplayMismatch(_) => "replay mismatch",
            Verdict::Unfinished(_) => "unfinished",
            Verdict::Unreadable(_) => "unreadable",
        }
    }
    pub fn detail(&self) -> Option<&str> {
        match self {
            Verdict::Ok => None,
            Verdict::Tampered(d)
            | Verdict::OtherKey(d)
            | Verdict::Rejected(d)
            | Verdict::ScenarioChanged(d)
            | Verdict::ReplayMismatch(d)
            | Verdict::Unfinished(d)
            | Verdict::Unreadable(d) => Some(d),
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.detail() {
            Some(d) => write!(f, "{}: {d}", self.label()),
            None => f.write_str(self.label()),
        }
    }
}

/// A checked record: the verdict, and the record itself when it could be read.
#[derive(Debug, Clone)]
pub struct Verified {
    pub path: PathBuf,
    pub verdict: Verdict,
    pub record: Option<Record>,
}

impl Verified {
    /// The recorded result of a record that verified.
    pub fn result(&self) -> Option<&ExamResult> {
        if self.verdict.is_ok() {
            self.record.as_ref().and_then(|r| r.result())
        } else {
            None
        }
    }
}

/// Why a part's scenario cannot be replayed here.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Unplayable {
    NotInLibrary(String),
    NoLongerCompiles { id: String, path: String },
}

impl std::fmt::Display for Unplayable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unplayable::NotInLibrary(id) => write!(
                f,
                "`{id}` is not in the library (pass the folder it came from with --scenarios DIR)"
            ),
            Unplayable::NoLongerCompiles { id, path } => {
                write!(f, "`{id}` ({path}) no longer compiles")
            }
        }
    }
}

/// Verifies many records against one library, compiling each scenario once.
pub struct Verifier<'a> {
    library: &'a Library,
    key: &'a PublicKey,
    scenarios: HashMap<String, Result<Scenario, Unplayable>>,
    session: Option<SessionCheck<'a>>,
    /// The session log the records' proctor lines are held to (or why it cannot be
    /// trusted); None: not held to one.
    log: Option<Result<Log, String>>,
}

/// Holding records to the organiser's session.
struct SessionCheck<'a> {
    manifest: &'a Manifest,
    /// The witness folder; None: not compared.
    witness: Option<PathBuf>,
    /// Why the library is not the session's (every record then fails on it).
    library_problem: Option<String>,
    /// The first record verified for each candidate.
    seen: BTreeMap<String, PathBuf>,
    /// The candidate each file name says it holds, whatever it turned out to hold.
    named: std::collections::BTreeSet<String>,
}

/// Every proctor order a record copies is in the session log, word for word and about this
/// candidate, and a hand-in by the proctor follows one: a forged extension or pause, or one
/// whose log line was removed, is named.
fn check_orders(record: &Record, log: &Result<Log, String>) -> Result<(), String> {
    let cand = &record.header.candidate;
    let mut handed_in = false;
    for (i, line) in record.lines.iter().enumerate() {
        match line {
            Line::Proctor(p) => {
                let log = log.as_ref().map_err(|why| {
                    format!(
                        "line {}: a proctor's {} and the session log cannot be trusted: {why}",
                        i + 1,
                        p.order.key()
                    )
                })?;
                match log.get(p.seq) {
                    Some(e) if e.order == p.order && e.order.touches(cand) => {}
                    Some(_) => {
                        return Err(format!(
                            "line {}: a proctor's {} that differs from {LOG_FILE} line {}",
                            i + 1,
                            p.order.key(),
                            p.seq
                        ));
                    }
                    None => {
                        return Err(format!(
                            "line {}: a proctor's {} citing {LOG_FILE} line {}, which the log does not have",
                            i + 1,
                            p.order.key(),
                            p.seq
                        ));
                    }
                }
                handed_in |= matches!(p.order, Order::HandIn { .. });
            }
            Line::Submit(s) if s.reason == super::grade::SubmitReason::Proctor && !handed_in => {
                return Err(format!(
                    "line {}: handed in by the proctor, with no hand-in order before it",
                    i + 1
                ));
            }
            _ => {}
        }
    }
    Ok(())
}

/// The first place two JSON values differ, as `path: recorded X, replay gives Y`.
fn first_difference(path: &str, recorded: &Value, replayed: &Value) -> Option<String> {
    match (recorded, replayed) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, va) in a {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match b.get(k) {
                    Some(vb) => {
                        if let Some(d) = first_difference(&p, va, vb) {
                            return Some(d);
                        }
                    }
                    None => return Some(format!("{p}: recorded {va}, replay has none")),
                }
            }
            b.keys()
                .find(|k| !a.contains_key(*k))
                .map(|k| format!("{path}.{k}: not recorded"))
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .find_map(|(i, (x, y))| first_difference(&format!("{path}[{i}]"), x, y)),
        _ if recorded == replayed => None,
        _ => Some(format!(
            "{path}: recorded {recorded}, replay gives {replayed}"
        )),
    }
}

impl<'a> Verifier<'a> {
    pub fn new(library: &'a Library, key: &'a PublicKey) -> Verifier<'a> {
        Verifier {
            library,
            key,
            scenarios: HashMap::new(),
            session: None,
            log: None,
        }
    }

    /// Hold every record to `manifest`, and compare it with its witness in `witness`.
    pub fn with_session(mut self, manifest: &'a Manifest, witness: Option<PathBuf>) -> Self {
        self.session = Some(SessionCheck {
            manifest,
            witness,
            library_problem: manifest
                .check_library(self.library)
                .err()
                .map(|d| d.to_string()),
            seen: BTreeMap::new(),
            named: Default::default(),
        });
        self
    }

    /// Hold the records' proctor lines to this session log.
    pub fn with_log(mut self, log: Result<Log, String>) -> Self {
        self.log = Some(log);
        self
    }

    /// The session's say on a genuine record, before it is replayed.
    fn session_verdict(&mut self, path: &Path, record: &Record) -> Option<Verdict> {
        let s = self.session.as_mut()?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if let Err(why) = s.manifest.check_header(&record.header, &name) {
            return Some(Verdict::Rejected(why.to_string()));
        }
        let cand = &record.header.candidate;
        if let Some(first) = s.seen.get(cand) {
            return Some(Verdict::Rejected(format!(
                "a second record for candidate `{cand}` (the first is {})",
                first.display()
            )));
        }
        s.seen.insert(cand.clone(), path.to_path_buf());
        if let Some(dir) = &s.witness {
            let wp = witness_path(dir, cand);
            match super::witness::read(&wp) {
                Err(e) => {
                    return Some(Verdict::Tampered(format!(
                        "the witness {} cannot be read: {e}",
                        wp.display()
                    )));
                }
                Ok(w) => {
                    if let Err(why) = compare(&w, &record.sigs) {
                        return Some(Verdict::Tampered(format!("witness: {why}")));
                    }
                }
            }
        }
        s.library_problem.clone().map(Verdict::ScenarioChanged)
    }

    /// Candidates of the session's roster with no record file among those verified so far
    /// (a file that was rejected is named with its reason, not counted here).
    pub fn missing(&self) -> Vec<String> {
        match &self.session {
            Some(s) => s
                .manifest
                .roster
                .iter()
                .filter(|id| !s.seen.contains_key(*id) && !s.named.contains(*id))
                .cloned()
                .collect(),
            None => Vec::new(),
        }
    }

    fn scenario(&mut self, id: &str) -> &Result<Scenario, Unplayable> {
        let lib = self.library;
        self.scenarios
            .entry(id.to_string())
            .or_insert_with(|| match lib.get(id) {
                None => Err(Unplayable::NotInLibrary(id.to_string())),
                Some(f) => match compile(&f.ron) {
                    (Some(s), _) => Ok(s),
                    (None, _) => Err(Unplayable::NoLongerCompiles {
                        id: id.to_string(),
                        path: f.ron.path.clone(),
                    }),
                },
            })
    }

    pub fn verify_file(&mut self, path: &Path) -> Verified {
        match read_bytes(path) {
            Ok(bytes) => self.verify_bytes(path, &bytes),
            Err(e) => Verified {
                path: path.into(),
                verdict: Verdict::Unreadable(e.to_string()),
                record: None,
            },
        }
    }

    pub fn verify_bytes(&mut self, path: &Path, bytes: &[u8]) -> Verified {
        let done = |verdict, record| Verified {
            path: path.into(),
            verdict,
            record,
        };
        if let Some(s) = &mut self.session
            && let Some(stem) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(RECORD_SUFFIX))
        {
            s.named.insert(stem.to_string());
        }
        let record = match parse(bytes, self.key) {
            Ok(r) => r,
            Err(Problem::NotARecord(why)) => {
                return done(
                    Verdict::Unreadable(format!("not a tradesim record: {why}")),
                    None,
                );
            }
            Err(Problem::Tampered { line, why }) => {
                return done(Verdict::Tampered(format!("line {line}: {why}")), None);
            }
            Err(p @ Problem::OtherKey { .. }) => {
                let why = p.to_string();
                let why = why.strip_prefix("signed by another key: ").unwrap_or(&why);
                return done(Verdict::OtherKey(why.to_string()), None);
            }
        };
        if let Some(v) = self.session_verdict(path, &record) {
            return done(v, Some(record));
        }
        if let Some(log) = &self.log
            && let Err(why) = check_orders(&record, log)
        {
            return done(Verdict::Tampered(why), Some(record));
        }
        if !record.sealed {
            let verdict = match (record.result(), record.torn) {
                (Some(_), t) if t > 0 => Verdict::Tampered(
                    "the seal line is cut off or changed (if the exam crashed while sealing, run the exam command again)".into(),
                ),
                (Some(_), _) => Verdict::Unfinished("submitted but not sealed: run the exam command again to seal it".into()),
                (None, _) => Verdict::Unfinished("not submitted: the exam is in progress, or was abandoned".into()),
            };
            return done(verdict, Some(record));
        }
        let Some(recorded) = record.result().cloned() else {
            return done(
                Verdict::Tampered("sealed without a result".into()),
                Some(record),
            );
        };
        for p in &record.header.parts {
            match self.scenario(&p.scenario) {
                Err(why) => return done(Verdict::ScenarioChanged(why.to_string()), Some(record)),
                Ok(s) if s.content_hash != p.hash => {
                    let why = format!(
                        "`{}` ({}) differs from the one played (recorded hash {}…, now {}…)",
                        p.scenario,
                        s.path,
                        &p.hash[..p.hash.len().min(12)],
                        &s.content_hash[..12]
                    );
                    return done(Verdict::ScenarioChanged(why), Some(record));
                }
                Ok(s) => {
                    let drawn = PartVariant::of(s, p.seed);
                    if drawn != p.variant {
                        let show = |v: &Option<PartVariant>| match v {
                            Some(v) => format!(
                                "{} ({})",
                                v.code,
                                v.values
                                    .iter()
                                    .map(|(k, x)| format!("{k}={x}"))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                            None => "no variant".into(),
                        };
                        let why = format!(
                            "part `{}`: the record states {}, but seed {} draws {}",
                            p.scenario,
                            show(&p.variant),
                            p.seed,
                            show(&drawn)
                        );
                        return done(Verdict::Tampered(why), Some(record));
                    }
                }
            }
        }
        // all compiled and cached by now: borrow them
        let refs: Vec<&Scenario> = record
            .header
            .parts
            .iter()
            .filter_map(|p| {
                self.scenarios
                    .get(&p.scenario)
                    .and_then(|r| r.as_ref().ok())
            })
            .collect();
        let replayed = match replay(&record.header, &refs, &record.lines) {
            Ok(r) => r,
            Err(why) => return done(Verdict::ReplayMismatch(why.to_string()), Some(record)),
        };
        let regraded = match grade(&record.header, &refs, &replayed, &record.lines) {
            Ok(r) => r,
            Err(why) => return done(Verdict::ReplayMismatch(why.to_string()), Some(record)),
        };
        if regraded != recorded {
            let a = serde_json::to_value(&recorded).unwrap_or_default();
            let b = serde_json::to_value(&regraded).unwrap_or_default();
            let why = first_difference("", &a, &b).unwrap_or_else(|| "the result differs".into());
            return done(Verdict::ReplayMismatch(why), Some(record));
        }
        done(Verdict::Ok, Some(record))
    }
}

/// The records named by FILE|DIR arguments: a folder gives its `*.record.jsonl`, sorted.
pub fn record_paths(args: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for a in args {
        let meta = std::fs::metadata(a).map_err(|e| format!("{}: {e}", a.display()))?;
        if meta.is_dir() {
            let rd = std::fs::read_dir(a)
                .map_err(|e| format!("{}: cannot read folder: {e}", a.display()))?;
            let mut v: Vec<PathBuf> = rd
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.is_file()
                        && p.file_name()
                            .is_some_and(|n| n.to_string_lossy().ends_with(RECORD_SUFFIX))
                })
                .collect();
            if v.is_empty() {
                return Err(format!(
                    "{}: no records (*{RECORD_SUFFIX}) in this folder",
                    a.display()
                ));
            }
            v.sort();
            out.extend(v);
        } else {
            out.push(a.clone());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_the_first_difference() {
        let a = json!({"total": 80, "parts": [{"total": 1}, {"total": 2}]});
        let b = json!({"total": 80, "parts": [{"total": 1}, {"total": 3}]});
        assert_eq!(
            first_difference("", &a, &b).unwrap(),
            "parts[1].total: recorded 2, replay gives 3"
        );
        assert_eq!(first_difference("", &a, &a), None);
    }
}
