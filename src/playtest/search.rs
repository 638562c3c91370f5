//! The best total a player can reach: exhaustive search over every choice, every answer
//! of every field, and every random outcome (best luck), when the graph is small enough.
//!
//! Each pending state is lean (node, variables, points): no decision log, no visited set,
//! so memory grows with the states explored, not with their square, and both the states
//! expanded and the states pending are bounded.

use std::collections::HashMap;

use crate::engine::{Action, Chance, State, available_choices, step, total_for};
use crate::scenario::compile::{FieldRef, Logic, Scenario};
use crate::scenario::expr::Val;
use crate::scenario::lint::graph::best_gains;
use crate::scenario::model::Node;

use super::agent::sample;

/// Picks scripted outcomes; past the script it picks the first drawable one and records
/// how many there were, so the caller can branch there.
#[derive(Clone)]
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

/// A state as the search keeps it: the engine's `State` with no log and no visited set
/// (the engine keeps neither when they start empty).
pub(super) fn lean(st: &State) -> State {
    State {
        node: st.node,
        vars: st.vars.clone(),
        points: st.points.clone(),
        pending: st.pending.clone(),
        visited: Vec::new(),
        steps: 0,
        log: Vec::new(),
        ending: st.ending,
    }
}

/// Every state `action` can lead to, over all random outcomes; each keeps the log of
/// this step (the choice and the draws), which the caller keeps or drops.
pub(super) fn all_outcomes(s: &Scenario, st: &State, action: &Action) -> Vec<State> {
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

/// Candidate actions at the current node, and whether they cover every way of scoring and
/// of changing variables there (false: the search settles for a best found, never a proof).
pub(super) fn candidates(s: &Scenario, st: &State) -> (Vec<Action>, bool) {
    match &s.logic[st.node] {
        Logic::Decision { .. } => (
            available_choices(s, st)
                .into_iter()
                .map(Action::Choose)
                .collect(),
            true,
        ),
        Logic::Form { fields, .. } => {
            let Node::Form(form) = s.node(st.node) else {
                return (Vec::new(), false);
            };
            // per field: each answer's sample, and a blank (scores nothing); a field that
            // stores its entry offers every option, and free text stored is not covered
            let mut complete = true;
            let per_field: Vec<Vec<String>> = fields
                .iter()
                .map(|f| {
                    let mut v: Vec<String> =
                        f.answers.iter().map(|(m, _)| sample(m, &st.vars)).collect();
                    if f.store.is_some() {
                        match &f.options {
                            Some(opts) => v.extend(opts.iter().cloned()),
                            None => complete = false,
                        }
                    }
                    v.push(String::new());
                    v.dedup();
                    v
                })
                .collect();
            let combos: usize = per_field
                .iter()
                .map(|v| v.len())
                .try_fold(1usize, |a, b| a.checked_mul(b))
                .unwrap_or(usize::MAX);
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
                complete = false;
                out.push(Action::Submit(
                    form.fields
                        .iter()
                        .zip(&per_field)
                        .map(|(d, o)| (d.id.clone(), o[0].clone()))
                        .collect(),
                ));
            }
            (out, complete)
        }
        Logic::Check {
            key,
            drawn,
            markable,
            on_miss,
            false_alarm,
            ..
        } => {
            // points are linear in hits and false alarms, so the extremes cover every
            // competency's best: all hits, all but one (the way `on_miss` goes), none;
            // with no false alarm or all of them when a false alarm scores anything.
            // The key is this attempt's (a parametric check draws its discrepancies).
            let key = s.check_key(key, drawn, &st.vars);
            let mut hits: Vec<&[FieldRef]> = vec![&key, &[]];
            if on_miss.is_some() && key.len() > 1 {
                hits.insert(1, &key[..key.len() - 1]);
            }
            let others: Vec<FieldRef> = markable
                .iter()
                .copied()
                .filter(|m| !key.contains(m))
                .collect();
            let mut alarms: Vec<&[FieldRef]> = vec![&[]];
            if false_alarm.iter().any(|d| d.1 > 0) && !others.is_empty() {
                alarms.push(&others);
            }
            let mut out = Vec::new();
            for h in &hits {
                for a in &alarms {
                    out.push(Action::Mark(
                        h.iter().chain(a.iter()).map(|r| s.field_name(*r)).collect(),
                    ));
                }
            }
            (out, true)
        }
        // a reply that meets every automatic item, and an empty one; a written answer is
        // free text, so no finite set of replies covers it (not complete)
        Logic::Compose { .. } => {
            let Node::Compose(c) = s.node(st.node) else {
                return (Vec::new(), false);
            };
            let good = crate::scenario::rubric::model_reply(&c.rubric, &|n| {
                crate::engine::value_text(s, &st.vars, n)
            });
            (
                vec![Action::Write(good), Action::Write(String::new())],
                false,
            )
        }
        _ => (Vec::new(), true),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Best {
    pub total: u32,
    /// True when the search proved no path scores more (every path explored or bounded).
    pub exhaustive: bool,
}

/// Explored point sets per position: node, variables, and the examiner points waiting
/// (a different denominator, so sets with different waiting points do not compare).
type Seen = HashMap<(usize, Vec<Val>, Vec<i64>), Vec<Vec<i64>>>;

/// Whether `points` is no better than a set already explored from the same position:
/// the same node and variables with at least as many points in every competency.
fn dominated(seen: &mut Seen, st: &State) -> bool {
    let fronts = seen
        .entry((st.node, st.vars.clone(), st.pending.clone()))
        .or_default();
    if fronts
        .iter()
        .any(|f| f.iter().zip(&st.points).all(|(a, b)| a >= b))
    {
        return true;
    }
    fronts.retain(|f| !f.iter().zip(&st.points).all(|(a, b)| a <= b));
    fronts.push(st.points.clone());
    false
}

/// States waiting to be explored beyond this many: the search settles for the best found.
pub(super) const MAX_PENDING: usize = 100_000;

/// Depth-first over every reachable state, best-looking actions first, pruning states
/// that are dominated or that cannot beat the best found (when the graph is acyclic, an
/// upper bound per node is known). Gives up after `budget` expansions, or when more than
/// `MAX_PENDING` states wait.
pub fn best_total(s: &Scenario, start: &State, budget: usize) -> Best {
    let bound = best_gains(s);
    let examiner = examiner_points(s);
    let potential = |st: &State| -> u32 {
        match &bound {
            Some(b) => {
                let pts: Vec<i64> = st
                    .points
                    .iter()
                    .zip(&b[st.node])
                    .map(|(p, g)| p + g)
                    .collect();
                let waiting: Vec<i64> = st
                    .pending
                    .iter()
                    .zip(&examiner)
                    .map(|(p, e)| p + e)
                    .collect();
                upper_total(s, &pts, &waiting)
            }
            None => 100,
        }
    };
    let mut best = 0;
    let mut seen: Seen = HashMap::new();
    let mut stack = vec![lean(start)];
    let mut expansions = 0;
    let mut covered = true;
    while let Some(st) = stack.pop() {
        if st.ending.is_some() {
            best = best.max(total_for(s, &st.points, &st.pending));
            continue;
        }
        if potential(&st) <= best || dominated(&mut seen, &st) {
            continue;
        }
        expansions += 1;
        if expansions > budget || stack.len() > MAX_PENDING {
            return Best {
                total: best,
                exhaustive: false,
            };
        }
        // pushed in reverse, so the first candidate (the first answers, the answer key)
        // is explored first and a good total is found early
        let (actions, complete) = candidates(s, &st);
        covered &= complete;
        for a in actions.iter().rev() {
            stack.extend(all_outcomes(s, &st, a).into_iter().map(|mut n| {
                n.log.clear();
                n
            }));
        }
    }
    Best {
        total: best,
        exhaustive: covered,
    }
}

/// Every examiner item's points per competency, over the whole scenario: the most that
/// can still come to wait for a person from any state.
fn examiner_points(s: &Scenario) -> Vec<i64> {
    let mut out = vec![0i64; s.competencies.len()];
    for (i, logic) in s.logic.iter().enumerate() {
        let (Logic::Compose { items, .. }, Node::Compose(c)) = (logic, s.node(i)) else {
            continue;
        };
        for (deltas, item) in items.iter().zip(&c.rubric) {
            if item.examiner {
                for &(k, d) in deltas {
                    out[k] = out[k].saturating_add(d.max(0));
                }
            }
        }
    }
    out
}

/// An upper bound of the provisional total of any path on from here: `points` bounds the
/// points still to be judged and `waiting` the examiner points that may wait (more waiting
/// only shrinks a competency's denominator). A competency with nothing left to judge counts
/// as full marks, which never lowers a weighted mean of shares of at most 1.
fn upper_total(s: &Scenario, points: &[i64], waiting: &[i64]) -> u32 {
    crate::engine::weighted_total(s, |c, info| {
        let judged = i64::from(info.max.max(1)) - waiting.get(c).copied().unwrap_or(0);
        let share = if judged <= 0 {
            1.0
        } else {
            points.get(c).copied().unwrap_or(0).clamp(0, judged) as f64 / judged as f64
        };
        (share, f64::from(info.weight))
    })
}
