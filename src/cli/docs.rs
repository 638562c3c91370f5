//! `tradesim docs [GUIDE]`: the guides, embedded in the binary, so a teacher who has only
//! the binary (no source checkout) can read them. Through a pager at a terminal.

use std::io::{IsTerminal as _, Write as _};
use std::process::{Command, Stdio};

use super::{Failure, Outcome};

/// The guides, by the name a teacher types.
const GUIDES: &[(&str, &str, &str)] = &[
    (
        "authoring",
        "step by step: scaffold, write, lint, preview, playtest, translate",
        include_str!("../../docs/authoring.md"),
    ),
    (
        "format",
        "the scenario format reference, with a complete example",
        include_str!("../../docs/scenario-format.md"),
    ),
    (
        "assessment",
        "assessments, exam sessions, records, verify and report",
        include_str!("../../docs/assessment.md"),
    ),
    (
        "glossary",
        "the trade terms in English and Chinese, and the words never to use",
        include_str!("../../docs/glossary.md"),
    ),
];

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Which guide; without one, the list.
    pub guide: Option<String>,
}

pub fn exec(args: &Args) -> Outcome {
    let Some(name) = &args.guide else {
        for (n, what, _) in GUIDES {
            println!("{n:<12} {what}");
        }
        return Ok(());
    };
    let Some((_, _, text)) = GUIDES.iter().find(|(n, _, _)| n == name) else {
        let names: Vec<&str> = GUIDES.iter().map(|(n, _, _)| *n).collect();
        return Err(Failure::input(format!(
            "no guide {name:?}; the guides are: {}",
            names.join(", ")
        )));
    };
    if std::io::stdout().is_terminal() && page(text) {
        return Ok(());
    }
    print!("{text}");
    Ok(())
}

/// Show `text` in `$PAGER` (default `less`); false if no pager could be started.
fn page(text: &str) -> bool {
    let pager = std::env::var("PAGER").unwrap_or_else(|_| "less".into());
    let mut parts = pager.split_whitespace();
    let Some(prog) = parts.next() else {
        return false;
    };
    let mut cmd = Command::new(prog);
    cmd.args(parts).stdin(Stdio::piped());
    if prog == "less" && std::env::var_os("LESS").is_none() {
        // quit if one screen, keep the text on screen after quitting
        cmd.arg("-FX");
    }
    let Ok(mut child) = cmd.spawn() else {
        return false;
    };
    if let Some(mut stdin) = child.stdin.take() {
        // a reader that quits early closes the pipe: not an error
        let _ = stdin.write_all(text.as_bytes());
    }
    child.wait().is_ok()
}
