//! Widgets shared by the screens: documents, forms, bars, written answers.

pub mod bar;
pub mod document;
pub mod form;
pub mod reply;
