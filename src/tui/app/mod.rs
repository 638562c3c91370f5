//! The App: everything the screen shows, and nothing else. Views read it; only `update`
//! changes it. It holds no terminal, clock or file: time arrives as `Msg::Tick`, saves
//! leave as `Cmd`s.

pub mod editor;
mod exam;
mod menu;
mod play;

use std::collections::BTreeMap;

pub use exam::{ExamOver, ExamScores, ExamView, PartScore, Submitted};
pub use menu::{MenuEntry, MenuGroup, MenuRow, MenuState};
pub use play::{
    CheckState, FieldProblem, FormState, Play, Stage, WIDE, compile_files, load_errors,
};

use crate::engine::splitmix64;
use crate::i18n::{Catalog, FtlError, Locale, SHIPPED_LOCALES};
use crate::scenario::library::ScenarioFiles;
use crate::scenario::load::SourceFile;

use super::input::Ctx;
use super::save::Save;
use super::theme::Theme;

/// When the player learns why a decision was right or wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feedback {
    /// Practice: right after each decision, and in the debrief.
    AfterEachDecision,
    /// Exams: never during the attempt.
    Withheld,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub feedback: Feedback,
    /// Offer to save when leaving, and to resume saved attempts (off in exams).
    pub saves: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            feedback: Feedback::AfterEachDecision,
            saves: true,
        }
    }
}

/// Scenario files, compared by id and content (messages and popups carry them).
#[derive(Debug, Clone)]
pub struct Files(pub Box<ScenarioFiles>);

impl PartialEq for Files {
    fn eq(&self, other: &Self) -> bool {
        self.0.id == other.0.id && self.0.ron.text == other.0.ron.text
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Popup {
    Help,
    /// Leave the attempt in progress? (save, leave, stay)
    Leave,
    /// A saved attempt exists for the scenario about to open.
    Resume {
        files: Files,
        save: Save,
        /// The seed of a new attempt, if the player declines.
        seed: u64,
    },
    /// Practice feedback for the log entries `from..to`.
    Feedback {
        from: usize,
        to: usize,
        scroll: u16,
    },
    /// Watch mode: the new version of the scenario has errors; every one, located. The
    /// previous version keeps playing underneath; the next good load closes this.
    Diagnostics {
        errors: Vec<String>,
        scroll: u16,
    },
    /// Preview: every variable with its current value.
    Variables {
        scroll: u16,
    },
    /// Exam: hand in now? (the candidate's early submit)
    HandIn,
    /// Exam: submitted; the only way on is out.
    ExamOver,
    /// The written answer's length is outside the range: send it anyway?
    ComposeSubmit,
}

impl Popup {
    /// The key bindings that apply while this popup is on top.
    pub fn context(&self) -> Ctx {
        match self {
            Popup::Help => Ctx::Help,
            Popup::Leave => Ctx::Leave,
            Popup::Resume { .. } => Ctx::Resume,
            // read and scrolled like feedback
            Popup::Feedback { .. } | Popup::Diagnostics { .. } | Popup::Variables { .. } => {
                Ctx::Feedback
            }
            Popup::HandIn => Ctx::HandIn,
            Popup::ExamOver => Ctx::ExamOver,
            Popup::ComposeSubmit => Ctx::ComposeSubmit,
        }
    }
}

/// Which screen is up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Menu,
    Play(Stage),
}

/// Below this the screens do not fit; a message asks for a larger terminal.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

pub struct App {
    pub ui_sources: BTreeMap<String, SourceFile>,
    pub locale: Locale,
    /// UI chrome in `locale`.
    pub ui: Catalog,
    pub settings: Settings,
    pub theme: Theme,
    /// The driver's clock (ms since the epoch); 0 until the first tick.
    pub now: u64,
    pub size: (u16, u16),
    pub menu: MenuState,
    pub play: Option<Box<Play>>,
    /// Popups, topmost last.
    pub popups: Vec<Popup>,
    pub saves: BTreeMap<String, Save>,
    /// A one-line message for the user, cleared by the next key.
    pub notice: Option<String>,
    pub quit: bool,
    /// Opened with `tradesim play`: leaving the debrief quits instead of showing the menu.
    pub direct: bool,
    /// Sitting an assessment: no feedback, no saves, a countdown, hand-in instead of leave.
    pub exam: Option<ExamView>,
    /// Preview mode (`play --watch`, `--from/--set/--outcome`): every attempt opened starts
    /// where this says (and, when it says anywhere, is not saved); F3 shows the variables.
    pub start_at: Option<crate::scenario::start_at::StartAt>,
    pub(crate) seeds_drawn: u64,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("locale", &self.locale)
            .field("play", &self.play)
            .field("popups", &self.popups)
            .finish()
    }
}

impl App {
    /// A menu of `scenarios` (with whether each shadows a shipped one).
    pub fn new(
        scenarios: Vec<(ScenarioFiles, bool)>,
        ui_sources: BTreeMap<String, SourceFile>,
        locale: &Locale,
        settings: Settings,
        theme: Theme,
    ) -> Result<App, FtlError> {
        let ui = Catalog::new(locale, &[&ui_sources])?;
        let menu = MenuState::new(scenarios, locale, &ui_sources);
        Ok(App {
            ui_sources,
            locale: locale.clone(),
            ui,
            settings,
            theme,
            now: 0,
            size: (80, 24),
            menu,
            play: None,
            popups: Vec::new(),
            saves: BTreeMap::new(),
            notice: None,
            quit: false,
            direct: false,
            exam: None,
            start_at: None,
            seeds_drawn: 0,
        })
    }

    pub fn screen(&self) -> Screen {
        match &self.play {
            None => Screen::Menu,
            Some(p) => Screen::Play(p.stage()),
        }
    }

    /// Which key bindings apply now: the topmost popup's, else the screen's.
    pub fn context(&self) -> Ctx {
        self.popups
            .last()
            .map_or_else(|| self.screen_context(), Popup::context)
    }

    /// The key bindings of the screen under any popups.
    pub fn screen_context(&self) -> Ctx {
        match self.screen() {
            Screen::Menu => Ctx::Menu,
            Screen::Play(Stage::Decision | Stage::Stuck) => Ctx::Decision,
            Screen::Play(Stage::Form) => Ctx::Form,
            Screen::Play(Stage::Check) => Ctx::Check,
            Screen::Play(Stage::Compose) => Ctx::Compose,
            Screen::Play(Stage::Ended) => Ctx::Debrief,
        }
    }

    /// The catalog for what is on screen: the scenario's when playing, else the UI's.
    pub fn cat(&self) -> &Catalog {
        self.play.as_ref().map_or(&self.ui, |p| &p.cat)
    }

    /// The next locale in the shipped list.
    pub fn next_locale(&self) -> Locale {
        let i = SHIPPED_LOCALES
            .iter()
            .position(|l| self.locale == *l)
            .unwrap_or(0);
        Locale::new(SHIPPED_LOCALES[(i + 1) % SHIPPED_LOCALES.len()])
    }

    /// A fresh seed from the driver's clock; distinct for each draw in one run, and hashed
    /// so nearby clock readings give unrelated seeds.
    pub fn draw_seed(&mut self) -> u64 {
        self.seeds_drawn += 1;
        splitmix64(self.now ^ self.seeds_drawn.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }
}
