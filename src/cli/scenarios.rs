//! `tradesim scenarios`: what can be played, grouped as the menu groups it.

use unicode_width::UnicodeWidthStr;

use super::{Cli, Outcome, catalog, library, pick_locale};
use crate::safe_text::clean;
use crate::scenario::load::parse_scenario;
use crate::scenario::model::ScenarioFile;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Language of the titles (en-US, zh-CN); default from LC_ALL/LANG.
    #[arg(long)]
    pub locale: Option<String>,
}

fn pad(s: &str, width: usize) -> String {
    let w = s.width();
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

pub fn exec(cli: &Cli, args: &Args) -> Outcome {
    let locale = pick_locale(args.locale.as_deref());
    let lib = library(cli)?;
    let mut rows: Vec<(ScenarioFile, String, bool)> = Vec::new();
    let mut problems = Vec::new();
    for (files, shadows) in lib.list() {
        match parse_scenario(&files.ron) {
            Ok(f) => {
                let cat = catalog(files, &locale)?;
                let title = cat.text(&f.title);
                rows.push((f, title, shadows));
            }
            Err(d) => problems.push(format!("{}:{}:{}: {}", d.file, d.line, d.col, d.message)),
        }
    }
    rows.sort_by_key(|(f, ..)| {
        (
            !f.starts_here(),
            f.domains.first().copied(),
            f.difficulty,
            f.id.clone(),
        )
    });
    let ui = crate::i18n::Catalog::new(&locale, &[&crate::scenario::library::ui_sources()])
        .map_err(super::Failure::input)?;
    let cells: Vec<[String; 5]> = rows
        .iter()
        .map(|(f, title, shadows)| {
            let domains = f
                .domains
                .iter()
                .map(|d| ui.text(&format!("ui-domain-{}", d.key())))
                .collect::<Vec<_>>()
                .join(", ");
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("minutes", f.minutes);
            let title = if *shadows {
                format!("{title} {}", ui.text("ui-shadows"))
            } else {
                title.clone()
            };
            // cleaned before the widths are measured: a stand-in is one column
            [
                f.id.clone(),
                domains,
                ui.text(&format!("ui-difficulty-{}", f.difficulty.key())),
                ui.text_with("ui-minutes", &args),
                title,
            ]
            .map(|c| clean(&c))
        })
        .collect();
    let header = [
        "ui-col-id",
        "ui-col-domain",
        "ui-col-difficulty",
        "ui-col-minutes",
        "ui-col-title",
    ]
    .map(|h| clean(&ui.text(h)));
    let widths: Vec<usize> = (0..5)
        .map(|c| {
            cells
                .iter()
                .map(|r| r[c].width())
                .chain([header[c].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |r: &[String; 5]| {
        (0..5)
            .map(|c| {
                if c == 4 {
                    r[c].clone()
                } else {
                    pad(&r[c], widths[c])
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
    };
    println!("{}", line(&header).trim_end());
    for r in &cells {
        println!("{}", line(r).trim_end());
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(super::Failure::input(problems.join("\n")))
    }
}
