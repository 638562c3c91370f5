//! The witness: for a local sitting, a second, append-only log of every journal line's
//! signature, held where the candidate cannot rewrite it (a folder of the session's service
//! account, files made append-only with `chattr +a`). A journal cut back to an earlier line
//! still verifies line by line; the witness remembers that more was written, so the exam
//! refuses to resume it and `verify` names the cut.
//!
//! One line per journal line: `<line number> <signature hex>\n`.

use std::fs::{File, OpenOptions};
use std::io::{self, Read as _, Write as _};
use std::path::{Path, PathBuf};

use super::journal::no_follow;
use super::seal::{hex, unhex};

/// A witness longer than this is not one we wrote (it grows ~140 bytes a journal line).
const MAX_WITNESS_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug)]
pub struct Witness {
    file: File,
    path: PathBuf,
    sigs: Vec<[u8; 64]>,
}

/// The candidate's witness file in a witness folder.
pub fn witness_path(dir: &Path, candidate: &str) -> PathBuf {
    dir.join(format!("{candidate}.witness"))
}

/// A witness's entries, checked to be numbered 1, 2, 3, ... (a cut-off last line from a
/// crash is ignored: the journal line it belonged to is checked on its own).
pub fn read(path: &Path) -> io::Result<Vec<[u8; 64]>> {
    let f = no_follow(OpenOptions::new().read(true)).open(path)?;
    let mut text = String::new();
    f.take(MAX_WITNESS_BYTES).read_to_string(&mut text)?;
    let complete = match text.rfind('\n') {
        Some(i) => &text[..=i],
        None => "",
    };
    let bad = |n: usize| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("{}:{n}: not a witness line", path.display()),
        )
    };
    complete
        .lines()
        .enumerate()
        .map(|(i, l)| {
            let (no, sig) = l.split_once(' ').ok_or_else(|| bad(i + 1))?;
            if no.parse::<usize>().ok() != Some(i + 1) {
                return Err(bad(i + 1));
            }
            unhex(sig)
                .and_then(|v| v.try_into().ok())
                .ok_or_else(|| bad(i + 1))
        })
        .collect()
}

/// How a record stands against its witness: `Ok` when every line the witness saw is in the
/// record, unchanged, and nothing more.
pub fn compare(witness: &[[u8; 64]], record: &[[u8; 64]]) -> Result<(), WitnessMismatch> {
    if let Some(i) = witness.iter().zip(record).position(|(w, r)| w != r) {
        return Err(WitnessMismatch::Rewritten { line: i + 1 });
    }
    if witness.len() > record.len() {
        return Err(WitnessMismatch::CutBack {
            witness: witness.len(),
            record: record.len(),
        });
    }
    // one line more than the witness: a crash between the two writes, brought level on resume
    if record.len() > witness.len() + 1 {
        return Err(WitnessMismatch::Added {
            witness: witness.len(),
            record: record.len(),
        });
    }
    Ok(())
}

/// How a record departs from what its witness saw written (line counts, 1-based line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WitnessMismatch {
    Rewritten { line: usize },
    CutBack { witness: usize, record: usize },
    Added { witness: usize, record: usize },
}

impl std::fmt::Display for WitnessMismatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WitnessMismatch::Rewritten { line } => write!(
                f,
                "line {line} differs from the one the witness saw written: the journal was rewritten"
            ),
            WitnessMismatch::CutBack { witness, record } => write!(
                f,
                "the witness saw {witness} line(s) written, the record has {record}: the journal was cut back"
            ),
            WitnessMismatch::Added { witness, record } => write!(
                f,
                "the record has {record} line(s), the witness saw {witness} written: lines were added outside the exam"
            ),
        }
    }
}

impl std::error::Error for WitnessMismatch {}

impl Witness {
    /// Open an existing witness file (`session new` makes one per candidate; an exam never
    /// creates it, so a deleted witness cannot be replaced by an empty one unnoticed).
    pub fn open(path: &Path) -> io::Result<Witness> {
        let sigs = read(path).map_err(|e| {
            io::Error::new(
                e.kind(),
                format!(
                    "{}: the witness cannot be read ({e}); it is made by `tradesim session new`",
                    path.display()
                ),
            )
        })?;
        let file = no_follow(OpenOptions::new().append(true)).open(path)?;
        Ok(Witness {
            file,
            path: path.to_path_buf(),
            sigs,
        })
    }

    pub fn sigs(&self) -> &[[u8; 64]] {
        &self.sigs
    }

    pub fn len(&self) -> usize {
        self.sigs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sigs.is_empty()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Record journal line `no`'s signature, fsync'd.
    pub fn append(&mut self, no: usize, sig: &[u8; 64]) -> io::Result<()> {
        self.file
            .write_all(format!("{no} {}\n", hex(sig)).as_bytes())?;
        self.file.sync_data()?;
        self.sigs.push(*sig);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_or_a_rewrite_is_named() {
        let a = [[1u8; 64], [2; 64], [3; 64]];
        assert!(compare(&a, &a).is_ok());
        assert!(compare(&a[..2], &a).is_ok(), "one line ahead after a crash");
        assert!(
            compare(&a, &a[..2])
                .unwrap_err()
                .to_string()
                .contains("cut back")
        );
        let mut b = a;
        b[1] = [9; 64];
        assert!(compare(&a, &b).unwrap_err().to_string().contains("line 2"));
        assert!(
            compare(&a[..1], &a)
                .unwrap_err()
                .to_string()
                .contains("added")
        );
    }

    #[test]
    fn entries_round_trip_and_must_be_numbered() {
        let dir = tempfile::tempdir().unwrap();
        let p = witness_path(dir.path(), "c1");
        std::fs::write(&p, "").unwrap();
        let mut w = Witness::open(&p).unwrap();
        w.append(1, &[7; 64]).unwrap();
        w.append(2, &[8; 64]).unwrap();
        assert_eq!(read(&p).unwrap(), vec![[7; 64], [8; 64]]);
        std::fs::write(&p, format!("2 {}\n", hex(&[7; 64]))).unwrap();
        assert!(read(&p).is_err());
        assert!(Witness::open(&dir.path().join("none.witness")).is_err());
    }
}
