//! Lint: every mistake a teacher can make, found before a student meets it, each located
//! at file:line:col with a hint. Errors stop a scenario from loading; warnings do not.

pub mod fairness;
pub mod fluent;
pub mod glossary;
pub mod graph;
pub mod translation;
pub mod values;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::compile::{Scenario, compile_in};
use super::diagnostic::{Diagnostic, Reporter};
use super::library::{Library, ScenarioFiles, read_locales, shipped_files, ui_sources};
use super::load::{InputError, SourceFile, read_source};
use super::source::SourceMap;
use crate::i18n::messages::{Defined, defined};
use crate::i18n::{FtlError, parse_ftl};
use crate::record::assessment::{AssessmentFiles, TITLES_FTL, shipped_assessments};

pub use fluent::lint_ui;

/// All diagnostics for one scenario and its locale files.
pub fn lint_scenario(files: &ScenarioFiles) -> Vec<Diagnostic> {
    lint_and_compile(files).1
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
            r.error("compile", (0, 0), "the scenario does not compile", None);
            Err(r.out)
        }
    }
}

/// Lint one scenario, keeping the compiled scenario when its logic has no error.
pub fn lint_and_compile(files: &ScenarioFiles) -> (Option<Scenario>, Vec<Diagnostic>) {
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
        out.extend(fairness::check(s, &files.ron, &map, &files.locales));
        out.extend(check_translations(files));
    } else {
        // the model may still parse: check its text even when logic has errors
        out.extend(fluent::check_unparsed(files, &map, &texts));
    }
    out.extend(glossary_of(files.locales.get(GLOSSARY_LOCALE), &texts));
    (scenario, out)
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

/// What a `lint` invocation covers.
#[derive(Debug, Default)]
pub struct Target {
    pub scenarios: Vec<ScenarioFiles>,
    /// UI chrome files by locale.
    pub ui: BTreeMap<String, SourceFile>,
    /// .ftl files given on their own, or found with no scenario: syntax-checked.
    pub loose_ftl: Vec<SourceFile>,
    /// Assessment files (`scenarios/assessments/*.ron`), titled in `assessments.ftl`.
    pub assessments: Vec<AssessmentFiles>,
}

impl Target {
    /// The shipped set, as compiled into the binary.
    pub fn shipped() -> Target {
        let lib = Library::shipped();
        let scenarios: Vec<ScenarioFiles> =
            lib.list().into_iter().map(|(f, _)| f.clone()).collect();
        let mut ids: Vec<String> = scenarios.iter().map(|s| s.id.clone()).collect();
        let assessments = shipped_assessments();
        if !assessments.is_empty() {
            ids.push(TITLES_FTL.to_string());
        }
        let loose = shipped_files()
            .filter(|f| f.path.ends_with(".ftl") && !is_claimed(&f.path, &ids))
            .collect();
        Target {
            scenarios,
            ui: ui_sources(),
            loose_ftl: loose,
            assessments,
        }
    }

    /// Add a path: a project folder (with `scenarios/`), a scenarios folder, a .ron or a .ftl.
    pub fn add_path(&mut self, path: &Path) -> Result<(), InputError> {
        let shown = path.display().to_string();
        let meta = std::fs::metadata(path)
            .map_err(|_| InputError::new(&shown, "no such file or folder"))?;
        if meta.is_dir() {
            // `lint` with no path shows `scenarios/x.ron`, not `./scenarios/x.ron`
            let path = if path == Path::new(".") {
                Path::new("")
            } else {
                path
            };
            let (scen_dir, locales_dir) = if path.join("scenarios").is_dir() {
                (path.join("scenarios"), path.join("locales"))
            } else {
                (path.to_path_buf(), path.join("..").join("locales"))
            };
            let mut rons = list(&scen_dir, "ron")?;
            rons.sort();
            let mut ids = Vec::new();
            for r in &rons {
                let f = ScenarioFiles::from_path(r)?;
                ids.push(f.id.clone());
                self.scenarios.push(f);
            }
            let assessments = AssessmentFiles::in_folder(&scen_dir)?;
            if !assessments.is_empty() {
                ids.push(TITLES_FTL.to_string());
            }
            self.assessments.extend(assessments);
            if locales_dir.is_dir() {
                let mut langs = list_dirs(&locales_dir)?;
                langs.sort();
                for lang in langs {
                    let lang_name = lang
                        .file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .to_string();
                    for ftl in list(&lang, "ftl")? {
                        let stem = ftl
                            .file_stem()
                            .unwrap_or_default()
                            .to_string_lossy()
                            .to_string();
                        if stem == "ui" {
                            self.ui.insert(lang_name.clone(), read_source(&ftl)?);
                        } else if !ids.contains(&stem) && path.join("scenarios").is_dir() {
                            self.loose_ftl.push(read_source(&ftl)?);
                        }
                    }
                }
            }
        } else if path
            .parent()
            .and_then(|p| p.file_name())
            .is_some_and(|n| n == "assessments")
        {
            self.assessments.push(AssessmentFiles::from_path(path)?);
        } else if path.extension().is_some_and(|e| e == "ftl") {
            self.loose_ftl.push(read_source(path)?);
        } else {
            let mut f = ScenarioFiles::from_path(path)?;
            if f.locales.is_empty() {
                // a lone scenario beside its own locales/ folder
                let here = path.parent().unwrap_or(Path::new(".")).join("locales");
                f.locales = read_locales(&here, &f.id)?;
            }
            self.scenarios.push(f);
        }
        Ok(())
    }

    pub fn file_count(&self) -> usize {
        self.scenarios
            .iter()
            .map(|s| 1 + s.locales.len())
            .sum::<usize>()
            + self.ui.len()
            + self.loose_ftl.len()
            + self.assessments.len()
            + self
                .assessments
                .iter()
                .flat_map(|a| a.locales.values().map(|f| f.path.as_str()))
                .collect::<std::collections::BTreeSet<_>>()
                .len()
    }

    pub fn lint(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for s in &self.scenarios {
            out.extend(lint_scenario(s));
        }
        out.extend(lint_ui(&self.ui));
        if let Some(src) = self.ui.get(GLOSSARY_LOCALE) {
            let texts = BTreeMap::from([(GLOSSARY_LOCALE.to_string(), LocaleText::parse(src))]);
            out.extend(glossary_of(Some(src), &texts));
        }
        for f in &self.loose_ftl {
            out.extend(fluent::lint_loose(f));
        }
        out.extend(crate::record::lint::lint_target(
            &self.assessments,
            &self.scenarios,
        ));
        out.sort_by(|a, b| (&a.file, a.line, a.col, a.code).cmp(&(&b.file, b.line, b.col, b.code)));
        out.dedup();
        out
    }
}

fn is_claimed(path: &str, ids: &[String]) -> bool {
    let stem = path
        .rsplit('/')
        .next()
        .unwrap_or("")
        .trim_end_matches(".ftl");
    stem == "ui" || ids.iter().any(|i| i == stem)
}

fn list(dir: &Path, ext: &str) -> Result<Vec<PathBuf>, InputError> {
    let rd = std::fs::read_dir(dir).map_err(|e| {
        InputError::new(
            dir.display().to_string(),
            format!("cannot read folder: {e}"),
        )
    })?;
    let mut v: Vec<PathBuf> = rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == ext))
        .collect();
    v.sort();
    Ok(v)
}

fn list_dirs(dir: &Path) -> Result<Vec<PathBuf>, InputError> {
    let rd = std::fs::read_dir(dir).map_err(|e| {
        InputError::new(
            dir.display().to_string(),
            format!("cannot read folder: {e}"),
        )
    })?;
    Ok(rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect())
}
