//! `tradesim play SCENARIO`: the terminal player on one scenario; and the menu that
//! `tradesim` with no arguments opens on a terminal.

use std::io::IsTerminal;

use super::{Cli, Failure, Outcome, library, open, pick_locale};
use crate::scenario::library::{Origin, ui_sources};
use crate::scenario::lint::checked;
use crate::scenario::start_at::StartAt;
use crate::tui::app::Files;
use crate::tui::{
    self, App, Ended, Msg, NoJournal, Settings, driver::now_millis, save, theme::Theme, update,
};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A shipped scenario id, or a path to a .ron file.
    pub scenario: String,
    /// The attempt's seed (random events); default: from the clock.
    #[arg(long)]
    pub seed: Option<u64>,
    /// en-US or zh-CN; default from LC_ALL/LANG. Switch at any time with F2.
    #[arg(long)]
    pub locale: Option<String>,
    /// Live preview for authors: reload the .ron and .ftl files when they change on disk,
    /// replaying your actions so you stay where you were.
    #[arg(long)]
    pub watch: bool,
    /// Preview from here: start at this node (like Twine's "test from here").
    #[arg(long, value_name = "NODE")]
    pub from: Option<String>,
    /// Preview with a variable's start value changed, e.g. `--set cash=2000` (repeatable).
    #[arg(long = "set", value_name = "VAR=VALUE")]
    pub sets: Vec<String>,
    /// Preview with a Random node always drawing one outcome, 1 being the first (repeatable).
    #[arg(long = "outcome", value_name = "NODE=N")]
    pub outcomes: Vec<String>,
}

fn needs_terminal() -> Outcome {
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        Ok(())
    } else {
        Err(Failure::input(
            "tradesim play needs a terminal; for headless play use `tradesim run SCENARIO --seed N --actions FILE`",
        ))
    }
}

fn app(cli: &Cli, locale: Option<&str>) -> Result<App, Failure> {
    let lib = library(cli)?;
    let list = lib
        .list()
        .into_iter()
        .map(|(f, shadows)| (f.clone(), shadows))
        .collect();
    let mut app = App::new(
        list,
        ui_sources(),
        &pick_locale(locale),
        Settings::default(),
        Theme::from_env(),
    )
    .map_err(Failure::input)?;
    if let Some(dir) = save::saves_dir() {
        update(&mut app, Msg::Saves(save::load_all(&dir)));
    }
    // the first seed drawn comes from the clock
    update(&mut app, Msg::Tick(now_millis()));
    Ok(app)
}

fn drive(app: App, inbox: Option<&std::sync::mpsc::Receiver<tui::Msg>>) -> Outcome {
    match tui::run_with(app, save::saves_dir(), &mut NoJournal, inbox) {
        Ok(Ended::Normally) => Ok(()),
        Ok(Ended::Signal(sig)) => Err(Failure {
            code: (128 + sig).clamp(0, 255) as u8,
            message: String::new(),
        }),
        Err(e) => Err(Failure::input(format!("terminal error: {e}"))),
    }
}

pub fn exec(cli: &Cli, args: &Args) -> Outcome {
    // bad input is reported before the screen changes
    let (files, _) = open(cli, &args.scenario)?;
    let watched = match (&files.origin, args.watch) {
        (Origin::Folder(_), true) => Some(std::path::PathBuf::from(&files.ron.path)),
        (Origin::Shipped, true) => {
            return Err(Failure::input(format!(
                "{}: --watch needs a path to your .ron file, e.g. scenarios/{}.ron",
                args.scenario, files.id
            )));
        }
        (_, false) => None,
    };
    let start_at =
        StartAt::parse(args.from.as_deref(), &args.sets, &args.outcomes).map_err(Failure::input)?;
    if !start_at.is_empty() {
        // a wrong node or value is said before the screen changes
        let mut s = checked(&files).map_err(|errors| {
            Failure::input(
                errors
                    .iter()
                    .map(|d| d.render_plain())
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
        })?;
        start_at
            .apply(&mut s)
            .map_err(|e| Failure::input(format!("{}: {e}", args.scenario)))?;
    }
    needs_terminal()?;
    let mut app = app(cli, args.locale.as_deref())?;
    if args.watch || !start_at.is_empty() {
        update(&mut app, Msg::StartAt(start_at));
    }
    let seed = args.seed.unwrap_or_else(|| app.draw_seed());
    let (tx, rx) = std::sync::mpsc::channel();
    // the watcher ends by itself once the player has quit and `rx` is gone
    let _watcher = watched.map(|path| tui::watch::spawn(path, &files, tx));
    let files = Files(Box::new(files));
    update(&mut app, Msg::Open { files, seed });
    if app.play.is_none()
        && app.popups.is_empty()
        && let Some(n) = &app.notice
    {
        return Err(Failure::input(n.clone()));
    }
    drive(app, args.watch.then_some(&rx))
}

/// `tradesim` alone: the menu on a terminal, else the list of scenarios.
pub fn menu(cli: &Cli) -> Outcome {
    if !(std::io::stdout().is_terminal() && std::io::stdin().is_terminal()) {
        return super::scenarios::exec(cli, &super::scenarios::Args { locale: None });
    }
    let app = app(cli, None)?;
    drive(app, None)
}
