//! Public keys registered for sign-in: a roster's optional `key` column (one OpenSSH
//! public key per candidate, as in `~/.ssh/id_ed25519.pub`). `session new` keeps them in
//! `keys.json` in the results folder; `serve` lets a candidate in with that key's private
//! half instead of the code on their slip.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use russh::keys::PublicKey;
use serde::{Deserialize, Serialize};

use super::door::same_key;

pub const FORMAT: &str = "tradesim-keys/1";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct KeysFile {
    format: String,
    /// Candidate id -> the OpenSSH public key line.
    keys: BTreeMap<String, String>,
}

/// The keys in force, parsed.
#[derive(Debug, Clone, Default)]
pub struct PublicKeys {
    keys: BTreeMap<String, PublicKey>,
}

pub fn keys_path(results: &Path) -> PathBuf {
    results.join("keys.json")
}

/// An OpenSSH public key line (`ssh-ed25519 AAAA... comment`), or why it is not one.
pub fn parse(line: &str) -> Result<PublicKey, String> {
    PublicKey::from_openssh(line.trim()).map_err(|e| format!("not an OpenSSH public key ({e})"))
}

impl PublicKeys {
    /// From id -> key line; the first bad line is named.
    pub fn from_lines(lines: &BTreeMap<String, String>) -> Result<PublicKeys, String> {
        let mut keys = BTreeMap::new();
        for (id, line) in lines {
            let k = parse(line).map_err(|e| format!("the key of `{id}` is {e}"))?;
            keys.insert(id.clone(), k);
        }
        Ok(PublicKeys { keys })
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn matches(&self, id: &str, offered: &PublicKey) -> bool {
        self.keys.get(id).is_some_and(|k| same_key(k, offered))
    }

    /// The session's registered keys; no file is no keys (codes only).
    pub fn load(results: &Path) -> Result<PublicKeys, String> {
        let p = keys_path(results);
        let text = match std::fs::read_to_string(&p) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(PublicKeys::default());
            }
            Err(e) => return Err(format!("{}: {e}", p.display())),
        };
        let f: KeysFile = serde_json::from_str(&text).map_err(|e| {
            format!(
                "{}:{}:{}: not a keys file: {e}",
                p.display(),
                e.line(),
                e.column()
            )
        })?;
        if f.format != FORMAT {
            return Err(format!(
                "{}: format `{}`, expected `{FORMAT}`",
                p.display(),
                f.format
            ));
        }
        PublicKeys::from_lines(&f.keys).map_err(|e| format!("{}: {e}", p.display()))
    }

    /// Written whole to a temporary file, fsync'd, renamed over the old one.
    pub fn save(lines: &BTreeMap<String, String>, results: &Path) -> std::io::Result<()> {
        let f = KeysFile {
            format: FORMAT.into(),
            keys: lines.clone(),
        };
        let text = serde_json::to_string_pretty(&f).map_err(std::io::Error::other)?;
        crate::serve::practice::store::write_atomic(&keys_path(results), &text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use russh::keys::ssh_key::private::Ed25519Keypair;

    fn key(seed: u8) -> russh::keys::PrivateKey {
        russh::keys::PrivateKey::from(Ed25519Keypair::from_seed(&[seed; 32]))
    }

    #[test]
    fn a_saved_key_matches_its_own_only() {
        let dir = tempfile::tempdir().unwrap();
        let line = key(1).public_key().to_openssh().unwrap() + " ann@laptop";
        let lines = BTreeMap::from([("C-1".to_string(), line)]);
        PublicKeys::save(&lines, dir.path()).unwrap();
        let k = PublicKeys::load(dir.path()).unwrap();
        assert_eq!(k.len(), 1);
        assert!(k.matches("C-1", key(1).public_key()));
        assert!(!k.matches("C-1", key(2).public_key()));
        assert!(!k.matches("C-2", key(1).public_key()));
        let bad = BTreeMap::from([("C-1".to_string(), "ssh-ed25519 nonsense".to_string())]);
        assert!(
            PublicKeys::from_lines(&bad)
                .unwrap_err()
                .contains("the key of `C-1` is not an OpenSSH public key")
        );
    }
}
