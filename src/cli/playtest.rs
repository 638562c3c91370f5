//! `tradesim playtest`: balance figures for a scenario from many random attempts.

use std::path::PathBuf;

use super::fairness::{self, PlayerArg};
use super::{Cli, Outcome, open};
use crate::playtest::playtest;

#[derive(clap::Args, Debug)]
pub struct Args {
    pub scenario: String,
    #[arg(long, default_value_t = 1000)]
    pub runs: u64,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    #[arg(long)]
    pub json: bool,
    /// A session manifest (default: TRADESIM_SESSION): its candidates' seeds are refused.
    #[arg(long, value_name = "FILE")]
    pub session: Option<PathBuf>,
    /// Also play test-wise players (`longest`, `shortest`: always the longest or shortest
    /// option text in the locale) and report them beside the random player.
    #[arg(long, value_enum, value_delimiter = ',')]
    pub policy: Vec<PlayerArg>,
    /// The locale whose option texts the test-wise players read.
    #[arg(long)]
    pub locale: Option<String>,
    /// Play this by-node expert path (`NODE_ID: ACTION` lines) on --runs seeds from --seed.
    #[arg(long, value_name = "FILE", conflicts_with = "policy")]
    pub expert: Option<PathBuf>,
    /// Parallel forms: draw N variants of a parametric scenario (from --seed) and play
    /// --runs random attempts at each, with --expert's path (or a search) for the top total.
    #[arg(long, value_name = "N", conflicts_with = "policy")]
    pub variants: Option<u64>,
}

fn bar(count: u64, max: u64, width: usize) -> String {
    let n = if max == 0 {
        0
    } else {
        (count as f64 / max as f64 * width as f64).round() as usize
    };
    "#".repeat(n)
}

pub fn exec(cli: &Cli, args: &Args) -> Outcome {
    let (files, s) = open(cli, &args.scenario)?;
    super::session::refuse_session_seeds(
        args.session.as_deref(),
        &files.id,
        args.seed..args.seed.saturating_add(args.runs),
    )?;
    if let Some(n) = args.variants {
        return fairness::variants(&s, args, n);
    }
    if let Some(path) = &args.expert {
        return fairness::expert(&s, path, args);
    }
    let r = playtest(&s, args.runs, args.seed);
    let players = fairness::players(&files, &s, &r, args)?;
    if args.json {
        let mut v = serde_json::to_value(&r).unwrap_or_default();
        if let Some(p) = &players {
            v["players"] = serde_json::to_value(p).unwrap_or_default();
        }
        say!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
        return Ok(());
    }
    say!(
        "playtest {}: {} random attempts from seed {}",
        r.scenario,
        r.runs,
        r.seed
    );
    say!("endings:");
    for (id, n) in &r.endings {
        say!(
            "  {id:<24} {n:>8}  {:5.1}%",
            *n as f64 * 100.0 / r.runs.max(1) as f64
        );
    }
    if r.unfinished > 0 {
        say!("  (unfinished)             {:>8}", r.unfinished);
    }
    say!(
        "passes: {} ({:.1}%)",
        r.passes,
        r.passes as f64 * 100.0 / r.runs.max(1) as f64
    );
    if r.nodes_never_visited.is_empty() {
        say!("nodes never visited: none");
    } else {
        say!("nodes never visited: {}", r.nodes_never_visited.join(", "));
    }
    say!("scores (min / mean / max):");
    for (c, d) in &r.competencies {
        say!("  {c:<16} {:>3} / {:>5.1} / {:>3}", d.min, d.mean, d.max);
    }
    say!(
        "  {:<16} {:>3} / {:>5.1} / {:>3}",
        "total",
        r.total.min,
        r.total.mean,
        r.total.max
    );
    say!("total histogram:");
    let peak = r.total.histogram.iter().copied().max().unwrap_or(0);
    for (i, n) in r.total.histogram.iter().enumerate() {
        let label = if i == 9 {
            "90-100".to_string()
        } else {
            format!("{}-{}", i * 10, i * 10 + 9)
        };
        say!("  {label:>6} {n:>8} {}", bar(*n, peak, 40));
    }
    say!("best total: {} ({})", r.best_total, r.best_method);
    if let Some(p) = &players {
        print!("{}", crate::safe_text::clean(&fairness::players_text(p)));
    }
    Ok(())
}
