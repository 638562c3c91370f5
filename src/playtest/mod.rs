//! Playtest: seeded random agents play many attempts, and a search finds the best total.
//! Test-wise players and expert paths played by node check that a scenario is fair.
//! What a teacher reads to balance a scenario before students meet it.

mod agent;
pub mod expert;
mod search;
mod stats;
pub mod testwise;
pub mod variants;

pub use agent::{Agent, Policy, play_from, play_with};
pub use search::{Best, best_total};
pub use stats::{Report, playtest};
