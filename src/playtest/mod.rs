//! Playtest: seeded random agents play many attempts, and a search finds the best total.
//! What a teacher reads to balance a scenario before students meet it.

mod agent;
mod search;
mod stats;

pub use agent::{Agent, Policy, play_with};
pub use search::{Best, best_total};
pub use stats::{Report, playtest};
