//! The `lint` driver: what one invocation covers (scenarios, their locales, UI chrome,
//! loose .ftl files, assessments) and the run over all of it. It sits above both
//! `scenario` (per-rule lint) and `record` (assessment lint), so neither reaches up.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::record::assessment::{AssessmentFiles, TITLES_FTL, shipped_assessments};
use crate::scenario::diagnostic::{Diagnostic, Rule};
use crate::scenario::library::{Library, ScenarioFiles, read_locales, shipped_files, ui_sources};
use crate::scenario::lint::{
    lint_loose, lint_scenario, lint_scenario_variants, lint_ui, ui_glossary,
};
use crate::scenario::load::{InputError, SourceFile, read_source};

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
    /// Papers of each parametric scenario to sample (`--variants`); None: lint's default.
    pub variants: Option<u64>,
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
            variants: None,
        }
    }

    /// Add a path: a project folder (with `scenarios/`), a scenarios folder, a .ron or a .ftl.
    pub fn add_path(&mut self, path: &Path) -> Result<(), InputError> {
        let shown = path.display().to_string();
        let meta = std::fs::metadata(path)
            .map_err(|_| InputError::new(&shown, "no such file or folder"))?;
        if meta.is_dir() {
            let before = self.file_count();
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
            if self.file_count() == before {
                // a wrong folder must not pass as "0 files, no problems"
                return Err(InputError::new(
                    &shown,
                    format!("no scenario or locale files under {shown}"),
                ));
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
            out.extend(match self.variants {
                Some(n) => lint_scenario_variants(s, n),
                None => lint_scenario(s),
            });
        }
        out.extend(lint_ui(&self.ui));
        out.extend(ui_glossary(&self.ui));
        for f in &self.loose_ftl {
            out.extend(lint_loose(f));
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

/// The order a teacher reads findings in: every error first (in file order), then the
/// warnings grouped by rule, so a hundred unused messages do not bury the one broken link.
pub fn reading_order(diags: &[Diagnostic]) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = diags.iter().filter(|d| d.is_error()).cloned().collect();
    let mut warnings: Vec<&Diagnostic> = diags.iter().filter(|d| !d.is_error()).collect();
    // stable: file order within each rule
    warnings.sort_by_key(|d| d.code);
    out.extend(warnings.into_iter().cloned());
    out
}

/// How many warnings each rule found, by rule name.
pub fn warning_counts(diags: &[Diagnostic]) -> Vec<(Rule, usize)> {
    let mut counts: BTreeMap<Rule, usize> = BTreeMap::new();
    for d in diags.iter().filter(|d| !d.is_error()) {
        *counts.entry(d.code).or_default() += 1;
    }
    counts.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::diagnostic::Reporter;

    #[test]
    fn errors_come_first_then_warnings_grouped_by_rule() {
        let text = "a\nb\nc\nd\n";
        let mut r = Reporter::new("x.ron", text);
        r.warn(Rule::UnusedMessage, (0, 1), "u1", None);
        r.warn(Rule::LengthCue, (2, 3), "l1", None);
        r.error(Rule::MissingTarget, (4, 5), "e1", None);
        r.warn(Rule::UnusedMessage, (6, 7), "u2", None);
        let ordered = reading_order(&r.out);
        let order: Vec<&str> = ordered.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(order, ["e1", "l1", "u1", "u2"]);
        assert_eq!(
            warning_counts(&r.out),
            [(Rule::LengthCue, 1), (Rule::UnusedMessage, 2)]
        );
    }

    #[test]
    fn a_folder_with_nothing_to_lint_is_refused() {
        let dir = std::env::temp_dir().join(format!("tradesim-empty-lint-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let err = Target::default().add_path(&dir).unwrap_err();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(
            err.message
                .starts_with("no scenario or locale files under "),
            "{err}"
        );
    }
}
