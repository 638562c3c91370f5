//! The teacher's toolkit: what helps a person write a scenario rather than play one.
//! A scaffold to start from (`new`), a picture of the node graph (`graph`), and
//! the `lint` driver over scenarios and assessments, and
//! compiler-grade rendering of its diagnostics.

pub mod dot;
pub mod graph;
pub mod lint;
pub mod mermaid;
pub mod report;
pub mod scaffold;

pub use graph::NodeGraph;
pub use scaffold::{Scaffold, ScaffoldError};
