//! The node graph of a scenario as plain data: what `graph` draws, in any notation.
//! Reachability and dead ends come from lint's own graph rules, so the picture and the
//! warnings always agree.

use unicode_width::UnicodeWidthChar;

use crate::scenario::compile::{Logic, Scenario};
use crate::scenario::lint::graph::{dead_ends, reachable};

/// How long an edge's choice text may get before it is cut with `…` (in terminal columns).
pub const EDGE_TEXT_WIDTH: usize = 28;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Decision,
    Form,
    Check,
    Compose,
    Random,
    Ending { pass: bool },
}

impl Kind {
    /// The word shown under the node id.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Decision => "decision",
            Kind::Form => "form",
            Kind::Compose => "compose",
            Kind::Check => "check",
            Kind::Random => "random",
            Kind::Ending { pass: true } => "ending: pass",
            Kind::Ending { pass: false } => "ending: fail",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphNode {
    pub id: String,
    pub kind: Kind,
    pub start: bool,
    pub unreachable: bool,
    pub dead_end: bool,
}

impl GraphNode {
    /// The extra line that flags a problem, if any.
    pub fn problem(&self) -> Option<&'static str> {
        if self.unreachable {
            Some("unreachable")
        } else if self.dead_end {
            Some("dead end")
        } else {
            None
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EdgeKind {
    /// A choice, a form's or a check's way on, an outcome.
    Normal,
    /// A choice or outcome offered only while its condition holds.
    Conditional,
    /// A document check's `on_miss`.
    Miss,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphEdge {
    pub from: usize,
    pub to: usize,
    pub label: String,
    pub kind: EdgeKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeGraph {
    pub scenario: String,
    pub title: String,
    pub nodes: Vec<GraphNode>,
    pub edges: Vec<GraphEdge>,
}

/// `text` cut to `width` columns, with `…` when cut; line breaks become spaces.
pub fn truncate(text: &str, width: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut used = 0;
    let mut out = String::new();
    for c in flat.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width.saturating_sub(1) {
            // cut only if what is left does not fit in the last column
            let rest: usize = flat[out.len()..]
                .chars()
                .map(|c| c.width().unwrap_or(0))
                .sum();
            if used + rest <= width {
                return flat;
            }
            let kept = out.trim_end().len();
            out.truncate(kept);
            out.push('…');
            return out;
        }
        used += w;
        out.push(c);
    }
    out
}

impl NodeGraph {
    /// Build the graph of a compiled scenario; `text` gives the en-US text of a message id
    /// (edges show the start of each choice's text).
    pub fn build(s: &Scenario, text: impl Fn(&str) -> String) -> NodeGraph {
        let reach = reachable(s);
        let dead = dead_ends(s);
        let nodes = (0..s.logic.len())
            .map(|i| GraphNode {
                id: s.node(i).id().to_string(),
                kind: match &s.logic[i] {
                    Logic::Decision { .. } => Kind::Decision,
                    Logic::Form { .. } => Kind::Form,
                    Logic::Check { .. } => Kind::Check,
                    Logic::Compose { .. } => Kind::Compose,
                    Logic::Random { .. } => Kind::Random,
                    Logic::Ending { pass } => Kind::Ending { pass: *pass },
                },
                start: i == s.start,
                unreachable: !reach[i],
                dead_end: dead[i],
            })
            .collect();
        let mut edges = Vec::new();
        let mut edge = |from: usize, to: usize, label: String, kind: EdgeKind| {
            edges.push(GraphEdge {
                from,
                to,
                label,
                kind,
            });
        };
        for (i, logic) in s.logic.iter().enumerate() {
            match (logic, s.node(i)) {
                (Logic::Decision { choices }, crate::scenario::model::Node::Decision(d)) => {
                    for (j, c) in choices.iter().enumerate() {
                        let words = d.choices.get(j).map(|m| text(&m.text)).unwrap_or_default();
                        let label = truncate(&format!("{} {words}", j + 1), EDGE_TEXT_WIDTH);
                        let kind = if c.condition.is_some() {
                            EdgeKind::Conditional
                        } else {
                            EdgeKind::Normal
                        };
                        edge(i, c.goto, label, kind);
                    }
                }
                (Logic::Form { goto, .. } | Logic::Compose { goto, .. }, _) => {
                    edge(i, *goto, String::new(), EdgeKind::Normal)
                }
                (Logic::Check { goto, on_miss, .. }, _) => {
                    edge(i, *goto, String::new(), EdgeKind::Normal);
                    if let Some(m) = on_miss {
                        edge(i, *m, "miss".into(), EdgeKind::Miss);
                    }
                }
                (Logic::Random { outcomes }, _) => {
                    for o in outcomes {
                        let kind = if o.condition.is_some() {
                            EdgeKind::Conditional
                        } else {
                            EdgeKind::Normal
                        };
                        edge(i, o.goto, format!("weight {}", o.weight), kind);
                    }
                }
                _ => {}
            }
        }
        NodeGraph {
            scenario: s.id().to_string(),
            title: text(&s.file.title),
            nodes,
            edges,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_by_columns() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("exactly ten", 11), "exactly ten");
        assert_eq!(truncate("a much longer text", 8), "a much…");
        // CJK characters take two columns each
        assert_eq!(truncate("一二三四五六", 7), "一二三…");
        assert_eq!(truncate("two\n  lines", 20), "two lines");
    }
}
