//! A competency `max` below what a path earns: the score is capped at `max`, so a student
//! reaches 100 on that competency while still missing points. (The other direction, a
//! `max` no path reaches, is `unreachable-max` in values.rs.)
//!
//! `best_gains` is an upper bound that ignores conditions; it is what a path really earns
//! only when no choice or outcome has a condition. With conditions the bound may name
//! points no one can collect, so the rule says nothing rather than something false.

use super::super::compile::{Logic, Scenario};
use super::super::diagnostic::{Diagnostic, Reporter, Rule};
use super::super::load::SourceFile;
use super::super::source::{Seg, SourceMap};
use super::graph::best_gains;

pub fn check(s: &Scenario, ron: &SourceFile, map: &SourceMap) -> Vec<Diagnostic> {
    let mut r = Reporter::new(&ron.path, &ron.text);
    if has_conditions(s) {
        return r.out;
    }
    let Some(best) = best_gains(s) else {
        return r.out;
    };
    for (c, info) in s.competencies.iter().enumerate() {
        let can = best[s.start][c];
        if can > i64::from(info.max) {
            let sp = map.locate(&[Seg::Field("competencies"), Seg::Key(&info.name)]);
            r.warn(
                Rule::MaxBelowBest,
                (sp.start, sp.end),
                format!(
                    "`{}` has max {} but the best path collects {can} points, so a student reaches 100 while still missing points",
                    info.name, info.max
                ),
                Some(format!("set `max: {can}`")),
            );
        }
    }
    r.out
}

fn has_conditions(s: &Scenario) -> bool {
    s.logic.iter().any(|l| match l {
        Logic::Decision { choices } => choices.iter().any(|c| c.condition.is_some()),
        Logic::Random { outcomes } => outcomes.iter().any(|o| o.condition.is_some()),
        _ => false,
    })
}
