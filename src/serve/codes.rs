//! Sign-in codes: one per candidate and session, printed on slips the proctor hands out.
//! Only argon2 hashes are kept (`codes.json` in the results folder, 0600), so a copy of
//! the folder does not sign anyone in. A candidate's code stays good for the session, so
//! a dropped connection can come back; the record is sealed after the hand-in, so a code
//! then opens nothing but the result.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "tradesim-codes/1";

/// No 0/O, 1/I/L: a code is read off paper and typed.
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Codes {
    pub format: String,
    /// The session the codes belong to: codes of another session sign no one in.
    pub session: String,
    /// Candidate id -> argon2id PHC string of the code.
    pub hashes: BTreeMap<String, String>,
}

pub fn codes_path(results: &Path) -> PathBuf {
    results.join("codes.json")
}

/// A fresh code, 8 characters from 31 (about 40 bits), written `ABCD-EFGH`.
pub fn new_code() -> String {
    let bytes = rand::random::<[u8; 8]>();
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect();
    format!(
        "{}-{}",
        chars[..4].iter().collect::<String>(),
        chars[4..].iter().collect::<String>()
    )
}

/// What is hashed: case, spaces and dashes as typed do not matter.
fn normal(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

pub fn hash(code: &str) -> Result<String, String> {
    Argon2::default()
        .hash_password(normal(code).as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| format!("cannot hash a code: {e}"))
}

/// Whether `code` matches the stored hash (argon2: slow on purpose, run it off the
/// network threads).
pub fn matches(stored: &str, code: &str) -> bool {
    PasswordHash::new(stored).ok().is_some_and(|h| {
        Argon2::default()
            .verify_password(normal(code).as_bytes(), &h)
            .is_ok()
    })
}

impl Codes {
    pub fn new(session: &str) -> Codes {
        Codes {
            format: FORMAT.into(),
            session: session.into(),
            hashes: BTreeMap::new(),
        }
    }

    /// The session's codes; none yet is an empty set (no one signs in with a code).
    pub fn load(results: &Path, session: &str) -> Result<Codes, String> {
        let p = codes_path(results);
        let text = match std::fs::read_to_string(&p) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Codes::new(session)),
            Err(e) => return Err(format!("{}: {e}", p.display())),
        };
        let c: Codes = serde_json::from_str(&text).map_err(|e| {
            format!(
                "{}:{}:{}: not a codes file: {e}",
                p.display(),
                e.line(),
                e.column()
            )
        })?;
        if c.format != FORMAT {
            return Err(format!(
                "{}: format `{}`, expected `{FORMAT}`",
                p.display(),
                c.format
            ));
        }
        if c.session != session {
            return Err(format!(
                "{}: these codes are for session {}, not {session}",
                p.display(),
                c.session
            ));
        }
        Ok(c)
    }

    /// Written whole to a temporary file (0600, fsync'd) and renamed over the old one.
    pub fn save(&self, results: &Path) -> std::io::Result<()> {
        let p = codes_path(results);
        let tmp = results.join(".codes.json.tmp");
        let _ = std::fs::remove_file(&tmp);
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            opts.mode(0o600);
        }
        let mut f = opts.open(&tmp)?;
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        std::fs::rename(&tmp, &p)
    }

    pub fn check(&self, candidate: &str, code: &str) -> bool {
        self.hashes.get(candidate).is_some_and(|h| matches(h, code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_matches_its_hash_only() {
        let code = new_code();
        assert_eq!(code.len(), 9);
        let h = hash(&code).unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(!h.contains(&normal(&code)));
        assert!(matches(&h, &code));
        assert!(matches(&h, &code.to_ascii_lowercase().replace('-', " ")));
        assert!(!matches(&h, &new_code()));
        assert!(!matches("not a hash", &code));
    }

    #[test]
    fn saved_codes_load_for_their_session_only() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = Codes::new("s1");
        c.hashes.insert("C-1".into(), hash("ABCD-EFGH").unwrap());
        c.save(dir.path()).unwrap();
        let back = Codes::load(dir.path(), "s1").unwrap();
        assert!(back.check("C-1", "abcd-efgh"));
        assert!(!back.check("C-2", "abcd-efgh"));
        assert!(
            Codes::load(dir.path(), "s2")
                .unwrap_err()
                .contains("session s1")
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(codes_path(dir.path()))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
