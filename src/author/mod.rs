//! The teacher's toolkit: what helps a person write a scenario rather than play one.
//! A scaffold to start from (`new`), a picture of the node graph (`graph`), and
//! the `lint` driver over scenarios and assessments, and
//! compiler-grade rendering of its diagnostics.

pub(crate) mod dot;
pub(crate) mod graph;
pub mod lint;
pub mod lsp;
pub(crate) mod mermaid;
pub(crate) mod report;
pub(crate) mod scaffold;
pub mod translate;

pub use graph::NodeGraph;
pub use scaffold::{Scaffold, ScaffoldError};
