//! Test-wise players (issue 10): a student who knows nothing of trade but always takes the
//! longest (or the shortest) option text in the attempt's locale. Forms and document checks
//! they play as the random player does. If they do much better than random, the options
//! give the answer away.

use crate::engine::{Action, Attempt, available_choices, score};
use crate::i18n::Catalog;
use crate::i18n::Locale;
use crate::scenario::compile::{Logic, Scenario};
use crate::scenario::lint::fairness::option_length;
use crate::scenario::model::Node;
use crate::scenario::text::ScenarioText;

use super::agent::{Agent, Policy, play_with};

/// A random attempt that takes more actions than this is counted as it stands.
const MAX_STEPS: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Player {
    Random,
    Longest,
    Shortest,
}

impl Player {
    pub fn name(self) -> &'static str {
        match self {
            Player::Random => "random",
            Player::Longest => "longest",
            Player::Shortest => "shortest",
        }
    }
}

/// Takes decisions by option length; everything else as the random agent.
pub struct TestWise<'c> {
    longest: bool,
    cat: &'c Catalog,
    random: Agent,
}

impl<'c> TestWise<'c> {
    pub fn new(longest: bool, cat: &'c Catalog, seed: u64) -> TestWise<'c> {
        TestWise {
            longest,
            cat,
            random: Agent::new(Policy::Random, seed),
        }
    }

    pub fn next(&mut self, s: &Scenario, a: &Attempt) -> Option<Action> {
        let st = &a.state;
        if st.ending.is_some() {
            return None;
        }
        let (Logic::Decision { .. }, Node::Decision(d)) = (&s.logic[st.node], s.node(st.node))
        else {
            return self.random.next(s, a);
        };
        let len =
            |i: &&usize| option_length(&self.cat.scenario_text(&d.choices[**i].text, s, &st.vars));
        let avail = available_choices(s, st);
        // the first of equals, as a student reading top to bottom would take it (max_by_key
        // keeps the last of equals, min_by_key the first)
        let pick = if self.longest {
            avail.iter().rev().max_by_key(len)
        } else {
            avail.iter().min_by_key(len)
        };
        pick.map(|i| Action::Choose(*i))
    }
}

/// Mean total and pass count of one player over many seeded attempts.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Figures {
    pub player: &'static str,
    pub locale: Locale,
    pub runs: u64,
    pub mean_total: f64,
    pub passes: u64,
}

impl Figures {
    pub fn pass_rate(&self) -> f64 {
        self.passes as f64 * 100.0 / self.runs.max(1) as f64
    }
}

/// Play `runs` attempts from `seed` (attempt i on seed + i, as `playtest` does).
pub fn figures(s: &Scenario, cat: &Catalog, player: Player, runs: u64, seed: u64) -> Figures {
    let (mut sum, mut passes) = (0u64, 0u64);
    for i in 0..runs {
        let run_seed = seed.wrapping_add(i);
        let a = match player {
            Player::Random => play_with(
                s,
                run_seed,
                &mut Agent::new(Policy::Random, run_seed),
                MAX_STEPS,
            ),
            Player::Longest | Player::Shortest => {
                let mut p = TestWise::new(player == Player::Longest, cat, run_seed);
                let (mut a, _) = Attempt::new(s, run_seed);
                for _ in 0..MAX_STEPS {
                    let Some(action) = p.next(s, &a) else { break };
                    if a.act(s, action).is_err() {
                        break;
                    }
                }
                a
            }
        };
        let sc = score(s, &a.state);
        sum += sc.total as u64;
        passes += sc.pass as u64;
    }
    Figures {
        player: player.name(),
        locale: cat.locale().clone(),
        runs,
        mean_total: (sum as f64 / runs.max(1) as f64 * 10.0).round() / 10.0,
        passes,
    }
}
