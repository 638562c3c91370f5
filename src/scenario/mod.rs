//! The authoring format: model, loader, expression language, compile step and lint.

pub mod compile;
pub mod diagnostic;
pub mod expr;
pub mod library;
pub mod lint;
pub mod load;
pub mod model;
pub mod rubric;
pub mod source;
pub mod start_at;
pub mod text;
pub mod variant;

pub use compile::{Scenario, compile};

/// The most moves (actions, and the random events they set off) one attempt may make: far
/// beyond any authored path, so only a scenario loop reaches it, and an attempt's memory
/// stays bounded whatever the scenario.
pub const MAX_MOVES: usize = 10_000;
pub use diagnostic::{Diagnostic, Severity};
pub use load::{InputError, SourceFile, read_source};
