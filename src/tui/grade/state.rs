//! The examiner's desk: the answers to mark in this examiner's order, which of them this
//! examiner has saved (only those show the candidate: blind marking), and the answer being
//! marked with the marks given so far. Changed only by `update`.

use std::collections::BTreeMap;

use crate::i18n::Catalog;
use crate::record::grading::Answer;
use crate::record::grading::How;
use crate::record::grading::marks::ItemMark;

/// An answer's text for the screen, in the examiner's language: prepared once by the driver
/// so the state and the view need no scenario catalog.
#[derive(Debug, Clone, Default)]
pub struct Shown {
    pub title: String,
    pub prompt: String,
    /// Per rubric item.
    pub labels: Vec<String>,
    /// Per examiner item: one descriptor per mark from 0.
    pub levels: Vec<Vec<String>>,
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub answer: Answer,
    pub shown: Shown,
    /// This examiner has saved marks for it: the candidate may be shown.
    pub saved: bool,
    /// Adjudication: the first examiners' marks per item (examiner, mark).
    pub first_marks: BTreeMap<String, Vec<(String, u32)>>,
}

/// A mark given on the marking screen, not yet saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    Confirm,
    Override { mark: u32, reason: String },
    Level(u32),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marking {
    pub entry: usize,
    /// The rubric item under the cursor.
    pub cursor: usize,
    pub marks: Vec<Option<Pending>>,
    /// Typing the reason for overriding the item under the cursor.
    pub reason: Option<String>,
    /// First line of the answer text shown.
    pub scroll: u16,
    /// Esc was pressed once with marks not saved: a second Esc leaves without them.
    pub leaving: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    List,
    Marking(Marking),
}

pub struct Desk {
    pub examiner: String,
    /// Marking as the third examiner: the list holds only disagreements.
    pub adjudicate: bool,
    pub entries: Vec<Entry>,
    /// The list's cursor.
    pub cursor: usize,
    pub screen: Screen,
    /// What the last message did or why it was refused, for the status line.
    pub notice: Option<String>,
    /// The last message was refused (the headless driver stops on it).
    pub refused: Option<String>,
    pub quit: bool,
    pub ui: Catalog,
    pub size: (u16, u16),
}

impl Desk {
    pub fn new(examiner: &str, adjudicate: bool, entries: Vec<Entry>, ui: Catalog) -> Desk {
        Desk {
            examiner: examiner.into(),
            adjudicate,
            entries,
            cursor: 0,
            screen: Screen::List,
            notice: None,
            refused: None,
            quit: false,
            ui,
            size: (80, 24),
        }
    }

    pub fn marking(&self) -> Option<&Marking> {
        match &self.screen {
            Screen::Marking(m) => Some(m),
            Screen::List => None,
        }
    }

    pub fn left(&self) -> usize {
        self.entries.iter().filter(|e| !e.saved).count()
    }
}

/// A pending mark as it is written to the journal.
pub fn item_mark(answer: &Answer, item: usize, p: &Pending) -> ItemMark {
    match p {
        Pending::Confirm => ItemMark {
            mark: answer.auto_mark(item).unwrap_or(0),
            how: How::Confirm,
            reason: None,
        },
        Pending::Override { mark, reason } => ItemMark {
            mark: *mark,
            how: How::Override,
            reason: Some(reason.clone()),
        },
        Pending::Level(l) => ItemMark {
            mark: *l,
            how: How::Level,
            reason: None,
        },
    }
}
