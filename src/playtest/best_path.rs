//! The most points of one competency a real path collects, and that path: what lint needs
//! to say a `max` is wrong. The search plays the engine itself, so conditions, variables
//! and random outcomes (every outcome that can be drawn: the best luck) hold on the path it
//! returns; a teacher can follow it with `play --outcome`.

use std::collections::HashMap;

use crate::engine::{Action, Entry, LogEntry, State};
use crate::scenario::compile::Scenario;
use crate::scenario::expr::Val;
use crate::scenario::lint::graph::best_gains;

use super::search::{MAX_PENDING, all_outcomes, candidates, lean};

/// Steps of a path a message shows: a teacher follows a path by hand, and a generated
/// scenario's path can be thousands of steps long.
const SHOWN: usize = 60;

/// One move of a path: the node, the action taken there and the draws it led to.
#[derive(Debug, Clone, PartialEq)]
pub struct Move {
    pub node: usize,
    pub action: Action,
    pub log: Vec<LogEntry>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BestPath {
    /// Raw points of the competency at the ending, before the `max` caps them.
    pub points: i64,
    pub path: Vec<Move>,
    /// True when every path was searched: no path collects more.
    pub exhaustive: bool,
}

impl BestPath {
    /// The path as `NODE: ACTION` steps (as expert path files write them), with each
    /// random outcome as `NODE=N` (as `play --outcome` takes it, 1 the first).
    pub fn describe(&self, s: &Scenario) -> String {
        let mut parts = Vec::new();
        for m in &self.path {
            parts.push(format!("{}: {}", s.node(m.node).id(), m.action));
            for e in &m.log {
                if let Entry::Drew { outcome } = e.entry {
                    parts.push(format!("{}={}", s.node(e.node).id(), outcome + 1));
                }
            }
        }
        if parts.len() > SHOWN {
            let more = parts.len() - SHOWN;
            parts.truncate(SHOWN);
            parts.push(format!("... ({more} more steps)"));
        }
        parts.join(" > ")
    }
}

/// A state waiting to be explored, the move that led to it and where that move starts
/// (an index into the moves kept).
struct Pending {
    state: State,
    by: Option<(Option<usize>, Move)>,
}

/// The path from `start` that ends with the most points in competency `c`, searched
/// depth first, the most promising state first (the per-node bound), pruning states that
/// cannot beat the best found and states no better than one already explored at the same
/// node and variables; None when no ending was reached. Settles for the best found after
/// `budget` expansions or `MAX_PENDING` waiting states (`exhaustive` is then false).
pub fn best_in(s: &Scenario, start: &State, c: usize, budget: usize) -> Option<BestPath> {
    let bound = best_gains(s);
    let can = |st: &State| {
        let here = st.points[c];
        match &bound {
            Some(b) => here.saturating_add(b[st.node][c]),
            None => here,
        }
    };
    // (parent move, move) of every state expanded or ended: a path is kept once per move
    let mut moves: Vec<(Option<usize>, Move)> = Vec::new();
    let mut keep = |by: Option<(Option<usize>, Move)>| {
        by.map(|m| {
            moves.push(m);
            moves.len() - 1
        })
    };
    let mut seen: HashMap<(usize, Vec<Val>), i64> = HashMap::new();
    let mut best: Option<(i64, Option<usize>)> = None;
    let mut stack = vec![Pending {
        state: lean(start),
        by: None,
    }];
    let mut expansions = 0;
    let mut exhaustive = true;
    while let Some(Pending { state: st, by }) = stack.pop() {
        let here = st.points[c];
        if st.ending.is_some() {
            if best.is_none_or(|(b, _)| here > b) {
                best = Some((here, keep(by)));
            }
            continue;
        }
        if bound.is_some()
            && let Some((b, _)) = best
            && can(&st) <= b
        {
            continue;
        }
        match seen.get_mut(&(st.node, st.vars.clone())) {
            Some(p) if *p >= here => continue,
            Some(p) => *p = here,
            None => {
                seen.insert((st.node, st.vars.clone()), here);
            }
        }
        expansions += 1;
        if expansions > budget || stack.len() > MAX_PENDING {
            exhaustive = false;
            break;
        }
        let (actions, complete) = candidates(s, &st);
        exhaustive &= complete;
        let came_by = keep(by);
        // every next state, the first candidate's first outcome first; pushed so that the
        // most promising is popped first, and among equals the first
        let mut next: Vec<Pending> = Vec::new();
        for a in &actions {
            // all_outcomes lists the last outcome first
            for mut n in all_outcomes(s, &st, a).into_iter().rev() {
                let m = Move {
                    node: st.node,
                    action: a.clone(),
                    log: std::mem::take(&mut n.log),
                };
                next.push(Pending {
                    state: n,
                    by: Some((came_by, m)),
                });
            }
        }
        next.reverse();
        next.sort_by_key(|p| can(&p.state));
        stack.extend(next);
    }
    let (points, mut at) = best?;
    let mut path = Vec::new();
    while let Some(i) = at {
        let (parent, m) = &moves[i];
        path.push(m.clone());
        at = *parent;
    }
    path.reverse();
    Some(BestPath {
        points,
        path,
        exhaustive,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Attempt, step};

    fn shipped(id: &str) -> Scenario {
        let lib = crate::scenario::library::Library::shipped();
        crate::scenario::compile::compile(&lib.get(id).unwrap().ron)
            .0
            .unwrap()
    }

    /// Playing the returned path in the engine, with its draws forced, ends with the
    /// points it claims: the path is real, whatever the search pruned.
    #[test]
    fn the_path_replays_to_its_points() {
        for id in [
            "tutorial",
            "sourcing",
            "customs",
            "logistics",
            "payment",
            "capstone",
            "pricing",
        ] {
            let s = shipped(id);
            let (a, _) = Attempt::new(&s, 0);
            for c in 0..s.competencies.len() {
                let b = best_in(&s, &a.state, c, 200_000).unwrap();
                let mut st = lean(&a.state);
                for m in &b.path {
                    assert_eq!(st.node, m.node, "{id}");
                    let draws: Vec<usize> = m
                        .log
                        .iter()
                        .filter_map(|e| match e.entry {
                            Entry::Drew { outcome } => Some(outcome),
                            _ => None,
                        })
                        .collect();
                    let mut forced = Forced(draws.into_iter());
                    step(&s, &mut st, &mut forced, m.action.clone()).unwrap();
                }
                assert!(st.ending.is_some(), "{id}: the path ends");
                assert_eq!(st.points[c], b.points, "{id} competency {c}");
            }
        }
    }

    /// Draws the given outcomes, by their index among all outcomes.
    #[derive(Clone)]
    struct Forced(std::vec::IntoIter<usize>);

    impl crate::engine::Chance for Forced {
        fn pick(&mut self, weights: &[u64]) -> usize {
            let k = self.0.next().unwrap();
            assert!(weights[k] > 0, "a drawable outcome");
            k
        }
    }
}
