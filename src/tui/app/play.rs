//! One attempt on screen: the scenario, its catalog, the engine's attempt, and what the
//! player is doing on the current node (the choice cursor, form entries, marks).

use std::collections::BTreeMap;

use crate::engine::{Action, Attempt, Rejected, display_order, parse_number};
use crate::i18n::{Catalog, Locale};
use crate::scenario::compile::{FieldRef, Logic, Scenario};
use crate::scenario::diagnostic::Diagnostic;
use crate::scenario::library::ScenarioFiles;
use crate::scenario::lint::checked;
use crate::scenario::load::SourceFile;
use crate::scenario::model::{Input, Node};
use crate::scenario::rubric::{Compose, word_count};

use super::editor::Editor;

/// From this width on, documents sit beside the play screen's column instead of under it.
pub const WIDE: u16 = 100;
use crate::scenario::start_at::StartAt;

/// What the current node asks of the player.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Decision,
    Form,
    Check,
    /// A written answer: the editor.
    Compose,
    /// An ending: the debrief.
    Ended,
    /// A node that takes no action (a random event the engine could not resolve).
    Stuck,
}

/// Why a form entry cannot be sent yet, shown under the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldProblem {
    Required,
    NotANumber,
    NotAnOption,
}

impl FieldProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            FieldProblem::Required => "ui-form-required",
            FieldProblem::NotANumber => "ui-form-not-number",
            FieldProblem::NotAnOption => "ui-form-not-option",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormState {
    pub entries: Vec<String>,
    /// A field index; `entries.len()` is the submit button.
    pub focus: usize,
    pub problems: Vec<Option<FieldProblem>>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckState {
    /// Index into the node's markable fields.
    pub cursor: usize,
    pub marks: Vec<FieldRef>,
}

pub struct Play {
    pub files: ScenarioFiles,
    pub scenario: Scenario,
    pub cat: Catalog,
    pub attempt: Attempt,
    /// Position among the choices on display (not the scenario's choice index).
    pub cursor: usize,
    pub form: FormState,
    pub check: CheckState,
    /// The written answer being drafted on a Compose node.
    pub editor: Editor,
    pub doc_scroll: u16,
    pub log_scroll: u16,
    /// Log entries from here on came from the player's last action (and the events after it).
    pub since: usize,
    /// Resumed from a save: finishing the attempt removes the save.
    pub from_save: bool,
    /// A preview started part-way (`--from`, `--set`, `--outcome`), applied again on reload.
    pub start_at: Option<StartAt>,
}

impl std::fmt::Debug for Play {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Play")
            .field("scenario", &self.scenario.id())
            .field("seed", &self.attempt.seed)
            .field("actions", &self.attempt.actions)
            .finish()
    }
}

/// Lint and compile a scenario's files once, with the first error as one located line:
/// every lint error counts, not only the logic's (a missing message would show as [id]).
/// Every error that keeps the scenario from loading, one `file:line:col: ...` entry each
/// (with its hint), for the watch mode's diagnostics panel.
pub fn load_errors(files: &ScenarioFiles) -> Result<Scenario, Vec<String>> {
    checked(files).map_err(|errors| errors.iter().map(|d| d.render_plain()).collect())
}

pub fn compile_files(files: &ScenarioFiles) -> Result<Scenario, NotLoaded> {
    checked(files).map_err(|mut errors| NotLoaded {
        more: errors.len() - 1,
        first: Box::new(errors.swap_remove(0)),
        ron: files.ron.path.clone(),
    })
}

/// A scenario that does not load: its first error, how many more, and its RON file (where
/// `tradesim lint` shows them all).
#[derive(Debug, Clone)]
pub struct NotLoaded {
    pub first: Box<Diagnostic>,
    pub more: usize,
    pub ron: String,
}

impl std::fmt::Display for NotLoaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let d = &self.first;
        // the message first: a one-line notice may be cut at the screen's edge
        write!(
            f,
            "{} [{}] at {}:{}:{}",
            d.message, d.code, d.file, d.line, d.col
        )?;
        if self.more > 0 {
            write!(f, " (+{} more: tradesim lint {})", self.more, self.ron)?;
        }
        Ok(())
    }
}

impl std::error::Error for NotLoaded {}

impl Play {
    /// Start (or resume) an attempt: replay `actions` from `seed`. Replay stops at the first
    /// action the scenario no longer accepts; that index is returned with the reason.
    pub fn open(
        files: ScenarioFiles,
        locale: &Locale,
        ui: &BTreeMap<String, SourceFile>,
        seed: u64,
        actions: &[Action],
    ) -> Result<(Play, Option<(usize, Rejected)>), String> {
        Play::open_at(files, locale, ui, seed, actions, None)
    }

    /// `open`, as a preview that starts where `start_at` says.
    pub fn open_at(
        files: ScenarioFiles,
        locale: &Locale,
        ui: &BTreeMap<String, SourceFile>,
        seed: u64,
        actions: &[Action],
        start_at: Option<StartAt>,
    ) -> Result<(Play, Option<(usize, Rejected)>), String> {
        let mut scenario = compile_files(&files).map_err(|e| e.to_string())?;
        if let Some(at) = &start_at {
            at.apply(&mut scenario)?;
        }
        let cat = Catalog::new(locale, &[ui, &files.locales]).map_err(|e| e.to_string())?;
        let (attempt, stopped) = Attempt::replay_prefix(&scenario, seed, actions);
        let mut p = Play {
            files,
            scenario,
            cat,
            attempt,
            cursor: 0,
            form: FormState::default(),
            check: CheckState::default(),
            editor: Editor::default(),
            doc_scroll: 0,
            log_scroll: 0,
            since: 0,
            from_save: false,
            start_at,
        };
        p.since = p.last_action_start();
        p.enter_node();
        Ok((p, stopped))
    }

    /// Where the log entries of the last player action begin.
    fn last_action_start(&self) -> usize {
        let log = &self.attempt.state.log;
        log.iter()
            .rposition(|e| !matches!(e.entry, crate::engine::Entry::Drew { .. }))
            .unwrap_or(0)
    }

    pub fn node(&self) -> &Node {
        self.scenario.node(self.attempt.state.node)
    }

    pub fn stage(&self) -> Stage {
        if self.attempt.finished() {
            return Stage::Ended;
        }
        match &self.scenario.logic[self.attempt.state.node] {
            Logic::Decision { .. } => Stage::Decision,
            Logic::Form { .. } => Stage::Form,
            Logic::Check { .. } => Stage::Check,
            Logic::Compose { .. } => Stage::Compose,
            Logic::Ending { .. } => Stage::Ended,
            Logic::Random { .. } => Stage::Stuck,
        }
    }

    /// Scenario choice indices, in display order.
    pub fn shown_choices(&self) -> Vec<usize> {
        display_order(&self.scenario, &self.attempt.state, self.attempt.seed)
    }

    /// Every field that can be marked on this check node, in display order.
    pub fn markable(&self) -> &[FieldRef] {
        match &self.scenario.logic[self.attempt.state.node] {
            Logic::Check { markable, .. } => markable,
            _ => &[],
        }
    }

    /// Document ids on view at the current node.
    pub fn documents(&self) -> &[String] {
        self.node().documents()
    }

    /// Begun and not ended: leaving would lose something (a step taken, or a draft).
    pub fn in_progress(&self) -> bool {
        !self.attempt.finished() && (!self.attempt.actions.is_empty() || self.has_draft())
    }

    /// Text written on this Compose node and not sent yet.
    pub fn has_draft(&self) -> bool {
        self.stage() == Stage::Compose && !self.editor.text().trim().is_empty()
    }

    /// The Compose node on screen, if that is where the player is.
    pub fn compose(&self) -> Option<&Compose> {
        match self.node() {
            Node::Compose(c) if !self.attempt.finished() => Some(c),
            _ => None,
        }
    }

    /// The draft's length in words, as the rubric counts them.
    pub fn draft_words(&self) -> usize {
        word_count(self.editor.text())
    }

    /// The draft's length is outside the node's range (sending it asks first).
    pub fn draft_out_of_range(&self) -> bool {
        self.compose().is_some_and(|c| {
            let n = self.draft_words();
            n < c.words.min as usize || n > c.words.max as usize
        })
    }

    /// The width the editor wraps at on a screen `screen_width` wide: the play screen's
    /// left column (half the screen when documents sit beside it) inside its border. The
    /// view draws at this width and `update` moves the caret by it, so they agree.
    pub fn editor_width(&self, screen_width: u16) -> u16 {
        let col = if !self.documents().is_empty() && screen_width >= WIDE {
            screen_width / 2
        } else {
            screen_width
        };
        col.saturating_sub(2).max(2)
    }

    /// Reset what the player does on a node to its fresh state.
    pub fn enter_node(&mut self) {
        self.cursor = 0;
        self.editor = Editor::default();
        self.doc_scroll = 0;
        self.check = CheckState::default();
        self.form = match self.node() {
            Node::Form(f) => FormState {
                entries: vec![String::new(); f.fields.len()],
                focus: 0,
                problems: vec![None; f.fields.len()],
            },
            _ => FormState::default(),
        };
    }

    /// Hand an action to the engine; on success the node's screen state starts fresh.
    pub fn act(&mut self, action: Action) -> Result<(), Rejected> {
        let before = self.attempt.state.log.len();
        self.attempt.act(&self.scenario, action)?;
        self.since = before;
        self.enter_node();
        Ok(())
    }

    /// The problem with field `i`'s entry as typed, if any (empty is checked on submit).
    pub fn field_problem(&self, i: usize) -> Option<FieldProblem> {
        let Node::Form(f) = self.node() else {
            return None;
        };
        let (decl, entry) = (f.fields.get(i)?, self.form.entries.get(i)?.trim());
        if entry.is_empty() {
            return None;
        }
        match &decl.input {
            Input::Number if parse_number(entry).is_none() => Some(FieldProblem::NotANumber),
            Input::Select(opts) if !opts.iter().any(|o| o.eq_ignore_ascii_case(entry)) => {
                Some(FieldProblem::NotAnOption)
            }
            _ => None,
        }
    }

    /// The form as an action, or the first field that is not ready.
    pub fn form_action(&self) -> Result<Action, usize> {
        let Node::Form(f) = self.node() else {
            return Err(0);
        };
        for (i, e) in self.form.entries.iter().enumerate() {
            if e.trim().is_empty() || self.field_problem(i).is_some() {
                return Err(i);
            }
        }
        Ok(Action::Submit(
            f.fields
                .iter()
                .zip(&self.form.entries)
                .map(|(d, e)| (d.id.clone(), e.trim().to_string()))
                .collect(),
        ))
    }

    pub fn check_action(&self) -> Action {
        Action::Mark(
            self.check
                .marks
                .iter()
                .map(|r| self.scenario.field_name(*r))
                .collect(),
        )
    }
}
