//! `tradesim proctor SESSION [--watch SECONDS]`: the room's table from the running
//! `serve` (its Unix socket in the results folder, which only the organiser can reach):
//! every roster candidate's state, part, time left, seconds since their last key, address.

use std::path::{Path, PathBuf};

use super::{Failure, Outcome};
use crate::record::manifest::MANIFEST_FILE;
use crate::serve::proctor::status;
use crate::serve::seats::table;
use crate::tui::driver::now_millis;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The session's results folder (or its `session.json`).
    pub session: PathBuf,
    /// Print the table again every SECONDS until interrupted.
    #[arg(long, value_name = "SECONDS")]
    pub watch: Option<u64>,
}

fn results_of(p: &Path) -> PathBuf {
    if p.file_name().is_some_and(|n| n == MANIFEST_FILE) {
        p.parent().map(Path::to_path_buf).unwrap_or_default()
    } else {
        p.to_path_buf()
    }
}

pub fn exec(args: &Args) -> Outcome {
    let results = results_of(&args.session);
    loop {
        let seats = status(&results).map_err(Failure::input)?;
        print!("{}", crate::safe_text::clean(&table(&seats, now_millis())));
        match args.watch {
            Some(s) => {
                println!();
                std::thread::sleep(std::time::Duration::from_secs(s.max(1)));
            }
            None => return Ok(()),
        }
    }
}
