//! What can happen to the App (`Msg`) and what the App asks its driver to do (`Cmd`).

use crate::engine::Action;
use crate::tui::app::Files;

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
}

#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Do(Intent),
    /// A choice by its displayed number (1-based).
    Pick(usize),
    /// A character typed into a form field.
    Type(char),
    /// A left click at a screen cell.
    Click {
        col: u16,
        row: u16,
    },
    /// Mouse wheel: negative up, positive down.
    Wheel(i8),
    Resize(u16, u16),
    /// The driver's clock, milliseconds since the Unix epoch: the App never reads a clock.
    Tick(u64),
    /// Replace the scenario in place (live preview) and replay the actions so far.
    Reload(Files),
    /// A command the driver ran went wrong; shown as a notice.
    Failed(String),
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
    Quit,
}
