//! Grading journals held to the session: each journal's chain under its examiner's registered
//! key, its examiner in the organiser's examiners file, its session, and every mark for an
//! answer that exists in a verified record, an item of that answer's rubric and a mark the
//! item can take. Also the loading that `grade`, `verify` and `report` share: the answers of
//! the verified records.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::record::journal::read_bytes;
use crate::record::verify::Verified;
use crate::scenario::compile::{Scenario, compile, sha256_hex};
use crate::scenario::library::Library;

use super::answers::{Answer, Paper, answers_in};
use super::examiners::Examiners;
use super::journal::{
    GRADING_SUFFIX, GradingJournal, GradingLine, How, JournalProblem, MarkLine, parse,
};

/// The compiled scenarios records are replayed with, each compiled once.
pub struct Scenarios<'a> {
    library: &'a Library,
    cache: HashMap<String, Option<Scenario>>,
}

impl<'a> Scenarios<'a> {
    pub fn new(library: &'a Library) -> Scenarios<'a> {
        Scenarios {
            library,
            cache: HashMap::new(),
        }
    }
    pub fn get(&mut self, id: &str) -> Option<&Scenario> {
        let lib = self.library;
        self.cache
            .entry(id.to_string())
            .or_insert_with(|| lib.get(id).and_then(|f| compile(&f.ron).0))
            .as_ref()
    }
    /// A copy, for totals computed after loading.
    pub fn owned(&mut self, id: &str) -> Option<Scenario> {
        self.get(id).cloned()
    }
}

/// The written answers of every verified record, and the papers they belong to. Records
/// that did not verify are skipped (verify and report name them already).
pub fn collect(verified: &[Verified], scenarios: &mut Scenarios) -> (Vec<Paper>, Vec<Answer>) {
    let mut papers = Vec::new();
    let mut answers = Vec::new();
    for v in verified.iter().filter(|v| v.verdict.is_ok()) {
        let Some(rec) = &v.record else { continue };
        let Ok(bytes) = read_bytes(&v.path) else {
            continue;
        };
        let hash = sha256_hex(&bytes);
        let ids: Vec<String> = rec
            .header
            .parts
            .iter()
            .map(|p| p.scenario.clone())
            .collect();
        for id in &ids {
            scenarios.get(id);
        }
        let refs: Vec<&Scenario> = ids
            .iter()
            .filter_map(|id| scenarios.cache.get(id).and_then(|s| s.as_ref()))
            .collect();
        if let Ok((paper, mut found)) = answers_in(rec, &hash, &refs) {
            papers.push(paper);
            answers.append(&mut found);
        }
    }
    answers.sort_by(|a, b| a.id.cmp(&b.id));
    (papers, answers)
}

/// The grading journals in a results folder, sorted.
pub fn journal_paths(results: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(results)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .is_some_and(|n| n.to_string_lossy().ends_with(GRADING_SUFFIX))
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// One journal's verdict: the journal when it could be read, and every problem found.
#[derive(Debug, Clone)]
pub struct Checked {
    pub path: PathBuf,
    pub journal: Option<GradingJournal>,
    pub problems: Vec<String>,
}

impl Checked {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// What is wrong with one mark line, if anything.
fn mark_problem(m: &MarkLine, answers: &HashMap<&super::AnswerId, &Answer>) -> Option<String> {
    let Some(a) = answers.get(&m.answer) else {
        return Some(format!(
            "a mark for an answer that does not exist in any verified record ({})",
            m.answer
        ));
    };
    let Some(i) = a.item(&m.item) else {
        return Some(format!(
            "a mark for item `{}`, which the rubric of `{}` has not",
            m.item, m.answer.node
        ));
    };
    if m.mark > a.top(i) {
        return Some(format!(
            "item `{}` marked {}, its marks go from 0 to {}",
            m.item,
            m.mark,
            a.top(i)
        ));
    }
    match (a.auto_mark(i), m.how) {
        (None, How::Level) => None,
        (None, _) => Some(format!(
            "item `{}` is an examiner item: it takes a level, not a confirmation",
            m.item
        )),
        (Some(_), How::Level) => Some(format!(
            "item `{}` is automatic: confirm or override it",
            m.item
        )),
        (Some(auto), How::Confirm) if auto != m.mark => Some(format!(
            "item `{}` confirmed as {}, but the automatic result is {auto}",
            m.item, m.mark
        )),
        (Some(_), How::Override) if m.reason.as_deref().is_none_or(|r| r.trim().is_empty()) => {
            Some(format!("item `{}` overridden without a reason", m.item))
        }
        _ => None,
    }
}

/// Check every grading journal of a results folder against the examiners file (`Err`: why
/// it could not be used), the session and the answers of the verified records.
pub fn check_journals(
    paths: &[PathBuf],
    examiners: Result<&Examiners, String>,
    session: &str,
    answers: &[Answer],
) -> Vec<Checked> {
    let by_id: HashMap<&super::AnswerId, &Answer> = answers.iter().map(|a| (&a.id, a)).collect();
    paths
        .iter()
        .map(|path| {
            let mut problems = Vec::new();
            let ex = match &examiners {
                Ok(ex) => *ex,
                Err(why) => {
                    return Checked {
                        path: path.clone(),
                        journal: None,
                        problems: vec![why.clone()],
                    };
                }
            };
            let journal = read_bytes(path)
                .map_err(|e| e.to_string())
                .and_then(|b| parse(&b, &|id| ex.key(id)).map_err(|p| p.to_string()));
            let j = match journal {
                Ok(j) => j,
                Err(why) => {
                    return Checked {
                        path: path.clone(),
                        journal: None,
                        problems: vec![why],
                    };
                }
            };
            let stem = path
                .file_name()
                .map(|n| {
                    n.to_string_lossy()
                        .trim_end_matches(GRADING_SUFFIX)
                        .to_string()
                })
                .unwrap_or_default();
            if stem != j.header.examiner {
                problems.push(format!(
                    "line 1: the journal of examiner `{}` under the name of `{stem}`",
                    j.header.examiner
                ));
            }
            if j.header.session != session {
                problems.push(format!(
                    "line 1: a journal of session {}, not of this session ({session})",
                    j.header.session
                ));
            }
            if let Some(JournalProblem::Torn { line, bytes }) = j.torn_problem() {
                problems.push(JournalProblem::Torn { line, bytes }.to_string());
            }
            for (n, line) in j.lines.iter().enumerate() {
                let why = match line {
                    GradingLine::Mark(m) => mark_problem(m, &by_id),
                    GradingLine::Saved(s) if !by_id.contains_key(&s.answer) => Some(format!(
                        "marks saved for an answer that does not exist in any verified record ({})",
                        s.answer
                    )),
                    _ => None,
                };
                if let Some(why) = why {
                    problems.push(format!("line {}: {why}", n + 1));
                }
            }
            Checked {
                path: path.clone(),
                journal: Some(j),
                problems,
            }
        })
        .collect()
}
