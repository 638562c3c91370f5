//! Where scenarios come from: the shipped set compiled into the binary, a teacher's own
//! folders (`--scenarios DIR`, TRADESIM_SCENARIOS), or a path to a .ron file.
//!
//! A scenario folder has a sibling `locales/` folder holding `<lang>/<id>.ftl`; UI chrome
//! lives in `locales/<lang>/ui.ftl`. A teacher's scenario with a shipped id shadows it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::load::{InputError, SourceFile, read_source};

mod shipped {
    include!(concat!(env!("OUT_DIR"), "/shipped.rs"));
}

/// A scenario's files: the RON and its .ftl per locale.
#[derive(Debug, Clone)]
pub struct ScenarioFiles {
    pub id: String,
    pub ron: SourceFile,
    pub locales: BTreeMap<String, SourceFile>,
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Shipped,
    Folder(PathBuf),
}

#[derive(Debug, Clone, Default)]
pub struct Library {
    /// In priority order: teacher folders first (later flags win), shipped last.
    entries: Vec<ScenarioFiles>,
}

fn shipped_file(path: &str, text: &str) -> SourceFile {
    SourceFile {
        path: path.to_string(),
        text: text.to_string(),
    }
}

/// The shipped UI chrome (`locales/<lang>/ui.ftl`) by locale.
pub fn ui_sources() -> BTreeMap<String, SourceFile> {
    shipped::SHIPPED
        .iter()
        .filter_map(|(p, t)| {
            let rest = p.strip_prefix("locales/")?;
            let (lang, file) = rest.split_once('/')?;
            (file == "ui.ftl").then(|| (lang.to_string(), shipped_file(p, t)))
        })
        .collect()
}

/// Every shipped file by its path relative to the project root.
pub fn shipped_files() -> impl Iterator<Item = SourceFile> {
    shipped::SHIPPED.iter().map(|(p, t)| shipped_file(p, t))
}

/// The locales folder that belongs to a scenario file: the sibling of its folder,
/// written without `..` where the path allows it (`scenarios/x.ron` -> `locales`).
pub fn locales_dir_for(ron: &Path) -> PathBuf {
    let dir = ron.parent().unwrap_or(Path::new(""));
    match dir.components().next_back() {
        Some(std::path::Component::Normal(_)) => {
            dir.parent().unwrap_or(Path::new("")).join("locales")
        }
        _ => dir.join("..").join("locales"),
    }
}

/// Read the .ftl files of scenario `id` from a locales folder; a missing file is no entry,
/// an unreadable one is an error.
pub fn read_locales(locales: &Path, id: &str) -> Result<BTreeMap<String, SourceFile>, InputError> {
    let mut out = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(locales) else {
        return Ok(out);
    };
    let mut langs: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    langs.sort();
    for lang_dir in langs {
        let ftl = lang_dir.join(format!("{id}.ftl"));
        if ftl.exists() {
            let lang = lang_dir
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            out.insert(lang, read_source(&ftl)?);
        }
    }
    Ok(out)
}

/// The id a scenario file declares, read cheaply from its text (`id: "..."`), else its stem.
fn file_stem_id(path: &Path) -> String {
    path.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .to_string()
}

impl ScenarioFiles {
    /// A scenario from a .ron path, with the .ftl files of its sibling locales folder.
    pub fn from_path(path: &Path) -> Result<ScenarioFiles, InputError> {
        let ron = read_source(path)?;
        let id = file_stem_id(path);
        let locales = read_locales(&locales_dir_for(path), &id)?;
        Ok(ScenarioFiles {
            id,
            ron,
            locales,
            origin: Origin::Folder(path.parent().unwrap_or(Path::new(".")).to_path_buf()),
        })
    }
}

/// The folders of TRADESIM_SCENARIOS (`:`-separated), then `dirs`: every scenario folder a
/// command was given.
pub fn with_env_folders(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut all: Vec<PathBuf> = std::env::var_os("TRADESIM_SCENARIOS")
        .map(|v| {
            std::env::split_paths(&v)
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        })
        .unwrap_or_default();
    all.extend(dirs.iter().cloned());
    all
}

impl Library {
    /// The scenarios compiled into this binary.
    pub fn shipped() -> Library {
        let mut entries = Vec::new();
        for (path, text) in shipped::SHIPPED {
            let Some(name) = path.strip_prefix("scenarios/") else {
                continue;
            };
            // assessments and other subfolders are not playable scenarios
            if name.contains('/') {
                continue;
            }
            let id = name.trim_end_matches(".ron").to_string();
            let locales = shipped::SHIPPED
                .iter()
                .filter_map(|(p, t)| {
                    let rest = p.strip_prefix("locales/")?;
                    let (lang, file) = rest.split_once('/')?;
                    (file == format!("{id}.ftl")).then(|| (lang.to_string(), shipped_file(p, t)))
                })
                .collect();
            entries.push(ScenarioFiles {
                id,
                ron: shipped_file(path, text),
                locales,
                origin: Origin::Shipped,
            });
        }
        Library { entries }
    }

    /// The shipped set plus the folders named by TRADESIM_SCENARIOS (`:`-separated) and `dirs`.
    pub fn with_folders(dirs: &[PathBuf]) -> Result<Library, InputError> {
        let mut lib = Library::shipped();
        for d in &with_env_folders(dirs) {
            lib.add_folder(d)?;
        }
        Ok(lib)
    }

    /// Add a teacher's folder: a project folder holding `scenarios/`, or a scenarios folder.
    pub fn add_folder(&mut self, dir: &Path) -> Result<(), InputError> {
        let shown = dir.display().to_string();
        if !dir.is_dir() {
            return Err(InputError::new(shown, "no such folder of scenarios"));
        }
        let scen = if dir.join("scenarios").is_dir() {
            dir.join("scenarios")
        } else {
            dir.to_path_buf()
        };
        let mut rons: Vec<PathBuf> = std::fs::read_dir(&scen)
            .map_err(|e| InputError::new(&shown, format!("cannot read folder: {e}")))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect();
        rons.sort();
        let mut added = Vec::new();
        for r in rons {
            added.push(ScenarioFiles::from_path(&r)?);
        }
        // later folders take priority over earlier ones and over shipped
        added.extend(std::mem::take(&mut self.entries));
        self.entries = added;
        Ok(())
    }

    /// Each id once, the one in force; `shadowed` says whether a shipped one is hidden by it.
    pub fn list(&self) -> Vec<(&ScenarioFiles, bool)> {
        let mut seen: Vec<&str> = Vec::new();
        let mut out = Vec::new();
        for e in &self.entries {
            if seen.contains(&e.id.as_str()) {
                continue;
            }
            seen.push(&e.id);
            let shadows = e.origin != Origin::Shipped
                && self
                    .entries
                    .iter()
                    .any(|o| o.id == e.id && o.origin == Origin::Shipped);
            out.push((e, shadows));
        }
        out
    }

    pub fn get(&self, id: &str) -> Option<&ScenarioFiles> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// A SCENARIO argument: a path to a .ron file, or an id in this library.
    pub fn resolve(&self, arg: &str) -> Result<ScenarioFiles, InputError> {
        let p = Path::new(arg);
        if arg.ends_with(".ron") || arg.contains('/') || arg.contains('\\') || p.is_file() {
            return ScenarioFiles::from_path(p);
        }
        if let Some(e) = self.get(arg) {
            return Ok(e.clone());
        }
        let ids: Vec<&String> = self.entries.iter().map(|e| &e.id).collect();
        let hint = match crate::suggest::did_you_mean(arg, ids.iter().copied()) {
            Some(s) => format!("; did you mean `{s}`?"),
            None => String::new(),
        };
        Err(InputError::new(
            arg,
            format!(
                "no scenario with this id{hint} (known: {}); a path to a .ron file works too",
                ids.iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ))
    }
}
