//! The SSH side: sign-in (the user name is the candidate id, the password their code or
//! the public key registered for them), one session channel with a PTY and a shell per connection, and nothing else: exec,
//! subsystems (SFTP), X11, agent and port forwarding are all refused.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::mpsc;

use russh::keys::PrivateKey;
use russh::server::{
    Auth, Config, Handle, Handler, Msg, PublicKeyOffer, Server, Session as SshSession,
    VerifiedPublicKey,
};
use russh::{Channel, ChannelId, MethodKind, MethodSet, Pty};
use tokio::net::TcpListener;

use super::door::Door;
use super::room::{Live, lock};
use super::screen::{self, Input, Out};
use super::sitting::Client;
use crate::tui::driver::now_millis;

/// Shown on the first screen when a second sign-in for the same candidate takes over.
pub const TAKEN_OVER: &str =
    "tradesim: you signed in from another terminal; this one is closed and the exam goes on there.";

/// Frames queued for a client before its screen waits for it.
const OUT_QUEUE: usize = 64;

pub struct Listener {
    room: Arc<dyn Door>,
    next: u64,
}

impl Server for Listener {
    type Handler = Conn;

    fn new_client(&mut self, addr: Option<SocketAddr>) -> Conn {
        self.next += 1;
        Conn {
            room: Arc::clone(&self.room),
            conn: self.next,
            addr,
            user: None,
            channel: None,
            client: Client {
                size: (80, 24),
                ..Client::default()
            },
            tx: None,
        }
    }
}

/// One connection.
pub struct Conn {
    room: Arc<dyn Door>,
    conn: u64,
    addr: Option<SocketAddr>,
    /// The candidate, once signed in.
    user: Option<String>,
    channel: Option<ChannelId>,
    client: Client,
    /// The screen's inbox, once the shell started.
    tx: Option<mpsc::Sender<Input>>,
}

impl Drop for Conn {
    fn drop(&mut self) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(Input::Closed);
        }
    }
}

/// Bytes from the screen thread to the channel, then the end of it.
async fn forward(handle: Handle, channel: ChannelId, mut rx: tokio::sync::mpsc::Receiver<Out>) {
    while let Some(o) = rx.recv().await {
        match o {
            Out::Data(d) => {
                if handle.data(channel, d).await.is_err() {
                    return;
                }
            }
            Out::Close => {
                let _ = handle.exit_status_request(channel, 0).await;
                let _ = handle.eof(channel).await;
                let _ = handle.close(channel).await;
                return;
            }
        }
    }
}

impl Conn {
    fn ours(&self, channel: ChannelId) -> bool {
        self.channel == Some(channel)
    }

    /// Start the candidate's screen; a screen already open for them is told why it ends
    /// and is waited for, so its session lock is free before the new one opens.
    async fn start(&mut self, channel: ChannelId, handle: Handle) {
        let Some(candidate) = self.user.clone() else {
            return;
        };
        let old = lock(self.room.live()).remove(&candidate);
        if let Some(mut old) = old {
            let _ = old.tx.send(Input::Kick(TAKEN_OVER.into()));
            if let Some(t) = old.thread.take() {
                let _ = tokio::task::spawn_blocking(move || t.join()).await;
            }
        }
        let (otx, orx) = tokio::sync::mpsc::channel(OUT_QUEUE);
        tokio::spawn(forward(handle, channel, orx));
        let (tx, rx) = mpsc::channel();
        let (room, client, conn) = (Arc::clone(&self.room), self.client.clone(), self.conn);
        let who = candidate.clone();
        self.room.arrived(&candidate, self.addr);
        let thread = std::thread::Builder::new()
            .name(format!("sit-{candidate}"))
            .stack_size(1 << 20)
            .spawn(move || {
                room.sit(&who, client, &rx, screen::Channel::new(otx));
                room.left(&who, conn);
            });
        match thread {
            Ok(t) => {
                lock(self.room.live()).insert(
                    candidate,
                    Live {
                        conn,
                        tx: tx.clone(),
                        thread: Some(t),
                        addr: self.addr,
                    },
                );
                self.tx = Some(tx);
            }
            Err(e) => eprintln!("serve: cannot start a screen for {candidate}: {e}"),
        }
    }
}

impl Handler for Conn {
    type Error = russh::Error;

    async fn auth_password(&mut self, user: &str, code: &str) -> Result<Auth, Self::Error> {
        let ip = self.addr.map(|a| a.ip());
        if lock(self.room.limiter()).blocked(ip, user, now_millis()) {
            return Ok(Auth::reject());
        }
        let known = self.room.known(user);
        let ok = known && {
            // argon2 is slow on purpose: off the network threads, a few at a time
            let Ok(_slot) = self.room.checks().acquire().await else {
                return Ok(Auth::reject());
            };
            let (room, u, c) = (Arc::clone(&self.room), user.to_string(), code.to_string());
            tokio::task::spawn_blocking(move || room.code_matches(&u, &c))
                .await
                .unwrap_or(false)
        };
        let mut limiter = lock(self.room.limiter());
        if ok {
            limiter.succeeded(user);
            self.user = Some(user.to_string());
            Ok(Auth::Accept)
        } else {
            limiter.fail(ip, known.then_some(user), now_millis());
            Ok(Auth::reject())
        }
    }

    /// A key offered is not yet a key held: only a registered one goes on to the
    /// signature check. An offer of another key is not counted as a failure (OpenSSH
    /// offers every key it has), but a user or address that must wait is refused here too.
    async fn auth_publickey_offered(
        &mut self,
        user: &str,
        offer: PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        let ip = self.addr.map(|a| a.ip());
        if lock(self.room.limiter()).blocked(ip, user, now_millis())
            || !self.room.key_matches(user, offer.public_key)
        {
            return Ok(Auth::reject());
        }
        Ok(Auth::Accept)
    }

    /// The client proved it holds the registered key's private half.
    async fn auth_publickey(
        &mut self,
        user: &str,
        key: VerifiedPublicKey<'_>,
    ) -> Result<Auth, Self::Error> {
        let ip = self.addr.map(|a| a.ip());
        let mut limiter = lock(self.room.limiter());
        if limiter.blocked(ip, user, now_millis()) {
            return Ok(Auth::reject());
        }
        if self.room.key_matches(user, key.public_key) {
            limiter.succeeded(user);
            self.user = Some(user.to_string());
            Ok(Auth::Accept)
        } else {
            let known = self.room.known(user);
            limiter.fail(ip, known.then_some(user), now_millis());
            Ok(Auth::reject())
        }
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: russh::server::ChannelOpenHandle,
        _: &mut SshSession,
    ) -> Result<(), Self::Error> {
        // one screen per connection; a second channel is refused by dropping the reply
        if self.channel.is_none() && self.user.is_some() {
            self.channel = Some(channel.id());
            reply.accept().await;
        }
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        _term: &str,
        cols: u32,
        rows: u32,
        _: u32,
        _: u32,
        _: &[(Pty, u32)],
        session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        if !self.ours(channel) {
            return session.channel_failure(channel);
        }
        self.client.size = (clamp(cols), clamp(rows));
        session.channel_success(channel)
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        value: &str,
        session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        match name {
            "LC_ALL" | "LC_MESSAGES" | "LANG" if !value.is_empty() => {
                // LC_ALL wins over LANG whatever order they come in
                if name != "LANG" || self.client.lang.is_none() {
                    self.client.lang = Some(value.chars().take(64).collect());
                }
            }
            "NO_COLOR" => self.client.no_color = !value.is_empty(),
            _ => return session.channel_failure(channel),
        }
        session.channel_success(channel)
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        if !self.ours(channel) || self.tx.is_some() {
            return session.channel_failure(channel);
        }
        session.channel_success(channel)?;
        self.start(channel, session.handle()).await;
        Ok(())
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        _: &[u8],
        session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _: &str,
        session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn x11_request(
        &mut self,
        channel: ChannelId,
        _: bool,
        _: &str,
        _: &str,
        _: u32,
        session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        session.channel_failure(channel)
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        _: &mut SshSession,
    ) -> Result<(), Self::Error> {
        if let (true, Some(tx)) = (self.ours(channel), &self.tx) {
            let _ = tx.send(Input::Bytes(data.to_vec()));
        }
        Ok(())
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        cols: u32,
        rows: u32,
        _: u32,
        _: u32,
        _: &mut SshSession,
    ) -> Result<(), Self::Error> {
        if self.ours(channel) {
            self.client.size = (clamp(cols), clamp(rows));
            if let Some(tx) = &self.tx {
                let _ = tx.send(Input::Resize(self.client.size.0, self.client.size.1));
            }
        }
        Ok(())
    }

    async fn channel_eof(
        &mut self,
        channel: ChannelId,
        _: &mut SshSession,
    ) -> Result<(), Self::Error> {
        self.closed(channel);
        Ok(())
    }

    async fn channel_close(
        &mut self,
        channel: ChannelId,
        _: &mut SshSession,
    ) -> Result<(), Self::Error> {
        self.closed(channel);
        Ok(())
    }
}

impl Conn {
    fn closed(&mut self, channel: ChannelId) {
        if self.ours(channel)
            && let Some(tx) = self.tx.take()
        {
            let _ = tx.send(Input::Closed);
        }
    }
}

/// A PTY size as the screen takes it: at least 1, at most what a u16 holds.
fn clamp(n: u32) -> u16 {
    n.clamp(1, u16::MAX as u32) as u16
}

/// The server's settings: codes and registered keys only (no "none", no
/// keyboard-interactive), a pause after
/// each refusal, keepalives so a pulled cable is noticed within a minute.
pub fn config(host_key: PrivateKey) -> Config {
    Config {
        methods: MethodSet::from(&[MethodKind::PublicKey, MethodKind::Password][..]),
        auth_rejection_time: std::time::Duration::from_secs(1),
        auth_rejection_time_initial: Some(std::time::Duration::from_secs(0)),
        max_auth_attempts: 6,
        keys: vec![host_key],
        inactivity_timeout: None,
        keepalive_interval: Some(std::time::Duration::from_secs(15)),
        keepalive_max: 4,
        nodelay: true,
        ..Config::default()
    }
}

/// Serve the room on `listener` until the process ends.
pub async fn serve(
    room: Arc<dyn Door>,
    listener: TcpListener,
    config: Config,
) -> std::io::Result<()> {
    let mut server = Listener { room, next: 0 };
    server.run_on_socket(Arc::new(config), &listener).await
}
