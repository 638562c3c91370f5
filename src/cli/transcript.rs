//! The headless transcript: what a player would read, as plain text.

use std::fmt::Write as _;

use crate::debrief::{competency_label, explain_at, label, labelled};
use crate::engine::{Score, State, available_choices};
use crate::i18n::Catalog;
use crate::scenario::compile::{Logic, Scenario};
use crate::scenario::expr::Val;
use crate::scenario::model::{Input, Node};
use crate::scenario::text::ScenarioText;

fn documents(out: &mut String, cat: &Catalog, s: &Scenario, st: &State, docs: &[String]) {
    for id in docs {
        let Some(&di) = s.doc_index.get(id) else {
            continue;
        };
        let d = &s.file.documents[di];
        let _ = writeln!(out, "  [{}]", cat.scenario_text(&d.title, s, &st.vars));
        let args = crate::scenario::text::args(cat, s, &st.vars);
        for (fi, f) in d.fields.iter().enumerate() {
            let value = crate::scenario::text::field_text(cat, s, &st.vars, &args, (di, fi));
            let _ = writeln!(
                out,
                "    {} ({}.{}): {value}",
                cat.scenario_text(&f.label, s, &st.vars),
                d.id,
                f.id
            );
        }
    }
}

/// The current node as the player meets it.
pub fn node(cat: &Catalog, s: &Scenario, st: &State) -> String {
    let mut out = String::new();
    let t = |id: &str| cat.scenario_text(id, s, &st.vars);
    let n = s.node(st.node);
    let _ = writeln!(out, "== {} ({})", n.id(), n.kind());
    let (speaker, text, docs) = (n.speaker(), n.text(), n.documents());
    if let Some(sp) = speaker {
        let _ = writeln!(out, "{}", label(cat, &t(sp)));
    }
    if let Some(tx) = text {
        let _ = writeln!(out, "{}", t(tx));
    }
    if !docs.is_empty() {
        let _ = writeln!(out, "{}", label(cat, &cat.text("ui-documents-on-view")));
        documents(&mut out, cat, s, st, docs);
    }
    match (n, &s.logic[st.node]) {
        (Node::Decision(d), Logic::Decision { .. }) => {
            let _ = writeln!(out, "{}", label(cat, &cat.text("ui-choices")));
            for i in available_choices(s, st) {
                let _ = writeln!(out, "  {}) {}", i + 1, t(&d.choices[i].text));
            }
        }
        (Node::Form(f), _) => {
            let _ = writeln!(out, "{}", label(cat, &cat.text("ui-form-fields")));
            for fl in &f.fields {
                let opts = match &fl.input {
                    Input::Select(o) => format!(" [{}]", o.join(" / ")),
                    _ => String::new(),
                };
                let _ = writeln!(out, "  {} ({}){opts}", t(&fl.label), fl.id);
            }
        }
        (Node::Check(_), _) => {
            let _ = writeln!(out, "{}", cat.text("ui-mark-fields"));
        }
        _ => {}
    }
    out
}

/// The feedback lines for the log entries from `from` on.
/// `vars`: the values before these steps, so feedback reads as at the moment of choice.
pub fn since(cat: &Catalog, s: &Scenario, st: &State, vars: &[Val], from: usize) -> String {
    let mut out = String::new();
    for e in &st.log[from..] {
        let x = explain_at(cat, s, vars, e);
        if x.is_event {
            let _ = writeln!(out, "* {}", labelled(cat, &cat.text("ui-event"), &x.action));
        } else {
            let _ = writeln!(out, "> {}", x.action);
        }
        if !x.deltas.is_empty() {
            let _ = writeln!(out, "  ({})", x.score_changes(cat).join(", "));
        }
        for f in &x.feedback {
            let _ = writeln!(out, "  {}", labelled(cat, &cat.text("ui-feedback"), f));
        }
    }
    out
}

/// The score block; `waiting` is the examiner points still to be marked.
pub fn score(cat: &Catalog, s: &Scenario, sc: &Score, waiting: i64) -> String {
    let mut out = String::new();
    let verdict = if sc.pass {
        cat.text("ui-pass")
    } else {
        cat.text("ui-fail")
    };
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("mark", s.file.pass_mark);
    let _ = writeln!(
        out,
        "{}/100  {verdict} ({})",
        labelled(cat, &cat.text("ui-total"), &sc.total.to_string()),
        cat.text_with("ui-pass-mark", &args)
    );
    if sc.provisional {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("points", waiting);
        let _ = writeln!(out, "  {}", cat.text_with("ui-provisional", &args));
    }
    for (c, pct) in &sc.competencies {
        let _ = writeln!(
            out,
            "  {}",
            labelled(cat, &competency_label(cat, c), &pct.to_string())
        );
    }
    out
}
