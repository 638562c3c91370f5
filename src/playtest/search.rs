//! The best total a player can reach: exhaustive search over every choice, every answer
//! of every field, and every random outcome (best luck), when the graph is small enough.

use std::collections::HashSet;

use crate::engine::{Action, Chance, State, available_choices, score, step};
use crate::scenario::compile::{Logic, Scenario};
use crate::scenario::model::Node;

use super::agent::sample;

/// Picks scripted outcomes; past the script it picks the first drawable one and records
/// how many there were, so the caller can branch there.
struct Script {
    prefix: Vec<usize>,
    pos: usize,
    unscripted: Option<usize>,
}

impl Chance for Script {
    fn pick(&mut self, weights: &[u64]) -> usize {
        let drawable: Vec<usize> = (0..weights.len()).filter(|&i| weights[i] > 0).collect();
        let k = if self.pos < self.prefix.len() {
            self.prefix[self.pos]
        } else {
            if self.unscripted.is_none() {
                self.unscripted = Some(drawable.len());
            }
            0
        };
        self.pos += 1;
        drawable.get(k).copied().unwrap_or(0)
    }
}

/// Every state `action` can lead to, over all random outcomes.
fn all_outcomes(s: &Scenario, st: &State, action: &Action) -> Vec<State> {
    let mut out = Vec::new();
    let mut stack: Vec<Vec<usize>> = vec![Vec::new()];
    while let Some(prefix) = stack.pop() {
        let mut script = Script {
            prefix: prefix.clone(),
            pos: 0,
            unscripted: None,
        };
        let mut next = st.clone();
        if step(s, &mut next, &mut script, action.clone()).is_err() {
            continue;
        }
        match script.unscripted {
            None => out.push(next),
            Some(n) => {
                for k in 0..n {
                    let mut p = prefix.clone();
                    p.push(k);
                    stack.push(p);
                }
            }
        }
    }
    out
}

/// Candidate actions at the current node.
fn candidates(s: &Scenario, st: &State) -> Vec<Action> {
    match &s.logic[st.node] {
        Logic::Decision { .. } => available_choices(s, st)
            .into_iter()
            .map(Action::Choose)
            .collect(),
        Logic::Form { fields, .. } => {
            let Node::Form(form) = s.node(st.node) else {
                return Vec::new();
            };
            // per field: each answer's sample, and a blank (scores nothing)
            let per_field: Vec<Vec<String>> = fields
                .iter()
                .map(|f| {
                    let mut v: Vec<String> =
                        f.answers.iter().map(|(m, _)| sample(m, &st.vars)).collect();
                    v.push(String::new());
                    v
                })
                .collect();
            let combos: usize = per_field.iter().map(|v| v.len()).product();
            let mut out = Vec::new();
            if combos <= 64 {
                for mut k in 0..combos {
                    let mut entries = Vec::new();
                    for (decl, opts) in form.fields.iter().zip(&per_field) {
                        entries.push((decl.id.clone(), opts[k % opts.len()].clone()));
                        k /= opts.len();
                    }
                    out.push(Action::Submit(entries));
                }
            } else {
                out.push(Action::Submit(
                    form.fields
                        .iter()
                        .zip(&per_field)
                        .map(|(d, o)| (d.id.clone(), o[0].clone()))
                        .collect(),
                ));
            }
            out
        }
        Logic::Check { key, .. } => vec![
            Action::Mark(key.iter().map(|r| s.field_name(*r)).collect()),
            Action::Mark(Vec::new()),
        ],
        _ => Vec::new(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Best {
    pub total: u32,
    /// True when every path was explored within the budget.
    pub exhaustive: bool,
}

/// Depth-first over every reachable state, up to `budget` expansions.
pub fn best_total(s: &Scenario, start: &State, budget: usize) -> Best {
    let mut best = 0;
    let mut seen: HashSet<(usize, Vec<crate::scenario::expr::Val>, Vec<i64>)> = HashSet::new();
    let mut stack = vec![start.clone()];
    let mut expansions = 0;
    while let Some(st) = stack.pop() {
        if st.ending.is_some() {
            best = best.max(score(s, &st).total);
            continue;
        }
        if !seen.insert((st.node, st.vars.clone(), st.points.clone())) {
            continue;
        }
        expansions += 1;
        if expansions > budget {
            return Best {
                total: best,
                exhaustive: false,
            };
        }
        for a in candidates(s, &st) {
            stack.extend(all_outcomes(s, &st, &a));
        }
    }
    Best {
        total: best,
        exhaustive: true,
    }
}
