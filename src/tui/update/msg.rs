//! What can happen to the App (`Msg`) and what the App asks its driver to do (`Cmd`).

use std::collections::BTreeMap;

use crate::engine::Action;
use crate::i18n::Locale;
use crate::tui::app::{ExamOver, ExamView, Files};
use crate::tui::save::Save;

/// What the user means by a key, whatever the key was (the table in `input` decides).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    NextField,
    PrevField,
    Confirm,
    Toggle,
    Submit,
    Erase,
    Help,
    Back,
    /// Ctrl-C or a signal: leave now (a practice attempt in progress is saved).
    Interrupt,
    SwitchLocale,
    Replay,
    NewSeed,
    SaveAndLeave,
    LeaveWithoutSaving,
    Stay,
    Resume,
    StartNew,
    /// Preview: show every variable's current value.
    Inspect,
    // editing a written answer
    WordLeft,
    WordRight,
    LineStart,
    LineEnd,
    Undo,
    Delete,
    NewLine,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Do(Intent),
    /// A choice by its displayed number (1-based).
    Pick(usize),
    /// A character typed into a form field or a written answer.
    Type(char),
    /// Bracketed paste: the terminal's whole paste at once (one undo step in the editor).
    Paste(String),
    /// A left click, on what the screen showed there (the input layer asks the view).
    Click(Option<Hit>),
    /// Mouse wheel: negative up, positive down.
    Wheel(i8),
    Resize(u16, u16),
    /// The driver's clock, milliseconds since the Unix epoch: the App never reads a clock.
    Tick(u64),
    /// Replace the scenario in place (live preview) and replay the actions so far.
    Reload(Files),
    /// A command the driver ran went wrong; shown as a notice.
    Failed(String),
    /// Preview from part-way: attempts opened from now on start there, and are not saved.
    StartAt(crate::scenario::start_at::StartAt),
    /// `tradesim play SCENARIO`: open it as the first screen; leaving its debrief quits.
    Open {
        files: Files,
        seed: u64,
    },
    /// The saved attempts the driver found on disk.
    Saves(BTreeMap<String, Save>),
    /// News from the exam driver, which owns the session.
    Exam(ExamMsg),
}

/// What a click landed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    MenuEntry(usize),
    /// A choice by its displayed position.
    Choice(usize),
    /// A form field; the field count means the submit button.
    FormField(usize),
    /// A markable field by its index in the node's markable list.
    CheckField(usize),
}

/// The session moved on: the exam driver tells the App what to show.
#[derive(Debug, Clone, PartialEq)]
pub enum ExamMsg {
    /// The exam starts: its view (part, titles, countdown).
    Begin(Box<ExamView>),
    /// Time left, as the session counts it.
    Clock(u64),
    /// The titles redone in `locale` (after a language switch).
    Titles {
        title: String,
        parts: Vec<String>,
        locale: Locale,
    },
    /// Show part `index` with exactly the actions the session recorded for it.
    Part {
        index: usize,
        files: Files,
        seed: u64,
        actions: Vec<Action>,
    },
    /// Submitted: nothing of the last scenario stays on screen.
    Over(ExamOver),
    /// The session cannot go on (the driver keeps the reason): leave.
    Stop,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cmd {
    /// The engine accepted this action. A driver that keeps a journal appends and fsyncs
    /// it here; the driver runs every Cmd before it draws again, so the journal holds the
    /// action before the student sees its consequence.
    Persist(Action),
    WriteSave(Save),
    DeleteSave(String),
    /// Exam: the candidate confirmed handing in early; the driver submits and seals.
    HandIn,
    /// The App cannot go on (an exam part that does not replay): the driver reports why
    /// once the terminal is restored.
    Stop(String),
    Quit,
}
