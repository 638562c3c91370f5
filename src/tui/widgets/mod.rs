//! Widgets shared by the screens: documents, forms, bars.

pub mod bar;
pub mod document;
pub mod form;
