//! Second marking of written answers: how far two examiners agree (record::grading folds
//! the grading journals into the pairs of marks this measures).

pub mod agreement;

pub use agreement::{Agreement, agreement};
