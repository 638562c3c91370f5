//! The files one edited file belongs to: a scenario's `.ron` and its `.ftl` files under the
//! sibling `locales/` folder, read from disk with the editor's unsaved text laid over them.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use crate::author::lint::lint_played;
use crate::scenario::diagnostic::Diagnostic;
use crate::scenario::library::{ScenarioFiles, locales_dir_for, read_locales};
use crate::scenario::lint::fluent;
use crate::scenario::load::SourceFile;

/// Unsaved text of the files open in the editor, by path.
#[derive(Debug, Default)]
pub struct Overlay {
    open: HashMap<PathBuf, String>,
}

impl Overlay {
    pub fn set(&mut self, path: PathBuf, text: String) {
        self.open.insert(path, text);
    }
    pub fn close(&mut self, path: &Path) {
        self.open.remove(path);
    }
    /// The editor's text if the file is open, else the file on disk.
    pub fn read(&self, path: &Path) -> Option<String> {
        match self.open.get(path) {
            Some(t) => Some(t.clone()),
            None => std::fs::read_to_string(path).ok(),
        }
    }
    fn source(&self, path: &Path) -> Option<SourceFile> {
        Some(SourceFile {
            path: path.display().to_string(),
            text: self.read(path)?,
        })
    }
}

/// What an edited file is part of.
#[derive(Debug)]
pub enum Project {
    Scenario(ScenarioFiles),
    /// A Fluent file with no scenario beside it (ui.ftl, or a scenario not written yet).
    Loose(SourceFile),
}

impl Project {
    /// The project of `path`: `scenarios/<id>.ron` with `locales/<lang>/<id>.ftl`.
    pub fn of(path: &Path, overlay: &Overlay) -> Option<Project> {
        let ron = if path.extension().is_some_and(|e| e == "ron") {
            path.to_path_buf()
        } else {
            scenario_of_ftl(path)?
        };
        let Some(ron_src) = overlay.source(&ron) else {
            return overlay.source(path).map(Project::Loose);
        };
        let id = ron
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let locales_dir = locales_dir_for(&ron);
        let mut locales = read_locales(&locales_dir, &id).unwrap_or_default();
        for (lang, src) in &mut locales {
            let p = locales_dir.join(lang).join(format!("{id}.ftl"));
            if let Some(text) = overlay.read(&p) {
                src.text = text;
            }
        }
        Some(Project::Scenario(ScenarioFiles {
            id,
            ron: ron_src,
            locales,
            origin: crate::scenario::library::Origin::Folder(
                ron.parent().unwrap_or(Path::new(".")).to_path_buf(),
            ),
        }))
    }

    /// Every file of the project with its text (diagnostics are published for each, so a
    /// fixed file is cleared).
    pub fn files(&self) -> Vec<&SourceFile> {
        match self {
            Project::Scenario(s) => std::iter::once(&s.ron).chain(s.locales.values()).collect(),
            Project::Loose(f) => vec![f],
        }
    }

    /// Lint's findings, by file path.
    pub fn diagnostics(&self) -> BTreeMap<String, Vec<Diagnostic>> {
        let found = match self {
            Project::Scenario(s) => lint_played(s, None),
            Project::Loose(f) => fluent::lint_loose(f),
        };
        let mut by_file: BTreeMap<String, Vec<Diagnostic>> = self
            .files()
            .into_iter()
            .map(|f| (f.path.clone(), Vec::new()))
            .collect();
        for d in found {
            by_file.entry(d.file.clone()).or_default().push(d);
        }
        by_file
    }

    /// The scenario's RON text, and its Fluent files by locale (en-US first).
    pub fn texts(&self) -> (Option<&SourceFile>, Vec<(&str, &SourceFile)>) {
        match self {
            Project::Scenario(s) => {
                let mut l: Vec<(&str, &SourceFile)> =
                    s.locales.iter().map(|(k, v)| (k.as_str(), v)).collect();
                l.sort_by_key(|(k, _)| (*k != "en-US", *k));
                (Some(&s.ron), l)
            }
            Project::Loose(f) => (None, vec![("", f)]),
        }
    }
}

/// `<root>/locales/<lang>/<id>.ftl` -> `<root>/scenarios/<id>.ron`.
fn scenario_of_ftl(path: &Path) -> Option<PathBuf> {
    let id = path.file_stem()?.to_string_lossy().to_string();
    let locales = path.parent()?.parent()?;
    let root = locales.parent()?;
    Some(root.join("scenarios").join(format!("{id}.ron")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ftl_maps_to_its_scenario() {
        let p = Path::new("/t/locales/zh-CN/tutorial.ftl");
        assert_eq!(
            scenario_of_ftl(p).unwrap(),
            PathBuf::from("/t/scenarios/tutorial.ron")
        );
    }
}
