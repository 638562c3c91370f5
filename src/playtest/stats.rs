//! Many seeded random attempts, summarised: endings, unvisited nodes, score distributions.

use std::collections::BTreeMap;

use rayon::prelude::*;
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

/// Attempts played by one task: big enough that scheduling costs nothing, small enough
/// that every core gets work.
const CHUNK: u64 = 256;

/// What a run of attempts adds up to, merged in run order whatever thread played them.
struct Tally {
    visited: Vec<bool>,
    ending_counts: Vec<u64>,
    unfinished: u64,
    passes: u64,
    totals: Vec<u32>,
    per: Vec<Vec<u32>>,
}

impl Tally {
    fn new(s: &Scenario, capacity: usize) -> Tally {
        Tally {
            visited: vec![false; s.logic.len()],
            ending_counts: vec![0; s.logic.len()],
            unfinished: 0,
            passes: 0,
            totals: Vec::with_capacity(capacity),
            per: vec![Vec::with_capacity(capacity); s.competencies.len()],
        }
    }

    fn add(&mut self, s: &Scenario, a: &Attempt) {
        for (v, seen) in self.visited.iter_mut().zip(&a.state.visited) {
            *v |= *seen;
        }
        match a.state.ending {
            Some(e) => self.ending_counts[e] += 1,
            None => self.unfinished += 1,
        }
        let sc = score(s, &a.state);
        self.passes += sc.pass as u64;
        self.totals.push(sc.total);
        for (c, (_, pct)) in sc.competencies.iter().enumerate() {
            self.per[c].push(*pct);
        }
    }

    fn merge(&mut self, other: Tally) {
        for (v, o) in self.visited.iter_mut().zip(other.visited) {
            *v |= o;
        }
        for (c, o) in self.ending_counts.iter_mut().zip(other.ending_counts) {
            *c += o;
        }
        self.unfinished += other.unfinished;
        self.passes += other.passes;
        self.totals.extend(other.totals);
        for (p, o) in self.per.iter_mut().zip(other.per) {
            p.extend(o);
        }
    }
}

/// The random player's mean total over `runs` attempts from `seed`: the mean total
/// `playtest` reports for the same runs and seed.
pub fn random_mean(s: &Scenario, runs: u64, seed: u64) -> f64 {
    Distribution::from(&tally(s, runs, seed).totals).mean
}

/// Attempt `i` plays from seed `seed + i` with its own agent, so which thread plays it
/// changes nothing: the tally is the same for any number of threads.
fn tally(s: &Scenario, runs: u64, seed: u64) -> Tally {
    let chunks: Vec<Tally> = (0..runs.div_ceil(CHUNK))
        .into_par_iter()
        .map(|c| {
            let range = c * CHUNK..((c + 1) * CHUNK).min(runs);
            let mut t = Tally::new(s, (range.end - range.start) as usize);
            for i in range {
                let run_seed = seed.wrapping_add(i);
                let mut agent = Agent::new(Policy::Random, run_seed);
                t.add(s, &play_with(s, run_seed, &mut agent, MAX_STEPS));
            }
            t
        })
        .collect();
    let mut all = Tally::new(s, runs as usize);
    for t in chunks {
        all.merge(t);
    }
    all
}

/// Many random attempts and the best-total search, as `tradesim playtest` reports them.
pub fn playtest(s: &Scenario, runs: u64, seed: u64) -> Report {
    let n = s.logic.len();
    let Tally {
        visited,
        ending_counts,
        unfinished,
        passes,
        totals,
        per,
    } = tally(s, runs, seed);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn report_with_threads(threads: usize, runs: u64, seed: u64) -> String {
        let lib = crate::scenario::library::Library::shipped();
        let s = crate::scenario::compile::compile(&lib.get("tutorial").unwrap().ron)
            .0
            .unwrap();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        let r = pool.install(|| playtest(&s, runs, seed));
        serde_json::to_string(&r).unwrap()
    }

    /// Lint's pool check quotes `random_mean`; a teacher checks it with `playtest`.
    #[test]
    fn the_random_mean_is_the_mean_playtest_reports() {
        let lib = crate::scenario::library::Library::shipped();
        let s = crate::scenario::compile::compile(&lib.get("tutorial").unwrap().ron)
            .0
            .unwrap();
        assert_eq!(random_mean(&s, 2000, 1), playtest(&s, 2000, 1).total.mean);
    }

    #[test]
    fn the_report_is_the_same_for_any_number_of_threads() {
        for (runs, seed) in [(1000, 1), (CHUNK * 3 + 7, 42), (1, 9)] {
            let one = report_with_threads(1, runs, seed);
            assert_eq!(one, report_with_threads(4, runs, seed), "runs {runs}");
            assert_eq!(one, report_with_threads(3, runs, seed), "runs {runs}");
        }
    }
}
