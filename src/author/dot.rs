//! The node graph in Graphviz DOT: `tradesim graph tutorial --format dot | dot -Tsvg`.
//! Shape per kind; endings double-bordered, green for pass and red for fail; unreachable
//! nodes grey and dashed; dead ends with a thick red border; conditional edges dashed.

use std::fmt::Write as _;

use super::graph::{EdgeKind, GraphNode, Kind, NodeGraph};

const PASS_FILL: &str = "#d4f7d4";
const PASS_LINE: &str = "#2e7d32";
const FAIL_FILL: &str = "#fde0e0";
const FAIL_LINE: &str = "#c62828";
const GREY: &str = "#888888";

/// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

fn shape(kind: Kind) -> &'static str {
    match kind {
        Kind::Decision => "diamond",
        Kind::Form | Kind::Compose => "box",
        Kind::Check => "note",
        Kind::Random => "hexagon",
        Kind::Ending { .. } => "ellipse",
    }
}

fn node_attrs(n: &GraphNode) -> String {
    let mut label = format!("{}\n({})", n.id, n.kind.label());
    if let Some(p) = n.problem() {
        label.push_str(&format!("\n{}", p.to_uppercase()));
    }
    let mut attrs = vec![
        format!("label={}", quote(&label)),
        format!("shape={}", shape(n.kind)),
    ];
    if let Kind::Ending { pass } = n.kind {
        let (fill, line) = if pass {
            (PASS_FILL, PASS_LINE)
        } else {
            (FAIL_FILL, FAIL_LINE)
        };
        attrs.push("peripheries=2".into());
        attrs.push(format!("fillcolor={}", quote(fill)));
        attrs.push(format!("color={}", quote(line)));
    }
    if n.unreachable {
        attrs.push("style=\"filled,dashed\"".into());
        attrs.push(format!("color={}", quote(GREY)));
        attrs.push(format!("fontcolor={}", quote(GREY)));
    } else if n.dead_end {
        attrs.push(format!("color={}", quote(FAIL_LINE)));
        attrs.push("penwidth=3".into());
    }
    if n.start {
        attrs.push("penwidth=2".into());
    }
    attrs.join(", ")
}

pub fn render(g: &NodeGraph) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "digraph {} {{", quote(&g.scenario));
    let _ = writeln!(
        out,
        "    graph [label={}, labelloc=t, fontname=\"Helvetica\", rankdir=TB];",
        quote(&format!("{}: {}", g.scenario, g.title))
    );
    let _ = writeln!(
        out,
        "    node [fontname=\"Helvetica\", fontsize=11, style=filled, fillcolor=\"white\"];"
    );
    let _ = writeln!(out, "    edge [fontname=\"Helvetica\", fontsize=9];");
    let _ = writeln!(out, "    start [shape=point, width=0.15, label=\"\"];");
    for (i, n) in g.nodes.iter().enumerate() {
        let _ = writeln!(out, "    n{i} [{}];", node_attrs(n));
    }
    if let Some(s) = g.nodes.iter().position(|n| n.start) {
        let _ = writeln!(out, "    start -> n{s};");
    }
    for e in &g.edges {
        let mut attrs = Vec::new();
        if !e.label.is_empty() {
            attrs.push(format!("label={}", quote(&e.label)));
        }
        match e.kind {
            EdgeKind::Normal => {}
            EdgeKind::Conditional => attrs.push("style=dashed".into()),
            EdgeKind::Miss => {
                attrs.push(format!("color={}", quote(FAIL_LINE)));
                attrs.push(format!("fontcolor={}", quote(FAIL_LINE)));
            }
        }
        let attrs = if attrs.is_empty() {
            String::new()
        } else {
            format!(" [{}]", attrs.join(", "))
        };
        let _ = writeln!(out, "    n{} -> n{}{attrs};", e.from, e.to);
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_what_dot_needs_quoted() {
        assert_eq!(quote(r#"say "hi" \o/"#), r#""say \"hi\" \\o/""#);
        assert_eq!(quote("a\nb"), r#""a\nb""#);
    }
}
