//! Second marking of written answers: how far two examiners agree. The grading journals and
//! `tradesim grade` that produce the marks are issue 13's next step.

pub mod agreement;

pub use agreement::{Agreement, agreement};
