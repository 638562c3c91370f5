//! `tradesim lint [PATH...]`: the authoring checks, drawn like a compiler's diagnostics,
//! as one line per problem for scripts, or as JSON for editors.

use std::path::PathBuf;

use super::{Cli, Failure, Format, Outcome};
use crate::author::lint::{Target, reading_order, warning_counts};
use crate::author::report::{Style, render_all, sources_of};

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
    /// Show errors only (warnings are still counted in the summary).
    #[arg(long, conflicts_with = "deny_warnings")]
    pub errors_only: bool,
    /// Papers of each parametric scenario to draw and check (default 300): every one must
    /// play, with its expected answers defined and no division by zero.
    #[arg(long, value_name = "N")]
    pub variants: Option<u64>,
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
    target.variants = args.variants;
    let found = target.lint();
    let errors = found.iter().filter(|d| d.is_error()).count();
    let warnings = found.len() - errors;
    let by_rule = warning_counts(&found);
    let diags: Vec<_> = reading_order(&found)
        .into_iter()
        .filter(|d| d.is_error() || !args.errors_only)
        .collect();
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
    let summary = summary(target.file_count(), errors, &by_rule, args.errors_only);
    if let Some(style) = style {
        let sources = sources_of(&target);
        let (errs, warns): (Vec<_>, Vec<_>) = diags.iter().cloned().partition(|d| d.is_error());
        print!("{}", render_all(&errs, &sources, style));
        for (rule, count) in &by_rule {
            let group: Vec<_> = warns.iter().filter(|d| d.code == *rule).cloned().collect();
            if !group.is_empty() {
                say!("── {count} warning(s) [{rule}] ──");
                print!("{}", render_all(&group, &sources, style));
            }
        }
        // after the findings, on the same stream, so it never lands in the middle of them
        for line in summary.lines() {
            say!("{line}");
        }
    } else if args.format == Format::Short {
        // the one-line-per-problem format stays pure for scripts
        eprintln!("{summary}");
    }
    if errors > 0 || (args.deny_warnings && warnings > 0) {
        Err(Failure::found(""))
    } else {
        Ok(())
    }
}

/// `lint: 3 file(s), 1 error(s), 5 warning(s)`, then a line per rule that warned (a line
/// each, so the summary fits any width).
fn summary(
    files: usize,
    errors: usize,
    by_rule: &[(crate::scenario::diagnostic::Rule, usize)],
    errors_only: bool,
) -> String {
    let warnings: usize = by_rule.iter().map(|(_, n)| n).sum();
    let mut s = format!("lint: {files} file(s), {errors} error(s), {warnings} warning(s)");
    if errors_only && warnings > 0 {
        s.push_str(" (warnings not shown: --errors-only)");
    }
    for (rule, n) in by_rule {
        s.push_str(&format!("\n  {rule}: {n}"));
    }
    s
}
