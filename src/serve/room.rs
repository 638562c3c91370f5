//! What every connection shares: the session (manifest, exam, key), the sign-in codes,
//! the failed-attempt counts, and who is connected now.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::mpsc::Sender;
use std::sync::{Mutex, MutexGuard};
use std::thread::JoinHandle;

use super::codes::Codes;
use super::limit::Limiter;
use super::screen::Input;
use crate::record::manifest::Manifest;
use crate::record::{Exam, SealKey};

/// A connected candidate's screen.
pub struct Live {
    /// Which connection holds it: a screen that ends removes itself only if still its own.
    pub conn: u64,
    pub tx: Sender<Input>,
    pub thread: Option<JoinHandle<()>>,
    pub addr: Option<SocketAddr>,
}

pub struct Room {
    pub manifest: Manifest,
    pub exam: Exam,
    pub key: SealKey,
    pub codes: Codes,
    pub limiter: Mutex<Limiter>,
    pub live: Mutex<HashMap<String, Live>>,
}

/// A poisoned lock only means a screen thread panicked; the table itself is still whole.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Room {
    pub fn new(manifest: Manifest, exam: Exam, key: SealKey, codes: Codes) -> Room {
        Room {
            manifest,
            exam,
            key,
            codes,
            limiter: Mutex::new(Limiter::default()),
            live: Mutex::new(HashMap::new()),
        }
    }

    pub fn in_roster(&self, id: &str) -> bool {
        self.manifest.seeds.contains_key(id)
    }

    /// Forget a screen that ended, unless a newer connection already holds the candidate.
    pub fn left(&self, candidate: &str, conn: u64) {
        let mut live = lock(&self.live);
        if live.get(candidate).is_some_and(|l| l.conn == conn) {
            live.remove(candidate);
        }
    }
}
