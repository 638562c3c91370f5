//! Going on after a value of the wrong kind. RON stops at the first such value
//! (`Flag(initial: 0)`), which would hide every other problem; lint reports it, puts a
//! value of the right kind in its place, lints the rest and moves what it finds back to
//! the places in the file as written.

use super::super::diagnostic::{Diagnostic, Reporter};
use super::super::library::ScenarioFiles;
use super::super::load::{EXPECTED_FLAG, value_at};
use crate::scenario::diagnostic::Rule;

/// At most this many stand-ins per file: each one costs a full lint.
const MAX_REPAIRS: usize = 16;

/// The diagnostics after `first`, when it is a value lint can stand in for; None when not.
pub fn go_on(files: &ScenarioFiles, first: &Diagnostic, depth: usize) -> Option<Vec<Diagnostic>> {
    if depth >= MAX_REPAIRS
        || first.code != Rule::TypeMismatch
        || first.message != EXPECTED_FLAG
        || first.file != files.ron.path
    {
        return None;
    }
    let text = &files.ron.text;
    let (start, end) = value_at(text, first.start);
    let len = end - start;
    if len == 0 {
        return None;
    }
    let stand_in = "false";
    let mut fixed = files.clone();
    fixed.ron.text = format!("{}{stand_in}{}", &text[..start], &text[start + len..]);
    let (_, found) = super::lint_at_depth(&fixed, depth + 1, super::variants::DEFAULT_VARIANTS);
    // an offset in the repaired text, back in the text as written
    let back = |at: usize| {
        if at >= start + stand_in.len() {
            at - stand_in.len() + len
        } else {
            at.min(start)
        }
    };
    let mut r = Reporter::new(&files.ron.path, text);
    let mut out = Vec::new();
    for d in found {
        if d.file == files.ron.path {
            r.push(
                d.severity,
                d.code,
                (back(d.start), back(d.end)),
                d.message,
                d.hint,
            );
        } else {
            out.push(d);
        }
    }
    out.extend(r.out);
    Some(out)
}
