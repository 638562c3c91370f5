//! Graph rules: unreachable nodes, dead ends (no way forward, or no way to any ending).

use super::super::compile::{Logic, Scenario};
use super::super::diagnostic::{Diagnostic, Reporter};
use super::super::load::SourceFile;
use super::super::source::{Seg, SourceMap};
use crate::scenario::diagnostic::Rule;

/// Where each node can go next.
pub fn successors(s: &Scenario, i: usize) -> Vec<usize> {
    match &s.logic[i] {
        Logic::Decision { choices } => choices.iter().map(|c| c.goto).collect(),
        Logic::Form { goto, .. } => vec![*goto],
        Logic::Check { goto, on_miss, .. } => std::iter::once(*goto).chain(*on_miss).collect(),
        Logic::Random { outcomes } => outcomes.iter().map(|o| o.goto).collect(),
        Logic::Ending { .. } => Vec::new(),
    }
}

/// Nodes reachable from the start, ignoring conditions.
pub fn reachable(s: &Scenario) -> Vec<bool> {
    let n = s.logic.len();
    let mut seen = vec![false; n];
    let mut stack = vec![s.start];
    while let Some(i) = stack.pop() {
        if i >= n || seen[i] {
            continue;
        }
        seen[i] = true;
        stack.extend(successors(s, i));
    }
    seen
}

/// Nodes from which some ending can be reached, ignoring conditions.
pub fn can_end(s: &Scenario) -> Vec<bool> {
    let n = s.logic.len();
    // a walk backwards from every ending
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    for i in 0..n {
        for j in successors(s, i) {
            if j < n {
                preds[j].push(i);
            }
        }
    }
    let mut to_end = vec![false; n];
    let mut stack: Vec<usize> = (0..n)
        .filter(|&i| matches!(s.logic[i], Logic::Ending { .. }))
        .collect();
    while let Some(i) = stack.pop() {
        if !to_end[i] {
            to_end[i] = true;
            stack.extend(preds[i].iter().copied().filter(|&p| !to_end[p]));
        }
    }
    to_end
}

/// A node that is not an ending yet offers no way forward at all.
pub fn no_way_out(s: &Scenario, i: usize) -> bool {
    match &s.logic[i] {
        Logic::Decision { choices } => choices.is_empty(),
        Logic::Random { outcomes } => outcomes.is_empty(),
        _ => false,
    }
}

/// Reachable nodes that are dead ends: no way forward, or no way to any ending.
pub fn dead_ends(s: &Scenario) -> Vec<bool> {
    let reach = reachable(s);
    let to_end = can_end(s);
    (0..s.logic.len())
        .map(|i| reach[i] && (no_way_out(s, i) || !to_end[i]))
        .collect()
}

pub fn check(s: &Scenario, src: &SourceFile, map: &SourceMap) -> Vec<Diagnostic> {
    let mut r = Reporter::new(&src.path, &src.text);
    let n = s.logic.len();
    let reach = reachable(s);
    let to_end = can_end(s);
    for i in 0..n {
        let at = {
            let sp = map.locate(&[Seg::Field("nodes"), Seg::Index(i), Seg::Field("id")]);
            (sp.start, sp.end)
        };
        let id = s.node(i).id();
        if !reach[i] {
            r.warn(
                Rule::Unreachable,
                at,
                format!(
                    "node `{id}` can never be reached from the start `{}`",
                    s.file.start
                ),
                Some("point a choice's `goto` at it, or delete it".into()),
            );
            continue;
        }
        if no_way_out(s, i) {
            r.warn(
                Rule::DeadEnd,
                at,
                format!("node `{id}` is not an ending but has no way forward"),
                Some("add a choice, or make it an `Ending`".into()),
            );
        } else if !to_end[i] {
            r.warn(
                Rule::DeadEnd,
                at,
                format!("from node `{id}` no ending can ever be reached"),
                Some("a loop with no exit: give one of its nodes a way to an ending".into()),
            );
        }
    }
    r.out
}

/// The most points any path from each node can still collect, per competency
/// (`[node][competency]`), ignoring conditions and taking the best luck: an upper bound.
/// None when the graph has a cycle, where no such bound exists.
pub fn best_gains(s: &Scenario) -> Option<Vec<Vec<i64>>> {
    let n = s.logic.len();
    let nc = s.competencies.len();
    let positive =
        |d: &[(usize, i64)], c: usize| d.iter().filter(|x| x.0 == c).map(|x| x.1).sum::<i64>();
    // (next node, points on the way) for each way out of node i
    let ways = |i: usize, c: usize| -> Vec<(usize, i64)> {
        match &s.logic[i] {
            Logic::Decision { choices } => choices
                .iter()
                .map(|ch| (ch.goto, positive(&ch.score, c)))
                .collect(),
            Logic::Random { outcomes } => outcomes
                .iter()
                .map(|o| (o.goto, positive(&o.score, c)))
                .collect(),
            Logic::Form { fields, goto, .. } => {
                let g = fields
                    .iter()
                    .map(|f| {
                        f.answers
                            .iter()
                            .map(|a| positive(&a.1, c))
                            .max()
                            .unwrap_or(0)
                            .max(0)
                    })
                    .sum();
                vec![(*goto, g)]
            }
            Logic::Check {
                markable,
                key,
                hit,
                false_alarm,
                goto,
                on_miss,
                ..
            } => {
                let g = positive(hit, c).max(0) * key.len() as i64
                    + positive(false_alarm, c).max(0) * (markable.len() - key.len()) as i64;
                std::iter::once((*goto, g))
                    .chain(on_miss.map(|m| (m, g)))
                    .collect()
            }
            Logic::Ending { .. } => Vec::new(),
        }
    };
    let order = topological(s)?;
    let mut best = vec![vec![0i64; nc]; n];
    for &i in &order {
        for c in 0..nc {
            best[i][c] = ways(i, c)
                .into_iter()
                .map(|(j, g)| g + best.get(j).map_or(0, |b| b[c]))
                .max()
                .unwrap_or(0);
        }
    }
    Some(best)
}

/// Nodes reachable from the start, each after all its successors; None on a cycle.
/// Iterative, because authored graphs can be thousands of nodes deep.
fn topological(s: &Scenario) -> Option<Vec<usize>> {
    let n = s.logic.len();
    let mut state = vec![0u8; n];
    let mut order = Vec::with_capacity(n);
    let mut stack: Vec<(usize, Vec<usize>)> = vec![(s.start, successors(s, s.start))];
    state[s.start] = 1;
    while let Some((node, rest)) = stack.last_mut() {
        match rest.pop() {
            Some(j) if j < n => match state[j] {
                0 => {
                    state[j] = 1;
                    let next = successors(s, j);
                    stack.push((j, next));
                }
                1 => return None,
                _ => {}
            },
            Some(_) => {}
            None => {
                state[*node] = 2;
                order.push(*node);
                stack.pop();
            }
        }
    }
    Some(order)
}
