//! The engine: one pure, deterministic function of (scenario, seed, actions).
//!
//! No terminal, clock, file or global RNG in here. Every driver (TUI, headless run,
//! playtest, replay in verify, tests) feeds actions through `step` the same way.

mod action;
mod attempt;
mod score;
mod state;
mod step;

pub use crate::scenario::variant::Variant;
pub use action::{Action, ActionParseError, parse_actions};
pub use attempt::Attempt;
pub use score::{Score, marked, score, total_for, weighted_total};
pub use state::{Entry, Event, FieldResult, LogEntry, State};
pub use step::{
    Chance, MAX_MOVES, Rejected, available_choices, display_order, parse_number, plain, splitmix64,
    start, step, value_text,
};

use rand::SeedableRng;

/// The only source of chance. ChaCha8 is portable and stable across platforms and
/// releases (unlike StdRng), so a stored seed replays the same draws everywhere.
pub type Rng = rand_chacha::ChaCha8Rng;

pub fn rng_for(seed: u64) -> Rng {
    Rng::seed_from_u64(seed)
}
