//! The command line: clap derive, one thin function per subcommand over the library.
//! Exit codes: 0 ok, 1 a check found problems, 2 bad usage or unreadable input.

/// `println!` for output that may hold text from files: neutralised first, so no escape
/// sequence, C1 control or bidi override in a scenario, roster or record reaches the terminal.
macro_rules! say {
    ($($arg:tt)*) => {
        println!("{}", crate::safe_text::clean(&format!($($arg)*)))
    };
}

mod docs;
mod exam;
mod fairness;
mod grade;
mod graph;
mod keygen;
mod lint;
mod lsp;
mod new;
mod play;
mod playtest;
#[cfg(unix)]
mod proctor;
mod report;
mod report_class;
mod run;
mod scenarios;
mod serve;
mod serve_practice;
mod session;
mod transcript;
mod translate;
mod verify;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::{Catalog, Locale, SHIPPED_LOCALES, from_env, negotiate};
use crate::scenario::Scenario;
use crate::scenario::library::{Library, ScenarioFiles, ui_sources};
use crate::scenario::lint::checked;

#[derive(Parser, Debug)]
#[command(
    name = "tradesim",
    version,
    about = "Cross-border B2B e-commerce training simulator"
)]
pub struct Cli {
    /// A folder of your own scenarios (with its sibling locales/ folder); repeatable.
    #[arg(long = "scenarios", global = true, value_name = "DIR")]
    pub scenario_dirs: Vec<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check scenarios and locale files; every problem as file:line:col with a hint.
    Lint(lint::Args),
    /// Play a scenario headless, from an action file or with a policy.
    Run(run::Args),
    /// Play many seeded random attempts and summarise endings and scores.
    Playtest(playtest::Args),
    /// List the available scenarios.
    Scenarios(scenarios::Args),
    /// Make the organiser's Ed25519 key pair (signing key 0600, public key).
    Keygen(keygen::Args),
    /// The organiser's sessions: `session new` fixes an assessment, roster and seeds.
    #[command(subcommand)]
    Session(session::Command),
    /// Sit a session's assessment; the journal survives crashes and is signed at the end.
    Exam(exam::Args),
    /// The room's table from a running `serve`: state, part, time left, idle, address.
    #[cfg(unix)]
    Proctor(proctor::Args),
    /// Serve a session's exam over SSH: candidates sign in with `ssh ID@HOST` and a code.
    Serve(serve::Args),
    /// Mark written answers as an examiner (blind, signed grading journal; `--adjudicate`).
    Grade(grade::Args),
    /// Check sealed records: seal, scenario files, replay; one line per record.
    Verify(verify::Args),
    /// Cohort results from verified records: table, CSV (Moodle), JSON or xAPI.
    Report(report::Args),
    /// Play a scenario in the terminal (menu: `tradesim` with no arguments).
    Play(play::Args),
    /// Start a new scenario: a lint-clean skeleton and its en-US and zh-CN text files.
    New(new::Args),
    /// Draw a scenario's node graph as Graphviz DOT or Mermaid.
    Graph(graph::Args),
    /// A language server for editors (stdio): lint while typing, definitions, completion, hover.
    Lsp,
    /// Print a guide (authoring, format, assessment, glossary) embedded in this binary.
    Docs(docs::Args),
    /// Stubs for the messages a locale is missing; stale translations; a CSV round trip.
    Translate(translate::Args),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people: graphical at a terminal (source line, underline, hint; colour unless
    /// NO_COLOR is set), narratable otherwise.
    Text,
    /// Always the graphical drawing (colour only at a terminal without NO_COLOR).
    Graphical,
    /// Always plain sentences, for screen readers and logs.
    Narratable,
    /// One problem per line (`file:line:col: severity[code]: message`, then `  hint: ...`).
    Short,
    /// For editors: a stable object with every diagnostic.
    Json,
}

/// A failure the user must see: the message and the exit code.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    pub fn input(message: impl std::fmt::Display) -> Failure {
        Failure {
            code: 2,
            message: message.to_string(),
        }
    }
    pub fn found(message: impl std::fmt::Display) -> Failure {
        Failure {
            code: 1,
            message: message.to_string(),
        }
    }
}

pub type Outcome = Result<(), Failure>;

pub fn main() -> ExitCode {
    restore_sigpipe();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let result = match &cli.command {
        Some(Command::Lint(a)) => lint::exec(&cli, a),
        Some(Command::Run(a)) => run::exec(&cli, a),
        Some(Command::Playtest(a)) => playtest::exec(&cli, a),
        Some(Command::Scenarios(a)) => scenarios::exec(&cli, a),
        Some(Command::Keygen(a)) => keygen::exec(a),
        Some(Command::Session(a)) => session::exec(&cli, a),
        Some(Command::Exam(a)) => exam::exec(&cli, a),
        Some(Command::Serve(a)) => serve::exec(&cli, a),
        #[cfg(unix)]
        Some(Command::Proctor(a)) => proctor::exec(a),
        Some(Command::Grade(a)) => grade::exec(&cli, a),
        Some(Command::Verify(a)) => verify::exec(&cli, a),
        Some(Command::Report(a)) => report::exec(&cli, a),
        Some(Command::Play(a)) => play::exec(&cli, a),
        Some(Command::New(a)) => new::exec(a),
        Some(Command::Graph(a)) => graph::exec(&cli, a),
        Some(Command::Lsp) => lsp::exec(),
        Some(Command::Docs(a)) => docs::exec(a),
        Some(Command::Translate(a)) => translate::exec(&cli, a),
        None => play::menu(&cli),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            if !f.message.is_empty() {
                eprintln!("{}", crate::safe_text::clean(&f.message));
            }
            ExitCode::from(f.code)
        }
    }
}

pub fn library(cli: &Cli) -> Result<Library, Failure> {
    Library::with_folders(&cli.scenario_dirs).map_err(Failure::input)
}

/// The locale to show: the flag, else LC_ALL/LANG, matched to the shipped ones.
pub fn pick_locale(flag: Option<&str>) -> Locale {
    match flag {
        Some(l) => negotiate(l, &SHIPPED_LOCALES),
        None => from_env(&SHIPPED_LOCALES),
    }
}

/// Resolve, read, lint and compile a SCENARIO argument. A scenario with any lint error
/// (its logic or its text) is not played: bad input, exit 2, shown as one located line.
pub fn open(cli: &Cli, arg: &str) -> Result<(ScenarioFiles, Scenario), Failure> {
    let files = library(cli)?.resolve(arg).map_err(Failure::input)?;
    match checked(&files) {
        Ok(s) => Ok((files, s)),
        Err(errors) => {
            let first = &errors[0];
            let more = match errors.len() - 1 {
                0 => String::new(),
                n => format!(" (+{n} more: run `tradesim lint {}`)", files.ron.path),
            };
            Err(Failure::input(format!(
                "{}:{}:{}: {} [{}]{more}",
                first.file, first.line, first.col, first.message, first.code
            )))
        }
    }
}

pub fn catalog(files: &ScenarioFiles, locale: &Locale) -> Result<Catalog, Failure> {
    Catalog::new(locale, &[&ui_sources(), &files.locales]).map_err(Failure::input)
}

/// `tradesim playtest ... | head` must end quietly, as other command-line tools do, not
/// panic on the closed pipe: Rust ignores SIGPIPE by default, so put the default back.
fn restore_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread exists; SIG_DFL is valid.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
