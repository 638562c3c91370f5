//! From journal lines to a judged exam: replay the actions through the engine, count the
//! time used, score each part and the whole. Pure functions of the lines, shared by the
//! session (to write the result) and by verify (to confirm it), so the two cannot differ.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::journal::{Header, Line, Submit};
use super::timing::Timing;
use crate::engine::{Action, ActionParseError, Attempt, Rejected};
use crate::scenario::compile::Scenario;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SubmitReason {
    /// Every part reached an ending.
    Completed,
    /// The candidate handed in early.
    Candidate,
    /// The time limit was reached; the exam was scored as it stood.
    TimeUp,
    /// A proctor handed it in for the candidate (the session log says who and why).
    Proctor,
}

impl SubmitReason {
    pub fn key(self) -> &'static str {
        match self {
            SubmitReason::Completed => "completed",
            SubmitReason::Candidate => "candidate",
            SubmitReason::TimeUp => "time-up",
            SubmitReason::Proctor => "proctor",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartResult {
    pub scenario: String,
    pub scored: bool,
    /// Reached an ending.
    pub finished: bool,
    pub ending: Option<String>,
    pub actions: u32,
    /// Time spent in this part (counted as the assessment's clock counts).
    pub time_ms: u64,
    pub total: u32,
    /// The scenario's own verdict: a passing ending, at or above its pass mark.
    pub pass: bool,
    pub competencies: BTreeMap<String, u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExamResult {
    pub reason: SubmitReason,
    pub time_used_ms: u64,
    /// How many times the exam was opened (1 when it never stopped).
    pub sessions: u32,
    /// The mean of the scored parts' totals.
    pub total: u32,
    pub pass: bool,
    /// Per competency, the mean over the scored parts that assess it.
    pub competencies: BTreeMap<String, u32>,
    pub parts: Vec<PartResult>,
}

/// The attempts rebuilt from a journal's action lines.
#[derive(Debug, Clone)]
pub struct Replayed {
    pub attempts: Vec<Attempt>,
    /// The part being played: the first unfinished one (`parts.len()` when all are done).
    pub current: usize,
    /// The line index at which each part reached its ending, if an action ended it.
    pub finished_at: Vec<Option<usize>>,
    pub submit: Option<(usize, Submit)>,
    pub actions: usize,
}

fn advance(attempts: &[Attempt], mut current: usize) -> usize {
    while current < attempts.len() && attempts[current].finished() {
        current += 1;
    }
    current
}

/// Why a journal does not replay or grade: a line (1-based) and what is wrong with it;
/// parts are 0-based here and shown 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplayError {
    AfterSubmit {
        line: usize,
    },
    WrongPart {
        line: usize,
        part: usize,
        current: usize,
    },
    Unreadable {
        line: usize,
        action: String,
        err: Box<ActionParseError>,
    },
    Rejected {
        line: usize,
        part: usize,
        scenario: String,
        action: String,
        err: Box<Rejected>,
    },
    SecondSubmit {
        line: usize,
    },
    NotSubmitted,
    /// An action taken when the time (with every extension copied in) was already used up.
    AfterTimeUp {
        line: usize,
        used_ms: u64,
        limit_ms: u64,
    },
    /// An action taken while the room was paused.
    WhilePaused {
        line: usize,
    },
    /// A sealed record's result is not what its lines grade to.
    ResultDiffers,
}

impl std::fmt::Display for ReplayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReplayError::AfterSubmit { line } => {
                write!(f, "line {line}: an action after the exam was submitted")
            }
            ReplayError::WrongPart {
                line,
                part,
                current,
            } => write!(
                f,
                "line {line}: an action for part {} while part {} is in play",
                part + 1,
                current + 1
            ),
            ReplayError::Unreadable { line, action, err } => {
                write!(f, "line {line}: unreadable action `{action}`: {err}")
            }
            ReplayError::Rejected {
                line,
                part,
                scenario,
                action,
                err,
            } => write!(
                f,
                "line {line}: part {} ({scenario}) rejects `{action}`: {err}",
                part + 1
            ),
            ReplayError::SecondSubmit { line } => write!(f, "line {line}: a second submit"),
            ReplayError::NotSubmitted => f.write_str("the exam was not submitted"),
            ReplayError::AfterTimeUp {
                line,
                used_ms,
                limit_ms,
            } => write!(
                f,
                "line {line}: an action after the time limit ({} used of {}; no extension in the record allows it)",
                crate::record::clock::countdown(*used_ms),
                crate::record::clock::countdown(*limit_ms)
            ),
            ReplayError::WhilePaused { line } => {
                write!(f, "line {line}: an action while the room was paused")
            }
            ReplayError::ResultDiffers => {
                f.write_str("the recorded result differs from the replay")
            }
        }
    }
}

impl std::error::Error for ReplayError {}

/// Replay every action line in order; `scenarios[i]` is part i's scenario. An error says
/// which line does not replay, and why.
pub fn replay(
    header: &Header,
    scenarios: &[&Scenario],
    lines: &[Line],
) -> Result<Replayed, ReplayError> {
    let attempts: Vec<Attempt> = header
        .parts
        .iter()
        .zip(scenarios)
        .map(|(p, s)| Attempt::new(s, p.seed).0)
        .collect();
    let mut r = Replayed {
        current: advance(&attempts, 0),
        finished_at: vec![None; attempts.len()],
        attempts,
        submit: None,
        actions: 0,
    };
    let mut timing = Timing::new(header);
    for (i, line) in lines.iter().enumerate() {
        timing.feed(line);
        match line {
            Line::Action(a) => {
                let no = i + 1;
                if r.submit.is_some() {
                    return Err(ReplayError::AfterSubmit { line: no });
                }
                if timing.paused() {
                    return Err(ReplayError::WhilePaused { line: no });
                }
                if timing.used() >= timing.limit_ms() {
                    return Err(ReplayError::AfterTimeUp {
                        line: no,
                        used_ms: timing.used(),
                        limit_ms: timing.limit_ms(),
                    });
                }
                if a.part != r.current {
                    return Err(ReplayError::WrongPart {
                        line: no,
                        part: a.part,
                        current: r.current,
                    });
                }
                let action: Action = a.action.parse().map_err(|e| ReplayError::Unreadable {
                    line: no,
                    action: a.action.clone(),
                    err: Box::new(e),
                })?;
                let p = a.part;
                r.attempts[p]
                    .act(scenarios[p], action)
                    .map_err(|e| ReplayError::Rejected {
                        line: no,
                        part: p,
                        scenario: header.parts[p].scenario.clone(),
                        action: a.action.clone(),
                        err: Box::new(e),
                    })?;
                r.actions += 1;
                if r.attempts[p].finished() {
                    r.finished_at[p] = Some(i);
                    r.current = advance(&r.attempts, p + 1);
                }
            }
            Line::Submit(s) => {
                if r.submit.is_some() {
                    return Err(ReplayError::SecondSubmit { line: i + 1 });
                }
                r.submit = Some((i, s.clone()));
            }
            _ => {}
        }
    }
    Ok(r)
}

/// Time used (ms, capped at the limit in force) as of each line; lines without a stamp
/// carry the figure of the line before. The rules are `Timing`'s.
pub fn used_at(header: &Header, lines: &[Line]) -> Vec<u64> {
    let mut timing = Timing::new(header);
    lines
        .iter()
        .map(|l| {
            timing.feed(l);
            timing.used().min(timing.limit_ms())
        })
        .collect()
}

pub(crate) fn mean(values: &[u32]) -> u32 {
    if values.is_empty() {
        return 0;
    }
    let n = values.len() as u64;
    let sum: u64 = values.iter().map(|v| u64::from(*v)).sum();
    ((2 * sum + n) / (2 * n)) as u32
}

/// Judge a submitted exam.
pub fn grade(
    header: &Header,
    scenarios: &[&Scenario],
    r: &Replayed,
    lines: &[Line],
) -> Result<ExamResult, ReplayError> {
    let (submit_line, submit) = r.submit.as_ref().ok_or(ReplayError::NotSubmitted)?;
    let used = used_at(header, lines);
    let time_used = used[*submit_line];
    let sessions = 1 + lines[..*submit_line]
        .iter()
        .filter(|l| matches!(l, Line::Open(_)))
        .count() as u32;
    let mut parts = Vec::with_capacity(r.attempts.len());
    let mut cursor = 0u64;
    for (p, (a, s)) in r.attempts.iter().zip(scenarios).enumerate() {
        let time_ms = if p < r.current {
            let end = r.finished_at[p].map(|i| used[i]).unwrap_or(cursor);
            let t = end.saturating_sub(cursor);
            cursor = end;
            t
        } else if p == r.current {
            time_used.saturating_sub(cursor)
        } else {
            0
        };
        let sc = a.score(s);
        parts.push(PartResult {
            scenario: header.parts[p].scenario.clone(),
            scored: header.parts[p].scored,
            finished: a.finished(),
            ending: a.state.ending.map(|e| s.node(e).id().to_string()),
            actions: a.actions.len() as u32,
            time_ms,
            total: sc.total,
            pass: sc.pass,
            competencies: sc.competencies.into_iter().collect(),
        });
    }
    let scored: Vec<&PartResult> = parts.iter().filter(|p| p.scored).collect();
    let total = mean(&scored.iter().map(|p| p.total).collect::<Vec<_>>());
    let mut by_comp: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for p in &scored {
        for (c, v) in &p.competencies {
            by_comp.entry(c.clone()).or_default().push(*v);
        }
    }
    Ok(ExamResult {
        reason: submit.reason,
        time_used_ms: time_used,
        sessions,
        total,
        pass: total >= header.pass_mark,
        competencies: by_comp.into_iter().map(|(c, v)| (c, mean(&v))).collect(),
        parts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn means_round_half_up() {
        assert_eq!(mean(&[]), 0);
        assert_eq!(mean(&[50, 51]), 51);
        assert_eq!(mean(&[10, 10, 11]), 10);
        assert_eq!(mean(&[100]), 100);
    }
}
