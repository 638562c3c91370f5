//! Graph rules: unreachable nodes, dead ends (no way forward, or no way to any ending),
//! loops that trap an attempt (no ending reachable: an error) and loops that nothing ends
//! (no condition the loop itself changes: a warning, since a player can go round forever).

use super::super::compile::{Logic, Scenario};
use super::super::diagnostic::{Diagnostic, Reporter};
use super::super::expr::{AssignOp, Expr, Statement, Val, eval};
use super::super::load::SourceFile;
use super::super::source::{Seg, SourceMap};
use crate::scenario::diagnostic::Rule;

/// Where each node can go next.
pub fn successors(s: &Scenario, i: usize) -> Vec<usize> {
    match &s.logic[i] {
        Logic::Decision { choices } => choices.iter().map(|c| c.goto).collect(),
        Logic::Form { goto, .. } | Logic::Compose { goto, .. } => vec![*goto],
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
    let at = |i: usize| {
        let sp = map.locate(&[Seg::Field("nodes"), Seg::Index(i), Seg::Field("id")]);
        (sp.start, sp.end)
    };
    let trapped = loops(s, &reach, &to_end, &mut |i, l| {
        report_loop(&mut r, s, at(i), l)
    });
    for i in 0..n {
        if reach[i] && !no_way_out(s, i) && (to_end[i] || trapped[i]) {
            continue;
        }
        let at = at(i);
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
        } else if !to_end[i] && !trapped[i] {
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

/// A loop found by `loops`: its nodes in file order.
pub enum Loop {
    /// No ending can be reached from it.
    Trap(Vec<usize>),
    /// No condition on a way round it reads a variable the loop changes.
    Endless(Vec<usize>),
}

fn report_loop(r: &mut Reporter, s: &Scenario, at: (usize, usize), l: Loop) {
    // "node `a` loops back to itself" / "nodes `a`, `b` and 3 more form a loop"
    let subject = |nodes: &[usize]| {
        let mut v: Vec<String> = nodes
            .iter()
            .take(6)
            .map(|&i| format!("`{}`", s.node(i).id()))
            .collect();
        if nodes.len() > 6 {
            v.push(format!("{} more", nodes.len() - 6));
        }
        match v.len() {
            1 => format!("node {} loops back to itself", v[0]),
            _ => {
                let last = v.pop().unwrap_or_default();
                format!("nodes {} and {last} form a loop", v.join(", "))
            }
        }
    };
    match l {
        Loop::Trap(nodes) => r.error(
            Rule::TrapCycle,
            at,
            format!(
                "{} with no way to any ending: an attempt that enters it never ends",
                subject(&nodes)
            ),
            Some("give one of its nodes a way out to an ending".into()),
        ),
        Loop::Endless(nodes) => r.warn(
            Rule::EndlessLoop,
            at,
            format!(
                "{}, and no condition can end it: a player can go round until the attempt \
                 is stopped after {} moves",
                subject(&nodes),
                crate::scenario::MAX_MOVES
            ),
            Some(
                "give a way round the loop a `condition` on a variable the loop changes \
                 (e.g. a count of rounds), or lead it to an ending"
                    .into(),
            ),
        ),
    }
}

/// One way out of a node: where it leads, under what condition, and what it changes.
struct Way<'s> {
    to: usize,
    condition: Option<&'s Expr>,
    effects: &'s [Statement],
    /// Variables a form stores its entries in.
    stores: Vec<usize>,
}

fn ways(s: &Scenario, i: usize) -> Vec<Way<'_>> {
    fn plain(to: usize, effects: &[Statement]) -> Way<'_> {
        Way {
            to,
            condition: None,
            effects,
            stores: Vec::new(),
        }
    }
    match &s.logic[i] {
        Logic::Decision { choices } => choices
            .iter()
            .map(|c| Way {
                to: c.goto,
                condition: c.condition.as_ref(),
                effects: &c.effects,
                stores: Vec::new(),
            })
            .collect(),
        Logic::Random { outcomes } => outcomes
            .iter()
            .map(|o| Way {
                to: o.goto,
                condition: o.condition.as_ref(),
                effects: &o.effects,
                stores: Vec::new(),
            })
            .collect(),
        Logic::Form {
            fields,
            effects,
            goto,
        } => vec![Way {
            stores: fields.iter().filter_map(|f| f.store).collect(),
            ..plain(*goto, effects)
        }],
        Logic::Check {
            effects,
            goto,
            on_miss,
            ..
        } => std::iter::once(plain(*goto, effects))
            .chain(on_miss.map(|m| plain(m, effects)))
            .collect(),
        Logic::Compose { effects, goto, .. } => vec![plain(*goto, effects)],
        Logic::Ending { .. } => Vec::new(),
    }
}

/// Report every reachable loop that traps an attempt or that nothing ends, at its first
/// node in file order; returns which nodes are in a trap.
pub fn loops(
    s: &Scenario,
    reach: &[bool],
    to_end: &[bool],
    report: &mut dyn FnMut(usize, Loop),
) -> Vec<bool> {
    let n = s.logic.len();
    let mut trapped = vec![false; n];
    let all =
        |i: usize| -> Vec<usize> { successors(s, i).into_iter().filter(|&j| j < n).collect() };
    for comp in cycles(n, &|i| reach[i], &all) {
        if !to_end[comp[0]] {
            comp.iter().for_each(|&i| trapped[i] = true);
            report(comp[0], Loop::Trap(comp));
            continue;
        }
        let mut inside = vec![false; n];
        comp.iter().for_each(|&i| inside[i] = true);
        let change = loop_changes(s, &comp, &inside);
        // ways round that a condition can close; what is left loops freely
        let free = |i: usize| -> Vec<usize> {
            ways(s, i)
                .into_iter()
                .filter(|w| inside[w.to])
                .filter(|w| !w.condition.is_some_and(|c| change.can_close(c)))
                .map(|w| w.to)
                .collect()
        };
        for endless in cycles(n, &|i| inside[i], &free) {
            report(endless[0], Loop::Endless(endless));
        }
    }
    trapped
}

/// What going round a loop does to the variables.
struct LoopChanges {
    /// Changed by counting (`+=`, `-=`), from other values, or by the player's entries:
    /// a condition on these may close a way round after some rounds.
    progress: Vec<bool>,
    /// The fixed values the loop may set each variable to (empty: it sets none).
    fixed: Vec<Vec<Val>>,
    initial: Vec<Val>,
}

/// Past this many combinations of fixed values, a condition is given the benefit of the doubt.
const MAX_COMBINATIONS: usize = 256;

impl LoopChanges {
    /// Whether the condition can stop a player going round: it reads a variable the loop
    /// counts, or it is false whichever of the loop's fixed values its variables hold.
    fn can_close(&self, c: &Expr) -> bool {
        let mut read = Vec::new();
        c.vars(&mut read);
        read.sort_unstable();
        read.dedup();
        if read.iter().any(|&v| self.progress[v]) {
            return true;
        }
        let set: Vec<usize> = read
            .into_iter()
            .filter(|&v| !self.fixed[v].is_empty())
            .collect();
        if set.is_empty() {
            return false;
        }
        let combos = set
            .iter()
            .try_fold(1usize, |n, &v| n.checked_mul(self.fixed[v].len()))
            .unwrap_or(usize::MAX);
        if combos > MAX_COMBINATIONS {
            return true;
        }
        let mut vals = self.initial.clone();
        (0..combos).all(|mut k| {
            for &v in &set {
                let opts = &self.fixed[v];
                vals[v] = opts[k % opts.len()].clone();
                k /= opts.len();
            }
            !eval(c, &vals).as_flag()
        })
    }
}

fn loop_changes(s: &Scenario, comp: &[usize], inside: &[bool]) -> LoopChanges {
    let nv = s.vars.len();
    let mut c = LoopChanges {
        progress: vec![false; nv],
        fixed: vec![Vec::new(); nv],
        initial: s.vars.iter().map(|v| v.initial.clone()).collect(),
    };
    for &i in comp {
        for w in ways(s, i).iter().filter(|w| inside[w.to]) {
            w.stores.iter().for_each(|&v| c.progress[v] = true);
            for e in w.effects {
                let constant = match (&e.op, &e.value) {
                    (AssignOp::Set, Expr::Int(x)) => Some(Val::Int(*x)),
                    (AssignOp::Set, Expr::Flag(x)) => Some(Val::Flag(*x)),
                    (AssignOp::Set, Expr::Text(x)) => Some(Val::Text(x.clone())),
                    _ => None,
                };
                match constant {
                    Some(x) if !c.fixed[e.var].contains(&x) => c.fixed[e.var].push(x),
                    Some(_) => {}
                    None => c.progress[e.var] = true,
                }
            }
        }
    }
    c
}

/// The strongly connected parts of the graph over the nodes `keep` admits that hold a
/// cycle (two nodes or more, or one with a way to itself), each sorted, in file order.
/// Tarjan's algorithm, iterative: authored graphs can be thousands of nodes deep.
fn cycles(
    n: usize,
    keep: &dyn Fn(usize) -> bool,
    next: &dyn Fn(usize) -> Vec<usize>,
) -> Vec<Vec<usize>> {
    let mut t = Tarjan {
        index: vec![usize::MAX; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        counter: 0,
        work: Vec::new(),
    };
    let mut out = Vec::new();
    let admitted = |v: usize| -> Vec<usize> { next(v).into_iter().filter(|&j| keep(j)).collect() };
    for root in (0..n).filter(|&i| keep(i)) {
        if t.index[root] != usize::MAX {
            continue;
        }
        t.enter(root, admitted(root));
        while let Some((v, rest)) = t.work.last_mut() {
            let v = *v;
            if let Some(w) = rest.pop() {
                if t.index[w] == usize::MAX {
                    t.enter(w, admitted(w));
                } else if t.on_stack[w] {
                    t.low[v] = t.low[v].min(t.index[w]);
                }
                continue;
            }
            t.work.pop();
            if let Some(&(parent, _)) = t.work.last() {
                t.low[parent] = t.low[parent].min(t.low[v]);
            }
            if t.low[v] == t.index[v] {
                let mut comp = Vec::new();
                while let Some(w) = t.stack.pop() {
                    t.on_stack[w] = false;
                    comp.push(w);
                    if w == v {
                        break;
                    }
                }
                if comp.len() > 1 || admitted(v).contains(&v) {
                    comp.sort_unstable();
                    out.push(comp);
                }
            }
        }
    }
    out.sort();
    out
}

struct Tarjan {
    index: Vec<usize>,
    low: Vec<usize>,
    on_stack: Vec<bool>,
    stack: Vec<usize>,
    counter: usize,
    /// The depth-first path: each node with the successors it has yet to visit.
    work: Vec<(usize, Vec<usize>)>,
}

impl Tarjan {
    fn enter(&mut self, v: usize, next: Vec<usize>) {
        self.index[v] = self.counter;
        self.low[v] = self.counter;
        self.counter += 1;
        self.stack.push(v);
        self.on_stack[v] = true;
        self.work.push((v, next));
    }
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
            Logic::Compose { items, goto, .. } => {
                vec![(*goto, items.iter().map(|d| positive(d, c).max(0)).sum())]
            }
            Logic::Check {
                markable,
                key,
                drawn,
                hit,
                false_alarm,
                goto,
                on_miss,
                ..
            } => {
                let keyed = (key.len() + s.drawn_count(drawn)).min(markable.len());
                let g = positive(hit, c).max(0) * keyed as i64
                    + positive(false_alarm, c).max(0) * (markable.len() - keyed) as i64;
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
