//! `tradesim verify <FILE|DIR>...`: one line per record (ok, tampered, scenario changed,
//! replay mismatch, unfinished, unreadable); exit 1 if any is not ok.

use std::io::Write as _;
use std::path::PathBuf;

use super::{Cli, Failure, Outcome, library};
use crate::record::SealKey;
use crate::record::verify::{Verifier, record_paths};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Record files (`<candidate>.record.jsonl`) or results folders.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The session key; default: the TRADESIM_SEAL_KEY variable.
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
}

pub fn exec(cli: &Cli, args: &Args) -> Outcome {
    let key = SealKey::load(args.key_file.as_deref()).map_err(Failure::input)?;
    let paths = record_paths(&args.paths).map_err(Failure::input)?;
    let lib = library(cli)?;
    let mut v = Verifier::new(&lib, &key);
    let mut out = std::io::stdout().lock();
    let mut failed = 0;
    for p in &paths {
        let r = v.verify_file(p);
        if !r.verdict.is_ok() {
            failed += 1;
        }
        // a closed pipe (`| head`) is not an error worth a panic
        let line = format!("{}: {}", p.display(), r.verdict);
        let _ = writeln!(out, "{}", crate::safe_text::clean(&line));
    }
    eprintln!(
        "verify: {} record(s), {} ok, {failed} not ok",
        paths.len(),
        paths.len() - failed
    );
    if failed > 0 {
        Err(Failure::found(""))
    } else {
        Ok(())
    }
}
