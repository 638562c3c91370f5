//! `tradesim lsp`: the language server, on stdio, for the editor that starts it.

use super::{Failure, Outcome};

pub fn exec() -> Outcome {
    crate::author::lsp::serve_stdio().map_err(Failure::input)
}
