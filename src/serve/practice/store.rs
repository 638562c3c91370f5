//! What a classroom keeps on the server: `class.json` (the class code's argon2 hash, never
//! the code) and, per student, `CLASS_DIR/<student>/saves/` and `.../attempts/`. Every
//! file is written whole to a temporary file, fsync'd, and renamed into place.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::record::class_progress::{ATTEMPTS_DIR, PracticeAttempt};
use crate::record::seal::create_new_file;
use crate::record::session::{check_candidate, create_results_dir};

pub const CLASS_FILE: &str = "class.json";
pub const FORMAT: &str = "tradesim-class/1";
/// A class code shorter than this is refused: it is all that stands between a stranger on
/// the lab network and a student's folder.
pub const MIN_CODE: usize = 8;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ClassFile {
    pub format: String,
    /// argon2id PHC string of the class code.
    pub code: String,
}

pub fn class_file(dir: &Path) -> PathBuf {
    dir.join(CLASS_FILE)
}

/// Whether `dir` holds a class (a practice folder `report` reads as one).
pub fn is_class(dir: &Path) -> bool {
    class_file(dir).is_file()
}

/// Write `text` to `path` through a fresh temporary file beside it (0600, fsync'd) and a
/// rename; then fsync the folder, so the rename itself survives a crash.
pub fn write_atomic(path: &Path, text: &str) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{:016x}.tmp", rand::random::<u64>()));
    create_new_file(&tmp, text, 0o600)?;
    if let Err(e) = std::fs::rename(&tmp, path) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The class's code hash: set from `code` when given (and kept), else the one kept.
pub fn class_code(dir: &Path, code: Option<&str>) -> Result<String, String> {
    let p = class_file(dir);
    let shown = p.display();
    if let Some(code) = code {
        let code = code.trim();
        if code.chars().filter(|c| c.is_ascii_alphanumeric()).count() < MIN_CODE {
            return Err(format!(
                "the class code must have at least {MIN_CODE} letters or digits"
            ));
        }
        let f = ClassFile {
            format: FORMAT.into(),
            code: crate::serve::codes::hash(code)?,
        };
        create_results_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let text = serde_json::to_string_pretty(&f).map_err(|e| e.to_string())?;
        write_atomic(&p, &text).map_err(|e| format!("{shown}: {e}"))?;
        return Ok(f.code);
    }
    let text = std::fs::read_to_string(&p).map_err(|e| {
        if e.kind() == io::ErrorKind::NotFound {
            format!("{shown}: no class code yet: give `--class-code-file FILE` once to set it")
        } else {
            format!("{shown}: {e}")
        }
    })?;
    let f: ClassFile = serde_json::from_str(&text)
        .map_err(|e| format!("{shown}:{}:{}: not a class file: {e}", e.line(), e.column()))?;
    if f.format != FORMAT {
        return Err(format!(
            "{shown}: format `{}`, expected `{FORMAT}`",
            f.format
        ));
    }
    Ok(f.code)
}

/// A student's folder, made (0700) if new; the id must be usable as a file name.
pub fn student_dir(class: &Path, student: &str) -> Result<PathBuf, String> {
    check_candidate(student).map_err(|e| e.to_string())?;
    let d = class.join(student);
    create_results_dir(&d).map_err(|e| format!("{}: {e}", d.display()))?;
    Ok(d)
}

/// Keep a finished attempt in the student's folder: `attempts/<scenario>-<ms>.json`, a
/// new name each time (an attempt is never written over).
pub fn keep_attempt(student_dir: &Path, a: &PracticeAttempt) -> io::Result<PathBuf> {
    let dir = student_dir.join(ATTEMPTS_DIR);
    create_results_dir(&dir)?;
    let safe: String = a
        .scenario
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let text = serde_json::to_string_pretty(a).map_err(io::Error::other)? + "\n";
    for n in 0..100u32 {
        let p = dir.join(format!("{safe}-{}-{n}.json", a.finished_at));
        if std::fs::symlink_metadata(&p).is_err() {
            write_atomic(&p, &text)?;
            return Ok(p);
        }
    }
    Err(io::Error::other(
        "too many attempts in the same millisecond",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_kept_as_a_hash_only() {
        let dir = tempfile::tempdir().unwrap();
        let class = dir.path().join("class");
        assert!(
            class_code(&class, None)
                .unwrap_err()
                .contains("--class-code-file")
        );
        assert!(
            class_code(&class, Some("short"))
                .unwrap_err()
                .contains("at least 8")
        );
        let h = class_code(&class, Some("  MAPLE-2026-B \n")).unwrap();
        let kept = std::fs::read_to_string(class_file(&class)).unwrap();
        assert!(!kept.contains("MAPLE"));
        assert_eq!(class_code(&class, None).unwrap(), h);
        assert!(crate::serve::codes::matches(&h, "maple-2026-b"));
        assert!(is_class(&class));
    }

    #[test]
    fn student_ids_are_checked_like_candidate_ids() {
        let dir = tempfile::tempdir().unwrap();
        assert!(student_dir(dir.path(), "../etc").is_err());
        assert!(student_dir(dir.path(), "CON").is_err());
        assert!(student_dir(dir.path(), "ann.li").unwrap().is_dir());
    }
}
