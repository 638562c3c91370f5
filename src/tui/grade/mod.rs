//! The examiner's screen (`tradesim grade`): its own state (state.rs), `update` (update.rs)
//! and views (view.rs), in the same Elm shape as the player. The driver here is the only
//! part that touches the terminal; saving goes through a callback the command gives it, so
//! the journal stays the command's business.

pub mod state;
pub mod update;
pub mod view;

use std::io;
use std::time::Duration;

use crossterm::event::{self, Event};

pub use state::{Desk, Entry, Pending, Screen, Shown};
pub use update::{Cmd, Msg, key, update};
pub use view::view;

use crate::i18n::{Catalog, SHIPPED_LOCALES, negotiate};
use crate::record::grading::Answer;
use crate::scenario::library::{ScenarioFiles, ui_sources};

/// The screen's language: `requested` if shipped, else the nearest (en-US at worst).
fn locale(requested: &str) -> crate::i18n::Locale {
    negotiate(requested, &SHIPPED_LOCALES)
}

/// A desk whose screen speaks `requested`.
pub fn desk(
    examiner: &str,
    adjudicate: bool,
    entries: Vec<Entry>,
    requested: &str,
) -> Result<Desk, String> {
    let ui = Catalog::new(&locale(requested), &[&ui_sources()]).map_err(|e| e.to_string())?;
    Ok(Desk::new(examiner, adjudicate, entries, ui))
}

/// An answer's texts in `requested` from its scenario's files (title, prompt, rubric).
pub fn shown_in(answer: &Answer, files: &ScenarioFiles, requested: &str) -> Result<Shown, String> {
    let c = Catalog::new(&locale(requested), &[&ui_sources(), &files.locales])
        .map_err(|e| e.to_string())?;
    let title = crate::scenario::compile::compile(&files.ron)
        .0
        .map(|s| c.text(&s.file.title))
        .unwrap_or_else(|| files.id.clone());
    Ok(shown(answer, &title, &c))
}

/// An answer's prompt, item labels and level descriptors in the scenario's catalog.
pub fn shown(answer: &Answer, title: &str, catalog: &Catalog) -> Shown {
    let c = &answer.compose;
    Shown {
        title: title.into(),
        prompt: catalog.text(&c.text),
        labels: c.rubric.iter().map(|it| catalog.text(&it.label)).collect(),
        levels: c
            .rubric
            .iter()
            .map(|it| it.levels.iter().map(|l| catalog.text(l)).collect())
            .collect(),
    }
}

/// Run `update`'s commands: `save` writes the marks; its outcome goes back as a message.
pub fn run_cmds(
    d: &mut Desk,
    cmds: Vec<Cmd>,
    save: &mut dyn FnMut(&Desk, &Cmd) -> Result<(), String>,
) {
    for c in cmds {
        let r = save(d, &c);
        let more = update(d, Msg::Saved(r));
        run_cmds(d, more, save);
    }
}

/// The examiner's screen until they quit. The terminal is restored on every way out.
pub fn run(mut d: Desk, save: &mut dyn FnMut(&Desk, &Cmd) -> Result<(), String>) -> io::Result<()> {
    let signals = crate::tui::term::Signals::watch()?;
    let mut session = crate::tui::term::enter(false)?;
    let size = session.terminal.size()?;
    update(&mut d, Msg::Resize(size.width, size.height));
    loop {
        session.terminal.draw(|f| view(&d, f))?;
        if d.quit || signals.received().is_some() {
            return Ok(());
        }
        if !event::poll(Duration::from_millis(250))? {
            continue;
        }
        let msg = match event::read()? {
            Event::Key(k) => key(&d, &k),
            Event::Resize(w, h) => Some(Msg::Resize(w, h)),
            Event::Paste(text) => {
                for c in text.chars() {
                    update(&mut d, Msg::Type(c));
                }
                None
            }
            _ => None,
        };
        if let Some(m) = msg {
            let cmds = update(&mut d, m);
            run_cmds(&mut d, cmds, save);
        }
    }
}
