//! Lint: every mistake a teacher can make, found before a student meets it, each located
//! at file:line:col with a hint. Errors stop a scenario from loading; warnings do not.

pub mod fluent;
pub mod graph;
pub mod values;

use std::collections::BTreeMap;

use super::compile::compile_in;
use super::diagnostic::Diagnostic;
use super::library::ScenarioFiles;
use super::load::SourceFile;
use super::source::SourceMap;
use crate::i18n::messages::{Defined, defined};
use crate::i18n::{FtlError, parse_ftl};

pub use fluent::{lint_loose, lint_ui};

/// All diagnostics for one scenario and its locale files.
pub fn lint_scenario(files: &ScenarioFiles) -> Vec<Diagnostic> {
    // made once, shared by every rule
    let map = SourceMap::new(&files.ron.text);
    let texts: BTreeMap<String, LocaleText> = files
        .locales
        .iter()
        .map(|(lang, src)| (lang.clone(), LocaleText::parse(src)))
        .collect();
    let (scenario, mut out) = compile_in(&files.ron, Some(&map));
    if let Some(s) = &scenario {
        out.extend(graph::check(s, &files.ron, &map));
        out.extend(values::check(s, &files.ron, &map, &texts));
        out.extend(fluent::check(s, files, &map, &texts));
    } else {
        // the model may still parse: check its text even when logic has errors
        out.extend(fluent::check_unparsed(files, &map, &texts));
    }
    out
}

/// A locale file, parsed once for all the rules that read it.
pub struct LocaleText {
    pub defs: Vec<Defined>,
    pub errs: Vec<FtlError>,
}

impl LocaleText {
    pub fn parse(src: &SourceFile) -> LocaleText {
        let (res, errs) = parse_ftl(src);
        LocaleText {
            defs: defined(&res),
            errs,
        }
    }
}
