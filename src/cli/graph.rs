//! `tradesim graph <SCENARIO>`: the node graph as Graphviz DOT or Mermaid.

use super::{Cli, Outcome, catalog, open};
use crate::author::{NodeGraph, dot, mermaid};
use crate::scenario::expr::Val;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A scenario id, or a path to a .ron file.
    pub scenario: String,
    /// `dot` for Graphviz (`| dot -Tsvg > graph.svg`), `mermaid` for Markdown pages.
    #[arg(long, value_enum, default_value = "dot")]
    pub format: GraphFormat,
    /// Language of the choice texts on the edges.
    #[arg(long, default_value = "en-US")]
    pub locale: String,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum GraphFormat {
    Dot,
    Mermaid,
}

pub fn exec(cli: &Cli, args: &Args) -> Outcome {
    let (files, s) = open(cli, &args.scenario)?;
    let cat = catalog(&files, &super::pick_locale(Some(&args.locale)))?;
    let initial: Vec<Val> = s.vars.iter().map(|v| v.initial.clone()).collect();
    let g = NodeGraph::build(&s, |id| cat.scenario_text(id, &s, &initial));
    let out = match args.format {
        GraphFormat::Dot => dot::render(&g),
        GraphFormat::Mermaid => mermaid::render(&g),
    };
    print!("{}", crate::safe_text::clean(&out));
    Ok(())
}
