//! `tradesim serve` through an SSH client library (russh), on loopback: codes are checked
//! and guessing is slowed down, nothing but the exam's shell is granted, the PTY size
//! follows the client, and a server SIGKILLed mid-exam resumes with the journal intact.

mod exam_support;
mod serve_support;

use exam_support::*;
use serve_support::*;
use tradesim::record::session::journal_path;

#[test]
fn a_wrong_code_is_refused_and_guessing_is_rate_limited() {
    let _one = one_server_at_a_time();
    let (dir, codes, server) = room(&["c1", "c2"]);
    rt().block_on(async {
        let (_h, ok) = sign_in(server.addr, "c1", "AAAA-AAAA").await;
        assert!(!ok, "a wrong code signed in");
        let (_h, ok) = sign_in(server.addr, "nobody", &codes["c1"]).await;
        assert!(!ok, "a name not in the roster signed in");
        let (_h, ok) = sign_in(server.addr, "c2", &codes["c1"]).await;
        assert!(!ok, "another candidate's code signed in");
        // four more wrong codes for c1 (five in all): c1 now waits, even with the right code
        for _ in 0..4 {
            let (_h, ok) = sign_in(server.addr, "c1", "BBBB-BBBB").await;
            assert!(!ok);
        }
        let (_h, ok) = sign_in(server.addr, "c1", &codes["c1"]).await;
        assert!(
            !ok,
            "the right code went through during the wait: guessing is not slowed"
        );
        // the address waits too, for any candidate
        let (_h, ok) = sign_in(server.addr, "c2", &codes["c2"]).await;
        assert!(
            !ok,
            "the guessing address could still sign in as another candidate"
        );
    });
    // the counts live in the server's memory: after a restart the right code works
    drop(server);
    let server = Server::start(dir.path());
    rt().block_on(async {
        let (_h, ok) = sign_in(server.addr, "c2", &codes["c2"]).await;
        assert!(ok, "the right code was refused");
    });
}

#[test]
fn exec_subsystems_and_port_forwarding_are_refused() {
    let _one = one_server_at_a_time();
    let (_dir, codes, server) = room(&["c1"]);
    rt().block_on(async {
        let (h, ok) = sign_in(server.addr, "c1", &codes["c1"]).await;
        assert!(ok);
        let mut ch = h.channel_open_session().await.unwrap();
        ch.exec(true, "cat /etc/passwd").await.unwrap();
        let mut refused = false;
        while let Some(m) = ch.wait().await {
            match m {
                russh::ChannelMsg::Failure => {
                    refused = true;
                    break;
                }
                russh::ChannelMsg::Success => panic!("exec was granted"),
                russh::ChannelMsg::Data { data } => {
                    panic!("exec gave output: {}", String::from_utf8_lossy(&data))
                }
                _ => {}
            }
        }
        assert!(refused, "exec got no answer");
        ch.request_subsystem(true, "sftp").await.unwrap();
        loop {
            match ch.wait().await {
                Some(russh::ChannelMsg::Failure) => break,
                Some(russh::ChannelMsg::Success) => panic!("sftp was granted"),
                None => panic!("no answer to the sftp request"),
                _ => {}
            }
        }
        let direct = h
            .channel_open_direct_tcpip("127.0.0.1", 22, "127.0.0.1", 5555)
            .await;
        assert!(direct.is_err(), "a direct-tcpip channel was opened");
        let remote = h.tcpip_forward("127.0.0.1", 0).await;
        assert!(
            remote.is_err(),
            "a remote port forward was granted: {remote:?}"
        );
        // and a second session channel on the same connection is refused
        assert!(
            h.channel_open_session().await.is_err(),
            "a second session channel opened"
        );
    });
}

/// The last screen row with anything on it (0-based), on the emulator's big screen.
fn last_row(r: &Remote) -> usize {
    r.text()
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, _)| i)
        .last()
        .unwrap_or(0)
}

#[test]
fn window_change_resizes_the_screen() {
    let _one = one_server_at_a_time();
    let (_dir, codes, server) = room(&["c1"]);
    rt().block_on(async {
        let (h, ok) = sign_in(server.addr, "c1", &codes["c1"]).await;
        assert!(ok);
        let mut r = Remote::open(&h, 80, 24).await;
        r.wait_for("Time left").await;
        assert!(
            last_row(&r) <= 23,
            "drawn past row 24 of a 24-row PTY:\n{}",
            r.text()
        );
        r.channel.window_change(120, 40, 0, 0).await.unwrap();
        assert!(
            r.until("a redraw to 40 rows", |r| last_row(r) >= 30).await,
            "the screen did not grow to the new size:\n{}",
            r.text()
        );
        assert!(last_row(&r) <= 39, "drawn past the 40 rows asked for");
    });
}

#[test]
fn server_sigkilled_mid_exam_resumes_with_the_journal_intact() {
    let _one = one_server_at_a_time();
    let (dir, codes, mut server) = room(&["c1"]);
    let journal = journal_path(&dir.path().join("results"), "c1");
    let before = rt().block_on(async {
        let (h, ok) = sign_in(server.addr, "c1", &codes["c1"]).await;
        assert!(ok);
        let mut r = Remote::open(&h, 100, 30).await;
        r.wait_for("Time left").await;
        r.press(b"1").await;
        wait_actions(&journal, 1);
        actions_in(&journal)
    });
    assert!(before >= 1);
    server.kill();
    let journal_then = std::fs::read(&journal).unwrap();
    let server = Server::start(dir.path());
    rt().block_on(async {
        let (h, ok) = sign_in(server.addr, "c1", &codes["c1"]).await;
        assert!(ok, "the code stopped working after the restart");
        let mut r = Remote::open(&h, 100, 30).await;
        r.wait_for("Time left").await;
        let now = std::fs::read(&journal).unwrap();
        assert!(
            now.starts_with(&journal_then),
            "the journal was changed behind what it held at the kill"
        );
        assert_eq!(actions_in(&journal), before, "resumed with other actions");
        r.press(b"1").await;
        wait_actions(&journal, before + 1);
    });
}

/// The serve tests start servers and argon2 checks: one at a time on a small machine.
fn one_server_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static ONE: std::sync::Mutex<()> = std::sync::Mutex::new(());
    ONE.lock().unwrap_or_else(|p| p.into_inner())
}

/// `tradesim proctor results`: the table's row for `id`.
fn proctor_row(dir: &std::path::Path, id: &str) -> String {
    let out = run(dir, &["proctor", "results"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find(|l| l.split_whitespace().next() == Some(id))
        .unwrap_or_else(|| panic!("no row for {id}"))
        .to_string()
}

#[test]
fn the_proctor_table_follows_the_room() {
    let _one = one_server_at_a_time();
    let (dir, codes, server) = room(&["c1", "c2"]);
    assert!(proctor_row(dir.path(), "c1").contains("waiting"));
    rt().block_on(async {
        let (h, ok) = sign_in(server.addr, "c1", &codes["c1"]).await;
        assert!(ok);
        let mut r = Remote::open(&h, 100, 30).await;
        r.wait_for("Time left").await;
        r.press(b"?").await;
        r.wait_for("Keys").await;
        let row = proctor_row(dir.path(), "c1");
        assert!(row.contains("connected") && row.contains("1/3"), "{row}");
        assert!(row.contains("127.0.0.1:"), "{row}");
        assert!(proctor_row(dir.path(), "c2").contains("waiting"));
        drop(r);
        let _ = h.disconnect(russh::Disconnect::ByApplication, "", "").await;
    });
    let end = std::time::Instant::now() + WAIT;
    while !proctor_row(dir.path(), "c1").contains("disconnected") {
        assert!(
            std::time::Instant::now() < end,
            "c1 never showed as disconnected"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // only the organiser's account can reach the socket
    use std::os::unix::fs::PermissionsExt as _;
    let mode = std::fs::metadata(dir.path().join("results/proctor.sock"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn a_second_sign_in_takes_over_and_the_first_is_told_why() {
    let _one = one_server_at_a_time();
    let (dir, codes, server) = room(&["c1"]);
    let journal = journal_path(&dir.path().join("results"), "c1");
    rt().block_on(async {
        let (h1, ok) = sign_in(server.addr, "c1", &codes["c1"]).await;
        assert!(ok);
        let mut first = Remote::open(&h1, 100, 30).await;
        first.wait_for("Time left").await;
        first.press(b"1").await;
        wait_actions(&journal, 1);
        let (h2, ok) = sign_in(server.addr, "c1", &codes["c1"]).await;
        assert!(ok);
        let mut second = Remote::open(&h2, 100, 30).await;
        second.wait_for("Time left").await;
        first.wait_for("another terminal").await;
        assert!(
            first.until("the first channel closed", |r| r.closed).await || first.closed,
            "the first screen stayed open"
        );
        // the exam goes on where it stood, on the second terminal
        assert_eq!(actions_in(&journal), 1);
        second.press(b"1").await;
        wait_actions(&journal, 2);
    });
}
