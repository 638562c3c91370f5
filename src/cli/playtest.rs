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
    /// A session manifest (default: TRADESIM_SESSION): its candidates' seeds are refused.
    #[arg(long, value_name = "FILE")]
    pub session: Option<std::path::PathBuf>,
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
    let r = playtest(&s, args.runs, args.seed);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&r).unwrap_or_default());
        return Ok(());
    }
    println!(
        "playtest {}: {} random attempts from seed {}",
        r.scenario, r.runs, r.seed
    );
    println!("endings:");
    for (id, n) in &r.endings {
        println!(
            "  {id:<24} {n:>8}  {:5.1}%",
            *n as f64 * 100.0 / r.runs.max(1) as f64
        );
    }
    if r.unfinished > 0 {
        println!("  (unfinished)             {:>8}", r.unfinished);
    }
    println!(
        "passes: {} ({:.1}%)",
        r.passes,
        r.passes as f64 * 100.0 / r.runs.max(1) as f64
    );
    if r.nodes_never_visited.is_empty() {
        println!("nodes never visited: none");
    } else {
        println!("nodes never visited: {}", r.nodes_never_visited.join(", "));
    }
    println!("scores (min / mean / max):");
    for (c, d) in &r.competencies {
        println!("  {c:<16} {:>3} / {:>5.1} / {:>3}", d.min, d.mean, d.max);
    }
    println!(
        "  {:<16} {:>3} / {:>5.1} / {:>3}",
        "total", r.total.min, r.total.mean, r.total.max
    );
    println!("total histogram:");
    let peak = r.total.histogram.iter().copied().max().unwrap_or(0);
    for (i, n) in r.total.histogram.iter().enumerate() {
        let label = if i == 9 {
            "90-100".to_string()
        } else {
            format!("{}-{}", i * 10, i * 10 + 9)
        };
        println!("  {label:>6} {n:>8} {}", bar(*n, peak, 40));
    }
    println!("best total: {} ({})", r.best_total, r.best_method);
    Ok(())
}
