//! Shared by the `serve` tests: a session with sign-in codes, the server as a child
//! process on a loopback port, and a russh client that reads the remote screen through a
//! terminal emulator (vt100). Waits are for what the screen shows or what the journal
//! holds, bounded only so that a hang ends the test.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use russh::ChannelMsg;
use russh::client::{self, Handle, Msg};

use crate::exam_support::{WAIT, cmd, run};

/// `tradesim session codes` for the session in `dir/results`: candidate -> code.
pub fn codes(dir: &Path) -> BTreeMap<String, String> {
    let out = run(
        dir,
        &["session", "codes", "results", "--key-file", "exam.key"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let mut who = None;
    let mut got = BTreeMap::new();
    for l in text.lines() {
        if let Some(c) = l.strip_prefix("Candidate:") {
            who = Some(c.trim().to_string());
        }
        if let Some(c) = l.strip_prefix("Code:") {
            let code = c.split_whitespace().next().unwrap().to_string();
            got.insert(who.clone().unwrap(), code);
        }
    }
    got
}

/// A session for `roster` with its codes, served on a free loopback port.
pub fn room(roster: &[&str]) -> (tempfile::TempDir, BTreeMap<String, String>, Server) {
    let dir = crate::exam_support::project_for(roster);
    let codes = codes(dir.path());
    let server = Server::start(dir.path());
    (dir, codes, server)
}

/// `tradesim serve` on a free loopback port; killed when dropped.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
}

impl Server {
    pub fn start(dir: &Path) -> Server {
        Server::start_on(dir, "127.0.0.1:0")
    }

    pub fn start_on(dir: &Path, listen: &str) -> Server {
        Server::start_with(dir, listen, &[])
    }

    /// With extra environment (e.g. the debug clock of tests/serve_proctor.rs).
    pub fn start_with(dir: &Path, listen: &str, env: &[(&str, &str)]) -> Server {
        Server::spawn_with(
            dir,
            env,
            &[
                "serve",
                "results",
                "--listen",
                listen,
                "--key-file",
                "exam.key",
            ],
        )
    }

    /// `tradesim ARGS` in `dir`, a server that prints its address at the end of its first line.
    pub fn spawn(dir: &Path, args: &[&str]) -> Server {
        Server::spawn_with(dir, &[], args)
    }

    /// `spawn`, with extra environment.
    pub fn spawn_with(dir: &Path, env: &[(&str, &str)], args: &[&str]) -> Server {
        let mut child = cmd(dir)
            .envs(env.iter().copied())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let out = child.stdout.take().unwrap();
        let mut lines = BufReader::new(out).lines();
        let first = lines.next().expect("serve printed nothing").unwrap();
        let addr = first
            .rsplit(' ')
            .next()
            .and_then(|a| a.parse().ok())
            .unwrap_or_else(|| panic!("no address in `{first}`"));
        // keep reading so the server never blocks on a full pipe
        std::thread::spawn(move || for _ in lines {});
        Server { child, addr }
    }

    /// SIGKILL: nothing of the server runs after this returns.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A two-thread runtime for the clients.
pub fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

pub struct Trusting;

impl client::Handler for Trusting {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _: &russh::keys::PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

pub async fn connect(addr: SocketAddr) -> Handle<Trusting> {
    let config = Arc::new(client::Config::default());
    client::connect(config, addr, Trusting).await.unwrap()
}

/// Connect and sign in; whether the server accepted.
pub async fn sign_in(addr: SocketAddr, user: &str, code: &str) -> (Handle<Trusting>, bool) {
    let mut h = connect(addr).await;
    let ok = h.authenticate_password(user, code).await.unwrap().success();
    (h, ok)
}

/// A signed-in screen: the channel and what a terminal of its size shows.
pub struct Remote {
    pub channel: russh::Channel<Msg>,
    pub screen: vt100::Parser,
    pub closed: bool,
    pub bytes: Vec<u8>,
}

impl Remote {
    /// Open the session channel with a PTY of `cols` x `rows` and the shell.
    pub async fn open(h: &Handle<Trusting>, cols: u16, rows: u16) -> Remote {
        Remote::open_in(h, cols, rows, "en_US.UTF-8").await
    }

    /// `open`, with the client's LANG set to `lang`.
    pub async fn open_in(h: &Handle<Trusting>, cols: u16, rows: u16, lang: &str) -> Remote {
        let channel = h.channel_open_session().await.unwrap();
        channel.set_env(true, "LANG", lang).await.unwrap();
        channel
            .request_pty(true, "xterm-256color", cols as u32, rows as u32, 0, 0, &[])
            .await
            .unwrap();
        channel.request_shell(true).await.unwrap();
        Remote {
            channel,
            // larger than any PTY the tests ask for, so a resize shows on it
            screen: vt100::Parser::new(
                std::num::NonZero::new(rows.max(60)).unwrap(),
                std::num::NonZero::new(cols.max(200)).unwrap(),
                0,
            ),
            closed: false,
            bytes: Vec::new(),
        }
    }

    pub fn text(&self) -> String {
        self.screen.screen().contents()
    }

    /// Read until `done` says yes of the screen (or the channel closes: false).
    pub async fn until(&mut self, what: &str, mut done: impl FnMut(&Remote) -> bool) -> bool {
        let end = Instant::now() + WAIT;
        while !done(self) {
            if self.closed {
                return false;
            }
            let left = end.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "waited for {what}; the screen shows:\n{}",
                self.text()
            );
            match tokio::time::timeout(left, self.channel.wait()).await {
                Ok(Some(ChannelMsg::Data { data })) => {
                    self.screen.process(&data);
                    self.bytes.extend_from_slice(&data);
                }
                Ok(Some(ChannelMsg::Close | ChannelMsg::Eof)) | Ok(None) => self.closed = true,
                Ok(Some(_)) => {}
                Err(_) => {}
            }
        }
        true
    }

    pub async fn wait_for(&mut self, text: &str) {
        let t = text.to_string();
        assert!(
            self.until(text, |r| r.text().contains(&t)).await,
            "the channel closed before `{text}` showed; it shows:\n{}",
            self.text()
        );
    }

    pub async fn press(&self, bytes: &[u8]) {
        self.channel.data_bytes(bytes.to_vec()).await.unwrap();
    }
}

/// Poll the journal until it holds `n` action lines (the server fsyncs before drawing).
pub fn wait_actions(journal: &Path, n: usize) {
    let end = Instant::now() + WAIT;
    loop {
        let got = actions_in(journal);
        if got >= n {
            return;
        }
        assert!(
            Instant::now() < end,
            "the journal has {got} action(s), waited for {n}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

pub fn actions_in(journal: &Path) -> usize {
    std::fs::read_to_string(journal)
        .unwrap_or_default()
        .lines()
        .filter(|l| l.starts_with("{\"kind\":\"action\""))
        .count()
}
