//! Examiners' marking of written answers (issue 13): the organiser's signed list of examiners
//! (examiners.rs), each examiner's signed and chained grading journal beside the sealed
//! records (journal.rs), the answers found in the records by replay (answers.rs), the order
//! an examiner sees them in (order.rs), marks folded into final marks, agreement and totals
//! (marks.rs), and verify's checks of the journals (check.rs). The sealed records are never
//! changed: marks live only in the journals.

pub mod answers;
pub mod check;
pub mod examiners;
pub mod journal;
pub mod marks;
pub mod order;
pub mod report;

pub use answers::{Answer, Paper, answers_in};
pub use examiners::{EXAMINERS_FILE, Examiners, SignedExaminers, examiners_path};
pub use journal::{AnswerId, GradingLine, GradingWriter, How, grading_path};
pub use marks::{Final, Ledger, Summary, final_mark, summary};
