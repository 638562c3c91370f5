//! `tradesim new`: a working skeleton scenario (one node of every kind) with its en-US and
//! zh-CN text, lint-clean from the first minute, written without ever clobbering a file.

use std::fmt;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::scenario::model::Domain;

const SKELETON_RON: &str = include_str!("templates/skeleton.ron");
const SKELETON_EN: &str = include_str!("templates/en-US.ftl");
const SKELETON_ZH: &str = include_str!("templates/zh-CN.ftl");

/// The longest id we accept: it becomes file names, so keep it well inside any file system.
pub const MAX_ID_LEN: usize = 64;

/// A scenario to scaffold: its id and the trade area it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scaffold {
    pub id: String,
    pub domain: Domain,
}

/// One file of the skeleton, ready to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedFile {
    pub path: PathBuf,
    pub text: String,
}

#[derive(Debug)]
pub enum ScaffoldError {
    /// The id cannot be a scenario id; the reason says why.
    BadId { id: String, reason: String },
    /// These files are already there; nothing was written.
    Exists(Vec<PathBuf>),
    /// Writing failed; files written before the failure were removed again.
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl fmt::Display for ScaffoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScaffoldError::BadId { id, reason } => {
                write!(f, "`{id}` cannot be a scenario id: {reason}")
            }
            ScaffoldError::Exists(paths) => {
                let list: Vec<String> = paths.iter().map(|p| shown(p)).collect();
                write!(
                    f,
                    "not overwriting existing file(s): {}; nothing was written",
                    list.join(", ")
                )
            }
            ScaffoldError::Io { path, error } => {
                write!(f, "{}: cannot write: {error}", shown(path))
            }
        }
    }
}

impl std::error::Error for ScaffoldError {}

/// `./scenarios/x.ron` shown as `scenarios/x.ron`: what the teacher would type.
pub fn shown(p: &Path) -> String {
    p.strip_prefix(".").unwrap_or(p).display().to_string()
}

/// Ids become file names and appear in records: lowercase ASCII letters, digits, `-` and
/// `_`, starting with a letter. `ui` is taken by the UI chrome's `locales/<lang>/ui.ftl`.
pub fn validate_id(id: &str) -> Result<(), ScaffoldError> {
    let bad = |reason: &str| {
        Err(ScaffoldError::BadId {
            id: id.to_string(),
            reason: reason.to_string(),
        })
    };
    if id.is_empty() {
        return bad("it is empty");
    }
    if id.len() > MAX_ID_LEN {
        return bad(&format!("it is longer than {MAX_ID_LEN} characters"));
    }
    if !id.starts_with(|c: char| c.is_ascii_lowercase()) {
        return bad("start it with a lowercase letter a-z");
    }
    if let Some(c) = id
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-' || *c == '_'))
    {
        return bad(&format!(
            "`{c}` is not allowed; use lowercase letters a-z, digits, `-` and `_` (e.g. `customs-wigs`)"
        ));
    }
    if id == "ui" {
        return bad("`ui` is the name of the interface text files (locales/<lang>/ui.ftl)");
    }
    Ok(())
}

/// The competencies a skeleton assesses, by domain: the pair the trade most asks of it.
fn competencies(domain: Domain) -> (&'static str, &'static str) {
    match domain {
        Domain::Sourcing => ("cost", "communication"),
        Domain::Ecommerce => ("compliance", "communication"),
        Domain::Customs => ("compliance", "risk"),
        Domain::Logistics => ("logistics", "cost"),
        Domain::Payment => ("risk", "communication"),
        Domain::Capstone => ("compliance", "logistics"),
    }
}

/// The RON variant name of a domain, as written in `domains: [...]`.
fn domain_variant(domain: Domain) -> String {
    format!("{domain:?}")
}

impl Scaffold {
    pub fn new(id: &str, domain: Domain) -> Result<Scaffold, ScaffoldError> {
        validate_id(id)?;
        Ok(Scaffold {
            id: id.to_string(),
            domain,
        })
    }

    fn fill(&self, template: &str) -> String {
        let (a, b) = competencies(self.domain);
        template
            .replace("__ID__", &self.id)
            .replace("__DOMAIN__", &domain_variant(self.domain))
            .replace("__COMP_A__", a)
            .replace("__COMP_B__", b)
    }

    /// The three files under `dir`: `scenarios/<id>.ron`, `locales/{en-US,zh-CN}/<id>.ftl`.
    pub fn plan(&self, dir: &Path) -> Vec<PlannedFile> {
        let id = &self.id;
        vec![
            PlannedFile {
                path: dir.join("scenarios").join(format!("{id}.ron")),
                text: self.fill(SKELETON_RON),
            },
            PlannedFile {
                path: dir.join("locales").join("en-US").join(format!("{id}.ftl")),
                text: self.fill(SKELETON_EN),
            },
            PlannedFile {
                path: dir.join("locales").join("zh-CN").join(format!("{id}.ftl")),
                text: self.fill(SKELETON_ZH),
            },
        ]
    }

    /// Write the skeleton under `dir`. Every target is checked before any is written, each
    /// file appears whole or not at all, and on a failure the files already written are
    /// removed again: the folder ends as it was, or with all three files.
    pub fn write(&self, dir: &Path) -> Result<Vec<PathBuf>, ScaffoldError> {
        let plan = self.plan(dir);
        let existing: Vec<PathBuf> = plan
            .iter()
            .filter(|f| f.path.symlink_metadata().is_ok())
            .map(|f| f.path.clone())
            .collect();
        if !existing.is_empty() {
            return Err(ScaffoldError::Exists(existing));
        }
        let mut written: Vec<PathBuf> = Vec::new();
        for f in &plan {
            if let Err(e) = write_new(&f.path, &f.text) {
                for w in &written {
                    let _ = std::fs::remove_file(w);
                }
                return Err(e);
            }
            written.push(f.path.clone());
        }
        Ok(written)
    }
}

/// `text` in a synced temporary file beside `path` (the same folder, so linking or
/// renaming it into place is atomic). The caller moves it into place.
pub(crate) fn synced_temp(path: &Path, text: &str) -> std::io::Result<PathBuf> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)?;
    if let Err(e) = f.write_all(text.as_bytes()).and_then(|()| f.sync_all()) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    Ok(tmp)
}

/// Write `text` to a new file at `path`: a temporary file beside it, synced, then linked
/// into place, which fails rather than replace a file that appeared meanwhile.
fn write_new(path: &Path, text: &str) -> Result<(), ScaffoldError> {
    let io = |error: std::io::Error| ScaffoldError::Io {
        path: path.to_path_buf(),
        error,
    };
    let tmp = synced_temp(path, text).map_err(io)?;
    let result = match std::fs::hard_link(&tmp, path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(e),
        // file systems without hard links: rename, having checked just before
        Err(_) if path.symlink_metadata().is_err() => std::fs::rename(&tmp, path),
        Err(e) => Err(e),
    };
    let _ = std::fs::remove_file(&tmp);
    result.map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            ScaffoldError::Exists(vec![path.to_path_buf()])
        } else {
            io(e)
        }
    })?;
    sync_dir(path.parent().unwrap_or(Path::new(".")));
    Ok(())
}

/// Make the new directory entry durable; best effort, as not every platform can.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_checked() {
        for ok in ["customs-wigs", "tea_export2", "a"] {
            assert!(validate_id(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "Customs",
            "2fast",
            "-x",
            "tea export",
            "tea.ron",
            "../x",
            "ui",
            "茶叶",
            &"a".repeat(65),
        ] {
            let e = validate_id(bad).unwrap_err();
            assert!(matches!(e, ScaffoldError::BadId { .. }), "{bad}: {e}");
        }
    }

    #[test]
    fn templates_have_no_placeholder_left() {
        for d in Domain::ALL {
            let s = Scaffold::new("x-1", d).unwrap();
            for f in s.plan(Path::new("p")) {
                assert!(!f.text.contains("__"), "{}: {}", f.path.display(), f.text);
            }
        }
    }

    #[test]
    fn domain_sets_the_domain_and_competencies() {
        let s = Scaffold::new("x", Domain::Payment).unwrap();
        let ron = &s.plan(Path::new("."))[0].text;
        assert!(ron.contains("domains: [Payment]"));
        assert!(ron.contains("\"risk\": (weight"));
        assert!(ron.contains("\"communication\": (weight"));
    }
}
