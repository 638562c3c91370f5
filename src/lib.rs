//! tradesim: a terminal training simulator for cross-border B2B e-commerce.
//!
//! One pure, deterministic engine (`engine`) plays scenarios authored as RON + Fluent
//! (`scenario`, `i18n`); drivers (the CLI, the TUI, playtest, records) feed it actions.

pub mod author;
pub mod cli;
pub(crate) mod debrief;
pub mod engine;
pub(crate) mod i18n;
pub mod playtest;
pub mod record;
pub mod safe_text;
pub mod scenario;
pub mod serve;
pub(crate) mod source;
pub(crate) mod suggest;
pub mod tui;
