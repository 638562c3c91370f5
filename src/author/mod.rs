//! The teacher's toolkit: what helps a person write a scenario rather than play one.
//! A scaffold to start from (`new`), a picture of the node graph (`graph`), and
//! compiler-grade rendering of lint diagnostics.

pub mod dot;
pub mod graph;
pub mod lsp;
pub mod mermaid;
pub mod report;
pub mod scaffold;
pub mod translate;

pub use graph::NodeGraph;
pub use scaffold::{Scaffold, ScaffoldError};
