//! An attempt: the state, its RNG and the actions taken, replayable from (seed, actions).

use crate::scenario::compile::Scenario;

use super::action::Action;
use super::score::{Score, score};
use super::state::{Event, State};
use super::step::{MAX_MOVES, Rejected, start, step};
use super::{Rng, rng_for};
use crate::scenario::variant::Variant;

#[derive(Debug, Clone)]
pub struct Attempt {
    pub seed: u64,
    pub state: State,
    pub rng: Rng,
    pub actions: Vec<Action>,
}

impl Attempt {
    /// An attempt from its seed: the seed selects the variant and drives every random event.
    pub fn new(s: &Scenario, seed: u64) -> (Attempt, Vec<Event>) {
        Attempt::with_variant(s, &Variant::draw(s, seed), seed)
    }

    /// An attempt at a given variant with its random events from `seed`: for playtest,
    /// which plays one paper many times. (A real attempt's variant is its seed's: `new`.)
    pub fn with_variant(s: &Scenario, variant: &Variant, seed: u64) -> (Attempt, Vec<Event>) {
        let mut rng = rng_for(seed);
        let (state, events) = start(s, variant, &mut rng);
        (
            Attempt {
                seed,
                state,
                rng,
                actions: Vec::new(),
            },
            events,
        )
    }

    pub fn act(&mut self, s: &Scenario, action: Action) -> Result<Vec<Event>, Rejected> {
        let events = step(s, &mut self.state, &mut self.rng, action.clone())?;
        self.actions.push(action);
        Ok(events)
    }

    /// Replay a list of actions from the seed; the index of the first rejected one on failure.
    pub fn replay(
        s: &Scenario,
        seed: u64,
        actions: &[Action],
    ) -> Result<Attempt, (usize, Rejected)> {
        match Attempt::replay_prefix(s, seed, actions) {
            (a, None) => Ok(a),
            (_, Some(stop)) => Err(stop),
        }
    }

    /// Replay as far as the scenario accepts the actions: the attempt there, and the index
    /// of the first action it refused with the reason (a scenario edited since, say).
    pub fn replay_prefix(
        s: &Scenario,
        seed: u64,
        actions: &[Action],
    ) -> (Attempt, Option<(usize, Rejected)>) {
        let (mut a, _) = Attempt::new(s, seed);
        for (i, act) in actions.iter().enumerate() {
            if let Err(e) = a.act(s, act.clone()) {
                return (a, Some((i, e)));
            }
        }
        (a, None)
    }

    pub fn finished(&self) -> bool {
        self.state.ending.is_some()
    }

    /// Stopped by the move limit without an ending: the scenario loops.
    pub fn out_of_moves(&self) -> bool {
        !self.finished() && self.state.log.len() >= MAX_MOVES
    }

    pub fn score(&self, s: &Scenario) -> Score {
        score(s, &self.state)
    }
}
