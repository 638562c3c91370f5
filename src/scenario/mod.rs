//! The authoring format: model, loader, expression language, compile step and lint.

pub mod compile;
pub mod diagnostic;
pub mod expr;
pub mod library;
pub mod lint;
pub mod load;
pub mod model;
pub mod source;
pub mod text;

pub use compile::{Scenario, compile};
pub use diagnostic::{Diagnostic, Severity};
pub use load::{InputError, SourceFile, read_source};
