//! `tradesim report <DIR> --format table|csv|json|xapi [--roster FILE]`: the cohort's
//! results from verified records. Records that do not verify are left out and listed;
//! the exit code is then 1.

use std::io::{IsTerminal as _, Write as _};
use std::path::PathBuf;

use super::verify::{Trust, session_library};
use super::{Cli, Failure, Outcome};
use crate::record::clock::rfc3339;
use crate::record::proctor_log::Order;
use crate::record::report::{build, csv, table};
use crate::record::roster::Roster;
use crate::record::verify::{Verifier, record_paths};
use crate::record::xapi::{DEFAULT_BASE, Iris, Statements};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Table,
    Csv,
    Json,
    Xapi,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A results folder (or record files).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "table")]
    pub format: ReportFormat,
    /// CSV of `id,name`: names shown in the table/CSV for the organiser; never in records or xAPI.
    #[arg(long, value_name = "FILE")]
    pub roster: Option<PathBuf>,
    #[command(flatten)]
    pub trust: Trust,
    /// A class folder of `serve --practice` (found by itself when DIR holds class.json):
    /// the class progress table instead of exam results.
    #[arg(long)]
    pub practice: bool,
    /// xAPI: the base of activity and extension IRIs (a domain you control).
    #[arg(long, value_name = "IRI", default_value = DEFAULT_BASE)]
    pub xapi_base: String,
    /// xAPI: the actor account's homePage (the system the candidate ids belong to); default: the base.
    #[arg(long, value_name = "URL")]
    pub home_page: Option<String>,
}

pub fn exec(cli: &Cli, args: &Args) -> Outcome {
    if let [dir] = args.paths.as_slice()
        && (args.practice || crate::serve::practice::store::is_class(dir))
    {
        return super::report_class::exec(dir, args.format);
    }
    let (key, manifest) = args.trust.load()?;
    let witness = args.trust.witness_dir(manifest.as_ref())?;
    let roster = args
        .roster
        .as_deref()
        .map(Roster::load)
        .transpose()
        .map_err(Failure::input)?;
    let paths = record_paths(&args.paths).map_err(Failure::input)?;
    let lib = session_library(cli, manifest.as_ref())?;
    let mut v = Verifier::new(&lib, &key);
    let log = args.trust.session_log(&key, manifest.as_ref());
    if let Some(m) = &manifest {
        v = v
            .with_session(m, witness)
            .with_log(log.clone().unwrap_or(Ok(Default::default())));
    }
    if let Some(Err(why)) = &log {
        eprintln!(
            "{}",
            crate::safe_text::clean(&format!("report: the session log cannot be trusted: {why}"))
        );
    }
    let verified: Vec<_> = paths.iter().map(|p| v.verify_file(p)).collect();
    let missing = if args.paths.iter().any(|p| p.is_dir()) {
        v.missing()
    } else {
        Vec::new()
    };
    let mut report = build(&verified, roster.as_ref(), &missing).map_err(Failure::input)?;
    let mut journals_left_out = 0;
    if let (Some(m), Some(dir)) = (
        &manifest,
        super::grade::grading_folder(&args.paths, manifest.as_ref()),
    ) {
        let (_, g) = super::grade::grading_of(&dir, &key, m, &verified, &lib);
        journals_left_out = g.journals_left_out.len();
        crate::record::grading::report::apply(&mut report, g);
    }
    if let Some(Ok(log)) = &log {
        report.room = log
            .entries
            .iter()
            .filter(|e| matches!(e.order, Order::Pause { .. } | Order::Resume))
            .map(|e| format!("{} {}", rfc3339(e.at), e.order.describe()))
            .collect();
    }
    let text = match args.format {
        ReportFormat::Table => table(&report),
        ReportFormat::Csv => csv(&report),
        ReportFormat::Json => serde_json::to_string_pretty(&report).unwrap_or_default() + "\n",
        ReportFormat::Xapi => {
            let mut xapi =
                Statements::new(&lib, Iris::new(&args.xapi_base, args.home_page.as_deref()));
            let all: Vec<serde_json::Value> = verified
                .iter()
                .filter(|x| x.verdict.is_ok())
                .filter_map(|x| x.record.as_ref())
                .flat_map(|r| xapi.of(r))
                .collect();
            serde_json::to_string_pretty(&all).unwrap_or_default() + "\n"
        }
    };
    // the table is for people; CSV and JSON stay exact data, cleaned only for a terminal
    let text = if args.format == ReportFormat::Table || std::io::stdout().is_terminal() {
        crate::safe_text::clean(&text)
    } else {
        text
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    if report.excluded.is_empty() && report.missing.is_empty() && journals_left_out == 0 {
        return Ok(());
    }
    if args.format != ReportFormat::Table {
        for e in &report.excluded {
            let line = format!("left out: {}: {}", e.file, e.problem);
            eprintln!("{}", crate::safe_text::clean(&line));
        }
        for id in &report.missing {
            eprintln!("no record: {id}");
        }
        for j in report.grading.iter().flat_map(|g| &g.journals_left_out) {
            let line = format!(
                "grading journal left out: {}: {}",
                j.file,
                j.problems.join("; ")
            );
            eprintln!("{}", crate::safe_text::clean(&line));
        }
    }
    Err(Failure::found(format!(
        "report: {} record(s) left out, {} roster candidate(s) without a record, {journals_left_out} grading journal(s) left out",
        report.excluded.len(),
        report.missing.len()
    )))
}
