//! Lint of each competency's `max` against real play: the search (best_path.rs) plays the
//! engine, so conditions, variables and random outcomes hold on every path it finds.
//!
//! - `max-below-best`: a path collects more points than `max`, so a student reaches 100 on
//!   that competency while still missing points. Said only with the path as its proof.
//! - `unreachable-max`: no path collects `max`, so no one scores 100. Said from the exact
//!   maximum when the search covered every path, otherwise from the condition-blind bound
//!   of `best_gains` (an upper bound: when even it is below `max`, no path reaches it).
//!
//! When the search stops at its bound (`SEARCH_BUDGET` states, or `MAX_PENDING` waiting)
//! with no path over `max`, `max-below-best` says nothing for that competency: a warning is
//! never a guess.

use crate::engine::{rng_for, start};
use crate::scenario::compile::Scenario;
use crate::scenario::diagnostic::{Diagnostic, Reporter, Rule};
use crate::scenario::lint::graph::best_gains;
use crate::scenario::load::SourceFile;
use crate::scenario::source::{LazyMap, Seg};

use super::best_path::best_in;

/// States the search may expand per competency before lint settles for what it found: a
/// best-first search meets a path over `max` early, and lint runs while a teacher types
/// (the LSP), so the budget is small (a written answer opens a large space beyond it).
const SEARCH_BUDGET: usize = 5_000;

pub fn check(s: &Scenario, ron: &SourceFile) -> Vec<Diagnostic> {
    let mut r = Reporter::new(&ron.path, &ron.text);
    let map = LazyMap::new(&ron.text, None);
    let variant = crate::scenario::variant::Variant::draw(s, 0);
    let (first, _) = start(s, &variant, &mut rng_for(0));
    // a start that draws at once has already drawn one outcome, and a parametric scenario
    // is searched on one paper: not every path is searched
    let drew_first = !first.log.is_empty() || !s.params.is_empty();
    let bound = best_gains(s);
    for (c, info) in s.competencies.iter().enumerate() {
        let Some(best) = best_in(s, &first, c, SEARCH_BUDGET) else {
            continue;
        };
        let max = i64::from(info.max);
        let at = || {
            let sp = map
                .get()
                .locate(&[Seg::Field("competencies"), Seg::Key(&info.name)]);
            (sp.start, sp.end)
        };
        let exact = best.exhaustive && !drew_first;
        if best.points > max {
            let (what, hint) = if exact {
                (
                    "the best path collects",
                    format!(
                        "set `max: {}` and let the expert path earn it, or take points off this path",
                        best.points
                    ),
                )
            } else {
                (
                    "a path collects",
                    format!(
                        "set `max` to at least {} and let the expert path earn it, or take points off this path",
                        best.points
                    ),
                )
            };
            r.warn(
                Rule::MaxBelowBest,
                at(),
                format!(
                    "`{}` has max {max} but {what} {} points, so a student reaches 100 while still missing points; the path: {}",
                    info.name,
                    best.points,
                    best.describe(s)
                ),
                Some(hint),
            );
            continue;
        }
        let most = if exact {
            Some(best.points)
        } else {
            bound.as_ref().map(|b| b[s.start][c])
        };
        if let Some(can) = most
            && can < max
        {
            r.warn(
                Rule::UnreachableMax,
                at(),
                format!(
                    "`{}` has max {max} but the best path collects only {can} points, so no one can score 100",
                    info.name
                ),
                Some(format!(
                    "set `max: {can}`, or add points to the expert path"
                )),
            );
        }
    }
    r.out
}
