//! Assessments as files: the assessment format and its lint, the candidate's journal
//! (appended and fsync'd as the exam goes), the exam session over it, the seal, verify by
//! replay, and cohort reports (table, CSV for gradebooks, JSON, xAPI).
//!
//! Nothing here draws a screen: the TUI and the headless driver both feed `Session`.

pub mod assessment;
pub mod class_progress;
pub mod clock;
pub mod grade;
pub mod grading;
pub mod journal;
pub mod lint;
pub mod lock;
pub mod manifest;
pub mod marking;
pub mod pool_difficulty;
pub mod proctor_log;
pub mod report;
pub mod roster;
pub mod seal;
pub mod session;
pub mod timing;
pub mod verify;
pub mod witness;
pub mod xapi;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_proctor;

pub use assessment::{AssessmentFile, AssessmentFiles, Exam, resolve_assessment};
pub use clock::{Clock, ManualClock, SystemClock};
pub use grade::{ExamResult, SubmitReason};
pub use seal::{PublicKey, SealKey};
pub use session::{ActError, Acted, Session, SessionError, Start};
