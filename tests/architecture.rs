//! Imports point one way between the top-level modules of src/ (drivers -> engine ->
//! scenario): this reads every `crate::` path (and `super::` paths that climb to the crate
//! root) and fails on a cycle, naming it.

mod source_tree;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use source_tree::rust_files;

type Graph = BTreeMap<String, BTreeSet<String>>;

/// The module path of a file under src/: `src/a/b/c.rs` -> [a, b, c], `src/a/mod.rs` -> [a].
fn module_path(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|l| l == "mod") {
        parts.pop();
    }
    parts
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn ident_at(s: &str) -> &str {
    let end = s.find(|c| !is_ident(c)).unwrap_or(s.len());
    &s[..end]
}

/// The top-level modules a path list after `crate::` names: `a::x` or `{a::x, b}`.
fn heads_after(rest: &str) -> Vec<String> {
    let rest = rest.trim_start();
    let Some(inner) = rest.strip_prefix('{') else {
        return vec![ident_at(rest).to_string()];
    };
    let (mut depth, mut out, mut start) = (0usize, Vec::new(), 0usize);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                out.push(ident_at(inner[start..i].trim_start()).to_string());
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(ident_at(inner[start..i].trim_start()).to_string());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.retain(|h| !h.is_empty() && h != "self");
    out
}

/// Top-level modules one source file refers to, from its module path and text.
fn refs(module: &[String], text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut from = 0;
        while let Some(i) = code[from..].find("crate::") {
            let at = from + i;
            from = at + "crate::".len();
            if code[..at].ends_with(|c: char| is_ident(c) || c == ':') {
                continue; // `$crate::`, `tradesim::crate`-like tails
            }
            out.extend(heads_after(&code[from..]));
        }
        let mut from = 0;
        while let Some(i) = code[from..].find("super::") {
            let at = from + i;
            if code[..at].ends_with(|c: char| is_ident(c) || c == ':') {
                from = at + 1;
                continue;
            }
            let mut rest = &code[at..];
            let mut ups = 0;
            while let Some(r) = rest.strip_prefix("super::") {
                ups += 1;
                rest = r;
            }
            from = code.len() - rest.len();
            if ups >= module.len() {
                out.extend(heads_after(rest));
            }
        }
    }
    out
}

/// The import graph between top-level modules of `src`.
fn graph(src: &Path) -> Graph {
    let files = rust_files(src);
    let tops: BTreeSet<String> = files
        .iter()
        .filter_map(|f| module_path(f.strip_prefix(src).unwrap()).first().cloned())
        .filter(|t| t != "lib" && t != "main")
        .collect();
    let mut g = Graph::new();
    for f in &files {
        let module = module_path(f.strip_prefix(src).unwrap());
        let Some(top) = module.first().filter(|t| tops.contains(*t)) else {
            continue; // lib.rs declares the modules; main.rs is a separate crate
        };
        let text = std::fs::read_to_string(f).unwrap();
        let deps = g.entry(top.clone()).or_default();
        for d in refs(&module, &text) {
            if &d != top && tops.contains(&d) {
                deps.insert(d);
            }
        }
    }
    g
}

/// A cycle as `a -> b -> a`, if the graph has one.
fn find_cycle(g: &Graph) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        g: &Graph,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = stack.iter().position(|s| s == n) {
            let mut cycle = stack[i..].to_vec();
            cycle.push(n.to_string());
            return Some(cycle);
        }
        if done.contains(n) {
            return None;
        }
        stack.push(n.to_string());
        for d in g.get(n).into_iter().flatten() {
            if let Some(c) = visit(d, g, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    g.keys()
        .find_map(|n| visit(n, g, &mut Vec::new(), &mut done))
}

#[test]
fn no_import_cycle_between_top_level_modules() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let g = graph(&src);
    // the scan must see the real layering, or a pass would mean nothing
    assert!(g["cli"].contains("tui"), "{g:?}");
    assert!(g["engine"].contains("scenario"), "{g:?}");
    if let Some(c) = find_cycle(&g) {
        panic!("import cycle between top-level modules: {}", c.join(" -> "));
    }
}

#[test]
fn i18n_stands_below_scenario() {
    let g = graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let above: Vec<_> = g["i18n"].iter().filter(|d| *d != "source").collect();
    assert!(above.is_empty(), "i18n imports {above:?}");
}

#[test]
fn reads_every_form_of_path() {
    let m = |p: &str| p.split("::").map(String::from).collect::<Vec<_>>();
    let text = "use crate::engine::State;\n\
                use crate::{record::x, tui::{a, b}};\n\
                let v = crate::i18n::f();\n\
                // crate::cli in a comment\n\
                use super::super::author::Y;\n\
                use super::sibling;\n";
    let got = refs(&m("scenario::lint::values"), text);
    let want: BTreeSet<String> = ["engine", "record", "tui", "i18n"].map(String::from).into();
    assert_eq!(got, want);
    assert_eq!(
        refs(&m("scenario::lint"), "use super::super::author::Y;"),
        BTreeSet::from(["author".to_string()])
    );
}

#[test]
fn names_a_cycle() {
    let mut g = Graph::new();
    let edge = |g: &mut Graph, a: &str, b: &str| {
        g.entry(a.into()).or_default().insert(b.into());
    };
    edge(&mut g, "cli", "scenario");
    edge(&mut g, "scenario", "i18n");
    assert_eq!(find_cycle(&g), None);
    edge(&mut g, "i18n", "scenario");
    assert_eq!(
        find_cycle(&g).map(|c| c.join(" -> ")),
        Some("scenario -> i18n -> scenario".to_string())
    );
}
