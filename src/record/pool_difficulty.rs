//! A `Draw` pool must be fair: candidates who draw different scenarios should meet papers
//! of about the same difficulty. Difficulty is measured the way `tradesim playtest`
//! measures it: the random player's mean total over `RUNS` seeded attempts (seeds `SEED`,
//! `SEED + 1`, ...), so the figures are deterministic and a teacher can reproduce them with
//! `tradesim playtest ID --runs 2000 --seed 1`.

use crate::playtest::random_mean;
use crate::scenario::compile::Scenario;
use crate::scenario::diagnostic::{Reporter, Rule};
use crate::scenario::source::{Seg, SourceMap};

use super::assessment::{AssessmentFile, Part};

/// Attempts per scenario: enough that the mean moves by well under a point between runs
/// of different seeds on the shipped scenarios.
pub const RUNS: u64 = 2000;
pub const SEED: u64 = 1;
/// The largest gap between two pool scenarios' random-player means, in points of 100.
pub const MAX_GAP: f64 = 10.0;

/// Warns on every draw whose pool's random-player means differ by more than `MAX_GAP`.
/// `compiled` gives a scenario by id when it compiled (others are reported elsewhere).
pub fn check<'a>(
    f: &AssessmentFile,
    compiled: impl Fn(&str) -> Option<&'a Scenario>,
    map: &SourceMap,
    r: &mut Reporter,
) {
    for (i, p) in f.parts.iter().enumerate() {
        let Part::Draw { from, .. } = p else {
            continue;
        };
        let means: Vec<(&str, f64)> = from
            .iter()
            .filter_map(|id| compiled(id).map(|s| (id.as_str(), random_mean(s, RUNS, SEED))))
            .collect();
        let by = |a: &&(&str, f64), b: &&(&str, f64)| a.1.total_cmp(&b.1);
        let (Some(low), Some(high)) = (means.iter().min_by(by), means.iter().max_by(by)) else {
            continue;
        };
        if high.1 - low.1 <= MAX_GAP {
            continue;
        }
        let listed: Vec<String> = means
            .iter()
            .map(|(id, m)| format!("`{id}` {m:.1}"))
            .collect();
        let sp = map.locate(&[Seg::Field("parts"), Seg::Index(i), Seg::Field("from")]);
        r.warn(
            Rule::UnequalPool,
            (sp.start, sp.end),
            format!(
                "the pool mixes papers of unequal difficulty: a random player's mean total is {} ({RUNS} seeded attempts each), {:.1} points apart, more than {MAX_GAP}",
                listed.join(", "),
                high.1 - low.1
            ),
            Some(format!(
                "draw only scenarios of like difficulty (`{}` and `{}` differ most), or make one a `Scenario(\"id\")` part; `tradesim playtest ID --runs {RUNS} --seed {SEED}` shows each mean",
                high.0, low.0
            )),
        );
    }
}
