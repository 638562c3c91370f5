//! What every connection shares: the session (manifest, exam, key), the sign-in codes,
//! the failed-attempt counts, and who is connected now.

use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::sync::mpsc::Sender;
use std::sync::{Mutex, MutexGuard};
use std::thread::JoinHandle;

use super::codes::Codes;
use super::limit::Limiter;
use super::orders::Orders;
use super::public_keys::PublicKeys;
use super::screen::Input;
use super::seats::{Seat, State};
use crate::record::manifest::Manifest;
use crate::record::{Clock, Exam, SealKey, SystemClock};

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
    /// Keys registered in the roster: their holders sign in without a code.
    pub keys: PublicKeys,
    pub limiter: Mutex<Limiter>,
    pub live: Mutex<HashMap<String, Live>>,
    /// Code checks running at once: argon2 takes 19 MiB and a core's worth of work each, so
    /// a crowd of sign-ins (or of strangers) queues here instead of exhausting memory.
    pub checks: tokio::sync::Semaphore,
    /// What the proctor console shows, one seat per roster candidate.
    pub seats: Mutex<BTreeMap<String, Seat>>,
    /// The session log of proctor orders.
    pub orders: Mutex<Orders>,
}

/// A poisoned lock only means a screen thread panicked; the table itself is still whole.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Room {
    pub fn new(manifest: Manifest, exam: Exam, key: SealKey, codes: Codes) -> Room {
        Room {
            exam,
            key,
            codes,
            keys: PublicKeys::default(),
            limiter: Mutex::new(Limiter::default()),
            checks: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, |n| n.get()),
            ),
            live: Mutex::new(HashMap::new()),
            seats: Mutex::new(
                manifest
                    .roster
                    .iter()
                    .map(|id| (id.clone(), Seat::waiting(id)))
                    .collect(),
            ),
            manifest,
            orders: Mutex::new(Orders::default()),
        }
    }

    /// The clock exams and orders are timed by.
    pub fn clock(&self) -> Box<dyn Clock> {
        #[cfg(debug_assertions)]
        if let Some(c) = super::debug_clock::from_env() {
            return Box::new(c);
        }
        Box::new(SystemClock::new())
    }

    pub fn in_roster(&self, id: &str) -> bool {
        self.manifest.seeds.contains_key(id)
    }

    /// Change one candidate's seat.
    pub fn seat(&self, candidate: &str, change: impl FnOnce(&mut Seat)) {
        if let Some(s) = lock(&self.seats).get_mut(candidate) {
            change(s);
        }
    }

    /// The seats, in roster order.
    pub fn seats(&self) -> Vec<Seat> {
        let seats = lock(&self.seats);
        self.manifest
            .roster
            .iter()
            .filter_map(|id| seats.get(id).cloned())
            .collect()
    }

    /// Forget a screen that ended, unless a newer connection already holds the candidate.
    pub fn left(&self, candidate: &str, conn: u64) {
        let mut live = lock(&self.live);
        if live.get(candidate).is_some_and(|l| l.conn == conn) {
            live.remove(candidate);
            self.seat(candidate, |s| {
                if s.state == State::Connected {
                    s.state = State::Disconnected;
                }
            });
        }
    }
}
