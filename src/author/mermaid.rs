//! The node graph as a Mermaid flowchart, for Markdown that GitHub, GitLab and many
//! wikis draw as a picture. Same marks as the DOT output: shape per kind, endings as
//! double circles coloured by pass/fail, unreachable nodes dashed, dead ends outlined red.

use std::fmt::Write as _;

use super::graph::{EdgeKind, GraphNode, Kind, NodeGraph};

/// Text for inside a Mermaid `"..."` label: quotes and markup-like characters as entity
/// codes, so no author's text can end the label early or turn into HTML.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '|' => out.push_str("#124;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn node(i: usize, n: &GraphNode) -> String {
    let mut label = format!("{}<br/>{}", escape(&n.id), n.kind.label());
    if let Some(p) = n.problem() {
        label.push_str(&format!("<br/>{}", p.to_uppercase()));
    }
    let (open, close) = match n.kind {
        Kind::Decision => ("{", "}"),
        Kind::Form | Kind::Compose => ("[", "]"),
        Kind::Check => ("[/", "/]"),
        Kind::Random => ("{{", "}}"),
        Kind::Ending { .. } => ("(((", ")))"),
    };
    format!("n{i}{open}\"{label}\"{close}")
}

pub fn render(g: &NodeGraph) -> String {
    let mut out = String::new();
    out.push_str("flowchart TD\n");
    let _ = writeln!(out, "    %% {}: {}", g.scenario, g.title.replace('\n', " "));
    out.push_str("    start((\"start\"))\n");
    for (i, n) in g.nodes.iter().enumerate() {
        let _ = writeln!(out, "    {}", node(i, n));
    }
    // edge numbers, for linkStyle: the start arrow is link 0
    let mut miss_links = Vec::new();
    let mut link = 0;
    if let Some(s) = g.nodes.iter().position(|n| n.start) {
        let _ = writeln!(out, "    start --> n{s}");
        link += 1;
    }
    for e in &g.edges {
        let arrow = match e.kind {
            EdgeKind::Conditional => "-.->",
            _ => "-->",
        };
        if e.kind == EdgeKind::Miss {
            miss_links.push(link.to_string());
        }
        if e.label.is_empty() {
            let _ = writeln!(out, "    n{} {arrow} n{}", e.from, e.to);
        } else {
            let _ = writeln!(
                out,
                "    n{} {arrow}|\"{}\"| n{}",
                e.from,
                escape(&e.label),
                e.to
            );
        }
        link += 1;
    }
    out.push_str("    classDef pass fill:#d4f7d4,stroke:#2e7d32\n");
    out.push_str("    classDef fail fill:#fde0e0,stroke:#c62828\n");
    out.push_str(
        "    classDef unreachable fill:#eeeeee,stroke:#888888,stroke-dasharray:5 5,color:#888888\n",
    );
    out.push_str("    classDef deadend stroke:#c62828,stroke-width:3px\n");
    let class = |name: &str, pick: &dyn Fn(&GraphNode) -> bool, out: &mut String| {
        let ids: Vec<String> = g
            .nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| pick(n))
            .map(|(i, _)| format!("n{i}"))
            .collect();
        if !ids.is_empty() {
            let _ = writeln!(out, "    class {} {name}", ids.join(","));
        }
    };
    class("pass", &|n| n.kind == Kind::Ending { pass: true }, &mut out);
    class(
        "fail",
        &|n| n.kind == Kind::Ending { pass: false },
        &mut out,
    );
    class("unreachable", &|n| n.unreachable, &mut out);
    class("deadend", &|n| n.dead_end && !n.unreachable, &mut out);
    if !miss_links.is_empty() {
        let _ = writeln!(
            out,
            "    linkStyle {} stroke:#c62828,color:#c62828",
            miss_links.join(",")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_label_breakers() {
        assert_eq!(
            escape(r#"a "b" <c> #1 | d"#),
            "a #quot;b#quot; #lt;c#gt; #35;1 #124; d"
        );
    }
}
