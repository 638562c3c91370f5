//! `tradesim lint [PATH...]`: the authoring checks, drawn like a compiler's diagnostics,
//! as one line per problem for scripts, or as JSON for editors.

use std::path::PathBuf;

use super::{Cli, Failure, Format, Outcome};
use crate::author::report::{Style, render_all, sources_of};
use crate::scenario::lint::Target;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files or folders (a project folder, a scenarios folder, .ron or .ftl files).
    /// Default: ./scenarios and ./locales if present, else the shipped set.
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Exit 1 on warnings too (CI uses this: shipped files must be warning-free).
    #[arg(long)]
    pub deny_warnings: bool,
}

pub fn exec(cli: &Cli, args: &Args) -> Outcome {
    let mut target = if args.paths.is_empty() && !std::path::Path::new("scenarios").is_dir() {
        Target::shipped()
    } else {
        Target::default()
    };
    let paths: Vec<PathBuf> = if args.paths.is_empty() && std::path::Path::new("scenarios").is_dir()
    {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    for p in paths.iter().chain(&cli.scenario_dirs) {
        target.add_path(p).map_err(Failure::input)?;
    }
    let diags = target.lint();
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    let style = match args.format {
        Format::Json => {
            let json = serde_json::json!({
                "files": target.file_count(),
                "errors": errors,
                "warnings": warnings,
                "diagnostics": diags,
            });
            say!(
                "{}",
                serde_json::to_string_pretty(&json).unwrap_or_default()
            );
            None
        }
        Format::Short => {
            for d in &diags {
                say!("{}", d.render_plain());
            }
            None
        }
        Format::Text => Some(Style::for_stdout()),
        Format::Graphical => Some(Style::graphical_for_stdout()),
        Format::Narratable => Some(Style::Narratable),
    };
    if let Some(style) = style {
        print!("{}", render_all(&diags, &sources_of(&target), style));
    }
    if args.format != Format::Json {
        eprintln!(
            "lint: {} file(s), {errors} error(s), {warnings} warning(s)",
            target.file_count()
        );
    }
    if errors > 0 || (args.deny_warnings && warnings > 0) {
        Err(Failure::found(""))
    } else {
        Ok(())
    }
}
