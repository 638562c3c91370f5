//! `tradesim playtest`: balance figures for a scenario from many random attempts.

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
    let (_, s) = open(cli, &args.scenario)?;
    let r = playtest(&s, args.runs, args.seed);
    if args.json {
        say!("{}", serde_json::to_string_pretty(&r).unwrap_or_default());
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
    Ok(())
}
