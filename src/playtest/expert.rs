//! Expert paths played by node: `NODE_ID: ACTION` for every node the player can meet, so
//! the same file plays every seed (random events may add nodes or change the order; a fixed
//! list of actions would go out of step).
//!
//! ```text
//! # expert path, played by node
//! incoterm: choose 1
//! declare: submit hs=6704.20 mode=9710 value=48000
//! check: mark rail.gross_weight rail.consignee
//! ```
//!
//! In a parametric scenario the right entry differs per variant: `{name}` in a line stands
//! for a param's value in this attempt (`submit hs={product_hs}`), and `{pick}` alone in a
//! `mark` line for the fields the pick `pick` corrupted (`mark {faults}`).

use std::collections::{BTreeMap, BTreeSet};

use crate::engine::{Action, ActionParseError, Attempt, plain};
use crate::scenario::compile::Scenario;
use crate::scenario::expr::Val;

/// An expert path that loops longer than this is stopped and reported.
const MAX_STEPS: usize = 10_000;

/// The action for each node, with the 1-based line it is on.
#[derive(Debug, Clone, Default)]
pub struct ExpertPath {
    pub steps: BTreeMap<String, (usize, Action)>,
}

fn err(line: usize, col: usize, message: impl Into<String>) -> ActionParseError {
    ActionParseError {
        line,
        col,
        message: message.into(),
    }
}

/// Parse a by-node path; errors carry the 1-based line and column.
pub fn parse_path(text: &str) -> Result<ExpertPath, ActionParseError> {
    let mut path = ExpertPath::default();
    for (n, line) in text.lines().enumerate() {
        let body = line.trim_start();
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let indent = line.len() - body.len();
        let Some((node, action)) = body.split_once(':') else {
            return Err(err(
                n + 1,
                indent + 1,
                "expected `NODE_ID: ACTION`, e.g. `incoterm: choose 1`",
            ));
        };
        let node = node.trim();
        if node.is_empty()
            || !node
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
        {
            return Err(err(n + 1, indent + 1, format!("`{node}` is not a node id")));
        }
        // the action's columns count from its own start
        let at = line.len() - action.len();
        let act: Action = action.parse().map_err(|e: ActionParseError| {
            err(n + 1, line[..at].chars().count() + e.col, e.message)
        })?;
        if let Some((first, _)) = path.steps.insert(node.to_string(), (n + 1, act)) {
            return Err(err(
                n + 1,
                indent + 1,
                format!("node `{node}` is already on line {first}"),
            ));
        }
    }
    Ok(path)
}

impl ExpertPath {
    /// Lines naming a node the scenario does not have: (line, node id).
    pub fn unknown_nodes(&self, s: &Scenario) -> Vec<(usize, String)> {
        let mut v: Vec<(usize, String)> = self
            .steps
            .iter()
            .filter(|(id, _)| !s.node_index.contains_key(id.as_str()))
            .map(|(id, (line, _))| (*line, id.clone()))
            .collect();
        v.sort();
        v
    }
}

/// Why a by-node attempt stopped before an ending, if it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    Ending(String),
    /// The player met a node the path has no line for.
    Missing(String),
    Rejected {
        node: String,
        line: usize,
        action: String,
        reason: String,
    },
    TooLong,
}

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stop::Ending(e) => write!(f, "ending `{e}`"),
            Stop::Missing(n) => write!(f, "stopped at node `{n}`: the path has no line for it"),
            Stop::Rejected {
                node,
                line,
                action,
                reason,
            } => write!(f, "node `{node}`, line {line} (`{action}`): {reason}"),
            Stop::TooLong => write!(f, "no ending after {MAX_STEPS} actions"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct ExpertRun {
    pub seed: u64,
    pub total: u32,
    pub pass: bool,
    pub stop: Stop,
    /// The node ids met, in order (with repeats).
    pub met: Vec<String>,
}

/// `{name}` in each entry replaced by the param's value as typed; `{pick}` as a mark by
/// the fields the pick corrupted in this attempt.
pub fn resolve(s: &Scenario, vars: &[Val], action: &Action) -> Result<Action, String> {
    if s.params.is_empty() {
        return Ok(action.clone());
    }
    let fill = |text: &str| -> Result<String, String> {
        let mut out = String::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let Some(close) = rest[open..].find('}') else {
                return Err(format!("`{text}` opens `{{` and never closes it"));
            };
            let name = &rest[open + 1..open + close];
            let value = s
                .var_index(name)
                .filter(|&i| s.vars[i].param)
                .and_then(|i| vars.get(i))
                .ok_or_else(|| format!("`{{{name}}}`: the scenario has no param `{name}`"))?;
            out.push_str(&plain(value));
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        Ok(out)
    };
    Ok(match action {
        Action::Submit(entries) => Action::Submit(
            entries
                .iter()
                .map(|(k, v)| Ok((k.clone(), fill(v)?)))
                .collect::<Result<_, String>>()?,
        ),
        Action::Mark(names) => {
            let mut out = Vec::new();
            for n in names {
                let pick = n.strip_prefix('{').and_then(|x| x.strip_suffix('}'));
                match pick.filter(|p| s.faults.iter().any(|f| f.pick == *p)) {
                    Some(p) => out.extend(
                        s.faults
                            .iter()
                            .filter(|f| f.pick == p && vars.get(f.flag).is_some_and(Val::as_flag))
                            .map(|f| s.field_name(f.field)),
                    ),
                    None => out.push(fill(n)?),
                }
            }
            Action::Mark(out)
        }
        Action::Write(text) => Action::Write(fill(text)?),
        Action::Choose(i) => Action::Choose(*i),
    })
}

/// Play the path on one seed.
pub fn play_path(s: &Scenario, path: &ExpertPath, seed: u64) -> ExpertRun {
    let (mut a, _) = Attempt::new(s, seed);
    let mut met = Vec::new();
    let mut stop = Stop::TooLong;
    for _ in 0..MAX_STEPS {
        let id = s.node(a.state.node).id().to_string();
        if a.finished() {
            stop = Stop::Ending(id);
            break;
        }
        met.push(id.clone());
        let Some((line, action)) = path.steps.get(&id) else {
            stop = Stop::Missing(id);
            break;
        };
        let resolved = match resolve(s, &a.state.vars, action) {
            Ok(x) => x,
            Err(reason) => {
                stop = Stop::Rejected {
                    node: id,
                    line: *line,
                    action: action.to_string(),
                    reason,
                };
                break;
            }
        };
        if let Err(e) = a.act(s, resolved.clone()) {
            stop = Stop::Rejected {
                node: id,
                line: *line,
                action: resolved.to_string(),
                reason: e.to_string(),
            };
            break;
        }
    }
    let sc = a.score(s);
    ExpertRun {
        seed,
        total: sc.total,
        pass: sc.pass,
        stop,
        met,
    }
}

/// The path over many seeds.
#[derive(Debug, Clone)]
pub struct ExpertSummary {
    pub runs: u64,
    pub min: u32,
    pub mean: f64,
    pub max: u32,
    /// Every run that did not reach total 100 at an ending.
    pub short: Vec<ExpertRun>,
    /// Nodes met that the path has no line for.
    pub missing: BTreeSet<String>,
    /// Lines never used on any seed: (line, node).
    pub unused: Vec<(usize, String)>,
}

pub fn play_seeds(s: &Scenario, path: &ExpertPath, seed: u64, runs: u64) -> ExpertSummary {
    let mut totals = Vec::with_capacity(runs as usize);
    let mut short = Vec::new();
    let mut missing = BTreeSet::new();
    let mut used = BTreeSet::new();
    for i in 0..runs {
        let r = play_path(s, path, seed.wrapping_add(i));
        totals.push(r.total);
        used.extend(r.met.iter().cloned());
        if let Stop::Missing(n) = &r.stop {
            missing.insert(n.clone());
        }
        if r.total < 100 || !matches!(r.stop, Stop::Ending(_)) {
            short.push(r);
        }
    }
    let sum: u64 = totals.iter().map(|t| *t as u64).sum();
    ExpertSummary {
        runs,
        min: totals.iter().copied().min().unwrap_or(0),
        mean: (sum as f64 / runs.max(1) as f64 * 10.0).round() / 10.0,
        max: totals.iter().copied().max().unwrap_or(0),
        short,
        missing,
        unused: path
            .steps
            .iter()
            .filter(|(id, _)| !used.contains(*id))
            .map(|(id, (line, _))| (*line, id.clone()))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_name_a_node_and_an_action() {
        let p =
            parse_path("# x\n\nincoterm: choose 1  # FCA\ndeclare: submit hs=6704.20\n").unwrap();
        assert_eq!(p.steps["incoterm"], (3, Action::Choose(0)));
        assert_eq!(
            p.steps["declare"].1,
            Action::Submit(vec![("hs".into(), "6704.20".into())])
        );
    }

    #[test]
    fn errors_are_located() {
        let e = parse_path("choose 1\n").unwrap_err();
        assert_eq!((e.line, e.col), (1, 1));
        let e = parse_path("a: choose 1\nb: choose x\n").unwrap_err();
        assert_eq!((e.line, e.col), (2, 11));
        let e = parse_path("a: choose 1\na: choose 2\n").unwrap_err();
        assert!(e.message.contains("line 1"), "{e}");
    }
}
