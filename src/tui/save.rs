//! Saved attempts: the action list and seed, replayed through the engine on load, so a
//! save can never hold a state the engine would not reach. One file per scenario id in
//! the platform's data directory (XDG on Linux), or TRADESIM_DATA_DIR; written atomically.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Locale;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Save {
    pub scenario: String,
    /// The rules the actions were taken under; a changed scenario is replayed as far as it goes.
    pub content_hash: String,
    pub seed: u64,
    pub locale: Locale,
    /// One-line action texts (`choose 2`), as in action files.
    pub actions: Vec<String>,
    /// A written answer in progress at the node the actions lead to (not sent yet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<String>,
    /// Milliseconds since the Unix epoch, from the driver's clock.
    pub saved_at: u64,
    pub tool_version: String,
}

/// Where saves live: `$TRADESIM_DATA_DIR/saves`, else the platform's data directory.
pub fn saves_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("TRADESIM_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d).join("saves"));
    }
    directories::ProjectDirs::from("", "", "tradesim").map(|p| p.data_dir().join("saves"))
}

/// A file name safe on every platform for any scenario id.
fn file_name(id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{safe}.json")
}

pub fn path_for(dir: &Path, id: &str) -> PathBuf {
    dir.join(file_name(id))
}

/// Every readable save in `dir`, by scenario id; unreadable or foreign files are skipped.
pub fn load_all(dir: &Path) -> BTreeMap<String, Save> {
    let mut out = BTreeMap::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "json")
            && let Ok(text) = fs::read_to_string(&p)
            && let Ok(save) = serde_json::from_str::<Save>(&text)
        {
            out.insert(save.scenario.clone(), save);
        }
    }
    out
}

/// Write to a temporary file beside the target, fsync, rename over it, fsync the folder:
/// a crash leaves the old save or the new one, never half of one.
pub fn write(dir: &Path, save: &Save) -> io::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    let target = path_for(dir, &save.scenario);
    let tmp = dir.join(format!(
        ".{}.tmp{}",
        file_name(&save.scenario),
        std::process::id()
    ));
    let text = serde_json::to_string_pretty(save).map_err(io::Error::other)?;
    {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.write_all(b"\n")?;
        f.sync_all()?;
    }
    if let Err(e) = fs::rename(&tmp, &target) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(target)
}

pub fn delete(dir: &Path, id: &str) -> io::Result<()> {
    match fs::remove_file(path_for(dir, id)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Save {
        Save {
            scenario: "tutorial".into(),
            content_hash: "abc".into(),
            seed: 7,
            locale: "zh-CN".into(),
            actions: vec!["choose 1".into(), "submit hs=6704.20".into()],
            draft: Some("Dear Ms Li,\n报价".into()),
            saved_at: 1,
            tool_version: "0.1.0".into(),
        }
    }

    #[test]
    fn writes_atomically_and_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().join("saves");
        write(&d, &sample()).unwrap();
        let mut second = sample();
        second.actions.push("mark".into());
        write(&d, &second).unwrap();
        let all = load_all(&d);
        assert_eq!(all.get("tutorial"), Some(&second));
        let leftovers: Vec<_> = fs::read_dir(&d)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains("tmp"))
            .collect();
        assert!(leftovers.is_empty());
        delete(&d, "tutorial").unwrap();
        assert!(load_all(&d).is_empty());
        delete(&d, "tutorial").unwrap();
    }

    #[test]
    fn odd_ids_make_safe_names() {
        assert_eq!(file_name("../etc/x y"), "___etc_x_y.json");
    }
}
