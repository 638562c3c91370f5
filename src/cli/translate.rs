//! `tradesim translate SCENARIO --to LOCALE`: stubs for every message the target locale is
//! missing, stale translations listed, and a CSV round trip for a colleague's spreadsheet.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::{Cli, Failure, Outcome, library};
use crate::author::translate::{Row, export, import, update};
use crate::scenario::library::{Origin, locales_dir_for};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A scenario id (in a folder of your own, or ./scenarios), or a path to its .ron file.
    pub scenario: String,
    /// The language to translate into, e.g. zh-CN.
    #[arg(long)]
    pub to: String,
    /// The language translated from.
    #[arg(long, default_value = "en-US")]
    pub from: String,
    /// Mark these translations as checked against the current source text (repeatable).
    #[arg(long, value_name = "MESSAGE_ID")]
    pub accept: Vec<String>,
    /// Write the spreadsheet instead (id, source, target, note) to stdout or --output.
    #[arg(long, value_enum, conflicts_with = "import")]
    pub export: Option<Sheet>,
    /// Where --export writes.
    #[arg(long, requires = "export")]
    pub output: Option<PathBuf>,
    /// Read translated rows from a CSV written by --export (and filled in).
    #[arg(long, value_name = "CSV")]
    pub import: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Sheet {
    Csv,
}

pub fn exec(cli: &Cli, args: &Args) -> Outcome {
    for lang in [&args.to, &args.from] {
        if lang.parse::<unic_langid::LanguageIdentifier>().is_err() || lang.contains(['/', '\\']) {
            return Err(Failure::input(format!(
                "{lang:?} is not a language tag (expected e.g. zh-CN or en-US)"
            )));
        }
    }
    let ron = ron_path(cli, &args.scenario)?;
    let id = ron
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .to_string();
    let locales = locales_dir_for(&ron);
    let source_path = locales.join(&args.from).join(format!("{id}.ftl"));
    let target_path = locales.join(&args.to).join(format!("{id}.ftl"));
    let source = std::fs::read_to_string(&source_path)
        .map_err(|e| Failure::input(format!("{}: {e}", source_path.display())))?;
    let target = match std::fs::read_to_string(&target_path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Failure::input(format!("{}: {e}", target_path.display()))),
    };
    if args.export.is_some() {
        return write_sheet(&export(&source, &target), args.output.as_deref());
    }
    if let Some(csv_path) = &args.import {
        let rows = read_sheet(csv_path)?;
        let (text, n) = import(&source, &target, &rows).map_err(|e| {
            Failure::input(format!(
                "{}: row {}: {}",
                csv_path.display(),
                e.row,
                e.message
            ))
        })?;
        replace_file(&target_path, &text)?;
        say!("{}: {n} translation(s) imported", target_path.display());
        return Ok(());
    }
    let unknown: Vec<&String> = args
        .accept
        .iter()
        .filter(|a| {
            !crate::scenario::lint::translation::entries(&target)
                .iter()
                .any(|e| &e.id == *a)
        })
        .collect();
    if let Some(a) = unknown.first() {
        return Err(Failure::input(format!(
            "--accept {a:?}: no such message in {}",
            target_path.display()
        )));
    }
    let (text, ch) = update(&source, &target, &args.accept);
    if text != target {
        replace_file(&target_path, &text)?;
    }
    let shown = target_path.display();
    say!(
        "{shown}: {} stub(s) added, {} translation(s) now tracked, {} accepted",
        ch.stubbed.len(),
        ch.tracked.len(),
        ch.accepted.len()
    );
    if !ch.todo.is_empty() || !ch.stubbed.is_empty() {
        say!(
            "  to translate: {}",
            [ch.stubbed.clone(), ch.todo.clone()].concat().join(", ")
        );
    }
    if !ch.stale.is_empty() {
        say!(
            "  source changed since translated (check, then --accept ID): {}",
            ch.stale.join(", ")
        );
    }
    Ok(())
}

/// The .ron on disk: a path, a teacher's folder, or ./scenarios for a shipped id (the
/// compiled-in copy has no files to write beside).
fn ron_path(cli: &Cli, arg: &str) -> Result<PathBuf, Failure> {
    let here = Path::new("scenarios").join(format!("{arg}.ron"));
    if !arg.contains(['/', '\\', '.']) && here.is_file() {
        return Ok(here);
    }
    let files = library(cli)?.resolve(arg).map_err(Failure::input)?;
    match files.origin {
        Origin::Folder(_) => Ok(PathBuf::from(&files.ron.path)),
        Origin::Shipped => Err(Failure::input(format!(
            "`{}` is built into tradesim; run this in the folder that holds \
             scenarios/{}.ron, or give the path to the .ron file",
            files.id, files.id
        ))),
    }
}

fn write_sheet(rows: &[Row], to: Option<&Path>) -> Outcome {
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows {
        w.serialize(r)
            .map_err(|e| Failure::input(format!("csv: {e}")))?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Failure::input(format!("csv: {e}")))?;
    match to {
        Some(p) => replace_file(p, &String::from_utf8_lossy(&bytes)),
        None => std::io::stdout()
            .write_all(&bytes)
            .map_err(|e| Failure::input(format!("stdout: {e}"))),
    }
}

fn read_sheet(path: &Path) -> Result<Vec<Row>, Failure> {
    let mut r = csv::Reader::from_path(path)
        .map_err(|e| Failure::input(format!("{}: {e}", path.display())))?;
    r.deserialize()
        .enumerate()
        .map(|(i, row)| {
            row.map_err(|e| {
                Failure::input(format!(
                    "{}: row {}: expected the columns id, source, target, note ({e})",
                    path.display(),
                    i + 2
                ))
            })
        })
        .collect()
}

/// Write through a temporary file and a rename, so a crash leaves the old file or the new,
/// never half of one.
fn replace_file(path: &Path, text: &str) -> Outcome {
    let io = |e: std::io::Error| Failure::input(format!("{}: {e}", path.display()));
    let tmp = crate::author::scaffold::synced_temp(path, text).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io(e)
    })
}
