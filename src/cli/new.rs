//! `tradesim new <ID>`: scaffold a scenario a teacher can start editing at once.

use std::path::PathBuf;

use super::{Failure, Outcome, pick_locale};
use crate::author::Scaffold;
use crate::author::scaffold::shown;
use crate::i18n::Catalog;
use crate::scenario::library::{Library, ui_sources};
use crate::scenario::model::Domain;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The new scenario's id: lowercase letters, digits, `-` and `_` (e.g. `tea-export`).
    pub id: String,
    /// The trade area: sets the scenario's domain and the competencies it assesses.
    #[arg(long, value_enum, default_value = "customs")]
    pub domain: DomainArg,
    /// The project folder to write into; `scenarios/` and `locales/` are made as needed.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
    /// Language of this command's messages (en-US, zh-CN); default from LC_ALL/LANG.
    #[arg(long)]
    pub locale: Option<String>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum DomainArg {
    Sourcing,
    Ecommerce,
    Customs,
    Logistics,
    Payment,
    Capstone,
}

impl From<DomainArg> for Domain {
    fn from(d: DomainArg) -> Domain {
        match d {
            DomainArg::Sourcing => Domain::Sourcing,
            DomainArg::Ecommerce => Domain::Ecommerce,
            DomainArg::Customs => Domain::Customs,
            DomainArg::Logistics => Domain::Logistics,
            DomainArg::Payment => Domain::Payment,
            DomainArg::Capstone => Domain::Capstone,
        }
    }
}

pub fn exec(args: &Args) -> Outcome {
    let domain = Domain::from(args.domain);
    let scaffold = Scaffold::new(&args.id, domain).map_err(Failure::input)?;
    let written = scaffold.write(&args.dir).map_err(Failure::input)?;
    let locale = pick_locale(args.locale.as_deref());
    let ui = Catalog::new(&locale, &[&ui_sources()]).map_err(Failure::input)?;
    let t = |id: &str, pairs: &[(&str, String)]| {
        let mut a = fluent_bundle::FluentArgs::new();
        for (k, v) in pairs {
            a.set(*k, v.clone());
        }
        ui.text_with(id, &a)
    };
    let id = args.id.clone();
    let [ron, en, zh] = [0, 1, 2].map(|i| shown(&written[i]));
    let dir = shown(&args.dir);
    let lint_cmd = if dir.is_empty() {
        "tradesim lint".to_string()
    } else {
        format!("tradesim lint {dir}")
    };
    let width = [&ron, &en, &zh]
        .iter()
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(0);
    let row = |path: &str, what: &str| format!("  {path:<width$}  {what}");
    let mut lines = vec![
        t(
            "ui-new-created",
            &[
                ("id", id.clone()),
                ("domain", ui.text(&format!("ui-domain-{}", domain.key()))),
            ],
        ),
        row(&ron, &ui.text("ui-new-file-ron")),
        row(&en, &ui.text("ui-new-file-en")),
        row(&zh, &ui.text("ui-new-file-zh")),
        String::new(),
        ui.text("ui-new-next"),
        format!("  1. {}", t("ui-new-step-text", &[("file", en.clone())])),
        format!(
            "  2. {}",
            t("ui-new-step-structure", &[("file", ron.clone())])
        ),
        format!("  3. {}", t("ui-new-step-lint", &[("command", lint_cmd)])),
        format!(
            "  4. {}",
            t(
                "ui-new-step-run",
                &[(
                    "command",
                    format!("tradesim run {ron} --seed 1 --policy first")
                )]
            )
        ),
        format!(
            "  5. {}",
            t(
                "ui-new-step-graph",
                &[("command", format!("tradesim graph {ron} --format mermaid"))]
            )
        ),
        format!(
            "  6. {}",
            t("ui-new-step-translate", &[("file", zh.clone())])
        ),
        t(
            "ui-new-guide",
            &[("guide", "tradesim docs authoring".to_string())],
        ),
    ];
    if Library::shipped().get(&id).is_some() {
        lines.push(t("ui-new-shadows", &[("id", id)]));
    }
    say!("{}", lines.join("\n"));
    Ok(())
}
