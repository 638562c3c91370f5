//! `update(&mut App, Msg) -> Vec<Cmd>`: the only place the App changes.

mod msg;
mod handle;

pub use msg::{Cmd, Intent, Msg};
pub use handle::{open, update};
