//! What the SSH side asks of whoever it serves: who may sign in and how, the shared
//! sign-in limits, who is connected, and the screen to run once they are in. An exam room
//! (`Room`) and a classroom (`practice::Class`) are two doors behind one SSH server.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Mutex;
use std::sync::mpsc::Receiver;

use russh::keys::PublicKey;

use super::limit::Limiter;
use super::room::Live;
use super::screen::{Channel, Input};
use super::sitting::Client;

pub trait Door: Send + Sync + 'static {
    /// Failed sign-ins per address and id.
    fn limiter(&self) -> &Mutex<Limiter>;
    /// Code checks running at once (argon2 is heavy on purpose).
    fn checks(&self) -> &tokio::sync::Semaphore;
    /// The screen open for each signed-in user.
    fn live(&self) -> &Mutex<HashMap<String, Live>>;
    /// Whether `user` may sign in at all; a stranger's failures do not grow the limiter.
    fn known(&self, user: &str) -> bool;
    /// Whether `code` signs `user` in (slow: run it off the network threads).
    fn code_matches(&self, user: &str, code: &str) -> bool;
    /// Whether `key` is the public key registered for `user`.
    fn key_matches(&self, user: &str, key: &PublicKey) -> bool;
    /// The user's screen is about to start, from `addr`.
    fn arrived(&self, _user: &str, _addr: Option<SocketAddr>) {}
    /// Run the user's screen until it ends (on a thread of its own), then close `out`.
    fn sit(&self, user: &str, client: Client, inbox: &Receiver<Input>, out: Channel);
    /// The screen of connection `conn` ended.
    fn left(&self, user: &str, conn: u64);
}

/// The registered key's algorithm and key data are what count, not its comment.
pub fn same_key(registered: &PublicKey, offered: &PublicKey) -> bool {
    registered.key_data() == offered.key_data()
}

/// The exam room: the session's roster, the codes on the slips or a key from the roster.
impl Door for super::Room {
    fn limiter(&self) -> &Mutex<Limiter> {
        &self.limiter
    }

    fn checks(&self) -> &tokio::sync::Semaphore {
        &self.checks
    }

    fn live(&self) -> &Mutex<HashMap<String, Live>> {
        &self.live
    }

    fn known(&self, user: &str) -> bool {
        self.in_roster(user)
    }

    fn code_matches(&self, user: &str, code: &str) -> bool {
        self.codes.check(user, code)
    }

    fn key_matches(&self, user: &str, key: &PublicKey) -> bool {
        self.in_roster(user) && self.keys.matches(user, key)
    }

    fn arrived(&self, user: &str, addr: Option<SocketAddr>) {
        self.seat(user, |s| {
            s.state = super::seats::State::Connected;
            s.addr = addr.map(|a| a.to_string());
        });
    }

    fn sit(&self, user: &str, client: Client, inbox: &Receiver<Input>, out: Channel) {
        super::sitting::sit(self, user, client, inbox, out);
    }

    fn left(&self, user: &str, conn: u64) {
        super::Room::left(self, user, conn);
    }
}
