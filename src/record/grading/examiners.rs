//! Who may mark: the organiser registers each examiner's id and Ed25519 public key in a file
//! signed with the organiser's key (`tradesim session examiners`). An examiner signs their
//! own grading journal with their own key, so no examiner can write marks in another's name,
//! and nobody without the organiser's key can add an examiner.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::record::journal::{read_bytes, write_whole};
use crate::record::seal::{ALG, PublicKey, SealKey, hex};
use crate::record::session::check_candidate;

pub const FORMAT: &str = "tradesim-examiners/1";
/// The examiners file's name in the results folder.
pub const EXAMINERS_FILE: &str = "examiners.json";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examiners {
    pub format: String,
    /// The session (manifest) these examiners mark.
    pub session: String,
    /// The organiser's key id: the key this file is signed with.
    pub key_id: String,
    /// Examiner id -> their public key, as its file text (`tradesim-public-key <hex>`).
    pub examiners: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedExaminers {
    pub examiners: Examiners,
    /// The organiser's public key (file text): lets `grade` check the file on a marking
    /// machine; `verify` and `report` check it against the key they are given instead.
    pub organiser: String,
    pub alg: String,
    /// Ed25519 over the `examiners` JSON as written.
    pub sig: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExaminersError {
    Unreadable(String),
    NotExaminers(String),
    OtherKey {
        path: String,
        file: String,
        this: String,
    },
    BadSignature(String),
    OtherSession {
        path: String,
        file: String,
        this: String,
    },
    BadId(String),
    BadKey {
        id: String,
        why: String,
    },
}

impl fmt::Display for ExaminersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExaminersError::Unreadable(m) | ExaminersError::NotExaminers(m) => f.write_str(m),
            ExaminersError::OtherKey { path, file, this } => write!(
                f,
                "{path}: signed by another key: the file names key {file}, the organiser's key is {this}"
            ),
            ExaminersError::BadSignature(path) => write!(
                f,
                "{path}: the examiners file does not match its signature: it was changed after the organiser signed it"
            ),
            ExaminersError::OtherSession { path, file, this } => write!(
                f,
                "{path}: the examiners of session {file}, not of this session ({this})"
            ),
            ExaminersError::BadId(why) => write!(f, "examiner id: {why}"),
            ExaminersError::BadKey { id, why } => write!(f, "examiner `{id}`: {why}"),
        }
    }
}

impl std::error::Error for ExaminersError {}

pub fn examiners_path(results: &Path) -> PathBuf {
    results.join(EXAMINERS_FILE)
}

/// An examiner id names a file (`<id>.grading.jsonl`): the candidate-id rules apply.
pub fn check_examiner_id(id: &str) -> Result<(), ExaminersError> {
    check_candidate(id).map_err(|e| {
        ExaminersError::BadId(
            e.to_string()
                .replace("candidate id", "examiner id")
                .replace("candidate", "examiner"),
        )
    })
}

impl Examiners {
    pub fn new(session: &str, organiser: &SealKey) -> Examiners {
        Examiners {
            format: FORMAT.into(),
            session: session.into(),
            key_id: organiser.id(),
            examiners: BTreeMap::new(),
        }
    }

    /// Register (or re-key) an examiner.
    pub fn add(&mut self, id: &str, key: &PublicKey) -> Result<(), ExaminersError> {
        check_examiner_id(id)?;
        if let Some(other) = self
            .examiners
            .keys()
            .find(|k| k.eq_ignore_ascii_case(id) && k.as_str() != id)
        {
            return Err(ExaminersError::BadId(format!(
                "`{id}` and `{other}` differ only in case; their journals would collide on a case-insensitive disk"
            )));
        }
        self.examiners
            .insert(id.into(), key.file_text().trim_end().into());
        Ok(())
    }

    /// An examiner's public key; `None` when the organiser did not register this id.
    pub fn key(&self, id: &str) -> Option<PublicKey> {
        self.examiners.get(id).and_then(|t| PublicKey::from_text(t))
    }

    pub fn sign(&self, organiser: &SealKey) -> SignedExaminers {
        let body = serde_json::to_string(self).expect("an examiners file always serializes");
        SignedExaminers {
            examiners: self.clone(),
            organiser: organiser.public().file_text().trim_end().into(),
            alg: ALG.into(),
            sig: hex(&organiser.sign(&[body.as_bytes()])),
        }
    }
}

impl SignedExaminers {
    /// Read and check. `trusted`: the organiser's public key as the checker holds it; without
    /// it the key written in the file is used (enough for an examiner's own machine, never
    /// for verify or report). The file must belong to `session`.
    pub fn load(
        path: &Path,
        trusted: Option<&PublicKey>,
        session: &str,
    ) -> Result<(Examiners, PublicKey), ExaminersError> {
        let shown = path.display().to_string();
        let bytes =
            read_bytes(path).map_err(|e| ExaminersError::Unreadable(format!("{shown}: {e}")))?;
        let signed: SignedExaminers = serde_json::from_slice(&bytes).map_err(|e| {
            ExaminersError::NotExaminers(format!(
                "{shown}:{}:{}: not an examiners file: {e}",
                e.line(),
                e.column()
            ))
        })?;
        let ex = &signed.examiners;
        if ex.format != FORMAT || signed.alg != ALG {
            return Err(ExaminersError::NotExaminers(format!(
                "{shown}: format `{}` ({}), this version reads `{FORMAT}` ({ALG})",
                ex.format, signed.alg
            )));
        }
        let key = match trusted {
            Some(k) => k.clone(),
            None => PublicKey::from_text(&signed.organiser).ok_or_else(|| {
                ExaminersError::NotExaminers(format!(
                    "{shown}: the organiser's public key in the file is not a key"
                ))
            })?,
        };
        if ex.key_id != key.id() {
            return Err(ExaminersError::OtherKey {
                path: shown,
                file: ex.key_id.clone(),
                this: key.id(),
            });
        }
        let body = serde_json::to_string(ex).expect("an examiners file always serializes");
        if !key.check(&[body.as_bytes()], &signed.sig) {
            return Err(ExaminersError::BadSignature(shown));
        }
        if ex.session != session {
            return Err(ExaminersError::OtherSession {
                path: shown,
                file: ex.session.clone(),
                this: session.into(),
            });
        }
        for (id, text) in &ex.examiners {
            if PublicKey::from_text(text).is_none() {
                return Err(ExaminersError::BadKey {
                    id: id.clone(),
                    why: "the registered public key is not a key".into(),
                });
            }
        }
        Ok((signed.examiners, key))
    }

    /// Read without checking: to add to an existing file before signing it again.
    pub fn read_unchecked(path: &Path) -> Result<Examiners, ExaminersError> {
        let shown = path.display().to_string();
        let bytes =
            read_bytes(path).map_err(|e| ExaminersError::Unreadable(format!("{shown}: {e}")))?;
        serde_json::from_slice::<SignedExaminers>(&bytes)
            .map(|s| s.examiners)
            .map_err(|e| ExaminersError::NotExaminers(format!("{shown}: {e}")))
    }

    /// Replace the file whole: a temporary file, fsync'd, renamed over the old one.
    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        let text =
            serde_json::to_string_pretty(self).expect("an examiners file always serializes") + "\n";
        write_whole(path, &path.with_extension("json.tmp"), text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> SealKey {
        SealKey::new(format!("{s} a key for tests only").as_bytes(), "t").unwrap()
    }

    #[test]
    fn signed_by_the_organiser_and_checked() {
        let dir = tempfile::tempdir().unwrap();
        let org = key("org");
        let mut ex = Examiners::new("s1", &org);
        ex.add("e1", &key("e1").public()).unwrap();
        let p = dir.path().join(EXAMINERS_FILE);
        ex.sign(&org).write(&p).unwrap();
        let (back, _) = SignedExaminers::load(&p, Some(&org.public()), "s1").unwrap();
        assert_eq!(back.key("e1"), Some(key("e1").public()));
        assert_eq!(back.key("e2"), None);
        assert!(matches!(
            SignedExaminers::load(&p, Some(&org.public()), "s2"),
            Err(ExaminersError::OtherSession { .. })
        ));
        // a candidate adds themselves and signs with a key of their own
        let mut forged = back.clone();
        forged.add("cand", &key("cand").public()).unwrap();
        forged.key_id = key("cand").id();
        forged.sign(&key("cand")).write(&p).unwrap();
        assert!(matches!(
            SignedExaminers::load(&p, Some(&org.public()), "s1"),
            Err(ExaminersError::OtherKey { .. })
        ));
        // ... or edits the file and keeps the organiser's signature
        let text = std::fs::read_to_string(&p).unwrap();
        let mut signed: SignedExaminers = serde_json::from_str(&text).unwrap();
        signed.examiners.key_id = org.id();
        signed.sig = ex.sign(&org).sig;
        std::fs::remove_file(&p).unwrap();
        signed.write(&p).unwrap();
        assert!(matches!(
            SignedExaminers::load(&p, Some(&org.public()), "s1"),
            Err(ExaminersError::BadSignature(_))
        ));
        assert!(ex.add("CON", &key("x").public()).is_err());
        assert!(ex.add("E1", &key("x").public()).is_err());
    }
}
