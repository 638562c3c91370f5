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

use crate::i18n::Catalog;
use crate::record::grading::Answer;

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
