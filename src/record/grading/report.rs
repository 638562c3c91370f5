//! Second marking in the cohort report: exam totals with the examiners' final marks (marked
//! provisional while any item lacks one), exact agreement per item and Cohen's kappa per
//! rubric between the first two examiners, the disagreements and their adjudication, and
//! the grading journals left out with the reason.

use std::fmt::Write as _;

use serde::Serialize;

use super::marks::Summary;
use crate::record::report::{Report, cohort};

/// A grading journal that did not check, and why.
#[derive(Debug, Clone, Serialize)]
pub struct LeftOut {
    pub file: String,
    pub problems: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Grading {
    #[serde(flatten)]
    pub summary: Summary,
    pub journals_left_out: Vec<LeftOut>,
}

/// Put the examiners' totals into the report's rows and count the cohort again.
pub fn apply(report: &mut Report, g: Grading) {
    for t in &g.summary.totals {
        let Some(row) = report
            .candidates
            .iter_mut()
            .find(|r| r.candidate == t.candidate)
        else {
            continue;
        };
        row.total = t.total;
        row.pass = t.pass;
        row.competencies = t.competencies.clone();
        for (p, total) in row.parts.iter_mut().zip(&t.parts) {
            p.total = *total;
        }
        row.provisional = t.provisional();
    }
    report.cohort = cohort(&report.candidates);
    report.grading = Some(g);
}

fn share(exact: usize, pairs: usize) -> String {
    if pairs == 0 {
        return "-".into();
    }
    format!(
        "{exact}/{pairs} ({:.1}%)",
        exact as f64 * 100.0 / pairs as f64
    )
}

/// The table's section on written answers.
pub fn table(out: &mut String, g: &Grading) {
    let s = &g.summary;
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "written answers: {} answer(s), examiners {}",
        s.answers,
        if s.examiners.is_empty() {
            "none yet".to_string()
        } else {
            s.examiners.join(", ")
        }
    );
    let provisional = s.totals.iter().filter(|t| t.provisional()).count();
    if provisional > 0 {
        let _ = writeln!(
            out,
            "  * provisional: {provisional} candidate(s) have items without a final mark (not marked yet, or disagreed and not adjudicated)"
        );
    } else {
        let _ = writeln!(out, "  every item has a final mark");
    }
    for r in &s.rubrics {
        let _ = writeln!(out);
        let kappa = r
            .kappa
            .map(|k| format!("{k:.3}"))
            .unwrap_or_else(|| "-".into());
        let _ = writeln!(
            out,
            "agreement, {} / {}: exact {}, Cohen's kappa {kappa}",
            r.scenario,
            r.node,
            share(r.exact, r.pairs)
        );
        for it in &r.items {
            let _ = writeln!(out, "  {:<16} exact {}", it.item, share(it.exact, it.pairs));
        }
    }
    if !s.disagreements.is_empty() {
        let _ = writeln!(out);
        let open = s
            .disagreements
            .iter()
            .filter(|d| d.adjudicated.is_none())
            .count();
        let _ = writeln!(
            out,
            "disagreements ({}, {open} awaiting adjudication):",
            s.disagreements.len()
        );
        for d in &s.disagreements {
            let marks = d
                .marks
                .iter()
                .map(|(e, m)| format!("{e} {m}"))
                .collect::<Vec<_>>()
                .join(", ");
            let fin = match &d.adjudicated {
                Some((e, m)) => format!("adjudicated by {e}: {m}"),
                None => "awaiting adjudication (`tradesim grade --adjudicate`)".into(),
            };
            let _ = writeln!(
                out,
                "  {} {} / {} item {}: {marks}; {fin}",
                d.candidate, d.scenario, d.node, d.item
            );
        }
    }
    if !g.journals_left_out.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "grading journals left out ({}):",
            g.journals_left_out.len()
        );
        for j in &g.journals_left_out {
            for p in &j.problems {
                let _ = writeln!(out, "  {}: {p}", j.file);
            }
        }
    }
}
