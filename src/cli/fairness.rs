//! The fairness parts of `tradesim playtest`: test-wise players beside the random one
//! (`--policy`), and expert paths played by node over many seeds (`--expert`).

use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use super::playtest::Args;
use super::{Failure, Outcome, catalog, pick_locale};
use crate::i18n::Locale;
use crate::playtest::Report;
use crate::playtest::expert::{ExpertPath, parse_path, play_seeds};
use crate::playtest::testwise::{Figures, Player, figures};
use crate::scenario::compile::Scenario;
use crate::scenario::library::ScenarioFiles;
use crate::scenario::lint::fairness::{LongestFigure, longest_figure};
use crate::scenario::load::read_source;

/// Seeds below 100 listed one per line before the rest are only counted.
const SHOWN_SEEDS: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PlayerArg {
    Random,
    Longest,
    Shortest,
}

#[derive(Debug, Serialize)]
pub struct Players {
    pub locale: Locale,
    /// The random player first, then the requested test-wise ones.
    pub players: Vec<Figures>,
    /// Decisions with a single best option in which that option is the longest.
    pub best_is_longest: LongestFigure,
}

/// The players `--policy` asked for, or None when it was not given.
pub fn players(
    files: &ScenarioFiles,
    s: &Scenario,
    r: &Report,
    args: &Args,
) -> Result<Option<Players>, Failure> {
    if args.policy.is_empty() {
        return Ok(None);
    }
    let locale = pick_locale(args.locale.as_deref());
    let cat = catalog(files, &locale)?;
    // the random player is the report's own, not played twice
    let mut out = vec![Figures {
        player: Player::Random.name(),
        locale: locale.clone(),
        runs: r.runs,
        mean_total: r.total.mean,
        passes: r.passes,
    }];
    for (arg, player) in [
        (PlayerArg::Longest, Player::Longest),
        (PlayerArg::Shortest, Player::Shortest),
    ] {
        if args.policy.contains(&arg) {
            out.push(figures(s, &cat, player, args.runs, args.seed));
        }
    }
    Ok(Some(Players {
        best_is_longest: longest_figure(s, &cat),
        locale,
        players: out,
    }))
}

pub fn players_text(p: &Players) -> String {
    let mut out = String::new();
    let runs = p.players.first().map_or(0, |f| f.runs);
    let _ = writeln!(
        out,
        "players in {} ({runs} attempts each; mean total, pass rate):",
        p.locale
    );
    let random = &p.players[0];
    for f in &p.players {
        let _ = write!(
            out,
            "  {:<9} {:>5.1}  {:>5.1}%",
            f.player,
            f.mean_total,
            f.pass_rate()
        );
        if f.player != random.player {
            let _ = write!(
                out,
                "  ({:+.1} points, {:+.1} pp against random)",
                f.mean_total - random.mean_total,
                f.pass_rate() - random.pass_rate()
            );
        }
        out.push('\n');
    }
    let b = p.best_is_longest;
    let _ = writeln!(
        out,
        "best option is the longest: {} of {} decisions with a single best option ({:.0}%, target <= 40%)",
        b.longest,
        b.decisions,
        b.percent()
    );
    out
}

/// `--expert FILE`: the by-node path on --runs seeds; exit 1 when a seed falls short of
/// 100 or meets a node the path lacks.
/// An expert path file, read and checked against the scenario's nodes.
pub fn expert_path(s: &Scenario, path: &Path) -> Result<(String, ExpertPath), Failure> {
    let src = read_source(path).map_err(Failure::input)?;
    let p = parse_path(&src.text).map_err(|e| Failure::input(format!("{}:{e}", src.path)))?;
    if let Some((line, id)) = p.unknown_nodes(s).first() {
        return Err(Failure::input(format!(
            "{}:{line}:1: scenario `{}` has no node `{id}`",
            src.path,
            s.id()
        )));
    }
    Ok((src.path, p))
}

/// `playtest --variants N`: parallel forms, one row per variant (docs/assessment.md).
pub fn variants(s: &Scenario, args: &Args, count: u64) -> Outcome {
    let path = match &args.expert {
        Some(p) => Some(expert_path(s, p)?.1),
        None => None,
    };
    let r = crate::playtest::variants::variants(s, count, args.runs, args.seed, path.as_ref());
    if args.json {
        say!("{}", serde_json::to_string_pretty(&r).unwrap_or_default());
    } else {
        print!(
            "{}",
            crate::safe_text::clean(&crate::playtest::variants::text(&r))
        );
    }
    Ok(())
}

pub fn expert(s: &Scenario, path: &Path, args: &Args) -> Outcome {
    let (shown, p) = expert_path(s, path)?;
    let sum = play_seeds(s, &p, args.seed, args.runs);
    println!(
        "expert path {} on {}: {} seeds from {}",
        shown,
        s.id(),
        sum.runs,
        args.seed
    );
    println!(
        "total (min / mean / max): {} / {:.1} / {}",
        sum.min, sum.mean, sum.max
    );
    if sum.short.is_empty() {
        println!("seeds below 100: none");
    } else {
        println!("seeds below 100: {}", sum.short.len());
        for r in sum.short.iter().take(SHOWN_SEEDS) {
            println!("  seed {}: total {}, {}", r.seed, r.total, r.stop);
        }
        if sum.short.len() > SHOWN_SEEDS {
            println!("  ... and {} more", sum.short.len() - SHOWN_SEEDS);
        }
    }
    if sum.missing.is_empty() {
        println!("nodes missing from the path: none");
    } else {
        let v: Vec<&str> = sum.missing.iter().map(String::as_str).collect();
        println!("nodes missing from the path: {}", v.join(", "));
    }
    for (line, id) in &sum.unused {
        println!("never met: line {line} (`{id}`)");
    }
    if sum.short.is_empty() && sum.missing.is_empty() {
        Ok(())
    } else {
        Err(Failure::found(""))
    }
}
