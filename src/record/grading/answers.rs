//! The written answers in sealed records, found by replay: every accepted `write` action at
//! a Compose node, with the rubric it is marked against and what the automatic items found
//! (checked against the variables as they stood when the answer was written).

use crate::engine::{Action, Attempt, State, value_text};
use crate::record::journal::{Line, Record};
use crate::scenario::compile::{Deltas, Logic, Scenario};
use crate::scenario::model::Node;
use crate::scenario::rubric::{self, Compose, ItemResult, Verdict};

use super::journal::AnswerId;

/// One written answer awaiting marks.
#[derive(Debug, Clone)]
pub struct Answer {
    pub id: AnswerId,
    pub scenario: String,
    pub text: String,
    pub compose: Compose,
    /// Per rubric item: what the checker found (`Verdict::Examiner` for examiner items).
    pub auto: Vec<ItemResult>,
    /// Per rubric item: its points per competency (index into the scenario's competencies).
    pub deltas: Vec<Deltas>,
}

impl Answer {
    /// The item's index in the rubric.
    pub fn item(&self, id: &str) -> Option<usize> {
        self.compose.rubric.iter().position(|i| i.id == id)
    }

    /// The highest mark an item takes: 1 (met) for an automatic item, its points for an
    /// examiner item (one level descriptor per mark from 0).
    pub fn top(&self, item: usize) -> u32 {
        match self.compose.rubric.get(item) {
            Some(it) if it.examiner => {
                it.score.values().filter(|v| **v > 0).sum::<i64>().max(0) as u32
            }
            Some(_) => 1,
            None => 0,
        }
    }

    /// The automatic result as a mark: 1 met, 0 not; `None` for an examiner item.
    pub fn auto_mark(&self, item: usize) -> Option<u32> {
        match self.auto.get(item).map(|r| r.verdict) {
            Some(Verdict::Met) => Some(1),
            Some(Verdict::NotMet) => Some(0),
            _ => None,
        }
    }

    pub fn is_examiner_item(&self, item: usize) -> bool {
        self.compose.rubric.get(item).is_some_and(|i| i.examiner)
    }
}

/// The answer `text` written at the state's node, if that node is a Compose node; the rubric
/// is checked against the variables as they stand. `id.node` is filled in here.
pub fn answer_at(
    s: &Scenario,
    st: &State,
    text: &str,
    mut id: AnswerId,
    scenario: &str,
) -> Option<Answer> {
    let (Node::Compose(c), Logic::Compose { items, .. }) = (s.node(st.node), &s.logic[st.node])
    else {
        return None;
    };
    let auto = rubric::check(&c.rubric, text, &|name| value_text(s, &st.vars, name));
    id.node = c.id.clone();
    Some(Answer {
        id,
        scenario: scenario.into(),
        text: text.into(),
        compose: c.clone(),
        auto,
        deltas: items.clone(),
    })
}

/// A part's raw points at its end, to total again once examiners' marks are in.
#[derive(Debug, Clone)]
pub struct PartPoints {
    pub scenario: String,
    pub scored: bool,
    pub points: Vec<i64>,
}

/// A sealed record as grading sees it.
#[derive(Debug, Clone)]
pub struct Paper {
    pub candidate: String,
    pub record: String,
    pub pass_mark: u32,
    pub parts: Vec<PartPoints>,
}

/// Replay a sealed, verified record (`scenarios[i]` is part i's) and take out its written
/// answers. `record_hash`: SHA-256 of the record file's bytes.
pub fn answers_in(
    rec: &Record,
    record_hash: &str,
    scenarios: &[&Scenario],
) -> Result<(Paper, Vec<Answer>), String> {
    let h = &rec.header;
    if scenarios.len() != h.parts.len() {
        return Err("a part's scenario is missing".into());
    }
    let mut attempts: Vec<Attempt> = h
        .parts
        .iter()
        .zip(scenarios)
        .map(|(p, s)| Attempt::new(s, p.seed).0)
        .collect();
    let mut out = Vec::new();
    for (i, line) in rec.lines.iter().enumerate() {
        let Line::Action(a) = line else { continue };
        let (Some(att), Some(s)) = (attempts.get_mut(a.part), scenarios.get(a.part)) else {
            return Err(format!(
                "line {}: part {} does not exist",
                i + 1,
                a.part + 1
            ));
        };
        let action: Action = a
            .action
            .parse()
            .map_err(|e| format!("line {}: {e}", i + 1))?;
        if let Action::Write(text) = &action {
            let id = AnswerId {
                record: record_hash.into(),
                candidate: h.candidate.clone(),
                part: a.part,
                node: String::new(),
                line: i + 1,
            };
            out.extend(answer_at(
                s,
                &att.state,
                text,
                id,
                &h.parts[a.part].scenario,
            ));
        }
        att.act(s, action)
            .map_err(|e| format!("line {}: {e}", i + 1))?;
    }
    let paper = Paper {
        candidate: h.candidate.clone(),
        record: record_hash.into(),
        pass_mark: h.pass_mark,
        parts: h
            .parts
            .iter()
            .zip(&attempts)
            .map(|(p, a)| PartPoints {
                scenario: p.scenario.clone(),
                scored: p.scored,
                points: a.state.points.clone(),
            })
            .collect(),
    };
    Ok((paper, out))
}
