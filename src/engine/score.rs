//! Scoring: points per competency, clamped to 0..=max, as a percentage; the weighted total.

use serde::Serialize;

use crate::scenario::compile::{Logic, Scenario};

use super::state::State;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Score {
    /// Per competency (scenario order), 0..=100.
    pub competencies: Vec<(String, u32)>,
    /// Weighted total, 0..=100.
    pub total: u32,
    /// Reached an ending that can pass, with the total at or above the pass mark.
    pub pass: bool,
}

/// The weighted total (0..=100) that these raw points per competency give.
pub fn total_for(s: &Scenario, points: &[i64]) -> u32 {
    let mut weighted = 0.0f64;
    let mut weights = 0.0f64;
    for (c, info) in s.competencies.iter().enumerate() {
        let max = info.max.max(1) as i64;
        let pts = points.get(c).copied().unwrap_or(0).clamp(0, max);
        weighted += info.weight as f64 * (pts as f64 / max as f64);
        weights += info.weight as f64;
    }
    if weights > 0.0 {
        ((weighted / weights) * 100.0).round().clamp(0.0, 100.0) as u32
    } else {
        0
    }
}

pub fn score(s: &Scenario, st: &State) -> Score {
    let competencies = s
        .competencies
        .iter()
        .enumerate()
        .map(|(c, info)| {
            let max = info.max.max(1) as i64;
            let pts = st.points.get(c).copied().unwrap_or(0).clamp(0, max);
            (
                info.name.clone(),
                ((pts as f64 / max as f64) * 100.0).round() as u32,
            )
        })
        .collect();
    let total = total_for(s, &st.points);
    let ending_passes = st
        .ending
        .is_some_and(|e| matches!(s.logic.get(e), Some(Logic::Ending { pass: true })));
    Score {
        competencies,
        total,
        pass: ending_passes && total >= s.file.pass_mark,
    }
}
