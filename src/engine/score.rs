//! Scoring: points per competency, clamped to 0..=max, as a percentage; the weighted total.
//!
//! A written answer's examiner items are marked by a person after the attempt
//! (`tradesim grade`). Until then the score is provisional: each competency is taken over
//! the points the machine could judge (its `max` less the points waiting for an examiner),
//! so a reply that earns every automatic point is not held below 100% by marks nobody has
//! given yet, and a guess earns nothing from them either. With the examiner's marks the
//! score is taken over the full `max` (`marked`).

use serde::Serialize;

use crate::scenario::compile::{CompetencyInfo, Logic, Scenario};

use super::state::State;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Score {
    /// Per competency (scenario order), 0..=100.
    pub competencies: Vec<(String, u32)>,
    /// Weighted total, 0..=100.
    pub total: u32,
    /// Reached an ending that can pass, with the total at or above the pass mark.
    pub pass: bool,
    /// Some points wait for an examiner: the figures are over what the machine judged.
    pub provisional: bool,
}

/// One competency's share (0.0..=1.0) and the weight it carries in the total; a
/// competency whose points all wait for an examiner carries no weight yet.
fn share(max: u32, weight: u32, points: i64, pending: i64) -> (f64, f64) {
    let judged = i64::from(max).saturating_sub(pending.max(0));
    if judged <= 0 {
        return (0.0, 0.0);
    }
    let pts = points.clamp(0, judged);
    (pts as f64 / judged as f64, f64::from(weight))
}

/// The weighted total (0..=100) that these raw points per competency give, with `pending`
/// points per competency still waiting for an examiner (empty: none).
pub fn total_for(s: &Scenario, points: &[i64], pending: &[i64]) -> u32 {
    weighted_total(s, |c, info| {
        share(
            info.max.max(1),
            info.weight,
            points.get(c).copied().unwrap_or(0),
            pending.get(c).copied().unwrap_or(0),
        )
    })
}

/// The weighted mean, as 0..=100, of a (share, weight) per competency.
pub fn weighted_total(
    s: &Scenario,
    mut part: impl FnMut(usize, &CompetencyInfo) -> (f64, f64),
) -> u32 {
    let mut weighted = 0.0f64;
    let mut weights = 0.0f64;
    for (c, info) in s.competencies.iter().enumerate() {
        let (sh, w) = part(c, info);
        weighted += w * sh;
        weights += w;
    }
    if weights > 0.0 {
        ((weighted / weights) * 100.0).round().clamp(0.0, 100.0) as u32
    } else {
        0
    }
}

fn scored(s: &Scenario, st: &State, points: &[i64], pending: &[i64]) -> Score {
    let competencies = s
        .competencies
        .iter()
        .enumerate()
        .map(|(c, info)| {
            let (sh, _) = share(
                info.max.max(1),
                info.weight,
                points.get(c).copied().unwrap_or(0),
                pending.get(c).copied().unwrap_or(0),
            );
            (info.name.clone(), (sh * 100.0).round() as u32)
        })
        .collect();
    let total = total_for(s, points, pending);
    let ending_passes = st
        .ending
        .is_some_and(|e| matches!(s.logic.get(e), Some(Logic::Ending { pass: true })));
    Score {
        competencies,
        total,
        pass: ending_passes && total >= s.file.pass_mark,
        provisional: pending.iter().any(|p| *p > 0),
    }
}

/// The attempt's score as the machine can give it (provisional while examiner points wait).
pub fn score(s: &Scenario, st: &State) -> Score {
    scored(s, st, &st.points, &st.pending)
}

/// The score once examiners have marked: `marks` are the examiner points per competency
/// (scenario order), added to what the machine scored, over the full `max`.
pub fn marked(s: &Scenario, st: &State, marks: &[i64]) -> Score {
    let points: Vec<i64> = st
        .points
        .iter()
        .enumerate()
        .map(|(c, p)| p.saturating_add(marks.get(c).copied().unwrap_or(0)))
        .collect();
    scored(s, st, &points, &[])
}

#[cfg(test)]
mod tests {
    use super::share;

    #[test]
    fn pending_points_leave_the_share_over_what_was_judged() {
        // max 8, 2 waiting for an examiner: 6 of 6 judged is full marks
        assert_eq!(share(8, 1, 6, 2), (1.0, 1.0));
        // once marked, 6 + 1 of 8
        assert_eq!(share(8, 1, 7, 0), (7.0 / 8.0, 1.0));
        // every point waits: no weight yet
        assert_eq!(share(2, 3, 0, 2), (0.0, 0.0));
        // points above what was judged are clamped
        assert_eq!(share(4, 1, 9, 1), (1.0, 1.0));
    }
}
