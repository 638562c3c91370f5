//! Written answers: the `Compose` node's format (format.rs) and the rubric checker that
//! applies its rubric to a reply. The checker is pure and total:
//! any text, however odd, gives a result and never a panic (tests/compose_checker.rs).
//!
//! Matching is on words, so case, punctuation and simple English inflection do not matter;
//! a phrase preceded in its sentence by a negation ("we do not accept liability") does not
//! count, for required and forbidden phrases alike. Values match whatever their writing
//! (amount.rs, date.rs, incoterm.rs).

mod amount;
mod date;
pub mod format;
mod incoterm;
mod item;
mod phrase;
mod sample;
mod words;

pub use amount::Milli;
pub use incoterm::TERMS as INCOTERMS;
pub use item::{Found, ItemResult, Resolve, Verdict, check_item};
pub use sample::model_reply;
pub use words::word_count;

pub use format::{Compose, PhraseGroup, RequiredValue, RubricItem, WordRange};

/// Applies every item of a rubric, in order.
pub fn check(rubric: &[RubricItem], text: &str, resolve: Resolve) -> Vec<ItemResult> {
    let ws = words::words(text);
    rubric
        .iter()
        .map(|item| item::check_words(item, text, &ws, resolve))
        .collect()
}

/// The sources of a value that are no usable literal: unless a variable of that name gives
/// them a value, the check can never match (lint).
pub fn unusable_literals(v: &RequiredValue) -> Vec<&str> {
    match v {
        RequiredValue::Money { amount: a, .. } => (amount::parse(a).is_none())
            .then_some(a.as_str())
            .into_iter()
            .collect(),
        RequiredValue::Number(n) => (amount::parse(n).is_none())
            .then_some(n.as_str())
            .into_iter()
            .collect(),
        RequiredValue::Incoterm { term, .. } => (!incoterm::TERMS
            .contains(&term.trim().to_lowercase().as_str()))
        .then_some(term.as_str())
        .into_iter()
        .collect(),
        RequiredValue::Date(d) => (date::parse(d).is_none())
            .then_some(d.as_str())
            .into_iter()
            .collect(),
        // no literal: fixed words belong in `phrases`
        RequiredValue::Text(t) => vec![t.as_str()],
    }
}
