//! `tradesim report CLASS_DIR` (or `report --practice DIR`): the teacher's class progress
//! table from the attempts `serve --practice` kept. Attempt files that cannot be read are
//! left out and listed; the exit code is then 1.

use std::io::{IsTerminal as _, Write as _};
use std::path::Path;

use super::report::ReportFormat;
use super::{Failure, Outcome};
use crate::record::class_progress::{build, csv, load, table};

pub fn exec(dir: &Path, format: ReportFormat) -> Outcome {
    let (attempts, excluded) = load(dir).map_err(Failure::input)?;
    let report = build(&attempts, excluded);
    let text = match format {
        ReportFormat::Table => table(&report),
        ReportFormat::Csv => csv(&report),
        ReportFormat::Json => serde_json::to_string_pretty(&report).unwrap_or_default() + "\n",
        ReportFormat::Xapi => {
            return Err(Failure::input(
                "report: xAPI is for exam records; a class folder reports as table, csv or json",
            ));
        }
    };
    let text = if format == ReportFormat::Table || std::io::stdout().is_terminal() {
        crate::safe_text::clean(&text)
    } else {
        text
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    if report.excluded.is_empty() {
        return Ok(());
    }
    if format != ReportFormat::Table {
        for e in &report.excluded {
            eprintln!(
                "{}",
                crate::safe_text::clean(&format!("left out: {}: {}", e.file, e.problem))
            );
        }
    }
    Err(Failure::found(format!(
        "report: {} attempt file(s) left out",
        report.excluded.len()
    )))
}
