//! The terminal player, in the Elm architecture: `App` state (app/), `Msg` and
//! `update(&mut App, Msg) -> Vec<Cmd>` (update/), views as pure functions of the App
//! (view/, widgets/), one table from keys to messages (input/), and the terminal set up
//! and restored in one place (term/). The driver (driver.rs) is the only part that
//! touches the terminal, the clock or files.

pub mod app;
pub mod driver;
pub mod exam;
pub mod grade;
pub mod input;
pub(crate) mod save;
pub(crate) mod term;
pub(crate) mod text;
pub mod theme;
pub(crate) mod update;
pub(crate) mod view;
pub(crate) mod watch;
pub(crate) mod widgets;

pub use app::{App, Feedback, Popup, Screen, Settings, Stage};
pub use driver::{Ended, Journal, NoJournal, run, run_with};
pub use update::{Cmd, Intent, Msg, update};
pub use view::{render, view};

/// Open a scenario as the first screen (from `tradesim play`).
pub fn open(app: &mut App, files: crate::scenario::library::ScenarioFiles, seed: u64) {
    update::open(app, files, seed);
}
