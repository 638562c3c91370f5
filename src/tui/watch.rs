//! Live preview (`tradesim play PATH --watch`): a thread re-reads the scenario and its
//! .ftl files twice a second and, when any byte changed, sends a reload. The update keeps
//! the last good version running when the new one has errors, and says why.
//!
//! Polling the contents, not a notify API: the files are small, it works the same on
//! every platform and editor (save-by-rename included), and it needs no extra crate.

use std::path::PathBuf;
use std::sync::mpsc::Sender;
use std::thread::JoinHandle;
use std::time::Duration;

use crate::scenario::library::ScenarioFiles;
use crate::tui::app::Files;
use crate::tui::update::Msg;

const EVERY: Duration = Duration::from_millis(500);

/// The texts that make up a scenario, to tell whether anything changed.
fn contents(files: &ScenarioFiles) -> Vec<(String, String)> {
    std::iter::once(&files.ron)
        .chain(files.locales.values())
        .map(|f| (f.path.clone(), f.text.clone()))
        .collect()
}

/// Watch `path` until the receiving end is dropped (the player has quit).
pub fn spawn(path: PathBuf, first: &ScenarioFiles, tx: Sender<Msg>) -> JoinHandle<()> {
    let mut last = Ok(contents(first));
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(EVERY);
            let now = ScenarioFiles::from_path(&path).map(|f| (contents(&f), f));
            let (changed, msg) = match now {
                Ok((c, files)) => (
                    last.as_ref().ok() != Some(&c),
                    (Ok(c), Msg::Reload(Files(Box::new(files)))),
                ),
                // a file caught half-written or deleted by an editor: say so once
                Err(e) => {
                    let text = e.to_string();
                    (
                        last.as_ref().err() != Some(&text),
                        (Err(text.clone()), Msg::Failed(text)),
                    )
                }
            };
            if changed {
                last = msg.0;
                if tx.send(msg.1).is_err() {
                    return;
                }
            }
        }
    })
}
