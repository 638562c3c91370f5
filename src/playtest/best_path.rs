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

/// A state waiting to be explored, and the move that led to it (an index into the moves).
struct Pending {
    state: State,
    came_by: Option<usize>,
}

/// The path from `start` that ends with the most points in competency `c`, searched
/// depth first with the per-node bound and the points already beaten at the same node and
/// variables pruning; None when no ending was reached. Settles for the best found after
/// `budget` expansions or `MAX_PENDING` waiting states (`exhaustive` is then false).
pub fn best_in(s: &Scenario, start: &State, c: usize, budget: usize) -> Option<BestPath> {
    let bound = best_gains(s);
    // (parent move, move): the tree of moves explored, so a path is kept once per move
    let mut moves: Vec<(Option<usize>, Move)> = Vec::new();
    let mut seen: HashMap<(usize, Vec<Val>), i64> = HashMap::new();
    let mut best: Option<(i64, Option<usize>)> = None;
    let mut stack = vec![Pending {
        state: lean(start),
        came_by: None,
    }];
    let mut expansions = 0;
    let mut exhaustive = true;
    while let Some(Pending { state: st, came_by }) = stack.pop() {
        let here = st.points[c];
        if st.ending.is_some() {
            if best.is_none_or(|(b, _)| here > b) {
                best = Some((here, came_by));
            }
            continue;
        }
        let can = bound.as_ref().map(|b| here.saturating_add(b[st.node][c]));
        if let (Some((b, _)), Some(can)) = (best, can)
            && can <= b
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
        // pushed in reverse, so the first candidate is explored first
        for a in actions.iter().rev() {
            for mut next in all_outcomes(s, &st, a).into_iter().rev() {
                moves.push((
                    came_by,
                    Move {
                        node: st.node,
                        action: a.clone(),
                        log: std::mem::take(&mut next.log),
                    },
                ));
                stack.push(Pending {
                    state: next,
                    came_by: Some(moves.len() - 1),
                });
            }
        }
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
