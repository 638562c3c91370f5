//! Graph rules: unreachable nodes, dead ends (no way forward, or no way to any ending).

use super::super::compile::{Logic, Scenario};
use super::super::diagnostic::{Diagnostic, Reporter};
use super::super::load::SourceFile;
use super::super::source::{Seg, SourceMap};

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

pub fn check(s: &Scenario, src: &SourceFile) -> Vec<Diagnostic> {
    let map = SourceMap::new(&src.text);
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
                "unreachable",
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
                "dead-end",
                at,
                format!("node `{id}` is not an ending but has no way forward"),
                Some("add a choice, or make it an `Ending`".into()),
            );
        } else if !to_end[i] {
            r.warn(
                "dead-end",
                at,
                format!("from node `{id}` no ending can ever be reached"),
                Some("a loop with no exit: give one of its nodes a way to an ending".into()),
            );
        }
    }
    r.out
}
