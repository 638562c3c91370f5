//! `update(&mut App, Msg) -> Vec<Cmd>`: the only place the App changes.

mod compose;
mod exam;
mod handle;
mod msg;

pub use handle::{open, update};
pub use msg::{Cmd, ExamMsg, Hit, Intent, Msg};
