//! Parallel forms: is every variant of a parametric scenario the same paper? For each
//! variant, the expert path's total (or the best total a search finds), and the random
//! player's mean over many attempts at that variant; across variants, the spread of those
//! means, and the drawn values whose variants score apart from the rest. docs/assessment.md
//! says how to read it.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::engine::{Attempt, Variant, splitmix64};
use crate::scenario::compile::Scenario;
use crate::scenario::expr::Ty;

use super::agent::{Agent, Policy, play_from};
use super::expert::{ExpertPath, Stop, play_path};
use super::search::best_total;

const MAX_STEPS: usize = 10_000;
const SEARCH_BUDGET: usize = 200_000;
/// A drawn value is reported per value only when the draws take few values (a product, a
/// drawn discrepancy), not for a money range where each variant has its own.
const MAX_LEVELS: usize = 24;

/// Whether a param variable names a kind rather than an amount: a record's text or
/// message, a pick's flag. Amounts drawn from ranges spread over many values, each met by
/// a few variants, and would only show noise.
fn categorical(s: &Scenario, name: &str) -> bool {
    s.var_index(name)
        .is_some_and(|i| matches!(s.vars[i].ty, Ty::Text | Ty::Flag))
}

#[derive(Debug, Clone, Serialize)]
pub struct VariantRow {
    pub seed: u64,
    pub code: String,
    /// The expert path's total, or the searched best total without a path.
    pub top: u32,
    /// Whether the expert path (when given) reached an ending.
    pub ended: bool,
    pub random_mean: f64,
}

/// A drawn value and how its variants score against all variants.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    /// `name=value`
    pub value: String,
    pub variants: usize,
    pub random_mean: f64,
    /// Its variants' random mean minus the mean over all variants.
    pub effect: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct VariantsReport {
    pub scenario: String,
    pub variants: u64,
    pub runs_per_variant: u64,
    pub seed: u64,
    /// "expert path" or "searched best".
    pub top_method: &'static str,
    pub top_min: u32,
    pub top_max: u32,
    /// Variants where the top total is not 100 (or the path stopped short).
    pub short: Vec<VariantRow>,
    pub random_mean: f64,
    /// Population standard deviation of the per-variant random means.
    pub random_sd: f64,
    pub random_min: f64,
    pub random_max: f64,
    /// The drawn values that move the random mean most, largest first.
    pub items: Vec<Item>,
    pub rows: Vec<VariantRow>,
}

fn mean(v: &[f64]) -> f64 {
    if v.is_empty() {
        0.0
    } else {
        v.iter().sum::<f64>() / v.len() as f64
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Variant `i` is the paper of seed `seed + i`; its random attempts take their events and
/// choices from seeds mixed from it, so the report is the same on any number of threads.
pub fn variants(
    s: &Scenario,
    count: u64,
    runs: u64,
    seed: u64,
    expert: Option<&ExpertPath>,
) -> VariantsReport {
    let rows: Vec<(VariantRow, Vec<(String, String)>)> = (0..count)
        .into_par_iter()
        .map(|i| {
            let vseed = seed.wrapping_add(i);
            let variant = Variant::draw(s, vseed);
            let totals: Vec<f64> = (0..runs)
                .map(|r| {
                    let run_seed = splitmix64(vseed ^ splitmix64(r));
                    let a = Attempt::with_variant(s, &variant, run_seed).0;
                    let mut agent = Agent::new(Policy::Random, run_seed);
                    f64::from(play_from(s, a, &mut agent, MAX_STEPS).score(s).total)
                })
                .collect();
            let (top, ended) = match expert {
                Some(p) => {
                    let run = play_path(s, p, vseed);
                    (run.total, matches!(run.stop, Stop::Ending(_)))
                }
                None => {
                    let start = Attempt::new(s, vseed).0;
                    (best_total(s, &start.state, SEARCH_BUDGET).total, true)
                }
            };
            (
                VariantRow {
                    seed: vseed,
                    code: variant.code(s),
                    top,
                    ended,
                    random_mean: mean(&totals),
                },
                variant.named(s),
            )
        })
        .collect();
    let means: Vec<f64> = rows.iter().map(|(r, _)| r.random_mean).collect();
    let overall = mean(&means);
    let sd = (means.iter().map(|m| (m - overall).powi(2)).sum::<f64>() / means.len().max(1) as f64)
        .sqrt();
    // per drawn value: the means of the variants that drew it
    let mut levels: BTreeMap<String, BTreeMap<String, Vec<usize>>> = BTreeMap::new();
    for (k, (_, named)) in rows.iter().enumerate() {
        for (name, value) in named.iter().filter(|(n, _)| categorical(s, n)) {
            levels
                .entry(name.clone())
                .or_default()
                .entry(value.clone())
                .or_default()
                .push(k);
        }
    }
    // a record's fields all split the variants the same way: one line per split
    let mut seen = std::collections::HashSet::new();
    let mut items: Vec<Item> = levels
        .into_iter()
        .filter(|(_, vals)| vals.len() > 1 && vals.len() <= MAX_LEVELS)
        .flat_map(|(name, vals)| vals.into_iter().map(move |(v, ks)| (name.clone(), v, ks)))
        // a pick's item is reported by the variants that drew it; the rest are its complement
        .filter(|(_, v, _)| v != "false")
        .filter(|(_, _, ks)| seen.insert(ks.clone()))
        .map(|(name, value, ks)| {
            let m = mean(
                &ks.iter()
                    .map(|&k| rows[k].0.random_mean)
                    .collect::<Vec<_>>(),
            );
            Item {
                value: format!("{name}={value}"),
                variants: ks.len(),
                random_mean: round1(m),
                effect: round1(m - overall),
            }
        })
        .collect();
    items.sort_by(|a, b| b.effect.abs().total_cmp(&a.effect.abs()));
    let rows: Vec<VariantRow> = rows.into_iter().map(|(r, _)| r).collect();
    VariantsReport {
        scenario: s.id().to_string(),
        variants: count,
        runs_per_variant: runs,
        seed,
        top_method: if expert.is_some() {
            "expert path"
        } else {
            "searched best"
        },
        top_min: rows.iter().map(|r| r.top).min().unwrap_or(0),
        top_max: rows.iter().map(|r| r.top).max().unwrap_or(0),
        short: rows
            .iter()
            .filter(|r| r.top < 100 || !r.ended)
            .cloned()
            .collect(),
        random_mean: round1(overall),
        random_sd: (sd * 100.0).round() / 100.0,
        random_min: round1(means.iter().copied().fold(f64::INFINITY, f64::min)),
        random_max: round1(means.iter().copied().fold(f64::NEG_INFINITY, f64::max)),
        items,
        rows,
    }
}

/// The report as a teacher reads it.
pub fn text(r: &VariantsReport) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "playtest {} --variants {}: {} random attempts per variant, variants from seed {}",
        r.scenario, r.variants, r.runs_per_variant, r.seed
    );
    let _ = writeln!(
        out,
        "{} total: min {} / max {}; {} of {} variants below 100{}",
        r.top_method,
        r.top_min,
        r.top_max,
        r.short.len(),
        r.variants,
        if r.short.is_empty() { "" } else { ":" }
    );
    for row in r.short.iter().take(10) {
        let _ = writeln!(
            out,
            "  seed {} ({}): {}{}",
            row.seed,
            row.code,
            row.top,
            if row.ended {
                ""
            } else {
                ", stopped before an ending"
            }
        );
    }
    let _ = writeln!(
        out,
        "random player, mean per variant: mean {:.1}, standard deviation {:.2}, min {:.1}, max {:.1}",
        r.random_mean, r.random_sd, r.random_min, r.random_max
    );
    if r.items.is_empty() {
        let _ = writeln!(out, "drawn values: none with few enough values to compare");
    } else {
        let _ = writeln!(
            out,
            "drawn values that move the random mean most (value, variants, mean, difference):"
        );
        for it in r.items.iter().take(12) {
            let _ = writeln!(
                out,
                "  {:<36} {:>6} {:>6.1} {:>+6.1}",
                it.value, it.variants, it.random_mean, it.effect
            );
        }
    }
    out
}
