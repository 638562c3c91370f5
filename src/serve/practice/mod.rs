//! Classroom mode (`tradesim serve --practice`): students sign in as `ssh STUDENT@host`
//! with the class code the teacher set (or a key from the class list), get the menu of
//! every scenario in practice mode, and their finished attempts and saves are kept on the
//! server under `CLASS_DIR/<student>/`. No session, no signing key: nothing here is an
//! exam, and `tradesim report CLASS_DIR` gives the teacher the class's progress.

pub mod sitting;
pub mod store;

use std::collections::{BTreeSet, HashMap};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::mpsc::Receiver;

use russh::keys::PublicKey;

use super::door::Door;
use super::limit::Limiter;
use super::public_keys::PublicKeys;
use super::room::{Live, lock};
use super::screen::{Channel, Input};
use super::sitting::Client;
use crate::record::session::check_candidate;
use crate::scenario::library::ScenarioFiles;

pub struct Class {
    pub dir: PathBuf,
    /// argon2id hash of the class code.
    code: String,
    /// The class list's ids, when the teacher gave one: no one else signs in.
    allowed: Option<BTreeSet<String>>,
    keys: PublicKeys,
    /// The menu: shipped scenarios and the teacher's, with whether each shadows a shipped one.
    pub scenarios: Vec<(ScenarioFiles, bool)>,
    limiter: Mutex<Limiter>,
    checks: tokio::sync::Semaphore,
    live: Mutex<HashMap<String, Live>>,
}

impl Class {
    pub fn new(
        dir: PathBuf,
        code: String,
        allowed: Option<BTreeSet<String>>,
        keys: PublicKeys,
        scenarios: Vec<(ScenarioFiles, bool)>,
    ) -> Class {
        Class {
            dir,
            code,
            allowed,
            keys,
            scenarios,
            limiter: Mutex::new(Limiter::default()),
            checks: tokio::sync::Semaphore::new(
                std::thread::available_parallelism().map_or(2, |n| n.get()),
            ),
            live: Mutex::new(HashMap::new()),
        }
    }

    /// Students signed in now.
    pub fn connected(&self) -> usize {
        lock(&self.live).len()
    }
}

impl Door for Class {
    fn limiter(&self) -> &Mutex<Limiter> {
        &self.limiter
    }

    fn checks(&self) -> &tokio::sync::Semaphore {
        &self.checks
    }

    fn live(&self) -> &Mutex<HashMap<String, Live>> {
        &self.live
    }

    /// A student id is a folder name: usable on any disk, and on the list if there is one.
    fn known(&self, user: &str) -> bool {
        check_candidate(user).is_ok() && self.allowed.as_ref().is_none_or(|l| l.contains(user))
    }

    fn code_matches(&self, user: &str, code: &str) -> bool {
        self.known(user) && crate::serve::codes::matches(&self.code, code)
    }

    fn key_matches(&self, user: &str, key: &PublicKey) -> bool {
        self.known(user) && self.keys.matches(user, key)
    }

    fn arrived(&self, _: &str, _: Option<SocketAddr>) {}

    fn sit(&self, user: &str, client: Client, inbox: &Receiver<Input>, out: Channel) {
        sitting::sit(self, user, client, inbox, out);
    }

    fn left(&self, user: &str, conn: u64) {
        let mut live = lock(&self.live);
        if live.get(user).is_some_and(|l| l.conn == conn) {
            live.remove(user);
        }
    }
}
