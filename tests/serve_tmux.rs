//! `tradesim serve` end to end with the system OpenSSH client in tmux: sign in with the
//! code from the slip, play part of the exam, drop the connection (ssh killed), sign in
//! again and resume, hand in, and the sealed record verifies against the session.
//! Needs `ssh` (openssh-client; .ci/run installs it) and tmux.

mod exam_support;
mod serve_support;
mod tmux_support;

use exam_support::*;
use serve_support::*;
use tmux_support::{Spawn, Tmux, one_at_a_time};
use tradesim::record::session::journal_path;

fn ssh(dir: &std::path::Path, port: u16, user: &str) -> Tmux {
    let args = [
        "-tt",
        "-F",
        "/dev/null",
        "-o",
        "StrictHostKeyChecking=no",
        "-o",
        "UserKnownHostsFile=/dev/null",
        "-o",
        "PreferredAuthentications=password",
        "-o",
        "PubkeyAuthentication=no",
        "-o",
        "SendEnv=LANG",
        "-o",
        "LogLevel=ERROR",
        "-p",
        &port.to_string(),
        &format!("{user}@127.0.0.1"),
    ];
    Tmux::spawn_program(
        &Spawn {
            name: "serve-ssh",
            cwd: Some(dir),
            env: vec!["LANG=en_US.UTF-8".into()],
            args: args.iter().map(|a| a.to_string()).collect(),
        },
        "ssh",
    )
}

fn sign_in(t: &Tmux, code: &str) {
    t.wait_for("password:");
    t.text(code);
    t.keys(&["Enter"]);
    t.wait_for("Time left");
}

#[test]
fn sign_in_play_drop_reconnect_finish_and_the_record_verifies() {
    let _one = one_at_a_time();
    let (dir, codes, server) = room(&["c1"]);
    let journal = journal_path(&dir.path().join("results"), "c1");

    let t = ssh(dir.path(), server.addr.port(), "c1");
    sign_in(&t, &codes["c1"]);
    t.text("1");
    wait_actions(&journal, 1);
    let played = actions_in(&journal);

    // the cable is pulled: ssh dies without a goodbye; the exam stays open on the server
    t.signal("KILL");
    t.wait_exit();
    t.respawn();
    sign_in(&t, &codes["c1"]);
    assert_eq!(
        actions_in(&journal),
        played,
        "the reconnect changed the journal"
    );

    // hand in: `q` asks, `y` confirms; the result screen, then Enter leaves
    t.keys(&["q"]);
    t.wait_for("Hand in the exam?");
    t.keys(&["y"]);
    t.wait_until("the exam handed in", || {
        let s = t.screen();
        (s.contains("submitted") || s.contains("Submitted")).then_some(())
    });
    t.keys(&["Enter"]);
    let screen = t.wait_until("ssh to end", || t.exited().map(|_| t.screen()));
    assert!(screen.contains("record is sealed"), "{screen}");

    let (lines, code) = verify_lines(dir.path());
    assert_eq!(code, Some(0), "verify: {lines}");
    assert!(lines.contains("c1"), "{lines}");
}
