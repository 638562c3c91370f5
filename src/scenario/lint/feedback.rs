//! Feedback: every choice says why it was right or wrong. The debrief is where a student
//! learns, and a choice with no feedback leaves that step silent (the authoring checklist
//! requires it).

use super::super::compile::Scenario;
use super::super::diagnostic::{Diagnostic, Reporter, Rule};
use super::super::load::SourceFile;
use super::super::model::Node;
use super::super::source::{Seg, SourceMap};

pub fn check(s: &Scenario, ron: &SourceFile, map: &SourceMap) -> Vec<Diagnostic> {
    let mut r = Reporter::new(&ron.path, &ron.text);
    for (ni, node) in s.file.nodes.iter().enumerate() {
        let Node::Decision(d) = node else { continue };
        for (j, ch) in d.choices.iter().enumerate() {
            if ch.feedback.is_some() {
                continue;
            }
            let sp = map.locate(&[
                Seg::Field("nodes"),
                Seg::Index(ni),
                Seg::Field("choices"),
                Seg::Index(j),
            ]);
            r.warn(
                Rule::NoFeedback,
                (sp.start, sp.end),
                format!(
                    "the choice `{}` in `{}` has no feedback, so the debrief cannot say why it was right or wrong",
                    ch.text, d.id
                ),
                Some(format!(
                    "add `feedback: \"{}-fb\"` and that message to every locale",
                    ch.text
                )),
            );
        }
    }
    r.out
}
