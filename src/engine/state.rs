//! What an attempt is at any moment, and what it has done so far.

use crate::scenario::compile::{Deltas, FieldRef};
use crate::scenario::expr::Val;

use super::action::Action;

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The current node (an index into the scenario's nodes).
    pub node: usize,
    pub vars: Vec<Val>,
    /// Raw points per competency, before clamping to the competency's max.
    pub points: Vec<i64>,
    /// Points per competency that examiner items on this path put before a person
    /// (`tradesim grade`): until they are marked, the score is provisional and is taken
    /// over the points the machine could judge (see `score`).
    pub pending: Vec<i64>,
    pub visited: Vec<bool>,
    /// Actions accepted so far: the attempt's clock.
    pub steps: u32,
    pub log: Vec<LogEntry>,
    /// Set when an ending is reached; no action is accepted after.
    pub ending: Option<usize>,
}

/// One line of the decision log, which the debrief and the records read.
#[derive(Debug, Clone, PartialEq)]
pub struct LogEntry {
    pub node: usize,
    pub entry: Entry,
    /// Score deltas this step earned, by competency index.
    pub deltas: Deltas,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Chose {
        choice: usize,
    },
    Submitted {
        fields: Vec<FieldResult>,
    },
    Marked {
        marks: Vec<FieldRef>,
        hits: Vec<FieldRef>,
        false_alarms: Vec<FieldRef>,
        missed: Vec<FieldRef>,
    },
    Drew {
        outcome: usize,
    },
    /// A written answer and what the rubric's automatic items found (examiner items wait
    /// for a person: `tradesim grade`).
    Wrote {
        text: String,
        verdicts: Vec<crate::scenario::rubric::Verdict>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct FieldResult {
    pub field: usize,
    pub entry: String,
    /// Which answer accepted the entry, if any.
    pub answer: Option<usize>,
}

/// What a step did, for drivers to show.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Accepted(Action),
    Drew { node: usize, outcome: usize },
    Moved { to: usize },
    Finished { ending: usize, pass: bool },
}
