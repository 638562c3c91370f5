//! Many seeded random attempts, summarised: endings, unvisited nodes, score distributions.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::engine::{Attempt, score};
use crate::scenario::compile::Scenario;

use super::agent::{Agent, Policy, play_with};
use super::search::{Best, best_total};

/// A random attempt that takes more actions than this is reported as unfinished.
const MAX_STEPS: usize = 10_000;
/// States the best-total search may expand before it settles for the best run.
const SEARCH_BUDGET: usize = 200_000;

#[derive(Debug, Clone, Serialize)]
pub struct Distribution {
    pub min: u32,
    pub mean: f64,
    pub max: u32,
    /// Counts of totals in 0-9, 10-19, ..., 90-100.
    pub histogram: [u64; 10],
}

impl Distribution {
    fn from(values: &[u32]) -> Distribution {
        let mut histogram = [0u64; 10];
        for v in values {
            histogram[((*v / 10) as usize).min(9)] += 1;
        }
        let sum: u64 = values.iter().map(|v| *v as u64).sum();
        Distribution {
            min: values.iter().copied().min().unwrap_or(0),
            mean: if values.is_empty() {
                0.0
            } else {
                (sum as f64 / values.len() as f64 * 10.0).round() / 10.0
            },
            max: values.iter().copied().max().unwrap_or(0),
            histogram,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub scenario: String,
    pub runs: u64,
    pub seed: u64,
    /// Ending id -> attempts that reached it, in scenario order.
    pub endings: Vec<(String, u64)>,
    pub unfinished: u64,
    pub passes: u64,
    pub nodes_never_visited: Vec<String>,
    pub competencies: BTreeMap<String, Distribution>,
    pub total: Distribution,
    pub best_total: u32,
    /// "exhaustive" when every path was searched, else "best run".
    pub best_method: &'static str,
}

pub fn playtest(s: &Scenario, runs: u64, seed: u64) -> Report {
    let n = s.logic.len();
    let mut visited = vec![false; n];
    let mut ending_counts = vec![0u64; n];
    let mut totals = Vec::with_capacity(runs as usize);
    let mut per: Vec<Vec<u32>> = vec![Vec::with_capacity(runs as usize); s.competencies.len()];
    let (mut unfinished, mut passes) = (0, 0);
    for i in 0..runs {
        let run_seed = seed.wrapping_add(i);
        let mut agent = Agent::new(Policy::Random, run_seed);
        let a: Attempt = play_with(s, run_seed, &mut agent, MAX_STEPS);
        for (v, seen) in visited.iter_mut().zip(&a.state.visited) {
            *v |= *seen;
        }
        match a.state.ending {
            Some(e) => ending_counts[e] += 1,
            None => unfinished += 1,
        }
        let sc = score(s, &a.state);
        passes += sc.pass as u64;
        totals.push(sc.total);
        for (c, (_, pct)) in sc.competencies.iter().enumerate() {
            per[c].push(*pct);
        }
    }
    let (start_state, _) = Attempt::new(s, seed);
    let Best {
        total: searched,
        exhaustive,
    } = best_total(s, &start_state.state, SEARCH_BUDGET);
    let best_run = totals.iter().copied().max().unwrap_or(0);
    let endings = (0..n)
        .filter(|&i| matches!(s.logic[i], crate::scenario::compile::Logic::Ending { .. }))
        .map(|i| (s.node(i).id().to_string(), ending_counts[i]))
        .collect();
    Report {
        scenario: s.id().to_string(),
        runs,
        seed,
        endings,
        unfinished,
        passes,
        nodes_never_visited: (0..n)
            .filter(|&i| !visited[i])
            .map(|i| s.node(i).id().to_string())
            .collect(),
        competencies: s
            .competencies
            .iter()
            .zip(&per)
            .map(|(c, v)| (c.name.clone(), Distribution::from(v)))
            .collect(),
        total: Distribution::from(&totals),
        best_total: if exhaustive {
            searched
        } else {
            searched.max(best_run)
        },
        best_method: if exhaustive { "exhaustive" } else { "best run" },
    }
}
