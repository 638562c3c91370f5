//! `tradesim graph`: DOT that Graphviz accepts for every shipped scenario, Mermaid checked
//! by snapshot, and unreachable nodes and dead ends marked.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use tradesim::scenario::library::Library;

fn graph(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tradesim"))
        .arg("graph")
        .args(args)
        .env_remove("TRADESIM_SCENARIOS")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "graph {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn dot_available() -> bool {
    Command::new("dot")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Feed DOT to Graphviz; its error text if it does not parse.
fn dot_svg(dot: &str) -> Result<String, String> {
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .map_err(|e| e.to_string())?;
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    // Graphviz warns on stderr for layout matters; a syntax error fails the run
    if out.status.success() && !String::from_utf8_lossy(&out.stderr).contains("syntax error") {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

fn shipped_ids() -> Vec<String> {
    Library::shipped()
        .list()
        .into_iter()
        .map(|(f, _)| f.id.clone())
        .collect()
}

#[test]
fn dot_for_every_shipped_scenario_parses_with_graphviz() {
    let ids = shipped_ids();
    assert!(ids.iter().any(|i| i == "tutorial"), "{ids:?}");
    let dots: Vec<(String, String)> = ids
        .iter()
        .map(|id| (id.clone(), graph(&[id, "--format", "dot"])))
        .collect();
    if !dot_available() {
        println!(
            "NOTICE: Graphviz `dot` is not installed; DOT output not checked by Graphviz (.ci/run installs it)"
        );
        return;
    }
    for (id, dot) in dots {
        let svg =
            dot_svg(&dot).unwrap_or_else(|e| panic!("{id}: dot rejected the graph: {e}\n{dot}"));
        // every node drawn, plus the start marker
        let files = Library::shipped().get(&id).cloned().unwrap();
        let nodes = tradesim::scenario::compile(&files.ron)
            .0
            .unwrap()
            .logic
            .len();
        assert_eq!(svg.matches("class=\"node\"").count(), nodes + 1, "{id}");
    }
}

#[test]
fn tutorial_mermaid_snapshot() {
    insta::assert_snapshot!(graph(&["tutorial", "--format", "mermaid"]));
}

#[test]
fn the_scaffold_draws_and_parses() {
    let tmp = tempfile::tempdir().unwrap();
    let ok = Command::new(env!("CARGO_BIN_EXE_tradesim"))
        .args(["new", "tea", "--dir"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(ok.status.success());
    let ron = tmp.path().join("scenarios/tea.ron").display().to_string();
    let dot = graph(&[&ron, "--format", "dot"]);
    for kind in [
        "(decision)",
        "(form)",
        "(check)",
        "(random)",
        "(ending: pass)",
        "(ending: fail)",
    ] {
        assert!(dot.contains(kind), "{kind}:\n{dot}");
    }
    assert!(
        !dot.contains("UNREACHABLE") && !dot.contains("DEAD END"),
        "{dot}"
    );
    if dot_available() {
        dot_svg(&dot).unwrap_or_else(|e| panic!("{e}\n{dot}"));
    }
}

#[test]
fn every_node_and_edge_is_drawn() {
    let dot = graph(&["tutorial", "--format", "dot"]);
    let lib = Library::shipped();
    let files = lib.get("tutorial").unwrap();
    let (s, _) = tradesim::scenario::compile(&files.ron);
    let s = s.unwrap();
    for n in &s.file.nodes {
        assert!(
            dot.contains(&format!("label=\"{}\\n(", n.id())),
            "node {}",
            n.id()
        );
    }
    let edges: usize = (0..s.logic.len())
        .map(|i| tradesim::scenario::lint::graph::successors(&s, i).len())
        .sum();
    // one arrow per way on, plus the arrow into the start
    assert_eq!(dot.matches(" -> ").count(), edges + 1);
    assert!(dot.contains("label=\"miss\""), "the check's on_miss edge");
    assert!(
        dot.contains("label=\"weight 3\""),
        "random outcomes show their weight"
    );
    assert!(
        dot.contains("peripheries=2"),
        "endings have a double border"
    );
}

fn fixture(rule: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/bad")
        .join(rule)
        .join("scenarios/mini.ron")
        .display()
        .to_string()
}

#[test]
fn unreachable_nodes_and_dead_ends_are_highlighted() {
    for (rule, mark) in [("unreachable", "UNREACHABLE"), ("dead-end", "DEAD END")] {
        let dot = graph(&[&fixture(rule), "--format", "dot"]);
        let line = dot
            .lines()
            .find(|l| l.contains(mark))
            .unwrap_or_else(|| panic!("{rule}: no {mark} in\n{dot}"));
        assert!(line.contains("color=\"#"), "{rule}: coloured: {line}");
        let mermaid = graph(&[&fixture(rule), "--format", "mermaid"]);
        let class = if rule == "unreachable" {
            "unreachable"
        } else {
            "deadend"
        };
        assert!(mermaid.contains(&format!("classDef {class}")), "{rule}");
        assert!(
            mermaid
                .lines()
                .any(|l| l.trim_start().starts_with("class ") && l.ends_with(&format!(" {class}"))),
            "{rule}: {mermaid}"
        );
        if dot_available() {
            dot_svg(&dot).unwrap_or_else(|e| panic!("{rule}: {e}\n{dot}"));
        }
    }
}

#[test]
fn a_scenario_with_errors_is_refused_with_its_location() {
    let out = Command::new(env!("CARGO_BIN_EXE_tradesim"))
        .args(["graph", &fixture("missing-target")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("mini.ron:") && err.contains("missing-target"),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}
