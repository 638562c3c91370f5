//! An exam on screen: what the candidate sees beyond the scenario (which part, the
//! countdown) and, once submitted, how it ended. The exam driver keeps it up to date from
//! the session; the App never reads a clock or a journal.

use std::collections::BTreeMap;

use crate::i18n::Locale;

#[derive(Debug, Clone, PartialEq)]
pub struct ExamView {
    /// The assessment's title, in `titles_locale`.
    pub title: String,
    /// The languages the assessment allows (F2 switches among them).
    pub locales: Vec<Locale>,
    /// The language `title` and `part_titles` are in (the driver redoes them on a switch).
    pub titles_locale: Locale,
    /// The part in play (0-based) and how many there are.
    pub part: usize,
    pub parts: usize,
    /// Each part's scenario title, in order.
    pub part_titles: Vec<String>,
    /// Whether each part is scored (a warm-up is not).
    pub scored: Vec<bool>,
    pub pass_mark: u32,
    /// Time left, as the session counts it at the last tick.
    pub left_ms: u64,
    pub over: Option<ExamOver>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExamOver {
    pub reason: Submitted,
    /// The scores, when the assessment's debrief policy shows them after the exam.
    pub result: Option<ExamScores>,
}

/// Why the exam was submitted, as the candidate is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Submitted {
    /// Every part reached an ending.
    Completed,
    /// The candidate handed in early.
    Candidate,
    /// The time limit was reached.
    TimeUp,
    /// A proctor handed it in.
    Proctor,
}

impl Submitted {
    /// The tail of its `ui-exam-over-*` message id.
    pub fn key(self) -> &'static str {
        match self {
            Submitted::Completed => "completed",
            Submitted::Candidate => "candidate",
            Submitted::TimeUp => "time-up",
            Submitted::Proctor => "proctor",
        }
    }
}

/// The scores the candidate may see after the exam.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExamScores {
    /// The mean of the scored parts' totals, out of 100.
    pub total: u32,
    pub pass: bool,
    /// Per competency, out of 100.
    pub competencies: BTreeMap<String, u32>,
    /// Each part in order.
    pub parts: Vec<PartScore>,
    /// Written answers wait for an examiner: the scores hold the automatic items only.
    pub provisional: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartScore {
    pub total: u32,
    /// A warm-up part is shown but not scored.
    pub scored: bool,
}

impl ExamView {
    /// Under five minutes left: the countdown turns to a warning.
    pub fn hurry(&self) -> bool {
        self.over.is_none() && self.left_ms < 5 * 60_000
    }
}
