//! Lint: every mistake a teacher can make, found before a student meets it, each located
//! at file:line:col with a hint. Errors stop a scenario from loading; warnings do not.

pub mod competency_max;
pub mod fairness;
pub mod feedback;
pub mod fluent;
pub mod glossary;
pub mod graph;
pub mod repair;
pub mod rubric;
pub mod translation;
pub mod values;
pub mod variants;

use std::collections::BTreeMap;

use super::compile::{Scenario, compile_in};
use super::diagnostic::{Diagnostic, Reporter};
use super::library::ScenarioFiles;
use super::load::SourceFile;
use super::source::SourceMap;
use crate::i18n::messages::{Defined, defined};
use crate::i18n::{FtlError, parse_ftl};
use crate::scenario::diagnostic::Rule;

pub use fluent::{lint_loose, lint_ui};

/// All diagnostics for one scenario and its locale files.
pub fn lint_scenario(files: &ScenarioFiles) -> Vec<Diagnostic> {
    lint_and_compile(files).1
}

/// `lint_scenario`, sampling `variants` papers of a parametric scenario (`lint --variants`).
pub fn lint_scenario_variants(files: &ScenarioFiles, variants: u64) -> Vec<Diagnostic> {
    lint_at_depth(files, 0, variants).1
}

/// The scenario a driver may play: lint found no error in its logic or its text. Parsed
/// and compiled once, by lint itself. On refusal, the errors (never empty), in file order.
pub fn checked(files: &ScenarioFiles) -> Result<Scenario, Vec<Diagnostic>> {
    let (scenario, diags) = lint_and_compile(files);
    let errors: Vec<Diagnostic> = diags.into_iter().filter(|d| d.is_error()).collect();
    match scenario {
        Some(s) if errors.is_empty() => Ok(s),
        _ if !errors.is_empty() => Err(errors),
        _ => {
            let mut r = Reporter::new(&files.ron.path, &files.ron.text);
            r.error(Rule::Compile, (0, 0), "the scenario does not compile", None);
            Err(r.out)
        }
    }
}

/// Lint one scenario, keeping the compiled scenario when its logic has no error.
pub fn lint_and_compile(files: &ScenarioFiles) -> (Option<Scenario>, Vec<Diagnostic>) {
    lint_at_depth(files, 0, variants::DEFAULT_VARIANTS)
}

/// `depth`: how many values `repair` has already stood in for.
fn lint_at_depth(
    files: &ScenarioFiles,
    depth: usize,
    variants: u64,
) -> (Option<Scenario>, Vec<Diagnostic>) {
    // made once, shared by every rule
    let map = SourceMap::new(&files.ron.text);
    let texts: BTreeMap<String, LocaleText> = files
        .locales
        .iter()
        .map(|(lang, src)| (lang.clone(), LocaleText::parse(src)))
        .collect();
    let (scenario, mut out) = compile_in(&files.ron, Some(&map));
    if scenario.is_none()
        && let [first] = out.as_slice()
        && let Some(rest) = repair::go_on(files, first, depth)
    {
        // one wrong value stopped the parse: the rest is linted with a stand-in for it
        out.extend(rest);
        return (None, out);
    }
    if let Some(s) = &scenario {
        out.extend(graph::check(s, &files.ron, &map));
        out.extend(values::check(s, &files.ron, &map, &texts));
        out.extend(fluent::check(s, files, &map, &texts));
        out.extend(fairness::check(s, &files.ron, &map, &files.locales, &texts));
        out.extend(feedback::check(s, &files.ron, &map));
        out.extend(competency_max::check(s, &files.ron, &map));
        out.extend(rubric::check(s, &files.ron, &map));
        out.extend(check_translations(files));
        out.extend(variants::check(s, &files.ron, &map, variants));
    } else {
        // the model may still parse: check its text even when logic has errors
        out.extend(fluent::check_unparsed(files, &map, &texts));
    }
    out.extend(glossary_of(files.locales.get(GLOSSARY_LOCALE), &texts));
    (scenario, out)
}

/// The glossary checked against the UI chrome text.
pub fn ui_glossary(ui: &BTreeMap<String, SourceFile>) -> Vec<Diagnostic> {
    let Some(src) = ui.get(GLOSSARY_LOCALE) else {
        return Vec::new();
    };
    let texts = BTreeMap::from([(GLOSSARY_LOCALE.to_string(), LocaleText::parse(src))]);
    glossary_of(Some(src), &texts)
}

/// The locale whose text the glossary's "never use" column is checked against.
const GLOSSARY_LOCALE: &str = "zh-CN";

fn glossary_of(src: Option<&SourceFile>, texts: &BTreeMap<String, LocaleText>) -> Vec<Diagnostic> {
    match (src, texts.get(GLOSSARY_LOCALE)) {
        (Some(src), Some(t)) => glossary::check(glossary::shipped(), src, &t.defs),
        _ => Vec::new(),
    }
}

/// Stubs and stale translations in every locale other than en-US.
fn check_translations(files: &ScenarioFiles) -> Vec<Diagnostic> {
    let Some(source) = files.locales.get("en-US") else {
        return Vec::new();
    };
    let targets: Vec<&SourceFile> = files
        .locales
        .iter()
        .filter(|(lang, _)| lang.as_str() != "en-US")
        .map(|(_, f)| f)
        .collect();
    translation::check(source, &targets)
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
