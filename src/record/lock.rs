//! One process per candidate: an advisory lock (flock) on `<candidate>.lock` beside the
//! journal. The kernel drops the lock when its process dies however it dies, so a lock file
//! left by a crash is never stale: the next process simply takes it.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub struct CandidateLock {
    file: File,
    path: PathBuf,
}

#[derive(Debug)]
pub enum LockError {
    /// Another live process holds it; the pid it wrote, if readable.
    Held {
        path: PathBuf,
        pid: Option<u32>,
    },
    Io {
        path: PathBuf,
        err: io::Error,
    },
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LockError::Held { path, pid } => {
                let who = pid
                    .map(|p| format!("process {p}"))
                    .unwrap_or_else(|| "another process".into());
                write!(
                    f,
                    "{}: this candidate's exam is already open in {who}; close that one first",
                    path.display()
                )
            }
            LockError::Io { path, err } => write!(f, "{}: cannot lock: {err}", path.display()),
        }
    }
}

impl std::error::Error for LockError {}

impl CandidateLock {
    /// Take the lock without waiting.
    pub fn acquire(path: &Path) -> Result<CandidateLock, LockError> {
        let io = |err| LockError::Io {
            path: path.to_path_buf(),
            err,
        };
        // A planted symbolic link would make us truncate its target: refuse it. (O_NOFOLLOW
        // below closes the gap between this check and the open.)
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(io(io::Error::other(
                "the lock file is a symbolic link; refusing to follow it (remove it)",
            )));
        }
        // A few tries: the file may be unlinked by a finishing holder between open and lock.
        for _ in 0..5 {
            let mut opts = OpenOptions::new();
            opts.read(true).write(true).create(true).truncate(false);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt as _;
                opts.mode(0o600);
            }
            let mut file = crate::record::journal::no_follow(&mut opts)
                .open(path)
                .map_err(io)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(std::fs::TryLockError::WouldBlock) => {
                    let mut s = String::new();
                    let _ = file.read_to_string(&mut s);
                    return Err(LockError::Held {
                        path: path.to_path_buf(),
                        pid: s.trim().parse().ok(),
                    });
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(io(e)),
            }
            if !same_file(&file, path) {
                continue;
            }
            file.set_len(0).map_err(io)?;
            file.seek(SeekFrom::Start(0)).map_err(io)?;
            writeln!(file, "{}", std::process::id()).map_err(io)?;
            return Ok(CandidateLock {
                file,
                path: path.to_path_buf(),
            });
        }
        Err(io(io::Error::other("the lock file keeps being replaced")))
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &File, _: &Path) -> bool {
    true
}

impl Drop for CandidateLock {
    fn drop(&mut self) {
        // Unlink while still holding the lock; a process that opened the old file re-checks
        // the path after locking (`same_file`) and tries again.
        #[cfg(unix)]
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_holder_is_refused_with_the_pid_then_allowed_after_release() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c1.lock");
        let a = CandidateLock::acquire(&p).unwrap();
        match CandidateLock::acquire(&p) {
            Err(LockError::Held { pid, .. }) => assert_eq!(pid, Some(std::process::id())),
            other => panic!("expected Held, got {other:?}"),
        }
        drop(a);
        assert!(!p.exists());
        let _b = CandidateLock::acquire(&p).unwrap();
    }

    #[test]
    fn a_left_over_lock_file_is_not_stale() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c2.lock");
        std::fs::write(&p, "999999\n").unwrap();
        let _a = CandidateLock::acquire(&p).unwrap();
        assert_eq!(
            std::fs::read_to_string(&p).unwrap().trim(),
            std::process::id().to_string()
        );
    }
}
